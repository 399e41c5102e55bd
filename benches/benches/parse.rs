//! Parsing every resource of the reference mockups: typed models vs `serde_json::Value`,
//! over the same bytes in the same run. Criterion prints the throughput of each.
//!
//! Run: `cargo bench -p redfish-benches --bench parse`
//!
//! Besides one criterion benchmark per parser, each group has an `interleaved` benchmark: every
//! iteration parses the whole corpus once to `Value` and once typed, alternating which goes
//! first, so both see the same machine state (frequency, caches, other load). When the group
//! ends it prints both throughputs and the typed/Value ratio, per sample and overall; that ratio
//! is the figure to compare against (issue 13: typed >= 1.0x `Value`).

// A benchmark aborts on setup failure; there is nobody to return an error to.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::cell::RefCell;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use redfish_model::AnyResource;
use serde_json::Value;

/// Every document of the repository's mockups and of the trees in `REDFISH_MOCKUPS`.
fn corpus() -> Vec<Vec<u8>> {
    let mut trees = vec![redfish_test_support::testdata_path("mockups")];
    trees.extend(redfish_test_support::env_mockups());
    trees
        .iter()
        .filter_map(|t| redfish_test_support::index_files(t).ok())
        .flatten()
        .filter_map(|f| std::fs::read(f).ok())
        .collect()
}

fn parse(c: &mut Criterion) {
    let all = corpus();
    assert!(!all.is_empty(), "no mockups found in testdata/");
    // The mockups also hold large JSON schema and registry files that no model types; the
    // second group keeps only the resources that have a typed model.
    let typed_only: Vec<Vec<u8>> = all
        .iter()
        .filter(|d| AnyResource::from_slice(d).is_ok_and(|r| !matches!(r, AnyResource::Unknown(_))))
        .cloned()
        .collect();
    group(c, "parse_all_mockup_documents", &all);
    group(c, "parse_typed_resources_only", &typed_only);
}

fn parse_value(docs: &[Vec<u8>]) {
    for d in docs {
        black_box(serde_json::from_slice::<Value>(black_box(d)).ok());
    }
}

fn parse_typed(docs: &[Vec<u8>]) {
    for d in docs {
        black_box(AnyResource::from_slice(black_box(d)).ok());
    }
}

fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn group(c: &mut Criterion, name: &str, docs: &[Vec<u8>]) {
    let bytes: u64 = docs.iter().map(|d| d.len() as u64).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("serde_json::Value", |b| b.iter(|| parse_value(docs)));
    g.bench_function("typed (AnyResource::from_slice)", |b| {
        b.iter(|| parse_typed(docs))
    });
    g.bench_function("typed via Value (AnyResource::from_json)", |b| {
        b.iter(|| {
            for d in docs {
                if let Ok(v) = serde_json::from_slice::<Value>(d) {
                    black_box(AnyResource::from_json(v));
                }
            }
        })
    });
    // (passes, Value time, typed time) of each criterion sample of the interleaved benchmark.
    let samples = RefCell::new(Vec::<(u64, Duration, Duration)>::new());
    g.throughput(Throughput::Bytes(2 * bytes));
    g.bench_function("interleaved (Value + typed)", |b| {
        b.iter_custom(|iters| {
            let (mut value, mut typed) = (Duration::ZERO, Duration::ZERO);
            for i in 0..iters {
                if i % 2 == 0 {
                    value += timed(|| parse_value(docs));
                    typed += timed(|| parse_typed(docs));
                } else {
                    typed += timed(|| parse_typed(docs));
                    value += timed(|| parse_value(docs));
                }
            }
            samples.borrow_mut().push((iters, value, typed));
            value + typed
        })
    });
    g.finish();
    report(name, bytes, &samples.into_inner());
}

/// Prints the interleaved throughputs: overall, and the spread of the per-sample ratios.
fn report(name: &str, bytes: u64, samples: &[(u64, Duration, Duration)]) {
    let mib = bytes as f64 / (1024.0 * 1024.0);
    let (mut passes, mut value, mut typed) = (0, Duration::ZERO, Duration::ZERO);
    for (n, v, t) in samples {
        passes += n;
        value += *v;
        typed += *t;
    }
    if value.is_zero() || typed.is_zero() {
        return;
    }
    // Both parsers ran the corpus equally often in each sample, so the ratio of the times is
    // the ratio of the throughputs.
    let mut ratios: Vec<f64> = samples
        .iter()
        .filter(|(_, v, t)| !v.is_zero() && !t.is_zero())
        .map(|(_, v, t)| v.as_secs_f64() / t.as_secs_f64())
        .collect();
    ratios.sort_by(f64::total_cmp);
    let throughput = |d: Duration| mib * passes as f64 / d.as_secs_f64();
    println!(
        "{name}: interleaved, {passes} passes over {mib:.2} MiB in {} samples: \
         Value {:.1} MiB/s, typed {:.1} MiB/s, typed/Value {:.2}x \
         (per sample: median {:.2}x, min {:.2}x, max {:.2}x)",
        samples.len(),
        throughput(value),
        throughput(typed),
        value.as_secs_f64() / typed.as_secs_f64(),
        ratios[ratios.len() / 2],
        ratios[0],
        ratios[ratios.len() - 1],
    );
}

criterion_group!(benches, parse);
criterion_main!(benches);
