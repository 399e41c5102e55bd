//! POST to collections (creation) and the OEM-style POST targets of the OCP guide.

use std::sync::Arc;

use axum::http::{StatusCode, header};
use serde_json::{Map, Value, json};

use crate::auth::{ACCOUNTS, Principal};
use crate::messages::{base, base_for};
use crate::reply::Reply;
use crate::state::{Flavor, State};
use crate::tree::{self, normalize, parent};
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

/// Creates a member of an insertable collection.
pub(crate) fn create(
    state: &Arc<State>,
    principal: &Principal,
    coll_path: &str,
    coll: &Value,
    body: Map<String, Value>,
) -> Reply {
    let ty = tree::odata_type(coll).unwrap_or("").to_owned();
    if ty.starts_with("CertificateCollection") {
        return crate::actions::certificates::install(state, coll_path, None, &body);
    }
    if ty.starts_with("ManagerAccountCollection") {
        return create_account(state, coll_path, body);
    }
    if ty.starts_with("AggregateCollection") {
        return crate::actions::aggregation::create_aggregate(state, coll_path, &body);
    }
    if ty.starts_with("EventDestinationCollection") {
        return create_subscription(state, coll_path, body);
    }
    if ty.starts_with("HpeiLOAppAccountCollection") || coll_path.ends_with("/AppAccounts") {
        return crate::scenario::ilo::create_app_account(state, principal, coll_path, body);
    }
    Reply::method_not_allowed("GET, HEAD")
}

fn create_account(state: &Arc<State>, coll_path: &str, body: Map<String, Value>) -> Reply {
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
    let errors = crate::scenario::patch_checks(&inner, &path, &probe, &body);
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
    if let Flavor::Ilo(_) = state.config.flavor {
        crate::scenario::ilo::decorate_account(&mut account, &body);
    }
    if let Some(pw) = body.get("Password").and_then(Value::as_str) {
        inner.passwords.insert(path.clone(), pw.to_owned());
    }
    inner.tree.put(&path, account);
    inner.tree.add_member(ACCOUNTS, &path);
    created(&inner.tree, &path)
}

fn create_subscription(state: &Arc<State>, coll_path: &str, body: Map<String, Value>) -> Reply {
    let Some(dest) = body.get("Destination").and_then(Value::as_str) else {
        return missing("Destination");
    };
    if url::Url::parse(dest).is_err() {
        return Reply::bad_request(vec![base_for(
            "PropertyValueFormatError",
            &[dest, "Destination"],
            "#/Destination",
        )]);
    }
    // Only Redfish push delivery is implemented; other protocols (and values the schema does
    // not know, such as FTP) are refused.
    if let Some(protocol) = body.get("Protocol")
        && protocol != "Redfish"
    {
        return Reply::bad_request(vec![base_for(
            "PropertyValueNotInList",
            &[&crate::schema::display(protocol), "Protocol"],
            "#/Protocol",
        )]);
    }
    let mut inner = state.lock();
    let id = inner.tree.free_id(coll_path);
    let path = format!("{}/{id}", normalize(coll_path));
    let mut sub = json!({
        "@odata.type": "#EventDestination.v1_16_0.EventDestination",
        "Id": id,
        "Name": "Event Subscription",
        "Destination": dest,
        "Protocol": body.get("Protocol").cloned().unwrap_or(json!("Redfish")),
        "Context": body.get("Context").cloned().unwrap_or(json!("")),
        "SubscriptionType": "RedfishEvent",
        "EventFormatType": "Event",
        "Status": {"State": "Enabled", "Health": "OK"}
    });
    for key in [
        "RegistryPrefixes",
        "ResourceTypes",
        "MessageIds",
        "OriginResources",
    ] {
        if let Some(v) = body.get(key) {
            sub[key] = v.clone();
        }
    }
    inner.tree.put(&path, sub);
    inner.tree.add_member(coll_path, &path);
    created(&inner.tree, &path)
}

/// POSTs that are not to a collection nor an action: the OCP guide's member-like certificate
/// and token URIs (`.../Certificates/Token`) and the Manageability Manifest.
pub(crate) fn special_post(
    state: &Arc<State>,
    _principal: &Principal,
    path: &str,
    body: &Value,
) -> Option<Reply> {
    let path = normalize(path);
    let Value::Object(body) = body else {
        return None;
    };
    // Older HPE clients POST `{"Action": "GenerateCSR", ...}` to HttpsCert itself (iLO 4 style).
    let is_https_cert = crate::scenario::ilo::is_https_cert(&state.lock().tree, &path);
    if is_https_cert {
        let action = body.get("Action").and_then(Value::as_str).unwrap_or("");
        let action = action.rsplit('.').next().unwrap_or(action);
        return match action {
            "GenerateCSR" => Some(crate::scenario::ilo::https_generate_csr(state, &path, body)),
            "ImportCertificate" => Some(crate::scenario::ilo::https_import(state, &path, body)),
            _ => None,
        };
    }
    if state.config.flavor == Flavor::Rack && path.ends_with("/ManageabilityManifest") {
        let manager = parent(&path)?.to_owned();
        let mut inner = state.lock();
        let is_rack_manager = inner
            .tree
            .get(&manager)
            .and_then(|m| m.get("ManagerType"))
            .and_then(Value::as_str)
            == Some("RackManager");
        if !is_rack_manager {
            return None;
        }
        if !body
            .get("NodesToManage")
            .map(|n| n.is_array() || n.is_object())
            .unwrap_or(false)
        {
            return Some(missing("NodesToManage"));
        }
        let mut manifest = body.clone();
        manifest.insert("@odata.id".into(), json!(path));
        manifest
            .entry("@odata.type")
            .or_insert(json!("#ManageabilityManifest.v1_0_0.ManageabilityManifest"));
        manifest.insert("Id".into(), json!("ManageabilityManifest"));
        manifest
            .entry("Name")
            .or_insert(json!("Manageability Manifest"));
        let existed = inner.tree.contains(&path);
        inner.tree.put(&path, Value::Object(manifest));
        // No DMTF schema links the guide's manifest, so the rack manager advertises it under
        // its OEM section; only once it exists, because a link to a missing resource fails
        // the DMTF Service Validator and other crawlers (until then clients POST to the
        // guide's URI, which this is).
        inner.tree.update(&manager, |m| {
            let oem = m.entry("Oem").or_insert_with(|| json!({}));
            if let Value::Object(oem) = oem {
                let openrmc = oem.entry("OpenRMC").or_insert_with(|| json!({}));
                if let Value::Object(openrmc) = openrmc {
                    openrmc.insert("ManageabilityManifest".into(), link(&path));
                }
            }
        });
        let stored = inner.tree.get(&path).cloned().unwrap_or(Value::Null);
        let status = if existed {
            StatusCode::OK
        } else {
            StatusCode::CREATED
        };
        return Some(Reply::json(status, stored).header(header::LOCATION, &path));
    }
    // `POST .../Certificates/<Name>` where `.../Certificates` is a certificate collection and
    // `<Name>` does not exist yet: create the member with that id (OCP guide 5.28-5.30).
    let coll = parent(&path)?.to_owned();
    let is_cert_coll = {
        let inner = state.lock();
        !inner.tree.contains(&path)
            && inner
                .tree
                .get(&coll)
                .and_then(tree::odata_type)
                .map(|t| t.starts_with("CertificateCollection"))
                .unwrap_or(false)
    };
    if is_cert_coll {
        let id = tree::last_segment(&path).to_owned();
        return Some(crate::actions::certificates::install(
            state,
            &coll,
            Some(&id),
            body,
        ));
    }
    None
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
