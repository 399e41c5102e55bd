//! Connection options, profiles, exit codes, help, completions and the man page.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{at, rack, redfish, stdout_of, tempdir};
use predicates::prelude::*;

#[test]
fn a_forgotten_url_is_a_usage_error_never_emulator_output() {
    redfish()
        .arg("systems")
        .env("REDFISH_PASSWORD", "x")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--url").and(predicate::str::contains("--emulator")));
    // Unknown commands and bad options: clap's usage errors, exit 2.
    redfish().arg("frobnicate").assert().code(2);
    redfish()
        .args(["systems", "--emulator", "nope"])
        .assert()
        .code(2);
    redfish()
        .args(["--emulator", "rack", "--url", "https://x", "systems"])
        .assert()
        .code(2);
}

#[test]
fn password_never_an_argument_and_required_without_a_terminal() {
    redfish()
        .args(["--password", "pw", "systems"])
        .assert()
        .code(2);
    // No REDFISH_PASSWORD and stdin is not a terminal: a usage error, nothing sent.
    redfish()
        .args([
            "--url",
            &rack().url,
            "--user",
            "admin",
            "--pin",
            &rack().pin,
            "systems",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("REDFISH_PASSWORD"));
    redfish()
        .args(["--url", &rack().url, "--pin", &rack().pin, "systems"])
        .env("REDFISH_PASSWORD", "admin-password")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--user"));
}

#[test]
fn tls_and_auth_failures_exit_3() {
    // Wrong password.
    redfish()
        .args([
            "--url",
            &rack().url,
            "--user",
            "admin",
            "--pin",
            &rack().pin,
            "systems",
        ])
        .env("REDFISH_PASSWORD", "wrong-password")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("authentication failed"));
    // Wrong pin.
    redfish()
        .args([
            "--url",
            &rack().url,
            "--user",
            "admin",
            "--pin",
            &"ab".repeat(32),
            "systems",
        ])
        .env("REDFISH_PASSWORD", "admin-password")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("TLS"));
    // Not trusted at all (the emulator's certificate is self-signed).
    redfish()
        .args(["--url", &rack().url, "--user", "admin", "systems"])
        .env("REDFISH_PASSWORD", "admin-password")
        .assert()
        .code(3);
    // A malformed pin is a usage error.
    redfish()
        .args([
            "--url",
            &rack().url,
            "--user",
            "admin",
            "--pin",
            "xyz",
            "systems",
        ])
        .env("REDFISH_PASSWORD", "admin-password")
        .assert()
        .code(2);
}

#[test]
fn ca_cert_insecure_and_basic() {
    let dir = tempdir("conn");
    let ca = dir.join("ca.pem");
    std::fs::write(&ca, &rack().pem).unwrap();
    let out = stdout_of(
        redfish()
            .args(["--url", &rack().url, "--user", "admin", "--ca-cert"])
            .arg(&ca)
            .arg("managers")
            .env("REDFISH_PASSWORD", "admin-password"),
    );
    assert!(out.contains("RackManager"), "{out}");
    redfish()
        .args([
            "--url",
            &rack().url,
            "--user",
            "admin",
            "--insecure",
            "systems",
        ])
        .env("REDFISH_PASSWORD", "admin-password")
        .assert()
        .success()
        .stderr(predicate::str::contains("warning: --insecure"));
    // Basic: no session is created.
    let before = rack().emu.session_count();
    at(rack()).args(["--basic", "systems"]).assert().success();
    assert!(rack().emu.session_count() <= before);
    at(rack())
        .args(["--basic", "--session", "systems"])
        .assert()
        .code(2);
}

#[test]
fn profiles_from_the_config_file() {
    let home = tempdir("xdg");
    std::fs::create_dir_all(home.join("redfish")).unwrap();
    std::fs::write(home.join("rack.pem"), &rack().pem).unwrap();
    std::fs::write(
        home.join("redfish/config.toml"),
        format!(
            "[profiles.lab]\nurl = \"{}\"\nuser = \"admin\"\npin = \"{}\"\n\n[profiles.byca]\nurl = \"{}\"\nuser = \"operator\"\nca = \"../rack.pem\"\nauth = \"basic\"\n",
            rack().url,
            rack().pin,
            rack().url
        ),
    )
    .unwrap();
    let out = stdout_of(
        redfish()
            .env("XDG_CONFIG_HOME", &home)
            .env("REDFISH_PASSWORD", "admin-password")
            .args(["--profile", "lab", "systems"]),
    );
    assert!(out.contains("Node 1 System"), "{out}");
    let out = stdout_of(
        redfish()
            .env("XDG_CONFIG_HOME", &home)
            .env("REDFISH_PASSWORD", "operator-password")
            .args(["--profile", "byca", "chassis"]),
    );
    assert!(out.contains("Rack"), "{out}");
    redfish()
        .env("XDG_CONFIG_HOME", &home)
        .env("REDFISH_PASSWORD", "x")
        .args(["--profile", "nope", "systems"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no profile `nope`").and(predicate::str::contains("lab")));

    // A password in the file is refused, and not echoed.
    let bad = home.join("bad.toml");
    std::fs::write(
        &bad,
        "[profiles.x]\nurl = \"https://x\"\npassword = \"s3cr3t-in-file\"\n",
    )
    .unwrap();
    redfish()
        .env("REDFISH_PASSWORD", "x")
        .arg("--config")
        .arg(&bad)
        .args(["--profile", "x", "systems"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("never store a password")
                .and(predicate::str::contains("s3cr3t").not()),
        );
}

#[test]
fn help_documents_exit_codes_and_examples() {
    let out = stdout_of(redfish().arg("--help"));
    for s in [
        "Exit codes",
        "4  fleet mode",
        "Examples",
        "--emulator",
        "REDFISH_PASSWORD",
    ] {
        assert!(out.contains(s), "{s} missing from --help");
    }
    redfish()
        .args(["firmware", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("update"));
}

#[test]
fn completions_and_man_page() {
    for (shell, marker) in [
        ("bash", "_redfish"),
        ("zsh", "#compdef redfish"),
        ("fish", "complete -c redfish"),
    ] {
        let out = stdout_of(redfish().args(["completions", shell]));
        assert!(
            out.contains(marker),
            "{shell}: {}",
            &out[..out.len().min(200)]
        );
        assert!(out.contains("firmware"), "{shell}");
    }
    let out = stdout_of(redfish().arg("man"));
    assert!(
        out.contains(".TH") && out.contains("redfish"),
        "{}",
        &out[..out.len().min(200)]
    );
}
