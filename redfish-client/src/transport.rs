//! [`Transport`]: the connection pool and TLS configuration that clients share.

use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::task::JoinHandle;
use tokio_util::task::TaskTracker;
use url::Url;

use crate::error::{Error, Result};
use crate::tls::{self, TrustKey};

/// Which proxy the transport sends requests through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) enum ProxyConfig {
    /// Connect directly (the default, whatever the environment says).
    #[default]
    Direct,
    /// `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY` from the environment.
    Env,
    /// This proxy URL for every request.
    Url(String),
}

/// A pooled HTTP(S) transport that many [`Client`](crate::Client)s share: one connection
/// pool, one TLS configuration, one place where background logouts run. Each client keeps
/// its own certificate policy (pin, CA, platform trust) even on a shared transport: see
/// [the `tls` module](crate::tls#one-transport-a-policy-per-service).
///
/// Build one with [`Transport::builder`] and pass it to
/// [`ClientBuilder::transport`](crate::ClientBuilder::transport), or take an existing
/// client's with [`Client::transport`](crate::Client::transport).
///
/// ```no_run
/// # fn run() -> redfish_client::Result<()> {
/// use std::time::Duration;
/// use redfish_client::{Client, Transport};
/// let transport = Transport::builder()
///     .pool_idle_timeout(Duration::from_secs(5))
///     .max_idle_per_host(2)
///     .build()?;
/// let a = Client::builder("https://bmc-a.example")
///     .transport(transport.clone())
///     .pin_certificate_sha256(&"ab".repeat(32))?
///     .build()?;
/// let b = Client::builder("https://bmc-b.example")
///     .transport(transport)
///     .pin_certificate_sha256(&"cd".repeat(32))?
///     .build()?;
/// # Ok(()) }
/// ```
///
/// # Proxies
///
/// By default no proxy is used, even when `HTTPS_PROXY`, `HTTP_PROXY` or `ALL_PROXY` are
/// set: BMC traffic carries credentials and should not silently take a path the
/// environment chose. Opt in with [`TransportBuilder::proxy`] or
/// [`TransportBuilder::use_env_proxy`].
#[derive(Clone)]
pub struct Transport {
    inner: Arc<TransportInner>,
}

struct TransportInner {
    http: reqwest::Client,
    background: TaskTracker,
    sessions_per_service: Option<usize>,
    /// Per-origin session budgets; entries die with the last client of the origin.
    budgets: Mutex<HashMap<String, Weak<Semaphore>>>,
    /// The trust policy that owns each origin's pooled connections. Entries are never
    /// removed: idle connections verified under a policy may outlive its clients.
    owners: Mutex<HashMap<String, TrustKey>>,
    /// What private pools are built with.
    settings: TransportBuilder,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("sessions_per_service", &self.inner.sessions_per_service)
            .field("background_tasks", &self.inner.background.len())
            .finish_non_exhaustive()
    }
}

impl Transport {
    /// A builder with the defaults.
    pub fn builder() -> TransportBuilder {
        TransportBuilder::default()
    }

    /// `true` when both are the same transport (the same pool).
    pub fn same_as(&self, other: &Transport) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }

    /// Runs a best-effort background task (a logout of a dropped client) on the current
    /// Tokio runtime. Returns `false` when there is no runtime to run it on.
    pub(crate) fn spawn_background<F>(&self, fut: F) -> bool
    where
        F: Future<Output = ()> + Send + 'static,
    {
        match tokio::runtime::Handle::try_current() {
            Ok(rt) => {
                self.inner.background.spawn_on(fut, &rt);
                true
            }
            Err(_) => false,
        }
    }

    /// Runs `fut` as a task of its own (tracked like the background logouts) and returns
    /// its handle, or gives `fut` back when there is no runtime.
    pub(crate) fn spawn_joinable<F>(&self, fut: F) -> std::result::Result<JoinHandle<F::Output>, F>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        match tokio::runtime::Handle::try_current() {
            Ok(rt) => Ok(self.inner.background.spawn_on(fut, &rt)),
            Err(_) => Err(fut),
        }
    }

    /// Waits until the background logouts of dropped clients (see
    /// [`Client`](crate::Client#sessions)) and the logins they had started have finished. Call it before the runtime shuts
    /// down, e.g. at the end of a tool or after cancelling a [`Fleet`](crate::fleet::Fleet)
    /// run.
    pub async fn wait_for_logouts(&self) {
        let t = &self.inner.background;
        t.close();
        t.wait().await;
        t.reopen();
    }

    /// The HTTP client (connection pool) a client of `base` trusting `key` sends through:
    /// the shared pool when the origin is new to it or owned by the same policy, else a
    /// pool of its own, so that a connection verified under one policy is never reused
    /// under another (a pooled connection is not verified again).
    pub(crate) fn http_for(&self, base: &Url, key: &TrustKey) -> Result<reqwest::Client> {
        let origin = base.origin().ascii_serialization();
        let mut owners = self
            .inner
            .owners
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        match owners.get(&origin) {
            Some(owner) if owner != key => {
                drop(owners);
                tracing::debug!(
                    origin = %origin,
                    "another trust policy owns this origin's pooled connections: own pool"
                );
                self.inner.settings.http()
            }
            Some(_) => Ok(self.inner.http.clone()),
            None => {
                owners.insert(origin, key.clone());
                Ok(self.inner.http.clone())
            }
        }
    }

    /// The session budget of the service at `base`, shared by every client of that origin
    /// on this transport.
    pub(crate) fn session_budget(&self, base: &Url) -> Option<Arc<Semaphore>> {
        let n = self.inner.sessions_per_service?;
        let key = base.origin().ascii_serialization();
        let mut map = self
            .inner
            .budgets
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(s) = map.get(&key).and_then(Weak::upgrade) {
            return Some(s);
        }
        if map.len() >= 1024 {
            map.retain(|_, w| w.strong_count() > 0);
        }
        let s = Arc::new(Semaphore::new(n));
        map.insert(key, Arc::downgrade(&s));
        Some(s)
    }
}

/// Builds a [`Transport`].
#[derive(Clone, Debug)]
#[must_use]
pub struct TransportBuilder {
    connect_timeout: Duration,
    pool_idle_timeout: Option<Duration>,
    max_idle_per_host: usize,
    proxy: ProxyConfig,
    sessions_per_service: Option<usize>,
}

impl Default for TransportBuilder {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            pool_idle_timeout: Some(Duration::from_secs(30)),
            max_idle_per_host: 8,
            proxy: ProxyConfig::Direct,
            sessions_per_service: None,
        }
    }
}

impl TransportBuilder {
    /// Timeout of connection establishment, TLS included (default 10 s).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Idle pooled connections are closed after this long (default 30 s; `None` keeps
    /// them until the service closes them). A fleet tool wants it short: a service it is
    /// done with should not hold sockets and TLS buffers.
    pub fn pool_idle_timeout(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.pool_idle_timeout = d.into();
        self
    }

    /// At most this many idle connections are kept per service (default 8; `0` closes a
    /// connection as soon as its request is done).
    pub fn max_idle_per_host(mut self, n: usize) -> Self {
        self.max_idle_per_host = n;
        self
    }

    /// Sends every request through this proxy (`http://`, `https://`, or `socks5://` when
    /// reqwest supports it). Credentials then cross the proxy inside TLS for `https`
    /// services, in clear for `http` ones.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = ProxyConfig::Url(url.into());
        self
    }

    /// Uses the proxies named by the environment (`HTTPS_PROXY`, `HTTP_PROXY`,
    /// `ALL_PROXY`, `NO_PROXY`). Without this call they are ignored.
    pub fn use_env_proxy(mut self) -> Self {
        self.proxy = ProxyConfig::Env;
        self
    }

    pub(crate) fn proxy_config(mut self, p: ProxyConfig) -> Self {
        self.proxy = p;
        self
    }

    /// At most `n` sessions open at once per service (origin) among the clients of this
    /// transport; a login waits for a free slot (default: no limit). BMCs allow few
    /// sessions (iDRAC refuses more with `RAC0218`), and a tool must leave some for
    /// people and other tools.
    pub fn max_sessions_per_service(mut self, n: usize) -> Self {
        self.sessions_per_service = Some(n.max(1));
        self
    }

    /// Builds the transport.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an unusable proxy URL or a TLS configuration rustls
    /// refuses.
    pub fn build(self) -> Result<Transport> {
        let http = self.http()?;
        Ok(Transport {
            inner: Arc::new(TransportInner {
                http,
                background: TaskTracker::new(),
                sessions_per_service: self.sessions_per_service,
                budgets: Mutex::new(HashMap::new()),
                owners: Mutex::new(HashMap::new()),
                settings: self,
            }),
        })
    }

    /// One connection pool with these settings.
    fn http(&self) -> Result<reqwest::Client> {
        let config = tls::client_config()?;
        let mut b = reqwest::Client::builder()
            .tls_backend_preconfigured(config)
            .connect_timeout(self.connect_timeout)
            .pool_idle_timeout(self.pool_idle_timeout)
            .pool_max_idle_per_host(self.max_idle_per_host)
            // Redirects are followed by the client itself, within the service's origin
            // only, so that no credential can leave it (see `RedirectPolicy`).
            .redirect(reqwest::redirect::Policy::none())
            .connector_layer(tls::BindTrust);
        b = match &self.proxy {
            ProxyConfig::Direct => b.no_proxy(),
            ProxyConfig::Env => b,
            ProxyConfig::Url(u) => b.proxy(
                reqwest::Proxy::all(u.as_str())
                    .map_err(|e| Error::InvalidInput(format!("invalid proxy URL: {e}")))?,
            ),
        };
        b.build()
            .map_err(|e| Error::InvalidInput(format!("HTTP client: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_budgets_are_per_origin_and_shared() {
        let t = Transport::builder()
            .max_sessions_per_service(2)
            .build()
            .unwrap();
        let a = Url::parse("https://a.example/").unwrap();
        let a2 = Url::parse("https://a.example:443/redfish/v1/").unwrap();
        let b = Url::parse("https://a.example:8443/").unwrap();
        let s1 = t.session_budget(&a).unwrap();
        let s2 = t.session_budget(&a2).unwrap();
        assert!(Arc::ptr_eq(&s1, &s2));
        assert!(!Arc::ptr_eq(&s1, &t.session_budget(&b).unwrap()));
        assert_eq!(s1.available_permits(), 2);
        assert!(
            Transport::builder()
                .build()
                .unwrap()
                .session_budget(&a)
                .is_none()
        );
        assert!(Transport::builder().proxy("::not a url").build().is_err());
    }
}
