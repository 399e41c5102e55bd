//! Parsing every resource of the reference mockups: typed models vs `serde_json::Value`,
//! over the same bytes in the same run. Criterion prints the throughput of each.
//!
//! Run: `cargo bench -p redfish-benches --bench parse`

// A benchmark aborts on setup failure; there is nobody to return an error to.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::hint::black_box;

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

fn group(c: &mut Criterion, name: &str, docs: &[Vec<u8>]) {
    let bytes: u64 = docs.iter().map(|d| d.len() as u64).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("serde_json::Value", |b| {
        b.iter(|| {
            for d in docs {
                black_box(serde_json::from_slice::<Value>(black_box(d)).ok());
            }
        })
    });
    g.bench_function("typed (AnyResource::from_slice)", |b| {
        b.iter(|| {
            for d in docs {
                black_box(AnyResource::from_slice(black_box(d)).ok());
            }
        })
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
    g.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
