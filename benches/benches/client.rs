//! Client overhead against the embedded emulator, over real HTTPS on loopback.
//!
//! For each big mockup (`public-rackmount1`, `hpe-ilo5-xl675d`): every URI reachable from
//! the service root is fetched with 16 requests in flight, once through the client
//! (`Client::request` + `Response::json::<Value>`: session, pinned certificate, limits, retries, span) and once
//! with the same HTTP stack used raw (reqwest with a session token, the same rustls, the
//! same JSON decoding into `serde_json::Value`). Besides criterion's figures, the two are
//! run interleaved (`ROUNDS` alternating rounds) and the ratio of the medians is printed;
//! the goal is a ratio within 1.2. The breadth-first crawl through the client (discovering
//! the URIs as it goes) is measured too.
//!
//! Run: `cargo bench -p redfish-benches --bench client`

// A benchmark aborts on setup failure; there is nobody to return an error to.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::collections::{BTreeSet, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use futures_util::{StreamExt, stream};
use redfish_client::{Client, Fingerprint, Method};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RunningEmulator, Scenario};
use redfish_model::ODataId;
use serde_json::Value;

const WIDTH: usize = 16;
const ROUNDS: usize = 21;

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
        .max_concurrent_requests(WIDTH)
        .build()
        .expect("client")
}

/// The raw side: reqwest with the emulator's certificate as the only root, and a session
/// token obtained by a plain login POST.
struct Raw {
    http: reqwest::Client,
    base: String,
    token: String,
}

async fn raw_for(emu: &RunningEmulator) -> Raw {
    let mut roots = rustls::RootCertStore::empty();
    roots
        .add(rustls::pki_types::CertificateDer::from(
            emu.certificate_der().to_vec(),
        ))
        .unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let http = reqwest::Client::builder()
        .tls_backend_preconfigured(config)
        .no_proxy()
        .build()
        .unwrap();
    let base = emu.base_url().as_str().trim_end_matches('/').to_owned();
    let login = http
        .post(format!("{base}/redfish/v1/SessionService/Sessions"))
        .json(&serde_json::json!({"UserName": DEFAULT_ADMIN.user, "Password": DEFAULT_ADMIN.password}))
        .send()
        .await
        .unwrap();
    let token = login.headers()["x-auth-token"].to_str().unwrap().to_owned();
    Raw { http, base, token }
}

async fn raw_get_all(raw: &Raw, uris: &[String]) -> usize {
    stream::iter(uris)
        .map(|u| async move {
            let resp = raw
                .http
                .get(format!("{}{u}", raw.base))
                .header("x-auth-token", &raw.token)
                .header("accept", "application/json")
                .header("odata-version", "4.0")
                .send()
                .await
                .ok()?;
            let body = resp.bytes().await.ok()?;
            serde_json::from_slice::<Value>(&body).ok()
        })
        .buffer_unordered(WIDTH)
        .filter(|v| std::future::ready(v.is_some()))
        .count()
        .await
}

async fn client_get_all(client: &Client, uris: &[String]) -> usize {
    stream::iter(uris)
        .map(|u| async move {
            client
                .request(Method::GET, &ODataId::new(u.as_str()))
                .await
                .and_then(|r| r.json::<Value>())
                .ok()
        })
        .buffer_unordered(WIDTH)
        .filter(|v| std::future::ready(v.is_some()))
        .count()
        .await
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
/// URIs fetched.
async fn crawl(client: &Client, width: usize) -> Vec<String> {
    let norm = |s: &str| s.trim_end_matches('/').to_owned();
    let mut seen = BTreeSet::from([norm("/redfish/v1")]);
    let mut frontier = VecDeque::from(["/redfish/v1".to_owned()]);
    let mut fetched = Vec::new();
    while !frontier.is_empty() {
        let batch: Vec<String> = frontier.drain(..).collect();
        let bodies: Vec<(String, Option<Value>)> = stream::iter(batch)
            .map(|u| async move {
                let v = client
                    .request(Method::GET, &ODataId::new(u.as_str()))
                    .await
                    .and_then(|r| r.json::<Value>())
                    .ok();
                (u, v)
            })
            .buffer_unordered(width)
            .collect()
            .await;
        for (uri, body) in bodies {
            let Some(body) = body else { continue };
            fetched.push(uri);
            let mut found = Vec::new();
            links(&body, &mut found);
            for l in found {
                if l.starts_with("/redfish/v1") && seen.insert(norm(&l)) {
                    frontier.push_back(l);
                }
            }
        }
    }
    fetched
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn crawl_mockup(c: &mut Criterion, name: &str) {
    let rt = runtime();
    let dir = redfish_test_support::mockup(name);
    let emu = rt
        .block_on(Emulator::builder().scenario(Scenario::mockup(dir)).start())
        .expect("emulator");
    let client = client_for(&emu);
    let raw = rt.block_on(raw_for(&emu));
    let uris = rt.block_on(crawl(&client, WIDTH));
    let n = uris.len();
    assert_eq!(
        rt.block_on(raw_get_all(&raw, &uris)),
        n,
        "raw reads them all"
    );
    assert_eq!(rt.block_on(client_get_all(&client, &uris)), n);

    // Interleaved: A B A B ..., so both sides see the same machine state.
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let t = Instant::now();
        rt.block_on(client_get_all(&client, &uris));
        a.push(t.elapsed());
        let t = Instant::now();
        rt.block_on(raw_get_all(&raw, &uris));
        b.push(t.elapsed());
    }
    let (ma, mb) = (median(a), median(b));
    println!(
        "crawl_{name}: {n} resources, {WIDTH} in flight, {ROUNDS} interleaved rounds: client {:.1} ms, raw reqwest {:.1} ms, ratio {:.2}",
        ma.as_secs_f64() * 1e3,
        mb.as_secs_f64() * 1e3,
        ma.as_secs_f64() / mb.as_secs_f64()
    );

    let mut g = c.benchmark_group(format!("crawl_{name}"));
    g.sample_size(10);
    g.bench_function("client_get_all_16", |bch| {
        bch.to_async(&rt).iter(|| client_get_all(&client, &uris))
    });
    g.bench_function("raw_reqwest_get_all_16", |bch| {
        bch.to_async(&rt).iter(|| raw_get_all(&raw, &uris))
    });
    g.bench_function("client_bfs_crawl_16", |bch| {
        bch.to_async(&rt).iter(|| crawl(&client, WIDTH))
    });
    g.bench_function("client_bfs_crawl_1", |bch| {
        bch.to_async(&rt).iter(|| crawl(&client, 1))
    });
    g.finish();
    rt.block_on(async {
        let _ = client.logout().await;
        emu.shutdown().await;
    });
}

fn crawl_rackmount(c: &mut Criterion) {
    crawl_mockup(c, "public-rackmount1");
}

fn crawl_ilo5(c: &mut Criterion) {
    crawl_mockup(c, "hpe-ilo5-xl675d");
}

criterion_group!(benches, crawl_rackmount, crawl_ilo5);
criterion_main!(benches);
