//! Tokens (section 6.3): "CSP certificate + entity certificate signed by a CSP", and their
//! sealed (encrypted) form used whenever a token travels.

use std::fmt;
use std::str::FromStr;

use der::Encode;
use time::{Duration, OffsetDateTime};
use x509_cert::Certificate;
use x509_cert::ext::pkix::{KeyUsage, KeyUsages};
use x509_cert::name::Name;

use super::authority::{CertificateAuthority, validate_name};
use super::crypto::{self, Fingerprint, Sender};
use super::error::{TrustError, TrustResult};
use super::event::Reason;
use super::identity::IdentityKey;

/// HPKE `info` of sealed tokens (domain separation from discovery messages).
const TOKEN_INFO: &[u8] = b"OpenRMC sealed token v1";

/// Who a token is for. Carried as the token certificate's `OU` so that a node token can
/// never pass for a rack manager token and vice versa.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Role {
    /// A managed node (server, switch, storage...).
    Node,
    /// The rack manager (the Manager whose `ManagerType` is `RackManager`).
    RackManager,
}

impl Role {
    /// The `OU` of the token certificate's subject.
    pub const fn organizational_unit(self) -> &'static str {
        match self {
            Self::Node => "OpenRMC Node Token",
            Self::RackManager => "OpenRMC Rack Manager Token",
        }
    }

    /// The PEM label of a sealed token of this role.
    pub const fn sealed_pem_label(self) -> &'static str {
        match self {
            Self::Node => "OPENRMC SEALED NODE TOKEN",
            Self::RackManager => "OPENRMC SEALED RACK MANAGER TOKEN",
        }
    }

    fn from_sealed_pem_label(label: &str) -> Option<Self> {
        [Self::Node, Self::RackManager]
            .into_iter()
            .find(|r| r.sealed_pem_label() == label)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Node => "node",
            Self::RackManager => "rack manager",
        })
    }
}

/// A token: the entity's token certificate (issued by the CSP for the entity's identity
/// key, `CN=<name>, OU=<role>`) followed by the CSP certificate. Its PEM form is that
/// two-certificate chain.
///
/// A token is confidential (guide 6.7.1): only the CSP, its holder and, for node tokens, the
/// designated rack manager know it; it proves to a node that a rack manager is the one
/// its CSP designated (threat 8). `Debug` shows the subject only.
#[derive(Clone, PartialEq, Eq)]
pub struct Token {
    certificate: Certificate,
    csp: Certificate,
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("role", &self.role())
            .field("name", &self.name())
            .finish_non_exhaustive()
    }
}

impl Token {
    /// Issues a token certificate for `key` with the CSP `csp` (see [`Csp`](super::Csp)).
    pub(crate) fn issue(
        csp: &CertificateAuthority,
        role: Role,
        name: &str,
        key: &p256::PublicKey,
        now: OffsetDateTime,
        lifetime: Duration,
    ) -> TrustResult<Self> {
        validate_name(name)?;
        let subject = Name::from_str(&format!("CN={name},OU={}", role.organizational_unit()))
            .map_err(|e| TrustError::Certificate(e.to_string()))?;
        // The token key is only used for key agreement (HPKE) in discovery.
        let certificate = csp.issue(
            subject,
            KeyUsage(KeyUsages::KeyAgreement.into()),
            key,
            now,
            lifetime,
        )?;
        Ok(Self {
            certificate,
            csp: csp.certificate().clone(),
        })
    }

    /// Parses a token from its PEM chain (token certificate, then CSP certificate).
    ///
    /// # Errors
    ///
    /// [`TrustError::Token`] when the text is not a two-certificate chain.
    pub fn from_pem(pem: &str) -> TrustResult<Self> {
        let certs = crypto::certificates_from_pem(pem)
            .map_err(|_| TrustError::Token(Reason::InvalidToken))?;
        match <[Certificate; 2]>::try_from(certs) {
            Ok([certificate, csp]) => Ok(Self { certificate, csp }),
            Err(_) => Err(TrustError::Token(Reason::InvalidToken)),
        }
    }

    /// The PEM chain (token certificate, then CSP certificate).
    ///
    /// # Errors
    ///
    /// [`TrustError::Certificate`] if encoding fails.
    pub fn to_pem(&self) -> TrustResult<String> {
        Ok(
            crypto::certificate_to_pem(&self.certificate)?
                + &crypto::certificate_to_pem(&self.csp)?,
        )
    }

    /// The token certificate (the entity's key, signed by the CSP).
    pub fn certificate(&self) -> &Certificate {
        &self.certificate
    }

    /// The CSP certificate.
    pub fn csp_certificate(&self) -> &Certificate {
        &self.csp
    }

    /// The role named by the token certificate's `OU`.
    pub fn role(&self) -> Option<Role> {
        let subject = self.certificate.tbs_certificate().subject();
        let ou = subject.organization_unit().ok().flatten()?;
        let ou = ou.value();
        [Role::Node, Role::RackManager]
            .into_iter()
            .find(|r| r.organizational_unit() == ou)
    }

    /// The entity name (the token certificate's `CN`).
    pub fn name(&self) -> Option<String> {
        let subject = self.certificate.tbs_certificate().subject();
        Some(subject.common_name().ok().flatten()?.value().into_owned())
    }

    /// `true` when the token certifies `key`.
    pub fn certifies(&self, key: &p256::PublicKey) -> bool {
        crypto::certificate_key(&self.certificate).is_ok_and(|k| &k == key)
    }

    /// Verifies the token against the CSP certificate the verifier trusts: same CSP
    /// certificate, token certificate signed by it, both valid at `now`, role `role`.
    ///
    /// # Errors
    ///
    /// [`Reason::ForeignCsp`] for a token of another (or impersonated) CSP,
    /// [`Reason::InvalidToken`] for an expired token or one of the wrong role.
    pub fn verify(
        &self,
        trusted_csp: &Certificate,
        role: Role,
        now: OffsetDateTime,
    ) -> Result<(), Reason> {
        if !same_certificate(&self.csp, trusted_csp)
            || !crypto::is_signed_by(&self.certificate, trusted_csp)
        {
            return Err(Reason::ForeignCsp);
        }
        if !crypto::is_valid_at(trusted_csp, now)
            || !crypto::is_valid_at(&self.certificate, now)
            || self.role() != Some(role)
        {
            return Err(Reason::InvalidToken);
        }
        Ok(())
    }

    /// Verifies a token on its own, trusting the CSP certificate it carries (which must be a
    /// self-signed CA): used when a node or rack manager receives its first token from its
    /// owner, whose CSP becomes its trust anchor.
    ///
    /// # Errors
    ///
    /// As [`Token::verify`].
    pub fn verify_self_contained(&self, role: Role, now: OffsetDateTime) -> Result<(), Reason> {
        if !crypto::is_self_signed_ca(&self.csp) {
            return Err(Reason::ForeignCsp);
        }
        self.verify(&self.csp, role, now)
    }

    /// Seals the token to the holder of `recipient`'s key (HPKE base mode).
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`] when the certificate has no P-256 key, [`TrustError::Crypto`].
    pub fn seal_to(&self, recipient: &Certificate) -> TrustResult<SealedToken> {
        let role = self.role().ok_or(TrustError::Token(Reason::InvalidToken))?;
        let key = crypto::certificate_key(recipient)?;
        let aad = sealed_aad(role, &Fingerprint::of_key(recipient)?);
        let pem = self.to_pem()?;
        let bytes = crypto::seal(Sender::Anonymous, &key, TOKEN_INFO, &aad, pem.as_bytes())?;
        Ok(SealedToken { role, bytes })
    }
}

fn same_certificate(a: &Certificate, b: &Certificate) -> bool {
    match (a.to_der(), b.to_der()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn sealed_aad(role: Role, recipient_key: &Fingerprint) -> Vec<u8> {
    let mut aad = role.sealed_pem_label().as_bytes().to_vec();
    aad.extend_from_slice(recipient_key.as_bytes());
    aad
}

/// A token encrypted to its recipient's identity key (HPKE, RFC 9180, base mode;
/// DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM). The role and the recipient's key
/// fingerprint are authenticated data, so a sealed node token cannot be opened as a rack
/// manager token.
///
/// Its PEM form (label `OPENRMC SEALED NODE TOKEN` or `OPENRMC SEALED RACK MANAGER TOKEN`,
/// content `enc || ciphertext`) is what is POSTed as a Certificate's `CertificateString`
/// (guide 5.29, 5.30.1) and stored in manifest entries.
#[derive(Clone, PartialEq, Eq)]
pub struct SealedToken {
    role: Role,
    bytes: Vec<u8>,
}

impl fmt::Debug for SealedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SealedToken")
            .field("role", &self.role)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl SealedToken {
    /// The role of the sealed token (from its label; authenticated when opened).
    pub fn role(&self) -> Role {
        self.role
    }

    /// The PEM text.
    pub fn to_pem(&self) -> String {
        pem::encode(&pem::Pem::new(
            self.role.sealed_pem_label(),
            self.bytes.clone(),
        ))
    }

    /// Parses the PEM text.
    ///
    /// # Errors
    ///
    /// [`TrustError::Token`] for another PEM label or invalid PEM.
    pub fn from_pem(text: &str) -> TrustResult<Self> {
        let p = pem::parse(text.trim()).map_err(|_| TrustError::Token(Reason::InvalidToken))?;
        let role =
            Role::from_sealed_pem_label(p.tag()).ok_or(TrustError::Token(Reason::InvalidToken))?;
        Ok(Self {
            role,
            bytes: p.into_contents(),
        })
    }

    /// `true` when `text` looks like a sealed token (its PEM label), without decoding it.
    pub fn is_sealed_token_pem(text: &str) -> bool {
        [Role::Node, Role::RackManager]
            .iter()
            .any(|r| text.contains(&format!("-----BEGIN {}-----", r.sealed_pem_label())))
    }

    /// The raw `enc || ciphertext` bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Opens the token with the recipient's key. The token is only decrypted here, not
    /// verified: callers check it against their CSP ([`Token::verify`]).
    ///
    /// # Errors
    ///
    /// [`Reason::UndecryptableToken`] when it is not sealed to this key or was altered,
    /// [`Reason::InvalidToken`] when the content is not a token of the sealed role.
    pub fn open(&self, key: &IdentityKey) -> Result<Token, Reason> {
        let aad = sealed_aad(self.role, &Fingerprint::of_public_key(&key.public_key()));
        let plain = crypto::open(key.secret(), None, TOKEN_INFO, &aad, &self.bytes)
            .ok_or(Reason::UndecryptableToken)?;
        let text = std::str::from_utf8(&plain).map_err(|_| Reason::InvalidToken)?;
        let token = Token::from_pem(text).map_err(|_| Reason::InvalidToken)?;
        if token.role() != Some(self.role) {
            return Err(Reason::InvalidToken);
        }
        Ok(token)
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;
    use crate::trust::Csp;

    const T0: OffsetDateTime = datetime!(2025-06-01 12:00 UTC);

    #[test]
    fn a_sealed_token_must_contain_a_token_of_its_label_role() {
        let csp = Csp::generate("CN=CSP", T0, Duration::days(1)).unwrap();
        let key = IdentityKey::generate().unwrap();
        let cert = csp
            .authority()
            .issue_identity("node1", &key.public_key(), T0, Duration::days(1))
            .unwrap();
        let node_token = csp
            .issue_node_token("node1", &cert, T0, Duration::days(1))
            .unwrap();
        // Sealed correctly under the rack manager label, but holding a node token.
        let role = Role::RackManager;
        let aad = sealed_aad(role, &Fingerprint::of_key(&cert).unwrap());
        let pem = node_token.to_pem().unwrap();
        let bytes = crypto::seal(
            Sender::Anonymous,
            &key.public_key(),
            TOKEN_INFO,
            &aad,
            pem.as_bytes(),
        )
        .unwrap();
        let sealed = SealedToken { role, bytes };
        assert_eq!(sealed.open(&key).unwrap_err(), Reason::InvalidToken);
        // The same content under its own label opens.
        assert_eq!(
            node_token.seal_to(&cert).unwrap().open(&key).unwrap(),
            node_token
        );
        // Garbage that is too short to hold an encapsulated key.
        let short = SealedToken {
            role: Role::Node,
            bytes: vec![4; 10],
        };
        assert_eq!(short.open(&key).unwrap_err(), Reason::UndecryptableToken);
    }

    #[test]
    fn a_token_must_be_a_two_certificate_chain() {
        let csp = Csp::generate("CN=CSP", T0, Duration::days(1)).unwrap();
        let one = csp.authority().certificate_pem().unwrap();
        assert!(matches!(
            Token::from_pem(&one),
            Err(TrustError::Token(Reason::InvalidToken))
        ));
        assert!(matches!(
            Token::from_pem(&one.repeat(3)),
            Err(TrustError::Token(Reason::InvalidToken))
        ));
        assert!(matches!(
            Token::from_pem("not pem"),
            Err(TrustError::Token(Reason::InvalidToken))
        ));
    }
}
