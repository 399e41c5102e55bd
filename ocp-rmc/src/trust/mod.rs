//! The OpenRMC trust model: tokens, the Manageability Manifest, and mutual authentication
//! between a rack manager and its nodes (guide sections 5.26-5.30 and 6).
//!
//! # Roles
//!
//! - The **CSP** ([`Csp`]) owns nodes and rack managers. It issues a **token** to each
//!   ([`Token`]: a certificate for the entity's identity key signed by the CSP, plus the CSP
//!   certificate), and signs for each rack manager a **Manageability Manifest**
//!   ([`ManageabilityManifest`]) listing the nodes it may manage, each with its token sealed
//!   to that rack manager. Revoking a node is signing a manifest without it
//!   ([`ManifestDraft::revoke`]).
//! - The **rack manager** ([`RackManager`]) holds its token and the manifest, discovers
//!   nodes, authenticates them, keeps the **Managed Node List** and a security log.
//! - The **node** ([`Node`]) holds its token only, authenticates the rack manager and
//!   answers its challenge.
//!
//! [`redfish`] places certificates, tokens and manifests through Redfish (5.27-5.30.2).
//!
//! # Protocol
//!
//! ```text
//!  rack manager                                              node
//!  1 DiscoveryRequest {RM identity cert}            ──────▶  remembers it
//!  2 looks the cert up in the manifest              ◀──────  NodeHello {node identity cert}
//!      absent: silence + "Unrecognized Node on Rack"
//!  3 Challenge = HPKE-auth(RM key → node key,       ──────▶  opens with the announced RM key;
//!      [RM token, node token, challenge, time])              RM token: same CSP, same key as
//!                                                             announced; node token = its own;
//!                                                             fresh; not replayed.
//!                                                             else silence + "Suspicious Rack manager"
//!  4 opens with the node key; same challenge,       ◀──────  ChallengeResponse = HPKE-auth(node key →
//!      fresh; else "Suspicious Node on Rack"                 RM key, [challenge, nonce, time])
//!    both: session key = HKDF-SHA256(challenge ‖ nonce, fingerprints of both certificates)
//!    RM: Managed Node List += (node certificate, time of first session)
//! ```
//!
//! The state machines are sans-IO: they take and return messages ([`DiscoveryMessage`] has
//! a JSON wire form) and the current time, and never read a clock, so every threat of the
//! guide's table 6.7.3 is a deterministic test (`ocp-rmc/tests/trust_threats.rs`).
//!
//! # Cryptography
//!
//! No primitive is implemented here; everything is RustCrypto and `hpke`.
//!
//! | what | choice |
//! |---|---|
//! | keys | ECDSA/ECDH on NIST P-256 (`p256`). CSP keys only sign; node and rack manager identity keys only do key agreement |
//! | certificates | X.509 v3 built with `x509-cert` 0.3: CSP self-signed CA (BasicConstraints cA, pathLen 0; KeyUsage keyCertSign, cRLSign); identity certificates KeyUsage digitalSignature + keyAgreement; token certificates `CN=<name>, OU=OpenRMC Node Token` or `OU=OpenRMC Rack Manager Token`, KeyUsage keyAgreement; signatures ecdsa-with-SHA256 |
//! | token | PEM chain: token certificate, CSP certificate |
//! | encryption to a public key | HPKE (RFC 9180) DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM; base mode for tokens from the CSP (their authenticity is the CSP signature), auth mode for discovery messages (proves the sender's key) |
//! | manifest signature | detached ECDSA P-256/SHA-256 (DER, base64) over the RFC 8785 canonical JSON |
//! | session key | HKDF-SHA256 (RFC 5869), salt `OpenRMC session v1`, IKM challenge ‖ nonce, info label ‖ RM certificate fingerprint ‖ node certificate fingerprint |
//! | randomness | the OS generator (`getrandom`): 32-byte challenges and nonces, keys, serials |
//! | fingerprints | SHA-256 of a certificate's DER, or of a key's uncompressed SEC1 point |
//!
//! # Choices where the guide (a draft) is silent or ambiguous
//!
//! - **Token.** "Node certificate signed by a CSP" is read as a CSP-issued certificate for
//!   the key of the node's identity certificate (the identity certificate itself may come
//!   from the device maker). A token is confidential: it is the proof, checked by the node,
//!   that a rack manager is the one designated by the CSP (threat 8).
//! - **First trust.** A node or rack manager trusts the CSP certificate inside the first
//!   token installed by its owner (through an authenticated Redfish session); later
//!   tokens and manifests must come from that CSP. A rack manager token from another CSP is
//!   a change of owner and clears manifest and sessions.
//! - **Announcement.** 6.5.2 has the rack manager "ask for the node's certificate"; it does
//!   so with its own certificate (message 1). That is "the cert that the rack manager passes
//!   down early in the discovery flow" of threat 9, compared with the rack manager token.
//! - **Encryption.** "[RM token + node token + challenge] encrypted by node's public key"
//!   and "challenge encrypted by rack manager's public key and nonce/time" are HPKE auth
//!   mode, so the ciphertexts also prove the sender's key.
//! - **Manifest.** The guide's `NodesToManage` entries gain `NodeTokenString` (the node
//!   token sealed to the rack manager: threat 1 requires the tokens to be encrypted) and the
//!   document gains a serial, an issue time, the CSP certificate, the designated rack
//!   manager and a signature (see [`manifest`]). Identity certificates stay in clear text in
//!   the manifest, as in the guide's sample: nodes hand them to anyone during discovery;
//!   the manifest travels over HTTPS.
//! - **Redfish placement.** Tokens are sealed before they leave the CSP, so the
//!   `CertificateString` POSTed as a token (5.29, 5.30.1) is a PEM block labelled
//!   `OPENRMC SEALED NODE TOKEN` / `OPENRMC SEALED RACK MANAGER TOKEN`, not an X.509
//!   certificate. Certificates and tokens are POSTed to the `Certificates` collections
//!   (DMTF-conformant) rather than to the guide's member-looking URIs (`.../Certificates/Token`).
//! - **Event names.** Threat 9's "Suspicious Node Manger" is the same event as threat 7's
//!   "Suspicious Rack manager" (the draft also calls the rack manager "node manager"); one
//!   name is used. A refused manifest, which the guide does not name, logs
//!   "Manageability Manifest Rejected".
//! - **Freshness.** Challenges and answers carry the sender's time; both must be within
//!   [`TrustPolicy::max_clock_skew`] of the receiver's clock, the answer must arrive within
//!   [`TrustPolicy::challenge_timeout`], and a node never answers the same challenge twice.
//!
//! # Example
//!
//! ```
//! use ocp_rmc::trust::*;
//! use time::{Duration, OffsetDateTime};
//!
//! # fn main() -> Result<(), TrustError> {
//! let now = OffsetDateTime::now_utc();
//! let year = Duration::days(365);
//! let csp = Csp::generate("CN=Contoso Cloud CSP,O=Contoso", now, year)?;
//! let maker = CertificateAuthority::generate("CN=Maker Device CA", now, year)?;
//! let identity = |name: &str| -> Result<Identity, TrustError> {
//!     let key = IdentityKey::generate()?;
//!     let cert = maker.issue_identity(name, &key.public_key(), now, year)?;
//!     Identity::new(key, cert)
//! };
//! let mut rm = RackManager::new(identity("rmc")?, TrustPolicy::default());
//! let mut node = Node::new(identity("node1")?, TrustPolicy::default());
//!
//! // CSP provisioning (through Redfish in real life, see `redfish`).
//! let rm_cert = rm.identity().certificate().clone();
//! let node_cert = node.identity().certificate().clone();
//! rm.install_token(&csp.issue_rack_manager_token("rmc", &rm_cert, now, year)?.seal_to(&rm_cert)?, now)?;
//! let node_token = csp.issue_node_token("node1", &node_cert, now, year)?;
//! node.install_token(&node_token.seal_to(&node_cert)?, now)?;
//! let mut draft = ManifestDraft::new(&rm_cert)?;
//! draft.add_node("node1", &node_cert, &node_token)?;
//! rm.install_manifest(&csp.sign_manifest(&mut draft, &rm_cert, now)?, now)?;
//!
//! // Discovery and mutual authentication.
//! let hello = node.handle_discovery(&rm.announce()?).expect("node answers");
//! let challenge = rm.handle_hello(&hello, now).expect("node is in the manifest");
//! let answer = node.handle_challenge(&challenge, now).expect("rack manager is trusted");
//! let session = rm.handle_response(&answer, now).expect("node proved its key");
//! assert!(session.key.ct_eq(&node.session().unwrap().key));
//! assert_eq!(rm.managed_nodes()[0].name, "node1");
//! # Ok(()) }
//! ```

mod authority;
mod crypto;
mod csp;
mod error;
mod event;
mod identity;
pub mod manifest;
pub mod message;
mod node;
mod policy;
mod rack_manager;
pub mod redfish;
mod session;
mod token;

/// The `p256` crate (public keys in this API), re-exported.
pub use p256;
/// The `x509-cert` crate (certificates in this API), re-exported.
pub use x509_cert;

pub use authority::CertificateAuthority;
pub use crypto::Fingerprint;
pub use csp::Csp;
pub use error::{TrustError, TrustResult};
pub use event::{EventKind, EventLog, Reason, SecurityEvent};
pub use identity::{Identity, IdentityKey};
pub use manifest::{
    ManageabilityManifest, ManifestDraft, ManifestEntry, ManifestNode, VerifiedManifest,
};
pub use message::{Challenge, ChallengeResponse, DiscoveryMessage, DiscoveryRequest, NodeHello};
pub use node::Node;
pub use policy::TrustPolicy;
pub use rack_manager::{ManagedNode, ManifestUpdate, RackManager};
pub use session::{Session, SessionKey};
pub use token::{Role, SealedToken, Token};
