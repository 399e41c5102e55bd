//! Evaluating profiles against a [`ServiceSnapshot`].

use serde_json::{Map, Value};

use redfish_model::ODataType;

use crate::profile::model::{
    ActionRequirement, Conditional, Profile, PropertyRequirement, Requirement, ResourceRequirement,
    version_cmp,
};
use crate::profile::report::{CheckItem, ConformanceReport, Outcome};
use crate::profile::snapshot::ServiceSnapshot;

/// Properties the published profiles misspell: (resource type, profile name, schema name).
const PROPERTY_ALIASES: &[(&str, &str, &str)] = &[
    (
        "ManagerNetworkProtocol",
        "ProtocolEnable",
        "ProtocolEnabled",
    ),
    ("Manager", "ManagerNetworkProtocol", "NetworkProtocol"),
    ("ComputerSystem", "ManagerBy", "ManagedBy"),
];

/// Top-level properties the RMC profiles require but the resource's schema does not define:
/// a service cannot be faulted for leaving them out.
const NOT_IN_SCHEMA: &[(&str, &str)] = &[("Power", "Status"), ("Power", "PowerConsumedWatts")];

/// One `AnyOf`/`AllOf` comparison, evaluated over every instance once all are seen (as
/// the DMTF Interop Validator does: "Across All Resources").
struct Across {
    profile: String,
    resource: String,
    path: String,
    comparison: String,
    expected: Vec<Value>,
    actual: Vec<Value>,
}

struct Checker<'a> {
    snap: &'a ServiceSnapshot,
    items: Vec<CheckItem>,
    across: Vec<Across>,
}

/// Where a check applies.
#[derive(Clone, Copy)]
struct At<'a> {
    profile: &'a str,
    resource: &'a str,
    uri: Option<&'a str>,
}

/// Per-instance context.
struct Instance<'a> {
    profile: &'a str,
    resource: &'a str,
    uri: &'a str,
    json: &'a Value,
    ancestors: Vec<String>,
}

fn show(values: &[Value]) -> String {
    serde_json::to_string(values).unwrap_or_default()
}

fn show_value(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

fn flatten(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.clone(),
        other => vec![other.clone()],
    }
}

/// `value <cmp> targets` for the comparisons evaluated on one instance.
fn compare(value: Option<&Value>, cmp: &str, targets: &[Value], snap: &ServiceSnapshot) -> bool {
    let Some(value) = value else {
        return cmp == "Absent";
    };
    let num = |v: &Value| v.as_f64();
    match cmp {
        "Present" => true,
        "Absent" => false,
        "AnyOf" => flatten(value)
            .iter()
            .any(|v| targets.iter().any(|t| same(v, t))),
        "AllOf" => {
            let vals = flatten(value);
            targets.iter().all(|t| vals.iter().any(|v| same(v, t)))
        }
        "Equal" => targets.iter().any(|t| same(value, t)),
        "NotEqual" => !targets.iter().any(|t| same(value, t)),
        "GreaterThan" | "GreaterThanOrEqual" | "LessThan" | "LessThanOrEqual" => {
            let Some(x) = num(value) else { return false };
            targets.iter().filter_map(num).all(|t| match cmp {
                "GreaterThan" => x > t,
                "GreaterThanOrEqual" => x >= t,
                "LessThan" => x < t,
                _ => x <= t,
            })
        }
        "LinkToResource" => value
            .get("@odata.id")
            .and_then(Value::as_str)
            .and_then(|u| snap.get(u))
            .and_then(ServiceSnapshot::type_name)
            .is_some_and(|t| targets.iter().any(|x| x.as_str() == Some(t.as_str()))),
        _ => false,
    }
}

fn uri_matches(patterns: &[String], uri: &str) -> bool {
    if patterns.is_empty() {
        return true;
    }
    let segs: Vec<&str> = uri.trim_end_matches('/').split('/').collect();
    patterns.iter().any(|p| {
        let ps: Vec<&str> = p.trim_end_matches('/').split('/').collect();
        ps.len() == segs.len()
            && ps
                .iter()
                .zip(&segs)
                .all(|(p, s)| (p.starts_with('{') && p.ends_with('}') && !s.is_empty()) || p == s)
    })
}

impl Instance<'_> {
    fn at(&self) -> At<'_> {
        At {
            profile: self.profile,
            resource: self.resource,
            uri: Some(self.uri),
        }
    }
}

impl<'a> Checker<'a> {
    fn item(
        &mut self,
        at: At<'_>,
        check: String,
        expected: String,
        actual: String,
        outcome: Outcome,
        note: Option<String>,
    ) {
        self.items.push(CheckItem {
            profile: at.profile.to_owned(),
            resource: at.resource.to_owned(),
            uri: at.uri.map(str::to_owned),
            check,
            expected,
            actual,
            outcome,
            note,
        });
    }

    fn applies(
        &self,
        inst: &Instance<'_>,
        c: &Conditional,
        container: &Map<String, Value>,
    ) -> bool {
        if let Some(chain) = &c.subordinate_to {
            // Farthest first in the profile, nearest first in `ancestors`.
            return !chain.is_empty()
                && chain.len() <= inst.ancestors.len()
                && chain
                    .iter()
                    .rev()
                    .zip(&inst.ancestors)
                    .all(|(want, have)| want == have);
        }
        if let Some(prop) = &c.compare_property {
            // A plain name is looked up in the object holding the property, then in the
            // resource itself (the DMTF validator walks up the enclosing objects).
            let value = if prop.starts_with('/') {
                inst.json.pointer(prop)
            } else {
                container.get(prop).or_else(|| inst.json.get(prop))
            };
            let cmp = c.compare_type.as_deref().unwrap_or("AnyOf");
            return compare(value, cmp, &c.compare_values, self.snap);
        }
        false
    }

    fn resource(&mut self, profile: &str, req: &ResourceRequirement) {
        let instances: Vec<(&str, &Value)> = self
            .snap
            .of_type(&req.type_name)
            .filter(|(uri, _)| uri_matches(&req.uris, uri))
            .collect();
        let read = req.read.clone().unwrap_or(Requirement::Mandatory);
        if instances.is_empty() {
            let outcome = match read {
                Requirement::Mandatory => Some(Outcome::Fail),
                Requirement::Recommended => Some(Outcome::Warn),
                _ => None,
            };
            if let Some(outcome) = outcome {
                let note = (req.profile_key != req.type_name)
                    .then(|| format!("the profile calls it {}", req.profile_key));
                self.item(
                    At {
                        profile,
                        resource: &req.type_name,
                        uri: None,
                    },
                    "ReadRequirement".into(),
                    read.as_str().to_owned(),
                    format!("no {} resource", req.type_name),
                    outcome,
                    note,
                );
            }
            return;
        }
        if read == Requirement::None {
            return;
        }
        for (uri, json) in instances {
            let inst = Instance {
                profile,
                resource: &req.type_name,
                uri,
                json,
                ancestors: self.snap.ancestor_types(uri),
            };
            if let Some(min) = &req.min_version {
                let version = json
                    .get("@odata.type")
                    .and_then(Value::as_str)
                    .map(ODataType::new)
                    .and_then(|t| t.version())
                    .map(|(a, b, c)| format!("{a}.{b}.{c}"));
                let ok = version
                    .as_deref()
                    .is_some_and(|v| version_cmp(v, min).is_ge());
                self.item(
                    inst.at(),
                    "MinVersion".into(),
                    format!(">= {min}"),
                    version.unwrap_or_else(|| "unversioned".into()),
                    if ok { Outcome::Pass } else { Outcome::Fail },
                    None,
                );
            }
            let empty = Map::new();
            let obj = json.as_object().unwrap_or(&empty);
            for (name, p) in &req.properties {
                self.property(&inst, obj, name, p, "", "", 0);
            }
            for (name, a) in &req.actions {
                self.action(&inst, name, a);
            }
        }
    }

    fn lookup<'v>(
        resource: &str,
        container: &'v Map<String, Value>,
        name: &str,
    ) -> (Option<&'v Value>, Option<String>) {
        if let Some(v) = container.get(name) {
            return (Some(v), None);
        }
        for (r, bad, good) in PROPERTY_ALIASES {
            if *r != resource || *bad != name {
                continue;
            }
            if let Some(v) = container.get(*good) {
                return (
                    Some(v),
                    Some(format!("profile typo: {bad} is {good} in the schema")),
                );
            }
        }
        (None, None)
    }

    #[allow(clippy::too_many_arguments)]
    fn property(
        &mut self,
        inst: &Instance<'_>,
        container: &Map<String, Value>,
        name: &str,
        req: &PropertyRequirement,
        path: &str,
        agg_path: &str,
        depth: usize,
    ) {
        let display = if path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        };
        let agg = if agg_path.is_empty() {
            name.to_owned()
        } else {
            format!("{agg_path}.{name}")
        };
        let (value, alias_note) = Self::lookup(inst.resource, container, name);
        let note = alias_note.or_else(|| req.tolerance.clone());

        let mut read = req.read.clone().unwrap_or(Requirement::Mandatory);
        let mut write = req.write.clone();
        let mut values = req.values.clone();
        let mut comparison = req.comparison.clone();
        for c in &req.conditional {
            if self.applies(inst, c, container) {
                read = c.read.clone().unwrap_or(read);
                write = c.write.clone().or(write);
                values = c.values.clone().or(values);
                comparison = c.comparison.clone().or(comparison);
            }
        }
        if read == Requirement::IfPopulated {
            let absent = container
                .get("Status")
                .and_then(|s| s.get("State"))
                .and_then(Value::as_str)
                == Some("Absent");
            read = if absent {
                Requirement::Recommended
            } else {
                Requirement::Mandatory
            };
        }
        if read == Requirement::None {
            return;
        }
        let Some(value) = value else {
            let not_in_schema = depth == 0
                && NOT_IN_SCHEMA
                    .iter()
                    .any(|(r, p)| *r == inst.resource && *p == name);
            let outcome = match read {
                Requirement::Mandatory if not_in_schema => Some(Outcome::Warn),
                Requirement::Mandatory => Some(Outcome::Fail),
                Requirement::Recommended => Some(Outcome::Warn),
                _ => None,
            };
            if let Some(outcome) = outcome {
                let note = if not_in_schema {
                    Some(format!(
                        "the {} schema defines no {name} here: a profile defect, not a failure",
                        inst.resource
                    ))
                } else {
                    note
                };
                self.item(
                    inst.at(),
                    display,
                    read.as_str().to_owned(),
                    "absent".into(),
                    outcome,
                    note,
                );
            }
            return;
        };
        self.item(
            inst.at(),
            display.clone(),
            read.as_str().to_owned(),
            "present".into(),
            Outcome::Pass,
            note,
        );
        if let Some(w) =
            write.filter(|w| matches!(w, Requirement::Mandatory | Requirement::Recommended))
        {
            self.item(
                inst.at(),
                format!("{display}.WriteRequirement"),
                w.as_str().to_owned(),
                "not written (read-only check)".into(),
                Outcome::NotTested,
                None,
            );
        }
        let cmp = comparison.unwrap_or_else(|| "AnyOf".to_owned());
        match value {
            Value::Array(elements) => {
                if let Some(min) = req.min_count {
                    let count = container
                        .get(&format!("{name}@odata.count"))
                        .and_then(Value::as_u64)
                        .unwrap_or(0)
                        .max(elements.len() as u64);
                    self.item(
                        inst.at(),
                        format!("{display}.MinCount"),
                        format!(">= {min}"),
                        count.to_string(),
                        if count >= min {
                            Outcome::Pass
                        } else {
                            Outcome::Fail
                        },
                        None,
                    );
                }
                for (i, element) in elements.iter().enumerate() {
                    let here = format!("{display}[{i}]");
                    if let Some(vals) = &values {
                        self.values(inst, &here, &agg, element, vals, &cmp);
                    }
                    if let Value::Object(obj) = element {
                        for (n, r) in &req.properties {
                            self.property(inst, obj, n, r, &here, &agg, depth + 1);
                        }
                    }
                }
            }
            other => {
                if let Some(min) = req.min_count {
                    self.item(
                        inst.at(),
                        format!("{display}.MinCount"),
                        format!(">= {min}"),
                        "not an array".into(),
                        Outcome::Fail,
                        None,
                    );
                }
                if let Some(vals) = &values {
                    self.values(inst, &display, &agg, other, vals, &cmp);
                }
                if let Value::Object(obj) = other {
                    for (n, r) in &req.properties {
                        self.property(inst, obj, n, r, &display, &agg, depth + 1);
                    }
                }
            }
        }
    }

    fn values(
        &mut self,
        inst: &Instance<'_>,
        display: &str,
        agg: &str,
        v: &Value,
        vals: &[Value],
        cmp: &str,
    ) {
        if matches!(cmp, "AnyOf" | "AllOf") {
            let key = (inst.profile, inst.resource, agg, cmp);
            let found = self.across.iter_mut().find(|a| {
                (
                    a.profile.as_str(),
                    a.resource.as_str(),
                    a.path.as_str(),
                    a.comparison.as_str(),
                ) == key
            });
            let entry = match found {
                Some(e) => e,
                None => {
                    self.across.push(Across {
                        profile: inst.profile.to_owned(),
                        resource: inst.resource.to_owned(),
                        path: agg.to_owned(),
                        comparison: cmp.to_owned(),
                        expected: vals.to_vec(),
                        actual: Vec::new(),
                    });
                    let last = self.across.len() - 1;
                    &mut self.across[last]
                }
            };
            for x in flatten(v) {
                if !entry.actual.iter().any(|a| same(a, &x)) {
                    entry.actual.push(x);
                }
            }
            return;
        }
        let ok = compare(Some(v), cmp, vals, self.snap);
        self.item(
            inst.at(),
            format!("{display}.Comparison"),
            format!("{cmp} {}", show(vals)),
            show_value(v),
            if ok { Outcome::Pass } else { Outcome::Fail },
            None,
        );
    }

    fn action(&mut self, inst: &Instance<'_>, name: &str, req: &ActionRequirement) {
        let read = req.read.clone().unwrap_or(Requirement::Mandatory);
        if read == Requirement::None {
            return;
        }
        let found = inst
            .json
            .get("Actions")
            .and_then(Value::as_object)
            .and_then(|m| {
                m.iter().find(|(k, _)| {
                    k.starts_with('#') && k.rsplit_once('.').is_some_and(|(_, n)| n == name)
                })
            });
        let check = format!("Actions.{name}");
        let Some((full, action)) = found else {
            let outcome = match read {
                Requirement::Mandatory => Some(Outcome::Fail),
                Requirement::Recommended => Some(Outcome::Warn),
                _ => None,
            };
            if let Some(o) = outcome {
                self.item(
                    inst.at(),
                    check,
                    read.as_str().to_owned(),
                    "absent".into(),
                    o,
                    req.tolerance.clone(),
                );
            }
            return;
        };
        self.item(
            inst.at(),
            check.clone(),
            read.as_str().to_owned(),
            full.clone(),
            Outcome::Pass,
            req.tolerance.clone(),
        );
        let info = action
            .get("@Redfish.ActionInfo")
            .and_then(Value::as_str)
            .and_then(|u| self.snap.get(u));
        for (pname, p) in &req.parameters {
            let from_info = info
                .and_then(|i| i.get("Parameters"))
                .and_then(Value::as_array)
                .and_then(|ps| {
                    ps.iter()
                        .find(|x| x.get("Name").and_then(Value::as_str) == Some(pname.as_str()))
                });
            let allowable: Option<Vec<Value>> = from_info
                .and_then(|x| x.get("AllowableValues"))
                .and_then(Value::as_array)
                .cloned()
                .or_else(|| {
                    action
                        .get(format!("{pname}@Redfish.AllowableValues"))
                        .and_then(Value::as_array)
                        .cloned()
                });
            let pcheck = format!("{check}.{pname}");
            if p.values.is_empty() && p.recommended.is_empty() {
                let listed = from_info.is_some() || allowable.is_some();
                self.item(
                    inst.at(),
                    pcheck,
                    "parameter supported".into(),
                    if listed {
                        "listed".into()
                    } else {
                        "not described".into()
                    },
                    if listed { Outcome::Pass } else { Outcome::Warn },
                    p.tolerance.clone(),
                );
                continue;
            }
            let Some(allowable) = allowable else {
                self.item(
                    inst.at(),
                    format!("{pcheck}.ParameterValues"),
                    show(&p.values),
                    "no AllowableValues and no ActionInfo: cannot verify".into(),
                    Outcome::Warn,
                    p.tolerance.clone(),
                );
                continue;
            };
            for (kind, wanted, miss) in [
                ("ParameterValues", &p.values, Outcome::Fail),
                ("RecommendedValues", &p.recommended, Outcome::Warn),
            ] {
                if wanted.is_empty() {
                    continue;
                }
                let missing: Vec<Value> = wanted
                    .iter()
                    .filter(|w| !allowable.iter().any(|a| same(a, w)))
                    .cloned()
                    .collect();
                self.item(
                    inst.at(),
                    format!("{pcheck}.{kind}"),
                    format!("includes {}", show(wanted)),
                    show(&allowable),
                    if missing.is_empty() {
                        Outcome::Pass
                    } else {
                        miss
                    },
                    p.tolerance.clone(),
                );
            }
        }
    }

    fn finish_across(&mut self) {
        for a in std::mem::take(&mut self.across) {
            let ok = match a.comparison.as_str() {
                "AllOf" => a
                    .expected
                    .iter()
                    .all(|e| a.actual.iter().any(|x| same(x, e))),
                _ => a
                    .expected
                    .iter()
                    .any(|e| a.actual.iter().any(|x| same(x, e))),
            };
            self.items.push(CheckItem {
                profile: a.profile,
                resource: a.resource.clone(),
                uri: None,
                check: format!(
                    "{}.Comparison (across all {} resources)",
                    a.path, a.resource
                ),
                expected: format!("{} {}", a.comparison, show(&a.expected)),
                actual: show(&a.actual),
                outcome: if ok { Outcome::Pass } else { Outcome::Fail },
                note: None,
            });
        }
    }
}

/// Checks `snapshot` against `profiles` (typically [`super::ProfileLibrary::resolve`]'s
/// chain).
pub fn check(profiles: &[Profile], snapshot: &ServiceSnapshot) -> ConformanceReport {
    let mut c = Checker {
        snap: snapshot,
        items: Vec::new(),
        across: Vec::new(),
    };
    let mut tolerances = Vec::new();
    for profile in profiles {
        let label = profile.label();
        if let Some(min) = &profile.protocol_min_version {
            let version = snapshot
                .get("/redfish/v1")
                .and_then(|r| r.get("RedfishVersion"))
                .and_then(Value::as_str);
            let ok = version.is_some_and(|v| version_cmp(v, min).is_ge());
            c.items.push(CheckItem {
                profile: label.clone(),
                resource: "ServiceRoot".into(),
                uri: None,
                check: "Protocol.MinVersion (RedfishVersion)".into(),
                expected: format!(">= {min}"),
                actual: version.unwrap_or("absent").to_owned(),
                outcome: if ok { Outcome::Pass } else { Outcome::Fail },
                note: None,
            });
        }
        for (registry, min) in &profile.registries {
            c.items.push(CheckItem {
                profile: label.clone(),
                resource: "MessageRegistryFile".into(),
                uri: None,
                check: format!("Registries.{registry}"),
                expected: format!(">= {}", min.as_deref().unwrap_or("any version")),
                actual: "registry requirements are not checked".into(),
                outcome: Outcome::NotTested,
                note: None,
            });
        }
        for r in &profile.resources {
            c.resource(&label, r);
        }
        tolerances.extend(
            profile
                .tolerances
                .iter()
                .map(|t| format!("{}: {t}", profile.name)),
        );
    }
    c.finish_across();
    ConformanceReport {
        profiles: profiles.iter().map(Profile::label).collect(),
        resources: snapshot.len(),
        crawl_errors: snapshot.errors().to_vec(),
        items: c.items,
        tolerances,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn snap() -> ServiceSnapshot {
        ServiceSnapshot::from_resources([
            (
                "/redfish/v1".to_owned(),
                json!({"@odata.type": "#ServiceRoot.v1_5_0.ServiceRoot", "RedfishVersion": "1.6.0"}),
            ),
            (
                "/redfish/v1/Chassis/Rack".to_owned(),
                json!({
                    "@odata.type": "#Chassis.v1_14_0.Chassis", "ChassisType": "Rack", "AssetTag": null,
                    "Temperatures": [{"Name": "A"}, {"Name": "Chassis Intake Temp"}],
                    "Actions": {"#Chassis.Reset": {"target": "/x", "ResetType@Redfish.AllowableValues": ["On", "ForceRestart"]}}
                }),
            ),
            (
                "/redfish/v1/Chassis/Node1".to_owned(),
                json!({
                    "@odata.type": "#Chassis.v1_14_0.Chassis", "ChassisType": "Node", "Status": {"State": "Absent"},
                    "Actions": {"#Chassis.Reset": {"target": "/y"}}
                }),
            ),
        ])
    }

    fn profile(resources: Value) -> Profile {
        Profile::from_json(
            &json!({"ProfileName": "T", "ProfileVersion": "1.0.0", "Protocol": {"MinVersion": "1.0"}, "Resources": resources}),
            "t",
        )
        .unwrap()
    }

    fn outcomes(r: &ConformanceReport) -> Vec<(Option<&str>, &str, Outcome)> {
        r.items
            .iter()
            .map(|i| (i.uri.as_deref(), i.check.as_str(), i.outcome))
            .collect()
    }

    #[test]
    fn read_requirements_and_any_of_across_resources() {
        let p = profile(json!({"Chassis": {"PropertyRequirements": {
            "ChassisType": {"Values": ["Rack"]},
            "AssetTag": {},
            "SKU": {"ReadRequirement": "Recommended"},
            "Model": {"ReadRequirement": "IfImplemented"},
            "PartNumber": {"ReadRequirement": "IfPopulated"}
        }}}));
        let r = check(&[p], &snap());
        let o = outcomes(&r);
        let rack = Some("/redfish/v1/Chassis/Rack");
        let node = Some("/redfish/v1/Chassis/Node1");
        assert!(o.contains(&(None, "Protocol.MinVersion (RedfishVersion)", Outcome::Pass)));
        assert!(
            o.contains(&(rack, "AssetTag", Outcome::Pass)),
            "null counts as present"
        );
        assert!(o.contains(&(node, "AssetTag", Outcome::Fail)));
        assert!(o.contains(&(rack, "SKU", Outcome::Warn)));
        assert!(
            !o.iter().any(|(_, c, _)| *c == "Model"),
            "IfImplemented and absent: nothing to check"
        );
        assert!(
            o.contains(&(rack, "PartNumber", Outcome::Fail)),
            "populated: mandatory"
        );
        assert!(
            o.contains(&(node, "PartNumber", Outcome::Warn)),
            "Status.State Absent: recommended"
        );
        // One Node chassis does not make the AnyOf fail: it is evaluated across resources.
        assert!(o.contains(&(
            None,
            "ChassisType.Comparison (across all Chassis resources)",
            Outcome::Pass
        )));
        assert_eq!(r.counts().fail, 2);
    }

    #[test]
    fn any_of_fails_when_no_instance_has_a_value() {
        let p = profile(json!({"Chassis": {"PropertyRequirements": {
            "Temperatures": {"PropertyRequirements": {"Name": {"Values": ["CPU1 Temp"]}}}
        }}}));
        let r = check(&[p], &snap());
        let f = r.failures();
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(
            f.iter().any(|i| i.check == "Temperatures"
                && i.uri.as_deref() == Some("/redfish/v1/Chassis/Node1"))
        );
        assert!(
            f.iter()
                .any(|i| i.check.starts_with("Temperatures.Name.Comparison") && i.uri.is_none())
        );
    }

    #[test]
    fn actions_and_allowable_values() {
        let p = profile(json!({"Chassis": {"ActionRequirements": {
            "Reset": {"Parameters": {"ResetType": {"ParameterValues": ["ForceRestart"], "RecommendedValues": ["Nmi"]}}},
            "Missing": {"ReadRequirement": "Recommended"}
        }}}));
        let r = check(&[p], &snap());
        let o = outcomes(&r);
        let rack = Some("/redfish/v1/Chassis/Rack");
        let node = Some("/redfish/v1/Chassis/Node1");
        assert!(o.contains(&(rack, "Actions.Reset", Outcome::Pass)));
        assert!(o.contains(&(
            rack,
            "Actions.Reset.ResetType.ParameterValues",
            Outcome::Pass
        )));
        assert!(o.contains(&(
            rack,
            "Actions.Reset.ResetType.RecommendedValues",
            Outcome::Warn
        )));
        assert!(
            o.contains(&(
                node,
                "Actions.Reset.ResetType.ParameterValues",
                Outcome::Warn
            )),
            "nothing to verify against"
        );
        assert!(o.contains(&(rack, "Actions.Missing", Outcome::Warn)));
        assert_eq!(r.counts().fail, 0);
    }

    #[test]
    fn missing_resource_types_and_uri_filters() {
        let p = profile(json!({
            "Manager": {},
            "Thermal": {"ReadRequirement": "Recommended"},
            "Power": {"ReadRequirement": "IfImplemented"},
            "ServiceRoot": {"MinVersion": "1.6.0", "URIs": ["/redfish/v1"]},
            "ChassisCollection": {"URIs": ["/redfish/v1/Chassis"], "ReadRequirement": "Mandatory"}
        }));
        let r = check(&[p], &snap());
        let o = outcomes(&r);
        assert!(o.contains(&(None, "ReadRequirement", Outcome::Fail)));
        let missing: Vec<&str> = r
            .failures()
            .iter()
            .filter(|i| i.uri.is_none())
            .map(|i| i.resource.as_str())
            .collect();
        assert_eq!(
            missing,
            vec!["Manager", "ChassisCollection"],
            "the URI filter leaves none"
        );
        assert_eq!(r.failures().len(), 3, "{:?}", r.failures());
        assert_eq!(r.warnings().len(), 1);
        assert!(
            o.contains(&(Some("/redfish/v1"), "MinVersion", Outcome::Fail)),
            "1.5.0 < 1.6.0"
        );
    }

    #[test]
    fn aliases_and_not_in_schema_are_tolerated_with_a_note() {
        let s = ServiceSnapshot::from_resources([
            (
                "/redfish/v1/Managers/1/NetworkProtocol".to_owned(),
                json!({
                    "@odata.type": "#ManagerNetworkProtocol.v1_5_0.ManagerNetworkProtocol",
                    "HTTP": {"ProtocolEnabled": true, "Port": 80}
                }),
            ),
            (
                "/redfish/v1/Chassis/1/Power".to_owned(),
                json!({"@odata.type": "#Power.v1_7_3.Power"}),
            ),
        ]);
        let p = profile(json!({
            "ManagerNetworkProtocol": {"PropertyRequirements": {"HTTP": {"PropertyRequirements": {"ProtocolEnable": {}, "Port": {}}}}},
            "Power": {"PropertyRequirements": {"Status": {}, "PowerConsumedWatts": {}, "PowerControl": {}}}
        }));
        let r = check(&[p], &s);
        let typo = r
            .items
            .iter()
            .find(|i| i.check == "HTTP.ProtocolEnable")
            .unwrap();
        assert_eq!(typo.outcome, Outcome::Pass);
        assert!(typo.note.as_deref().unwrap().contains("ProtocolEnabled"));
        let o = outcomes(&r);
        let power = Some("/redfish/v1/Chassis/1/Power");
        assert!(o.contains(&(power, "Status", Outcome::Warn)));
        assert!(o.contains(&(power, "PowerConsumedWatts", Outcome::Warn)));
        assert!(
            o.contains(&(power, "PowerControl", Outcome::Fail)),
            "a real schema property stays mandatory"
        );
    }

    #[test]
    fn conditional_requirements_follow_the_parent_chain() {
        let s = ServiceSnapshot::from_resources([
            (
                "/redfish/v1/Managers/RMC".to_owned(),
                json!({"@odata.type": "#Manager.v1_10_0.Manager"}),
            ),
            (
                "/redfish/v1/Managers/RMC/EthernetInterfaces".to_owned(),
                json!({"@odata.type": "#EthernetInterfaceCollection.EthernetInterfaceCollection"}),
            ),
            (
                "/redfish/v1/Managers/RMC/EthernetInterfaces/eth0".to_owned(),
                json!({"@odata.type": "#EthernetInterface.v1_12_0.EthernetInterface"}),
            ),
            (
                "/redfish/v1/Systems/1/EthernetInterfaces".to_owned(),
                json!({"@odata.type": "#EthernetInterfaceCollection.EthernetInterfaceCollection"}),
            ),
            (
                "/redfish/v1/Systems/1".to_owned(),
                json!({"@odata.type": "#ComputerSystem.v1_10_0.ComputerSystem"}),
            ),
            (
                "/redfish/v1/Systems/1/EthernetInterfaces/nic0".to_owned(),
                json!({"@odata.type": "#EthernetInterface.v1_12_0.EthernetInterface"}),
            ),
        ]);
        let p = profile(
            json!({"EthernetInterface": {"PropertyRequirements": {"HostName": {
                "ReadRequirement": "Recommended",
                "ConditionalRequirements": [{"SubordinateToResource": ["Manager", "EthernetInterfaceCollection"], "ReadRequirement": "Mandatory"}]
            }}}}),
        );
        let r = check(&[p], &s);
        let o = outcomes(&r);
        assert!(o.contains(&(
            Some("/redfish/v1/Managers/RMC/EthernetInterfaces/eth0"),
            "HostName",
            Outcome::Fail
        )));
        assert!(o.contains(&(
            Some("/redfish/v1/Systems/1/EthernetInterfaces/nic0"),
            "HostName",
            Outcome::Warn
        )));
    }

    #[test]
    fn min_count_and_equal_comparison() {
        let s = ServiceSnapshot::from_resources([
            ("/redfish/v1".to_owned(), json!({"RedfishVersion": "1.0.0"})),
            (
                "/redfish/v1/UpdateService/FirmwareInventory".to_owned(),
                json!({
                    "@odata.type": "#SoftwareInventoryCollection.SoftwareInventoryCollection",
                    "Members": [{"@odata.id": "/a"}, {"@odata.id": "/b"}], "Members@odata.count": 2
                }),
            ),
            (
                "/redfish/v1/UpdateService/FirmwareInventory/a".to_owned(),
                json!({
                "@odata.type": "#SoftwareInventory.v1_2_0.SoftwareInventory", "Updateable": true}),
            ),
            (
                "/redfish/v1/UpdateService/FirmwareInventory/b".to_owned(),
                json!({
                "@odata.type": "#SoftwareInventory.v1_2_0.SoftwareInventory", "Updateable": false}),
            ),
        ]);
        let p = profile(json!({
            "SoftwareInventoryCollection": {"PropertyRequirements": {"Members": {"MinCount": 3}}},
            "SoftwareInventory": {"PropertyRequirements": {"Updateable": {"Comparison": "Equal", "Values": [true]}}}
        }));
        let r = check(&[p], &s);
        let f: Vec<(Option<&str>, &str)> = r
            .failures()
            .iter()
            .map(|i| (i.uri.as_deref(), i.check.as_str()))
            .collect();
        assert_eq!(
            f,
            vec![
                (
                    Some("/redfish/v1/UpdateService/FirmwareInventory"),
                    "Members.MinCount"
                ),
                (
                    Some("/redfish/v1/UpdateService/FirmwareInventory/b"),
                    "Updateable.Comparison"
                ),
            ]
        );
    }

    #[test]
    fn uri_patterns_match_id_segments() {
        assert!(uri_matches(&[], "/x"));
        let p = vec!["/redfish/v1/Managers/{ManagerId}/LogServices".to_owned()];
        assert!(uri_matches(&p, "/redfish/v1/Managers/RMC/LogServices"));
        assert!(!uri_matches(&p, "/redfish/v1/Systems/1/LogServices"));
        assert!(!uri_matches(&p, "/redfish/v1/Managers/RMC/LogServices/Log"));
    }
}
