//! Loading a DMTF mockup directory: the "short form" (the folder is `/redfish/v1`, a resource at
//! `/redfish/v1/A/B` is `A/B/index.json`) or the long form DMTF's Redfish-Mockup-Creator writes
//! (the folder holds `redfish/v1/...`).

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::Built;
use crate::Error;
use crate::tree::Tree;

/// A tree file (a JSON map from path to resource, like the built-in scenarios' data files);
/// `{now}` is replaced by the current time.
fn load_file(file: &Path) -> Result<Built, Error> {
    let text = std::fs::read_to_string(file).map_err(|e| mockup_err(file, e.to_string()))?;
    let mut tree = Tree::default();
    let now = crate::util::now_rfc3339();
    super::parts::load(
        &mut tree,
        &file.display().to_string(),
        &text,
        &[("now", &now)],
    )
    .map_err(|e| mockup_err(file, e.to_string()))?;
    if !tree.contains("/redfish/v1") {
        return Err(mockup_err(
            file,
            "no /redfish/v1 (service root) in the file",
        ));
    }
    let push_uri = tree
        .get("/redfish/v1/UpdateService")
        .and_then(|u| u.get("MultipartHttpPushUri"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok(Built {
        tree,
        passwords: HashMap::new(),
        push_uri,
        metadata: None,
    })
}

fn mockup_err(path: &Path, reason: impl Into<String>) -> Error {
    Error::Mockup {
        path: path.display().to_string(),
        reason: reason.into(),
    }
}

/// Reads every `index.json` below `root` into a tree.
pub(crate) fn load(root: &Path) -> Result<Built, Error> {
    if root.is_file() {
        return load_file(root);
    }
    let long = root.join("redfish").join("v1");
    let root = if !root.join("index.json").is_file() && long.join("index.json").is_file() {
        long.as_path()
    } else {
        root
    };
    let top = root.join("index.json");
    if !top.is_file() {
        return Err(mockup_err(
            root,
            "no index.json (service root) in the directory",
        ));
    }
    let mut tree = Tree::default();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| mockup_err(&dir, e.to_string()))?;
        for entry in entries {
            let entry = entry.map_err(|e| mockup_err(&dir, e.to_string()))?;
            let path = entry.path();
            let file_type = entry
                .file_type()
                .map_err(|e| mockup_err(&path, e.to_string()))?;
            // Folders named `*.json` (e.g. a BMC's SchemaStore) are folders like any other.
            if file_type.is_dir() {
                stack.push(path);
                continue;
            }
            if entry.file_name() != "index.json" {
                continue;
            }
            let rel = dir
                .strip_prefix(root)
                .map_err(|e| mockup_err(&dir, e.to_string()))?
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            if rel == "odata" {
                // The OData service document is generated from the service root.
                continue;
            }
            let text =
                std::fs::read_to_string(&path).map_err(|e| mockup_err(&path, e.to_string()))?;
            let value: Value = serde_json::from_str(&text)
                .map_err(|e| mockup_err(&path, format!("invalid JSON: {e}")))?;
            let key = if rel.is_empty() {
                "/redfish/v1".to_owned()
            } else {
                format!("/redfish/v1/{rel}")
            };
            // ETags are recomputed from the content (they must change when the content does).
            tree.put(&key, value);
        }
    }
    let metadata = std::fs::read_to_string(root.join("$metadata").join("index.xml")).ok();
    let push_uri = tree
        .get("/redfish/v1/UpdateService")
        .and_then(|u| u.get("MultipartHttpPushUri"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok(Built {
        tree,
        passwords: HashMap::new(),
        push_uri,
        metadata,
    })
}
