//! Walks the real iLO 5 capture (`testdata/mockups/hpe-ilo5-xl675d`) and types
//! every HPE resource and `Oem.Hpe` section this crate models: each must parse without a
//! rejected or unknown value and serialize back to the same JSON.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use hpe_oem::account::HpeAccountServiceOem;
use hpe_oem::automatic_enrollment::HpeAutomaticCertEnrollment;
use hpe_oem::{
    HpeAccountOem, HpeHttpsCert, HpeManagerOem, HpeSecurityService, HpeServiceRootOem,
    ResourceDirectory, SecurityState,
};
use redfish_model::diagnostics::{Diagnose, diagnose};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn capture_dir() -> PathBuf {
    redfish_test_support::mockup("hpe-ilo5-xl675d")
}

fn resources(dir: &Path, out: &mut Vec<(PathBuf, Value)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            resources(&path, out);
        } else if path.file_name().is_some_and(|n| n == "index.json") {
            let text = std::fs::read_to_string(&path).unwrap();
            if let Ok(v) = serde_json::from_str::<Value>(&text) {
                out.push((path, v));
            }
        }
    }
}

/// Types `raw` as `T`, checks nothing was rejected and that it serializes back identically.
fn round_trip<T: DeserializeOwned + Serialize + Diagnose>(what: &str, raw: &Value) -> T {
    let typed: T = serde_json::from_value(raw.clone()).unwrap_or_else(|e| panic!("{what}: {e}"));
    let problems = diagnose(&typed);
    assert!(problems.is_empty(), "{what}: {problems:?}");
    let back = serde_json::to_value(&typed).unwrap();
    assert_eq!(&back, raw, "{what}: round trip differs");
    typed
}

fn schema_of(v: &Value) -> Option<String> {
    let t = v.get("@odata.type")?.as_str()?;
    Some(t.trim_start_matches('#').split('.').next()?.to_owned())
}

#[test]
fn every_modelled_hpe_resource_of_the_ilo5_capture_round_trips() {
    let dir = capture_dir();
    let mut all = Vec::new();
    resources(&dir, &mut all);
    // 708 documents: the capture less its pruned SchemaStore copies (testdata/README.md).
    assert!(all.len() >= 700, "capture not found at {}", dir.display());

    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (path, raw) in &all {
        let what = path.strip_prefix(&dir).unwrap().display().to_string();
        let hpe = raw.pointer("/Oem/Hpe");
        match schema_of(raw).as_deref() {
            Some("HpeSecurityService") => {
                let s: HpeSecurityService = round_trip(&what, raw);
                assert_eq!(s.security_state, Some(SecurityState::Production));
                assert_eq!(
                    s.security_state_allowable_values.as_deref(),
                    Some(
                        &[
                            SecurityState::Production,
                            SecurityState::HighSecurity,
                            SecurityState::FIPS
                        ][..]
                    )
                );
                assert!(s.links.as_ref().unwrap().https_cert.is_some());
                *counts.entry("HpeSecurityService").or_default() += 1;
            }
            Some("HpeHttpsCert") => {
                let c: HpeHttpsCert = round_trip(&what, raw);
                assert!(
                    c.actions
                        .as_ref()
                        .unwrap()
                        .get("#HpeHttpsCert.GenerateCSR")
                        .is_some()
                );
                *counts.entry("HpeHttpsCert").or_default() += 1;
            }
            Some("HpeAutomaticCertEnrollment") => {
                let a: HpeAutomaticCertEnrollment = round_trip(&what, raw);
                assert!(!a.is_enabled());
                *counts.entry("HpeAutomaticCertEnrollment").or_default() += 1;
            }
            Some("HpeiLOResourceDirectory") => {
                let d: ResourceDirectory = round_trip(&what, raw);
                assert_eq!(d.instances.as_ref().unwrap().len(), 379);
                assert_eq!(d.find_by_schema("HpeSecurityService").len(), 1);
                *counts.entry("HpeiLOResourceDirectory").or_default() += 1;
            }
            Some("ServiceRoot") => {
                let oem: HpeServiceRootOem = round_trip(&format!("{what} Oem.Hpe"), hpe.unwrap());
                assert_eq!(
                    oem.manager.unwrap()[0].manager_type.as_deref(),
                    Some("iLO 5")
                );
                *counts.entry("ServiceRoot Oem.Hpe").or_default() += 1;
            }
            Some("Manager") if hpe.is_some() => {
                let oem: HpeManagerOem = round_trip(&format!("{what} Oem.Hpe"), hpe.unwrap());
                assert_eq!(oem.require_host_authentication, Some(false));
                assert!(oem.links.unwrap().security_service.is_some());
                *counts.entry("Manager Oem.Hpe").or_default() += 1;
            }
            Some("ManagerAccount") if hpe.is_some() => {
                let oem: HpeAccountOem = round_trip(&format!("{what} Oem.Hpe"), hpe.unwrap());
                // Every local account has the login privilege.
                assert_eq!(
                    oem.privileges.unwrap().get(hpe_oem::IloPrivilege::Login),
                    Some(true)
                );
                *counts.entry("ManagerAccount Oem.Hpe").or_default() += 1;
            }
            Some("AccountService") if hpe.is_some() => {
                let _: HpeAccountServiceOem = round_trip(&format!("{what} Oem.Hpe"), hpe.unwrap());
                *counts.entry("AccountService Oem.Hpe").or_default() += 1;
            }
            _ => {}
        }
    }
    let expected: BTreeMap<&str, usize> = [
        ("AccountService Oem.Hpe", 1),
        ("HpeAutomaticCertEnrollment", 1),
        ("HpeHttpsCert", 1),
        ("HpeSecurityService", 1),
        ("HpeiLOResourceDirectory", 1),
        ("Manager Oem.Hpe", 1),
        ("ManagerAccount Oem.Hpe", 2),
        ("ServiceRoot Oem.Hpe", 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(counts, expected);
}
