//! The CSP (cloud service provider) side: issues tokens and signs manifests (section 6.1:
//! "the CSP is the most privileged entity in the chain").

use std::fmt;

use time::{Duration, OffsetDateTime};
use x509_cert::Certificate;

use super::authority::CertificateAuthority;
use super::crypto;
use super::error::TrustResult;
use super::manifest::{ManageabilityManifest, ManifestDraft};
use super::token::{Role, Token};

/// A CSP: a certificate authority whose certificate is the trust anchor of its nodes and
/// rack managers.
///
/// ```
/// use ocp_rmc::trust::{CertificateAuthority, Csp, IdentityKey, ManifestDraft};
/// use time::{Duration, OffsetDateTime};
///
/// # fn main() -> Result<(), ocp_rmc::trust::TrustError> {
/// let now = OffsetDateTime::now_utc();
/// let year = Duration::days(365);
/// let csp = Csp::generate("CN=Contoso Cloud CSP,O=Contoso", now, year)?;
/// // Identity certificates normally come from the device maker (read with 5.27).
/// let maker = CertificateAuthority::generate("CN=Maker Device CA", now, year)?;
/// let node_key = IdentityKey::generate()?;
/// let node_cert = maker.issue_identity("node1", &node_key.public_key(), now, year)?;
/// let rm_key = IdentityKey::generate()?;
/// let rm_cert = maker.issue_identity("rmc", &rm_key.public_key(), now, year)?;
///
/// let node_token = csp.issue_node_token("node1", &node_cert, now, year)?;
/// let sealed_for_node = node_token.seal_to(&node_cert)?; // placed with 5.29
/// let mut draft = ManifestDraft::new(&rm_cert)?;
/// draft.add_node("node1", &node_cert, &node_token)?;
/// let manifest = csp.sign_manifest(&mut draft, &rm_cert, now)?; // placed with 5.30.2
/// assert_eq!(manifest.manifest_serial, 1);
/// # let _ = sealed_for_node;
/// # Ok(()) }
/// ```
pub struct Csp {
    authority: CertificateAuthority,
}

impl fmt::Debug for Csp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Csp")
            .field("authority", &self.authority)
            .finish()
    }
}

impl Csp {
    /// A CSP with a fresh P-256 key and a self-signed CA certificate for `subject`.
    ///
    /// # Errors
    ///
    /// See [`CertificateAuthority::generate`].
    pub fn generate(subject: &str, now: OffsetDateTime, lifetime: Duration) -> TrustResult<Self> {
        Ok(Self {
            authority: CertificateAuthority::generate(subject, now, lifetime)?,
        })
    }

    /// A CSP from an existing authority.
    pub fn from_authority(authority: CertificateAuthority) -> Self {
        Self { authority }
    }

    /// The underlying authority (e.g. to issue identity certificates too).
    pub fn authority(&self) -> &CertificateAuthority {
        &self.authority
    }

    /// The CSP certificate, the trust anchor of its tokens.
    pub fn certificate(&self) -> &Certificate {
        self.authority.certificate()
    }

    /// Issues the node token of `name`: a certificate for the key of the node's identity
    /// certificate (read from the node with 5.27), signed by the CSP, plus the CSP
    /// certificate. Seal it with [`Token::seal_to`] before it travels.
    ///
    /// # Errors
    ///
    /// [`TrustError::InvalidName`](super::TrustError::InvalidName), certificate errors.
    pub fn issue_node_token(
        &self,
        name: &str,
        node_certificate: &Certificate,
        now: OffsetDateTime,
        lifetime: Duration,
    ) -> TrustResult<Token> {
        let key = crypto::certificate_key(node_certificate)?;
        Token::issue(&self.authority, Role::Node, name, &key, now, lifetime)
    }

    /// Issues the rack manager token of `name` for the key of its identity certificate.
    ///
    /// # Errors
    ///
    /// As [`Csp::issue_node_token`].
    pub fn issue_rack_manager_token(
        &self,
        name: &str,
        rack_manager_certificate: &Certificate,
        now: OffsetDateTime,
        lifetime: Duration,
    ) -> TrustResult<Token> {
        let key = crypto::certificate_key(rack_manager_certificate)?;
        Token::issue(
            &self.authority,
            Role::RackManager,
            name,
            &key,
            now,
            lifetime,
        )
    }

    /// Signs the draft as the next manifest for `rack_manager` (its identity certificate):
    /// every node token is sealed to the rack manager's key, the document is signed, and the
    /// draft's serial advances so that the next manifest supersedes this one.
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`](super::TrustError::Key) when `rack_manager` is not the rack
    /// manager the draft designates; encoding and crypto errors.
    pub fn sign_manifest(
        &self,
        draft: &mut ManifestDraft,
        rack_manager: &Certificate,
        now: OffsetDateTime,
    ) -> TrustResult<ManageabilityManifest> {
        let mut manifest =
            draft.to_unsigned(self.authority.certificate_pem()?, rack_manager, now)?;
        let signature = self.authority.sign(&manifest.signed_bytes()?)?;
        manifest.signature = Some(ManifestDraft::encode_signature(&signature));
        draft.bump_serial();
        Ok(manifest)
    }
}
