//! Firmware update: `UpdateService.SimpleUpdate` (pull) and the multipart push URI, both run as
//! tasks that update the targets' versions in the firmware inventory.
//!
//! The new version is read from the image name (`rmc-1.02.bin` installs `1.02`); a name without
//! a version bumps the last number of the current version. An image whose name contains
//! `fail`, or an empty pushed file, makes the task end in `Exception`, for client tests.

use std::sync::Arc;

use axum::extract::Request;
use axum::http::{StatusCode, header};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::create::missing_resource;
use crate::messages::{base, base_for, message};
use crate::reply::Reply;
use crate::state::{Inner, State};
use crate::tasks::{Step, TaskPlan};
use crate::tree::{Tree, normalize, odata_type, schema_name};
use crate::util::link_target;

const INVENTORY: &str = "/redfish/v1/UpdateService/FirmwareInventory";

/// Extracts a version (`1.2.3`, `v2.14`) from an image name.
pub(crate) fn version_in_name(name: &str) -> Option<String> {
    let file = name.rsplit('/').next().unwrap_or(name);
    let stem = file
        .strip_suffix(".bin")
        .or_else(|| file.strip_suffix(".img"))
        .or_else(|| file.strip_suffix(".fwpkg"))
        .or_else(|| file.strip_suffix(".hpb"))
        .unwrap_or(file);
    let chars: Vec<char> = stem.chars().collect();
    let mut best: Option<String> = None;
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let candidate: String = chars[start..i]
                .iter()
                .collect::<String>()
                .trim_matches('.')
                .to_owned();
            if candidate.contains('.')
                && best
                    .as_ref()
                    .map(|b| candidate.len() > b.len())
                    .unwrap_or(true)
            {
                best = Some(candidate);
            }
        } else {
            i += 1;
        }
    }
    best
}

/// Increments the last number in a version string, keeping its width (`1.09` -> `1.10`).
pub(crate) fn bump(version: &str) -> String {
    let bytes: Vec<char> = version.chars().collect();
    let Some(end) = bytes.iter().rposition(char::is_ascii_digit) else {
        return format!("{version}.1");
    };
    let mut start = end;
    while start > 0 && bytes[start - 1].is_ascii_digit() {
        start -= 1;
    }
    let digits: String = bytes[start..=end].iter().collect();
    let n: u64 = digits.parse().unwrap_or(0) + 1;
    let width = digits.len();
    let prefix: String = bytes[..start].iter().collect();
    let suffix: String = bytes[end + 1..].iter().collect();
    format!("{prefix}{n:0width$}{suffix}")
}

/// Resolves update targets to firmware inventory entries.
fn resolve_targets(tree: &Tree, targets: &[String], action: &str) -> Result<Vec<String>, Reply> {
    let inventory: Vec<(String, Vec<String>, bool)> = tree
        .iter()
        .filter(|(k, v)| {
            k.starts_with(&format!("{INVENTORY}/")) && schema_name(v) == Some("SoftwareInventory")
        })
        .map(|(k, v)| {
            let related = v
                .get("RelatedItem")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(link_target).map(normalize).collect())
                .unwrap_or_default();
            let updateable = v.get("Updateable").and_then(Value::as_bool).unwrap_or(true);
            (k.clone(), related, updateable)
        })
        .collect();
    if targets.is_empty() {
        // No target: the service decides; the emulator updates its own manager's firmware.
        return inventory
            .iter()
            .find(|(_, _, u)| *u)
            .map(|(k, _, _)| vec![k.clone()])
            .ok_or_else(|| {
                Reply::bad_request(vec![base(
                    "ActionParameterValueError",
                    &["Targets", action],
                )])
            });
    }
    let mut out = Vec::new();
    let mut queue: Vec<(usize, String)> = targets.iter().cloned().enumerate().collect();
    while let Some((i, t)) = queue.pop() {
        let Some(key) = tree.resolve(&t) else {
            return Err(missing_resource(&t, &format!("#/Targets/{i}")));
        };
        let resource = tree.get(&key).cloned().unwrap_or(Value::Null);
        match schema_name(&resource) {
            Some("SoftwareInventory") => out.push(key),
            Some("Aggregate") => {
                for e in resource
                    .get("Elements")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(link_target)
                {
                    queue.push((i, e.to_owned()));
                }
            }
            _ => {
                let before = out.len();
                for (inv, related, updateable) in &inventory {
                    if *updateable && related.contains(&key) {
                        out.push(inv.clone());
                    }
                }
                if out.len() == before {
                    return Err(Reply::bad_request(vec![base_for(
                        "ActionParameterValueError",
                        &["Targets", action],
                        &format!("#/Targets/{i}"),
                    )]));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Sets the new version on an inventory entry and the resources it describes.
fn install_version(inner: &mut Inner, inventory: &str, version: &str) {
    let related: Vec<String> = inner
        .tree
        .get(inventory)
        .and_then(|v| v.get("RelatedItem"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(link_target)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    inner.tree.update(inventory, |v| {
        v.insert("Version".into(), json!(version));
    });
    for r in related {
        let kind = inner.tree.get(&r).and_then(schema_name).map(str::to_owned);
        match kind.as_deref() {
            Some("Manager") => {
                inner.tree.update(&r, |m| {
                    // A firmware version shown as "<model> v<version>" keeps that form.
                    let model = m.get("Model").and_then(Value::as_str).unwrap_or_default();
                    let styled = m
                        .get("FirmwareVersion")
                        .and_then(Value::as_str)
                        .is_some_and(|f| !model.is_empty() && f.starts_with(&format!("{model} v")));
                    let fw = if styled {
                        format!("{model} v{version}")
                    } else {
                        version.to_owned()
                    };
                    m.insert("FirmwareVersion".into(), json!(fw));
                });
            }
            Some("ComputerSystem") => {
                inner.tree.update(&r, |s| {
                    s.insert("BiosVersion".into(), json!(version));
                });
            }
            Some("Chassis") => {
                let power = format!("{}/Power", normalize(&r));
                inner.tree.update(&power, |p| {
                    if let Some(Value::Array(psus)) = p.get_mut("PowerSupplies") {
                        for psu in psus {
                            if let Some(o) = psu.as_object_mut() {
                                o.insert("FirmwareVersion".into(), json!(version));
                            }
                        }
                    }
                });
            }
            _ => {}
        }
    }
}

fn update_plan(
    image: String,
    targets: Vec<String>,
    fail_transfer: bool,
    fail_verify: bool,
    payload: Value,
) -> TaskPlan {
    let mut steps = Vec::new();
    let img = image.clone();
    let tg = targets.clone();
    steps.push(Step::new(0.5, move |_| {
        let mut msgs: Vec<Value> = tg
            .iter()
            .map(|t| message("Update", "TargetDetermined", &[t, &img]))
            .collect();
        msgs.push(message("Update", "AllTargetsDetermined", &[]));
        Ok(msgs)
    }));
    for t in targets {
        let (img1, t1) = (image.clone(), t.clone());
        steps.push(Step::new(1.0, move |_| {
            if fail_transfer {
                return Err(vec![message("Update", "TransferFailed", &[&img1, &t1])]);
            }
            Ok(vec![message(
                "Update",
                "TransferringToComponent",
                &[&img1, &t1],
            )])
        }));
        let (img2, t2) = (image.clone(), t.clone());
        steps.push(Step::new(1.0, move |_| {
            if fail_verify {
                return Err(vec![message("Update", "VerificationFailed", &[&img2, &t2])]);
            }
            Ok(vec![message(
                "Update",
                "VerifyingAtComponent",
                &[&img2, &t2],
            )])
        }));
        let (img3, t3) = (image.clone(), t);
        // An image named `...warn...` does not apply: the task completes with a warning.
        let not_applicable = image.to_ascii_lowercase().contains("warn");
        steps.push(Step::new(1.0, move |inner| {
            if not_applicable {
                return Ok(vec![message(
                    "Update",
                    "UpdateNotApplicable",
                    &[&img3, &t3],
                )]);
            }
            let current = inner
                .tree
                .get(&t3)
                .and_then(|v| v.get("Version"))
                .and_then(Value::as_str)
                .unwrap_or("1.0")
                .to_owned();
            let version = version_in_name(&img3).unwrap_or_else(|| bump(&current));
            install_version(inner, &t3, &version);
            Ok(vec![
                message("Update", "ApplyingOnComponent", &[&img3, &t3]),
                message("Update", "UpdateSuccessful", &[&t3, &img3]),
            ])
        }));
    }
    TaskPlan {
        name: "Firmware update".into(),
        steps,
        final_status: StatusCode::NO_CONTENT,
        final_body: None,
        payload: Some(payload),
    }
}

fn targets_param(params: &Map<String, Value>) -> Result<Vec<String>, Reply> {
    match params.get("Targets") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(a)) => a
            .iter()
            .map(|t| {
                link_target(t).map(str::to_owned).ok_or_else(|| {
                    Reply::bad_request(vec![base(
                        "ActionParameterValueTypeError",
                        &[&t.to_string(), "Targets", "UpdateService.SimpleUpdate"],
                    )])
                })
            })
            .collect(),
        Some(other) => Err(Reply::bad_request(vec![base(
            "ActionParameterValueTypeError",
            &[&other.to_string(), "Targets", "UpdateService.SimpleUpdate"],
        )])),
    }
}

/// `#UpdateService.SimpleUpdate`.
pub(crate) fn simple_update(state: &Arc<State>, params: &Map<String, Value>) -> Reply {
    const ACTION: &str = "UpdateService.SimpleUpdate";
    let uri = params
        .get("ImageURI")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let protocol = params.get("TransferProtocol").and_then(Value::as_str);
    // A URI without a scheme takes it from TransferProtocol (default HTTP).
    let full = if uri.contains("://") {
        uri.to_owned()
    } else {
        format!(
            "{}://{}",
            protocol.unwrap_or("HTTP").to_ascii_lowercase(),
            uri.trim_start_matches('/')
        )
    };
    let parsed = match url::Url::parse(&full) {
        Ok(u) if u.host_str().is_some() => u,
        _ => {
            return Reply::bad_request(vec![base(
                "ActionParameterValueFormatError",
                &[uri, "ImageURI", ACTION],
            )]);
        }
    };
    let targets = match targets_param(params) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let resolved = {
        let inner = state.lock();
        resolve_targets(&inner.tree, &targets, ACTION)
    };
    let resolved = match resolved {
        Ok(r) => r,
        Err(r) => return r,
    };
    let image = parsed
        .path()
        .rsplit('/')
        .next()
        .unwrap_or("image.bin")
        .to_owned();
    let fail = parsed.as_str().to_ascii_lowercase().contains("fail");
    let mut shown = params.clone();
    if shown.contains_key("Password") {
        // Task payloads are readable by every user: never store the password there.
        shown.insert("Password".into(), Value::Null);
    }
    let payload = json!({
        "HttpOperation": "POST",
        "HttpHeaders": [],
        "JsonBody": serde_json::to_string(&shown).unwrap_or_default(),
        "TargetUri": "/redfish/v1/UpdateService/Actions/UpdateService.SimpleUpdate"
    });
    crate::tasks::start(state, update_plan(image, resolved, fail, false, payload))
}

fn bad_body() -> Reply {
    Reply::bad_request(vec![base("UnrecognizedRequestBody", &[])])
}

/// POST to `MultipartHttpPushUri`: streams `UpdateFile` (counted and hashed, never held whole
/// in memory), reads `UpdateParameters`, then runs the update as a task.
pub(crate) async fn multipart_push(state: &Arc<State>, req: Request) -> Reply {
    let boundary = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| multer::parse_boundary(ct).ok());
    let Some(boundary) = boundary else {
        return Reply::base_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnrecognizedRequestBody",
            &[],
        );
    };
    let max = state.config.max_upload_bytes;
    if let Some(len) = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        // Reject early when the announced size already exceeds the limit (plus form overhead).
        if len > max.saturating_add(64 * 1024) {
            return Reply::base_error(StatusCode::PAYLOAD_TOO_LARGE, "PayloadTooLarge", &[]);
        }
    }
    let stream = req.into_body().into_data_stream();
    let mut form = multer::Multipart::new(stream, boundary);
    let mut params: Option<Map<String, Value>> = None;
    let mut file: Option<(String, u64, String)> = None;
    loop {
        let field = match form.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => return bad_body(),
        };
        match field.name() {
            Some("UpdateParameters") => {
                let mut field = field;
                let mut buf = Vec::new();
                loop {
                    match field.chunk().await {
                        Ok(Some(c)) => {
                            buf.extend_from_slice(&c);
                            if buf.len() > 64 * 1024 {
                                return Reply::base_error(
                                    StatusCode::PAYLOAD_TOO_LARGE,
                                    "PayloadTooLarge",
                                    &[],
                                );
                            }
                        }
                        Ok(None) => break,
                        Err(_) => return bad_body(),
                    }
                }
                match serde_json::from_slice::<Value>(&buf) {
                    Ok(Value::Object(m)) => params = Some(m),
                    _ => return Reply::base_error(StatusCode::BAD_REQUEST, "MalformedJSON", &[]),
                }
            }
            Some("UpdateFile") => {
                let name = field.file_name().unwrap_or("image.bin").to_owned();
                let mut field = field;
                let mut hasher = Sha256::new();
                let mut size: u64 = 0;
                loop {
                    match field.chunk().await {
                        Ok(Some(c)) => {
                            size += c.len() as u64;
                            if size > max {
                                return Reply::base_error(
                                    StatusCode::PAYLOAD_TOO_LARGE,
                                    "PayloadTooLarge",
                                    &[],
                                );
                            }
                            hasher.update(&c);
                        }
                        Ok(None) => break,
                        Err(_) => return bad_body(),
                    }
                }
                file = Some((name, size, crate::tls::hex(&hasher.finalize())));
            }
            _ => {
                // Vendor parts (e.g. OEM parameters) are read and ignored.
                let mut field = field;
                while let Ok(Some(_)) = field.chunk().await {}
            }
        }
    }
    let Some((name, size, sha256)) = file else {
        return Reply::bad_request(vec![base("PropertyMissing", &["UpdateFile"])]);
    };
    let params = params.unwrap_or_default();
    let allowed = [
        "Targets",
        "ForceUpdate",
        "Stage",
        "LocalImage",
        "ExcludeTargets",
        "Oem",
    ];
    let unknown: Vec<Value> = params
        .keys()
        .filter(|k| !k.contains('@') && !allowed.contains(&k.as_str()))
        .map(|k| base_for("PropertyUnknown", &[k], &format!("#/UpdateParameters/{k}")))
        .collect();
    if !unknown.is_empty() {
        return Reply::bad_request(unknown);
    }
    let targets = match targets_param(&params) {
        Ok(t) => t,
        Err(r) => return r,
    };
    let resolved = {
        let inner = state.lock();
        let r = resolve_targets(&inner.tree, &targets, "MultipartHttpPushUri");
        match r {
            Ok(mut r) => {
                let excluded: Vec<String> = params
                    .get("ExcludeTargets")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(link_target)
                            .filter_map(|e| inner.tree.resolve(e))
                            .collect()
                    })
                    .unwrap_or_default();
                r.retain(|t| !excluded.contains(t));
                r
            }
            Err(reply) => return reply,
        }
    };
    let fail = name.to_ascii_lowercase().contains("fail");
    let payload = json!({
        "HttpOperation": "POST",
        "HttpHeaders": [],
        "JsonBody": serde_json::to_string(&json!({
            "UpdateParameters": params,
            "UpdateFile": {"FileName": name, "SizeBytes": size, "SHA256": sha256}
        })).unwrap_or_default(),
        "TargetUri": state.config.push_uri.clone().unwrap_or_default()
    });
    let _ = odata_type;
    crate::tasks::start(
        state,
        update_plan(name, resolved, false, fail || size == 0, payload),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_from_names() {
        assert_eq!(version_in_name("rmc-1.02.bin").as_deref(), Some("1.02"));
        assert_eq!(
            version_in_name("https://h/images/bmc_v2.15.0.img").as_deref(),
            Some("2.15.0")
        );
        assert_eq!(version_in_name("rmc_update.bin"), None);
    }

    #[test]
    fn bump_keeps_width() {
        assert_eq!(bump("1.00"), "1.01");
        assert_eq!(bump("1.09"), "1.10");
        assert_eq!(bump("2.14.0"), "2.14.1");
        assert_eq!(bump("P79 v1.12 (09/20/2023)"), "P79 v1.12 (09/20/2024)");
        assert_eq!(bump("abc"), "abc.1");
    }
}
