//! Parsing every resource of the reference mockups: typed models vs `serde_json::Value`,
//! over the same bytes in the same run. Criterion prints the throughput of each.
//!
//! Run: `cargo bench -p redfish-benches --bench parse`

// A benchmark aborts on setup failure; there is nobody to return an error to.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use redfish_model::AnyResource;
use serde_json::Value;

fn index_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            index_files(&p, out);
        } else if p.file_name().is_some_and(|n| n == "index.json") {
            out.push(p);
        }
    }
}

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/mockups");
    let mut files = Vec::new();
    index_files(&root, &mut files);
    files.iter().filter_map(|f| std::fs::read(f).ok()).collect()
}

fn parse(c: &mut Criterion) {
    let all = corpus();
    assert!(!all.is_empty(), "no mockups found next to the workspace");
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
