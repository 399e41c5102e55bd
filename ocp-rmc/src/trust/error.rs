//! The error type of the trust model.

use super::event::Reason;

/// What can go wrong while issuing, sealing, installing or placing trust material.
///
/// Discovery itself never returns errors to the peer: a refused exchange is silence plus a
/// [`SecurityEvent`](super::SecurityEvent) in the log. These errors are for the local
/// caller (provisioning, configuration, Redfish placement). They never contain key
/// material, session keys or plaintext tokens.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TrustError {
    /// A certificate could not be built, parsed or verified.
    #[error("certificate: {0}")]
    Certificate(String),
    /// A token could not be parsed, opened or verified.
    #[error("token refused: {0}")]
    Token(Reason),
    /// A manageability manifest was refused (the reason is also logged by the rack manager).
    #[error("manageability manifest refused: {0}")]
    Manifest(Reason),
    /// A key is malformed or does not match its certificate.
    #[error("key: {0}")]
    Key(String),
    /// A name cannot be used in a certificate subject.
    #[error("invalid name {0:?}: use 1-64 characters among A-Z a-z 0-9 space . _ -")]
    InvalidName(String),
    /// Encryption or signing failed (never an attacker-controlled condition).
    #[error("cryptographic operation failed: {0}")]
    Crypto(String),
    /// The operating system's random number generator failed.
    #[error("the system random number generator failed")]
    Random,
    /// A message or document could not be encoded or decoded.
    #[error("encoding: {0}")]
    Encoding(String),
    /// The operation needs something that was not provisioned first (e.g. a token).
    #[error("not provisioned: {0}")]
    NotProvisioned(&'static str),
    /// A Redfish request failed (HTTP status, URI and `@Message.ExtendedInfo` inside).
    #[error(transparent)]
    Redfish(#[from] redfish_client::Error),
    /// The Redfish service has no Manager whose `ManagerType` is `RackManager`.
    #[error("the service has no manager with ManagerType \"RackManager\"")]
    NoRackManager,
    /// A Redfish resource lacks what the operation needs.
    #[error("{uri}: {what}")]
    Missing {
        /// The resource read.
        uri: String,
        /// What is missing.
        what: String,
    },
}

/// Result alias of the trust model.
pub type TrustResult<T> = Result<T, TrustError>;
