//! Errors: the client's errors with iLO messages typed, and the refusals this crate makes
//! before sending a request iLO would reject (or that could not be undone).

use std::fmt;

use redfish_model::{Message, MessageId};

use crate::generation::{FirmwareVersion, IloGeneration};
use crate::security_state::{SecurityState, TransitionError};

redfish_model::redfish_enum! {
    /// Message keys of the HPE `iLO` message registry this crate gives a meaning to.
    ///
    /// iLO often sends only the `MessageId` (no `Message` text): [`IloMessageKey::text`] gives
    /// the registry text of the keys listed here.
    pub enum IloMessageKey {
        /// The wrapper code of every iLO reply, success included.
        ExtendedInfo = "ExtendedInfo",
        /// A property value is not valid (e.g. TLS PATCH on iLO 6 1.05/1.10).
        PropertyValueBadParam = "PropertyValueBadParam",
        /// A property is read-only or unknown here.
        PropertyNotWritableOrUnknown = "PropertyNotWritableOrUnknown",
        /// A property is not supported.
        PropertyNotSupported = "PropertyNotSupported",
        /// A property value conflicts with another setting.
        PropertyValueIncompatible = "PropertyValueIncompatible",
        /// A required property is missing.
        PropertyValueRequired = "PropertyValueRequired",
        /// The CSR is being generated (success; poll the HttpsCert resource).
        GeneratingCertificate = "GeneratingCertificate",
        /// The certificate was imported (success).
        ImportCertSuccessful = "ImportCertSuccessful",
        /// The certificate was imported and iLO is resetting to use it (success).
        ImportCertSuccessfuliLOResetinProgress = "ImportCertSuccessfuliLOResetinProgress",
        /// The certificate could not be imported.
        ImportCertificateFailed = "ImportCertificateFailed",
        /// iLO is resetting (success of a security-state or certificate change).
        ResetInProgress = "ResetInProgress",
        /// The change needs an iLO reset to take effect.
        ResetRequired = "ResetRequired",
        /// The licence key is not valid.
        InvalidLicenseKey = "InvalidLicenseKey",
        /// The feature needs a licence (e.g. CNSA needs iLO Advanced).
        LicenseKeyRequired = "LicenseKeyRequired",
        /// The operation is not possible in the current security state.
        UnsupportedSecurityState = "UnsupportedSecurityState",
        /// The cipher or key algorithm is not allowed in the current mode.
        UnsupportedCipherAlgo = "UnsupportedCipherAlgo",
        /// The operation is not supported.
        UnsupportedOperation = "UnsupportedOperation",
        /// Not possible while automatic certificate enrollment is enabled.
        UnsupportedOperationACEEnabled = "UnsupportedOperationACEEnabled",
        /// The user already exists.
        UserAlreadyExist = "UserAlreadyExist",
        /// The user name already exists.
        UserNameAlreadyExists = "UserNameAlreadyExists",
        /// The password is too short or too long.
        InvalidPasswordLength = "InvalidPasswordLength",
        /// The password does not meet the complexity rules.
        InvalidPasswordComplexity = "InvalidPasswordComplexity",
        /// The privileges cannot be changed.
        UnableModifyRights = "UnableModifyRights",
        /// The resource is in use.
        ResourceInUseWithDetail = "ResourceInUseWithDetail",
        /// The resource is temporarily unavailable.
        ResourceTemporarilyUnavailable = "ResourceTemporarilyUnavailable",
        /// An internal error.
        InternalErrorWithParam = "InternalErrorWithParam",
    }
}

impl IloMessageKey {
    /// The `iLO` registry text of the key (`%1`... are the message arguments), for the keys
    /// this crate knows.
    pub fn text(&self) -> Option<&'static str> {
        Some(match self {
            Self::ExtendedInfo => "See @Message.ExtendedInfo for more information.",
            Self::PropertyValueBadParam => "The property value is not valid.",
            Self::PropertyNotWritableOrUnknown => {
                "The property %1 is a read-only property and cannot be assigned a value, or not \
                 valid for this resource."
            }
            Self::PropertyNotSupported => "The property %1 is not supported.",
            Self::PropertyValueIncompatible => "The property value is incompatible.",
            Self::PropertyValueRequired => "A value is required for the property %1.",
            Self::GeneratingCertificate => {
                "X509 Certificate is being generated and the process might take up to 10 minutes."
            }
            Self::ImportCertSuccessful => "Import Certificate was successful.",
            Self::ImportCertSuccessfuliLOResetinProgress => {
                "Import Certificate was successful. Management Processor reset is in progress to \
                 enable the new certificate."
            }
            Self::ImportCertificateFailed => "Failed importing the X509 Certificate.",
            Self::ResetInProgress => "A management processor reset is in progress.",
            Self::ResetRequired => {
                "One or more properties were changed, but these changes will not take effect \
                 until the management processor is reset."
            }
            Self::InvalidLicenseKey => "The license key is not valid.",
            Self::LicenseKeyRequired => {
                "A license key is required to use this operation or feature."
            }
            Self::UnsupportedSecurityState => {
                "The operation was not successful due to the current security state of the \
                 management processor."
            }
            Self::UnsupportedCipherAlgo => "Incompatible Cipher Algorithm %1 in %2 Mode.",
            Self::UnsupportedOperation => "The operation is not supported.",
            Self::UnsupportedOperationACEEnabled => {
                "The operation is not allowed while automatic certificate enrollment is enabled."
            }
            Self::UserAlreadyExist | Self::UserNameAlreadyExists => "The user already exists.",
            Self::InvalidPasswordLength => "The password length is not valid.",
            Self::InvalidPasswordComplexity => "The password does not meet the complexity rules.",
            Self::UnableModifyRights => "The privileges cannot be modified.",
            Self::ResourceInUseWithDetail => "The resource is in use: %1.",
            Self::ResourceTemporarilyUnavailable => "The resource is temporarily unavailable.",
            Self::InternalErrorWithParam => "An internal error occurred: %1.",
            Self::Unknown(_) => return None,
        })
    }

    /// `true` for keys iLO sends when an operation succeeded (or started).
    pub fn is_success(&self) -> bool {
        matches!(
            self,
            Self::ExtendedInfo
                | Self::GeneratingCertificate
                | Self::ImportCertSuccessful
                | Self::ImportCertSuccessfuliLOResetinProgress
                | Self::ResetInProgress
                | Self::ResetRequired
        )
    }

    /// `true` for keys announcing that the iLO resets (the session will end).
    pub fn announces_reset(&self) -> bool {
        matches!(
            self,
            Self::ResetInProgress | Self::ImportCertSuccessfuliLOResetinProgress
        )
    }
}

/// A message of an iLO reply, its `MessageId` split into registry, version and key.
///
/// ```
/// use hpe_oem::{IloMessage, IloMessageKey};
/// let m = IloMessage::parse("iLO.2.15.PropertyValueBadParam").unwrap();
/// assert_eq!(m.registry, "iLO");
/// assert_eq!(m.version.as_deref(), Some("2.15"));
/// assert_eq!(m.key, IloMessageKey::PropertyValueBadParam);
/// assert!(m.is_ilo());
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct IloMessage {
    /// The full `MessageId`.
    pub id: MessageId,
    /// The registry prefix (`iLO`, `Base`, `iLOEvents`...).
    pub registry: String,
    /// The registry version (`2.15`), when the id carries one.
    pub version: Option<String>,
    /// The key, typed when this crate knows it.
    pub key: IloMessageKey,
    /// The message as sent (text, arguments, resolution), if the reply carried one.
    pub message: Option<Message>,
}

impl IloMessage {
    /// Splits a `MessageId` (`Registry.Major.Minor.Key`); `None` when it has no key.
    pub fn parse(id: &str) -> Option<Self> {
        let mid = MessageId::new(id);
        let key = mid.key();
        if key.is_empty() || !id.contains('.') {
            return None;
        }
        Some(Self {
            registry: mid.registry().to_owned(),
            version: mid.version().map(str::to_owned),
            key: IloMessageKey::from(key),
            id: mid,
            message: None,
        })
    }

    /// From a message of a reply.
    pub fn from_message(m: &Message) -> Option<Self> {
        let mut out = Self::parse(m.message_id.as_ref()?.as_str())?;
        out.message = Some(m.clone());
        Some(out)
    }

    /// `true` when the message comes from the HPE `iLO` registry.
    pub fn is_ilo(&self) -> bool {
        self.registry == "iLO"
    }

    /// The text: the one sent, else the registry text of a known key.
    pub fn text(&self) -> Option<String> {
        self.message
            .as_ref()
            .and_then(|m| m.message.clone())
            .or_else(|| {
                if self.is_ilo() {
                    self.key.text().map(str::to_owned)
                } else {
                    None
                }
            })
    }
}

impl fmt::Display for IloMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.text() {
            Some(t) => write!(f, "{}: {t}", self.id),
            None => write!(f, "{}", self.id),
        }
    }
}

/// Reads the messages of a client error (`error.code` then `@Message.ExtendedInfo`), split
/// into registry, version and key.
pub trait IloErrorExt {
    /// Every message, parsed.
    fn ilo_messages(&self) -> Vec<IloMessage>;

    /// The first message of the `iLO` registry that is not a success wrapper
    /// (`ExtendedInfo`), e.g. `iLO.2.15.PropertyValueBadParam`.
    fn ilo_error(&self) -> Option<IloMessage> {
        self.ilo_messages()
            .into_iter()
            .find(|m| m.is_ilo() && m.key != IloMessageKey::ExtendedInfo)
    }

    /// `true` when a message of the `iLO` registry has this key.
    fn has_ilo_key(&self, key: &IloMessageKey) -> bool {
        self.ilo_messages()
            .iter()
            .any(|m| m.is_ilo() && m.key == *key)
    }
}

impl IloErrorExt for redfish_client::Error {
    fn ilo_messages(&self) -> Vec<IloMessage> {
        let code = self
            .redfish_error()
            .and_then(|e| e.error.as_ref())
            .and_then(|e| e.code.as_ref())
            .and_then(|c| IloMessage::parse(c.as_str()));
        code.into_iter()
            .chain(self.messages().iter().filter_map(IloMessage::from_message))
            .collect()
    }
}

/// Parses the messages of a successful iLO reply body (iLO wraps successes in an `error`
/// object too).
pub fn reply_messages(body: &serde_json::Value) -> Vec<IloMessage> {
    let Ok(e) = serde_json::from_value::<redfish_model::RedfishError>(body.clone()) else {
        return Vec::new();
    };
    e.messages()
        .iter()
        .filter_map(IloMessage::from_message)
        .collect()
}

/// Why this crate refused an operation before sending it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RefusalReason {
    /// Only possible in the `Production` security state (iLO 5/6).
    RequiresProduction,
    /// Not available on this generation.
    NotOnThisGeneration,
    /// Not available in the CNSA security state.
    NotInCnsa,
    /// Forced by FIPS (and higher) security states.
    ForcedInFips,
    /// The firmware is older than the version that brought the feature.
    FirmwareTooOld {
        /// The first firmware with the feature.
        required: FirmwareVersion,
    },
    /// The firmware has a known defect that makes iLO reject the request.
    FirmwareDefect(&'static str),
    /// The service does not have this property or resource.
    NotOnThisService(&'static str),
    /// TLS 1.0/1.1 cannot be enabled while `DisableWeakCiphers` is true.
    WeakCiphersDisabled,
    /// Not allowed while automatic certificate enrollment (SCEP) is enabled.
    AutomaticEnrollmentEnabled,
    /// The identity is factory-provisioned and immutable.
    ImmutableIdentity,
    /// Nothing to change.
    EmptyChange,
}

impl fmt::Display for RefusalReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::RequiresProduction => {
                f.write_str("only possible in the Production security state")
            }
            Self::NotOnThisGeneration => f.write_str("not available on this iLO generation"),
            Self::NotInCnsa => f.write_str("not available in the CNSA security state"),
            Self::ForcedInFips => f.write_str("forced to true in FIPS and higher security states"),
            Self::FirmwareTooOld { required } => {
                write!(f, "needs firmware {required} or later")
            }
            Self::FirmwareDefect(why) => f.write_str(why),
            Self::NotOnThisService(what) => write!(f, "the service has no {what}"),
            Self::WeakCiphersDisabled => f.write_str(
                "TLS 1.0/1.1 cannot be enabled while DisableWeakCiphers is true (set it to false \
                 in the same change)",
            ),
            Self::AutomaticEnrollmentEnabled => f.write_str(
                "not allowed while automatic certificate enrollment is enabled (disable it first)",
            ),
            Self::ImmutableIdentity => {
                f.write_str("factory-provisioned identities cannot be changed or deleted")
            }
            Self::EmptyChange => f.write_str("nothing to change"),
        }
    }
}

/// An operation refused before any request: which, on which generation and state, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{operation} refused on {generation}{}: {reason}", fmt_state(.state))]
#[non_exhaustive]
pub struct Refusal {
    /// What was attempted, e.g. `"change TLS versions"`.
    pub operation: &'static str,
    /// The generation.
    pub generation: IloGeneration,
    /// The security state at the time, when it matters.
    pub state: Option<SecurityState>,
    /// Why.
    pub reason: RefusalReason,
}

fn fmt_state(s: &Option<SecurityState>) -> String {
    match s {
        Some(s) => format!(" in security state {s}"),
        None => String::new(),
    }
}

/// The errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service refused the request with a message of the `iLO` registry.
    #[error("{source}: iLO says {message}")]
    Ilo {
        /// The typed key of the message.
        key: IloMessageKey,
        /// The whole message, its id split.
        message: Box<IloMessage>,
        /// The client error (status, method, URI, full body); boxed to keep `Result`s small.
        source: Box<redfish_client::Error>,
    },
    /// Any other error of the client (transport, TLS, HTTP status, decoding...).
    #[error(transparent)]
    Client(redfish_client::Error),
    /// A security-state change refused before sending.
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// Another operation refused before sending.
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// A certificate, key or CSR failed a check (side-loading, LDevID import, parsing).
    #[error(transparent)]
    Certificate(#[from] crate::keys::CertificateCheckError),
    /// The CSR was still not ready after the maximum wait.
    #[error("the iLO did not produce the CSR within {waited:?} ({polls} polls)")]
    CsrTimeout {
        /// Time waited.
        waited: std::time::Duration,
        /// Number of GETs made.
        polls: u32,
    },
    /// The service is not an HPE iLO (no manager with an `Oem.Hpe` section or iLO model).
    #[error("not an HPE iLO: {0}")]
    NotIlo(String),
    /// A resource the operation needs was not found by links or the resource directory.
    #[error("{0} not found on this iLO")]
    NotFound(String),
    /// An argument is invalid (e.g. an unknown privilege name).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// A local file could not be read.
    #[error("{path}: cannot read")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

impl From<redfish_client::Error> for Error {
    fn from(e: redfish_client::Error) -> Self {
        match e.ilo_error() {
            Some(message) => Self::Ilo {
                key: message.key.clone(),
                message: Box::new(message),
                source: Box::new(e),
            },
            None => Self::Client(e),
        }
    }
}

impl Error {
    /// The client error underneath, for service and transport failures.
    pub fn client_error(&self) -> Option<&redfish_client::Error> {
        match self {
            Self::Ilo { source, .. } => Some(source),
            Self::Client(source) => Some(source),
            _ => None,
        }
    }

    /// The HTTP status, when the service answered.
    pub fn status(&self) -> Option<redfish_client::StatusCode> {
        self.client_error().and_then(redfish_client::Error::status)
    }

    /// `true` when the operation was refused before any request was sent.
    pub fn is_refused_locally(&self) -> bool {
        matches!(
            self,
            Self::Transition(_) | Self::Refused(_) | Self::Certificate(_) | Self::InvalidInput(_)
        )
    }

    /// The iLO message key, for errors the iLO explained with its registry.
    pub fn ilo_key(&self) -> Option<&IloMessageKey> {
        match self {
            Self::Ilo { key, .. } => Some(key),
            _ => None,
        }
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use redfish_client::{Method, StatusCode};

    fn client_error(body: &str) -> redfish_client::Error {
        // Built the way the client builds it from a response.
        redfish_client::Error::Service {
            status: StatusCode::BAD_REQUEST,
            host: std::sync::Arc::from("ilo.example"),
            method: Method::PATCH,
            uri: "/redfish/v1/Managers/1/SecurityService".into(),
            body: Some(Box::new(serde_json::from_str(body).unwrap())),
            retry_after: None,
            attempts: 1,
        }
    }

    #[test]
    fn ilo_errors_are_split_and_typed() {
        let e = client_error(
            r#"{"error": {"code": "iLO.0.10.ExtendedInfo", "message": "See @Message.ExtendedInfo for more information.",
            "@Message.ExtendedInfo": [{"MessageId": "iLO.2.15.PropertyValueBadParam"}]}}"#,
        );
        let msgs = e.ilo_messages();
        assert_eq!(msgs.len(), 2);
        assert_eq!(msgs[0].key, IloMessageKey::ExtendedInfo);
        assert_eq!(msgs[1].version.as_deref(), Some("2.15"));
        assert!(e.has_ilo_key(&IloMessageKey::PropertyValueBadParam));
        let ours = Error::from(e);
        assert_eq!(ours.ilo_key(), Some(&IloMessageKey::PropertyValueBadParam));
        assert_eq!(ours.status(), Some(StatusCode::BAD_REQUEST));
        let text = ours.to_string();
        assert!(
            text.contains("iLO.2.15.PropertyValueBadParam: The property value is not valid."),
            "{text}"
        );
        assert!(
            text.contains("PATCH /redfish/v1/Managers/1/SecurityService"),
            "{text}"
        );
        assert!(!ours.is_refused_locally());
    }

    #[test]
    fn non_ilo_errors_stay_client_errors() {
        let e = client_error(
            r#"{"error": {"code": "Base.1.18.GeneralError", "message": "m",
            "@Message.ExtendedInfo": [{"MessageId": "Base.1.18.PropertyUnknown", "Message": "unknown"}]}}"#,
        );
        let ours = Error::from(e);
        assert!(matches!(ours, Error::Client(_)));
        assert!(ours.ilo_key().is_none());
        assert!(ours.client_error().unwrap().has_message("PropertyUnknown"));
    }

    #[test]
    fn message_ids_are_parsed_leniently() {
        let m = IloMessage::parse("Base.1.17.Success").unwrap();
        assert_eq!(
            (m.registry.as_str(), m.version.as_deref()),
            ("Base", Some("1.17"))
        );
        assert!(!m.is_ilo());
        assert_eq!(m.key, IloMessageKey::Unknown("Success".into()));
        let m = IloMessage::parse("iLO.NewKey").unwrap();
        assert_eq!(m.version, None);
        assert_eq!(m.key.as_str(), "NewKey");
        assert!(IloMessage::parse("garbage").is_none());
        let body = serde_json::json!({"error": {"code": "iLO.0.10.ExtendedInfo",
            "@Message.ExtendedInfo": [{"MessageId": "iLO.2.21.ResetInProgress"}]}});
        let got = reply_messages(&body);
        assert!(got[0].key.announces_reset() && got[0].key.is_success());
        assert_eq!(
            got[0].to_string(),
            "iLO.2.21.ResetInProgress: A management processor reset is in progress."
        );
    }
}
