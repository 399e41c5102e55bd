//! [`Fleet`]: one async job per service over a shared [`Transport`], bounded and always
//! logged out.
//!
//! ```no_run
//! # async fn run() -> redfish_client::Result<()> {
//! use std::time::Duration;
//! use redfish_client::{Client, Error};
//! use redfish_client::fleet::Fleet;
//!
//! let services = [("https://10.0.0.1", "ab".repeat(32)), ("https://10.0.0.2", "cd".repeat(32))];
//! let builders = services.iter().map(|(url, pin)| {
//!     Client::builder(url)
//!         .credentials("admin", "secret")
//!         .pin_certificate_sha256(pin)
//!         .expect("a valid pin")
//! });
//! let report = Fleet::new()
//!     .concurrency(512)
//!     .requests_per_service(4)
//!     .timeout(Duration::from_secs(120))
//!     .on_progress(|p| eprintln!("{}/{} done ({} failed): {}", p.done, p.total, p.failed, p.host))
//!     .run(builders, |client| async move {
//!         let root = client.service_root().await?;
//!         let systems = root.systems()?.collect_partial().await?;
//!         Ok::<_, Error>(systems.members.len())
//!     })
//!     .await;
//! for r in &report.results {
//!     match &r.result {
//!         Ok(n) => println!("{}: {n} systems", r.host),
//!         Err(e) => println!("{}: {e}", r.host),
//!     }
//! }
//! # Ok(()) }
//! ```

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use futures_util::stream;
use tokio::sync::Mutex;
use tokio::time::{Interval, MissedTickBehavior};
use tracing::Instrument;

use crate::builder::ClientBuilder;
use crate::client::Client;
use crate::error::Error;
use crate::response::host_of;
use crate::transport::Transport;

/// What a progress callback sees after each service finishes.
#[derive(Debug)]
#[non_exhaustive]
pub struct Progress<'a> {
    /// The service that just finished (`host[:port]`).
    pub host: &'a str,
    /// Whether its job succeeded.
    pub ok: bool,
    /// Services finished so far (this one included).
    pub done: usize,
    /// Of those, the failed ones.
    pub failed: usize,
    /// Services in the run.
    pub total: usize,
}

type ProgressFn = Arc<dyn Fn(&Progress<'_>) + Send + Sync>;

/// The result of one service.
#[derive(Debug)]
#[non_exhaustive]
pub struct ServiceResult<T, E = Error> {
    /// The service, `host[:port]` (as errors name it).
    pub host: String,
    /// The base URL as given.
    pub base_url: String,
    /// The job's result: its value, its error, or the client's ([`Error::Deadline`] on
    /// timeout, a login or build error...), converted with `E: From<Error>`.
    pub result: Result<T, E>,
    /// Time from the job's start to its end (logout excluded).
    pub elapsed: Duration,
}

/// The results of a [`Fleet::run`], in the order the services were given.
#[derive(Debug)]
#[non_exhaustive]
pub struct FleetReport<T, E = Error> {
    /// One result per service.
    pub results: Vec<ServiceResult<T, E>>,
    /// The whole run.
    pub elapsed: Duration,
}

impl<T, E> FleetReport<T, E> {
    /// The services whose job failed.
    pub fn failures(&self) -> impl Iterator<Item = &ServiceResult<T, E>> {
        self.results.iter().filter(|r| r.result.is_err())
    }

    /// `true` when every job succeeded.
    pub fn all_ok(&self) -> bool {
        self.results.iter().all(|r| r.result.is_ok())
    }
}

/// Runs one job per service, built on `futures` `buffer_unordered` and Tokio timers:
///
/// - at most [`Fleet::concurrency`] services at once, each client with at most
///   [`Fleet::requests_per_service`] requests in flight;
/// - an optional start rate ([`Fleet::rate_limit`]) and per-service deadline
///   ([`Fleet::timeout`]);
/// - one shared [`Transport`]: one connection pool, each client keeping its own pins or CA;
///   by default a transport with short-lived idle connections and at most
///   [`Fleet::sessions_per_service`] session per service;
/// - sessions always end: the runner logs out after each job (also after an error or a
///   timeout), and a run that is dropped midway leaves the logouts of its clients running
///   in the background ([`Transport::wait_for_logouts`]).
#[must_use]
pub struct Fleet {
    transport: Option<Transport>,
    concurrency: usize,
    requests_per_service: usize,
    sessions_per_service: usize,
    rate: Option<Duration>,
    timeout: Option<Duration>,
    logout_timeout: Duration,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for Fleet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fleet")
            .field("concurrency", &self.concurrency)
            .field("requests_per_service", &self.requests_per_service)
            .field("sessions_per_service", &self.sessions_per_service)
            .field("rate", &self.rate)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl Default for Fleet {
    fn default() -> Self {
        Self::new()
    }
}

impl Fleet {
    /// 64 services at once, 4 requests per service, one session per service, no rate
    /// limit, no deadline.
    pub fn new() -> Self {
        Self {
            transport: None,
            concurrency: 64,
            requests_per_service: 4,
            sessions_per_service: 1,
            rate: None,
            timeout: None,
            logout_timeout: Duration::from_secs(30),
            progress: None,
        }
    }

    /// Uses this transport (its pool, proxy and session budget) instead of the runner's
    /// own.
    pub fn transport(mut self, t: Transport) -> Self {
        self.transport = Some(t);
        self
    }

    /// At most `n` services worked on at once (minimum 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// At most `n` requests in flight per service (minimum 1); set on every client.
    pub fn requests_per_service(mut self, n: usize) -> Self {
        self.requests_per_service = n.max(1);
        self
    }

    /// At most `n` sessions open at once per service by the runner's own transport
    /// (default 1; ignored with [`Fleet::transport`]: set it on that transport).
    pub fn sessions_per_service(mut self, n: usize) -> Self {
        self.sessions_per_service = n.max(1);
        self
    }

    /// Starts at most `n` services per `period` (evenly spaced), e.g. to spare an
    /// authentication server behind the BMCs.
    pub fn rate_limit(mut self, n: u32, period: Duration) -> Self {
        self.rate = (n > 0).then(|| period / n).filter(|d| !d.is_zero());
        self
    }

    /// A job (login included) not done within `d` ends with [`Error::Deadline`]; its
    /// session is then logged out.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = Some(d);
        self
    }

    /// How long the logout after a job may take (default 30 s).
    pub fn logout_timeout(mut self, d: Duration) -> Self {
        self.logout_timeout = d;
        self
    }

    /// Called after each service finishes.
    pub fn on_progress(mut self, f: impl Fn(&Progress<'_>) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// The transport the run uses: the given one, or a new one for fleets (idle
    /// connections closed after 2 s and at most `requests_per_service` kept per service,
    /// the session budget).
    ///
    /// # Errors
    ///
    /// As [`TransportBuilder::build`](crate::TransportBuilder::build).
    pub fn make_transport(&self) -> crate::Result<Transport> {
        match &self.transport {
            Some(t) => Ok(t.clone()),
            None => Transport::builder()
                .pool_idle_timeout(Duration::from_secs(2))
                .max_idle_per_host(self.requests_per_service)
                .max_sessions_per_service(self.sessions_per_service)
                .build(),
        }
    }

    /// Runs `job` once per service, with the client built from its builder (the runner
    /// sets the shared transport and the per-service request bound). The job may log out
    /// itself; the runner logs out after it in any case.
    pub async fn run<T, E, F, Fut>(
        &self,
        services: impl IntoIterator<Item = ClientBuilder>,
        job: F,
    ) -> FleetReport<T, E>
    where
        F: Fn(Client) -> Fut,
        Fut: Future<Output = Result<T, E>>,
        E: From<Error>,
    {
        let start = Instant::now();
        let services: Vec<ClientBuilder> = services.into_iter().collect();
        let total = services.len();
        let transport = match self.make_transport() {
            Ok(t) => t,
            Err(e) => {
                let msg = e.to_string();
                let results = services
                    .into_iter()
                    .map(|b| ServiceResult {
                        host: host_of_str(b.base_url()),
                        base_url: b.base_url().to_owned(),
                        result: Err(E::from(Error::InvalidInput(msg.clone()))),
                        elapsed: Duration::ZERO,
                    })
                    .collect();
                return FleetReport {
                    results,
                    elapsed: start.elapsed(),
                };
            }
        };
        let pacer: Option<Mutex<Interval>> = self.rate.map(|period| {
            let mut i = tokio::time::interval(period);
            i.set_missed_tick_behavior(MissedTickBehavior::Delay);
            Mutex::new(i)
        });
        let (done, failed) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let (job, pacer, transport, done, failed) = (&job, &pacer, &transport, &done, &failed);
        let mut results: Vec<(usize, ServiceResult<T, E>)> =
            stream::iter(services.into_iter().enumerate())
                .map(|(i, builder)| async move {
                    if let Some(p) = pacer {
                        p.lock().await.tick().await;
                    }
                    let r = self.one(builder, transport, job).await;
                    let n = done.fetch_add(1, Ordering::SeqCst) + 1;
                    let f = if r.result.is_err() {
                        failed.fetch_add(1, Ordering::SeqCst) + 1
                    } else {
                        failed.load(Ordering::SeqCst)
                    };
                    if let Some(cb) = &self.progress {
                        cb(&Progress {
                            host: &r.host,
                            ok: r.result.is_ok(),
                            done: n,
                            failed: f,
                            total,
                        });
                    }
                    (i, r)
                })
                .buffer_unordered(self.concurrency)
                .collect()
                .await;
        results.sort_by_key(|(i, _)| *i);
        FleetReport {
            results: results.into_iter().map(|(_, r)| r).collect(),
            elapsed: start.elapsed(),
        }
    }

    async fn one<T, E, F, Fut>(
        &self,
        builder: ClientBuilder,
        transport: &Transport,
        job: &F,
    ) -> ServiceResult<T, E>
    where
        F: Fn(Client) -> Fut,
        Fut: Future<Output = Result<T, E>>,
        E: From<Error>,
    {
        let base_url = builder.base_url().to_owned();
        let start = Instant::now();
        let client = match builder
            .transport(transport.clone())
            .max_concurrent_requests(self.requests_per_service)
            .build()
        {
            Ok(c) => c,
            Err(e) => {
                return ServiceResult {
                    host: host_of_str(&base_url),
                    base_url,
                    result: Err(E::from(e)),
                    elapsed: start.elapsed(),
                };
            }
        };
        let host = client.host().to_owned();
        let span = tracing::info_span!("redfish_fleet_job", host = %host);
        let fut = job(client.clone()).instrument(span);
        let result = match self.timeout {
            Some(d) => match tokio::time::timeout(d, fut).await {
                Ok(r) => r,
                Err(_) => Err(E::from(Error::Deadline {
                    host: Arc::from(host.as_str()),
                    after: d,
                })),
            },
            None => fut.await,
        };
        let elapsed = start.elapsed();
        // Explicit on the normal path (errors are logged); dropping `client` afterwards
        // would only spawn it in the background.
        match tokio::time::timeout(self.logout_timeout, client.logout_and_close()).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(host = %host, error = %e, "logout failed"),
            Err(_) => tracing::warn!(host = %host, "logout timed out"),
        }
        ServiceResult {
            host,
            base_url,
            result,
            elapsed,
        }
    }
}

fn host_of_str(base: &str) -> String {
    url::Url::parse(base)
        .map(|u| host_of(&u))
        .unwrap_or_else(|_| base.to_owned())
}
