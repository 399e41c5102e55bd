//! Use cases 5.19-5.21: firmware updates of the rack manager and of nodes, pull and push,
//! followed through their task.

mod common;

use ocp_rmc::Rack;
use ocp_rmc::firmware::FirmwareUpdate;

#[tokio::test]
async fn uc_5_19_pull_update_of_the_rack_manager() {
    let (emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let before = rack.manager_firmware_version().await.unwrap();
    let job = rack
        .update_rack_manager(FirmwareUpdate::pull(
            "https://192.168.1.250/images/rmc_update-3.4.5.bin",
        ))
        .await
        .unwrap();
    assert_eq!(job.targets(), &[rack.manager_uri().clone()]);
    assert!(job.monitor().is_some(), "the update runs as a task");
    let mut reports = Vec::new();
    let outcome = job.wait(|p| reports.push(p.clone())).await.unwrap();
    assert_eq!(
        outcome.task_state,
        Some(redfish_model::task::TaskState::Completed)
    );
    assert!(!reports.is_empty(), "progress was reported");
    let ids: Vec<String> = outcome
        .messages
        .iter()
        .filter_map(|m| m.message_id.as_ref().map(|i| i.to_string()))
        .collect();
    assert!(
        ids.iter().any(|i| i.contains("UpdateSuccessful")),
        "{ids:?}"
    );
    let pct: Vec<i64> = reports.iter().filter_map(|p| p.percent_complete).collect();
    assert!(pct.windows(2).all(|w| w[0] <= w[1]), "{pct:?}");
    // Every message is reported once across the progress reports.
    let reported: usize = reports.iter().map(|p| p.new_messages.len()).sum();
    assert_eq!(reported, outcome.messages.len());

    let after = rack.manager_firmware_version().await.unwrap();
    assert_eq!(after.as_deref(), Some("3.4.5"));
    assert_ne!(before, after);
    // The nodes' BMCs were not touched.
    let bmc = rack.nodes()[0].firmware_versions().await.unwrap().bmc;
    assert_ne!(bmc.as_deref(), Some("3.4.5"));
    let _ = emu;
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_20_push_update_of_the_rack_manager() {
    let (_emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    let dir = std::env::temp_dir().join(format!("ocp-rmc-push-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let image = dir.join("rmc-7.8.9.bin");
    std::fs::write(&image, vec![0x5a; 256 * 1024]).unwrap();
    let job = rack
        .update_rack_manager(FirmwareUpdate::push(&image))
        .await
        .unwrap();
    let outcome = job.wait(|_| {}).await.unwrap();
    assert_eq!(
        outcome.task_state,
        Some(redfish_model::task::TaskState::Completed)
    );
    assert_eq!(
        rack.manager_firmware_version().await.unwrap().as_deref(),
        Some("7.8.9")
    );
    std::fs::remove_dir_all(&dir).unwrap();
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_21_pull_update_of_nodes_targets_system_and_bmc() {
    let (_emu, client) = common::rack(3).await;
    let rack = Rack::discover(&client).await.unwrap();
    let (n1, n3) = (&rack.nodes()[0], &rack.nodes()[2]);
    let untouched = rack.nodes()[1].firmware_versions().await.unwrap();
    let job = rack
        .update_nodes(
            &[n1, n3],
            FirmwareUpdate::pull("https://repo.example/node-fw-5.6.7.bin"),
        )
        .await
        .unwrap();
    assert_eq!(job.targets().len(), 4, "system + BMC of two nodes");
    job.wait(|_| {}).await.unwrap();
    for n in [n1, n3] {
        let fw = n.firmware_versions().await.unwrap();
        assert_eq!(fw.bios.as_deref(), Some("5.6.7"), "{}", n.id());
        assert_eq!(fw.bmc.as_deref(), Some("5.6.7"), "{}", n.id());
    }
    assert_eq!(
        rack.nodes()[1].firmware_versions().await.unwrap(),
        untouched
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn failed_update_reports_the_task_messages() {
    let (_emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    let before = rack.manager_firmware_version().await.unwrap();
    let job = rack
        .update_rack_manager(FirmwareUpdate::pull("https://repo.example/fail-1.2.3.bin"))
        .await
        .unwrap();
    let e = job.wait(|_| {}).await.unwrap_err();
    let r = e.redfish().expect("a client error");
    assert!(matches!(r, redfish_client::Error::TaskFailed { .. }), "{e}");
    assert!(r.has_message("TransferFailed"), "{e}");
    assert_eq!(rack.manager_firmware_version().await.unwrap(), before);
    client.logout().await.unwrap();
}

#[tokio::test]
async fn empty_image_uri_is_refused_before_sending() {
    let (emu, client) = common::rack(1).await;
    let rack = Rack::discover(&client).await.unwrap();
    emu.clear_request_log();
    let e = rack
        .update_rack_manager(FirmwareUpdate::pull("  "))
        .await
        .unwrap_err();
    assert!(matches!(e, ocp_rmc::Error::InvalidInput(_)), "{e}");
    assert!(
        !emu.request_log()
            .iter()
            .any(|(m, p)| m == "POST" && p.contains("SimpleUpdate")),
        "nothing was posted"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn uc_5_21_push_update_of_a_node() {
    let (_emu, client) = common::rack(2).await;
    let rack = Rack::discover(&client).await.unwrap();
    let dir = std::env::temp_dir().join(format!("ocp-rmc-node-push-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let image = dir.join("node-bundle-9.1.2.bin");
    std::fs::write(&image, vec![0xa5; 64 * 1024]).unwrap();
    let node = &rack.nodes()[1];
    let job = rack
        .update_nodes(&[node], FirmwareUpdate::push(&image))
        .await
        .unwrap();
    assert_eq!(job.targets(), node.firmware_targets().as_slice());
    job.wait(|_| {}).await.unwrap();
    let fw = node.firmware_versions().await.unwrap();
    assert_eq!(fw.bios.as_deref(), Some("9.1.2"));
    assert_eq!(fw.bmc.as_deref(), Some("9.1.2"));
    assert_ne!(
        rack.nodes()[0]
            .firmware_versions()
            .await
            .unwrap()
            .bios
            .as_deref(),
        Some("9.1.2")
    );
    std::fs::remove_dir_all(&dir).unwrap();
    client.logout().await.unwrap();
}
