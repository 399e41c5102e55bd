//! Scenarios: the resource trees the emulator serves (built-in `rack` and `ilo`, or any DMTF
//! mockup directory), and the scenario-specific PATCH rules.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};

use crate::Error;
use crate::auth::ACCOUNTS;
use crate::state::Inner;
use crate::tree::Tree;

pub(crate) mod common;
pub(crate) mod ilo;
pub(crate) mod metadata;
pub(crate) mod mockup;
pub(crate) mod parts;
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
    /// `public-rackmount1`, short or long form), or a tree file (a JSON map from path to
    /// resource, like `data/scenarios/ilo/ilo6.json`), served with the behaviours its data
    /// calls for. The tree's own accounts get known passwords and the default accounts are
    /// added under names it does not use (see [`RunningEmulator::accounts`](crate::RunningEmulator::accounts)).
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
    pub push_uri: Option<String>,
    pub metadata: Option<String>,
}

/// Settings applied to every scenario once built (shared by every service of a fleet).
pub(crate) fn finish(inner: &mut Inner, timeout: Duration, max_sessions: usize) {
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
        mockup_accounts(inner);
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
    crate::actions::certificates::refresh_locations(&mut inner.tree);
}

/// A mockup's accounts: the tree's own accounts get known passwords (the default account's
/// when the name is one of theirs, else `<UserName>-password`), and the default accounts are
/// added only under names the tree does not use, linking their role only if the tree has it.
fn mockup_accounts(inner: &mut Inner) {
    let defaults = [
        crate::DEFAULT_ADMIN,
        crate::DEFAULT_OPERATOR,
        crate::DEFAULT_READONLY,
    ];
    let own: Vec<(String, String)> = crate::auth::account_refs(&inner.tree)
        .filter_map(|(p, a)| {
            let user = a.get("UserName").and_then(Value::as_str)?;
            Some((p.clone(), user.to_owned()))
        })
        .collect();
    for (path, user) in &own {
        let password = defaults
            .iter()
            .find(|c| c.user == user)
            .map(|c| c.password.to_owned())
            .unwrap_or_else(|| format!("{user}-password"));
        inner.passwords.insert(path.clone(), password);
    }
    let roles: Vec<(String, String)> = inner
        .tree
        .iter_prefix(&format!("{}/", crate::auth::ROLES))
        .filter(|(_, r)| crate::tree::schema_name(r) == Some("Role"))
        .filter_map(|(p, r)| {
            let id = r
                .get("RoleId")
                .or_else(|| r.get("Id"))
                .and_then(Value::as_str)?;
            Some((id.to_owned(), p.clone()))
        })
        .collect();
    for c in defaults {
        if own.iter().any(|(_, u)| u == c.user) {
            continue;
        }
        let id = inner.tree.free_id(ACCOUNTS);
        let path = format!("{ACCOUNTS}/{id}");
        let mut account = common::account(&id, &c);
        match roles.iter().find(|(r, _)| r == c.role) {
            Some((_, role_path)) => {
                account["Links"] = json!({ "Role": { "@odata.id": role_path } });
            }
            None => {
                if let Some(a) = account.as_object_mut() {
                    a.remove("Links");
                }
            }
        }
        inner.tree.put(&path, account);
        inner.tree.add_member(ACCOUNTS, &path);
        inner.passwords.insert(path, c.password.to_owned());
    }
}
