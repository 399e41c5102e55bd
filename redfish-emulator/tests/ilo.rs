//! The `ilo` scenario: HPE security service states and TLS rules, HttpsCert CSR/import
//! (including side-loading), LDevID, accounts and application accounts, iLO 7 differences.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

mod common;

use std::time::Duration;

use common::{Api, TestCa, message_keys, start};
use redfish_emulator::{Emulator, Method, Scenario};
use reqwest::StatusCode;
use serde_json::{Value, json};

const SECURITY: &str = "/redfish/v1/Managers/1/SecurityService";
const HTTPS_CERT: &str = "/redfish/v1/Managers/1/SecurityService/HttpsCert";
const RSA2048: &str = include_str!("fixtures/test-rsa2048.key.pem");
const RSA3072: &str = include_str!("fixtures/test-rsa3072.key.pem");

fn ilo6() -> redfish_emulator::EmulatorBuilder {
    Emulator::builder()
        .scenario(Scenario::ilo())
        .time_scale(0.001)
}

fn ilo_ids(body: &Value) -> Vec<String> {
    assert_eq!(body["error"]["code"], "iLO.0.10.ExtendedInfo", "{body}");
    body["error"]["@Message.ExtendedInfo"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["MessageId"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn ilo6_presents_itself_like_an_ilo() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let (_, root) = api.get("/redfish/v1/").await;
    assert_eq!(root["Oem"]["Hpe"]["Manager"][0]["ManagerType"], "iLO 6");
    assert_eq!(root["Oem"]["Hpe"]["Moniker"]["PRODGEN"], "iLO 6");
    let (_, mgr) = api.get("/redfish/v1/Managers/1").await;
    assert_eq!(mgr["FirmwareVersion"], "iLO 6 v1.62");
    assert_eq!(mgr["Model"], "iLO 6");
    assert_eq!(mgr["Oem"]["Hpe"]["RequireHostAuthentication"], false);
    assert_eq!(
        mgr["Oem"]["Hpe"]["Links"]["SecurityService"]["@odata.id"],
        SECURITY
    );
    let (_, sec) = api.get(SECURITY).await;
    assert_eq!(sec["SecurityState"], "Production");
    assert_eq!(
        sec["SecurityState@Redfish.AllowableValues"],
        json!(["Production", "HighSecurity", "FIPS"])
    );
    assert_eq!(sec["TLSVersion"]["TLS1_2"], "Enabled");
    for holder in ["iLOIDevID", "SystemIDevID", "SystemIAK", "PlatformCert"] {
        let coll = sec[holder]["Certificates"]["@odata.id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (_, members) = api.get(&coll).await;
        assert_eq!(members["Members@odata.count"], 1, "{holder}");
        // Factory identities are immutable.
        let (status, _) = api
            .post(
                &coll,
                json!({"CertificateType": "PEM", "CertificateString": "x"}),
            )
            .await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(
            api.delete(&format!("{coll}/1")).await,
            StatusCode::METHOD_NOT_ALLOWED
        );
    }
    let (status, _) = api
        .get("/redfish/v1/Managers/1/SecurityService/AutomaticCertificateEnrollment")
        .await;
    assert_eq!(status, StatusCode::OK);
    // The HttpsCert describes the certificate the emulator really serves.
    let (_, https) = api.get(HTTPS_CERT).await;
    assert!(
        https["X509CertificateInformation"]["Subject"]
            .as_str()
            .unwrap()
            .contains("CN = redfish-emulator")
    );
    assert_eq!(https["CertificateSigningRequest"], Value::Null);
    // Accounts carry the HPE privileges.
    let (_, admin) = api.get("/redfish/v1/AccountService/Accounts/1").await;
    assert_eq!(admin["Oem"]["Hpe"]["Privileges"]["iLOConfigPriv"], true);
    assert_eq!(admin["Oem"]["Hpe"]["LoginName"], "admin");
    let (_, ro) = api.get("/redfish/v1/AccountService/Accounts/3").await;
    assert_eq!(ro["Oem"]["Hpe"]["Privileges"]["UserConfigPriv"], false);
    assert_eq!(
        ro["Oem"]["Hpe"]["Privileges"].as_object().unwrap().len(),
        10
    );
}

#[tokio::test]
async fn ilo7_differs_from_ilo6() {
    let (emu, c) = start(Emulator::builder().scenario(Scenario::ilo7())).await;
    let api = Api::new(&emu, &c);
    let (_, mgr) = api.get("/redfish/v1/Managers/1").await;
    assert_eq!(mgr["Model"], "iLO 7");
    assert!(
        mgr["FirmwareVersion"]
            .as_str()
            .unwrap()
            .starts_with("iLO 7 v")
    );
    assert!(mgr["Oem"]["Hpe"].get("RequireHostAuthentication").is_none());
    let (_, sec) = api.get(SECURITY).await;
    assert_eq!(sec["SecurityState"], "SecureStandard");
    assert!(sec["Links"].get("AutomaticCertificateEnrollment").is_none());
    let (status, _) = api
        .get("/redfish/v1/Managers/1/SecurityService/AutomaticCertificateEnrollment")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, body) = api
        .patch(SECURITY, json!({"SecurityState": "Production"}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(ilo_ids(&body), vec!["iLO.2.15.PropertyValueBadParam"]);
    let (status, body) = api
        .patch(
            "/redfish/v1/Managers/1",
            json!({"Oem": {"Hpe": {"RequireHostAuthentication": true}}}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        ilo_ids(&body),
        vec!["iLO.2.15.PropertyNotWritableOrUnknown"]
    );
    let (status, _) = api.patch(SECURITY, json!({"SecurityState": "FIPS"})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = api
        .patch(SECURITY, json!({"SecurityState": "SecureStandard"}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn ilo6_security_state_transitions() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let state = || {
        emu.resource(SECURITY).unwrap()["SecurityState"]
            .as_str()
            .unwrap()
            .to_owned()
    };

    let (status, body) = api
        .patch(SECURITY, json!({"SecurityState": "HighSecurity"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ilo_ids(&body), vec!["iLO.2.15.ResetInProgress"]);
    assert_eq!(state(), "HighSecurity");
    let (status, _) = api
        .patch(SECURITY, json!({"SecurityState": "Production"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(state(), "Production");

    for refused in [
        "Wipe",
        "CNSA",
        "SynergySecurityMode",
        "SecureStandard",
        "Bogus",
    ] {
        let (status, body) = api.patch(SECURITY, json!({"SecurityState": refused})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
        assert_eq!(ilo_ids(&body), vec!["iLO.2.15.PropertyValueBadParam"]);
        assert_eq!(
            body["error"]["@Message.ExtendedInfo"][0]["MessageArgs"],
            json!(["SecurityState"])
        );
    }
    assert_eq!(state(), "Production");

    let (status, _) = api.patch(SECURITY, json!({"SecurityState": "FIPS"})).await;
    assert_eq!(status, StatusCode::OK);
    let sec = emu.resource(SECURITY).unwrap();
    assert_eq!(
        sec["SecurityState@Redfish.AllowableValues"],
        json!(["FIPS", "CNSA"])
    );
    assert_eq!(sec["DisableWeakCiphers"], true);
    // FIPS forces host authentication on.
    let mgr = emu.resource("/redfish/v1/Managers/1").unwrap();
    assert_eq!(mgr["Oem"]["Hpe"]["RequireHostAuthentication"], true);
    let (status, body) = api
        .patch(
            "/redfish/v1/Managers/1",
            json!({"Oem": {"Hpe": {"RequireHostAuthentication": false}}}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(ilo_ids(&body), vec!["iLO.2.15.PropertyValueBadParam"]);
    // Nothing leaves FIPS through the API, except up to CNSA.
    for refused in ["Production", "HighSecurity"] {
        let (status, _) = api.patch(SECURITY, json!({"SecurityState": refused})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let (status, _) = api.patch(SECURITY, json!({"SecurityState": "CNSA"})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = api.patch(SECURITY, json!({"SecurityState": "FIPS"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(state(), "CNSA");
}

#[tokio::test]
async fn tls_settings_change_only_in_production() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    // The seed's example: enable weak TLS in Production.
    let (status, _) = api
        .patch(SECURITY, json!({"DisableWeakCiphers": false, "TLSVersion": {"TLS1_0": "Enabled", "TLS1_1": "Enabled"}}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let sec = emu.resource(SECURITY).unwrap();
    assert_eq!(sec["TLSVersion"]["TLS1_0"], "Enabled");
    assert_eq!(sec["TLSVersion"]["TLS1_2"], "Enabled");

    // Disabling weak ciphers turns TLS 1.0/1.1 off, and they cannot be enabled meanwhile.
    let (status, body) = api
        .patch(SECURITY, json!({"DisableWeakCiphers": true}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ilo_ids(&body), vec!["iLO.2.15.ResetInProgress"]);
    assert_eq!(
        emu.resource(SECURITY).unwrap()["TLSVersion"]["TLS1_1"],
        "Disabled"
    );
    let (status, _) = api
        .patch(SECURITY, json!({"TLSVersion": {"TLS1_0": "Enabled"}}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // HighSecurity: no changes at all.
    let (status, _) = api
        .patch(SECURITY, json!({"SecurityState": "HighSecurity"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = api
        .patch(SECURITY, json!({"DisableWeakCiphers": false}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["@Message.ExtendedInfo"][0]["MessageArgs"],
        json!(["DisableWeakCiphers"])
    );
    let (status, body) = api
        .patch(SECURITY, json!({"TLSVersion": {"TLS1_2": "Disabled"}}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body["error"]["@Message.ExtendedInfo"][0]["MessageArgs"],
        json!(["TLSVersion"])
    );
    // Sending the current values is not a change.
    let (status, _) = api
        .patch(SECURITY, json!({"TLSVersion": {"TLS1_2": "Enabled"}}))
        .await;
    assert_eq!(status, StatusCode::OK);
    // Schema checks still apply (Base registry errors).
    let (status, err) = api.patch(SECURITY, json!({"CurrentCipher": "NULL"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyNotWritable"]);
}

#[tokio::test(flavor = "current_thread")]
async fn https_cert_csr_appears_after_a_delay_and_its_certificate_imports() {
    let (emu, c) = start(Emulator::builder().scenario(Scenario::ilo())).await;
    let api = Api::new(&emu, &c);
    let csr_params = json!({"City": "Houston", "CommonName": "ilo.example.com", "Country": "US",
                            "OrgName": "HPE", "OrgUnit": "Compute", "State": "Texas", "IncludeIP": false});
    let target = format!("{HTTPS_CERT}/Actions/HpeHttpsCert.GenerateCSR");
    tokio::time::pause();
    let (status, body) = api.post(&target, csr_params.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ilo_ids(&body), vec!["iLO.2.15.GeneratingCertificate"]);
    assert_eq!(
        emu.resource(HTTPS_CERT).unwrap()["CertificateSigningRequest"],
        Value::Null
    );
    tokio::time::advance(Duration::from_secs(10)).await;
    assert_eq!(
        emu.resource(HTTPS_CERT).unwrap()["CertificateSigningRequest"],
        Value::Null
    );
    tokio::time::advance(Duration::from_secs(11)).await;
    tokio::task::yield_now().await;
    let csr = emu.resource(HTTPS_CERT).unwrap()["CertificateSigningRequest"]
        .as_str()
        .unwrap()
        .to_owned();
    tokio::time::resume();
    assert!(csr.starts_with("-----BEGIN CERTIFICATE REQUEST-----"));

    let ca = TestCa::new();
    let signed = ca.sign_csr(&csr);
    // A certificate for another key is refused.
    let (_, other_key) = {
        let k = rcgen::KeyPair::generate().unwrap();
        ((), k.serialize_pem())
    };
    let foreign = ca.issue_for_key(&other_key, "other");
    let import = format!("{HTTPS_CERT}/Actions/HpeHttpsCert.ImportCertificate");
    let (status, body) = api.post(&import, json!({"Certificate": foreign})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(ilo_ids(&body), vec!["iLO.2.15.ImportCertificateFailed"]);

    let (status, body) = api.post(&import, json!({"Certificate": signed})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        ilo_ids(&body),
        vec!["iLO.2.15.ImportCertSuccessfuliLOResetinProgress"]
    );
    let info = &emu.resource(HTTPS_CERT).unwrap()["X509CertificateInformation"];
    assert_eq!(info["Subject"], "CN = ilo.example.com");
    assert_eq!(info["Issuer"], "CN = Test CA, O = Test Org");
    assert!(info["ValidNotAfter"].as_str().unwrap().ends_with('Z'));
    // The key was used up.
    let (status, _) = api.post(&import, json!({"Certificate": signed})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // Deleting the custom certificate brings the self-signed one back.
    assert_eq!(
        api.req(Method::DELETE, HTTPS_CERT)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let info = &emu.resource(HTTPS_CERT).unwrap()["X509CertificateInformation"];
    assert!(
        info["Subject"]
            .as_str()
            .unwrap()
            .contains("redfish-emulator")
    );
}

#[tokio::test]
async fn a_new_csr_invalidates_the_previous_key() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let target = format!("{HTTPS_CERT}/Actions/HpeHttpsCert.GenerateCSR");
    let params = json!({"City": "Houston", "CommonName": "a.example.com", "Country": "US", "OrgName": "HPE", "State": "Texas"});
    let wait_csr = || async {
        for _ in 0..2000 {
            if let Some(csr) =
                emu.resource(HTTPS_CERT).unwrap()["CertificateSigningRequest"].as_str()
            {
                return csr.to_owned();
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        panic!("no CSR");
    };
    assert_eq!(api.post(&target, params.clone()).await.0, StatusCode::OK);
    let first = wait_csr().await;
    // Older clients post the action to HttpsCert itself.
    let mut legacy = params.clone();
    legacy["Action"] = json!("GenerateCSR");
    assert_eq!(api.post(HTTPS_CERT, legacy).await.0, StatusCode::OK);
    let second = wait_csr().await;
    assert_ne!(first, second);
    let ca = TestCa::new();
    let import = format!("{HTTPS_CERT}/Actions/HpeHttpsCert.ImportCertificate");
    let (status, _) = api
        .post(&import, json!({"Certificate": ca.sign_csr(&first)}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = api
        .post(&import, json!({"Certificate": ca.sign_csr(&second)}))
        .await;
    assert_eq!(status, StatusCode::OK);

    // Missing parameters.
    let (status, body) = api.post(&target, json!({"CommonName": "x"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(ilo_ids(&body), vec!["Base.1.18.ActionParameterMissing"]);
}

#[tokio::test]
async fn side_loading_checks_key_type_size_and_match() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let ca = TestCa::new();
    let import = format!("{HTTPS_CERT}/Actions/HpeHttpsCert.ImportCertificate");
    let rsa_cert = ca.issue_for_key(RSA2048, "sideloaded.example.com");
    let (status, body) = api
        .post(
            &import,
            json!({"Certificate": format!("{rsa_cert}{RSA2048}")}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        emu.resource(HTTPS_CERT).unwrap()["X509CertificateInformation"]["Subject"],
        "CN = sideloaded.example.com"
    );
    // RSA above 2048 bits, ECDSA outside CNSA, a key that does not match.
    let big = ca.issue_for_key(RSA3072, "big");
    let (status, _) = api
        .post(&import, json!({"Certificate": format!("{big}{RSA3072}")}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let ec_key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384)
        .unwrap()
        .serialize_pem();
    let ec_cert = ca.issue_for_key(&ec_key, "ec");
    let (status, _) = api
        .post(
            &import,
            json!({"Certificate": format!("{ec_cert}{ec_key}")}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = api
        .post(
            &import,
            json!({"Certificate": format!("{rsa_cert}{ec_key}")}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = api
        .post(&import, json!({"Certificate": "x".repeat(21 * 1024)}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // In CNSA only ECDSA P-384 is accepted.
    for s in ["FIPS", "CNSA"] {
        assert_eq!(
            api.patch(SECURITY, json!({"SecurityState": s})).await.0,
            StatusCode::OK
        );
    }
    let (status, _) = api
        .post(
            &import,
            json!({"Certificate": format!("{rsa_cert}{RSA2048}")}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = api
        .post(
            &import,
            json!({"Certificate": format!("{ec_cert}{ec_key}")}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn automatic_enrollment_blocks_manual_certificates() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let enrollment = "/redfish/v1/Managers/1/SecurityService/AutomaticCertificateEnrollment";
    let (status, body) = api
        .patch(
            enrollment,
            json!({"AutomaticCertificateEnrollmentSettings": {"ServiceEnabled": true, "ServerUrl": "https://ndes.example.com/certsrv/mscep/mscep.dll", "ChallengePassword": "s3cret"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let settings = &emu.resource(enrollment).unwrap()["AutomaticCertificateEnrollmentSettings"];
    assert_eq!(settings["ServiceEnabled"], true);
    assert_eq!(settings["ChallengePassword"], Value::Null, "write-only");
    let ca = TestCa::new();
    let rsa_cert = ca.issue_for_key(RSA2048, "x");
    let import = format!("{HTTPS_CERT}/Actions/HpeHttpsCert.ImportCertificate");
    let (status, _) = api
        .post(
            &import,
            json!({"Certificate": format!("{rsa_cert}{RSA2048}")}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        api.req(Method::DELETE, HTTPS_CERT)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn ldevid_csr_and_import() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let ldevid = "/redfish/v1/Managers/1/SecurityService/iLOLDevID/Certificates";
    let (status, resp) = api
        .post(
            "/redfish/v1/CertificateService/Actions/CertificateService.GenerateCSR",
            json!({"CertificateCollection": {"@odata.id": format!("{ldevid}/")}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{resp}");
    let csr = resp["CSRString"].as_str().unwrap();
    use x509_cert::der::DecodePem;
    let req = x509_cert::request::CertReq::from_pem(csr.as_bytes()).unwrap();
    let subject = req.info.subject.to_string();
    assert!(
        subject.contains("O=Hewlett Packard Enterprise Development"),
        "{subject}"
    );
    assert!(subject.contains("OU=Servers"));

    let ca = TestCa::new();
    let (status, body) = api
        .post(ldevid, json!({"CertificateType": "PEM", "CertificateString": ca.issue_for_key(RSA2048, "wrong key")}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(ilo_ids(&body), vec!["iLO.2.15.ImportCertificateFailed"]);
    let r = api
        .req(Method::POST, ldevid)
        .json(&json!({"CertificateType": "PEM", "CertificateString": ca.sign_csr(csr)}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let body: Value = r.json().await.unwrap();
    assert_eq!(ilo_ids(&body), vec!["Base.1.18.Created"]);
    assert!(emu.resource(&location).is_some());
    // LDevID has no update: delete, then import again.
    assert_eq!(api.delete(&location).await, StatusCode::NO_CONTENT);
}

const GENERATE_CSR: &str = "/redfish/v1/CertificateService/Actions/CertificateService.GenerateCSR";
const LDEVID: &str = "/redfish/v1/Managers/1/SecurityService/iLOLDevID/Certificates";

/// Asks for an LDevID CSR and decodes it.
async fn ldevid_csr(api: &Api<'_>, extra: Value) -> x509_cert::request::CertReq {
    use x509_cert::der::DecodePem;
    let mut body = json!({"CertificateCollection": {"@odata.id": LDEVID}});
    body.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    let (status, resp) = api.post(GENERATE_CSR, body).await;
    assert_eq!(status, StatusCode::OK, "{resp}");
    x509_cert::request::CertReq::from_pem(resp["CSRString"].as_str().unwrap().as_bytes()).unwrap()
}

/// `(OID, text)` of every attribute of a name, in order.
fn attributes(name: &x509_cert::name::Name) -> Vec<(String, String)> {
    use x509_cert::der::asn1::{PrintableStringRef, Utf8StringRef};
    use x509_cert::der::{Tag, Tagged};
    name.iter()
        .map(|a| {
            let text = match a.value.tag() {
                Tag::Utf8String => Utf8StringRef::try_from(&a.value).unwrap().to_string(),
                Tag::PrintableString => PrintableStringRef::try_from(&a.value).unwrap().to_string(),
                t => panic!("{} is a {t:?}", a.oid),
            };
            (a.oid.to_string(), text)
        })
        .collect()
}

/// The GeneralNames of the SubjectAltName a CSR requests, if any.
fn requested_san(
    req: &x509_cert::request::CertReq,
) -> Option<Vec<x509_cert::ext::pkix::name::GeneralName>> {
    use x509_cert::der::Decode;
    use x509_cert::ext::Extension;
    use x509_cert::ext::pkix::SubjectAltName;
    let attr = req
        .info
        .attributes
        .iter()
        .find(|a| a.oid.to_string() == "1.2.840.113549.1.9.14")?;
    let exts: Vec<Extension> = attr.values.iter().next().unwrap().decode_as().unwrap();
    let mut sans = exts.iter().filter(|e| e.extn_id.to_string() == "2.5.29.17");
    let san = sans.next()?;
    assert!(sans.next().is_none(), "one SubjectAltName only");
    Some(
        SubjectAltName::from_der(san.extn_value.as_bytes())
            .unwrap()
            .0,
    )
}

#[tokio::test]
async fn ilo6_ldevid_csr_carries_the_ieee_8021ar_identity_of_the_system() {
    use x509_cert::ext::pkix::name::{GeneralName, HardwareModuleName};
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let (_, system) = api.get("/redfish/v1/Systems/1").await;
    let sku = system["SKU"].as_str().unwrap().to_owned();
    let serial = system["SerialNumber"].as_str().unwrap().to_owned();
    // iLO 6 >= 1.60 writes the identity itself: what a client sends does not change it.
    let req = ldevid_csr(
        &api,
        json!({"CommonName": "client.example.com", "Organization": "Client", "AlternativeNames": ["client.example.com"]}),
    )
    .await;

    let subject = attributes(&req.info.subject);
    let oids: Vec<&str> = subject.iter().map(|(o, _)| o.as_str()).collect();
    assert_eq!(
        oids,
        [
            "2.5.4.42", "2.5.4.4", "2.5.4.3", "2.5.4.5", "2.5.4.10", "2.5.4.11", "2.5.4.7",
            "2.5.4.8", "2.5.4.6"
        ]
    );
    let get = |oid: &str| subject.iter().find(|(o, _)| o == oid).unwrap().1.clone();
    let (pca_part, pca_serial) = (get("2.5.4.42"), get("2.5.4.4"));
    assert!(!pca_part.is_empty() && !pca_serial.is_empty());
    assert_ne!(
        pca_serial, serial,
        "the PCA serial is the board's, not the system's"
    );
    assert_eq!(get("2.5.4.3"), sku);
    assert_eq!(get("2.5.4.5"), serial);
    assert_eq!(get("2.5.4.10"), "Hewlett Packard Enterprise Development");
    assert_eq!(get("2.5.4.11"), "Servers");
    assert_eq!(get("2.5.4.7"), "Houston");
    assert_eq!(get("2.5.4.8"), "Texas");
    assert_eq!(get("2.5.4.6"), "US");

    let san = requested_san(&req).expect("a SubjectAltName");
    assert_eq!(san.len(), 2, "{san:?}");
    let GeneralName::DirectoryName(dir) = &san[0] else {
        panic!("{:?}", san[0]);
    };
    assert_eq!(
        attributes(dir),
        vec![
            ("2.23.133.5.1.1".to_owned(), "HPE".to_owned()),
            ("2.23.133.5.1.4".to_owned(), sku.clone()),
            ("2.23.133.5.1.6".to_owned(), serial.clone()),
        ]
    );
    let GeneralName::OtherName(other) = &san[1] else {
        panic!("{:?}", san[1]);
    };
    assert_eq!(other.type_id.to_string(), "1.3.6.1.5.5.7.8.4");
    let module = HardwareModuleName::from_other_name(other).unwrap().unwrap();
    assert_eq!(module.hw_type.to_string(), "1.3.6.1.4.1.47196.6.3.2.2");
    assert_eq!(module.hw_serial_num.as_bytes(), pca_serial.as_bytes());
}

#[tokio::test]
async fn ilo7_ldevid_csr_keeps_the_client_subject_without_the_8021ar_san() {
    let (emu, c) = start(Emulator::builder().scenario(Scenario::ilo7())).await;
    let api = Api::new(&emu, &c);
    let req = ldevid_csr(&api, json!({"CommonName": "ilo7.example.com"})).await;
    let subject = attributes(&req.info.subject);
    assert!(
        subject.contains(&("2.5.4.3".to_owned(), "ilo7.example.com".to_owned())),
        "{subject:?}"
    );
    assert!(subject.contains(&("2.5.4.11".to_owned(), "Servers".to_owned())));
    assert!(
        !subject
            .iter()
            .any(|(o, _)| o == "2.5.4.42" || o == "2.5.4.5"),
        "{subject:?}"
    );
    assert!(requested_san(&req).is_none());
}

#[tokio::test]
async fn application_accounts() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let (_, acct) = api.get("/redfish/v1/AccountService").await;
    let apps = acct["Oem"]["Hpe"]["AppAccounts"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, coll) = api.get(&apps).await;
    assert_eq!(coll["Members@odata.count"], 2);
    let (_, ams) = api
        .get(coll["Members"][0]["@odata.id"].as_str().unwrap())
        .await;
    assert_eq!(ams["HostAppName"], "AMS");
    assert_eq!(ams["HostAppId"], "**fea0");

    let r = api
        .req(Method::POST, &apps)
        .json(&json!({"HostAppName": "SUM", "HostAppId": "0123456789abcdef"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let created: Value = r.json().await.unwrap();
    assert_eq!(
        created["HostAppId"], "**cdef",
        "the id is never shown whole"
    );
    assert_eq!(
        created["Privileges"]["iLOConfigPriv"], true,
        "inherited from the creating admin"
    );
    let (status, err) = api.post(&apps, json!({"HostAppName": "x"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["CreateFailedMissingReqProperties"]);
    // Operators lack the user configuration privilege.
    let op = Api::as_user(&emu, &c, redfish_emulator::DEFAULT_OPERATOR);
    let (status, _) = op
        .post(&apps, json!({"HostAppName": "AMS", "HostAppId": "1234"}))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(api.delete(&location).await, StatusCode::NO_CONTENT);
    let (_, coll) = api.get(&apps).await;
    assert_eq!(coll["Members@odata.count"], 2);
}

#[tokio::test]
async fn ilo_answers_successes_in_its_extended_info_wrapper() {
    let (emu, c) = start(ilo6()).await;
    let api = Api::new(&emu, &c);
    let (status, body) = api
        .patch("/redfish/v1/Chassis/1", json!({"IndicatorLED": "Lit"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ilo_ids(&body), vec!["Base.1.18.Success"]);
    assert_eq!(
        emu.resource("/redfish/v1/Chassis/1").unwrap()["IndicatorLED"],
        "Lit"
    );
    let (status, body) = api
        .post(
            "/redfish/v1/Systems/1/Actions/ComputerSystem.Reset",
            json!({"ResetType": "ForceOff"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ilo_ids(&body), vec!["Base.1.18.Success"]);
    assert_eq!(
        emu.resource("/redfish/v1/Systems/1").unwrap()["PowerState"],
        "Off"
    );
    // Account privileges are writable through Oem.Hpe.
    let (status, _) = api
        .patch(
            "/redfish/v1/AccountService/Accounts/2",
            json!({"Oem": {"Hpe": {"Privileges": {"VirtualMediaPriv": false}}}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        emu.resource("/redfish/v1/AccountService/Accounts/2")
            .unwrap()["Oem"]["Hpe"]["Privileges"]["VirtualMediaPriv"],
        false
    );
}
