//! Use cases 5.22-5.25: group operations through the AggregationService.

mod common;

use ocp_rmc::Rack;
use ocp_rmc::group::GroupReset;
use redfish_model::ODataId;
use redfish_model::resource::ResetType;

fn systems(rack: &Rack) -> Vec<ODataId> {
    rack.nodes()
        .iter()
        .filter_map(|n| n.system_uri().cloned())
        .collect()
}

#[tokio::test]
async fn uc_5_22_reset_a_temporary_group_in_batches() {
    let (emu, client) = common::rack(5).await;
    let rack = Rack::discover(&client).await.unwrap();
    let targets = systems(&rack);
    let groups = rack.groups().await.unwrap();
    let op = groups
        .reset(
            &targets,
            &GroupReset::new(ResetType::ForceOff)
                .batch_size(2)
                .delay_between_batches(1),
        )
        .await
        .unwrap();
    let mut batches = Vec::new();
    let outcome = op.wait(|b| batches.push(b.clone())).await.unwrap();
    assert_eq!(
        outcome.task_state,
        Some(redfish_model::task::TaskState::Completed)
    );
    assert_eq!(
        batches.iter().map(|b| b.batch).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert!(batches.iter().all(|b| b.total_batches == 3));
    assert_eq!(batches[0].targets, targets[..2].to_vec());
    assert_eq!(batches[2].targets, targets[4..].to_vec());
    for t in &targets {
        assert_eq!(
            emu.resource(t.as_str()).unwrap()["PowerState"],
            "Off",
            "{t}"
        );
    }
    // The request carried the schema's parameter names.
    let task = emu
        .resource(outcome.task.as_ref().unwrap().as_str())
        .unwrap();
    let sent: serde_json::Value =
        serde_json::from_str(task["Payload"]["JsonBody"].as_str().unwrap()).unwrap();
    assert_eq!(sent["BatchSize"], 2);
    assert_eq!(sent["DelayBetweenBatchesInSeconds"], 1);
    assert_eq!(sent["ResetType"], "ForceOff");
    assert_eq!(sent["TargetURIs"].as_array().unwrap().len(), 5);
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_22_reset_type_outside_the_action_info_is_refused() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let groups = rack.groups().await.unwrap();
    let e = groups
        .reset(
            &systems(&rack),
            &GroupReset::new(ResetType::Unknown("Explode".into())),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(
            e.redfish(),
            Some(redfish_client::Error::InvalidParameter { .. })
        ),
        "{e}"
    );
    assert!(emu.resource(systems(&rack)[0].as_str()).unwrap()["PowerState"] == "On");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_24_and_5_23_create_then_reset_a_persistent_group() {
    let (emu, client) = common::rack(4).await;
    let rack = Rack::discover(&client).await.unwrap();
    let all = systems(&rack);
    let groups = rack.groups().await.unwrap();
    let before = groups.aggregates().await.unwrap().len();
    let agg = groups.create_aggregate(&all[..3]).await.unwrap();
    assert_eq!(agg.elements(), all[..3].to_vec());
    assert_eq!(groups.aggregates().await.unwrap().len(), before + 1);
    assert!(emu.resource(agg.uri().as_str()).is_some());

    let mut batches = Vec::new();
    agg.reset(&GroupReset::new(ResetType::ForceOff).batch_size(1))
        .await
        .unwrap()
        .wait(|b| batches.push(b.batch))
        .await
        .unwrap();
    assert_eq!(batches, vec![1, 2, 3]);
    for t in &all[..3] {
        assert_eq!(emu.resource(t.as_str()).unwrap()["PowerState"], "Off");
    }
    assert_eq!(
        emu.resource(all[3].as_str()).unwrap()["PowerState"],
        "On",
        "not in the group"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_24_add_and_remove_elements_then_delete() {
    let (emu, client) = common::rack(4).await;
    let rack = Rack::discover(&client).await.unwrap();
    let all = systems(&rack);
    let groups = rack.groups().await.unwrap();
    let agg = groups.create_aggregate(&all[..1]).await.unwrap();
    let agg = agg.add_elements(&all[1..3]).await.unwrap();
    assert_eq!(agg.elements(), all[..3].to_vec());
    let agg = agg.remove_elements(&all[..1]).await.unwrap();
    assert_eq!(agg.elements(), all[1..3].to_vec());
    let uri = agg.uri().clone();
    agg.delete().await.unwrap();
    assert!(emu.resource(uri.as_str()).is_none());
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_25_default_boot_order_of_a_persistent_group() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let all = systems(&rack);
    // Give the first system a boot override to be reset.
    let mut sys = emu.resource(all[0].as_str()).unwrap();
    sys["Boot"]["BootSourceOverrideEnabled"] = "Once".into();
    sys["Boot"]["BootSourceOverrideTarget"] = "Pxe".into();
    emu.set_resource(all[0].as_str(), sys);
    let agg = rack
        .groups()
        .await
        .unwrap()
        .create_aggregate(&all)
        .await
        .unwrap();
    agg.set_default_boot_order()
        .await
        .unwrap()
        .wait(|_| {})
        .await
        .unwrap();
    let boot = &emu.resource(all[0].as_str()).unwrap()["Boot"];
    assert_eq!(boot["BootSourceOverrideEnabled"], "Disabled");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn empty_groups_are_refused() {
    let (_emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    let groups = rack.groups().await.unwrap();
    assert!(
        groups
            .reset(&[], &GroupReset::new(ResetType::On))
            .await
            .is_err()
    );
    assert!(groups.create_aggregate(&[]).await.is_err());
    client.logout().await.unwrap();
}

#[tokio::test]
async fn default_boot_order_of_a_temporary_group() {
    let (emu, client) = common::rack(3).await;
    let rack = Rack::discover(&client).await.unwrap();
    let all = systems(&rack);
    for s in &all {
        let mut sys = emu.resource(s.as_str()).unwrap();
        sys["Boot"]["BootSourceOverrideEnabled"] = "Continuous".into();
        emu.set_resource(s.as_str(), sys);
    }
    rack.groups()
        .await
        .unwrap()
        .set_default_boot_order(&all[..2])
        .await
        .unwrap()
        .wait(|_| {})
        .await
        .unwrap();
    let enabled = |s: &ODataId| {
        emu.resource(s.as_str()).unwrap()["Boot"]["BootSourceOverrideEnabled"].clone()
    };
    assert_eq!(enabled(&all[0]), "Disabled");
    assert_eq!(enabled(&all[1]), "Disabled");
    assert_eq!(enabled(&all[2]), "Continuous", "not in the group");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn a_single_node_reset_goes_through_its_system() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let node = &rack.nodes()[1];
    node.reset(ResetType::ForceOff)
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    assert_eq!(
        emu.resource(node.system_uri().unwrap().as_str()).unwrap()["PowerState"],
        "Off"
    );
    assert_eq!(
        emu.resource(rack.nodes()[0].system_uri().unwrap().as_str())
            .unwrap()["PowerState"],
        "On"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn a_temporary_group_reset_advertised_under_the_guides_name_is_used() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    // The guide (5.22) names the action `Aggregate.Reset` on the AggregationService.
    let mut svc = emu.resource("/redfish/v1/AggregationService").unwrap();
    let actions = svc["Actions"].as_object_mut().unwrap();
    let reset = actions.remove("#AggregationService.Reset").unwrap();
    let reset_target = reset["target"].clone();
    actions.insert("#Aggregate.Reset".into(), reset);
    emu.set_resource("/redfish/v1/AggregationService", svc);
    let targets = systems(&rack);
    rack.groups()
        .await
        .unwrap()
        .reset(&targets, &GroupReset::new(ResetType::ForceOff))
        .await
        .unwrap()
        .wait(|_| {})
        .await
        .unwrap();
    // The POST went to the advertised target, with the temporary group.
    let target = reset_target.as_str().unwrap();
    let log = emu.request_log();
    assert!(
        log.iter().any(|(m, p)| m == "POST" && p == target),
        "{log:?}"
    );
    client.logout().await.unwrap();
}
