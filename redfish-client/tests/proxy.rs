//! Proxies from the environment are ignored unless asked for (issue 11, item 2).
//!
//! The environment of a running test process cannot be changed safely, so the test runs
//! this same binary again as a child with `HTTPS_PROXY`, `HTTP_PROXY` and `ALL_PROXY`
//! pointing at a fake proxy that counts the connections it gets.

// Helpers of the tests: a failure there is a test failure.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::io::ErrorKind;
use std::net::TcpListener;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use redfish_client::{Client, RetryPolicy};
use redfish_emulator::{Emulator, Scenario};

const CHILD: &str = "REDFISH_CLIENT_PROXY_CHILD";

/// Accepts and closes connections, counting them, until the returned flag is set.
fn fake_proxy() -> (String, Arc<AtomicUsize>, Arc<AtomicUsize>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.set_nonblocking(true).unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    let count = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicUsize::new(0));
    let (c, s) = (count.clone(), stop.clone());
    std::thread::spawn(move || {
        while s.load(Ordering::SeqCst) == 0 {
            match l.accept() {
                Ok((conn, _)) => {
                    c.fetch_add(1, Ordering::SeqCst);
                    drop(conn);
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(_) => return,
            }
        }
    });
    (url, count, stop)
}

#[test]
fn environment_proxies_are_ignored_unless_asked_for() {
    if std::env::var_os(CHILD).is_some() {
        return;
    }
    let (url, count, stop) = fake_proxy();
    for (mode, expect_proxy) in [("default", false), ("env", true)] {
        let before = count.load(Ordering::SeqCst);
        let out = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "child", "--nocapture", "--test-threads=1"])
            .env(CHILD, mode)
            .env("HTTPS_PROXY", &url)
            .env("https_proxy", &url)
            .env("HTTP_PROXY", &url)
            .env("http_proxy", &url)
            .env("ALL_PROXY", &url)
            .env("all_proxy", &url)
            .env_remove("NO_PROXY")
            .env_remove("no_proxy")
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "child ({mode}) failed: {text}");
        assert!(text.contains("1 passed"), "the child test ran: {text}");
        let got = count.load(Ordering::SeqCst) - before;
        assert_eq!(got > 0, expect_proxy, "{mode}: {got} proxy connections");
    }
    stop.store(1, Ordering::SeqCst);
}

/// Runs in the child only: reaches an HTTPS and an HTTP emulator directly, or (with
/// `use_env_proxy`) through the environment's proxy, which closes every connection.
#[tokio::test]
async fn child() {
    let Ok(mode) = std::env::var(CHILD) else {
        return;
    };
    for https in [true, false] {
        let emu = Emulator::builder()
            .scenario(Scenario::rack(1))
            .https(https)
            .start()
            .await
            .unwrap();
        let mut b = Client::builder(emu.base_url().as_str())
            .credentials("admin", "admin-password")
            .add_root_certificate_pem(emu.certificate_pem())
            .retry_policy(RetryPolicy::none())
            .timeout(Duration::from_secs(10));
        if mode == "env" {
            b = b.use_env_proxy();
        }
        let client = b.build().unwrap();
        let root = client.service_root().await;
        if mode == "env" {
            assert!(root.is_err(), "the proxy closes every connection");
        } else {
            root.unwrap();
            client.logout().await.unwrap();
        }
    }
}
