//! The IEEE 802.1AR checker on CSRs generated here (rcgen), laid out as iLO 6 >= 1.60 lays
//! out its LDevID CSRs: one compliant, and variants each missing or spoiling one part.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::str::FromStr;

use der::Encode;
use der::asn1::{ObjectIdentifier, OctetString};
use hpe_oem::ieee8021ar::{Field, FieldStatus, ILO_HW_TYPE, check_certificate, check_csr};
use rcgen::{CertificateParams, CustomExtension, DistinguishedName, DnType, KeyPair};
use x509_cert::ext::pkix::SubjectAltName;
use x509_cert::ext::pkix::name::{GeneralName, HardwareModuleName, OtherName};
use x509_cert::name::Name;

const PCA_PART: &str = "P12345-001";
const PCA_SERIAL: &str = "PYNXHC2ZGIE11U";
const SKU: &str = "P98765-B21";
const SERIAL: &str = "CZJ3199GDZ";

/// What to put in a test CSR.
#[derive(Clone)]
struct Layout {
    subject: Vec<(&'static str, String)>,
    dir_name: Vec<(&'static str, String)>,
    hw_type: Option<&'static str>,
    hw_serial: String,
}

impl Layout {
    fn compliant() -> Self {
        Self {
            subject: vec![
                ("2.5.4.42", PCA_PART.into()),
                ("2.5.4.4", PCA_SERIAL.into()),
                ("2.5.4.3", SKU.into()),
                ("2.5.4.5", SERIAL.into()),
                ("2.5.4.10", "Hewlett Packard Enterprise Development".into()),
                ("2.5.4.8", "Texas".into()),
                ("2.5.4.11", "Servers".into()),
                ("2.5.4.7", "Houston".into()),
                ("2.5.4.6", "US".into()),
            ],
            dir_name: vec![
                ("2.23.133.5.1.1", "HPE".into()),
                ("2.23.133.5.1.4", SKU.into()),
                ("2.23.133.5.1.6", SERIAL.into()),
            ],
            hw_type: Some(ILO_HW_TYPE),
            hw_serial: PCA_SERIAL.into(),
        }
    }

    fn without_subject(mut self, oid: &str) -> Self {
        self.subject.retain(|(o, _)| *o != oid);
        self
    }

    fn without_dir(mut self, oid: &str) -> Self {
        self.dir_name.retain(|(o, _)| *o != oid);
        self
    }

    fn set_subject(mut self, oid: &'static str, v: &str) -> Self {
        for (o, val) in &mut self.subject {
            if *o == oid {
                *val = v.into();
            }
        }
        self
    }

    fn san_der(&self) -> Option<Vec<u8>> {
        let mut names = Vec::new();
        if !self.dir_name.is_empty() {
            let text: Vec<String> = self
                .dir_name
                .iter()
                .map(|(o, v)| format!("{o}={v}"))
                .collect();
            names.push(GeneralName::DirectoryName(
                Name::from_str(&text.join(",")).unwrap(),
            ));
        }
        if let Some(t) = self.hw_type {
            let hmn = HardwareModuleName {
                hw_type: ObjectIdentifier::new(t).unwrap(),
                hw_serial_num: OctetString::new(self.hw_serial.as_bytes()).unwrap(),
            };
            names.push(GeneralName::OtherName(OtherName::try_from(&hmn).unwrap()));
        }
        if names.is_empty() {
            None
        } else {
            Some(SubjectAltName(names).to_der().unwrap())
        }
    }

    fn params(&self) -> CertificateParams {
        let mut params = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        for (oid, v) in &self.subject {
            let arcs: Vec<u64> = oid.split('.').map(|a| a.parse().unwrap()).collect();
            dn.push(DnType::from_oid(&arcs), v.as_str());
        }
        params.distinguished_name = dn;
        if let Some(der) = self.san_der() {
            params
                .custom_extensions
                .push(CustomExtension::from_oid_content(&[2, 5, 29, 17], der));
        }
        params
    }

    fn csr_pem(&self) -> String {
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384).unwrap();
        self.params()
            .serialize_request(&key)
            .unwrap()
            .pem()
            .unwrap()
    }
}

fn report(layout: &Layout) -> hpe_oem::ieee8021ar::Report {
    let csr = hpe_oem::keys::parse_csr(&layout.csr_pem()).unwrap();
    check_csr(&csr)
}

#[test]
fn a_compliant_ldevid_csr_reports_every_field_found() {
    let r = report(&Layout::compliant());
    assert!(r.is_compliant(), "{r}");
    assert!(r.missing().is_empty());
    assert_eq!(r.fields.len(), Field::ALL.len());
    assert_eq!(
        r.status(Field::GivenName),
        &FieldStatus::Found(PCA_PART.into())
    );
    assert_eq!(
        r.status(Field::Surname),
        &FieldStatus::Found(PCA_SERIAL.into())
    );
    assert_eq!(r.status(Field::CommonName), &FieldStatus::Found(SKU.into()));
    assert_eq!(
        r.status(Field::SerialNumber),
        &FieldStatus::Found(SERIAL.into())
    );
    assert_eq!(
        r.status(Field::PlatformManufacturer),
        &FieldStatus::Found("HPE".into())
    );
    assert_eq!(
        r.status(Field::PlatformModel),
        &FieldStatus::Found(SKU.into())
    );
    assert_eq!(
        r.status(Field::PlatformSerial),
        &FieldStatus::Found(SERIAL.into())
    );
    assert_eq!(
        r.status(Field::HardwareModuleType),
        &FieldStatus::Found(ILO_HW_TYPE.into())
    );
    assert_eq!(
        r.status(Field::HardwareModuleSerial),
        &FieldStatus::Found(PCA_SERIAL.into())
    );
    let text = r.to_string();
    assert!(text.ends_with("IEEE 802.1AR layout: compliant"), "{text}");
}

#[test]
fn each_missing_subject_attribute_is_reported() {
    for field in &Field::ALL[..9] {
        let r = report(&Layout::compliant().without_subject(field.oid()));
        assert_eq!(r.missing(), vec![*field], "{field:?}");
        assert!(!r.is_compliant());
        assert!(
            r.to_string()
                .contains(&format!("[missing] {}", field.label()))
        );
    }
}

#[test]
fn each_missing_directory_name_attribute_is_reported() {
    for field in [
        Field::PlatformManufacturer,
        Field::PlatformModel,
        Field::PlatformSerial,
    ] {
        let r = report(&Layout::compliant().without_dir(field.oid()));
        assert_eq!(r.missing(), vec![field], "{field:?}");
    }
}

#[test]
fn a_missing_hardware_module_name_is_reported() {
    let mut l = Layout::compliant();
    l.hw_type = None;
    let r = report(&l);
    assert_eq!(
        r.missing(),
        vec![Field::HardwareModuleType, Field::HardwareModuleSerial]
    );
}

#[test]
fn a_csr_without_subject_alt_name_misses_all_four_san_fields() {
    let mut l = Layout::compliant();
    l.hw_type = None;
    l.dir_name.clear();
    let r = report(&l);
    assert_eq!(
        r.missing(),
        vec![
            Field::PlatformManufacturer,
            Field::PlatformModel,
            Field::PlatformSerial,
            Field::HardwareModuleType,
            Field::HardwareModuleSerial
        ]
    );
}

#[test]
fn wrong_fixed_values_and_inconsistencies_are_reported() {
    let mut l = Layout::compliant();
    l.hw_type = Some("1.3.6.1.4.1.47196.6.3.2.9");
    let r = report(&l);
    assert_eq!(
        r.status(Field::HardwareModuleType),
        &FieldStatus::Unexpected {
            found: "1.3.6.1.4.1.47196.6.3.2.9".into(),
            expected: ILO_HW_TYPE
        }
    );
    assert!(!r.is_compliant());

    let r = report(&Layout::compliant().set_subject("2.5.4.8", "Colorado"));
    assert!(matches!(
        r.status(Field::State),
        FieldStatus::Unexpected { .. }
    ));

    // HPE's legal name with its suffix is accepted.
    let r = report(
        &Layout::compliant().set_subject("2.5.4.10", "Hewlett Packard Enterprise Development LP"),
    );
    assert!(r.is_compliant(), "{r}");

    // platformSerial must repeat the Subject serialNumber.
    let r = report(&Layout::compliant().set_subject("2.5.4.5", "OTHER"));
    assert!(r.missing().is_empty());
    assert!(!r.is_compliant());
    assert!(r.notes[0].contains("platformSerial"), "{:?}", r.notes);
}

#[test]
fn the_same_checks_apply_to_a_signed_certificate() {
    let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384).unwrap();
    let cert = Layout::compliant().params().self_signed(&key).unwrap();
    let r = hpe_oem::devid::check_certificate_pem(&cert.pem()).unwrap();
    assert!(r.is_compliant(), "{r}");
    let parsed = hpe_oem::keys::parse_certificates(&cert.pem()).unwrap();
    assert_eq!(check_certificate(&parsed[0]), r);
    let bad = Layout::compliant()
        .without_subject("2.5.4.42")
        .params()
        .self_signed(&key)
        .unwrap();
    let r = hpe_oem::devid::check_certificate_pem(&bad.pem()).unwrap();
    assert_eq!(r.missing(), vec![Field::GivenName]);
}
