//! Vendor behaviour lives in `src/vendor/` (and the built-in scenarios' data in `src/scenario/`);
//! the generic modules (request handling, creation, actions, tree, auth...) name no vendor.

#![allow(clippy::expect_used)] // test helpers outside #[test] fns

use std::path::{Path, PathBuf};

/// Files that may name vendors: the vendor behaviours, the scenario catalogue and builders, and
/// the public entry points that list the built-in scenarios.
fn vendor_specific(rel: &Path) -> bool {
    rel.starts_with("vendor")
        || rel.starts_with("scenario")
        || rel == Path::new("lib.rs")
        || rel == Path::new("main.rs")
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src readable") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn generic_modules_name_no_vendor() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let generic_scenario = [
        "scenario/mockup.rs",
        "scenario/metadata.rs",
        "scenario/common.rs",
        "scenario/parts.rs",
    ];
    let mut checked = 0;
    let mut found = Vec::new();
    for f in files {
        let rel = f.strip_prefix(&src).expect("under src");
        let rel_s = rel.to_string_lossy().replace('\\', "/");
        if vendor_specific(rel) && !generic_scenario.contains(&rel_s.as_str()) {
            continue;
        }
        checked += 1;
        let text = std::fs::read_to_string(&f).expect("readable");
        for (n, line) in text.lines().enumerate() {
            for word in ["Hpe", "HPE", "iLO", "OpenRMC", "OPENRMC", "Flavor"] {
                if line.contains(word) {
                    found.push(format!("{rel_s}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(checked > 20, "only {checked} files checked");
    assert!(
        found.is_empty(),
        "vendor names in generic modules:\n{}",
        found.join("\n")
    );
}
