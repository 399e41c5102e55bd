//! The in-memory resource tree: every resource by its normalized path, with ETags kept current.

use std::sync::Arc;

use bytes::Bytes;
use imbl::{HashMap, OrdMap};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

/// Normalizes a request path or `@odata.id` to the key used in the tree.
///
/// Real services are reached with and without a trailing slash (real captures use both), and
/// links may carry a JSON-pointer fragment or a query: all of these name the same resource. Each
/// segment is percent-decoded once (an encoded `/` stays encoded, so it cannot split a segment),
/// empty and `.` segments are dropped and `..` removes the previous one, so that every spelling of
/// a path reaches the same key (privileges are decided on that key, never on the spelling).
pub(crate) fn normalize(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut segments: Vec<std::borrow::Cow<'_, str>> = Vec::new();
    for seg in path.split('/') {
        let decoded: std::borrow::Cow<'_, str> = if seg.contains('%') {
            match percent_encoding::percent_decode_str(seg).decode_utf8() {
                Ok(d) if !d.contains('/') => std::borrow::Cow::Owned(d.into_owned()),
                _ => std::borrow::Cow::Borrowed(seg),
            }
        } else {
            std::borrow::Cow::Borrowed(seg)
        };
        match decoded.as_ref() {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            _ => segments.push(decoded),
        }
    }
    let mut out = String::with_capacity(path.len() + 1);
    for seg in &segments {
        out.push('/');
        out.push_str(seg);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// True when `normalize` would return `path` unchanged.
fn is_normalized(path: &str) -> bool {
    path.starts_with('/')
        && (path.len() == 1 || !path.ends_with('/'))
        && !path.contains(['?', '#', '%'])
        && !path.contains("//")
        && !path.split('/').any(|s| s == "." || s == "..")
}

/// Returns the parent path of a normalized path (`/redfish/v1/Chassis/1` -> `/redfish/v1/Chassis`).
pub(crate) fn parent(path: &str) -> Option<&str> {
    let idx = path.rfind('/')?;
    if idx == 0 { None } else { Some(&path[..idx]) }
}

/// Last segment of a normalized path.
pub(crate) fn last_segment(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Computes the strong ETag of a resource body (ignoring its own `@odata.etag`).
pub(crate) fn etag_of(value: &Value) -> String {
    let mut hasher = Sha256::new();
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "@odata.etag" {
                    continue;
                }
                hasher.update(k.as_bytes());
                hasher.update([0]);
                // Serializing into the hasher avoids building a string per property.
                let _ = serde_json::to_writer(HashWriter(&mut hasher), v);
                hasher.update([0]);
            }
        }
        other => {
            let _ = serde_json::to_writer(HashWriter(&mut hasher), other);
        }
    }
    let digest = hasher.finalize();
    let mut hex = String::with_capacity(18);
    hex.push('"');
    for b in &digest[..8] {
        hex.push_str(&format!("{b:02x}"));
    }
    hex.push('"');
    hex
}

struct HashWriter<'a>(&'a mut Sha256);

impl std::io::Write for HashWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A stored resource: its JSON (with `@odata.etag`) and that JSON serialized once, so that a
/// GET sends shared bytes instead of cloning and re-serializing the document.
#[derive(Debug)]
pub(crate) struct Resource {
    value: Value,
    bytes: Bytes,
    /// Members of a collection whose stored form is also its first page (count consistent, no
    /// next link); `None` for other collections.
    page: Option<usize>,
    collection: bool,
    /// The schema asks for some properties to be expanded on every GET.
    auto_expand: bool,
    /// A captured error document (`{"error": {...}}`) and the status it is served with.
    error_status: Option<u16>,
}

impl Resource {
    fn new(value: Value) -> Resource {
        let bytes = Bytes::from(serde_json::to_vec(&value).unwrap_or_default());
        let collection = is_collection(&value);
        let page = value
            .get("Members")
            .and_then(Value::as_array)
            .map(Vec::len)
            .filter(|n| {
                value.get("Members@odata.count").and_then(Value::as_u64) == Some(*n as u64)
                    && value.get("Members@odata.nextLink").is_none()
            });
        // Only properties that hold links change when expanded (contained objects such as
        // `Power.PowerControl` are served as they are).
        let auto_expand = type_key(&value)
            .map(|k| {
                crate::schema::auto_expand(&k)
                    .iter()
                    .any(|p| value.get(*p).is_some_and(holds_link))
            })
            .unwrap_or(false);
        let error_status = error_document_status(&value);
        Resource {
            value,
            bytes,
            page,
            collection,
            auto_expand,
            error_status,
        }
    }

    /// The HTTP status of a captured error document, `None` for a resource.
    pub(crate) fn error_status(&self) -> Option<u16> {
        self.error_status
    }

    /// True when a plain GET (no query options) answers the stored bytes as they are.
    pub(crate) fn served_as_stored(&self, page_size: usize) -> bool {
        if self.auto_expand {
            return false;
        }
        match (self.collection, self.page) {
            (false, _) => true,
            (true, Some(n)) => n <= page_size,
            (true, None) => false,
        }
    }

    /// The resource body.
    pub(crate) fn value(&self) -> &Value {
        &self.value
    }

    /// The body serialized as compact JSON.
    pub(crate) fn bytes(&self) -> Bytes {
        self.bytes.clone()
    }

    /// The `@odata.etag` of the body, if it has one.
    pub(crate) fn etag(&self) -> Option<&str> {
        self.value.get("@odata.etag").and_then(Value::as_str)
    }
}

/// The resource tree: a persistent (structurally shared) ordered map, so that cloning a tree is
/// O(1) and the services of a fleet share one built scenario until they change it.
#[derive(Debug, Default, Clone)]
pub(crate) struct Tree {
    map: OrdMap<String, Arc<Resource>>,
    /// Lower-case key -> key, for the case-insensitive fallback lookup.
    lower: HashMap<String, String>,
}

impl Tree {
    /// Looks a resource up, falling back to a case-insensitive match (some BMCs' resource maps are
    /// lower case while `@odata.id`s are mixed case).
    pub(crate) fn get(&self, path: &str) -> Option<&Value> {
        self.entry(path).map(|r| r.value())
    }

    /// The stored resource (body and serialized bytes) at a path.
    pub(crate) fn entry(&self, path: &str) -> Option<&Arc<Resource>> {
        // Keys are looked up as given when they are already normalized (the common case).
        if is_normalized(path)
            && let Some(e) = self.map.get(path)
        {
            return Some(e);
        }
        let key = self.resolve(path)?;
        self.map.get(&key)
    }

    /// The canonical key of a path, if a resource exists there.
    pub(crate) fn resolve(&self, path: &str) -> Option<String> {
        if is_normalized(path) && self.map.contains_key(path) {
            return Some(path.to_owned());
        }
        let key = normalize(path);
        if self.map.contains_key(&key) {
            return Some(key);
        }
        self.lower.get(&key.to_ascii_lowercase()).cloned()
    }

    pub(crate) fn contains(&self, path: &str) -> bool {
        self.resolve(path).is_some()
    }

    /// Inserts or replaces a resource, recomputing its `@odata.etag`. A captured error
    /// document is stored as it is.
    pub(crate) fn put(&mut self, path: &str, mut value: Value) {
        let key = self.resolve(path).unwrap_or_else(|| normalize(path));
        if let Value::Object(map) = &mut value
            && error_document_status(&Value::Object(map.clone())).is_none()
        {
            if !map.contains_key("@odata.id") {
                map.insert("@odata.id".into(), Value::String(key.clone()));
            }
            let etag = etag_of(&value);
            if let Value::Object(map) = &mut value {
                map.insert("@odata.etag".into(), Value::String(etag));
            }
        }
        let lower = key.to_ascii_lowercase();
        if !self.lower.contains_key(&lower) {
            self.lower.insert(lower, key.clone());
        }
        self.map.insert(key, Arc::new(Resource::new(value)));
    }

    /// Applies `f` to a resource in place and refreshes its ETag. Returns false if absent.
    pub(crate) fn update(&mut self, path: &str, f: impl FnOnce(&mut Map<String, Value>)) -> bool {
        let Some(key) = self.resolve(path) else {
            return false;
        };
        let Some(entry) = self.map.remove(&key) else {
            return false;
        };
        // The body is moved out when no one else shares it (the common case), cloned otherwise.
        let value = match Arc::try_unwrap(entry) {
            Ok(r) => r.value,
            Err(shared) => shared.value.clone(),
        };
        let Value::Object(mut map) = value else {
            return false;
        };
        f(&mut map);
        self.put(&key, Value::Object(map));
        true
    }

    /// Removes a resource; returns it (shared, so a caller can drop it outside a lock).
    pub(crate) fn remove(&mut self, path: &str) -> Option<Arc<Resource>> {
        let key = self.resolve(path)?;
        self.forget(&key)
    }

    fn forget(&mut self, key: &str) -> Option<Arc<Resource>> {
        let removed = self.map.remove(key)?;
        let lower = key.to_ascii_lowercase();
        if self.lower.get(&lower).map(String::as_str) == Some(key) {
            self.lower.remove(&lower);
        }
        Some(removed)
    }

    /// The keys of a resource and everything below it.
    pub(crate) fn subtree_keys(&self, key: &str) -> Vec<String> {
        let prefix = format!("{key}/");
        let mut out: Vec<String> = self
            .map
            .get(key)
            .map(|_| key.to_owned())
            .into_iter()
            .collect();
        out.extend(
            self.map
                .range(prefix.clone()..)
                .map(|(k, _)| k)
                .take_while(|k| k.starts_with(&prefix))
                .cloned(),
        );
        out
    }

    /// Removes a resource and everything below it.
    pub(crate) fn remove_subtree(&mut self, path: &str) {
        let Some(key) = self.resolve(path) else {
            return;
        };
        for k in self.subtree_keys(&key) {
            self.forget(&k);
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.map.iter().map(|(k, v)| (k, v.value()))
    }

    /// The resources whose keys start with `prefix`, in key order.
    pub(crate) fn iter_prefix<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a String, &'a Value)> + 'a {
        self.map
            .range(prefix.to_owned()..)
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, v)| (k, v.value()))
    }

    /// Adds a member link to a collection.
    pub(crate) fn add_member(&mut self, collection: &str, member: &str) {
        self.update(collection, |c| {
            let members = c
                .entry("Members")
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = members {
                list.push(json!({ "@odata.id": member }));
                let n = list.len();
                c.insert("Members@odata.count".into(), json!(n));
            }
        });
    }

    /// Removes a member link from a collection.
    pub(crate) fn remove_member(&mut self, collection: &str, member: &str) {
        let member = normalize(member);
        self.update(collection, |c| {
            if let Some(Value::Array(list)) = c.get_mut("Members") {
                list.retain(|m| {
                    m.get("@odata.id")
                        .and_then(Value::as_str)
                        .map(|id| normalize(id) != member)
                        .unwrap_or(true)
                });
                let n = list.len();
                c.insert("Members@odata.count".into(), json!(n));
            }
        });
    }

    /// Picks a free member id in a collection: the smallest integer not used yet.
    pub(crate) fn free_id(&self, collection: &str) -> String {
        let base = normalize(collection);
        (1u64..)
            .map(|n| n.to_string())
            .find(|id| !self.contains(&format!("{base}/{id}")))
            .unwrap_or_else(|| "x".into())
    }
}

/// True if a value is, or holds, a link object (`{"@odata.id": ...}` alone).
fn holds_link(v: &Value) -> bool {
    match v {
        Value::Object(m) => {
            (m.len() == 1 && m.contains_key("@odata.id")) || m.values().any(holds_link)
        }
        Value::Array(a) => a.iter().any(holds_link),
        _ => false,
    }
}

/// The status a captured error document implies: `404` when it says the resource is missing
/// (`ResourceMissingAtURI`, `ResourceNotFound`), else `500`. `None` when the body is not an
/// error document (`{"error": {...}}` without `@odata.id`).
pub(crate) fn error_document_status(value: &Value) -> Option<u16> {
    let map = value.as_object()?;
    let error = map.get("error")?.as_object()?;
    if map.contains_key("@odata.id") || map.contains_key("@odata.type") {
        return None;
    }
    let ids = error
        .get("@Message.ExtendedInfo")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|m| m.get("MessageId").and_then(Value::as_str))
        .chain(error.get("code").and_then(Value::as_str));
    let mut status = 500;
    for id in ids {
        let key = id.rsplit('.').next().unwrap_or(id);
        if matches!(key, "ResourceMissingAtURI" | "ResourceNotFound") {
            status = 404;
        }
    }
    Some(status)
}

/// True if a JSON body is a collection (it has a `Members` array).
pub(crate) fn is_collection(value: &Value) -> bool {
    value.get("Members").map(Value::is_array).unwrap_or(false)
}

/// The `@odata.type` of a resource, without the leading `#`.
pub(crate) fn odata_type(value: &Value) -> Option<&str> {
    value
        .get("@odata.type")
        .and_then(Value::as_str)
        .map(|t| t.trim_start_matches('#'))
}

/// The namespace (schema name) of a resource: `Chassis` for `#Chassis.v1_28_0.Chassis`.
pub(crate) fn schema_name(value: &Value) -> Option<&str> {
    odata_type(value).and_then(|t| t.split('.').next())
}

/// `Namespace.Type` of a resource, version dropped: `Chassis.Chassis`.
pub(crate) fn type_key(value: &Value) -> Option<String> {
    let t = odata_type(value)?;
    let mut parts = t.split('.');
    let ns = parts.next()?;
    let name = parts.next_back()?;
    Some(format!("{ns}.{name}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_strips_slashes_queries_and_fragments() {
        assert_eq!(normalize("/redfish/v1/"), "/redfish/v1");
        assert_eq!(
            normalize("/redfish/v1//Chassis/1/"),
            "/redfish/v1/Chassis/1"
        );
        assert_eq!(
            normalize("/redfish/v1/Chassis?$top=1"),
            "/redfish/v1/Chassis"
        );
        assert_eq!(
            normalize("/redfish/v1/Chassis/1/Power#/PowerControl/0"),
            "/redfish/v1/Chassis/1/Power"
        );
        assert_eq!(normalize(""), "/");
        assert_eq!(
            normalize("/redfish/v1/Systems/../Account%53ervice/./Accounts/1"),
            "/redfish/v1/AccountService/Accounts/1"
        );
        assert_eq!(normalize("/redfish/v1/a%2Fb"), "/redfish/v1/a%2Fb");
        assert_eq!(normalize("/../../redfish"), "/redfish");
    }

    #[test]
    fn etag_changes_with_content_and_ignores_itself() {
        let a = json!({"A": 1});
        let b = json!({"A": 2});
        let a2 = json!({"A": 1, "@odata.etag": "\"x\""});
        assert_ne!(etag_of(&a), etag_of(&b));
        assert_eq!(etag_of(&a), etag_of(&a2));
    }

    #[test]
    fn lookup_is_case_insensitive_as_a_fallback() {
        let mut t = Tree::default();
        t.put("/redfish/v1/Managers/RMC", json!({"Id": "RMC"}));
        assert!(t.get("/redfish/v1/managers/rmc/").is_some());
        assert_eq!(
            t.get("/redfish/v1/Managers/RMC").unwrap()["@odata.id"],
            "/redfish/v1/Managers/RMC"
        );
    }

    #[test]
    fn members_are_added_and_removed() {
        let mut t = Tree::default();
        t.put("/c", json!({"Members": [], "Members@odata.count": 0}));
        t.add_member("/c", "/c/1");
        t.add_member("/c", "/c/2");
        assert_eq!(t.get("/c").unwrap()["Members@odata.count"], 2);
        t.remove_member("/c", "/c/1/");
        assert_eq!(
            t.get("/c").unwrap()["Members"],
            json!([{"@odata.id": "/c/2"}])
        );
        assert_eq!(t.free_id("/c"), "1");
    }
}
