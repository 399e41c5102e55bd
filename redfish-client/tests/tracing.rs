//! One tracing span per request, carrying the service (issue 13), and redacted bodies at
//! the explicit `trace_bodies` opt-in.

// Helpers of the tests: a failure there is a test failure.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{builder, client_with_sleep, rack};
use redfish_client::model::{Collection, ODataId};
use redfish_emulator::Fault;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

type Fields = BTreeMap<String, String>;

/// Records the fields of every `redfish_request` span and of every event.
#[derive(Clone, Default)]
struct Capture {
    spans: Arc<Mutex<BTreeMap<u64, Fields>>>,
    events: Arc<Mutex<Vec<Fields>>>,
}

struct Collect<'a>(&'a mut Fields);

impl Visit for Collect<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(
            field.name().to_owned(),
            format!("{value:?}").trim_matches('"').to_owned(),
        );
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.insert(field.name().to_owned(), value.to_string());
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _: Context<'_, S>) {
        if attrs.metadata().name() != "redfish_request" {
            return;
        }
        let mut f = Fields::new();
        attrs.record(&mut Collect(&mut f));
        self.spans.lock().unwrap().insert(id.into_u64(), f);
    }
    fn on_record(&self, id: &Id, values: &Record<'_>, _: Context<'_, S>) {
        if let Some(f) = self.spans.lock().unwrap().get_mut(&id.into_u64()) {
            values.record(&mut Collect(f));
        }
    }
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut f = Fields::new();
        f.insert("target".into(), event.metadata().target().to_owned());
        event.record(&mut Collect(&mut f));
        self.events.lock().unwrap().push(f);
    }
}

fn capture() -> (Capture, tracing::subscriber::DefaultGuard) {
    let c = Capture::default();
    let subscriber = tracing_subscriber::registry().with(c.clone());
    (c, tracing::subscriber::set_default(subscriber))
}

// Current-thread runtime (the default): the thread-local subscriber sees every task.
#[tokio::test]
async fn every_request_has_a_span_with_its_service() {
    let (cap, _guard) = capture();
    let emu = rack().await;
    let (client, _sleep) = client_with_sleep(&emu);
    emu.inject(
        "/redfish/v1/Chassis",
        Fault::ServiceUnavailable {
            retry_after_secs: 1,
        },
        Some(1),
    );
    client
        .get::<Collection>(&ODataId::new("/redfish/v1/Chassis"))
        .await
        .unwrap();
    client.logout().await.unwrap();
    let host = format!("127.0.0.1:{}", emu.local_addr().port());
    let spans = cap.spans.lock().unwrap();
    let chassis: Vec<&Fields> = spans
        .values()
        .filter(|f| f.get("path").map(String::as_str) == Some("/redfish/v1/Chassis"))
        .collect();
    assert_eq!(
        chassis.len(),
        1,
        "one span per request, retries inside: {spans:?}"
    );
    let f = chassis[0];
    assert_eq!(f["host"], host);
    assert_eq!(f["method"], "GET");
    assert_eq!(f["status"], "200");
    assert_eq!(f["retries"], "1");
    assert!(f.contains_key("latency_ms"), "{f:?}");
    // Login and logout have theirs, and no span field holds a secret.
    assert!(
        spans
            .values()
            .any(|f| f["method"] == "POST" && f["status"] == "201")
    );
    assert!(spans.values().any(|f| f["method"] == "DELETE"));
    assert!(spans.values().all(|f| f["host"] == host));
    let all = format!("{spans:?}");
    assert!(!all.contains("admin-password"), "{all}");
}

#[tokio::test]
async fn bodies_are_traced_only_when_asked_and_redacted() {
    let (cap, _guard) = capture();
    let emu = rack().await;
    let quiet = builder(&emu).build().unwrap();
    quiet.login().await.unwrap();
    quiet.logout().await.unwrap();
    let bodies = |cap: &Capture| -> Vec<Fields> {
        cap.events
            .lock()
            .unwrap()
            .iter()
            .filter(|e| e["target"] == "redfish_client::body")
            .cloned()
            .collect()
    };
    assert!(bodies(&cap).is_empty(), "off by default");

    let loud = builder(&emu)
        .trace_bodies(true)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    loud.login().await.unwrap();
    loud.service_root().await.unwrap();
    loud.logout().await.unwrap();
    let bodies = bodies(&cap);
    let login = bodies
        .iter()
        .find(|e| e["direction"] == "request" && e["method"] == "POST")
        .expect("the login body is traced");
    assert!(login["body"].contains("<redacted>"), "{login:?}");
    assert!(login["body"].contains("admin"), "{login:?}");
    assert!(bodies.iter().any(|e| e["direction"] == "response"));
    let all = format!("{:?}", cap.events.lock().unwrap());
    assert!(!all.contains("admin-password"), "{all}");
}
