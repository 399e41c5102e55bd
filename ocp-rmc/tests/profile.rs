//! The profile checker against the emulated rack: conformant as served, and failing with
//! exactly the expected items once resources are broken.

#![allow(clippy::unwrap_used)] // test helpers outside #[test] functions

mod common;

use ocp_rmc::profile::{
    ConformanceReport, CrawlOptions, Outcome, Profile, ProfileLibrary, ServiceSnapshot, check,
};
use redfish_client::Client;

fn profiles_dir() -> String {
    format!("{}/profiles", env!("CARGO_MANIFEST_DIR"))
}

/// The RMC profile v1_1_0 plus the baseline v1.0.1 it extends (the file does not say so:
/// the guide does).
fn rmc_and_baseline() -> Vec<Profile> {
    let library = ProfileLibrary::open(profiles_dir()).unwrap();
    let rmc = Profile::from_file(format!(
        "{}/OCPRackManagerController.v1_1_0.json",
        profiles_dir()
    ))
    .unwrap();
    let mut chain = library.resolve(&rmc).unwrap();
    chain.push(
        library
            .find("OCPBaselineHardwareManagement", Some("1.0.1"))
            .unwrap()
            .clone(),
    );
    chain
}

async fn run(client: &Client) -> ConformanceReport {
    let snap = ServiceSnapshot::crawl(client, &CrawlOptions::default())
        .await
        .unwrap();
    check(&rmc_and_baseline(), &snap)
}

#[tokio::test]
async fn the_emulated_rack_conforms_to_the_rmc_profile_and_baseline() {
    let (_emu, client) = common::rack(4).await;
    let report = run(&client).await;
    let text = report.to_string();
    assert!(report.passed(), "{}", report.brief());
    assert!(report.crawl_errors.is_empty(), "{:?}", report.crawl_errors);
    let c = report.counts();
    assert!(c.pass > 500, "{c:?}");
    assert!(text.contains("CONFORMANT"));
    assert!(report.profiles[0].starts_with("OCPRackManagerController 1.0.0"));
    assert!(report.profiles[1].starts_with("OCPBaselineHardwareManagement 1.0.1"));
    // The across-resources comparisons ran and passed.
    for check in ["ChassisType.Comparison", "ManagerType.Comparison"] {
        assert!(
            report.items.iter().any(|i| i.check.starts_with(check)
                && i.uri.is_none()
                && i.outcome == Outcome::Pass),
            "{check}"
        );
    }
    // Write requirements are reported, not tested.
    assert!(report.items.iter().any(|i| i.check
        == "PowerControl[0].PowerLimit.LimitInWatts.WriteRequirement"
        && i.outcome == Outcome::NotTested));
    client.logout().await.unwrap();
}

fn failure_keys(r: &ConformanceReport) -> Vec<(String, Option<String>, String)> {
    let mut v: Vec<_> = r
        .failures()
        .iter()
        .map(|i| {
            let profile = i.profile.split(' ').next().unwrap_or_default().to_owned();
            (profile, i.uri.clone(), i.check.clone())
        })
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn a_broken_rack_fails_with_exactly_the_broken_items() {
    let (emu, client) = common::rack(2).await;
    let before = failure_keys(&run(&client).await);

    // 1. The rack manager no longer reports its firmware version.
    let mut rmc = emu.resource("/redfish/v1/Managers/RMC").unwrap();
    rmc.as_object_mut().unwrap().remove("FirmwareVersion");
    emu.set_resource("/redfish/v1/Managers/RMC", rmc);
    // 2. A firmware inventory entry is no longer updateable.
    let inventory = emu
        .resource("/redfish/v1/UpdateService/FirmwareInventory")
        .unwrap();
    let entry = inventory["Members"][0]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut fw = emu.resource(&entry).unwrap();
    fw["Updateable"] = false.into();
    emu.set_resource(&entry, fw);
    // 3. The rack chassis loses its Reset action.
    let mut rack = emu.resource("/redfish/v1/Chassis/Rack").unwrap();
    rack["Actions"]
        .as_object_mut()
        .unwrap()
        .remove("#Chassis.Reset");
    emu.set_resource("/redfish/v1/Chassis/Rack", rack);
    // 4. A node's thermal resource loses its Temperatures array entirely.
    let thermal = "/redfish/v1/Chassis/Node2/Thermal";
    let mut t = emu.resource(thermal).unwrap();
    t.as_object_mut().unwrap().remove("Temperatures");
    emu.set_resource(thermal, t);

    // 5. A node chassis no longer says what contains it (only the rack may omit that).
    let mut node = emu.resource("/redfish/v1/Chassis/Node1").unwrap();
    node["Links"].as_object_mut().unwrap().remove("ContainedBy");
    emu.set_resource("/redfish/v1/Chassis/Node1", node);

    let report = run(&client).await;
    let after = failure_keys(&report);
    let new: Vec<_> = after
        .iter()
        .filter(|f| !before.contains(f))
        .cloned()
        .collect();
    let s = |x: &str| x.to_owned();
    let mut expected = vec![
        (
            s("OCPRackManagerController"),
            Some(s("/redfish/v1/Managers/RMC")),
            s("FirmwareVersion"),
        ),
        (
            s("OCPBaselineHardwareManagement"),
            Some(s("/redfish/v1/Managers/RMC")),
            s("FirmwareVersion"),
        ),
        (
            s("OCPRackManagerController"),
            Some(entry.clone()),
            s("Updateable.Comparison"),
        ),
        (
            s("OCPRackManagerController"),
            Some(s("/redfish/v1/Chassis/Rack")),
            s("Actions.Reset"),
        ),
        (
            s("OCPRackManagerController"),
            Some(s(thermal)),
            s("Temperatures"),
        ),
        (
            s("OCPRackManagerController"),
            Some(s("/redfish/v1/Chassis/Node1")),
            s("Links.ContainedBy"),
        ),
    ];
    expected.sort();
    assert_eq!(new, expected, "{}", report.brief());
    assert!(!report.passed());
    assert!(
        before.iter().all(|b| after.contains(b)),
        "nothing was fixed by breaking"
    );
    // The baseline's Temperatures requirement is IfImplemented: no failure from it.
    assert!(
        !new.iter()
            .any(|(p, u, _)| p == "OCPBaselineHardwareManagement" && u.as_deref() == Some(thermal))
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn a_profile_chain_from_required_profiles_is_checked() {
    // A profile that only says "I require the baseline 1.0.1": the chain brings in the
    // baseline's requirements.
    let (emu, client) = common::rack(1).await;
    let library = ProfileLibrary::open(profiles_dir()).unwrap();
    let top = Profile::from_json(
        &serde_json::json!({
            "ProfileName": "ContosoRack", "ProfileVersion": "1.0.0",
            "RequiredProfiles": {"OCPBaselineHardwareManagement": {"MinVersion": "1.0.1"}},
            "Resources": {"AggregationService": {"ActionRequirements": {"Reset": {
                "Parameters": {"ResetType": {"ParameterValues": ["ForceRestart"]}}}}}}
        }),
        "contoso",
    )
    .unwrap();
    let chain = library.resolve(&top).unwrap();
    assert_eq!(chain.len(), 2);
    let snap = ServiceSnapshot::crawl(&client, &CrawlOptions::default().concurrency(4))
        .await
        .unwrap();
    let report = check(&chain, &snap);
    assert!(report.passed(), "{}", report.brief());
    assert!(
        report
            .items
            .iter()
            .any(|i| i.profile.starts_with("OCPBaselineHardwareManagement")
                && i.resource == "ManagerNetworkProtocol")
    );
    assert!(
        report
            .items
            .iter()
            .any(|i| i.check == "Actions.Reset.ResetType.ParameterValues"
                && i.resource == "AggregationService"
                && i.outcome == Outcome::Pass)
    );

    // Without the baseline's required session service the chain fails on it.
    let mut root = emu.resource("/redfish/v1").unwrap();
    root.as_object_mut().unwrap().remove("SessionService");
    emu.set_resource("/redfish/v1", root);
    let snap = ServiceSnapshot::crawl(&client, &CrawlOptions::default())
        .await
        .unwrap();
    let report = check(&chain, &snap);
    let failed: Vec<(&str, &str)> = report
        .failures()
        .iter()
        .map(|i| (i.resource.as_str(), i.check.as_str()))
        .collect();
    assert!(
        failed.contains(&("ServiceRoot", "SessionService")),
        "{failed:?}"
    );
    client.logout().await.unwrap();
}
