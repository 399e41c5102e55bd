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
            // A GET the capture recorded as failed is served with its error (as the BMC did).
            other if other.is_server_error() && body["error"].is_object() => {
                missing.push(path);
            }
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

#[tokio::test]
async fn captured_errors_keep_their_status_and_listing() {
    let (emu, c) = start(
        Emulator::builder()
            .scenario(Scenario::mockup(mockup("hpe-ilo5-xl675d")))
            .page_size(1000),
    )
    .await;
    let api = Api::new(&emu, &c);
    // The capture recorded ResourceMissingAtURI for this member: 404 with that body.
    let (status, body) = api.get("/redfish/v1/Chassis/1/PCIeDevices/239/").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(message_keys(&body), vec!["ResourceMissingAtURI"]);
    assert_eq!(
        body["error"]["code"], "iLO.0.10.ExtendedInfo",
        "served as captured"
    );
    // ... and stays listed where the capture lists it (the iLO's resource directory).
    let (_, dir) = api.get("/redfish/v1/ResourceDirectory/").await;
    assert!(
        dir.to_string()
            .contains("/redfish/v1/Chassis/1/PCIeDevices/239/")
    );
    // Other methods get the same error.
    let (status, _) = api
        .patch(
            "/redfish/v1/Chassis/1/PCIeDevices/239/",
            json!({"AssetTag": "x"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn captured_accounts_get_known_passwords_and_defaults_only_new_names() {
    let (emu, c) =
        start(Emulator::builder().scenario(Scenario::mockup(mockup("public-rackmount1")))).await;
    let accounts = emu.accounts();
    let names: Vec<&str> = accounts.iter().map(|a| a.user.as_str()).collect();
    assert!(names.contains(&"Administrator") && names.contains(&"contoso_employee457"));
    assert!(names.contains(&"admin") && names.contains(&"readonly"));
    let own = accounts.iter().find(|a| a.user == "Administrator").unwrap();
    assert_eq!(own.password, "Administrator-password");
    let r = c
        .post(common::url(&emu, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": "Administrator", "Password": "Administrator-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    // The added accounts link roles that exist.
    let api = Api::new(&emu, &c);
    let (_, coll) = api.get("/redfish/v1/AccountService/Accounts").await;
    for m in coll["Members"].as_array().unwrap() {
        let (_, a) = api.get(m["@odata.id"].as_str().unwrap()).await;
        if let Some(role) = a["Links"]["Role"]["@odata.id"].as_str() {
            assert_eq!(api.get(role).await.0, StatusCode::OK, "{role}");
        }
    }
}

#[tokio::test]
async fn a_capture_named_admin_keeps_its_account() {
    // A tree whose own account is called `admin`: it keeps its id and role and gets the
    // default password, no second `admin` is added.
    let dir = std::env::temp_dir().join(format!("rf-emu-admin-{}", std::process::id()));
    let src = mockup("public-bladed");
    copy_tree(&src, &dir);
    let acct = dir.join("AccountService/Accounts/1/index.json");
    let mut a: Value = serde_json::from_str(&std::fs::read_to_string(&acct).unwrap()).unwrap();
    a["UserName"] = json!("admin");
    std::fs::write(&acct, serde_json::to_string(&a).unwrap()).unwrap();
    let (emu, c) = start(Emulator::builder().scenario(Scenario::mockup(&dir))).await;
    std::fs::remove_dir_all(&dir).unwrap();
    let admins: Vec<_> = emu
        .accounts()
        .into_iter()
        .filter(|a| a.user == "admin")
        .collect();
    assert_eq!(admins.len(), 1);
    assert_eq!(admins[0].password, "admin-password");
    let api = Api::new(&emu, &c);
    assert_eq!(
        api.get("/redfish/v1/AccountService/Accounts/1").await.0,
        StatusCode::OK
    );
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

#[tokio::test]
async fn long_form_mockups_are_served() {
    // The layout DMTF's Redfish-Mockup-Creator writes: <dir>/redfish/v1/...
    let dir = std::env::temp_dir().join(format!("rf-emu-long-{}", std::process::id()));
    copy_tree(&mockup("public-bladed"), &dir.join("redfish").join("v1"));
    let (emu, c) = start(Emulator::builder().scenario(Scenario::mockup(&dir))).await;
    std::fs::remove_dir_all(&dir).unwrap();
    let api = Api::new(&emu, &c);
    let (fetched, _) = crawl(&api).await;
    assert!(fetched >= 80, "{fetched}");
}

#[tokio::test]
async fn a_scenario_data_file_is_served_as_a_mockup_with_its_behaviour() {
    // The built-in iLO 6 data, as a user would copy it: the iLO behaviour comes with the data.
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/scenarios/ilo/ilo6.json");
    let (emu, c) = start(Emulator::builder().scenario(Scenario::mockup(&file))).await;
    let api = Api::new(&emu, &c);
    let (status, err) = api
        .patch(
            "/redfish/v1/Managers/1/SecurityService",
            json!({"SecurityState": "CNSA"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueBadParam"]);
    let (status, _) = api
        .patch(
            "/redfish/v1/Managers/1/SecurityService",
            json!({"SecurityState": "HighSecurity"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}
