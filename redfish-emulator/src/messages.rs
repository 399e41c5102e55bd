//! Redfish messages from the DMTF registries compiled into the crate, and error bodies.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::{Value, json};

pub(crate) const BASE_REGISTRY: &str = include_str!("../data/registries/Base.1.22.1.json");
pub(crate) const TASK_EVENT_REGISTRY: &str =
    include_str!("../data/registries/TaskEvent.1.0.5.json");
pub(crate) const UPDATE_REGISTRY: &str = include_str!("../data/registries/Update.1.3.0.json");
pub(crate) const RESOURCE_EVENT_REGISTRY: &str =
    include_str!("../data/registries/ResourceEvent.1.4.3.json");

/// A message registry the emulator knows, and how a service serves it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RegistrySource {
    /// The `MessageRegistryFile` id (the member of `Registries`): `Base`, `TaskEvent`.
    pub file: &'static str,
    /// The registry document.
    pub source: &'static str,
    /// Where the document is served; `None`: `/redfish/v1/Registries/{file}/{Id}`.
    pub location: Option<&'static str>,
    /// Published by the DMTF (served with its `PublicationUri`).
    pub dmtf: bool,
}

const fn dmtf(file: &'static str, source: &'static str) -> RegistrySource {
    RegistrySource {
        file,
        source,
        location: None,
        dmtf: true,
    }
}

/// The DMTF registries every service speaks (errors, tasks, updates, resource events).
pub(crate) const REGISTRIES: [RegistrySource; 4] = [
    dmtf("Base", BASE_REGISTRY),
    dmtf("TaskEvent", TASK_EVENT_REGISTRY),
    dmtf("Update", UPDATE_REGISTRY),
    dmtf("ResourceEvent", RESOURCE_EVENT_REGISTRY),
];

struct Registry {
    /// `Prefix.Major.Minor`, e.g. `Base.1.22`.
    id_prefix: String,
    major: String,
    messages: serde_json::Map<String, Value>,
}

fn registries() -> &'static HashMap<String, Registry> {
    static REGS: OnceLock<HashMap<String, Registry>> = OnceLock::new();
    REGS.get_or_init(|| {
        let mut out = HashMap::new();
        for reg in REGISTRIES.iter().chain(crate::vendor::REGISTRIES.iter()) {
            let Ok(Value::Object(doc)) = serde_json::from_str::<Value>(reg.source) else {
                continue;
            };
            let prefix = doc
                .get("RegistryPrefix")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let version = doc
                .get("RegistryVersion")
                .and_then(Value::as_str)
                .unwrap_or("1.0.0");
            let major_minor: Vec<&str> = version.split('.').take(2).collect();
            let messages = match doc.get("Messages") {
                Some(Value::Object(m)) => m.clone(),
                _ => serde_json::Map::new(),
            };
            out.insert(
                prefix.clone(),
                Registry {
                    id_prefix: format!("{prefix}.{}", major_minor.join(".")),
                    major: major_minor.first().copied().unwrap_or("1").to_owned(),
                    messages,
                },
            );
        }
        out
    })
}

/// A registry message with its arguments filled in.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    /// `Prefix.Major.Minor.Key`.
    pub id: String,
    pub message: String,
    pub severity: String,
    pub resolution: Option<Value>,
    /// The registry's `NumberOfArgs`.
    pub number_of_args: usize,
}

/// Splits a `MessageId` into registry prefix, version (`Major.Minor`, if given) and key.
pub(crate) fn split_id(id: &str) -> Option<(&str, Option<&str>, &str)> {
    let (prefix, rest) = id.split_once('.')?;
    let (version, key) = match rest.rsplit_once('.') {
        Some((v, k)) => (Some(v), k),
        None => (None, rest),
    };
    (!prefix.is_empty() && !key.is_empty()).then_some((prefix, version, key))
}

/// Resolves `Prefix.Key` or `Prefix.Major.Minor.Key` against the registries the emulator
/// knows (the major version must match), substituting `%1..%n`.
pub(crate) fn resolve(id: &str, args: &[&str]) -> Option<Resolved> {
    let (prefix, version, key) = split_id(id)?;
    let reg = registries().get(prefix)?;
    if let Some(v) = version
        && v.split('.').next() != Some(reg.major.as_str())
    {
        return None;
    }
    let entry = reg.messages.get(key)?;
    let mut text = entry
        .get("Message")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    // Highest index first so that %1 does not eat the prefix of %10.
    for (i, arg) in args.iter().enumerate().rev() {
        text = text.replace(&format!("%{}", i + 1), arg);
    }
    let severity = entry
        .get("MessageSeverity")
        .or_else(|| entry.get("Severity"))
        .and_then(Value::as_str)
        .unwrap_or("OK")
        .to_owned();
    Some(Resolved {
        id: format!("{}.{}", reg.id_prefix, key),
        message: text,
        severity,
        resolution: entry.get("Resolution").cloned(),
        number_of_args: entry
            .get("NumberOfArgs")
            .and_then(Value::as_u64)
            .unwrap_or(0) as usize,
    })
}

/// Builds a Message object (`MessageId`, `Message`, `MessageArgs`, `MessageSeverity`,
/// `Resolution`) from a registry entry, substituting `%1..%n`.
pub(crate) fn message(registry: &str, key: &str, args: &[&str]) -> Value {
    let Some(r) = resolve(&format!("{registry}.{key}"), args) else {
        let id = registries()
            .get(registry)
            .map(|reg| format!("{}.{key}", reg.id_prefix))
            .unwrap_or_else(|| format!("{registry}.{key}"));
        return json!({ "MessageId": id, "MessageArgs": args });
    };
    let mut m = json!({
        "@odata.type": "#Message.v1_2_1.Message",
        "MessageId": r.id,
        "Message": r.message,
        "MessageArgs": args,
        "MessageSeverity": r.severity,
    });
    if let Some(res) = r.resolution {
        m["Resolution"] = res;
    }
    m
}

/// A Base registry message.
pub(crate) fn base(key: &str, args: &[&str]) -> Value {
    message("Base", key, args)
}

/// A Base registry message naming the JSON pointer of the property it concerns.
pub(crate) fn base_for(key: &str, args: &[&str], pointer: &str) -> Value {
    let mut m = base(key, args);
    m["RelatedProperties"] = json!([pointer]);
    m
}

/// A Redfish error body: `{"error": {code, message, @Message.ExtendedInfo}}`.
pub(crate) fn error_body(extended: Vec<Value>) -> Value {
    let (code, text) = match extended.as_slice() {
        [one] => (
            one.get("MessageId")
                .cloned()
                .unwrap_or(json!("Base.1.22.GeneralError")),
            one.get("Message")
                .cloned()
                .unwrap_or(json!("A general error has occurred.")),
        ),
        _ => {
            let g = base("GeneralError", &[]);
            (g["MessageId"].clone(), g["Message"].clone())
        }
    };
    json!({
        "error": {
            "code": code,
            "message": text,
            "@Message.ExtendedInfo": extended,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_messages_are_formatted_from_the_registry() {
        let m = base("PropertyValueNotInList", &["Red", "IndicatorLED"]);
        assert_eq!(m["MessageId"], "Base.1.22.PropertyValueNotInList");
        assert_eq!(
            m["Message"],
            "The value 'Red' for the property IndicatorLED is not in the list of acceptable values."
        );
        assert_eq!(m["MessageSeverity"], "Warning");
    }

    #[test]
    fn task_event_messages_resolve() {
        let m = message("TaskEvent", "TaskStarted", &["7"]);
        assert_eq!(m["MessageId"], "TaskEvent.1.0.TaskStarted");
        assert_eq!(m["Message"], "The task with Id '7' has started.");
    }

    #[test]
    fn versioned_ids_resolve() {
        assert!(resolve("ResourceEvent.1.4.ResourceChanged", &[]).is_some());
        let r = resolve("TaskEvent.TaskProgressChanged", &["3", "50"]).unwrap();
        assert_eq!(r.id, "TaskEvent.1.0.TaskProgressChanged");
        assert_eq!(r.number_of_args, 2);
        // Another major version, an unknown key, a malformed id.
        assert!(resolve("ResourceEvent.2.0.ResourceChanged", &[]).is_none());
        assert!(resolve("ResourceEvent.Nope", &[]).is_none());
        assert!(resolve("ResourceEvent", &[]).is_none());
        assert_eq!(
            split_id("Base.1.22.Success"),
            Some(("Base", Some("1.22"), "Success"))
        );
    }

    #[test]
    fn error_body_with_one_message_uses_it_as_code() {
        let b = error_body(vec![base("NoValidSession", &[])]);
        assert_eq!(b["error"]["code"], "Base.1.22.NoValidSession");
        assert_eq!(
            b["error"]["@Message.ExtendedInfo"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
    }
}
