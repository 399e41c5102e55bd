//! Every resource of the reference mockups (DMTF and a real iLO 5 capture) parses into the
//! type its `@odata.type` selects and serializes back to the same JSON.
//!
//! The test walks `../shared/reference/mockups`, so a mockup added there adds cases.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use redfish_model::diagnostics::{DiagnosticKind, diagnose};
use redfish_model::{AnyResource, ODataType};
use serde_json::Value;

fn mockups_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/mockups")
}

/// Only files named `index.json` are resources; folders may be named `*.json`.
fn index_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            index_files(&p, out);
        } else if p.file_name().is_some_and(|n| n == "index.json") {
            out.push(p);
        }
    }
}

fn first_difference(path: &str, a: &Value, b: &Value) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    None => return format!("{path}/{k} missing"),
                    Some(w) if w != v => return first_difference(&format!("{path}/{k}"), v, w),
                    _ => {}
                }
            }
            for k in y.keys() {
                if !x.contains_key(k) {
                    return format!("{path}/{k} added");
                }
            }
            format!("{path}: ?")
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                if v != w {
                    return first_difference(&format!("{path}/{i}"), v, w);
                }
            }
            format!("{path}: ?")
        }
        _ => format!("{path}: {a} became {b}"),
    }
}

struct Outcome {
    files: usize,
    typed: usize,
    diagnostics: Vec<String>,
}

fn check_mockup(name: &str) -> Outcome {
    let root = mockups_dir().join(name);
    let mut files = Vec::new();
    index_files(&root, &mut files);
    assert!(!files.is_empty(), "no index.json under {}", root.display());
    let mut typed = 0;
    let mut failures = Vec::new();
    let mut diagnostics = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let input: Value = serde_json::from_str(&text).unwrap();
        let schema = input
            .get("@odata.type")
            .and_then(Value::as_str)
            .map(|t| ODataType::new(t).schema().to_owned());
        let any = AnyResource::from_json(input.clone());
        if let Some(schema) = &schema {
            let expected = if AnyResource::SCHEMAS.contains(&schema.as_str()) {
                Some(schema.as_str())
            } else if schema.ends_with("Collection") && input.get("Members").is_some() {
                Some("Collection")
            } else {
                None
            };
            if any.schema() != expected {
                failures.push(format!(
                    "{}: typed as {:?}, expected {expected:?}",
                    f.display(),
                    any.schema()
                ));
            }
        }
        if any.schema().is_some() {
            typed += 1;
        }
        let output = serde_json::to_value(&any).unwrap();
        if output != input {
            failures.push(format!(
                "{}: round trip changed the JSON: {}",
                f.display(),
                first_difference("", &input, &output)
            ));
        }
        // Typing straight from the bytes (no Value tree) gives the same value.
        let fast = AnyResource::from_slice(text.as_bytes()).unwrap();
        if fast != any {
            failures.push(format!(
                "{}: from_slice and from_json disagree",
                f.display()
            ));
        }
        for d in diagnose(&any) {
            let rel = f.strip_prefix(&root).unwrap().display().to_string();
            diagnostics.push(format!("{rel}: {d}"));
            if let DiagnosticKind::Rejected { raw } = &d.kind {
                assert!(!raw.is_null());
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    Outcome {
        files: files.len(),
        typed,
        diagnostics,
    }
}

#[test]
fn dmtf_rackmount_mockup_round_trips_and_matches_the_schema() {
    let o = check_mockup("public-rackmount1");
    assert!(o.files >= 250, "{} files", o.files);
    assert!(
        o.typed * 10 >= o.files * 6,
        "only {} of {} typed",
        o.typed,
        o.files
    );
    // DMTF's own mockup follows the 2025.4 schemas the model is generated from.
    assert!(o.diagnostics.is_empty(), "{}", o.diagnostics.join("\n"));
}

#[test]
fn dmtf_bladed_mockup_round_trips_and_matches_the_schema() {
    let o = check_mockup("public-bladed");
    assert!(o.files >= 80);
    assert!(o.diagnostics.is_empty(), "{}", o.diagnostics.join("\n"));
}

#[test]
fn real_ilo5_capture_round_trips() {
    let o = check_mockup("hpe-ilo5-xl675d");
    assert!(o.files >= 900, "{} files", o.files);
    // A real BMC deviates from the schema; the model keeps every deviation and reports it.
    eprintln!(
        "iLO 5 capture: {} files, {} typed, {} deviations",
        o.files,
        o.typed,
        o.diagnostics.len()
    );
    for d in &o.diagnostics {
        eprintln!("  {d}");
    }
}
