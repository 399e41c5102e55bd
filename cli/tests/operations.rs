//! Day-to-day operations against emulators reached by URL and pin: power, boot override,
//! virtual media, BIOS settings, accounts, sensors and the event stream.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{Service, at, ilo, json_of, rack, redfish, stdout_of};
use predicates::prelude::*;
use redfish_emulator::{EventType, TestEvent};
use serde_json::{Value, json};

fn power_state(svc: &Service, system: &str) -> Value {
    svc.emu.resource(system).unwrap()["PowerState"].clone()
}

#[test]
fn power_off_on_restart_cycle_with_wait() {
    let node = "/redfish/v1/Systems/Node1";
    let v = json_of(at(rack()).args([
        "--json", "power", "off", "--force", "--wait", "--system", "Node1",
    ]));
    assert_eq!(v["reset_type"], "ForceOff");
    assert_eq!(v["power_state"], "Off");
    assert_eq!(power_state(rack(), node), "Off");
    let out = stdout_of(at(rack()).args(["power", "on", "--wait", "--system", node]));
    assert!(out.contains("On done, power On"), "{out}");
    assert_eq!(power_state(rack(), node), "On");
    for (action, reset) in [("restart", "GracefulRestart"), ("cycle", "PowerCycle")] {
        let v =
            json_of(at(rack()).args(["--json", "power", action, "--wait", "--system", "Node1"]));
        assert_eq!(v["reset_type"], reset);
        assert_eq!(v["power_state"], "On");
    }
    // Several systems and none chosen: a usage error listing them, nothing sent.
    at(rack())
        .args(["power", "off"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Node1, Node2, Node3, Node4"));
    at(rack())
        .args(["power", "off", "--system", "Nope"])
        .assert()
        .code(2);
    // The only system of an iLO needs no --system.
    let v = json_of(at(ilo()).args(["--json", "power", "restart", "--force", "--wait"]));
    assert_eq!(v["system"], "/redfish/v1/Systems/1");
}

#[test]
fn boot_once_from_a_device() {
    let out = stdout_of(at(rack()).args([
        "boot", "--once", "pxe", "--system", "Node2", "--mode", "uefi",
    ]));
    assert!(out.contains("Pxe") && out.contains("Once"), "{out}");
    let boot = &rack().emu.resource("/redfish/v1/Systems/Node2").unwrap()["Boot"];
    assert_eq!(boot["BootSourceOverrideTarget"], "Pxe");
    assert_eq!(boot["BootSourceOverrideEnabled"], "Once");
    assert_eq!(boot["BootSourceOverrideMode"], "UEFI");
    let v = json_of(at(ilo()).args(["--json", "boot", "--once", "bios"]));
    assert_eq!(v[0]["BootSourceOverrideTarget"], "BiosSetup");
    at(rack())
        .args(["boot", "--once", "floppy", "--system", "Node2"])
        .assert()
        .code(2);
}

#[test]
fn media_insert_list_eject() {
    // The iLO keeps its virtual media under the manager: found through ManagedBy.
    let v = json_of(at(ilo()).args(["--json", "media", "insert", "http://repo.example/os.iso"]));
    assert_eq!(v["Inserted"], true);
    assert_eq!(v["Image"], "http://repo.example/os.iso");
    let cd = ilo()
        .emu
        .resource("/redfish/v1/Managers/1/VirtualMedia/CD1")
        .unwrap();
    assert_eq!(cd["Image"], "http://repo.example/os.iso");
    let v = json_of(at(ilo()).args(["--json", "media", "list"]));
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|d| d["Id"] == "CD1" && d["Inserted"] == true),
        "{v}"
    );
    let v = json_of(at(ilo()).args(["--json", "media", "eject"]));
    assert_eq!(v["Inserted"], false);
    // Under the system on the rack.
    let out = stdout_of(at(rack()).args([
        "media",
        "insert",
        "https://repo.example/a.iso",
        "--system",
        "Node3",
        "--device",
        "CD1",
    ]));
    assert!(out.contains("inserted"), "{out}");
    at(rack())
        .args(["media", "eject", "--system", "Node3", "--device", "Floppy9"])
        .assert()
        .code(2);
}

#[test]
fn bios_get_and_set_with_apply_time() {
    let v = json_of(at(rack()).args(["--json", "bios", "get", "--system", "Node4"]));
    assert!(!v.as_array().unwrap().is_empty(), "{v}");
    let first = v[0]["Name"].as_str().unwrap().to_owned();
    let v = json_of(at(rack()).args(["--json", "bios", "get", "--system", "Node4", &first]));
    assert_eq!(v.as_array().unwrap().len(), 1);
    at(rack())
        .args(["bios", "get", "--system", "Node4", "NoSuchAttribute"])
        .assert()
        .code(1);

    // On reset (the default): pending in the settings object.
    let v = json_of(at(ilo()).args([
        "--json",
        "bios",
        "set",
        "BootMode=LegacyBios",
        "SriovGlobalEnable=false",
    ]));
    assert_eq!(v["apply_time"], "OnReset");
    assert_eq!(
        v["attributes"]["SriovGlobalEnable"], false,
        "typed like the current value"
    );
    let v = json_of(at(ilo()).args(["--json", "bios", "get", "BootMode"]));
    assert_eq!(v[0]["Value"], "Uefi");
    assert_eq!(v[0]["Pending"], "LegacyBios");
    // Immediate: applied at once.
    json_of(at(ilo()).args([
        "--json",
        "bios",
        "set",
        "BootTimeoutSeconds=20",
        "--apply-time",
        "immediate",
    ]));
    let v = json_of(at(ilo()).args(["--json", "bios", "get", "BootTimeoutSeconds"]));
    assert_eq!(v[0]["Value"], 20);
    // Refused by the service (checked against the attribute registry): exit 1, message shown.
    at(ilo())
        .args(["bios", "set", "NoSuchAttribute=1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("NoSuchAttribute"));
    at(ilo())
        .args(["bios", "set", "NoEqualsSign"])
        .assert()
        .code(2);
}

#[test]
fn accounts_add_passwd_delete() {
    at(rack())
        .args(["accounts", "add", "dave", "--role", "Operator"])
        .env("REDFISH_NEW_PASSWORD", "dave-password-1")
        .assert()
        .success()
        .stdout(predicate::str::contains("created dave"));
    let v = json_of(at(rack()).args(["--json", "accounts", "list"]));
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|a| a["UserName"] == "dave" && a["RoleId"] == "Operator"),
        "{v}"
    );
    // The new account can log in.
    let login = |pw: &str| {
        redfish()
            .args([
                "--url",
                &rack().url,
                "--user",
                "dave",
                "--pin",
                &rack().pin,
                "systems",
            ])
            .env("REDFISH_PASSWORD", pw)
            .assert()
    };
    login("dave-password-1").success();
    at(rack())
        .args(["accounts", "passwd", "dave"])
        .env("REDFISH_NEW_PASSWORD", "dave-password-2")
        .assert()
        .success();
    login("dave-password-1").code(3);
    login("dave-password-2").success();
    at(rack())
        .args(["accounts", "delete", "dave"])
        .assert()
        .success();
    at(rack())
        .args(["accounts", "delete", "dave"])
        .assert()
        .code(1);
    // No new password and no terminal: a usage error.
    at(rack())
        .args(["accounts", "add", "erin"])
        .assert()
        .code(2);
}

#[test]
fn sensors_of_every_chassis() {
    let v = json_of(at(rack()).args(["--json", "sensors"]));
    let rows = v.as_array().unwrap();
    assert!(
        rows.iter().any(|r| r["Chassis"] == "Node1"
            && r["Type"] == "Temperature"
            && r["Reading"].is_number()),
        "{v}"
    );
    assert!(
        rows.iter()
            .any(|r| r["Type"] == "Rotational" && r["Units"] == "RPM"),
        "{v}"
    );
    let v = json_of(at(rack()).args(["--json", "sensors", "--chassis", "Node2"]));
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .all(|r| r["Chassis"] == "Node2"),
        "{v}"
    );
    at(rack())
        .args(["sensors", "--chassis", "Nope"])
        .assert()
        .code(2);
}

#[test]
fn events_watch_prints_each_record_as_a_json_line() {
    let svc = rack();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("redfish"))
        .args(["--url", &svc.url, "--user", "admin", "--pin", &svc.pin])
        .args([
            "--jsonl",
            "events",
            "watch",
            "--count",
            "1",
            "--registry",
            "ResourceEvent",
            "--duration",
            "60",
        ])
        .env("REDFISH_PASSWORD", "admin-password")
        .env_remove("REDFISH_URL")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Raise the event once the stream is open (its connection shows on the service).
    let mut spins = 0;
    while svc.emu.sse_connections() == 0 {
        assert!(child.try_wait().unwrap().is_none(), "the watch ended early");
        spins += 1;
        assert!(spins < 6000, "the watch never connected");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    svc.emu.raise_event(
        TestEvent::new("ResourceEvent.ResourceStatusChangedCritical")
            .args(["/redfish/v1/Chassis/Node1", "Critical"])
            .origin("/redfish/v1/Chassis/Node1")
            .event_type(EventType::Alert),
    );
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
    let v: Value = serde_json::from_str(&line).unwrap();
    assert!(
        v["MessageId"]
            .as_str()
            .unwrap()
            .starts_with("ResourceEvent."),
        "{v}"
    );
    assert!(
        v["MessageId"]
            .as_str()
            .unwrap()
            .ends_with("ResourceStatusChangedCritical"),
        "{v}"
    );
    assert_eq!(v["OriginOfCondition"], "/redfish/v1/Chassis/Node1");
    assert!(
        v["Message"]
            .as_str()
            .unwrap()
            .contains("/redfish/v1/Chassis/Node1"),
        "resolved: {v}"
    );
    assert_eq!(
        v["MessageArgs"],
        json!(["/redfish/v1/Chassis/Node1", "Critical"])
    );
    // A stream is one service's: refused in fleet mode.
    redfish()
        .args(["--hosts", "/dev/null", "events", "watch"])
        .assert()
        .code(2);
}
