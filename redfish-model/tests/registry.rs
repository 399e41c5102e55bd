//! `registry`: message ids resolved against the embedded DMTF registries and against a
//! registry a real service serves (the iLO 5 capture's `iLO` registry).

#![allow(clippy::unwrap_used)]

use redfish_model::diagnostics::{DiagnosticKind, diagnose};
use redfish_model::message::MessageId;
use redfish_model::message_registry::MessageRegistry;
use redfish_model::registry::{Registry, RegistryError};
use redfish_model::resource::Health;
use redfish_model::{AnyResource, Message};
use redfish_test_support::testdata_path;
use serde_json::{Value, json};

fn read(rel: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(testdata_path(rel)).unwrap()).unwrap()
}

fn ilo_registry() -> Value {
    read("mockups/hpe-ilo5-xl675d/RegistryStore/registries/en/iLO.json/index.json")
}

/// The message the emulator (and DMTF's Base 1.22.1) sends for a bad enum value.
#[test]
fn emulator_property_value_not_in_list_resolves_with_both_arguments() {
    let m: Message = serde_json::from_value(json!({
        "@odata.type": "#Message.v1_1_1.Message",
        "MessageId": "Base.1.22.PropertyValueNotInList",
        "MessageArgs": ["Red", "IndicatorLED"],
        "RelatedProperties": ["/IndicatorLED"]
    }))
    .unwrap();
    let r = m.resolve(&Registry::new()).unwrap();
    assert_eq!(r.registry, "Base.1.22.1");
    assert_eq!(
        r.message,
        "The value 'Red' for the property IndicatorLED is not in the list of acceptable values."
    );
    assert_eq!(r.severity, Some(Health::Warning));
    // The texts are the registry's, not a copy in the code.
    let base = read("schemas/registries/Base.1.22.1.json");
    let entry = &base["Messages"]["PropertyValueNotInList"];
    assert_eq!(
        entry["Message"]
            .as_str()
            .unwrap()
            .replace("%1", "Red")
            .replace("%2", "IndicatorLED"),
        r.message
    );
    assert_eq!(
        Some(entry["Resolution"].as_str().unwrap()),
        r.resolution.as_deref()
    );
    assert_eq!(r.definition.number_of_args, Some(2));
}

#[test]
fn every_message_of_every_embedded_registry_resolves_with_its_arguments() {
    let registries = Registry::new();
    assert_eq!(registries.ids().count(), Registry::EMBEDDED.len());
    let mut checked = 0;
    for file in Registry::EMBEDDED {
        let doc: Value = serde_json::from_str(
            &std::fs::read_to_string(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("registries")
                    .join(file),
            )
            .unwrap(),
        )
        .unwrap();
        // The registry files type without deviation (they are what the schema describes).
        let typed: MessageRegistry = serde_json::from_value(doc.clone()).unwrap();
        assert_eq!(diagnose(&typed), vec![], "{file}");
        let version: Vec<&str> = doc["RegistryVersion"]
            .as_str()
            .unwrap()
            .split('.')
            .collect();
        for (key, entry) in doc["Messages"].as_object().unwrap() {
            let n = entry["NumberOfArgs"].as_u64().unwrap_or(0) as usize;
            let args: Vec<String> = (1..=n).map(|i| format!("<arg{i}>")).collect();
            let id = MessageId::new(format!(
                "{}.{}.{}.{key}",
                doc["RegistryPrefix"].as_str().unwrap(),
                version[0],
                version[1]
            ));
            let r = registries.resolve_id(&id, &args).unwrap();
            for a in &args {
                assert!(
                    r.message.contains(a.as_str()),
                    "{id}: {} lacks {a}",
                    r.message
                );
            }
            assert!(!r.message.contains("%1"), "{id}: {}", r.message);
            assert!(r.severity.is_some(), "{id}");
            checked += 1;
        }
    }
    assert!(checked > 150, "{checked} messages");
}

#[test]
fn version_matching_rule() {
    let registries = Registry::new();
    let resolve = |id: &str| {
        registries
            .lookup(&MessageId::new(id))
            .map(|(reg, _)| reg.to_owned())
    };
    // Same major, older minor: the newest registry of that major answers.
    assert_eq!(
        resolve("Base.1.0.GeneralError").as_deref(),
        Some("Base.1.22.1")
    );
    // A newer minor than the embedded one: still the same major.
    assert_eq!(
        resolve("Base.1.30.GeneralError").as_deref(),
        Some("Base.1.22.1")
    );
    // The patch form and the bare form.
    assert_eq!(
        resolve("Base.1.22.1.GeneralError").as_deref(),
        Some("Base.1.22.1")
    );
    assert_eq!(resolve("Base.GeneralError").as_deref(), Some("Base.1.22.1"));
    // Another major, an unknown key, an unknown prefix, no key at all.
    assert_eq!(resolve("Base.2.0.GeneralError"), None);
    assert_eq!(resolve("Base.1.22.NoSuchMessage"), None);
    assert_eq!(resolve("Acme.1.0.GeneralError"), None);
    assert_eq!(resolve("Base"), None);
    assert_eq!(resolve("Base.x.y.GeneralError"), None);

    // With two minors of one major, the same major.minor wins, else the highest.
    let mut two = Registry::empty();
    for version in ["1.2.0", "1.3.1", "1.3.4", "1.5.0"] {
        two.add(
            serde_json::from_value(json!({
                "RegistryPrefix": "Acme", "RegistryVersion": version,
                "Messages": {"Jam": {"Message": format!("from {version}"), "Severity": "OK"}}
            }))
            .unwrap(),
        )
        .unwrap();
    }
    let text = |r: &Registry, id: &str| {
        r.resolve_id(&MessageId::new(id), &[] as &[&str])
            .unwrap()
            .message
    };
    assert_eq!(text(&two, "Acme.1.3.Jam"), "from 1.3.4");
    assert_eq!(text(&two, "Acme.1.2.Jam"), "from 1.2.0");
    assert_eq!(text(&two, "Acme.1.4.Jam"), "from 1.5.0");
    assert_eq!(text(&two, "Acme.1.0.Jam"), "from 1.5.0");
    // Adding a version again replaces it.
    two.add(
        serde_json::from_value(json!({
            "RegistryPrefix": "Acme", "RegistryVersion": "1.5.0",
            "Messages": {"Jam": {"Message": "replaced", "Severity": "OK"}}
        }))
        .unwrap(),
    )
    .unwrap();
    assert_eq!(text(&two, "Acme.1.4.Jam"), "replaced");
    assert_eq!(two.ids().count(), 4);
}

#[test]
fn ilo_registry_from_the_capture_is_typed_added_and_resolved() {
    let raw = ilo_registry();
    // The capture serves it as a plain file: it types as a MessageRegistry all the same.
    let any = AnyResource::from_json(raw.clone());
    assert!(
        matches!(any, AnyResource::MessageRegistry(_)),
        "{:?}",
        any.schema()
    );
    assert_eq!(serde_json::to_value(&any).unwrap(), raw);
    let typed: MessageRegistry = serde_json::from_value(raw.clone()).unwrap();
    assert_eq!(typed.registry_version.as_deref(), Some("2.14.0"));
    // iLO 5 leaves out what the 1.2 registry schema requires (`MessageSeverity` of each
    // message is in `Messages`, raw; the registry's own `Release` is optional).
    assert!(
        diagnose(&typed)
            .iter()
            .all(|d| d.kind == DiagnosticKind::MissingRequired)
    );

    let mut registries = Registry::new();
    assert!(
        registries
            .resolve_id(&MessageId::new("iLO.2.15.PropertyValueBadParam"), &["x"])
            .is_none()
    );
    registries.add(typed).unwrap();
    // The emulator's (and iLO 5 v2.7x's) `iLO.2.15` ids: same major, answered by 2.14.0.
    let r = registries
        .resolve_id(
            &MessageId::new("iLO.2.15.PropertyValueBadParam"),
            &["TLSVersion"],
        )
        .unwrap();
    assert_eq!(r.registry, "iLO.2.14.0");
    assert_eq!(
        r.message,
        raw["Messages"]["PropertyValueBadParam"]["Message"]
    );
    // No `MessageSeverity` in iLO 5's registry: the deprecated `Severity` is used.
    assert_eq!(r.severity, Some(Health::Warning));
    let two_args = &raw["Messages"]["ActionParameterValueNotInList"];
    assert_eq!(two_args["NumberOfArgs"], 2);
    let r = registries
        .resolve_id(
            &MessageId::new("iLO.2.15.ActionParameterValueNotInList"),
            &["Flash", "ResetType"],
        )
        .unwrap();
    assert!(
        r.message.contains("Flash") && r.message.contains("ResetType"),
        "{}",
        r.message
    );
    // The DMTF registries are still there.
    assert!(registries.ids().any(|id| id == "Base.1.22.1"));
}

#[test]
fn registries_without_prefix_version_or_messages_are_refused() {
    let mut r = Registry::empty();
    let reg = |v: Value| -> MessageRegistry { serde_json::from_value(v).unwrap() };
    assert_eq!(
        r.add(reg(json!({"RegistryVersion": "1.0.0", "Messages": {}}))),
        Err(RegistryError::MissingPrefix)
    );
    assert_eq!(
        r.add(reg(
            json!({"RegistryPrefix": "A", "RegistryVersion": "one", "Messages": {}})
        )),
        Err(RegistryError::BadVersion(Some("one".into())))
    );
    assert_eq!(
        r.add(reg(json!({"RegistryPrefix": "A", "Messages": {}}))),
        Err(RegistryError::BadVersion(None))
    );
    assert_eq!(
        r.add(reg(
            json!({"RegistryPrefix": "A", "RegistryVersion": "1.0.0"})
        )),
        Err(RegistryError::MissingMessages)
    );
    assert_eq!(r.ids().count(), 0);
}

#[test]
fn numeric_message_args_are_written_as_json() {
    let m: Message = serde_json::from_value(json!({
        "MessageId": "Base.1.22.PropertyValueOutOfRange", "MessageArgs": [4097, "MaxSessions"]
    }))
    .unwrap();
    let r = m.resolve(&Registry::new()).unwrap();
    assert!(r.message.contains("4097"), "{}", r.message);
    assert!(r.message.contains("MaxSessions"));
}
