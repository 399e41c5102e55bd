//! The JSON fragments of the HPE iLO security documentation (seed
//! `000_27b718b47e56aaa1.txt`), checked against the DMTF model.
//!
//! The HPE OEM types (HpeSecurityService, HpeHttpsCert, HpeiLOAccount, ...) live in `hpe-oem`;
//! here the DMTF parts are typed (Manager, ManagerAccount, Certificate, CertificateService
//! GenerateCSR for the iLO LDevID, Redfish error bodies) and the purely OEM fragments must pass
//! through `AnyResource` and `Oem` without losing anything. OEM property names are checked
//! against the HPE schemas the real iLO 5 capture serves (`testdata/schemas/hpe`) and
//! message ids against the registries (`iLO` of the same capture, DMTF `Base`).
//!
//! Seven fragments are written out in the seed (six JSON, one Python dict); seven more bodies are
//! only described in its prose (the LDevID CSR and import, the replies and errors it names, the
//! ImportCertificate body) and are reconstructed from the prose and
//! the project brief (section 6). Each test says which.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use redfish_model::certificate::Certificate;
use redfish_model::certificate_service::{GenerateCSRRequest, GenerateCSRResponse};
use redfish_model::diagnostics::{Diagnose, diagnose};
use redfish_model::manager::Manager;
use redfish_model::manager_account::ManagerAccount;
use redfish_model::message::MessageId;
use redfish_model::{AnyResource, Collection, Link, ODataId, Oem, RedfishError, Resource};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn reference(path: &str) -> PathBuf {
    redfish_test_support::testdata_path(path)
}

fn read_json(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(reference(path)).unwrap()).unwrap()
}

/// The top-level properties of an HPE OEM schema served by the iLO 5 v2.70 capture.
fn hpe_schema_properties(file: &str) -> Map<String, Value> {
    read_json(&format!("schemas/hpe/ilo5-schemastore/{file}"))["properties"]
        .as_object()
        .unwrap()
        .clone()
}

/// A message of the iLO registry (iLO 5 v2.70 capture) or of the DMTF Base registry.
fn registry_message(id: &MessageId) -> Value {
    let registry = if id.registry() == "iLO" {
        read_json("mockups/hpe-ilo5-xl675d/RegistryStore/registries/en/iLO.json/index.json")
    } else {
        assert_eq!(id.registry(), "Base", "no reference registry for {id}");
        read_json("schemas/registries/Base.1.22.1.json")
    };
    assert_eq!(registry["RegistryPrefix"], id.registry());
    registry["Messages"][id.key()].clone()
}

/// Parses `v` as `T`; asserts no schema deviation and an exact round trip. The fragments are
/// partial bodies (PATCH requests, excerpts), so required properties they omit are no deviation.
fn typed<T: Serialize + DeserializeOwned + Diagnose>(v: &Value) -> T {
    let t: T = serde_json::from_value(v.clone()).unwrap();
    let d = deviations(&t);
    assert!(d.is_empty(), "deviations from the schema: {d:?}");
    assert_eq!(serde_json::to_value(&t).unwrap(), *v, "round trip");
    t
}

/// What `diagnose` reports besides absent required properties.
fn deviations<T: Diagnose>(t: &T) -> Vec<redfish_model::diagnostics::Diagnostic> {
    diagnose(t)
        .into_iter()
        .filter(|d| d.kind != redfish_model::diagnostics::DiagnosticKind::MissingRequired)
        .collect()
}

/// Every key of a parsed object is a property of its schema type (annotations aside).
fn assert_modelled(properties: &[&str], extra: &Map<String, Value>, ty: &str) {
    for k in extra.keys() {
        assert!(
            properties.contains(&k.as_str()) || k.contains('@'),
            "{ty}: `{k}` is not a property of the schema"
        );
    }
}

macro_rules! modelled {
    ($ty:ty, $v:expr) => {
        assert_modelled(<$ty>::PROPERTIES, &$v.extra, stringify!($ty))
    };
}

/// `AnyResource` from a `Value` and from bytes agree, and both serialize back to `v`.
fn through_any(v: &Value) -> AnyResource {
    let any = AnyResource::from_json(v.clone());
    assert_eq!(serde_json::to_value(&any).unwrap(), *v, "lossless");
    let from_bytes = AnyResource::from_slice(&serde_json::to_vec(v).unwrap()).unwrap();
    assert_eq!(from_bytes, any);
    any
}

/// A purely OEM body: not typed by redfish-model, kept verbatim.
fn oem_only(v: &Value) {
    let any = through_any(v);
    assert!(matches!(any, AnyResource::Unknown(_)), "{:?}", any.schema());
    assert!(diagnose(&any).is_empty());
}

/// An iLO reply or error: checks the `error` wrapper and returns its one extended message id.
fn ilo_reply(v: &Value) -> (RedfishError, MessageId) {
    let e: RedfishError = typed(v);
    assert!(matches!(through_any(v), AnyResource::Error(_)));
    let body = e.error.as_ref().unwrap();
    modelled!(redfish_model::message::ErrorBody, body);
    let code = body.code.as_ref().unwrap();
    assert_eq!((code.registry(), code.key()), ("iLO", "ExtendedInfo"));
    assert_eq!(e.messages().len(), 1);
    modelled!(redfish_model::Message, e.messages()[0]);
    let id = e.messages()[0].message_id.clone().unwrap();
    // The key exists in the registry and the arguments match its `NumberOfArgs`.
    let msg = registry_message(&id);
    assert!(
        msg.is_object(),
        "{id} is not in the {} registry",
        id.registry()
    );
    let args = e.messages()[0].message_args.as_ref().map_or(0, Vec::len);
    assert_eq!(Some(args as u64), msg["NumberOfArgs"].as_u64(), "{id}");
    (e, id)
}

// ---------------------------------------------------------------------------------------------
// Security state and in-band access (Manager Oem.Hpe)
// ---------------------------------------------------------------------------------------------

// "iLO Security State": `curl .../Managers/1/SecurityService/ | jq '{SecurityState}'`.
// HpeSecurityService is an OEM resource: kept verbatim. The projection is also checked with the
// identity the queried URI gives it (`@odata.type` as the iLO 5 capture serves it).
#[test]
fn security_state_of_security_service() {
    let v = json!({"SecurityState": "HighSecurity"});
    oem_only(&v);
    let states =
        hpe_schema_properties("HpeSecurityService.v2_3_1.json")["SecurityState"]["enum"].clone();
    assert!(states.as_array().unwrap().contains(&v["SecurityState"]));

    let identified = json!({
        "@odata.id": "/redfish/v1/Managers/1/SecurityService/",
        "@odata.type": "#HpeSecurityService.v2_3_1.HpeSecurityService",
        "SecurityState": "HighSecurity"
    });
    assert!(!AnyResource::SCHEMAS.contains(&"HpeSecurityService"));
    oem_only(&identified);
}

// "In-band management of iLO 5 and 6": `curl .../Managers/1/ | jq '.Oem.Hpe |
// {RequireHostAuthentication}'` prints `{"RequireHostAuthentication": true }`. Put back where jq
// took it from (`Oem.Hpe` of the Manager); the Manager's identity is the curl URI and the
// `@odata.type` the iLO 5 capture serves.
#[test]
fn require_host_authentication_in_manager_oem() {
    let projection = json!({"RequireHostAuthentication": true});
    let v = json!({
        "@odata.id": "/redfish/v1/Managers/1/",
        "@odata.type": "#Manager.v1_5_1.Manager",
        "Oem": {"Hpe": projection.clone()}
    });
    let m: Manager = typed(&v);
    modelled!(Manager, m);
    assert_eq!(m.oem.as_ref().unwrap().raw("Hpe"), Some(&projection));
    assert_eq!(
        m.oem.as_ref().unwrap().vendors().collect::<Vec<_>>(),
        ["Hpe"]
    );
    let any = through_any(&v);
    assert!(matches!(any, AnyResource::Manager(_)), "{:?}", any.schema());
    if let AnyResource::Manager(dispatched) = &any {
        assert_eq!(dispatched.oem().unwrap().raw("Hpe"), Some(&projection));
    }
    // The property is in the HpeiLO schema (Manager `Oem.Hpe`), as a boolean.
    let hpe_ilo = hpe_schema_properties("HpeiLO.v2_8_1.json");
    assert_eq!(hpe_ilo["RequireHostAuthentication"]["type"], "boolean");
}

// "In-band management of iLO 5 and 6": disabling host authentication,
// PATCH /redfish/v1/Managers/1/ with `{"Oem": {"Hpe": {"RequireHostAuthentication": false}}}`.
#[test]
fn patch_require_host_authentication() {
    let v = json!({"Oem": {"Hpe": {"RequireHostAuthentication": false}}});
    let m: Manager = typed(&v);
    modelled!(Manager, m);
    assert_eq!(
        m.oem.as_ref().unwrap().raw("Hpe").unwrap()["RequireHostAuthentication"],
        false
    );
    // Built from the typed Manager: only `Oem` is sent, so the PATCH changes nothing else.
    let mut body = Manager::default();
    body.oem = Some(Oem(json!({"Hpe": {"RequireHostAuthentication": false}})
        .as_object()
        .unwrap()
        .clone()));
    let built = serde_json::to_value(&body).unwrap();
    assert_eq!(built, v);
    assert_eq!(built.as_object().unwrap().len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

// "Application accounts": `ilorest list Members --select ManagerAccountCollection. --filter
// @odata.id="/redfish/v1/AccountService/Oem*"` lists the HpeiLOAppAccount members (iLO 7).
#[test]
fn app_accounts_listed_as_collection_members() {
    let v = json!({
        "Members": [
            {"@odata.id": "/redfish/v1/AccountService/Oem/Hpe/AppAccounts/65605/"},
            {"@odata.id": "/redfish/v1/AccountService/Oem/Hpe/AppAccounts/65606/"}
        ]
    });
    let c: Collection = typed(&v);
    let ids: Vec<&ODataId> = c.member_ids().collect();
    assert_eq!(ids.len(), 2);
    let last: Vec<&str> = ids.iter().map(|id| id.last_segment()).collect();
    assert_eq!(last, ["65605", "65606"]);
    for id in &ids {
        // OEM resources live under `<BaseUri>/Oem/<OemName>/`; iLO adds trailing slashes.
        assert!(
            id.as_str()
                .starts_with("/redfish/v1/AccountService/Oem/Hpe/AppAccounts/")
        );
        assert!(id.as_str().ends_with('/'));
        assert!(id.same_resource(&ODataId::new(id.normalized())));
    }
    assert!(c.count.is_none() && c.next_link.is_none());
    oem_only(&v);
}

// "Application account privileges": the ManagerAccount `ilorest-appuser` created with
// `--addprivs 1,3,4` (`ilorest get --select ManagerAccount. --json`). DMTF part typed, `Oem.Hpe`
// (HpeiLOAccount) kept raw.
#[test]
fn manager_account_with_hpe_privileges() {
    let hpe = json!({
        "LoginName": "iLOrest application user",
        "Privileges": {
            "HostBIOSConfigPriv": false,
            "HostNICConfigPriv": false,
            "HostStorageConfigPriv": false,
            "LoginPriv": true,
            "RemoteConsolePriv": false,
            "SystemRecoveryConfigPriv": false,
            "UserConfigPriv": true,
            "VirtualMediaPriv": false,
            "VirtualPowerAndResetPriv": false,
            "iLOConfigPriv": true
        },
        "ServiceAccount": false
    });
    let v = json!({
        "AccountTypes": ["WebUI"],
        "Description": "iLO User Account",
        "Enabled": true,
        "Id": "8",
        "Name": "User Account",
        "Oem": {"Hpe": hpe.clone()},
        "Password": null,
        "PasswordChangeRequired": false,
        "RoleId": "Administrator",
        "UserName": "ilorest-appuser"
    });
    let a: ManagerAccount = typed(&v);
    modelled!(ManagerAccount, a);
    assert_eq!(a.user_name.as_deref(), Some("ilorest-appuser"));
    assert_eq!(a.role_id.as_deref(), Some("Administrator"));
    assert_eq!(a.enabled, Some(true));
    assert_eq!(a.password_change_required, Some(false));
    assert_eq!(a.id.as_deref(), Some("8"));
    assert_eq!(a.description.as_deref(), Some("iLO User Account"));
    // `Password` is null on GET: not a value, but kept for the round trip.
    assert_eq!(a.password, None);
    assert_eq!(a.extra["Password"], Value::Null);
    // AccountTypes (kept as raw JSON by the model) hold values of the schema enumeration.
    let types: Vec<String> =
        serde_json::from_value(serde_json::to_value(a.account_types.as_ref().unwrap()).unwrap())
            .unwrap();
    assert_eq!(types, ["WebUI"]);
    let allowed =
        read_json("schemas/json-schema/ManagerAccount.json")["definitions"]["AccountTypes"]["enum"]
            .clone();
    assert!(
        types
            .iter()
            .all(|t| allowed.as_array().unwrap().contains(&json!(t)))
    );

    // Oem.Hpe: untouched, and its names are those of the HpeiLOAccount schema.
    let raw = a.oem.as_ref().unwrap().raw("Hpe").unwrap();
    assert_eq!(raw, &hpe);
    let schema = hpe_schema_properties("HpeiLOAccount.v2_2_0.json");
    for k in raw.as_object().unwrap().keys() {
        assert!(schema.contains_key(k), "HpeiLOAccount has no {k}");
    }
    let privileges = raw["Privileges"].as_object().unwrap();
    let names: Vec<&String> = schema["Privileges"]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(privileges.keys().collect::<Vec<_>>(), names);
    let granted: Vec<&str> = privileges
        .iter()
        .filter(|(_, v)| v.as_bool() == Some(true))
        .map(|(k, _)| k.as_str())
        .collect();
    // The seed's minimum privileges for the iLOrest application account.
    assert_eq!(granted, ["LoginPriv", "UserConfigPriv", "iLOConfigPriv"]);
    assert_eq!(raw["ServiceAccount"], false);
    // Without `@odata.type` the fragment is not dispatched, but is kept whole.
    assert_eq!(serde_json::to_value(through_any(&v)).unwrap(), v);
}

// ---------------------------------------------------------------------------------------------
// TLS versions and weak ciphers (HpeSecurityService)
// ---------------------------------------------------------------------------------------------

// "Enable/Disable weak iLO ciphers": PATCH /redfish/v1/Managers/1/SecurityService/ enabling
// TLS 1.0 and 1.1. Purely OEM: kept verbatim.
#[test]
fn patch_enable_weak_ciphers() {
    let v = json!({
        "DisableWeakCiphers": false,
        "TLSVersion": {
            "TLS1_0": "Enabled",
            "TLS1_1": "Enabled"
        }
    });
    oem_only(&v);
    assert_eq!(v["DisableWeakCiphers"], false);
    let versions = v["TLSVersion"].as_object().unwrap();
    assert_eq!(versions.keys().collect::<Vec<_>>(), ["TLS1_0", "TLS1_1"]);
    assert!(versions.values().all(|s| s == "Enabled"));
}

// Reconstructed from the prose: iLO 6 v1.05/v1.10 answer a TLSVersion PATCH with an
// `iLO.2.15.PropertyValueBadParam` error (shape per the brief, section 6.6; the registry gives
// the message one argument).
#[test]
fn tls_version_patch_rejected_property_value_bad_param() {
    let v = json!({"error": {
        "code": "iLO.0.10.ExtendedInfo",
        "message": "See @Message.ExtendedInfo for more information.",
        "@Message.ExtendedInfo": [{
            "MessageId": "iLO.2.15.PropertyValueBadParam",
            "MessageArgs": ["TLSVersion"]
        }]
    }});
    let (e, id) = ilo_reply(&v);
    assert_eq!(id.registry(), "iLO");
    assert_eq!(id.version(), Some("2.15"));
    assert_eq!(id.key(), "PropertyValueBadParam");
    assert!(id.is("iLO", "PropertyValueBadParam"));
    assert!(e.has_message("PropertyValueBadParam"));
    assert!(!e.has_message("Success"));
    assert_eq!(registry_message(&id)["Severity"], "Warning");
    assert!(e.to_string().contains("iLO.2.15.PropertyValueBadParam"));
}

// ---------------------------------------------------------------------------------------------
// TLS/SSL certificate (HpeHttpsCert)
// ---------------------------------------------------------------------------------------------

// "Generate a Certificate Signing Request": the body the seed's Python script POSTs to
// `#HpeHttpsCert.GenerateCSR` (built from `CSR_DICT`). Corrected: Python `False` -> `false`; the
// script's extra `"Action": "HpeHttpsCert.GenerateCSR"` (iLO 4-style, not a parameter) dropped.
#[test]
fn https_cert_generate_csr_body() {
    let v = json!({
        "City": "Houston",
        "CommonName": "ilo-hostname",
        "Country": "US",
        "OrgName": "HPE",
        "OrgUnit": "Compute",
        "State": "Texas",
        "IncludeIP": false
    });
    oem_only(&v);
    assert_eq!(v["IncludeIP"], false, "many CAs reject IP SANs");
    let country = v["Country"].as_str().unwrap();
    assert!(country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase()));
    // Parameter names: those of the HpeHttpsCert schema's GenerateCSR (iLO 5 v2.70), plus
    // `IncludeIP`, which later firmware added.
    let action = &hpe_schema_properties("HpeHttpsCert.v2_0_0.json")["Actions"]["properties"]["#HpeHttpsCert.GenerateCSR"]
        ["properties"];
    let params: Vec<&str> = action
        .as_object()
        .unwrap()
        .keys()
        .filter_map(|k| k.strip_suffix("@Redfish.AllowableValues"))
        .collect();
    assert_eq!(params.len(), 6);
    let body = v.as_object().unwrap();
    assert!(params.iter().all(|p| body.contains_key(*p)));
    let extra: Vec<&String> = body
        .keys()
        .filter(|k| !params.contains(&k.as_str()))
        .collect();
    assert_eq!(extra, ["IncludeIP"]);
    // Not the DMTF action: its names (Organization, OrganizationalUnit) are not read from it.
    let dmtf: GenerateCSRRequest = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(dmtf.organization, None);
    assert_eq!(dmtf.organizational_unit, None);
    assert!(dmtf.extra.contains_key("OrgName") && dmtf.extra.contains_key("IncludeIP"));
}

// Reconstructed from the prose and the brief (section 6.4): the 200 reply of GenerateCSR is an
// `error`-shaped body carrying `iLO.2.15.GeneratingCertificate`; success is decided by status.
#[test]
fn https_cert_generate_csr_reply() {
    let v = json!({"error": {
        "code": "iLO.0.10.ExtendedInfo",
        "message": "See @Message.ExtendedInfo for more information.",
        "@Message.ExtendedInfo": [{"MessageId": "iLO.2.15.GeneratingCertificate"}]
    }});
    let (e, id) = ilo_reply(&v);
    assert_eq!(
        (id.registry(), id.version(), id.key()),
        ("iLO", Some("2.15"), "GeneratingCertificate")
    );
    assert!(e.has_message("GeneratingCertificate"));
    assert_eq!(registry_message(&id)["Severity"], "OK");
}

// Reconstructed from the prose ("Importing a signed certificate", "Sideloading certificate with
// private key"): the `#HpeHttpsCert.ImportCertificate` body, certificate and key PEM
// concatenated with `\n` line breaks. Purely OEM: kept verbatim.
#[test]
fn https_cert_import_certificate_body() {
    let pem = "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n\
               -----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n";
    let v = json!({"Certificate": pem});
    oem_only(&v);
    let action = &hpe_schema_properties("HpeHttpsCert.v2_0_0.json")["Actions"]["properties"]["#HpeHttpsCert.ImportCertificate"]
        ["properties"];
    assert!(
        action
            .as_object()
            .unwrap()
            .contains_key("Certificate@Redfish.AllowableValues")
    );
    assert!(!pem.contains('\r'));
    assert!(
        pem.len() <= 20 * 1024,
        "side-loaded cert + key are limited to 20 KB"
    );
}

// ---------------------------------------------------------------------------------------------
// iLO LDevID (DMTF CertificateService)
// ---------------------------------------------------------------------------------------------

const LDEVID_CERTIFICATES: &str = "/redfish/v1/Managers/1/SecurityService/iLOLDevID/Certificates/";

// Reconstructed from the prose ("Importing an LDevID certificate", step 1) and the brief:
// POST /redfish/v1/CertificateService/Actions/CertificateService.GenerateCSR with only the
// collection the signed certificate goes to. iLO fills the subject itself, so the DMTF-required
// `CommonName` is absent.
#[test]
fn ldevid_generate_csr_request() {
    let v = json!({"CertificateCollection": {"@odata.id": LDEVID_CERTIFICATES}});
    let r: GenerateCSRRequest = typed(&v);
    modelled!(GenerateCSRRequest, r);
    assert_eq!(
        r.certificate_collection.as_ref().unwrap().odata_id.as_str(),
        LDEVID_CERTIFICATES
    );
    assert_eq!(r.common_name, None);
    let missing: Vec<&str> = GenerateCSRRequest::REQUIRED
        .iter()
        .copied()
        .filter(|k| v.get(*k).is_none())
        .collect();
    assert_eq!(
        missing,
        ["CommonName"],
        "iLO deviates from the DMTF requirement"
    );
    let built =
        GenerateCSRRequest::default().with_certificate_collection(Link::new(LDEVID_CERTIFICATES));
    assert_eq!(serde_json::to_value(&built).unwrap(), v);
    // The collection is the one the iLO's HpeSecurityService links as `iLOLDevID.Certificates`.
    let service = read_json("mockups/hpe-ilo5-xl675d/Managers/1/SecurityService/index.json");
    assert_eq!(
        service["iLOLDevID"]["Certificates"]["@odata.id"],
        LDEVID_CERTIFICATES
    );
}

// Reconstructed from the prose ("A successful response contains the CSR as well as a link to the
// destination of the signed certificate in the CertificateCollection object").
#[test]
fn ldevid_generate_csr_response() {
    let v = json!({
        "CSRString": "-----BEGIN CERTIFICATE REQUEST-----\n...\n-----END CERTIFICATE REQUEST-----\n",
        "CertificateCollection": {"@odata.id": LDEVID_CERTIFICATES}
    });
    let r: GenerateCSRResponse = typed(&v);
    modelled!(GenerateCSRResponse, r);
    let csr = r.csr_string.as_deref().unwrap();
    assert!(csr.starts_with("-----BEGIN CERTIFICATE REQUEST-----\n"));
    assert!(!csr.contains("PRIVATE KEY"), "the service keeps the key");
    assert!(
        r.certificate_collection
            .as_ref()
            .unwrap()
            .odata_id
            .same_resource(&ODataId::new(LDEVID_CERTIFICATES))
    );
}

// Reconstructed from the prose ("Import the signed LDevID certificate ... a body containing the
// CertificateType and CertificateString properties"): POST to the LDevID collection.
#[test]
fn ldevid_import_certificate_body() {
    let v = json!({
        "CertificateType": "PEM",
        "CertificateString": "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n"
    });
    let c: Certificate = typed(&v);
    modelled!(Certificate, c);
    assert_eq!(
        serde_json::to_value(c.certificate_type.as_ref().unwrap()).unwrap(),
        "PEM"
    );
    let pem = c.certificate_string.as_deref().unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----\n") && !pem.contains('\r'));
    assert!(
        pem.len() <= 16 * 1024,
        "LDevID certificates are limited to 16 KB"
    );
    // Exactly the properties the schema requires on create.
    let schema = read_json("schemas/json-schema/Certificate.v1_11_0.json");
    let required: BTreeSet<&str> = schema["definitions"]["Certificate"]["requiredOnCreate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let keys: BTreeSet<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, required);
    // Built with the typed model.
    let mut body = Certificate::default();
    body.certificate_type = Some("PEM".into());
    body.certificate_string =
        Some("-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n".into());
    assert_eq!(serde_json::to_value(&body).unwrap(), v);
    assert_eq!(Certificate::SCHEMA, "Certificate");
}

// Reconstructed from the brief (section 6.5): iLO answers the LDevID import with
// `Base.1.18.Created` inside an `error` wrapper.
#[test]
fn ldevid_import_created_reply() {
    let v = json!({"error": {
        "code": "iLO.0.10.ExtendedInfo",
        "message": "See @Message.ExtendedInfo for more information.",
        "@Message.ExtendedInfo": [{"MessageId": "Base.1.18.Created"}]
    }});
    let (e, id) = ilo_reply(&v);
    assert_eq!(
        (id.registry(), id.version(), id.key()),
        ("Base", Some("1.18"), "Created")
    );
    assert!(id.is("Base", "Created"));
    assert!(e.has_message("Created"));
    assert_eq!(registry_message(&id)["MessageSeverity"], "OK");
}
