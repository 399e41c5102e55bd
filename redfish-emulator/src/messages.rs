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

/// The registries the emulator speaks, as `(file id, source)`.
pub(crate) const REGISTRIES: [(&str, &str); 4] = [
    ("Base", BASE_REGISTRY),
    ("TaskEvent", TASK_EVENT_REGISTRY),
    ("Update", UPDATE_REGISTRY),
    ("ResourceEvent", RESOURCE_EVENT_REGISTRY),
];

struct Registry {
    /// `Prefix.Major.Minor`, e.g. `Base.1.22`.
    id_prefix: String,
    messages: serde_json::Map<String, Value>,
}

fn registries() -> &'static HashMap<String, Registry> {
    static REGS: OnceLock<HashMap<String, Registry>> = OnceLock::new();
    REGS.get_or_init(|| {
        let mut out = HashMap::new();
        for (_, src) in REGISTRIES {
            let Ok(Value::Object(doc)) = serde_json::from_str::<Value>(src) else {
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
                    messages,
                },
            );
        }
        out
    })
}

/// Builds a Message object (`MessageId`, `Message`, `MessageArgs`, `MessageSeverity`,
/// `Resolution`) from a registry entry, substituting `%1..%n`.
pub(crate) fn message(registry: &str, key: &str, args: &[&str]) -> Value {
    let Some(reg) = registries().get(registry) else {
        return json!({ "MessageId": format!("{registry}.{key}"), "MessageArgs": args });
    };
    let id = format!("{}.{}", reg.id_prefix, key);
    let Some(entry) = reg.messages.get(key) else {
        return json!({ "MessageId": id, "MessageArgs": args });
    };
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
        .and_then(Value::as_str)
        .unwrap_or("OK");
    let mut m = json!({
        "@odata.type": "#Message.v1_2_1.Message",
        "MessageId": id,
        "Message": text,
        "MessageArgs": args,
        "MessageSeverity": severity,
    });
    if let Some(res) = entry.get("Resolution") {
        m["Resolution"] = res.clone();
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
