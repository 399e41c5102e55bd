//! The public entry points: [`Emulator::builder`], [`EmulatorBuilder`] and [`RunningEmulator`].

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::http::Method;
use serde_json::Value;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::fault::{Fault, FaultTable};
use crate::scenario::Scenario;
use crate::state::{Config, Inner, State, lock};
use crate::tls::Identity;

/// Errors starting the emulator.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Binding or configuring the listening socket failed.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// Generating the certificate or building the TLS configuration failed.
    #[error("TLS setup failed: {0}")]
    Tls(String),
    /// A mockup directory could not be read.
    #[error("cannot load mockup {path}: {reason}")]
    Mockup {
        /// The mockup directory.
        path: String,
        /// What went wrong.
        reason: String,
    },
}

/// Namespace for [`Emulator::builder`].
#[derive(Debug)]
#[non_exhaustive]
pub struct Emulator;

impl Emulator {
    /// Starts configuring an emulator (rack scenario with 8 nodes, HTTPS on an ephemeral
    /// loopback port by default).
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }
}

/// Configures and starts an emulator. See the [crate documentation](crate) for an example.
#[derive(Debug, Clone)]
pub struct EmulatorBuilder {
    scenario: Scenario,
    https: bool,
    bind: SocketAddr,
    session_timeout: Duration,
    page_size: usize,
    time_scale: f64,
    max_upload_bytes: u64,
    log_capacity: usize,
    max_sessions: usize,
    events: crate::events::EventSettings,
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        EmulatorBuilder {
            scenario: Scenario::rack(8),
            https: true,
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            session_timeout: Duration::from_secs(1800),
            page_size: 50,
            time_scale: 1.0,
            max_upload_bytes: 64 * 1024 * 1024,
            log_capacity: DEFAULT_LOG_CAPACITY,
            max_sessions: crate::auth::DEFAULT_MAX_SESSIONS,
            events: crate::events::EventSettings::default(),
        }
    }
}

/// Requests kept by [`RunningEmulator::request_log`] unless
/// [`EmulatorBuilder::request_log_capacity`] says otherwise.
pub const DEFAULT_LOG_CAPACITY: usize = 1024;

impl EmulatorBuilder {
    /// The resource tree and behaviours to serve.
    pub fn scenario(mut self, scenario: Scenario) -> Self {
        self.scenario = scenario;
        self
    }

    /// Serve HTTPS with a freshly generated self-signed certificate (default) or plain HTTP.
    pub fn https(mut self, https: bool) -> Self {
        self.https = https;
        self
    }

    /// The address to listen on (default `127.0.0.1:0`: loopback, ephemeral port).
    pub fn bind(mut self, addr: SocketAddr) -> Self {
        self.bind = addr;
        self
    }

    /// Initial `SessionService.SessionTimeout`: sessions idle for longer expire (default 30 min).
    pub fn session_timeout(mut self, timeout: Duration) -> Self {
        self.session_timeout = timeout;
        self
    }

    /// Collections with more members than this are paged with `Members@odata.nextLink`
    /// (default 50).
    pub fn page_size(mut self, page_size: usize) -> Self {
        self.page_size = page_size.max(1);
        self
    }

    /// Multiplies every simulated delay: task steps, batch delays, CSR generation (default 1.0;
    /// tests use e.g. 0.01).
    pub fn time_scale(mut self, scale: f64) -> Self {
        self.time_scale = if scale.is_finite() && scale >= 0.0 {
            scale
        } else {
            1.0
        };
        self
    }

    /// Largest firmware image accepted on the multipart push URI; larger ones get `413`
    /// (default 64 MiB).
    pub fn max_upload_bytes(mut self, bytes: u64) -> Self {
        self.max_upload_bytes = bytes;
        self
    }

    /// How many of the latest requests [`RunningEmulator::request_log`] keeps (default
    /// [`DEFAULT_LOG_CAPACITY`]); older ones are dropped, so a long-running emulator's memory
    /// stays flat. `0` keeps none.
    pub fn request_log_capacity(mut self, entries: usize) -> Self {
        self.log_capacity = entries;
        self
    }

    /// Sessions the service accepts at once (default [`DEFAULT_MAX_SESSIONS`](crate::DEFAULT_MAX_SESSIONS));
    /// one more login gets `503` with the Base `SessionLimitExceeded` message. `SessionService`
    /// reports it as `Oem.RedfishEmulator.MaxSessions` (the schema has no property for it).
    pub fn max_sessions(mut self, sessions: usize) -> Self {
        self.max_sessions = sessions;
        self
    }

    /// How long an SSE stream may stay idle before the service sends a keep-alive comment
    /// (default 5 s).
    pub fn sse_keep_alive(mut self, interval: Duration) -> Self {
        self.events.keep_alive = interval.max(Duration::from_millis(1));
        self
    }

    /// Event payloads kept for SSE `Last-Event-ID` resumption (default 256): a client that
    /// reconnects with the id of a payload still buffered gets every later one, once; older
    /// ones are gone (the stream then starts with a Base `EventBufferExceeded` record).
    pub fn event_replay_capacity(mut self, payloads: usize) -> Self {
        self.events.replay = payloads;
        self
    }

    /// Event payloads queued per SSE connection and per push subscription (default 1024). An
    /// SSE client that falls further behind is disconnected (it resumes with `Last-Event-ID`);
    /// a push subscription whose destination cannot keep up loses the newest events. Memory
    /// stays bounded either way.
    pub fn event_queue_capacity(mut self, payloads: usize) -> Self {
        self.events.queue = payloads.max(1);
        self
    }

    /// Whether subscriptions to destinations off the machine are refused (default) or stored
    /// without delivery. Events are only ever sent to loopback destinations.
    pub fn remote_destinations(mut self, policy: crate::RemoteDestinations) -> Self {
        self.events.remote = policy;
        self
    }

    /// Builds the scenario, binds the socket and starts serving on the current Tokio runtime.
    pub async fn start(self) -> Result<RunningEmulator, Error> {
        let prepared = self.prepare()?;
        let bind = self.bind;
        prepared.spawn(bind).await
    }

    /// Starts `n` independent services of the same scenario, each on its own port of the bind
    /// address and with its own certificate, sessions and state, in this process.
    ///
    /// The scenario is built once: the services share its resources until they change them
    /// (the tree is copy-on-write), so thousands of services fit in one process. With port 0
    /// (the default) every service gets an ephemeral port; with port `p` they listen on `p`,
    /// `p + 1`, ... Raise the open-files limit before starting thousands (every service holds
    /// a listening socket).
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), redfish_emulator::Error> {
    /// use redfish_emulator::{Emulator, Scenario};
    /// let fleet = Emulator::builder().scenario(Scenario::rack(1)).start_many(100).await?;
    /// for emu in fleet.services() {
    ///     println!("{} pinned by {:02x?}", emu.base_url(), emu.certificate_sha256());
    /// }
    /// fleet.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn start_many(self, n: usize) -> Result<Fleet, Error> {
        let prepared = self.prepare()?;
        let mut services = Vec::with_capacity(n);
        for i in 0..n {
            let port = match self.bind.port() {
                0 => 0,
                p => {
                    let p = usize::from(p) + i;
                    u16::try_from(p).map_err(|_| Error::Bind {
                        addr: self.bind,
                        source: std::io::Error::new(
                            std::io::ErrorKind::InvalidInput,
                            format!("port {p} is out of range"),
                        ),
                    })?
                }
            };
            services.push(
                prepared
                    .spawn(SocketAddr::new(self.bind.ip(), port))
                    .await?,
            );
        }
        Ok(Fleet { services })
    }

    /// Builds the scenario and everything its services share.
    fn prepare(&self) -> Result<Prepared, Error> {
        let built = self.scenario.build()?;
        let mut inner = Inner {
            tree: built.tree,
            passwords: built.passwords,
            ..Inner::default()
        };
        crate::scenario::finish(&mut inner, self.session_timeout, self.max_sessions);
        let behaviours = crate::vendor::detect(&inner.tree);
        crate::events::serve_registries(&mut inner.tree, &behaviours);
        Ok(Prepared {
            https: self.https,
            config: Config {
                page_size: self.page_size,
                time_scale: self.time_scale,
                max_upload_bytes: self.max_upload_bytes,
                log_capacity: self.log_capacity,
                behaviours,
                push_uri: built.push_uri,
                metadata: built.metadata.map(Arc::from),
                events: self.events,
            },
            inner,
        })
    }
}

/// A built scenario, ready to be served by one or many services.
struct Prepared {
    https: bool,
    config: Config,
    inner: Inner,
}

impl Prepared {
    /// Starts one service: its own certificate, a copy-on-write copy of the tree, a socket.
    async fn spawn(&self, bind: SocketAddr) -> Result<RunningEmulator, Error> {
        let identity = crate::tls::generate(Some(bind.ip()))?;
        let listener = tokio::net::TcpListener::bind(bind)
            .await
            .map_err(|source| Error::Bind { addr: bind, source })?;
        let local = listener
            .local_addr()
            .map_err(|source| Error::Bind { addr: bind, source })?;
        let scheme = if self.https { "https" } else { "http" };
        let host = match local.ip() {
            ip if ip.is_unspecified() => "127.0.0.1".to_owned(),
            std::net::IpAddr::V6(ip) => format!("[{ip}]"),
            ip => ip.to_string(),
        };
        let base_url = url::Url::parse(&format!("{scheme}://{host}:{}", local.port()))
            .map_err(|e| Error::Tls(e.to_string()))?;
        let mut inner = self.inner.clone();
        for b in self.config.behaviours.iter() {
            b.finish_identity(&mut inner, &identity);
        }
        // Every service its own events (the prepared state's bus is never used).
        inner.events = Arc::new(crate::events::EventBus::new(
            self.config.events,
            self.config.behaviours.clone(),
        ));
        let state = Arc::new(State {
            config: self.config.clone(),
            inner: Mutex::new(inner),
            faults: Mutex::new(FaultTable::default()),
            log: Mutex::new(VecDeque::new()),
            stopped: AtomicBool::new(false),
        });
        let app = Router::new()
            .fallback(crate::handler::handle)
            .with_state(Arc::clone(&state));
        let tls = if self.https {
            Some(tokio_rustls::TlsAcceptor::from(crate::tls::server_config(
                &identity,
            )?))
        } else {
            None
        };
        let (tx, rx) = watch::channel(false);
        let task = tokio::spawn(crate::server::serve(listener, tls, app.clone(), rx));
        Ok(RunningEmulator {
            router: app,
            state,
            identity,
            base_url,
            local,
            shutdown: tx,
            task: Some(task),
        })
    }
}

/// Services started together by [`EmulatorBuilder::start_many`]. Dropping it (or
/// [`Fleet::shutdown`]) stops them all.
#[derive(Debug)]
pub struct Fleet {
    services: Vec<RunningEmulator>,
}

impl Fleet {
    /// The services, in start order.
    pub fn services(&self) -> &[RunningEmulator] {
        &self.services
    }

    /// The number of services.
    pub fn len(&self) -> usize {
        self.services.len()
    }

    /// True when the fleet has no service.
    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    /// Stops every service.
    pub async fn shutdown(self) {
        for s in self.services {
            s.shutdown().await;
        }
    }
}

impl IntoIterator for Fleet {
    type Item = RunningEmulator;
    type IntoIter = std::vec::IntoIter<RunningEmulator>;

    fn into_iter(self) -> Self::IntoIter {
        self.services.into_iter()
    }
}

/// A running emulator. Dropping it (or [`RunningEmulator::shutdown`]) stops it.
pub struct RunningEmulator {
    router: Router,
    state: Arc<State>,
    identity: Identity,
    base_url: url::Url,
    local: SocketAddr,
    shutdown: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for RunningEmulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningEmulator")
            .field("base_url", &self.base_url.as_str())
            .field(
                "certificate_sha256",
                &crate::tls::hex(&self.identity.sha256),
            )
            .finish_non_exhaustive()
    }
}

impl RunningEmulator {
    /// The service's base URL, e.g. `https://127.0.0.1:40123/` (service root at `/redfish/v1/`).
    pub fn base_url(&self) -> url::Url {
        self.base_url.clone()
    }

    /// The service's request handler as a tower `Service` (an axum [`Router`]), to send requests
    /// in process, without a socket or TLS: benchmarks of the server side, soak tests, request
    /// targets a URL parser would rewrite (`..`, `%2e`). It shares the state of the running
    /// service.
    ///
    /// ```no_run
    /// # async fn demo(emu: redfish_emulator::RunningEmulator) {
    /// use tower::ServiceExt;
    /// let req = axum::http::Request::get("/redfish/v1/")
    ///     .body(axum::body::Body::empty())
    ///     .unwrap();
    /// let resp = emu.router().oneshot(req).await.unwrap();
    /// assert_eq!(resp.status(), 200);
    /// # }
    /// ```
    pub fn router(&self) -> Router {
        self.router.clone()
    }

    /// The socket address the emulator listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// The self-signed server certificate (PEM). Trust it as a root CA; its subject
    /// alternative names cover `127.0.0.1`, `::1` and `localhost`.
    pub fn certificate_pem(&self) -> &str {
        &self.identity.cert_pem
    }

    /// The server certificate in DER form.
    pub fn certificate_der(&self) -> &[u8] {
        &self.identity.cert_der
    }

    /// SHA-256 of the certificate DER, for certificate pinning.
    pub fn certificate_sha256(&self) -> [u8; 32] {
        self.identity.sha256
    }

    /// Injects `fault` into requests whose path starts with `path_prefix`, `times` times
    /// (`None`: until [`clear_faults`](Self::clear_faults)). The latest matching rule wins.
    pub fn inject(&self, path_prefix: &str, fault: Fault, times: Option<u32>) {
        lock(&self.state.faults).inject(path_prefix, fault, times);
    }

    /// Removes every injected fault.
    pub fn clear_faults(&self) {
        lock(&self.state.faults).clear();
    }

    /// Invalidates every session token: the next request with one gets `401`.
    pub fn expire_sessions(&self) {
        let mut inner = self.state.lock();
        let tokens: Vec<String> = inner.sessions.keys().cloned().collect();
        for t in tokens {
            crate::auth::drop_session_token(&mut inner, &t);
        }
    }

    /// The current state of a resource (any path form: trailing slash, fragment, query).
    pub fn resource(&self, path: &str) -> Option<Value> {
        self.state.lock().tree.get(path).cloned()
    }

    /// Replaces (or creates) a resource, e.g. to prepare a test; its ETag is recomputed.
    pub fn set_resource(&self, path: &str, value: Value) {
        self.state.lock().tree.put(path, value);
    }

    /// The latest requests received (at most the builder's
    /// [`request_log_capacity`](EmulatorBuilder::request_log_capacity)), oldest first: method and
    /// request target (path and query).
    pub fn request_log(&self) -> Vec<(Method, String)> {
        lock(&self.state.log).iter().cloned().collect()
    }

    /// Forgets the request log.
    pub fn clear_request_log(&self) {
        lock(&self.state.log).clear();
    }

    /// Every account that can log in, with its password: the scenario's accounts, and for a
    /// mockup the tree's own accounts with the known passwords they were given at start.
    pub fn accounts(&self) -> Vec<crate::Account> {
        let inner = self.state.lock();
        crate::auth::account_refs(&inner.tree)
            .filter_map(|(path, a)| {
                Some(crate::Account {
                    user: a.get("UserName")?.as_str()?.to_owned(),
                    password: inner.passwords.get(path)?.clone(),
                    role: a
                        .get("RoleId")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned(),
                })
            })
            .collect()
    }

    /// The number of live (not expired, not deleted) sessions.
    pub fn session_count(&self) -> usize {
        let mut inner = self.state.lock();
        crate::auth::purge_expired(&mut inner);
        inner.sessions.len()
    }

    /// Raises an event now, as the service would: it goes through the vendor behaviours and
    /// is delivered to the open SSE streams and the push subscriptions whose filters select
    /// it. Returns its id (the SSE `id:` and the Event's `Id`).
    ///
    /// ```no_run
    /// # async fn demo(emu: redfish_emulator::RunningEmulator) {
    /// use redfish_emulator::{EventType, TestEvent};
    /// let id = emu.raise_event(
    ///     TestEvent::new("ResourceEvent.ResourceStatusChangedCritical")
    ///         .args(["/redfish/v1/Chassis/Rack", "Critical"])
    ///         .origin("/redfish/v1/Chassis/Rack")
    ///         .event_type(EventType::Alert),
    /// );
    /// assert_eq!(emu.last_event_id(), id);
    /// # }
    /// ```
    pub fn raise_event(&self, event: crate::TestEvent) -> u64 {
        let mut inner = self.state.lock();
        inner.raise(event.into_event()).unwrap_or_default()
    }

    /// Sends one deliberately malformed record on the open SSE streams (an `id:` of the
    /// sequence and a `data:` that is not valid JSON), to test that a client reports the
    /// record and keeps reading. Push subscriptions never get it. Returns its id.
    pub fn emit_malformed_sse_record(&self) -> u64 {
        let bus = Arc::clone(&self.state.lock().events);
        bus.publish_malformed()
    }

    /// Drops every open SSE connection as a network failure would (the TCP connection is cut,
    /// no end of stream), to test reconnection with `Last-Event-ID`. Returns how many streams
    /// were open. Their `EventDestination`s are deleted as for any closed stream.
    pub fn drop_sse_connections(&self) -> usize {
        let bus = Arc::clone(&self.state.lock().events);
        bus.drop_sse()
    }

    /// The number of open SSE streams.
    pub fn sse_connections(&self) -> usize {
        self.state.lock().events.sse_count()
    }

    /// Raises `n` events (ResourceEvent `TestMessage`, origin the EventService) as fast as the
    /// open SSE streams read them: when their queue is half full it waits for them (at most
    /// 2 s per event, after which a stream that does not read is left to fall behind and be
    /// disconnected). For SSE benchmarks: the service's memory stays flat whatever `n`.
    /// Returns the ids of the first and the last event.
    pub async fn emit_events(&self, n: usize) -> Option<(u64, u64)> {
        let (bus, origin) = {
            let inner = self.state.lock();
            let origin = crate::events::event_service(&inner.tree)
                .unwrap_or_else(|| "/redfish/v1/EventService".to_owned());
            (Arc::clone(&inner.events), origin)
        };
        let high = (bus.settings.queue / 2).max(1);
        let mut range = None;
        for _ in 0..n {
            let deadline = tokio::time::Instant::now() + Duration::from_secs(2);
            while bus.sse_backlog() >= high && tokio::time::Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
            let event = crate::events::Event::new(
                "ResourceEvent.TestMessage",
                &[],
                &origin,
                crate::EventType::Other,
            );
            let id = self.state.lock().raise(event).unwrap_or_default();
            range = Some(match range {
                None => (id, id),
                Some((first, _)) => (first, id),
            });
        }
        range
    }

    /// The id of the latest event (0 before the first).
    pub fn last_event_id(&self) -> u64 {
        self.state.lock().events.last_id()
    }

    /// The event payloads still in the replay buffer (see
    /// [`EmulatorBuilder::event_replay_capacity`]), oldest first, as sent but without a
    /// listener's `Context`: Events and MetricReports (malformed test records left out).
    pub fn recent_events(&self) -> Vec<Value> {
        let bus = Arc::clone(&self.state.lock().events);
        bus.buffered()
            .iter()
            .filter(|p| p.format != crate::events::Format::Malformed)
            .map(|p| p.body.clone())
            .collect()
    }

    /// Stops accepting connections and closes the open ones.
    pub async fn shutdown(mut self) {
        self.stop();
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    fn stop(&mut self) {
        self.state.stopped.store(true, Ordering::Relaxed);
        let _ = self.shutdown.send(true);
        let bus = Arc::clone(&self.state.lock().events);
        bus.close_all();
    }
}

impl Drop for RunningEmulator {
    fn drop(&mut self) {
        self.stop();
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
