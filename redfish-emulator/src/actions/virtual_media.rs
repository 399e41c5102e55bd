//! VirtualMedia: `InsertMedia` / `EjectMedia` and the PATCH of `Image` (and `Inserted`) that
//! older BMCs use instead; both change the served resource.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::messages::base_for;
use crate::reply::Reply;
use crate::state::State;
use crate::tree::schema_name;

/// The name a client sees for an image URI: its last path segment.
fn image_name(uri: &str) -> String {
    let path = uri.split(['?', '#']).next().unwrap_or(uri);
    path.rsplit('/').next().unwrap_or(path).to_owned()
}

fn inserted(media: &mut Map<String, Value>, image: &str, params: &Map<String, Value>) {
    media.insert("Image".into(), json!(image));
    media.insert("ImageName".into(), json!(image_name(image)));
    media.insert("Inserted".into(), json!(true));
    media.insert("ConnectedVia".into(), json!("URI"));
    for k in [
        "WriteProtected",
        "TransferProtocolType",
        "TransferMethod",
        "UserName",
    ] {
        if let Some(v) = params.get(k) {
            media.insert(k.into(), v.clone());
        }
    }
    if media.contains_key("MediaStatus") || params.contains_key("Inserted") {
        media.insert("MediaStatus".into(), json!("Inserted"));
    }
}

fn ejected(media: &mut Map<String, Value>) {
    media.insert("Image".into(), Value::Null);
    media.insert("ImageName".into(), Value::Null);
    media.insert("Inserted".into(), json!(false));
    media.insert("ConnectedVia".into(), json!("NotConnected"));
    if media.contains_key("MediaStatus") {
        media.insert("MediaStatus".into(), json!("Ejected"));
    }
}

/// `#VirtualMedia.InsertMedia`.
pub(crate) fn insert(state: &Arc<State>, res: &str, params: &Map<String, Value>) -> Reply {
    let Some(image) = params.get("Image").and_then(Value::as_str) else {
        return Reply::bad_request(vec![crate::messages::base(
            "ActionParameterMissing",
            &["VirtualMedia.InsertMedia", "Image"],
        )]);
    };
    if url::Url::parse(image).is_err() {
        return Reply::bad_request(vec![crate::messages::base(
            "ActionParameterValueFormatError",
            &[image, "Image", "VirtualMedia.InsertMedia"],
        )]);
    }
    {
        let mut inner = state.lock();
        let already = inner
            .tree
            .get(res)
            .and_then(|m| m.get("Inserted"))
            .and_then(Value::as_bool)
            == Some(true);
        if already {
            return Reply::bad_request(vec![crate::messages::base("ResourceInUse", &[])]);
        }
        inner.tree.update(res, |m| inserted(m, image, params));
    }
    super::success(state)
}

/// `#VirtualMedia.EjectMedia`.
pub(crate) fn eject(state: &Arc<State>, res: &str) -> Reply {
    state.lock().tree.update(res, ejected);
    super::success(state)
}

/// PATCH of a VirtualMedia: `Image` must be a URI (or null to eject).
pub(crate) fn check_patch(current: &Value, body: &Map<String, Value>) -> Vec<Value> {
    if schema_name(current) != Some("VirtualMedia") {
        return Vec::new();
    }
    match body.get("Image") {
        Some(Value::String(s)) if url::Url::parse(s).is_err() => vec![base_for(
            "PropertyValueFormatError",
            &[s, "Image"],
            "#/Image",
        )],
        _ => Vec::new(),
    }
}

/// The PATCH form of insert and eject: `{"Image": "http://..."}`, `{"Image": null}`,
/// `{"Inserted": false}`.
pub(crate) fn after_patch(
    current: &Value,
    updated: &mut Map<String, Value>,
    body: &Map<String, Value>,
) {
    if schema_name(current) != Some("VirtualMedia") {
        return;
    }
    match body.get("Image") {
        Some(Value::String(image)) => {
            let image = image.clone();
            inserted(updated, &image, body);
        }
        Some(Value::Null) => ejected(updated),
        _ => {
            if body.get("Inserted") == Some(&json!(false)) {
                ejected(updated);
            }
        }
    }
}
