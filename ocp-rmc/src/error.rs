//! The crate's error type.

use redfish_model::ODataId;

/// Result alias of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong while managing a rack.
///
/// Service errors keep everything the client reported (HTTP status, method, URI and the
/// Redfish `@Message.ExtendedInfo`): reach them through [`Error::redfish`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A request failed (transport, TLS, HTTP status, decoding...).
    #[error(transparent)]
    Redfish(#[from] redfish_client::Error),
    /// No Chassis with `ChassisType` `Rack` was found under `/redfish/v1/Chassis`.
    #[error("the service has no chassis with ChassisType \"Rack\" (not an OpenRMC rack manager?)")]
    NoRack,
    /// No Manager with `ManagerType` `RackManager` was found under `/redfish/v1/Managers`.
    #[error("the service has no manager with ManagerType \"RackManager\"")]
    NoRackManager,
    /// A resource lacks what a use case needs (a link, a property, an array entry).
    #[error("{uri}: {what}")]
    Missing {
        /// The resource that was read.
        uri: ODataId,
        /// What is missing, in Redfish terms (e.g. `Links.ComputerSystems`).
        what: String,
    },
    /// The caller passed a value that cannot be sent.
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// The service accepted a write but reads back something else.
    #[error("{uri}: wrote {property} = {expected} but the service reports {actual}")]
    NotApplied {
        /// The resource written.
        uri: ODataId,
        /// The property (JSON path).
        property: String,
        /// The value sent.
        expected: String,
        /// The value read back.
        actual: String,
    },
    /// A profile file cannot be read or used.
    #[error("profile {name}: {reason}")]
    Profile {
        /// The file or profile name.
        name: String,
        /// Why it cannot be used.
        reason: String,
    },
}

impl Error {
    /// The client error, when the failure came from a request.
    pub fn redfish(&self) -> Option<&redfish_client::Error> {
        match self {
            Self::Redfish(e) => Some(e),
            _ => None,
        }
    }

    pub(crate) fn missing(uri: &ODataId, what: impl Into<String>) -> Self {
        Self::Missing {
            uri: uri.clone(),
            what: what.into(),
        }
    }
}
