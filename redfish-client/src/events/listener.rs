//! [`Listener`]: a small HTTPS server that receives the events a service pushes to a
//! subscription (`POST` of an `Event` or `MetricReport` payload) and yields them as the same
//! [`EventItem`]s as the SSE stream. Cargo feature `listener`.
//!
//! HTTPS takes a certificate chain and key (PEM). Plain HTTP carries the events (and the
//! subscription's `HttpHeaders`) in clear: it is allowed on a loopback address, elsewhere
//! only with [`ListenerBuilder::allow_plain_http`]. With
//! [`ListenerBuilder::require_header`] a POST without that header (the secret the
//! subscription's [`http_header`](crate::events::SubscriptionBuilder::http_header) gives the
//! service) is refused with 401 and never yielded.
//!
//! ```no_run
//! use futures_util::StreamExt;
//! use redfish_client::events::SubscriptionBuilder;
//! use redfish_client::events::listener::Listener;
//!
//! # async fn run(client: redfish_client::Client, cert_pem: &str, key_pem: &str) -> redfish_client::Result<()> {
//! let mut listener = Listener::builder("0.0.0.0:8443".parse().unwrap())
//!     .tls_pem(cert_pem, key_pem)
//!     .require_header("Authorization", "Bearer listener-secret")
//!     .start()
//!     .await?;
//! client
//!     .subscriptions()
//!     .create(
//!         SubscriptionBuilder::new("https://collector.example.net:8443/redfish/events")
//!             .context("collector-1")
//!             .http_header("Authorization", "Bearer listener-secret"),
//!     )
//!     .await?;
//! while let Some(item) = listener.next().await {
//!     println!("{:?}", item.map(|i| i.to_string()));
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_util::Stream;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use rustls_pki_types::PrivateKeyDer;
use rustls_pki_types::pem::PemObject;
use secrecy::{ExposeSecret, SecretString};
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::{EventError, EventItem};
use crate::error::{Error, Result};
use crate::tls;

type Item = std::result::Result<EventItem, EventError>;

/// Options of a [`Listener`]; from [`Listener::builder`].
#[must_use]
pub struct ListenerBuilder {
    addr: SocketAddr,
    tls: Option<(String, SecretString)>,
    allow_plain_http: bool,
    path: String,
    required: Vec<(String, SecretString)>,
    max_event_size: usize,
    queue: usize,
}

impl fmt::Debug for ListenerBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let required: Vec<&str> = self.required.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("ListenerBuilder")
            .field("addr", &self.addr)
            .field("tls", &self.tls.is_some())
            .field("allow_plain_http", &self.allow_plain_http)
            .field("path", &self.path)
            .field("required_headers", &required)
            .field("max_event_size", &self.max_event_size)
            .field("queue", &self.queue)
            .finish()
    }
}

impl ListenerBuilder {
    /// Serves HTTPS with this certificate chain and private key (PEM; PKCS#8, PKCS#1 or
    /// SEC1 key).
    pub fn tls_pem(mut self, cert_chain_pem: &str, key_pem: &str) -> Self {
        self.tls = Some((
            cert_chain_pem.to_owned(),
            SecretString::from(key_pem.to_owned()),
        ));
        self
    }

    /// Allows plain HTTP on a non-loopback address. Events and the subscription's
    /// `HttpHeaders` then cross the network in clear: only for isolated lab networks.
    pub fn allow_plain_http(mut self) -> Self {
        self.allow_plain_http = true;
        self
    }

    /// The path events are POSTed to (default `/redfish/events`); other paths get 404.
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    /// Refuses (401) a POST that does not carry this header with exactly this value.
    pub fn require_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.required
            .push((name.into(), SecretString::from(value.into())));
        self
    }

    /// The largest payload accepted (default 1 MiB): a larger one gets 413 and is yielded
    /// as [`EventError::TooLarge`].
    pub fn max_event_size(mut self, bytes: usize) -> Self {
        self.max_event_size = bytes.max(1);
        self
    }

    /// Payloads held for the reader (default 1024): when the queue is full a POST gets
    /// 503, so the service retries it later (its `DeliveryRetryPolicy`) and memory stays
    /// bounded.
    pub fn queue(mut self, payloads: usize) -> Self {
        self.queue = payloads.max(1);
        self
    }

    /// Binds and starts serving on the current Tokio runtime.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for plain HTTP on a non-loopback address without
    /// [`allow_plain_http`](Self::allow_plain_http) or an unusable certificate or key;
    /// [`Error::Io`] when the address cannot be bound.
    pub async fn start(self) -> Result<Listener> {
        let acceptor = match &self.tls {
            Some((cert, key)) => Some(acceptor(cert, key)?),
            None if self.addr.ip().is_loopback() || self.allow_plain_http => None,
            None => {
                return Err(Error::InvalidInput(format!(
                    "plain HTTP on {} (not loopback) needs allow_plain_http(): give a certificate for HTTPS",
                    self.addr
                )));
            }
        };
        let socket = TcpListener::bind(self.addr).await.map_err(|e| Error::Io {
            path: self.addr.to_string(),
            source: e,
        })?;
        let local = socket.local_addr().map_err(|e| Error::Io {
            path: self.addr.to_string(),
            source: e,
        })?;
        let (tx, rx) = mpsc::channel(self.queue);
        let https = acceptor.is_some();
        let shared = Arc::new(Shared {
            path: self.path.clone(),
            required: self.required,
            max: self.max_event_size,
            tx,
        });
        let task = tokio::spawn(accept_loop(socket, acceptor, shared));
        Ok(Listener {
            local,
            https,
            path: self.path,
            rx,
            task,
        })
    }
}

fn acceptor(cert: &str, key: &SecretString) -> Result<tokio_rustls::TlsAcceptor> {
    let certs = tls::parse_pem_certs(cert.as_bytes())?;
    let key = PrivateKeyDer::from_pem_slice(key.expose_secret().as_bytes())
        .map_err(|_| Error::InvalidInput("the listener's private key is not a PEM key".into()))?;
    let config = rustls::ServerConfig::builder_with_provider(tls::provider())
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_no_client_auth().with_single_cert(certs, key))
        .map_err(|e| Error::InvalidInput(format!("listener TLS configuration: {e}")))?;
    Ok(tokio_rustls::TlsAcceptor::from(Arc::new(config)))
}

struct Shared {
    path: String,
    required: Vec<(String, SecretString)>,
    max: usize,
    tx: mpsc::Sender<Item>,
}

/// Receives pushed events: `Stream<Item = Result<EventItem, EventError>>` (a payload that
/// cannot be parsed or is too large is one error item). Dropping it stops accepting
/// connections.
pub struct Listener {
    local: SocketAddr,
    https: bool,
    path: String,
    rx: mpsc::Receiver<Item>,
    task: JoinHandle<()>,
}

impl fmt::Debug for Listener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Listener")
            .field("local_addr", &self.local)
            .field("https", &self.https)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Listener {
    /// A builder for a listener on `addr` (port 0: any free port).
    pub fn builder(addr: SocketAddr) -> ListenerBuilder {
        ListenerBuilder {
            addr,
            tls: None,
            allow_plain_http: false,
            path: "/redfish/events".to_owned(),
            required: Vec::new(),
            max_event_size: super::sse::DEFAULT_MAX_EVENT_SIZE,
            queue: 1024,
        }
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// The URL to subscribe with, built from the local address (`https://127.0.0.1:port/path`);
    /// behind NAT or on `0.0.0.0` give the service the name it reaches this host by.
    pub fn destination(&self) -> String {
        let scheme = if self.https { "https" } else { "http" };
        format!("{scheme}://{}{}", self.local, self.path)
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Stream for Listener {
    type Item = Item;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Item>> {
        self.rx.poll_recv(cx)
    }
}

async fn accept_loop(
    socket: TcpListener,
    acceptor: Option<tokio_rustls::TlsAcceptor>,
    shared: Arc<Shared>,
) {
    loop {
        let (tcp, peer) = match socket.accept().await {
            Ok(c) => c,
            Err(e) => {
                tracing::warn!(error = %e, "event listener: accept failed");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let shared = shared.clone();
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let shared = shared.clone();
                async move { Ok::<_, std::convert::Infallible>(handle(&shared, req).await) }
            });
            let http = hyper::server::conn::http1::Builder::new();
            let served = match acceptor {
                Some(a) => {
                    match tokio::time::timeout(Duration::from_secs(10), a.accept(tcp)).await {
                        Ok(Ok(stream)) => {
                            http.serve_connection(TokioIo::new(stream), service).await
                        }
                        Ok(Err(e)) => {
                            tracing::debug!(%peer, error = %e, "event listener: TLS handshake failed");
                            return;
                        }
                        Err(_) => return,
                    }
                }
                None => http.serve_connection(TokioIo::new(tcp), service).await,
            };
            if let Err(e) = served {
                tracing::debug!(%peer, error = %e, "event listener: connection error");
            }
        });
    }
}

fn reply(status: StatusCode) -> Response<Full<Bytes>> {
    let mut r = Response::new(Full::new(Bytes::new()));
    *r.status_mut() = status;
    r
}

/// Compares without stopping at the first difference (a header secret).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn handle(shared: &Shared, req: Request<Incoming>) -> Response<Full<Bytes>> {
    if req.uri().path() != shared.path {
        return reply(StatusCode::NOT_FOUND);
    }
    if req.method() != hyper::Method::POST {
        return reply(StatusCode::METHOD_NOT_ALLOWED);
    }
    for (name, value) in &shared.required {
        let ok = req
            .headers()
            .get(name.as_str())
            .is_some_and(|v| same(v.as_bytes(), value.expose_secret().as_bytes()));
        if !ok {
            tracing::warn!(header = %name, "event listener: POST without the required header refused");
            return reply(StatusCode::UNAUTHORIZED);
        }
    }
    let body = match Limited::new(req.into_body(), shared.max).collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => {
            let too_large = e
                .downcast_ref::<http_body_util::LengthLimitError>()
                .is_some();
            if too_large {
                let item = Err(EventError::TooLarge {
                    id: None,
                    limit: shared.max,
                });
                let _ = shared.tx.try_send(item);
                return reply(StatusCode::PAYLOAD_TOO_LARGE);
            }
            return reply(StatusCode::BAD_REQUEST);
        }
    };
    let item = EventItem::parse(None, &body);
    let status = if item.is_ok() {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::BAD_REQUEST
    };
    match shared.tx.try_send(item) {
        Ok(()) => reply(status),
        Err(mpsc::error::TrySendError::Full(_)) => {
            tracing::warn!("event listener: queue full, asking the service to retry");
            reply(StatusCode::SERVICE_UNAVAILABLE)
        }
        Err(mpsc::error::TrySendError::Closed(_)) => reply(StatusCode::SERVICE_UNAVAILABLE),
    }
}
