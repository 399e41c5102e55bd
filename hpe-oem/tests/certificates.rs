//! HTTPS certificate (CSR with polling, import, side-loading, removal), automatic
//! certificate enrollment (SCEP) and device identities (IDevID, LDevID...), against the
//! emulator.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::pki::{Ca, rsa2048, self_signed};
use common::{RecordingSleep, bench, bench_on, emulator, emulator_scaled};
use hpe_oem::automatic_enrollment::{CertificateEnrollmentStatus, EnrollmentChange};
use hpe_oem::ieee8021ar::{Field, FieldStatus};
use hpe_oem::keys::{CertificateCheckError, KeyKind};
use hpe_oem::{
    CsrPolling, CsrSubject, Error, Identity, IloMessageKey, IloResetAcknowledged, RefusalReason,
    SecurityState,
};
use redfish_client::Method;
use redfish_emulator::Scenario;
use serde_json::json;

fn subject() -> CsrSubject {
    CsrSubject::new(
        "ilo-cz2d1a0b7c.example.com",
        "Example Corp",
        "Houston",
        "Texas",
        "US",
    )
    .org_unit("Compute")
}

fn fast_polling(sleep: &std::sync::Arc<RecordingSleep>) -> CsrPolling {
    CsrPolling::new(Duration::from_secs(600), Duration::from_secs(10)).sleeper(sleep.clone())
}

fn refusal(e: Error) -> RefusalReason {
    match e {
        Error::Refused(r) => r.reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn check_error(e: Error) -> CertificateCheckError {
    match e {
        Error::Certificate(c) => c,
        other => panic!("expected a certificate check error, got {other:?}"),
    }
}

const IMPORT: &str = "HpeHttpsCert.ImportCertificate";

#[tokio::test]
async fn generate_csr_polls_until_the_csr_is_ready() {
    // The emulator's iLO takes 20 s (scaled to 200 ms here) to produce the CSR.
    let b = bench_on(emulator_scaled(Scenario::ilo(), 0.01).await).await;
    let sleep = RecordingSleep::new(Duration::from_millis(20));
    let mut progress = Vec::new();
    let csr = b
        .ilo
        .generate_https_csr(&subject(), &fast_polling(&sleep), |p| progress.push(p))
        .await
        .unwrap();
    assert!(
        csr.csr.subject().contains("CN=ilo-cz2d1a0b7c.example.com"),
        "{}",
        csr.csr.subject()
    );
    assert!(csr.csr.subject().contains("O=Example Corp"));
    assert!(
        csr.csr
            .pem
            .starts_with("-----BEGIN CERTIFICATE REQUEST-----")
    );
    // Every wait was one nominal interval, reported before it happened.
    let asked = sleep.asked();
    assert_eq!(asked.len() as u32, csr.polls - 1);
    assert!(asked.iter().all(|d| *d == Duration::from_secs(10)));
    assert_eq!(progress.len(), asked.len());
    assert_eq!(csr.waited, Duration::from_secs(10) * (csr.polls - 1));
    for (i, p) in progress.iter().enumerate() {
        assert_eq!(p.polls as usize, i + 1);
        assert_eq!(p.max_wait, Duration::from_secs(600));
    }
    b.finish().await;
}

#[tokio::test]
async fn csr_polling_is_bounded() {
    // Real time: the CSR would take 20 s; the nominal budget is 30 s of 10 s waits.
    let b = bench_on(emulator_scaled(Scenario::ilo(), 1.0).await).await;
    let sleep = RecordingSleep::new(Duration::from_millis(1));
    let polling =
        CsrPolling::new(Duration::from_secs(30), Duration::from_secs(10)).sleeper(sleep.clone());
    let mut calls = 0;
    let e = b
        .ilo
        .generate_https_csr(&subject(), &polling, |_| calls += 1)
        .await
        .unwrap_err();
    match e {
        Error::CsrTimeout { waited, polls } => {
            assert_eq!(waited, Duration::from_secs(30));
            assert_eq!(polls, 4);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(sleep.asked(), vec![Duration::from_secs(10); 3]);
    assert_eq!(calls, 3);
    b.finish().await;
}

#[tokio::test]
async fn an_invalid_csr_subject_sends_nothing() {
    let b = bench(Scenario::ilo()).await;
    b.emu.clear_request_log();
    let bad = CsrSubject::new("ilo", "Org", "City", "State", "USA");
    let sleep = RecordingSleep::new(Duration::ZERO);
    let e = b
        .ilo
        .generate_https_csr(&bad, &fast_polling(&sleep), |_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::InvalidInput(ref m) if m.contains("Country")),
        "{e:?}"
    );
    assert!(b.writes().is_empty());
    b.finish().await;
}

#[tokio::test]
async fn a_signed_certificate_for_the_csr_is_imported_from_crlf_pem() {
    let b = bench(Scenario::ilo()).await;
    let sleep = RecordingSleep::new(Duration::from_millis(5));
    let first = b
        .ilo
        .generate_https_csr(&subject(), &fast_polling(&sleep), |_| {})
        .await
        .unwrap();
    // A second CSR replaces the first (new key) and is not mistaken for it.
    let csr = b
        .ilo
        .generate_https_csr(&subject(), &fast_polling(&sleep), |_| {})
        .await
        .unwrap();
    assert_ne!(first.csr.pem, csr.csr.pem);

    let ca = Ca::new(&rcgen::PKCS_ECDSA_P384_SHA384);
    // A certificate for the first (now stale) CSR is refused by the iLO, with a typed error.
    let stale = ca.sign(&first.csr.request, "ilo-cz2d1a0b7c.example.com");
    let e = b.ilo.import_https_certificate(&stale).await.unwrap_err();
    assert_eq!(
        e.ilo_key(),
        Some(&IloMessageKey::ImportCertificateFailed),
        "{e:?}"
    );

    let signed = ca.sign(&csr.csr.request, "ilo-cz2d1a0b7c.example.com");
    let out = b
        .ilo
        .import_https_certificate(&signed.replace('\n', "\r\n"))
        .await
        .unwrap();
    assert!(out.resets);
    assert!(
        out.messages
            .iter()
            .any(|m| m.key == IloMessageKey::ImportCertSuccessfuliLOResetinProgress)
    );
    let info = b.ilo.https_certificate_information().await.unwrap();
    assert!(info.subject.unwrap().contains("ilo-cz2d1a0b7c.example.com"));
    assert!(info.issuer.unwrap().contains("hpe-oem test CA"));
    b.finish().await;
}

#[tokio::test]
async fn import_refuses_what_is_not_a_certificate_before_sending() {
    let b = bench(Scenario::ilo()).await;
    b.emu.clear_request_log();
    let (cert, key) = self_signed(&rcgen::PKCS_ECDSA_P256_SHA256, "ilo");
    assert!(matches!(
        check_error(b.ilo.import_https_certificate("hello").await.unwrap_err()),
        CertificateCheckError::NotPem(_)
    ));
    let with_key = format!("{cert}{key}");
    assert!(matches!(
        check_error(b.ilo.import_https_certificate(&with_key).await.unwrap_err()),
        CertificateCheckError::Invalid { .. }
    ));
    assert_eq!(b.requests(Method::POST, IMPORT), 0);
    b.finish().await;
}

#[tokio::test]
async fn rsa_2048_side_loads_in_production() {
    let b = bench(Scenario::ilo()).await;
    let (cert, key) = rsa2048();
    let dir = std::env::temp_dir().join(format!("hpe-oem-sideload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert_path, cert.replace('\n', "\r\n")).unwrap();
    std::fs::write(&key_path, key).unwrap();
    let out = b
        .ilo
        .sideload_https_certificate_files(&cert_path, &key_path)
        .await
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(out.resets);
    assert_eq!(b.requests(Method::POST, IMPORT), 1);
    let info = b.ilo.https_certificate_information().await.unwrap();
    assert!(info.subject.is_some());
    let e = b
        .ilo
        .sideload_https_certificate_files(std::path::Path::new("/nonexistent/cert.pem"), &key_path)
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Io { .. }));
    b.finish().await;
}

#[tokio::test]
async fn side_load_checks_refuse_before_sending() {
    let b = bench(Scenario::ilo()).await;
    b.emu.clear_request_log();
    let (rsa_cert, rsa_key) = rsa2048();
    let (p384_cert, p384_key) = self_signed(&rcgen::PKCS_ECDSA_P384_SHA384, "ilo");
    let (p256_cert, p256_key) = self_signed(&rcgen::PKCS_ECDSA_P256_SHA256, "ilo");
    // Not PEM.
    assert!(matches!(
        check_error(
            b.ilo
                .sideload_https_certificate("garbage", rsa_key)
                .await
                .unwrap_err()
        ),
        CertificateCheckError::NotPem(_)
    ));
    // Over 20 KB.
    let padded = format!("{rsa_cert}{}", "x".repeat(21 * 1024));
    assert!(matches!(
        check_error(
            b.ilo
                .sideload_https_certificate(&padded, rsa_key)
                .await
                .unwrap_err()
        ),
        CertificateCheckError::TooLarge { limit: 20480, .. }
    ));
    // The key of another certificate.
    assert_eq!(
        check_error(
            b.ilo
                .sideload_https_certificate(rsa_cert, &p256_key)
                .await
                .unwrap_err()
        ),
        CertificateCheckError::KeyNotAllowed {
            key: KeyKind::Ec {
                curve: hpe_oem::keys::Curve::P256
            },
            state: SecurityState::Production,
            allowed: "only RSA keys of up to 2048 bits are allowed outside CNSA"
        }
    );
    let (other_rsa_cert, _) = {
        // Same key type, other key: a certificate for a P-384 key with an RSA key.
        (p384_cert.clone(), ())
    };
    assert_eq!(
        check_error(
            b.ilo
                .sideload_https_certificate(&other_rsa_cert, rsa_key)
                .await
                .unwrap_err()
        ),
        CertificateCheckError::KeyMismatch
    );
    // ECDSA P-384 outside CNSA.
    assert!(matches!(
        check_error(
            b.ilo
                .sideload_https_certificate(&p384_cert, &p384_key)
                .await
                .unwrap_err()
        ),
        CertificateCheckError::KeyNotAllowed { .. }
    ));
    // In CNSA: RSA and P-256 refused, P-384 accepted.
    b.force_state(&["FIPS", "CNSA"]).await;
    assert!(matches!(
        check_error(
            b.ilo
                .sideload_https_certificate(rsa_cert, rsa_key)
                .await
                .unwrap_err()
        ),
        CertificateCheckError::KeyNotAllowed {
            state: SecurityState::CNSA,
            ..
        }
    ));
    assert!(matches!(
        check_error(
            b.ilo
                .sideload_https_certificate(&p256_cert, &p256_key)
                .await
                .unwrap_err()
        ),
        CertificateCheckError::KeyNotAllowed {
            state: SecurityState::CNSA,
            ..
        }
    ));
    assert_eq!(b.requests(Method::POST, IMPORT), 0, "{:?}", b.writes());
    let out = b
        .ilo
        .sideload_https_certificate(&p384_cert, &p384_key)
        .await
        .unwrap();
    assert!(out.resets);
    assert_eq!(b.requests(Method::POST, IMPORT), 1);
    b.finish().await;
}

#[tokio::test]
async fn side_loading_needs_ilo6_1_30() {
    let emu = emulator(Scenario::ilo()).await;
    let mut m = emu.resource("/redfish/v1/Managers/1").unwrap();
    m["FirmwareVersion"] = json!("iLO 6 v1.20");
    emu.set_resource("/redfish/v1/Managers/1", m);
    let b = bench_on(emu).await;
    let (cert, key) = self_signed(&rcgen::PKCS_ECDSA_P384_SHA384, "ilo");
    let e = b
        .ilo
        .sideload_https_certificate(&cert, &key)
        .await
        .unwrap_err();
    assert_eq!(
        refusal(e),
        RefusalReason::FirmwareTooOld {
            required: hpe_oem::FirmwareVersion::new(1, 30)
        }
    );
    b.finish().await;

    let b = bench_on(emulator(Scenario::mockup(common::capture_dir())).await).await;
    let e = b
        .ilo
        .sideload_https_certificate(&cert, &key)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("iLO 5"), "{e}");
    assert_eq!(refusal(e), RefusalReason::NotOnThisGeneration);
    b.finish().await;
}

#[tokio::test]
async fn removing_the_certificate_resets_and_restores_the_self_signed_one() {
    let b = bench(Scenario::ilo()).await;
    let original = b.ilo.https_certificate_information().await.unwrap();
    let (cert, key) = rsa2048();
    b.ilo.sideload_https_certificate(cert, key).await.unwrap();
    assert_ne!(
        b.ilo.https_certificate_information().await.unwrap(),
        original
    );
    let out = b
        .ilo
        .remove_https_certificate(IloResetAcknowledged::i_understand_the_ilo_resets())
        .await
        .unwrap();
    assert!(out.resets);
    assert!(
        out.messages
            .iter()
            .any(|m| m.key == IloMessageKey::ResetInProgress)
    );
    assert_eq!(b.requests(Method::DELETE, "HttpsCert"), 1);
    assert_eq!(
        b.ilo.https_certificate_information().await.unwrap(),
        original
    );
    b.finish().await;
}

#[tokio::test]
async fn automatic_enrollment_is_read_enabled_reconfigured_and_disabled() {
    let b = bench(Scenario::ilo()).await;
    assert_eq!(
        b.ilo.enrollment_status().await.unwrap(),
        CertificateEnrollmentStatus::Disabled
    );
    assert!(!b.ilo.automatic_enrollment().await.unwrap().is_enabled());

    // Enabling needs a server URL (the current one is empty): refused before sending.
    b.emu.clear_request_log();
    let e = b
        .ilo
        .change_automatic_enrollment(&EnrollmentChange::default().service_enabled(true))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput(_)), "{e:?}");
    assert!(b.writes().is_empty());

    let url = "https://ndes.example.com/certsrv/mscep/mscep.dll";
    b.ilo
        .change_automatic_enrollment(&EnrollmentChange::enable(url, "challenge-secret"))
        .await
        .unwrap();
    let ace = b.ilo.automatic_enrollment().await.unwrap();
    assert!(ace.is_enabled());
    assert_eq!(ace.status(), Some(&CertificateEnrollmentStatus::InProgress));
    let settings = ace.settings.as_ref().unwrap();
    assert_eq!(settings.server_url.as_deref(), Some(url));
    assert!(settings.challenge_password.is_none(), "write-only");

    // While enrolled, manual import and removal are refused before sending.
    b.emu.clear_request_log();
    let (cert, key) = rsa2048();
    assert_eq!(
        refusal(
            b.ilo
                .sideload_https_certificate(cert, key)
                .await
                .unwrap_err()
        ),
        RefusalReason::AutomaticEnrollmentEnabled
    );
    assert_eq!(
        refusal(
            b.ilo
                .remove_https_certificate(IloResetAcknowledged::i_understand_the_ilo_resets())
                .await
                .unwrap_err()
        ),
        RefusalReason::AutomaticEnrollmentEnabled
    );
    assert!(b.writes().is_empty(), "{:?}", b.writes());

    // Settings and CSR subject.
    let subject = CsrSubject::new("ilo.example.com", "Example", "Paris", "IDF", "FR");
    b.ilo
        .change_automatic_enrollment(
            &EnrollmentChange::settings(Some("https://ndes2.example.com/mscep".into()), None)
                .csr_subject(subject.clone()),
        )
        .await
        .unwrap();
    let ace = b.ilo.automatic_enrollment().await.unwrap();
    assert_eq!(
        ace.settings.as_ref().unwrap().server_url.as_deref(),
        Some("https://ndes2.example.com/mscep")
    );
    assert_eq!(
        ace.https_cert_csr_subject_value
            .as_ref()
            .unwrap()
            .country
            .as_deref(),
        Some("FR")
    );

    b.ilo
        .change_automatic_enrollment(&EnrollmentChange::disable())
        .await
        .unwrap();
    assert_eq!(
        b.ilo.enrollment_status().await.unwrap(),
        CertificateEnrollmentStatus::Disabled
    );
    assert_eq!(
        refusal(
            b.ilo
                .change_automatic_enrollment(&EnrollmentChange::default())
                .await
                .unwrap_err()
        ),
        RefusalReason::EmptyChange
    );
    b.finish().await;
}

#[tokio::test]
async fn automatic_enrollment_is_refused_in_cnsa_and_on_ilo7() {
    let b = bench(Scenario::ilo()).await;
    b.force_state(&["FIPS", "CNSA"]).await;
    b.emu.clear_request_log();
    let e = b.ilo.automatic_enrollment().await.unwrap_err();
    assert!(e.to_string().contains("CNSA"), "{e}");
    assert_eq!(refusal(e), RefusalReason::NotInCnsa);
    let e = b
        .ilo
        .change_automatic_enrollment(&EnrollmentChange::enable("https://ndes", "x"))
        .await
        .unwrap_err();
    assert_eq!(refusal(e), RefusalReason::NotInCnsa);
    assert_eq!(b.requests(Method::GET, "AutomaticCertificateEnrollment"), 0);
    assert!(b.writes().is_empty());
    b.finish().await;

    let b = bench(Scenario::ilo7()).await;
    let e = b.ilo.enrollment_status().await.unwrap_err();
    assert!(e.to_string().contains("iLO 7"), "{e}");
    assert_eq!(refusal(e), RefusalReason::NotOnThisGeneration);
    b.finish().await;
}

#[tokio::test]
async fn factory_identities_are_readable_and_immutable() {
    let b = bench(Scenario::ilo()).await;
    for id in [
        Identity::IloIDevId,
        Identity::SystemIDevId,
        Identity::SystemIak,
        Identity::PlatformCert,
    ] {
        let certs = b.ilo.identity_certificates(id).await.unwrap();
        assert_eq!(certs.len(), 1, "{id:?}");
        assert_eq!(certs[0].identity, id);
        let parsed = certs[0]
            .parsed
            .as_ref()
            .expect("the emulator issues X.509 certificates");
        assert!(
            parsed.issuer().contains("HPE iLO Factory Identity CA"),
            "{}",
            parsed.issuer()
        );
        b.emu.clear_request_log();
        let e = b
            .ilo
            .delete_identity_certificate(id, certs[0].resource.odata_id())
            .await
            .unwrap_err();
        assert_eq!(refusal(e), RefusalReason::ImmutableIdentity);
        assert!(b.writes().is_empty());
    }
    assert!(
        b.ilo
            .identity_certificates(Identity::IloLDevId)
            .await
            .unwrap()
            .is_empty()
    );
    b.finish().await;
}

#[tokio::test]
async fn ldevid_is_generated_imported_replaced_and_deleted() {
    let b = bench(Scenario::ilo()).await;
    let ldevid = b.ilo.generate_ldevid_csr().await.unwrap();
    let coll = b
        .ilo
        .identity_collection(Identity::IloLDevId)
        .await
        .unwrap();
    assert!(
        ldevid
            .csr
            .certificate_collection
            .as_ref()
            .unwrap()
            .same_resource(&coll)
    );
    // iLO fills the subject itself: system SKU as CN, HPE's fixed O/ST/OU/L/C.
    assert_eq!(
        ldevid.report.status(Field::CommonName),
        &FieldStatus::Found("P52534-B21".into())
    );
    assert!(matches!(
        ldevid.report.status(Field::Organization),
        FieldStatus::Found(_)
    ));

    let ca = Ca::new(&rcgen::PKCS_ECDSA_P384_SHA384);
    let signed = ca.sign(&ldevid.csr.request, "P52534-B21");
    let uri = b
        .ilo
        .import_ldevid(&signed, Some(&ldevid.csr.request))
        .await
        .unwrap()
        .unwrap();
    let certs = b
        .ilo
        .identity_certificates(Identity::IloLDevId)
        .await
        .unwrap();
    assert_eq!(certs.len(), 1);
    assert!(certs[0].resource.odata_id().same_resource(&uri));
    let first_serial = certs[0].resource.serial_number.clone();

    // No update: replace = new CSR, then delete + import.
    let next = b.ilo.generate_ldevid_csr().await.unwrap();
    assert_ne!(next.csr.pem, ldevid.csr.pem);
    let again = ca.sign(&next.csr.request, "P52534-B21");
    b.ilo
        .replace_ldevid(&again, Some(&next.csr.request))
        .await
        .unwrap();
    let certs = b
        .ilo
        .identity_certificates(Identity::IloLDevId)
        .await
        .unwrap();
    assert_eq!(certs.len(), 1);
    assert_ne!(certs[0].resource.serial_number, first_serial);

    // Deleting a certificate outside the collection is refused.
    let idevid = &b
        .ilo
        .identity_certificates(Identity::IloIDevId)
        .await
        .unwrap()[0];
    assert!(matches!(
        b.ilo
            .delete_identity_certificate(Identity::IloLDevId, idevid.resource.odata_id())
            .await,
        Err(Error::InvalidInput(_))
    ));
    b.ilo
        .delete_identity_certificate(Identity::IloLDevId, certs[0].resource.odata_id())
        .await
        .unwrap();
    assert!(
        b.ilo
            .identity_certificates(Identity::IloLDevId)
            .await
            .unwrap()
            .is_empty()
    );
    b.finish().await;
}

#[tokio::test]
async fn ldevid_import_checks_refuse_before_sending() {
    let b = bench(Scenario::ilo()).await;
    let ldevid = b.ilo.generate_ldevid_csr().await.unwrap();
    b.emu.clear_request_log();
    // A certificate for another key than the CSR's.
    let (other, _) = self_signed(&rcgen::PKCS_ECDSA_P384_SHA384, "ldevid");
    assert_eq!(
        check_error(
            b.ilo
                .import_ldevid(&other, Some(&ldevid.csr.request))
                .await
                .unwrap_err()
        ),
        CertificateCheckError::CsrMismatch
    );
    // Not FIPS-approved.
    let (ed, _) = self_signed(&rcgen::PKCS_ED25519, "ldevid");
    assert!(matches!(
        check_error(b.ilo.import_ldevid(&ed, None).await.unwrap_err()),
        CertificateCheckError::NotFipsApproved { .. }
    ));
    // Over 16 KB.
    let ca = Ca::new(&rcgen::PKCS_ECDSA_P256_SHA256);
    let big = ca.sign_with(
        &ldevid.csr.request,
        "ldevid",
        vec![rcgen::CustomExtension::from_oid_content(
            &[1, 3, 6, 1, 4, 1, 99999, 1],
            vec![4; 13_000],
        )],
    );
    assert!(matches!(
        check_error(
            b.ilo
                .import_ldevid(&big, Some(&ldevid.csr.request))
                .await
                .unwrap_err()
        ),
        CertificateCheckError::TooLarge { limit: 16384, .. }
    ));
    assert_eq!(b.requests(Method::POST, "iLOLDevID"), 0, "{:?}", b.writes());
    b.finish().await;
}

#[tokio::test]
async fn ilo6_ldevid_csr_is_ieee_8021ar_compliant() {
    let b = bench(Scenario::ilo()).await;
    let ldevid = b.ilo.generate_ldevid_csr().await.unwrap();
    assert!(ldevid.report.is_compliant(), "{}", ldevid.report);
    b.finish().await;
}
