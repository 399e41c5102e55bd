//! Events (DSP0266 "Eventing"): what happens in the service becomes `#Event` payloads with
//! registry-based records, kept in a bounded replay buffer and delivered to Server-Sent Event
//! streams ([`sse`]) and push subscriptions ([`push`]).
//!
//! Every event is raised with [`Inner::raise`] (or [`Inner::raise_all`] for the records of one
//! payload), which passes it through each behaviour's `raise_event` seam (a vendor may adjust
//! it or add its own events) and publishes the result under the state lock, so events are
//! ordered as the changes they describe. Publishing never waits: every SSE stream and every
//! push subscription has a bounded queue of its own; an SSE client whose queue is full is
//! disconnected (it resumes with `Last-Event-ID`), a push subscription loses the newest events.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use serde_json::{Value, json};
use tokio::sync::watch;

use crate::behaviour::Behaviours;
use crate::state::{Inner, lock};
use crate::tree::{Tree, odata_type};

pub(crate) mod filter;
pub(crate) mod push;
pub(crate) mod sse;
pub(crate) mod telemetry;

/// `@odata.type` of the payloads.
pub(crate) const EVENT_TYPE: &str = "#Event.v1_13_0.Event";

/// The `EventType` of an event record (deprecated since Event v1.3 in favour of registry
/// prefixes and resource types, but still a required property of `EventRecord`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventType {
    /// The status of a resource changed (power, task state).
    StatusChange,
    /// A resource was updated.
    ResourceUpdated,
    /// A resource was created.
    ResourceAdded,
    /// A resource was removed.
    ResourceRemoved,
    /// A condition that needs attention (security alerts).
    Alert,
    /// Anything else.
    Other,
}

impl EventType {
    /// The schema's name of the value (`StatusChange`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::StatusChange => "StatusChange",
            EventType::ResourceUpdated => "ResourceUpdated",
            EventType::ResourceAdded => "ResourceAdded",
            EventType::ResourceRemoved => "ResourceRemoved",
            EventType::Alert => "Alert",
            EventType::Other => "Other",
        }
    }

    /// The value of a schema name, if it is one.
    pub fn parse(s: &str) -> Option<EventType> {
        Some(match s {
            "StatusChange" => EventType::StatusChange,
            "ResourceUpdated" => EventType::ResourceUpdated,
            "ResourceAdded" => EventType::ResourceAdded,
            "ResourceRemoved" => EventType::ResourceRemoved,
            "Alert" => EventType::Alert,
            "Other" => EventType::Other,
            _ => return None,
        })
    }
}

/// Something that happened in the service, before it becomes an event record.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    /// `Prefix.Key` (the version is taken from the registry) or `Prefix.Major.Minor.Key`.
    pub message_id: String,
    /// Message arguments, as many as the registry message has (`MessageArgs` are strings).
    pub args: Vec<String>,
    /// Send `MessageArgs` (false: a test event whose client sent none).
    pub args_given: bool,
    /// The resource the event is about (`OriginOfCondition`).
    pub origin: Option<String>,
    pub event_type: EventType,
    /// The account that caused it (`Username`), for client-initiated changes.
    pub username: Option<String>,
    /// The log entry recording it (`LogEntry`).
    pub log_entry: Option<String>,
    /// Text and severity given by the raiser; by default they come from the registry.
    pub message: Option<String>,
    pub severity: Option<String>,
    pub timestamp: Option<String>,
    pub group_id: Option<i64>,
    /// Fill `Message`, `MessageSeverity`, `Resolution` and the version from the registry
    /// (`false` for `SubmitTestEvent`, whose event carries only what the client sent).
    pub from_registry: bool,
}

impl Event {
    pub(crate) fn new(
        message_id: &str,
        args: &[&str],
        origin: &str,
        event_type: EventType,
    ) -> Event {
        Event {
            message_id: message_id.to_owned(),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            args_given: true,
            origin: Some(origin.to_owned()),
            event_type,
            username: None,
            log_entry: None,
            message: None,
            severity: None,
            timestamp: None,
            group_id: None,
            from_registry: true,
        }
    }

    /// Names the account that caused the event.
    pub(crate) fn by(mut self, user: Option<&str>) -> Event {
        self.username = user.map(str::to_owned);
        self
    }

    /// The message key (`ResourceChanged`).
    pub(crate) fn key(&self) -> &str {
        crate::messages::split_id(&self.message_id)
            .map(|(_, _, k)| k)
            .unwrap_or(&self.message_id)
    }

    /// The registry prefix (`ResourceEvent`).
    pub(crate) fn prefix(&self) -> &str {
        crate::messages::split_id(&self.message_id)
            .map(|(p, _, _)| p)
            .unwrap_or("")
    }
}

/// What a payload carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Event,
    MetricReport,
    /// A deliberately broken SSE record (test hook); never pushed.
    Malformed,
}

/// What filters look at in one record.
#[derive(Debug, Clone)]
pub(crate) struct RecordMeta {
    /// The full `MessageId` as sent.
    pub message_id: String,
    pub origin: Option<String>,
    /// Schema name of the origin (`ComputerSystem`).
    pub resource_type: Option<String>,
    pub event_type: EventType,
    pub severity: Option<String>,
}

/// One payload: an `Event` with its records, a `MetricReport`, or a malformed record.
#[derive(Debug)]
pub(crate) struct Payload {
    /// The SSE `id` and the Event's `Id` (the `EventId` of its first record).
    pub id: u64,
    pub format: Format,
    pub records: Vec<RecordMeta>,
    /// For a metric report, its `MetricReportDefinition`.
    pub definition: Option<String>,
    /// The document without `Context` (`Null` for a malformed record).
    pub body: Value,
    /// `body` serialized (the broken text for a malformed record).
    pub bytes: Bytes,
    pub created: tokio::time::Instant,
}

impl Payload {
    /// The JSON a listener gets: the records `keep` selects (all when `None`) and the
    /// listener's `Context`.
    pub(crate) fn render(&self, keep: Option<&[bool]>, context: Option<&str>) -> Bytes {
        if self.format == Format::Malformed {
            return self.bytes.clone();
        }
        let partial = keep.is_some_and(|k| k.iter().any(|m| !m));
        if partial {
            let mut body = self.body.clone();
            if let (Some(Value::Array(events)), Some(keep)) = (body.get_mut("Events"), keep) {
                let mut i = 0;
                events.retain(|_| {
                    let k = keep.get(i).copied().unwrap_or(false);
                    i += 1;
                    k
                });
            }
            if let Some(c) = context {
                body["Context"] = json!(c);
            }
            return Bytes::from(serde_json::to_vec(&body).unwrap_or_default());
        }
        match context {
            // The stored text with `,"Context":"..."` spliced before the closing brace: no
            // re-serialization per listener.
            Some(c) if self.bytes.len() > 2 => {
                let ctx = serde_json::to_string(c).unwrap_or_else(|_| "\"\"".into());
                let mut out = Vec::with_capacity(self.bytes.len() + ctx.len() + 12);
                out.extend_from_slice(&self.bytes[..self.bytes.len() - 1]);
                out.extend_from_slice(b",\"Context\":");
                out.extend_from_slice(ctx.as_bytes());
                out.push(b'}');
                Bytes::from(out)
            }
            _ => self.bytes.clone(),
        }
    }
}

/// An event a test raises with
/// [`RunningEmulator::raise_event`](crate::RunningEmulator::raise_event).
///
/// A `MessageId` that names a message of a registry the emulator knows (`Prefix.Key` or
/// `Prefix.Major.Minor.Key`) gets the registry's version, text (arguments substituted),
/// severity and resolution; any other id is sent as given, with what the event says.
///
/// ```
/// use redfish_emulator::{EventType, TestEvent};
/// let e = TestEvent::new("ResourceEvent.ResourceStatusChangedCritical")
///     .args(["/redfish/v1/Chassis/Rack", "Critical"])
///     .origin("/redfish/v1/Chassis/Rack")
///     .event_type(EventType::Alert);
/// # let _ = e;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TestEvent {
    /// The `MessageId`.
    pub message_id: String,
    /// `MessageArgs`.
    pub args: Vec<String>,
    /// `OriginOfCondition`.
    pub origin: Option<String>,
    /// `EventType` (default `Other`).
    pub event_type: EventType,
    /// `MessageSeverity`, when not the registry's.
    pub severity: Option<String>,
    /// `Message`, when not the registry's.
    pub message: Option<String>,
}

impl TestEvent {
    /// An event with this `MessageId` and nothing else.
    pub fn new(message_id: impl Into<String>) -> TestEvent {
        TestEvent {
            message_id: message_id.into(),
            args: Vec::new(),
            origin: None,
            event_type: EventType::Other,
            severity: None,
            message: None,
        }
    }

    /// Sets `MessageArgs`.
    pub fn args<I, S>(mut self, args: I) -> TestEvent
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    /// Sets `OriginOfCondition` (a resource path).
    pub fn origin(mut self, path: impl Into<String>) -> TestEvent {
        self.origin = Some(path.into());
        self
    }

    /// Sets `EventType`.
    pub fn event_type(mut self, t: EventType) -> TestEvent {
        self.event_type = t;
        self
    }

    /// Sets `MessageSeverity` (`OK`, `Warning`, `Critical`) instead of the registry's.
    pub fn severity(mut self, s: impl Into<String>) -> TestEvent {
        self.severity = Some(s.into());
        self
    }

    /// Sets `Message` instead of the registry's text.
    pub fn message(mut self, m: impl Into<String>) -> TestEvent {
        self.message = Some(m.into());
        self
    }

    pub(crate) fn into_event(self) -> Event {
        Event {
            message_id: self.message_id,
            args: self.args,
            args_given: true,
            origin: self.origin.map(|o| crate::tree::normalize(&o)),
            event_type: self.event_type,
            username: None,
            log_entry: None,
            message: self.message,
            severity: self.severity,
            timestamp: None,
            group_id: None,
            from_registry: true,
        }
    }
}

/// Whether subscriptions to destinations off the machine are refused or stored.
///
/// The emulator never sends traffic off the machine: events are only ever POSTed to loopback
/// destinations (`127.0.0.0/8`, `::1`, `localhost`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum RemoteDestinations {
    /// A subscription to another host gets `400` (`PropertyValueIncorrect` on `Destination`).
    #[default]
    Refuse,
    /// A subscription to another host is created but never delivered to: its
    /// `Status.State` is `Disabled`. For conformance tools that subscribe a fixed remote URL
    /// (the DMTF Protocol Validator posts `https://192.168.1.50/Destination1`).
    StoreOnly,
}

/// Settings of a service's events.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EventSettings {
    /// Payloads kept for `Last-Event-ID`.
    pub replay: usize,
    /// Payloads queued per SSE connection and per push subscription.
    pub queue: usize,
    /// SSE comment sent after this long without an event.
    pub keep_alive: Duration,
    pub remote: RemoteDestinations,
}

impl Default for EventSettings {
    fn default() -> Self {
        EventSettings {
            replay: DEFAULT_REPLAY,
            queue: DEFAULT_QUEUE,
            keep_alive: Duration::from_secs(5),
            remote: RemoteDestinations::Refuse,
        }
    }
}

/// Payloads kept for `Last-Event-ID` by default.
pub(crate) const DEFAULT_REPLAY: usize = 256;
/// Payloads queued per listener by default.
pub(crate) const DEFAULT_QUEUE: usize = 1024;

/// The events of one service: sequence, replay buffer, listeners.
pub(crate) struct EventBus {
    pub settings: EventSettings,
    behaviours: Behaviours,
    state: Mutex<BusState>,
    /// Bumped to drop every open SSE connection (test hook).
    drops: watch::Sender<u64>,
}

#[derive(Default)]
struct BusState {
    /// The last id handed out.
    last_id: u64,
    ring: VecDeque<Arc<Payload>>,
    /// Push subscriptions by resource path.
    push: HashMap<String, push::Handle>,
    /// Open SSE streams by key (their EventDestination path); dropping one ends the stream.
    sse: HashMap<String, sse::Slot>,
    /// Metric report generator running.
    telemetry: bool,
}

impl std::fmt::Debug for EventBus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let st = lock(&self.state);
        f.debug_struct("EventBus")
            .field("last_id", &st.last_id)
            .field("buffered", &st.ring.len())
            .field("push", &st.push.len())
            .field("sse", &st.sse.len())
            .finish_non_exhaustive()
    }
}

impl Default for EventBus {
    fn default() -> Self {
        EventBus::new(EventSettings::default(), Behaviours(Arc::new([])))
    }
}

impl EventBus {
    pub(crate) fn new(settings: EventSettings, behaviours: Behaviours) -> EventBus {
        let (drops, _) = watch::channel(0);
        EventBus {
            settings,
            behaviours,
            state: Mutex::new(BusState::default()),
            drops,
        }
    }

    /// Publishes the records of one payload; returns its id.
    fn publish(&self, tree: &Tree, events: Vec<Event>) -> Option<u64> {
        if events.is_empty() {
            return None;
        }
        let mut st = lock(&self.state);
        let id = st.last_id + 1;
        st.last_id += events.len() as u64;
        let mut records = Vec::with_capacity(events.len());
        let mut metas = Vec::with_capacity(events.len());
        for (i, e) in events.iter().enumerate() {
            let (record, meta) = record(tree, e, id + i as u64, i);
            records.push(record);
            metas.push(meta);
        }
        let body = json!({
            "@odata.type": EVENT_TYPE,
            "Id": id.to_string(),
            "Name": "Event",
            "Events": records,
        });
        let bytes = Bytes::from(serde_json::to_vec(&body).unwrap_or_default());
        self.send(
            &mut st,
            Payload {
                id,
                format: Format::Event,
                records: metas,
                definition: None,
                body,
                bytes,
                created: tokio::time::Instant::now(),
            },
        );
        Some(id)
    }

    /// Publishes a metric report (the resource as it now is); returns its id.
    pub(crate) fn publish_report(&self, definition: &str, report: Value) -> u64 {
        let mut st = lock(&self.state);
        st.last_id += 1;
        let id = st.last_id;
        let bytes = Bytes::from(serde_json::to_vec(&report).unwrap_or_default());
        self.send(
            &mut st,
            Payload {
                id,
                format: Format::MetricReport,
                records: Vec::new(),
                definition: Some(definition.to_owned()),
                body: report,
                bytes,
                created: tokio::time::Instant::now(),
            },
        );
        id
    }

    /// Publishes a record whose `data` is not valid JSON (SSE only); returns its id.
    pub(crate) fn publish_malformed(&self) -> u64 {
        let mut st = lock(&self.state);
        st.last_id += 1;
        let id = st.last_id;
        // Cut mid-record: an object and an array left open.
        let text = format!(
            "{{\"@odata.type\":\"{EVENT_TYPE}\",\"Id\":\"{id}\",\"Name\":\"Event\",\"Events\":[{{\"EventId\":\"{id}\",\"MessageId\":"
        );
        self.send(
            &mut st,
            Payload {
                id,
                format: Format::Malformed,
                records: Vec::new(),
                definition: None,
                body: Value::Null,
                bytes: Bytes::from(text),
                created: tokio::time::Instant::now(),
            },
        );
        id
    }

    fn send(&self, st: &mut BusState, payload: Payload) {
        let payload = Arc::new(payload);
        let cap = self.settings.replay;
        if cap > 0 {
            while st.ring.len() >= cap {
                st.ring.pop_front();
            }
            st.ring.push_back(Arc::clone(&payload));
        }
        // A stream whose queue is full is cut off; it resumes with Last-Event-ID.
        st.sse.retain(|_, slot| slot.offer(&payload));
        for h in st.push.values() {
            h.offer(&payload);
        }
    }

    /// The payloads still buffered, oldest first.
    pub(crate) fn buffered(&self) -> Vec<Arc<Payload>> {
        lock(&self.state).ring.iter().cloned().collect()
    }

    /// The last id handed out (0 before the first event).
    pub(crate) fn last_id(&self) -> u64 {
        lock(&self.state).last_id
    }

    /// The longest SSE queue (payloads sent to a stream and not yet read by it).
    pub(crate) fn sse_backlog(&self) -> usize {
        let st = lock(&self.state);
        st.sse.values().map(sse::Slot::backlog).max().unwrap_or(0)
    }

    /// A resource was removed: an SSE stream it represented ends, a push subscription stops.
    pub(crate) fn removed(&self, path: &str) {
        let (handle, stream) = {
            let mut st = lock(&self.state);
            let prefix = format!("{path}/");
            let handle: Vec<_> = st
                .push
                .keys()
                .filter(|k| *k == path || k.starts_with(&prefix))
                .cloned()
                .collect();
            let handle: Vec<_> = handle.iter().filter_map(|k| st.push.remove(k)).collect();
            let stream: Vec<_> = st
                .sse
                .keys()
                .filter(|k| *k == path || k.starts_with(&prefix))
                .cloned()
                .collect();
            let stream: Vec<_> = stream.iter().filter_map(|k| st.sse.remove(k)).collect();
            (handle, stream)
        };
        // Dropping ends the workers and streams (outside the lock).
        drop(handle);
        drop(stream);
    }

    /// Ends every SSE stream and push worker (the service stops).
    pub(crate) fn close_all(&self) {
        let (push, sse) = {
            let mut st = lock(&self.state);
            (std::mem::take(&mut st.push), std::mem::take(&mut st.sse))
        };
        drop(push);
        drop(sse);
    }

    /// Drops every open SSE connection as a network failure would; returns how many.
    pub(crate) fn drop_sse(&self) -> usize {
        let n = lock(&self.state).sse.len();
        self.drops.send_modify(|g| *g += 1);
        n
    }

    /// Open SSE streams.
    pub(crate) fn sse_count(&self) -> usize {
        lock(&self.state).sse.len()
    }
}

/// One `EventRecord` and what filters look at.
fn record(tree: &Tree, e: &Event, event_id: u64, member: usize) -> (Value, RecordMeta) {
    let args: Vec<&str> = e.args.iter().map(String::as_str).collect();
    let resolved = if e.from_registry {
        crate::messages::resolve(&e.message_id, &args)
    } else {
        None
    };
    let message_id = resolved
        .as_ref()
        .map(|r| r.id.clone())
        .unwrap_or_else(|| e.message_id.clone());
    let severity = e
        .severity
        .clone()
        .or_else(|| resolved.as_ref().map(|r| r.severity.clone()));
    // A message the registries do not know is sent with the id as given.
    let mut r = serde_json::Map::new();
    r.insert("EventId".into(), json!(event_id.to_string()));
    r.insert(
        "EventTimestamp".into(),
        json!(e.timestamp.clone().unwrap_or_else(crate::util::now_rfc3339)),
    );
    r.insert("EventType".into(), json!(e.event_type.as_str()));
    r.insert("MemberId".into(), json!(member.to_string()));
    r.insert("MessageId".into(), json!(message_id));
    if e.args_given {
        r.insert("MessageArgs".into(), json!(e.args));
    }
    if let Some(m) = e
        .message
        .clone()
        .or_else(|| resolved.as_ref().map(|r| r.message.clone()))
    {
        r.insert("Message".into(), json!(m));
    }
    if let Some(s) = &severity {
        r.insert("MessageSeverity".into(), json!(s));
    }
    if let Some(res) = resolved.as_ref().and_then(|r| r.resolution.clone()) {
        r.insert("Resolution".into(), res);
    }
    if let Some(o) = &e.origin {
        r.insert("OriginOfCondition".into(), crate::util::link(o));
    }
    if let Some(l) = &e.log_entry {
        r.insert("LogEntry".into(), crate::util::link(l));
    }
    if let Some(u) = &e.username {
        r.insert("Username".into(), json!(u));
    }
    if let Some(g) = e.group_id {
        r.insert("EventGroupId".into(), json!(g));
    }
    let resource_type = e
        .origin
        .as_deref()
        .and_then(|o| tree.get(o))
        .and_then(odata_type)
        .and_then(|t| t.split('.').next())
        .map(str::to_owned);
    (
        Value::Object(r),
        RecordMeta {
            message_id,
            origin: e.origin.clone(),
            resource_type,
            event_type: e.event_type,
            severity,
        },
    )
}

impl Inner {
    /// Raises one event (see the module documentation).
    pub(crate) fn raise(&mut self, event: Event) -> Option<u64> {
        self.raise_all(vec![event])
    }

    /// Raises events that belong together (one payload, one record each, plus what the
    /// behaviours add).
    pub(crate) fn raise_all(&mut self, events: Vec<Event>) -> Option<u64> {
        let bus = Arc::clone(&self.events);
        let behaviours = bus.behaviours.clone();
        let mut out = Vec::with_capacity(events.len());
        for mut e in events {
            let mut extra = Vec::new();
            for b in behaviours.iter() {
                b.raise_event(self, &mut e, &mut extra);
            }
            out.push(e);
            out.extend(extra);
        }
        bus.publish(&self.tree, out)
    }

    /// The `UserName` of an account (for `Username` in records).
    pub(crate) fn user_name(&self, account: &str) -> Option<String> {
        self.tree
            .get(account)
            .and_then(|a| a.get("UserName"))
            .and_then(Value::as_str)
            .map(str::to_owned)
    }
}

/// The EventService of a tree (linked from the service root).
pub(crate) fn event_service(tree: &Tree) -> Option<String> {
    let linked = tree
        .get("/redfish/v1")
        .and_then(|r| r.get("EventService"))
        .and_then(crate::util::link_target)
        .and_then(|p| tree.resolve(p));
    linked.or_else(|| tree.resolve("/redfish/v1/EventService"))
}

/// The EventService's `Subscriptions` collection.
pub(crate) fn subscriptions(tree: &Tree) -> Option<String> {
    let service = event_service(tree)?;
    tree.get(&service)?
        .get("Subscriptions")
        .and_then(crate::util::link_target)
        .and_then(|p| tree.resolve(p))
}

/// Parses an ISO 8601 duration of the form `P[nD][T[nH][nM][n[.n]S]]`.
pub(crate) fn iso_duration(s: &str) -> Option<Duration> {
    let rest = s.strip_prefix('P')?;
    let (days, time) = match rest.split_once('T') {
        Some((d, t)) => (d, t),
        None => (rest, ""),
    };
    let mut secs = 0f64;
    if !days.is_empty() {
        secs += days.strip_suffix('D')?.parse::<f64>().ok()? * 86400.0;
    }
    let mut num = String::new();
    for c in time.chars() {
        match c {
            'H' | 'M' | 'S' => {
                let n: f64 = num.parse().ok()?;
                num.clear();
                secs += n * match c {
                    'H' => 3600.0,
                    'M' => 60.0,
                    _ => 1.0,
                };
            }
            _ => num.push(c),
        }
    }
    (num.is_empty() && secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs))
}

/// True for property names whose values must never appear in an event.
pub(crate) fn is_secret(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [
        "password",
        "secret",
        "token",
        "privatekey",
        "encryptionkey",
        "authkey",
        "httpheaders",
        "passphrase",
        "community",
    ]
    .iter()
    .any(|s| n.contains(s))
}

/// `PropertyValueModifiedByClient` arguments for what a PATCH body changed: the property path
/// (`PowerControl/0/PowerLimit/LimitInWatts`) and its new value, for every leaf whose value
/// differs from before (secrets left out).
pub(crate) fn changed_properties(
    before: &Value,
    after: &Value,
    body: &Value,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    walk(before, after, body, String::new(), &mut out);
    out
}

fn walk(
    before: &Value,
    after: &Value,
    body: &Value,
    path: String,
    out: &mut Vec<(String, String)>,
) {
    match body {
        Value::Object(b) => {
            for (k, v) in b {
                if k.contains('@') || is_secret(k) {
                    continue;
                }
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}/{k}")
                };
                walk(
                    before.get(k).unwrap_or(&Value::Null),
                    after.get(k).unwrap_or(&Value::Null),
                    v,
                    p,
                    out,
                );
            }
        }
        Value::Array(items) if items.iter().any(Value::is_object) => {
            for (i, v) in items.iter().enumerate() {
                walk(
                    before.get(i).unwrap_or(&Value::Null),
                    after.get(i).unwrap_or(&Value::Null),
                    v,
                    format!("{path}/{i}"),
                    out,
                );
            }
        }
        _ => {
            if before != after && !path.is_empty() {
                out.push((path, crate::schema::display(after)));
            }
        }
    }
}

/// Serves the registries a tree's events need: each behaviour's own, and for a tree that
/// lists registries (a mockup) the DMTF ones its events use, when the tree serves no registry
/// of that prefix.
pub(crate) fn serve_registries(tree: &mut Tree, behaviours: &Behaviours) {
    if !tree.contains(crate::scenario::common::REGISTRIES_PATH) {
        return;
    }
    let served = crate::scenario::common::served_prefixes(tree);
    let prefix_of = |src: &str| -> Option<String> {
        serde_json::from_str::<Value>(src)
            .ok()?
            .get("RegistryPrefix")?
            .as_str()
            .map(str::to_owned)
    };
    let wanted = crate::messages::REGISTRIES
        .iter()
        .chain(behaviours.iter().flat_map(|b| b.registries().iter()));
    for reg in wanted {
        match prefix_of(reg.source) {
            Some(p) if !served.contains(&p) => crate::scenario::common::serve_registry(tree, reg),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_leaves_are_listed_without_secrets() {
        let before =
            json!({"A": 1, "B": {"C": "x", "D": 2}, "L": [{"V": 1}, {"V": 2}], "Password": null});
        let after =
            json!({"A": 1, "B": {"C": "y", "D": 2}, "L": [{"V": 1}, {"V": 3}], "Password": null});
        let body = json!({"A": 1, "B": {"C": "y"}, "L": [{}, {"V": 3}], "Password": "s3cret"});
        assert_eq!(
            changed_properties(&before, &after, &body),
            vec![
                ("B/C".to_owned(), "y".to_owned()),
                ("L/1/V".to_owned(), "3".to_owned())
            ]
        );
    }

    #[test]
    fn context_is_spliced_into_the_stored_text() {
        let bus = EventBus::default();
        let tree = Tree::default();
        let id = bus
            .publish(
                &tree,
                vec![
                    Event::new(
                        "ResourceEvent.ResourceChanged",
                        &[],
                        "/redfish/v1/Systems/1",
                        EventType::ResourceUpdated,
                    ),
                    Event::new(
                        "ResourceEvent.ResourcePoweredOn",
                        &["/redfish/v1/Systems/1"],
                        "/redfish/v1/Systems/1",
                        EventType::StatusChange,
                    ),
                ],
            )
            .unwrap();
        assert_eq!(id, 1);
        let p = bus.buffered().pop().unwrap();
        let all: Value = serde_json::from_slice(&p.render(None, Some("ctx \"1\""))).unwrap();
        assert_eq!(all["Context"], "ctx \"1\"");
        assert_eq!(all["Events"].as_array().unwrap().len(), 2);
        assert_eq!(all["Events"][1]["EventId"], "2");
        assert_eq!(
            all["Events"][1]["MessageId"],
            "ResourceEvent.1.4.ResourcePoweredOn"
        );
        assert_eq!(
            all["Events"][1]["Message"],
            "The resource '/redfish/v1/Systems/1' has powered on."
        );
        let one: Value = serde_json::from_slice(&p.render(Some(&[false, true]), None)).unwrap();
        assert_eq!(one["Events"].as_array().unwrap().len(), 1);
        assert_eq!(one["Events"][0]["MemberId"], "1");
        assert_eq!(bus.last_id(), 2);
    }
}
