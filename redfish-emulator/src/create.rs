//! POST to collections (creation) and the OEM-style POST targets of the OCP guide.

use std::sync::Arc;

use axum::http::{StatusCode, header};
use serde_json::{Map, Value, json};

use crate::auth::{ACCOUNTS, Principal};
use crate::messages::{base, base_for};
use crate::reply::Reply;
use crate::state::State;
use crate::tree::normalize;
use crate::util::{link, link_target};

fn created(inner_tree: &crate::tree::Tree, path: &str) -> Reply {
    let body = inner_tree.get(path).cloned().unwrap_or(Value::Null);
    Reply::json(StatusCode::CREATED, body).header(header::LOCATION, path)
}

fn missing(prop: &str) -> Reply {
    Reply::bad_request(vec![base_for(
        "CreateFailedMissingReqProperties",
        &[prop],
        &format!("#/{prop}"),
    )])
}

/// Creates a member of an insertable collection (the first behaviour that knows it).
pub(crate) fn create(
    state: &Arc<State>,
    principal: &Principal,
    coll_path: &str,
    coll: &Value,
    body: Map<String, Value>,
) -> Reply {
    state
        .config
        .behaviours
        .first(|b| b.create(state, principal, coll_path, coll, &body))
        .unwrap_or_else(|| Reply::method_not_allowed("GET, HEAD"))
}

pub(crate) fn create_account(
    state: &Arc<State>,
    principal: &Principal,
    coll_path: &str,
    body: Map<String, Value>,
) -> Reply {
    for required in ["UserName", "Password", "RoleId"] {
        if !body.get(required).map(Value::is_string).unwrap_or(false) {
            return missing(required);
        }
    }
    let mut inner = state.lock();
    let id = inner.tree.free_id(coll_path);
    let path = format!("{}/{id}", normalize(coll_path));
    let user = body
        .get("UserName")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let role = body
        .get("RoleId")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let probe = json!({"@odata.type": "#ManagerAccount.v1_14_1.ManagerAccount"});
    let errors: Vec<Value> = state
        .config
        .behaviours
        .iter()
        .flat_map(|b| b.patch_checks(&inner, &path, &probe, &body))
        .collect();
    if !errors.is_empty() {
        return Reply::bad_request(errors);
    }
    let creds = crate::Credentials {
        user: "",
        password: "",
        role: "",
    };
    let mut account = crate::scenario::common::account(&id, &creds);
    account["UserName"] = json!(user);
    account["RoleId"] = json!(role);
    account["Description"] = json!(format!("{role} account"));
    account["Links"] = json!({"Role": link(&format!("{}/{role}", crate::auth::ROLES))});
    if let Some(enabled) = body.get("Enabled").and_then(Value::as_bool) {
        account["Enabled"] = json!(enabled);
    }
    if let Some(types) = body.get("AccountTypes").filter(|v| v.is_array()) {
        account["AccountTypes"] = types.clone();
    }
    for b in state.config.behaviours.iter() {
        b.new_account(&mut account, &body);
    }
    if let Some(pw) = body.get("Password").and_then(Value::as_str) {
        inner.passwords.insert(path.clone(), pw.to_owned());
    }
    inner.tree.put(&path, account);
    inner.tree.add_member(ACCOUNTS, &path);
    let by = inner.user_name(&principal.account);
    inner.raise(
        crate::events::Event::new(
            "ResourceEvent.ResourceCreated",
            &[],
            &path,
            crate::events::EventType::ResourceAdded,
        )
        .by(by.as_deref()),
    );
    created(&inner.tree, &path)
}

/// Reads a list of links (objects or bare URI strings) from a parameter.
pub(crate) fn links_of(v: Option<&Value>) -> Option<Vec<String>> {
    let arr = v?.as_array()?;
    arr.iter().map(|e| link_target(e).map(normalize)).collect()
}

/// A 400 for a link that names no resource.
pub(crate) fn missing_resource(uri: &str, pointer: &str) -> Reply {
    let mut m = base("ResourceMissingAtURI", &[uri]);
    m["RelatedProperties"] = json!([pointer]);
    Reply::bad_request(vec![m])
}
