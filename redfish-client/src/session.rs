//! Sessions (DSP0266 "Session management"): discovery of the `Sessions` collection, login,
//! one transparent re-login on 401, logout, and the per-service session budget.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use redfish_model::ODataId;
use reqwest::header::HeaderValue;
use reqwest::{Method, StatusCode};
use tokio::sync::OwnedSemaphorePermit;

use crate::client::{Core, SERVICE_ROOT};
use crate::error::{Error, Result};
use crate::request::{Auth, Req, X_AUTH_TOKEN};

/// Documented fallback when a service root has no `Links.Sessions` (python-redfish-library
/// does the same).
const DEFAULT_SESSIONS: &str = "/redfish/v1/SessionService/Sessions";

/// A session token, kept as the (sensitive: never printed) header value it is sent as,
/// so that a request does not re-validate and copy it.
#[derive(Clone)]
pub(crate) struct Token(pub(crate) HeaderValue);

impl Token {
    fn from_header(v: &HeaderValue) -> Option<Self> {
        // Visible ASCII only: a token is echoed in a header and shown nowhere else.
        v.to_str().ok().filter(|s| !s.is_empty())?;
        let mut v = v.clone();
        v.set_sensitive(true);
        Some(Self(v))
    }
}

#[derive(Default)]
pub(crate) struct SessionState {
    pub(crate) token: Option<Token>,
    pub(crate) location: Option<ODataId>,
    pub(crate) sessions_uri: Option<ODataId>,
    pub(crate) generation: u64,
    /// The slot of the service's session budget this session holds.
    slot: Option<OwnedSemaphorePermit>,
}

impl Core {
    /// Returns the current session's generation and token, logging in if there is none.
    pub(crate) async fn ensure_session(self: &Arc<Self>) -> Result<(u64, Token)> {
        if let Some(found) = self.current_session() {
            return Ok(found);
        }
        let core = self.clone();
        self.detached(async move {
            let guard = core.login_lock.clone().lock_owned().await;
            if core.current_session().is_none() {
                Box::pin(core.create_session()).await?;
            }
            drop(guard);
            core.logout_if_abandoned().await;
            core.current_session()
                .ok_or_else(|| Error::Auth("no session after login".into()))
        })
        .await
    }

    fn current_session(&self) -> Option<(u64, Token)> {
        let s = self.session();
        s.token.as_ref().map(|t| (s.generation, t.clone()))
    }

    /// Runs a login to its end even when the caller stops waiting (a cancelled or timed-out
    /// job): once the `POST` is sent the service may have created the session, and only
    /// a completed login knows its token and can delete it again.
    async fn detached<T: Send + 'static>(
        &self,
        fut: impl std::future::Future<Output = Result<T>> + Send + 'static,
    ) -> Result<T> {
        use tracing::Instrument;
        match self
            .transport
            .spawn_joinable(fut.instrument(tracing::Span::current()))
        {
            Ok(handle) => handle
                .await
                .map_err(|e| Error::Auth(format!("{}: the login task failed: {e}", self.host)))?,
            // Not on a Tokio runtime: nothing to detach onto, wait here.
            Err(fut) => fut.await,
        }
    }

    /// After a login that outlived every clone of the client: nobody will log out, so do it.
    async fn logout_if_abandoned(self: &Arc<Self>) {
        if self.closed.load(Ordering::SeqCst) && self.is_logged_in() {
            tracing::debug!(host = %self.host, "login finished after the client was dropped: logging out");
            if let Err(e) = self.logout_and_close().await {
                tracing::warn!(error = %e, "logout after an abandoned login failed");
            }
        }
    }

    /// Replaces the session of `generation` (rejected by the service) unless another task
    /// already did. The rejected session is deleted first, best-effort: a 401 is not always
    /// the end of a session (busy BMCs send spurious ones), and one left behind would hold
    /// one of the service's few session slots until it times out.
    pub(crate) async fn relogin(self: &Arc<Self>, generation: u64) -> Result<()> {
        let core = self.clone();
        self.detached(async move {
            let guard = core.login_lock.clone().lock_owned().await;
            let (token, location) = {
                let mut s = core.session();
                if s.generation != generation {
                    return Ok(());
                }
                (s.token.take(), s.location.take())
            };
            if let (Some(token), Some(location)) = (token, location) {
                match Box::pin(core.delete_session(&token, &location, false)).await {
                    Ok(()) => {
                        tracing::debug!(session = location.as_str(), "rejected session deleted")
                    }
                    Err(e) => {
                        tracing::debug!(session = location.as_str(), error = %e, "could not delete the rejected session")
                    }
                }
            }
            let r = Box::pin(core.create_session()).await;
            drop(guard);
            core.logout_if_abandoned().await;
            r
        })
        .await
    }

    /// `DELETE` of a session with its own token; a session already gone counts as deleted.
    async fn delete_session(
        self: &Arc<Self>,
        token: &Token,
        location: &ODataId,
        close: bool,
    ) -> Result<()> {
        let mut req = Req::new(Method::DELETE, location.as_str());
        req.auth = Auth::Token(token);
        req.close_connection = close;
        match self.execute_boxed(req).await {
            Ok(_) => Ok(()),
            Err(e)
                if matches!(
                    e.status(),
                    Some(StatusCode::UNAUTHORIZED | StatusCode::NOT_FOUND)
                ) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    async fn sessions_uri(self: &Arc<Self>) -> Result<ODataId> {
        if let Some(u) = self.session().sessions_uri.clone() {
            return Ok(u);
        }
        // The service root needs no authentication (DSP0266).
        let mut req = Req::new(Method::GET, SERVICE_ROOT);
        req.auth = Auth::None;
        let found = match self.execute_boxed(req).await {
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

    async fn sessions_from_session_service(self: &Arc<Self>, uri: &str) -> Option<ODataId> {
        let mut req = Req::new(Method::GET, uri);
        req.auth = Auth::None;
        let v: serde_json::Value = self.execute_boxed(req).await.ok()?.json().ok()?;
        v.pointer("/Sessions/@odata.id")
            .and_then(|v| v.as_str())
            .map(ODataId::new)
    }

    async fn create_session(self: &Arc<Self>) -> Result<()> {
        let creds = self
            .credentials
            .as_ref()
            .ok_or_else(|| Error::Auth("no credentials configured".into()))?;
        let sessions = self.sessions_uri().await?;
        let has_slot = self.session().slot.is_some();
        let slot = match (&self.session_budget, has_slot) {
            (Some(budget), false) => {
                let permit = budget.clone().acquire_owned().await.map_err(|_| {
                    Error::Auth("the session budget of this service is closed".into())
                })?;
                Some(permit)
            }
            _ => None,
        };
        let body = serde_json::json!({"UserName": creds.username(), "Password": creds.password()});
        let mut req = Req::new(Method::POST, sessions.as_str()).json(&body)?;
        req.auth = Auth::None;
        let resp = match self.execute_boxed(req).await {
            Ok(r) => r,
            Err(e) if e.is_unauthorized() || e.is_forbidden() => {
                return Err(Error::Auth(format!(
                    "{}: the service refused the credentials of user {:?} ({})",
                    self.host,
                    creds.username(),
                    e.status().map(|s| s.to_string()).unwrap_or_default()
                )));
            }
            Err(e) => return Err(e),
        };
        let Some(token) = resp.headers.get(X_AUTH_TOKEN).and_then(Token::from_header) else {
            return Err(Error::Auth(format!(
                "{}: the login response has no usable X-Auth-Token",
                self.host
            )));
        };
        let location = resp.location().or_else(|| {
            resp.json::<serde_json::Value>().ok().and_then(|v| {
                v.get("@odata.id")
                    .and_then(|i| i.as_str())
                    .map(ODataId::new)
            })
        });
        tracing::info!(host = %self.host, user = creds.username(), session = ?location.as_ref().map(ODataId::as_str), "logged in");
        let mut s = self.session();
        s.token = Some(token);
        s.location = location;
        s.generation += 1;
        if slot.is_some() {
            s.slot = slot;
        }
        Ok(())
    }

    /// Ends the session, see [`Client::logout`](crate::Client::logout).
    pub(crate) async fn logout(self: &Arc<Self>) -> Result<()> {
        self.end_session(false).await
    }

    /// Logout as the last request to the service: the connection it uses is closed with
    /// it (`Connection: close`) rather than left idle in the pool.
    pub(crate) async fn logout_and_close(self: &Arc<Self>) -> Result<()> {
        self.end_session(true).await
    }

    async fn end_session(self: &Arc<Self>, close: bool) -> Result<()> {
        let _guard = self.login_lock.lock().await;
        let (token, location) = {
            let s = self.session();
            (s.token.clone(), s.location.clone())
        };
        let Some(token) = token else { return Ok(()) };
        let Some(location) = location else {
            let mut s = self.session();
            s.token = None;
            s.slot = None;
            return Err(Error::Auth(format!(
                "{}: the session URI is unknown: cannot delete it",
                self.host
            )));
        };
        self.delete_session(&token, &location, close).await?;
        let mut s = self.session();
        s.token = None;
        s.location = None;
        s.slot = None;
        tracing::info!(host = %self.host, session = location.as_str(), "logged out");
        Ok(())
    }
}
