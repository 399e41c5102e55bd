//! Fake services on loopback for behaviours the emulator does not have (redirects to other
//! origins, trailing data, huge or broken bodies, spurious 401s): a recording HTTP(S)
//! server driven by a closure, and a minimal Redfish service with sessions on top of it.
// Test helpers: a failure here is a test failure.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{HeaderMap, Request, Response, StatusCode, header};
use bytes::Bytes;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// One request as the fake received it.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Recorded {
    /// Whether the request carries any credential: a session token, an `Authorization`
    /// header (Basic or other), a cookie, or `password` in its body.
    pub fn carries_credentials(&self, password: &str) -> bool {
        self.headers.contains_key("x-auth-token")
            || self.headers.contains_key(header::AUTHORIZATION)
            || self.headers.contains_key(header::COOKIE)
            || String::from_utf8_lossy(&self.body).contains(password)
    }
}

pub type Handler = Arc<dyn Fn(&Recorded) -> Response<Body> + Send + Sync>;

/// A recording HTTP(S) server on `127.0.0.1`.
pub struct Fake {
    pub addr: SocketAddr,
    /// `http(s)://127.0.0.1:PORT/`
    pub base: String,
    /// The self-signed certificate of an HTTPS fake.
    pub cert_pem: Option<String>,
    log: Arc<Mutex<Vec<Recorded>>>,
    connections: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl Drop for Fake {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn tls_acceptor() -> (tokio_rustls::TlsAcceptor, String) {
    let key = rcgen::KeyPair::generate().unwrap();
    let params = rcgen::CertificateParams::new(vec!["127.0.0.1".to_owned()]).unwrap();
    let cert = params.self_signed(&key).unwrap();
    let pem = cert.pem();
    let der = rustls::pki_types::CertificateDer::from(cert.der().to_vec());
    let key = rustls::pki_types::PrivateKeyDer::try_from(key.serialize_der()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![der], key)
        .unwrap();
    (tokio_rustls::TlsAcceptor::from(Arc::new(config)), pem)
}

impl Fake {
    pub async fn http(handler: Handler) -> Self {
        Self::start(handler, false).await
    }

    pub async fn https(handler: Handler) -> Self {
        Self::start(handler, true).await
    }

    /// A fake that answers `200 {}` to everything and records what it gets.
    pub async fn sink() -> Self {
        Self::http(Arc::new(|_| json_response(StatusCode::OK, json!({})))).await
    }

    async fn start(handler: Handler, https: bool) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tls, cert_pem) = if https {
            let (a, pem) = tls_acceptor();
            (Some(a), Some(pem))
        } else {
            (None, None)
        };
        let log = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let (log2, conns2) = (log.clone(), connections.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                conns2.fetch_add(1, Ordering::SeqCst);
                let (handler, log, tls) = (handler.clone(), log2.clone(), tls.clone());
                tokio::spawn(async move {
                    let service =
                        hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
                            let (handler, log) = (handler.clone(), log.clone());
                            async move {
                                let (parts, body) = req.into_parts();
                                let body = axum::body::to_bytes(Body::new(body), usize::MAX)
                                    .await
                                    .unwrap_or_default();
                                let rec = Recorded {
                                    method: parts.method.to_string(),
                                    path: parts
                                        .uri
                                        .path_and_query()
                                        .map(|p| p.as_str().to_owned())
                                        .unwrap_or_default(),
                                    headers: parts.headers,
                                    body,
                                };
                                log.lock().unwrap().push(rec.clone());
                                Ok::<_, Infallible>(handler(&rec))
                            }
                        });
                    let http = hyper::server::conn::http1::Builder::new();
                    match tls {
                        Some(tls) => {
                            if let Ok(s) = tls.accept(tcp).await {
                                let _ = http.serve_connection(TokioIo::new(s), service).await;
                            }
                        }
                        None => {
                            let _ = http.serve_connection(TokioIo::new(tcp), service).await;
                        }
                    }
                });
            }
        });
        let scheme = if https { "https" } else { "http" };
        Self {
            addr,
            base: format!("{scheme}://{addr}/"),
            cert_pem,
            log,
            connections,
            task,
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().clone()
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    pub fn origin(&self) -> String {
        self.base.trim_end_matches('/').to_owned()
    }
}

pub fn json_response(status: StatusCode, v: Value) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(v.to_string()))
        .unwrap()
}

pub fn redirect(status: StatusCode, location: &str) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(header::LOCATION, location)
        .body(Body::empty())
        .unwrap()
}

pub const USER: &str = "admin";
pub const PASSWORD: &str = "fake-password-4242";
pub const SESSIONS: &str = "/redfish/v1/SessionService/Sessions";

/// The state of a [`MiniRedfish`]: live sessions (token to id) and resources.
#[derive(Default)]
pub struct MiniState {
    pub sessions: BTreeMap<String, u32>,
    next: u32,
    pub resources: HashMap<String, Value>,
}

/// Answers a request before the default behaviour when it returns `Some`.
pub type Hook = Arc<dyn Fn(&Recorded, &mut MiniState) -> Option<Response<Body>> + Send + Sync>;

/// A minimal Redfish service: service root, session login/logout ([`USER`]/[`PASSWORD`]),
/// token-checked GETs of `resources`, and a per-test [`Hook`].
pub struct MiniRedfish {
    pub fake: Fake,
    pub state: Arc<Mutex<MiniState>>,
}

impl MiniRedfish {
    pub async fn start(https: bool, hook: Hook) -> Self {
        let state = Arc::new(Mutex::new(MiniState::default()));
        let st = state.clone();
        let handler: Handler = Arc::new(move |r: &Recorded| {
            let mut s = st.lock().unwrap();
            if let Some(resp) = hook(r, &mut s) {
                return resp;
            }
            default_behaviour(r, &mut s)
        });
        let fake = if https {
            Fake::https(handler).await
        } else {
            Fake::http(handler).await
        };
        Self { fake, state }
    }

    pub fn session_count(&self) -> usize {
        self.state.lock().unwrap().sessions.len()
    }

    pub fn set(&self, path: &str, v: Value) {
        self.state
            .lock()
            .unwrap()
            .resources
            .insert(path.to_owned(), v);
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.fake.requests()
    }
}

pub fn token_of(r: &Recorded) -> Option<String> {
    r.headers
        .get("x-auth-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

pub fn default_behaviour(r: &Recorded, s: &mut MiniState) -> Response<Body> {
    let path = r.path.split('?').next().unwrap_or("").trim_end_matches('/');
    match (r.method.as_str(), path) {
        ("GET", "/redfish/v1") => json_response(
            StatusCode::OK,
            json!({
                "@odata.id": "/redfish/v1/",
                "@odata.type": "#ServiceRoot.v1_15_0.ServiceRoot",
                "Id": "RootService",
                "Links": {"Sessions": {"@odata.id": SESSIONS}},
                "Systems": {"@odata.id": "/redfish/v1/Systems"}
            }),
        ),
        ("POST", SESSIONS) => {
            let creds: Value = serde_json::from_slice(&r.body).unwrap_or_default();
            if creds["UserName"] != USER || creds["Password"] != PASSWORD {
                return json_response(StatusCode::UNAUTHORIZED, json!({"error": {}}));
            }
            s.next += 1;
            let id = s.next;
            let token = format!("token-{id}");
            s.sessions.insert(token.clone(), id);
            Response::builder()
                .status(StatusCode::CREATED)
                .header("X-Auth-Token", token)
                .header(header::LOCATION, format!("{SESSIONS}/{id}"))
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    json!({"@odata.id": format!("{SESSIONS}/{id}"), "Id": id.to_string()})
                        .to_string(),
                ))
                .unwrap()
        }
        _ => {
            let valid = token_of(r).is_some_and(|t| s.sessions.contains_key(&t));
            if !valid {
                return json_response(
                    StatusCode::UNAUTHORIZED,
                    json!({"error": {"code": "Base.1.8.NoValidSession"}}),
                );
            }
            if r.method == "DELETE"
                && let Some(id) = path.strip_prefix(&format!("{SESSIONS}/"))
            {
                let before = s.sessions.len();
                s.sessions.retain(|_, v| v.to_string() != id);
                return if s.sessions.len() < before {
                    Response::builder()
                        .status(StatusCode::NO_CONTENT)
                        .body(Body::empty())
                        .unwrap()
                } else {
                    json_response(StatusCode::NOT_FOUND, json!({"error": {}}))
                };
            }
            match (r.method.as_str(), s.resources.get(path)) {
                ("GET", Some(v)) => json_response(StatusCode::OK, v.clone()),
                _ => json_response(
                    StatusCode::NOT_FOUND,
                    json!({"error": {"code": "Base.1.8.ResourceNotFound"}}),
                ),
            }
        }
    }
}
