//! SSE throughput and memory of `redfish_client::events`: 100,000 records emitted by the
//! embedded emulator (`emit_events`, as fast as the stream reads them) over HTTPS on
//! loopback, read through `client.events()` (session, pinned certificate, SSE parsing with
//! its size bound, typing into `Event`).
//!
//! Criterion reports the time of 100,000 records (and events per second), and the time to
//! type one record alone (`EventItem::from_slice`, the client's main cost per record). Before that one
//! untimed pass samples the process RSS (client and emulator: same process) every 10,000
//! records and prints the first and the largest sample: the stream's memory stays flat
//! when they match within a few MiB.
//!
//! Run: `cargo bench -p redfish-benches --bench events` (`REDFISH_SSE_RECORDS` changes the
//! count).

// A benchmark aborts on setup failure; there is nobody to return an error to.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use futures_util::StreamExt;
use redfish_client::events::{EventFormatType, EventItem, EventStream, Filter};
use redfish_client::{Client, Fingerprint};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RunningEmulator, Scenario};

fn records() -> usize {
    std::env::var("REDFISH_SSE_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

async fn open(client: &Client) -> EventStream {
    client
        .events()
        .filter(Filter::event_format_type(EventFormatType::Event))
        .connect()
        .await
        .expect("SSE stream")
}

/// Emits `n` events and reads them; `sample` is called every 10,000 records.
async fn pump(emu: &RunningEmulator, stream: &mut EventStream, n: usize, mut sample: impl FnMut()) {
    let emit = emu.emit_events(n);
    let read = async {
        let mut got = 0;
        while got < n {
            match stream.next().await {
                Some(Ok(item)) => {
                    assert!(item.as_event().is_some());
                    got += 1;
                    if got % 10_000 == 0 {
                        sample();
                    }
                }
                Some(Err(e)) => panic!("{e}"),
                None => panic!("the stream ended after {got} records"),
            }
        }
    };
    let (range, ()) = tokio::join!(emit, read);
    assert!(range.is_some());
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let n = records();
    let (emu, client) = rt.block_on(async {
        let emu = Emulator::builder()
            .scenario(Scenario::rack(2))
            .sse_keep_alive(Duration::from_secs(5))
            .start()
            .await
            .expect("emulator");
        let client = Client::builder(emu.base_url().as_str())
            .credentials(DEFAULT_ADMIN.user, DEFAULT_ADMIN.password)
            .pin_certificate(Fingerprint(emu.certificate_sha256()))
            .build()
            .expect("client");
        (emu, client)
    });

    // Memory: one untimed pass, RSS sampled as the records go by.
    rt.block_on(async {
        let mut stream = open(&client).await;
        let before = rss_kib();
        let mut samples = Vec::new();
        let start = std::time::Instant::now();
        pump(&emu, &mut stream, n, || samples.push(rss_kib())).await;
        let secs = start.elapsed().as_secs_f64();
        let first = samples.first().copied().unwrap_or(before);
        let peak = samples.iter().copied().max().unwrap_or(before);
        let last = samples.last().copied().unwrap_or(before);
        eprintln!(
            "sse memory: {n} records in {secs:.2} s ({:.0} events/s); process RSS {} MiB before, \
             {} MiB after 10,000 records, {} MiB peak, {} MiB at the end",
            n as f64 / secs,
            before / 1024,
            first / 1024,
            peak / 1024,
            last / 1024
        );
    });

    let mut g = c.benchmark_group("events");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(60));
    g.throughput(Throughput::Elements(n as u64));
    let mut stream = rt.block_on(open(&client));
    g.bench_function(format!("sse_{n}_records"), |b| {
        b.iter(|| rt.block_on(pump(&emu, &mut stream, n, || {})));
    });
    g.finish();

    // The client's typing of one record alone (JSON into `Event`), to tell its share of the
    // stream's time from the emulator's.
    let payload = serde_json::to_vec(emu.recent_events().last().expect("a payload")).unwrap();
    let mut one = c.benchmark_group("events_typing");
    one.throughput(Throughput::Elements(1));
    one.bench_function("one_record", |b| {
        b.iter(|| EventItem::from_slice(std::hint::black_box(&payload)).unwrap());
    });
    one.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
