//! `ComputerSystem.Reset`, `Chassis.Reset`, `Manager.Reset` and `LogService.ClearLog`.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::auth::Principal;
use crate::events::{Event, EventType};
use crate::messages::message;
use crate::reply::Reply;
use crate::state::{Inner, State};

/// The reset type a service applies when the request names none.
pub(crate) const DEFAULT_RESET: &str = "ForceRestart";

/// The power state after a reset of the given type.
pub(crate) fn power_after(current: Option<&str>, reset_type: &str) -> Option<&'static str> {
    Some(match reset_type {
        "On" | "ForceOn" | "ForceRestart" | "GracefulRestart" | "PowerCycle" | "FullPowerCycle"
        | "Resume" => "On",
        "ForceOff" | "GracefulShutdown" => "Off",
        "Pause" | "Suspend" => "Paused",
        "PushPowerButton" => {
            if current == Some("Off") {
                "On"
            } else {
                "Off"
            }
        }
        // Nmi and unknown values leave the power state as it is.
        _ => return None,
    })
}

/// The ResourceEvent messages of a power transition, in order.
fn power_events(before: &str, after: &str, reset_type: &str) -> &'static [&'static str] {
    match (before, after) {
        ("Off", "On") => &["ResourcePoweringOn", "ResourcePoweredOn"],
        (_, "Off") if before != "Off" => {
            if reset_type == "GracefulShutdown" {
                &["ResourcePoweringOff", "ResourcePoweredOff"]
            } else {
                &["ResourcePoweredOff"]
            }
        }
        (_, "Paused") if before != "Paused" => &["ResourcePaused"],
        ("Paused", "On") => &["ResourcePoweredOn"],
        // A restart of a running resource goes through off.
        ("On", "On")
            if matches!(
                reset_type,
                "ForceRestart" | "GracefulRestart" | "PowerCycle" | "FullPowerCycle"
            ) =>
        {
            &[
                "ResourcePoweredOff",
                "ResourcePoweringOn",
                "ResourcePoweredOn",
            ]
        }
        _ => &[],
    }
}

/// Applies a reset to a resource: its `PowerState` changes and the power events are raised
/// (one payload). Returns the ResourceEvent message describing it, for task messages.
pub(crate) fn apply(
    inner: &mut Inner,
    path: &str,
    reset_type: &str,
    user: Option<&str>,
) -> Option<Value> {
    let current = inner
        .tree
        .get(path)
        .and_then(|r| r.get("PowerState"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let new_state = power_after(current.as_deref(), reset_type);
    if let (Some(state), Some(before)) = (new_state, &current) {
        inner.tree.update(path, |r| {
            r.insert("PowerState".into(), json!(state));
        });
        let events: Vec<Event> = power_events(before, state, reset_type)
            .iter()
            .map(|key| {
                Event::new(
                    &format!("ResourceEvent.{key}"),
                    &[path],
                    path,
                    EventType::StatusChange,
                )
                .by(user)
            })
            .collect();
        inner.raise_all(events);
    }
    Some(match new_state {
        Some("Off") => message("ResourceEvent", "ResourcePoweredOff", &[path]),
        Some("On") => message("ResourceEvent", "ResourcePoweredOn", &[path]),
        Some("Paused") => message("ResourceEvent", "ResourcePaused", &[path]),
        _ => message("ResourceEvent", "ResourceStateChanged", &[path, reset_type]),
    })
}

/// Resets a system, chassis or manager immediately.
pub(crate) fn reset(
    state: &Arc<State>,
    principal: &Principal,
    resource: &str,
    params: &Map<String, Value>,
) -> Reply {
    let reset_type = params
        .get("ResetType")
        .and_then(Value::as_str)
        .unwrap_or(DEFAULT_RESET)
        .to_owned();
    {
        let mut inner = state.lock();
        let before = inner
            .tree
            .get(resource)
            .and_then(|r| r.get("PowerState"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        let user = inner.user_name(&principal.account);
        apply(&mut inner, resource, &reset_type, user.as_deref());
        // A reset that boots the system applies its pending settings (BIOS and others).
        if power_after(before.as_deref(), &reset_type) == Some("On") {
            super::settings::apply_on_reset(&mut inner, resource);
        }
    }
    super::success(state)
}

/// Resources removed per hold of the state lock while clearing a log.
const CLEAR_CHUNK: usize = 512;

/// Removes every entry of a log: the collection is emptied at once (one update), then the
/// entries are dropped in chunks, releasing the lock between chunks so that other requests
/// are not held up by a large log.
pub(crate) fn clear_log(state: &Arc<State>, log_service: &str) -> Reply {
    let entries = {
        let mut inner = state.lock();
        let entries = inner
            .tree
            .get(log_service)
            .and_then(|l| l.get("Entries"))
            .and_then(|e| e.get("@odata.id"))
            .and_then(Value::as_str)
            .and_then(|e| inner.tree.resolve(e));
        let Some(entries) = entries else {
            drop(inner);
            return super::success(state);
        };
        let members: Vec<String> = inner
            .tree
            .get(&entries)
            .and_then(|c| c.get("Members"))
            .and_then(Value::as_array)
            .map(|m| {
                m.iter()
                    .filter_map(crate::util::link_target)
                    .map(crate::tree::normalize)
                    .collect()
            })
            .unwrap_or_default();
        inner.tree.update(&entries, |c| {
            c.insert("Members".into(), json!([]));
            c.insert("Members@odata.count".into(), json!(0));
            c.remove("Members@odata.nextLink");
        });
        members
    };
    for chunk in entries.chunks(CLEAR_CHUNK) {
        let removed: Vec<_> = {
            let mut inner = state.lock();
            chunk.iter().filter_map(|m| inner.tree.remove(m)).collect()
        };
        // Freeing the documents happens outside the lock.
        drop(removed);
    }
    super::success(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn power_states_follow_reset_types() {
        assert_eq!(power_after(Some("On"), "ForceOff"), Some("Off"));
        assert_eq!(power_after(Some("Off"), "On"), Some("On"));
        assert_eq!(power_after(Some("Off"), "PushPowerButton"), Some("On"));
        assert_eq!(power_after(Some("On"), "PushPowerButton"), Some("Off"));
        assert_eq!(power_after(Some("On"), "Nmi"), None);
    }

    #[test]
    fn power_transitions_raise_the_registry_events() {
        assert_eq!(
            power_events("Off", "On", "On"),
            ["ResourcePoweringOn", "ResourcePoweredOn"]
        );
        assert_eq!(
            power_events("On", "Off", "ForceOff"),
            ["ResourcePoweredOff"]
        );
        assert_eq!(
            power_events("On", "Off", "GracefulShutdown"),
            ["ResourcePoweringOff", "ResourcePoweredOff"]
        );
        assert_eq!(power_events("On", "On", "ForceRestart").len(), 3);
        assert!(power_events("On", "On", "On").is_empty());
        assert!(power_events("Off", "Off", "ForceOff").is_empty());
        for keys in [
            power_events("On", "On", "PowerCycle"),
            power_events("On", "Paused", "Pause"),
        ] {
            for k in keys {
                assert!(crate::messages::resolve(&format!("ResourceEvent.{k}"), &["x"]).is_some());
            }
        }
    }
}
