//! The discovery and authentication messages (6.5.2, 6.5.3).
//!
//! | # | from | message | content |
//! |---|---|---|---|
//! | 1 | rack manager | [`DiscoveryRequest`] | the rack manager's identity certificate (public) |
//! | 2 | node | [`NodeHello`] | the node's identity certificate (public) |
//! | 3 | rack manager | [`Challenge`] | `[RM token + node token + challenge + time]` sealed to the node |
//! | 4 | node | [`ChallengeResponse`] | `[challenge + nonce + time]` sealed to the rack manager |
//!
//! Messages 3 and 4 are HPKE (RFC 9180) **auth mode** ciphertexts: sealed with the sender's
//! identity key to the recipient's identity key, so that opening one proves who sent it,
//! and bound (`aad`) to both identity certificates' fingerprints. Each message has a JSON
//! wire form ([`DiscoveryMessage::to_bytes`]); the transport is the caller's.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::crypto::{Fingerprint, base64_bytes};
use super::error::{TrustError, TrustResult};

pub(crate) const CHALLENGE_INFO: &[u8] = b"OpenRMC discovery challenge v1";
pub(crate) const RESPONSE_INFO: &[u8] = b"OpenRMC discovery response v1";

/// `aad` of a sealed discovery message: sender then recipient certificate fingerprints.
pub(crate) fn binding(sender: &Fingerprint, recipient: &Fingerprint) -> Vec<u8> {
    let mut aad = sender.as_bytes().to_vec();
    aad.extend_from_slice(recipient.as_bytes());
    aad
}

/// Message 1, rack manager to node: "asks for the node's certificate" and passes down its
/// own certificate, which the node later compares with the rack manager token (threat 9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct DiscoveryRequest {
    /// The rack manager's identity certificate (PEM).
    pub rack_manager_certificate: String,
}

/// Message 2, node to rack manager: the node's identity certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct NodeHello {
    /// The node's identity certificate (PEM).
    pub node_certificate: String,
}

/// Message 3, rack manager to node: the sealed `[RM token + node token + challenge]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct Challenge {
    /// Fingerprint of the rack manager certificate announced in message 1.
    pub rack_manager: Fingerprint,
    /// Fingerprint of the node certificate the challenge is for.
    pub node: Fingerprint,
    /// HPKE `enc || ciphertext`.
    #[serde(with = "base64_bytes")]
    pub sealed: Vec<u8>,
}

/// Message 4, node to rack manager: the sealed `[challenge + nonce + time]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ChallengeResponse {
    /// Fingerprint of the answering node's certificate.
    pub node: Fingerprint,
    /// Fingerprint of the rack manager certificate it answers.
    pub rack_manager: Fingerprint,
    /// HPKE `enc || ciphertext`.
    #[serde(with = "base64_bytes")]
    pub sealed: Vec<u8>,
}

/// Any discovery message, tagged by `Type` in its JSON form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "Type")]
#[non_exhaustive]
pub enum DiscoveryMessage {
    /// Message 1.
    DiscoveryRequest(DiscoveryRequest),
    /// Message 2.
    NodeHello(NodeHello),
    /// Message 3.
    Challenge(Challenge),
    /// Message 4.
    ChallengeResponse(ChallengeResponse),
}

impl DiscoveryMessage {
    /// The JSON wire form.
    ///
    /// # Errors
    ///
    /// [`TrustError::Encoding`] if serialization fails.
    pub fn to_bytes(&self) -> TrustResult<Vec<u8>> {
        serde_json::to_vec(self).map_err(|e| TrustError::Encoding(e.to_string()))
    }

    /// Parses the JSON wire form.
    ///
    /// # Errors
    ///
    /// [`TrustError::Encoding`] for anything that is not a discovery message.
    pub fn from_bytes(bytes: &[u8]) -> TrustResult<Self> {
        serde_json::from_slice(bytes).map_err(|e| TrustError::Encoding(e.to_string()))
    }
}

impl From<DiscoveryRequest> for DiscoveryMessage {
    fn from(m: DiscoveryRequest) -> Self {
        Self::DiscoveryRequest(m)
    }
}

impl From<NodeHello> for DiscoveryMessage {
    fn from(m: NodeHello) -> Self {
        Self::NodeHello(m)
    }
}

impl From<Challenge> for DiscoveryMessage {
    fn from(m: Challenge) -> Self {
        Self::Challenge(m)
    }
}

impl From<ChallengeResponse> for DiscoveryMessage {
    fn from(m: ChallengeResponse) -> Self {
        Self::ChallengeResponse(m)
    }
}

/// Plaintext of [`Challenge`].
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ChallengePayload {
    pub rack_manager_token: String,
    pub node_token: String,
    #[serde(with = "base64_bytes")]
    pub challenge: Vec<u8>,
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: OffsetDateTime,
}

/// Plaintext of [`ChallengeResponse`].
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct ResponsePayload {
    #[serde(with = "base64_bytes")]
    pub challenge: Vec<u8>,
    #[serde(with = "base64_bytes")]
    pub nonce: Vec<u8>,
    #[serde(with = "time::serde::rfc3339")]
    pub node_time: OffsetDateTime,
}
