//! X.509 handling: reading PEM certificates into Redfish `Certificate` properties (x509-cert),
//! issuing device certificates and generating CSRs (rcgen).

use der::asn1::{Any, ObjectIdentifier, OctetString, Utf8StringRef};
use der::{Decode, DecodePem, Encode, Reader};
use rcgen::{
    CertificateParams, CustomExtension, DistinguishedName, DnType, DnValue,
    ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;
use x509_cert::attr::AttributeTypeAndValue;
use x509_cert::ext::pkix::name::{GeneralName, HardwareModuleName, OtherName};
use x509_cert::ext::pkix::{ExtendedKeyUsage, KeyUsage, KeyUsages, SubjectAltName};
use x509_cert::name::{Name, RdnSequence, RelativeDistinguishedName};

const OID_RSA: &str = "1.2.840.113549.1.1.1";
const OID_EC: &str = "1.2.840.10045.2.1";
const OID_P384: &str = "1.3.132.0.34";
/// TCG platform attributes (TCG Platform Attribute Credential Profile) used in IEEE 802.1AR
/// DevID Subject Alternative Names.
const TCG_PLATFORM_MANUFACTURER: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.23.133.5.1.1");
const TCG_PLATFORM_MODEL: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.23.133.5.1.4");
const TCG_PLATFORM_SERIAL: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.23.133.5.1.6");
const SUBJECT_ALT_NAME: [u64; 4] = [2, 5, 29, 17];
const GIVEN_NAME: [u64; 4] = [2, 5, 4, 42];
const SURNAME: [u64; 4] = [2, 5, 4, 4];
const SERIAL_NUMBER: [u64; 4] = [2, 5, 4, 5];

/// The public key of a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum KeyKind {
    Rsa { bits: usize },
    Ec { curve: String },
    Other(String),
}

/// A parsed certificate: its DER, the Redfish properties, its public key.
#[derive(Debug, Clone)]
pub(crate) struct ParsedCert {
    pub properties: Map<String, Value>,
    pub spki_der: Vec<u8>,
    pub key: KeyKind,
}

/// PEM blocks found in a `CertificateString`.
#[derive(Debug, Default)]
pub(crate) struct PemBundle {
    pub certificates: Vec<String>,
    pub private_key: Option<String>,
}

/// Splits a PEM text into certificates and an optional private key.
pub(crate) fn split_pem(text: &str) -> Result<PemBundle, String> {
    // Clients send PEM with CR-LF or with literal "\n" escapes already decoded by JSON.
    let text = text.replace("\r\n", "\n");
    let blocks = pem::parse_many(text.as_bytes()).map_err(|e| e.to_string())?;
    if blocks.is_empty() {
        return Err("no PEM block found".into());
    }
    let mut out = PemBundle::default();
    for b in blocks {
        match b.tag() {
            "CERTIFICATE" => out.certificates.push(pem::encode(&b)),
            "PRIVATE KEY" | "EC PRIVATE KEY" | "RSA PRIVATE KEY" => {
                out.private_key = Some(pem::encode(&b));
            }
            other => return Err(format!("unexpected PEM block {other}")),
        }
    }
    if out.certificates.is_empty() {
        return Err("no certificate in PEM text".into());
    }
    Ok(out)
}

fn colon_hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

fn identifier(name: &x509_cert::name::Name) -> Value {
    let mut id = Map::new();
    let s = |r: der::Result<Option<x509_cert::ext::pkix::name::DirectoryString>>| {
        r.ok().flatten().map(|d| d.value().into_owned())
    };
    if let Some(v) = s(name.common_name()) {
        id.insert("CommonName".into(), json!(v));
    }
    if let Some(v) = s(name.organization()) {
        id.insert("Organization".into(), json!(v));
    }
    if let Some(v) = s(name.organization_unit()) {
        id.insert("OrganizationalUnit".into(), json!(v));
    }
    if let Some(v) = s(name.locality()) {
        id.insert("City".into(), json!(v));
    }
    if let Some(v) = s(name.state_or_province()) {
        id.insert("State".into(), json!(v));
    }
    if let Ok(Some(v)) = name.country() {
        id.insert("Country".into(), json!(v.as_str()));
    }
    if let Ok(Some(v)) = name.email_address() {
        id.insert("Email".into(), json!(v.as_str()));
    }
    id.insert("DisplayString".into(), json!(name.to_string()));
    Value::Object(id)
}

fn time_of(t: &x509_cert::time::Time) -> String {
    let secs = t.to_unix_duration().as_secs() as i64;
    time::OffsetDateTime::from_unix_timestamp(secs)
        .map(crate::util::rfc3339)
        .unwrap_or_default()
}

fn signature_name(oid: &str) -> String {
    match oid {
        "1.2.840.113549.1.1.11" => "sha256WithRSAEncryption",
        "1.2.840.113549.1.1.12" => "sha384WithRSAEncryption",
        "1.2.840.113549.1.1.13" => "sha512WithRSAEncryption",
        "1.2.840.113549.1.1.10" => "rsassaPss",
        "1.2.840.10045.4.3.2" => "ecdsa-with-SHA256",
        "1.2.840.10045.4.3.3" => "ecdsa-with-SHA384",
        "1.3.101.112" => "ED25519",
        other => other,
    }
    .to_owned()
}

fn rsa_bits(public_key: &[u8]) -> Option<usize> {
    let mut reader = der::SliceReader::new(public_key).ok()?;
    let n = reader
        .sequence(|r| {
            let n = der::asn1::UintRef::decode(r)?;
            let _e = der::asn1::UintRef::decode(r)?;
            Ok::<_, der::Error>(n.as_bytes().to_vec())
        })
        .ok()?;
    let first = *n.first()?;
    Some((n.len() - 1) * 8 + (8 - first.leading_zeros() as usize))
}

/// The `Certificate` properties [`parse_certificate`] reads from an X.509 certificate.
pub(crate) const X509_DERIVED: &[&str] = &[
    "Issuer",
    "Subject",
    "ValidNotBefore",
    "ValidNotAfter",
    "SerialNumber",
    "Fingerprint",
    "FingerprintHashAlgorithm",
    "SignatureAlgorithm",
    "KeyUsage",
];

/// Parses one PEM certificate into Redfish `Certificate` properties.
pub(crate) fn parse_certificate(pem_text: &str) -> Result<ParsedCert, String> {
    let cert = Certificate::from_pem(pem_text.as_bytes()).map_err(|e| e.to_string())?;
    let der = cert.to_der().map_err(|e| e.to_string())?;
    let tbs = cert.tbs_certificate();
    let mut p = Map::new();
    p.insert("CertificateString".into(), json!(pem_text));
    p.insert("CertificateType".into(), json!("PEM"));
    p.insert("Issuer".into(), identifier(tbs.issuer()));
    p.insert("Subject".into(), identifier(tbs.subject()));
    p.insert(
        "ValidNotBefore".into(),
        json!(time_of(&tbs.validity().not_before)),
    );
    p.insert(
        "ValidNotAfter".into(),
        json!(time_of(&tbs.validity().not_after)),
    );
    p.insert(
        "SerialNumber".into(),
        json!(colon_hex(tbs.serial_number().as_bytes())),
    );
    p.insert(
        "Fingerprint".into(),
        json!(colon_hex(&Sha256::digest(&der))),
    );
    p.insert("FingerprintHashAlgorithm".into(), json!("TPM_ALG_SHA256"));
    p.insert(
        "SignatureAlgorithm".into(),
        json!(signature_name(&cert.signature_algorithm().oid.to_string())),
    );
    let mut usages = Vec::new();
    if let Ok(Some((_, KeyUsage(flags)))) = tbs.get_extension::<KeyUsage>() {
        let names = [
            (KeyUsages::DigitalSignature, "DigitalSignature"),
            (KeyUsages::NonRepudiation, "NonRepudiation"),
            (KeyUsages::KeyEncipherment, "KeyEncipherment"),
            (KeyUsages::DataEncipherment, "DataEncipherment"),
            (KeyUsages::KeyAgreement, "KeyAgreement"),
            (KeyUsages::KeyCertSign, "KeyCertSign"),
            (KeyUsages::CRLSign, "CRLSigning"),
            (KeyUsages::EncipherOnly, "EncipherOnly"),
            (KeyUsages::DecipherOnly, "DecipherOnly"),
        ];
        for (flag, name) in names {
            if flags.contains(flag) {
                usages.push(json!(name));
            }
        }
    }
    if let Ok(Some((_, ExtendedKeyUsage(oids)))) = tbs.get_extension::<ExtendedKeyUsage>() {
        for oid in oids {
            let name = match oid.to_string().as_str() {
                "1.3.6.1.5.5.7.3.1" => "ServerAuthentication",
                "1.3.6.1.5.5.7.3.2" => "ClientAuthentication",
                "1.3.6.1.5.5.7.3.3" => "CodeSigning",
                "1.3.6.1.5.5.7.3.4" => "EmailProtection",
                "1.3.6.1.5.5.7.3.8" => "Timestamping",
                "1.3.6.1.5.5.7.3.9" => "OCSPSigning",
                _ => continue,
            };
            usages.push(json!(name));
        }
    }
    p.insert("KeyUsage".into(), Value::Array(usages));
    let spki = tbs.subject_public_key_info();
    let spki_der = spki.to_der().map_err(|e| e.to_string())?;
    let alg = spki.algorithm.oid.to_string();
    let key = match alg.as_str() {
        OID_RSA => KeyKind::Rsa {
            bits: rsa_bits(spki.subject_public_key.raw_bytes()).unwrap_or(0),
        },
        OID_EC => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|a| a.decode_as::<der::asn1::ObjectIdentifier>().ok())
                .map(|o| o.to_string())
                .unwrap_or_default();
            KeyKind::Ec { curve }
        }
        other => KeyKind::Other(other.to_owned()),
    };
    Ok(ParsedCert {
        properties: p,
        spki_der,
        key,
    })
}

impl KeyKind {
    pub(crate) fn is_p384(&self) -> bool {
        matches!(self, KeyKind::Ec { curve } if curve == OID_P384)
    }
}

/// The SubjectPublicKeyInfo DER of a private key (PKCS#8 or SEC1/PKCS#1 PEM).
pub(crate) fn private_key_spki(key_pem: &str) -> Result<Vec<u8>, String> {
    use rcgen::PublicKeyData;
    let key = KeyPair::from_pem(key_pem).map_err(|e| e.to_string())?;
    Ok(key.subject_public_key_info())
}

/// Parameters of a certificate signing request.
#[derive(Debug, Default, Clone)]
pub(crate) struct CsrRequest {
    pub common_name: String,
    pub organization: Option<String>,
    pub organizational_unit: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub country: Option<String>,
    pub email: Option<String>,
    pub alternative_names: Vec<String>,
    pub p384: bool,
    /// Subject `GN`.
    pub given_name: Option<String>,
    /// Subject `SN`.
    pub surname: Option<String>,
    /// Subject `serialNumber`.
    pub serial_number: Option<String>,
    /// An IEEE 802.1AR platform identity, written as the Subject Alternative Name (it cannot
    /// be combined with `alternative_names` or `email`: a CSR has one SAN extension).
    pub platform: Option<PlatformIdentity>,
}

/// The platform identity of an IEEE 802.1AR DevID Subject Alternative Name: a directoryName
/// with the TCG platform attributes and a hardwareModuleName otherName (RFC 4108).
#[derive(Debug, Clone)]
pub(crate) struct PlatformIdentity {
    /// tcg-at-platformManufacturerStr.
    pub manufacturer: String,
    /// tcg-at-platformModel.
    pub model: String,
    /// tcg-at-platformSerial.
    pub serial: String,
    /// hardwareModuleName `hwType`.
    pub hw_type: ObjectIdentifier,
    /// hardwareModuleName `hwSerialNum`.
    pub hw_serial: String,
}

impl PlatformIdentity {
    /// The DER of the SubjectAltName extension value.
    fn san_der(&self) -> Result<Vec<u8>, der::Error> {
        let mut rdns = RdnSequence::default();
        for (oid, value) in [
            (TCG_PLATFORM_MANUFACTURER, &self.manufacturer),
            (TCG_PLATFORM_MODEL, &self.model),
            (TCG_PLATFORM_SERIAL, &self.serial),
        ] {
            // The TCG profile types these attributes as UTF8String.
            let value = Any::encode_from(&Utf8StringRef::new(value)?)?;
            rdns.push(RelativeDistinguishedName::try_from(vec![
                AttributeTypeAndValue { oid, value },
            ])?);
        }
        // x509-cert builds a `Name` only from DER or RFC 4514 text; DER avoids escaping rules.
        let dir_name = Name::from_der(&rdns.to_der()?)?;
        let module = HardwareModuleName {
            hw_type: self.hw_type,
            hw_serial_num: OctetString::new(self.hw_serial.as_bytes())?,
        };
        SubjectAltName(vec![
            GeneralName::DirectoryName(dir_name),
            GeneralName::OtherName(OtherName::try_from(&module)?),
        ])
        .to_der()
    }
}

/// Generates a key pair and a PKCS#10 CSR; returns `(csr_pem, private_key_pem)`.
pub(crate) fn generate_csr(req: &CsrRequest) -> Result<(String, String), String> {
    let alg = if req.p384 {
        &rcgen::PKCS_ECDSA_P384_SHA384
    } else {
        &rcgen::PKCS_ECDSA_P256_SHA256
    };
    let key = KeyPair::generate_for(alg).map_err(|e| e.to_string())?;
    let mut params = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    for (oid, value) in [(GIVEN_NAME, &req.given_name), (SURNAME, &req.surname)] {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            dn.push(DnType::from_oid(&oid), v);
        }
    }
    dn.push(DnType::CommonName, req.common_name.as_str());
    if let Some(v) = req.serial_number.as_deref().filter(|v| !v.is_empty()) {
        // X.520 types serialNumber as PrintableString.
        let v = v.try_into().map_err(|e: rcgen::Error| e.to_string())?;
        dn.push(
            DnType::from_oid(&SERIAL_NUMBER),
            DnValue::PrintableString(v),
        );
    }
    let optional = [
        (DnType::OrganizationName, &req.organization),
        (DnType::OrganizationalUnitName, &req.organizational_unit),
        (DnType::LocalityName, &req.city),
        (DnType::StateOrProvinceName, &req.state),
        (DnType::CountryName, &req.country),
    ];
    for (ty, value) in optional {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            dn.push(ty, v);
        }
    }
    params.distinguished_name = dn;
    for name in &req.alternative_names {
        let san = match name.parse::<std::net::IpAddr>() {
            Ok(ip) => SanType::IpAddress(ip),
            Err(_) => SanType::DnsName(
                name.clone()
                    .try_into()
                    .map_err(|e: rcgen::Error| e.to_string())?,
            ),
        };
        params.subject_alt_names.push(san);
    }
    if let Some(email) = req.email.as_deref().filter(|e| !e.is_empty()) {
        params.subject_alt_names.push(SanType::Rfc822Name(
            email
                .to_owned()
                .try_into()
                .map_err(|e: rcgen::Error| e.to_string())?,
        ));
    }
    if let Some(platform) = &req.platform {
        if !params.subject_alt_names.is_empty() {
            return Err("a platform identity leaves no room for other alternative names".into());
        }
        let der = platform.san_der().map_err(|e| e.to_string())?;
        params
            .custom_extensions
            .push(CustomExtension::from_oid_content(&SUBJECT_ALT_NAME, der));
    }
    let csr = params.serialize_request(&key).map_err(|e| e.to_string())?;
    Ok((csr.pem().map_err(|e| e.to_string())?, key.serialize_pem()))
}

/// A certificate authority that issues the scenario's device certificates.
pub(crate) struct Ca {
    key: KeyPair,
    params: CertificateParams,
}

impl std::fmt::Debug for Ca {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ca").finish_non_exhaustive()
    }
}

impl Ca {
    pub(crate) fn new(common_name: &str, organization: &str) -> Result<Ca, String> {
        let key = KeyPair::generate().map_err(|e| e.to_string())?;
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, common_name);
        dn.push(DnType::OrganizationName, organization);
        dn.push(DnType::CountryName, "US");
        params.distinguished_name = dn;
        params.is_ca = IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        Ok(Ca { key, params })
    }

    /// Issues an end-entity certificate (fresh P-256 key) for a device.
    pub(crate) fn issue(
        &self,
        common_name: &str,
        organization: &str,
        server_auth: bool,
        key_cert_sign: bool,
    ) -> Result<String, String> {
        let key = KeyPair::generate().map_err(|e| e.to_string())?;
        let mut params = CertificateParams::new(vec![common_name.to_ascii_lowercase()])
            .map_err(|e| e.to_string())?;
        let mut dn = DistinguishedName::new();
        dn.push(DnType::CommonName, common_name);
        dn.push(DnType::OrganizationName, organization);
        dn.push(DnType::CountryName, "US");
        params.distinguished_name = dn;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        if key_cert_sign {
            params.key_usages.push(KeyUsagePurpose::KeyCertSign);
        }
        if server_auth {
            params.extended_key_usages = vec![
                ExtendedKeyUsagePurpose::ServerAuth,
                ExtendedKeyUsagePurpose::ClientAuth,
            ];
        }
        let issuer = Issuer::from_params(&self.params, &self.key);
        let cert = params.signed_by(&key, &issuer).map_err(|e| e.to_string())?;
        Ok(cert.pem())
    }
}

/// Builds a Certificate resource from PEM text.
pub(crate) fn certificate_resource(
    path: &str,
    id: &str,
    pem_text: &str,
    usage: &[&str],
) -> Result<Value, String> {
    let parsed = parse_certificate(pem_text)?;
    let mut body = json!({
        "@odata.id": path,
        "@odata.type": "#Certificate.v1_11_0.Certificate",
        "Id": id,
        "Name": format!("Certificate {id}"),
        "CertificateUsageTypes": usage,
    });
    if let Value::Object(b) = &mut body {
        for (k, v) in parsed.properties {
            b.insert(k, v);
        }
    }
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issued_certificates_parse_into_redfish_properties() {
        let ca = Ca::new("Test CA", "redfish-rs").unwrap();
        let pem = ca.issue("Node1", "redfish-rs", true, false).unwrap();
        let c = parse_certificate(&pem).unwrap();
        assert_eq!(c.properties["Subject"]["CommonName"], "Node1");
        assert_eq!(c.properties["Issuer"]["CommonName"], "Test CA");
        assert!(
            c.properties["KeyUsage"]
                .as_array()
                .unwrap()
                .contains(&json!("ServerAuthentication"))
        );
        assert!(
            c.properties["KeyUsage"]
                .as_array()
                .unwrap()
                .contains(&json!("DigitalSignature"))
        );
        let fp = c.properties["Fingerprint"].as_str().unwrap();
        assert_eq!(fp.len(), 32 * 3 - 1);
        assert_eq!(
            c.key,
            KeyKind::Ec {
                curve: "1.2.840.10045.3.1.7".into()
            }
        );
        assert_eq!(c.properties["SignatureAlgorithm"], "ecdsa-with-SHA256");
    }

    #[test]
    fn csr_is_pkcs10_and_key_matches() {
        let (csr, key) = generate_csr(&CsrRequest {
            common_name: "bmc.example.com".into(),
            organization: Some("Example".into()),
            country: Some("US".into()),
            alternative_names: vec!["bmc.example.com".into(), "10.0.0.1".into()],
            ..CsrRequest::default()
        })
        .unwrap();
        assert!(csr.starts_with("-----BEGIN CERTIFICATE REQUEST-----"));
        let parsed = x509_cert::request::CertReq::from_pem(csr.as_bytes()).unwrap();
        let spki = parsed.info.public_key.to_der().unwrap();
        assert_eq!(spki, private_key_spki(&key).unwrap());
    }

    #[test]
    fn x509_derived_names_every_property_read_from_a_certificate() {
        let ca = Ca::new("CA", "O").unwrap();
        let c = parse_certificate(&ca.issue("x", "O", true, false).unwrap()).unwrap();
        let mut read: Vec<&str> = c
            .properties
            .keys()
            .map(String::as_str)
            .filter(|k| !matches!(*k, "CertificateString" | "CertificateType"))
            .collect();
        read.sort_unstable();
        let mut listed = X509_DERIVED.to_vec();
        listed.sort_unstable();
        assert_eq!(read, listed);
    }

    #[test]
    fn pem_bundles_split_and_garbage_is_rejected() {
        let ca = Ca::new("CA", "O").unwrap();
        let pem = ca.issue("x", "O", false, false).unwrap();
        let (_, key) = generate_csr(&CsrRequest {
            common_name: "x".into(),
            ..Default::default()
        })
        .unwrap();
        let b = split_pem(&format!("{pem}{key}")).unwrap();
        assert_eq!(b.certificates.len(), 1);
        assert!(b.private_key.is_some());
        assert!(split_pem("hello").is_err());
        assert!(
            parse_certificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
                .is_err()
        );
    }
}
