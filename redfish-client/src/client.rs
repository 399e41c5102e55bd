//! The client, its builder and the request pipeline (auth, retries, limits, tracing).

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use bytes::Bytes;
use redfish_model::{ETag, ODataId, RedfishError};
use reqwest::header::{
    ACCEPT, CONTENT_TYPE, ETAG, HeaderMap, HeaderName, HeaderValue, IF_MATCH, LOCATION,
};
use reqwest::{Method, StatusCode};
use rustls_pki_types::CertificateDer;
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::Semaphore;
use url::Url;

use crate::credentials::{AuthMode, Credentials};
use crate::error::{BoxError, Error, Result};
use crate::retry::{self, RetryPolicy};
use crate::sleep::{Sleep, TokioSleep};
use crate::task::TaskPolicy;
use crate::tls::{self, Fingerprint, TlsPolicy};

pub(crate) const X_AUTH_TOKEN: HeaderName = HeaderName::from_static("x-auth-token");
const ODATA_VERSION: HeaderName = HeaderName::from_static("odata-version");
/// Documented fallback when a service root has no `Links.Sessions` (python-redfish-library
/// does the same).
const DEFAULT_SESSIONS: &str = "/redfish/v1/SessionService/Sessions";
/// The fixed service root URI (DSP0266).
pub(crate) const SERVICE_ROOT: &str = "/redfish/v1/";

/// A pooled HTTP(S) transport that several [`Client`]s can share (one connection pool, one
/// TLS configuration), e.g. when one process manages thousands of BMCs.
///
/// Get one from an existing client with [`Client::transport`] and pass it to
/// [`ClientBuilder::transport`].
#[derive(Clone, Debug)]
pub struct Transport {
    http: reqwest::Client,
}

/// Builds a [`Client`].
///
/// ```no_run
/// # async fn run() -> redfish_client::Result<()> {
/// use std::time::Duration;
/// use redfish_client::{Client, RetryPolicy};
/// let client = Client::builder("https://bmc.example.net")
///     .credentials("admin", "secret")
///     .pin_certificate_sha256("9F:86:D0:81:88:4C:7D:65:9A:2F:EA:A0:C5:5A:D0:15:A3:BF:4F:1B:2B:0B:82:2C:D1:5D:6C:15:B0:F0:0A:08")?
///     .timeout(Duration::from_secs(30))
///     .retry_policy(RetryPolicy::default().max_retries(5))
///     .max_concurrent_requests(4)
///     .build()?;
/// let root = client.service_root().await?;
/// println!("{:?}", root.redfish_version);
/// client.logout().await?;
/// # Ok(()) }
/// ```
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    credentials: Option<Credentials>,
    auth: AuthMode,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    max_concurrent: Option<usize>,
    user_agent: String,
    tls: TlsPolicy,
    roots: Vec<CertificateDer<'static>>,
    sleep: Arc<dyn Sleep>,
    task_policy: TaskPolicy,
    transport: Option<Transport>,
    error: Option<Error>,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .field("auth", &self.auth)
            .field("tls", &self.tls)
            .finish_non_exhaustive()
    }
}

impl ClientBuilder {
    fn new(base_url: &str) -> Self {
        Self {
            base_url: base_url.to_owned(),
            credentials: None,
            auth: AuthMode::Session,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            max_concurrent: Some(8),
            user_agent: concat!("redfish-rs/", env!("CARGO_PKG_VERSION")).to_owned(),
            tls: TlsPolicy::Verify,
            roots: Vec::new(),
            sleep: Arc::new(TokioSleep),
            task_policy: TaskPolicy::default(),
            transport: None,
            error: None,
        }
    }

    /// The user name and password.
    pub fn credentials(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
        self.credentials = Some(Credentials::new(username, password));
        self
    }

    /// Already-built [`Credentials`].
    pub fn with_credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// The authentication mode (default [`AuthMode::Session`]).
    pub fn auth_mode(mut self, mode: AuthMode) -> Self {
        self.auth = mode;
        self
    }

    /// Timeout of one whole request, body included (default 60 s).
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// Timeout of connection establishment, TLS included (default 10 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, p: RetryPolicy) -> Self {
        self.retry = p;
        self
    }

    /// At most `n` requests in flight to this service at once (default 8; BMCs are small
    /// machines). `0` removes the limit.
    pub fn max_concurrent_requests(mut self, n: usize) -> Self {
        self.max_concurrent = (n > 0).then_some(n);
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = ua.into();
        self
    }

    /// Trusts this CA (or self-signed server certificate), PEM-encoded, in addition to the
    /// platform trust store. Host names are still checked.
    pub fn add_root_certificate_pem(mut self, pem: impl AsRef<[u8]>) -> Self {
        match tls::parse_pem_certs(pem.as_ref()) {
            Ok(c) => self.roots.extend(c),
            Err(e) => self.error = Some(e),
        }
        self
    }

    /// Trusts only the server certificate with this SHA-256 fingerprint (see
    /// [`TlsPolicy::Pinned`]); may be called several times to allow several certificates.
    pub fn pin_certificate(mut self, fingerprint: Fingerprint) -> Self {
        match &mut self.tls {
            TlsPolicy::Pinned(v) => v.push(fingerprint),
            _ => self.tls = TlsPolicy::Pinned(vec![fingerprint]),
        }
        self
    }

    /// [`ClientBuilder::pin_certificate`] from hex (`AB:CD:...` or `abcd...`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when the text is not 32 hex-encoded bytes.
    pub fn pin_certificate_sha256(self, hex: &str) -> Result<Self> {
        Ok(self.pin_certificate(Fingerprint::from_hex(hex)?))
    }

    /// Accepts any server certificate.
    ///
    /// # Warning
    ///
    /// This disables server authentication: anyone on the path can impersonate the BMC and
    /// capture the credentials. Prefer [`ClientBuilder::add_root_certificate_pem`] or
    /// [`ClientBuilder::pin_certificate`].
    pub fn danger_accept_invalid_certs(mut self) -> Self {
        self.tls = TlsPolicy::DangerAcceptInvalidCerts;
        self
    }

    /// Sets the TLS policy as a whole.
    pub fn tls_policy(mut self, policy: TlsPolicy) -> Self {
        self.tls = policy;
        self
    }

    /// How the client sleeps between retries and task polls (tests inject a recorder).
    pub fn sleeper(mut self, sleep: Arc<dyn Sleep>) -> Self {
        self.sleep = sleep;
        self
    }

    /// Default polling behaviour of task monitors.
    pub fn task_policy(mut self, policy: TaskPolicy) -> Self {
        self.task_policy = policy;
        self
    }

    /// Reuses another client's transport (connection pool and TLS configuration). The TLS,
    /// timeout and user-agent settings of this builder are then ignored.
    pub fn transport(mut self, transport: Transport) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Builds the client. No request is sent: the session is created on first use (or by
    /// [`Client::login`]).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a URL that is not `http(s)://host[:port][/]`, a URL with
    /// credentials in it, unreadable PEM, or a TLS configuration rustls refuses.
    pub fn build(self) -> Result<Client> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let mut base = Url::parse(&self.base_url)
            .map_err(|e| Error::InvalidInput(format!("invalid base URL: {e}")))?;
        if !matches!(base.scheme(), "http" | "https") || base.host().is_none() {
            return Err(Error::InvalidInput(
                "the base URL must be http(s)://host[:port]".into(),
            ));
        }
        if !base.username().is_empty() || base.password().is_some() {
            return Err(Error::InvalidInput(
                "credentials in the URL are not accepted; use ClientBuilder::credentials".into(),
            ));
        }
        base.set_path("/");
        base.set_query(None);
        base.set_fragment(None);
        let http = match self.transport {
            Some(t) => t.http,
            None => {
                let config = tls::client_config(&self.tls, self.roots)?;
                reqwest::Client::builder()
                    .tls_backend_preconfigured(config)
                    .timeout(self.timeout)
                    .connect_timeout(self.connect_timeout)
                    .user_agent(self.user_agent)
                    .pool_idle_timeout(Duration::from_secs(30))
                    .build()
                    .map_err(|e| Error::InvalidInput(format!("HTTP client: {e}")))?
            }
        };
        if base.scheme() == "http" && self.auth != AuthMode::None {
            tracing::warn!(base = %base, "credentials will be sent over plain HTTP");
        }
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                credentials: self.credentials,
                auth: self.auth,
                retry: self.retry,
                limiter: self.max_concurrent.map(Semaphore::new),
                sleep: self.sleep,
                task_policy: self.task_policy,
                session: Mutex::new(SessionState::default()),
                login_lock: tokio::sync::Mutex::new(()),
            }),
        })
    }
}

#[derive(Default)]
struct SessionState {
    token: Option<SecretString>,
    location: Option<ODataId>,
    sessions_uri: Option<ODataId>,
    generation: u64,
}

struct Inner {
    http: reqwest::Client,
    base: Url,
    credentials: Option<Credentials>,
    auth: AuthMode,
    retry: RetryPolicy,
    limiter: Option<Semaphore>,
    sleep: Arc<dyn Sleep>,
    task_policy: TaskPolicy,
    session: Mutex<SessionState>,
    login_lock: tokio::sync::Mutex<()>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        let open = self
            .session
            .get_mut()
            .map(|s| s.token.is_some())
            .unwrap_or(false);
        if open {
            // Logging out needs an async request, which a destructor cannot make safely (the
            // runtime may be shutting down); say so instead of leaking silently.
            tracing::warn!(base = %self.base, "client dropped with an open session: call logout()");
        }
    }
}

/// An async Redfish client for one service. Cheap to clone (an `Arc` inside); clones share
/// the session, the connection pool and the concurrency limit.
///
/// See [`ClientBuilder`] for the options and the crate docs for an overview.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base", &self.inner.base.as_str())
            .field("auth", &self.inner.auth)
            .field(
                "username",
                &self.inner.credentials.as_ref().map(Credentials::username),
            )
            .field("logged_in", &self.is_logged_in())
            .finish_non_exhaustive()
    }
}

/// What to send.
pub(crate) struct Req<'a> {
    pub method: Method,
    pub uri: &'a str,
    pub body: Option<Bytes>,
    pub if_match: Option<&'a ETag>,
    /// Send credentials.
    pub auth: bool,
    /// Log in again once on 401 (false for logout).
    pub relogin: bool,
}

impl<'a> Req<'a> {
    pub(crate) fn new(method: Method, uri: &'a str) -> Self {
        Self {
            method,
            uri,
            body: None,
            if_match: None,
            auth: true,
            relogin: true,
        }
    }

    pub(crate) fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Result<Self> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| Error::InvalidInput(format!("cannot serialize the request body: {e}")))?;
        self.body = Some(Bytes::from(bytes));
        Ok(self)
    }
}

/// A raw HTTP response from the service (the escape hatch of [`Client::request`]).
#[derive(Clone)]
pub struct Response {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The body as received.
    pub body: Bytes,
    /// Request method.
    pub method: Method,
    /// Request URI (path and query).
    pub uri: String,
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("method", &self.method)
            .field("uri", &self.uri)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl Response {
    /// Decodes the body as JSON, reporting the path of a mismatch.
    ///
    /// # Errors
    ///
    /// [`Error::Decode`] when the body is not valid JSON of type `T`.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        decode_slice(&self.uri, &self.body)
    }

    /// `true` when the body is empty or only whitespace.
    pub fn is_empty(&self) -> bool {
        self.body.iter().all(u8::is_ascii_whitespace)
    }

    /// The `Location` header as a service path (absolute URLs are reduced to path + query).
    pub fn location(&self) -> Option<ODataId> {
        let v = self.headers.get(LOCATION)?.to_str().ok()?;
        Some(ODataId::new(to_path(v)))
    }

    /// The `ETag` header, verbatim.
    pub fn etag(&self) -> Option<ETag> {
        self.headers.get(ETAG)?.to_str().ok().map(ETag::new)
    }

    /// The `Retry-After` header.
    pub fn retry_after(&self) -> Option<Duration> {
        retry::retry_after(&self.headers)
    }

    pub(crate) fn into_error(self) -> Error {
        let body = serde_json::from_slice::<RedfishError>(&self.body)
            .ok()
            .filter(|e| e.error.is_some())
            .map(Box::new);
        if self.status == StatusCode::PRECONDITION_FAILED {
            Error::PreconditionFailed {
                method: self.method,
                uri: self.uri,
                body,
            }
        } else {
            let retry_after = retry::retry_after(&self.headers);
            Error::Service {
                status: self.status,
                method: self.method,
                uri: self.uri,
                body,
                retry_after,
            }
        }
    }
}

/// Reduces `https://host/path?q` or `/path?q` to `/path?q`.
pub(crate) fn to_path(v: &str) -> String {
    match Url::parse(v) {
        Ok(u) => match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_owned(),
        },
        Err(_) => v.to_owned(),
    }
}

pub(crate) fn decode_slice<T: DeserializeOwned>(uri: &str, body: &[u8]) -> Result<T> {
    let de = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(de).map_err(|e| Error::Decode {
        uri: uri.to_owned(),
        path: e.path().to_string(),
        source: e.into_inner(),
    })
}

pub(crate) fn decode_value<T: DeserializeOwned>(uri: &str, value: &serde_json::Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| Error::Decode {
        uri: uri.to_owned(),
        path: e.path().to_string(),
        source: e.into_inner(),
    })
}

enum Attempt {
    Response(Response),
    Failed { error: Error, sent: bool },
}

impl Client {
    /// A builder for a service at `base_url` (`https://host[:port]`).
    pub fn builder(base_url: &str) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// The base URL (scheme, host, port).
    pub fn base_url(&self) -> &Url {
        &self.inner.base
    }

    /// The transport, to share with other clients ([`ClientBuilder::transport`]).
    pub fn transport(&self) -> Transport {
        Transport {
            http: self.inner.http.clone(),
        }
    }

    /// `true` while the client holds a session token.
    pub fn is_logged_in(&self) -> bool {
        self.session().token.is_some()
    }

    /// The URI of the current session (the `Location` of the login), if any.
    pub fn session_uri(&self) -> Option<ODataId> {
        self.session().location.clone()
    }

    pub(crate) fn sleeper(&self) -> &Arc<dyn Sleep> {
        &self.inner.sleep
    }

    pub(crate) fn task_policy(&self) -> &TaskPolicy {
        &self.inner.task_policy
    }

    fn session(&self) -> std::sync::MutexGuard<'_, SessionState> {
        // The state is plain data, so a panic elsewhere cannot leave it inconsistent.
        self.inner
            .session
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Resolves a service URI against the base URL and refuses other origins, so that a
    /// link or `Location` sent by the service can never make the client send its token
    /// elsewhere.
    pub(crate) fn url(&self, uri: &str) -> Result<Url> {
        let url = self
            .inner
            .base
            .join(uri)
            .map_err(|e| Error::InvalidInput(format!("invalid URI {uri:?}: {e}")))?;
        if url.origin() != self.inner.base.origin() {
            return Err(Error::InvalidInput(format!(
                "refusing to follow {uri:?}: it is not on {}",
                self.inner.base
            )));
        }
        Ok(url)
    }

    /// Sends a request with authentication, the concurrency limit, the retry policy and a
    /// single transparent re-login on 401.
    pub(crate) async fn execute(&self, req: Req<'_>) -> Result<Response> {
        let url = self.url(req.uri)?;
        let shown = to_path(url.as_str());
        let idempotent = retry::is_idempotent(&req.method, req.if_match.is_some());
        // Without credentials the request goes out anonymously (service root, public URIs).
        let session_auth =
            req.auth && self.inner.auth == AuthMode::Session && self.inner.credentials.is_some();
        let mut attempt = 0u32;
        let mut relogged = false;
        loop {
            let session = if session_auth {
                Some(self.ensure_session().await?)
            } else {
                None
            };
            let token = session.as_ref().map(|(_, t)| t);
            match self.attempt(&req, &url, &shown, token).await {
                Attempt::Response(resp) => {
                    if resp.status == StatusCode::UNAUTHORIZED
                        && req.relogin
                        && !relogged
                        && let Some((generation, _)) = session
                    {
                        tracing::info!(uri = %shown, "session rejected (401): logging in again");
                        relogged = true;
                        self.relogin(generation).await?;
                        continue;
                    }
                    if resp.status == StatusCode::SERVICE_UNAVAILABLE
                        && idempotent
                        && attempt < self.inner.retry.retries()
                    {
                        let delay = self.inner.retry.delay(attempt, resp.retry_after());
                        tracing::warn!(method = %req.method, uri = %shown, ?delay, "503: retrying");
                        self.inner.sleep.sleep(delay).await;
                        attempt += 1;
                        continue;
                    }
                    if resp.status.is_success() {
                        return Ok(resp);
                    }
                    return Err(resp.into_error());
                }
                Attempt::Failed { error, sent } => {
                    let may_repeat = !sent || idempotent;
                    if may_repeat && !error.is_tls() && attempt < self.inner.retry.retries() {
                        let delay = self.inner.retry.delay(attempt, None);
                        tracing::warn!(method = %req.method, uri = %shown, ?delay, error = %error, "retrying");
                        self.inner.sleep.sleep(delay).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(error);
                }
            }
        }
    }

    async fn attempt(
        &self,
        req: &Req<'_>,
        url: &Url,
        shown: &str,
        token: Option<&SecretString>,
    ) -> Attempt {
        let mut rb = self
            .inner
            .http
            .request(req.method.clone(), url.clone())
            .header(ACCEPT, "application/json")
            .header(ODATA_VERSION, "4.0");
        if let Some(body) = &req.body {
            rb = rb
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        if let Some(etag) = req.if_match {
            match HeaderValue::from_str(etag.as_str()) {
                Ok(v) => rb = rb.header(IF_MATCH, v),
                Err(_) => {
                    let error = Error::InvalidInput(format!("ETag {etag} is not a valid header"));
                    return Attempt::Failed { error, sent: true };
                }
            }
        }
        if req.auth {
            match (self.inner.auth, token, &self.inner.credentials) {
                (AuthMode::Session, Some(t), _) => match HeaderValue::from_str(t.expose_secret()) {
                    Ok(mut v) => {
                        v.set_sensitive(true);
                        rb = rb.header(X_AUTH_TOKEN, v);
                    }
                    Err(_) => {
                        let error = Error::Auth("the service sent an unusable token".into());
                        return Attempt::Failed { error, sent: true };
                    }
                },
                (AuthMode::Basic, _, Some(c)) => {
                    rb = rb.basic_auth(c.username(), Some(c.password()))
                }
                _ => {}
            }
        }
        let _permit = match &self.inner.limiter {
            Some(s) => s.acquire().await.ok(),
            None => None,
        };
        let start = Instant::now();
        let result = rb.send().await;
        let resp = match result {
            Ok(r) => r,
            Err(e) => {
                let sent = !e.is_connect();
                let error = classify(e, &req.method, shown);
                tracing::debug!(method = %req.method, uri = %shown, error = %error, "request failed");
                return Attempt::Failed { error, sent };
            }
        };
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = match resp.bytes().await {
            Ok(b) => b,
            Err(e) => {
                let error = classify(e, &req.method, shown);
                return Attempt::Failed { error, sent: true };
            }
        };
        tracing::debug!(
            method = %req.method,
            uri = %shown,
            status = status.as_u16(),
            latency_ms = start.elapsed().as_millis() as u64,
            "redfish request"
        );
        Attempt::Response(Response {
            status,
            headers,
            body,
            method: req.method.clone(),
            uri: shown.to_owned(),
        })
    }

    /// Returns the current session's generation and token, logging in if there is none.
    async fn ensure_session(&self) -> Result<(u64, SecretString)> {
        {
            let s = self.session();
            if let Some(t) = &s.token {
                return Ok((s.generation, t.clone()));
            }
        }
        let _guard = self.inner.login_lock.lock().await;
        {
            let s = self.session();
            if let Some(t) = &s.token {
                return Ok((s.generation, t.clone()));
            }
        }
        Box::pin(self.create_session()).await?;
        let s = self.session();
        match &s.token {
            Some(t) => Ok((s.generation, t.clone())),
            None => Err(Error::Auth("no session after login".into())),
        }
    }

    /// Replaces the session of `generation` (rejected by the service) unless another task
    /// already did.
    async fn relogin(&self, generation: u64) -> Result<()> {
        let _guard = self.inner.login_lock.lock().await;
        if self.session().generation != generation {
            return Ok(());
        }
        {
            let mut s = self.session();
            s.token = None;
            s.location = None;
        }
        Box::pin(self.create_session()).await
    }

    /// Logs in now (otherwise the first request does). Does nothing with
    /// [`AuthMode::Basic`] or when a session is already open.
    ///
    /// # Errors
    ///
    /// [`Error::Auth`] or the service's error when the credentials are refused.
    pub async fn login(&self) -> Result<()> {
        if self.inner.auth == AuthMode::Session {
            self.ensure_session().await?;
        }
        Ok(())
    }

    async fn sessions_uri(&self) -> Result<ODataId> {
        if let Some(u) = self.session().sessions_uri.clone() {
            return Ok(u);
        }
        // The service root needs no authentication (DSP0266).
        let mut req = Req::new(Method::GET, SERVICE_ROOT);
        req.auth = false;
        let found = match self.execute(req).await {
            Ok(resp) => {
                let root: serde_json::Value = resp.json()?;
                match root
                    .pointer("/Links/Sessions/@odata.id")
                    .and_then(|v| v.as_str())
                {
                    Some(s) => Some(ODataId::new(s)),
                    None => {
                        let ss = root
                            .pointer("/SessionService/@odata.id")
                            .and_then(|v| v.as_str());
                        match ss {
                            Some(ss) => self.sessions_from_session_service(ss).await,
                            None => None,
                        }
                    }
                }
            }
            Err(e) if e.is_unauthorized() => None,
            Err(e) => return Err(e),
        };
        let uri = found.unwrap_or_else(|| {
            tracing::debug!("no Links.Sessions: using {DEFAULT_SESSIONS}");
            ODataId::new(DEFAULT_SESSIONS)
        });
        self.session().sessions_uri = Some(uri.clone());
        Ok(uri)
    }

    async fn sessions_from_session_service(&self, uri: &str) -> Option<ODataId> {
        let mut req = Req::new(Method::GET, uri);
        req.auth = false;
        let v: serde_json::Value = self.execute(req).await.ok()?.json().ok()?;
        v.pointer("/Sessions/@odata.id")
            .and_then(|v| v.as_str())
            .map(ODataId::new)
    }

    async fn create_session(&self) -> Result<()> {
        let creds = self
            .inner
            .credentials
            .as_ref()
            .ok_or_else(|| Error::Auth("no credentials configured".into()))?;
        let sessions = self.sessions_uri().await?;
        let body = serde_json::json!({"UserName": creds.username(), "Password": creds.password()});
        let mut req = Req::new(Method::POST, sessions.as_str()).json(&body)?;
        req.auth = false;
        let resp = match self.execute(req).await {
            Ok(r) => r,
            Err(e) if e.is_unauthorized() || e.is_forbidden() => {
                return Err(Error::Auth(format!(
                    "the service refused the credentials of user {:?} ({})",
                    creds.username(),
                    e.status().map(|s| s.to_string()).unwrap_or_default()
                )));
            }
            Err(e) => return Err(e),
        };
        let token = resp
            .headers
            .get(X_AUTH_TOKEN)
            .and_then(|v| v.to_str().ok())
            .map(|s| SecretString::from(s.to_owned()));
        let token = match token {
            Some(t) => t,
            None => return Err(Error::Auth("the login response has no X-Auth-Token".into())),
        };
        let location = resp.location().or_else(|| {
            resp.json::<serde_json::Value>().ok().and_then(|v| {
                v.get("@odata.id")
                    .and_then(|i| i.as_str())
                    .map(ODataId::new)
            })
        });
        tracing::info!(user = creds.username(), session = ?location.as_ref().map(ODataId::as_str), "logged in");
        let mut s = self.session();
        s.token = Some(token);
        s.location = location;
        s.generation += 1;
        Ok(())
    }

    /// Ends the session (`DELETE` of its URI) if one is open. A session the service already
    /// dropped (401/404) counts as ended. Call it before dropping the last clone: there is no
    /// logout on drop.
    ///
    /// # Errors
    ///
    /// Transport or service errors of the `DELETE`; the session is then kept so that the
    /// call can be repeated.
    pub async fn logout(&self) -> Result<()> {
        let _guard = self.inner.login_lock.lock().await;
        let (token, location) = {
            let s = self.session();
            (s.token.clone(), s.location.clone())
        };
        let Some(token) = token else { return Ok(()) };
        let Some(location) = location else {
            self.session().token = None;
            return Err(Error::Auth(
                "the session URI is unknown: cannot delete it".into(),
            ));
        };
        let mut req = Req::new(Method::DELETE, location.as_str());
        req.relogin = false;
        let url = self.url(location.as_str())?;
        let shown = to_path(url.as_str());
        let result = match self.attempt(&req, &url, &shown, Some(&token)).await {
            Attempt::Response(r) if r.status.is_success() => Ok(()),
            Attempt::Response(r)
                if matches!(r.status, StatusCode::UNAUTHORIZED | StatusCode::NOT_FOUND) =>
            {
                Ok(())
            }
            Attempt::Response(r) => Err(r.into_error()),
            Attempt::Failed { error, .. } => Err(error),
        };
        if result.is_ok() {
            let mut s = self.session();
            s.token = None;
            s.location = None;
            tracing::info!(session = location.as_str(), "logged out");
        }
        result
    }

    /// Sends any request (escape hatch); `body` is serialized as JSON. Error statuses are
    /// returned as [`Error`]s, successful ones as the raw [`Response`]. Retries follow the
    /// [`RetryPolicy`] rules.
    ///
    /// # Errors
    ///
    /// See [`Error`].
    pub async fn request(
        &self,
        method: Method,
        uri: &str,
        body: Option<&serde_json::Value>,
        if_match: Option<&ETag>,
    ) -> Result<Response> {
        let mut req = Req::new(method, uri);
        if let Some(b) = body {
            req = req.json(b)?;
        }
        req.if_match = if_match;
        self.execute(req).await
    }

    /// GETs a resource and decodes it as `T` (a model type or `serde_json::Value`).
    ///
    /// # Errors
    ///
    /// Service, transport or [`Error::Decode`] errors.
    pub async fn get<T: DeserializeOwned>(&self, uri: &ODataId) -> Result<T> {
        let resp = self.execute(Req::new(Method::GET, uri.path())).await?;
        resp.json()
    }

    /// POSTs a JSON body and returns the raw response. Never retried once sent.
    ///
    /// # Errors
    ///
    /// See [`Error`].
    pub async fn post<B: Serialize + ?Sized>(&self, uri: &ODataId, body: &B) -> Result<Response> {
        self.execute(Req::new(Method::POST, uri.path()).json(body)?)
            .await
    }

    /// DELETEs a resource.
    ///
    /// # Errors
    ///
    /// See [`Error`].
    pub async fn delete(&self, uri: &ODataId) -> Result<Response> {
        self.execute(Req::new(Method::DELETE, uri.path())).await
    }

    /// Sends a prepared multipart form once (it cannot be replayed): used by the HTTP push
    /// update. Logs in first so that a 401 is unlikely.
    pub(crate) async fn send_multipart(
        &self,
        uri: &str,
        form: reqwest::multipart::Form,
    ) -> Result<Response> {
        let url = self.url(uri)?;
        let shown = to_path(url.as_str());
        let mut rb = self
            .inner
            .http
            .post(url)
            .header(ACCEPT, "application/json")
            .header(ODATA_VERSION, "4.0")
            .multipart(form);
        match self.inner.auth {
            AuthMode::Session => {
                let (_, token) = self.ensure_session().await?;
                let mut v = HeaderValue::from_str(token.expose_secret())
                    .map_err(|_| Error::Auth("the service sent an unusable token".into()))?;
                v.set_sensitive(true);
                rb = rb.header(X_AUTH_TOKEN, v);
            }
            AuthMode::Basic => {
                if let Some(c) = &self.inner.credentials {
                    rb = rb.basic_auth(c.username(), Some(c.password()));
                }
            }
            AuthMode::None => {}
        }
        let _permit = match &self.inner.limiter {
            Some(s) => s.acquire().await.ok(),
            None => None,
        };
        let resp = rb
            .send()
            .await
            .map_err(|e| classify(e, &Method::POST, &shown))?;
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = resp
            .bytes()
            .await
            .map_err(|e| classify(e, &Method::POST, &shown))?;
        tracing::debug!(method = "POST", uri = %shown, status = status.as_u16(), "multipart push");
        let resp = Response {
            status,
            headers,
            body,
            method: Method::POST,
            uri: shown,
        };
        if status.is_success() {
            Ok(resp)
        } else {
            Err(resp.into_error())
        }
    }
}

/// Maps a reqwest error to [`Error`], without the URL (it is in `uri` already).
fn classify(e: reqwest::Error, method: &Method, uri: &str) -> Error {
    let tls = is_tls_error(&e);
    let timeout = e.is_timeout();
    let source: BoxError = Box::new(e.without_url());
    if tls {
        Error::Tls {
            uri: uri.to_owned(),
            source,
        }
    } else if timeout {
        Error::Timeout {
            method: method.clone(),
            uri: uri.to_owned(),
            source,
        }
    } else {
        Error::Transport {
            method: method.clone(),
            uri: uri.to_owned(),
            source,
        }
    }
}

fn is_tls_error(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if err.downcast_ref::<rustls::Error>().is_some() {
            return true;
        }
        // io::Error hides its payload from `source()` (and may wrap another io::Error).
        if let Some(io) = err.downcast_ref::<std::io::Error>()
            && let Some(inner) = io.get_ref()
        {
            cur = Some(inner);
            continue;
        }
        cur = err.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builder_rejects_bad_urls_and_url_credentials() {
        assert!(Client::builder("ftp://bmc").build().is_err());
        assert!(Client::builder("not a url").build().is_err());
        let e = Client::builder("https://admin:pw@bmc.example")
            .build()
            .unwrap_err();
        assert!(!e.to_string().contains("pw"), "{e}");
        let c = Client::builder("https://bmc.example:8443/some/path?x=1")
            .build()
            .unwrap();
        assert_eq!(c.base_url().as_str(), "https://bmc.example:8443/");
    }

    #[test]
    fn links_to_other_origins_are_refused() {
        let c = Client::builder("https://bmc.example").build().unwrap();
        assert_eq!(
            c.url("/redfish/v1/").unwrap().as_str(),
            "https://bmc.example/redfish/v1/"
        );
        assert!(c.url("https://evil.example/redfish/v1/").is_err());
        assert!(c.url("//evil.example/x").is_err());
        assert!(
            c.url("http://bmc.example/redfish/v1/").is_err(),
            "scheme downgrade"
        );
    }

    #[test]
    fn debug_never_shows_the_password() {
        let c = Client::builder("https://bmc.example")
            .credentials("admin", "s3cr3t-pw")
            .build()
            .unwrap();
        let d = format!("{c:?}");
        assert!(d.contains("admin") && !d.contains("s3cr3t-pw"), "{d}");
        let b = Client::builder("https://bmc.example").credentials("admin", "s3cr3t-pw");
        assert!(!format!("{b:?}").contains("s3cr3t-pw"));
    }

    #[test]
    fn error_responses_are_parsed() {
        let resp = Response {
            status: StatusCode::BAD_REQUEST,
            headers: HeaderMap::new(),
            body: Bytes::from_static(
                br#"{"error":{"code":"Base.1.0.GeneralError","message":"m",
                "@Message.ExtendedInfo":[{"MessageId":"Base.1.0.PropertyUnknown"}]}}"#,
            ),
            method: Method::PATCH,
            uri: "/redfish/v1/Systems/1".into(),
        };
        let e = resp.clone().into_error();
        assert!(e.has_message("PropertyUnknown"));
        assert_eq!(e.status(), Some(StatusCode::BAD_REQUEST));
        let pf = Response {
            status: StatusCode::PRECONDITION_FAILED,
            ..resp.clone()
        }
        .into_error();
        assert!(pf.is_precondition_failed() && pf.has_message("PropertyUnknown"));
        let html = Response {
            body: Bytes::from_static(b"<html>oops</html>"),
            ..resp
        }
        .into_error();
        assert!(html.redfish_error().is_none());
    }

    #[test]
    fn locations_become_paths() {
        assert_eq!(
            to_path("https://h:1/redfish/v1/Tasks/1?x=1"),
            "/redfish/v1/Tasks/1?x=1"
        );
        assert_eq!(to_path("/redfish/v1/Tasks/1"), "/redfish/v1/Tasks/1");
    }

    #[test]
    fn decode_errors_name_the_path() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: Vec<u32>,
        }
        let e = decode_slice::<T>("/x", br#"{"a": [1, "two"]}"#).unwrap_err();
        match e {
            Error::Decode { path, uri, .. } => {
                assert_eq!(path, "a[1]");
                assert_eq!(uri, "/x");
            }
            other => panic!("{other:?}"),
        }
        assert!(
            decode_slice::<serde_json::Value>("/x", b"{not json")
                .unwrap_err()
                .is_decode()
        );
    }
}
