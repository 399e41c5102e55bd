//! The DMTF-standard behaviour every service has: the creatable collections, the standard
//! actions (resets, logs, aggregation, update, certificates, virtual media, settings, account
//! passwords, test events) and the standard side effects of a PATCH.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::actions::{Found, aggregation, certificates, reset, settings, update, virtual_media};
use crate::auth::{Principal, ROLES};
use crate::behaviour::Behaviour;
use crate::messages::base_for;
use crate::reply::Reply;
use crate::state::{Inner, State};
use crate::tree::{odata_type, schema_name};

/// Standard Redfish behaviour (DSP0266, DSP0268).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Dmtf;

/// Collection types that accept POST.
const INSERTABLE: [&str; 5] = [
    "CertificateCollection",
    "ManagerAccountCollection",
    "SessionCollection",
    "AggregateCollection",
    "EventDestinationCollection",
];

fn collection_type(collection: &Value) -> &str {
    odata_type(collection)
        .and_then(|t| t.split('.').next())
        .unwrap_or("")
}

impl Behaviour for Dmtf {
    fn insertable(&self, _key: &str, collection: &Value) -> Option<bool> {
        INSERTABLE
            .contains(&collection_type(collection))
            .then_some(true)
    }

    fn create(
        &self,
        state: &Arc<State>,
        principal: &Principal,
        key: &str,
        collection: &Value,
        body: &Map<String, Value>,
    ) -> Option<Reply> {
        Some(match collection_type(collection) {
            "CertificateCollection" => certificates::install(state, key, None, body),
            "ManagerAccountCollection" => {
                crate::create::create_account(state, principal, key, body.clone())
            }
            "AggregateCollection" => aggregation::create_aggregate(state, key, body),
            "EventDestinationCollection" => {
                let user = state.lock().user_name(&principal.account);
                crate::events::push::create(state, key, body, user)
            }
            _ => return None,
        })
    }

    fn action(
        &self,
        state: &Arc<State>,
        principal: &Principal,
        found: &Found,
        params: &Map<String, Value>,
    ) -> Option<Reply> {
        let res = found.resource.as_str();
        Some(match found.name.as_str() {
            "ComputerSystem.Reset" | "Chassis.Reset" | "Manager.Reset" => {
                reset::reset(state, principal, res, params)
            }
            "LogService.ClearLog" => reset::clear_log(state, res),
            "AggregationService.Reset" => aggregation::service_reset(state, params),
            "Aggregate.Reset" => aggregation::aggregate_reset(state, res, params),
            "AggregationService.SetDefaultBootOrder" => {
                aggregation::set_default_boot_order(state, None, params)
            }
            "Aggregate.SetDefaultBootOrder" => {
                aggregation::set_default_boot_order(state, Some(res), params)
            }
            "Aggregate.AddElements" => aggregation::change_elements(state, res, params, true),
            "Aggregate.RemoveElements" => aggregation::change_elements(state, res, params, false),
            "UpdateService.SimpleUpdate" => update::simple_update(state, params),
            "CertificateService.GenerateCSR" => certificates::generate_csr(state, params),
            "CertificateService.ReplaceCertificate" => certificates::replace(state, params),
            "VirtualMedia.InsertMedia" => virtual_media::insert(state, res, params),
            "VirtualMedia.EjectMedia" => virtual_media::eject(state, res),
            "ManagerAccount.ChangePassword" => {
                settings::change_password(state, principal, res, params)
            }
            "Bios.ResetBios" => settings::reset_bios(state, res),
            "Bios.ChangePassword" => settings::bios_change_password(state, res, params),
            "EventService.SubmitTestEvent" => settings::submit_test_event(state, params),
            "EventDestination.ResumeSubscription" => {
                crate::events::push::suspend_or_resume(state, res, true, params)
            }
            "EventDestination.SuspendSubscription" => {
                crate::events::push::suspend_or_resume(state, res, false, params)
            }
            _ => return None,
        })
    }

    fn extra_writable(&self, current: &Value) -> &'static [&'static str] {
        // BIOS attributes are defined by the AttributeRegistry, not the schema (which gives them
        // as patternProperties); they are checked against the registry.
        match schema_name(current) {
            Some("Bios") => &["/Attributes"],
            // Header names are the keys (patternProperties); push::after_patch checks them.
            Some("EventDestination") => &["/HttpHeaders"],
            _ => &[],
        }
    }

    fn patch_checks(
        &self,
        inner: &Inner,
        key: &str,
        current: &Value,
        body: &Map<String, Value>,
    ) -> Vec<Value> {
        let mut errors = account_checks(inner, key, current, body);
        errors.extend(settings::check_settings_patch(inner, key, current, body));
        errors.extend(virtual_media::check_patch(current, body));
        errors.extend(crate::events::push::patch_checks(current, body));
        errors
    }

    fn after_patch(
        &self,
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
        virtual_media::after_patch(current, updated, body);
        settings::after_patch(state, inner, key, current, updated, body);
        if schema_name(current) == Some("EventDestination") {
            crate::events::push::after_patch(inner, key, updated, body);
        }
    }
}

/// Checks beyond the schema, reported as Base messages.
fn account_checks(
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
