//! OCP OpenRMC rack manager behaviour (usage guide v1.2), for any tree with a rack manager
//! (`ManagerType: RackManager`): the trust model's sealed tokens stored as Certificate
//! resources, POSTs to member-like certificate URIs (`.../Certificates/Token`), and the
//! Manageability Manifest.

use std::sync::Arc;

use axum::http::{StatusCode, header};
use serde_json::{Map, Value, json};

use crate::auth::Principal;
use crate::behaviour::Behaviour;
use crate::events::{Event, EventType};
use crate::messages::RegistrySource;
use crate::reply::Reply;
use crate::state::{Inner, State};
use crate::tree::{self, Tree, normalize, parent};
use crate::util::{link, link_target};

/// The registry of the trust events: the guide names them ("Unrecognized Node on Rack",
/// "Revoked Node") but defines no registry, so the emulator brings one (`OpenRMC.1.0.0`).
pub(crate) const REGISTRIES: [RegistrySource; 1] = [RegistrySource {
    file: "OpenRMC",
    source: include_str!("../../data/registries/OpenRMC.1.0.0.json"),
    location: None,
    dmtf: false,
}];

/// A rack manager found in a tree.
#[derive(Debug, Clone)]
pub(crate) struct OcpRack {
    /// The rack manager (`Managers/RMC`).
    manager: String,
}

impl OcpRack {
    /// Detects a rack manager: a member of the Managers collection of type `RackManager`.
    pub(crate) fn detect(tree: &Tree) -> Option<OcpRack> {
        let managers = tree.get("/redfish/v1/Managers")?;
        let manager = managers
            .get("Members")?
            .as_array()?
            .iter()
            .filter_map(link_target)
            .map(normalize)
            .find(|m| {
                tree.get(m)
                    .and_then(|r| r.get("ManagerType"))
                    .and_then(Value::as_str)
                    == Some("RackManager")
            })?;
        Some(OcpRack { manager })
    }

    fn manifest_path(&self) -> String {
        format!("{}/ManageabilityManifest", self.manager)
    }
}

/// The DER of the first certificate in a PEM text.
fn first_der(text: &str) -> Option<Vec<u8>> {
    pem::parse_many(text.as_bytes())
        .ok()?
        .into_iter()
        .find(|b| b.tag() == "CERTIFICATE")
        .map(|b| b.contents().to_vec())
}

/// `(NodeName, certificate DER)` of each `NodesToManage` entry (an array, or the guide's
/// sample form, an object of entries).
fn manifest_nodes(manifest: &Value) -> Vec<(String, Vec<u8>)> {
    let entries: Vec<&Value> = match manifest.get("NodesToManage") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(Value::Object(o)) => o.values().collect(),
        _ => Vec::new(),
    };
    entries
        .into_iter()
        .filter_map(|e| {
            let name = e
                .get("NodeName")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            let der = first_der(e.get("NodeIDCertificateString").and_then(Value::as_str)?)?;
            Some((name, der))
        })
        .collect()
}

/// The nodes of the rack and the DER of their identity certificate: each system's first
/// certificate (a `Device` one if there is one).
fn rack_nodes(tree: &Tree) -> Vec<(String, Vec<u8>)> {
    let systems: Vec<String> = tree
        .get("/redfish/v1/Systems")
        .and_then(|c| c.get("Members"))
        .and_then(Value::as_array)
        .map(|m| m.iter().filter_map(link_target).map(normalize).collect())
        .unwrap_or_default();
    systems
        .into_iter()
        .filter_map(|system| {
            let der = identity_of(tree, &system)?;
            Some((system, der))
        })
        .collect()
}

fn identity_of(tree: &Tree, system: &str) -> Option<Vec<u8>> {
    let certs: Vec<&Value> = tree
        .get(&format!("{system}/Certificates"))?
        .get("Members")?
        .as_array()?
        .iter()
        .filter_map(link_target)
        .filter_map(|p| tree.get(p))
        .collect();
    let is_device = |c: &&&Value| {
        c.get("CertificateUsageTypes")
            .and_then(Value::as_array)
            .is_some_and(|u| u.iter().any(|x| x == "Device"))
    };
    let cert = certs.iter().find(is_device).or(certs.first())?;
    first_der(cert.get("CertificateString")?.as_str()?)
}

fn fingerprint(der: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    crate::tls::hex(&Sha256::digest(der))
}

/// The trust events of installing a manifest (guide 6.6.2, threats 4 and 6): "Revoked Node"
/// for each node the previous manifest listed and this one does not, "Unrecognized Node on
/// Rack" for each node of the rack whose identity certificate this one does not list, and
/// "Manageability Manifest Updated".
fn manifest_events(
    tree: &Tree,
    manifest_path: &str,
    old: Option<&Value>,
    new: &Value,
) -> Vec<Event> {
    let listed = manifest_nodes(new);
    let is_listed = |der: &[u8]| listed.iter().any(|(_, d)| d == der);
    let rack = rack_nodes(tree);
    let node_of = |der: &[u8]| rack.iter().find(|(_, d)| d == der).map(|(s, _)| s.clone());
    let mut events = vec![Event::new(
        "OpenRMC.ManifestUpdated",
        &[&listed.len().to_string()],
        manifest_path,
        EventType::Other,
    )];
    let mut revoked = Vec::new();
    for (name, der) in old.map(manifest_nodes).unwrap_or_default() {
        if !is_listed(&der) {
            let origin = node_of(&der).unwrap_or_else(|| manifest_path.to_owned());
            events.push(Event::new(
                "OpenRMC.RevokedNode",
                &[&name],
                &origin,
                EventType::Alert,
            ));
            revoked.push(der);
        }
    }
    for (system, der) in &rack {
        if !is_listed(der) && !revoked.contains(der) {
            events.push(Event::new(
                "OpenRMC.UnrecognizedNodeOnRack",
                &[system, &fingerprint(der)],
                system,
                EventType::Alert,
            ));
        }
    }
    events
}

fn missing(prop: &str) -> Reply {
    Reply::bad_request(vec![crate::messages::base_for(
        "CreateFailedMissingReqProperties",
        &[prop],
        &format!("#/{prop}"),
    )])
}

/// PEM labels of the OCP OpenRMC trust model's sealed tokens (usage guide 5.29 and 5.30.1):
/// ciphertext that travels as a Certificate's `CertificateString`, not X.509.
pub(crate) const SEALED_TOKEN_LABELS: [&str; 2] = [
    "OPENRMC SEALED NODE TOKEN",
    "OPENRMC SEALED RACK MANAGER TOKEN",
];

/// `true` when `text` is exactly one non-empty PEM block labelled as a sealed token, with
/// nothing around it but whitespace. The content is opaque (encrypted to the recipient), so
/// only its PEM form can be checked.
pub(crate) fn is_sealed_token(text: &str) -> bool {
    let text = text.replace("\r\n", "\n");
    let text = text.trim();
    let Ok(blocks) = pem::parse_many(text.as_bytes()) else {
        return false;
    };
    let [block] = blocks.as_slice() else {
        return false;
    };
    let tag = block.tag();
    SEALED_TOKEN_LABELS.contains(&tag)
        && !block.contents().is_empty()
        && text.starts_with(&format!("-----BEGIN {tag}-----"))
        && text.ends_with(&format!("-----END {tag}-----"))
}

impl Behaviour for OcpRack {
    fn opaque_certificate(&self, text: &str) -> bool {
        is_sealed_token(text)
    }

    fn registries(&self) -> &'static [RegistrySource] {
        &REGISTRIES
    }

    fn raise_event(&self, inner: &mut Inner, event: &mut Event, extra: &mut Vec<Event>) {
        // A node that gets a new identity certificate while a manifest is installed is checked
        // against it, as at discovery.
        if event.key() == "ResourceCreated"
            && let Some(origin) = event.origin.clone()
            && let Some(system) = system_of_certificate(&origin)
            && let Some(manifest) = inner.tree.get(&self.manifest_path())
            && let Some(der) = inner
                .tree
                .get(&origin)
                .and_then(|c| c.get("CertificateString"))
                .and_then(Value::as_str)
                .and_then(first_der)
            && !manifest_nodes(manifest).iter().any(|(_, d)| *d == der)
        {
            extra.push(Event::new(
                "OpenRMC.UnrecognizedNodeOnRack",
                &[&system, &fingerprint(&der)],
                &system,
                EventType::Alert,
            ));
        }
        // The rack manager records its trust events in its log (guide 6.7.3).
        if event.prefix() == "OpenRMC" && event.event_type == EventType::Alert {
            event.log_entry = log(inner, &self.manager, event);
        }
        for e in extra.iter_mut() {
            if e.prefix() == "OpenRMC" && e.event_type == EventType::Alert && e.log_entry.is_none()
            {
                e.log_entry = log(inner, &self.manager, e);
            }
        }
    }

    fn special_post(
        &self,
        state: &Arc<State>,
        principal: &Principal,
        path: &str,
        body: &Map<String, Value>,
    ) -> Option<Reply> {
        let path = normalize(path);
        if path.ends_with("/ManageabilityManifest") {
            let manager = parent(&path)?.to_owned();
            let mut inner = state.lock();
            let is_rack_manager = inner
                .tree
                .get(&manager)
                .and_then(|m| m.get("ManagerType"))
                .and_then(Value::as_str)
                == Some("RackManager");
            if !is_rack_manager {
                return None;
            }
            if !body
                .get("NodesToManage")
                .map(|n| n.is_array() || n.is_object())
                .unwrap_or(false)
            {
                return Some(missing("NodesToManage"));
            }
            let mut manifest = body.clone();
            manifest.insert("@odata.id".into(), json!(path));
            manifest
                .entry("@odata.type")
                .or_insert(json!("#ManageabilityManifest.v1_0_0.ManageabilityManifest"));
            manifest.insert("Id".into(), json!("ManageabilityManifest"));
            manifest
                .entry("Name")
                .or_insert(json!("Manageability Manifest"));
            let old = inner.tree.get(&path).cloned();
            let existed = old.is_some();
            let user = inner.user_name(&principal.account);
            let events: Vec<Event> = manifest_events(
                &inner.tree,
                &path,
                old.as_ref(),
                &Value::Object(manifest.clone()),
            )
            .into_iter()
            .map(|e| e.by(user.as_deref()))
            .collect();
            inner.tree.put(&path, Value::Object(manifest));
            // No DMTF schema links the guide's manifest, so the rack manager advertises it under
            // its OEM section; only once it exists, because a link to a missing resource fails
            // the DMTF Service Validator and other crawlers (until then clients POST to the
            // guide's URI, which this is).
            inner.tree.update(&manager, |m| {
                let oem = m.entry("Oem").or_insert_with(|| json!({}));
                if let Value::Object(oem) = oem {
                    let openrmc = oem.entry("OpenRMC").or_insert_with(|| json!({}));
                    if let Value::Object(openrmc) = openrmc {
                        openrmc.insert("ManageabilityManifest".into(), link(&path));
                    }
                }
            });
            inner.raise_all(events);
            let stored = inner.tree.get(&path).cloned().unwrap_or(Value::Null);
            let status = if existed {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            return Some(Reply::json(status, stored).header(header::LOCATION, &path));
        }
        // `POST .../Certificates/<Name>` where `.../Certificates` is a certificate collection and
        // `<Name>` does not exist yet: create the member with that id (OCP guide 5.28-5.30).
        let coll = parent(&path)?.to_owned();
        let is_cert_coll = {
            let inner = state.lock();
            !inner.tree.contains(&path)
                && inner
                    .tree
                    .get(&coll)
                    .and_then(tree::odata_type)
                    .map(|t| t.starts_with("CertificateCollection"))
                    .unwrap_or(false)
        };
        if is_cert_coll {
            let id = tree::last_segment(&path).to_owned();
            return Some(crate::actions::certificates::install(
                state,
                &coll,
                Some(&id),
                body,
            ));
        }
        None
    }
}

/// `/redfish/v1/Systems/X` for a certificate `/redfish/v1/Systems/X/Certificates/Y`.
fn system_of_certificate(path: &str) -> Option<String> {
    let rest = normalize(path);
    let rest = rest.strip_prefix("/redfish/v1/Systems/")?;
    let (system, tail) = rest.split_once('/')?;
    tail.starts_with("Certificates/")
        .then(|| format!("/redfish/v1/Systems/{system}"))
}

/// Adds a LogEntry for an event to the manager's first log; returns its path.
fn log(inner: &mut Inner, manager: &str, event: &Event) -> Option<String> {
    let tree = &inner.tree;
    let services = tree
        .get(manager)?
        .get("LogServices")
        .and_then(link_target)
        .map(normalize)?;
    let service = tree
        .get(&services)?
        .get("Members")?
        .as_array()?
        .iter()
        .filter_map(link_target)
        .map(normalize)
        .next()?;
    let entries = tree
        .get(&service)?
        .get("Entries")
        .and_then(link_target)
        .map(normalize)?;
    let args: Vec<&str> = event.args.iter().map(String::as_str).collect();
    let resolved = crate::messages::resolve(&event.message_id, &args)?;
    let id = inner.tree.free_id(&entries);
    let path = format!("{entries}/{id}");
    let mut entry = json!({
        "@odata.id": path,
        "@odata.type": "#LogEntry.v1_21_0.LogEntry",
        "Id": id,
        "Name": "Log Entry",
        "EntryType": "Event",
        "Severity": resolved.severity,
        "Created": crate::util::now_rfc3339(),
        "MessageId": resolved.id,
        "Message": resolved.message,
        "MessageArgs": args,
    });
    if let Some(o) = &event.origin {
        entry["Links"] = json!({ "OriginOfCondition": link(o) });
    }
    inner.tree.put(&path, entry);
    inner.tree.add_member(&entries, &path);
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_tokens_are_recognised_by_their_pem_form_only() {
        let block = |label: &str, body: &[u8]| pem::encode(&pem::Pem::new(label, body.to_vec()));
        let node = block("OPENRMC SEALED NODE TOKEN", b"ciphertext");
        assert!(is_sealed_token(&node));
        assert!(is_sealed_token(&format!("\n  {node}\n")));
        assert!(is_sealed_token(&block(
            "OPENRMC SEALED RACK MANAGER TOKEN",
            b"ciphertext"
        )));
        // Another label, no content, text around the block, two blocks, broken base64.
        assert!(!is_sealed_token(&block("OPENRMC SEALED FOO TOKEN", b"x")));
        assert!(!is_sealed_token(&block("CERTIFICATE", b"x")));
        assert!(!is_sealed_token(&block("OPENRMC SEALED NODE TOKEN", b"")));
        assert!(!is_sealed_token(&format!("hello {node}")));
        assert!(!is_sealed_token(&format!("{node}{node}")));
        assert!(!is_sealed_token(
            "-----BEGIN OPENRMC SEALED NODE TOKEN-----\n!!!\n-----END OPENRMC SEALED NODE TOKEN-----\n"
        ));
        assert!(!is_sealed_token("hello"));
    }
}
