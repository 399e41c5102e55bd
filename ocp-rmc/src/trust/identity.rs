//! Device identity keys and certificates (the "node certificate" and "rack manager
//! certificate" of section 6.3, the DMTF "device identity certificates").

use std::fmt;

use p256::elliptic_curve::Generate;
use x509_cert::Certificate;

use super::crypto::{self, Fingerprint};
use super::error::{TrustError, TrustResult};

/// A P-256 private key held by a node or a rack manager. Used only for key agreement
/// (HPKE, RFC 9180), never to sign. Zeroized on drop; never printed.
#[derive(Clone)]
pub struct IdentityKey(p256::SecretKey);

impl IdentityKey {
    /// A fresh key from the operating system's CSPRNG.
    ///
    /// # Errors
    ///
    /// [`TrustError::Random`] when the system generator fails.
    pub fn generate() -> TrustResult<Self> {
        p256::SecretKey::try_generate_from_rng(&mut getrandom::SysRng)
            .map(Self)
            .map_err(|_| TrustError::Random)
    }

    /// Loads a key from PKCS#8 or SEC1 PEM (`PRIVATE KEY` / `EC PRIVATE KEY`).
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`] when the text is not a P-256 private key (the key itself is never
    /// echoed).
    pub fn from_pem(pem: &str) -> TrustResult<Self> {
        use p256::pkcs8::DecodePrivateKey;
        p256::SecretKey::from_pkcs8_pem(pem)
            .or_else(|_| p256::SecretKey::from_sec1_pem(pem))
            .map(Self)
            .map_err(|_| TrustError::Key("not a P-256 private key in PEM".into()))
    }

    /// The key as PKCS#8 PEM (`PRIVATE KEY`), to store it; zeroized when dropped.
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`] if encoding fails.
    pub fn to_pem(&self) -> TrustResult<zeroize::Zeroizing<String>> {
        use p256::pkcs8::EncodePrivateKey;
        self.0
            .to_pkcs8_pem(p256::pkcs8::LineEnding::LF)
            .map_err(|_| TrustError::Key("cannot encode the private key".into()))
    }

    /// The public key.
    pub fn public_key(&self) -> p256::PublicKey {
        self.0.public_key()
    }

    pub(crate) fn secret(&self) -> &p256::SecretKey {
        &self.0
    }
}

impl fmt::Debug for IdentityKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("IdentityKey(<redacted>)")
    }
}

/// A key with its identity certificate: what a node or a rack manager presents in discovery.
#[derive(Clone)]
pub struct Identity {
    key: IdentityKey,
    certificate: Certificate,
    fingerprint: Fingerprint,
}

impl Identity {
    /// Pairs a key with its certificate.
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`] when the certificate certifies another key.
    pub fn new(key: IdentityKey, certificate: Certificate) -> TrustResult<Self> {
        if crypto::certificate_key(&certificate)? != key.public_key() {
            return Err(TrustError::Key(
                "the certificate certifies another key".into(),
            ));
        }
        let fingerprint = Fingerprint::of_certificate(&certificate)?;
        Ok(Self {
            key,
            certificate,
            fingerprint,
        })
    }

    /// The identity certificate.
    pub fn certificate(&self) -> &Certificate {
        &self.certificate
    }

    /// The identity certificate as PEM.
    ///
    /// # Errors
    ///
    /// [`TrustError::Certificate`] if encoding fails.
    pub fn certificate_pem(&self) -> TrustResult<String> {
        crypto::certificate_to_pem(&self.certificate)
    }

    /// SHA-256 fingerprint of the identity certificate.
    pub fn fingerprint(&self) -> Fingerprint {
        self.fingerprint
    }

    pub(crate) fn key(&self) -> &IdentityKey {
        &self.key
    }
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Identity")
            .field(
                "subject",
                &self.certificate.tbs_certificate().subject().to_string(),
            )
            .field("fingerprint", &self.fingerprint)
            .finish_non_exhaustive()
    }
}
