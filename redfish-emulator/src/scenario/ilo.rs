//! The `ilo` scenario: an HPE iLO 6 (or iLO 7) manager following the HPE security service
//! documentation (seed `000_...`) and the iLO 5 capture in `testdata/mockups` (and `REDFISH_MOCKUPS`).
//!
//! The behaviour is the HPE iLO one (`vendor::hpe_ilo`), detected from this data.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use super::Built;
use super::common::{self, RootOptions, collection, uuid};
use crate::Error;
use crate::certs::{self, Ca};
use crate::tree::Tree;
use crate::util::link;
use crate::vendor::hpe_ilo::{
    SERIAL, SKU, allowable_states, app_account, decorate_account, privileges,
};

const MANAGER: &str = "/redfish/v1/Managers/1";
const SECURITY: &str = "/redfish/v1/Managers/1/SecurityService";
const HTTPS_CERT: &str = "/redfish/v1/Managers/1/SecurityService/HttpsCert";
const ENROLLMENT: &str = "/redfish/v1/Managers/1/SecurityService/AutomaticCertificateEnrollment";
const APP_ACCOUNTS: &str = "/redfish/v1/AccountService/Oem/Hpe/AppAccounts";

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
            app_account(APP_ACCOUNTS, id, name, app_id, privileges("Administrator")),
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

    let registry = "BiosAttributeRegistryU54.v1_0_0";
    super::parts::bios_registry(&mut tree, registry, "HPE", "ProLiant DL380 Gen11")?;
    super::parts::bios_and_media(
        &mut tree,
        "/redfish/v1/Systems/1",
        MANAGER,
        registry,
        SERIAL,
    )?;

    Ok(Built {
        tree,
        passwords,
        push_uri: Some(push.to_owned()),
        metadata: None,
    })
}
