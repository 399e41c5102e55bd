//! The Server-Sent Events stream (DSP0266 "Server-sent events") at the EventService's
//! `ServerSentEventUri`: `text/event-stream`, one `id:` (monotonic) and `data:` (the Event or
//! MetricReport JSON) per payload, `$filter`, `Last-Event-ID` replay from the bounded buffer,
//! keep-alive comments when idle. Opening a stream creates an `EventDestination`
//! (`SubscriptionType: SSE`, an opaque service-generated `Context`) that is deleted when the
//! stream closes; deleting it closes the stream.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Weak};
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode, header};
use bytes::Bytes;
use serde_json::{Value, json};
use tokio::sync::{mpsc, watch};

use super::filter::SseFilter;
use super::{EventBus, Format, Payload};
use crate::messages::base;
use crate::reply::Reply;
use crate::server::ConnControl;
use crate::state::{State, lock};
use crate::tree::normalize;

/// The `ServerSentEventUri` the tree advertises, if any.
pub(crate) fn uri(state: &State) -> Option<String> {
    let inner = state.lock();
    let service = super::event_service(&inner.tree)?;
    inner
        .tree
        .get(&service)?
        .get("ServerSentEventUri")?
        .as_str()
        .map(normalize)
}

/// True when the `Accept` header allows `text/event-stream` (or says nothing).
fn accepts_event_stream(headers: &HeaderMap) -> bool {
    let values: Vec<&str> = headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if values.is_empty() {
        return true;
    }
    values.iter().flat_map(|v| v.split(',')).any(|range| {
        let mut parts = range.split(';').map(str::trim);
        let media = parts.next().unwrap_or("").to_ascii_lowercase();
        let refused = parts.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        !refused && matches!(media.as_str(), "text/event-stream" | "text/*" | "*/*")
    })
}

/// The `$filter` of the request; other `$` options are refused.
fn parse_query(query: Option<&str>) -> Result<Option<SseFilter>, Reply> {
    let mut filter = None;
    for (k, v) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        match k.as_ref() {
            "$filter" => match SseFilter::parse(&v) {
                Ok(f) => filter = Some(f),
                Err(_) => {
                    return Err(Reply::base_error(
                        StatusCode::BAD_REQUEST,
                        "QueryParameterValueFormatError",
                        &[&v, "$filter"],
                    ));
                }
            },
            other if other.starts_with('$') => {
                return Err(Reply::base_error(
                    StatusCode::BAD_REQUEST,
                    "QueryParameterUnsupported",
                    &[other],
                ));
            }
            _ => {}
        }
    }
    Ok(filter)
}

/// `GET ServerSentEventUri`: opens a stream (the caller is authenticated with Login).
pub(crate) fn open(state: &Arc<State>, req: &Request, head: bool) -> Reply {
    if !accepts_event_stream(req.headers()) {
        return Reply::base_error(StatusCode::NOT_ACCEPTABLE, "HeaderInvalid", &["Accept"]);
    }
    let filter = match parse_query(req.uri().query()) {
        Ok(f) => f,
        Err(r) => return r,
    };
    if head {
        return Reply::stream(Body::empty(), "text/event-stream");
    }
    let last = req
        .headers()
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let peer = req
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| c.0);
    let (bus, dest, context, connection) = {
        let mut inner = state.lock();
        let bus = Arc::clone(&inner.events);
        let context = crate::auth::random_token();
        let dest = super::subscriptions(&inner.tree).map(|coll| {
            let id = inner.tree.free_id(&coll);
            let path = format!("{coll}/{id}");
            let destination = match peer {
                Some(SocketAddr::V6(a)) => format!("redfish-sse://[{}]:{}", a.ip(), a.port()),
                Some(a) => format!("redfish-sse://{a}"),
                None => "redfish-sse://127.0.0.1:0".to_owned(),
            };
            inner.tree.put(
                &path,
                json!({
                    "@odata.id": path,
                    "@odata.type": super::push::DESTINATION_TYPE,
                    "Id": id,
                    "Name": "Server-Sent Events Stream",
                    "Destination": destination,
                    "Context": context,
                    "Protocol": "Redfish",
                    "SubscriptionType": "SSE",
                    "HttpHeaders": [],
                    "Status": {"State": "Enabled", "Health": "OK"}
                }),
            );
            inner.tree.add_member(&coll, &path);
            path
        });
        let ctl = req.extensions().get::<ConnControl>().cloned();
        let connection = bus.connect(dest.clone(), last, ctl);
        (bus, dest, context, connection)
    };
    let conn = Conn {
        rx: connection.rx,
        replay: connection.replay,
        gap: connection.gap,
        filter,
        context,
        drops: connection.drops,
        keep_alive: bus.settings.keep_alive,
        opened: false,
        done: false,
        _guard: Guard {
            state: Arc::downgrade(state),
            dest,
            key: connection.key,
        },
    };
    super::telemetry::ensure_running(state);
    let stream = futures_util::stream::unfold(conn, next);
    Reply::stream(Body::from_stream(stream), "text/event-stream")
}

/// A stream as the bus sees it: its queue, and its connection (to cut it when the queue
/// overflows: a client that does not read leaves the stream unpolled, so only the connection
/// can be closed).
pub(crate) struct Slot {
    tx: mpsc::Sender<Arc<Payload>>,
    ctl: Option<ConnControl>,
    capacity: usize,
}

impl Slot {
    /// Queues a payload; false when the stream is gone or its queue is full (then its
    /// connection is cut).
    pub(crate) fn offer(&self, payload: &Arc<Payload>) -> bool {
        match self.tx.try_send(Arc::clone(payload)) {
            Ok(()) => true,
            Err(mpsc::error::TrySendError::Full(_)) => {
                if let Some(ctl) = &self.ctl {
                    ctl.drop_connection();
                }
                false
            }
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        }
    }

    /// Payloads queued and not yet read.
    pub(crate) fn backlog(&self) -> usize {
        self.capacity - self.tx.capacity()
    }
}

/// What a new stream starts from.
pub(crate) struct Connection {
    rx: mpsc::Receiver<Arc<Payload>>,
    replay: VecDeque<Arc<Payload>>,
    /// `Last-Event-ID` names an event no longer buffered: some may be lost.
    gap: bool,
    drops: watch::Receiver<u64>,
    /// The stream's key in the bus (its EventDestination path when it has one).
    key: String,
}

impl EventBus {
    /// Registers a stream: the queue and the replay are taken under the bus lock, so an event
    /// is either replayed or queued, never both and never neither.
    pub(crate) fn connect(
        &self,
        dest: Option<String>,
        last: Option<u64>,
        ctl: Option<ConnControl>,
    ) -> Connection {
        let mut st = lock(&self.state);
        let capacity = self.settings.queue.max(1);
        let (tx, rx) = mpsc::channel(capacity);
        let (replay, gap) = match last {
            Some(last) => {
                let replay: VecDeque<_> = st.ring.iter().filter(|p| p.id > last).cloned().collect();
                let oldest = st.ring.front().map(|p| p.id).unwrap_or(st.last_id + 1);
                (replay, last < st.last_id && oldest > last + 1)
            }
            None => (VecDeque::new(), false),
        };
        let key = dest.unwrap_or_else(|| format!("#stream-{}", crate::auth::random_token()));
        st.sse.insert(key.clone(), Slot { tx, ctl, capacity });
        drop(st);
        let mut drops = self.drops.subscribe();
        drops.mark_unchanged();
        Connection {
            rx,
            replay,
            gap,
            drops,
            key,
        }
    }
}

/// Removes the stream's EventDestination when the stream ends (closed by either side).
struct Guard {
    state: Weak<State>,
    dest: Option<String>,
    key: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        let Some(state) = self.state.upgrade() else {
            return;
        };
        let mut inner = state.lock();
        if let Some(dest) = self.dest.as_deref()
            && inner.tree.contains(dest)
        {
            inner.tree.remove(dest);
            if let Some(coll) = crate::tree::parent(dest) {
                let coll = coll.to_owned();
                inner.tree.remove_member(&coll, dest);
            }
        }
        let bus = Arc::clone(&inner.events);
        drop(inner);
        bus.removed(&self.key);
    }
}

struct Conn {
    rx: mpsc::Receiver<Arc<Payload>>,
    replay: VecDeque<Arc<Payload>>,
    gap: bool,
    filter: Option<SseFilter>,
    context: String,
    drops: watch::Receiver<u64>,
    keep_alive: Duration,
    opened: bool,
    done: bool,
    _guard: Guard,
}

impl Conn {
    /// The SSE frame of a payload for this stream, if its filter selects anything.
    fn frame(&self, p: &Payload) -> Option<Bytes> {
        let keep = match (&self.filter, p.format) {
            (_, Format::Malformed) => None,
            (Some(f), _) => Some(f.select(p)?),
            (None, _) => None,
        };
        let data = p.render(keep.as_deref(), Some(&self.context));
        let mut out = Vec::with_capacity(data.len() + 32);
        out.extend_from_slice(format!("id: {}\ndata: ", p.id).as_bytes());
        out.extend_from_slice(&data);
        out.extend_from_slice(b"\n\n");
        Some(Bytes::from(out))
    }

    /// The notice sent first when `Last-Event-ID` names an event no longer buffered: a Base
    /// `EventBufferExceeded` record, without an `id:` (it is not one of the service's events).
    fn gap_notice(&self) -> Bytes {
        let m = base("EventBufferExceeded", &[]);
        let body = json!({
            "@odata.type": super::EVENT_TYPE,
            "Id": "0",
            "Name": "Event",
            "Context": self.context,
            "Events": [{
                "EventId": "0",
                "EventTimestamp": crate::util::now_rfc3339(),
                "EventType": "Other",
                "MemberId": "0",
                "MessageId": m["MessageId"],
                "MessageArgs": [],
                "Message": m["Message"],
                "MessageSeverity": m["MessageSeverity"],
            }]
        });
        Bytes::from(format!("data: {}\n\n", Value::to_string(&body)))
    }
}

fn failure(what: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::ConnectionAborted, what.to_owned())
}

/// The next chunk of a stream; an error ends the connection abruptly (as a network failure).
async fn next(mut c: Conn) -> Option<(Result<Bytes, std::io::Error>, Conn)> {
    if c.done {
        return None;
    }
    if !c.opened {
        c.opened = true;
        let first = if c.gap {
            c.gap_notice()
        } else {
            Bytes::from_static(b": stream open\n\n")
        };
        return Some((Ok(first), c));
    }
    while let Some(p) = c.replay.pop_front() {
        if let Some(b) = c.frame(&p) {
            return Some((Ok(b), c));
        }
    }
    loop {
        tokio::select! {
            biased;
            changed = c.drops.changed() => {
                if changed.is_ok() {
                    c.done = true;
                    return Some((Err(failure("connection dropped by the test hook")), c));
                }
                // The bus is gone: the service stopped.
                return None;
            }
            received = c.rx.recv() => match received {
                Some(p) => {
                    if let Some(b) = c.frame(&p) {
                        return Some((Ok(b), c));
                    }
                }
                // The bus let the stream go: its EventDestination was deleted, the service
                // stops, or (in process, where there is no connection to cut) its queue
                // overflowed.
                None => return None,
            },
            _ = tokio::time::sleep(c.keep_alive) => {
                return Some((Ok(Bytes::from_static(b": keep-alive\n\n")), c));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn accept_headers() {
        let h = |v: &str| {
            let mut m = HeaderMap::new();
            m.insert(header::ACCEPT, HeaderValue::from_str(v).unwrap());
            accepts_event_stream(&m)
        };
        assert!(accepts_event_stream(&HeaderMap::new()));
        assert!(h("text/event-stream"));
        assert!(h("text/event-stream;charset=utf-8"));
        assert!(h("application/json, */*;q=0.1"));
        assert!(!h("application/json"));
        assert!(!h("text/event-stream;q=0"));
    }
}
