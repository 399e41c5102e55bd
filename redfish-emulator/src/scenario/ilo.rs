//! The `ilo` scenario: an HPE iLO 6 (or iLO 7) manager following the HPE security service
//! documentation (seed `000_...`) and the iLO 5 capture in `testdata/mockups` (and `REDFISH_MOCKUPS`).
//!
//! Behaviours: SecurityState transitions (iLO 5/6: Production <-> HighSecurity,
//! Production|HighSecurity -> FIPS, FIPS -> CNSA; iLO 7: SecureStandard -> FIPS -> CNSA; nothing
//! leaves FIPS, Wipe is never settable) answered with iLO-style `error` bodies; TLSVersion and
//! DisableWeakCiphers changeable only in Production; RequireHostAuthentication forced true in
//! FIPS (iLO 6 only); HttpsCert GenerateCSR (CSR appears after a time-scaled delay) and
//! ImportCertificate (with the seed's checks); iLO LDevID import; application accounts.

use std::collections::HashMap;
use std::sync::Arc;

use axum::http::{StatusCode, header};
use der::asn1::ObjectIdentifier;
use serde_json::{Map, Value, json};

use super::Built;
use super::common::{self, RootOptions, collection, uuid};
use crate::Error;
use crate::auth::{ACCOUNTS, Principal};
use crate::certs::{self, Ca, KeyKind};
use crate::messages::ilo_body;
use crate::reply::Reply;
use crate::state::{Flavor, Inner, State};
use crate::tls::Identity;
use crate::tree::{Tree, normalize, odata_type};
use crate::util::link;

/// The HPE HttpsCert resource.
pub(crate) const HTTPS_CERT: &str = "/redfish/v1/Managers/1/SecurityService/HttpsCert";
const MANAGER: &str = "/redfish/v1/Managers/1";
const SECURITY: &str = "/redfish/v1/Managers/1/SecurityService";
const ENROLLMENT: &str = "/redfish/v1/Managers/1/SecurityService/AutomaticCertificateEnrollment";
const APP_ACCOUNTS: &str = "/redfish/v1/AccountService/Oem/Hpe/AppAccounts";
const LDEVID: &str = "/redfish/v1/Managers/1/SecurityService/iLOLDevID/Certificates";
/// Factory-provisioned identities: read-only collections.
const FACTORY: [&str; 4] = ["iLOIDevID", "SystemIDevID", "SystemIAK", "PlatformCert"];
/// Simulated time iLO takes to produce a CSR (real iLOs take up to 10 minutes).
const CSR_SECONDS: f64 = 20.0;
const SKU: &str = "P52534-B21";
const SERIAL: &str = "CZ2D1A0B7C";
/// Made-up PCA (system board) part and serial numbers, which iLO 6 >= 1.60 writes into its
/// IEEE 802.1AR LDevID CSRs.
const PCA_PART: &str = "P54411-001";
const PCA_SERIAL: &str = "PWJQK0CRHEV0BX";
/// The fixed `hwType` of iLO 6 LDevIDs (seed: "iLO LDevID CSR format").
const ILO6_LDEVID_HW_TYPE: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.3.6.1.4.1.47196.6.3.2.2");

fn ilo_error(status: StatusCode, id: &str, args: &[&str]) -> Reply {
    let mut body = ilo_body(&[id]);
    body["error"]["@Message.ExtendedInfo"][0]["MessageArgs"] = json!(args);
    Reply::json(status, body)
}

fn bad_param(prop: &str) -> Reply {
    ilo_error(
        StatusCode::BAD_REQUEST,
        "iLO.2.15.PropertyValueBadParam",
        &[prop],
    )
}

fn import_failed() -> Reply {
    ilo_error(
        StatusCode::BAD_REQUEST,
        "iLO.2.15.ImportCertificateFailed",
        &[],
    )
}

/// HPE privilege flags of a role.
fn privileges(role: &str) -> Value {
    let all = role == "Administrator";
    let op = role == "Operator";
    json!({
        "HostBIOSConfigPriv": all || op,
        "HostNICConfigPriv": all || op,
        "HostStorageConfigPriv": all || op,
        "LoginPriv": true,
        "RemoteConsolePriv": all || op,
        "SystemRecoveryConfigPriv": all,
        "UserConfigPriv": all,
        "VirtualMediaPriv": all || op,
        "VirtualPowerAndResetPriv": all || op,
        "iLOConfigPriv": all
    })
}

/// Adds `Oem.Hpe` (LoginName, Privileges) to an account body.
pub(crate) fn decorate_account(account: &mut Value, body: &Map<String, Value>) {
    let role = account["RoleId"].as_str().unwrap_or("ReadOnly").to_owned();
    let user = account["UserName"].as_str().unwrap_or_default().to_owned();
    let requested = body.get("Oem").and_then(|o| o.get("Hpe"));
    let mut privs = privileges(&role);
    if let (Some(Value::Object(req)), Value::Object(p)) =
        (requested.and_then(|h| h.get("Privileges")), &mut privs)
    {
        for (k, v) in req {
            if p.contains_key(k) && v.is_boolean() {
                p.insert(k.clone(), v.clone());
            }
        }
    }
    let login = requested
        .and_then(|h| h.get("LoginName"))
        .and_then(Value::as_str)
        .unwrap_or(&user)
        .to_owned();
    account["Oem"] = json!({"Hpe": {
        "@odata.type": "#HpeiLOAccount.v2_2_0.HpeiLOAccount",
        "LoginName": login,
        "Privileges": privs,
        "ServiceAccount": false
    }});
    account["AccountTypes"] = json!(["Redfish", "WebUI", "HostConsole"]);
}

fn allowable_states(generation: u8, state: &str) -> Vec<&'static str> {
    match (generation, state) {
        (7, "SecureStandard") => vec!["SecureStandard", "FIPS"],
        (_, "Production") | (_, "HighSecurity") => vec!["Production", "HighSecurity", "FIPS"],
        (_, "FIPS") => vec!["FIPS", "CNSA"],
        (_, "CNSA") => vec!["CNSA"],
        _ => vec![],
    }
}

/// Whether `from -> to` is a transition the iLO generation accepts.
pub(crate) fn transition_allowed(generation: u8, from: &str, to: &str) -> bool {
    if from == to {
        return to != "Wipe";
    }
    match generation {
        7 => matches!((from, to), ("SecureStandard", "FIPS") | ("FIPS", "CNSA")),
        _ => matches!(
            (from, to),
            ("Production", "HighSecurity")
                | ("HighSecurity", "Production")
                | ("Production", "FIPS")
                | ("HighSecurity", "FIPS")
                | ("FIPS", "CNSA")
        ),
    }
}

fn is_fips_or_higher(state: &str) -> bool {
    matches!(state, "FIPS" | "CNSA" | "SuiteB")
}

fn security_state(tree: &Tree) -> String {
    tree.get(SECURITY)
        .and_then(|s| s.get("SecurityState"))
        .and_then(Value::as_str)
        .unwrap_or("Production")
        .to_owned()
}

fn enrollment_enabled(tree: &Tree) -> bool {
    tree.get(ENROLLMENT)
        .and_then(|e| e.get("AutomaticCertificateEnrollmentSettings"))
        .and_then(|s| s.get("ServiceEnabled"))
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

fn cert_collection(tree: &mut Tree, name: &str, description: &str) -> String {
    let path = format!("{SECURITY}/{name}/Certificates");
    tree.put(
        &path,
        json!({
            "@odata.type": "#CertificateCollection.CertificateCollection",
            "Name": description,
            "Description": description,
            "Members": [],
            "Members@odata.count": 0
        }),
    );
    path
}

fn err(e: String) -> Error {
    Error::Tls(format!("certificate generation: {e}"))
}

/// Builds the iLO scenario for generation 6 or 7.
pub(crate) fn build(generation: u8) -> Result<Built, Error> {
    let gen7 = generation >= 7;
    let model = if gen7 { "iLO 7" } else { "iLO 6" };
    let (major, minor) = if gen7 { (1, 14) } else { (1, 62) };
    let fw = format!("{model} v{major}.{minor:02}");
    let mut tree = Tree::default();
    let mut passwords = HashMap::new();

    common::service_root(
        &mut tree,
        RootOptions {
            name: "HPE RESTful Root Service",
            product: "ProLiant DL380 Gen11",
            vendor: "HPE",
            uuid: uuid("ilo-root"),
            extra: json!({
                "Oem": {"Hpe": {
                    "@odata.type": "#HpeiLOServiceExt.v2_3_0.HpeiLOServiceExt",
                    "Manager": [{
                        "DefaultLanguage": "en",
                        "FQDN": "ilo-cz2d1a0b7c.example.com",
                        "HostName": "ILOCZ2D1A0B7C",
                        "ManagerFirmwareVersion": format!("{major}.{minor:02}"),
                        "ManagerType": model
                    }],
                    "Moniker": {
                        "BMC": "iLO",
                        "PRODABR": "iLO",
                        "PRODFAM": "Integrated Lights-Out",
                        "PRODGEN": model,
                        "PRODNAM": format!("Integrated Lights-Out {}", &model[4..]),
                        "PRODTAG": format!("HPE {model}"),
                        "VENDABR": "HPE",
                        "VENDNAM": "Hewlett-Packard Enterprise"
                    }
                }}
            }),
        },
    );
    common::session_service(&mut tree);
    common::account_service(&mut tree, &mut passwords);
    for (path, account) in crate::auth::accounts(&tree) {
        let mut account = account;
        decorate_account(&mut account, &Map::new());
        tree.put(&path, account);
    }
    tree.update("/redfish/v1/AccountService", |a| {
        a.insert(
            "Oem".into(),
            json!({"Hpe": {
                "@odata.type": "#HpeiLOAccountService.v2_3_0.HpeiLOAccountService",
                "AuthFailureDelayTimeSeconds": 10,
                "AuthFailureLoggingThreshold": 3,
                "AuthFailuresBeforeDelay": 1,
                "EnforcePasswordComplexity": false,
                "MinPasswordLength": 8,
                "AppAccounts": link(APP_ACCOUNTS)
            }}),
        );
    });
    let mut app_members = Vec::new();
    for (id, name, app_id) in [
        ("65605", "AMS", "0f9e8d7cfea0"),
        ("65606", "iLORest", "a1b2c3d400b5"),
    ] {
        let path = format!("{APP_ACCOUNTS}/{id}");
        tree.put(
            &path,
            app_account(id, name, app_id, privileges("Administrator")),
        );
        app_members.push(path);
    }
    collection(
        &mut tree,
        APP_ACCOUNTS,
        "HpeiLOAppAccountCollection",
        "Application Accounts",
        &app_members,
    );

    common::task_service(&mut tree);
    common::registries(&mut tree);
    common::event_service(&mut tree);
    common::certificate_service(&mut tree, &["TPM_ALG_ECDSA"]);
    // iLO fills the LDevID CSR subject itself: CommonName is optional here (brief 6.5).
    tree.update(
        "/redfish/v1/CertificateService/GenerateCSRActionInfo",
        |i| {
            if let Some(Value::Array(params)) = i.get_mut("Parameters") {
                for p in params {
                    if p["Name"] == "CommonName" {
                        p["Required"] = json!(false);
                    }
                }
            }
        },
    );

    // Manager.
    let mut hpe = json!({
        "@odata.type": "#HpeiLO.v2_8_1.HpeiLO",
        "Firmware": {"Current": {
            "Date": "Mar 14 2025",
            "DebugBuild": false,
            "MajorVersion": major,
            "MinorVersion": minor,
            "VersionString": fw
        }},
        "VirtualNICEnabled": true,
        "IdleConnectionTimeoutMinutes": 30,
        "Links": {
            "SecurityService": link(SECURITY)
        }
    });
    if !gen7 {
        hpe["RequireHostAuthentication"] = json!(false);
    }
    tree.put(
        MANAGER,
        json!({
            "@odata.type": "#Manager.v1_5_1.Manager",
            "Id": "1",
            "Name": "Manager",
            "ManagerType": "BMC",
            "Model": model,
            "FirmwareVersion": fw,
            "UUID": uuid("ilo-manager"),
            "DateTime": crate::util::now_rfc3339(),
            "DateTimeLocalOffset": "+00:00",
            "Status": {"State": "Enabled", "Health": "OK"},
            "Links": {
                "ManagerForServers": [link("/redfish/v1/Systems/1")],
                "ManagerForChassis": [link("/redfish/v1/Chassis/1")],
                "ManagerInChassis": link("/redfish/v1/Chassis/1")
            },
            "Actions": {
                "#Manager.Reset": {
                    "target": format!("{MANAGER}/Actions/Manager.Reset"),
                    "ResetType@Redfish.AllowableValues": ["ForceRestart", "GracefulRestart"]
                }
            },
            "Oem": {"Hpe": hpe}
        }),
    );
    collection(
        &mut tree,
        "/redfish/v1/Managers",
        "ManagerCollection",
        "Managers",
        &[MANAGER.to_owned()],
    );

    // Security service.
    let state = if gen7 { "SecureStandard" } else { "Production" };
    let mut links = json!({
        "HttpsCert": link(HTTPS_CERT)
    });
    if !gen7 {
        links["AutomaticCertificateEnrollment"] = link(ENROLLMENT);
    }
    let mut security = json!({
        "@odata.type": "#HpeSecurityService.v2_6_0.HpeSecurityService",
        "Id": "SecurityService",
        "Name": "Security Service",
        "CurrentCipher": "ECDHE-RSA-AES256-GCM-SHA384",
        "SecurityState": state,
        "SecurityState@Redfish.AllowableValues": allowable_states(generation, state),
        "TLSVersion": {"TLS1_0": "Disabled", "TLS1_1": "Disabled", "TLS1_2": "Enabled"},
        "DisableWeakCiphers": gen7,
        "ComponentIntegrityPolicy": "NoPolicy",
        "GlobalComponentIntegrity": "Disabled",
        "LoginSecurityBanner": {"IsEnabled": false},
        "SSHHostKey": "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABh",
        "Links": links
    });
    let ca = Ca::new("HPE iLO Factory Identity CA", "Hewlett Packard Enterprise").map_err(err)?;
    for (name, description, usage) in [
        ("iLOIDevID", "iLO IDevID Certificate Collection", "IDevID"),
        ("iLOLDevID", "iLO LDevID Certificate Collection", "LDevID"),
        (
            "SystemIDevID",
            "System IDevID Certificate Collection",
            "IDevID",
        ),
        ("SystemIAK", "System IAK Certificate Collection", "IAK"),
        (
            "PlatformCert",
            "Platform Certificate Collection",
            "Platform",
        ),
    ] {
        let coll = cert_collection(&mut tree, name, description);
        security[name] = json!({"Certificates": link(&coll)});
        if name == "iLOLDevID" {
            continue;
        }
        let pem = ca
            .issue(
                &format!("{SKU} {SERIAL}"),
                "Hewlett Packard Enterprise",
                false,
                false,
            )
            .map_err(err)?;
        let path = format!("{coll}/1");
        tree.put(
            &path,
            certs::certificate_resource(&path, "1", &pem, &[usage]).map_err(err)?,
        );
        tree.add_member(&coll, &path);
    }
    tree.put(SECURITY, security);
    tree.put(
        HTTPS_CERT,
        json!({
            "@odata.type": "#HpeHttpsCert.v2_0_0.HpeHttpsCert",
            "Id": "HttpsCert",
            "Name": "HTTPS Certificate",
            "CertificateSigningRequest": null,
            "X509CertificateInformation": {},
            "Actions": {
                "#HpeHttpsCert.GenerateCSR": {
                    "target": format!("{HTTPS_CERT}/Actions/HpeHttpsCert.GenerateCSR")
                },
                "#HpeHttpsCert.ImportCertificate": {
                    "target": format!("{HTTPS_CERT}/Actions/HpeHttpsCert.ImportCertificate")
                }
            }
        }),
    );
    if !gen7 {
        tree.put(
            ENROLLMENT,
            json!({
                "@odata.type": "#HpeAutomaticCertEnrollment.v1_0_0.HpeAutomaticCertEnrollment",
                "Id": "AutomaticCertificateEnrollment",
                "Name": "Automatic Certificate Enrollment",
                "AutomaticCertificateEnrollmentSettings": {
                    "CACertificateName": "Unavailable",
                    "CertificateEnrollmentStatus": "Disabled",
                    "ChallengePassword": null,
                    "ServerUrl": "",
                    "ServiceEnabled": false
                },
                "HttpsCertCSRSubjectValue": {
                    "City": "Houston",
                    "CommonName": "ILOCZ2D1A0B7C",
                    "Country": "US",
                    "IncludeIP": false,
                    "OrgName": "Hewlett Packard Enterprise",
                    "OrgUnit": "ISS",
                    "State": "Texas"
                }
            }),
        );
    }

    // Server.
    tree.put(
        "/redfish/v1/Systems/1",
        json!({
            "@odata.type": "#ComputerSystem.v1_13_0.ComputerSystem",
            "Id": "1",
            "Name": "Computer System",
            "SystemType": "Physical",
            "Manufacturer": "HPE",
            "Model": "ProLiant DL380 Gen11",
            "SKU": SKU,
            "SerialNumber": SERIAL,
            "UUID": uuid("ilo-system"),
            "BiosVersion": "U54 v1.40 (03/14/2024)",
            "PowerState": "On",
            "IndicatorLED": "Off",
            "Status": {"State": "Enabled", "Health": "OK", "HealthRollup": "OK"},
            "ProcessorSummary": {"Count": 2, "Model": "Intel(R) Xeon(R) Gold 6430", "Status": {"HealthRollup": "OK"}},
            "MemorySummary": {"TotalSystemMemoryGiB": 512, "Status": {"HealthRollup": "OK"}},
            "Boot": {
                "BootSourceOverrideEnabled": "Disabled",
                "BootSourceOverrideTarget": "None",
                "BootSourceOverrideTarget@Redfish.AllowableValues": ["None", "Cd", "Hdd", "Usb", "SDCard", "Utilities", "Diags", "BiosSetup", "Pxe", "UefiShell", "UefiHttp", "UefiTarget"],
                "BootSourceOverrideMode": "UEFI"
            },
            "Links": {
                "Chassis": [link("/redfish/v1/Chassis/1")],
                "ManagedBy": [link(MANAGER)]
            },
            "Actions": {
                "#ComputerSystem.Reset": {
                    "target": "/redfish/v1/Systems/1/Actions/ComputerSystem.Reset",
                    "ResetType@Redfish.AllowableValues": ["On", "ForceOff", "GracefulShutdown", "ForceRestart", "Nmi", "PushPowerButton", "GracefulRestart"]
                }
            }
        }),
    );
    collection(
        &mut tree,
        "/redfish/v1/Systems",
        "ComputerSystemCollection",
        "Computer Systems",
        &["/redfish/v1/Systems/1".into()],
    );
    tree.put(
        "/redfish/v1/Chassis/1",
        json!({
            "@odata.type": "#Chassis.v1_10_0.Chassis",
            "Id": "1",
            "Name": "Computer System Chassis",
            "ChassisType": "RackMount",
            "Manufacturer": "HPE",
            "Model": "ProLiant DL380 Gen11",
            "SKU": SKU,
            "SerialNumber": SERIAL,
            "PowerState": "On",
            "IndicatorLED": "Off",
            "Status": {"State": "Enabled", "Health": "OK"},
            "Links": {
                "ComputerSystems": [link("/redfish/v1/Systems/1")],
                "ManagedBy": [link(MANAGER)]
            }
        }),
    );
    collection(
        &mut tree,
        "/redfish/v1/Chassis",
        "ChassisCollection",
        "Chassis",
        &["/redfish/v1/Chassis/1".into()],
    );

    let push = "/cgi-bin/uploadFile";
    let inventory = vec![
        common::software_inventory(
            &mut tree,
            "1",
            &format!("{model} Firmware"),
            &format!("{major}.{minor:02}"),
            &[MANAGER],
        ),
        common::software_inventory(
            &mut tree,
            "2",
            "System ROM",
            "U54 v1.40",
            &["/redfish/v1/Systems/1"],
        ),
    ];
    common::update_service(&mut tree, push, &inventory, 64 * 1024 * 1024);

    Ok(Built {
        tree,
        passwords,
        flavor: Flavor::Ilo(generation),
        push_uri: Some(push.to_owned()),
        metadata: None,
    })
}

fn app_account(id: &str, name: &str, app_id: &str, privileges: Value) -> Value {
    let tail = &app_id[app_id.len().saturating_sub(4)..];
    json!({
        "@odata.id": format!("{APP_ACCOUNTS}/{id}"),
        "@odata.type": "#HpeiLOAppAccount.v1_0_0.HpeiLOAppAccount",
        "Id": id,
        "Name": "Application Account",
        "Description": format!("Application account of {name}"),
        // iLO never shows the whole host application id.
        "HostAppId": format!("**{tail}"),
        "HostAppName": name,
        "Privileges": privileges
    })
}

/// `X509CertificateInformation` from a parsed certificate, in iLO's flat string style.
fn x509_information(props: &Map<String, Value>) -> Value {
    let flat = |id: &Value| {
        let parts = [
            ("CN", "CommonName"),
            ("O", "Organization"),
            ("OU", "OrganizationalUnit"),
            ("L", "City"),
            ("ST", "State"),
            ("C", "Country"),
        ];
        parts
            .iter()
            .filter_map(|(short, long)| {
                id.get(*long)
                    .and_then(Value::as_str)
                    .map(|v| format!("{short} = {v}"))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let date = |k: &str| {
        props
            .get(k)
            .and_then(Value::as_str)
            .map(|d| d.replace("+00:00", "Z"))
            .unwrap_or_default()
    };
    json!({
        "Issuer": flat(props.get("Issuer").unwrap_or(&Value::Null)),
        "Subject": flat(props.get("Subject").unwrap_or(&Value::Null)),
        "SerialNumber": props.get("SerialNumber").and_then(Value::as_str).unwrap_or_default().to_ascii_lowercase(),
        "ValidNotBefore": date("ValidNotBefore"),
        "ValidNotAfter": date("ValidNotAfter")
    })
}

/// Fills HttpsCert from the emulator's actual TLS certificate.
pub(crate) fn finish(inner: &mut Inner, identity: &Identity) {
    if let Ok(parsed) = certs::parse_certificate(&identity.cert_pem) {
        let info = x509_information(&parsed.properties);
        inner.stash.insert("ilo.self-signed".into(), info.clone());
        inner.tree.update(HTTPS_CERT, |h| {
            h.insert("X509CertificateInformation".into(), info);
        });
    }
}

fn changed(body: &Map<String, Value>, current: &Value, key: &str) -> bool {
    body.get(key).is_some_and(|v| current.get(key) != Some(v))
}

/// iLO rules checked before the schema: security state transitions, TLS settings, host
/// authentication, automatic enrollment.
pub(crate) fn patch_rules(
    generation: u8,
    inner: &Inner,
    key: &str,
    current: &Value,
    body: &Map<String, Value>,
) -> Result<(), Reply> {
    let ty = odata_type(current).unwrap_or("");
    if ty.starts_with("HpeSecurityService.") {
        let from = current
            .get("SecurityState")
            .and_then(Value::as_str)
            .unwrap_or("Production");
        if let Some(to) = body.get("SecurityState") {
            let Some(to) = to.as_str() else {
                return Err(bad_param("SecurityState"));
            };
            if !transition_allowed(generation, from, to) {
                return Err(bad_param("SecurityState"));
            }
        }
        let tls_change = body.get("TLSVersion").is_some_and(|t| {
            t.as_object()
                .map(|o| {
                    o.iter()
                        .any(|(k, v)| current["TLSVersion"].get(k) != Some(v))
                })
                .unwrap_or(true)
        });
        if (tls_change || changed(body, current, "DisableWeakCiphers")) && from != "Production" {
            let prop = if tls_change {
                "TLSVersion"
            } else {
                "DisableWeakCiphers"
            };
            return Err(bad_param(prop));
        }
        // With weak ciphers disabled, TLS 1.0/1.1 cannot be enabled.
        let weak_disabled = body
            .get("DisableWeakCiphers")
            .and_then(Value::as_bool)
            .unwrap_or_else(|| current["DisableWeakCiphers"].as_bool().unwrap_or(false));
        let enables_old = ["TLS1_0", "TLS1_1"].iter().any(|v| {
            body.get("TLSVersion")
                .and_then(|t| t.get(*v))
                .and_then(Value::as_str)
                == Some("Enabled")
        });
        if weak_disabled && enables_old {
            return Err(bad_param("TLSVersion"));
        }
    }
    if normalize(key) == MANAGER {
        let rha = body
            .get("Oem")
            .and_then(|o| o.get("Hpe"))
            .and_then(|h| h.get("RequireHostAuthentication"));
        if let Some(v) = rha {
            if generation >= 7 {
                return Err(ilo_error(
                    StatusCode::BAD_REQUEST,
                    "iLO.2.15.PropertyNotWritableOrUnknown",
                    &["RequireHostAuthentication"],
                ));
            }
            if !v.is_boolean()
                || (is_fips_or_higher(&security_state(&inner.tree)) && v == &json!(false))
            {
                return Err(bad_param("RequireHostAuthentication"));
            }
        }
    }
    if ty.starts_with("HpeAutomaticCertEnrollment.") {
        let enabling = body
            .get("AutomaticCertificateEnrollmentSettings")
            .and_then(|s| s.get("ServiceEnabled"))
            .and_then(Value::as_bool)
            == Some(true);
        if enabling && security_state(&inner.tree) == "CNSA" {
            return Err(ilo_error(
                StatusCode::BAD_REQUEST,
                "iLO.2.15.UnsupportedSecurityState",
                &[],
            ));
        }
    }
    Ok(())
}

/// Properties iLO accepts although the (iLO 5) schema marks them differently.
pub(crate) fn extra_writable(current: &Value) -> &'static [&'static str] {
    let ty = odata_type(current).unwrap_or("");
    if ty.starts_with("HpeAutomaticCertEnrollment.") {
        &[
            "/AutomaticCertificateEnrollmentSettings/ServiceEnabled",
            "/AutomaticCertificateEnrollmentSettings/ServerUrl",
            "/AutomaticCertificateEnrollmentSettings/ChallengePassword",
        ]
    } else {
        &[]
    }
}

/// Side effects of iLO PATCHes.
pub(crate) fn after_patch(
    _state: &Arc<State>,
    generation: u8,
    inner: &mut Inner,
    _key: &str,
    current: &Value,
    updated: &mut Map<String, Value>,
    body: &Map<String, Value>,
) {
    let ty = odata_type(current).unwrap_or("");
    if ty.starts_with("HpeSecurityService.") {
        let new_state = updated
            .get("SecurityState")
            .and_then(Value::as_str)
            .unwrap_or("Production")
            .to_owned();
        if new_state != "Production" {
            // Higher states disable the weak protocols.
            if let Some(Value::Object(tls)) = updated.get_mut("TLSVersion") {
                tls.insert("TLS1_0".into(), json!("Disabled"));
                tls.insert("TLS1_1".into(), json!("Disabled"));
            }
        }
        if is_fips_or_higher(&new_state) {
            updated.insert("DisableWeakCiphers".into(), json!(true));
            if generation < 7 {
                inner.tree.update(MANAGER, |m| {
                    if let Some(Value::Object(hpe)) =
                        m.get_mut("Oem").and_then(|o| o.get_mut("Hpe"))
                    {
                        hpe.insert("RequireHostAuthentication".into(), json!(true));
                    }
                });
            }
        }
        if updated.get("DisableWeakCiphers").and_then(Value::as_bool) == Some(true)
            && let Some(Value::Object(tls)) = updated.get_mut("TLSVersion")
        {
            tls.insert("TLS1_0".into(), json!("Disabled"));
            tls.insert("TLS1_1".into(), json!("Disabled"));
        }
        updated.insert(
            "SecurityState@Redfish.AllowableValues".into(),
            json!(allowable_states(generation, &new_state)),
        );
        let _ = body;
    }
    if ty.starts_with("HpeAutomaticCertEnrollment.")
        && let Some(Value::Object(settings)) =
            updated.get_mut("AutomaticCertificateEnrollmentSettings")
    {
        let on = settings.get("ServiceEnabled").and_then(Value::as_bool) == Some(true);
        settings.insert(
            "CertificateEnrollmentStatus".into(),
            json!(if on { "InProgress" } else { "Disabled" }),
        );
        // The challenge password is write-only.
        settings.insert("ChallengePassword".into(), Value::Null);
    }
}

/// The body iLO answers a successful PATCH with.
pub(crate) fn patch_reply(current: &Value, body: &Map<String, Value>) -> Value {
    let ty = odata_type(current).unwrap_or("");
    let resets = ty.starts_with("HpeSecurityService.")
        && (changed(body, current, "SecurityState")
            || changed(body, current, "DisableWeakCiphers"));
    if resets {
        ilo_body(&["iLO.2.15.ResetInProgress"])
    } else if ty.starts_with("HpeSecurityService.") && body.contains_key("TLSVersion") {
        ilo_body(&["iLO.2.15.ResetRequired"])
    } else {
        ilo_body(&["Base.1.18.Success"])
    }
}

/// True for the HPE HttpsCert resource (DELETE regenerates the self-signed certificate).
pub(crate) fn is_https_cert(tree: &Tree, path: &str) -> bool {
    tree.get(path)
        .and_then(odata_type)
        .map(|t| t.starts_with("HpeHttpsCert."))
        .unwrap_or(false)
}

/// Factory-provisioned identity collections accept neither POST nor DELETE.
pub(crate) fn is_factory_identity(path: &str) -> bool {
    let p = normalize(path);
    FACTORY.iter().any(|f| {
        p.contains(&format!("/SecurityService/{f}/"))
            || p.ends_with(&format!("/SecurityService/{f}/Certificates"))
    })
}

/// DELETE of HttpsCert: back to the self-signed certificate (refused while enrolled).
pub(crate) fn delete_hook(state: &Arc<State>, path: &str) -> Option<Reply> {
    let mut inner = state.lock();
    if !is_https_cert(&inner.tree, path) {
        return None;
    }
    if enrollment_enabled(&inner.tree) {
        return Some(ilo_error(
            StatusCode::BAD_REQUEST,
            "iLO.2.15.PropertyValueBadParam",
            &["AutomaticCertificateEnrollment"],
        ));
    }
    // The self-signed certificate comes back.
    let default = inner
        .stash
        .get("ilo.self-signed")
        .cloned()
        .unwrap_or(Value::Null);
    inner.tree.update(path, |h| {
        h.insert("CertificateSigningRequest".into(), Value::Null);
        h.insert("X509CertificateInformation".into(), default);
    });
    inner.csr_keys.remove(HTTPS_CERT);
    Some(Reply::json(
        StatusCode::OK,
        ilo_body(&["iLO.2.15.ResetInProgress"]),
    ))
}

fn param<'a>(params: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    params
        .get(k)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// `#HpeHttpsCert.GenerateCSR`: answers at once; the CSR appears after a (time-scaled) delay.
pub(crate) fn https_generate_csr(
    state: &Arc<State>,
    res: &str,
    params: &Map<String, Value>,
) -> Reply {
    for required in ["OrgName", "CommonName", "Country", "State", "City"] {
        if param(params, required).is_none() {
            return ilo_error(
                StatusCode::BAD_REQUEST,
                "Base.1.18.ActionParameterMissing",
                &["HpeHttpsCert.GenerateCSR", required],
            );
        }
    }
    let known = [
        "OrgName",
        "OrgUnit",
        "CommonName",
        "Country",
        "State",
        "City",
        "IncludeIP",
        "Action",
    ];
    if let Some(unknown) = params
        .keys()
        .find(|k| !k.contains('@') && !known.contains(&k.as_str()))
    {
        return ilo_error(
            StatusCode::BAD_REQUEST,
            "Base.1.18.ActionParameterUnknown",
            &["HpeHttpsCert.GenerateCSR", unknown],
        );
    }
    let include_ip = params
        .get("IncludeIP")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let cn = param(params, "CommonName").unwrap_or_default().to_owned();
    let mut alt = vec![cn.clone()];
    if include_ip {
        alt.push("192.0.2.20".into());
    }
    let cnsa = security_state(&state.lock().tree) == "CNSA";
    let req = certs::CsrRequest {
        common_name: cn,
        organization: param(params, "OrgName").map(str::to_owned),
        organizational_unit: param(params, "OrgUnit").map(str::to_owned),
        city: param(params, "City").map(str::to_owned),
        state: param(params, "State").map(str::to_owned),
        country: param(params, "Country").map(str::to_owned),
        email: None,
        alternative_names: alt,
        p384: cnsa,
        ..certs::CsrRequest::default()
    };
    let Ok((csr, key)) = certs::generate_csr(&req) else {
        return bad_param("CommonName");
    };
    let res = normalize(res);
    {
        let mut inner = state.lock();
        // A new CSR invalidates the previous key: its signed certificate can no longer be imported.
        inner.csr_keys.insert(HTTPS_CERT.to_owned(), key.clone());
        inner.tree.update(&res, |h| {
            h.insert("CertificateSigningRequest".into(), Value::Null);
        });
    }
    let delay = state.config.scaled(CSR_SECONDS);
    let st = Arc::clone(state);
    tokio::spawn(async move {
        tokio::time::sleep(delay).await;
        let mut inner = st.lock();
        if inner.csr_keys.get(HTTPS_CERT) == Some(&key) {
            inner.tree.update(&res, |h| {
                h.insert("CertificateSigningRequest".into(), json!(csr));
            });
        }
    });
    Reply::json(
        StatusCode::OK,
        ilo_body(&["iLO.2.15.GeneratingCertificate"]),
    )
}

/// `#HpeHttpsCert.ImportCertificate`: a signed certificate for the pending CSR, or a
/// certificate with its private key (side-loading, iLO 6 >= 1.30).
pub(crate) fn https_import(state: &Arc<State>, res: &str, params: &Map<String, Value>) -> Reply {
    let Some(text) = params.get("Certificate").and_then(Value::as_str) else {
        return ilo_error(
            StatusCode::BAD_REQUEST,
            "Base.1.18.ActionParameterMissing",
            &["HpeHttpsCert.ImportCertificate", "Certificate"],
        );
    };
    let mut inner = state.lock();
    if enrollment_enabled(&inner.tree) {
        return import_failed();
    }
    if text.len() > 20 * 1024 {
        return import_failed();
    }
    let Ok(bundle) = certs::split_pem(text) else {
        return import_failed();
    };
    let Some(first) = bundle.certificates.first() else {
        return import_failed();
    };
    let Ok(parsed) = certs::parse_certificate(first) else {
        return import_failed();
    };
    let cnsa = security_state(&inner.tree) == "CNSA";
    match &bundle.private_key {
        Some(key) => {
            let Ok(spki) = certs::private_key_spki(key) else {
                return import_failed();
            };
            if spki != parsed.spki_der {
                return import_failed();
            }
            let key_ok = if cnsa {
                parsed.key.is_p384()
            } else {
                matches!(parsed.key, KeyKind::Rsa { bits } if (1024..=2048).contains(&bits))
            };
            if !key_ok {
                return import_failed();
            }
        }
        None => {
            let matches = inner
                .csr_keys
                .get(HTTPS_CERT)
                .and_then(|k| certs::private_key_spki(k).ok())
                .map(|spki| spki == parsed.spki_der)
                .unwrap_or(false);
            if !matches {
                return import_failed();
            }
        }
    }
    let info = x509_information(&parsed.properties);
    inner.tree.update(&normalize(res), |h| {
        h.insert("X509CertificateInformation".into(), info);
        h.insert("CertificateSigningRequest".into(), Value::Null);
    });
    inner.csr_keys.remove(HTTPS_CERT);
    Reply::json(
        StatusCode::OK,
        ilo_body(&["iLO.2.15.ImportCertSuccessfuliLOResetinProgress"]),
    )
}

/// Checks of an iLO LDevID import (brief 6.5): size, key match with the CSR, FIPS algorithms.
pub(crate) fn check_ldevid(
    inner: &Inner,
    coll: &str,
    parsed: &certs::ParsedCert,
    text: &str,
) -> Result<(), Reply> {
    if normalize(coll) != LDEVID {
        return Ok(());
    }
    if text.len() > 16 * 1024 {
        return Err(import_failed());
    }
    let matches = inner
        .csr_keys
        .get(LDEVID)
        .and_then(|k| certs::private_key_spki(k).ok())
        .map(|spki| spki == parsed.spki_der)
        .unwrap_or(false);
    if !matches {
        return Err(import_failed());
    }
    let alg = parsed
        .properties
        .get("SignatureAlgorithm")
        .and_then(Value::as_str)
        .unwrap_or("");
    let fips = [
        "sha256WithRSAEncryption",
        "sha384WithRSAEncryption",
        "sha512WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
    ];
    if !fips.contains(&alg) {
        return Err(import_failed());
    }
    Ok(())
}

/// The subject iLO puts in LDevID CSRs.
///
/// iLO 6 from 1.60 on (the scenario runs 1.62) writes the whole IEEE 802.1AR identity itself
/// (seed: "iLO LDevID CSR format"; brief 6.5), so naming parameters the client sends are
/// dropped: the CN must repeat the platformModel and a CSR has room for one SAN only. The HPE
/// documentation gives that layout for iLO 6 only, so other generations keep the client's
/// values and fill the gaps with HPE's organization.
pub(crate) fn ldevid_csr_defaults(req: &mut certs::CsrRequest, generation: u8) {
    if generation == 6 {
        *req = certs::CsrRequest {
            given_name: Some(PCA_PART.into()),
            surname: Some(PCA_SERIAL.into()),
            common_name: SKU.into(),
            serial_number: Some(SERIAL.into()),
            organization: Some("Hewlett Packard Enterprise Development".into()),
            state: Some("Texas".into()),
            organizational_unit: Some("Servers".into()),
            city: Some("Houston".into()),
            country: Some("US".into()),
            platform: Some(certs::PlatformIdentity {
                manufacturer: "HPE".into(),
                model: SKU.into(),
                serial: SERIAL.into(),
                hw_type: ILO6_LDEVID_HW_TYPE,
                hw_serial: PCA_SERIAL.into(),
            }),
            p384: req.p384,
            ..certs::CsrRequest::default()
        };
        return;
    }
    if req.common_name.is_empty() {
        req.common_name = SKU.to_owned();
    }
    req.organization
        .get_or_insert_with(|| "Hewlett Packard Enterprise Development".into());
    req.organizational_unit
        .get_or_insert_with(|| "Servers".into());
    req.city.get_or_insert_with(|| "Houston".into());
    req.state.get_or_insert_with(|| "Texas".into());
    req.country.get_or_insert_with(|| "US".into());
}

/// True when the collection is the iLO LDevID one.
pub(crate) fn is_ldevid(coll: &str) -> bool {
    normalize(coll) == LDEVID
}

/// POST to `AccountService/Oem/Hpe/AppAccounts`: privileges are inherited from the creating
/// user, the host application id is stored masked.
pub(crate) fn create_app_account(
    state: &Arc<State>,
    principal: &Principal,
    coll: &str,
    body: Map<String, Value>,
) -> Reply {
    let Some(name) = param(&body, "HostAppName") else {
        return Reply::bad_request(vec![crate::messages::base(
            "CreateFailedMissingReqProperties",
            &["HostAppName"],
        )]);
    };
    let Some(app_id) = param(&body, "HostAppId") else {
        return Reply::bad_request(vec![crate::messages::base(
            "CreateFailedMissingReqProperties",
            &["HostAppId"],
        )]);
    };
    let mut inner = state.lock();
    let privs = inner
        .tree
        .get(&principal.account)
        .and_then(|a| a.get("Oem"))
        .and_then(|o| o.get("Hpe"))
        .and_then(|h| h.get("Privileges"))
        .cloned()
        .unwrap_or_else(|| privileges("ReadOnly"));
    // Application accounts need at least these (seed: iLOrest/AMS minimum).
    for needed in ["LoginPriv", "UserConfigPriv", "iLOConfigPriv"] {
        if privs.get(needed).and_then(Value::as_bool) != Some(true) {
            return Reply::forbidden();
        }
    }
    let coll = normalize(coll);
    let id = (65605u64..)
        .map(|n| n.to_string())
        .find(|id| !inner.tree.contains(&format!("{coll}/{id}")))
        .unwrap_or_else(|| "65535".into());
    let path = format!("{coll}/{id}");
    let _ = ACCOUNTS;
    inner.tree.put(&path, app_account(&id, name, app_id, privs));
    inner.tree.add_member(&coll, &path);
    let created = inner.tree.get(&path).cloned().unwrap_or(Value::Null);
    Reply::json(StatusCode::CREATED, created).header(header::LOCATION, &path)
}
