//! The one request pipeline: URL, authentication header, concurrency limit, TLS trust of
//! the service, bounded body, redirects within the origin, retries, one re-login on 401,
//! and a tracing span per request.

use std::sync::Arc;
use std::time::Instant;

use bytes::{Bytes, BytesMut};
use redfish_model::ETag;
use reqwest::header::{
    ACCEPT, CONNECTION, CONTENT_TYPE, HeaderName, HeaderValue, IF_MATCH, LOCATION, USER_AGENT,
};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use tracing::Instrument;
use tracing::field::Empty;
use url::Url;

use crate::builder::RedirectPolicy;
use crate::client::Core;
use crate::credentials::AuthMode;
use crate::error::{BoxError, Error, RedirectOrigins, Result};
use crate::response::{Response, path_of};
use crate::session::Token;
use crate::{redact, retry, tls};

pub(crate) const X_AUTH_TOKEN: HeaderName = HeaderName::from_static("x-auth-token");
const ODATA_VERSION: HeaderName = HeaderName::from_static("odata-version");
const APPLICATION_JSON: HeaderValue = HeaderValue::from_static("application/json");
const V4: HeaderValue = HeaderValue::from_static("4.0");
/// Redirects followed in a row before giving up (as reqwest's default policy).
const MAX_REDIRECTS: u32 = 10;

/// Which credentials a request carries.
pub(crate) enum Auth<'a> {
    /// The client's: a session (logging in when needed, once again on 401) or Basic.
    Client,
    /// None (service root, login).
    None,
    /// This session token, without re-login (deleting a session).
    Token(&'a Token),
}

/// The request body.
pub(crate) enum ReqBody {
    None,
    Json(Bytes),
    /// Sent once: taken by the first attempt, so never retried or redirected with a body.
    #[cfg(feature = "multipart")]
    Multipart(Option<reqwest::multipart::Form>),
}

impl ReqBody {
    fn replayable(&self) -> bool {
        match self {
            Self::None | Self::Json(_) => true,
            #[cfg(feature = "multipart")]
            Self::Multipart(_) => false,
        }
    }
}

/// What to send.
pub(crate) struct Req<'a> {
    pub(crate) method: Method,
    pub(crate) uri: &'a str,
    pub(crate) body: ReqBody,
    pub(crate) if_match: Option<&'a ETag>,
    pub(crate) auth: Auth<'a>,
    /// Ask for the connection to be closed after this exchange (the last one with the
    /// service).
    pub(crate) close_connection: bool,
}

impl<'a> Req<'a> {
    pub(crate) fn new(method: Method, uri: &'a str) -> Self {
        Self {
            method,
            uri,
            body: ReqBody::None,
            if_match: None,
            auth: Auth::Client,
            close_connection: false,
        }
    }

    pub(crate) fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Result<Self> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| Error::InvalidInput(format!("cannot serialize the request body: {e}")))?;
        self.body = ReqBody::Json(Bytes::from(bytes));
        Ok(self)
    }
}

enum Attempt {
    Response(Response),
    Failed { error: Error, sent: bool },
}

fn is_redirect(s: StatusCode) -> bool {
    matches!(s.as_u16(), 301 | 302 | 303 | 307 | 308)
}

impl Core {
    /// Sends a request: see the module docs. Error statuses become [`Error`]s.
    pub(crate) async fn execute(self: &Arc<Self>, req: Req<'_>) -> Result<Response> {
        let url = self.url(req.uri)?;
        let span = tracing::debug_span!(
            "redfish_request",
            host = %self.host,
            method = %req.method,
            path = url.path(),
            status = Empty,
            latency_ms = Empty,
            retries = Empty,
        );
        self.run(req, url).instrument(span).await
    }

    /// [`Core::execute`] as a boxed `Send` future: the session code calls the pipeline
    /// that calls it (login, re-login), and the compiler needs the cycle cut to prove
    /// the futures `Send`.
    pub(crate) fn execute_boxed<'a>(
        self: &'a Arc<Self>,
        req: Req<'a>,
    ) -> futures_util::future::BoxFuture<'a, Result<Response>> {
        Box::pin(self.execute(req))
    }

    async fn run(self: &Arc<Self>, mut req: Req<'_>, mut url: Url) -> Result<Response> {
        let start = Instant::now();
        let mut shown = path_of(&url);
        // Without credentials the request goes out anonymously (service root, public URIs).
        let session_auth = matches!(req.auth, Auth::Client)
            && self.auth == AuthMode::Session
            && self.credentials.is_some();
        let replayable = req.body.replayable();
        let mut sent_count = 0u32;
        let mut retries = 0u32;
        let mut redirects = 0u32;
        let mut relogged = false;
        let finish = |status: Option<StatusCode>, sent: u32| {
            let span = tracing::Span::current();
            if let Some(s) = status {
                span.record("status", s.as_u16());
            }
            span.record("latency_ms", start.elapsed().as_millis() as u64);
            span.record("retries", sent.saturating_sub(1));
        };
        loop {
            let idempotent = retry::is_idempotent(&req.method, req.if_match.is_some());
            let session = if session_auth {
                Some(self.ensure_session().await?)
            } else {
                None
            };
            let token = match &req.auth {
                Auth::Token(t) => Some(*t),
                _ => session.as_ref().map(|(_, t)| t),
            };
            sent_count += 1;
            let resp = match self
                .attempt(&mut req, &url, &shown, token, sent_count)
                .await
            {
                Attempt::Response(resp) => resp,
                Attempt::Failed { error, sent } => {
                    let may_repeat = (!sent || idempotent) && replayable;
                    if may_repeat
                        && matches!(error, Error::Transport { .. } | Error::Timeout { .. })
                        && retries < self.retry.retries()
                    {
                        let delay = self.retry.delay(retries, None);
                        tracing::warn!(host = %self.host, method = %req.method, uri = %shown, ?delay, error = %error, "retrying");
                        self.sleep.sleep(delay).await;
                        retries += 1;
                        continue;
                    }
                    finish(error.status(), sent_count);
                    return Err(error);
                }
            };
            if resp.status == StatusCode::UNAUTHORIZED
                && !relogged
                && replayable
                && let Some((generation, _)) = session
            {
                tracing::info!(host = %self.host, uri = %shown, "session rejected (401): logging in again");
                relogged = true;
                self.relogin(generation).await?;
                continue;
            }
            if is_redirect(resp.status) && self.redirects == RedirectPolicy::SameOrigin {
                let target = resp
                    .headers
                    .get(LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .and_then(|l| url.join(l).ok());
                if let Some(target) = target {
                    if !self.same_origin(&target) {
                        finish(Some(resp.status), sent_count);
                        return Err(Error::CrossOriginRedirect {
                            host: self.host.clone(),
                            method: req.method.clone(),
                            uri: shown,
                            status: resp.status,
                            origins: Box::new(RedirectOrigins {
                                from: self.base.origin().ascii_serialization(),
                                to: target.origin().ascii_serialization(),
                            }),
                        });
                    }
                    let keeps_body = matches!(resp.status.as_u16(), 307 | 308);
                    if redirects < MAX_REDIRECTS && (replayable || !keeps_body) {
                        redirects += 1;
                        let to_get = resp.status == StatusCode::SEE_OTHER
                            || (!keeps_body && req.method == Method::POST);
                        if to_get {
                            req.method = Method::GET;
                            req.body = ReqBody::None;
                        }
                        tracing::debug!(host = %self.host, from = %shown, to = target.path(), status = resp.status.as_u16(), "following a redirect");
                        url = target;
                        shown = path_of(&url);
                        continue;
                    }
                }
            }
            if resp.status == StatusCode::SERVICE_UNAVAILABLE
                && idempotent
                && replayable
                && retries < self.retry.retries()
            {
                let delay = self.retry.delay(retries, resp.retry_after());
                tracing::warn!(host = %self.host, method = %req.method, uri = %shown, ?delay, "503: retrying");
                self.sleep.sleep(delay).await;
                retries += 1;
                continue;
            }
            finish(Some(resp.status), sent_count);
            return if resp.status.is_success() {
                Ok(resp)
            } else {
                Err(resp.into_error())
            };
        }
    }

    /// The authentication header of a request: the one place credentials are attached.
    pub(crate) fn authorize(
        &self,
        rb: reqwest::RequestBuilder,
        auth: &Auth<'_>,
        token: Option<&Token>,
    ) -> reqwest::RequestBuilder {
        match (auth, self.auth) {
            (Auth::None, _) => rb,
            (Auth::Token(t), _) => rb.header(X_AUTH_TOKEN, t.0.clone()),
            (Auth::Client, AuthMode::Session) => match token {
                Some(t) => rb.header(X_AUTH_TOKEN, t.0.clone()),
                None => rb,
            },
            (Auth::Client, AuthMode::Basic) => match &self.credentials {
                Some(c) => rb.basic_auth(c.username(), Some(c.password())),
                None => rb,
            },
            (Auth::Client, _) => rb,
        }
    }

    async fn attempt(
        &self,
        req: &mut Req<'_>,
        url: &Url,
        shown: &str,
        token: Option<&Token>,
        attempts: u32,
    ) -> Attempt {
        let mut rb = self
            .http
            .request(req.method.clone(), url.clone())
            .timeout(self.timeout)
            .header(ACCEPT, APPLICATION_JSON)
            .header(ODATA_VERSION, V4)
            .header(USER_AGENT, self.user_agent.clone());
        match &mut req.body {
            ReqBody::None => {}
            ReqBody::Json(body) => {
                if self.trace_bodies {
                    redact::trace_body("request", &self.host, &req.method, shown, body);
                }
                rb = rb.header(CONTENT_TYPE, APPLICATION_JSON).body(body.clone());
            }
            #[cfg(feature = "multipart")]
            ReqBody::Multipart(form) => match form.take() {
                Some(f) => rb = rb.multipart(f),
                None => {
                    let error = Error::InvalidInput("a multipart body can be sent once".into());
                    return Attempt::Failed { error, sent: false };
                }
            },
        }
        if req.close_connection {
            rb = rb.header(CONNECTION, HeaderValue::from_static("close"));
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
        rb = self.authorize(rb, &req.auth, token);
        let _permit = match &self.limiter {
            Some(s) => s.acquire().await.ok(),
            None => None,
        };
        let start = Instant::now();
        let fail = |e: reqwest::Error, sent: bool| {
            let error = self.classify(e, &req.method, shown, attempts);
            tracing::debug!(host = %self.host, method = %req.method, uri = %shown, error = %error, "request failed");
            Attempt::Failed { error, sent }
        };
        let mut resp = match tls::with_trust(self.trust.clone(), rb.send()).await {
            Ok(r) => r,
            Err(e) => {
                let sent = !e.is_connect();
                return fail(e, sent);
            }
        };
        let status = resp.status();
        let headers = std::mem::take(resp.headers_mut());
        let body = match read_body(&mut resp, self.max_response_size).await {
            Ok(b) => b,
            Err(BodyError::Read(e)) => return fail(e, true),
            Err(BodyError::TooLarge) => {
                let error = Error::BodyTooLarge {
                    host: self.host.clone(),
                    method: req.method.clone(),
                    uri: shown.to_owned(),
                    limit: self.max_response_size,
                };
                return Attempt::Failed { error, sent: true };
            }
        };
        tracing::debug!(
            host = %self.host,
            method = %req.method,
            uri = %shown,
            status = status.as_u16(),
            latency_ms = start.elapsed().as_millis() as u64,
            "redfish request"
        );
        if self.trace_bodies {
            redact::trace_body("response", &self.host, &req.method, shown, &body);
        }
        Attempt::Response(Response {
            status,
            headers,
            body,
            method: req.method.clone(),
            uri: shown.to_owned(),
            host: self.host.clone(),
            attempts,
        })
    }

    /// Maps a reqwest error to [`Error`], without the URL (it is in `uri` already).
    pub(crate) fn classify(
        &self,
        e: reqwest::Error,
        method: &Method,
        uri: &str,
        attempts: u32,
    ) -> Error {
        let tls = is_tls_error(&e);
        let timeout = e.is_timeout();
        let source: BoxError = Box::new(e.without_url());
        let host = self.host.clone();
        let method = method.clone();
        let uri = uri.to_owned();
        if tls {
            Error::Tls {
                host,
                method,
                uri,
                source,
            }
        } else if timeout {
            Error::Timeout {
                host,
                method,
                uri,
                attempts,
                source,
            }
        } else {
            Error::Transport {
                host,
                method,
                uri,
                attempts,
                source,
            }
        }
    }
}

enum BodyError {
    TooLarge,
    Read(reqwest::Error),
}

/// Reads the body, never holding more than `limit` bytes: a declared `Content-Length`
/// above it is refused before reading, a chunked body as soon as it passes it.
async fn read_body(resp: &mut reqwest::Response, limit: u64) -> Result<Bytes, BodyError> {
    if resp.content_length().is_some_and(|n| n > limit) {
        return Err(BodyError::TooLarge);
    }
    let mut total = 0u64;
    // Most bodies arrive as one chunk: keep it without copying.
    let mut first: Option<Bytes> = None;
    let mut buf: Option<BytesMut> = None;
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Read)? {
        total += chunk.len() as u64;
        if total > limit {
            return Err(BodyError::TooLarge);
        }
        match (&mut buf, first.take()) {
            (Some(b), _) => b.extend_from_slice(&chunk),
            (None, None) => first = Some(chunk),
            (None, Some(f)) => {
                let hint = resp.content_length().unwrap_or(0).min(limit) as usize;
                let mut b = BytesMut::with_capacity(hint.max(f.len() + chunk.len()));
                b.extend_from_slice(&f);
                b.extend_from_slice(&chunk);
                buf = Some(b);
            }
        }
    }
    Ok(match (buf, first) {
        (Some(b), _) => b.freeze(),
        (None, Some(f)) => f,
        (None, None) => Bytes::new(),
    })
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
