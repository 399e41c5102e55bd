//! Every command against emulators reached by URL and pin (one rack and one iLO for the
//! whole file), asserting output and exit codes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{at, ilo, json_of, rack, stdout_of, tempdir};
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn systems_chassis_managers_as_tables_and_json() {
    let out = stdout_of(at(rack()).arg("systems"));
    assert!(
        out.contains("PowerState") && out.contains("Node 1 System"),
        "{out}"
    );
    assert!(!out.contains("Some("), "no Debug forms: {out}");
    let v = json_of(at(rack()).args(["systems", "--json"]));
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["Id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["Node1", "Node2", "Node3", "Node4"]);
    assert_eq!(v[0]["Manufacturer"], "Contoso");

    let v = json_of(at(rack()).args(["--json", "chassis"]));
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|c| c["ChassisType"] == "Rack"),
        "{v}"
    );
    let v = json_of(at(rack()).args(["--json", "managers"]));
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|m| m["ManagerType"] == "RackManager"),
        "{v}"
    );

    // JSON lines: one object per row.
    let out = stdout_of(at(rack()).args(["--jsonl", "managers"]));
    assert_eq!(out.lines().count(), 5, "{out}");
    for l in out.lines() {
        serde_json::from_str::<Value>(l).unwrap();
    }
    // -q: nothing on success.
    at(rack())
        .args(["-q", "systems"])
        .assert()
        .success()
        .stdout("");
}

#[test]
fn raw_get_patch_post_delete() {
    let v = json_of(at(rack()).args(["get", "/redfish/v1/Systems/Node2"]));
    assert_eq!(v["Id"], "Node2");
    // PATCH reads the ETag and sends If-Match; the answer is the resource.
    let v = json_of(at(rack()).args([
        "patch",
        "/redfish/v1/Systems/Node2",
        r#"{"AssetTag":"cli-test"}"#,
    ]));
    assert_eq!(v["AssetTag"], "cli-test");
    let log = rack().emu.request_log();
    assert!(
        log.iter()
            .any(|(m, p)| m.as_str() == "PATCH" && p == "/redfish/v1/Systems/Node2")
    );

    // A refused PATCH: exit 1, host, method, URI, status and the message once.
    at(rack())
        .args([
            "patch",
            "/redfish/v1/Systems/Node2",
            r#"{"NoSuchProperty":1}"#,
        ])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("PATCH /redfish/v1/Systems/Node2: HTTP 400")
                .and(predicate::str::contains("PropertyUnknown"))
                .and(predicate::str::contains(
                    rack().url.trim_start_matches("https://"),
                )),
        );
    // Body from a file.
    let dir = tempdir("raw");
    let body = dir.join("account.json");
    std::fs::write(
        &body,
        r#"{"UserName":"clitest","Password":"cli-test-password-1","RoleId":"ReadOnly"}"#,
    )
    .unwrap();
    let v = json_of(
        at(rack())
            .args(["post", "/redfish/v1/AccountService/Accounts"])
            .arg(format!("@{}", body.display())),
    );
    assert_eq!(v["UserName"], "clitest");
    assert_eq!(v["Password"], Value::Null);
    let uri = v["@odata.id"].as_str().unwrap().to_owned();
    let out = stdout_of(at(rack()).args(["delete", &uri]));
    assert!(out.contains("HTTP 20"), "{out}");
    // A 404 in JSON mode: one JSON object on stderr.
    let out = at(rack())
        .args(["--json", "get", "/redfish/v1/NoSuchThing"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let e: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(e["status"], 404);
    assert_eq!(e["method"], "GET");
    assert_eq!(e["uri"], "/redfish/v1/NoSuchThing");
    assert!(
        e["messages"][0]["MessageId"]
            .as_str()
            .unwrap()
            .ends_with("ResourceMissingAtURI")
    );
    // A relative path is a usage error, never sent.
    at(rack()).args(["get", "Systems"]).assert().code(2);
    at(rack())
        .args(["patch", "/redfish/v1/Systems/Node2", "{not json"])
        .assert()
        .code(2);
}

#[test]
fn logs_list_since_and_clear() {
    let v = json_of(at(rack()).args([
        "--json",
        "logs",
        "list",
        "--service",
        "/redfish/v1/Systems/Node3/LogServices/Log",
    ]));
    let n = v.as_array().map_or(0, Vec::len);
    assert!(n > 0, "{v}");
    assert!(v[0]["Created"].is_string(), "{v}");
    let v = json_of(at(rack()).args(["--json", "logs", "list", "--since", "2999-01-01T00:00:00Z"]));
    assert_eq!(v, Value::Array(vec![]));
    at(rack())
        .args(["logs", "list", "--since", "yesterday"])
        .assert()
        .code(2);

    let out = stdout_of(at(rack()).args([
        "logs",
        "clear",
        "--service",
        "/redfish/v1/Systems/Node3/LogServices/Log",
    ]));
    assert!(out.contains("cleared"), "{out}");
    let v = json_of(at(rack()).args([
        "--json",
        "logs",
        "list",
        "--service",
        "/redfish/v1/Systems/Node3/LogServices/Log",
    ]));
    assert!(
        v.as_array().unwrap().len() <= 1,
        "cleared (a ClearLog may log itself): {v}"
    );
    at(rack())
        .args(["logs", "list", "--service", "NoSuchLog"])
        .assert()
        .code(1);
}

#[test]
fn firmware_list_and_updates_follow_the_task() {
    let v = json_of(at(rack()).args(["--json", "firmware", "list"]));
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|f| f["Id"] == "RMC" && f["Version"].is_string()),
        "{v}"
    );
    let dir = tempdir("fw");
    let image = dir.join("image.bin");
    std::fs::write(&image, vec![0x5a; 256 * 1024]).unwrap();
    let v = json_of(
        at(rack())
            .args(["--json", "firmware", "update"])
            .arg(&image),
    );
    assert_eq!(v["method"], "multipart push");
    assert_eq!(v["state"], "Completed");
    assert!(v["task"].as_str().unwrap().contains("/Task"), "{v}");
    let v = json_of(at(rack()).args([
        "--json",
        "firmware",
        "update",
        "https://repo.example/bmc.bin",
    ]));
    assert_eq!(v["method"], "SimpleUpdate");
    at(rack())
        .args(["firmware", "update", "/no/such/file.bin"])
        .assert()
        .code(2);
}

#[test]
fn certs_list_csr_install() {
    let v = json_of(at(rack()).args(["--json", "certs", "list"]));
    assert!(
        v.as_array().unwrap().iter().any(|c| c["Subject"]
            .as_str()
            .unwrap_or("")
            .contains("CN=rmc.rack.example.com")),
        "{v}"
    );
    let v = json_of(at(rack()).args([
        "--json",
        "certs",
        "csr",
        "--collection",
        "/redfish/v1/Managers/RMC/Certificates",
        "--cn",
        "rmc.example.net",
        "--org",
        "Example",
    ]));
    assert!(
        v["csr"]
            .as_str()
            .unwrap()
            .contains("BEGIN CERTIFICATE REQUEST"),
        "{v}"
    );
    assert!(
        v["subject"]
            .as_str()
            .unwrap()
            .contains("CN=rmc.example.net"),
        "{v}"
    );

    let dir = tempdir("certs");
    let pem = dir.join("cert.pem");
    std::fs::write(&pem, &rack().pem).unwrap();
    let v = json_of(
        at(rack())
            .args([
                "--json",
                "certs",
                "install",
                "--collection",
                "/redfish/v1/Managers/BMC1/Certificates",
            ])
            .arg(&pem),
    );
    assert!(
        v["installed"]
            .as_str()
            .unwrap()
            .starts_with("/redfish/v1/Managers/BMC1/Certificates/"),
        "{v}"
    );
    std::fs::write(dir.join("bad.pem"), "not a certificate").unwrap();
    at(rack())
        .args([
            "certs",
            "install",
            "--collection",
            "/redfish/v1/Managers/BMC1/Certificates",
        ])
        .arg(dir.join("bad.pem"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("certificate"));
}

#[test]
fn rack_report_power_limit_group_reset_profile_check() {
    let out = stdout_of(at(rack()).args(["rack", "report"]));
    assert!(out.contains("4 nodes") && out.contains("NODE"), "{out}");
    let v = json_of(at(rack()).args(["--json", "rack", "report"]));
    assert_eq!(v["nodes"].as_array().unwrap().len(), 4, "{v}");

    let v = json_of(at(rack()).args(["--json", "rack", "power-limit", "--set", "9000"]));
    assert_eq!(v[0]["LimitWatts"], 9000.0);
    let v = json_of(at(rack()).args(["--json", "rack", "power-limit"]));
    assert_eq!(v[0]["LimitWatts"], 9000.0);

    let v = json_of(at(rack()).args([
        "--json",
        "rack",
        "group-reset",
        "--reset-type",
        "ForceRestart",
        "Node4",
    ]));
    assert_eq!(
        v["targets"],
        serde_json::json!(["/redfish/v1/Systems/Node4"])
    );
    at(rack())
        .args(["rack", "group-reset", "NoSuchNode"])
        .assert()
        .code(2);

    let out = stdout_of(at(rack()).args(["rack", "profile-check"]));
    assert!(out.contains("CONFORMANT"), "{out}");
    // An iLO is no rack manager: the report is printed, the check fails.
    at(ilo())
        .args(["rack", "profile-check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("NOT CONFORMANT"))
        .stderr(predicate::str::contains("not conformant"));
    // Not a rack manager: a service error naming what is missing.
    at(ilo())
        .args(["rack", "report"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Rack"));
}

#[test]
fn ilo_security_state_tls_cert_ldevid() {
    let v = json_of(at(ilo()).args(["--json", "ilo", "security-state"]));
    assert_eq!(v["SecurityState"], "Production");
    assert!(
        v["transitions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "HighSecurity"),
        "{v}"
    );
    let out = stdout_of(at(ilo()).args(["ilo", "tls"]));
    assert!(out.contains("TLS1_2") && out.contains("Enabled"), "{out}");
    let v = json_of(at(ilo()).args(["--json", "ilo", "cert"]));
    assert!(
        v["Subject"].as_str().unwrap().contains("redfish-emulator"),
        "{v}"
    );
    let out = stdout_of(at(ilo()).args(["ilo", "ldevid"]));
    assert!(
        out.contains("iLO IDevID") && out.contains("iLO LDevID"),
        "{out}"
    );
    // Refused before sending (not a transition this generation allows): exit 1.
    at(ilo())
        .args(["ilo", "security-state", "--set", "Wipe"])
        .assert()
        .code(1);
    // Not an iLO.
    at(rack()).args(["ilo", "tls"]).assert().code(1);
}

#[test]
fn ilo7_app_accounts() {
    // iLO 6 has no application accounts: use the iLO 7 emulator.
    let out = stdout_of(common::redfish().args(["--emulator", "ilo7", "ilo", "app-accounts"]));
    assert!(
        out.contains("HostAppName") && out.contains("iLORest"),
        "{out}"
    );
}

#[test]
fn tree_lists_every_resource() {
    let v = json_of(at(rack()).args(["--json", "tree"]));
    let uris: Vec<&str> = v["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["URI"].as_str().unwrap())
        .collect();
    assert!(uris.len() > 100, "{}", uris.len());
    for u in [
        "/redfish/v1",
        "/redfish/v1/Systems/Node1",
        "/redfish/v1/Chassis/Rack/Power",
    ] {
        assert!(uris.contains(&u), "{u} missing");
    }
    assert!(
        !uris.iter().any(|u| u.contains("/Sessions/")),
        "own session crawled"
    );
    assert_eq!(v["errors"], Value::Array(vec![]));
    let v = json_of(at(rack()).args(["--json", "tree", "--max", "10"]));
    assert_eq!(v["resources"].as_array().unwrap().len(), 10);
    assert_eq!(v["truncated"], true);
}
