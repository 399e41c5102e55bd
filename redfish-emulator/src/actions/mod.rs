//! Actions: found by their `target` in the resources' `Actions`, validated against the
//! `@Redfish.ActionInfo` (or `@Redfish.AllowableValues` and the schema), then dispatched.

use std::sync::Arc;

use axum::http::StatusCode;
use serde_json::{Map, Value};

use crate::auth::Principal;
use crate::messages::base;
use crate::reply::Reply;
use crate::schema;
use crate::state::State;
use crate::tree::{Tree, normalize, parent};

pub(crate) mod aggregation;
pub(crate) mod certificates;
pub(crate) mod reset;
pub(crate) mod settings;
pub(crate) mod update;
pub(crate) mod virtual_media;

/// An action found in the tree.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    /// The resource declaring the action.
    pub resource: String,
    /// `ComputerSystem.Reset` (no `#`).
    pub name: String,
    /// The action object (`target`, annotations).
    pub action: Value,
}

fn actions_of(resource: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    if let Some(Value::Object(actions)) = resource.get("Actions") {
        for (k, v) in actions {
            if k == "Oem" {
                if let Value::Object(oem) = v {
                    for (ok, ov) in oem {
                        if ok.starts_with('#') {
                            out.push((ok.clone(), ov.clone()));
                        }
                    }
                }
            } else if k.starts_with('#') {
                out.push((k.clone(), v.clone()));
            }
        }
    }
    out
}

/// Finds the action whose target is `path`.
pub(crate) fn find(tree: &Tree, path: &str) -> Option<Found> {
    let path = normalize(path);
    for (res_path, resource) in tree.iter() {
        for (key, action) in actions_of(resource) {
            let target = action.get("target").and_then(Value::as_str).map(normalize);
            if target.as_deref() == Some(path.as_str()) {
                return Some(Found {
                    resource: res_path.clone(),
                    name: key.trim_start_matches('#').to_owned(),
                    action,
                });
            }
        }
    }
    // Lenient aliases seen in the OCP guide: `.../Actions/SimpleUpdate` and
    // `AggregationService/Actions/Aggregate.Reset` name the resource's own action.
    let actions_dir = parent(&path)?;
    if !actions_dir.ends_with("/Actions") {
        return None;
    }
    let res_path = parent(actions_dir)?;
    let resource = tree.get(res_path)?;
    let short = crate::tree::last_segment(&path);
    let short = short.rsplit('.').next().unwrap_or(short);
    actions_of(resource)
        .into_iter()
        .find(|(k, _)| k.rsplit('.').next() == Some(short))
        .map(|(key, action)| Found {
            resource: tree
                .resolve(res_path)
                .unwrap_or_else(|| res_path.to_owned()),
            name: key.trim_start_matches('#').to_owned(),
            action,
        })
}

/// Validates action parameters; returns every problem found.
pub(crate) fn validate(tree: &Tree, found: &Found, params: &Map<String, Value>) -> Vec<Value> {
    let name = found.name.as_str();
    let mut errors = Vec::new();
    let info = found
        .action
        .get("@Redfish.ActionInfo")
        .and_then(Value::as_str)
        .and_then(|u| tree.get(u))
        .and_then(|i| i.get("Parameters"))
        .and_then(Value::as_array)
        .cloned();
    let schema_params = schema::action_params(name);
    let info_param = |p: &str| {
        info.as_ref().and_then(|list| {
            list.iter()
                .find(|e| e.get("Name").and_then(Value::as_str) == Some(p))
        })
    };
    // Unknown parameters.
    for k in params.keys().filter(|k| !k.contains('@')) {
        let known = match (&info, schema_params) {
            (Some(_), _) => info_param(k).is_some(),
            (None, Some(sp)) => sp.contains_key(k),
            (None, None) => true,
        };
        if !known {
            errors.push(base("ActionParameterUnknown", &[name, k]));
        }
    }
    // Missing required parameters.
    let required: Vec<String> = match (&info, schema_params) {
        (Some(list), _) => list
            .iter()
            .filter(|e| e.get("Required").and_then(Value::as_bool) == Some(true))
            .filter_map(|e| e.get("Name").and_then(Value::as_str).map(str::to_owned))
            .collect(),
        (None, Some(sp)) => sp
            .iter()
            .filter(|(_, s)| s.get("req").is_some())
            .map(|(k, _)| k.clone())
            .collect(),
        (None, None) => Vec::new(),
    };
    for r in required {
        if !params.contains_key(&r) {
            errors.push(base("ActionParameterMissing", &[name, &r]));
        }
    }
    // Values.
    for (k, v) in params.iter().filter(|(k, _)| !k.contains('@')) {
        let shown = schema::display(v);
        let allowable = info_param(k)
            .and_then(|p| p.get("AllowableValues"))
            .or_else(|| found.action.get(format!("{k}@Redfish.AllowableValues")))
            .and_then(Value::as_array);
        if let Some(list) = allowable
            && v.is_string()
            && !list.contains(v)
        {
            errors.push(base("ActionParameterValueNotInList", &[&shown, k, name]));
            continue;
        }
        if let Some(p) = info_param(k) {
            let data_type = p.get("DataType").and_then(Value::as_str).unwrap_or("");
            let type_ok = match data_type {
                "Boolean" => v.is_boolean(),
                "Number" => v.is_number(),
                "String" => v.is_string(),
                "StringArray" => v
                    .as_array()
                    .map(|a| a.iter().all(Value::is_string))
                    .unwrap_or(false),
                "NumberArray" => v
                    .as_array()
                    .map(|a| a.iter().all(Value::is_number))
                    .unwrap_or(false),
                "Object" => v.is_object(),
                // Lenient clients send links as bare URI strings (OCP guide examples).
                "ObjectArray" => v
                    .as_array()
                    .map(|a| a.iter().all(|e| e.is_object() || e.is_string()))
                    .unwrap_or(false),
                _ => true,
            };
            if !type_ok {
                errors.push(base("ActionParameterValueTypeError", &[&shown, k, name]));
                continue;
            }
            if let Some(n) = v.as_f64() {
                let below = p
                    .get("MinimumValue")
                    .and_then(Value::as_f64)
                    .is_some_and(|m| n < m);
                let above = p
                    .get("MaximumValue")
                    .and_then(Value::as_f64)
                    .is_some_and(|m| n > m);
                if below || above {
                    errors.push(base("ActionParameterValueError", &[k, name]));
                    continue;
                }
            }
        }
        if let Some(spec) = schema_params.and_then(|sp| sp.get(k))
            && let Err(key) = schema::check_param(spec, v)
        {
            let msg = if key == "ActionParameterValueError" {
                base(key, &[k, name])
            } else {
                base(key, &[&shown, k, name])
            };
            errors.push(msg);
        }
    }
    errors
}

/// Answer to a synchronous action that succeeded (`204`, or the vendor's own answer).
pub(crate) fn success(state: &State) -> Reply {
    state
        .config
        .behaviours
        .first(|b| b.action_success())
        .unwrap_or_else(|| Reply::empty(StatusCode::NO_CONTENT))
}

/// Runs the action targeted by `path`, if any. An action the resource declares but no
/// behaviour implements answers `400 ActionNotSupported` (never a silent success).
pub(crate) fn invoke(
    state: &Arc<State>,
    principal: &Principal,
    path: &str,
    body: &Value,
) -> Option<Reply> {
    let found = {
        let inner = state.lock();
        find(&inner.tree, path)?
    };
    let Value::Object(params) = body else {
        return Some(Reply::bad_request(vec![base(
            "UnrecognizedRequestBody",
            &[],
        )]));
    };
    let errors = {
        let inner = state.lock();
        validate(&inner.tree, &found, params)
    };
    if !errors.is_empty() {
        return Some(Reply::bad_request(errors));
    }
    let reply = state
        .config
        .behaviours
        .first(|b| b.action(state, principal, &found, params))
        .unwrap_or_else(|| Reply::bad_request(vec![base("ActionNotSupported", &[&found.name])]));
    Some(reply)
}
