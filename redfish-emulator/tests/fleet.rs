//! Multi-service mode: many independent services in one process, each with its own port,
//! certificate, sessions and state.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};

use common::{Api, client, url};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, Scenario};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

#[tokio::test]
async fn services_are_independent() {
    let fleet = Emulator::builder()
        .scenario(Scenario::rack(1))
        .start_many(5)
        .await
        .unwrap();
    assert_eq!(fleet.len(), 5);
    let ports: BTreeSet<u16> = fleet
        .services()
        .iter()
        .map(|e| e.local_addr().port())
        .collect();
    assert_eq!(ports.len(), 5, "one port per service");
    let pins: BTreeSet<[u8; 32]> = fleet
        .services()
        .iter()
        .map(|e| e.certificate_sha256())
        .collect();
    assert_eq!(pins.len(), 5, "one certificate per service");

    let (a, b) = (&fleet.services()[0], &fleet.services()[1]);
    let (ca, cb) = (client(a), client(b));
    // A client trusting service 0 does not trust service 1.
    assert!(ca.get(url(b, "/redfish/v1/")).send().await.is_err());

    // A session on one service is listed there only.
    let r = ca
        .post(url(a, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": DEFAULT_ADMIN.user, "Password": DEFAULT_ADMIN.password}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let (_, sessions_a) = Api::new(a, &ca)
        .get("/redfish/v1/SessionService/Sessions")
        .await;
    let (_, sessions_b) = Api::new(b, &cb)
        .get("/redfish/v1/SessionService/Sessions")
        .await;
    assert_eq!(sessions_a["Members@odata.count"], 1);
    assert_eq!(sessions_b["Members@odata.count"], 0);
    assert_eq!(a.session_count(), 1);
    assert_eq!(b.session_count(), 0);

    // A change on one service leaves the shared scenario of the others alone.
    let (status, _) = Api::new(a, &ca)
        .patch("/redfish/v1/Chassis/Rack", json!({"AssetTag": "only-a"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        a.resource("/redfish/v1/Chassis/Rack").unwrap()["AssetTag"],
        "only-a"
    );
    assert_eq!(
        b.resource("/redfish/v1/Chassis/Rack").unwrap()["AssetTag"],
        Value::Null
    );
    fleet.shutdown().await;
}

#[tokio::test]
async fn explicit_ports_are_consecutive() {
    // Find a free range by binding a first service on an ephemeral port, then asking for the
    // ports after it; retry a few times in case another process takes one meanwhile.
    for _ in 0..10 {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let base = probe.local_addr().unwrap().port();
        drop(probe);
        if base > u16::MAX - 3 {
            continue;
        }
        let started = Emulator::builder()
            .scenario(Scenario::rack(1))
            .https(false)
            .bind(format!("127.0.0.1:{base}").parse().unwrap())
            .start_many(3)
            .await;
        if let Ok(fleet) = started {
            let ports: Vec<u16> = fleet
                .services()
                .iter()
                .map(|e| e.local_addr().port())
                .collect();
            assert_eq!(ports, vec![base, base + 1, base + 2]);
            fleet.shutdown().await;
            return;
        }
    }
    panic!("no free range of 3 ports found");
}

/// The binary's `--services N --services-out FILE` interface, which the fleet benchmarks use.
#[test]
fn binary_writes_one_json_line_per_service() {
    let dir = std::env::temp_dir().join(format!("rf-emu-fleet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("services.jsonl");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_redfish-emulator"))
        .args(["--scenario", "rack", "--nodes", "1", "--services", "3"])
        .arg("--services-out")
        .arg(&out)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut line = String::new();
    let mut reader = BufReader::new(stdout);
    let mut listening = false;
    for _ in 0..10 {
        line.clear();
        if reader.read_line(&mut line).unwrap() == 0 {
            break;
        }
        if line.contains("listening") {
            listening = true;
            break;
        }
    }
    let text = std::fs::read_to_string(&out).unwrap_or_default();
    child.kill().unwrap();
    child.wait().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(listening, "no 'listening' line: {line}");
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    let mut urls = BTreeSet::new();
    for l in &lines {
        let url = l["url"].as_str().unwrap();
        assert!(url.starts_with("https://127.0.0.1:"), "{url}");
        assert!(!url.ends_with('/'));
        urls.insert(url.to_owned());
        assert_eq!(l["username"], "admin");
        assert_eq!(l["password"], "admin-password");
        let pem = l["cert_pem"].as_str().unwrap();
        let der = pem::parse(pem).unwrap();
        let digest: String = Sha256::digest(der.contents())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(l["sha256"], digest.as_str());
    }
    assert_eq!(urls.len(), 3);
}
