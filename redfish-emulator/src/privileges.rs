//! Authorization from the DMTF Redfish Privilege Registry (`Redfish_1.8.0_PrivilegeRegistry`,
//! compiled into the crate): the privileges a write needs come from the schema of the resource
//! the request resolves to (and the resources above it, for `SubordinateOverrides`), never from
//! how the request spelled its path.

use std::collections::HashMap;
use std::sync::OnceLock;

use axum::http::Method;
use serde_json::Value;

use crate::auth::{CONFIGURE_COMPONENTS, CONFIGURE_MANAGER, CONFIGURE_SELF, CONFIGURE_USERS};
use crate::tree::{Tree, parent, schema_name};

const REGISTRY: &str = include_str!("../data/registries/Redfish_1.8.0_PrivilegeRegistry.json");

/// Alternatives of privilege sets: any one set, all of its privileges held, grants access.
type Alternatives = Vec<Vec<String>>;

#[derive(Debug, Default)]
struct Mapping {
    ops: HashMap<String, Alternatives>,
    /// (ancestor entities, operations) overriding `ops` below those ancestors.
    subordinate: Vec<(Vec<String>, HashMap<String, Alternatives>)>,
    /// (properties, operations) for requests touching only those properties.
    properties: Vec<(Vec<String>, HashMap<String, Alternatives>)>,
}

fn operation_map(v: Option<&Value>) -> HashMap<String, Alternatives> {
    let mut out = HashMap::new();
    let Some(Value::Object(map)) = v else {
        return out;
    };
    for (method, alternatives) in map {
        let alts = alternatives
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                a.get("Privilege")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .collect();
        out.insert(method.clone(), alts);
    }
    out
}

fn targets(v: &Value) -> Vec<String> {
    v.get("Targets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

fn registry() -> &'static HashMap<String, Mapping> {
    static REG: OnceLock<HashMap<String, Mapping>> = OnceLock::new();
    REG.get_or_init(|| {
        let mut out = HashMap::new();
        let Ok(doc) = serde_json::from_str::<Value>(REGISTRY) else {
            return out;
        };
        for m in doc
            .get("Mappings")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(entity) = m.get("Entity").and_then(Value::as_str) else {
                continue;
            };
            let list = |key: &str| {
                m.get(key)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(|o| (targets(o), operation_map(o.get("OperationMap"))))
                    .collect::<Vec<_>>()
            };
            out.insert(
                entity.to_owned(),
                Mapping {
                    ops: operation_map(m.get("OperationMap")),
                    subordinate: list("SubordinateOverrides"),
                    properties: list("PropertyOverrides"),
                },
            );
        }
        out
    })
}

/// What a request asks to do, on which resource, as resolved in the tree.
#[derive(Debug)]
pub(crate) struct Request<'a> {
    pub method: &'a Method,
    /// The canonical key of the resource the request acts on (for an action: the resource
    /// declaring it; for a POST to a collection: the collection).
    pub target: &'a str,
    /// The request names the principal's own account or session.
    pub own: bool,
    /// The top-level properties of a PATCH body.
    pub properties: &'a [String],
}

/// The schema names of a resource and of every resource above it, nearest first.
fn lineage(tree: &Tree, key: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = Some(key);
    while let Some(k) = cur {
        if let Some(name) = tree.get(k).and_then(schema_name) {
            out.push(name.to_owned());
        }
        cur = parent(k);
    }
    out
}

/// Privileges for resources the registry does not know (OEM types), from where they live.
fn fallback(key: &str) -> &'static str {
    let lower = key.to_ascii_lowercase();
    let under = |prefix: &str| lower == prefix || lower.starts_with(&format!("{prefix}/"));
    if under("/redfish/v1/accountservice") {
        CONFIGURE_USERS
    } else if under("/redfish/v1/managers")
        || under("/redfish/v1/sessionservice")
        || under("/redfish/v1/certificateservice")
        || under("/redfish/v1/eventservice")
        || under("/redfish/v1/taskservice")
        || under("/redfish/v1/updateservice")
    {
        CONFIGURE_MANAGER
    } else {
        CONFIGURE_COMPONENTS
    }
}

/// The alternatives that grant the request.
fn needed(tree: &Tree, req: &Request<'_>) -> Alternatives {
    let method = req.method.as_str();
    let chain = lineage(tree, req.target);
    let Some((entity, ancestors)) = chain.split_first() else {
        return vec![vec![fallback(req.target).to_owned()]];
    };
    let Some(mapping) = registry().get(entity.as_str()) else {
        return vec![vec![fallback(req.target).to_owned()]];
    };
    let mut ops = &mapping.ops;
    for (targets, over) in &mapping.subordinate {
        if over.contains_key(method) && targets.iter().any(|t| ancestors.contains(t)) {
            ops = over;
        }
    }
    if !req.properties.is_empty() {
        for (props, over) in &mapping.properties {
            if over.contains_key(method) && req.properties.iter().all(|p| props.contains(p)) {
                ops = over;
            }
        }
    }
    ops.get(method)
        .cloned()
        .unwrap_or_else(|| vec![vec![fallback(req.target).to_owned()]])
}

/// True when `held` grants the request.
pub(crate) fn allowed(tree: &Tree, req: &Request<'_>, held: &[String]) -> bool {
    needed(tree, req).iter().any(|set| {
        set.iter().all(|p| {
            // ConfigureSelf covers only the principal's own account and sessions.
            (p != CONFIGURE_SELF || req.own) && held.iter().any(|h| h == p)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn tree() -> Tree {
        let mut t = Tree::default();
        t.put(
            "/redfish/v1/AccountService/Accounts/1",
            json!({"@odata.type": "#ManagerAccount.v1_14_1.ManagerAccount"}),
        );
        t.put(
            "/redfish/v1/Managers/1",
            json!({"@odata.type": "#Manager.v1_24_0.Manager"}),
        );
        t.put(
            "/redfish/v1/Managers/1/EthernetInterfaces/1",
            json!({"@odata.type": "#EthernetInterface.v1_12_4.EthernetInterface"}),
        );
        t.put(
            "/redfish/v1/Systems/1/EthernetInterfaces/1",
            json!({"@odata.type": "#EthernetInterface.v1_12_4.EthernetInterface"}),
        );
        t
    }

    fn privs(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn registry_loads() {
        assert!(registry().len() > 200);
    }

    #[test]
    fn accounts_need_configure_users_except_own_password() {
        let t = tree();
        let operator = privs(&["Login", "ConfigureComponents", "ConfigureSelf"]);
        let patch = Method::PATCH;
        let mut req = Request {
            method: &patch,
            target: "/redfish/v1/AccountService/Accounts/1",
            own: false,
            properties: &["RoleId".to_owned()],
        };
        assert!(!allowed(&t, &req, &operator));
        let pw = ["Password".to_owned()];
        req.properties = &pw;
        assert!(!allowed(&t, &req, &operator), "someone else's password");
        req.own = true;
        assert!(allowed(&t, &req, &operator), "own password");
    }

    #[test]
    fn subordinate_overrides_follow_the_parent() {
        let t = tree();
        let operator = privs(&["Login", "ConfigureComponents", "ConfigureSelf"]);
        let patch = Method::PATCH;
        let on = |target| Request {
            method: &patch,
            target,
            own: false,
            properties: &[],
        };
        assert!(allowed(
            &t,
            &on("/redfish/v1/Systems/1/EthernetInterfaces/1"),
            &operator
        ));
        assert!(!allowed(
            &t,
            &on("/redfish/v1/Managers/1/EthernetInterfaces/1"),
            &operator
        ));
        // OEM resources fall back on where they live, whatever the case of the key.
        assert!(!allowed(
            &t,
            &on("/redfish/v1/managers/1/SecurityService"),
            &operator
        ));
    }
}
