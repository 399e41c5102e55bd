//! Fleet mode over 100 hosts: 96 emulated services (each with its own certificate, pinned
//! through a profile) and 4 that fail (closed ports, a wrong pin); the per-host report and
//! exit code 4.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::OnceLock;

use common::{hex, redfish, runtime, tempdir};
use redfish_emulator::{Emulator, Fleet, Scenario};
use serde_json::Value;

const GOOD: usize = 96;

struct Setup {
    config: PathBuf,
    hosts: PathBuf,
    good_only: PathBuf,
    _fleet: Fleet,
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

fn setup() -> &'static Setup {
    static S: OnceLock<Setup> = OnceLock::new();
    S.get_or_init(|| {
        let fleet = runtime().block_on(async {
            Emulator::builder()
                .scenario(Scenario::rack(1))
                .start_many(GOOD + 1)
                .await
                .unwrap()
        });
        let dir = tempdir("fleet");
        let mut config = String::new();
        let mut hosts = String::from("# 96 emulated services by profile, then 4 that fail\n");
        for (i, emu) in fleet.services()[..GOOD].iter().enumerate() {
            writeln!(
                config,
                "[profiles.svc{i}]\nurl = \"{}\"\nuser = \"admin\"\npin = \"{}\"\n",
                emu.base_url().as_str().trim_end_matches('/'),
                hex(&emu.certificate_sha256())
            )
            .unwrap();
            writeln!(hosts, "svc{i}").unwrap();
        }
        let good_only = dir.join("good.txt");
        std::fs::write(&good_only, &hosts).unwrap();
        // A wrong pin for a live service: a TLS failure of that host alone. (A service of
        // its own: the fleet's shared pool would reuse a connection another profile had
        // verified for the same host and port.)
        writeln!(
            config,
            "[profiles.badpin]\nurl = \"{}\"\nuser = \"admin\"\npin = \"{}\"\n",
            fleet.services()[GOOD]
                .base_url()
                .as_str()
                .trim_end_matches('/'),
            "00".repeat(32)
        )
        .unwrap();
        hosts.push_str("badpin\n");
        for _ in 0..3 {
            writeln!(hosts, "https://127.0.0.1:{}", closed_port()).unwrap();
        }
        let config_path = dir.join("config.toml");
        std::fs::write(&config_path, config).unwrap();
        let hosts_path = dir.join("hosts.txt");
        std::fs::write(&hosts_path, hosts).unwrap();
        Setup {
            config: config_path,
            hosts: hosts_path,
            good_only,
            _fleet: fleet,
        }
    })
}

fn fleet_cmd(hosts: &PathBuf) -> assert_cmd::Command {
    let s = setup();
    let mut c = redfish();
    c.arg("--config")
        .arg(&s.config)
        .arg("--hosts")
        .arg(hosts)
        .args(["--user", "admin", "--concurrency", "32", "--timeout", "20"])
        .env("REDFISH_PASSWORD", "admin-password");
    c
}

#[test]
fn one_hundred_hosts_some_failing_jsonl_and_exit_4() {
    let s = setup();
    let out = fleet_cmd(&s.hosts)
        .args(["--jsonl", "systems"])
        .assert()
        .code(4)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let out = out.stdout;
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 100);
    let ok: Vec<&Value> = lines.iter().filter(|l| l["ok"] == true).collect();
    assert_eq!(ok.len(), GOOD);
    for l in &ok {
        assert_eq!(l["result"][0]["Id"], "Node1", "{l}");
    }
    let failed: Vec<&Value> = lines.iter().filter(|l| l["ok"] == false).collect();
    assert_eq!(failed.len(), 4, "{failed:#?}");
    assert!(stderr.contains("4 of 100 hosts failed"), "{stderr}");
    // In the order of the file: the wrong pin (TLS, 3), then the closed ports (1).
    assert_eq!(failed[0]["error"]["exit_code"], 3, "{}", failed[0]);
    for f in &failed[1..] {
        assert_eq!(f["error"]["exit_code"], 1, "{f}");
        assert!(
            f["error"]["error"].as_str().unwrap().contains("transport"),
            "{f}"
        );
        assert!(
            f["url"].as_str().unwrap().starts_with("https://127.0.0.1:"),
            "{f}"
        );
    }
}

#[test]
fn human_report_merges_tables_and_lists_each_failure() {
    let s = setup();
    let out = fleet_cmd(&s.hosts)
        .arg("managers")
        .assert()
        .code(4)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    // One merged table with a Host column (2 managers per service), then the summary.
    assert!(
        out.lines().next().unwrap().trim_start().starts_with("Host"),
        "{out}"
    );
    assert_eq!(out.matches("RackManager").count(), GOOD, "{out}");
    assert_eq!(out.matches("failed (exit 1)").count(), 3, "{out}");
    assert_eq!(out.matches("failed (exit 3)").count(), 1, "{out}");
    assert_eq!(out.matches(" ok ").count(), GOOD, "{out}");

    let v: Value = serde_json::from_slice(
        &fleet_cmd(&s.hosts)
            .args(["--json", "chassis"])
            .assert()
            .code(4)
            .get_output()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["total"], 100);
    assert_eq!(
        v["failed"],
        4,
        "{:#?}",
        v["hosts"].as_array().unwrap()[GOOD..].to_vec()
    );
}

#[test]
fn all_hosts_ok_is_exit_0_and_bad_files_are_usage_errors() {
    let s = setup();
    fleet_cmd(&s.good_only)
        .args(["-q", "managers"])
        .assert()
        .success()
        .stdout("");
    let dir = tempdir("fleet-bad");
    let bad = dir.join("hosts.txt");
    std::fs::write(&bad, "no-such-profile\n").unwrap();
    fleet_cmd(&bad).arg("systems").assert().code(2);
    std::fs::write(&bad, "# nothing\n").unwrap();
    fleet_cmd(&bad).arg("systems").assert().code(2);
}

/// A profile with a wrong pin for the same URL as a correctly pinned one: on the fleet's
/// shared transport the pooled connection verified with the other profile's pin must not
/// be reused for it.
#[test]
fn a_wrong_pin_fails_even_next_to_the_same_url_correctly_pinned() {
    let s = setup();
    let dir = tempdir("samepin");
    let cfg = dir.join("config.toml");
    let url = s._fleet.services()[0]
        .base_url()
        .as_str()
        .trim_end_matches('/')
        .to_owned();
    let good = hex(&s._fleet.services()[0].certificate_sha256());
    std::fs::write(
        &cfg,
        format!(
            "[profiles.good]\nurl = \"{url}\"\nuser = \"admin\"\npin = \"{good}\"\n\n[profiles.bad]\nurl = \"{url}\"\nuser = \"admin\"\npin = \"{}\"\n",
            "00".repeat(32)
        ),
    )
    .unwrap();
    let hosts = dir.join("hosts.txt");
    std::fs::write(&hosts, "good\nbad\n").unwrap();
    for _ in 0..20 {
        let out = redfish()
            .arg("--config")
            .arg(&cfg)
            .arg("--hosts")
            .arg(&hosts)
            .args(["--jsonl", "systems"])
            .env("REDFISH_PASSWORD", "admin-password")
            .output()
            .unwrap();
        let lines: Vec<Value> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(
            lines[1]["ok"], false,
            "the wrong pin was accepted: {}",
            lines[1]
        );
    }
}
