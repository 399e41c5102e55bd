//! IEEE 802.1AR (Secure Device Identifier) checker for iLO LDevID CSRs and certificates.
//!
//! Starting with iLO 6 1.60, an iLO LDevID CSR carries the platform identity in its Subject
//! and its Subject Alternative Name, as HPE documents it:
//!
//! | Field | Attribute | Content |
//! |---|---|---|
//! | Subject | `GN` (2.5.4.42) | PCA part number |
//! | Subject | `SN` (2.5.4.4) | PCA serial number |
//! | Subject | `CN` (2.5.4.3) | system SKU |
//! | Subject | `serialNumber` (2.5.4.5) | system serial number |
//! | Subject | `O`, `ST`, `OU`, `L`, `C` | `Hewlett Packard Enterprise Development`, `Texas`, `Servers`, `Houston`, `US` |
//! | SAN directoryName | 2.23.133.5.1.1 `platformManufacturerStr` | `HPE` |
//! | SAN directoryName | 2.23.133.5.1.4 `platformModel` | system SKU |
//! | SAN directoryName | 2.23.133.5.1.6 `platformSerial` | system serial number |
//! | SAN otherName | 1.3.6.1.5.5.7.8.4 `hardwareModuleName` | hwType 1.3.6.1.4.1.47196.6.3.2.2, hwSerialNum = PCA serial |
//!
//! [`check_csr`] decodes them with `der`/`x509-cert` and reports each field found, missing or
//! different from its documented fixed value.

use std::fmt;

use der::asn1::{
    Any, BmpString, Ia5StringRef, ObjectIdentifier, PrintableStringRef, TeletexStringRef,
    Utf8StringRef,
};
use der::{Decode, Tag, Tagged};
use x509_cert::Certificate;
use x509_cert::ext::Extension;
use x509_cert::ext::pkix::SubjectAltName;
use x509_cert::ext::pkix::name::{GeneralName, HardwareModuleName};
use x509_cert::name::Name;
use x509_cert::request::CertReq;

const EXTENSION_REQUEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.14");
const SUBJECT_ALT_NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.17");
const HARDWARE_MODULE_NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.6.1.5.5.7.8.4");
/// The `hwType` of iLO 6 LDevIDs.
pub const ILO_HW_TYPE: &str = "1.3.6.1.4.1.47196.6.3.2.2";

/// A field the standard layout requires.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// Subject `GN` (givenName): PCA part number.
    GivenName,
    /// Subject `SN` (surname): PCA serial number.
    Surname,
    /// Subject `CN`: system SKU.
    CommonName,
    /// Subject `serialNumber`: system serial number.
    SerialNumber,
    /// Subject `O`.
    Organization,
    /// Subject `ST`.
    State,
    /// Subject `OU`.
    OrganizationalUnit,
    /// Subject `L`.
    Locality,
    /// Subject `C`.
    Country,
    /// SAN directoryName 2.23.133.5.1.1 (tcg-at-platformManufacturerStr).
    PlatformManufacturer,
    /// SAN directoryName 2.23.133.5.1.4 (tcg-at-platformModel).
    PlatformModel,
    /// SAN directoryName 2.23.133.5.1.6 (tcg-at-platformSerial).
    PlatformSerial,
    /// SAN otherName hardwareModuleName (1.3.6.1.5.5.7.8.4): its `hwType`.
    HardwareModuleType,
    /// SAN otherName hardwareModuleName: its `hwSerialNum`.
    HardwareModuleSerial,
}

impl Field {
    /// Every field, in the order of the HPE tables.
    pub const ALL: [Field; 14] = [
        Self::GivenName,
        Self::Surname,
        Self::CommonName,
        Self::SerialNumber,
        Self::Organization,
        Self::State,
        Self::OrganizationalUnit,
        Self::Locality,
        Self::Country,
        Self::PlatformManufacturer,
        Self::PlatformModel,
        Self::PlatformSerial,
        Self::HardwareModuleType,
        Self::HardwareModuleSerial,
    ];

    /// The attribute OID (for the hardware module fields, the otherName type).
    pub fn oid(self) -> &'static str {
        match self {
            Self::GivenName => "2.5.4.42",
            Self::Surname => "2.5.4.4",
            Self::CommonName => "2.5.4.3",
            Self::SerialNumber => "2.5.4.5",
            Self::Organization => "2.5.4.10",
            Self::State => "2.5.4.8",
            Self::OrganizationalUnit => "2.5.4.11",
            Self::Locality => "2.5.4.7",
            Self::Country => "2.5.4.6",
            Self::PlatformManufacturer => "2.23.133.5.1.1",
            Self::PlatformModel => "2.23.133.5.1.4",
            Self::PlatformSerial => "2.23.133.5.1.6",
            Self::HardwareModuleType | Self::HardwareModuleSerial => "1.3.6.1.5.5.7.8.4",
        }
    }

    /// Where it lives and what it means.
    pub fn label(self) -> &'static str {
        match self {
            Self::GivenName => "Subject GN (PCA part number)",
            Self::Surname => "Subject SN (PCA serial number)",
            Self::CommonName => "Subject CN (system SKU)",
            Self::SerialNumber => "Subject serialNumber (system serial number)",
            Self::Organization => "Subject O",
            Self::State => "Subject ST",
            Self::OrganizationalUnit => "Subject OU",
            Self::Locality => "Subject L",
            Self::Country => "Subject C",
            Self::PlatformManufacturer => "SAN dirName platformManufacturerStr",
            Self::PlatformModel => "SAN dirName platformModel (SKU)",
            Self::PlatformSerial => "SAN dirName platformSerial",
            Self::HardwareModuleType => "SAN otherName hardwareModuleName hwType",
            Self::HardwareModuleSerial => "SAN otherName hardwareModuleName hwSerialNum",
        }
    }

    /// The fixed value HPE documents, for fields that have one.
    pub fn documented_value(self) -> Option<&'static str> {
        match self {
            Self::Organization => Some("Hewlett Packard Enterprise Development"),
            Self::State => Some("Texas"),
            Self::OrganizationalUnit => Some("Servers"),
            Self::Locality => Some("Houston"),
            Self::Country => Some("US"),
            Self::PlatformManufacturer => Some("HPE"),
            Self::HardwareModuleType => Some(ILO_HW_TYPE),
            _ => None,
        }
    }

    fn value_matches(self, value: &str) -> bool {
        match self.documented_value() {
            // HPE's own legal name may carry a suffix ("... Development LP").
            Some(doc) if self == Self::Organization => value.starts_with(doc),
            Some(doc) => value == doc,
            None => true,
        }
    }
}

/// What was found for one field.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FieldStatus {
    /// Present, with its value (a documented fixed value, when there is one, matches).
    Found(String),
    /// Present but different from the documented fixed value.
    Unexpected {
        /// The value found.
        found: String,
        /// The documented value.
        expected: &'static str,
    },
    /// Absent.
    Missing,
}

/// One line of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldReport {
    /// The field.
    pub field: Field,
    /// What was found.
    pub status: FieldStatus,
}

/// The result of [`check_csr`] or [`check_certificate`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// One entry per [`Field::ALL`], in that order.
    pub fields: Vec<FieldReport>,
    /// Consistency notes: values the layout says must be equal but are not (e.g.
    /// `platformSerial` != Subject `serialNumber`), and decoding problems.
    pub notes: Vec<String>,
}

impl Report {
    /// The status of one field.
    pub fn status(&self, field: Field) -> &FieldStatus {
        self.fields
            .iter()
            .find(|f| f.field == field)
            .map(|f| &f.status)
            .unwrap_or(&FieldStatus::Missing)
    }

    /// The fields that are absent.
    pub fn missing(&self) -> Vec<Field> {
        self.fields
            .iter()
            .filter(|f| f.status == FieldStatus::Missing)
            .map(|f| f.field)
            .collect()
    }

    /// `true` when every field is present with its documented value and the values are
    /// consistent.
    pub fn is_compliant(&self) -> bool {
        self.notes.is_empty()
            && self
                .fields
                .iter()
                .all(|f| matches!(f.status, FieldStatus::Found(_)))
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in &self.fields {
            match &r.status {
                FieldStatus::Found(v) => writeln!(f, "  [ok]      {}: {v}", r.field.label())?,
                FieldStatus::Unexpected { found, expected } => writeln!(
                    f,
                    "  [differs] {}: {found} (documented: {expected})",
                    r.field.label()
                )?,
                FieldStatus::Missing => writeln!(f, "  [missing] {}", r.field.label())?,
            }
        }
        for n in &self.notes {
            writeln!(f, "  [note]    {n}")?;
        }
        write!(
            f,
            "IEEE 802.1AR layout: {}",
            if self.is_compliant() {
                "compliant"
            } else {
                "NOT compliant"
            }
        )
    }
}

/// Decodes a directory string (UTF8String, PrintableString, IA5String, TeletexString,
/// BMPString) to text.
fn any_text(v: &Any) -> Option<String> {
    match v.tag() {
        Tag::Utf8String => Utf8StringRef::try_from(v).ok().map(|s| s.to_string()),
        Tag::PrintableString => PrintableStringRef::try_from(v).ok().map(|s| s.to_string()),
        Tag::Ia5String => Ia5StringRef::try_from(v).ok().map(|s| s.to_string()),
        Tag::TeletexString => TeletexStringRef::try_from(v).ok().map(|s| s.to_string()),
        Tag::BmpString => v.decode_as::<BmpString>().ok().map(|s| s.to_string()),
        _ => None,
    }
}

fn name_value(name: &Name, oid: &str, notes: &mut Vec<String>) -> Option<String> {
    let atv = name.iter().find(|a| a.oid.to_string() == oid)?;
    match any_text(&atv.value) {
        Some(s) => Some(s),
        None => {
            notes.push(format!(
                "attribute {oid} is not a directory string ({:?})",
                atv.value.tag()
            ));
            None
        }
    }
}

/// The SubjectAltName extension among `extensions`.
fn find_san(extensions: &[Extension], notes: &mut Vec<String>) -> Option<SubjectAltName> {
    let ext = extensions.iter().find(|e| e.extn_id == SUBJECT_ALT_NAME)?;
    match SubjectAltName::from_der(ext.extn_value.as_bytes()) {
        Ok(san) => Some(san),
        Err(e) => {
            notes.push(format!("the SubjectAltName extension does not decode: {e}"));
            None
        }
    }
}

/// The extensions requested by a CSR (PKCS#9 extensionRequest attribute).
fn csr_extensions(csr: &CertReq, notes: &mut Vec<String>) -> Vec<Extension> {
    let Some(attr) = csr
        .info
        .attributes
        .iter()
        .find(|a| a.oid == EXTENSION_REQUEST)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for v in attr.values.iter() {
        match v.decode_as::<Vec<Extension>>() {
            Ok(exts) => out.extend(exts),
            Err(e) => notes.push(format!(
                "the extensionRequest attribute does not decode: {e}"
            )),
        }
    }
    out
}

/// Text of an octet string: UTF-8 when printable, else hex.
fn octets_text(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) if s.chars().all(|c| !c.is_control()) => s.to_owned(),
        _ => bytes.iter().map(|b| format!("{b:02x}")).collect(),
    }
}

fn build_report(subject: &Name, extensions: &[Extension], mut notes: Vec<String>) -> Report {
    let mut values: Vec<(Field, Option<String>)> = Vec::new();
    for field in &Field::ALL[..9] {
        values.push((*field, name_value(subject, field.oid(), &mut notes)));
    }
    let san = find_san(extensions, &mut notes);
    let mut dir_names: Vec<&Name> = Vec::new();
    let mut hw: Option<HardwareModuleName> = None;
    for gn in san.iter().flat_map(|s| s.0.iter()) {
        match gn {
            GeneralName::DirectoryName(n) => dir_names.push(n),
            GeneralName::OtherName(on) if on.type_id == HARDWARE_MODULE_NAME => {
                match HardwareModuleName::from_other_name(on) {
                    Ok(Some(h)) => hw = hw.or(Some(h)),
                    Ok(None) => {}
                    Err(e) => notes.push(format!("hardwareModuleName does not decode: {e}")),
                }
            }
            _ => {}
        }
    }
    for field in [
        Field::PlatformManufacturer,
        Field::PlatformModel,
        Field::PlatformSerial,
    ] {
        let v = dir_names
            .iter()
            .find_map(|n| name_value(n, field.oid(), &mut notes));
        values.push((field, v));
    }
    values.push((
        Field::HardwareModuleType,
        hw.as_ref().map(|h| h.hw_type.to_string()),
    ));
    values.push((
        Field::HardwareModuleSerial,
        hw.as_ref().map(|h| octets_text(h.hw_serial_num.as_bytes())),
    ));

    let get = |f: Field| {
        values
            .iter()
            .find(|(g, _)| *g == f)
            .and_then(|(_, v)| v.clone())
    };
    for (a, b, what) in [
        (
            Field::PlatformModel,
            Field::CommonName,
            "platformModel and Subject CN (system SKU)",
        ),
        (
            Field::PlatformSerial,
            Field::SerialNumber,
            "platformSerial and Subject serialNumber",
        ),
        (
            Field::HardwareModuleSerial,
            Field::Surname,
            "hwSerialNum and Subject SN (PCA serial)",
        ),
    ] {
        if let (Some(x), Some(y)) = (get(a), get(b))
            && x != y
        {
            notes.push(format!("{what} differ: {x:?} vs {y:?}"));
        }
    }

    let fields = values
        .into_iter()
        .map(|(field, v)| {
            let status = match v {
                None => FieldStatus::Missing,
                Some(s) if field.value_matches(&s) => FieldStatus::Found(s),
                Some(s) => FieldStatus::Unexpected {
                    found: s,
                    expected: field.documented_value().unwrap_or(""),
                },
            };
            FieldReport { field, status }
        })
        .collect();
    Report { fields, notes }
}

/// Checks the IEEE 802.1AR layout of an iLO LDevID CSR.
///
/// ```no_run
/// # fn run(pem: &str) -> Result<(), Box<dyn std::error::Error>> {
/// let csr = hpe_oem::keys::parse_csr(pem)?;
/// let report = hpe_oem::ieee8021ar::check_csr(&csr);
/// println!("{report}");
/// # Ok(()) }
/// ```
pub fn check_csr(csr: &CertReq) -> Report {
    let mut notes = Vec::new();
    let exts = csr_extensions(csr, &mut notes);
    build_report(&csr.info.subject, &exts, notes)
}

/// Checks the same layout on a signed LDevID certificate.
pub fn check_certificate(cert: &Certificate) -> Report {
    let tbs = cert.tbs_certificate();
    let exts: Vec<Extension> = tbs.extensions().map(|e| e.to_vec()).unwrap_or_default();
    build_report(tbs.subject(), &exts, Vec::new())
}
