//! A Redfish interoperability profile (DSP0272 format) as this checker reads it, with the
//! tolerances for published profiles' defects applied while parsing.

use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// `ReadRequirement` / `WriteRequirement` values (DSP0272). A missing `ReadRequirement`
/// means [`Requirement::Mandatory`]; a missing `WriteRequirement` means none.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Requirement {
    /// Shall be present.
    Mandatory,
    /// Shall be supported, may be absent when not populated.
    Supported,
    /// Should be present (a warning when absent).
    Recommended,
    /// Checked only when present.
    IfImplemented,
    /// Mandatory unless the containing object's `Status.State` is `Absent`.
    IfPopulated,
    /// Only the `ConditionalRequirements` apply.
    Conditional,
    /// Not checked.
    None,
    /// A value this checker does not know (kept, treated as `IfImplemented`).
    Other(String),
}

impl Requirement {
    fn parse(v: Option<&Value>) -> Option<Self> {
        let s = v?.as_str()?;
        Some(match s {
            "Mandatory" => Self::Mandatory,
            "Supported" => Self::Supported,
            "Recommended" => Self::Recommended,
            "IfImplemented" => Self::IfImplemented,
            "IfPopulated" => Self::IfPopulated,
            "Conditional" => Self::Conditional,
            "None" => Self::None,
            other => Self::Other(other.to_owned()),
        })
    }

    /// The profile's spelling.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mandatory => "Mandatory",
            Self::Supported => "Supported",
            Self::Recommended => "Recommended",
            Self::IfImplemented => "IfImplemented",
            Self::IfPopulated => "IfPopulated",
            Self::Conditional => "Conditional",
            Self::None => "None",
            Self::Other(s) => s,
        }
    }
}

/// One entry of `ConditionalRequirements`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Conditional {
    /// `SubordinateToResource`: the chain of parent resource types, farthest first.
    pub subordinate_to: Option<Vec<String>>,
    /// `CompareProperty` (a name in the same object, or a JSON pointer from the resource).
    pub compare_property: Option<String>,
    /// `CompareType` (`AnyOf`, `Equal`, `Present`, ...).
    pub compare_type: Option<String>,
    /// `CompareValues`.
    pub compare_values: Vec<Value>,
    /// The `ReadRequirement` when the condition holds.
    pub read: Option<Requirement>,
    /// The `WriteRequirement` when the condition holds.
    pub write: Option<Requirement>,
    /// `Values` when the condition holds.
    pub values: Option<Vec<Value>>,
    /// `Comparison` when the condition holds.
    pub comparison: Option<String>,
}

/// Requirements on a property (`PropertyRequirements` entries, nested).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PropertyRequirement {
    /// `ReadRequirement` (`None`: not given, i.e. Mandatory).
    pub read: Option<Requirement>,
    /// `WriteRequirement`.
    pub write: Option<Requirement>,
    /// `MinCount` (arrays).
    pub min_count: Option<u64>,
    /// `Values`.
    pub values: Option<Vec<Value>>,
    /// `Comparison` (default `AnyOf`).
    pub comparison: Option<String>,
    /// `ConditionalRequirements`.
    pub conditional: Vec<Conditional>,
    /// Nested `PropertyRequirements`, in profile order.
    pub properties: Vec<(String, PropertyRequirement)>,
    /// `Purpose`.
    pub purpose: Option<String>,
    /// A tolerance applied to this entry while parsing.
    pub tolerance: Option<String>,
}

/// Requirements on an action parameter.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ParameterRequirement {
    /// `ReadRequirement`.
    pub read: Option<Requirement>,
    /// `ParameterValues` (and the non-standard `MinSupportValues`): values the service
    /// shall allow.
    pub values: Vec<Value>,
    /// `RecommendedValues`.
    pub recommended: Vec<Value>,
    /// A tolerance applied while parsing.
    pub tolerance: Option<String>,
}

/// Requirements on an action (`ActionRequirements` entries).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ActionRequirement {
    /// `ReadRequirement` (`None`: not given, i.e. Mandatory).
    pub read: Option<Requirement>,
    /// `Parameters`.
    pub parameters: Vec<(String, ParameterRequirement)>,
    /// A tolerance applied while parsing.
    pub tolerance: Option<String>,
}

/// Requirements on a resource type (`Resources` entries).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ResourceRequirement {
    /// The Redfish type the entry applies to (the profile key, corrected when the
    /// profile misspells it).
    pub type_name: String,
    /// The key as the profile wrote it.
    pub profile_key: String,
    /// `ReadRequirement` of the resource itself.
    pub read: Option<Requirement>,
    /// `MinVersion` of the resource's schema.
    pub min_version: Option<String>,
    /// `URIs`: only instances at these URIs (`{Id}` segments match anything).
    pub uris: Vec<String>,
    /// `ConditionalRequirements` of the resource.
    pub conditional: Vec<Conditional>,
    /// `PropertyRequirements`, in profile order.
    pub properties: Vec<(String, PropertyRequirement)>,
    /// `ActionRequirements`, in profile order.
    pub actions: Vec<(String, ActionRequirement)>,
}

/// A parsed interoperability profile.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Profile {
    /// `ProfileName`.
    pub name: String,
    /// `ProfileVersion` as declared inside the file.
    pub version: String,
    /// The version in the file name (`Name.v1_1_0.json`), which published OCP profiles
    /// do not always keep in step with `ProfileVersion`.
    pub file_version: Option<String>,
    /// The file it was read from.
    pub file: Option<String>,
    /// `Protocol.MinVersion`.
    pub protocol_min_version: Option<String>,
    /// `RequiredProfiles`: name and `MinVersion`.
    pub required: Vec<(String, Option<String>)>,
    /// `Registries` requirements (registry name and `MinVersion`): listed, not checked.
    pub registries: Vec<(String, Option<String>)>,
    /// `Resources`.
    pub resources: Vec<ResourceRequirement>,
    /// Tolerances applied while parsing (each a sentence naming the defect).
    pub tolerances: Vec<String>,
}

/// Profile keys that name no Redfish type, and the type they mean.
const RESOURCE_ALIASES: &[(&str, &str)] = &[("LogServicesCollection", "LogServiceCollection")];

/// Actions a profile puts under the wrong resource: (profile resource, action, resource
/// whose schema defines it).
const RELOCATED_ACTIONS: &[(&str, &str, &str)] = &[("LogEntry", "SimpleUpdate", "UpdateService")];

impl Profile {
    /// Reads a profile file.
    ///
    /// # Errors
    ///
    /// [`Error::Profile`] when the file cannot be read or is not a profile.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::Profile {
            name: path.display().to_string(),
            reason: e.to_string(),
        })?;
        let file_name = path.file_name().map(|f| f.to_string_lossy().into_owned());
        Self::from_text(&text, &path.display().to_string(), file_name)
    }

    /// Parses the text of a profile file named `file_name` (its version may be in the name);
    /// `origin` names it in errors.
    pub(crate) fn from_text(text: &str, origin: &str, file_name: Option<String>) -> Result<Self> {
        let json: Value = serde_json::from_str(text).map_err(|e| Error::Profile {
            name: origin.to_owned(),
            reason: format!("not valid JSON: {e}"),
        })?;
        let mut p = Self::from_json(&json, origin)?;
        p.file_version = file_name.as_deref().and_then(version_in_file_name);
        p.file = file_name;
        Ok(p)
    }

    /// Parses a profile document; `origin` names it in errors.
    ///
    /// # Errors
    ///
    /// [`Error::Profile`] without `ProfileName` or `Resources`.
    pub fn from_json(json: &Value, origin: &str) -> Result<Self> {
        let bad = |reason: &str| Error::Profile {
            name: origin.to_owned(),
            reason: reason.to_owned(),
        };
        let obj = json.as_object().ok_or_else(|| bad("not a JSON object"))?;
        let name = obj
            .get("ProfileName")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("no ProfileName"))?
            .to_owned();
        let resources = obj
            .get("Resources")
            .and_then(Value::as_object)
            .ok_or_else(|| bad("no Resources object"))?;
        let mut p = Profile {
            version: obj
                .get("ProfileVersion")
                .and_then(Value::as_str)
                .unwrap_or("0.0.0")
                .to_owned(),
            protocol_min_version: json
                .pointer("/Protocol/MinVersion")
                .and_then(Value::as_str)
                .map(str::to_owned),
            required: obj
                .get("RequiredProfiles")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| {
                            let min = v
                                .get("MinVersion")
                                .and_then(Value::as_str)
                                .map(str::to_owned);
                            (k.clone(), min)
                        })
                        .collect()
                })
                .unwrap_or_default(),
            registries: obj
                .get("Registries")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| {
                            let min = v
                                .get("MinVersion")
                                .and_then(Value::as_str)
                                .map(str::to_owned);
                            (k.clone(), min)
                        })
                        .collect()
                })
                .unwrap_or_default(),
            name,
            ..Profile::default()
        };
        let mut tolerances = Vec::new();
        for (key, entry) in resources {
            let type_name = RESOURCE_ALIASES
                .iter()
                .find(|(bad, _)| bad == key)
                .map(|(_, good)| {
                    tolerances.push(format!(
                        "Resources/{key}: no Redfish type has this name; read as {good}"
                    ));
                    (*good).to_owned()
                })
                .unwrap_or_else(|| key.clone());
            let path = format!("Resources/{key}");
            let empty = Map::new();
            let e = entry.as_object().unwrap_or(&empty);
            p.resources.push(ResourceRequirement {
                type_name,
                profile_key: key.clone(),
                read: Requirement::parse(e.get("ReadRequirement")),
                min_version: e
                    .get("MinVersion")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                uris: e
                    .get("URIs")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default(),
                conditional: parse_conditionals(e.get("ConditionalRequirements")),
                properties: parse_properties(
                    e.get("PropertyRequirements"),
                    &format!("{path}/PropertyRequirements"),
                    &mut tolerances,
                ),
                actions: parse_actions(e.get("ActionRequirements"), &path, &mut tolerances),
            });
        }
        relocate_actions(&mut p.resources, &mut tolerances);
        outermost_chassis(&mut p.resources, &mut tolerances);
        p.tolerances = tolerances;
        Ok(p)
    }

    /// `Name version`, with the file name when it says another version.
    pub fn label(&self) -> String {
        match (&self.file, &self.file_version) {
            (Some(f), Some(v)) if *v != self.version => {
                format!("{} {} ({f})", self.name, self.version)
            }
            _ => format!("{} {}", self.name, self.version),
        }
    }
}

/// `1.1.0` from `Name.v1_1_0.json`.
fn version_in_file_name(file: &str) -> Option<String> {
    let stem = file.strip_suffix(".json")?;
    let (_, v) = stem.rsplit_once(".v")?;
    let parts: Vec<&str> = v.split('_').collect();
    if parts.is_empty()
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    Some(parts.join("."))
}

/// Compares dotted versions numerically (`1.10.0` > `1.9.2`); missing parts count as 0.
pub(crate) fn version_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    let parse = |s: &str| -> Vec<u64> {
        s.trim_start_matches('v')
            .split(['.', '_'])
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    let (a, b) = (parse(a), parse(b));
    let n = a.len().max(b.len());
    for i in 0..n {
        let (x, y) = (
            a.get(i).copied().unwrap_or(0),
            b.get(i).copied().unwrap_or(0),
        );
        match x.cmp(&y) {
            std::cmp::Ordering::Equal => {}
            other => return other,
        }
    }
    std::cmp::Ordering::Equal
}

fn values_of(v: Option<&Value>) -> Option<Vec<Value>> {
    v?.as_array().cloned()
}

fn parse_conditionals(v: Option<&Value>) -> Vec<Conditional> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_object)
                .map(|c| Conditional {
                    subordinate_to: c
                        .get("SubordinateToResource")
                        .and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_owned)
                                .collect()
                        }),
                    compare_property: c
                        .get("CompareProperty")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                    compare_type: c
                        .get("CompareType")
                        .or_else(|| c.get("Comparison"))
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                    compare_values: values_of(c.get("CompareValues")).unwrap_or_default(),
                    read: Requirement::parse(c.get("ReadRequirement")),
                    write: Requirement::parse(c.get("WriteRequirement")),
                    values: values_of(c.get("Values")),
                    comparison: c
                        .get("Comparison")
                        .and_then(Value::as_str)
                        .map(str::to_owned),
                })
                .collect()
        })
        .unwrap_or_default()
}

fn parse_properties(
    v: Option<&Value>,
    path: &str,
    tolerances: &mut Vec<String>,
) -> Vec<(String, PropertyRequirement)> {
    let Some(obj) = v.and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, entry) in obj {
        let here = format!("{path}/{name}");
        let (entry, tolerance) = match entry {
            Value::Object(_) => (entry.clone(), None),
            Value::String(s) if name == "Purpose" => {
                // A Purpose annotation written one level too deep (Certificate in the
                // RMC v1_1_0 profile): it is documentation, not a property.
                tolerances.push(format!(
                    "{here}: a Purpose placed among the properties; ignored ({s:?})"
                ));
                continue;
            }
            Value::Array(items) => match items.iter().find(|i| i.is_object()) {
                Some(first) => {
                    let t = format!(
                        "{here}: an array where an object is expected; its first object is used"
                    );
                    tolerances.push(t.clone());
                    (first.clone(), Some(t))
                }
                None => {
                    let t = format!("{here}: an array without requirements; read as presence only");
                    tolerances.push(t.clone());
                    (Value::Object(Map::new()), Some(t))
                }
            },
            Value::String(_) | Value::Number(_) | Value::Bool(_) => {
                // E.g. `"Name": "VRM1 Voltage"` (Power in the RMC profiles): a bare value
                // reads as "this value", i.e. `Values: [value]` (AnyOf across resources),
                // as the project's corrected copy for the DMTF Interop Validator does.
                let t = format!(
                    "{here}: requirement given as the value {entry} instead of an object; read as Values [{entry}]"
                );
                tolerances.push(t.clone());
                (serde_json::json!({ "Values": [entry] }), Some(t))
            }
            Value::Null => {
                let t = format!("{here}: requirement given as null; read as presence only");
                tolerances.push(t.clone());
                (Value::Object(Map::new()), Some(t))
            }
        };
        let e = entry.as_object().cloned().unwrap_or_default();
        out.push((
            name.clone(),
            PropertyRequirement {
                read: Requirement::parse(e.get("ReadRequirement")),
                write: Requirement::parse(e.get("WriteRequirement")),
                min_count: e.get("MinCount").and_then(Value::as_u64),
                values: values_of(e.get("Values")),
                comparison: e
                    .get("Comparison")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                conditional: parse_conditionals(e.get("ConditionalRequirements")),
                properties: parse_properties(
                    e.get("PropertyRequirements"),
                    &format!("{here}/PropertyRequirements"),
                    tolerances,
                ),
                purpose: e.get("Purpose").and_then(Value::as_str).map(str::to_owned),
                tolerance,
            },
        ));
    }
    out
}

fn parse_actions(
    v: Option<&Value>,
    path: &str,
    tolerances: &mut Vec<String>,
) -> Vec<(String, ActionRequirement)> {
    let Some(obj) = v.and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (name, entry) in obj {
        let empty = Map::new();
        let e = entry.as_object().unwrap_or(&empty);
        let mut parameters = Vec::new();
        for (pname, p) in e
            .get("Parameters")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let empty = Map::new();
            let p = p.as_object().unwrap_or(&empty);
            let mut values = values_of(p.get("ParameterValues")).unwrap_or_default();
            let mut tolerance = None;
            if let Some(min) = values_of(p.get("MinSupportValues")) {
                // DSP0272 has no MinSupportValues for parameters (the Interop Validator
                // refuses the file); its meaning is ParameterValues.
                let t = format!(
                    "{path}/ActionRequirements/{name}/Parameters/{pname}: MinSupportValues is not a DSP0272 parameter keyword; read as ParameterValues"
                );
                tolerances.push(t.clone());
                tolerance = Some(t);
                values.extend(min);
            }
            parameters.push((
                pname.clone(),
                ParameterRequirement {
                    read: Requirement::parse(p.get("ReadRequirement")),
                    values,
                    recommended: values_of(p.get("RecommendedValues")).unwrap_or_default(),
                    tolerance,
                },
            ));
        }
        out.push((
            name.clone(),
            ActionRequirement {
                read: Requirement::parse(e.get("ReadRequirement")),
                parameters,
                tolerance: None,
            },
        ));
    }
    out
}

fn relocate_actions(resources: &mut Vec<ResourceRequirement>, tolerances: &mut Vec<String>) {
    for (from, action, to) in RELOCATED_ACTIONS {
        let Some(src) = resources.iter_mut().find(|r| r.profile_key == *from) else {
            continue;
        };
        let Some(pos) = src.actions.iter().position(|(n, _)| n == action) else {
            continue;
        };
        let (name, mut req) = src.actions.remove(pos);
        let t = format!(
            "Resources/{from}/ActionRequirements/{action}: {from} has no such action; checked on {to}, whose schema defines it"
        );
        tolerances.push(t.clone());
        req.tolerance = Some(t);
        match resources.iter_mut().find(|r| r.type_name == *to) {
            Some(dst) => dst.actions.push((name, req)),
            None => resources.push(ResourceRequirement {
                type_name: (*to).to_owned(),
                profile_key: (*to).to_owned(),
                read: Some(Requirement::IfImplemented),
                actions: vec![(name, req)],
                ..ResourceRequirement::default()
            }),
        }
    }
}

/// `Chassis.Links.ContainedBy` required of every chassis cannot hold for the outermost one
/// (the rack itself, guide 5.1.1): it stays Mandatory unless `ChassisType` is `Rack`, where
/// it is Recommended (the rule the emulator's corrected profile copy applies too).
fn outermost_chassis(resources: &mut [ResourceRequirement], tolerances: &mut Vec<String>) {
    for r in resources.iter_mut().filter(|r| r.type_name == "Chassis") {
        let Some((_, links)) = r.properties.iter_mut().find(|(n, _)| n == "Links") else {
            continue;
        };
        let Some((_, contained)) = links
            .properties
            .iter_mut()
            .find(|(n, _)| n == "ContainedBy")
        else {
            continue;
        };
        if contained.read.is_some() || !contained.conditional.is_empty() {
            continue;
        }
        let t = format!(
            "Resources/{}/PropertyRequirements/Links/PropertyRequirements/ContainedBy: the outermost chassis (ChassisType Rack) is contained by nothing; Mandatory for every other chassis, Recommended for the rack",
            r.profile_key
        );
        tolerances.push(t.clone());
        contained.read = Some(Requirement::Recommended);
        contained.conditional.push(Conditional {
            compare_property: Some("/ChassisType".into()),
            compare_type: Some("NotEqual".into()),
            compare_values: vec![Value::from("Rack")],
            read: Some(Requirement::Mandatory),
            ..Conditional::default()
        });
        contained.tolerance = Some(t);
    }
}

/// Resources by type name, for quick lookup.
#[cfg(test)]
pub(crate) fn by_type(
    profile: &Profile,
) -> std::collections::BTreeMap<&str, Vec<&ResourceRequirement>> {
    let mut m: std::collections::BTreeMap<&str, Vec<&ResourceRequirement>> =
        std::collections::BTreeMap::new();
    for r in &profile.resources {
        m.entry(r.type_name.as_str()).or_default().push(r);
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(name: &str) -> String {
        format!("{}/profiles/{name}", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn versions_compare_numerically() {
        use std::cmp::Ordering::*;
        assert_eq!(version_cmp("1.10.0", "1.9.2"), Greater);
        assert_eq!(version_cmp("1.0", "1.0.0"), Equal);
        assert_eq!(version_cmp("v1_1_0", "1.1.1"), Less);
        assert_eq!(
            version_in_file_name("OCPRackManagerController.v1_1_0.json").as_deref(),
            Some("1.1.0")
        );
        assert_eq!(version_in_file_name("x.json"), None);
    }

    #[test]
    fn rmc_profile_defects_are_tolerated_and_named() {
        let p = Profile::from_file(reference("OCPRackManagerController.v1_1_0.json")).unwrap();
        assert_eq!(p.name, "OCPRackManagerController");
        assert_eq!(p.version, "1.0.0");
        assert_eq!(p.file_version.as_deref(), Some("1.1.0"));
        assert!(p.label().contains("OCPRackManagerController.v1_1_0.json"));
        let joined = p.tolerances.join("\n");
        assert!(joined.contains("MinSupportValues"), "{joined}");
        assert!(joined.contains("LogServicesCollection"), "{joined}");
        assert!(
            joined.contains("Voltages/PropertyRequirements/Name"),
            "{joined}"
        );
        assert!(
            joined.contains("Certificate/PropertyRequirements/Purpose"),
            "{joined}"
        );
        assert!(
            joined.contains("LogEntry/ActionRequirements/SimpleUpdate"),
            "{joined}"
        );
        // The relocations took effect.
        let types = by_type(&p);
        assert!(types.contains_key("LogServiceCollection"));
        assert!(types["LogEntry"][0].actions.is_empty());
        assert!(
            types["UpdateService"][0]
                .actions
                .iter()
                .any(|(n, _)| n == "SimpleUpdate")
        );
        let reset = &types["Manager"][0].actions[0].1.parameters[0].1;
        assert_eq!(reset.values, vec![Value::from("PowerCycle")]);
        let power = types["Power"][0];
        let volts = &power
            .properties
            .iter()
            .find(|(n, _)| n == "Voltages")
            .unwrap()
            .1;
        let name = &volts
            .properties
            .iter()
            .find(|(n, _)| n == "Name")
            .unwrap()
            .1;
        assert_eq!(name.values, Some(vec![Value::from("VRM1 Voltage")]));
        let cert = types["Certificate"][0];
        assert!(cert.properties.iter().all(|(n, _)| n != "Purpose"));
    }

    #[test]
    fn v1_0_2_array_requirement_is_tolerated() {
        let p = Profile::from_file(reference("OCPRackManagerController.v1_0_2.json")).unwrap();
        let power = by_type(&p)["Power"][0];
        let volts = &power
            .properties
            .iter()
            .find(|(n, _)| n == "Voltages")
            .unwrap()
            .1;
        assert!(volts.tolerance.is_some());
        assert!(volts.properties.iter().any(|(n, _)| n == "ReadingVolts"));
    }

    #[test]
    fn registries_are_read() {
        let p = Profile::from_file(reference("OCPBaselineHardwareManagement.v1_1_1.json")).unwrap();
        assert_eq!(
            p.registries,
            vec![("Base".to_owned(), Some("1.2.0".to_owned()))]
        );
    }

    #[test]
    fn baseline_profiles_load_without_tolerances() {
        for f in [
            "OCPBaselineHardwareManagement.v1_0_1.json",
            "OCPBaselineHardwareManagement.v1_1_1.json",
        ] {
            let p = Profile::from_file(reference(f)).unwrap();
            assert!(p.tolerances.is_empty(), "{f}: {:?}", p.tolerances);
            assert!(!p.resources.is_empty());
        }
    }

    #[test]
    fn not_a_profile_is_an_error() {
        assert!(Profile::from_json(&serde_json::json!({"Resources": {}}), "x").is_err());
        assert!(Profile::from_json(&serde_json::json!([]), "x").is_err());
    }
}
