//! A snapshot of a live service: every resource reachable by links from the service root.

use std::collections::{BTreeMap, BTreeSet};

use futures_util::StreamExt;
use redfish_client::{Client, Method};
use redfish_model::{ODataId, ODataType};
use serde_json::Value;

use crate::error::Result;

/// Options of [`ServiceSnapshot::crawl`].
#[derive(Clone, Debug)]
#[must_use]
pub struct CrawlOptions {
    concurrency: usize,
    max_resources: usize,
}

impl Default for CrawlOptions {
    fn default() -> Self {
        Self {
            concurrency: 8,
            max_resources: 20_000,
        }
    }
}

impl CrawlOptions {
    /// GETs in flight at once (default 8).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Stop after this many resources (default 20 000), so that a service with a
    /// link cycle through generated URIs cannot keep the crawl going.
    pub fn max_resources(mut self, n: usize) -> Self {
        self.max_resources = n.max(1);
        self
    }
}

/// Every resource of a service, by URI (trailing slash removed), with collection pages
/// merged into the first page.
#[derive(Clone, Debug, Default)]
pub struct ServiceSnapshot {
    resources: BTreeMap<String, Value>,
    errors: Vec<(String, String)>,
    truncated: bool,
}

fn key(uri: &str) -> String {
    let path = uri.split(['#', '?']).next().unwrap_or(uri);
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        "/".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// Every URI a resource links to: `@odata.id` of nested objects, `@Redfish.ActionInfo`,
/// `Members@odata.nextLink` is handled by the crawl itself.
fn links_in(v: &Value, top: bool, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("@odata.id", Value::String(s)) if !top => out.push(s.clone()),
                    ("@Redfish.ActionInfo", Value::String(s)) => out.push(s.clone()),
                    _ => links_in(x, false, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| links_in(x, false, out)),
        _ => {}
    }
}

fn followable(uri: &str) -> bool {
    uri.starts_with("/redfish/v1")
        && !uri.contains('#')
        && !uri.contains("/$metadata")
        && !uri.ends_with("/odata")
}

impl ServiceSnapshot {
    /// Builds a snapshot from resources already at hand (URI -> JSON), e.g. a mockup.
    pub fn from_resources(resources: impl IntoIterator<Item = (String, Value)>) -> Self {
        Self {
            resources: resources.into_iter().map(|(k, v)| (key(&k), v)).collect(),
            ..Self::default()
        }
    }

    /// Reads every resource reachable from the service root, following links (including
    /// `Links`), `@Redfish.ActionInfo` and collection pages.
    ///
    /// # Errors
    ///
    /// Only when the service root cannot be read; other failures are listed in
    /// [`ServiceSnapshot::errors`].
    pub async fn crawl(client: &Client, options: &CrawlOptions) -> Result<Self> {
        let root: Value = client
            .request(Method::GET, &ODataId::new("/redfish/v1/"))
            .await?
            .json()?;
        let mut snap = Self::default();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        seen.insert(key("/redfish/v1"));
        let mut frontier = snap.insert("/redfish/v1".to_owned(), root);
        while !frontier.is_empty() {
            let mut batch = Vec::new();
            for uri in frontier.drain(..) {
                if seen.insert(key(&uri)) {
                    if seen.len() > options.max_resources {
                        snap.truncated = true;
                        break;
                    }
                    batch.push(uri);
                }
            }
            let fetched: Vec<(String, Result<Value>)> = futures_util::stream::iter(batch)
                .map(|uri| async move {
                    let r = fetch_all_pages(client, &uri).await;
                    (uri, r)
                })
                .buffer_unordered(options.concurrency)
                .collect()
                .await;
            for (uri, r) in fetched {
                match r {
                    Ok(v) => frontier.extend(snap.insert(uri, v)),
                    Err(e) => snap.errors.push((key(&uri), e.to_string())),
                }
            }
        }
        snap.errors.sort();
        Ok(snap)
    }

    /// Stores a resource and returns the links to follow from it.
    fn insert(&mut self, uri: String, v: Value) -> Vec<String> {
        let mut links = Vec::new();
        links_in(&v, true, &mut links);
        self.resources.insert(key(&uri), v);
        links.retain(|l| followable(l));
        links
    }

    /// The resource at `uri` (trailing slash and fragment ignored).
    pub fn get(&self, uri: &str) -> Option<&Value> {
        self.resources.get(&key(uri))
    }

    /// Every resource, by URI.
    pub fn resources(&self) -> &BTreeMap<String, Value> {
        &self.resources
    }

    /// How many resources were read.
    pub fn len(&self) -> usize {
        self.resources.len()
    }

    /// `true` when nothing was read.
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }

    /// URIs that could not be read, with the error.
    pub fn errors(&self) -> &[(String, String)] {
        &self.errors
    }

    /// `true` when the crawl stopped at [`CrawlOptions::max_resources`].
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The type name (`Chassis`, `ChassisCollection`) of a resource.
    pub(crate) fn type_name(v: &Value) -> Option<String> {
        let t = v.get("@odata.type")?.as_str()?;
        Some(ODataType::new(t).type_name().to_owned())
    }

    /// Every resource of type `type_name`, in URI order.
    pub(crate) fn of_type<'a>(
        &'a self,
        type_name: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a Value)> {
        self.resources
            .iter()
            .filter(move |(_, v)| Self::type_name(v).as_deref() == Some(type_name))
            .map(|(k, v)| (k.as_str(), v))
    }

    /// The types of the resources above `uri` in the URI hierarchy, nearest first.
    pub(crate) fn ancestor_types(&self, uri: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = key(uri);
        while let Some((parent, _)) = cur.rsplit_once('/') {
            if parent.is_empty() {
                break;
            }
            if let Some(t) = self.resources.get(parent).and_then(Self::type_name) {
                out.push(t);
            }
            cur = parent.to_owned();
        }
        out
    }
}

/// GETs a resource and, for a paged collection, every further page, merging `Members`.
async fn fetch_all_pages(client: &Client, uri: &str) -> Result<Value> {
    let mut v: Value = client
        .request(Method::GET, &ODataId::new(uri))
        .await?
        .json()?;
    let mut pages = BTreeSet::new();
    while let Some(next) = v
        .get("Members@odata.nextLink")
        .and_then(Value::as_str)
        .map(str::to_owned)
    {
        if !pages.insert(next.clone()) {
            break;
        }
        let page: Value = client
            .request(Method::GET, &ODataId::new(next.as_str()))
            .await?
            .json()?;
        let more = page
            .get("Members")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if let Some(Value::Array(members)) = v.get_mut("Members") {
            members.extend(more);
        }
        match (v.as_object_mut(), page.get("Members@odata.nextLink")) {
            (Some(m), Some(n)) => {
                m.insert("Members@odata.nextLink".into(), n.clone());
            }
            (Some(m), None) => {
                m.remove("Members@odata.nextLink");
            }
            (None, _) => break,
        }
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn links_skip_self_and_follow_action_info() {
        let v = json!({
            "@odata.id": "/redfish/v1/Chassis/1",
            "Power": {"@odata.id": "/redfish/v1/Chassis/1/Power"},
            "Links": {"ManagedBy": [{"@odata.id": "/redfish/v1/Managers/1"}]},
            "Actions": {"#Chassis.Reset": {"target": "/x", "@Redfish.ActionInfo": "/redfish/v1/Chassis/1/ResetActionInfo"}},
            "PowerControl": [{"@odata.id": "/redfish/v1/Chassis/1/Power#/PowerControl/0"}]
        });
        let mut out = Vec::new();
        links_in(&v, true, &mut out);
        out.retain(|l| followable(l));
        assert_eq!(
            out,
            vec![
                "/redfish/v1/Chassis/1/Power",
                "/redfish/v1/Managers/1",
                "/redfish/v1/Chassis/1/ResetActionInfo"
            ]
        );
    }

    #[test]
    fn ancestors_follow_the_uri_hierarchy() {
        let snap = ServiceSnapshot::from_resources([
            (
                "/redfish/v1/".to_owned(),
                json!({"@odata.type": "#ServiceRoot.v1_5_0.ServiceRoot"}),
            ),
            (
                "/redfish/v1/Managers".to_owned(),
                json!({"@odata.type": "#ManagerCollection.ManagerCollection"}),
            ),
            (
                "/redfish/v1/Managers/RMC".to_owned(),
                json!({"@odata.type": "#Manager.v1_10_0.Manager"}),
            ),
            (
                "/redfish/v1/Managers/RMC/EthernetInterfaces".to_owned(),
                json!({"@odata.type": "#EthernetInterfaceCollection.EthernetInterfaceCollection"}),
            ),
            (
                "/redfish/v1/Managers/RMC/EthernetInterfaces/eth0/".to_owned(),
                json!({"@odata.type": "#EthernetInterface.v1_12_0.EthernetInterface"}),
            ),
        ]);
        assert_eq!(
            snap.ancestor_types("/redfish/v1/Managers/RMC/EthernetInterfaces/eth0"),
            vec![
                "EthernetInterfaceCollection",
                "Manager",
                "ManagerCollection",
                "ServiceRoot"
            ]
        );
        assert_eq!(snap.of_type("EthernetInterface").count(), 1);
        assert!(snap.get("/redfish/v1/Managers/RMC/").is_some());
    }
}
