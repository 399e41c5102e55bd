//! Every JSON fragment of the OCP OpenRMC usage guide v1.2 use cases (sections 5.1-5.30, plus
//! the section 4.1 AggregationService fragment that 5.22 relies on), checked against the typed
//! model.
//!
//! Seed: `004_c1a9d12906e21d1b.txt` (OCP Usage Guide for Rack Management v1.2). The seed is extracted text with typos; each
//! fragment below is written with the DMTF schema's real names, and each test says which use
//! case it comes from and what was corrected. Where the seed's spelling is a property name or
//! enum value the schema does not have, the test also shows that the seed's form is *not*
//! silently accepted (it lands in `extra` or in `Unknown`).
//!
//! What every test checks for a fragment: it parses into the type of the use case, the values
//! the use case is about have the expected typed values, `diagnose` finds no deviation, every
//! key is a property of the schema type (not an unknown key kept in `extra`), serializing gives
//! back exactly the fragment, and request bodies built with the typed builders serialize to
//! the fragment.

#![allow(clippy::unwrap_used)]

use redfish_model::aggregate::{self, Aggregate};
use redfish_model::aggregation_service::{self, AggregationService};
use redfish_model::certificate::{self, Certificate};
use redfish_model::chassis::{Chassis, ChassisType, IndicatorLED};
use redfish_model::computer_system::{
    ComputerSystem, MemoryMirroring, MemorySummary, ProcessorSummary,
};
use redfish_model::diagnostics::{Diagnose, DiagnosticKind, diagnose};
use redfish_model::log_service::{LogEntryTypes, LogService, OverWritePolicy};
use redfish_model::manager::Manager;
use redfish_model::power::{
    Power, PowerControl, PowerLimit, PowerLimitException, PowerMetric, PowerSupply,
};
use redfish_model::resource::{Health, PhysicalContext, PowerState, ResetType, State};
use redfish_model::thermal::{Temperature, Thermal};
use redfish_model::update_service::SimpleUpdateRequest;
use redfish_model::{AnyResource, Link, Resource, Status};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Parses `v` as `T`; asserts no schema deviation and an exact round trip. The fragments are
/// partial bodies (PATCH requests, excerpts), so required properties they omit are no deviation.
fn typed<T: Serialize + DeserializeOwned + Diagnose>(v: &Value) -> T {
    let t: T = serde_json::from_value(v.clone()).unwrap();
    let d = deviations(&t);
    assert!(d.is_empty(), "deviations from the schema: {d:?}");
    assert_eq!(serde_json::to_value(&t).unwrap(), *v, "round trip");
    t
}

/// [`typed`] for a resource; also checks `AnyResource` (dispatch by `@odata.type` when the
/// fragment has one, and a lossless round trip either way).
fn resource<T: Resource + Diagnose>(v: &Value) -> T {
    let t = typed::<T>(v);
    let any = AnyResource::from_json(v.clone());
    if v.get("@odata.type").is_some() {
        assert_eq!(any.schema(), Some(T::SCHEMA));
    }
    assert_eq!(serde_json::to_value(&any).unwrap(), *v);
    t
}

/// What `diagnose` reports besides absent required properties.
fn deviations<T: Diagnose>(t: &T) -> Vec<redfish_model::diagnostics::Diagnostic> {
    diagnose(t)
        .into_iter()
        .filter(|d| d.kind != redfish_model::diagnostics::DiagnosticKind::MissingRequired)
        .collect()
}

/// Every key of a parsed object is a property of its schema type (annotations aside): a
/// misspelt property name would be kept in `extra` without a diagnostic.
fn assert_modelled(properties: &[&str], extra: &Map<String, Value>, ty: &str) {
    for k in extra.keys() {
        assert!(
            properties.contains(&k.as_str()) || k.contains('@'),
            "{ty}: `{k}` is not a property of the schema"
        );
    }
}

macro_rules! modelled {
    ($ty:ty, $v:expr) => {
        assert_modelled(<$ty>::PROPERTIES, &$v.extra, stringify!($ty))
    };
}

/// JSON equality where numbers compare by value: a typed `f64` serializes `300` as `300.0`.
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_json(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Required parameters (per the schema) missing from a request body.
fn missing_required<'a>(required: &[&'a str], body: &Value) -> Vec<&'a str> {
    required
        .iter()
        .copied()
        .filter(|k| body.get(*k).is_none())
        .collect()
}

/// The values of an enumeration defined in an unversioned DMTF schema file.
fn schema_enum(file: &str, definition: &str) -> Vec<String> {
    let path = redfish_test_support::testdata_path("schemas/json-schema").join(file);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    schema["definitions"][definition]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// Checks the certificate fields the model keeps as raw JSON (`CertificateType`, `KeyUsage`)
/// against the enumerations of `Certificate.json`, and returns them.
fn certificate_type_and_key_usage(c: &Certificate) -> (String, Vec<String>) {
    let ty = serde_json::to_value(c.certificate_type.as_ref().unwrap()).unwrap();
    let ty = ty.as_str().unwrap().to_owned();
    assert!(
        schema_enum("Certificate.json", "CertificateType").contains(&ty),
        "CertificateType {ty}"
    );
    let usage: Vec<String> =
        serde_json::from_value(serde_json::to_value(c.key_usage.as_ref().unwrap()).unwrap())
            .unwrap();
    let allowed = schema_enum("Certificate.json", "KeyUsage");
    for u in &usage {
        assert!(allowed.contains(u), "KeyUsage {u}");
    }
    (ty, usage)
}

/// The certificate body the guide places in 5.28-5.30.1 (Issuer and Subject placeholders).
fn placed_certificate(odata_id: &str, id: &str) -> Value {
    json!({
        "@odata.id": odata_id,
        "@odata.type": "#Certificate.v1_1_0.Certificate",
        "Id": id,
        "Name": "HTTPS Certificate",
        "CertificateString": "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----",
        "CertificateType": "PEM",
        "Issuer": {
            "CommonName": "...",
            "Organization": "...",
            "OrganizationalUnit": "..."
        },
        "Subject": {
            "CommonName": "...",
            "Organization": "...",
            "OrganizationalUnit": "..."
        },
        "ValidNotBefore": "2018-09-07T13:22:05Z",
        "ValidNotAfter": "2019-09-07T13:22:05Z",
        "KeyUsage": ["KeyCertSign"]
    })
}

/// Common checks of the 5.28-5.30.1 certificates.
fn check_placed_certificate(v: &Value, id: &str) -> Certificate {
    let c: Certificate = resource(v);
    modelled!(Certificate, c);
    assert_eq!(c.id.as_deref(), Some(id));
    assert_eq!(c.odata_type().unwrap().version(), Some((1, 1, 0)));
    let pem = c.certificate_string.as_deref().unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----\n"));
    assert!(pem.ends_with("\n-----END CERTIFICATE-----"));
    let (ty, usage) = certificate_type_and_key_usage(&c);
    assert_eq!(ty, "PEM");
    assert_eq!(usage, ["KeyCertSign"]);
    for who in [c.issuer.as_ref().unwrap(), c.subject.as_ref().unwrap()] {
        modelled!(certificate::Identifier, who);
        assert_eq!(who.common_name.as_deref(), Some("..."));
        assert_eq!(who.organization.as_deref(), Some("..."));
        assert_eq!(who.organizational_unit.as_deref(), Some("..."));
    }
    let before = c.valid_not_before.as_ref().unwrap().parse().unwrap();
    let after = c.valid_not_after.as_ref().unwrap().parse().unwrap();
    assert_eq!(after - before, time::Duration::days(365));
    c
}

/// The power limit PATCH body of 5.3 and 5.7 built with the typed model.
fn power_limit_patch(
    watts: f64,
    exception: Option<PowerLimitException>,
    correction_ms: Option<i64>,
) -> Power {
    let mut limit = PowerLimit::default();
    limit.limit_in_watts = Some(watts);
    limit.limit_exception = exception;
    limit.correction_in_ms = correction_ms;
    let mut control = PowerControl::default();
    control.power_limit = Some(limit);
    let mut body = Power::default();
    body.power_control = Some(vec![control]);
    body
}

/// A `Power` PATCH body: one `PowerControl` entry carrying only `PowerLimit`.
fn check_power_limit_patch(v: &Value) -> PowerLimit {
    let p: Power = typed(v);
    modelled!(Power, p);
    let controls = p.power_control.as_ref().unwrap();
    assert_eq!(controls.len(), 1);
    modelled!(PowerControl, controls[0]);
    let limit = controls[0].power_limit.clone().unwrap();
    modelled!(PowerLimit, limit);
    limit
}

// ---------------------------------------------------------------------------------------------
// 4.1 and 5.1-5.12: inventory, power, thermal, status
// ---------------------------------------------------------------------------------------------

// 4.1 Group operations: GET /redfish/v1/AggregationService (used by 5.22 to find the action).
// Corrected: missing quote in `"State: "Enabled"`; the fragment is cut after `Actions`, closed.
#[test]
fn s4_1_aggregation_service() {
    let v = json!({
        "@odata.id": "/redfish/v1/AggregationService",
        "Id": "AggregationService",
        "ServiceEnabled": true,
        "Status": {
            "Health": "OK",
            "State": "Enabled"
        },
        "Aggregates": {
            "@odata.id": "/redfish/v1/AggregationService/Aggregates"
        },
        "Actions": {
            "#AggregationService.Reset": {
                "target": "/redfish/v1/AggregationService/Actions/AggregationService.Reset",
                "@Redfish.ActionInfo": "/redfish/v1/AggregationService/ResetActionInfo"
            }
        }
    });
    let s: AggregationService = resource(&v);
    modelled!(AggregationService, s);
    assert_eq!(s.service_enabled, Some(true));
    let status = s.status.as_ref().unwrap();
    assert_eq!(status.state, Some(State::Enabled));
    assert_eq!(status.health, Some(Health::OK));
    assert_eq!(
        s.aggregates.as_ref().unwrap().odata_id.as_str(),
        "/redfish/v1/AggregationService/Aggregates"
    );
    let actions = s.actions.as_ref().unwrap();
    let reset = actions.get("AggregationService.Reset").unwrap();
    assert_eq!(
        reset.target.as_ref().unwrap().as_str(),
        "/redfish/v1/AggregationService/Actions/AggregationService.Reset"
    );
    assert_eq!(
        reset.action_info.as_ref().unwrap().as_str(),
        "/redfish/v1/AggregationService/ResetActionInfo"
    );
    // 5.22's `#Aggregate.Reset` is not an action of the AggregationService.
    assert!(actions.get("Aggregate.Reset").is_none());
    assert_eq!(actions.find("Reset").unwrap().0, "AggregationService.Reset");
}

// 5.1 Get FRU Info of node: GET /redfish/v1/Chassis/{id}.
// Corrected: `Mode1` -> `Model`; commas added after `Manufacturer` and `SKU`; the `. . .`
// elision and the trailing comma after `AssetTag` removed; `ChassisType` `Node` (not a
// ChassisType value) -> `Sled` (the OCP baseline v1.1.1 node types are Drawer/RackMount/Sled).
#[test]
fn s5_1_fru_info_of_node() {
    let v = json!({
        "@odata.type": "#Chassis.v1_2_0.Chassis",
        "@odata.id": "/redfish/v1/Chassis/Node1",
        "Id": "Node1",
        "ChassisType": "Sled",
        "Name": "Rack Manager Hardware",
        "Manufacturer": "...",
        "Model": "RackScale_Rack",
        "SKU": "...",
        "SerialNumber": "...",
        "PartNumber": "...",
        "AssetTag": null
    });
    let c: Chassis = resource(&v);
    modelled!(Chassis, c);
    assert_eq!(c.odata_id().unwrap().last_segment(), "Node1");
    assert_eq!(c.odata_type().unwrap().version(), Some((1, 2, 0)));
    assert_eq!(c.chassis_type, Some(ChassisType::Sled));
    assert_eq!(c.model.as_deref(), Some("RackScale_Rack"));
    for fru in [&c.manufacturer, &c.sku, &c.serial_number, &c.part_number] {
        assert_eq!(fru.as_deref(), Some("..."));
    }
    // The writable AssetTag is present but null: absent from the typed field, kept for output.
    assert_eq!(c.asset_tag, None);
    assert_eq!(c.extra["AssetTag"], Value::Null);

    // The seed's spellings are not silently accepted.
    let seed: Chassis =
        serde_json::from_value(json!({"Mode1": "RackScale_Rack", "ChassisType": "Node"})).unwrap();
    assert_eq!(seed.model, None);
    assert!(seed.extra.contains_key("Mode1"));
    assert_eq!(seed.chassis_type, Some(ChassisType::Unknown("Node".into())));
    let d = deviations(&seed);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].path, "ChassisType");
    assert!(matches!(d[0].kind, DiagnosticKind::UnknownEnumValue { .. }));
}

// 5.1.1 Get power state of the rack: GET /redfish/v1/Chassis/Rack.
// Corrected: `Id` `Node1` (copied from 5.1) -> `Rack`, the last segment of its `@odata.id`.
#[test]
fn s5_1_1_power_state_of_rack() {
    let v = json!({
        "@odata.type": "#Chassis.v1_2_0.Chassis",
        "@odata.id": "/redfish/v1/Chassis/Rack",
        "Id": "Rack",
        "ChassisType": "Rack",
        "PowerState": "On"
    });
    let c: Chassis = resource(&v);
    modelled!(Chassis, c);
    assert_eq!(c.id.as_deref(), Some(c.odata_id().unwrap().last_segment()));
    assert_eq!(c.chassis_type, Some(ChassisType::Rack));
    assert_eq!(c.power_state, Some(PowerState::On));
}

// 5.2 Get power usage for rack: GET /redfish/v1/Chassis/Rack/Power.
// Corrected: escaped brackets `\[ \]` -> `[ ]`; the PowerControl member id pointed into
// `/Chassis/Zone1/Power` although the resource is `/Chassis/Rack/Power`.
#[test]
fn s5_2_power_usage_of_rack() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Rack/Power",
        "@odata.type": "#Power.v1_1_0.Power",
        "Id": "Power",
        "PowerControl": [{
            "@odata.id": "/redfish/v1/Chassis/Rack/Power#/PowerControl/0",
            "MemberId": "0",
            "Name": "System Power Control",
            "PowerConsumedWatts": 8000,
            "PowerMetrics": {
                "IntervalInMin": null,
                "MinConsumedWatts": null,
                "MaxConsumedWatts": null,
                "AverageConsumedWatts": null
            }
        }]
    });
    let p: Power = resource(&v);
    modelled!(Power, p);
    let pc = &p.power_control.as_ref().unwrap()[0];
    modelled!(PowerControl, pc);
    let member = pc.odata_id.as_ref().unwrap();
    assert!(member.same_resource(p.odata_id().unwrap()));
    assert_eq!(member.fragment(), Some("/PowerControl/0"));
    assert_eq!(pc.member_id.as_deref(), Some("0"));
    assert_eq!(pc.name.as_deref(), Some("System Power Control"));
    assert_eq!(pc.power_consumed_watts, Some(8000.0));
    let m = pc.power_metrics.as_ref().unwrap();
    modelled!(PowerMetric, m);
    assert_eq!(
        (
            m.interval_in_min,
            m.min_consumed_watts,
            m.max_consumed_watts,
            m.average_consumed_watts
        ),
        (None, None, None, None)
    );
    assert_eq!(m.extra.len(), 4, "the nulls are kept for the round trip");
}

// 5.3 Set power usage of rack: PATCH /redfish/v1/Chassis/Rack/Power.
// Corrected: the seed PATCHes a top-level `PowerLimit`; the schema has `PowerLimit` only inside
// `PowerControl[]` (Power has no `PowerLimit` property).
#[test]
fn s5_3_patch_power_limit_of_rack() {
    let v = json!({"PowerControl": [{"PowerLimit": {"LimitInWatts": 300}}]});
    let limit = check_power_limit_patch(&v);
    assert_eq!(limit.limit_in_watts, Some(300.0));
    assert_eq!(limit.limit_exception, None);
    let built = serde_json::to_value(power_limit_patch(300.0, None, None)).unwrap();
    assert!(same_json(&built, &v), "{built}");

    // The seed's top-level PowerLimit is not a Power property: nothing would be capped.
    let seed: Power = serde_json::from_value(json!({"PowerLimit": {"LimitInWatts": 300}})).unwrap();
    assert!(seed.power_control.is_none());
    assert!(!Power::PROPERTIES.contains(&"PowerLimit"));
    assert!(seed.extra.contains_key("PowerLimit"));
}

// 5.3 Set power usage of rack, with the exception action and correction time.
// Corrected: `PowerLimit` moved into `PowerControl[]` as above; the unbalanced closing braces
// of the seed fixed.
#[test]
fn s5_3_patch_power_limit_with_exception() {
    let v = json!({"PowerControl": [{"PowerLimit": {
        "LimitInWatts": 300,
        "LimitException": "LogEventOnly",
        "CorrectionInMs": 100
    }}]});
    let limit = check_power_limit_patch(&v);
    assert_eq!(limit.limit_in_watts, Some(300.0));
    assert_eq!(
        limit.limit_exception,
        Some(PowerLimitException::LogEventOnly)
    );
    assert_eq!(limit.correction_in_ms, Some(100));
    let built = serde_json::to_value(power_limit_patch(
        300.0,
        Some(PowerLimitException::LogEventOnly),
        Some(100),
    ))
    .unwrap();
    assert!(same_json(&built, &v), "{built}");
    // The values the guide lists are schema values (the schema adds `Oem`).
    for e in ["NoAction", "HardPowerOff", "LogEventOnly"] {
        assert!(!PowerLimitException::from(e).is_unknown(), "{e}");
    }
}

// 5.4 Get status of PSU: GET /redfish/v1/Chassis/Rack/Power.
// Corrected: the fragment is cut off after `MemberId`; completed with the `Status` the text
// describes ("the Status object contains both State and Health") and closed; escaped brackets;
// member id `/Chassis/Zone1/Power` -> `/Chassis/Rack/Power`.
#[test]
fn s5_4_status_of_psu() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Rack/Power",
        "@odata.type": "#Power.v1_1_0.Power",
        "Id": "Power",
        "PowerSupplies": [{
            "@odata.id": "/redfish/v1/Chassis/Rack/Power#/PowerSupplies/0",
            "MemberId": "0",
            "Status": {"State": "Enabled", "Health": "OK"}
        }]
    });
    let p: Power = resource(&v);
    modelled!(Power, p);
    let psus = p.power_supplies.as_ref().unwrap();
    assert_eq!(psus.len(), 1);
    modelled!(PowerSupply, psus[0]);
    assert!(
        psus[0]
            .odata_id
            .as_ref()
            .unwrap()
            .same_resource(p.odata_id().unwrap())
    );
    let status = psus[0].status.as_ref().unwrap();
    modelled!(Status, status);
    assert_eq!(status.state, Some(State::Enabled));
    assert_eq!(status.health, Some(Health::OK));
}

// 5.5 Get power state of node: GET /redfish/v1/Chassis/Node-1.
// Corrected: missing closing quote of `@odata.id`; `ChassisType` `Node` -> `Sled` (see 5.1).
#[test]
fn s5_5_power_state_of_node() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Node-1",
        "ChassisType": "Sled",
        "PowerState": "On"
    });
    let c: Chassis = resource(&v);
    modelled!(Chassis, c);
    assert_eq!(c.odata_id().unwrap().as_str(), "/redfish/v1/Chassis/Node-1");
    assert_eq!(c.chassis_type, Some(ChassisType::Sled));
    assert_eq!(c.power_state, Some(PowerState::On));
}

// 5.6 Get power usage of node: GET /redfish/v1/Chassis/Node-1/Power (instantaneous usage).
// Corrected: the fragment is split over two code blocks, joined; escaped brackets.
#[test]
fn s5_6_power_usage_of_node() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Node-1/Power",
        "PowerControl": [{
            "Name": "System Power Control",
            "PowerConsumedWatts": 200
        }]
    });
    let p: Power = resource(&v);
    modelled!(Power, p);
    let pc = &p.power_control.as_ref().unwrap()[0];
    modelled!(PowerControl, pc);
    assert_eq!(pc.name.as_deref(), Some("System Power Control"));
    assert_eq!(pc.power_consumed_watts, Some(200.0));
    assert!(pc.power_metrics.is_none());
}

// 5.6 Get power usage of node: the PowerMetrics statistics over an interval.
// Corrected: escaped brackets.
#[test]
fn s5_6_power_metrics_of_node() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Node-1/Power",
        "PowerControl": [{
            "MemberId": "0",
            "PowerMetrics": {
                "IntervalInMin": 1,
                "MinConsumedWatts": 197,
                "MaxConsumedWatts": 202,
                "AverageConsumedWatts": 199
            }
        }]
    });
    let p: Power = resource(&v);
    let pc = &p.power_control.as_ref().unwrap()[0];
    assert_eq!(pc.member_id.as_deref(), Some("0"));
    let m = pc.power_metrics.as_ref().unwrap();
    modelled!(PowerMetric, m);
    assert_eq!(m.interval_in_min, Some(1));
    assert_eq!(m.min_consumed_watts, Some(197.0));
    assert_eq!(m.max_consumed_watts, Some(202.0));
    assert_eq!(m.average_consumed_watts, Some(199.0));
    let (min, avg, max) = (
        m.min_consumed_watts.unwrap(),
        m.average_consumed_watts.unwrap(),
        m.max_consumed_watts.unwrap(),
    );
    assert!(min <= avg && avg <= max);
}

// 5.7 Set power usage of node: PATCH /redfish/v1/Chassis/Node-1/Power.
// Corrected: `Limit InWatts` -> `LimitInWatts`; top-level `PowerLimit` moved into
// `PowerControl[]` (see 5.3).
#[test]
fn s5_7_patch_power_limit_of_node() {
    let v = json!({"PowerControl": [{"PowerLimit": {"LimitInWatts": 300}}]});
    let limit = check_power_limit_patch(&v);
    assert_eq!(limit.limit_in_watts, Some(300.0));
    let built = serde_json::to_value(power_limit_patch(300.0, None, None)).unwrap();
    assert!(same_json(&built, &v), "{built}");

    // With the seed's spelling the limit is not read: the service would ignore or reject it.
    let seed: PowerLimit = serde_json::from_value(json!({"Limit InWatts": 300})).unwrap();
    assert_eq!(seed.limit_in_watts, None);
    assert!(seed.extra.contains_key("Limit InWatts"));
}

// 5.8 Get temperature of node: GET /redfish/v1/Chassis/Node-1/Thermal.
// Corrected: missing comma after `ReadingCelsius`; escaped brackets.
#[test]
fn s5_8_temperature_of_node() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Node-1/Thermal",
        "Temperatures": [{
            "ReadingCelsius": 21,
            "PhysicalContext": "Intake"
        }]
    });
    let t: Thermal = resource(&v);
    modelled!(Thermal, t);
    let intake = t
        .temperatures
        .as_ref()
        .unwrap()
        .iter()
        .find(|s| s.physical_context == Some(PhysicalContext::Intake))
        .unwrap();
    modelled!(Temperature, intake);
    assert_eq!(intake.reading_celsius, Some(21.0));
}

// 5.8 Get temperature of node: thresholds and reading range of the intake sensor.
// Corrected: missing comma after `"PhysicalContext": "Intake"`; escaped brackets. The values
// are the guide's placeholders (several thresholds are 42), kept as written.
#[test]
fn s5_8_temperature_thresholds_of_node() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Node-1/Thermal",
        "Temperatures": [{
            "PhysicalContext": "Intake",
            "UpperThresholdNonCritical": 42,
            "UpperThresholdCritical": 42,
            "UpperThresholdFatal": 42,
            "LowerThresholdNonCritical": 42,
            "LowerThresholdCritical": 5,
            "LowerThresholdFatal": 42,
            "MinReadingRangeTemp": 0,
            "MaxReadingRangeTemp": 200
        }]
    });
    let t: Thermal = resource(&v);
    let s = &t.temperatures.as_ref().unwrap()[0];
    modelled!(Temperature, s);
    assert_eq!(s.physical_context, Some(PhysicalContext::Intake));
    assert_eq!(s.upper_threshold_non_critical, Some(42.0));
    assert_eq!(s.upper_threshold_critical, Some(42.0));
    assert_eq!(s.upper_threshold_fatal, Some(42.0));
    assert_eq!(s.lower_threshold_non_critical, Some(42.0));
    assert_eq!(s.lower_threshold_critical, Some(5.0));
    assert_eq!(s.lower_threshold_fatal, Some(42.0));
    assert_eq!(s.min_reading_range_temp, Some(0.0));
    assert_eq!(s.max_reading_range_temp, Some(200.0));
    assert!(s.reading_celsius.is_none());
}

// 5.9 Get status of node: the chassis aspect, GET /redfish/v1/Chassis/Node-1.
#[test]
fn s5_9_status_of_node_chassis() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Node-1",
        "Status": {
            "State": "Enabled",
            "Health": "OK"
        }
    });
    let c: Chassis = resource(&v);
    let status = c.status.as_ref().unwrap();
    modelled!(Status, status);
    assert_eq!(status.state, Some(State::Enabled));
    assert_eq!(status.health, Some(Health::OK));
    assert_eq!(status.health_rollup, None);
}

// 5.9 Get status of node: the computer system aspect, GET /redfish/v1/Systems/Node-1.
// Corrected: `/redfish/v1/System/` -> `/redfish/v1/Systems/` (URI and `@odata.id`); missing
// closing brace.
#[test]
fn s5_9_status_of_node_system() {
    let v = json!({
        "@odata.id": "/redfish/v1/Systems/Node-1",
        "Status": {
            "State": "Enabled",
            "Health": "OK",
            "HealthRollup": "OK"
        }
    });
    let s: ComputerSystem = resource(&v);
    modelled!(ComputerSystem, s);
    assert!(
        s.odata_id()
            .unwrap()
            .as_str()
            .starts_with("/redfish/v1/Systems/")
    );
    let status = s.status.as_ref().unwrap();
    assert_eq!(status.state, Some(State::Enabled));
    assert_eq!(status.health, Some(Health::OK));
    assert_eq!(status.health_rollup, Some(Health::OK));
}

// 5.10 Get status of node CPUs: GET /redfish/v1/Systems/Node-1.
// Corrected: `/redfish/v1/System/` -> `/redfish/v1/Systems/`; the text's `ProcessSummary` is
// `ProcessorSummary`.
#[test]
fn s5_10_status_of_node_cpus() {
    let v = json!({
        "@odata.id": "/redfish/v1/Systems/Node-1",
        "ProcessorSummary": {
            "Count": 8,
            "LogicalProcessorCount": 256,
            "Model": "Multi-Core Intel(R) Xeon(R) processor 7xxx Series",
            "Status": {
                "State": "Enabled",
                "Health": "OK",
                "HealthRollup": "OK"
            }
        }
    });
    let s: ComputerSystem = resource(&v);
    modelled!(ComputerSystem, s);
    let cpus = s.processor_summary.as_ref().unwrap();
    modelled!(ProcessorSummary, cpus);
    assert_eq!(cpus.count, Some(8));
    assert_eq!(cpus.logical_processor_count, Some(256));
    assert_eq!(
        cpus.model.as_deref(),
        Some("Multi-Core Intel(R) Xeon(R) processor 7xxx Series")
    );
    let status = cpus.status.as_ref().unwrap();
    assert_eq!(status.state, Some(State::Enabled));
    assert_eq!(status.health, Some(Health::OK));
    assert_eq!(status.health_rollup, Some(Health::OK));
}

// 5.11 Get status of node memory: GET /redfish/v1/Systems/Node-1.
// Corrected: `/redfish/v1/System/` -> `/redfish/v1/Systems/`.
#[test]
fn s5_11_status_of_node_memory() {
    let v = json!({
        "@odata.id": "/redfish/v1/Systems/Node-1",
        "MemorySummary": {
            "TotalSystemMemoryGiB": 16,
            "MemoryMirroring": "System",
            "Status": {
                "State": "Enabled",
                "Health": "OK",
                "HealthRollup": "OK"
            }
        }
    });
    let s: ComputerSystem = resource(&v);
    let mem = s.memory_summary.as_ref().unwrap();
    modelled!(MemorySummary, mem);
    assert_eq!(mem.total_system_memory_gib, Some(16.0));
    assert_eq!(mem.memory_mirroring, Some(MemoryMirroring::System));
    let status = mem.status.as_ref().unwrap();
    assert_eq!(status.state, Some(State::Enabled));
    assert_eq!(status.health, Some(Health::OK));
    assert_eq!(status.health_rollup, Some(Health::OK));
}

// 5.12 Get state of node LED: GET /redfish/v1/Chassis/Node-1.
#[test]
fn s5_12_state_of_node_led() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Node-1",
        "IndicatorLED": "Lit"
    });
    let c: Chassis = resource(&v);
    modelled!(Chassis, c);
    assert_eq!(c.indicator_led, Some(IndicatorLED::Lit));
    assert_eq!(c.location_indicator_active, None);
}

// ---------------------------------------------------------------------------------------------
// 5.13-5.18: logs and firmware versions
// ---------------------------------------------------------------------------------------------

/// Checks a 5.13/5.14 log service and returns it.
fn check_log_service(v: &Value, base: &str) -> LogService {
    let l: LogService = resource(v);
    modelled!(LogService, l);
    assert_eq!(l.odata_id().unwrap().as_str(), base);
    assert_eq!(l.id.as_deref(), Some("Log"));
    assert_eq!(l.over_write_policy, Some(OverWritePolicy::WrapsWhenFull));
    assert_eq!(l.log_entry_type, Some(LogEntryTypes::Event));
    assert_eq!(l.service_enabled, Some(true));
    assert_eq!(l.date_time_local_offset.as_deref(), Some("+06:00"));
    let t = l.date_time.as_ref().unwrap().parse().unwrap();
    assert_eq!(t.offset().whole_hours(), 6);
    let status = l.status.as_ref().unwrap();
    assert_eq!(status.state, Some(State::Enabled));
    assert_eq!(status.health, Some(Health::OK));
    let clear = l
        .actions
        .as_ref()
        .unwrap()
        .get("LogService.ClearLog")
        .unwrap();
    assert_eq!(
        clear.target.as_ref().unwrap().as_str(),
        format!("{base}/Actions/LogService.ClearLog")
    );
    assert_eq!(
        l.entries.as_ref().unwrap().odata_id.as_str(),
        format!("{base}/Entries")
    );
    l
}

// 5.13 Get log from rack manager: GET /redfish/v1/Managers/RMC/LogServices/Log.
// Corrected: the GET URI's `LogService/Log` -> `LogServices/Log`; `Id` `Log1` -> `Log` (the
// last segment of its `@odata.id`); missing closing brace of `Status`.
#[test]
fn s5_13_log_of_rack_manager() {
    let v = json!({
        "@odata.id": "/redfish/v1/Managers/RMC/LogServices/Log",
        "Id": "Log",
        "Name": "Rack Manager Log",
        "Description": "This log contains entries related to the operation of the BMC",
        "MaxNumberOfRecords": 100,
        "OverWritePolicy": "WrapsWhenFull",
        "DateTime": "2020-03-13T04:14:33+06:00",
        "DateTimeLocalOffset": "+06:00",
        "ServiceEnabled": true,
        "LogEntryType": "Event",
        "Status": {
            "State": "Enabled",
            "Health": "OK"
        },
        "Actions": {
            "#LogService.ClearLog": {
                "target": "/redfish/v1/Managers/RMC/LogServices/Log/Actions/LogService.ClearLog"
            }
        },
        "Entries": {
            "@odata.id": "/redfish/v1/Managers/RMC/LogServices/Log/Entries"
        }
    });
    let l = check_log_service(&v, "/redfish/v1/Managers/RMC/LogServices/Log");
    assert_eq!(l.name.as_deref(), Some("Rack Manager Log"));
    assert_eq!(l.max_number_of_records, Some(100));
}

// 5.14 Get log from node: GET /redfish/v1/Systems/Node-1/LogServices/Log.
// Corrected: the GET URI's `LogService/Log` -> `LogServices/Log`; missing opening brace;
// missing closing brace of `Status`; the `Description` string broken over two lines joined.
#[test]
fn s5_14_log_of_node() {
    let v = json!({
        "@odata.id": "/redfish/v1/Systems/Node-1/LogServices/Log",
        "Id": "Log",
        "Name": "System Log",
        "Description": "This log contains entries related to the operation of a system",
        "MaxNumberOfRecords": 1000,
        "OverWritePolicy": "WrapsWhenFull",
        "DateTime": "2015-03-13T04:14:33+06:00",
        "DateTimeLocalOffset": "+06:00",
        "ServiceEnabled": true,
        "LogEntryType": "Event",
        "Status": {
            "State": "Enabled",
            "Health": "OK"
        },
        "Actions": {
            "#LogService.ClearLog": {
                "target": "/redfish/v1/Systems/Node-1/LogServices/Log/Actions/LogService.ClearLog"
            }
        },
        "Entries": {
            "@odata.id": "/redfish/v1/Systems/Node-1/LogServices/Log/Entries"
        }
    });
    let l = check_log_service(&v, "/redfish/v1/Systems/Node-1/LogServices/Log");
    assert_eq!(l.name.as_deref(), Some("System Log"));
    assert_eq!(l.max_number_of_records, Some(1000));
}

// 5.15 Get FW version on rack manager: GET /redfish/v1/Managers/RMC.
#[test]
fn s5_15_firmware_version_of_rack_manager() {
    let v = json!({
        "@odata.id": "/redfish/v1/Managers/RMC",
        "Id": "RMC",
        "FirmwareVersion": "1.00"
    });
    let m: Manager = resource(&v);
    modelled!(Manager, m);
    assert_eq!(m.id.as_deref(), Some("RMC"));
    assert_eq!(m.firmware_version.as_deref(), Some("1.00"));
}

// 5.16 Get FW version on node (BIOS): GET /redfish/v1/Systems/CS_1.
// Corrected: `@odata.id` `/redfish/v1/System/CS_1` -> `/redfish/v1/Systems/CS_1`.
#[test]
fn s5_16_bios_version_of_node() {
    let v = json!({
        "@odata.id": "/redfish/v1/Systems/CS_1",
        "Id": "CS_1",
        "BiosVersion": "P79 v1.00 (09/20/2013)"
    });
    let s: ComputerSystem = resource(&v);
    modelled!(ComputerSystem, s);
    assert_eq!(s.odata_id().unwrap().last_segment(), "CS_1");
    assert_eq!(s.bios_version.as_deref(), Some("P79 v1.00 (09/20/2013)"));
}

// 5.17 Get BMC FW version on node: GET /redfish/v1/Managers/BMC_1.
// Corrected: the escaped `BMC\_1` of the GET URI.
#[test]
fn s5_17_bmc_firmware_version_of_node() {
    let v = json!({
        "@odata.id": "/redfish/v1/Managers/BMC_1",
        "Id": "BMC_1",
        "FirmwareVersion": "1.00"
    });
    let m: Manager = resource(&v);
    modelled!(Manager, m);
    assert_eq!(m.id.as_deref(), Some("BMC_1"));
    assert_eq!(m.firmware_version.as_deref(), Some("1.00"));
}

// 5.18 Get FW version of PSU: GET /redfish/v1/Chassis/Ch_1/Power.
// Corrected: escaped `Ch\_1` of the GET URI; escaped brackets.
#[test]
fn s5_18_firmware_version_of_psu() {
    let v = json!({
        "@odata.id": "/redfish/v1/Chassis/Ch_1/Power",
        "Id": "Power",
        "PowerSupplies": [{
            "@odata.id": "/redfish/v1/Chassis/Ch_1/Power#/PowerSupplies/0",
            "MemberId": "0",
            "FirmwareVersion": "1.00"
        }]
    });
    let p: Power = resource(&v);
    modelled!(Power, p);
    let psu = &p.power_supplies.as_ref().unwrap()[0];
    modelled!(PowerSupply, psu);
    assert_eq!(psu.member_id.as_deref(), Some("0"));
    assert_eq!(psu.firmware_version.as_deref(), Some("1.00"));
    assert_eq!(
        psu.odata_id.as_ref().unwrap().fragment(),
        Some("/PowerSupplies/0")
    );
}

// ---------------------------------------------------------------------------------------------
// 5.19-5.21: firmware update
// ---------------------------------------------------------------------------------------------

/// Parses a SimpleUpdate body and checks its names.
fn simple_update(v: &Value) -> SimpleUpdateRequest {
    let r: SimpleUpdateRequest = typed(v);
    modelled!(SimpleUpdateRequest, r);
    r
}

// 5.19 Update firmware on rack manager via pull:
// POST /redfish/v1/UpdateService/Actions/UpdateService.SimpleUpdate.
// Corrected: action URI `.../Actions/SimpleUpdate` -> `.../Actions/UpdateService.SimpleUpdate`;
// `Target` -> `Targets`; `/redfish/v1/managers/RMC` -> `/redfish/v1/Managers/RMC` (URIs are
// case-sensitive); escaped brackets; the body split over two code blocks joined.
#[test]
fn s5_19_pull_update_of_rack_manager() {
    let v = json!({
        "ImageURI": "https://192.168.1.250/images/rmc_update.bin",
        "Targets": ["/redfish/v1/Managers/RMC"]
    });
    let r = simple_update(&v);
    assert_eq!(
        r.image_uri.as_deref(),
        Some("https://192.168.1.250/images/rmc_update.bin")
    );
    assert_eq!(
        r.targets.as_deref(),
        Some(&["/redfish/v1/Managers/RMC".to_owned()][..])
    );
    assert!(missing_required(SimpleUpdateRequest::REQUIRED, &v).is_empty());
    let built = SimpleUpdateRequest::default()
        .with_image_uri("https://192.168.1.250/images/rmc_update.bin")
        .with_targets(vec!["/redfish/v1/Managers/RMC".into()]);
    assert_eq!(serde_json::to_value(&built).unwrap(), v);

    // The seed's singular `Target` is not a SimpleUpdate parameter: it would be ignored.
    let seed: SimpleUpdateRequest = serde_json::from_value(json!({
        "ImageURI": "https://192.168.1.250/images/rmc_update.bin",
        "Target": ["/redfish/v1/managers/RMC"]
    }))
    .unwrap();
    assert!(seed.targets.is_none());
    assert!(seed.extra.contains_key("Target"));
}

// 5.21 Pull FW update on node: `Targets` naming the components of a node.
// Corrected: missing comma between the two URIs; escaped brackets. The fragment is an excerpt of
// the 5.19 body, so it lacks the required `ImageURI`.
#[test]
fn s5_21_targets_components_of_node() {
    let v = json!({
        "Targets": [
            "/redfish/v1/Systems/CS-3",
            "/redfish/v1/Managers/BMC_3"
        ]
    });
    let r = simple_update(&v);
    assert_eq!(
        r.targets.as_deref().unwrap(),
        ["/redfish/v1/Systems/CS-3", "/redfish/v1/Managers/BMC_3"]
    );
    assert_eq!(
        missing_required(SimpleUpdateRequest::REQUIRED, &v),
        ["ImageURI"]
    );
    // The complete request, with the 5.19 image (the guide only changes `Targets`).
    let built = SimpleUpdateRequest::default()
        .with_image_uri("https://192.168.1.250/images/rmc_update.bin")
        .with_targets(vec![
            "/redfish/v1/Systems/CS-3".into(),
            "/redfish/v1/Managers/BMC_3".into(),
        ]);
    let body = serde_json::to_value(&built).unwrap();
    assert_eq!(body["Targets"], v["Targets"]);
    assert!(missing_required(SimpleUpdateRequest::REQUIRED, &body).is_empty());
}

// 5.21 Pull FW update on node: `Targets` naming one node.
// Corrected: `/redfish/v1/systems/CS-3` -> `/redfish/v1/Systems/CS-3`; escaped brackets.
#[test]
fn s5_21_targets_one_node() {
    let v = json!({"Targets": ["/redfish/v1/Systems/CS-3"]});
    let r = simple_update(&v);
    assert_eq!(r.targets.as_deref().unwrap(), ["/redfish/v1/Systems/CS-3"]);
    let built =
        SimpleUpdateRequest::default().with_targets(vec!["/redfish/v1/Systems/CS-3".into()]);
    assert_eq!(serde_json::to_value(&built).unwrap(), v);
}

// 5.21 Pull FW update on node: `Targets` naming several nodes.
// Corrected: `Target` -> `Targets`; `/redfish/v1/systems/` -> `/redfish/v1/Systems/`; escaped
// brackets.
#[test]
fn s5_21_targets_several_nodes() {
    let v = json!({"Targets": ["/redfish/v1/Systems/CS-1", "/redfish/v1/Systems/CS-3"]});
    let r = simple_update(&v);
    let targets = r.targets.as_deref().unwrap();
    assert_eq!(
        targets,
        ["/redfish/v1/Systems/CS-1", "/redfish/v1/Systems/CS-3"]
    );
    assert!(
        targets
            .iter()
            .all(|t| t.starts_with("/redfish/v1/Systems/"))
    );
    let built = SimpleUpdateRequest::default().with_targets(vec![
        "/redfish/v1/Systems/CS-1".into(),
        "/redfish/v1/Systems/CS-3".into(),
    ]);
    assert_eq!(serde_json::to_value(&built).unwrap(), v);
}

// ---------------------------------------------------------------------------------------------
// 5.22-5.25: group operations
// ---------------------------------------------------------------------------------------------

// 5.22 Reset a temporary group of nodes:
// POST /redfish/v1/AggregationService/Actions/AggregationService.Reset.
// Corrected: action `Aggregate.Reset` -> `AggregationService.Reset` (the action 4.1 shows; the
// Aggregate action needs a persistent aggregate); `TargetURIs` strings -> links
// (`{"@odata.id": ...}`: the schema's items are `Resource.Resource` references); the text's
// `@Reddfish.ActionInfo` is `@Redfish.ActionInfo`; escaped brackets.
#[test]
fn s5_22_reset_temporary_group() {
    let v = json!({
        "BatchSize": 10,
        "DelayBetweenBatchesInSeconds": 15,
        "ResetType": "ForceRestart",
        "TargetURIs": [
            {"@odata.id": "/redfish/v1/Systems/cluster-node3"},
            {"@odata.id": "/redfish/v1/Systems/cluster-node4"}
        ]
    });
    let r: aggregation_service::ResetRequest = typed(&v);
    modelled!(aggregation_service::ResetRequest, r);
    assert_eq!(r.batch_size, Some(10));
    assert_eq!(r.delay_between_batches_in_seconds, Some(15));
    assert_eq!(r.reset_type, Some(ResetType::ForceRestart));
    let targets: Vec<&str> = r
        .target_uris
        .as_ref()
        .unwrap()
        .iter()
        .map(|l| l.odata_id.as_str())
        .collect();
    assert_eq!(
        targets,
        [
            "/redfish/v1/Systems/cluster-node3",
            "/redfish/v1/Systems/cluster-node4"
        ]
    );
    assert!(missing_required(aggregation_service::ResetRequest::REQUIRED, &v).is_empty());
    let built = aggregation_service::ResetRequest::default()
        .with_batch_size(10)
        .with_delay_between_batches_in_seconds(15)
        .with_reset_type(ResetType::ForceRestart)
        .with_target_uris(vec![
            Link::new("/redfish/v1/Systems/cluster-node3"),
            Link::new("/redfish/v1/Systems/cluster-node4"),
        ]);
    assert_eq!(serde_json::to_value(&built).unwrap(), v);

    // The seed's plain strings are not links: the model rejects them and says so.
    let seed: aggregation_service::ResetRequest = serde_json::from_value(json!({
        "ResetType": "ForceRestart",
        "TargetURIs": ["/redfish/v1/Systems/cluster-node3", "/redfish/v1/Systems/cluster-node4"]
    }))
    .unwrap();
    assert!(seed.target_uris.is_none());
    let d = deviations(&seed);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].path, "TargetURIs");
    assert!(matches!(d[0].kind, DiagnosticKind::Rejected { .. }));
}

// 5.23 Reset a persistent group of nodes:
// POST /redfish/v1/AggregationService/Aggregates/Agg1/Actions/Aggregate.Reset.
// Corrected: the text's `DelayBetweenBatechesInSeconds` is `DelayBetweenBatchesInSeconds`. The
// text calls `ResetType` mandatory; the schema makes no Aggregate.Reset parameter required.
#[test]
fn s5_23_reset_persistent_group() {
    let v = json!({
        "BatchSize": 10,
        "DelayBetweenBatchesInSeconds": 15,
        "ResetType": "ForceRestart"
    });
    let r: aggregate::ResetRequest = typed(&v);
    modelled!(aggregate::ResetRequest, r);
    assert_eq!(r.batch_size, Some(10));
    assert_eq!(r.delay_between_batches_in_seconds, Some(15));
    assert_eq!(r.reset_type, Some(ResetType::ForceRestart));
    assert!(aggregate::ResetRequest::REQUIRED.is_empty());
    let built = aggregate::ResetRequest::default()
        .with_batch_size(10)
        .with_delay_between_batches_in_seconds(15)
        .with_reset_type(ResetType::ForceRestart);
    assert_eq!(serde_json::to_value(&built).unwrap(), v);
}

// 5.24 Create a persistent set of nodes. The seed shows no fragment ("The response contains the
// following fragment" is followed by nothing); reconstructed from the text (Elements, Actions
// with targets) and the schema: POST `{"Elements": [...]}` to the Aggregates *collection*
// (the seed POSTs to `/Aggregates/Agg1`), the response is the new Aggregate.
#[test]
fn s5_24_create_persistent_group_reconstructed() {
    let request = json!({"Elements": [
        {"@odata.id": "/redfish/v1/Systems/cluster-node3"},
        {"@odata.id": "/redfish/v1/Systems/cluster-node4"}
    ]});
    let mut create = Aggregate::default();
    create.elements = Some(vec![
        Link::new("/redfish/v1/Systems/cluster-node3"),
        Link::new("/redfish/v1/Systems/cluster-node4"),
    ]);
    assert_eq!(serde_json::to_value(&create).unwrap(), request);

    let response = json!({
        "@odata.id": "/redfish/v1/AggregationService/Aggregates/Agg1",
        "@odata.type": "#Aggregate.v1_0_3.Aggregate",
        "Id": "Agg1",
        "Name": "Agg1",
        "ElementsCount": 2,
        "Elements": [
            {"@odata.id": "/redfish/v1/Systems/cluster-node3"},
            {"@odata.id": "/redfish/v1/Systems/cluster-node4"}
        ],
        "Actions": {
            "#Aggregate.Reset": {
                "target": "/redfish/v1/AggregationService/Aggregates/Agg1/Actions/Aggregate.Reset"
            },
            "#Aggregate.SetDefaultBootOrder": {
                "target": "/redfish/v1/AggregationService/Aggregates/Agg1/Actions/Aggregate.SetDefaultBootOrder"
            }
        }
    });
    let a: Aggregate = resource(&response);
    modelled!(Aggregate, a);
    assert_eq!(a.elements_count, Some(2));
    assert_eq!(a.elements, create.elements);
    let actions = a.actions.as_ref().unwrap();
    for (name, suffix) in [
        ("Aggregate.Reset", "/Actions/Aggregate.Reset"),
        (
            "Aggregate.SetDefaultBootOrder",
            "/Actions/Aggregate.SetDefaultBootOrder",
        ),
    ] {
        let target = actions.get(name).unwrap().target.unwrap();
        assert_eq!(
            target.as_str(),
            format!("{}{suffix}", a.odata_id().unwrap())
        );
    }
}

// 5.25 Set the boot order of a persistent group to the defaults:
// POST /redfish/v1/AggregationService/Aggregates/Agg1/Actions/Aggregate.SetDefaultBootOrder.
// "The POST command has no request message": an action without parameters is POSTed `{}`.
#[test]
fn s5_25_set_default_boot_order_empty_body() {
    let v = json!({});
    let r: aggregate::SetDefaultBootOrderRequest = typed(&v);
    assert!(aggregate::SetDefaultBootOrderRequest::PROPERTIES.is_empty());
    assert!(aggregate::SetDefaultBootOrderRequest::REQUIRED.is_empty());
    assert_eq!(
        serde_json::to_value(aggregate::SetDefaultBootOrderRequest::default()).unwrap(),
        v
    );
    assert_eq!(r, aggregate::SetDefaultBootOrderRequest::default());
    // The AggregationService variant of the action is the one that needs a body (`Systems`).
    assert_eq!(
        aggregation_service::SetDefaultBootOrderRequest::REQUIRED,
        ["Systems"]
    );
}

// ---------------------------------------------------------------------------------------------
// 5.27-5.30.2: certificates, tokens and the manageability manifest
// ---------------------------------------------------------------------------------------------

// 5.27 Get certificate from node: GET /redfish/v1/Systems/Node-1/Certificates/Cert-1.
// Corrected: the fragment split over two code blocks joined; escaped brackets.
#[test]
fn s5_27_certificate_of_node() {
    let who = json!({
        "Country": "US",
        "State": "Oregon",
        "City": "Portland",
        "Organization": "Contoso",
        "OrganizationalUnit": "ABC",
        "CommonName": "manager.contoso.org"
    });
    let v = json!({
        "@odata.id": "/redfish/v1/Systems/Node-1/Certificates/Cert-1",
        "Id": "Cert-1",
        "Name": "HTTPS Certificate",
        "CertificateString": "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----",
        "CertificateType": "PEM",
        "Issuer": who.clone(),
        "Subject": who,
        "ValidNotBefore": "2018-09-07T13:22:05Z",
        "ValidNotAfter": "2019-09-07T13:22:05Z",
        "KeyUsage": ["ServerAuthentication"]
    });
    let c: Certificate = resource(&v);
    modelled!(Certificate, c);
    let (ty, usage) = certificate_type_and_key_usage(&c);
    assert_eq!(ty, "PEM");
    assert_eq!(usage, ["ServerAuthentication"]);
    let subject = c.subject.as_ref().unwrap();
    modelled!(certificate::Identifier, subject);
    assert_eq!(subject.common_name.as_deref(), Some("manager.contoso.org"));
    assert_eq!(subject.organization.as_deref(), Some("Contoso"));
    assert_eq!(subject.organizational_unit.as_deref(), Some("ABC"));
    assert_eq!(subject.city.as_deref(), Some("Portland"));
    assert_eq!(subject.state.as_deref(), Some("Oregon"));
    assert_eq!(subject.country.as_deref(), Some("US"));
    assert_eq!(c.issuer, c.subject, "self-signed in the example");
    assert!(
        c.valid_not_before.as_ref().unwrap().parse().unwrap()
            < c.valid_not_after.as_ref().unwrap().parse().unwrap()
    );
}

// 5.28 Place certificate on node: POST /redfish/v1/Systems/{id}/Certificates/SystemID.
// Corrected: missing opening brace; `@odata.id` `/redfish/v1/System/1/...` ->
// `/redfish/v1/Systems/1/...`; `Id` `1` -> `SystemID` (the last segment of its `@odata.id`);
// PEM armour `----BEGIN CERTIFICATE----` / `----END ERTIFICATE----` -> five dashes and
// `END CERTIFICATE`; stray `}` after the Issuer `CommonName`; escaped brackets.
#[test]
fn s5_28_place_certificate_on_node() {
    let v = placed_certificate("/redfish/v1/Systems/1/Certificates/SystemID", "SystemID");
    let c = check_placed_certificate(&v, "SystemID");
    assert_eq!(c.odata_id().unwrap().last_segment(), "SystemID");
}

// 5.29 Place token on node: POST /redfish/v1/Systems/{id}/Certificates/Token.
// Corrected: `/redfish/v1/System/1/...` -> `/redfish/v1/Systems/1/...`; PEM armour dashes; stray
// `}` after the Subject `CommonName` and the missing closing brace of `Subject`; escaped
// brackets. The guide leaves the token's KeyUsage as "??"; the fragment's `KeyCertSign` is kept.
#[test]
fn s5_29_place_token_on_node() {
    let v = placed_certificate("/redfish/v1/Systems/1/Certificates/Token", "Token");
    let c = check_placed_certificate(&v, "Token");
    assert!(
        c.odata_id()
            .unwrap()
            .as_str()
            .starts_with("/redfish/v1/Systems/1/")
    );
}

// 5.30 Place certificate on rack manager:
// POST /redfish/v1/Managers/<RackManager>/Certificates/Certificate, <RackManager> = `RMC` (the
// rack manager of 5.13 and 5.15).
// Corrected: missing outer braces; `@odata.id` `/redfish/v1/\<RackManager\>/1/Certificates/Token`
// -> `/redfish/v1/Managers/RMC/Certificates/Certificate` (the URI the certificate is POSTed to;
// the seed's is the token's, without `Managers`); `Id` `1` -> `Certificate`; CertificateString
// `-----BEGIN CERTIFICATE-----, n...` with its missing closing quote -> `...-----\n...`; stray
// `}` after the Subject `CommonName`; escaped brackets.
#[test]
fn s5_30_place_certificate_on_rack_manager() {
    let v = placed_certificate(
        "/redfish/v1/Managers/RMC/Certificates/Certificate",
        "Certificate",
    );
    let c = check_placed_certificate(&v, "Certificate");
    assert!(
        c.odata_id()
            .unwrap()
            .as_str()
            .starts_with("/redfish/v1/Managers/RMC/")
    );
}

// 5.30.1 Place token on rack manager: POST /redfish/v1/Managers/<RackManager>/Certificates/Token.
// Corrected: `@odata.id` `/redfish/v1/\<RackManager\>/1/Certificates/Token` ->
// `/redfish/v1/Managers/RMC/Certificates/Token`; `Id` `1` -> `Token`; Issuer `Organization`
// repeated three times -> once; PEM armour dashes; stray `}` after the Subject `CommonName`;
// the fragment split over two code blocks joined; escaped brackets.
#[test]
fn s5_30_1_place_token_on_rack_manager() {
    let v = placed_certificate("/redfish/v1/Managers/RMC/Certificates/Token", "Token");
    let c = check_placed_certificate(&v, "Token");
    assert_eq!(
        c.issuer.as_ref().unwrap().organization.as_deref(),
        Some("...")
    );
    assert!(
        c.odata_id()
            .unwrap()
            .as_str()
            .starts_with("/redfish/v1/Managers/RMC/")
    );
}

// 5.30.2 Place manifest on rack manager: POST /redfish/v1/Managers/RMC/ManageabilityManifest.
// `ManageabilityManifest` is not a DMTF schema (the SDK types it in `ocp-rmc`): redfish-model
// must keep it whole as an unknown resource.
// Corrected: `NodesToManage` written as an object holding bare, partly unbraced entries -> an
// array of four objects; missing outer braces and the stray `}` after the block removed; `Name`
// `Manageability Manift\est` -> `Manageability Manifest`; PEM armour dashes; `Managers/rmc` ->
// `Managers/RMC` (the rack manager's id elsewhere in the guide; URIs are case-sensitive).
#[test]
fn s5_30_2_place_manifest_on_rack_manager() {
    let node = |name: &str| {
        json!({
            "NodeName": name,
            "NodeIDCertificateString": "-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----",
            "CertificateType": "PEM"
        })
    };
    let v = json!({
        "@odata.id": "/redfish/v1/Managers/RMC/ManageabilityManifest",
        "@odata.type": "#ManageabilityManifest.v1_0_0.ManageabilityManifest",
        "Id": "ManageabilityManifest",
        "Name": "Manageability Manifest",
        "NodesToManage": [node("node1"), node("node2"), node("switch1"), node("nas1")]
    });
    assert!(!AnyResource::SCHEMAS.contains(&"ManageabilityManifest"));
    let any = AnyResource::from_json(v.clone());
    assert!(matches!(any, AnyResource::Unknown(_)), "{:?}", any.schema());
    let kept = serde_json::to_value(&any).unwrap();
    assert_eq!(kept, v);
    let from_bytes = AnyResource::from_slice(&serde_json::to_vec(&v).unwrap()).unwrap();
    assert_eq!(from_bytes, any);
    assert!(diagnose(&any).is_empty());

    let nodes = kept["NodesToManage"].as_array().unwrap();
    let names: Vec<&str> = nodes
        .iter()
        .map(|n| n["NodeName"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["node1", "node2", "switch1", "nas1"]);
    let types = schema_enum("Certificate.json", "CertificateType");
    assert!(nodes.iter().all(|n| {
        types.contains(&n["CertificateType"].as_str().unwrap().to_owned())
            && n["NodeIDCertificateString"]
                .as_str()
                .unwrap()
                .starts_with("-----BEGIN CERTIFICATE-----\n")
    }));
}
