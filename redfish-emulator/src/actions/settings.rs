//! Settings objects (`@Redfish.Settings`): a PATCH of the settings resource (e.g.
//! `Systems/X/Bios/Settings`) is kept pending and applied on the next reset of the system that
//! owns it (or at once with `@Redfish.SettingsApplyTime: Immediate`), with the active
//! resource's `@Redfish.Settings` updated (`Time`, `ETag`, `Messages`). BIOS attributes are
//! checked against the service's AttributeRegistry. Also `ManagerAccount.ChangePassword`,
//! `Bios.ResetBios`, `Bios.ChangePassword` and `EventService.SubmitTestEvent`.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::auth::Principal;
use crate::events::{Event, EventType};
use crate::messages::{base, base_for};
use crate::reply::Reply;
use crate::state::{Inner, State};
use crate::tree::{Tree, normalize, odata_type, parent};
use crate::util::{link_target, now_rfc3339};

/// Properties of a settings object that are not settings.
fn is_setting(k: &str) -> bool {
    !k.starts_with('@')
        && !k.contains("@odata.")
        && !matches!(
            k,
            "Id" | "Name" | "Description" | "Actions" | "Links" | "Oem"
        )
}

/// The active resource of a settings object: the parent whose `@Redfish.Settings` names it.
pub(crate) fn active_of(tree: &Tree, settings: &str) -> Option<String> {
    let settings = normalize(settings);
    let parent = parent(&settings)?;
    let named = tree
        .get(parent)?
        .get("@Redfish.Settings")?
        .get("SettingsObject")
        .and_then(link_target)
        .map(normalize);
    (named.as_deref() == Some(settings.as_str())).then(|| parent.to_owned())
}

/// The AttributeRegistry a resource names (`AttributeRegistry: "BiosAttributeRegistryX.v1_0_0"`),
/// looked up among the registries the service serves.
fn attribute_registry<'a>(tree: &'a Tree, active: &Value) -> Option<&'a Value> {
    let id = active.get("AttributeRegistry")?.as_str()?;
    tree.iter_prefix("/redfish/v1/Registries")
        .map(|(_, v)| v)
        .find(|v| {
            odata_type(v).is_some_and(|t| t.starts_with("AttributeRegistry."))
                && v.get("Id").and_then(Value::as_str) == Some(id)
        })
}

fn registry_attributes(registry: &Value) -> impl Iterator<Item = &Value> {
    registry
        .pointer("/RegistryEntries/Attributes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// Checks the `Attributes` of a settings PATCH against the AttributeRegistry.
fn check_attributes(registry: &Value, attrs: &Map<String, Value>) -> Vec<Value> {
    let mut errors = Vec::new();
    for (name, v) in attrs {
        let pointer = format!("#/Attributes/{name}");
        let Some(entry) = registry_attributes(registry)
            .find(|a| a.get("AttributeName").and_then(Value::as_str) == Some(name))
        else {
            errors.push(base_for("PropertyUnknown", &[name], &pointer));
            continue;
        };
        if entry.get("ReadOnly").and_then(Value::as_bool) == Some(true) {
            errors.push(base_for("PropertyNotWritable", &[name], &pointer));
            continue;
        }
        let shown = crate::schema::display(v);
        let ty = entry.get("Type").and_then(Value::as_str).unwrap_or("");
        let type_ok = match ty {
            "Enumeration" | "String" | "Password" => v.is_string(),
            "Integer" => v.is_i64() || v.is_u64(),
            "Boolean" => v.is_boolean(),
            _ => true,
        };
        if !type_ok {
            errors.push(base_for(
                "PropertyValueTypeError",
                &[&shown, name],
                &pointer,
            ));
            continue;
        }
        if ty == "Enumeration" {
            let known = entry
                .get("Value")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .any(|e| e.get("ValueName") == Some(v));
            if !known {
                errors.push(base_for(
                    "PropertyValueNotInList",
                    &[&shown, name],
                    &pointer,
                ));
            }
        }
        if let Some(n) = v.as_i64() {
            let low = entry.get("LowerBound").and_then(Value::as_i64);
            let high = entry.get("UpperBound").and_then(Value::as_i64);
            if low.is_some_and(|l| n < l) || high.is_some_and(|h| n > h) {
                errors.push(base_for(
                    "PropertyValueOutOfRange",
                    &[&shown, name],
                    &pointer,
                ));
            }
        }
        if let (Some(s), Some(max)) = (v.as_str(), entry.get("MaxLength").and_then(Value::as_u64))
            && s.chars().count() as u64 > max
        {
            errors.push(base_for(
                "PropertyValueFormatError",
                &[&shown, name],
                &pointer,
            ));
        }
    }
    errors
}

/// PATCH checks of a settings object.
pub(crate) fn check_settings_patch(
    inner: &Inner,
    key: &str,
    _current: &Value,
    body: &Map<String, Value>,
) -> Vec<Value> {
    let Some(active) = active_of(&inner.tree, key) else {
        return Vec::new();
    };
    let Some(active) = inner.tree.get(&active) else {
        return Vec::new();
    };
    match (
        attribute_registry(&inner.tree, active),
        body.get("Attributes"),
    ) {
        (Some(reg), Some(Value::Object(attrs))) => check_attributes(reg, attrs),
        _ => Vec::new(),
    }
}

/// Applies the pending settings of `settings` to its active resource.
fn apply(inner: &mut Inner, active: &str, settings: &str) {
    let Some(pending) = inner.tree.get(settings).cloned() else {
        return;
    };
    let etag = pending.get("@odata.etag").cloned().unwrap_or(Value::Null);
    let Value::Object(pending) = pending else {
        return;
    };
    let current = inner.tree.get(active).cloned().unwrap_or(Value::Null);
    // Objects (e.g. `Attributes`) carry the pending values; scalars only when they differ.
    let changes: Map<String, Value> = pending
        .iter()
        .filter(|(k, v)| is_setting(k) && (v.is_object() || current.get(k.as_str()) != Some(v)))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let names: Vec<String> = changes
        .iter()
        .flat_map(|(k, v)| match v {
            Value::Object(o) => o.keys().cloned().collect::<Vec<_>>(),
            _ => vec![k.clone()],
        })
        .collect();
    inner.tree.update(active, |a| {
        crate::handler::merge(a, &changes);
        let messages: Vec<Value> = if names.is_empty() {
            vec![base("Success", &[])]
        } else {
            names
                .iter()
                .map(|n| {
                    let mut m = base("Success", &[]);
                    m["RelatedProperties"] = json!([format!("#/Attributes/{n}")]);
                    m
                })
                .collect()
        };
        if let Some(Value::Object(s)) = a.get_mut("@Redfish.Settings") {
            s.insert("ETag".into(), etag);
            s.insert("Time".into(), json!(now_rfc3339()));
            s.insert("Messages".into(), Value::Array(messages));
        }
    });
    inner.tree.update(settings, |s| {
        for (k, v) in changes {
            if v.is_object() {
                s.insert(k, json!({}));
            } else {
                s.remove(&k);
            }
        }
        s.remove("@Redfish.SettingsApplyTime");
    });
    inner.raise(Event::new(
        "ResourceEvent.ResourceChanged",
        &[],
        active,
        EventType::ResourceUpdated,
    ));
}

/// Applies every pending settings object of `system` (and of the resources below it): a
/// system reset that boots it.
pub(crate) fn apply_on_reset(inner: &mut Inner, system: &str) {
    let prefix = format!("{}/", normalize(system));
    let pairs: Vec<(String, String)> = inner
        .tree
        .iter_prefix(&prefix)
        .filter_map(|(k, v)| {
            let s = v
                .get("@Redfish.Settings")?
                .get("SettingsObject")
                .and_then(link_target)?;
            Some((k.clone(), normalize(s)))
        })
        .collect();
    for (active, settings) in pairs {
        let has_pending = inner
            .tree
            .get(&settings)
            .and_then(Value::as_object)
            .is_some_and(|s| {
                s.iter()
                    .any(|(k, v)| is_setting(k) && v.as_object().is_none_or(|o| !o.is_empty()))
            });
        if has_pending {
            apply(inner, &active, &settings);
        }
    }
}

/// A PATCH of a settings object stays pending unless it asks for `Immediate`.
pub(crate) fn after_patch(
    _state: &Arc<State>,
    inner: &mut Inner,
    key: &str,
    _current: &Value,
    updated: &mut Map<String, Value>,
    body: &Map<String, Value>,
) {
    let Some(active) = active_of(&inner.tree, key) else {
        return;
    };
    let apply_time = body
        .get("@Redfish.SettingsApplyTime")
        .filter(|v| v.is_object())
        .cloned();
    if let Some(t) = &apply_time {
        updated.insert("@Redfish.SettingsApplyTime".into(), t.clone());
    }
    let immediate = apply_time
        .as_ref()
        .and_then(|t| t.get("ApplyTime"))
        .and_then(Value::as_str)
        == Some("Immediate");
    if immediate {
        // Store the pending values first so that `apply` reads them.
        inner.tree.put(key, Value::Object(updated.clone()));
        apply(inner, &active, key);
        if let Some(Value::Object(after)) = inner.tree.get(key).cloned() {
            *updated = after;
            updated.remove("@odata.etag");
        }
    }
}

/// `#ManagerAccount.ChangePassword`: the caller proves its own password.
pub(crate) fn change_password(
    state: &Arc<State>,
    principal: &Principal,
    account: &str,
    params: &Map<String, Value>,
) -> Reply {
    const ACTION: &str = "ManagerAccount.ChangePassword";
    let (Some(new), Some(proof)) = (
        params.get("NewPassword").and_then(Value::as_str),
        params.get("SessionAccountPassword").and_then(Value::as_str),
    ) else {
        let missing = if params.contains_key("NewPassword") {
            "SessionAccountPassword"
        } else {
            "NewPassword"
        };
        return Reply::bad_request(vec![base("ActionParameterMissing", &[ACTION, missing])]);
    };
    let mut inner = state.lock();
    let caller = normalize(&principal.account);
    let proven = inner.passwords.get(&caller).map(String::as_str) == Some(proof);
    if !proven {
        return Reply::bad_request(vec![base(
            "ActionParameterValueError",
            &["SessionAccountPassword", ACTION],
        )]);
    }
    let min = inner
        .tree
        .get("/redfish/v1/AccountService")
        .and_then(|a| a.get("MinPasswordLength"))
        .and_then(Value::as_u64)
        .unwrap_or(0) as usize;
    if new.chars().count() < min {
        return Reply::bad_request(vec![base(
            "ActionParameterValueFormatError",
            &["******", "NewPassword", ACTION],
        )]);
    }
    let account = normalize(account);
    inner.passwords.insert(account.clone(), new.to_owned());
    inner.tree.update(&account, |a| {
        if a.contains_key("PasswordChangeRequired") {
            a.insert("PasswordChangeRequired".into(), json!(false));
        }
    });
    let by = inner.user_name(&caller);
    inner.raise(
        Event::new(
            "ResourceEvent.ResourceChanged",
            &[],
            &account,
            EventType::ResourceUpdated,
        )
        .by(by.as_deref()),
    );
    drop(inner);
    super::success(state)
}

/// `#Bios.ResetBios`: the registry's defaults become pending, applied on the next reset.
pub(crate) fn reset_bios(state: &Arc<State>, bios: &str) -> Reply {
    {
        let mut inner = state.lock();
        let Some(active) = inner.tree.get(bios).cloned() else {
            return Reply::not_found(bios);
        };
        let defaults: Map<String, Value> = attribute_registry(&inner.tree, &active)
            .map(|r| {
                registry_attributes(r)
                    .filter(|a| a.get("ReadOnly").and_then(Value::as_bool) != Some(true))
                    .filter_map(|a| {
                        Some((
                            a.get("AttributeName")?.as_str()?.to_owned(),
                            a.get("DefaultValue")?.clone(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let settings = active
            .get("@Redfish.Settings")
            .and_then(|s| s.get("SettingsObject"))
            .and_then(link_target)
            .map(normalize);
        match settings {
            Some(s) => {
                inner.tree.update(&s, |o| {
                    o.insert("Attributes".into(), Value::Object(defaults));
                });
            }
            None => {
                inner.tree.update(bios, |a| {
                    a.insert("Attributes".into(), Value::Object(defaults));
                });
            }
        }
    }
    super::success(state)
}

/// `#Bios.ChangePassword`: accepted (BIOS passwords are write-only and never shown).
pub(crate) fn bios_change_password(
    state: &Arc<State>,
    bios: &str,
    params: &Map<String, Value>,
) -> Reply {
    let name = params
        .get("PasswordName")
        .and_then(Value::as_str)
        .unwrap_or("");
    if name.is_empty() {
        return Reply::bad_request(vec![base(
            "ActionParameterMissing",
            &["Bios.ChangePassword", "PasswordName"],
        )]);
    }
    let mut inner = state.lock();
    let key = format!("bios-password:{}:{name}", normalize(bios));
    let new = params.get("NewPassword").cloned().unwrap_or(Value::Null);
    inner.stash.insert(key, new);
    drop(inner);
    super::success(state)
}

/// `#EventService.SubmitTestEvent`: accepted and raised (delivery comes with event support).
pub(crate) fn submit_test_event(state: &Arc<State>, params: &Map<String, Value>) -> Reply {
    const ACTION: &str = "EventService.SubmitTestEvent";
    let Some(id) = params.get("MessageId").and_then(Value::as_str) else {
        return Reply::bad_request(vec![base("ActionParameterMissing", &[ACTION, "MessageId"])]);
    };
    // The schema's pattern: `Registry.Major.Minor.Key`.
    let parts: Vec<&str> = id.split('.').collect();
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !matches!(parts.as_slice(), [r, a, b, k] if word(r) && digits(a) && digits(b) && word(k)) {
        return Reply::bad_request(vec![base(
            "ActionParameterValueFormatError",
            &[id, "MessageId", ACTION],
        )]);
    }
    let text = |k: &str| params.get(k).and_then(Value::as_str).map(str::to_owned);
    let event_type = match params.get("EventType").and_then(Value::as_str) {
        None => EventType::Other,
        Some(t) => match EventType::parse(t) {
            Some(t) => t,
            None => {
                return Reply::bad_request(vec![base(
                    "ActionParameterValueNotInList",
                    &[t, "EventType", ACTION],
                )]);
            }
        },
    };
    // The event carries what the client sent, and nothing the client did not (DSP0268).
    let event = Event {
        message_id: id.to_owned(),
        args: params
            .get("MessageArgs")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(crate::schema::display).collect())
            .unwrap_or_default(),
        args_given: params.contains_key("MessageArgs"),
        origin: text("OriginOfCondition").map(|o| normalize(&o)),
        event_type,
        username: None,
        log_entry: None,
        message: text("Message"),
        severity: text("MessageSeverity").or_else(|| text("Severity")),
        timestamp: text("EventTimestamp"),
        group_id: params.get("EventGroupId").and_then(Value::as_i64),
        from_registry: false,
    };
    state.lock().raise(event);
    super::success(state)
}
