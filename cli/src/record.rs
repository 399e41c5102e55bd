//! `tree`: crawl every resource reachable from the service root, and `tree --save DIR`:
//! record them in the DMTF mockup layout (`DIR/redfish/v1/.../index.json`, as DMTF's
//! Redfish-Mockup-Creator writes it) with secrets removed, so that
//! `redfish-emulator --mockup DIR` replays the service.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use futures_util::{StreamExt, stream};
use redfish_client::Client;
use serde_json::{Map, Value, json};

use crate::commands::get_json;
use crate::error::CliError;
use crate::output::{Output, Table};

/// Resources read at once.
const CONCURRENCY: usize = 8;

/// Substrings of property names whose string values are secrets.
const SECRET_KEYS: &[&str] = &[
    "password",
    "passphrase",
    "secret",
    "privatekey",
    "token",
    "community", // SNMP community strings
    "presharedkey",
];

/// The canonical form of a link: path only, no fragment, no trailing `/`; `None` for what
/// is not a resource of this service's tree.
fn canonical(link: &str) -> Option<String> {
    let path = link.split('#').next()?;
    if !path.starts_with("/redfish/v1") || path.contains('?') || path.contains("$metadata") {
        return None;
    }
    let trimmed = path.trim_end_matches('/');
    Some(if trimmed.is_empty() {
        "/".to_owned()
    } else {
        trimmed.to_owned()
    })
}

fn collect_links(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, val) in m {
                match val {
                    Value::String(s) if k == "@odata.id" || k.ends_with("@Redfish.ActionInfo") => {
                        out.push(s.clone());
                    }
                    _ => collect_links(val, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_links(x, out)),
        _ => {}
    }
}

fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase().replace(['_', '-'], "");
    SECRET_KEYS.iter().any(|s| k.contains(s))
}

/// PEM blocks that are secrets: private keys and sealed tokens.
fn is_secret_text(s: &str) -> bool {
    s.lines()
        .any(|l| l.starts_with("-----BEGIN ") && (l.contains("PRIVATE KEY") || l.contains("TOKEN")))
}

/// Removes secrets in place: string values of secret-named properties and private-key or
/// token PEM blocks become `null` (what BMCs send for passwords anyway). Booleans and
/// numbers (`PasswordChangeRequired`, `MinPasswordLength`) are policy, not secrets: kept.
pub fn redact(v: &mut Value) -> usize {
    let mut n = 0;
    match v {
        Value::Object(m) => {
            for (k, val) in m.iter_mut() {
                match val {
                    Value::String(s) if is_secret_key(k) || is_secret_text(s) => {
                        if !s.is_empty() {
                            *val = Value::Null;
                            n += 1;
                        }
                    }
                    _ => n += redact(val),
                }
            }
        }
        Value::Array(a) => {
            for x in a.iter_mut() {
                if x.as_str().is_some_and(is_secret_text) {
                    *x = Value::Null;
                    n += 1;
                } else {
                    n += redact(x);
                }
            }
        }
        _ => {}
    }
    n
}

/// Reads one resource, merging the pages of a collection into one document (a mockup has
/// one file per collection).
async fn read(client: &Client, uri: &str) -> Result<Value, CliError> {
    let mut doc = get_json(client, uri).await?;
    let mut next = doc
        .get("Members@odata.nextLink")
        .and_then(Value::as_str)
        .map(str::to_owned);
    while let Some(page) = next.take() {
        let more = get_json(client, &page).await?;
        if let (Some(Value::Array(all)), Some(Value::Array(extra))) =
            (doc.get_mut("Members"), more.get("Members"))
        {
            all.extend(extra.iter().cloned());
        }
        next = more
            .get("Members@odata.nextLink")
            .and_then(Value::as_str)
            .map(str::to_owned);
    }
    if let Value::Object(m) = &mut doc {
        m.remove("Members@odata.nextLink");
        if let Some(n) = m.get("Members").and_then(Value::as_array).map(Vec::len) {
            m.insert("Members@odata.count".into(), json!(n));
        }
    }
    Ok(doc)
}

fn odata_type(doc: &Value) -> Option<&str> {
    doc.get("@odata.type").and_then(Value::as_str)
}

/// The file of `uri` under `dir`; `None` for a path that would leave `dir`.
fn file_of(dir: &Path, uri: &str) -> Option<PathBuf> {
    let mut p = dir.to_path_buf();
    for seg in uri.split('/').filter(|s| !s.is_empty()) {
        // A hostile service must not write outside the recording.
        if seg == "." || seg == ".." || seg.contains('\\') || seg.contains('\0') {
            return None;
        }
        p.push(seg);
    }
    Some(p.join("index.json"))
}

/// Queues the links of `doc` not seen yet.
fn enqueue(doc: &Value, seen: &mut HashSet<String>, queue: &mut VecDeque<String>) {
    // The recorder's own session is not part of the service: never recorded.
    if odata_type(doc).is_some_and(|t| t.starts_with("#SessionCollection.")) {
        return;
    }
    let mut links = Vec::new();
    collect_links(doc, &mut links);
    for l in links.iter().filter_map(|l| canonical(l)) {
        if seen.insert(l.clone()) {
            queue.push_back(l);
        }
    }
}

/// `tree [--save DIR]`.
pub async fn tree(client: &Client, save: Option<&Path>, max: usize) -> Result<Output, CliError> {
    // The root must be readable: its failure (TLS, auth) is the command's.
    let root = read(client, "/redfish/v1/").await?;
    let mut docs: BTreeMap<String, Value> = BTreeMap::new();
    let mut errors: Vec<(String, String)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::from(["/redfish/v1".to_owned()]);
    let mut queue: VecDeque<String> = VecDeque::new();
    enqueue(&root, &mut seen, &mut queue);
    docs.insert("/redfish/v1".into(), root);
    while !queue.is_empty() && docs.len() < max {
        let room = max - docs.len();
        let batch: Vec<String> = queue.drain(..queue.len().min(room).min(256)).collect();
        let results: Vec<(String, Result<Value, CliError>)> = stream::iter(batch)
            .map(|uri| async move {
                let r = read(client, &uri).await;
                (uri, r)
            })
            .buffer_unordered(CONCURRENCY)
            .collect()
            .await;
        for (uri, r) in results {
            match r {
                Ok(doc) => {
                    enqueue(&doc, &mut seen, &mut queue);
                    docs.insert(uri, doc);
                }
                Err(e) => errors.push((uri, e.to_string())),
            }
        }
    }
    let truncated = !queue.is_empty();
    for (uri, e) in &errors {
        eprintln!("warning: {e} ({uri} not recorded)");
    }
    let errors_json: Vec<Value> = errors
        .iter()
        .map(|(u, e)| json!({"uri": u, "error": e}))
        .collect();

    if let Some(dir) = save {
        let mut redacted = 0;
        for (uri, doc) in &mut docs {
            if odata_type(doc).is_some_and(|t| t.starts_with("#SessionCollection."))
                && let Value::Object(m) = doc
            {
                m.insert("Members".into(), json!([]));
                m.insert("Members@odata.count".into(), json!(0));
            }
            redacted += redact(doc);
            let file = file_of(dir, uri).ok_or_else(|| {
                CliError::Failed(format!(
                    "{uri}: refusing a path that leaves {}",
                    dir.display()
                ))
            })?;
            let write = || -> std::io::Result<()> {
                if let Some(parent) = file.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                let text = serde_json::to_string_pretty(doc).map_err(std::io::Error::other)?;
                std::fs::write(&file, text + "\n")
            };
            write().map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))?;
        }
        let text = format!(
            "recorded {} resources to {} ({} secret values removed, {} unreadable{})\nreplay: redfish-emulator --mockup {}\n",
            docs.len(),
            dir.display(),
            redacted,
            errors.len(),
            if truncated { ", stopped at --max" } else { "" },
            dir.display(),
        );
        return Ok(Output::text(
            text,
            json!({
                "saved": dir.display().to_string(),
                "resources": docs.len(),
                "redacted": redacted,
                "truncated": truncated,
                "errors": errors_json,
            }),
        ));
    }

    let mut t = Table::new(&["URI", "Type"]);
    for (uri, doc) in &docs {
        t.row(vec![
            json!(uri),
            odata_type(doc).map_or(Value::Null, |s| json!(s)),
        ]);
    }
    let mut json = Map::new();
    json.insert("resources".into(), t.to_json());
    json.insert("errors".into(), Value::Array(errors_json));
    json.insert("truncated".into(), json!(truncated));
    Ok(Output::table_with(t, Value::Object(json)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_removed_policy_is_kept() {
        let mut v = json!({
            "Password": "hunter2",
            "PasswordChangeRequired": true,
            "MinPasswordLength": 8,
            "Oem": {"Vendor": {"AuthToken": "abc", "Name": "x"}},
            "CertificateString": "-----BEGIN PRIVATE KEY-----\nAAA\n-----END PRIVATE KEY-----\n",
            "Keys": ["-----BEGIN EC PRIVATE KEY-----\nA\n-----END EC PRIVATE KEY-----", "public"],
            "UserName": "admin",
        });
        assert_eq!(redact(&mut v), 4);
        assert_eq!(v["Password"], Value::Null);
        assert_eq!(v["PasswordChangeRequired"], json!(true));
        assert_eq!(v["MinPasswordLength"], json!(8));
        assert_eq!(v["Oem"]["Vendor"]["AuthToken"], Value::Null);
        assert_eq!(v["Oem"]["Vendor"]["Name"], json!("x"));
        assert_eq!(v["CertificateString"], Value::Null);
        assert_eq!(v["Keys"][1], json!("public"));
        assert_eq!(v["UserName"], json!("admin"));
    }

    #[test]
    fn paths_never_leave_the_recording() {
        let d = Path::new("/tmp/rec");
        assert_eq!(
            file_of(d, "/redfish/v1/Systems/1"),
            Some(PathBuf::from("/tmp/rec/redfish/v1/Systems/1/index.json"))
        );
        assert_eq!(file_of(d, "/redfish/v1/../../etc"), None);
        assert_eq!(
            canonical("/redfish/v1/Chassis/1/Power#/PowerControl/0").as_deref(),
            Some("/redfish/v1/Chassis/1/Power")
        );
        assert_eq!(canonical("https://evil/x"), None);
        assert_eq!(canonical("/redfish/v1/Systems?$top=1"), None);
    }
}
