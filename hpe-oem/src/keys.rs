//! Client-side checks of certificates and private keys before they are sent to an iLO:
//! PEM parsing (LF or CRLF), size limits, key type and size per security state, the key
//! matching the certificate (SubjectPublicKeyInfo comparison), FIPS-approved algorithms.
//!
//! Keys are parsed only to read their public part; nothing here signs or stores them, and no
//! key material appears in `Debug` output or errors.

use std::fmt;

use der::asn1::ObjectIdentifier;
use der::{Decode, Encode};
use x509_cert::Certificate;
use x509_cert::request::CertReq;
use x509_cert::spki::SubjectPublicKeyInfoOwned;

use crate::security_state::SecurityState;

/// Combined certificate + private key limit of HTTPS side-loading (20 KB).
pub const SIDELOAD_MAX_BYTES: usize = 20 * 1024;
/// iLO LDevID certificate limit (16 KB).
pub const LDEVID_MAX_BYTES: usize = 16 * 1024;

const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");
const EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const ED25519: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.112");
const SECP256R1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const SECP384R1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.34");
const SECP521R1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.35");

/// Signature algorithms approved by FIPS 186 / SP 800-131A that iLO accepts for LDevIDs:
/// RSA PKCS#1 v1.5 and PSS with SHA-2, ECDSA with SHA-2.
const FIPS_SIGNATURES: [(&str, &str); 9] = [
    ("1.2.840.113549.1.1.14", "sha224WithRSAEncryption"),
    ("1.2.840.113549.1.1.11", "sha256WithRSAEncryption"),
    ("1.2.840.113549.1.1.12", "sha384WithRSAEncryption"),
    ("1.2.840.113549.1.1.13", "sha512WithRSAEncryption"),
    ("1.2.840.113549.1.1.10", "RSASSA-PSS"),
    ("1.2.840.10045.4.3.1", "ecdsa-with-SHA224"),
    ("1.2.840.10045.4.3.2", "ecdsa-with-SHA256"),
    ("1.2.840.10045.4.3.3", "ecdsa-with-SHA384"),
    ("1.2.840.10045.4.3.4", "ecdsa-with-SHA512"),
];

/// Well-known signature algorithms that are *not* FIPS-approved, for readable errors.
const WEAK_SIGNATURES: [(&str, &str); 5] = [
    ("1.2.840.113549.1.1.4", "md5WithRSAEncryption"),
    ("1.2.840.113549.1.1.5", "sha1WithRSAEncryption"),
    ("1.2.840.10045.4.1", "ecdsa-with-SHA1"),
    ("1.3.101.112", "Ed25519"),
    ("1.2.840.10040.4.3", "dsa-with-sha1"),
];

/// An elliptic curve.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Curve {
    /// NIST P-256 (secp256r1).
    P256,
    /// NIST P-384 (secp384r1), the only curve allowed in CNSA.
    P384,
    /// NIST P-521 (secp521r1).
    P521,
    /// Another named curve (its OID).
    Other(String),
}

impl Curve {
    fn from_oid(oid: &ObjectIdentifier) -> Self {
        match *oid {
            SECP256R1 => Self::P256,
            SECP384R1 => Self::P384,
            SECP521R1 => Self::P521,
            _ => Self::Other(oid.to_string()),
        }
    }
}

impl fmt::Display for Curve {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::P256 => f.write_str("P-256"),
            Self::P384 => f.write_str("P-384"),
            Self::P521 => f.write_str("P-521"),
            Self::Other(oid) => write!(f, "curve {oid}"),
        }
    }
}

/// The type and size of a public or private key.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyKind {
    /// RSA with a modulus of `bits` bits.
    Rsa {
        /// Modulus size.
        bits: usize,
    },
    /// ECDSA on `curve`.
    Ec {
        /// The curve.
        curve: Curve,
    },
    /// Ed25519.
    Ed25519,
    /// Another algorithm (its OID).
    Other(String),
}

impl fmt::Display for KeyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Rsa { bits } => write!(f, "RSA {bits}-bit"),
            Self::Ec { curve } => write!(f, "ECDSA {curve}"),
            Self::Ed25519 => f.write_str("Ed25519"),
            Self::Other(oid) => write!(f, "key algorithm {oid}"),
        }
    }
}

/// A certificate, CSR or key check that failed. Messages never contain key material.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CertificateCheckError {
    /// The text is not PEM.
    #[error("not PEM: {0}")]
    NotPem(String),
    /// No `CERTIFICATE` block.
    #[error("no PEM CERTIFICATE block")]
    NoCertificate,
    /// No private key block (`PRIVATE KEY`, `RSA PRIVATE KEY` or `EC PRIVATE KEY`).
    #[error("no PEM private key block (PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)")]
    NoPrivateKey,
    /// More than one private key.
    #[error("more than one private key")]
    SeveralKeys,
    /// The key is encrypted; iLO needs it in clear.
    #[error("the private key is encrypted; iLO needs an unencrypted PEM key")]
    EncryptedKey,
    /// The data is larger than iLO accepts.
    #[error("{what} is {size} bytes; iLO accepts at most {limit} bytes")]
    TooLarge {
        /// What was measured.
        what: &'static str,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The certificate (or CSR) cannot be parsed.
    #[error("invalid {what}: {reason}")]
    Invalid {
        /// `certificate`, `CSR` or `private key`.
        what: &'static str,
        /// The parser's complaint.
        reason: String,
    },
    /// The key type or size is not allowed in the current security state.
    #[error("{key} keys are not allowed in security state {state}: {allowed}")]
    KeyNotAllowed {
        /// The key.
        key: KeyKind,
        /// The security state.
        state: SecurityState,
        /// What is allowed.
        allowed: &'static str,
    },
    /// The private key does not belong to the certificate.
    #[error("the private key does not match the certificate's public key")]
    KeyMismatch,
    /// The certificate's public key is not the one of the CSR it should answer.
    #[error("the certificate's public key does not match the CSR's")]
    CsrMismatch,
    /// The certificate uses an algorithm that is not FIPS-approved.
    #[error("{what} {name} is not a FIPS-approved algorithm")]
    NotFipsApproved {
        /// `signature algorithm` or `public key`.
        what: &'static str,
        /// The algorithm.
        name: String,
    },
}

type CheckResult<T> = Result<T, CertificateCheckError>;

/// Turns CRLF (and lone CR) line breaks into LF, the form iLO expects in JSON strings.
pub fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// The PEM blocks of a text, LF or CRLF.
fn pem_blocks(text: &str) -> CheckResult<Vec<pem::Pem>> {
    let blocks = pem::parse_many(normalize_newlines(text).as_bytes())
        .map_err(|e| CertificateCheckError::NotPem(e.to_string()))?;
    if blocks.is_empty() {
        return Err(CertificateCheckError::NotPem("no PEM block found".into()));
    }
    Ok(blocks)
}

fn invalid(what: &'static str, e: impl fmt::Display) -> CertificateCheckError {
    CertificateCheckError::Invalid {
        what,
        reason: e.to_string(),
    }
}

/// Parses the certificates of a PEM text (leaf first), LF or CRLF.
///
/// # Errors
///
/// [`CertificateCheckError::NoCertificate`] or [`CertificateCheckError::Invalid`].
pub fn parse_certificates(text: &str) -> CheckResult<Vec<Certificate>> {
    let certs: Vec<Certificate> = pem_blocks(text)?
        .iter()
        .filter(|b| b.tag() == "CERTIFICATE")
        .map(|b| Certificate::from_der(b.contents()).map_err(|e| invalid("certificate", e)))
        .collect::<CheckResult<_>>()?;
    if certs.is_empty() {
        return Err(CertificateCheckError::NoCertificate);
    }
    Ok(certs)
}

/// Parses a PEM CSR (`CERTIFICATE REQUEST`, or the legacy `NEW CERTIFICATE REQUEST`).
///
/// # Errors
///
/// [`CertificateCheckError::NotPem`] or [`CertificateCheckError::Invalid`].
pub fn parse_csr(text: &str) -> CheckResult<CertReq> {
    let block = pem_blocks(text)?
        .into_iter()
        .find(|b| b.tag() == "CERTIFICATE REQUEST" || b.tag() == "NEW CERTIFICATE REQUEST")
        .ok_or_else(|| CertificateCheckError::NotPem("no CERTIFICATE REQUEST block".into()))?;
    CertReq::from_der(block.contents()).map_err(|e| invalid("CSR", e))
}

/// The kind of a public key.
pub fn public_key_kind(spki: &SubjectPublicKeyInfoOwned) -> KeyKind {
    let oid = spki.algorithm.oid;
    if oid == RSA_ENCRYPTION {
        match pkcs1::RsaPublicKey::<pkcs1::UintRef<'_>>::from_der(
            spki.subject_public_key.raw_bytes(),
        ) {
            Ok(k) => KeyKind::Rsa {
                bits: uint_bits(k.modulus.as_bytes()),
            },
            Err(_) => KeyKind::Other(oid.to_string()),
        }
    } else if oid == EC_PUBLIC_KEY {
        let curve = spki
            .algorithm
            .parameters
            .as_ref()
            .and_then(|p| p.decode_as::<ObjectIdentifier>().ok())
            .map(|c| Curve::from_oid(&c))
            .unwrap_or_else(|| Curve::Other("(no named curve)".into()));
        KeyKind::Ec { curve }
    } else if oid == ED25519 {
        KeyKind::Ed25519
    } else {
        KeyKind::Other(oid.to_string())
    }
}

fn uint_bits(bytes: &[u8]) -> usize {
    let bytes = strip_zeros(bytes);
    match bytes.first() {
        Some(b) => bytes.len() * 8 - b.leading_zeros() as usize,
        None => 0,
    }
}

fn strip_zeros(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| **b == 0).count();
    &bytes[n..]
}

/// A parsed private key, reduced to what the checks need: its kind and its public key.
/// `Debug` shows only the kind.
#[derive(Clone)]
pub struct PrivateKeyInfo {
    kind: KeyKind,
    public: PublicKeyMaterial,
}

impl fmt::Debug for PrivateKeyInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivateKeyInfo")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

#[derive(Clone, PartialEq, Eq)]
enum PublicKeyMaterial {
    /// Modulus and exponent, without leading zeros.
    Rsa { n: Vec<u8>, e: Vec<u8> },
    /// Uncompressed SEC1 point (`None` when the key does not carry it and cannot be derived).
    Ec(Option<Vec<u8>>),
    /// Raw public key bytes (other algorithms: compared only if the key carries them).
    Raw(Option<Vec<u8>>),
}

impl PrivateKeyInfo {
    /// The key type and size.
    pub fn kind(&self) -> &KeyKind {
        &self.kind
    }

    /// Parses the single private key of a PEM text: PKCS#8 `PRIVATE KEY`, PKCS#1
    /// `RSA PRIVATE KEY` or SEC1 `EC PRIVATE KEY`.
    ///
    /// # Errors
    ///
    /// [`CertificateCheckError::NoPrivateKey`], [`CertificateCheckError::SeveralKeys`],
    /// [`CertificateCheckError::EncryptedKey`] or [`CertificateCheckError::Invalid`].
    pub fn from_pem(text: &str) -> CheckResult<Self> {
        let blocks = pem_blocks(text)?;
        if blocks.iter().any(|b| b.tag() == "ENCRYPTED PRIVATE KEY")
            || blocks
                .iter()
                .any(|b| b.tag().ends_with("PRIVATE KEY") && b.headers().get("Proc-Type").is_some())
        {
            return Err(CertificateCheckError::EncryptedKey);
        }
        let mut keys = blocks.iter().filter(|b| {
            matches!(
                b.tag(),
                "PRIVATE KEY" | "RSA PRIVATE KEY" | "EC PRIVATE KEY"
            )
        });
        let block = keys.next().ok_or(CertificateCheckError::NoPrivateKey)?;
        if keys.next().is_some() {
            return Err(CertificateCheckError::SeveralKeys);
        }
        match block.tag() {
            "RSA PRIVATE KEY" => Self::from_pkcs1(block.contents()),
            "EC PRIVATE KEY" => Self::from_sec1(block.contents(), None),
            _ => Self::from_pkcs8(block.contents()),
        }
    }

    fn from_pkcs1(der: &[u8]) -> CheckResult<Self> {
        let k = pkcs1::RsaPrivateKey::<pkcs1::UintRef<'_>>::from_der(der)
            .map_err(|e| invalid("private key", e))?;
        let n = strip_zeros(k.modulus.as_bytes()).to_vec();
        Ok(Self {
            kind: KeyKind::Rsa {
                bits: uint_bits(&n),
            },
            public: PublicKeyMaterial::Rsa {
                n,
                e: strip_zeros(k.public_exponent.as_bytes()).to_vec(),
            },
        })
    }

    fn from_sec1(der: &[u8], curve_from_pkcs8: Option<ObjectIdentifier>) -> CheckResult<Self> {
        let k = sec1::EcPrivateKey::from_der(der).map_err(|e| invalid("private key", e))?;
        let curve_oid = curve_from_pkcs8.or_else(|| k.parameters.and_then(|p| p.named_curve()));
        let curve = curve_oid
            .map(|c| Curve::from_oid(&c))
            .unwrap_or_else(|| Curve::Other("(no named curve)".into()));
        let point = match (&curve, k.public_key) {
            (Curve::P384, Some(p)) => normalize_p384_point(p),
            (Curve::P384, None) => p384::SecretKey::from_slice(k.private_key)
                .ok()
                .map(|s| s.public_key().to_sec1_bytes().to_vec()),
            (_, p) => p.map(<[u8]>::to_vec),
        };
        Ok(Self {
            kind: KeyKind::Ec { curve },
            public: PublicKeyMaterial::Ec(point),
        })
    }

    fn from_pkcs8(der: &[u8]) -> CheckResult<Self> {
        let info =
            pkcs8::PrivateKeyInfoRef::from_der(der).map_err(|e| invalid("private key", e))?;
        let oid = info.algorithm.oid;
        let inner = info.private_key.as_bytes();
        if oid == RSA_ENCRYPTION {
            Self::from_pkcs1(inner)
        } else if oid == EC_PUBLIC_KEY {
            let curve = info
                .algorithm
                .parameters
                .and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
            let mut k = Self::from_sec1(inner, curve)?;
            if let (PublicKeyMaterial::Ec(None), Some(pk)) = (&k.public, info.public_key) {
                k.public = PublicKeyMaterial::Ec(Some(pk.raw_bytes().to_vec()));
            }
            Ok(k)
        } else {
            let kind = if oid == ED25519 {
                KeyKind::Ed25519
            } else {
                KeyKind::Other(oid.to_string())
            };
            Ok(Self {
                kind,
                public: PublicKeyMaterial::Raw(info.public_key.map(|p| p.raw_bytes().to_vec())),
            })
        }
    }

    /// `true` when this key is the private half of `spki`. Keys whose public part cannot
    /// be determined (an EC key on a curve other than P-384 that does not carry its public
    /// point) do not match.
    pub fn matches(&self, spki: &SubjectPublicKeyInfoOwned) -> bool {
        if public_key_kind(spki) != self.kind {
            return false;
        }
        let bits = spki.subject_public_key.raw_bytes();
        match &self.public {
            PublicKeyMaterial::Rsa { n, e } => {
                match pkcs1::RsaPublicKey::<pkcs1::UintRef<'_>>::from_der(bits) {
                    Ok(p) => {
                        strip_zeros(p.modulus.as_bytes()) == n.as_slice()
                            && strip_zeros(p.public_exponent.as_bytes()) == e.as_slice()
                    }
                    Err(_) => false,
                }
            }
            PublicKeyMaterial::Ec(Some(point)) => {
                let theirs = if self.kind == (KeyKind::Ec { curve: Curve::P384 }) {
                    normalize_p384_point(bits)
                } else {
                    Some(bits.to_vec())
                };
                theirs.as_deref() == Some(point.as_slice())
            }
            PublicKeyMaterial::Raw(Some(raw)) => raw.as_slice() == bits,
            PublicKeyMaterial::Ec(None) | PublicKeyMaterial::Raw(None) => false,
        }
    }
}

/// A P-384 point in uncompressed SEC1 form (certificates may carry compressed points).
fn normalize_p384_point(bytes: &[u8]) -> Option<Vec<u8>> {
    p384::PublicKey::from_sec1_bytes(bytes)
        .ok()
        .map(|p| p.to_sec1_bytes().to_vec())
}

/// Checks that `key` is allowed for the HTTPS certificate in `state`: ECDSA P-384 only in
/// CNSA, otherwise RSA of at most 2048 bits.
///
/// # Errors
///
/// [`CertificateCheckError::KeyNotAllowed`].
pub fn check_https_key_for_state(key: &KeyKind, state: &SecurityState) -> CheckResult<()> {
    let (ok, allowed) = if *state == SecurityState::CNSA {
        (
            *key == KeyKind::Ec { curve: Curve::P384 },
            "only ECDSA P-384 keys are allowed in CNSA",
        )
    } else {
        (
            matches!(key, KeyKind::Rsa { bits } if *bits <= 2048),
            "only RSA keys of up to 2048 bits are allowed outside CNSA",
        )
    };
    if ok {
        Ok(())
    } else {
        Err(CertificateCheckError::KeyNotAllowed {
            key: key.clone(),
            state: state.clone(),
            allowed,
        })
    }
}

/// A certificate and its private key, checked for side-loading into the iLO web server.
/// `Debug` never shows the key.
#[derive(Clone)]
pub struct SideLoadBundle {
    combined: String,
    certificate: Certificate,
    key_kind: KeyKind,
}

impl fmt::Debug for SideLoadBundle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SideLoadBundle")
            .field(
                "subject",
                &self.certificate.tbs_certificate().subject().to_string(),
            )
            .field("key", &self.key_kind)
            .field("bytes", &self.combined.len())
            .finish()
    }
}

impl SideLoadBundle {
    /// The certificate followed by the key, LF line breaks: the value of the
    /// `ImportCertificate` `Certificate` parameter.
    pub fn combined_pem(&self) -> &str {
        &self.combined
    }

    /// The certificate.
    pub fn certificate(&self) -> &Certificate {
        &self.certificate
    }

    /// The key type.
    pub fn key_kind(&self) -> &KeyKind {
        &self.key_kind
    }
}

/// Runs the side-loading checks of the HPE documentation, client-side, in this order: at
/// most 20 KB combined, both PEM (LF or CRLF), a certificate and exactly one unencrypted
/// private key, key type and size allowed in `state`, and the key matching the certificate.
///
/// # Errors
///
/// The first [`CertificateCheckError`] found.
pub fn check_sideload(
    certificate_pem: &str,
    key_pem: &str,
    state: &SecurityState,
) -> CheckResult<SideLoadBundle> {
    let cert = normalize_newlines(certificate_pem);
    let key = normalize_newlines(key_pem);
    let mut combined = cert.trim_end().to_owned();
    combined.push('\n');
    combined.push_str(key.trim_end());
    combined.push('\n');
    if combined.len() > SIDELOAD_MAX_BYTES {
        return Err(CertificateCheckError::TooLarge {
            what: "the certificate and private key",
            size: combined.len(),
            limit: SIDELOAD_MAX_BYTES,
        });
    }
    if pem_blocks(&cert)?
        .iter()
        .any(|b| b.tag().ends_with("PRIVATE KEY"))
    {
        return Err(CertificateCheckError::Invalid {
            what: "certificate",
            reason: "the certificate file contains a private key; pass it separately".into(),
        });
    }
    let certificate = parse_certificates(&cert)?
        .into_iter()
        .next()
        .ok_or(CertificateCheckError::NoCertificate)?;
    let private = PrivateKeyInfo::from_pem(&key)?;
    check_https_key_for_state(private.kind(), state)?;
    if !private.matches(certificate.tbs_certificate().subject_public_key_info()) {
        return Err(CertificateCheckError::KeyMismatch);
    }
    Ok(SideLoadBundle {
        combined,
        key_kind: private.kind().clone(),
        certificate,
    })
}

/// Checks a certificate before an `ImportCertificate` (no key): PEM, LF or CRLF, parsable.
/// Returns the text with LF line breaks.
///
/// # Errors
///
/// [`CertificateCheckError`] when the text holds no valid certificate or holds a key.
pub fn check_certificate_import(pem_text: &str) -> CheckResult<String> {
    let text = normalize_newlines(pem_text);
    if pem_blocks(&text)?
        .iter()
        .any(|b| b.tag().ends_with("PRIVATE KEY"))
    {
        return Err(CertificateCheckError::Invalid {
            what: "certificate",
            reason: "the text contains a private key; use side-loading to import a key".into(),
        });
    }
    parse_certificates(&text)?;
    Ok(text)
}

/// Checks an iLO LDevID certificate before import: at most 16 KB, PEM, a FIPS-approved
/// signature algorithm and public key (RSA >= 2048 bits or ECDSA P-256/P-384/P-521), and,
/// when the CSR is given, the same public key as the CSR. Returns the text with LF breaks.
///
/// # Errors
///
/// The first [`CertificateCheckError`] found.
pub fn check_ldevid_certificate(pem_text: &str, csr: Option<&CertReq>) -> CheckResult<String> {
    let text = normalize_newlines(pem_text);
    if text.len() > LDEVID_MAX_BYTES {
        return Err(CertificateCheckError::TooLarge {
            what: "the LDevID certificate",
            size: text.len(),
            limit: LDEVID_MAX_BYTES,
        });
    }
    let cert = parse_certificates(&text)?
        .into_iter()
        .next()
        .ok_or(CertificateCheckError::NoCertificate)?;
    check_fips_signature(&cert.signature_algorithm().oid)?;
    let spki = cert.tbs_certificate().subject_public_key_info();
    match public_key_kind(spki) {
        KeyKind::Rsa { bits } if bits >= 2048 => {}
        KeyKind::Ec {
            curve: Curve::P256 | Curve::P384 | Curve::P521,
        } => {}
        other => {
            return Err(CertificateCheckError::NotFipsApproved {
                what: "public key",
                name: other.to_string(),
            });
        }
    }
    if let Some(csr) = csr {
        let same = csr.info.public_key.to_der().ok() == spki.to_der().ok();
        if !same {
            return Err(CertificateCheckError::CsrMismatch);
        }
    }
    Ok(text)
}

fn check_fips_signature(oid: &ObjectIdentifier) -> CheckResult<()> {
    let s = oid.to_string();
    if FIPS_SIGNATURES.iter().any(|(o, _)| *o == s) {
        return Ok(());
    }
    let name = WEAK_SIGNATURES
        .iter()
        .find(|(o, _)| *o == s)
        .map(|(_, n)| (*n).to_owned())
        .unwrap_or(s);
    Err(CertificateCheckError::NotFipsApproved {
        what: "signature algorithm",
        name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newlines_are_normalized() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn garbage_is_refused_with_a_reason() {
        assert!(matches!(
            parse_certificates("hello"),
            Err(CertificateCheckError::NotPem(_))
        ));
        assert!(matches!(
            PrivateKeyInfo::from_pem(
                "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n"
            ),
            Err(CertificateCheckError::EncryptedKey)
        ));
        assert!(matches!(
            PrivateKeyInfo::from_pem(
                "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
            ),
            Err(CertificateCheckError::Invalid {
                what: "private key",
                ..
            })
        ));
    }

    #[test]
    fn key_policy_per_state() {
        let rsa2048 = KeyKind::Rsa { bits: 2048 };
        let rsa3072 = KeyKind::Rsa { bits: 3072 };
        let p384 = KeyKind::Ec { curve: Curve::P384 };
        let p256 = KeyKind::Ec { curve: Curve::P256 };
        for state in [
            SecurityState::Production,
            SecurityState::HighSecurity,
            SecurityState::FIPS,
        ] {
            assert!(check_https_key_for_state(&rsa2048, &state).is_ok());
            assert!(check_https_key_for_state(&rsa3072, &state).is_err());
            assert!(check_https_key_for_state(&p384, &state).is_err());
        }
        assert!(check_https_key_for_state(&p384, &SecurityState::CNSA).is_ok());
        assert!(check_https_key_for_state(&p256, &SecurityState::CNSA).is_err());
        let e = check_https_key_for_state(&rsa2048, &SecurityState::CNSA).unwrap_err();
        assert!(
            e.to_string().contains("RSA 2048-bit") && e.to_string().contains("CNSA"),
            "{e}"
        );
    }

    #[test]
    fn fips_signature_list() {
        let oid = |s| ObjectIdentifier::new(s).unwrap();
        assert!(check_fips_signature(&oid("1.2.840.113549.1.1.11")).is_ok());
        assert!(check_fips_signature(&oid("1.2.840.10045.4.3.3")).is_ok());
        let e = check_fips_signature(&oid("1.2.840.113549.1.1.5")).unwrap_err();
        assert!(e.to_string().contains("sha1WithRSAEncryption"), "{e}");
        assert!(check_fips_signature(&oid("1.2.3.4")).is_err());
    }
}
