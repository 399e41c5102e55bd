//! OData query parameters on GET: `$select`, `$expand`, `$top`, `$skip`, `only`, and service-side
//! paging of large collections.

use axum::http::StatusCode;
use serde_json::{Map, Value, json};

use crate::messages::base;
use crate::reply::Reply;
use crate::tree::{Tree, is_collection, normalize};

/// Deepest `$levels` the service expands (advertised in `ProtocolFeaturesSupported`).
pub(crate) const MAX_LEVELS: u32 = 3;

/// Which links `$expand` follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ExpandKind {
    /// `*`: every link.
    All,
    /// `.`: links not under `Links`.
    NoLinks,
    /// `~`: only links under `Links`.
    Links,
}

/// Parsed query options.
#[derive(Debug, Default, Clone)]
pub(crate) struct Query {
    pub select: Option<Vec<String>>,
    pub expand: Option<(ExpandKind, u32)>,
    pub top: Option<usize>,
    pub skip: Option<usize>,
    pub only: bool,
}

fn bad_value(value: &str, param: &str) -> Reply {
    Reply::bad_request(vec![base(
        "QueryParameterValueFormatError",
        &[value, param],
    )])
}

impl Query {
    /// True when no option changes the body (`$select`, `$expand`, `$top`, `$skip`, `only`).
    pub(crate) fn is_plain(&self) -> bool {
        self.select.is_none()
            && self.expand.is_none()
            && self.top.is_none()
            && self.skip.is_none()
            && !self.only
    }

    /// Parses a raw query string. Unknown `$` options are 501, non-`$` ones are ignored.
    pub(crate) fn parse(raw: Option<&str>) -> Result<Query, Reply> {
        let mut q = Query::default();
        let Some(raw) = raw else {
            return Ok(q);
        };
        for (k, v) in url::form_urlencoded::parse(raw.as_bytes()) {
            match k.as_ref() {
                "$select" => {
                    q.select = Some(
                        v.split(',')
                            .map(|s| s.trim().to_owned())
                            .filter(|s| !s.is_empty())
                            .collect(),
                    )
                }
                "$expand" => {
                    q.expand = Some(parse_expand(&v).ok_or_else(|| bad_value(&v, "$expand"))?)
                }
                "$top" => {
                    let n: usize = v.parse().map_err(|_| bad_value(&v, "$top"))?;
                    if n == 0 {
                        return Err(Reply::bad_request(vec![base(
                            "QueryParameterOutOfRange",
                            &[&v, "$top", ">= 1"],
                        )]));
                    }
                    q.top = Some(n);
                }
                "$skip" => q.skip = Some(v.parse().map_err(|_| bad_value(&v, "$skip"))?),
                "only" => {
                    if !v.is_empty() {
                        return Err(bad_value(&v, "only"));
                    }
                    q.only = true;
                }
                other if other.starts_with('$') || other == "excerpt" => {
                    return Err(Reply::base_error(
                        StatusCode::NOT_IMPLEMENTED,
                        "QueryNotSupported",
                        &[],
                    ));
                }
                _ => {}
            }
        }
        Ok(q)
    }
}

fn parse_expand(v: &str) -> Option<(ExpandKind, u32)> {
    let v = v.trim();
    let (kind, rest) = match v.chars().next()? {
        '*' => (ExpandKind::All, &v[1..]),
        '.' => (ExpandKind::NoLinks, &v[1..]),
        '~' => (ExpandKind::Links, &v[1..]),
        _ => return None,
    };
    let rest = rest.trim();
    if rest.is_empty() {
        return Some((kind, 1));
    }
    let inner = rest.strip_prefix('(')?.strip_suffix(')')?;
    let n = inner
        .trim()
        .strip_prefix("$levels=")?
        .trim()
        .parse::<u32>()
        .ok()?;
    if n == 0 {
        return None;
    }
    Some((kind, n.min(MAX_LEVELS)))
}

/// Applies `$skip`/`$top` and service paging to a collection body.
pub(crate) fn page(body: &mut Map<String, Value>, self_path: &str, q: &Query, page_size: usize) {
    let Some(Value::Array(members)) = body.get("Members").cloned() else {
        return;
    };
    let total = members.len();
    let skip = q.skip.unwrap_or(0).min(total);
    let end = match q.top {
        Some(t) => skip.saturating_add(t).min(total),
        None => total,
    };
    let window = &members[skip..end];
    let page_size = page_size.max(1);
    let shown: Vec<Value> = window.iter().take(page_size).cloned().collect();
    body.insert("Members@odata.count".into(), json!(total));
    if window.len() > page_size {
        let next_skip = skip + page_size;
        let mut next = format!("{self_path}?$skip={next_skip}");
        if q.top.is_some() {
            next.push_str(&format!("&$top={}", end - next_skip));
        }
        body.insert("Members@odata.nextLink".into(), json!(next));
    } else {
        body.remove("Members@odata.nextLink");
    }
    body.insert("Members".into(), Value::Array(shown));
}

/// Replaces links by the resources they point to.
pub(crate) fn expand(tree: &Tree, value: &mut Value, kind: ExpandKind, levels: u32) {
    if levels == 0 {
        return;
    }
    if let Value::Object(map) = value {
        for (k, v) in map.iter_mut() {
            if k.starts_with('@') || k == "Actions" || k.contains("@odata.") {
                continue;
            }
            expand_value(tree, v, kind, levels, k == "Links");
        }
    }
}

fn expand_value(tree: &Tree, v: &mut Value, kind: ExpandKind, levels: u32, under_links: bool) {
    match v {
        Value::Object(map) => {
            let is_link = map.len() == 1 && map.contains_key("@odata.id");
            if is_link {
                let wanted = match kind {
                    ExpandKind::All => true,
                    ExpandKind::NoLinks => !under_links,
                    ExpandKind::Links => under_links,
                };
                let target = map.get("@odata.id").and_then(Value::as_str).unwrap_or("");
                // Links into an array of a resource (`...#/PowerControl/0`) are not resources.
                if wanted
                    && !target.contains('#')
                    && let Some(found) = tree.get(target)
                {
                    let mut found = found.clone();
                    expand(tree, &mut found, kind, levels - 1);
                    *v = found;
                }
                return;
            }
            for (k, child) in map.iter_mut() {
                if k.starts_with('@') || k.contains("@odata.") {
                    continue;
                }
                expand_value(tree, child, kind, levels, under_links || k == "Links");
            }
        }
        Value::Array(items) => {
            for item in items {
                expand_value(tree, item, kind, levels, under_links);
            }
        }
        _ => {}
    }
}

/// Keeps only the selected properties (plus `@odata.*`), nested paths with `/`.
pub(crate) fn select(value: &mut Value, paths: &[String]) {
    let Value::Object(map) = value else {
        return;
    };
    let mut out = Map::new();
    for (k, v) in map.iter() {
        if k.starts_with("@odata.") {
            out.insert(k.clone(), v.clone());
        }
    }
    for p in paths {
        let mut parts = p.splitn(2, '/');
        let head = parts.next().unwrap_or("");
        let rest = parts.next();
        let Some(v) = map.get(head) else {
            continue;
        };
        match rest {
            None => {
                out.insert(head.to_owned(), v.clone());
            }
            Some(rest) => {
                let mut sub = v.clone();
                if let Value::Object(_) = sub {
                    select(&mut sub, &[rest.to_owned()]);
                    // Merge with what other paths already selected under the same head.
                    match (out.get_mut(head), sub) {
                        (Some(Value::Object(existing)), Value::Object(new)) => {
                            for (k, v) in new {
                                existing.insert(k, v);
                            }
                        }
                        (_, sub) => {
                            out.insert(head.to_owned(), sub);
                        }
                    }
                }
            }
        }
    }
    *map = out;
}

/// Produces the GET body of a resource with the query applied.
pub(crate) fn render(
    tree: &Tree,
    path: &str,
    resource: &Value,
    q: &Query,
    page_size: usize,
) -> Value {
    let mut body = resource.clone();
    let collection = is_collection(&body);
    if collection {
        if q.only
            && let Some([one]) = body
                .get("Members")
                .and_then(Value::as_array)
                .map(Vec::as_slice)
            && let Some(member) = one
                .get("@odata.id")
                .and_then(Value::as_str)
                .and_then(|m| tree.get(m))
        {
            return member.clone();
        }
        if let Value::Object(map) = &mut body {
            page(map, &normalize(path), q, page_size);
        }
    }
    // Properties the schema marks `autoExpand` (e.g. LogEntryCollection members) are always
    // expanded.
    if let Some(key) = crate::tree::type_key(&body) {
        let props = crate::schema::auto_expand(&key);
        if let Value::Object(map) = &mut body {
            for p in props {
                if let Some(v) = map.get_mut(p) {
                    expand_value(tree, v, ExpandKind::All, 1, false);
                }
            }
        }
    }
    if let Some((kind, levels)) = q.expand {
        expand(tree, &mut body, kind, levels);
    }
    if let Some(sel) = &q.select {
        select(&mut body, sel);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coll(n: usize) -> Map<String, Value> {
        let members: Vec<Value> = (0..n)
            .map(|i| json!({"@odata.id": format!("/c/{i}")}))
            .collect();
        json!({"Members": members}).as_object().unwrap().clone()
    }

    #[test]
    fn paging_and_top_skip() {
        let q = Query::default();
        let mut c = coll(5);
        page(&mut c, "/c", &q, 2);
        assert_eq!(c["Members"].as_array().unwrap().len(), 2);
        assert_eq!(c["Members@odata.count"], 5);
        assert_eq!(c["Members@odata.nextLink"], "/c?$skip=2");

        let q = Query::parse(Some("$skip=2&$top=3")).unwrap();
        let mut c = coll(10);
        page(&mut c, "/c", &q, 2);
        assert_eq!(c["Members"][0]["@odata.id"], "/c/2");
        assert_eq!(c["Members@odata.nextLink"], "/c?$skip=4&$top=1");

        let q = Query::parse(Some("$skip=4&$top=1")).unwrap();
        let mut c = coll(10);
        page(&mut c, "/c", &q, 2);
        assert_eq!(c["Members"], json!([{"@odata.id": "/c/4"}]));
        assert!(c.get("Members@odata.nextLink").is_none());
    }

    #[test]
    fn query_errors() {
        assert_eq!(
            Query::parse(Some("$top=x")).unwrap_err().status,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            Query::parse(Some("$top=0")).unwrap_err().status,
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            Query::parse(Some("$filter=Id%20eq%20'1'"))
                .unwrap_err()
                .status,
            StatusCode::NOT_IMPLEMENTED
        );
        assert!(Query::parse(Some("foo=bar")).is_ok());
        assert_eq!(
            Query::parse(Some("$expand=.($levels=2)")).unwrap().expand,
            Some((ExpandKind::NoLinks, 2))
        );
        assert_eq!(
            Query::parse(Some("$expand=*")).unwrap().expand,
            Some((ExpandKind::All, 1))
        );
    }

    #[test]
    fn select_keeps_odata_and_nested() {
        let mut v = json!({"@odata.id": "/x", "A": 1, "B": {"C": 2, "D": 3}, "E": 4});
        select(&mut v, &["A".into(), "B/C".into()]);
        assert_eq!(v, json!({"@odata.id": "/x", "A": 1, "B": {"C": 2}}));
    }

    #[test]
    fn expand_follows_link_kinds() {
        let mut t = Tree::default();
        t.put("/a", json!({"@odata.id": "/a", "Name": "a"}));
        let mut v = json!({"@odata.id": "/r", "Sub": {"@odata.id": "/a"}, "Links": {"L": {"@odata.id": "/a"}}});
        expand(&t, &mut v, ExpandKind::NoLinks, 1);
        assert_eq!(v["Sub"]["Name"], "a");
        assert_eq!(v["Links"]["L"], json!({"@odata.id": "/a"}));
        let mut v = json!({"Sub": {"@odata.id": "/a"}, "Links": {"L": {"@odata.id": "/a"}}});
        expand(&t, &mut v, ExpandKind::Links, 1);
        assert_eq!(v["Sub"], json!({"@odata.id": "/a"}));
        assert_eq!(v["Links"]["L"]["Name"], "a");
    }
}
