//! Services every built-in scenario has: service root, sessions, accounts and roles, tasks,
//! registries, events, telemetry, certificates and update.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::auth::{ACCOUNTS, ROLES, SESSIONS, default_privileges};
use crate::tree::Tree;
use crate::util::link;
use crate::{Credentials, DEFAULT_ADMIN, DEFAULT_OPERATOR, DEFAULT_READONLY};

/// Puts a collection with the given member paths.
pub(crate) fn collection(tree: &mut Tree, path: &str, ty: &str, name: &str, members: &[String]) {
    let links: Vec<Value> = members.iter().map(|m| link(m)).collect();
    tree.put(
        path,
        json!({
            "@odata.id": path,
            "@odata.type": format!("#{ty}.{ty}"),
            "Name": name,
            "Members@odata.count": links.len(),
            "Members": links,
        }),
    );
}

/// A deterministic UUID derived from a name, so that restarts serve the same identities.
pub(crate) fn uuid(name: &str) -> String {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(name.as_bytes());
    let h = crate::tls::hex(&d[..16]);
    // Version 5-like layout (name based), variant RFC 4122.
    format!(
        "{}-{}-5{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

/// Options for the service root.
pub(crate) struct RootOptions<'a> {
    pub name: &'a str,
    pub product: &'a str,
    pub vendor: &'a str,
    pub uuid: String,
    pub extra: Value,
}

pub(crate) fn service_root(tree: &mut Tree, o: RootOptions<'_>) {
    let mut root = json!({
        "@odata.id": "/redfish/v1",
        "@odata.type": "#ServiceRoot.v1_20_0.ServiceRoot",
        "Id": "RootService",
        "Name": o.name,
        "RedfishVersion": "1.22.0",
        "UUID": o.uuid,
        "Product": o.product,
        "Vendor": o.vendor,
        "ProtocolFeaturesSupported": {
            "ExcerptQuery": false,
            "ExpandQuery": {
                "ExpandAll": true,
                "Levels": true,
                "Links": true,
                "NoLinks": true,
                "MaxLevels": crate::query::MAX_LEVELS
            },
            "FilterQuery": false,
            "OnlyMemberQuery": true,
            "SelectQuery": true,
            "TopSkipQuery": true,
            "DeepOperations": { "DeepPATCH": false, "DeepPOST": false }
        },
        "AccountService": link("/redfish/v1/AccountService"),
        "SessionService": link("/redfish/v1/SessionService"),
        "Tasks": link("/redfish/v1/TaskService"),
        "Registries": link("/redfish/v1/Registries"),
        "EventService": link("/redfish/v1/EventService"),
        "CertificateService": link("/redfish/v1/CertificateService"),
        "UpdateService": link("/redfish/v1/UpdateService"),
        "Chassis": link("/redfish/v1/Chassis"),
        "Systems": link("/redfish/v1/Systems"),
        "Managers": link("/redfish/v1/Managers"),
        "Links": { "Sessions": link(SESSIONS) }
    });
    if let (Value::Object(r), Value::Object(extra)) = (&mut root, o.extra) {
        for (k, v) in extra {
            r.insert(k, v);
        }
    }
    tree.put("/redfish/v1", root);
}

pub(crate) fn session_service(tree: &mut Tree) {
    tree.put(
        "/redfish/v1/SessionService",
        json!({
            "@odata.type": "#SessionService.v1_2_0.SessionService",
            "Id": "SessionService",
            "Name": "Session Service",
            "Description": "Session Service",
            "Status": { "State": "Enabled", "Health": "OK" },
            "ServiceEnabled": true,
            "SessionTimeout": 1800,
            "Sessions": link(SESSIONS)
        }),
    );
    collection(
        tree,
        SESSIONS,
        "SessionCollection",
        "Session Collection",
        &[],
    );
}

/// Account resource body (standard part).
pub(crate) fn account(id: &str, c: &Credentials) -> Value {
    json!({
        "@odata.id": format!("{ACCOUNTS}/{id}"),
        "@odata.type": "#ManagerAccount.v1_14_1.ManagerAccount",
        "Id": id,
        "Name": "User Account",
        "Description": format!("{} account", c.role),
        "Enabled": true,
        "Password": null,
        "PasswordChangeRequired": false,
        "UserName": c.user,
        "RoleId": c.role,
        "Locked": false,
        "AccountTypes": ["Redfish"],
        "Links": { "Role": link(&format!("{ROLES}/{}", c.role)) }
    })
}

/// AccountService with the three default accounts (ids 1-3) and the standard roles.
pub(crate) fn account_service(tree: &mut Tree, passwords: &mut HashMap<String, String>) {
    tree.put(
        "/redfish/v1/AccountService",
        json!({
            "@odata.type": "#AccountService.v1_18_1.AccountService",
            "Id": "AccountService",
            "Name": "Account Service",
            "Description": "Account Service",
            "Status": { "State": "Enabled", "Health": "OK" },
            "ServiceEnabled": true,
            "AuthFailureLoggingThreshold": 3,
            "MinPasswordLength": 8,
            "MaxPasswordLength": 64,
            "AccountLockoutThreshold": 0,
            "AccountLockoutDuration": 0,
            "AccountLockoutCounterResetAfter": 0,
            "LocalAccountAuth": "Enabled",
            "Accounts": link(ACCOUNTS),
            "Roles": link(ROLES)
        }),
    );
    let mut members = Vec::new();
    for (i, c) in [DEFAULT_ADMIN, DEFAULT_OPERATOR, DEFAULT_READONLY]
        .iter()
        .enumerate()
    {
        let id = (i + 1).to_string();
        let path = format!("{ACCOUNTS}/{id}");
        tree.put(&path, account(&id, c));
        passwords.insert(path.clone(), c.password.to_owned());
        members.push(path);
    }
    collection(
        tree,
        ACCOUNTS,
        "ManagerAccountCollection",
        "Accounts Collection",
        &members,
    );
    roles(tree);
}

/// The three predefined roles.
pub(crate) fn roles(tree: &mut Tree) {
    let mut members = Vec::new();
    for role in ["Administrator", "Operator", "ReadOnly"] {
        let path = format!("{ROLES}/{role}");
        tree.put(
            &path,
            json!({
                "@odata.type": "#Role.v1_3_3.Role",
                "Id": role,
                "Name": format!("{role} Role"),
                "Description": format!("{role} User Role"),
                "IsPredefined": true,
                "RoleId": role,
                "AssignedPrivileges": default_privileges(role),
                "OemPrivileges": []
            }),
        );
        members.push(path);
    }
    collection(tree, ROLES, "RoleCollection", "Roles Collection", &members);
}

pub(crate) fn task_service(tree: &mut Tree) {
    tree.put(
        "/redfish/v1/TaskService",
        json!({
            "@odata.type": "#TaskService.v1_3_0.TaskService",
            "Id": "TaskService",
            "Name": "Task Service",
            "Description": "Task Service",
            "CompletedTaskOverWritePolicy": "Oldest",
            "DateTime": crate::util::now_rfc3339(),
            "LifeCycleEventOnTaskStateChange": true,
            "ServiceEnabled": true,
            "Status": { "State": "Enabled", "Health": "OK" },
            "Tasks": link(crate::tasks::TASKS)
        }),
    );
    collection(
        tree,
        crate::tasks::TASKS,
        "TaskCollection",
        "Task Collection",
        &[],
    );
}

/// Registries collection with the DMTF registries the emulator's messages come from.
pub(crate) fn registries(tree: &mut Tree) {
    let mut members = Vec::new();
    for (name, src) in crate::messages::REGISTRIES {
        let Ok(mut reg) = serde_json::from_str::<Value>(src) else {
            continue;
        };
        let id = reg
            .get("Id")
            .and_then(Value::as_str)
            .unwrap_or(name)
            .to_owned();
        let path = format!("/redfish/v1/Registries/{name}");
        let copy = format!("{path}/{id}");
        tree.put(
            &path,
            json!({
                "@odata.type": "#MessageRegistryFile.v1_1_5.MessageRegistryFile",
                "Id": name,
                "Name": format!("{name} Message Registry File"),
                "Description": format!("{name} Message Registry File Locations"),
                "Languages": ["en"],
                "Registry": id,
                "Location": [{
                    "Language": "en",
                    "Uri": copy,
                    "PublicationUri": format!("https://redfish.dmtf.org/registries/{id}.json")
                }]
            }),
        );
        reg["@odata.id"] = json!(copy);
        tree.put(&copy, reg);
        members.push(path);
    }
    collection(
        tree,
        "/redfish/v1/Registries",
        "MessageRegistryFileCollection",
        "Registry File Collection",
        &members,
    );
}

pub(crate) fn event_service(tree: &mut Tree) {
    tree.put(
        "/redfish/v1/EventService",
        json!({
            "@odata.type": "#EventService.v1_12_0.EventService",
            "Id": "EventService",
            "Name": "Event Service",
            "Description": "Event Service",
            "Status": { "State": "Enabled", "Health": "OK" },
            "ServiceEnabled": true,
            "DeliveryRetryAttempts": 3,
            "DeliveryRetryIntervalSeconds": 60,
            "EventFormatTypes": ["Event"],
            "RegistryPrefixes": ["Base", "TaskEvent", "Update", "ResourceEvent"],
            "Subscriptions": link("/redfish/v1/EventService/Subscriptions"),
            "Actions": {
                "#EventService.SubmitTestEvent": {
                    "target": "/redfish/v1/EventService/Actions/EventService.SubmitTestEvent"
                }
            }
        }),
    );
    collection(
        tree,
        "/redfish/v1/EventService/Subscriptions",
        "EventDestinationCollection",
        "Event Subscriptions Collection",
        &[],
    );
}

/// CertificateService with GenerateCSR / ReplaceCertificate and their ActionInfo.
pub(crate) fn certificate_service(tree: &mut Tree, key_algorithms: &[&str]) {
    let base = "/redfish/v1/CertificateService";
    tree.put(
        base,
        json!({
            "@odata.type": "#CertificateService.v1_2_1.CertificateService",
            "Id": "CertificateService",
            "Name": "Certificate Service",
            "Description": "Certificate Service",
            "CertificateLocations": link(&format!("{base}/CertificateLocations")),
            "Actions": {
                "#CertificateService.GenerateCSR": {
                    "target": format!("{base}/Actions/CertificateService.GenerateCSR"),
                    "@Redfish.ActionInfo": format!("{base}/GenerateCSRActionInfo")
                },
                "#CertificateService.ReplaceCertificate": {
                    "target": format!("{base}/Actions/CertificateService.ReplaceCertificate"),
                    "@Redfish.ActionInfo": format!("{base}/ReplaceCertificateActionInfo")
                }
            }
        }),
    );
    tree.put(
        &format!("{base}/CertificateLocations"),
        json!({
            "@odata.type": "#CertificateLocations.v1_0_4.CertificateLocations",
            "Id": "CertificateLocations",
            "Name": "Certificate Locations",
            "Description": "Every certificate installed in the service",
            "Links": { "Certificates": [], "Certificates@odata.count": 0 }
        }),
    );
    let string = |name: &str, required: bool| json!({"Name": name, "Required": required, "DataType": "String"});
    tree.put(
        &format!("{base}/GenerateCSRActionInfo"),
        json!({
            "@odata.type": "#ActionInfo.v1_5_0.ActionInfo",
            "Id": "GenerateCSRActionInfo",
            "Name": "Generate CSR Action Info",
            "Parameters": [
                {"Name": "CertificateCollection", "Required": true, "DataType": "Object",
                 "ObjectDataType": "#CertificateCollection.CertificateCollection"},
                string("CommonName", true),
                {"Name": "AlternativeNames", "Required": false, "DataType": "StringArray"},
                string("City", false),
                string("ContactPerson", false),
                string("Country", false),
                string("Email", false),
                string("Organization", false),
                string("OrganizationalUnit", false),
                string("State", false),
                string("ChallengePassword", false),
                {"Name": "KeyPairAlgorithm", "Required": false, "DataType": "String",
                 "AllowableValues": key_algorithms},
                {"Name": "KeyCurveId", "Required": false, "DataType": "String",
                 "AllowableValues": ["TPM_ECC_NIST_P256", "TPM_ECC_NIST_P384"]},
                {"Name": "KeyUsage", "Required": false, "DataType": "StringArray"}
            ]
        }),
    );
    tree.put(
        &format!("{base}/ReplaceCertificateActionInfo"),
        json!({
            "@odata.type": "#ActionInfo.v1_5_0.ActionInfo",
            "Id": "ReplaceCertificateActionInfo",
            "Name": "Replace Certificate Action Info",
            "Parameters": [
                string("CertificateString", true),
                {"Name": "CertificateType", "Required": true, "DataType": "String",
                 "AllowableValues": ["PEM", "PEMchain"]},
                {"Name": "CertificateUri", "Required": true, "DataType": "Object",
                 "ObjectDataType": "#Certificate.Certificate"}
            ]
        }),
    );
}

/// A firmware inventory entry.
pub(crate) fn software_inventory(
    tree: &mut Tree,
    id: &str,
    name: &str,
    version: &str,
    related: &[&str],
) -> String {
    let path = format!("/redfish/v1/UpdateService/FirmwareInventory/{id}");
    let related: Vec<Value> = related.iter().map(|r| link(r)).collect();
    tree.put(
        &path,
        json!({
            "@odata.type": "#SoftwareInventory.v1_13_0.SoftwareInventory",
            "Id": id,
            "Name": name,
            "Description": format!("{name} firmware"),
            "Version": version,
            "Updateable": true,
            "Status": { "State": "Enabled", "Health": "OK" },
            "SoftwareId": id,
            "RelatedItem": related,
            "RelatedItem@odata.count": related.len()
        }),
    );
    path
}

/// UpdateService with SimpleUpdate (ActionInfo) and a multipart push URI.
pub(crate) fn update_service(
    tree: &mut Tree,
    push_uri: &str,
    inventory: &[String],
    max_image: u64,
) {
    let base = "/redfish/v1/UpdateService";
    tree.put(
        base,
        json!({
            "@odata.type": "#UpdateService.v1_17_0.UpdateService",
            "Id": "UpdateService",
            "Name": "Update Service",
            "Description": "Update Service",
            "Status": { "State": "Enabled", "Health": "OK" },
            "ServiceEnabled": true,
            "MultipartHttpPushUri": push_uri,
            "MaxImageSizeBytes": max_image,
            "FirmwareInventory": link(&format!("{base}/FirmwareInventory")),
            "Actions": {
                "#UpdateService.SimpleUpdate": {
                    "target": format!("{base}/Actions/UpdateService.SimpleUpdate"),
                    "@Redfish.ActionInfo": format!("{base}/SimpleUpdateActionInfo")
                }
            }
        }),
    );
    tree.put(
        &format!("{base}/SimpleUpdateActionInfo"),
        json!({
            "@odata.type": "#ActionInfo.v1_5_0.ActionInfo",
            "Id": "SimpleUpdateActionInfo",
            "Name": "Simple Update Action Info",
            "Parameters": [
                {"Name": "ImageURI", "Required": true, "DataType": "String"},
                {"Name": "TransferProtocol", "Required": false, "DataType": "String",
                 "AllowableValues": ["HTTP", "HTTPS", "SCP", "SFTP", "TFTP", "NFS", "CIFS", "FTP"]},
                {"Name": "Targets", "Required": false, "DataType": "StringArray"},
                {"Name": "Username", "Required": false, "DataType": "String"},
                {"Name": "Password", "Required": false, "DataType": "String"},
                {"Name": "ForceUpdate", "Required": false, "DataType": "Boolean"}
            ]
        }),
    );
    collection(
        tree,
        &format!("{base}/FirmwareInventory"),
        "SoftwareInventoryCollection",
        "Firmware Inventory Collection",
        inventory,
    );
}

/// Passwords of the default accounts of a tree that has them (a scenario's data files).
pub(crate) fn default_passwords(tree: &Tree) -> HashMap<String, String> {
    crate::auth::account_refs(tree)
        .filter_map(|(path, a)| {
            let user = a.get("UserName").and_then(Value::as_str)?;
            [DEFAULT_ADMIN, DEFAULT_OPERATOR, DEFAULT_READONLY]
                .iter()
                .find(|c| c.user == user)
                .map(|c| (path.clone(), c.password.to_owned()))
        })
        .collect()
}
