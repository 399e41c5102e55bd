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
        "Links": { "Role": link(&format!("{ROLES}/{}", c.role)) },
        "Actions": {
            "#ManagerAccount.ChangePassword": {
                "target": format!("{ACCOUNTS}/{id}/Actions/ManagerAccount.ChangePassword")
            }
        }
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

/// Registries collection with the DMTF registries the emulator's messages come from.
pub(crate) fn registries(tree: &mut Tree) {
    collection(
        tree,
        REGISTRIES_PATH,
        "MessageRegistryFileCollection",
        "Registry File Collection",
        &[],
    );
    for reg in crate::messages::REGISTRIES.iter() {
        serve_registry(tree, reg);
    }
}

/// Where a service lists its message registries.
pub(crate) const REGISTRIES_PATH: &str = "/redfish/v1/Registries";

/// The registry prefixes a tree's `Registries` collection serves (from each file's `Registry`,
/// e.g. `TaskEvent.1.0.5`).
pub(crate) fn served_prefixes(tree: &Tree) -> Vec<String> {
    let Some(coll) = tree.get(REGISTRIES_PATH) else {
        return Vec::new();
    };
    coll.get("Members")
        .and_then(Value::as_array)
        .map(|m| {
            m.iter()
                .filter_map(crate::util::link_target)
                .filter_map(|p| tree.get(p))
                .filter_map(|f| f.get("Registry").and_then(Value::as_str))
                .filter_map(|r| r.split('.').next())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Adds a registry to the tree's `Registries` collection (file resource and document).
pub(crate) fn serve_registry(tree: &mut Tree, reg: &crate::messages::RegistrySource) {
    let Ok(mut doc) = serde_json::from_str::<Value>(reg.source) else {
        return;
    };
    let prefix = doc
        .get("RegistryPrefix")
        .and_then(Value::as_str)
        .unwrap_or(reg.file)
        .to_owned();
    let version = doc
        .get("RegistryVersion")
        .and_then(Value::as_str)
        .unwrap_or("1.0.0")
        .to_owned();
    let id = doc
        .get("Id")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| format!("{prefix}.{version}"));
    let path = format!("{REGISTRIES_PATH}/{}", reg.file);
    let copy = reg
        .location
        .map(str::to_owned)
        .unwrap_or_else(|| format!("{path}/{id}"));
    let registry = format!("{prefix}.{version}");
    let mut location = json!({ "Language": "en", "Uri": copy });
    if reg.dmtf {
        location["PublicationUri"] =
            json!(format!("https://redfish.dmtf.org/registries/{id}.json"));
    }
    tree.put(
        &path,
        json!({
            "@odata.type": "#MessageRegistryFile.v1_1_5.MessageRegistryFile",
            "Id": reg.file,
            "Name": format!("{} Message Registry File", reg.file),
            "Description": format!("{} Message Registry File Locations", reg.file),
            "Languages": ["en"],
            "Registry": registry,
            "Location": [location]
        }),
    );
    doc["@odata.id"] = json!(copy);
    tree.put(&copy, doc);
    tree.add_member(REGISTRIES_PATH, &path);
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
