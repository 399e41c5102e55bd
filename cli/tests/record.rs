//! `tree --save`: recording the emulated rack and iLO in the DMTF mockup layout, secrets
//! removed, and serving the recording gives the same `systems`/`chassis` output.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{Service, at, ilo, json_of, rack, redfish, stdout_of, tempdir};
use serde_json::json;

fn record(svc: &Service, name: &str) -> std::path::PathBuf {
    let dir = tempdir(name);
    let v = json_of(at(svc).args(["--json", "tree", "--save"]).arg(&dir));
    assert!(v["resources"].as_u64().unwrap() > 50, "{v}");
    assert_eq!(v["errors"], json!([]), "{v}");
    assert!(dir.join("redfish/v1/index.json").is_file());
    dir
}

fn same_output(svc: &Service, dir: &std::path::Path, command: &str) {
    let original = stdout_of(at(svc).args(["--json", command]));
    let replayed = stdout_of(
        redfish()
            .arg("--emulator")
            .arg(format!("mockup:{}", dir.display()))
            .args(["--json", command]),
    );
    assert_eq!(original, replayed, "{command}");
    let human = stdout_of(at(svc).arg(command));
    let human_replayed = stdout_of(
        redfish()
            .arg("--emulator")
            .arg(format!("mockup:{}", dir.display()))
            .arg(command),
    );
    assert_eq!(human, human_replayed, "{command}");
}

#[test]
fn the_recorded_rack_replays_with_the_same_systems_and_chassis() {
    let svc = rack();
    // Secrets a real BMC might expose: they must not reach the recording.
    let mut node = svc.emu.resource("/redfish/v1/Systems/Node1").unwrap();
    node["Oem"] = json!({
        "Vendor": {
            "BootPassword": "hunter2-secret",
            "AuthToken": "tok-123-secret",
            "KeyMaterial": "-----BEGIN PRIVATE KEY-----\nMIIsecret\n-----END PRIVATE KEY-----\n",
            "PasswordChangeRequired": false
        }
    });
    svc.emu.set_resource("/redfish/v1/Systems/Node1", node);

    let dir = record(svc, "rec-rack");
    for f in [
        "redfish/v1/Systems/Node1/index.json",
        "redfish/v1/Chassis/Rack/Power/index.json",
    ] {
        assert!(dir.join(f).is_file(), "{f}");
    }
    let node = std::fs::read_to_string(dir.join("redfish/v1/Systems/Node1/index.json")).unwrap();
    for secret in ["hunter2", "tok-123", "PRIVATE KEY"] {
        assert!(!node.contains(secret), "{secret} recorded");
    }
    assert!(
        node.contains("\"PasswordChangeRequired\": false"),
        "policy flags are kept"
    );
    // The recorder's own session is not part of the recording.
    let sessions =
        std::fs::read_to_string(dir.join("redfish/v1/SessionService/Sessions/index.json")).unwrap();
    assert!(sessions.contains("\"Members\": []"), "{sessions}");

    same_output(svc, &dir, "systems");
    same_output(svc, &dir, "chassis");
    same_output(svc, &dir, "managers");
    // The replay is a working rack manager.
    let out = stdout_of(
        redfish()
            .arg("--emulator")
            .arg(format!("mockup:{}", dir.display()))
            .args(["rack", "report"]),
    );
    assert!(out.contains("4 nodes"), "{out}");
}

#[test]
fn the_recorded_ilo_replays_with_the_same_systems_and_chassis() {
    let svc = ilo();
    let dir = record(svc, "rec-ilo");
    same_output(svc, &dir, "systems");
    same_output(svc, &dir, "chassis");
    // Recognised as an iLO from the recorded data.
    let out = stdout_of(
        redfish()
            .arg("--emulator")
            .arg(format!("mockup:{}", dir.display()))
            .args(["ilo", "security-state"]),
    );
    assert!(out.contains("SecurityState: Production"), "{out}");
}

#[test]
fn saving_into_an_unwritable_place_is_a_usage_error() {
    let dir = tempdir("rec-bad");
    let file = dir.join("a-file");
    std::fs::write(&file, "x").unwrap();
    at(rack())
        .args(["tree", "--save"])
        .arg(&file)
        .assert()
        .code(2);
}
