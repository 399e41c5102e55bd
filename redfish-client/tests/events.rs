//! Events against the embedded emulator: the SSE stream (order, bad and oversized records,
//! reconnection with `Last-Event-ID`, idle timeout, re-login, `$filter`), push subscriptions
//! received by the listener, SubmitTestEvent, and message resolution against the embedded and
//! the served registries.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use futures_util::StreamExt;
use redfish_client::events::listener::Listener;
use redfish_client::events::{
    EventError, EventFormatType, EventItem, EventStream, Filter, Reconnect, SubscriptionBuilder,
};
use redfish_client::model::event_service::SubmitTestEventRequest;
use redfish_client::model::message::MessageId;
use redfish_client::{AuthMode, Client, Method};
use redfish_emulator::{Emulator, RunningEmulator, Scenario, TestEvent};
use serde_json::{Value, json};

fn rack() -> redfish_emulator::EmulatorBuilder {
    Emulator::builder()
        .scenario(Scenario::rack(4))
        .time_scale(0.001)
        .sse_keep_alive(Duration::from_millis(200))
}

async fn start(b: redfish_emulator::EmulatorBuilder) -> (RunningEmulator, Client) {
    let emu = b.start().await.unwrap();
    let client = common::builder(&emu).build().unwrap();
    (emu, client)
}

fn events_only(client: &Client) -> redfish_client::EventsBuilder {
    client
        .events()
        .filter(Filter::event_format_type(EventFormatType::Event))
        .reconnect(Reconnect::default().initial(Duration::from_millis(20)))
}

/// The next item, within a generous bound (a hang is a failure, not a wait).
async fn next(s: &mut EventStream) -> Result<EventItem, EventError> {
    tokio::time::timeout(Duration::from_secs(20), s.next())
        .await
        .expect("no event within 20 s")
        .expect("the stream ended")
}

/// The keys (last part of the MessageId) of an event's records.
fn keys(item: &EventItem) -> Vec<String> {
    item.as_event()
        .unwrap()
        .events
        .iter()
        .flatten()
        .map(|r| {
            let id = r.message_id.as_ref().unwrap().as_str();
            id.rsplit('.').next().unwrap().to_owned()
        })
        .collect()
}

async fn reset(client: &Client, system: &str, reset_type: &str) {
    client
        .request(
            Method::POST,
            &format!("{system}/Actions/ComputerSystem.Reset"),
            Some(&json!({"ResetType": reset_type})),
            None,
        )
        .await
        .unwrap();
}

async fn patch(client: &Client, uri: &str, body: Value) {
    client
        .request(Method::PATCH, uri, Some(&body), None)
        .await
        .unwrap();
}

fn sse_gets(emu: &RunningEmulator) -> usize {
    common::count(emu, "GET", "/redfish/v1/EventService/SSE")
}

#[tokio::test]
async fn sse_carries_a_reset_and_a_patch_in_order() {
    let (emu, client) = start(rack()).await;
    let mut s = events_only(&client).connect().await.unwrap();
    reset(&client, "/redfish/v1/Systems/Node1", "ForceOff").await;
    patch(
        &client,
        "/redfish/v1/Chassis/Rack/Power",
        json!({"PowerControl": [{"PowerLimit": {"LimitInWatts": 9000}}]}),
    )
    .await;
    let first = next(&mut s).await.unwrap();
    assert_eq!(keys(&first), ["ResourcePoweredOff"]);
    let rec = &first.as_event().unwrap().events.as_ref().unwrap()[0];
    assert_eq!(
        rec.message_args.as_deref(),
        Some(&["/redfish/v1/Systems/Node1".to_owned()][..])
    );
    assert_eq!(
        rec.origin_of_condition.as_ref().unwrap().odata_id.as_str(),
        "/redfish/v1/Systems/Node1"
    );
    assert_eq!(
        rec.event_type,
        Some(redfish_client::events::EventType::StatusChange)
    );
    let second = next(&mut s).await.unwrap();
    assert_eq!(
        keys(&second),
        ["ResourceChanged", "PropertyValueModifiedByClient"]
    );
    let (a, b) = (first.id().unwrap(), second.id().unwrap());
    assert!(a.parse::<u64>().unwrap() < b.parse::<u64>().unwrap());
    assert_eq!(s.last_event_id().as_deref(), Some(b));
    // The session of the client is the stream's: no second login.
    assert_eq!(
        common::count(&emu, "POST", "/redfish/v1/SessionService/Sessions"),
        1
    );
    drop(s);
    for _ in 0..200 {
        if emu.sse_connections() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(emu.sse_connections(), 0, "dropping the stream closes it");
}

#[tokio::test]
async fn a_malformed_record_is_one_error_item_and_the_stream_goes_on() {
    let (emu, client) = start(rack()).await;
    let mut s = events_only(&client).connect().await.unwrap();
    let bad = emu.emit_malformed_sse_record();
    let good = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    match next(&mut s).await {
        Err(EventError::Malformed { id, .. }) => assert_eq!(id, Some(bad.to_string())),
        other => panic!("{other:?}"),
    }
    let item = next(&mut s).await.unwrap();
    assert_eq!(item.id(), Some(good.to_string().as_str()));
    assert_eq!(keys(&item), ["TestMessage"]);
    assert_eq!(
        sse_gets(&emu),
        1,
        "one bad record never ends the connection"
    );
}

#[tokio::test]
async fn an_oversized_record_is_skipped_with_bounded_memory() {
    let (emu, client) = start(rack()).await;
    let mut s = events_only(&client)
        .max_event_size(2048)
        .connect()
        .await
        .unwrap();
    let big =
        emu.raise_event(TestEvent::new("ResourceEvent.TestMessage").message("x".repeat(64 * 1024)));
    let small = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    match next(&mut s).await {
        Err(EventError::TooLarge { id, limit }) => {
            assert_eq!(limit, 2048);
            assert_eq!(id, Some(big.to_string()));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        next(&mut s).await.unwrap().id(),
        Some(small.to_string().as_str())
    );
    assert_eq!(sse_gets(&emu), 1);
}

#[tokio::test]
async fn a_dropped_connection_resumes_from_last_event_id_without_loss_or_duplicates() {
    let (emu, client) = start(rack()).await;
    let mut s = events_only(&client).connect().await.unwrap();
    let mut raised = Vec::new();
    for _ in 0..3 {
        raised.push(emu.raise_event(TestEvent::new("ResourceEvent.TestMessage")));
    }
    let mut got = Vec::new();
    for _ in 0..3 {
        got.push(
            next(&mut s)
                .await
                .unwrap()
                .id()
                .unwrap()
                .parse::<u64>()
                .unwrap(),
        );
    }
    assert_eq!(emu.drop_sse_connections(), 1);
    // Raised while the client is disconnected: replayed on the new connection.
    for _ in 0..3 {
        raised.push(emu.raise_event(TestEvent::new("ResourceEvent.TestMessage")));
    }
    for _ in 0..3 {
        got.push(
            next(&mut s)
                .await
                .unwrap()
                .id()
                .unwrap()
                .parse::<u64>()
                .unwrap(),
        );
    }
    raised.push(emu.raise_event(TestEvent::new("ResourceEvent.TestMessage")));
    got.push(
        next(&mut s)
            .await
            .unwrap()
            .id()
            .unwrap()
            .parse::<u64>()
            .unwrap(),
    );
    assert_eq!(got, raised);
    assert_eq!(sse_gets(&emu), 2);
}

#[tokio::test]
async fn an_idle_connection_is_reopened_and_keep_alives_count_as_activity() {
    // Keep-alives every 50 ms: a 1 s idle timeout never fires.
    let (emu, client) = start(rack().sse_keep_alive(Duration::from_millis(50))).await;
    let mut s = events_only(&client)
        .idle_timeout(Duration::from_secs(1))
        .connect()
        .await
        .unwrap();
    let quiet = tokio::time::timeout(Duration::from_millis(1500), s.next()).await;
    assert!(quiet.is_err(), "nothing to yield: {quiet:?}");
    assert_eq!(sse_gets(&emu), 1);
    drop(s);

    // No keep-alive within the idle timeout: the connection is taken as dead and reopened.
    let (emu, client) = start(rack().sse_keep_alive(Duration::from_secs(30))).await;
    let mut s = events_only(&client)
        .idle_timeout(Duration::from_millis(100))
        .connect()
        .await
        .unwrap();
    let quiet = tokio::time::timeout(Duration::from_millis(600), s.next()).await;
    assert!(quiet.is_err());
    assert!(sse_gets(&emu) >= 2, "reopened after the idle timeout");
    let id = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(
        next(&mut s).await.unwrap().id(),
        Some(id.to_string().as_str())
    );
}

#[tokio::test]
async fn reconnection_logs_in_again_when_the_session_expired() {
    let (emu, client) = start(rack()).await;
    let mut s = events_only(&client).connect().await.unwrap();
    let logins = || common::count(&emu, "POST", "/redfish/v1/SessionService/Sessions");
    assert_eq!(logins(), 1);
    // An id to resume from.
    let id = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(
        next(&mut s).await.unwrap().id(),
        Some(id.to_string().as_str())
    );
    emu.expire_sessions();
    emu.drop_sse_connections();
    let id = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(
        next(&mut s).await.unwrap().id(),
        Some(id.to_string().as_str())
    );
    assert_eq!(logins(), 2, "one re-login on the 401");
}

#[tokio::test]
async fn basic_auth_and_a_pinned_certificate_work_for_the_stream() {
    let emu = rack().start().await.unwrap();
    let pin: String = emu
        .certificate_sha256()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let client = Client::builder(emu.base_url().as_str())
        .credentials("admin", "admin-password")
        .auth_mode(AuthMode::Basic)
        .pin_certificate_sha256(&pin)
        .unwrap()
        .build()
        .unwrap();
    let mut s = events_only(&client).connect().await.unwrap();
    let id = emu.raise_event(TestEvent::new("ResourceEvent.TestMessage"));
    assert_eq!(
        next(&mut s).await.unwrap().id(),
        Some(id.to_string().as_str())
    );
    assert_eq!(emu.session_count(), 0);
    // Wrong credentials are refused at connect, not retried.
    let bad = Client::builder(emu.base_url().as_str())
        .credentials("admin", "wrong-password")
        .auth_mode(AuthMode::Basic)
        .add_root_certificate_pem(emu.certificate_pem())
        .build()
        .unwrap();
    let e = bad.events().connect().await.unwrap_err();
    assert!(e.is_unauthorized(), "{e:?}");
}

#[tokio::test]
async fn filter_narrows_the_records() {
    let (_emu, client) = start(rack()).await;
    let mut s = client
        .events()
        .filter(
            Filter::message_id("ResourceEvent.PropertyValueModifiedByClient")
                .or(Filter::origin_resource_and_below("/redfish/v1/Systems")),
        )
        .connect()
        .await
        .unwrap();
    let mut tasks = client
        .events()
        .filter(Filter::registry_prefix("TaskEvent"))
        .connect()
        .await
        .unwrap();
    reset(&client, "/redfish/v1/Systems/Node2", "ForceOff").await;
    reset(&client, "/redfish/v1/Managers/RMC", "ForceRestart").await;
    patch(
        &client,
        "/redfish/v1/Chassis/Node1",
        json!({"AssetTag": "rack-7"}),
    )
    .await;
    client
        .request(
            Method::POST,
            "/redfish/v1/UpdateService/Actions/UpdateService.SimpleUpdate",
            Some(&json!({"ImageURI": "https://images.example.com/rmc-1.02.bin", "Targets": ["/redfish/v1/UpdateService/FirmwareInventory/RMC"]})),
            None,
        )
        .await
        .unwrap();
    reset(&client, "/redfish/v1/Systems/Node3", "ForceOff").await;
    assert_eq!(keys(&next(&mut s).await.unwrap()), ["ResourcePoweredOff"]);
    assert_eq!(
        keys(&next(&mut s).await.unwrap()),
        ["PropertyValueModifiedByClient"]
    );
    // The manager's reset and the task's events were left out.
    let last = next(&mut s).await.unwrap();
    assert_eq!(keys(&last), ["ResourcePoweredOff"]);
    let rec = &last.as_event().unwrap().events.as_ref().unwrap()[0];
    assert_eq!(
        rec.message_args.as_ref().unwrap()[0],
        "/redfish/v1/Systems/Node3"
    );
    let first_task = next(&mut tasks).await.unwrap();
    assert!(
        keys(&first_task).iter().all(|k| k.starts_with("Task")),
        "{first_task}"
    );
    // Combinations with `not` are accepted and applied.
    let mut not_systems = client
        .events()
        .filter(
            Filter::origin_resource_and_below("/redfish/v1/Chassis")
                .and(Filter::origin_resource_and_below("/redfish/v1/Chassis/Node1").not()),
        )
        .connect()
        .await
        .unwrap();
    patch(
        &client,
        "/redfish/v1/Chassis/Node1",
        json!({"AssetTag": "rack-9"}),
    )
    .await;
    patch(
        &client,
        "/redfish/v1/Chassis/Node2",
        json!({"AssetTag": "rack-8"}),
    )
    .await;
    let e = next(&mut not_systems).await.unwrap();
    assert_eq!(
        keys(&e),
        ["ResourceChanged", "PropertyValueModifiedByClient"]
    );
    let rec = &e.as_event().unwrap().events.as_ref().unwrap()[0];
    assert_eq!(
        rec.origin_of_condition.as_ref().unwrap().odata_id.as_str(),
        "/redfish/v1/Chassis/Node2"
    );
}

#[tokio::test]
async fn a_service_without_a_stream_is_a_missing_link() {
    let (emu, client) = start(rack()).await;
    let mut svc = emu.resource("/redfish/v1/EventService").unwrap();
    svc.as_object_mut().unwrap().remove("ServerSentEventUri");
    emu.set_resource("/redfish/v1/EventService", svc);
    match client.events().connect().await {
        Err(redfish_client::Error::MissingLink { link, .. }) => {
            assert_eq!(link, "/ServerSentEventUri")
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn submit_test_event_reaches_the_stream() {
    let (_emu, client) = start(rack()).await;
    let mut s = events_only(&client).connect().await.unwrap();
    client
        .subscriptions()
        .submit_test_event(
            SubmitTestEventRequest::default()
                .with_message_id(MessageId::new("ResourceEvent.1.4.ResourceChanged"))
                .with_origin_of_condition("/redfish/v1/Systems/Node1")
                .with_message("Changed by the test."),
        )
        .await
        .unwrap();
    let item = next(&mut s).await.unwrap();
    let rec = &item.as_event().unwrap().events.as_ref().unwrap()[0];
    assert_eq!(rec.message.as_deref(), Some("Changed by the test."));
    let e = client
        .subscriptions()
        .submit_test_event(SubmitTestEventRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(e, redfish_client::Error::InvalidParameter { .. }),
        "{e:?}"
    );
}

fn self_signed() -> (String, String) {
    let ck = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    (ck.cert.pem(), ck.signing_key.serialize_pem())
}

async fn next_pushed(l: &mut Listener) -> Result<EventItem, EventError> {
    tokio::time::timeout(Duration::from_secs(20), l.next())
        .await
        .expect("no pushed event within 20 s")
        .expect("the listener ended")
}

#[tokio::test]
async fn a_push_subscription_receives_the_same_events_over_https() {
    let (emu, client) = start(rack()).await;
    let (cert, key) = self_signed();
    let mut listener = Listener::builder("127.0.0.1:0".parse().unwrap())
        .tls_pem(&cert, &key)
        .require_header("Authorization", "Bearer listener-secret")
        .start()
        .await
        .unwrap();
    assert!(listener.destination().starts_with("https://127.0.0.1:"));
    let subs = client.subscriptions();
    let builder = SubscriptionBuilder::new(listener.destination())
        .context("events-test")
        .registry_prefixes(["ResourceEvent"])
        .http_header("Authorization", "Bearer listener-secret")
        .delivery_retry_policy(redfish_client::events::DeliveryRetryPolicy::RetryForever)
        .verify_certificate(false);
    assert!(!format!("{builder:?}").contains("listener-secret"));
    let created = subs.create(builder).await.unwrap();
    assert_eq!(created.context.as_deref(), Some("events-test"));
    let mut sse = events_only(&client).connect().await.unwrap();

    reset(&client, "/redfish/v1/Systems/Node1", "ForceOff").await;
    patch(
        &client,
        "/redfish/v1/Chassis/Rack/Power",
        json!({"PowerControl": [{"PowerLimit": {"LimitInWatts": 9000}}]}),
    )
    .await;
    for _ in 0..2 {
        let pushed = next_pushed(&mut listener).await.unwrap();
        let streamed = next(&mut sse).await.unwrap();
        assert_eq!(pushed.id(), None);
        assert_eq!(keys(&pushed), keys(&streamed));
        let (p, s) = (pushed.as_event().unwrap(), streamed.as_event().unwrap());
        assert_eq!(p.id, s.id);
        assert_eq!(p.context.as_deref(), Some("events-test"));
    }

    // Listed with the SSE stream's destination; removal by Context leaves the stream alone.
    let all = subs.list().await.unwrap();
    assert_eq!(all.len(), 2, "{all:?}");
    let removed = subs.remove_by_context("events-test").await.unwrap();
    assert_eq!(removed.as_slice(), [created.odata_id.clone().unwrap()]);
    assert_eq!(subs.list().await.unwrap().len(), 1);
    assert!(
        subs.remove_by_context("events-test")
            .await
            .unwrap()
            .is_empty()
    );
    subs.delete(&removed[0]).await.unwrap(); // already gone: fine
    assert!(emu.resource(removed[0].path()).is_none());
}

#[tokio::test]
async fn the_listener_refuses_what_it_should() {
    let (_emu, client) = start(rack()).await;
    // Plain HTTP: loopback only unless asked for.
    let e = Listener::builder("0.0.0.0:0".parse().unwrap())
        .start()
        .await
        .unwrap_err();
    assert!(matches!(e, redfish_client::Error::InvalidInput(_)), "{e:?}");
    let mut l = Listener::builder("127.0.0.1:0".parse().unwrap())
        .require_header("X-Token", "t0k3n")
        .max_event_size(4096)
        .start()
        .await
        .unwrap();
    assert!(l.destination().starts_with("http://127.0.0.1:"));
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let dest = l.destination();
    let post = |body: String, token: &'static str| {
        http.post(&dest).header("X-Token", token).body(body).send()
    };
    let r = post("{}".into(), "wrong").await.unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let r = post("{not json".into(), "t0k3n").await.unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert!(matches!(
        next_pushed(&mut l).await,
        Err(EventError::Malformed { .. })
    ));
    let r = post("x".repeat(10_000), "t0k3n").await.unwrap();
    assert_eq!(r.status().as_u16(), 413);
    assert!(matches!(
        next_pushed(&mut l).await,
        Err(EventError::TooLarge { .. })
    ));
    // And a real subscription over plain HTTP on loopback.
    client
        .subscriptions()
        .create(
            SubscriptionBuilder::new(l.destination())
                .context("plain")
                .http_header("X-Token", "t0k3n"),
        )
        .await
        .unwrap();
    reset(&client, "/redfish/v1/Systems/Node2", "ForceOff").await;
    let mut got = next_pushed(&mut l).await.unwrap();
    // The subscription's own ResourceCreated may come first.
    if keys(&got) == ["ResourceCreated"] {
        got = next_pushed(&mut l).await.unwrap();
    }
    assert_eq!(keys(&got), ["ResourcePoweredOff"]);
}

#[tokio::test]
async fn every_emitted_message_id_resolves_with_its_arguments() {
    let (emu, client) = start(rack().event_replay_capacity(10_000)).await;
    reset(&client, "/redfish/v1/Systems/Node1", "GracefulShutdown").await;
    reset(&client, "/redfish/v1/Systems/Node1", "On").await;
    reset(&client, "/redfish/v1/Systems/Node2", "ForceRestart").await;
    patch(
        &client,
        "/redfish/v1/Chassis/Node1",
        json!({"AssetTag": "a-1", "LocationIndicatorActive": true}),
    )
    .await;
    client
        .request(
            Method::POST,
            "/redfish/v1/UpdateService/Actions/UpdateService.SimpleUpdate",
            Some(&json!({"ImageURI": "https://images.example.com/rmc-1.03.bin", "Targets": ["/redfish/v1/UpdateService/FirmwareInventory/RMC"]})),
            None,
        )
        .await
        .unwrap();
    // The OCP trust events (OpenRMC registry, served by the rack manager only).
    emu.raise_event(
        TestEvent::new("OpenRMC.1.0.RevokedNode")
            .args(["node2"])
            .origin("/redfish/v1/Systems/Node2"),
    );
    client
        .request(
            Method::POST,
            "/redfish/v1/Managers/RMC/ManageabilityManifest",
            Some(&json!({"NodesToManage": []})),
            None,
        )
        .await
        .unwrap();
    for _ in 0..500 {
        let done = emu.recent_events().iter().any(|p| {
            p["Events"].as_array().is_some_and(|r| {
                r.iter()
                    .any(|r| r["MessageId"] == "TaskEvent.1.0.TaskCompletedOK")
            })
        });
        if done {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let seen = check_all(&emu, &client).await;
    for expected in [
        "ResourcePoweringOff",
        "ResourcePoweredOn",
        "PropertyValueModifiedByClient",
        "TaskStarted",
        "TaskCompletedOK",
        "RevokedNode",
        "ManifestUpdated",
    ] {
        assert!(
            seen.iter().any(|s| s.ends_with(expected)),
            "{expected}: {seen:?}"
        );
    }
    let ids: Vec<String> = client
        .message_resolver()
        .registry()
        .await
        .ids()
        .map(str::to_owned)
        .collect();
    assert!(ids.iter().any(|i| i == "OpenRMC.1.0.0"), "{ids:?}");

    // The iLO's events resolve against what the iLO serves.
    let (ilo, c2) = start(
        Emulator::builder()
            .scenario(Scenario::ilo())
            .time_scale(0.001),
    )
    .await;
    patch(
        &c2,
        "/redfish/v1/Managers/1/SecurityService",
        json!({"SecurityState": "HighSecurity"}),
    )
    .await;
    let seen = check_all(&ilo, &c2).await;
    assert!(
        seen.iter()
            .any(|s| s == "iLOEvents.3.2.SecurityStateChange"),
        "{seen:?}"
    );
}

/// Resolves every record the service buffered through the client's resolver: the text
/// must be the one the service sent (its registry's, arguments filled).
async fn check_all(emu: &RunningEmulator, client: &Client) -> Vec<String> {
    let resolver = client.message_resolver();
    let mut seen = Vec::new();
    for payload in emu.recent_events() {
        let data = serde_json::to_vec(&payload).unwrap();
        let Ok(EventItem::Event { event, .. }) = EventItem::from_slice(&data) else {
            continue;
        };
        for r in event.events.iter().flatten() {
            let id = r.message_id.as_ref().unwrap().as_str().to_owned();
            let m = resolver
                .resolve(r)
                .await
                .unwrap_or_else(|| panic!("{id} does not resolve"));
            assert_eq!(Some(m.message.as_str()), r.message.as_deref(), "{id}");
            assert!(!m.message.contains("%1"), "{id}: {}", m.message);
            seen.push(id);
        }
    }
    // Resolvers of a client share one cache: the registries are read once.
    let again = [
        "Base.1.0.Success",
        "OpenRMC.1.0.RevokedNode",
        "iLOEvents.3.2.SecurityStateChange",
    ];
    for r in again {
        client
            .message_resolver()
            .resolve_id(&MessageId::new(r), &["x"])
            .await;
    }
    let reads = common::count(emu, "GET", "/redfish/v1/Registries");
    assert!(reads > 0);
    for r in again {
        client
            .message_resolver()
            .resolve_id(&MessageId::new(r), &["x"])
            .await;
    }
    assert_eq!(common::count(emu, "GET", "/redfish/v1/Registries"), reads);
    seen
}

#[tokio::test]
async fn metric_reports_arrive_typed() {
    let (emu, client) = start(rack()).await;
    let def = "/redfish/v1/TelemetryService/MetricReportDefinitions/RackPower";
    let mut d = emu.resource(def).unwrap();
    d["Schedule"]["RecurrenceInterval"] = json!("PT0.1S");
    emu.set_resource(def, d);
    let mut s = client
        .events()
        .filter(Filter::event_format_type(EventFormatType::MetricReport))
        .connect()
        .await
        .unwrap();
    let item = next(&mut s).await.unwrap();
    let report = item.as_metric_report().expect("a MetricReport");
    assert_eq!(
        report
            .metric_report_definition
            .as_ref()
            .unwrap()
            .odata_id
            .as_str(),
        def
    );
    let values = report.metric_values.as_ref().unwrap();
    assert_eq!(
        values[0].metric_id.as_deref(),
        Some("RackPowerConsumedWatts")
    );
    assert!(item.as_event().is_none());
}
