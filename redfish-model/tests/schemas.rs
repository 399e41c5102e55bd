//! The whole DMTF bundle is generated: every resource schema has a type and an `AnyResource`
//! variant, links name their target type, shared enumerations are one type, actions are typed
//! requests that find themselves in the resource, and required properties are diagnosed.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use redfish_model::certificate_service::{GenerateCSRRequest, GenerateCSRResponse};
use redfish_model::computer_system::{self, ComputerSystem};
use redfish_model::diagnostics::{DiagnosticKind, diagnose};
use redfish_model::event::Event;
use redfish_model::resource::{IndicatorLed, ResetType};
use redfish_model::settings::ApplyTime;
use redfish_model::{
    Action, ActionRequest, AnyResource, Collection, Link, MessageId, NoResponse, Resource, bios,
    chassis, control, event_destination, fan, log_service, redundancy,
};
use redfish_test_support::testdata_path;
use serde_json::{Value, json};

fn mockup_file(rel: &str) -> Value {
    let path = testdata_path(&format!("mockups/public-rackmount1/{rel}/index.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Resource schemas of the bundle, read from its files: those with a collection schema or an
/// `@odata.type` in their newest definition.
fn bundle_resource_schemas() -> BTreeSet<String> {
    let dir = testdata_path("schemas/json-schema");
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(&dir).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        let Some((schema, rest)) = name.split_once(".v") else {
            continue;
        };
        if !rest.ends_with(".json") || schema == "Resource" {
            continue;
        }
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(&name)).unwrap()).unwrap();
        if doc["definitions"][schema]["properties"]
            .get("@odata.type")
            .is_some()
        {
            out.insert(schema.to_owned());
        }
    }
    out
}

#[test]
fn every_resource_schema_of_the_bundle_has_a_variant() {
    let bundle = bundle_resource_schemas();
    assert!(bundle.len() > 150, "{} resource schemas", bundle.len());
    let typed: BTreeSet<String> = AnyResource::SCHEMAS
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let missing: Vec<_> = bundle.difference(&typed).collect();
    assert!(missing.is_empty(), "no variant for {missing:?}");
    // Each dispatches on its @odata.type, whatever the features.
    for schema in &bundle {
        let any = AnyResource::from_json(json!({
            "@odata.id": "/redfish/v1/x", "@odata.type": format!("#{schema}.v1_0_0.{schema}"),
            "Id": "x", "Name": "x", "Unmodelled": [1, {"a": null}]
        }));
        assert_eq!(any.schema(), Some(schema.as_str()));
        assert_eq!(
            serde_json::to_value(&any).unwrap()["Unmodelled"],
            json!([1, {"a": null}])
        );
    }
}

#[test]
fn links_name_their_target_types() {
    // Compile-time facts: these are the declared field types.
    let c = chassis::Chassis::default();
    let _: &Option<Link<Collection<control::Control>>> = &c.controls;
    let _: &Option<Link<Collection<redfish_model::fabric_adapter::FabricAdapter>>> =
        &c.fabric_adapters;
    let _: &Option<Link<Collection<redfish_model::virtual_media::VirtualMedia>>> =
        &ComputerSystem::default().virtual_media;
    // Fan.SpeedPercent is the sensor excerpt the schema names.
    let fan: fan::Fan =
        serde_json::from_value(mockup_file("Chassis/1U/ThermalSubsystem/Fans/Bay1")).unwrap();
    let speed: &redfish_model::sensor::SensorFanExcerpt = fan.speed_percent.as_ref().unwrap();
    assert!(speed.reading.is_some());
    assert!(speed.data_source_uri.is_some());
}

#[test]
fn enumerations_defined_alike_in_several_schemas_are_one_type() {
    let a: chassis::IndicatorLED = IndicatorLed::Blinking;
    let b: computer_system::IndicatorLED = a.clone();
    let c: redfish_model::resource::IndicatorLED = b;
    assert_eq!(c, redfish_model::common::IndicatorLED::Blinking);
    let f: log_service::SyslogFacility = event_destination::SyslogFacility::Local0;
    assert_eq!(f.as_str(), "Local0");
    let s: log_service::SyslogSeverity = event_destination::SyslogSeverity::Critical;
    assert_eq!(s.as_str(), "Critical");
    // Chassis' deprecated `Unknown` value is kept as a known value of the shared type.
    assert_eq!(
        "Unknown".parse::<chassis::IndicatorLED>().unwrap(),
        chassis::IndicatorLED::UnknownValue
    );
}

/// What a generic client needs: the action a request belongs to, found in the typed resource.
fn advertised<R: ActionRequest>(resource: &R::Resource) -> Option<(Action, Vec<String>)> {
    let action = R::find(resource)?;
    let first_param = R::REQUIRED.first().copied().unwrap_or("ResetType");
    let allowed = action.allowable_values(first_param).unwrap_or_default();
    Some((action, allowed))
}

#[test]
fn actions_are_typed_requests_found_in_their_resource() {
    let system: ComputerSystem =
        serde_json::from_value(mockup_file("Systems/437XR1138R2")).unwrap();
    let (reset, allowed) = advertised::<computer_system::ResetRequest>(&system).unwrap();
    assert_eq!(
        reset.target.unwrap().as_str(),
        "/redfish/v1/Systems/437XR1138R2/Actions/ComputerSystem.Reset"
    );
    assert!(allowed.contains(&"ForceRestart".to_owned()));
    assert_eq!(
        computer_system::ResetRequest::ACTION,
        "#ComputerSystem.Reset"
    );
    assert_eq!(
        <computer_system::ResetRequest as ActionRequest>::REQUIRED,
        &[] as &[&str]
    );
    let body = computer_system::ResetRequest::default().with_reset_type(ResetType::ForceRestart);
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"ResetType": "ForceRestart"})
    );
    // An action the resource does not offer.
    assert!(computer_system::SetDefaultBootOrderRequest::find(&system).is_none());

    // Actions of other resources, their required parameters and response types.
    let bios: bios::Bios = serde_json::from_value(mockup_file("Systems/437XR1138R2/Bios")).unwrap();
    assert!(bios::ResetBiosRequest::find(&bios).is_some());
    let change = bios::ChangePasswordRequest::default().with_new_password("n3w");
    assert_eq!(
        change.missing_parameters(),
        vec!["OldPassword", "PasswordName"]
    );
    assert!(!format!("{change:?}").contains("n3w"));
    fn response_of<R: ActionRequest>() -> std::marker::PhantomData<R::Response> {
        std::marker::PhantomData
    }
    let _: std::marker::PhantomData<GenerateCSRResponse> = response_of::<GenerateCSRRequest>();
    let _: std::marker::PhantomData<NoResponse> = response_of::<computer_system::ResetRequest>();
    assert_eq!(
        GenerateCSRRequest::ACTION,
        "#CertificateService.GenerateCSR"
    );
    assert!(GenerateCSRRequest::REQUIRED.contains(&"CertificateCollection"));
    // The Resource trait exposes the typed Actions of any resource.
    assert!(
        bios.actions()
            .unwrap()
            .get("#Bios.ChangePassword")
            .is_some()
    );
}

#[test]
fn bios_settings_annotations_are_typed() {
    let bios: bios::Bios = serde_json::from_value(mockup_file("Systems/437XR1138R2/Bios")).unwrap();
    let settings = bios.settings().unwrap();
    assert_eq!(
        settings.settings_object.unwrap().odata_id.as_str(),
        "/redfish/v1/Systems/437XR1138R2/Bios/Settings"
    );
    assert_eq!(settings.e_tag.as_deref(), Some("9234ac83b9700123cc32"));
    let messages = settings.messages.unwrap();
    assert_eq!(
        messages[0].message_id,
        Some(MessageId::new("Base.1.0.SettingsFailed"))
    );
    let with_apply_time: bios::Bios = serde_json::from_value(json!({
        "@Redfish.SettingsApplyTime": {
            "ApplyTime": "AtMaintenanceWindowStart",
            "MaintenanceWindowStartTime": "2025-01-01T02:00:00Z",
            "MaintenanceWindowDurationInSeconds": 3600
        }
    }))
    .unwrap();
    let at = with_apply_time.settings_apply_time().unwrap();
    assert_eq!(at.apply_time, Some(ApplyTime::AtMaintenanceWindowStart));
    assert_eq!(at.maintenance_window_duration_in_seconds, Some(3600));
}

#[test]
fn events_parse_with_records_missing_required_properties() {
    let v = json!({
        "@odata.type": "#Event.v1_11_0.Event", "Id": "1", "Name": "Event",
        "Events": [
            {"EventType": "Alert", "MemberId": "0", "MessageId": "ResourceEvent.1.4.ResourcePoweredOn",
             "MessageArgs": ["System"], "OriginOfCondition": {"@odata.id": "/redfish/v1/Systems/1"}},
            {"MessageId": "HeartbeatEvent.1.1.RedfishServiceFunctional", "EventTimestamp": "2025-01-01T00:00:00Z"}
        ]
    });
    let any = AnyResource::from_json(v.clone());
    let AnyResource::Event(event) = &any else {
        panic!("{:?}", any.schema())
    };
    let event: &Event = event;
    let records = event.events.as_ref().unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(records[1].member_id, None);
    assert_eq!(records[1].event_type, None);
    assert_eq!(
        records[1].message_id.as_ref().unwrap().key(),
        "RedfishServiceFunctional"
    );
    assert_eq!(serde_json::to_value(&any).unwrap(), v);
    let missing: Vec<String> = diagnose(&any)
        .into_iter()
        .filter(|d| d.kind == DiagnosticKind::MissingRequired)
        .map(|d| d.path)
        .collect();
    assert_eq!(missing, ["Events/1/EventType", "Events/1/MemberId"]);
}

#[test]
fn required_properties_are_diagnosed_unless_the_object_is_a_reference() {
    let r: redundancy::Redundancy = serde_json::from_value(json!({
        "@odata.id": "/redfish/v1/Chassis/1/Thermal#/Redundancy/0",
        "MemberId": "0", "Name": "Fans", "Mode": "N+m", "MinNumNeeded": 1,
        "RedundancySet": [], "Status": {"State": "Enabled"}
    }))
    .unwrap();
    assert_eq!(diagnose(&r), vec![]);
    let partial: redundancy::Redundancy =
        serde_json::from_value(json!({"@odata.id": "/x#/Redundancy/0", "Name": "Fans"})).unwrap();
    let missing: Vec<String> = diagnose(&partial).into_iter().map(|d| d.path).collect();
    assert_eq!(
        missing,
        [
            "MemberId",
            "MinNumNeeded",
            "Mode",
            "RedundancySet",
            "Status"
        ]
    );
    // `{"@odata.id": ...}` alone refers to the member; it is not an incomplete one.
    let reference: redundancy::Redundancy =
        serde_json::from_value(json!({"@odata.id": "/x#/Redundancy/0"})).unwrap();
    assert_eq!(diagnose(&reference), vec![]);
    // A null is present: not reported as missing.
    let null: redundancy::Redundancy = serde_json::from_value(json!({
        "@odata.id": "/x", "MemberId": "0", "Name": "Fans", "Mode": null, "MinNumNeeded": 1,
        "RedundancySet": [], "Status": {}
    }))
    .unwrap();
    assert_eq!(diagnose(&null), vec![]);
}

/// Without its feature a schema module still declares its resource, untyped but lossless.
#[cfg(not(feature = "zone"))]
#[test]
fn a_schema_whose_feature_is_off_still_has_its_resource_type() {
    use redfish_model::zone::Zone;
    let v = json!({"@odata.id": "/redfish/v1/Fabrics/1/Zones/1", "@odata.type": "#Zone.v1_6_1.Zone",
                   "Id": "1", "Name": "Zone", "ZoneType": "ZoneOfEndpoints"});
    let z: Zone = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(<Zone as Resource>::SCHEMA, "Zone");
    assert_eq!(z.id.as_deref(), Some("1"));
    assert_eq!(z.extra["ZoneType"], "ZoneOfEndpoints");
    assert_eq!(serde_json::to_value(&z).unwrap(), v);
    assert!(matches!(AnyResource::from_json(v), AnyResource::Zone(_)));
    let _: Link<Zone> = Link::new("/redfish/v1/Fabrics/1/Zones/1");
}
