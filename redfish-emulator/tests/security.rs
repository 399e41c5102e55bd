//! Authorization decided on the resolved resource, predefined roles, the session limit, account
//! lockout and the PasswordChangeRequired flow; protocol details the DMTF Protocol Validator
//! checks.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

mod common;

use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use base64::Engine;
use common::{Api, message_keys, start, url};
use redfish_emulator::{
    Credentials, DEFAULT_ADMIN, DEFAULT_OPERATOR, DEFAULT_READONLY, Emulator, RunningEmulator,
    Scenario,
};
use serde_json::{Value, json};
use tower::ServiceExt;

fn basic(c: Credentials) -> String {
    let raw = format!("{}:{}", c.user, c.password);
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(raw)
    )
}

/// Sends a request in process with the raw target (no URL parser rewrites it).
async fn raw(
    emu: &RunningEmulator,
    method: &str,
    target: &str,
    who: Credentials,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut req = Request::builder()
        .method(method)
        .uri(target)
        .header("authorization", basic(who));
    let body = match body {
        Some(b) => {
            req = req.header("content-type", "application/json");
            Body::from(serde_json::to_vec(&b).unwrap())
        }
        None => Body::empty(),
    };
    let resp = emu.router().oneshot(req.body(body).unwrap()).await.unwrap();
    let status = resp.status();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap();
    let v = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap()
    };
    (status, v)
}

/// Spellings of one path: case, percent-encoding, slashes, dot segments.
fn variants(path: &str) -> Vec<String> {
    let tail = path.trim_start_matches("/redfish/v1/");
    vec![
        path.to_owned(),
        path.to_ascii_lowercase(),
        path.to_ascii_uppercase()
            .replace("/REDFISH/V1", "/redfish/v1"),
        format!("{path}/"),
        format!("/redfish/v1//{tail}"),
        format!("/redfish/v1/./{tail}"),
        format!("/redfish/v1/Systems/../{tail}"),
        format!("/redfish/v1/Systems/%2e%2e/{tail}"),
        path.replace("AccountService", "Account%53ervice"),
        path.replace("AccountService", "%61ccount%73ervice"),
    ]
}

fn rack() -> redfish_emulator::EmulatorBuilder {
    Emulator::builder()
        .scenario(Scenario::rack(2))
        .time_scale(0.01)
}

#[tokio::test]
async fn operator_writes_to_privileged_paths_are_refused_whatever_the_spelling() {
    let emu = rack().https(false).start().await.unwrap();
    let admin = "/redfish/v1/AccountService/Accounts/1";
    let own = "/redfish/v1/AccountService/Accounts/2";
    let before_admin = emu.resource(admin).unwrap();
    let before_own = emu.resource(own).unwrap();
    for v in variants(own) {
        let (status, _) = raw(
            &emu,
            "PATCH",
            &v,
            DEFAULT_OPERATOR,
            Some(json!({"RoleId": "Administrator"})),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "PATCH RoleId via {v}");
    }
    for v in variants(admin) {
        let (status, _) = raw(
            &emu,
            "PATCH",
            &v,
            DEFAULT_OPERATOR,
            Some(json!({"Password": "taken-over-123"})),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "PATCH admin password via {v}"
        );
        let (status, _) = raw(&emu, "DELETE", &v, DEFAULT_OPERATOR, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "DELETE via {v}");
    }
    for v in variants("/redfish/v1/AccountService/Accounts") {
        let body =
            json!({"UserName": "evil", "Password": "evil-password", "RoleId": "Administrator"});
        let (status, _) = raw(&emu, "POST", &v, DEFAULT_OPERATOR, Some(body)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "POST via {v}");
    }
    for v in variants("/redfish/v1/AccountService/Roles/ReadOnly") {
        let body = json!({"AssignedPrivileges": ["Login", "ConfigureUsers"]});
        let (status, _) = raw(&emu, "PATCH", &v, DEFAULT_OPERATOR, Some(body)).await;
        assert!(
            status == StatusCode::FORBIDDEN || status == StatusCode::METHOD_NOT_ALLOWED,
            "PATCH role via {v}: {status}"
        );
    }
    // Nothing changed: the old password still works, the role is unchanged.
    assert_eq!(emu.resource(admin).unwrap(), before_admin);
    assert_eq!(emu.resource(own).unwrap(), before_own);
    let (status, _) = raw(&emu, "GET", admin, DEFAULT_ADMIN, None).await;
    assert_eq!(status, StatusCode::OK);
    // The operator keeps what it may do: its own password, and components.
    let (status, _) = raw(
        &emu,
        "PATCH",
        &own.to_ascii_lowercase(),
        DEFAULT_OPERATOR,
        Some(json!({"Password": "operator-password-2"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = raw(
        &emu,
        "PATCH",
        "/redfish/v1/chassis/node1",
        DEFAULT_ADMIN,
        Some(json!({"AssetTag": "x"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        emu.resource("/redfish/v1/Chassis/Node1").unwrap()["AssetTag"],
        "x"
    );
}

#[tokio::test]
async fn operators_cannot_end_other_users_sessions() {
    let (emu, c) = start(rack()).await;
    let r = c
        .post(url(&emu, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": DEFAULT_ADMIN.user, "Password": DEFAULT_ADMIN.password}))
        .send()
        .await
        .unwrap();
    let session = r.headers()["location"].to_str().unwrap().to_owned();
    for v in [
        session.clone(),
        session.to_ascii_lowercase(),
        format!("{session}/"),
    ] {
        let (status, _) = raw(&emu, "DELETE", &v, DEFAULT_OPERATOR, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{v}");
    }
    assert_eq!(emu.session_count(), 1);
}

#[tokio::test]
async fn predefined_roles_are_read_only() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (status, role) = api.get("/redfish/v1/AccountService/Roles/ReadOnly").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(role["IsPredefined"], true);
    let (status, err) = api
        .patch(
            "/redfish/v1/AccountService/Roles/ReadOnly",
            json!({"AssignedPrivileges": ["Login", "ConfigureUsers"]}),
        )
        .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(message_keys(&err), vec!["OperationNotAllowed"]);
    let r = api
        .req(
            reqwest::Method::GET,
            "/redfish/v1/AccountService/Roles/ReadOnly",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["allow"], "GET, HEAD");
    // The ReadOnly user still cannot create accounts.
    let ro = Api::as_user(&emu, &c, DEFAULT_READONLY);
    let (status, _) = ro
        .post(
            "/redfish/v1/AccountService/Accounts",
            json!({"UserName": "x", "Password": "xxxxxxxx", "RoleId": "ReadOnly"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_session_limit_is_reported_and_enforced() {
    let (emu, c) = start(rack().max_sessions(3)).await;
    let api = Api::new(&emu, &c);
    let (_, svc) = api.get("/redfish/v1/SessionService").await;
    assert_eq!(svc["Oem"]["RedfishEmulator"]["MaxSessions"], 3);
    let login = || {
        c.post(url(&emu, "/redfish/v1/SessionService/Sessions"))
            .json(&json!({"UserName": DEFAULT_ADMIN.user, "Password": DEFAULT_ADMIN.password}))
            .send()
    };
    let mut locations = Vec::new();
    for _ in 0..3 {
        let r = login().await.unwrap();
        assert_eq!(r.status(), StatusCode::CREATED);
        locations.push(r.headers()["location"].to_str().unwrap().to_owned());
    }
    let r = login().await.unwrap();
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body: Value = r.json().await.unwrap();
    assert_eq!(message_keys(&body), vec!["SessionLimitExceeded"]);
    assert_eq!(emu.session_count(), 3);
    assert_eq!(api.delete(&locations[0]).await, StatusCode::NO_CONTENT);
    assert_eq!(login().await.unwrap().status(), StatusCode::CREATED);
}

#[tokio::test(start_paused = true)]
async fn advertised_lockout_locks_and_unlocks_accounts() {
    let emu = rack().https(false).start().await.unwrap();
    let (status, _) = raw(
        &emu,
        "PATCH",
        "/redfish/v1/AccountService",
        DEFAULT_ADMIN,
        Some(json!({
            "AccountLockoutThreshold": 2,
            "AccountLockoutDuration": 60,
            "AccountLockoutCounterResetAfter": 30
        })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let wrong = Credentials::new(DEFAULT_OPERATOR.user, "wrong", DEFAULT_OPERATOR.role);
    let probe = "/redfish/v1/Systems";
    assert_eq!(
        raw(&emu, "GET", probe, wrong, None).await.0,
        StatusCode::UNAUTHORIZED
    );
    // The counter restarts after AccountLockoutCounterResetAfter.
    tokio::time::advance(Duration::from_secs(31)).await;
    assert_eq!(
        raw(&emu, "GET", probe, wrong, None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        raw(&emu, "GET", probe, DEFAULT_OPERATOR, None).await.0,
        StatusCode::OK
    );
    // Two failures in a row lock the account: even the right password is refused.
    assert_eq!(
        raw(&emu, "GET", probe, wrong, None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        raw(&emu, "GET", probe, wrong, None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        emu.resource("/redfish/v1/AccountService/Accounts/2")
            .unwrap()["Locked"],
        true
    );
    assert_eq!(
        raw(&emu, "GET", probe, DEFAULT_OPERATOR, None).await.0,
        StatusCode::UNAUTHORIZED
    );
    // Other accounts are not affected.
    assert_eq!(
        raw(&emu, "GET", probe, DEFAULT_READONLY, None).await.0,
        StatusCode::OK
    );
    tokio::time::advance(Duration::from_secs(61)).await;
    assert_eq!(
        raw(&emu, "GET", probe, DEFAULT_OPERATOR, None).await.0,
        StatusCode::OK
    );
    assert_eq!(
        emu.resource("/redfish/v1/AccountService/Accounts/2")
            .unwrap()["Locked"],
        false
    );
}

#[tokio::test]
async fn password_change_required_allows_only_the_password_change() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (status, acct) = api
        .post(
            "/redfish/v1/AccountService/Accounts",
            json!({"UserName": "newbie", "Password": "first-password", "RoleId": "Operator"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let uri = acct["@odata.id"].as_str().unwrap().to_owned();
    let (status, _) = api
        .patch(&uri, json!({"PasswordChangeRequired": true}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let newbie = Credentials::new("newbie", "first-password", "Operator");
    let r = c
        .post(url(&emu, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": "newbie", "Password": "first-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let body: Value = r.json().await.unwrap();
    assert_eq!(
        body["@Message.ExtendedInfo"][0]["MessageId"],
        "Base.1.22.PasswordChangeRequired"
    );
    let user = Api::as_user(&emu, &c, newbie);
    let (status, err) = user.get("/redfish/v1/SessionService/Sessions").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(message_keys(&err), vec!["PasswordChangeRequired"]);
    let (status, _) = user.get(&uri).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = user.patch(&uri, json!({"RoleId": "Administrator"})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, updated) = user
        .patch(&uri, json!({"Password": "second-password"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(updated["PasswordChangeRequired"], false);
    let user = Api::as_user(
        &emu,
        &c,
        Credentials::new("newbie", "second-password", "Operator"),
    );
    assert_eq!(
        user.get("/redfish/v1/SessionService/Sessions").await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn protocol_details() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    // OData-Version other than 4.0: 412.
    let r = api
        .req(reqwest::Method::GET, "/redfish/v1/Systems")
        .header("OData-Version", "4.1")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PRECONDITION_FAILED);
    // Link: rel=describedby on GET and HEAD, versioned like @odata.type.
    for method in [reqwest::Method::GET, reqwest::Method::HEAD] {
        let r = api
            .req(method, "/redfish/v1/Chassis/Rack")
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.headers()["link"],
            "<http://redfish.dmtf.org/schemas/v1/Chassis.v1_28_0.json>; rel=describedby"
        );
    }
    // POST to a collection's Members is a POST to the collection (here: a login).
    let r = c
        .post(url(&emu, "/redfish/v1/SessionService/Sessions/Members"))
        .json(&json!({"UserName": DEFAULT_ADMIN.user, "Password": DEFAULT_ADMIN.password}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    // `{}` keeps an array element.
    let np = "/redfish/v1/Managers/RMC/NetworkProtocol";
    let (status, _) = api
        .patch(
            np,
            json!({"NTP": {"NTPServers": ["a.example", "b.example"]}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = api
        .patch(np, json!({"NTP": {"NTPServers": [{}, "c.example"]}}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        emu.resource(np).unwrap()["NTP"]["NTPServers"],
        json!(["a.example", "c.example"])
    );
    // Subscriptions: only Redfish delivery.
    let (status, err) = api
        .post(
            "/redfish/v1/EventService/Subscriptions",
            json!({"Destination": "https://192.0.2.1/events", "Protocol": "FTP"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueNotInList"]);
}
