//! X.509 certificate authorities: the CSP's self-signed CA and, for tests and examples, a
//! device manufacturer CA issuing identity certificates.

use std::fmt;
use std::str::FromStr;

use p256::ecdsa::{DerSignature, SigningKey};
use p256::elliptic_curve::Generate;
use time::{Duration, OffsetDateTime};
use x509_cert::Certificate;
use x509_cert::builder::profile::BuilderProfile;
use x509_cert::builder::{Builder, CertificateBuilder};
use x509_cert::certificate::TbsCertificate;
use x509_cert::ext::pkix::{
    AuthorityKeyIdentifier, BasicConstraints, KeyUsage, KeyUsages, SubjectKeyIdentifier,
};
use x509_cert::ext::{Extension, ToExtension};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::{SubjectPublicKeyInfoOwned, SubjectPublicKeyInfoRef};
use x509_cert::time::Validity;

use super::crypto::{self, Fingerprint};
use super::error::{TrustError, TrustResult};

/// Checks a name used as a certificate CommonName or a manifest `NodeName`. The set is
/// deliberately small (no RFC 4514 escaping needed, no look-alike characters).
pub(crate) fn validate_name(name: &str) -> TrustResult<()> {
    let ok = (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b" ._-".contains(&b))
        && !name.starts_with(' ')
        && !name.ends_with(' ');
    if ok {
        Ok(())
    } else {
        Err(TrustError::InvalidName(name.to_owned()))
    }
}

fn cert_err(e: impl fmt::Display) -> TrustError {
    TrustError::Certificate(e.to_string())
}

/// A self-signed CA: BasicConstraints cA (path length 0), KeyUsage keyCertSign + cRLSign.
struct CaProfile {
    subject: Name,
}

impl BuilderProfile for CaProfile {
    fn get_issuer(&self, subject: &Name) -> Name {
        subject.clone()
    }

    fn get_subject(&self) -> Name {
        self.subject.clone()
    }

    fn build_extensions(
        &self,
        spk: SubjectPublicKeyInfoRef<'_>,
        _issuer_spk: SubjectPublicKeyInfoRef<'_>,
        tbs: &TbsCertificate,
    ) -> x509_cert::builder::Result<Vec<Extension>> {
        let mut ext = Vec::new();
        let ski = SubjectKeyIdentifier::try_from(spk)?;
        ext.push(
            BasicConstraints {
                ca: true,
                path_len_constraint: Some(0),
            }
            .to_extension(tbs.subject(), &ext)?,
        );
        ext.push(
            KeyUsage(KeyUsages::KeyCertSign | KeyUsages::CRLSign)
                .to_extension(tbs.subject(), &ext)?,
        );
        ext.push(ski.to_extension(tbs.subject(), &ext)?);
        Ok(ext)
    }
}

/// An end-entity certificate signed by a CA.
struct EntityProfile {
    issuer: Name,
    subject: Name,
    usage: KeyUsage,
}

impl BuilderProfile for EntityProfile {
    fn get_issuer(&self, _subject: &Name) -> Name {
        self.issuer.clone()
    }

    fn get_subject(&self) -> Name {
        self.subject.clone()
    }

    // Each extension is encoded against those already pushed (`&ext`), so no `vec![]`.
    #[allow(clippy::vec_init_then_push)]
    fn build_extensions(
        &self,
        spk: SubjectPublicKeyInfoRef<'_>,
        issuer_spk: SubjectPublicKeyInfoRef<'_>,
        tbs: &TbsCertificate,
    ) -> x509_cert::builder::Result<Vec<Extension>> {
        let mut ext = Vec::new();
        ext.push(
            BasicConstraints {
                ca: false,
                path_len_constraint: None,
            }
            .to_extension(tbs.subject(), &ext)?,
        );
        ext.push(self.usage.to_extension(tbs.subject(), &ext)?);
        ext.push(SubjectKeyIdentifier::try_from(spk)?.to_extension(tbs.subject(), &ext)?);
        ext.push(AuthorityKeyIdentifier::try_from(issuer_spk)?.to_extension(tbs.subject(), &ext)?);
        Ok(ext)
    }
}

/// A certificate authority with a P-256 ECDSA key and a self-signed certificate.
///
/// The CSP of section 6 is one ([`Csp`](super::Csp) wraps it); a device manufacturer issuing
/// node and rack-manager identity certificates can be another.
pub struct CertificateAuthority {
    key: SigningKey,
    certificate: Certificate,
}

impl fmt::Debug for CertificateAuthority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CertificateAuthority")
            .field(
                "subject",
                &self.certificate.tbs_certificate().subject().to_string(),
            )
            .finish_non_exhaustive()
    }
}

fn random_serial() -> TrustResult<SerialNumber> {
    let mut bytes = crypto::random::<16>()?;
    // Positive and without a leading zero byte (RFC 5280 4.1.2.2).
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    SerialNumber::new(&bytes).map_err(cert_err)
}

fn validity(now: OffsetDateTime, lifetime: Duration) -> TrustResult<Validity> {
    if lifetime <= Duration::ZERO {
        return Err(TrustError::Certificate(
            "the lifetime must be positive".into(),
        ));
    }
    // Issued a minute in the past so that a peer whose clock is slightly behind accepts it.
    let not_before = now - Duration::minutes(1);
    Ok(Validity::new(
        crypto::x509_time(not_before)?,
        crypto::x509_time(now + lifetime)?,
    ))
}

impl CertificateAuthority {
    /// A new CA with a fresh key and a self-signed certificate for `subject` (RFC 4514, e.g.
    /// `"CN=Contoso Cloud CSP,O=Contoso"`), valid from `now` for `lifetime`.
    ///
    /// # Errors
    ///
    /// [`TrustError::Certificate`] for an unparsable subject or a non-positive lifetime,
    /// [`TrustError::Random`] when the system generator fails.
    pub fn generate(subject: &str, now: OffsetDateTime, lifetime: Duration) -> TrustResult<Self> {
        let subject = Name::from_str(subject)
            .map_err(|e| TrustError::Certificate(format!("invalid subject {subject:?}: {e}")))?;
        let key = SigningKey::try_generate_from_rng(&mut getrandom::SysRng)
            .map_err(|_| TrustError::Random)?;
        let spki = SubjectPublicKeyInfoOwned::from_key(key.verifying_key()).map_err(cert_err)?;
        let builder = CertificateBuilder::new(
            CaProfile { subject },
            random_serial()?,
            validity(now, lifetime)?,
            spki,
        )
        .map_err(cert_err)?;
        let certificate = builder.build::<_, DerSignature>(&key).map_err(cert_err)?;
        Ok(Self { key, certificate })
    }

    /// Loads a CA from its certificate and its P-256 private key (PKCS#8 or SEC1 PEM), as
    /// saved with [`CertificateAuthority::key_pem`].
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`] for an unreadable key or one that does not match the
    /// certificate, [`TrustError::Certificate`] when the certificate is not a self-signed CA.
    pub fn from_pem(certificate_pem: &str, key_pem: &str) -> TrustResult<Self> {
        use p256::pkcs8::DecodePrivateKey;
        let certificate = crypto::certificate_from_pem(certificate_pem)?;
        let key = SigningKey::from_pkcs8_pem(key_pem)
            .ok()
            .or_else(|| {
                p256::SecretKey::from_sec1_pem(key_pem)
                    .ok()
                    .map(SigningKey::from)
            })
            .ok_or_else(|| TrustError::Key("not a P-256 private key in PEM".into()))?;
        if crypto::certificate_key(&certificate)? != p256::PublicKey::from(key.verifying_key()) {
            return Err(TrustError::Key(
                "the key does not match the CA certificate".into(),
            ));
        }
        if !crypto::is_self_signed_ca(&certificate) {
            return Err(TrustError::Certificate(
                "not a self-signed CA certificate".into(),
            ));
        }
        Ok(Self { key, certificate })
    }

    /// The CA's private key as PKCS#8 PEM, to store it (keep it secret); zeroized when
    /// dropped.
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`] if encoding fails.
    pub fn key_pem(&self) -> TrustResult<zeroize::Zeroizing<String>> {
        use p256::pkcs8::EncodePrivateKey;
        self.key
            .to_pkcs8_pem(p256::pkcs8::LineEnding::LF)
            .map_err(|_| TrustError::Key("cannot encode the private key".into()))
    }

    /// The CA certificate.
    pub fn certificate(&self) -> &Certificate {
        &self.certificate
    }

    /// The CA certificate as PEM.
    ///
    /// # Errors
    ///
    /// [`TrustError::Certificate`] if encoding fails.
    pub fn certificate_pem(&self) -> TrustResult<String> {
        crypto::certificate_to_pem(&self.certificate)
    }

    /// SHA-256 fingerprint of the CA certificate.
    ///
    /// # Errors
    ///
    /// [`TrustError::Certificate`] if encoding fails.
    pub fn fingerprint(&self) -> TrustResult<Fingerprint> {
        Fingerprint::of_certificate(&self.certificate)
    }

    /// Issues a device identity certificate (`CN=<common_name>`, KeyUsage digitalSignature +
    /// keyAgreement) for `key`.
    ///
    /// # Errors
    ///
    /// [`TrustError::InvalidName`], [`TrustError::Certificate`].
    pub fn issue_identity(
        &self,
        common_name: &str,
        key: &p256::PublicKey,
        now: OffsetDateTime,
        lifetime: Duration,
    ) -> TrustResult<Certificate> {
        validate_name(common_name)?;
        let subject = Name::from_str(&format!("CN={common_name}")).map_err(cert_err)?;
        let usage = KeyUsage(KeyUsages::DigitalSignature | KeyUsages::KeyAgreement);
        self.issue(subject, usage, key, now, lifetime)
    }

    /// Issues an end-entity certificate with the given subject and key usage.
    pub(crate) fn issue(
        &self,
        subject: Name,
        usage: KeyUsage,
        key: &p256::PublicKey,
        now: OffsetDateTime,
        lifetime: Duration,
    ) -> TrustResult<Certificate> {
        let spki = SubjectPublicKeyInfoOwned::from_key(key).map_err(cert_err)?;
        let profile = EntityProfile {
            issuer: self.certificate.tbs_certificate().subject().clone(),
            subject,
            usage,
        };
        let builder =
            CertificateBuilder::new(profile, random_serial()?, validity(now, lifetime)?, spki)
                .map_err(cert_err)?;
        builder
            .build::<_, DerSignature>(&self.key)
            .map_err(cert_err)
    }

    /// ECDSA P-256/SHA-256 signature (DER) over `message`.
    pub(crate) fn sign(&self, message: &[u8]) -> TrustResult<Vec<u8>> {
        use p256::ecdsa::signature::Signer;
        let sig: DerSignature = self
            .key
            .try_sign(message)
            .map_err(|e| TrustError::Crypto(format!("ECDSA sign: {e}")))?;
        Ok(sig.as_bytes().to_vec())
    }
}
