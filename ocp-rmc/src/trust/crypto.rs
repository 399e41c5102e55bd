//! Glue between the RustCrypto primitives and the trust model: fingerprints, HPKE sealing,
//! X.509 signature checks, randomness and time conversions. No primitive is implemented
//! here; everything delegates to `p256`, `hpke`, `sha2` and `getrandom`.

use std::fmt;
use std::time::SystemTime;

use der::Encode;
use der::referenced::OwnedToRef;
use hpke::{Deserializable, OpModeR, OpModeS, Serializable};
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{DerSignature, VerifyingKey};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use x509_cert::Certificate;
use x509_cert::ext::pkix::{BasicConstraints, KeyUsage};
use x509_cert::spki::ObjectIdentifier;

use super::error::{TrustError, TrustResult};

/// HPKE KEM: DHKEM(P-256, HKDF-SHA256), RFC 9180 KEM id 0x0010.
pub(crate) type Kem = hpke::kem::DhP256HkdfSha256;
/// HPKE KDF: HKDF-SHA256, KDF id 0x0001.
pub(crate) type Kdf = hpke::kdf::HkdfSha256;
/// HPKE AEAD: AES-128-GCM, AEAD id 0x0001.
pub(crate) type Aead = hpke::aead::AesGcm128;

type HpkePublic = <Kem as hpke::Kem>::PublicKey;
type HpkePrivate = <Kem as hpke::Kem>::PrivateKey;
type HpkeEncapped = <Kem as hpke::Kem>::EncappedKey;

/// `ecdsa-with-SHA256` (RFC 5758).
pub(crate) const ECDSA_WITH_SHA256: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");

/// A SHA-256 fingerprint (of a certificate's DER or of a SubjectPublicKeyInfo's DER).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint([u8; 32]);

impl Fingerprint {
    /// SHA-256 of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Self(Sha256::digest(bytes).into())
    }

    /// The digest.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Lower-case hex.
    pub fn to_hex(&self) -> String {
        use fmt::Write;
        let mut s = String::with_capacity(64);
        for b in self.0 {
            let _ = write!(s, "{b:02x}");
        }
        s
    }

    /// Parses 64 hex digits (either case).
    ///
    /// # Errors
    ///
    /// [`TrustError::Encoding`] for anything else.
    pub fn from_hex(s: &str) -> TrustResult<Self> {
        let bad = || TrustError::Encoding(format!("not a SHA-256 hex fingerprint: {s:?}"));
        if s.len() != 64 || !s.is_ascii() {
            return Err(bad());
        }
        let mut out = [0u8; 32];
        for (i, o) in out.iter_mut().enumerate() {
            *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
        }
        Ok(Self(out))
    }

    /// Fingerprint of a certificate (SHA-256 over its DER encoding).
    ///
    /// # Errors
    ///
    /// [`TrustError::Certificate`] when the certificate cannot be encoded.
    pub fn of_certificate(cert: &Certificate) -> TrustResult<Self> {
        let der = cert
            .to_der()
            .map_err(|e| TrustError::Certificate(e.to_string()))?;
        Ok(Self::of(&der))
    }

    /// Fingerprint of a certificate's public key: SHA-256 over the uncompressed SEC1
    /// encoding of its P-256 key, so stable across certificates for the same key.
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`] when the certificate has no P-256 key.
    pub fn of_key(cert: &Certificate) -> TrustResult<Self> {
        Ok(Self::of_public_key(&certificate_key(cert)?))
    }

    /// Fingerprint of a P-256 public key (SHA-256 over its uncompressed SEC1 encoding).
    pub fn of_public_key(key: &p256::PublicKey) -> Self {
        use p256::elliptic_curve::sec1::ToSec1Point;
        Self::of(key.to_sec1_point(false).as_bytes())
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({})", self.to_hex())
    }
}

/// `N` bytes from the operating system's CSPRNG.
pub(crate) fn random<const N: usize>() -> TrustResult<[u8; N]> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|_| TrustError::Random)?;
    Ok(out)
}

/// Constant-time equality of secrets (challenges, nonces).
pub(crate) fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

/// The P-256 public key of a certificate.
pub(crate) fn certificate_key(cert: &Certificate) -> TrustResult<p256::PublicKey> {
    let spki = cert
        .tbs_certificate()
        .subject_public_key_info()
        .owned_to_ref();
    p256::PublicKey::try_from(spki)
        .map_err(|e| TrustError::Key(format!("not a P-256 public key: {e}")))
}

fn hpke_public(key: &p256::PublicKey) -> TrustResult<HpkePublic> {
    use p256::elliptic_curve::sec1::ToSec1Point;
    let point = key.to_sec1_point(false);
    HpkePublic::from_bytes(point.as_bytes())
        .map_err(|e| TrustError::Key(format!("unusable public key: {e}")))
}

fn hpke_private(key: &p256::SecretKey) -> TrustResult<HpkePrivate> {
    HpkePrivate::from_bytes(&key.to_bytes())
        .map_err(|e| TrustError::Key(format!("unusable private key: {e}")))
}

/// The sender side of an HPKE exchange: none (base mode, RFC 9180 5.1.1) or the sender's
/// static key (auth mode, 5.1.3: the ciphertext proves possession of that key).
pub(crate) enum Sender<'a> {
    Anonymous,
    Authenticated(&'a p256::SecretKey),
}

/// HPKE single-shot seal to `recipient`; the output is `enc || ciphertext`.
pub(crate) fn seal(
    sender: Sender<'_>,
    recipient: &p256::PublicKey,
    info: &[u8],
    aad: &[u8],
    plaintext: &[u8],
) -> TrustResult<Vec<u8>> {
    let pk = hpke_public(recipient)?;
    let mode = match sender {
        Sender::Anonymous => OpModeS::Base,
        Sender::Authenticated(sk) => {
            OpModeS::Auth((hpke_private(sk)?, hpke_public(&sk.public_key())?))
        }
    };
    // The OS generator is checked first so that HPKE's own (infallible) use of it cannot
    // fail afterwards in any way we could have reported.
    random::<1>()?;
    let (enc, ct) = hpke::single_shot_seal::<Aead, Kdf, Kem>(&mode, &pk, info, plaintext, aad)
        .map_err(|e| TrustError::Crypto(format!("HPKE seal: {e}")))?;
    let mut out = enc.to_bytes().to_vec();
    out.extend_from_slice(&ct);
    Ok(out)
}

/// HPKE single-shot open of `enc || ciphertext`; `sender` is the expected sender's public
/// key in auth mode, `None` in base mode. Any failure is `None`: callers turn it into a
/// [`Reason`](super::Reason) without telling the peer which step failed.
pub(crate) fn open(
    recipient: &p256::SecretKey,
    sender: Option<&p256::PublicKey>,
    info: &[u8],
    aad: &[u8],
    sealed: &[u8],
) -> Option<Vec<u8>> {
    let enc_len = <HpkeEncapped as Serializable>::size();
    if sealed.len() < enc_len {
        return None;
    }
    let (enc, ct) = sealed.split_at(enc_len);
    let enc = HpkeEncapped::from_bytes(enc).ok()?;
    let sk = hpke_private(recipient).ok()?;
    let mode = match sender {
        None => OpModeR::Base,
        Some(pk) => OpModeR::Auth(hpke_public(pk).ok()?),
    };
    hpke::single_shot_open::<Aead, Kdf, Kem>(&mode, &sk, &enc, info, ct, aad).ok()
}

/// `true` when `cert` carries a valid ECDSA P-256/SHA-256 signature by `issuer`'s key and
/// names `issuer` as its issuer.
pub(crate) fn is_signed_by(cert: &Certificate, issuer: &Certificate) -> bool {
    let tbs = cert.tbs_certificate();
    if tbs.issuer() != issuer.tbs_certificate().subject() {
        return false;
    }
    if cert.signature_algorithm().oid != ECDSA_WITH_SHA256
        || tbs.signature().oid != ECDSA_WITH_SHA256
    {
        return false;
    }
    let Ok(key) = certificate_key(issuer) else {
        return false;
    };
    let key = VerifyingKey::from(key);
    let Some(sig) = cert.signature().as_bytes() else {
        return false;
    };
    let Ok(sig) = DerSignature::try_from(sig) else {
        return false;
    };
    let Ok(tbs_der) = tbs.to_der() else {
        return false;
    };
    key.verify(&tbs_der, &sig).is_ok()
}

/// `true` when `cert` is a self-signed CA certificate allowed to sign certificates.
pub(crate) fn is_self_signed_ca(cert: &Certificate) -> bool {
    let tbs = cert.tbs_certificate();
    let ca = matches!(tbs.get_extension::<BasicConstraints>(), Ok(Some((_, bc))) if bc.ca);
    let cert_sign =
        matches!(tbs.get_extension::<KeyUsage>(), Ok(Some((_, ku))) if ku.key_cert_sign());
    ca && cert_sign && is_signed_by(cert, cert)
}

/// `true` when `now` lies within the certificate's validity period.
pub(crate) fn is_valid_at(cert: &Certificate, now: OffsetDateTime) -> bool {
    let v = cert.tbs_certificate().validity();
    let now = SystemTime::from(now);
    v.not_before.to_system_time() <= now && now <= v.not_after.to_system_time()
}

/// An X.509 `Time` from an `OffsetDateTime`.
pub(crate) fn x509_time(t: OffsetDateTime) -> TrustResult<x509_cert::time::Time> {
    x509_cert::time::Time::try_from(SystemTime::from(t))
        .map_err(|e| TrustError::Certificate(format!("time {t} not representable: {e}")))
}

/// Parses the certificates of a PEM text, in order.
pub(crate) fn certificates_from_pem(pem: &str) -> TrustResult<Vec<Certificate>> {
    Certificate::load_pem_chain(pem.trim().as_bytes())
        .map_err(|e| TrustError::Certificate(format!("not a PEM certificate chain: {e}")))
}

/// The PEM text of a certificate (LF line endings).
pub(crate) fn certificate_to_pem(cert: &Certificate) -> TrustResult<String> {
    use der::EncodePem;
    cert.to_pem(der::pem::LineEnding::LF)
        .map_err(|e| TrustError::Certificate(e.to_string()))
}

/// Parses exactly one PEM certificate.
pub(crate) fn certificate_from_pem(pem: &str) -> TrustResult<Certificate> {
    let mut certs = certificates_from_pem(pem)?;
    if certs.len() != 1 {
        return Err(TrustError::Certificate(format!(
            "expected one certificate, found {}",
            certs.len()
        )));
    }
    certs
        .pop()
        .ok_or_else(|| TrustError::Certificate("no certificate".into()))
}

impl serde::Serialize for Fingerprint {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> serde::Deserialize<'de> for Fingerprint {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Self::from_hex(&s).map_err(serde::de::Error::custom)
    }
}

/// Serde helper: bytes as standard base64 text.
pub(crate) mod base64_bytes {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        STANDARD
            .decode(s.as_bytes())
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_round_trip_as_hex() {
        let fp = Fingerprint::of(b"abc");
        assert_eq!(
            fp.to_hex(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            Fingerprint::from_hex(&fp.to_hex().to_uppercase()).unwrap(),
            fp
        );
        assert!(Fingerprint::from_hex("ba78").is_err());
        assert!(Fingerprint::from_hex(&"zz".repeat(32)).is_err());
        assert!(Fingerprint::from_hex(&"é".repeat(32)).is_err());
        let json = serde_json::to_string(&fp).unwrap();
        assert_eq!(serde_json::from_str::<Fingerprint>(&json).unwrap(), fp);
    }

    #[test]
    fn hpke_auth_mode_binds_sender_info_and_aad() {
        use p256::elliptic_curve::Generate;
        let sender = p256::SecretKey::try_generate_from_rng(&mut getrandom::SysRng).unwrap();
        let other = p256::SecretKey::try_generate_from_rng(&mut getrandom::SysRng).unwrap();
        let recipient = p256::SecretKey::try_generate_from_rng(&mut getrandom::SysRng).unwrap();
        let sealed = seal(
            Sender::Authenticated(&sender),
            &recipient.public_key(),
            b"i",
            b"a",
            b"hi",
        )
        .unwrap();
        let open_with = |s: &p256::SecretKey, info: &[u8], aad: &[u8]| {
            open(&recipient, Some(&s.public_key()), info, aad, &sealed)
        };
        assert_eq!(open_with(&sender, b"i", b"a").as_deref(), Some(&b"hi"[..]));
        assert!(open_with(&other, b"i", b"a").is_none(), "another sender");
        assert!(open_with(&sender, b"j", b"a").is_none(), "another info");
        assert!(open_with(&sender, b"i", b"b").is_none(), "another aad");
        assert!(
            open(&recipient, None, b"i", b"a", &sealed).is_none(),
            "base mode"
        );
        assert!(
            open(&other, Some(&sender.public_key()), b"i", b"a", &sealed).is_none(),
            "another recipient"
        );
        assert!(
            open(&recipient, None, b"i", b"a", &sealed[..40]).is_none(),
            "truncated"
        );
    }
}
