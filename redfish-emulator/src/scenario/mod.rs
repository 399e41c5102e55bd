//! Scenarios: the resource trees the emulator serves (built-in `rack` and `ilo`, or any DMTF
//! mockup directory), and the scenario-specific PATCH rules.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::Error;
use crate::auth::{ACCOUNTS, ROLES};
use crate::messages::base_for;
use crate::reply::Reply;
use crate::state::{Flavor, Inner, State};
use crate::tls::Identity;
use crate::tree::{Tree, parent, schema_name};

pub(crate) mod common;
pub(crate) mod ilo;
pub(crate) mod metadata;
pub(crate) mod mockup;
pub(crate) mod rack;

/// What the emulator serves.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Rack { nodes: usize },
    Ilo { generation: u8 },
    Mockup(PathBuf),
}

impl Scenario {
    /// An OCP OpenRMC v1.2 rack: rack chassis and rack manager (`Managers/RMC`), `nodes`
    /// nodes (chassis, system and BMC each), AggregationService, UpdateService,
    /// CertificateService, SessionService, AccountService, TaskService.
    pub fn rack(nodes: usize) -> Scenario {
        Scenario {
            kind: Kind::Rack { nodes },
        }
    }

    /// An HPE iLO 6 (`Managers/1`, HpeSecurityService in `Production`, HttpsCert, DevID
    /// certificates, application accounts, `RequireHostAuthentication`).
    pub fn ilo() -> Scenario {
        Scenario {
            kind: Kind::Ilo { generation: 6 },
        }
    }

    /// An HPE iLO 7: `SecureStandard` state, no `RequireHostAuthentication`, no automatic
    /// certificate enrollment.
    pub fn ilo7() -> Scenario {
        Scenario {
            kind: Kind::Ilo { generation: 7 },
        }
    }

    /// Any DMTF mockup tree (folders holding `index.json`, e.g. the DMTF
    /// `public-rackmount1`), served with the standard behaviours. The default accounts are
    /// added to its AccountService.
    pub fn mockup(path: impl Into<PathBuf>) -> Scenario {
        Scenario {
            kind: Kind::Mockup(path.into()),
        }
    }

    pub(crate) fn build(&self) -> Result<Built, Error> {
        match &self.kind {
            Kind::Rack { nodes } => rack::build(*nodes),
            Kind::Ilo { generation } => ilo::build(*generation),
            Kind::Mockup(path) => mockup::load(path),
        }
    }
}

/// A built scenario.
pub(crate) struct Built {
    pub tree: Tree,
    pub passwords: HashMap<String, String>,
    pub flavor: Flavor,
    pub push_uri: Option<String>,
    pub metadata: Option<String>,
}

/// Settings applied to every scenario once built (shared by every service of a fleet).
pub(crate) fn finish(inner: &mut Inner, flavor: &Flavor, timeout: Duration, max_sessions: usize) {
    if !inner.tree.contains("/redfish/v1/SessionService") {
        common::session_service(&mut inner.tree);
    }
    if !inner.tree.contains(crate::auth::SESSIONS) {
        common::collection(
            &mut inner.tree,
            crate::auth::SESSIONS,
            "SessionCollection",
            "Session Collection",
            &[],
        );
    }
    inner.tree.update("/redfish/v1/SessionService", |s| {
        s.insert("SessionTimeout".into(), json!(timeout.as_secs()));
        let oem = s.entry("Oem").or_insert_with(|| json!({}));
        if let Value::Object(oem) = oem {
            oem.insert(
                "RedfishEmulator".into(),
                json!({ "MaxSessions": max_sessions }),
            );
        }
    });
    if !inner.tree.contains(ACCOUNTS) {
        common::account_service(&mut inner.tree, &mut inner.passwords);
    } else if inner.passwords.is_empty() {
        // A mockup: add the default accounts next to the mockup's own.
        for c in [
            crate::DEFAULT_ADMIN,
            crate::DEFAULT_OPERATOR,
            crate::DEFAULT_READONLY,
        ] {
            let id = inner.tree.free_id(ACCOUNTS);
            let path = format!("{ACCOUNTS}/{id}");
            inner.tree.put(&path, common::account(&id, &c));
            inner.tree.add_member(ACCOUNTS, &path);
            inner.passwords.insert(path, c.password.to_owned());
        }
    }
    if !inner.tree.contains(crate::tasks::TASKS) && inner.tree.contains("/redfish/v1/TaskService") {
        common::collection(
            &mut inner.tree,
            crate::tasks::TASKS,
            "TaskCollection",
            "Task Collection",
            &[],
        );
    }
    let _ = flavor;
    crate::actions::certificates::refresh_locations(&mut inner.tree);
}

/// What depends on the service's own TLS certificate.
pub(crate) fn finish_identity(inner: &mut Inner, flavor: &Flavor, identity: &Identity) {
    if let Flavor::Ilo(_) = flavor {
        ilo::finish(inner, identity);
    }
}

/// Vendor rules that answer a PATCH themselves (iLO-style errors).
pub(crate) fn patch_rules(
    state: &Arc<State>,
    inner: &Inner,
    key: &str,
    current: &Value,
    body: &Map<String, Value>,
) -> Result<(), Reply> {
    match state.config.flavor {
        Flavor::Ilo(generation) => ilo::patch_rules(generation, inner, key, current, body),
        _ => Ok(()),
    }
}

/// Properties writable in this scenario although the schema table says otherwise.
pub(crate) fn extra_writable(state: &State, current: &Value) -> &'static [&'static str] {
    match state.config.flavor {
        Flavor::Ilo(_) => ilo::extra_writable(current),
        _ => &[],
    }
}

/// Checks beyond the schema, reported as Base messages.
pub(crate) fn patch_checks(
    inner: &Inner,
    key: &str,
    current: &Value,
    body: &Map<String, Value>,
) -> Vec<Value> {
    let mut errors = Vec::new();
    if schema_name(current) == Some("ManagerAccount") {
        if let Some(role) = body.get("RoleId").and_then(Value::as_str) {
            let known = inner.tree.contains(&format!("{ROLES}/{role}"))
                || (!inner.tree.contains(ROLES)
                    && ["Administrator", "Operator", "ReadOnly"].contains(&role));
            if !known {
                errors.push(base_for(
                    "PropertyValueNotInList",
                    &[role, "RoleId"],
                    "#/RoleId",
                ));
            }
        }
        if let Some(name) = body.get("UserName").and_then(Value::as_str) {
            let taken = crate::auth::accounts(&inner.tree)
                .iter()
                .any(|(p, a)| p != key && a.get("UserName").and_then(Value::as_str) == Some(name));
            if taken || name.is_empty() {
                errors.push(base_for(
                    "PropertyValueConflict",
                    &["UserName", "UserName"],
                    "#/UserName",
                ));
            }
        }
        if let Some(pw) = body.get("Password").and_then(Value::as_str) {
            let min = inner
                .tree
                .get("/redfish/v1/AccountService")
                .and_then(|a| a.get("MinPasswordLength"))
                .and_then(Value::as_u64)
                .unwrap_or(0) as usize;
            if pw.chars().count() < min {
                errors.push(base_for(
                    "PropertyValueFormatError",
                    &["******", "Password"],
                    "#/Password",
                ));
            }
        }
    }
    errors
}

/// Side effects of a successful PATCH, applied to the new body before it is stored.
pub(crate) fn after_patch(
    state: &Arc<State>,
    inner: &mut Inner,
    key: &str,
    current: &Value,
    updated: &mut Map<String, Value>,
    body: &Map<String, Value>,
) {
    // IndicatorLED (deprecated) and LocationIndicatorActive describe the same LED.
    if let Some(led) = body.get("IndicatorLED").and_then(Value::as_str) {
        if updated.contains_key("LocationIndicatorActive")
            && !body.contains_key("LocationIndicatorActive")
        {
            updated.insert("LocationIndicatorActive".into(), json!(led != "Off"));
        }
    } else if let Some(active) = body.get("LocationIndicatorActive").and_then(Value::as_bool)
        && updated.contains_key("IndicatorLED")
    {
        updated.insert(
            "IndicatorLED".into(),
            json!(if active { "Lit" } else { "Off" }),
        );
    }
    if schema_name(current) == Some("ManagerAccount") {
        updated.insert("Password".into(), Value::Null);
        if let Some(role) = body.get("RoleId").and_then(Value::as_str)
            && let Some(Value::Object(links)) = updated.get_mut("Links")
        {
            links.insert(
                "Role".into(),
                json!({"@odata.id": format!("{ROLES}/{role}")}),
            );
        }
    }
    if parent(key).is_some()
        && let Flavor::Ilo(generation) = state.config.flavor
    {
        ilo::after_patch(state, generation, inner, key, current, updated, body);
    }
}
