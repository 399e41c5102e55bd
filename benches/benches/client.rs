//! Client benchmarks against the embedded emulator, over real HTTPS on loopback:
//!
//! - `crawl_mockup`: walk the whole DMTF rack-mount mockup (every `@odata.id` reachable
//!   from the service root), one request at a time and with 16 in flight;
//! - `fleet_1000`: 1,000 emulated services in this process, each managed by its own client
//!   (certificate pinned), all at once: login, inventory (systems, chassis, managers and
//!   each member), logout. Peak memory of the process is printed at the end.
//!
//! Run: `cargo bench -p redfish-benches --bench client`

// A benchmark aborts on setup failure; there is nobody to return an error to.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::{BTreeSet, VecDeque};

use criterion::{Criterion, criterion_group, criterion_main};
use futures_util::{StreamExt, TryStreamExt, stream};
use redfish_client::{Client, Fingerprint};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RunningEmulator, Scenario};
use redfish_model::ODataId;
use serde_json::Value;

const FLEET: usize = 1_000;

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}

fn client_for(emu: &RunningEmulator) -> Client {
    Client::builder(emu.base_url().as_str())
        .credentials(DEFAULT_ADMIN.user, DEFAULT_ADMIN.password)
        .pin_certificate(Fingerprint(emu.certificate_sha256()))
        .build()
        .expect("client")
}

/// Every `@odata.id` below `v` (fragments dropped), in document order.
fn links(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "@odata.id" {
                    if let Some(s) = x.as_str() {
                        out.push(s.split('#').next().unwrap_or(s).to_owned());
                    }
                } else {
                    links(x, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| links(x, out)),
        _ => {}
    }
}

/// Breadth-first crawl from the service root with `width` requests in flight; returns the
/// number of resources fetched.
async fn crawl(client: &Client, width: usize) -> usize {
    let norm = |s: &str| s.trim_end_matches('/').to_owned();
    let mut seen = BTreeSet::from([norm("/redfish/v1")]);
    let mut frontier = VecDeque::from([ODataId::new("/redfish/v1")]);
    let mut fetched = 0;
    while !frontier.is_empty() {
        let batch: Vec<ODataId> = frontier.drain(..).collect();
        let bodies: Vec<Option<Value>> = stream::iter(batch)
            .map(|id| async move { client.get::<Value>(&id).await.ok() })
            .buffer_unordered(width)
            .collect()
            .await;
        for body in bodies.into_iter().flatten() {
            fetched += 1;
            let mut found = Vec::new();
            links(&body, &mut found);
            for l in found {
                if l.starts_with("/redfish/v1") && seen.insert(norm(&l)) {
                    frontier.push_back(ODataId::new(l));
                }
            }
        }
    }
    fetched
}

async fn manage(client: Client) -> usize {
    let mut n = 0;
    let root = client.service_root().await.expect("service root");
    n += root
        .systems()
        .expect("systems")
        .collect()
        .await
        .expect("systems")
        .len();
    n += root
        .chassis()
        .expect("chassis")
        .stream()
        .try_collect::<Vec<_>>()
        .await
        .expect("chassis")
        .len();
    n += root
        .managers()
        .expect("managers")
        .collect()
        .await
        .expect("managers")
        .len();
    client.logout().await.expect("logout");
    n
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn current_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn crawl_mockup(c: &mut Criterion) {
    let rt = runtime();
    let dir = redfish_test_support::mockup("public-rackmount1");
    let emu = rt
        .block_on(Emulator::builder().scenario(Scenario::mockup(dir)).start())
        .expect("emulator");
    let client = client_for(&emu);
    let resources = rt.block_on(crawl(&client, 1));
    println!("crawl_mockup: {resources} resources reachable from the service root");
    let mut g = c.benchmark_group("crawl_mockup");
    g.sample_size(10);
    g.bench_function("sequential", |b| b.to_async(&rt).iter(|| crawl(&client, 1)));
    g.bench_function("concurrent_16", |b| {
        b.to_async(&rt).iter(|| crawl(&client, 16))
    });
    g.finish();
    rt.block_on(async {
        let _ = client.logout().await;
        emu.shutdown().await;
    });
}

fn fleet(c: &mut Criterion) {
    let rt = runtime();
    let before = current_rss_kib();
    let emulators: Vec<RunningEmulator> = rt.block_on(async {
        stream::iter(0..FLEET)
            .map(|_| Emulator::builder().scenario(Scenario::rack(1)).start())
            .buffer_unordered(64)
            .try_collect()
            .await
            .expect("emulators")
    });
    let with_emulators = current_rss_kib();
    let mut g = c.benchmark_group("fleet_1000");
    g.sample_size(10);
    g.bench_function("login_inventory_logout", |b| {
        b.to_async(&rt).iter(|| async {
            let clients: Vec<Client> = emulators.iter().map(client_for).collect();
            let total: usize = stream::iter(clients)
                .map(manage)
                .buffer_unordered(FLEET)
                .fold(0, |a, n| async move { a + n })
                .await;
            assert_eq!(
                total,
                FLEET * 5,
                "1 system, 2 chassis, 2 managers per service"
            );
        })
    });
    g.finish();
    let leaked: usize = emulators.iter().map(RunningEmulator::session_count).sum();
    println!(
        "fleet_1000: process RSS {} KiB before, {} KiB with {FLEET} emulators, peak {} KiB; sessions left open: {leaked}",
        before.unwrap_or(0),
        with_emulators.unwrap_or(0),
        peak_rss_kib().unwrap_or(0),
    );
    rt.block_on(async {
        for e in emulators {
            e.shutdown().await;
        }
    });
}

criterion_group!(benches, crawl_mockup, fleet);
criterion_main!(benches);
