//! Core protocol behaviour of the emulator over real HTTPS: TLS, authentication, sessions,
//! roles, ETags, PATCH validation, paging and queries, faults, request log.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

mod common;

use std::time::Duration;

use common::{Api, client, message_keys, split, start, url};
use redfish_emulator::{
    DEFAULT_ADMIN, DEFAULT_OPERATOR, DEFAULT_READONLY, Emulator, Fault, Method, Scenario,
};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

fn rack() -> redfish_emulator::EmulatorBuilder {
    Emulator::builder()
        .scenario(Scenario::rack(8))
        .time_scale(0.01)
}

#[tokio::test]
async fn fixed_uris_need_no_authentication_and_carry_odata_headers() {
    let (emu, c) = start(rack()).await;
    assert_eq!(emu.base_url().scheme(), "https");
    assert_eq!(emu.base_url().host_str(), Some("127.0.0.1"));

    let r = c.get(url(&emu, "/redfish")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.json::<Value>().await.unwrap(),
        json!({"v1": "/redfish/v1/"})
    );

    let r = c.get(url(&emu, "/redfish/v1/")).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["odata-version"], "4.0");
    assert_eq!(
        r.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    assert!(r.headers().contains_key("etag"));
    let root: Value = r.json().await.unwrap();
    assert_eq!(
        root["Links"]["Sessions"]["@odata.id"],
        "/redfish/v1/SessionService/Sessions"
    );
    assert!(root["@odata.etag"].is_string());

    // Without the trailing slash it is the same resource.
    let r = c.get(url(&emu, "/redfish/v1")).send().await.unwrap();
    assert_eq!(r.json::<Value>().await.unwrap(), root);

    let r = c
        .get(url(&emu, "/redfish/v1/$metadata"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/xml")
    );
    let xml = r.text().await.unwrap();
    assert!(xml.contains("<edmx:Include Namespace=\"Chassis.v1_28_0\"/>"));
    assert!(xml.contains("ServiceRoot.v1_20_0.ServiceContainer"));

    let r = c.get(url(&emu, "/redfish/v1/odata")).send().await.unwrap();
    let odata: Value = r.json().await.unwrap();
    assert!(
        odata["value"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["name"] == "Chassis")
    );
}

#[tokio::test]
async fn certificate_is_verifiable_and_pinnable() {
    let (emu, c) = start(rack()).await;
    // The test client trusts only this certificate; the request succeeds.
    assert!(
        c.get(url(&emu, "/redfish/v1/"))
            .send()
            .await
            .unwrap()
            .status()
            .is_success()
    );
    let digest: [u8; 32] = Sha256::digest(emu.certificate_der()).into();
    assert_eq!(digest, emu.certificate_sha256());
    assert!(
        emu.certificate_pem()
            .starts_with("-----BEGIN CERTIFICATE-----")
    );

    // A client that does not trust it refuses the connection.
    common::install_provider();
    let other = reqwest::Client::builder()
        .tls_certs_only(Vec::<reqwest::Certificate>::new())
        .no_proxy()
        .build()
        .unwrap();
    assert!(other.get(url(&emu, "/redfish/v1/")).send().await.is_err());

    // localhost is covered by the certificate too.
    let port = emu.local_addr().port();
    let r = c
        .get(format!("https://localhost:{port}/redfish/v1/"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
}

#[tokio::test]
async fn plain_http_mode() {
    let (emu, c) = start(rack().https(false)).await;
    assert_eq!(emu.base_url().scheme(), "http");
    let api = Api::new(&emu, &c);
    let (status, chassis) = api.get("/redfish/v1/Chassis/Rack").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(chassis["ChassisType"], "Rack");
}

#[tokio::test]
async fn unauthenticated_requests_get_401_with_redfish_error() {
    let (emu, c) = start(rack()).await;
    let r = c
        .get(url(&emu, "/redfish/v1/Systems"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(
        r.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Basic")
    );
    let (_, body) = split(r).await;
    assert_eq!(message_keys(&body), vec!["NoValidSession"]);

    let r = c
        .get(url(&emu, "/redfish/v1/Systems"))
        .basic_auth("admin", Some("wrong"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c
        .get(url(&emu, "/redfish/v1/Systems"))
        .header("X-Auth-Token", "not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

async fn login(
    c: &reqwest::Client,
    emu: &redfish_emulator::RunningEmulator,
    user: &str,
    pw: &str,
) -> (String, String) {
    let r = c
        .post(url(emu, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": user, "Password": pw}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let token = r.headers()["x-auth-token"].to_str().unwrap().to_owned();
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["@odata.id"], location.as_str());
    assert_eq!(body["UserName"], user);
    assert_eq!(body["Password"], Value::Null);
    (token, location)
}

#[tokio::test]
async fn sessions_log_in_and_out() {
    let (emu, c) = start(rack()).await;
    let (token, location) = login(&c, &emu, "admin", "admin-password").await;
    assert_eq!(emu.session_count(), 1);
    let r = c
        .get(url(&emu, "/redfish/v1/Systems"))
        .header("X-Auth-Token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    // The session is listed in the Sessions collection.
    let (_, sessions) = Api::new(&emu, &c)
        .get("/redfish/v1/SessionService/Sessions")
        .await;
    assert_eq!(sessions["Members"][0]["@odata.id"], location.as_str());

    let r = c
        .delete(url(&emu, &location))
        .header("X-Auth-Token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(emu.session_count(), 0);
    let r = c
        .get(url(&emu, "/redfish/v1/Systems"))
        .header("X-Auth-Token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    // Wrong password and missing fields.
    let r = c
        .post(url(&emu, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": "admin", "Password": "nope"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    let r = c
        .post(url(&emu, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": "admin"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(emu.session_count(), 0);
}

#[tokio::test(flavor = "current_thread")]
async fn sessions_expire_after_the_inactivity_timeout() {
    let (emu, c) = start(rack().session_timeout(Duration::from_secs(60))).await;
    let (token, _) = login(&c, &emu, "operator", "operator-password").await;
    let get = |t: String| {
        let c = c.clone();
        let u = url(&emu, "/redfish/v1/Chassis");
        async move {
            c.get(u)
                .header("X-Auth-Token", t)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    // Virtual time: the emulator's clock is Tokio's, so the test does not sleep for real.
    tokio::time::pause();
    tokio::time::advance(Duration::from_secs(50)).await;
    assert_eq!(get(token.clone()).await, StatusCode::OK);
    // Activity resets the timer.
    tokio::time::advance(Duration::from_secs(50)).await;
    assert_eq!(get(token.clone()).await, StatusCode::OK);
    tokio::time::advance(Duration::from_secs(61)).await;
    assert_eq!(get(token.clone()).await, StatusCode::UNAUTHORIZED);
    tokio::time::resume();
    assert_eq!(emu.session_count(), 0);
}

#[tokio::test]
async fn expire_sessions_invalidates_every_token() {
    let (emu, c) = start(rack()).await;
    let (t1, _) = login(&c, &emu, "admin", "admin-password").await;
    let (t2, _) = login(&c, &emu, "readonly", "readonly-password").await;
    assert_eq!(emu.session_count(), 2);
    emu.expire_sessions();
    assert_eq!(emu.session_count(), 0);
    for t in [t1, t2] {
        let r = c
            .get(url(&emu, "/redfish/v1/Chassis"))
            .header("X-Auth-Token", t)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn roles_limit_writes() {
    let (emu, c) = start(rack()).await;
    let ro = Api::as_user(&emu, &c, DEFAULT_READONLY);
    let (status, _) = ro.get("/redfish/v1/Chassis/Node1").await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = ro
        .patch("/redfish/v1/Chassis/Node1", json!({"AssetTag": "x"}))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(message_keys(&body), vec!["InsufficientPrivilege"]);
    let (status, _) = ro
        .post(
            "/redfish/v1/Systems/Node1/Actions/ComputerSystem.Reset",
            json!({"ResetType": "On"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let op = Api::as_user(&emu, &c, DEFAULT_OPERATOR);
    let (status, _) = op
        .patch("/redfish/v1/Chassis/Node1", json!({"AssetTag": "op-tag"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = op
        .patch(
            "/redfish/v1/AccountService",
            json!({"MinPasswordLength": 9}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = op
        .patch(
            "/redfish/v1/Managers/RMC",
            json!({"DateTimeLocalOffset": "+01:00"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // A read-only user may change its own password, and nothing else of its account.
    let (status, _) = ro
        .patch(
            "/redfish/v1/AccountService/Accounts/3",
            json!({"Password": "new-readonly-pw"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = ro.get("/redfish/v1/Chassis").await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "old password no longer works"
    );
    let r = c
        .get(url(&emu, "/redfish/v1/Chassis"))
        .basic_auth("readonly", Some("new-readonly-pw"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = c
        .patch(url(&emu, "/redfish/v1/AccountService/Accounts/3"))
        .basic_auth("readonly", Some("new-readonly-pw"))
        .json(&json!({"RoleId": "Administrator"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        emu.resource("/redfish/v1/AccountService/Accounts/3")
            .unwrap()["Password"],
        Value::Null
    );
}

#[tokio::test]
async fn etags_and_conditional_requests() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let r = api
        .req(Method::GET, "/redfish/v1/Chassis/Node2")
        .send()
        .await
        .unwrap();
    let etag = r.headers()["etag"].to_str().unwrap().to_owned();
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["@odata.etag"], etag.as_str());

    let r = api
        .req(Method::GET, "/redfish/v1/Chassis/Node2")
        .header("If-None-Match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);

    let r = api
        .req(Method::PATCH, "/redfish/v1/Chassis/Node2")
        .header("If-Match", "\"0000000000000000\"")
        .json(&json!({"AssetTag": "stale"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PRECONDITION_FAILED);
    assert_eq!(message_keys(&split(r).await.1), vec!["PreconditionFailed"]);
    assert_eq!(
        emu.resource("/redfish/v1/Chassis/Node2").unwrap()["AssetTag"],
        Value::Null
    );

    let r = api
        .req(Method::PATCH, "/redfish/v1/Chassis/Node2")
        .header("If-Match", &etag)
        .json(&json!({"AssetTag": "fresh"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let new_etag = r.headers()["etag"].to_str().unwrap().to_owned();
    assert_ne!(new_etag, etag);
    let (_, after) = api.get("/redfish/v1/Chassis/Node2").await;
    assert_eq!(after["AssetTag"], "fresh");
    assert_eq!(after["@odata.etag"], new_etag.as_str());
}

#[tokio::test]
async fn patch_rejects_bad_properties_and_changes_nothing() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let before = emu.resource("/redfish/v1/Chassis/Node1").unwrap();
    let cases = [
        (json!({"Model": "x"}), "PropertyNotWritable", "#/Model"),
        (json!({"Bogus": 1}), "PropertyUnknown", "#/Bogus"),
        (
            json!({"IndicatorLED": "Red"}),
            "PropertyValueNotInList",
            "#/IndicatorLED",
        ),
        (
            json!({"AssetTag": 5}),
            "PropertyValueTypeError",
            "#/AssetTag",
        ),
        (
            json!({"Status": {"Health": "Critical"}}),
            "PropertyNotWritable",
            "#/Status/Health",
        ),
    ];
    for (body, key, pointer) in cases {
        let (status, err) = api.patch("/redfish/v1/Chassis/Node1", body.clone()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(message_keys(&err), vec![key], "{body}");
        assert_eq!(
            err["error"]["@Message.ExtendedInfo"][0]["RelatedProperties"][0],
            pointer
        );
    }
    // One bad property rejects the whole request.
    let (status, err) = api
        .patch(
            "/redfish/v1/Chassis/Node1",
            json!({"AssetTag": "ok", "SerialNumber": "nope"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyNotWritable"]);
    assert_eq!(emu.resource("/redfish/v1/Chassis/Node1").unwrap(), before);
    // Only annotations: nothing to do.
    let (status, err) = api
        .patch("/redfish/v1/Chassis/Node1", json!({"@odata.etag": "x"}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["NoOperation"]);
    // Malformed JSON.
    let r = api
        .req(Method::PATCH, "/redfish/v1/Chassis/Node1")
        .header("Content-Type", "application/json")
        .body("{\"AssetTag\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&split(r).await.1), vec!["MalformedJSON"]);
}

#[tokio::test]
async fn writable_properties_are_read_back() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    // LED: IndicatorLED and LocationIndicatorActive stay consistent.
    let (status, chassis) = api
        .patch("/redfish/v1/Chassis/Node3", json!({"IndicatorLED": "Lit"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(chassis["IndicatorLED"], "Lit");
    assert_eq!(chassis["LocationIndicatorActive"], true);
    let (_, chassis) = api
        .patch(
            "/redfish/v1/Chassis/Node3",
            json!({"LocationIndicatorActive": false}),
        )
        .await;
    assert_eq!(chassis["IndicatorLED"], "Off");

    // Power cap inside PowerControl.
    let (status, power) = api
        .patch(
            "/redfish/v1/Chassis/Rack/Power",
            json!({"PowerControl": [{"PowerLimit": {"LimitInWatts": 9000, "LimitException": "LogEventOnly"}}]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{power}");
    let (_, power) = api.get("/redfish/v1/Chassis/Rack/Power").await;
    assert_eq!(power["PowerControl"][0]["PowerLimit"]["LimitInWatts"], 9000);
    assert_eq!(
        power["PowerControl"][0]["PowerLimit"]["LimitException"],
        "LogEventOnly"
    );
    assert!(
        power["PowerControl"][0]["PowerConsumedWatts"].is_number(),
        "untouched fields kept"
    );

    // Boot override, checked against the resource's AllowableValues.
    let (status, _) = api
        .patch(
            "/redfish/v1/Systems/Node1",
            json!({"Boot": {"BootSourceOverrideTarget": "Pxe", "BootSourceOverrideEnabled": "Once"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, sys) = api.get("/redfish/v1/Systems/Node1").await;
    assert_eq!(sys["Boot"]["BootSourceOverrideTarget"], "Pxe");
    assert_eq!(sys["Boot"]["BootSourceOverrideEnabled"], "Once");
    let (status, err) = api
        .patch(
            "/redfish/v1/Systems/Node1",
            json!({"Boot": {"BootSourceOverrideTarget": "Floppy"}}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueNotInList"]);

    // Session timeout drives session expiry.
    let (status, ss) = api
        .patch("/redfish/v1/SessionService", json!({"SessionTimeout": 600}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ss["SessionTimeout"], 600);
    let (status, err) = api
        .patch("/redfish/v1/SessionService", json!({"SessionTimeout": 1}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueOutOfRange"]);
}

#[tokio::test]
async fn accounts_are_created_used_and_deleted() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (status, err) = api
        .post(
            "/redfish/v1/AccountService/Accounts",
            json!({"UserName": "x"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["CreateFailedMissingReqProperties"]);
    let (status, err) = api
        .post(
            "/redfish/v1/AccountService/Accounts",
            json!({"UserName": "x", "Password": "longenough", "RoleId": "King"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueNotInList"]);

    let r = api
        .req(Method::POST, "/redfish/v1/AccountService/Accounts")
        .json(&json!({"UserName": "alice", "Password": "alice-password", "RoleId": "Operator"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let account: Value = r.json().await.unwrap();
    assert_eq!(account["UserName"], "alice");
    assert_eq!(account["Password"], Value::Null);
    let r = c
        .get(url(&emu, "/redfish/v1/Systems"))
        .basic_auth("alice", Some("alice-password"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    // Disable, then delete.
    let (status, _) = api.patch(&location, json!({"Enabled": false})).await;
    assert_eq!(status, StatusCode::OK);
    let r = c
        .get(url(&emu, "/redfish/v1/Systems"))
        .basic_auth("alice", Some("alice-password"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(api.delete(&location).await, StatusCode::NO_CONTENT);
    assert!(emu.resource(&location).is_none());
    let (_, accounts) = api.get("/redfish/v1/AccountService/Accounts").await;
    assert_eq!(accounts["Members@odata.count"], 3);
}

#[tokio::test]
async fn collections_page_with_next_link() {
    let (emu, c) = start(rack().page_size(3)).await;
    let api = Api::new(&emu, &c);
    let mut seen = Vec::new();
    let mut next = Some("/redfish/v1/Systems".to_owned());
    let mut pages = 0;
    while let Some(path) = next.take() {
        let (status, page) = api.get(&path).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(page["Members@odata.count"], 8);
        assert!(page["Members"].as_array().unwrap().len() <= 3);
        for m in page["Members"].as_array().unwrap() {
            seen.push(m["@odata.id"].as_str().unwrap().to_owned());
        }
        next = page["Members@odata.nextLink"].as_str().map(str::to_owned);
        pages += 1;
    }
    assert_eq!(pages, 3);
    seen.dedup();
    assert_eq!(seen.len(), 8);
    assert_eq!(seen[7], "/redfish/v1/Systems/Node8");
}

#[tokio::test]
async fn query_options_select_expand_top_skip_only() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (_, page) = api.get("/redfish/v1/Systems?$top=2&$skip=1").await;
    assert_eq!(
        page["Members"],
        json!([{"@odata.id": "/redfish/v1/Systems/Node2"}, {"@odata.id": "/redfish/v1/Systems/Node3"}])
    );
    assert_eq!(page["Members@odata.count"], 8);

    let (_, sel) = api
        .get("/redfish/v1/Systems/Node1?$select=PowerState,Boot/BootSourceOverrideMode")
        .await;
    assert_eq!(sel["PowerState"], "On");
    assert_eq!(sel["Boot"], json!({"BootSourceOverrideMode": "UEFI"}));
    assert!(sel.get("BiosVersion").is_none());
    assert!(sel["@odata.id"].is_string());

    let (_, exp) = api.get("/redfish/v1/Systems?$expand=.").await;
    assert_eq!(exp["Members"][0]["Id"], "Node1");
    assert!(exp["Members"][0]["BiosVersion"].is_string());
    // One level: links inside the expanded members stay links.
    assert_eq!(
        exp["Members"][0]["LogServices"].as_object().unwrap().len(),
        1
    );

    let (_, exp2) = api.get("/redfish/v1/Systems?$expand=.($levels=2)").await;
    assert!(exp2["Members"][0]["LogServices"]["Members"].is_array());

    let (_, links) = api.get("/redfish/v1/Chassis/Node1?$expand=~").await;
    assert_eq!(links["Links"]["ComputerSystems"][0]["Id"], "Node1");
    assert_eq!(
        links["Power"].as_object().unwrap().len(),
        1,
        "non-Links references untouched"
    );

    let (_, only) = api.get("/redfish/v1/SessionService/Sessions?only").await;
    assert!(
        only["Members"].is_array(),
        "zero members: the collection itself"
    );

    let (status, err) = api
        .get("/redfish/v1/Systems?$filter=Id%20eq%20'Node1'")
        .await;
    assert_eq!(status, StatusCode::NOT_IMPLEMENTED);
    assert_eq!(message_keys(&err), vec!["QueryNotSupported"]);
    let (status, _) = api.get("/redfish/v1/Systems?$top=abc").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn methods_and_missing_resources() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let r = api
        .req(Method::PUT, "/redfish/v1/Chassis/Rack")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert!(r.headers()["allow"].to_str().unwrap().contains("PATCH"));
    let r = api
        .req(Method::PATCH, "/redfish/v1/Chassis")
        .json(&json!({"Name": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.headers()["allow"], "GET, HEAD");
    assert_eq!(
        api.delete("/redfish/v1/Chassis/Rack").await,
        StatusCode::METHOD_NOT_ALLOWED
    );
    let (status, err) = api.get("/redfish/v1/Chassis/Nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(message_keys(&err), vec!["ResourceMissingAtURI"]);
    let r = api
        .req(Method::HEAD, "/redfish/v1/Chassis/Rack")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers().contains_key("etag"));
}

#[tokio::test]
async fn faults_are_injected_per_path() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);

    emu.inject(
        "/redfish/v1/Systems",
        Fault::ServiceUnavailable {
            retry_after_secs: 7,
        },
        Some(1),
    );
    let r = api
        .req(Method::GET, "/redfish/v1/Systems/Node1")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(r.headers()["retry-after"], "7");
    assert_eq!(
        message_keys(&split(r).await.1),
        vec!["ServiceTemporarilyUnavailable"]
    );
    // Used up after one request; other paths never affected.
    assert_eq!(api.get("/redfish/v1/Systems/Node1").await.0, StatusCode::OK);

    emu.inject("/redfish/v1/Chassis", Fault::MalformedJson, Some(1));
    let r = api
        .req(Method::GET, "/redfish/v1/Chassis")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let text = r.text().await.unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_err());

    emu.inject("/redfish/v1/Managers", Fault::DropConnection, Some(1));
    let err = api.req(Method::GET, "/redfish/v1/Managers").send().await;
    assert!(err.is_err(), "the connection is closed without a response");
    assert_eq!(api.get("/redfish/v1/Managers").await.0, StatusCode::OK);

    emu.inject(
        "/redfish/v1/UpdateService",
        Fault::Delay(Duration::from_millis(20)),
        None,
    );
    assert_eq!(api.get("/redfish/v1/UpdateService").await.0, StatusCode::OK);
    assert_eq!(api.get("/redfish/v1/UpdateService").await.0, StatusCode::OK);
    emu.clear_faults();

    let (token, _) = login(&c, &emu, "admin", "admin-password").await;
    emu.inject("/redfish/v1/Chassis/Rack", Fault::ExpireSession, Some(1));
    let r = c
        .get(url(&emu, "/redfish/v1/Chassis/Rack"))
        .header("X-Auth-Token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(emu.session_count(), 0, "the session is really gone");
    let r = c
        .get(url(&emu, "/redfish/v1/Chassis/Rack"))
        .header("X-Auth-Token", &token)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn request_log_records_method_and_target() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let _ = api.get("/redfish/v1/Systems?$top=1").await;
    let _ = api
        .post(
            "/redfish/v1/Systems/Node1/Actions/ComputerSystem.Reset",
            json!({"ResetType": "On"}),
        )
        .await;
    let log = emu.request_log();
    assert!(log.contains(&(Method::GET, "/redfish/v1/Systems?$top=1".to_owned())));
    let posts = log.iter().filter(|(m, _)| *m == Method::POST).count();
    assert_eq!(posts, 1);
    emu.clear_request_log();
    assert!(emu.request_log().is_empty());
}

#[tokio::test]
async fn shutdown_stops_serving() {
    let (emu, _) = start(rack()).await;
    let addr = emu.local_addr();
    emu.shutdown().await;
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn binds_loopback_by_default_on_an_ephemeral_port() {
    let a = rack().start().await.unwrap();
    let b = rack().start().await.unwrap();
    assert!(a.local_addr().ip().is_loopback());
    assert_ne!(a.local_addr().port(), b.local_addr().port());
    assert_ne!(
        a.certificate_sha256(),
        b.certificate_sha256(),
        "fresh certificate per start"
    );
    let _ = client(&a);
    assert_eq!(DEFAULT_ADMIN.role, "Administrator");
}

#[tokio::test]
async fn auto_expanded_members_and_allow_follow_the_schema() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    // LogEntryCollection members are autoExpand in the schema.
    let (_, entries) = api
        .get("/redfish/v1/Managers/RMC/LogServices/Log/Entries")
        .await;
    assert_eq!(
        entries["Members"][0]["@odata.type"],
        "#LogEntry.v1_21_0.LogEntry"
    );
    assert!(entries["Members"][0]["Message"].is_string());
    let allow = |path: &'static str| {
        let api = &api;
        async move {
            let r = api.req(Method::GET, path).send().await.unwrap();
            r.headers()["allow"].to_str().unwrap().to_owned()
        }
    };
    assert_eq!(allow("/redfish/v1/Chassis/Rack").await, "GET, HEAD, PATCH");
    assert_eq!(
        allow("/redfish/v1/AggregationService/Aggregates/Agg1").await,
        "GET, HEAD, DELETE"
    );
    assert_eq!(
        allow("/redfish/v1/AggregationService/Aggregates").await,
        "GET, HEAD, POST"
    );
    assert_eq!(
        allow("/redfish/v1/Systems/Node1/ResetActionInfo").await,
        "GET, HEAD"
    );
    let (status, _) = api
        .patch(
            "/redfish/v1/Systems/Node1/ResetActionInfo",
            json!({"Name": "x"}),
        )
        .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn metadata_references_every_served_namespace() {
    let (emu, c) = start(rack()).await;
    let xml = c
        .get(url(&emu, "/redfish/v1/$metadata"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let api = Api::new(&emu, &c);
    for path in [
        "/redfish/v1/Chassis/Rack/Power",
        "/redfish/v1/AggregationService",
        "/redfish/v1/Managers/RMC/Certificates/1",
        "/redfish/v1/UpdateService/FirmwareInventory/RMC",
        "/redfish/v1/TaskService",
    ] {
        let (_, r) = api.get(path).await;
        let ty = r["@odata.type"].as_str().unwrap().trim_start_matches('#');
        let versioned = ty.rsplit_once('.').unwrap().0;
        let ns = versioned.split('.').next().unwrap();
        assert!(
            xml.contains(&format!("Namespace=\"{versioned}\"")),
            "{versioned}"
        );
        assert!(xml.contains(&format!("/schemas/v1/{ns}_v1.xml")), "{ns}");
    }
}
