//! Shared by the CLI tests: the built binary with a clean environment, and emulators
//! started once per test file on a runtime that outlives the tests.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use assert_cmd::Command;
use redfish_emulator::{Emulator, RunningEmulator, Scenario};
use tokio::runtime::Runtime;

/// A running emulator and how to reach it.
pub struct Service {
    /// Base URL.
    pub url: String,
    /// Hex SHA-256 of its certificate.
    pub pin: String,
    /// Its certificate (PEM).
    pub pem: String,
    /// The emulator (for assertions on its state).
    pub emu: RunningEmulator,
}

/// The runtime serving the shared emulators (tests run on plain threads).
pub fn runtime() -> &'static Runtime {
    static RT: OnceLock<Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap()
    })
}

/// Hex of a SHA-256.
pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Starts an emulator with `scenario` on the shared runtime.
pub fn start(scenario: Scenario) -> Service {
    let emu = runtime().block_on(async {
        Emulator::builder()
            .scenario(scenario)
            .time_scale(0.01)
            .start()
            .await
            .unwrap()
    });
    Service {
        url: emu.base_url().as_str().trim_end_matches('/').to_owned(),
        pin: hex(&emu.certificate_sha256()),
        pem: emu.certificate_pem().to_owned(),
        emu,
    }
}

/// The rack shared by the tests of one file.
pub fn rack() -> &'static Service {
    static S: OnceLock<Service> = OnceLock::new();
    S.get_or_init(|| start(Scenario::rack(4)))
}

/// The iLO shared by the tests of one file.
pub fn ilo() -> &'static Service {
    static S: OnceLock<Service> = OnceLock::new();
    S.get_or_init(|| start(Scenario::ilo()))
}

/// A fresh empty directory under the target dir.
pub fn tempdir(name: &str) -> PathBuf {
    let d =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The binary with no REDFISH_* variables and an empty config home.
pub fn redfish() -> Command {
    let mut c = assert_cmd::cargo::cargo_bin_cmd!("redfish");
    for v in [
        "REDFISH_URL",
        "REDFISH_USER",
        "REDFISH_PASSWORD",
        "REDFISH_PROFILE",
        "REDFISH_CONFIG",
    ] {
        c.env_remove(v);
    }
    static HOME: OnceLock<PathBuf> = OnceLock::new();
    let home = HOME.get_or_init(|| tempdir("empty-config-home"));
    c.env("XDG_CONFIG_HOME", home);
    c
}

/// The binary pointed at `svc` by URL and pin, as admin.
pub fn at(svc: &Service) -> Command {
    let mut c = redfish();
    c.args(["--url", &svc.url, "--user", "admin", "--pin", &svc.pin])
        .env("REDFISH_PASSWORD", "admin-password");
    c
}

/// Stdout of a successful run.
pub fn stdout_of(c: &mut Command) -> String {
    let out = c.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// Stdout of a successful run, as JSON.
pub fn json_of(c: &mut Command) -> serde_json::Value {
    serde_json::from_str(&stdout_of(c)).unwrap()
}
