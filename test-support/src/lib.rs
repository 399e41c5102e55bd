//! Shared fixtures of the redfish-rs tests, benches and examples: where the repository's test
//! data is and which mockup trees a test walks.
//!
//! Mockup trees are the repository's own (`testdata/mockups/*`) plus every directory listed in
//! the `REDFISH_MOCKUPS` environment variable (separated by `:`), so a user points the suite
//! at captures of their own BMCs without editing code:
//!
//! ```sh
//! REDFISH_MOCKUPS=/data/bmc-a:/data/bmc-b cargo test -p redfish-model -p redfish-emulator
//! ```

use std::path::{Path, PathBuf};

/// The environment variable naming extra mockup trees.
pub const MOCKUPS_ENV: &str = "REDFISH_MOCKUPS";

/// The repository's `testdata/` folder.
pub fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
}

/// A file or folder under `testdata/`, e.g. `schemas/json-schema`.
pub fn testdata_path(rel: &str) -> PathBuf {
    testdata().join(rel)
}

/// One of the repository's mockups, by folder name (`public-rackmount1`, `hpe-ilo5-xl675d`...).
pub fn mockup(name: &str) -> PathBuf {
    testdata().join("mockups").join(name)
}

/// The OCP profiles shipped in `ocp-rmc/profiles`.
pub fn profiles_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ocp-rmc/profiles")
}

/// The mockup trees given in `REDFISH_MOCKUPS`, in order (empty entries skipped).
pub fn env_mockups() -> Vec<PathBuf> {
    std::env::var_os(MOCKUPS_ENV)
        .map(|v| {
            std::env::split_paths(&v)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// Every `index.json` under `dir`, sorted. Only files named `index.json` are resources
/// (folders may be named `*.json`, as in an iLO's SchemaStore). An unreadable folder is
/// an error naming it.
pub fn index_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut paths = Vec::new();
        for e in entries {
            paths.push(e.map_err(|e| format!("{}: {e}", dir.display()))?.path());
        }
        paths.sort();
        for p in paths {
            if p.is_dir() {
                walk(&p, out)?;
            } else if p.file_name().is_some_and(|n| n == "index.json") {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dir, &mut out)?;
    Ok(out)
}

/// The resource path (`/redfish/v1/...`) a mockup file stands for: the tree's top folder is
/// `/redfish/v1` (DMTF short form), or the tree holds `redfish/v1/` itself (long form).
pub fn resource_path(tree: &Path, file: &Path) -> Option<String> {
    let rel = file.parent()?.strip_prefix(tree).ok()?;
    let rel = rel.to_string_lossy().replace('\\', "/");
    let rel = rel.strip_prefix("redfish/v1").unwrap_or(&rel);
    let rel = rel.trim_matches('/');
    Some(if rel.is_empty() {
        "/redfish/v1".to_owned()
    } else {
        format!("/redfish/v1/{rel}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_paths_of_short_and_long_form_trees() {
        let t = Path::new("/m");
        assert_eq!(
            resource_path(t, Path::new("/m/index.json")).as_deref(),
            Some("/redfish/v1")
        );
        assert_eq!(
            resource_path(t, Path::new("/m/Chassis/1/index.json")).as_deref(),
            Some("/redfish/v1/Chassis/1")
        );
        assert_eq!(
            resource_path(t, Path::new("/m/redfish/v1/Systems/index.json")).as_deref(),
            Some("/redfish/v1/Systems")
        );
    }

    #[test]
    fn the_repository_mockups_are_found() {
        let files = index_files(&mockup("public-bladed")).unwrap();
        assert!(files.len() >= 80, "{}", files.len());
        assert!(index_files(Path::new("/nonexistent-tree")).is_err());
    }
}
