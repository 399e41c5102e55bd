//! [`Client`]: one Redfish service, its session and its settings.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use redfish_model::ODataId;
use reqwest::Method;
use reqwest::header::HeaderValue;
use serde::Serialize;
use tokio::sync::Semaphore;
use url::Url;

use crate::builder::{ClientBuilder, RedirectPolicy};
use crate::credentials::{AuthMode, Credentials};
use crate::error::{Error, Result};
use crate::request::Req;
use crate::response::Response;
use crate::retry::RetryPolicy;
use crate::session::SessionState;
use crate::sleep::Sleep;
use crate::task::TaskPolicy;
use crate::tls::Trust;
use crate::transport::Transport;

/// The fixed service root URI (DSP0266).
pub(crate) const SERVICE_ROOT: &str = "/redfish/v1/";

/// Everything a request needs; shared by the clones of a [`Client`] and kept alive by a
/// background logout after the last clone is dropped.
pub(crate) struct Core {
    pub(crate) transport: Transport,
    /// The transport's shared pool, or one of this client's own when another trust policy
    /// owns the origin there ([`Transport::http_for`]).
    pub(crate) http: reqwest::Client,
    pub(crate) trust: Trust,
    pub(crate) base: Url,
    /// `host[:port]`, for errors and tracing.
    pub(crate) host: Arc<str>,
    pub(crate) credentials: Option<Credentials>,
    pub(crate) auth: AuthMode,
    pub(crate) retry: RetryPolicy,
    pub(crate) limiter: Option<Semaphore>,
    pub(crate) sleep: Arc<dyn Sleep>,
    pub(crate) task_policy: TaskPolicy,
    pub(crate) timeout: Duration,
    pub(crate) user_agent: HeaderValue,
    pub(crate) max_response_size: u64,
    pub(crate) redirects: RedirectPolicy,
    pub(crate) trace_bodies: bool,
    pub(crate) session: Mutex<SessionState>,
    pub(crate) login_lock: Arc<tokio::sync::Mutex<()>>,
    /// Set when the last clone of the client is gone.
    pub(crate) closed: AtomicBool,
    pub(crate) session_budget: Option<Arc<Semaphore>>,
}

impl Core {
    pub(crate) fn session(&self) -> MutexGuard<'_, SessionState> {
        // The state is plain data, so a panic elsewhere cannot leave it inconsistent.
        self.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Resolves a service URI against the base URL and refuses other origins, so that a
    /// link or `Location` sent by the service can never make the client send its token
    /// elsewhere.
    pub(crate) fn url(&self, uri: &str) -> Result<Url> {
        let url = self
            .base
            .join(uri)
            .map_err(|e| Error::InvalidInput(format!("invalid URI {uri:?}: {e}")))?;
        // A path (`/...`, not `//host`) cannot leave the base's origin: skip the comparison.
        let is_path = uri.starts_with('/') && !uri.starts_with("//");
        if !is_path && !self.same_origin(&url) {
            return Err(Error::InvalidInput(format!(
                "refusing to follow {uri:?}: it is not on {}",
                self.base
            )));
        }
        Ok(url)
    }

    pub(crate) fn same_origin(&self, url: &Url) -> bool {
        url.scheme() == self.base.scheme()
            && url.host() == self.base.host()
            && url.port_or_known_default() == self.base.port_or_known_default()
    }
}

/// The last clone of a client going away: log out in the background if a session is open.
struct Handle {
    core: Arc<Core>,
}

impl Drop for Handle {
    fn drop(&mut self) {
        // Before looking at the session: a login still running sees the flag when it ends
        // (and logs out), or this sees its session.
        self.core.closed.store(true, Ordering::SeqCst);
        if !self.core.is_logged_in() {
            return;
        }
        let core = self.core.clone();
        let spawned = self.core.transport.spawn_background(async move {
            let r = tokio::time::timeout(Duration::from_secs(30), core.logout_and_close()).await;
            match r {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::warn!(error = %e, "background logout failed"),
                Err(_) => tracing::warn!(host = %core.host, "background logout timed out"),
            }
        });
        if spawned {
            tracing::debug!(host = %self.core.host, "client dropped with an open session: logging out in the background");
        } else {
            tracing::warn!(host = %self.core.host, "client dropped with an open session outside a Tokio runtime: call logout()");
        }
    }
}

/// An async Redfish client for one service. Cheap to clone (an `Arc` inside); clones share
/// the session, the connection pool and the concurrency limit.
///
/// See [`ClientBuilder`] for the options and the crate docs for an overview.
///
/// # Sessions
///
/// The session is created on first use (or by [`Client::login`]) and ended by
/// [`Client::logout`]. When the last clone is dropped with a session still open (an error
/// path, a cancelled or timed-out task), the client logs out in the background on the
/// current Tokio runtime; [`Transport::wait_for_logouts`] waits for those. Prefer an
/// explicit `logout` on the normal path: it reports errors.
#[derive(Clone)]
pub struct Client {
    handle: Arc<Handle>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let core = self.core();
        f.debug_struct("Client")
            .field("base", &core.base.as_str())
            .field("auth", &core.auth)
            .field("credentials", &core.credentials)
            .field("logged_in", &self.is_logged_in())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A builder for a service at `base_url` (`https://host[:port]`).
    pub fn builder(base_url: &str) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    pub(crate) fn from_core(core: Core) -> Self {
        Self {
            handle: Arc::new(Handle {
                core: Arc::new(core),
            }),
        }
    }

    pub(crate) fn core(&self) -> &Arc<Core> {
        &self.handle.core
    }

    /// The base URL (scheme, host, port).
    pub fn base_url(&self) -> &Url {
        &self.core().base
    }

    /// The service as errors and traces name it: `host`, or `host:port` when the port is
    /// not the scheme's default.
    pub fn host(&self) -> &str {
        &self.core().host
    }

    /// The transport, to share with other clients ([`ClientBuilder::transport`]).
    pub fn transport(&self) -> Transport {
        self.core().transport.clone()
    }

    /// `true` while the client holds a session token.
    pub fn is_logged_in(&self) -> bool {
        self.core().is_logged_in()
    }

    /// The URI of the current session (the `Location` of the login), if any.
    pub fn session_uri(&self) -> Option<ODataId> {
        self.core().session().location.clone()
    }

    pub(crate) fn sleeper(&self) -> &Arc<dyn Sleep> {
        &self.core().sleep
    }

    pub(crate) fn task_policy(&self) -> &TaskPolicy {
        &self.core().task_policy
    }

    #[cfg(test)]
    pub(crate) fn url(&self, uri: &str) -> Result<Url> {
        self.core().url(uri)
    }

    /// [`Client::logout`] as the last request: its connection is closed, not pooled.
    pub(crate) async fn logout_and_close(&self) -> Result<()> {
        self.core().logout_and_close().await
    }

    /// Sends a request through the one pipeline (auth, limits, retries, redirects,
    /// tracing).
    pub(crate) async fn execute(&self, req: Req<'_>) -> Result<Response> {
        self.core().execute(req).await
    }

    /// Logs in now (otherwise the first request does). Does nothing with
    /// [`AuthMode::Basic`] or when a session is already open.
    ///
    /// # Errors
    ///
    /// [`Error::Auth`] or the service's error when the credentials are refused.
    pub async fn login(&self) -> Result<()> {
        if self.core().auth == AuthMode::Session {
            self.core().ensure_session().await?;
        }
        Ok(())
    }

    /// Ends the session (`DELETE` of its URI) if one is open. A session the service already
    /// dropped (401/404) counts as ended.
    ///
    /// # Errors
    ///
    /// Transport or service errors of the `DELETE`; the session is then kept so that the
    /// call can be repeated.
    pub async fn logout(&self) -> Result<()> {
        self.core().logout().await
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
    #[cfg(feature = "multipart")]
    pub(crate) async fn send_multipart(
        &self,
        uri: &str,
        form: reqwest::multipart::Form,
    ) -> Result<Response> {
        self.login().await?;
        let mut req = Req::new(Method::POST, uri);
        req.body = crate::request::ReqBody::Multipart(Some(form));
        self.execute(req).await
    }
}

impl Core {
    pub(crate) fn is_logged_in(&self) -> bool {
        self.session().token.is_some()
    }
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
        assert_eq!(c.host(), "bmc.example:8443");
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
        assert!(c.url("https://bmc.example:444/x").is_err(), "other port");
        assert!(c.url("https://bmc.example:443/x").is_ok(), "default port");
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
    fn transport_settings_on_a_shared_transport_are_refused() {
        let t = Transport::builder().build().unwrap();
        let e = Client::builder("https://bmc.example")
            .transport(t.clone())
            .proxy("http://proxy.example:3128")
            .build()
            .unwrap_err();
        assert!(matches!(e, Error::InvalidInput(_)), "{e:?}");
        let c = Client::builder("https://bmc.example")
            .transport(t.clone())
            .build()
            .unwrap();
        assert!(c.transport().same_as(&t));
    }
}
