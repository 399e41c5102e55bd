//! The in-memory resource tree: every resource by its normalized path, with ETags kept current.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

/// Normalizes a request path or `@odata.id` to the key used in the tree.
///
/// Real services are reached with and without a trailing slash (the iLO capture uses both), and
/// links may carry a JSON-pointer fragment or a query: all of these name the same resource.
pub(crate) fn normalize(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut out = String::with_capacity(path.len() + 1);
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        out.push('/');
        out.push_str(seg);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
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
                hasher.update(v.to_string().as_bytes());
                hasher.update([0]);
            }
        }
        other => hasher.update(other.to_string().as_bytes()),
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

/// The resource tree.
#[derive(Debug, Default, Clone)]
pub(crate) struct Tree {
    map: BTreeMap<String, Value>,
}

impl Tree {
    /// Looks a resource up, falling back to a case-insensitive match (iLO resource maps are
    /// lower case while `@odata.id`s are mixed case).
    pub(crate) fn get(&self, path: &str) -> Option<&Value> {
        let key = self.resolve(path)?;
        self.map.get(&key)
    }

    /// The canonical key of a path, if a resource exists there.
    pub(crate) fn resolve(&self, path: &str) -> Option<String> {
        let key = normalize(path);
        if self.map.contains_key(&key) {
            return Some(key);
        }
        let lower = key.to_ascii_lowercase();
        self.map
            .keys()
            .find(|k| k.to_ascii_lowercase() == lower)
            .cloned()
    }

    pub(crate) fn contains(&self, path: &str) -> bool {
        self.resolve(path).is_some()
    }

    /// Inserts or replaces a resource, recomputing its `@odata.etag`.
    pub(crate) fn put(&mut self, path: &str, mut value: Value) {
        let key = self.resolve(path).unwrap_or_else(|| normalize(path));
        if let Value::Object(map) = &mut value {
            if !map.contains_key("@odata.id") {
                map.insert("@odata.id".into(), Value::String(key.clone()));
            }
            let etag = etag_of(&Value::Object(map.clone()));
            map.insert("@odata.etag".into(), Value::String(etag));
        }
        self.map.insert(key, value);
    }

    /// Applies `f` to a resource in place and refreshes its ETag. Returns false if absent.
    pub(crate) fn update(&mut self, path: &str, f: impl FnOnce(&mut Map<String, Value>)) -> bool {
        let Some(key) = self.resolve(path) else {
            return false;
        };
        let Some(Value::Object(mut map)) = self.map.remove(&key) else {
            return false;
        };
        f(&mut map);
        self.put(&key, Value::Object(map));
        true
    }

    pub(crate) fn remove(&mut self, path: &str) -> Option<Value> {
        let key = self.resolve(path)?;
        self.map.remove(&key)
    }

    /// Removes a resource and everything below it.
    pub(crate) fn remove_subtree(&mut self, path: &str) {
        let Some(key) = self.resolve(path) else {
            return;
        };
        let prefix = format!("{key}/");
        self.map.retain(|k, _| k != &key && !k.starts_with(&prefix));
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.map.iter()
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
