//! The SSE stream: [`EventsBuilder`], [`EventStream`], [`Reconnect`].

use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use futures_util::Stream;
use reqwest::header::{ACCEPT, CACHE_CONTROL, CONTENT_TYPE, HeaderName, HeaderValue, USER_AGENT};
use reqwest::{Method, StatusCode};
use url::Url;

use super::parser::{Parser, Record};
use super::{EventError, EventItem, Filter, event_service};
use crate::client::{Client, Core};
use crate::credentials::AuthMode;
use crate::error::{Error, Result};
use crate::request::Auth;
use crate::response::{Response, path_of};
use crate::tls;

const LAST_EVENT_ID: HeaderName = HeaderName::from_static("last-event-id");
const EVENT_STREAM: &str = "text/event-stream";
/// Enough of an error body for its `@Message.ExtendedInfo`.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// Characters left as they are in the `$filter` value (RFC 3986 unreserved).
const FILTER_ENCODE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// How an [`EventStream`] reconnects after its connection broke, timed out or ended:
/// exponential backoff from `initial` doubling up to `max`, at most `attempts` failed
/// attempts in a row (`None`: forever). A service's `retry:` field replaces `initial`
/// (bounded by `max`). A connection that delivered data resets the count.
///
/// ```
/// use std::time::Duration;
/// use redfish_client::events::Reconnect;
/// let r = Reconnect::default()
///     .initial(Duration::from_millis(200))
///     .max(Duration::from_secs(10))
///     .attempts(Some(20));
/// assert_eq!(r.delay(0), Duration::from_millis(200));
/// assert_eq!(r.delay(3), Duration::from_millis(1600));
/// assert_eq!(r.delay(30), Duration::from_secs(10));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct Reconnect {
    initial: Duration,
    max: Duration,
    attempts: Option<u32>,
}

impl Default for Reconnect {
    /// 1 s doubling up to 60 s, 10 failed attempts in a row.
    fn default() -> Self {
        Self {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(60),
            attempts: Some(10),
        }
    }
}

impl Reconnect {
    /// Never reconnect: the first broken connection ends the stream with an error item.
    pub fn never() -> Self {
        Self {
            attempts: Some(0),
            ..Self::default()
        }
    }

    /// The first delay.
    pub fn initial(mut self, d: Duration) -> Self {
        self.initial = d;
        self
    }

    /// The largest delay.
    pub fn max(mut self, d: Duration) -> Self {
        self.max = d;
        self
    }

    /// Failed attempts in a row before the stream gives up (`None`: never gives up).
    pub fn attempts(mut self, n: Option<u32>) -> Self {
        self.attempts = n;
        self
    }

    /// The delay before attempt `n` (0-based) of a run of failures.
    pub fn delay(&self, n: u32) -> Duration {
        self.delay_from(self.initial, n)
    }

    fn delay_from(&self, initial: Duration, n: u32) -> Duration {
        let factor = 2u32.saturating_pow(n.min(30));
        initial.saturating_mul(factor).min(self.max)
    }
}

/// Options of an SSE stream; from [`Client::events`]. [`EventsBuilder::connect`] opens it.
#[derive(Clone)]
#[must_use]
pub struct EventsBuilder {
    client: Client,
    filter: Option<Filter>,
    last_event_id: Option<String>,
    reconnect: Reconnect,
    idle_timeout: Option<Duration>,
    max_event_size: usize,
}

impl fmt::Debug for EventsBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventsBuilder")
            .field("host", &self.client.host())
            .field("filter", &self.filter)
            .field("last_event_id", &self.last_event_id)
            .field("reconnect", &self.reconnect)
            .field("idle_timeout", &self.idle_timeout)
            .field("max_event_size", &self.max_event_size)
            .finish()
    }
}

/// The default [`EventsBuilder::max_event_size`]: 1 MiB.
pub const DEFAULT_MAX_EVENT_SIZE: usize = 1024 * 1024;
/// The default [`EventsBuilder::idle_timeout`]: 5 minutes.
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(300);

impl Client {
    /// The service's Server-Sent Events stream (`EventService.ServerSentEventUri`), to
    /// configure and [`connect`](EventsBuilder::connect); see [the `events`
    /// module](crate::events).
    pub fn events(&self) -> EventsBuilder {
        EventsBuilder {
            client: self.clone(),
            filter: None,
            last_event_id: None,
            reconnect: Reconnect::default(),
            idle_timeout: Some(DEFAULT_IDLE_TIMEOUT),
            max_event_size: DEFAULT_MAX_EVENT_SIZE,
        }
    }
}

impl EventsBuilder {
    /// Only the records this filter selects (sent as `$filter`).
    pub fn filter(mut self, filter: Filter) -> Self {
        self.filter = Some(filter);
        self
    }

    /// Resume after this event: the first connection sends it as `Last-Event-ID` (e.g. the
    /// [`EventStream::last_event_id`] of an earlier stream).
    pub fn last_event_id(mut self, id: impl Into<String>) -> Self {
        self.last_event_id = Some(id.into());
        self
    }

    /// How to reconnect (default: [`Reconnect::default`]).
    pub fn reconnect(mut self, policy: Reconnect) -> Self {
        self.reconnect = policy;
        self
    }

    /// A connection that receives nothing for this long (not even a keep-alive comment) is
    /// taken as dead and reconnected (default [`DEFAULT_IDLE_TIMEOUT`]; `None`: wait
    /// forever). Set it above the service's keep-alive interval.
    pub fn idle_timeout(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.idle_timeout = d.into();
        self
    }

    /// The largest record accepted, in bytes (default [`DEFAULT_MAX_EVENT_SIZE`]): a
    /// larger one is dropped while it is read (memory stays bounded by this size) and
    /// yielded as [`EventError::TooLarge`].
    pub fn max_event_size(mut self, bytes: usize) -> Self {
        self.max_event_size = bytes.max(1);
        self
    }

    /// Finds `ServerSentEventUri` (service root → `EventService`) and opens the stream.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when the service has no EventService or no
    /// `ServerSentEventUri`; the service's error (a refused `$filter` is a 400), auth,
    /// transport or TLS errors of the first connection, [`Error::InvalidInput`] when the
    /// answer is not `text/event-stream`. Later failures are reconnected, see
    /// [`Reconnect`].
    pub async fn connect(self) -> Result<EventStream> {
        let core = self.client.core().clone();
        let (svc_uri, svc) = event_service(&core).await?;
        let sse = svc
            .get("ServerSentEventUri")
            .and_then(|v| v.as_str())
            .ok_or_else(|| Error::MissingLink {
                uri: svc_uri.to_string(),
                link: "/ServerSentEventUri".to_owned(),
            })?;
        let mut url = core.url(sse)?;
        if let Some(f) = &self.filter {
            let encoded = percent_encoding::utf8_percent_encode(f.as_str(), FILTER_ENCODE);
            let query = match url.query() {
                Some(q) if !q.is_empty() => format!("{q}&$filter={encoded}"),
                _ => format!("$filter={encoded}"),
            };
            url.set_query(Some(&query));
        }
        let last_id = Arc::new(Mutex::new(self.last_event_id.clone()));
        let mut state = State {
            core,
            url,
            shown: String::new(),
            parser: Parser::new(self.max_event_size, self.last_event_id),
            body: None,
            failures: 0,
            received: false,
            done: false,
            reconnect: self.reconnect,
            idle_timeout: self.idle_timeout,
            last_id: last_id.clone(),
            reconnects: 0,
        };
        state.shown = path_of(&state.url);
        let body = state.open().await?;
        state.body = Some(body);
        let inner = futures_util::stream::unfold(state, |mut st| async move {
            let item = st.next_item().await?;
            Some((item, st))
        });
        Ok(EventStream {
            inner: Box::pin(inner),
            last_id,
        })
    }
}

/// The typed events of an SSE stream: `Stream<Item = Result<EventItem, EventError>>`.
///
/// The stream ends (`None`) after an [`EventError::Client`] item, when reconnection gave
/// up or the service refused it; dropping it closes the connection. Its connection is not
/// one of [`ClientBuilder::max_concurrent_requests`](crate::ClientBuilder::max_concurrent_requests)
/// (it would hold a slot for good); the client's timeout bounds only the wait for the
/// answer to each connection request.
pub struct EventStream {
    inner: Pin<Box<dyn Stream<Item = std::result::Result<EventItem, EventError>> + Send>>,
    last_id: Arc<Mutex<Option<String>>>,
}

impl fmt::Debug for EventStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("last_event_id", &self.last_event_id())
            .finish_non_exhaustive()
    }
}

impl EventStream {
    /// The id of the last record received (the `Last-Event-ID` a reconnection sends);
    /// keep it to resume in another process with [`EventsBuilder::last_event_id`].
    pub fn last_event_id(&self) -> Option<String> {
        self.last_id
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Stream for EventStream {
    type Item = std::result::Result<EventItem, EventError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

struct State {
    core: Arc<Core>,
    url: Url,
    /// The path and query, for errors and logs.
    shown: String,
    parser: Parser,
    body: Option<reqwest::Response>,
    /// Failed connection attempts in a row.
    failures: u32,
    /// The current connection delivered data (resets `failures` when it breaks).
    received: bool,
    done: bool,
    reconnect: Reconnect,
    idle_timeout: Option<Duration>,
    last_id: Arc<Mutex<Option<String>>>,
    reconnects: u64,
}

enum Read {
    Chunk(bytes::Bytes),
    /// The connection ended, broke or went idle: reconnect.
    Lost(String),
}

impl State {
    async fn next_item(&mut self) -> Option<std::result::Result<EventItem, EventError>> {
        loop {
            if let Some(record) = self.parser.records.pop_front() {
                return Some(self.typed(record));
            }
            if self.done {
                return None;
            }
            let read = match &mut self.body {
                Some(body) => read_chunk(body, self.idle_timeout).await,
                None => match self.reconnect_now().await {
                    Ok(()) => continue,
                    Err(e) => {
                        self.done = true;
                        return Some(Err(EventError::Client(e)));
                    }
                },
            };
            match read {
                Read::Chunk(chunk) => {
                    self.received = true;
                    self.parser.feed(&chunk);
                }
                Read::Lost(why) => {
                    tracing::info!(host = %self.core.host, uri = %self.shown, reason = %why, "event stream lost: reconnecting");
                    self.body = None;
                    self.parser.reset_connection();
                    if std::mem::take(&mut self.received) {
                        self.failures = 0;
                    }
                }
            }
        }
    }

    fn typed(&mut self, record: Record) -> std::result::Result<EventItem, EventError> {
        match record {
            Record::Data { id, data, .. } => {
                self.remember(&id);
                EventItem::parse(id, &data)
            }
            Record::TooLarge { id, limit } => {
                self.remember(&id);
                Err(EventError::TooLarge { id, limit })
            }
        }
    }

    fn remember(&self, id: &Option<String>) {
        if id.is_some() {
            *self.last_id.lock().unwrap_or_else(PoisonError::into_inner) = id.clone();
        }
    }

    /// Waits the backoff delay and opens a new connection; `Err` ends the stream.
    async fn reconnect_now(&mut self) -> Result<()> {
        loop {
            if self
                .reconnect
                .attempts
                .is_some_and(|max| self.failures >= max)
            {
                return Err(Error::Transport {
                    host: self.core.host.clone(),
                    method: Method::GET,
                    uri: self.shown.clone(),
                    attempts: self.failures,
                    source: "the event stream was lost and could not be reopened".into(),
                });
            }
            let initial = self
                .parser
                .retry_ms()
                .map(Duration::from_millis)
                .unwrap_or(self.reconnect.initial);
            let delay = self.reconnect.delay_from(initial, self.failures);
            self.core.sleep.sleep(delay).await;
            self.failures += 1;
            match self.open().await {
                Ok(body) => {
                    self.reconnects += 1;
                    tracing::info!(host = %self.core.host, uri = %self.shown, reconnects = self.reconnects, last_event_id = ?self.parser_last_id(), "event stream reopened");
                    self.body = Some(body);
                    return Ok(());
                }
                Err(e) if retryable(&e) => {
                    tracing::warn!(host = %self.core.host, uri = %self.shown, error = %e, failures = self.failures, "event stream reconnection failed");
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn parser_last_id(&self) -> Option<String> {
        self.last_id
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// One connection: the client's credentials (a session, logging in again once on
    /// 401, or Basic) and TLS trust, `Last-Event-ID` when resuming.
    async fn open(&self) -> Result<reqwest::Response> {
        let core = &self.core;
        let session_auth = core.auth == AuthMode::Session && core.credentials.is_some();
        let mut relogged = false;
        loop {
            let session = if session_auth {
                Some(core.ensure_session().await?)
            } else {
                None
            };
            let mut rb = core
                .http
                .get(self.url.clone())
                .header(ACCEPT, HeaderValue::from_static(EVENT_STREAM))
                .header(CACHE_CONTROL, HeaderValue::from_static("no-cache"))
                .header(USER_AGENT, core.user_agent.clone());
            if let Some(id) = self.parser_last_id()
                && let Ok(v) = HeaderValue::from_str(&id)
            {
                rb = rb.header(LAST_EVENT_ID, v);
            }
            rb = core.authorize(rb, &Auth::Client, session.as_ref().map(|(_, t)| t));
            // The client's timeout bounds the wait for the answer's headers, not the
            // stream (that is the idle timeout's job).
            let sent = tls::with_trust(
                core.trust.clone(),
                tokio::time::timeout(core.timeout, rb.send()),
            )
            .await;
            let resp = match sent {
                Ok(Ok(r)) => r,
                Ok(Err(e)) => return Err(core.classify(e, &Method::GET, &self.shown, 1)),
                Err(_) => {
                    return Err(Error::Timeout {
                        host: core.host.clone(),
                        method: Method::GET,
                        uri: self.shown.clone(),
                        attempts: 1,
                        source: "no answer to the event stream request".into(),
                    });
                }
            };
            let status = resp.status();
            if status == StatusCode::UNAUTHORIZED
                && !relogged
                && let Some((generation, _)) = session
            {
                tracing::info!(host = %core.host, uri = %self.shown, "session rejected (401) by the event stream: logging in again");
                relogged = true;
                core.relogin(generation).await?;
                continue;
            }
            if !status.is_success() {
                return Err(self.error_of(resp).await);
            }
            let ct = resp
                .headers()
                .get(CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if !ct
                .trim_start()
                .to_ascii_lowercase()
                .starts_with(EVENT_STREAM)
            {
                return Err(Error::InvalidInput(format!(
                    "{}: {}: the answer is {ct:?}, not {EVENT_STREAM}",
                    core.host, self.shown
                )));
            }
            return Ok(resp);
        }
    }

    async fn error_of(&self, mut resp: reqwest::Response) -> Error {
        let status = resp.status();
        let headers = std::mem::take(resp.headers_mut());
        let mut body = bytes::BytesMut::new();
        while let Ok(Ok(Some(chunk))) =
            tokio::time::timeout(Duration::from_secs(5), resp.chunk()).await
        {
            if body.len() + chunk.len() > MAX_ERROR_BODY {
                break;
            }
            body.extend_from_slice(&chunk);
        }
        Response {
            status,
            headers,
            body: body.freeze(),
            method: Method::GET,
            uri: self.shown.clone(),
            host: self.core.host.clone(),
            attempts: 1,
        }
        .into_error()
    }
}

async fn read_chunk(body: &mut reqwest::Response, idle: Option<Duration>) -> Read {
    let next = match idle {
        Some(d) => match tokio::time::timeout(d, body.chunk()).await {
            Ok(r) => r,
            Err(_) => return Read::Lost(format!("nothing received for {d:?}")),
        },
        None => body.chunk().await,
    };
    match next {
        Ok(Some(chunk)) => Read::Chunk(chunk),
        Ok(None) => Read::Lost("the service ended the stream".to_owned()),
        Err(e) => Read::Lost(format!("connection error: {e}")),
    }
}

/// Whether a failed reconnection is worth another attempt: the network, a timeout, a busy
/// or failing service; not a refusal (auth, not found, bad filter, TLS).
fn retryable(e: &Error) -> bool {
    match e {
        Error::Transport { .. } | Error::Timeout { .. } => true,
        _ => e
            .status()
            .is_some_and(|s| s.is_server_error() || s == StatusCode::TOO_MANY_REQUESTS),
    }
}
