//! The Manageability Manifest (guide 5.30.2, 6.3): the signed list of nodes a rack manager
//! may manage.
//!
//! `ManageabilityManifest` is not a DMTF schema; its Redfish form follows the guide's sample
//! (`#ManageabilityManifest.v1_0_0.ManageabilityManifest`, `NodesToManage[]` of
//! `{NodeName, NodeIDCertificateString, CertificateType: "PEM"}`, here as a JSON array since
//! the guide's sample is malformed) and adds what a verifiable document needs:
//!
//! | property | meaning |
//! |---|---|
//! | `ManifestSerial` | increases with every manifest the CSP signs for a rack manager; an older or equal serial is refused (replay/rollback) |
//! | `IssuedAt` | RFC 3339 UTC time of signing; refused if in the future |
//! | `CspCertificateString` | the CSP certificate (PEM), "CSP certificate + all managed nodes' tokens" |
//! | `RackManagerKeyFingerprint` | SHA-256 (hex) of the designated rack manager's public key (uncompressed SEC1) |
//! | `NodesToManage[].NodeTokenString` | the node's token, sealed to the rack manager's key ([`SealedToken`] PEM) |
//! | `Signature` | `{Algorithm: "ecdsa-with-SHA256", Canonicalization: "RFC8785", SignatureString}`: base64 DER ECDSA P-256 signature by the CSP |
//!
//! The signature covers the RFC 8785 (JCS) canonical form of the document without
//! `Signature` and `@odata.id`, restricted to the properties listed here (anything a
//! service adds, such as `@odata.etag`, is ignored and never trusted). For these value
//! types (strings, integers below 2^53, arrays, objects with ASCII keys) JCS is exactly
//! serde_json's compact output with object keys sorted, which is how it is computed.

use std::collections::HashSet;
use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{DerSignature, VerifyingKey};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use x509_cert::Certificate;

use super::authority::validate_name;
use super::crypto::{self, Fingerprint};
use super::error::{TrustError, TrustResult};
use super::event::Reason;
use super::identity::IdentityKey;
use super::token::{Role, SealedToken, Token};

/// `@odata.type` of the manifest.
pub const MANIFEST_ODATA_TYPE: &str = "#ManageabilityManifest.v1_0_0.ManageabilityManifest";
/// The only signature algorithm produced and accepted.
pub const SIGNATURE_ALGORITHM: &str = "ecdsa-with-SHA256";
/// The only canonicalization produced and accepted.
pub const CANONICALIZATION: &str = "RFC8785";
/// Largest serial (JCS represents integers exactly only below 2^53).
pub const MAX_SERIAL: u64 = (1 << 53) - 1;

/// The Redfish `ManageabilityManifest` document (see the module docs for the format).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ManageabilityManifest {
    /// `@odata.id` (set by the service; not signed).
    #[serde(rename = "@odata.id", default, skip_serializing_if = "Option::is_none")]
    pub odata_id: Option<String>,
    /// `@odata.type`: [`MANIFEST_ODATA_TYPE`].
    #[serde(rename = "@odata.type")]
    pub odata_type: String,
    /// `Id`: `ManageabilityManifest`.
    pub id: String,
    /// `Name`.
    pub name: String,
    /// Monotonic serial, from 1.
    pub manifest_serial: u64,
    /// RFC 3339 UTC time of signing (kept as text: it is signed as written).
    pub issued_at: String,
    /// The CSP certificate (PEM).
    pub csp_certificate_string: String,
    /// SHA-256 hex of the designated rack manager's public key.
    pub rack_manager_key_fingerprint: String,
    /// The managed nodes.
    pub nodes_to_manage: Vec<ManifestNode>,
    /// The CSP's signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<ManifestSignature>,
}

impl fmt::Debug for ManageabilityManifest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ManageabilityManifest")
            .field("serial", &self.manifest_serial)
            .field("issued_at", &self.issued_at)
            .field(
                "nodes",
                &self
                    .nodes_to_manage
                    .iter()
                    .map(|n| n.node_name.as_str())
                    .collect::<Vec<_>>(),
            )
            .field("signed", &self.signature.is_some())
            .finish_non_exhaustive()
    }
}

/// One `NodesToManage` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ManifestNode {
    /// The node's name (as in the guide: `node1`, `switch1`, `nas1`).
    pub node_name: String,
    /// The node's identity certificate (PEM), matched against what the node presents.
    #[serde(rename = "NodeIDCertificateString")]
    pub node_id_certificate_string: String,
    /// `PEM`.
    pub certificate_type: String,
    /// The node token sealed to the rack manager ([`SealedToken`] PEM).
    pub node_token_string: String,
}

/// The `Signature` object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct ManifestSignature {
    /// [`SIGNATURE_ALGORITHM`].
    pub algorithm: String,
    /// [`CANONICALIZATION`].
    pub canonicalization: String,
    /// Base64 of the DER ECDSA signature.
    pub signature_string: String,
}

fn sort_keys(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.sort_keys();
            m.values_mut().for_each(sort_keys);
        }
        Value::Array(a) => a.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

impl ManageabilityManifest {
    /// The bytes the signature covers (see the module docs).
    ///
    /// # Errors
    ///
    /// [`TrustError::Encoding`] if serialization fails.
    pub fn signed_bytes(&self) -> TrustResult<Vec<u8>> {
        let mut v = serde_json::to_value(self).map_err(|e| TrustError::Encoding(e.to_string()))?;
        if let Value::Object(m) = &mut v {
            m.remove("@odata.id");
            m.remove("Signature");
        }
        sort_keys(&mut v);
        serde_json::to_vec(&v).map_err(|e| TrustError::Encoding(e.to_string()))
    }

    /// Parses the JSON of a manifest (as POSTed or read back from a rack manager).
    ///
    /// # Errors
    ///
    /// [`TrustError::Manifest`] with [`Reason::MalformedManifest`].
    pub fn from_json(json: &[u8]) -> TrustResult<Self> {
        serde_json::from_slice(json).map_err(|_| TrustError::Manifest(Reason::MalformedManifest))
    }

    /// The JSON text.
    ///
    /// # Errors
    ///
    /// [`TrustError::Encoding`] if serialization fails.
    pub fn to_json(&self) -> TrustResult<String> {
        serde_json::to_string_pretty(self).map_err(|e| TrustError::Encoding(e.to_string()))
    }

    /// The node names listed.
    pub fn node_names(&self) -> impl Iterator<Item = &str> + '_ {
        self.nodes_to_manage.iter().map(|n| n.node_name.as_str())
    }

    /// Verifies the manifest for the rack manager holding `rack_manager_key`, trusting
    /// `csp` (the CSP certificate of the rack manager's own token): type, CSP, signature,
    /// designation, issue time (not after `now + max_skew`), and every entry (name,
    /// certificate, sealed token opening to a node token of the same CSP certifying the
    /// entry's key). The serial is checked by the caller against what it has installed.
    ///
    /// # Errors
    ///
    /// The [`Reason`] of the first failed check.
    pub fn verify(
        &self,
        csp: &Certificate,
        rack_manager_key: &IdentityKey,
        now: OffsetDateTime,
        max_skew: time::Duration,
    ) -> Result<VerifiedManifest, Reason> {
        if !self.odata_type.starts_with("#ManageabilityManifest.v1_") {
            return Err(Reason::MalformedManifest);
        }
        let sig = self.signature.as_ref().ok_or(Reason::BadSignature)?;
        if sig.algorithm != SIGNATURE_ALGORITHM || sig.canonicalization != CANONICALIZATION {
            return Err(Reason::BadSignature);
        }
        let manifest_csp = crypto::certificate_from_pem(&self.csp_certificate_string)
            .map_err(|_| Reason::MalformedManifest)?;
        if Fingerprint::of_certificate(&manifest_csp).ok() != Fingerprint::of_certificate(csp).ok()
        {
            return Err(Reason::ManifestFromForeignCsp);
        }
        let key = crypto::certificate_key(csp).map_err(|_| Reason::ManifestFromForeignCsp)?;
        let der = BASE64
            .decode(sig.signature_string.trim())
            .map_err(|_| Reason::BadSignature)?;
        let der = DerSignature::try_from(der.as_slice()).map_err(|_| Reason::BadSignature)?;
        let signed = self.signed_bytes().map_err(|_| Reason::MalformedManifest)?;
        VerifyingKey::from(key)
            .verify(&signed, &der)
            .map_err(|_| Reason::BadSignature)?;

        let own = Fingerprint::of_public_key(&rack_manager_key.public_key());
        if Fingerprint::from_hex(&self.rack_manager_key_fingerprint).ok() != Some(own) {
            return Err(Reason::ManifestForOtherRackManager);
        }
        let issued_at = OffsetDateTime::parse(&self.issued_at, &Rfc3339)
            .map_err(|_| Reason::MalformedManifest)?;
        if issued_at > now + max_skew || !crypto::is_valid_at(csp, now) {
            return Err(Reason::ManifestNotValidNow);
        }
        if self.manifest_serial == 0 || self.manifest_serial > MAX_SERIAL {
            return Err(Reason::MalformedManifest);
        }

        let mut names = HashSet::new();
        let mut keys = HashSet::new();
        let mut nodes = Vec::with_capacity(self.nodes_to_manage.len());
        for entry in &self.nodes_to_manage {
            let node = verify_entry(entry, csp, rack_manager_key, now)?;
            if !names.insert(node.name.clone()) || !keys.insert(node.key_fingerprint) {
                return Err(Reason::InvalidManifestEntry);
            }
            nodes.push(node);
        }
        Ok(VerifiedManifest {
            serial: self.manifest_serial,
            issued_at,
            nodes,
        })
    }
}

fn verify_entry(
    entry: &ManifestNode,
    csp: &Certificate,
    rack_manager_key: &IdentityKey,
    now: OffsetDateTime,
) -> Result<ManifestEntry, Reason> {
    let bad = |_| Reason::InvalidManifestEntry;
    validate_name(&entry.node_name).map_err(bad)?;
    if entry.certificate_type != "PEM" {
        return Err(Reason::InvalidManifestEntry);
    }
    let certificate =
        crypto::certificate_from_pem(&entry.node_id_certificate_string).map_err(bad)?;
    let key = crypto::certificate_key(&certificate).map_err(bad)?;
    let sealed = SealedToken::from_pem(&entry.node_token_string).map_err(bad)?;
    if sealed.role() != Role::Node {
        return Err(Reason::InvalidManifestEntry);
    }
    let token = sealed
        .open(rack_manager_key)
        .map_err(|_| Reason::InvalidManifestEntry)?;
    token
        .verify(csp, Role::Node, now)
        .map_err(|_| Reason::InvalidManifestEntry)?;
    if !token.certifies(&key) {
        return Err(Reason::InvalidManifestEntry);
    }
    Ok(ManifestEntry {
        name: entry.node_name.clone(),
        certificate_fingerprint: Fingerprint::of_certificate(&certificate).map_err(bad)?,
        key_fingerprint: Fingerprint::of_public_key(&key),
        certificate,
        token,
    })
}

/// A verified manifest, as held by a rack manager.
#[derive(Debug, Clone)]
pub struct VerifiedManifest {
    serial: u64,
    issued_at: OffsetDateTime,
    nodes: Vec<ManifestEntry>,
}

impl VerifiedManifest {
    /// The serial.
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// When the CSP signed it.
    pub fn issued_at(&self) -> OffsetDateTime {
        self.issued_at
    }

    /// The entries.
    pub fn nodes(&self) -> &[ManifestEntry] {
        &self.nodes
    }

    /// The entry whose identity certificate is `certificate` (exact DER match).
    pub fn find(&self, certificate_fingerprint: &Fingerprint) -> Option<&ManifestEntry> {
        self.nodes
            .iter()
            .find(|n| &n.certificate_fingerprint == certificate_fingerprint)
    }
}

/// A verified manifest entry: the node's identity certificate and its (opened) token.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ManifestEntry {
    /// `NodeName`.
    pub name: String,
    /// The identity certificate.
    pub certificate: Certificate,
    /// Its SHA-256 fingerprint.
    pub certificate_fingerprint: Fingerprint,
    /// Fingerprint of its public key.
    pub key_fingerprint: Fingerprint,
    /// The node token (confidential).
    pub token: Token,
}

/// A manifest being prepared by the CSP: the designated rack manager and the node entries.
/// [`Csp::sign_manifest`](super::Csp::sign_manifest) signs it with the next serial.
#[derive(Debug, Clone)]
pub struct ManifestDraft {
    rack_manager_key: Fingerprint,
    next_serial: u64,
    nodes: Vec<DraftNode>,
}

#[derive(Debug, Clone)]
struct DraftNode {
    name: String,
    certificate: Certificate,
    token: Token,
}

impl ManifestDraft {
    /// An empty draft for the rack manager whose identity (or token) certificate is
    /// `rack_manager`; the first signed manifest gets serial 1.
    ///
    /// # Errors
    ///
    /// [`TrustError::Key`] when the certificate has no P-256 key.
    pub fn new(rack_manager: &Certificate) -> TrustResult<Self> {
        Ok(Self {
            rack_manager_key: Fingerprint::of_key(rack_manager)?,
            next_serial: 1,
            nodes: Vec::new(),
        })
    }

    /// Continues the serials of an existing manifest (e.g. after a restart of the CSP
    /// tooling): the next signed manifest gets `last_serial + 1`.
    pub fn continue_after(mut self, last_serial: u64) -> Self {
        self.next_serial = last_serial.saturating_add(1);
        self
    }

    /// Adds a node: its identity certificate and its token (issued by the same CSP for the
    /// same key).
    ///
    /// # Errors
    ///
    /// [`TrustError::InvalidName`], or [`TrustError::Token`] when the token is not a node
    /// token for this certificate's key, or the name or key is already listed.
    pub fn add_node(
        &mut self,
        name: &str,
        certificate: &Certificate,
        token: &Token,
    ) -> TrustResult<()> {
        validate_name(name)?;
        let key = crypto::certificate_key(certificate)?;
        if token.role() != Some(Role::Node) || !token.certifies(&key) {
            return Err(TrustError::Token(Reason::TokenKeyMismatch));
        }
        let fp = Fingerprint::of_public_key(&key);
        if self.nodes.iter().any(|n| {
            n.name == name
                || crypto::certificate_key(&n.certificate)
                    .is_ok_and(|k| Fingerprint::of_public_key(&k) == fp)
        }) {
            return Err(TrustError::Token(Reason::InvalidManifestEntry));
        }
        self.nodes.push(DraftNode {
            name: name.to_owned(),
            certificate: certificate.clone(),
            token: token.clone(),
        });
        Ok(())
    }

    /// Revokes a node: removes it from the draft. Sign the draft and place the new manifest
    /// on the rack manager (6.5.4): it terminates the node's session and logs "Revoked Node".
    /// Returns `false` when no node has that name.
    pub fn revoke(&mut self, name: &str) -> bool {
        let before = self.nodes.len();
        self.nodes.retain(|n| n.name != name);
        self.nodes.len() != before
    }

    /// The listed node names.
    pub fn node_names(&self) -> impl Iterator<Item = &str> + '_ {
        self.nodes.iter().map(|n| n.name.as_str())
    }

    /// The serial the next signed manifest will carry.
    pub fn next_serial(&self) -> u64 {
        self.next_serial
    }

    /// Builds the unsigned document, sealing every node token to `rack_manager`.
    pub(crate) fn to_unsigned(
        &self,
        csp_certificate_pem: String,
        rack_manager: &Certificate,
        issued_at: OffsetDateTime,
    ) -> TrustResult<ManageabilityManifest> {
        if Fingerprint::of_key(rack_manager)? != self.rack_manager_key {
            return Err(TrustError::Key(
                "the draft designates another rack manager".into(),
            ));
        }
        if self.next_serial > MAX_SERIAL {
            return Err(TrustError::Encoding("manifest serial exhausted".into()));
        }
        let issued_at = issued_at
            .to_offset(time::UtcOffset::UTC)
            .replace_nanosecond(0)
            .map_err(|e| TrustError::Encoding(e.to_string()))?
            .format(&Rfc3339)
            .map_err(|e| TrustError::Encoding(e.to_string()))?;
        let mut nodes = Vec::with_capacity(self.nodes.len());
        for n in &self.nodes {
            nodes.push(ManifestNode {
                node_name: n.name.clone(),
                node_id_certificate_string: crypto::certificate_to_pem(&n.certificate)?,
                certificate_type: "PEM".into(),
                node_token_string: n.token.seal_to(rack_manager)?.to_pem(),
            });
        }
        Ok(ManageabilityManifest {
            odata_id: None,
            odata_type: MANIFEST_ODATA_TYPE.into(),
            id: "ManageabilityManifest".into(),
            name: "Manageability Manifest".into(),
            manifest_serial: self.next_serial,
            issued_at,
            csp_certificate_string: csp_certificate_pem,
            rack_manager_key_fingerprint: self.rack_manager_key.to_hex(),
            nodes_to_manage: nodes,
            signature: None,
        })
    }

    pub(crate) fn bump_serial(&mut self) {
        self.next_serial = self.next_serial.saturating_add(1);
    }

    pub(crate) fn encode_signature(der: &[u8]) -> ManifestSignature {
        ManifestSignature {
            algorithm: SIGNATURE_ALGORITHM.into(),
            canonicalization: CANONICALIZATION.into(),
            signature_string: BASE64.encode(der),
        }
    }
}
