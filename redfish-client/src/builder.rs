//! [`ClientBuilder`]: every option of a [`Client`].

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::HeaderValue;
use rustls_pki_types::CertificateDer;
use tokio::sync::Semaphore;
use url::Url;

use crate::client::{Client, Core};
use crate::credentials::{AuthMode, Credentials};
use crate::error::{Error, Result};
use crate::response::host_of;
use crate::retry::RetryPolicy;
use crate::session::SessionState;
use crate::sleep::{Sleep, TokioSleep};
use crate::task::TaskPolicy;
use crate::tls::{self, Fingerprint, TlsPolicy};
use crate::transport::{ProxyConfig, Transport};

/// Default [`ClientBuilder::max_response_size`]: 32 MiB, far above any Redfish document
/// (the largest mockup resources are a few hundred KiB) yet bounded.
pub const DEFAULT_MAX_RESPONSE_SIZE: u64 = 32 * 1024 * 1024;

/// What the client does with a `3xx` redirect (`301`, `302`, `303`, `307`, `308` with a
/// `Location`).
///
/// Whatever the policy, a redirect to another origin (scheme, host or port, so also
/// `https` to `http`) is never followed: it ends with [`Error::CrossOriginRedirect`] naming
/// both origins, and neither the session token, nor the password of a login, nor Basic
/// credentials are sent anywhere but the service's own origin.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedirectPolicy {
    /// Follow redirects within the service's origin (at most 10 in a row), with the same
    /// credentials. `303`, and `301`/`302` answering a `POST`, continue as a `GET` without
    /// body, as browsers do; `307` and `308` repeat the method and body. The default.
    #[default]
    SameOrigin,
    /// Never follow: a redirect is returned as [`Error::Service`] with its `3xx` status.
    None,
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
    connect_timeout: Option<Duration>,
    retry: RetryPolicy,
    max_concurrent: Option<usize>,
    user_agent: String,
    tls: TlsPolicy,
    roots: Vec<CertificateDer<'static>>,
    sleep: Arc<dyn Sleep>,
    task_policy: TaskPolicy,
    transport: Option<Transport>,
    proxy: Option<ProxyConfig>,
    max_response_size: u64,
    redirects: RedirectPolicy,
    trace_bodies: bool,
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
    pub(crate) fn new(base_url: &str) -> Self {
        Self {
            base_url: base_url.to_owned(),
            credentials: None,
            auth: AuthMode::Session,
            timeout: Duration::from_secs(60),
            connect_timeout: None,
            retry: RetryPolicy::default(),
            max_concurrent: Some(8),
            user_agent: concat!("redfish-rs/", env!("CARGO_PKG_VERSION")).to_owned(),
            tls: TlsPolicy::Verify,
            roots: Vec::new(),
            sleep: Arc::new(TokioSleep),
            task_policy: TaskPolicy::default(),
            transport: None,
            proxy: None,
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            redirects: RedirectPolicy::SameOrigin,
            trace_bodies: false,
            error: None,
        }
    }

    /// The base URL given to [`Client::builder`].
    pub fn base_url(&self) -> &str {
        &self.base_url
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

    /// Timeout of connection establishment, TLS included (default 10 s). A setting of the
    /// transport: with [`ClientBuilder::transport`] set it on the [`TransportBuilder`]
    /// instead.
    ///
    /// [`TransportBuilder`]: crate::TransportBuilder
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = Some(d);
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

    /// Shares a [`Transport`] (connection pool, TLS configuration) with other clients.
    /// This client's TLS policy (pins, CA) still applies to its own service only.
    /// Transport settings ([`ClientBuilder::connect_timeout`], proxies) belong to the
    /// [`TransportBuilder`](crate::TransportBuilder) then; setting them here too is an
    /// error at [`ClientBuilder::build`].
    pub fn transport(mut self, transport: Transport) -> Self {
        self.transport = Some(transport);
        self
    }

    /// Sends the requests through this proxy (default: none, whatever the environment
    /// says; see [`Transport`](crate::Transport#proxies)).
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(ProxyConfig::Url(url.into()));
        self
    }

    /// Uses the proxies named by `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY`.
    /// Without this call (or [`ClientBuilder::proxy`]) they are ignored.
    pub fn use_env_proxy(mut self) -> Self {
        self.proxy = Some(ProxyConfig::Env);
        self
    }

    /// The largest response body read into memory (default
    /// [`DEFAULT_MAX_RESPONSE_SIZE`], 32 MiB). A larger one ends the request with
    /// [`Error::BodyTooLarge`] as soon as its `Content-Length` or the bytes received so far
    /// exceed the limit, so memory stays bounded also for chunked bodies.
    pub fn max_response_size(mut self, bytes: u64) -> Self {
        self.max_response_size = bytes;
        self
    }

    /// What to do with redirects (default [`RedirectPolicy::SameOrigin`]).
    pub fn redirect_policy(mut self, policy: RedirectPolicy) -> Self {
        self.redirects = policy;
        self
    }

    /// Logs request and response bodies as `trace` events (target
    /// `redfish_client::body`), with every secret-looking property (passwords, tokens,
    /// keys, ...) replaced by `"<redacted>"`. Off by default: bodies can hold data the
    /// operator of the logs should not see.
    pub fn trace_bodies(mut self, on: bool) -> Self {
        self.trace_bodies = on;
        self
    }

    /// Builds the client. No request is sent: the session is created on first use (or by
    /// [`Client::login`]).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a URL that is not `http(s)://host[:port][/]`, a URL with
    /// credentials in it, unreadable PEM, a TLS configuration rustls refuses, or transport
    /// settings given together with a shared [`ClientBuilder::transport`].
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
        let transport = match self.transport {
            Some(t) => {
                if self.proxy.is_some() || self.connect_timeout.is_some() {
                    return Err(Error::InvalidInput(
                        "proxy and connect timeout are settings of the shared transport: \
                         set them on its TransportBuilder"
                            .into(),
                    ));
                }
                t
            }
            None => {
                // Keep as many idle connections as requests may be in flight: fewer means
                // a new TLS handshake for every request beyond them.
                let idle = self.max_concurrent.unwrap_or(32).max(8);
                let mut tb = Transport::builder()
                    .proxy_config(self.proxy.unwrap_or_default())
                    .max_idle_per_host(idle);
                if let Some(d) = self.connect_timeout {
                    tb = tb.connect_timeout(d);
                }
                tb.build()?
            }
        };
        let http = transport.http_for(&base, &tls::TrustKey::of(&self.tls, &self.roots))?;
        let trust = tls::trust(&self.tls, self.roots)?;
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| Error::InvalidInput("the User-Agent is not a valid header".into()))?;
        if base.scheme() == "http" && self.auth != AuthMode::None {
            tracing::warn!(base = %base, "credentials will be sent over plain HTTP");
        }
        let session_budget = transport.session_budget(&base);
        Ok(Client::from_core(Core {
            host: Arc::from(host_of(&base)),
            transport,
            http,
            trust,
            base,
            credentials: self.credentials,
            auth: self.auth,
            retry: self.retry,
            limiter: self.max_concurrent.map(Semaphore::new),
            sleep: self.sleep,
            task_policy: self.task_policy,
            timeout: self.timeout,
            user_agent,
            max_response_size: self.max_response_size,
            redirects: self.redirects,
            trace_bodies: self.trace_bodies,
            session: Mutex::new(SessionState::default()),
            login_lock: Arc::new(tokio::sync::Mutex::new(())),
            closed: std::sync::atomic::AtomicBool::new(false),
            session_budget,
        }))
    }
}
