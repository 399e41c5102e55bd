//! Push delivery (DSP0266 "Event subscription", DSP0268 `EventDestination`): subscriptions
//! created by `POST` to the EventService's `Subscriptions`, events POSTed to their
//! `Destination` by one task per subscription, with `DeliveryRetryPolicy` honoured
//! (`EventService.DeliveryRetryAttempts` and `DeliveryRetryIntervalSeconds`, time-scaled),
//! `HttpHeaders` sent with every POST and never shown, the destination's certificate checked
//! against the subscription's `Certificates` when `VerifyCertificate` is set, and
//! `SuspendSubscription` / `ResumeSubscription`.
//!
//! Only loopback destinations are ever delivered to: the emulator never sends traffic off the
//! machine (no proxies, no redirects, `localhost` resolved to the loopback addresses only).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use serde_json::{Map, Value, json};
use tokio::sync::{mpsc, watch};
use url::{Host, Url};

use super::filter::SubscriptionFilter;
use super::{Event, EventType, Payload, RemoteDestinations};
use crate::messages::{base, base_for, error_body};
use crate::reply::Reply;
use crate::state::{Inner, State, lock};
use crate::tree::normalize;
use crate::util::link;

/// `@odata.type` of the subscriptions the emulator creates.
pub(crate) const DESTINATION_TYPE: &str = "#EventDestination.v1_16_0.EventDestination";

/// `DeliveryRetryPolicy` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Policy {
    TerminateAfterRetries,
    SuspendRetries,
    RetryForever,
    RetryForeverWithBackoff,
}

impl Policy {
    fn parse(s: &str) -> Option<Policy> {
        Some(match s {
            "TerminateAfterRetries" => Policy::TerminateAfterRetries,
            "SuspendRetries" => Policy::SuspendRetries,
            "RetryForever" => Policy::RetryForever,
            "RetryForeverWithBackoff" => Policy::RetryForeverWithBackoff,
            _ => return None,
        })
    }
}

/// What a delivery needs, changeable by PATCH.
#[derive(Debug, Clone)]
struct Settings {
    destination: Url,
    context: String,
    headers: Vec<(HeaderName, HeaderValue)>,
    policy: Policy,
    verify: bool,
}

/// State shared by a subscription's handle and its worker.
#[derive(Debug)]
struct Shared {
    path: String,
    filter: SubscriptionFilter,
    settings: Mutex<Settings>,
    suspended: watch::Sender<bool>,
    /// Buffered events created before this are not delivered (`DeliverBufferedEventDuration`).
    skip_before: Mutex<Option<tokio::time::Instant>>,
    /// Events dropped because the queue was full.
    dropped: AtomicU64,
}

/// A subscription being delivered to; dropping it stops the worker.
#[derive(Debug)]
pub(crate) struct Handle {
    shared: Arc<Shared>,
    queue: mpsc::Sender<Arc<Payload>>,
    task: tokio::task::AbortHandle,
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Handle {
    /// True for a subscription to metric reports.
    pub(crate) fn wants_metric_reports(&self) -> bool {
        self.shared.filter.wants_metric_reports()
    }

    /// Queues a payload for delivery if the subscription wants it (never waits).
    pub(crate) fn offer(&self, payload: &Arc<Payload>) {
        if self.shared.filter.select(payload).is_none() {
            return;
        }
        if self.queue.try_send(Arc::clone(payload)).is_err() {
            self.shared.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// True for destinations on this machine.
pub(crate) fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(a)) => a.is_loopback(),
        Some(Host::Ipv6(a)) => a.is_loopback(),
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

fn bad(key: &str, args: &[&str], prop: &str) -> Reply {
    Reply::bad_request(vec![base_for(key, args, &format!("#/{prop}"))])
}

fn headers_of(v: Option<&Value>) -> Result<Vec<(HeaderName, HeaderValue)>, ()> {
    let Some(v) = v else {
        return Ok(Vec::new());
    };
    let list = match v {
        Value::Null => return Ok(Vec::new()),
        Value::Array(a) => a,
        _ => return Err(()),
    };
    let mut out = Vec::new();
    for item in list {
        let Value::Object(o) = item else {
            return Err(());
        };
        for (k, v) in o {
            let name = HeaderName::from_bytes(k.as_bytes()).map_err(|_| ())?;
            let value = v
                .as_str()
                .and_then(|s| HeaderValue::from_str(s).ok())
                .ok_or(())?;
            out.push((name, value));
        }
    }
    Ok(out)
}

const FILTER_KEYS: [&str; 10] = [
    "RegistryPrefixes",
    "MessageIds",
    "ExcludeRegistryPrefixes",
    "ExcludeMessageIds",
    "ResourceTypes",
    "OriginResources",
    "SubordinateResources",
    "Severities",
    "EventTypes",
    "MetricReportDefinitions",
];

/// `POST Subscriptions`: creates a push subscription.
pub(crate) fn create(
    state: &Arc<State>,
    coll: &str,
    body: &Map<String, Value>,
    user: Option<String>,
) -> Reply {
    let Some(dest) = body.get("Destination").and_then(Value::as_str) else {
        return Reply::bad_request(vec![base_for(
            "CreateFailedMissingReqProperties",
            &["Destination"],
            "#/Destination",
        )]);
    };
    let url = match Url::parse(dest) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => u,
        _ => {
            return bad(
                "PropertyValueFormatError",
                &[dest, "Destination"],
                "Destination",
            );
        }
    };
    // Only Redfish push delivery is implemented; other protocols (and values the schema does
    // not know, such as FTP) are refused.
    if let Some(protocol) = body.get("Protocol")
        && protocol != "Redfish"
    {
        let shown = crate::schema::display(protocol);
        return bad("PropertyValueNotInList", &[&shown, "Protocol"], "Protocol");
    }
    // SSE subscriptions are made by opening the stream; the other types need other protocols.
    if let Some(t) = body.get("SubscriptionType")
        && t != "RedfishEvent"
    {
        let shown = crate::schema::display(t);
        return bad(
            "PropertyValueNotInList",
            &[&shown, "SubscriptionType"],
            "SubscriptionType",
        );
    }
    let format = match body.get("EventFormatType") {
        None | Some(Value::Null) => "Event",
        Some(Value::String(s)) if s == "Event" || s == "MetricReport" => s.as_str(),
        Some(other) => {
            let shown = crate::schema::display(other);
            return bad(
                "PropertyValueNotInList",
                &[&shown, "EventFormatType"],
                "EventFormatType",
            );
        }
    };
    let policy = match body.get("DeliveryRetryPolicy") {
        None | Some(Value::Null) => Policy::TerminateAfterRetries,
        Some(v) => match v.as_str().and_then(Policy::parse) {
            Some(p) => p,
            None => {
                let shown = crate::schema::display(v);
                return bad(
                    "PropertyValueNotInList",
                    &[&shown, "DeliveryRetryPolicy"],
                    "DeliveryRetryPolicy",
                );
            }
        },
    };
    let context = match body.get("Context") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => {
            let shown = crate::schema::display(other);
            return bad("PropertyValueTypeError", &[&shown, "Context"], "Context");
        }
    };
    let verify = match body.get("VerifyCertificate") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            let shown = crate::schema::display(other);
            return bad(
                "PropertyValueTypeError",
                &[&shown, "VerifyCertificate"],
                "VerifyCertificate",
            );
        }
    };
    let Ok(headers) = headers_of(body.get("HttpHeaders")) else {
        return bad(
            "PropertyValueFormatError",
            &["HttpHeaders", "HttpHeaders"],
            "HttpHeaders",
        );
    };
    let filter = match SubscriptionFilter::from_body(body) {
        Ok(f) => f,
        Err(key) => {
            let shown = body
                .get(&key)
                .map(crate::schema::display)
                .unwrap_or_default();
            return bad("PropertyValueTypeError", &[&shown, &key], &key);
        }
    };
    let local = is_loopback(&url);
    let mut inner = state.lock();
    if !local && inner.events.settings.remote == RemoteDestinations::Refuse {
        let mut body = error_body(vec![base_for(
            "PropertyValueIncorrect",
            &["Destination", dest],
            "#/Destination",
        )]);
        body["error"]["message"] = json!(
            "The emulator delivers events only to destinations on this machine \
             (127.0.0.0/8, ::1, localhost); it never sends traffic off the machine."
        );
        return Reply::json(StatusCode::BAD_REQUEST, body);
    }
    let coll = normalize(coll);
    let id = inner.tree.free_id(&coll);
    let path = format!("{coll}/{id}");
    let mut sub = json!({
        "@odata.id": path,
        "@odata.type": DESTINATION_TYPE,
        "Id": id,
        "Name": "Event Subscription",
        "Destination": dest,
        "Protocol": "Redfish",
        "Context": context,
        "SubscriptionType": "RedfishEvent",
        "EventFormatType": format,
        "DeliveryRetryPolicy": body.get("DeliveryRetryPolicy").and_then(Value::as_str).unwrap_or("TerminateAfterRetries"),
        "VerifyCertificate": verify,
        // Write-only: never returned (DSP0268: an empty array in responses).
        "HttpHeaders": [],
        "Certificates": link(&format!("{path}/Certificates")),
        "Status": {"State": if local { "Enabled" } else { "Disabled" }, "Health": "OK"},
        "Actions": {
            "#EventDestination.ResumeSubscription": {
                "target": format!("{path}/Actions/EventDestination.ResumeSubscription")
            },
            "#EventDestination.SuspendSubscription": {
                "target": format!("{path}/Actions/EventDestination.SuspendSubscription")
            }
        }
    });
    for key in FILTER_KEYS {
        if let Some(v) = body.get(key).filter(|v| !v.is_null()) {
            sub[key] = v.clone();
        }
    }
    if let Some(Value::Object(oem)) = body.get("Oem") {
        sub["Oem"] = Value::Object(oem.clone());
    }
    crate::scenario::common::collection(
        &mut inner.tree,
        &format!("{path}/Certificates"),
        "CertificateCollection",
        "Event Destination Server Certificates",
        &[],
    );
    inner.tree.put(&path, sub);
    inner.tree.add_member(&coll, &path);
    // Raised before the subscription starts: it does not get its own creation.
    inner.raise(
        Event::new(
            "ResourceEvent.ResourceCreated",
            &[],
            &path,
            EventType::ResourceAdded,
        )
        .by(user.as_deref()),
    );
    let reports = filter.wants_metric_reports();
    if local {
        let queue = inner.events.settings.queue;
        let handle = spawn(
            state,
            queue,
            &path,
            filter,
            Settings {
                destination: url,
                context,
                headers,
                policy,
                verify,
            },
        );
        inner.events.add_push(&path, handle);
    }
    let created = inner.tree.get(&path).cloned().unwrap_or(Value::Null);
    drop(inner);
    if reports && local {
        super::telemetry::ensure_running(state);
    }
    Reply::json(StatusCode::CREATED, created).header(header::LOCATION, &path)
}

impl super::EventBus {
    pub(crate) fn add_push(&self, path: &str, handle: Handle) {
        lock(&self.state).push.insert(path.to_owned(), handle);
    }

    fn push_shared(&self, path: &str) -> Option<Arc<Shared>> {
        lock(&self.state)
            .push
            .get(path)
            .map(|h| Arc::clone(&h.shared))
    }
}

/// Checks of a subscription PATCH beyond the schema: `HttpHeaders` must be header names and
/// values.
pub(crate) fn patch_checks(current: &Value, body: &Map<String, Value>) -> Vec<Value> {
    if crate::tree::schema_name(current) != Some("EventDestination") {
        return Vec::new();
    }
    match headers_of(body.get("HttpHeaders")) {
        Ok(_) => Vec::new(),
        Err(()) => vec![base_for(
            "PropertyValueFormatError",
            &["HttpHeaders", "HttpHeaders"],
            "#/HttpHeaders",
        )],
    }
}

/// After a PATCH of a subscription: new settings take effect, `HttpHeaders` stay hidden.
pub(crate) fn after_patch(
    inner: &mut Inner,
    key: &str,
    updated: &mut Map<String, Value>,
    body: &Map<String, Value>,
) {
    if !body.contains_key("HttpHeaders")
        && !body.contains_key("Context")
        && !body.contains_key("DeliveryRetryPolicy")
        && !body.contains_key("VerifyCertificate")
    {
        return;
    }
    if updated.contains_key("HttpHeaders") {
        updated.insert("HttpHeaders".into(), json!([]));
    }
    let Some(shared) = inner.events.push_shared(key) else {
        return;
    };
    let mut s = lock(&shared.settings);
    if let Some(c) = body.get("Context").and_then(Value::as_str) {
        s.context = c.to_owned();
    }
    if let Some(p) = body
        .get("DeliveryRetryPolicy")
        .and_then(Value::as_str)
        .and_then(Policy::parse)
    {
        s.policy = p;
    }
    if let Some(v) = body.get("VerifyCertificate").and_then(Value::as_bool) {
        s.verify = v;
    }
    if let Ok(h) = headers_of(body.get("HttpHeaders")) {
        s.headers = h;
    }
}

fn set_state(inner: &mut Inner, path: &str, state: &str) {
    inner.tree.update(path, |d| {
        d.insert("Status".into(), json!({"State": state, "Health": "OK"}));
    });
}

/// `#EventDestination.SuspendSubscription` / `ResumeSubscription`.
pub(crate) fn suspend_or_resume(
    state: &Arc<State>,
    path: &str,
    resume: bool,
    params: &Map<String, Value>,
) -> Reply {
    let mut inner = state.lock();
    let Some(shared) = inner.events.push_shared(path) else {
        // Not delivered to (an SSE stream, a captured or a remote subscription).
        return Reply::bad_request(vec![base(
            "ActionNotSupported",
            &[if resume {
                "EventDestination.ResumeSubscription"
            } else {
                "EventDestination.SuspendSubscription"
            }],
        )]);
    };
    if resume {
        if let Some(d) = params.get("DeliverBufferedEventDuration") {
            let Some(dur) = d.as_str().and_then(super::iso_duration) else {
                let shown = crate::schema::display(d);
                return Reply::bad_request(vec![base(
                    "ActionParameterValueFormatError",
                    &[
                        &shown,
                        "DeliverBufferedEventDuration",
                        "EventDestination.ResumeSubscription",
                    ],
                )]);
            };
            let now = tokio::time::Instant::now();
            // Longer than the service has run: every buffered event is young enough.
            *lock(&shared.skip_before) = now.checked_sub(dur);
        }
        set_state(&mut inner, path, "Enabled");
        shared.suspended.send_replace(false);
    } else {
        set_state(&mut inner, path, "Disabled");
        shared.suspended.send_replace(true);
    }
    drop(inner);
    crate::actions::success(state)
}

fn spawn(
    state: &Arc<State>,
    queue: usize,
    path: &str,
    filter: SubscriptionFilter,
    settings: Settings,
) -> Handle {
    let (suspended, _) = watch::channel(false);
    let shared = Arc::new(Shared {
        path: path.to_owned(),
        filter,
        settings: Mutex::new(settings),
        suspended,
        skip_before: Mutex::new(None),
        dropped: AtomicU64::new(0),
    });
    let (tx, rx) = mpsc::channel(queue.max(1));
    let task = tokio::spawn(run(Arc::downgrade(state), Arc::clone(&shared), rx));
    Handle {
        shared,
        queue: tx,
        task: task.abort_handle(),
    }
}

/// What one delivery attempt needs from the state.
struct Attempt {
    retries: u32,
    interval: Duration,
    certificates: Vec<String>,
    settings: Settings,
}

fn attempt(state: &State, shared: &Shared) -> Attempt {
    let inner = state.lock();
    let service = super::event_service(&inner.tree).and_then(|s| inner.tree.get(&s).cloned());
    let retries = service
        .as_ref()
        .and_then(|s| s.get("DeliveryRetryAttempts"))
        .and_then(Value::as_u64)
        .unwrap_or(3) as u32;
    let interval = service
        .as_ref()
        .and_then(|s| s.get("DeliveryRetryIntervalSeconds"))
        .and_then(Value::as_f64)
        .unwrap_or(60.0);
    let settings = lock(&shared.settings).clone();
    let certificates = if settings.verify {
        let coll = format!("{}/Certificates", shared.path);
        inner
            .tree
            .get(&coll)
            .and_then(|c| c.get("Members"))
            .and_then(Value::as_array)
            .map(|m| {
                m.iter()
                    .filter_map(crate::util::link_target)
                    .filter_map(|p| inner.tree.get(p))
                    .filter_map(|c| c.get("CertificateString").and_then(Value::as_str))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    Attempt {
        retries,
        interval: state.config.scaled(interval),
        certificates,
        settings,
    }
}

/// Delivers the queued payloads in order, one at a time, retrying as the policy says.
async fn run(state: Weak<State>, shared: Arc<Shared>, mut rx: mpsc::Receiver<Arc<Payload>>) {
    let mut clients: Option<(Vec<String>, bool, reqwest::Client)> = None;
    while let Some(payload) = rx.recv().await {
        let mut failures: u32 = 0;
        loop {
            let mut suspended = shared.suspended.subscribe();
            while *suspended.borrow_and_update() {
                if suspended.changed().await.is_err() {
                    return;
                }
            }
            if lock(&shared.skip_before).is_some_and(|t| payload.created < t) {
                break;
            }
            let Some(st) = state.upgrade() else {
                return;
            };
            if st.stopped.load(Ordering::Relaxed) {
                return;
            }
            let a = attempt(&st, &shared);
            drop(st);
            let client = match &clients {
                Some((certs, verify, c))
                    if *certs == a.certificates && *verify == a.settings.verify =>
                {
                    Some(c.clone())
                }
                _ => match http_client(&a.settings, &a.certificates) {
                    Ok(c) => {
                        clients = Some((a.certificates.clone(), a.settings.verify, c.clone()));
                        Some(c)
                    }
                    Err(e) => {
                        tracing::warn!(subscription = %shared.path, error = %e, "cannot build the delivery client");
                        None
                    }
                },
            };
            let delivered = match client {
                Some(c) => post(&c, &shared, &a.settings, &payload).await,
                None => false,
            };
            if delivered {
                break;
            }
            failures += 1;
            let mut wait = a.interval;
            if failures > a.retries {
                match a.settings.policy {
                    Policy::RetryForever => {}
                    Policy::RetryForeverWithBackoff => {
                        let factor = 1u32 << (failures - a.retries).min(6);
                        wait = a.interval.saturating_mul(factor);
                    }
                    Policy::TerminateAfterRetries => {
                        terminate(&state, &shared.path);
                        return;
                    }
                    Policy::SuspendRetries => {
                        if let Some(st) = state.upgrade() {
                            let mut inner = st.lock();
                            set_state(&mut inner, &shared.path, "Disabled");
                        }
                        shared.suspended.send_replace(true);
                        failures = 0;
                        continue;
                    }
                }
            }
            tokio::time::sleep(wait).await;
        }
    }
}

/// One POST of a payload; true on a 2xx answer.
async fn post(client: &reqwest::Client, shared: &Shared, s: &Settings, payload: &Payload) -> bool {
    // Checked again at every delivery: nothing leaves the machine.
    if !is_loopback(&s.destination) {
        return false;
    }
    let Some(keep) = shared.filter.select(payload) else {
        return true;
    };
    let keep = (!keep.is_empty()).then_some(keep);
    let body = payload.render(keep.as_deref(), Some(&s.context));
    let mut req = client
        .post(s.destination.clone())
        .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
        .header("OData-Version", "4.0")
        .body(body);
    for (k, v) in &s.headers {
        req = req.header(k.clone(), v.clone());
    }
    match req.send().await {
        Ok(resp) => resp.status().is_success(),
        Err(e) => {
            tracing::debug!(subscription = %shared.path, error = %e, "event delivery failed");
            false
        }
    }
}

/// `TerminateAfterRetries`: the subscription is deleted (and `SubscriptionTerminated` raised).
fn terminate(state: &Weak<State>, path: &str) {
    let Some(st) = state.upgrade() else {
        return;
    };
    let mut inner = st.lock();
    let bus = Arc::clone(&inner.events);
    // Removing the handle ends this task at its next await; there is none after this.
    bus.removed(path);
    inner.raise(Event::new(
        "Base.SubscriptionTerminated",
        &[],
        path,
        EventType::Other,
    ));
    inner.tree.remove_subtree(path);
    if let Some(coll) = crate::tree::parent(path) {
        let coll = coll.to_owned();
        inner.tree.remove_member(&coll, path);
    }
}

fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// The HTTP client of a subscription: no proxy, no redirect, `localhost` pinned to the
/// loopback addresses, the destination's certificate checked as the subscription says.
fn http_client(s: &Settings, certificates: &[String]) -> Result<reqwest::Client, String> {
    let provider = provider();
    let verifier: Arc<dyn ServerCertVerifier> = if s.verify {
        Arc::new(Pinned::new(certificates, Arc::clone(&provider))?)
    } else {
        Arc::new(AcceptAny(Arc::clone(&provider)))
    };
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth();
    let port = s.destination.port_or_known_default().unwrap_or(80);
    reqwest::Client::builder()
        .tls_backend_preconfigured(config)
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .resolve_to_addrs(
            "localhost",
            &[
                SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port),
                SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port),
            ],
        )
        .connect_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| e.to_string())
}

/// Accepts any certificate (`VerifyCertificate: false`); handshake signatures are still
/// verified.
#[derive(Debug)]
struct AcceptAny(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AcceptAny {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `VerifyCertificate: true`: the destination's certificate must be one of the subscription's
/// `Certificates` (compared as DSP0268 says), or chain to one of them as a CA.
#[derive(Debug)]
struct Pinned {
    pinned: Vec<CertificateDer<'static>>,
    chain: Option<Arc<rustls::client::WebPkiServerVerifier>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
}

impl Pinned {
    fn new(
        pems: &[String],
        provider: Arc<rustls::crypto::CryptoProvider>,
    ) -> Result<Pinned, String> {
        let mut pinned = Vec::new();
        for pem in pems {
            for der in CertificateDer::pem_slice_iter(pem.as_bytes()) {
                pinned.push(der.map_err(|e| e.to_string())?);
            }
        }
        let mut roots = rustls::RootCertStore::empty();
        let (_, _) = roots.add_parsable_certificates(pinned.iter().cloned());
        let chain = if roots.is_empty() {
            None
        } else {
            rustls::client::WebPkiServerVerifier::builder_with_provider(
                Arc::new(roots),
                Arc::clone(&provider),
            )
            .build()
            .ok()
        };
        Ok(Pinned {
            pinned,
            chain,
            provider,
        })
    }
}

impl ServerCertVerifier for Pinned {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if self
            .pinned
            .iter()
            .any(|p| p.as_ref() == end_entity.as_ref())
        {
            return Ok(ServerCertVerified::assertion());
        }
        match &self.chain {
            Some(v) => v.verify_server_cert(end_entity, intermediates, server_name, ocsp, now),
            None => Err(rustls::Error::InvalidCertificate(
                rustls::CertificateError::UnknownIssuer,
            )),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_destinations_are_local() {
        for local in [
            "http://127.0.0.1:9000/e",
            "https://127.1.2.3/e",
            "http://[::1]:9000/",
            "http://LocalHost:1/",
        ] {
            assert!(is_loopback(&Url::parse(local).unwrap()), "{local}");
        }
        for remote in [
            "https://192.168.1.50/Destination1",
            "http://10.0.0.1/",
            "http://localhost.example.com/",
            "http://[::2]/",
            "http://0.0.0.0/",
        ] {
            assert!(!is_loopback(&Url::parse(remote).unwrap()), "{remote}");
        }
    }

    #[test]
    fn durations() {
        use super::super::iso_duration;
        assert_eq!(iso_duration("PT0S"), Some(Duration::ZERO));
        assert_eq!(iso_duration("PT1M30S"), Some(Duration::from_secs(90)));
        assert_eq!(iso_duration("P1DT1H"), Some(Duration::from_secs(90000)));
        assert_eq!(iso_duration("PT0.5S"), Some(Duration::from_millis(500)));
        assert_eq!(iso_duration("1S"), None);
        assert_eq!(iso_duration("PT5"), None);
    }
}
