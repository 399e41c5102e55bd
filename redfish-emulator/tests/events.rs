//! Events: the SSE stream (order, `$filter`, `Last-Event-ID`, malformed records, the stream's
//! EventDestination), push subscriptions to loopback listeners (Context, HttpHeaders, retry
//! policies, certificates, loopback only), SubmitTestEvent, metric reports, the vendor events,
//! and every emitted MessageId resolving against the served registries.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::events::{Sse, keys, listener, tls_listener};
use common::{Api, message_keys, start, wait_task};
use redfish_emulator::{
    DEFAULT_READONLY, Emulator, EventType, Method, RemoteDestinations, Scenario, TestEvent,
};
use reqwest::StatusCode;
use serde_json::{Value, json};

const SUBSCRIPTIONS: &str = "/redfish/v1/EventService/Subscriptions";
const ONLY_EVENTS: &str = "?$filter=EventFormatType%20eq%20Event";

fn rack() -> redfish_emulator::EmulatorBuilder {
    Emulator::builder()
        .scenario(Scenario::rack(4))
        .time_scale(0.001)
        .sse_keep_alive(Duration::from_millis(200))
}

async fn subscribe(api: &Api<'_>, body: Value) -> String {
    let (status, sub) = api.post(SUBSCRIPTIONS, body).await;
    assert_eq!(status, StatusCode::CREATED, "{sub}");
    sub["@odata.id"].as_str().unwrap().to_owned()
}

async fn reset(api: &Api<'_>, system: &str, reset_type: &str) {
    let (status, body) = api
        .post(
            &format!("{system}/Actions/ComputerSystem.Reset"),
            json!({"ResetType": reset_type}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
}

#[tokio::test]
async fn sse_stream_carries_a_reset_and_a_patch_in_order() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (_, svc) = api.get("/redfish/v1/EventService").await;
    assert_eq!(svc["ServerSentEventUri"], "/redfish/v1/EventService/SSE");
    let mut sse = Sse::open(&api, ONLY_EVENTS, None).await;
    assert_eq!(sse.status, StatusCode::OK);
    assert_eq!(sse.headers["content-type"], "text/event-stream");

    // The stream is represented by an EventDestination with an opaque Context.
    let (_, subs) = api.get(SUBSCRIPTIONS).await;
    assert_eq!(subs["Members@odata.count"], 1);
    let dest = subs["Members"][0]["@odata.id"].as_str().unwrap().to_owned();
    let (_, d) = api.get(&dest).await;
    assert_eq!(d["SubscriptionType"], "SSE");
    let context = d["Context"].as_str().unwrap().to_owned();
    assert!(
        d["Destination"]
            .as_str()
            .unwrap()
            .starts_with("redfish-sse://127.0.0.1:")
    );

    reset(&api, "/redfish/v1/Systems/Node1", "ForceOff").await;
    let (status, _) = api
        .patch(
            "/redfish/v1/Chassis/Rack/Power",
            json!({"PowerControl": [{"PowerLimit": {"LimitInWatts": 9000}}]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    let (id1, reset_event) = sse.event().await.unwrap();
    assert_eq!(keys(&reset_event), ["ResourcePoweredOff"]);
    let r = &reset_event["Events"][0];
    assert_eq!(reset_event["@odata.type"], "#Event.v1_13_0.Event");
    assert_eq!(reset_event["Id"], id1.to_string());
    assert_eq!(reset_event["Context"], context.as_str());
    assert_eq!(r["MessageId"], "ResourceEvent.1.4.ResourcePoweredOff");
    assert_eq!(r["MessageArgs"], json!(["/redfish/v1/Systems/Node1"]));
    assert_eq!(
        r["Message"],
        "The resource '/redfish/v1/Systems/Node1' has powered off."
    );
    assert_eq!(r["MessageSeverity"], "OK");
    assert_eq!(r["EventType"], "StatusChange");
    assert_eq!(r["EventId"], id1.to_string());
    assert_eq!(r["MemberId"], "0");
    assert_eq!(
        r["OriginOfCondition"]["@odata.id"],
        "/redfish/v1/Systems/Node1"
    );
    assert_eq!(r["Username"], "admin");
    assert!(r["EventTimestamp"].as_str().unwrap().ends_with("+00:00"));

    let (id2, patch_event) = sse.event().await.unwrap();
    assert!(id2 > id1);
    assert_eq!(
        keys(&patch_event),
        ["ResourceChanged", "PropertyValueModifiedByClient"]
    );
    let p = &patch_event["Events"][1];
    assert_eq!(
        p["MessageArgs"],
        json!(["PowerControl/0/PowerLimit/LimitInWatts", "9000"])
    );
    assert_eq!(p["EventType"], "ResourceUpdated");
    assert_eq!(p["EventId"], (id2 + 1).to_string());
    assert_eq!(
        p["OriginOfCondition"]["@odata.id"],
        "/redfish/v1/Chassis/Rack/Power"
    );

    // Closing the stream deletes its EventDestination.
    drop(sse);
    for _ in 0..200 {
        if emu.resource(&dest).is_none() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(emu.resource(&dest).is_none());
    assert_eq!(emu.sse_connections(), 0);
}

#[tokio::test]
async fn sse_needs_authentication_and_an_event_stream_accept() {
    let (emu, c) = start(rack()).await;
    let url = common::url(&emu, "/redfish/v1/EventService/SSE");
    let resp = c.get(&url).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    let api = Api::new(&emu, &c);
    let resp = api
        .req(Method::GET, "/redfish/v1/EventService/SSE")
        .header("Accept", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_ACCEPTABLE);
    assert_eq!(
        resp.headers()["content-type"],
        "application/json; charset=utf-8"
    );
    let body: Value = resp.json().await.unwrap();
    assert_eq!(message_keys(&body), ["HeaderInvalid"]);
    // A session works as well as Basic, and a read-only role is enough (Login).
    let ro = Api::as_user(&emu, &c, DEFAULT_READONLY);
    let sse = Sse::open(&ro, "", None).await;
    assert_eq!(sse.status, StatusCode::OK);
    let token = c
        .post(common::url(&emu, "/redfish/v1/SessionService/Sessions"))
        .json(&json!({"UserName": "operator", "Password": "operator-password"}))
        .send()
        .await
        .unwrap()
        .headers()["x-auth-token"]
        .to_str()
        .unwrap()
        .to_owned();
    let resp = c
        .get(&url)
        .header("X-Auth-Token", token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
}

#[tokio::test]
async fn sse_filter_narrows_the_records() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let filter = "?$filter=MessageId%20eq%20'ResourceEvent.PropertyValueModifiedByClient'%20or%20(OriginResource%20eq%20'/redfish/v1/Systems'%20and%20SubordinateResources%20eq%20true)";
    let mut narrow = Sse::open(&api, filter, None).await;
    let mut by_prefix = Sse::open(&api, "?$filter=RegistryPrefix%20eq%20TaskEvent", None).await;
    assert_eq!(by_prefix.status, StatusCode::OK);
    reset(&api, "/redfish/v1/Systems/Node2", "ForceOff").await;
    reset(&api, "/redfish/v1/Managers/RMC", "ForceRestart").await;
    api.patch("/redfish/v1/Chassis/Node1", json!({"AssetTag": "rack-7"}))
        .await;
    let (status, task) = api
        .post(
            "/redfish/v1/UpdateService/Actions/UpdateService.SimpleUpdate",
            json!({"ImageURI": "https://images.example.com/rmc-1.02.bin", "Targets": ["/redfish/v1/UpdateService/FirmwareInventory/RMC"]}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{task}");

    // The reset of a system (below /redfish/v1/Systems) passes; the manager's does not; of
    // the PATCH payload only the property record passes.
    let (_, e) = narrow.event().await.unwrap();
    assert_eq!(keys(&e), ["ResourcePoweredOff"]);
    let (_, e) = narrow.event().await.unwrap();
    assert_eq!(keys(&e), ["PropertyValueModifiedByClient"]);
    assert_eq!(e["Events"][0]["MessageArgs"], json!(["AssetTag", "rack-7"]));
    let (_, e) = by_prefix.event().await.unwrap();
    assert_eq!(keys(&e), ["TaskStarted"]);

    let resp = api
        .req(
            Method::GET,
            "/redfish/v1/EventService/SSE?$filter=Colour%20eq%20Red",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(message_keys(&body), ["QueryParameterValueFormatError"]);
    let resp = api
        .req(Method::GET, "/redfish/v1/EventService/SSE?$top=3")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn last_event_id_resumes_without_loss_or_duplicates() {
    let (emu, c) = start(rack().event_replay_capacity(16)).await;
    let api = Api::new(&emu, &c);
    let mut sse = Sse::open(&api, ONLY_EVENTS, None).await;
    let raise = |n: usize| {
        (0..n)
            .map(|i| {
                emu.raise_event(
                    TestEvent::new("ResourceEvent.ResourceChanged")
                        .origin(format!("/redfish/v1/Chassis/Node{}", i % 4 + 1))
                        .event_type(EventType::ResourceUpdated),
                )
            })
            .collect::<Vec<u64>>()
    };
    let first = raise(3);
    let mut seen = Vec::new();
    for _ in 0..3 {
        seen.push(sse.event().await.unwrap().0);
    }
    assert_eq!(seen, first);
    assert_eq!(emu.drop_sse_connections(), 1);
    assert!(sse.ends_within(Duration::from_secs(5)).await);
    // Raised while the client is away.
    let missed = raise(4);
    let mut again = Sse::open(&api, ONLY_EVENTS, Some(*seen.last().unwrap())).await;
    let later = raise(1);
    let mut got = Vec::new();
    for _ in 0..5 {
        got.push(again.event().await.unwrap().0);
    }
    assert_eq!(got, [missed, later].concat());

    // An id no longer buffered: the stream says events may be lost (a record without id).
    raise(20);
    let mut old = Sse::open(&api, ONLY_EVENTS, Some(first[0])).await;
    let notice = old.data().await.unwrap();
    assert_eq!(notice.id, None);
    assert_eq!(keys(&notice.json()), ["EventBufferExceeded"]);
    // Then everything still buffered (the 16 latest).
    let next = old.data().await.unwrap();
    assert_eq!(next.id(), emu.last_event_id() - 15);
}

#[tokio::test]
async fn a_malformed_record_is_followed_by_valid_ones() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let mut sse = Sse::open(&api, ONLY_EVENTS, None).await;
    let bad = emu.emit_malformed_sse_record();
    let good = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    let f = sse.data().await.unwrap();
    assert_eq!(f.id(), bad);
    assert!(serde_json::from_str::<Value>(f.data.as_deref().unwrap()).is_err());
    let (id, e) = sse.event().await.unwrap();
    assert_eq!(id, good);
    assert_eq!(e["Events"][0]["MessageId"], "ResourceEvent.1.4.TestMessage");
    assert_eq!(e["Events"][0]["Message"], "Test message.");
    // Malformed records are never part of what the service reports as sent.
    assert!(emu.recent_events().iter().all(|e| !e.is_null()));
}

#[tokio::test]
async fn deleting_the_stream_destination_closes_the_stream() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let mut sse = Sse::open(&api, "", None).await;
    let (_, subs) = api.get(SUBSCRIPTIONS).await;
    let dest = subs["Members"][0]["@odata.id"].as_str().unwrap().to_owned();
    assert_eq!(api.delete(&dest).await, StatusCode::NO_CONTENT);
    assert!(sse.ends_within(Duration::from_secs(5)).await);
    assert_eq!(emu.sse_connections(), 0);
}

#[tokio::test]
async fn a_client_that_does_not_read_is_disconnected() {
    let (emu, c) = start(rack().event_queue_capacity(8)).await;
    let api = Api::new(&emu, &c);
    let mut sse = Sse::open(&api, "", None).await;
    // Never read while the service raises far more than the socket buffers hold.
    let big = "x".repeat(2000);
    for _ in 0..20_000 {
        emu.raise_event(TestEvent::new("Contoso.1.0.Big").message(big.as_str()));
        if emu.sse_connections() == 0 {
            break;
        }
        tokio::task::yield_now().await;
    }
    for _ in 0..100 {
        if emu.sse_connections() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(emu.sse_connections(), 0, "the slow stream is still open");
    assert!(sse.ends_within(Duration::from_secs(20)).await);
}

#[tokio::test]
async fn emit_events_keeps_pace_with_the_reader() {
    let (emu, c) = start(rack().event_queue_capacity(64)).await;
    let api = Api::new(&emu, &c);
    let mut sse = Sse::open(&api, ONLY_EVENTS, None).await;
    let n = 2000;
    let reader = async {
        let mut last = 0;
        for _ in 0..n {
            let (id, _) = sse.event().await.unwrap();
            assert!(id > last);
            last = id;
        }
        last
    };
    let (range, last) = tokio::join!(emu.emit_events(n), reader);
    let (first, end) = range.unwrap();
    assert_eq!(end - first + 1, n as u64);
    assert_eq!(last, end);
    assert_eq!(emu.sse_connections(), 1);
}

#[tokio::test]
async fn push_subscriptions_get_the_same_events_with_context_and_headers() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let mut l = listener().await;
    let sub = subscribe(
        &api,
        json!({
            "Destination": l.url,
            "Protocol": "Redfish",
            "Context": "fleet-tool-1",
            "RegistryPrefixes": ["ResourceEvent"],
            "HttpHeaders": [{"Authorization": "Bearer s3cret-token"}, {"X-Tenant": "blue"}],
        }),
    )
    .await;
    let (_, got) = api.get(&sub).await;
    assert_eq!(got["HttpHeaders"], json!([]));
    assert!(!got.to_string().contains("s3cret-token"));
    assert_eq!(got["Status"]["State"], "Enabled");
    assert_eq!(got["DeliveryRetryPolicy"], "TerminateAfterRetries");
    assert_eq!(
        got["Actions"]["#EventDestination.ResumeSubscription"]["target"],
        format!("{sub}/Actions/EventDestination.ResumeSubscription")
    );
    let mut sse = Sse::open(&api, ONLY_EVENTS, None).await;
    reset(&api, "/redfish/v1/Systems/Node3", "GracefulShutdown").await;
    api.patch(
        "/redfish/v1/Chassis/Node3",
        json!({"LocationIndicatorActive": true}),
    )
    .await;
    // A task event: not in the subscription's registries.
    let (_, monitor) = api
        .post(
            "/redfish/v1/UpdateService/Actions/UpdateService.SimpleUpdate",
            json!({"ImageURI": "https://images.example.com/rmc-2.0.bin", "Targets": ["/redfish/v1/UpdateService/FirmwareInventory/RMC"]}),
        )
        .await;
    let _ = monitor;

    let first = l.next().await;
    assert_eq!(first.headers["authorization"], "Bearer s3cret-token");
    assert_eq!(first.headers["x-tenant"], "blue");
    assert!(
        first.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(first.body["Context"], "fleet-tool-1");
    assert_eq!(
        keys(&first.body),
        ["ResourcePoweringOff", "ResourcePoweredOff"]
    );
    let second = l.next().await;
    assert_eq!(second.body["Context"], "fleet-tool-1");
    // The LED sync changes IndicatorLED too, but only what the client sent is reported.
    assert_eq!(
        keys(&second.body),
        ["ResourceChanged", "PropertyValueModifiedByClient"]
    );
    // The SSE stream got the same payloads (same ids), then the task's.
    let (a, _) = sse.event().await.unwrap();
    let (b, _) = sse.event().await.unwrap();
    assert_eq!(a.to_string(), first.body["Id"].as_str().unwrap());
    assert_eq!(b.to_string(), second.body["Id"].as_str().unwrap());
    let (_, task) = sse.event().await.unwrap();
    assert_eq!(keys(&task), ["TaskStarted"]);
    assert!(l.silent_for(Duration::from_millis(300)).await);

    // PATCH changes the context and the headers; deleting the subscription stops delivery.
    let (status, patched) = api
        .patch(
            &sub,
            json!({"Context": "fleet-tool-2", "HttpHeaders": [{"Authorization": "Bearer other"}]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{patched}");
    assert_eq!(patched["HttpHeaders"], json!([]));
    // The subscription hears of its own change, with the new settings already.
    let change = l.next().await;
    assert_eq!(
        change.body["Events"][0]["OriginOfCondition"]["@odata.id"],
        sub.as_str()
    );
    assert_eq!(keys(&change.body)[0], "ResourceChanged");
    assert!(!change.body.to_string().contains("Bearer"));
    emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    let third = l.next().await;
    assert_eq!(keys(&third.body), ["TestMessage"]);
    assert_eq!(third.body["Context"], "fleet-tool-2");
    assert_eq!(third.headers["authorization"], "Bearer other");
    assert_eq!(api.delete(&sub).await, StatusCode::NO_CONTENT);
    emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert!(l.silent_for(Duration::from_millis(300)).await);
}

async fn retry_service(attempts: u64) -> (redfish_emulator::RunningEmulator, reqwest::Client) {
    let (emu, c) = start(rack()).await;
    let mut svc = emu.resource("/redfish/v1/EventService").unwrap();
    svc["DeliveryRetryAttempts"] = json!(attempts);
    // 60 s scaled by 0.001.
    svc["DeliveryRetryIntervalSeconds"] = json!(60);
    emu.set_resource("/redfish/v1/EventService", svc);
    (emu, c)
}

async fn wait_for(mut check: impl FnMut() -> bool) -> bool {
    for _ in 0..500 {
        if check() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    false
}

#[tokio::test]
async fn terminate_after_retries_deletes_the_subscription() {
    let (emu, c) = retry_service(2).await;
    let api = Api::new(&emu, &c);
    let l = listener().await;
    l.fail_next(u32::MAX);
    let mut sse = Sse::open(&api, ONLY_EVENTS, None).await;
    let sub = subscribe(
        &api,
        json!({"Destination": l.url, "Protocol": "Redfish", "DeliveryRetryPolicy": "TerminateAfterRetries"}),
    )
    .await;
    emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert!(wait_for(|| emu.resource(&sub).is_none()).await);
    // One attempt and two retries.
    assert_eq!(l.attempts(), 3);
    // The other listeners hear of it.
    loop {
        let (_, e) = sse.event().await.unwrap();
        if keys(&e) == ["SubscriptionTerminated"] {
            assert_eq!(
                e["Events"][0]["OriginOfCondition"]["@odata.id"],
                sub.as_str()
            );
            break;
        }
    }
}

#[tokio::test]
async fn suspend_retries_then_resume_delivers_the_buffered_events() {
    let (emu, c) = retry_service(1).await;
    let api = Api::new(&emu, &c);
    let mut l = listener().await;
    l.fail_next(u32::MAX);
    let sub = subscribe(
        &api,
        json!({"Destination": l.url, "Protocol": "Redfish", "DeliveryRetryPolicy": "SuspendRetries"}),
    )
    .await;
    let first = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert!(
        wait_for(|| emu.resource(&sub).unwrap()["Status"]["State"] == "Disabled").await,
        "not suspended"
    );
    assert_eq!(l.attempts(), 2);
    let second = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert!(l.silent_for(Duration::from_millis(200)).await);
    assert_eq!(l.attempts(), 2);
    l.fail_next(0);
    let (status, body) = api
        .post(
            &format!("{sub}/Actions/EventDestination.ResumeSubscription"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    assert_eq!(emu.resource(&sub).unwrap()["Status"]["State"], "Enabled");
    assert_eq!(l.next().await.body["Id"], first.to_string());
    assert_eq!(l.next().await.body["Id"], second.to_string());

    // Suspended by the client: nothing is sent; resuming with PT0S drops what was buffered.
    let (status, _) = api
        .post(
            &format!("{sub}/Actions/EventDestination.SuspendSubscription"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert!(l.silent_for(Duration::from_millis(200)).await);
    let (status, _) = api
        .post(
            &format!("{sub}/Actions/EventDestination.ResumeSubscription"),
            json!({"DeliverBufferedEventDuration": "PT0S"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(l.silent_for(Duration::from_millis(200)).await);
    let fresh = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(l.next().await.body["Id"], fresh.to_string());
}

#[tokio::test]
async fn retry_forever_keeps_the_subscription() {
    let (emu, c) = retry_service(1).await;
    let api = Api::new(&emu, &c);
    let mut l = listener().await;
    l.fail_next(5);
    let sub = subscribe(
        &api,
        json!({"Destination": l.url, "Protocol": "Redfish", "DeliveryRetryPolicy": "RetryForever"}),
    )
    .await;
    let id = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(l.next().await.body["Id"], id.to_string());
    assert_eq!(l.attempts(), 6);
    assert_eq!(emu.resource(&sub).unwrap()["Status"]["State"], "Enabled");
}

#[tokio::test]
async fn destinations_off_the_machine_are_refused() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    for dest in [
        "https://192.168.1.50/Destination1",
        "http://10.0.0.8:8080/events",
        "http://localhost.example.com/",
    ] {
        let (status, body) = api
            .post(
                SUBSCRIPTIONS,
                json!({"Destination": dest, "Protocol": "Redfish"}),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{dest}");
        assert_eq!(message_keys(&body), ["PropertyValueIncorrect"]);
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("on this machine")
        );
    }
    let (_, subs) = api.get(SUBSCRIPTIONS).await;
    assert_eq!(subs["Members@odata.count"], 0);
    // Bad values are refused too.
    for (body, key) in [
        (
            json!({"Destination": "ftp://127.0.0.1/x", "Protocol": "Redfish"}),
            "PropertyValueFormatError",
        ),
        (
            json!({"Destination": "http://127.0.0.1/x", "Protocol": "SNMPv2c"}),
            "PropertyValueNotInList",
        ),
        (
            json!({"Destination": "http://127.0.0.1/x", "SubscriptionType": "SSE"}),
            "PropertyValueNotInList",
        ),
        (
            json!({"Destination": "http://127.0.0.1/x", "DeliveryRetryPolicy": "Sometimes"}),
            "PropertyValueNotInList",
        ),
        (
            json!({"Destination": "http://127.0.0.1/x", "RegistryPrefixes": "Base"}),
            "PropertyValueTypeError",
        ),
        (
            json!({"Protocol": "Redfish"}),
            "CreateFailedMissingReqProperties",
        ),
    ] {
        let (status, err) = api.post(SUBSCRIPTIONS, body.clone()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(message_keys(&err), [key], "{body}");
    }
    // A read-only user may not subscribe.
    let op = Api::as_user(&emu, &c, DEFAULT_READONLY);
    let (status, _) = op
        .post(
            SUBSCRIPTIONS,
            json!({"Destination": "http://127.0.0.1:9/x", "Protocol": "Redfish"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Store-only: created, never delivered to.
    let (emu2, c2) = start(rack().remote_destinations(RemoteDestinations::StoreOnly)).await;
    let api2 = Api::new(&emu2, &c2);
    let sub = subscribe(
        &api2,
        json!({"Destination": "https://192.168.1.50/Destination1", "Protocol": "Redfish"}),
    )
    .await;
    assert_eq!(emu2.resource(&sub).unwrap()["Status"]["State"], "Disabled");
    // `localhost` is this machine.
    let mut l = listener().await;
    let local = l.url.replace("127.0.0.1", "localhost");
    subscribe(&api2, json!({"Destination": local, "Protocol": "Redfish"})).await;
    let id = emu2.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(l.next().await.body["Id"], id.to_string());
}

#[tokio::test]
async fn https_destinations_are_verified_when_asked() {
    let (emu, c) = retry_service(1).await;
    let api = Api::new(&emu, &c);
    let (mut l, cert) = tls_listener().await;
    // Not verified: any certificate is accepted.
    let only_tests = json!(["ResourceEvent.TestMessage"]);
    let loose = subscribe(
        &api,
        json!({"Destination": l.url, "Protocol": "Redfish", "MessageIds": only_tests}),
    )
    .await;
    let id = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(l.next().await.body["Id"], id.to_string());
    assert_eq!(api.delete(&loose).await, StatusCode::NO_CONTENT);

    // Verified against the subscription's Certificates: the listener's own certificate.
    let pinned = subscribe(
        &api,
        json!({"Destination": l.url, "Protocol": "Redfish", "DeliveryRetryPolicy": "SuspendRetries", "MessageIds": only_tests}),
    )
    .await;
    let (status, body) = api
        .post(
            &format!("{pinned}/Certificates"),
            json!({"CertificateString": cert, "CertificateType": "PEM"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, _) = api.patch(&pinned, json!({"VerifyCertificate": true})).await;
    assert_eq!(status, StatusCode::OK);
    let id = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(l.next().await.body["Id"], id.to_string());
    assert_eq!(api.delete(&pinned).await, StatusCode::NO_CONTENT);

    // Verified with no matching certificate: never delivered, the subscription terminates.
    let strict = subscribe(
        &api,
        json!({"Destination": l.url, "Protocol": "Redfish", "VerifyCertificate": true, "MessageIds": only_tests}),
    )
    .await;
    emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert!(wait_for(|| emu.resource(&strict).is_none()).await);
    assert!(l.silent_for(Duration::from_millis(100)).await);
}

#[tokio::test]
async fn submit_test_event_reaches_sse_and_subscribers() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let mut l = listener().await;
    subscribe(
        &api,
        json!({"Destination": l.url, "Protocol": "Redfish", "Context": "t"}),
    )
    .await;
    let mut sse = Sse::open(&api, ONLY_EVENTS, None).await;
    let target = "/redfish/v1/EventService/Actions/EventService.SubmitTestEvent";
    let (status, body) = api
        .post(
            target,
            json!({
                "MessageId": "ResourceEvent.1.4.ResourceStatusChangedCritical",
                "MessageArgs": ["/redfish/v1/Chassis/Rack", "Critical"],
                "OriginOfCondition": "/redfish/v1/Chassis/Rack",
                "MessageSeverity": "Critical",
                "EventType": "Alert",
                "Message": "The rack is on fire.",
                "EventTimestamp": "2025-01-02T03:04:05+00:00",
                "EventGroupId": 7
            }),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (_, e) = sse.event().await.unwrap();
    let r = &e["Events"][0];
    assert_eq!(
        r["MessageId"],
        "ResourceEvent.1.4.ResourceStatusChangedCritical"
    );
    assert_eq!(
        r["MessageArgs"],
        json!(["/redfish/v1/Chassis/Rack", "Critical"])
    );
    assert_eq!(r["Message"], "The rack is on fire.");
    assert_eq!(r["MessageSeverity"], "Critical");
    assert_eq!(r["EventType"], "Alert");
    assert_eq!(r["EventTimestamp"], "2025-01-02T03:04:05+00:00");
    assert_eq!(r["EventGroupId"], 7);
    assert_eq!(
        r["OriginOfCondition"]["@odata.id"],
        "/redfish/v1/Chassis/Rack"
    );
    let pushed = l.next().await;
    assert_eq!(pushed.body["Events"][0]["Message"], "The rack is on fire.");
    assert_eq!(pushed.body["Context"], "t");

    // Only what was sent: no registry text when the client gives none.
    api.post(target, json!({"MessageId": "Contoso.1.0.FanSpeedLow"}))
        .await;
    let (_, e) = sse.event().await.unwrap();
    let r = e["Events"][0].as_object().unwrap();
    assert_eq!(r["MessageId"], "Contoso.1.0.FanSpeedLow");
    assert!(!r.contains_key("Message") && !r.contains_key("MessageArgs"));
    for bad in ["NoVersion", "Base.1.Success", "Base.1.22.Success.Extra"] {
        let (status, err) = api.post(target, json!({"MessageId": bad})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(message_keys(&err), ["ActionParameterValueFormatError"]);
    }
}

#[tokio::test]
async fn metric_reports_are_streamed_and_filtered() {
    let (emu, c) = start(rack()).await;
    let def = "/redfish/v1/TelemetryService/MetricReportDefinitions/RackPower";
    let mut d = emu.resource(def).unwrap();
    d["Schedule"]["RecurrenceInterval"] = json!("PT0.1S");
    emu.set_resource(def, d);
    let api = Api::new(&emu, &c);
    let mut reports = Sse::open(&api, "?$filter=EventFormatType%20eq%20MetricReport", None).await;
    let f = reports.data().await.unwrap();
    let report = f.json();
    assert_eq!(report["@odata.type"], "#MetricReport.v1_5_2.MetricReport");
    assert_eq!(report["MetricReportDefinition"]["@odata.id"], def);
    assert_eq!(
        report["MetricValues"][0]["MetricId"],
        "RackPowerConsumedWatts"
    );
    assert!(report["Context"].is_string());
    let stored = emu
        .resource("/redfish/v1/TelemetryService/MetricReports/RackPower")
        .unwrap();
    assert!(!stored["MetricValues"].as_array().unwrap().is_empty());
    // A MetricReport subscription gets them too; an Event one does not.
    let mut l = listener().await;
    subscribe(
        &api,
        json!({"Destination": l.url, "Protocol": "Redfish", "EventFormatType": "MetricReport"}),
    )
    .await;
    let got = l.next().await;
    assert_eq!(got.body["Id"], "RackPower");
    let mut events_only = Sse::open(&api, ONLY_EVENTS, None).await;
    let id = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(events_only.event().await.unwrap().0, id);
    let next = l.next().await;
    assert_eq!(
        next.body["@odata.type"],
        "#MetricReport.v1_5_2.MetricReport"
    );
}

#[tokio::test]
async fn ocp_trust_events_are_raised_and_logged() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let mut sse = Sse::open(&api, "?$filter=RegistryPrefix%20eq%20OpenRMC", None).await;
    let cert = |n: u32| node_cert(&emu, n);
    let entry = |name: &str, pem: &str| json!({"NodeName": name, "NodeIDCertificateString": pem, "CertificateType": "PEM"});
    let manifest = |nodes: Vec<Value>| {
        json!({
            "@odata.type": "#ManageabilityManifest.v1_0_0.ManageabilityManifest",
            "Id": "ManageabilityManifest",
            "Name": "Manageability Manifest",
            "NodesToManage": nodes
        })
    };
    let path = "/redfish/v1/Managers/RMC/ManageabilityManifest";
    // Nodes 1-3 listed: node 4 is unrecognized.
    let (status, body) = api
        .post(
            path,
            manifest(
                (1..=3)
                    .map(|n| entry(&format!("node{n}"), &cert(n)))
                    .collect(),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (_, e) = sse.event().await.unwrap();
    assert_eq!(keys(&e), ["ManifestUpdated", "UnrecognizedNodeOnRack"]);
    assert_eq!(e["Events"][0]["MessageArgs"], json!(["3"]));
    let u = &e["Events"][1];
    assert_eq!(u["MessageId"], "OpenRMC.1.0.UnrecognizedNodeOnRack");
    assert_eq!(u["EventType"], "Alert");
    assert_eq!(u["MessageSeverity"], "Warning");
    assert_eq!(
        u["OriginOfCondition"]["@odata.id"],
        "/redfish/v1/Systems/Node4"
    );
    assert!(
        u["Message"]
            .as_str()
            .unwrap()
            .starts_with("Unrecognized Node on Rack: the node '/redfish/v1/Systems/Node4'")
    );
    // The rack manager logged it.
    let log = u["LogEntry"]["@odata.id"].as_str().unwrap();
    assert!(log.starts_with("/redfish/v1/Managers/RMC/LogServices/Log/Entries/"));
    let (_, entry_body) = api.get(log).await;
    assert_eq!(
        entry_body["MessageId"],
        "OpenRMC.1.0.UnrecognizedNodeOnRack"
    );
    assert_eq!(entry_body["Severity"], "Warning");

    // Node 2 revoked (and node 4 still unknown).
    let (status, _) = api
        .post(
            path,
            manifest(
                [1, 3]
                    .iter()
                    .map(|n| entry(&format!("node{n}"), &cert(*n)))
                    .collect(),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, e) = sse.event().await.unwrap();
    assert_eq!(
        keys(&e),
        ["ManifestUpdated", "RevokedNode", "UnrecognizedNodeOnRack"]
    );
    assert_eq!(e["Events"][1]["MessageArgs"], json!(["node2"]));
    assert_eq!(
        e["Events"][1]["OriginOfCondition"]["@odata.id"],
        "/redfish/v1/Systems/Node2"
    );
    assert_eq!(
        e["Events"][1]["Message"],
        "Revoked Node: the node 'node2' is no longer listed in the Manageability Manifest; its session was terminated."
    );
    // The registry is served.
    let (status, file) = api.get("/redfish/v1/Registries/OpenRMC").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(file["Registry"], "OpenRMC.1.0.0");
}

/// The PEM of node `n`'s identity certificate.
fn node_cert(emu: &redfish_emulator::RunningEmulator, n: u32) -> String {
    let coll = emu
        .resource(&format!("/redfish/v1/Systems/Node{n}/Certificates"))
        .unwrap();
    let first = coll["Members"][0]["@odata.id"].as_str().unwrap().to_owned();
    let cert = emu.resource(&first).unwrap();
    cert["CertificateString"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn ilo_security_changes_raise_alerts() {
    let (emu, c) = start(
        Emulator::builder()
            .scenario(Scenario::ilo())
            .time_scale(0.001),
    )
    .await;
    let api = Api::new(&emu, &c);
    let security = "/redfish/v1/Managers/1/SecurityService";
    let mut sse = Sse::open(&api, ONLY_EVENTS, None).await;
    let (status, _) = api
        .patch(
            security,
            json!({"DisableWeakCiphers": false, "TLSVersion": {"TLS1_0": "Enabled"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, e) = sse.event().await.unwrap();
    let tls = e["Events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["MessageArgs"][0] == "TLSVersion/TLS1_0")
        .unwrap();
    assert_eq!(tls["EventType"], "Alert");
    assert_eq!(tls["MessageArgs"][1], "Enabled");
    assert_eq!(tls["Username"], "admin");
    let (status, _) = api
        .patch(security, json!({"SecurityState": "HighSecurity"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, e) = sse.event().await.unwrap();
    let state = e["Events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["MessageId"] == "iLOEvents.3.2.SecurityStateChange")
        .unwrap();
    assert_eq!(state["Message"], "Security state changed to HighSecurity.");
    assert_eq!(state["EventType"], "Alert");
    assert_eq!(state["Username"], "admin");
    let (status, file) = api.get("/redfish/v1/Registries/iLOEvents").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(file["Registry"], "iLOEvents.3.2.0");
}

/// The registries a service serves: `Prefix.Major.Minor` -> the registry document.
async fn served_registries(api: &Api<'_>) -> HashMap<String, Value> {
    let mut out = HashMap::new();
    let (_, coll) = api.get("/redfish/v1/Registries").await;
    for m in coll["Members"].as_array().unwrap() {
        let (_, file) = api.get(m["@odata.id"].as_str().unwrap()).await;
        let uri = file["Location"][0]["Uri"].as_str().unwrap();
        let (status, reg) = api.get(uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        // Attribute registries (BIOS) are listed too; they hold no messages.
        if reg["RegistryPrefix"].is_null() {
            continue;
        }
        let version: Vec<&str> = reg["RegistryVersion"]
            .as_str()
            .unwrap()
            .split('.')
            .collect();
        out.insert(
            format!(
                "{}.{}.{}",
                reg["RegistryPrefix"].as_str().unwrap(),
                version[0],
                version[1]
            ),
            reg,
        );
    }
    out
}

/// Checks every record of every buffered payload against the served registries; returns the
/// MessageIds seen.
async fn check_resolution(emu: &redfish_emulator::RunningEmulator, api: &Api<'_>) -> Vec<String> {
    let regs = served_registries(api).await;
    let mut seen = Vec::new();
    for payload in emu.recent_events() {
        if payload["@odata.type"] != "#Event.v1_13_0.Event" {
            continue;
        }
        for r in payload["Events"].as_array().unwrap() {
            let id = r["MessageId"].as_str().unwrap();
            let (reg_id, key) = id.rsplit_once('.').unwrap();
            let reg = regs
                .get(reg_id)
                .unwrap_or_else(|| panic!("{id}: no served registry {reg_id}"));
            let msg = &reg["Messages"][key];
            assert!(msg.is_object(), "{id}: not in the served registry");
            let args: Vec<&str> = r["MessageArgs"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().expect("string argument"))
                .collect();
            assert_eq!(
                args.len() as u64,
                msg["NumberOfArgs"].as_u64().unwrap_or(0),
                "{id}: {args:?}"
            );
            let mut text = msg["Message"].as_str().unwrap().to_owned();
            for (i, a) in args.iter().enumerate().rev() {
                text = text.replace(&format!("%{}", i + 1), a);
            }
            assert_eq!(r["Message"], text.as_str(), "{id}");
            let types = msg["ParamTypes"].as_array().cloned().unwrap_or_default();
            for (a, t) in args.iter().zip(types) {
                if t == "number" {
                    assert!(a.parse::<f64>().is_ok(), "{id}: {a} is not a number");
                }
            }
            for k in [
                "EventId",
                "EventTimestamp",
                "EventType",
                "MemberId",
                "MessageSeverity",
            ] {
                assert!(r.get(k).is_some(), "{id}: no {k}");
            }
            assert!(r["OriginOfCondition"]["@odata.id"].is_string(), "{id}");
            seen.push(id.to_owned());
        }
    }
    seen
}

#[tokio::test]
async fn every_emitted_message_id_resolves_against_the_served_registries() {
    let (emu, c) = start(rack().event_replay_capacity(10_000)).await;
    let api = Api::new(&emu, &c);
    // Resets and power (one of each kind), a PATCH, a settings object applied on boot.
    reset(&api, "/redfish/v1/Systems/Node1", "GracefulShutdown").await;
    reset(&api, "/redfish/v1/Systems/Node1", "On").await;
    reset(&api, "/redfish/v1/Systems/Node2", "ForceRestart").await;
    api.patch(
        "/redfish/v1/Chassis/Node1",
        json!({"AssetTag": "a-1", "LocationIndicatorActive": true}),
    )
    .await;
    api.patch(
        "/redfish/v1/Systems/Node4/Bios/Settings",
        json!({"Attributes": {"BootMode": "Uefi"}}),
    )
    .await;
    reset(&api, "/redfish/v1/Systems/Node4", "ForceRestart").await;
    // Accounts: create, change, change password, delete.
    let (status, acct) = api
        .post(
            "/redfish/v1/AccountService/Accounts",
            json!({"UserName": "ev", "Password": "ev-password-1", "RoleId": "Operator"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{acct}");
    let acct = acct["@odata.id"].as_str().unwrap().to_owned();
    api.patch(
        &acct,
        json!({"Password": "ev-password-2", "Enabled": false}),
    )
    .await;
    assert_eq!(api.delete(&acct).await, StatusCode::NO_CONTENT);
    // Certificates: install, replace, delete.
    let cert_pem = {
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec!["rmc.example.com".to_owned()]).unwrap();
        params.self_signed(&key).unwrap().pem()
    };
    let (status, cert) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateString": cert_pem, "CertificateType": "PEM"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{cert}");
    let cert = cert["@odata.id"].as_str().unwrap().to_owned();
    api.post(
        "/redfish/v1/CertificateService/Actions/CertificateService.ReplaceCertificate",
        json!({"CertificateUri": {"@odata.id": cert}, "CertificateString": cert_pem, "CertificateType": "PEM"}),
    )
    .await;
    assert_eq!(api.delete(&cert).await, StatusCode::NO_CONTENT);
    // Tasks: completed, completed with a warning, aborted, cancelled, removed; a batched
    // aggregate reset.
    let update = "/redfish/v1/UpdateService/Actions/UpdateService.SimpleUpdate";
    let target = json!(["/redfish/v1/UpdateService/FirmwareInventory/RMC"]);
    let mut monitors = Vec::new();
    for image in ["rmc-1.03.bin", "rmc-warn.bin", "rmc-fail.bin"] {
        let resp = api
            .req(Method::POST, update)
            .json(&json!({"ImageURI": format!("https://images.example.com/{image}"), "Targets": target}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::ACCEPTED);
        monitors.push(resp.headers()["location"].to_str().unwrap().to_owned());
    }
    for m in &monitors {
        wait_task(&api, m).await;
    }
    let resp = api
        .req(Method::POST, update)
        .json(&json!({"ImageURI": "https://images.example.com/rmc-1.04.bin", "Targets": target}))
        .send()
        .await
        .unwrap();
    let monitor = resp.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(api.delete(&monitor).await, StatusCode::NO_CONTENT);
    let task = monitors[0].replace("TaskMonitors", "Tasks");
    assert_eq!(api.delete(&task).await, StatusCode::NO_CONTENT);
    let resp = api
        .req(
            Method::POST,
            "/redfish/v1/AggregationService/Aggregates/Agg1/Actions/Aggregate.Reset",
        )
        .json(&json!({"ResetType": "ForceRestart", "BatchSize": 2}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::ACCEPTED);
    wait_task(&api, resp.headers()["location"].to_str().unwrap()).await;
    // Trust events, a subscription, a test event.
    let pem = node_cert(&emu, 1);
    api.post(
        "/redfish/v1/Managers/RMC/ManageabilityManifest",
        json!({"NodesToManage": [{"NodeName": "node1", "NodeIDCertificateString": pem, "CertificateType": "PEM"}]}),
    )
    .await;
    api.post(
        "/redfish/v1/Managers/RMC/ManageabilityManifest",
        json!({"NodesToManage": []}),
    )
    .await;
    let l = listener().await;
    let sub = subscribe(&api, json!({"Destination": l.url, "Protocol": "Redfish"})).await;
    assert_eq!(api.delete(&sub).await, StatusCode::NO_CONTENT);
    api.post(
        "/redfish/v1/EventService/Actions/EventService.SubmitTestEvent",
        json!({"MessageId": "ResourceEvent.1.4.TestMessage", "MessageArgs": [], "Message": "Test message.", "MessageSeverity": "OK", "OriginOfCondition": "/redfish/v1/EventService"}),
    )
    .await;

    let seen = check_resolution(&emu, &api).await;
    let mut kinds: Vec<&str> = seen.iter().map(|s| s.rsplit('.').next().unwrap()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    for expected in [
        "ResourcePoweringOff",
        "ResourcePoweredOff",
        "ResourcePoweringOn",
        "ResourcePoweredOn",
        "ResourceChanged",
        "PropertyValueModifiedByClient",
        "ResourceCreated",
        "ResourceRemoved",
        "TaskStarted",
        "TaskProgressChanged",
        "TaskCompletedOK",
        "TaskCompletedWarning",
        "TaskAborted",
        "TaskCancelled",
        "TaskRemoved",
        "ManifestUpdated",
        "UnrecognizedNodeOnRack",
        "RevokedNode",
        "TestMessage",
    ] {
        assert!(
            kinds.contains(&expected),
            "{expected} not raised: {kinds:?}"
        );
    }
    // No password ever appears in an event.
    let all = serde_json::to_string(&emu.recent_events()).unwrap();
    assert!(!all.contains("ev-password"));

    // The iLO's events resolve against what the iLO serves.
    let (ilo, c2) = start(
        Emulator::builder()
            .scenario(Scenario::ilo())
            .time_scale(0.001),
    )
    .await;
    let api2 = Api::new(&ilo, &c2);
    let sec = "/redfish/v1/Managers/1/SecurityService";
    api2.patch(
        sec,
        json!({"DisableWeakCiphers": false, "TLSVersion": {"TLS1_0": "Enabled"}}),
    )
    .await;
    api2.patch(sec, json!({"SecurityState": "HighSecurity"}))
        .await;
    let seen = check_resolution(&ilo, &api2).await;
    assert!(
        seen.iter()
            .any(|s| s == "iLOEvents.3.2.SecurityStateChange"),
        "{seen:?}"
    );
}
