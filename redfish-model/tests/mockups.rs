//! Every resource of the reference mockups (DMTF and a real iLO 5 capture) parses into the
//! type its `@odata.type` selects and serializes back to the same JSON.
//!
//! The test walks `testdata/mockups` (and `REDFISH_MOCKUPS`), so a mockup added there adds cases.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use redfish_model::diagnostics::{DiagnosticKind, diagnose};
use redfish_model::{AnyResource, ODataType};
use redfish_test_support::{env_mockups, index_files, mockup, testdata_path};
use serde_json::Value;

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

/// The schema names of the DMTF bundle the model is generated from, read from its files (not
/// from the model), so that "a DMTF type" does not depend on what the model thinks it types.
fn dmtf_schemas() -> &'static BTreeSet<String> {
    static SCHEMAS: OnceLock<BTreeSet<String>> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        std::fs::read_dir(testdata_path("schemas/json-schema"))
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().into_string().unwrap();
                name.ends_with(".json")
                    .then(|| name.split('.').next().unwrap().to_owned())
            })
            .collect()
    })
}

struct Outcome {
    files: usize,
    typed: usize,
    /// What broke the contract (unparsable file, wrong type, changed JSON): each names its file.
    failures: Vec<String>,
    /// Deviations from the schema `diagnose` reports (allowed; a real BMC has some), except
    /// absent required properties, which are in `missing_required`.
    diagnostics: Vec<String>,
    /// Properties the schema requires that are absent.
    missing_required: Vec<String>,
}

/// Types every `index.json` of the tree by its `@odata.type`, serializes it back and compares,
/// and types it again straight from the bytes.
fn walk_tree(root: &Path) -> Outcome {
    let mut failures = Vec::new();
    let files = match index_files(root) {
        Ok(f) if f.is_empty() => vec![],
        Ok(f) => f,
        Err(e) => {
            failures.push(e);
            vec![]
        }
    };
    if files.is_empty() && failures.is_empty() {
        failures.push(format!("{}: no index.json in the tree", root.display()));
    }
    let mut typed = 0;
    let mut diagnostics = Vec::new();
    let mut missing_required = Vec::new();
    for f in &files {
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("{}: unreadable: {e}", f.display()));
                continue;
            }
        };
        let input: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                failures.push(format!("{}: not JSON: {e}", f.display()));
                continue;
            }
        };
        let schema = input
            .get("@odata.type")
            .and_then(Value::as_str)
            .map(|t| ODataType::new(t).schema().to_owned());
        let any = AnyResource::from_json(input.clone());
        if let Some(schema) = &schema {
            // Every DMTF schema types (no `Unknown` fallback); OEM ones may stay raw.
            let expected = if schema.ends_with("Collection") && input.get("Members").is_some() {
                Some("Collection")
            } else if dmtf_schemas().contains(schema) {
                Some(schema.as_str())
            } else {
                any.schema()
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
        match serde_json::to_value(&any) {
            Ok(output) if output != input => failures.push(format!(
                "{}: round trip changed the JSON: {}",
                f.display(),
                first_difference("", &input, &output)
            )),
            Ok(_) => {}
            Err(e) => failures.push(format!("{}: does not serialize: {e}", f.display())),
        }
        // Typing straight from the bytes (no Value tree) gives the same value.
        match AnyResource::from_slice(text.as_bytes()) {
            Ok(fast) if fast != any => failures.push(format!(
                "{}: from_slice and from_json disagree",
                f.display()
            )),
            Ok(_) => {}
            Err(e) => failures.push(format!("{}: from_slice failed: {e}", f.display())),
        }
        for d in diagnose(&any) {
            let rel = f.strip_prefix(root).unwrap_or(f).display().to_string();
            if let DiagnosticKind::Rejected { raw } = &d.kind
                && raw.is_null()
            {
                failures.push(format!("{rel}: null reported as rejected at {}", d.path));
            }
            if d.kind == DiagnosticKind::MissingRequired {
                missing_required.push(format!("{rel}: {d}"));
            } else {
                diagnostics.push(format!("{rel}: {d}"));
            }
        }
    }
    Outcome {
        files: files.len(),
        typed,
        failures,
        diagnostics,
        missing_required,
    }
}

fn check_mockup(name: &str) -> Outcome {
    let o = walk_tree(&mockup(name));
    assert!(
        o.failures.is_empty(),
        "{} failures:\n{}",
        o.failures.len(),
        o.failures.join("\n")
    );
    o
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
    // DMTF's own mockup follows the 2025.4 schemas the model is generated from...
    assert!(o.diagnostics.is_empty(), "{}", o.diagnostics.join("\n"));
    // ...except for a few required properties it omits (the Roles' `RoleId`, the
    // subscription's `SubscriptionType`): reported, not failed.
    report_missing_required("public-rackmount1", &o);
}

fn report_missing_required(name: &str, o: &Outcome) {
    eprintln!(
        "{name}: {} required properties absent",
        o.missing_required.len()
    );
    for m in &o.missing_required {
        eprintln!("  {m}");
    }
}

#[test]
fn dmtf_bladed_mockup_round_trips_and_matches_the_schema() {
    let o = check_mockup("public-bladed");
    assert!(o.files >= 80);
    assert!(o.diagnostics.is_empty(), "{}", o.diagnostics.join("\n"));
    report_missing_required("public-bladed", &o);
}

#[test]
fn real_ilo5_capture_round_trips() {
    let o = check_mockup("hpe-ilo5-xl675d");
    // 708 documents: the capture less the pruned SchemaStore copies (testdata/README.md).
    assert!(o.files >= 700, "{} files", o.files);
    // A real BMC deviates from the schema; the model keeps every deviation and reports it.
    eprintln!(
        "iLO 5 capture: {} files, {} typed, {} deviations",
        o.files,
        o.typed,
        o.diagnostics.len()
    );
    for d in o.diagnostics.iter().chain(&o.missing_required) {
        eprintln!("  {d}");
    }
}

/// Every tree named in `REDFISH_MOCKUPS` (captures of the user's own BMCs) meets the same
/// contract; deviations from the schema are printed, not failures.
#[test]
fn mockups_from_the_environment_round_trip() {
    let trees = env_mockups();
    let mut failures = Vec::new();
    for tree in &trees {
        let o = walk_tree(tree);
        eprintln!(
            "{}: {} files, {} typed, {} deviations",
            tree.display(),
            o.files,
            o.typed,
            o.diagnostics.len()
        );
        failures.extend(o.failures);
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A broken file in a tree is reported with its path and the reason, and does not hide the
/// rest of the tree.
#[test]
fn a_broken_tree_fails_with_the_file_path() {
    let dir = std::env::temp_dir().join(format!("redfish-broken-mockup-{}", std::process::id()));
    let bad = dir.join("Chassis/1");
    std::fs::create_dir_all(&bad).unwrap();
    std::fs::write(
        dir.join("index.json"),
        r##"{"@odata.id": "/redfish/v1", "@odata.type": "#ServiceRoot.v1_17_0.ServiceRoot", "Id": "RootService"}"##,
    )
    .unwrap();
    std::fs::write(
        bad.join("index.json"),
        r#"{"@odata.id": "/redfish/v1/Chassis/1", "Name": "#,
    )
    .unwrap();
    let o = walk_tree(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(o.files, 2);
    assert_eq!(o.typed, 1, "the good file is still checked");
    assert_eq!(o.failures.len(), 1, "{:?}", o.failures);
    let f = &o.failures[0];
    assert!(
        f.contains("Chassis/1/index.json") && f.contains("not JSON"),
        "{f}"
    );
    let missing = walk_tree(Path::new("/nonexistent/redfish-tree"));
    assert!(
        missing.failures[0].contains("/nonexistent/redfish-tree"),
        "{:?}",
        missing.failures
    );
}
