//! The whole-rack report against the emulated rack.

mod common;

use ocp_rmc::Rack;
use ocp_rmc::report::ReportOptions;
use redfish_emulator::Fault;

#[tokio::test]
async fn report_gathers_every_node_and_matches_the_service() {
    let (emu, client) = common::rack(8).await;
    let rack = Rack::discover(&client).await.unwrap();
    let report = rack.report().await.unwrap();
    assert_eq!(report.nodes.len(), 8);
    assert_eq!(
        report.rack.power_state,
        Some(redfish_client::model::resource::PowerState::On)
    );
    assert!(report.rack.errors.is_empty(), "{:?}", report.rack.errors);
    assert!(!report.rack.power_supplies.is_empty());
    assert_eq!(
        report.rack.manager.firmware_version.as_deref(),
        emu.resource(rack.manager_uri().as_str()).unwrap()["FirmwareVersion"].as_str()
    );
    for (n, node) in report.nodes.iter().zip(rack.nodes()) {
        assert_eq!(n.id, node.id());
        assert!(n.errors.is_empty(), "{}: {:?}", n.id, n.errors);
        let sys = emu.resource(node.system_uri().unwrap().as_str()).unwrap();
        assert_eq!(n.bios_version.as_deref(), sys["BiosVersion"].as_str());
        let bmc = emu.resource(node.manager_uri().unwrap().as_str()).unwrap();
        assert_eq!(n.bmc_version.as_deref(), bmc["FirmwareVersion"].as_str());
        assert!(n.consumed_watts.unwrap() > 0.0);
        assert!(n.intake.as_ref().unwrap().reading_celsius.is_some());
        assert!(n.is_ok(), "{n:?}");
    }
    let text = report.to_string();
    assert!(text.contains("8 of 8 nodes OK"), "{text}");
    for node in rack.nodes() {
        assert!(text.contains(node.id()), "{text}");
    }
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["nodes"].as_array().unwrap().len(), 8);
    assert_eq!(json["rack"]["power_state"], "On");
    assert_eq!(json["nodes"][0]["intake_state"], "Normal");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn a_member_that_answers_404_is_listed_and_the_report_completes() {
    let (emu, client) = common::rack(3).await;
    let root = client.service_root().await.unwrap();
    let path = root.chassis().unwrap().uri().path().to_owned();
    let mut coll = emu.resource(&path).unwrap();
    let ghost = format!("{}/Ghost", path.trim_end_matches('/'));
    coll["Members"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"@odata.id": ghost}));
    emu.set_resource(&path, coll);
    let rack = Rack::discover(&client).await.unwrap();
    assert_eq!(rack.nodes().len(), 3);
    assert_eq!(rack.unreadable_members().len(), 1);
    assert!(rack.unreadable_members()[0].contains(&ghost));
    let report = rack.report().await.unwrap();
    assert_eq!(report.nodes.len(), 3);
    assert!(
        report
            .rack
            .errors
            .iter()
            .any(|e| e.contains(&ghost) && e.contains("404")),
        "{:?}",
        report.rack.errors
    );
    assert!(report.to_string().contains(&ghost));
    client.logout().await.unwrap();
}

#[tokio::test]
async fn a_failing_node_is_reported_not_fatal() {
    let (emu, client) = common::rack(3).await;
    let rack = Rack::discover(&client).await.unwrap();
    let bad = &rack.nodes()[1];
    let thermal = emu.resource(bad.chassis_uri().as_str()).unwrap()["Thermal"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    emu.inject(&thermal, Fault::MalformedJson, None);
    let mut sys = emu
        .resource(rack.nodes()[2].system_uri().unwrap().as_str())
        .unwrap();
    sys["Status"]["Health"] = "Critical".into();
    emu.set_resource(rack.nodes()[2].system_uri().unwrap().as_str(), sys);

    let report = rack
        .report_with(&ReportOptions::default().concurrency(1))
        .await
        .unwrap();
    assert!(report.nodes[0].is_ok());
    assert_eq!(
        report.nodes[1].errors.len(),
        1,
        "{:?}",
        report.nodes[1].errors
    );
    assert!(report.nodes[1].errors[0].starts_with("thermal"));
    assert!(
        report.nodes[1].consumed_watts.is_some(),
        "the rest was read"
    );
    assert_eq!(
        report.nodes[2].worst_health(),
        Some(&redfish_client::model::resource::Health::Critical)
    );
    let ids: Vec<&str> = report
        .problem_nodes()
        .iter()
        .map(|n| n.id.as_str())
        .collect();
    assert_eq!(ids, vec![rack.nodes()[1].id(), rack.nodes()[2].id()]);
    emu.clear_faults();
    client.logout().await.unwrap();
}
