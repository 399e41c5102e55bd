//! Server-side cost of the emulator, without network or TLS: requests go in process through
//! the service's router (`RunningEmulator::router`), so the figures are the emulator's own.
//!
//! - `get/stored`: a plain GET of a resource (served from its stored serialized bytes);
//! - `get/collection`: a plain GET of a collection;
//! - `get/select`: a GET with `$select` (rendered per request);
//! - `clear_log/5000`: `LogService.ClearLog` of a log holding 5,000 entries.
//!
//! After the groups, CPU time per plain GET (user + system, from `/proc/self/stat`, over
//! 50,000 requests) is printed.
//!
//! Run: `cargo bench -p redfish-benches --bench emulator`

// A benchmark aborts on setup failure; there is nobody to return an error to.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RunningEmulator, Scenario};
use serde_json::json;
use tower::ServiceExt;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

async fn start() -> (RunningEmulator, String) {
    let emu = Emulator::builder()
        .scenario(Scenario::rack(8))
        .https(false)
        .start()
        .await
        .expect("emulator");
    let login = Request::post("/redfish/v1/SessionService/Sessions")
        .header("content-type", "application/json")
        .body(Body::from(
            json!({"UserName": DEFAULT_ADMIN.user, "Password": DEFAULT_ADMIN.password}).to_string(),
        ))
        .unwrap();
    let resp = emu.router().oneshot(login).await.unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let token = resp.headers()["x-auth-token"].to_str().unwrap().to_owned();
    (emu, token)
}

async fn send(emu: &RunningEmulator, method: &str, uri: &str, token: &str, body: Body) -> usize {
    let req = Request::builder()
        .method(method)
        .uri(uri)
        .header("x-auth-token", token)
        .header("content-type", "application/json")
        .body(body)
        .unwrap();
    let resp = emu.router().oneshot(req).await.unwrap();
    assert!(resp.status().is_success(), "{uri}: {}", resp.status());
    axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap()
        .len()
}

/// Fills the rack manager's log with `n` entries.
fn fill_log(emu: &RunningEmulator, n: usize) -> String {
    let entries = "/redfish/v1/Managers/RMC/LogServices/Log/Entries";
    let mut members = Vec::with_capacity(n);
    for i in 0..n {
        let path = format!("{entries}/e{i}");
        emu.set_resource(
            &path,
            json!({"@odata.type": "#LogEntry.v1_21_0.LogEntry", "Id": format!("e{i}"),
                   "Name": "Log Entry", "EntryType": "Event", "Severity": "OK",
                   "Message": "Benchmark entry", "MessageId": "Base.1.22.Success"}),
        );
        members.push(json!({"@odata.id": path}));
    }
    let mut coll = emu.resource(entries).unwrap();
    coll["Members@odata.count"] = json!(n);
    coll["Members"] = json!(members);
    emu.set_resource(entries, coll);
    "/redfish/v1/Managers/RMC/LogServices/Log/Actions/LogService.ClearLog".to_owned()
}

/// User + system CPU time of this process, in clock ticks (`/proc/self/stat`).
fn cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    // Fields 14 and 15 of stat(5), counted after the command name.
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

fn bench(c: &mut Criterion) {
    let rt = runtime();
    let (emu, token) = rt.block_on(start());
    let mut g = c.benchmark_group("get");
    for (name, uri) in [
        ("stored", "/redfish/v1/Systems/Node1"),
        ("collection", "/redfish/v1/Chassis"),
        (
            "select",
            "/redfish/v1/Systems/Node1?$select=PowerState,Status",
        ),
    ] {
        g.bench_function(name, |b| {
            b.to_async(&rt)
                .iter(|| send(&emu, "GET", uri, &token, Body::empty()))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("clear_log");
    g.sample_size(10);
    g.bench_function("5000", |b| {
        b.to_async(&rt).iter_batched(
            || fill_log(&emu, 5000),
            |target| {
                let (emu, token) = (&emu, &token);
                async move { send(emu, "POST", &target, token, Body::from("{}")).await }
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();

    // CPU per request (what a fleet of emulated services costs the machine).
    let n = 50_000u64;
    if let Some(before) = cpu_ticks() {
        rt.block_on(async {
            for _ in 0..n {
                send(
                    &emu,
                    "GET",
                    "/redfish/v1/Systems/Node1",
                    &token,
                    Body::empty(),
                )
                .await;
            }
        });
        if let Some(after) = cpu_ticks() {
            // Clock ticks are 10 ms on Linux (USER_HZ 100).
            let us = (after - before) as f64 * 10_000.0 / n as f64;
            println!("emulator: {us:.1} us of CPU per plain GET (over {n} requests)");
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
