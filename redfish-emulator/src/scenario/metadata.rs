//! `/redfish/v1/$metadata` (CSDL references to the DMTF schema files of every type served) and
//! the `/redfish/v1/odata` service document.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::state::State;

/// The CSDL metadata document.
pub(crate) fn document(state: &State) -> String {
    if let Some(doc) = &state.config.metadata {
        return doc.to_string();
    }
    let inner = state.lock();
    // file -> namespaces to include
    let mut refs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut add = |ty: &str| {
        let ty = ty.trim_start_matches('#');
        let parts: Vec<&str> = ty.split('.').collect();
        let Some(ns) = parts.first() else {
            return;
        };
        // Vendor schemas are not DMTF CSDL files; clients read them from the service.
        if ns.is_empty() || state.config.behaviours.iter().any(|b| b.own_namespace(ns)) {
            return;
        }
        let entry = refs.entry(format!("{ns}_v1.xml")).or_default();
        entry.insert((*ns).to_owned());
        if parts.len() == 3 {
            entry.insert(format!("{}.{}", parts[0], parts[1]));
        }
    };
    add("Resource.v1_23_0.Resource");
    for (_, v) in inner.tree.iter() {
        collect_types(v, &mut add);
    }
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <edmx:Edmx xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\" Version=\"4.0\">\n",
    );
    for (file, namespaces) in &refs {
        out.push_str(&format!(
            "  <edmx:Reference Uri=\"http://redfish.dmtf.org/schemas/v1/{file}\">\n"
        ));
        for ns in namespaces {
            out.push_str(&format!("    <edmx:Include Namespace=\"{ns}\"/>\n"));
        }
        out.push_str("  </edmx:Reference>\n");
    }
    let root_version = inner
        .tree
        .get("/redfish/v1")
        .and_then(|r| r.get("@odata.type"))
        .and_then(Value::as_str)
        .and_then(|t| {
            t.trim_start_matches('#')
                .split('.')
                .nth(1)
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "v1_20_0".to_owned());
    out.push_str(
        "  <edmx:Reference Uri=\"http://redfish.dmtf.org/schemas/v1/RedfishExtensions_v1.xml\">\n\
         \x20   <edmx:Include Namespace=\"RedfishExtensions.v1_0_0\" Alias=\"Redfish\"/>\n\
         \x20 </edmx:Reference>\n\
         \x20 <edmx:DataServices>\n\
         \x20   <Schema xmlns=\"http://docs.oasis-open.org/odata/ns/edm\" Namespace=\"Service\">\n",
    );
    out.push_str(&format!(
        "      <EntityContainer Name=\"Service\" Extends=\"ServiceRoot.{root_version}.ServiceContainer\"/>\n"
    ));
    out.push_str("    </Schema>\n  </edmx:DataServices>\n</edmx:Edmx>\n");
    out
}

fn collect_types(v: &Value, add: &mut impl FnMut(&str)) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                if k == "@odata.type" {
                    if let Some(t) = child.as_str() {
                        add(t);
                    }
                } else if k != "Oem" {
                    collect_types(child, add);
                }
            }
        }
        Value::Array(items) => {
            for i in items {
                collect_types(i, add);
            }
        }
        _ => {}
    }
}

/// The OData service document: the service root's top-level links.
pub(crate) fn service_document(state: &State) -> Value {
    let inner = state.lock();
    let mut value = vec![json!({"name": "Service", "kind": "Singleton", "url": "/redfish/v1/"})];
    if let Some(Value::Object(root)) = inner.tree.get("/redfish/v1") {
        for (k, v) in root {
            if let Some(url) = v.get("@odata.id").and_then(Value::as_str)
                && k != "Links"
            {
                value.push(json!({"name": k, "kind": "Singleton", "url": url}));
            }
        }
    }
    json!({ "@odata.context": "/redfish/v1/$metadata", "value": value })
}
