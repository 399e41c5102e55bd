//! The tolerance rules, one test each, with the odd inputs real BMCs send.

#![allow(clippy::unwrap_used)]

use redfish_model::chassis::{Chassis, ChassisType, IndicatorLED};
use redfish_model::diagnostics::{Diagnose, Diagnostic, DiagnosticKind};
use redfish_model::manager::{Manager, ManagerType};
use redfish_model::power::Power;
use redfish_model::resource::{Health, PowerState, State};
use redfish_model::session::Session;
use redfish_model::{
    AnyResource, Collection, ETag, Link, ODataId, ODataType, OemExtension, RedfishError, Resource,
};
use serde_json::{Value, json};

/// The deviations of `value` other than absent Required properties: the fragments here are
/// partial resources, and `MissingRequired` has tests of its own.
fn diagnose<T: Diagnose + ?Sized>(value: &T) -> Vec<Diagnostic> {
    redfish_model::diagnostics::diagnose(value)
        .into_iter()
        .filter(|d| d.kind != DiagnosticKind::MissingRequired)
        .collect()
}

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned>(v: &Value) -> (T, Value) {
    let typed: T = serde_json::from_value(v.clone()).unwrap();
    let back = serde_json::to_value(&typed).unwrap();
    (typed, back)
}

#[test]
fn unknown_enum_values_are_kept_verbatim() {
    let v =
        json!({"ChassisType": "HoverCraft", "PowerState": "Hibernating", "IndicatorLED": "Lit"});
    let (c, back): (Chassis, _) = round_trip(&v);
    assert_eq!(
        c.chassis_type,
        Some(ChassisType::Unknown("HoverCraft".into()))
    );
    assert_eq!(
        c.power_state,
        Some(PowerState::Unknown("Hibernating".into()))
    );
    assert_eq!(c.indicator_led, Some(IndicatorLED::Lit));
    assert_eq!(back, v);
    let d = diagnose(&c);
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(
        d.iter()
            .all(|d| matches!(d.kind, DiagnosticKind::UnknownEnumValue { .. }))
    );
}

#[test]
fn enum_strict_parse_and_display() {
    assert_eq!(ChassisType::try_parse("Rack"), Some(ChassisType::Rack));
    assert_eq!(ChassisType::try_parse("rack"), None);
    assert_eq!(ManagerType::from("RackManager"), ManagerType::RackManager);
    assert_eq!(ManagerType::RackManager.to_string(), "RackManager");
    assert!(ChassisType::VALUES.contains(&"Rack"));
    assert!(ChassisType::Unknown("x".into()).is_unknown());
}

#[test]
fn explicit_nulls_are_absent_but_preserved() {
    let v = json!({"AssetTag": null, "Status": {"State": "Enabled", "Health": null}});
    let (c, back): (Chassis, _) = round_trip(&v);
    assert_eq!(c.asset_tag, None);
    let status = c.status.as_ref().unwrap();
    assert_eq!(status.state, Some(State::Enabled));
    assert_eq!(status.health, None);
    assert_eq!(back, v);
    assert!(diagnose(&c).is_empty(), "null is not a deviation");
}

#[test]
fn numbers_sent_as_strings_are_read_and_respelled() {
    // Seen on several BMCs: readings and limits as strings.
    let v = json!({"PowerControl": [{"PowerConsumedWatts": "344", "PowerLimit": {"LimitInWatts": " 500.5 "}}]});
    let (p, back): (Power, _) = round_trip(&v);
    let pc = &p.power_control.as_ref().unwrap()[0];
    assert_eq!(pc.power_consumed_watts, Some(344.0));
    assert_eq!(pc.power_limit.as_ref().unwrap().limit_in_watts, Some(500.5));
    assert_eq!(back, v, "the string form survives the round trip");
    let d = diagnose(&p);
    assert_eq!(d.len(), 2);
    assert!(
        d.iter()
            .all(|d| matches!(d.kind, DiagnosticKind::Coerced { .. }))
    );
    assert_eq!(d[0].path, "PowerControl/0/PowerConsumedWatts");
}

#[test]
fn integer_spelling_of_floats_is_kept() {
    let v = json!({"PowerControl": [{"PowerConsumedWatts": 344, "PowerCapacityWatts": 800.0}]});
    let (p, back): (Power, _) = round_trip(&v);
    assert_eq!(
        p.power_control.as_ref().unwrap()[0].power_consumed_watts,
        Some(344.0)
    );
    assert_eq!(back, v);
    assert!(diagnose(&p).is_empty(), "344 for a number is valid");
}

#[test]
fn a_changed_value_wins_over_the_original_spelling() {
    let v = json!({"PowerControl": [{"PowerLimit": {"LimitInWatts": "500"}}]});
    let mut p: Power = serde_json::from_value(v).unwrap();
    p.power_control.as_mut().unwrap()[0]
        .power_limit
        .as_mut()
        .unwrap()
        .limit_in_watts = Some(450.0);
    let back = serde_json::to_value(&p).unwrap();
    assert_eq!(
        back["PowerControl"][0]["PowerLimit"]["LimitInWatts"],
        json!(450.0)
    );
}

#[test]
fn strings_sent_as_numbers_and_booleans() {
    let v = json!({"SerialNumber": 123456, "Model": true});
    let (c, back): (Chassis, _) = round_trip(&v);
    assert_eq!(c.serial_number.as_deref(), Some("123456"));
    assert_eq!(c.model.as_deref(), Some("true"));
    assert_eq!(back, v);
}

#[test]
fn a_lone_object_where_an_array_is_expected() {
    // iLO sends some arrays as a single object.
    let v = json!({"Links": {"ComputerSystems": {"@odata.id": "/redfish/v1/Systems/1/"}}});
    let (c, back): (Chassis, _) = round_trip(&v);
    let systems = c.links.as_ref().unwrap().computer_systems.as_ref().unwrap();
    assert_eq!(systems.len(), 1);
    assert_eq!(systems[0].odata_id.as_str(), "/redfish/v1/Systems/1/");
    assert_eq!(back, v);
}

#[test]
fn untypable_values_are_kept_raw_and_reported() {
    let v = json!({"Status": "OK", "PowerState": {"odd": true}, "Links": []});
    let (c, back): (Chassis, _) = round_trip(&v);
    assert!(c.status.is_none() && c.power_state.is_none() && c.links.is_none());
    assert_eq!(back, v);
    let d = diagnose(&c);
    let paths: Vec<_> = d.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["Links", "PowerState", "Status"]);
    assert!(
        d.iter()
            .all(|d| matches!(d.kind, DiagnosticKind::Rejected { .. }))
    );
}

#[test]
fn unknown_properties_and_annotations_are_kept() {
    let v = json!({
        "Id": "1", "FutureProperty": {"Nested": [1, 2]},
        "AssetTag@Redfish.AllowableValues": ["a"],
        "@Message.ExtendedInfo": [{"MessageId": "Base.1.8.PropertyNotWritable"}]
    });
    let (c, back): (Chassis, _) = round_trip(&v);
    assert_eq!(c.extra["FutureProperty"], json!({"Nested": [1, 2]}));
    assert_eq!(
        c.extended_info()[0].message_id.as_ref().unwrap().key(),
        "PropertyNotWritable"
    );
    assert_eq!(back, v);
    assert!(
        diagnose(&c).is_empty(),
        "unknown properties are not deviations"
    );
}

#[test]
fn arrays_with_null_entries() {
    let v = json!({"Roles": ["Administrator", null]});
    let (s, back): (Session, _) = round_trip(&v);
    assert_eq!(
        s.roles.as_ref().unwrap(),
        &vec![Some("Administrator".to_owned()), None]
    );
    assert_eq!(back, v);
}

#[test]
fn non_objects_are_errors_not_panics() {
    assert!(serde_json::from_str::<Chassis>("[]").is_err());
    assert!(serde_json::from_str::<Chassis>("\"Chassis\"").is_err());
    assert!(serde_json::from_str::<Chassis>("{\"Id\": ").is_err());
    assert!(serde_json::from_value::<Collection>(json!(42)).is_err());
}

redfish_model::redfish_struct! {
    /// A test OEM section.
    pub struct AcmeManager {
        /// A flag.
        "RequireHostAuthentication" => require_host_authentication: bool,
    }
}

impl OemExtension for AcmeManager {
    const VENDOR: &'static str = "Acme";
    const ALIASES: &'static [&'static str] = &["AcmeOld"];
}

#[test]
fn oem_sections_typed_on_demand() {
    let present: Manager = serde_json::from_value(
        json!({"Oem": {"Acme": {"RequireHostAuthentication": true, "X": 1}}}),
    )
    .unwrap();
    let acme = present.oem_ext::<AcmeManager>().unwrap().unwrap();
    assert_eq!(acme.require_host_authentication, Some(true));
    assert_eq!(acme.extra["X"], json!(1));

    let alias: Manager =
        serde_json::from_value(json!({"Oem": {"AcmeOld": {"RequireHostAuthentication": false}}}))
            .unwrap();
    assert_eq!(
        alias
            .oem_ext::<AcmeManager>()
            .unwrap()
            .unwrap()
            .require_host_authentication,
        Some(false)
    );

    let absent: Manager = serde_json::from_value(json!({"Oem": {"Other": {}}})).unwrap();
    assert!(absent.oem_ext::<AcmeManager>().unwrap().is_none());
    let no_oem: Manager = serde_json::from_value(json!({})).unwrap();
    assert!(no_oem.oem_ext::<AcmeManager>().unwrap().is_none());
    let null: Manager = serde_json::from_value(json!({"Oem": {"Acme": null}})).unwrap();
    assert!(null.oem_ext::<AcmeManager>().unwrap().is_none());
    let malformed: Manager = serde_json::from_value(json!({"Oem": {"Acme": "yes"}})).unwrap();
    assert!(malformed.oem_ext::<AcmeManager>().is_err());
    assert_eq!(
        malformed.oem.as_ref().unwrap().raw("Acme"),
        Some(&json!("yes"))
    );
}

#[test]
fn odata_ids_with_trailing_slashes_and_fragments() {
    let a = ODataId::new("/redfish/v1/Systems/1/");
    let b = ODataId::new("/redfish/v1/Systems/1");
    assert_ne!(a, b, "kept verbatim");
    assert!(a.same_resource(&b));
    assert_eq!(a.child("Bios").as_str(), "/redfish/v1/Systems/1/Bios/");
    assert_eq!(b.child("Bios").as_str(), "/redfish/v1/Systems/1/Bios");
    let f = ODataId::new("/redfish/v1/Chassis/1/Power#/PowerControl/0");
    assert_eq!(f.path(), "/redfish/v1/Chassis/1/Power");
    assert_eq!(f.fragment(), Some("/PowerControl/0"));
    assert_eq!(a.last_segment(), "1");
    assert_eq!(ODataId::new("/").normalized(), "/");
}

#[test]
fn odata_types_of_every_shape() {
    assert_eq!(
        ODataType::new("#HpeiLOServiceExt.v2_0_0.HpeiLOServiceExt").schema(),
        "HpeiLOServiceExt"
    );
    let ilo4 = ODataType::new("#Manager.1.0.0.Manager");
    assert_eq!(ilo4.version(), Some((1, 0, 0)));
    assert!(ODataType::new("#Chassis.v1_14_0.Chassis").at_least(1, 14));
    assert!(!ODataType::new("#Chassis.v1_14_0.Chassis").at_least(1, 15));
    assert_eq!(ODataType::new("Chassis").version(), None);
}

#[test]
fn weak_etags_are_kept_exactly() {
    let v = json!({"@odata.etag": "W/\"3E42B793\""});
    let (c, back): (Chassis, _) = round_trip(&v);
    assert_eq!(c.etag(), Some(&ETag::new("W/\"3E42B793\"")));
    assert_eq!(back, v);
}

#[test]
fn resources_dispatch_by_odata_type() {
    let c = AnyResource::from_json(json!({"@odata.type": "#Chassis.v1_2_0.Chassis", "Id": "1"}));
    assert_eq!(c.schema(), Some("Chassis"));
    let coll = AnyResource::from_json(
        json!({"@odata.type": "#ChassisCollection.ChassisCollection", "Members": []}),
    );
    assert_eq!(coll.schema(), Some("Collection"));
    let oem = AnyResource::from_json(
        json!({"@odata.type": "#HpeSecurityService.v2_3_1.HpeSecurityService"}),
    );
    assert!(matches!(oem, AnyResource::Unknown(_)));
    let err =
        AnyResource::from_json(json!({"error": {"code": "Base.1.0.GeneralError", "message": "x"}}));
    assert!(matches!(err, AnyResource::Error(_)));
    let schema_file =
        AnyResource::from_json(json!({"$schema": "http://json-schema.org/draft-07/schema#"}));
    assert!(matches!(schema_file, AnyResource::Unknown(_)));
}

#[test]
fn error_bodies_and_ilo_success_wrappers() {
    let e: RedfishError = serde_json::from_value(json!({"error": {
        "code": "iLO.0.10.ExtendedInfo",
        "message": "See @Message.ExtendedInfo for more information.",
        "@Message.ExtendedInfo": [{"MessageId": "iLO.2.15.PropertyValueBadParam", "MessageArgs": ["TLSVersion"]}]
    }}))
    .unwrap();
    assert!(e.has_message("PropertyValueBadParam"));
    let id = e.messages()[0].message_id.as_ref().unwrap();
    assert_eq!(
        (id.registry(), id.version(), id.key()),
        ("iLO", Some("2.15"), "PropertyValueBadParam")
    );
    assert!(e.to_string().contains("iLO.2.15.PropertyValueBadParam"));
    let ok: RedfishError =
        serde_json::from_value(json!({"error": {"code": "iLO.0.10.ExtendedInfo",
        "@Message.ExtendedInfo": [{"MessageId": "Base.1.17.Success"}]}}))
        .unwrap();
    assert!(ok.has_message("Success"));
}

#[test]
fn secrets_never_reach_debug() {
    let s: Session = serde_json::from_value(
        json!({"UserName": "admin", "Password": "hunter2", "Token": "abc123",
        "OemPasswordHint": "also-secret"}),
    )
    .unwrap();
    let dbg = format!("{s:?}");
    assert!(dbg.contains("admin"));
    assert!(
        !dbg.contains("hunter2") && !dbg.contains("abc123") && !dbg.contains("also-secret"),
        "{dbg}"
    );
    // The values are still there for serialization (a login body needs them).
    assert_eq!(serde_json::to_value(&s).unwrap()["Password"], "hunter2");
}

#[test]
fn expanded_links_type_without_another_request() {
    let v = json!({"Members": [
        {"@odata.id": "/redfish/v1/Chassis/1", "@odata.type": "#Chassis.v1_0_0.Chassis", "ChassisType": "Rack"},
        {"@odata.id": "/redfish/v1/Chassis/2"}
    ], "Members@odata.count": "2"});
    let (c, back): (Collection<Chassis>, _) = round_trip(&v);
    assert_eq!(c.count, Some(2));
    assert!(c.members[0].is_expanded() && !c.members[1].is_expanded());
    let expanded = c.expanded_members();
    assert_eq!(expanded.len(), 1);
    assert_eq!(
        expanded[0].as_ref().unwrap().chassis_type,
        Some(ChassisType::Rack)
    );
    assert_eq!(back, v);
    let l: Link<Chassis> = Link::new("/redfish/v1/Chassis/9");
    assert!(l.expanded().is_none());
}

#[test]
fn collections_with_odd_members() {
    let v = json!({"Members": "none", "Members@odata.nextLink": "/redfish/v1/Chassis?$skip=2"});
    let (c, back): (Collection, _) = round_trip(&v);
    assert!(c.members.is_empty());
    assert_eq!(
        c.next_link.as_ref().unwrap().as_str(),
        "/redfish/v1/Chassis?$skip=2"
    );
    assert_eq!(back, v);
    assert_eq!(diagnose(&c)[0].path, "Members");
}

#[test]
fn health_and_state_values() {
    let (s, _): (redfish_model::Status, _) =
        round_trip(&json!({"State": "Enabled", "Health": "OK", "HealthRollup": "Critical"}));
    assert_eq!(s.health, Some(Health::OK));
    assert_eq!(s.health_rollup, Some(Health::Critical));
}

#[test]
fn a_one_element_array_where_a_single_link_is_expected() {
    // Intel BMCs send `ContainedBy` (a single link) as an array of one link.
    let v = json!({"Links": {"ContainedBy": [{"@odata.id": "/redfish/v1/Chassis/Rack"}]}});
    let (c, back): (Chassis, _) = round_trip(&v);
    let links = c.links.as_ref().unwrap();
    assert_eq!(
        links.contained_by.as_ref().unwrap().odata_id.as_str(),
        "/redfish/v1/Chassis/Rack"
    );
    assert_eq!(back, v, "the array form is written back");
    let d = diagnose(&c);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].path, "Links/ContainedBy");
    assert!(matches!(&d[0].kind, DiagnosticKind::Coerced { raw } if raw.is_array()));
    // Straight from the bytes, the same.
    let fast: Chassis = serde_json::from_slice(&serde_json::to_vec(&v).unwrap()).unwrap();
    assert_eq!(fast, c);
    // Only objects are unwrapped: a one-element array for a string stays raw and rejected.
    let (c, back): (Chassis, _) = round_trip(&json!({"SerialNumber": ["X1"]}));
    assert_eq!(c.serial_number, None);
    assert_eq!(back, json!({"SerialNumber": ["X1"]}));
    assert!(matches!(
        diagnose(&c)[0].kind,
        DiagnosticKind::Rejected { .. }
    ));
}

#[test]
fn a_collection_whose_members_is_a_lone_object_is_written_back_as_sent() {
    let v = json!({
        "@odata.type": "#ChassisCollection.ChassisCollection",
        "Members": {"@odata.id": "/redfish/v1/Chassis/1"},
        "Members@odata.count": 1
    });
    let (c, back): (Collection<Chassis>, _) = round_trip(&v);
    assert_eq!(c.members.len(), 1);
    assert_eq!(c.members[0].odata_id.as_str(), "/redfish/v1/Chassis/1");
    assert_eq!(back, v, "the lone object is not turned into an array");
    let d = diagnose(&c);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].path, "Members");
    assert!(matches!(&d[0].kind, DiagnosticKind::Coerced { raw } if raw.is_object()));
    // The same through AnyResource, from the bytes and from a Value.
    let bytes = serde_json::to_vec(&v).unwrap();
    let any = AnyResource::from_slice(&bytes).unwrap();
    assert!(matches!(&any, AnyResource::Collection(c) if c.members.len() == 1));
    assert_eq!(serde_json::to_value(&any).unwrap(), v);
    assert_eq!(any, AnyResource::from_json(v));
    // A member added by the caller wins over the original form.
    let mut c = c;
    c.members.push(Link::new("/redfish/v1/Chassis/2"));
    assert_eq!(
        serde_json::to_value(&c).unwrap()["Members"][1]["@odata.id"],
        "/redfish/v1/Chassis/2"
    );
}

#[test]
fn secrets_nested_in_oem_and_extra_never_reach_debug() {
    let m: Manager = serde_json::from_value(json!({
        "Id": "1",
        "Oem": {"Hpe": {
            "Foo": {"Password": "hunter2", "PasswordChangeRequired": true},
            "Sessions": [{"Token": "tok-abc", "UserName": "admin"}, {"Token": "tok-def"}],
            "Certificate": {"KeyUsage": ["DigitalSignature"], "PrivateKey": "-----BEGIN KEY-----"}
        }},
        "VendorThing": {"Deep": [{"AuthenticationKey": "snmp-auth-key"}]},
        "Status": {"Conditions": [{"MessageArgs": ["x"], "Oem": {"SessionToken": "tok-ghi"}}]}
    }))
    .unwrap();
    let dbg = format!("{m:?}");
    for secret in [
        "hunter2",
        "tok-abc",
        "tok-def",
        "tok-ghi",
        "BEGIN KEY",
        "snmp-auth-key",
    ] {
        assert!(!dbg.contains(secret), "{secret} in {dbg}");
    }
    // Harmless neighbours stay readable.
    for shown in [
        "admin",
        "DigitalSignature",
        "PasswordChangeRequired\": Bool(true)",
    ] {
        assert!(dbg.contains(shown), "{shown} missing from {dbg}");
    }
    // The same for a resource of an unknown schema, kept as raw JSON.
    let any = AnyResource::from_json(json!({
        "@odata.type": "#HpeSecurityService.v2_3_1.HpeSecurityService",
        "Accounts": [{"Token": "tok-jkl", "Id": "7"}]
    }));
    let dbg = format!("{any:?}");
    assert!(!dbg.contains("tok-jkl") && dbg.contains("\"7\""), "{dbg}");
    // Serialization still has everything.
    let back = serde_json::to_value(&m).unwrap();
    assert_eq!(back["Oem"]["Hpe"]["Foo"]["Password"], "hunter2");
    assert_eq!(back["Oem"]["Hpe"]["Sessions"][1]["Token"], "tok-def");
}

#[test]
fn from_slice_types_wherever_odata_type_comes_and_agrees_with_from_json() {
    let cases = [
        // iLO order: the OData annotations first.
        json!({"@odata.context": "/redfish/v1/$metadata#Chassis.Chassis", "@odata.id": "/redfish/v1/Chassis/1",
               "Id": "1", "PowerState": 5, "@odata.type": "#Chassis.v1_10_0.Chassis", "Model": null}),
        // Last.
        json!({"Id": "1", "Links": {"ContainedBy": [{"@odata.id": "/x"}]}, "@odata.type": "#Chassis.v1_10_0.Chassis"}),
        // A collection without Members is not typed.
        json!({"@odata.type": "#ChassisCollection.ChassisCollection", "Name": "x"}),
        // An unknown schema, an error body, an error that is not an object, nothing typed.
        json!({"Id": "9", "@odata.type": "#HpeiLOLicense.v2_3_0.HpeiLOLicense", "Oem": 1}),
        json!({"error": {"code": "Base.1.8.GeneralError", "message": "x"}, "Extra": [1]}),
        json!({"error": "nope"}),
        json!({"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"a": {"type": "string"}}}),
        json!([1, 2]),
    ];
    for v in cases {
        let text = v.to_string();
        let fast = AnyResource::from_slice(text.as_bytes()).unwrap();
        let slow = AnyResource::from_json(serde_json::from_str(&text).unwrap());
        assert_eq!(fast, slow, "{text}");
        assert_eq!(diagnose(&fast), diagnose(&slow), "{text}");
    }
    // `@odata.type` twice, naming another schema the second time: the last one counts, as in a
    // `Value`.
    let dup = r##"{"@odata.type": "#Chassis.v1_10_0.Chassis", "Id": "1", "@odata.type": "#Manager.v1_10_0.Manager"}"##;
    let fast = AnyResource::from_slice(dup.as_bytes()).unwrap();
    assert!(matches!(fast, AnyResource::Manager(_)));
    assert_eq!(
        fast,
        AnyResource::from_json(serde_json::from_str(dup).unwrap())
    );
    assert!(matches!(
        AnyResource::from_slice(br#"{"error": {"code": "Base.1.8.GeneralError"}}"#).unwrap(),
        AnyResource::Error(_)
    ));
    // Not JSON, or more than one value.
    assert!(AnyResource::from_slice(br#"{"Id": "#).is_err());
    assert!(AnyResource::from_slice(br#"{"Id": "1"} {"Id": "2"}"#).is_err());
    assert!(AnyResource::from_slice(b"{\"Id\": \"\xff\"}").is_err());
}
