//! OCP OpenRMC rack manager behaviour (usage guide v1.2), for any tree with a rack manager
//! (`ManagerType: RackManager`): the trust model's sealed tokens stored as Certificate
//! resources, POSTs to member-like certificate URIs (`.../Certificates/Token`), and the
//! Manageability Manifest.

use std::sync::Arc;

use axum::http::{StatusCode, header};
use serde_json::{Map, Value, json};

use crate::auth::Principal;
use crate::behaviour::Behaviour;
use crate::reply::Reply;
use crate::state::State;
use crate::tree::{self, Tree, normalize, parent};
use crate::util::{link, link_target};

/// A rack manager found in a tree.
#[derive(Debug, Clone)]
pub(crate) struct OcpRack;

impl OcpRack {
    /// Detects a rack manager: a member of the Managers collection of type `RackManager`.
    pub(crate) fn detect(tree: &Tree) -> Option<OcpRack> {
        let managers = tree.get("/redfish/v1/Managers")?;
        let found = managers
            .get("Members")?
            .as_array()?
            .iter()
            .filter_map(link_target)
            .filter_map(|m| tree.get(m))
            .any(|m| m.get("ManagerType").and_then(Value::as_str) == Some("RackManager"));
        found.then_some(OcpRack)
    }
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

    fn special_post(
        &self,
        state: &Arc<State>,
        _principal: &Principal,
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
            let existed = inner.tree.contains(&path);
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
