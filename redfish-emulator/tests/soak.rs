//! Memory stays flat under load: 200,000 GETs (in process, through the service's router) keep
//! the resident set within 10% of what it was after the first 10,000. The request log is a
//! bounded ring and GETs send the stored bytes, so nothing grows per request.
//!
//! Alone in its test binary so that no other test allocates while it measures.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, Scenario};
use tower::ServiceExt;

const PATHS: [&str; 8] = [
    "/redfish/v1/Systems/Node1",
    "/redfish/v1/Chassis",
    "/redfish/v1/Chassis/Rack/Power",
    "/redfish/v1/Managers/RMC",
    "/redfish/v1/Systems/Node2/Bios",
    "/redfish/v1/Chassis/Node3/Thermal",
    "/redfish/v1/UpdateService/FirmwareInventory",
    "/redfish/v1/Systems/Node4?$select=PowerState",
];

/// Resident set size of this process in KiB (Linux `/proc/self/statm`).
fn rss_kib() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4)
}

const TOTAL: usize = 200_000;
const BASELINE_AFTER: usize = 10_000;
/// Concurrent clients: the service is shared, as it is with real connections.
const CLIENTS: usize = 4;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rss_stays_flat_over_200k_gets() {
    let Some(_) = rss_kib() else {
        eprintln!("no /proc/self/statm: RSS cannot be measured here");
        return;
    };
    let emu = Emulator::builder()
        .scenario(Scenario::rack(4))
        .https(false)
        .start()
        .await
        .unwrap();
    let router = emu.router();
    let login = Request::post("/redfish/v1/SessionService/Sessions")
        .header("content-type", "application/json")
        .body(Body::from(format!(
            r#"{{"UserName":"{}","Password":"{}"}}"#,
            DEFAULT_ADMIN.user, DEFAULT_ADMIN.password
        )))
        .unwrap();
    let resp = router.clone().oneshot(login).await.unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let token = resp.headers()["x-auth-token"].to_str().unwrap().to_owned();
    let done = Arc::new(AtomicUsize::new(0));
    let baseline = Arc::new(AtomicU64::new(0));
    let mut clients = Vec::new();
    for c in 0..CLIENTS {
        let (router, token, done, baseline) = (
            router.clone(),
            token.clone(),
            Arc::clone(&done),
            Arc::clone(&baseline),
        );
        clients.push(tokio::spawn(async move {
            for i in 0..TOTAL / CLIENTS {
                let req = Request::get(PATHS[(i + c) % PATHS.len()])
                    .header("x-auth-token", &token)
                    .body(Body::empty())
                    .unwrap();
                let resp = router.clone().oneshot(req).await.unwrap();
                assert_eq!(resp.status(), StatusCode::OK);
                let _ = axum::body::to_bytes(resp.into_body(), usize::MAX)
                    .await
                    .unwrap();
                if done.fetch_add(1, Ordering::Relaxed) + 1 == BASELINE_AFTER {
                    baseline.store(rss_kib().unwrap(), Ordering::Relaxed);
                }
            }
        }));
    }
    for c in clients {
        c.await.unwrap();
    }
    assert_eq!(done.load(Ordering::Relaxed), TOTAL);
    let baseline = baseline.load(Ordering::Relaxed);
    let end = rss_kib().unwrap();
    eprintln!("RSS after {BASELINE_AFTER} GETs: {baseline} KiB; after {TOTAL}: {end} KiB");
    assert!(
        end * 10 <= baseline * 11,
        "RSS grew from {baseline} KiB to {end} KiB"
    );
    assert_eq!(
        emu.request_log().len(),
        redfish_emulator::DEFAULT_LOG_CAPACITY
    );
}
