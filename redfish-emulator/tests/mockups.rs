//! Serving the DMTF mockups and the real iLO 5 capture from `testdata/mockups` (and `REDFISH_MOCKUPS`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

mod common;

use std::collections::{BTreeSet, VecDeque};

use common::{Api, message_keys, start};
use redfish_emulator::{Emulator, Method, Scenario};
use reqwest::StatusCode;
use serde_json::{Value, json};

use redfish_test_support::mockup;

fn links(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                if k == "@odata.id" {
                    if let Some(s) = child.as_str() {
                        out.push(s.to_owned());
                    }
                } else {
                    links(child, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|c| links(c, out)),
        _ => {}
    }
}

/// Walks every link from the service root; returns (resources fetched, links to nothing).
async fn crawl(api: &Api<'_>) -> (usize, Vec<String>) {
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from(["/redfish/v1/".to_owned()]);
    let mut missing = Vec::new();
    let mut fetched = 0;
    while let Some(uri) = queue.pop_front() {
        let path = uri
            .split('#')
            .next()
            .unwrap()
            .trim_end_matches('/')
            .to_owned();
        if path.is_empty() || !seen.insert(path.clone()) || !path.starts_with("/redfish/v1") {
            continue;
        }
        let (status, body) = api.get(&path).await;
        match status {
            StatusCode::OK => {
                fetched += 1;
                let mut found = Vec::new();
                links(&body, &mut found);
                queue.extend(found);
            }
            StatusCode::NOT_FOUND => missing.push(path),
            other => panic!("{path}: {other}"),
        }
    }
    (fetched, missing)
}

#[tokio::test]
async fn public_rackmount1_is_served_with_standard_behaviours() {
    let (emu, c) =
        start(Emulator::builder().scenario(Scenario::mockup(mockup("public-rackmount1")))).await;
    let api = Api::new(&emu, &c);
    let (fetched, missing) = crawl(&api).await;
    assert!(fetched > 200, "{fetched}");
    // The mockup links to Sensors it does not contain (a known defect of the mockup).
    assert!(
        missing.iter().all(|m| m.contains("/Sensors/")),
        "{missing:?}"
    );

    // $metadata is the mockup's own.
    let xml = c
        .get(common::url(&emu, "/redfish/v1/$metadata"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(xml.contains("ServiceRoot_v1.xml"));

    // PATCH with schema validation, If-Match and ETags.
    let (_, chassis) = api.get("/redfish/v1/Chassis/1U").await;
    let etag = chassis["@odata.etag"].as_str().unwrap().to_owned();
    let r = api
        .req(Method::PATCH, "/redfish/v1/Chassis/1U")
        .header("If-Match", &etag)
        .json(&json!({"AssetTag": "mockup-tag"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let (status, err) = api
        .patch("/redfish/v1/Chassis/1U", json!({"ChassisType": "Rack"}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyNotWritable"]);

    // The mockup's system reset action works and changes the power state.
    let (_, sys) = api.get("/redfish/v1/Systems/437XR1138R2").await;
    let target = sys["Actions"]["#ComputerSystem.Reset"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = api.post(&target, json!({"ResetType": "ForceOff"})).await;
    assert!(status.is_success(), "{status}");
    assert_eq!(
        emu.resource("/redfish/v1/Systems/437XR1138R2").unwrap()["PowerState"],
        "Off"
    );

    // Sessions work; the mockup's accounts were kept next to the default ones.
    let r = c
        .post(common::url(&emu, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": "operator", "Password": "operator-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let (_, accounts) = api.get("/redfish/v1/AccountService/Accounts").await;
    assert!(accounts["Members@odata.count"].as_u64().unwrap() > 3);
}

#[tokio::test]
async fn public_bladed_is_served() {
    let (emu, c) =
        start(Emulator::builder().scenario(Scenario::mockup(mockup("public-bladed")))).await;
    let api = Api::new(&emu, &c);
    let (fetched, _missing) = crawl(&api).await;
    assert!(fetched >= 80, "{fetched}");
    let (_, chassis) = api.get("/redfish/v1/Chassis").await;
    assert!(chassis["Members@odata.count"].as_u64().unwrap() >= 5);
}

#[tokio::test]
async fn real_ilo5_capture_with_trailing_slashes() {
    let (emu, c) = start(
        Emulator::builder()
            .scenario(Scenario::mockup(mockup("hpe-ilo5-xl675d")))
            .page_size(1000),
    )
    .await;
    let api = Api::new(&emu, &c);
    let (_, root) = api.get("/redfish/v1/").await;
    assert_eq!(root["@odata.id"], "/redfish/v1/", "served as captured");
    assert_eq!(root["Oem"]["Hpe"]["Manager"][0]["ManagerType"], "iLO 5");
    let (fetched, _) = crawl(&api).await;
    assert!(fetched > 500, "{fetched}");
    // Folders named *.json hold resources too.
    let (status, schema) = api
        .get("/redfish/v1/SchemaStore/en/HpeSecurityService.json")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        schema["title"]
            .as_str()
            .unwrap()
            .contains("HpeSecurityService")
    );
    // Trailing-slash action targets, iLO-style AllowableValues annotations.
    let (_, mgr) = api.get("/redfish/v1/Managers/1/").await;
    let target = mgr["Actions"]["#Manager.Reset"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(target.ends_with('/'));
    let (status, _) = api
        .post(&target, json!({"ResetType": "ForceRestart"}))
        .await;
    assert!(status.is_success());
    let (status, err) = api.post(&target, json!({"ResetType": "PowerCycle"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterValueNotInList"]);
    // The capture identifies an iLO, so it gets the iLO behaviour: allowed transitions pass,
    // others are refused in iLO's own error format (as the built-in iLO scenarios do).
    let (status, _) = api
        .patch(
            "/redfish/v1/Managers/1/SecurityService/",
            json!({"SecurityState": "HighSecurity"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, err) = api
        .patch(
            "/redfish/v1/Managers/1/SecurityService/",
            json!({"SecurityState": "CNSA"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueBadParam"]);
    assert_eq!(err["error"]["code"], "iLO.0.10.ExtendedInfo");
}

#[tokio::test]
async fn missing_mockup_is_an_error() {
    let err = Emulator::builder()
        .scenario(Scenario::mockup("/nonexistent/mockup"))
        .start()
        .await
        .unwrap_err();
    assert!(
        matches!(err, redfish_emulator::Error::Mockup { .. }),
        "{err}"
    );
}

/// Every tree named in `REDFISH_MOCKUPS` (captures of the user's own BMCs) loads, and every
/// resource reachable from its root is served; links to resources the capture lacks are listed.
#[tokio::test]
async fn mockups_from_the_environment_are_served() {
    for tree in redfish_test_support::env_mockups() {
        let emu = Emulator::builder()
            .scenario(Scenario::mockup(&tree))
            .page_size(1000)
            .start()
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", tree.display()));
        let c = common::client(&emu);
        let api = Api::new(&emu, &c);
        let (fetched, missing) = crawl(&api).await;
        eprintln!(
            "{}: {fetched} resources served, {} links to resources the capture lacks",
            tree.display(),
            missing.len()
        );
        assert!(fetched > 0, "{}: nothing served", tree.display());
    }
}
