//! Use cases 5.1-5.18 against the emulator's `rack` scenario.

mod common;

use ocp_rmc::power::PowerLimitSetting;
use ocp_rmc::thermal::ThresholdState;
use ocp_rmc::{Error, Rack};
use redfish_emulator::DEFAULT_READONLY;
use redfish_model::power::PowerLimitException;
use redfish_model::resource::{Health, PowerState};

#[tokio::test]
async fn discovery_finds_rack_manager_and_nodes_by_type_not_by_id() {
    let (emu, client) = common::rack(4).await;
    let rack = Rack::discover(&client).await.unwrap();
    let rack_json = emu.resource(rack.chassis_uri().as_str()).unwrap();
    assert_eq!(rack_json["ChassisType"], "Rack");
    let rmc = emu.resource(rack.manager_uri().as_str()).unwrap();
    assert_eq!(rmc["ManagerType"], "RackManager");
    assert_eq!(rack.nodes().len(), 4);
    for node in rack.nodes() {
        let chassis = emu.resource(node.chassis_uri().as_str()).unwrap();
        assert_ne!(chassis["ChassisType"], "Rack");
        let system = node.system_uri().expect("every node links its system");
        assert_eq!(
            chassis["Links"]["ComputerSystems"][0]["@odata.id"],
            system.as_str()
        );
        let bmc = emu.resource(node.manager_uri().unwrap().as_str()).unwrap();
        assert_eq!(
            bmc["ManagerType"], "BMC",
            "the node's manager is its BMC, not the RMC"
        );
        assert_eq!(
            rack.node(node.id()).unwrap().chassis_uri(),
            node.chassis_uri()
        );
    }
    client.logout().await.unwrap();
}

#[tokio::test]
async fn discovery_expands_collections_when_the_service_offers_it() {
    let (emu, client) = common::rack(8).await;
    client.login().await.unwrap();
    emu.clear_request_log();
    let rack = Rack::discover(&client).await.unwrap();
    assert_eq!(rack.nodes().len(), 8);
    let gets: Vec<String> = emu
        .request_log()
        .into_iter()
        .filter(|(m, _)| m == "GET")
        .map(|(_, p)| p)
        .collect();
    // Service root + the two collections, expanded: not one GET per chassis or manager.
    assert_eq!(gets.len(), 3, "{gets:?}");
    assert!(
        gets.iter().filter(|p| p.contains("$expand")).count() == 2,
        "{gets:?}"
    );

    // Without ExpandQuery in the service root, members are read one by one.
    let mut root = emu.resource("/redfish/v1").unwrap();
    root.as_object_mut()
        .unwrap()
        .remove("ProtocolFeaturesSupported");
    emu.set_resource("/redfish/v1", root);
    emu.clear_request_log();
    let again = Rack::discover(&client).await.unwrap();
    assert_eq!(again.nodes().len(), 8);
    let gets = emu
        .request_log()
        .into_iter()
        .filter(|(m, _)| m == "GET")
        .count();
    assert!(gets > 3 + 16, "{gets}");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn discovery_refuses_a_service_without_a_rack() {
    let (emu, client) = common::rack(1).await;
    let mut rack = emu.resource("/redfish/v1/Chassis/Rack").unwrap();
    rack["ChassisType"] = "Enclosure".into();
    emu.set_resource("/redfish/v1/Chassis/Rack", rack);
    let e = Rack::discover(&client).await.unwrap_err();
    assert!(matches!(e, Error::NoRack), "{e}");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_1_fru_read_and_asset_tag_write() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let node = &rack.nodes()[1];
    let fru = node.fru().await.unwrap();
    let json = emu.resource(node.chassis_uri().as_str()).unwrap();
    assert_eq!(fru.manufacturer.as_deref(), json["Manufacturer"].as_str());
    assert_eq!(fru.model.as_deref(), json["Model"].as_str());
    assert_eq!(fru.serial_number.as_deref(), json["SerialNumber"].as_str());
    assert_eq!(fru.part_number.as_deref(), json["PartNumber"].as_str());
    assert_eq!(fru.sku.as_deref(), json["SKU"].as_str());
    assert!(fru.serial_number.is_some());

    let written = node.set_asset_tag("ROW7-RACK3-U12").await.unwrap();
    assert_eq!(written.asset_tag.as_deref(), Some("ROW7-RACK3-U12"));
    assert_eq!(
        emu.resource(node.chassis_uri().as_str()).unwrap()["AssetTag"],
        "ROW7-RACK3-U12"
    );
    // The other node is untouched.
    let other = emu
        .resource(rack.nodes()[0].chassis_uri().as_str())
        .unwrap();
    assert_ne!(other["AssetTag"], "ROW7-RACK3-U12");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_1_asset_tag_write_is_refused_to_a_read_only_account() {
    let (emu, admin) = common::rack(1).await;
    let client = common::client_for(&emu, DEFAULT_READONLY.user, DEFAULT_READONLY.password);
    let rack = Rack::discover(&client).await.unwrap();
    let e = rack.nodes()[0].set_asset_tag("nope").await.unwrap_err();
    let status = e.redfish().and_then(|r| r.status()).map(|s| s.as_u16());
    assert_eq!(status, Some(403), "{e}");
    client.logout().await.unwrap();
    admin.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_1_1_and_5_5_power_states() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    assert_eq!(rack.power_state().await.unwrap(), Some(PowerState::On));
    let node = &rack.nodes()[0];
    assert_eq!(node.power_state().await.unwrap(), Some(PowerState::On));
    // Turning the node's system off shows in its power state once the emulator applies it.
    let mut chassis = emu.resource(node.chassis_uri().as_str()).unwrap();
    chassis["PowerState"] = "Off".into();
    emu.set_resource(node.chassis_uri().as_str(), chassis);
    assert_eq!(node.power_state().await.unwrap(), Some(PowerState::Off));
    client.logout().await.unwrap();
}

#[tokio::test]
async fn rack_reset_checks_the_allowed_reset_types() {
    let (emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    rack.reset(redfish_model::resource::ResetType::ForceRestart)
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    emu.clear_request_log();
    let e = rack
        .reset(redfish_model::resource::ResetType::Unknown(
            "Explode".into(),
        ))
        .await
        .unwrap_err();
    assert!(
        matches!(
            e.redfish(),
            Some(redfish_client::Error::InvalidParameter { .. })
        ),
        "{e}"
    );
    assert!(
        !emu.request_log().iter().any(|(m, _)| m == "POST"),
        "refused before sending"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_2_rack_power_usage_with_metrics() {
    let (emu, client) = common::rack(3).await;
    let rack = Rack::discover(&client).await.unwrap();
    let usage = rack.power_usage().await.unwrap();
    let power_uri = emu.resource(rack.chassis_uri().as_str()).unwrap()["Power"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    let power = emu.resource(&power_uri).unwrap();
    let control = &power["PowerControl"][0];
    assert_eq!(usage.consumed_watts, control["PowerConsumedWatts"].as_f64());
    assert!(usage.consumed_watts.unwrap() > 0.0);
    let m = &control["PowerMetrics"];
    assert_eq!(usage.min_consumed_watts, m["MinConsumedWatts"].as_f64());
    assert_eq!(usage.max_consumed_watts, m["MaxConsumedWatts"].as_f64());
    assert_eq!(
        usage.average_consumed_watts,
        m["AverageConsumedWatts"].as_f64()
    );
    assert_eq!(usage.interval_min, m["IntervalInMin"].as_i64());
    assert!(usage.min_consumed_watts <= usage.max_consumed_watts);
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_3_set_rack_power_limit() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let cap = PowerLimitSetting::watts(9000.0)
        .exception(PowerLimitException::LogEventOnly)
        .correction_ms(100);
    let read = rack.set_power_limit(&cap).await.unwrap();
    assert_eq!(read.limit_in_watts, Some(9000.0));
    assert_eq!(
        read.limit_exception.as_ref().map(|e| e.as_str()),
        Some("LogEventOnly")
    );
    assert_eq!(read.correction_in_ms, Some(100));
    let power_uri = emu.resource(rack.chassis_uri().as_str()).unwrap()["Power"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    let limit = &emu.resource(&power_uri).unwrap()["PowerControl"][0]["PowerLimit"];
    assert_eq!(limit["LimitInWatts"].as_f64(), Some(9000.0));
    assert_eq!(limit["LimitException"], "LogEventOnly");
    assert_eq!(
        rack.power_usage()
            .await
            .unwrap()
            .limit
            .unwrap()
            .limit_in_watts,
        Some(9000.0)
    );

    // Capping off.
    let off = rack
        .set_power_limit(&PowerLimitSetting::off())
        .await
        .unwrap();
    assert_eq!(off.limit_in_watts, None);
    assert!(
        emu.resource(&power_uri).unwrap()["PowerControl"][0]["PowerLimit"]["LimitInWatts"]
            .is_null()
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_3_bad_limit_exception_is_refused_and_nothing_changes() {
    let (emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    let before = rack.power_usage().await.unwrap().limit;
    let cap =
        PowerLimitSetting::watts(1234.0).exception(PowerLimitException::Unknown("Explode".into()));
    let e = rack.set_power_limit(&cap).await.unwrap_err();
    let r = e.redfish().expect("a service error");
    assert_eq!(r.status().map(|s| s.as_u16()), Some(400), "{e}");
    assert!(r.has_message("PropertyValueNotInList"), "{e}");
    assert_eq!(rack.power_usage().await.unwrap().limit, before);
    let _ = emu;
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_4_and_5_18_psu_status_and_firmware() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let psus = rack.power_supplies().await.unwrap();
    assert!(!psus.is_empty());
    let power_uri = emu.resource(rack.chassis_uri().as_str()).unwrap()["Power"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    let json = emu.resource(&power_uri).unwrap();
    let expected = json["PowerSupplies"].as_array().unwrap();
    assert_eq!(psus.len(), expected.len());
    for (p, e) in psus.iter().zip(expected) {
        assert_eq!(p.firmware_version.as_deref(), e["FirmwareVersion"].as_str());
        assert!(p.firmware_version.is_some());
        assert_eq!(
            p.health.as_ref().map(|h| h.as_str()),
            e["Status"]["Health"].as_str()
        );
        assert_eq!(
            p.state.as_ref().map(|s| s.as_str()),
            e["Status"]["State"].as_str()
        );
    }
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_6_and_5_7_node_power_usage_and_limit() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let node = &rack.nodes()[0];
    let usage = node.power_usage().await.unwrap();
    assert!(usage.consumed_watts.unwrap() > 0.0);
    assert!(usage.average_consumed_watts.is_some());
    let read = node
        .set_power_limit(&PowerLimitSetting::watts(300.0))
        .await
        .unwrap();
    assert_eq!(read.limit_in_watts, Some(300.0));
    let power_uri = emu.resource(node.chassis_uri().as_str()).unwrap()["Power"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        emu.resource(&power_uri).unwrap()["PowerControl"][0]["PowerLimit"]["LimitInWatts"].as_f64(),
        Some(300.0)
    );
    // The other node keeps its own limit.
    let other = rack.nodes()[1].power_usage().await.unwrap();
    assert_ne!(other.limit.and_then(|l| l.limit_in_watts), Some(300.0));
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_8_intake_temperature_with_thresholds() {
    let (_emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let node = &rack.nodes()[0];
    let intake = node
        .intake_temperature()
        .await
        .unwrap()
        .expect("intake sensor");
    assert_eq!(
        intake.physical_context,
        Some(redfish_client::model::resource::PhysicalContext::Intake)
    );
    assert!(intake.reading_celsius.is_some());
    for t in [
        intake.upper_non_critical,
        intake.upper_critical,
        intake.upper_fatal,
        intake.lower_non_critical,
        intake.lower_critical,
        intake.lower_fatal,
        intake.min_reading_range,
        intake.max_reading_range,
    ] {
        assert!(t.is_some(), "{intake:?}");
    }
    assert_eq!(intake.state(), ThresholdState::Normal);
    let all = node.temperatures().await.unwrap();
    assert!(all.len() >= 2 && all.iter().filter(|t| t.is_intake()).count() == 1);
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_9_to_5_11_status_cpu_and_memory() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let node = &rack.nodes()[1];
    let status = node.status().await.unwrap();
    assert_eq!(status.chassis.health, Some(Health::OK));
    let system = status.system.expect("system status");
    assert_eq!(system.health, Some(Health::OK));
    assert!(system.health_rollup.is_some(), "HealthRollup on the system");

    let sys_json = emu.resource(node.system_uri().unwrap().as_str()).unwrap();
    let cpu = node.cpu_summary().await.unwrap();
    assert_eq!(cpu.count, sys_json["ProcessorSummary"]["Count"].as_i64());
    assert!(cpu.count.unwrap() > 0);
    assert!(cpu.status.health.is_some());
    let mem = node.memory_summary().await.unwrap();
    assert_eq!(
        mem.total_gib,
        sys_json["MemorySummary"]["TotalSystemMemoryGiB"].as_f64()
    );
    assert!(mem.status.health.is_some());

    // A degraded system shows up.
    let mut sys = sys_json.clone();
    sys["Status"]["Health"] = "Warning".into();
    emu.set_resource(node.system_uri().unwrap().as_str(), sys);
    let status = node.status().await.unwrap();
    assert_eq!(status.system.unwrap().health, Some(Health::Warning));
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_12_led_read_and_write() {
    let (emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    let node = &rack.nodes()[0];
    let before = node.led().await.unwrap();
    assert!(before.indicator_led.is_some() || before.location_indicator_active.is_some());
    let on = node.set_led(true).await.unwrap();
    assert!(on.is_on());
    assert_eq!(
        emu.resource(node.chassis_uri().as_str()).unwrap()["IndicatorLED"],
        "Lit"
    );
    let off = node.set_led(false).await.unwrap();
    assert!(!off.is_on());
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_12_led_falls_back_to_location_indicator_active() {
    let (emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    let node = &rack.nodes()[0];
    let mut chassis = emu.resource(node.chassis_uri().as_str()).unwrap();
    let obj = chassis.as_object_mut().unwrap();
    obj.remove("IndicatorLED");
    obj.insert("LocationIndicatorActive".into(), false.into());
    emu.set_resource(node.chassis_uri().as_str(), chassis);
    let on = node.set_led(true).await.unwrap();
    assert!(on.is_on());
    assert_eq!(on.indicator_led, None);
    let json = emu.resource(node.chassis_uri().as_str()).unwrap();
    assert_eq!(json["LocationIndicatorActive"], true);
    assert!(
        json.get("IndicatorLED").is_none(),
        "no deprecated property was added"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_13_and_5_14_logs() {
    let (emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    let rmc = rack.manager_log_entries(None).await.unwrap();
    assert!(!rmc.is_empty(), "the rack manager log has entries");
    assert!(
        rmc.iter()
            .all(|e| e.message.is_some() && e.created.is_some())
    );
    let limited = rack.manager_log_entries(Some(1)).await.unwrap();
    assert_eq!(limited.len(), 1);
    let node = &rack.nodes()[0];
    let node_log = node.log_entries(None).await.unwrap();
    assert!(!node_log.is_empty(), "the node's system log has entries");
    assert!(
        node_log
            .iter()
            .all(|e| e.severity.is_some() && e.message.is_some())
    );
    // They are the node's, not the rack manager's.
    let services = emu
        .resource(&format!("{}/LogServices", node.system_uri().unwrap()))
        .unwrap();
    assert!(
        services["Members"]
            .as_array()
            .is_some_and(|m| !m.is_empty())
    );
    let rmc_ids: Vec<_> = rmc.iter().map(|e| e.message.clone()).collect();
    assert_ne!(
        node_log
            .iter()
            .map(|e| e.message.clone())
            .collect::<Vec<_>>(),
        rmc_ids
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_15_to_5_17_firmware_versions() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let rmc = rack.manager_firmware_version().await.unwrap();
    assert_eq!(
        rmc.as_deref(),
        emu.resource(rack.manager_uri().as_str()).unwrap()["FirmwareVersion"].as_str()
    );
    assert!(rmc.is_some());
    let node = &rack.nodes()[0];
    let fw = node.firmware_versions().await.unwrap();
    assert_eq!(
        fw.bios.as_deref(),
        emu.resource(node.system_uri().unwrap().as_str()).unwrap()["BiosVersion"].as_str()
    );
    assert_eq!(
        fw.bmc.as_deref(),
        emu.resource(node.manager_uri().unwrap().as_str()).unwrap()["FirmwareVersion"].as_str()
    );
    assert!(fw.bios.is_some() && fw.bmc.is_some());
    assert_ne!(fw.bmc, rmc, "the BMC is not the rack manager");
    client.logout().await.unwrap();
}

/// Turns a node into a chassis of the new power model: no `Power`, but `EnvironmentMetrics`
/// and `PowerSubsystem` with one supply.
#[allow(clippy::unwrap_used)] // a test helper outside #[test]
fn new_power_model(emu: &redfish_emulator::RunningEmulator, chassis: &str) {
    let mut c = emu.resource(chassis).unwrap();
    let obj = c.as_object_mut().unwrap();
    obj.remove("Power");
    obj.insert(
        "EnvironmentMetrics".into(),
        serde_json::json!({"@odata.id": format!("{chassis}/EnvironmentMetrics")}),
    );
    obj.insert(
        "PowerSubsystem".into(),
        serde_json::json!({"@odata.id": format!("{chassis}/PowerSubsystem")}),
    );
    emu.set_resource(chassis, c);
    emu.set_resource(
        &format!("{chassis}/EnvironmentMetrics"),
        serde_json::json!({
            "@odata.id": format!("{chassis}/EnvironmentMetrics"),
            "@odata.type": "#EnvironmentMetrics.v1_3_0.EnvironmentMetrics",
            "Id": "EnvironmentMetrics", "Name": "Node environment",
            "PowerWatts": {"Reading": 321.0},
            "PowerLimitWatts": {"SetPoint": 600, "ControlMode": "Automatic", "AllowableMin": 100, "AllowableMax": 800}
        }),
    );
    emu.set_resource(
        &format!("{chassis}/PowerSubsystem"),
        serde_json::json!({
            "@odata.id": format!("{chassis}/PowerSubsystem"),
            "@odata.type": "#PowerSubsystem.v1_1_3.PowerSubsystem",
            "Id": "PowerSubsystem", "Name": "Node power",
            "PowerSupplies": {"@odata.id": format!("{chassis}/PowerSubsystem/PowerSupplies")}
        }),
    );
    emu.set_resource(
        &format!("{chassis}/PowerSubsystem/PowerSupplies"),
        serde_json::json!({
            "@odata.id": format!("{chassis}/PowerSubsystem/PowerSupplies"),
            "@odata.type": "#PowerSupplyCollection.PowerSupplyCollection",
            "Name": "Power supplies",
            "Members": [{"@odata.id": format!("{chassis}/PowerSubsystem/PowerSupplies/PSU0")}],
            "Members@odata.count": 1
        }),
    );
    emu.set_resource(
        &format!("{chassis}/PowerSubsystem/PowerSupplies/PSU0"),
        serde_json::json!({
            "@odata.id": format!("{chassis}/PowerSubsystem/PowerSupplies/PSU0"),
            "@odata.type": "#PowerSupply.v1_6_0.PowerSupply",
            "Id": "PSU0", "Name": "Node PSU", "FirmwareVersion": "3.2.1", "PowerCapacityWatts": 800,
            "Status": {"State": "Enabled", "Health": "OK"}
        }),
    );
}

#[tokio::test]
async fn new_power_model_is_read_and_capped_through_environment_metrics() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let node = &rack.nodes()[0];
    new_power_model(&emu, node.chassis_uri().as_str());
    let usage = node.power_usage().await.unwrap();
    assert_eq!(usage.consumed_watts, Some(321.0));
    assert_eq!(usage.capacity_watts, Some(800.0));
    assert_eq!(usage.limit.unwrap().limit_in_watts, Some(600.0));

    let read = node
        .set_power_limit(&PowerLimitSetting::watts(450.0))
        .await
        .unwrap();
    assert_eq!(read.limit_in_watts, Some(450.0));
    let metrics = emu
        .resource(&format!("{}/EnvironmentMetrics", node.chassis_uri()))
        .unwrap();
    assert_eq!(metrics["PowerLimitWatts"]["SetPoint"].as_f64(), Some(450.0));
    let off = node
        .set_power_limit(&PowerLimitSetting::off())
        .await
        .unwrap();
    assert_eq!(off.limit_in_watts, None);
    let metrics = emu
        .resource(&format!("{}/EnvironmentMetrics", node.chassis_uri()))
        .unwrap();
    assert_eq!(metrics["PowerLimitWatts"]["ControlMode"], "Disabled");

    // The report reads it too, and the rack-level PSU fallback works on a chassis alike.
    let report = rack.report().await.unwrap();
    assert_eq!(report.nodes[0].consumed_watts, Some(321.0));
    assert!(
        report.nodes[0].errors.is_empty(),
        "{:?}",
        report.nodes[0].errors
    );

    new_power_model(&emu, rack.chassis_uri().as_str());
    let psus = rack.power_supplies().await.unwrap();
    assert_eq!(psus.len(), 1);
    assert_eq!(psus[0].firmware_version.as_deref(), Some("3.2.1"));
    assert!(psus[0].is_ok());
    client.logout().await.unwrap();
}
