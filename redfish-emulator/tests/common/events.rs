//! Test helpers for events: an SSE reader over reqwest and loopback push listeners (HTTP and
//! HTTPS) that record what they receive.

use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use axum::http::{HeaderMap, StatusCode};
use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use serde_json::Value;
use tokio::sync::mpsc;

use super::Api;

/// One SSE block.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub id: Option<String>,
    pub data: Option<String>,
    pub comment: bool,
}

impl Frame {
    pub fn json(&self) -> Value {
        serde_json::from_str(self.data.as_deref().unwrap()).unwrap()
    }

    pub fn id(&self) -> u64 {
        self.id.as_deref().unwrap().parse().unwrap()
    }
}

type Body = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send>>;

/// An open SSE stream.
pub struct Sse {
    pub status: reqwest::StatusCode,
    pub headers: reqwest::header::HeaderMap,
    body: Body,
    buf: Vec<u8>,
}

impl Sse {
    /// Opens the stream (`query` is appended to the URI, e.g. `?$filter=...`).
    pub async fn open(api: &Api<'_>, query: &str, last_event_id: Option<u64>) -> Sse {
        let mut req = api.req(
            reqwest::Method::GET,
            &format!("/redfish/v1/EventService/SSE{query}"),
        );
        if let Some(id) = last_event_id {
            req = req.header("Last-Event-ID", id.to_string());
        }
        let resp = req.send().await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let mut sse = Sse {
            status,
            headers,
            body: Box::pin(resp.bytes_stream()),
            buf: Vec::new(),
        };
        if status == reqwest::StatusCode::OK {
            // The service opens every stream with a comment (or a buffer notice).
            let first = sse.frame().await.expect("first block");
            assert!(first.comment || first.data.is_some(), "{first:?}");
            if let Some(data) = first.data {
                // Put the notice back for the test to read.
                sse.buf
                    .splice(0..0, format!("data: {data}\n\n").into_bytes());
            }
        }
        sse
    }

    /// The next block (comments included); `None` when the stream ends or fails.
    pub async fn frame(&mut self) -> Option<Frame> {
        loop {
            if let Some(end) = self.buf.windows(2).position(|w| w == b"\n\n") {
                let block: Vec<u8> = self.buf.drain(..end + 2).collect();
                let text = String::from_utf8(block).unwrap();
                let mut f = Frame {
                    id: None,
                    data: None,
                    comment: false,
                };
                for line in text.lines() {
                    if let Some(v) = line.strip_prefix("id:") {
                        f.id = Some(v.trim_start().to_owned());
                    } else if let Some(v) = line.strip_prefix("data:") {
                        let v = v.strip_prefix(' ').unwrap_or(v);
                        f.data = Some(match f.data.take() {
                            Some(d) => format!("{d}\n{v}"),
                            None => v.to_owned(),
                        });
                    } else if line.starts_with(':') {
                        f.comment = true;
                    }
                }
                return Some(f);
            }
            let chunk = tokio::time::timeout(Duration::from_secs(20), self.body.next())
                .await
                .expect("SSE read timed out")?;
            match chunk {
                Ok(b) => self.buf.extend_from_slice(&b),
                Err(_) => return None,
            }
        }
    }

    /// The next block with data (keep-alive comments skipped).
    pub async fn data(&mut self) -> Option<Frame> {
        loop {
            let f = self.frame().await?;
            if f.data.is_some() {
                return Some(f);
            }
        }
    }

    /// The next Event payload (metric reports and comments skipped).
    pub async fn event(&mut self) -> Option<(u64, Value)> {
        loop {
            let f = self.data().await?;
            let v = f.json();
            if v["@odata.type"].as_str().unwrap().ends_with(".Event") {
                return Some((f.id(), v));
            }
        }
    }

    /// True when the stream ends (cleanly or not) before `within`.
    pub async fn ends_within(&mut self, within: Duration) -> bool {
        tokio::time::timeout(within, async { while self.frame().await.is_some() {} })
            .await
            .is_ok()
    }
}

/// The `MessageId`s of an Event payload's records.
pub fn ids(event: &Value) -> Vec<String> {
    event["Events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["MessageId"].as_str().unwrap().to_owned())
        .collect()
}

/// The message keys (`ResourceChanged`) of an Event payload's records.
pub fn keys(event: &Value) -> Vec<String> {
    ids(event)
        .iter()
        .map(|id| id.rsplit('.').next().unwrap().to_owned())
        .collect()
}

/// A POST a listener received.
#[derive(Debug)]
pub struct Received {
    pub headers: HeaderMap,
    pub body: Value,
}

/// A loopback event listener.
pub struct Listener {
    pub url: String,
    pub rx: mpsc::UnboundedReceiver<Received>,
    /// The next this-many POSTs get `500` (and are not recorded).
    pub fail: Arc<AtomicU32>,
    /// Every POST received, failed ones included.
    pub attempts: Arc<AtomicU32>,
    pub task: tokio::task::JoinHandle<()>,
}

impl Listener {
    /// The next event received (within 10 s).
    pub async fn next(&mut self) -> Received {
        tokio::time::timeout(Duration::from_secs(10), self.rx.recv())
            .await
            .expect("no event delivered")
            .unwrap()
    }

    /// True when nothing arrives for `quiet`.
    pub async fn silent_for(&mut self, quiet: Duration) -> bool {
        tokio::time::timeout(quiet, self.rx.recv()).await.is_err()
    }

    pub fn fail_next(&self, n: u32) {
        self.fail.store(n, Ordering::SeqCst);
    }

    pub fn attempts(&self) -> u32 {
        self.attempts.load(Ordering::SeqCst)
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn router(
    tx: mpsc::UnboundedSender<Received>,
    fail: Arc<AtomicU32>,
    attempts: Arc<AtomicU32>,
) -> axum::Router {
    axum::Router::new().fallback(move |headers: HeaderMap, body: Bytes| {
        let tx = tx.clone();
        let fail = Arc::clone(&fail);
        let attempts = Arc::clone(&attempts);
        async move {
            attempts.fetch_add(1, Ordering::SeqCst);
            if fail
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                .is_ok()
            {
                return StatusCode::INTERNAL_SERVER_ERROR;
            }
            let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            let _ = tx.send(Received { headers, body });
            StatusCode::NO_CONTENT
        }
    })
}

/// A plain HTTP listener on 127.0.0.1.
pub async fn listener() -> Listener {
    let (tx, rx) = mpsc::unbounded_channel();
    let fail = Arc::new(AtomicU32::new(0));
    let attempts = Arc::new(AtomicU32::new(0));
    let app = router(tx, Arc::clone(&fail), Arc::clone(&attempts));
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = tcp.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let _ = axum::serve(tcp, app).await;
    });
    Listener {
        url: format!("http://{addr}/events"),
        rx,
        fail,
        attempts,
        task,
    }
}

/// An HTTPS listener on 127.0.0.1 with a self-signed certificate for `127.0.0.1`; returns it
/// and the certificate (PEM).
pub async fn tls_listener() -> (Listener, String) {
    super::install_provider();
    let ck = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let cert_pem = ck.cert.pem();
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(ck.signing_key.serialize_der().into());
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![ck.cert.der().clone()], key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let (tx, rx) = mpsc::unbounded_channel();
    let fail = Arc::new(AtomicU32::new(0));
    let attempts = Arc::new(AtomicU32::new(0));
    let app = router(tx, Arc::clone(&fail), Arc::clone(&attempts));
    let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = tcp.local_addr().unwrap();
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = tcp.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            let app = app.clone();
            tokio::spawn(async move {
                // A client that refuses the certificate ends the handshake: nothing to serve.
                let Ok(tls) = acceptor.accept(stream).await else {
                    return;
                };
                let svc = hyper_util::service::TowerToHyperService::new(app);
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(tls), svc)
                    .await;
            });
        }
    });
    (
        Listener {
            url: format!("https://{addr}/events"),
            rx,
            fail,
            attempts,
            task,
        },
        cert_pem,
    )
}
