//! A fleet of services managed at once: login, inventory of systems, chassis and managers
//! (each member read), logout, through one shared transport with a pinned certificate per
//! service and the [`Fleet`] runner (global concurrency 512, 4 requests per service).
//!
//! The emulators run in a separate process, so that the peak RSS printed is the client's:
//! `redfish-emulator --scenario rack --nodes 1 --services N --services-out FILE` serves N
//! independent services, each with its own certificate, and lists them in FILE (one JSON
//! object per line: `url`, `sha256`, `username`, `password`). After each run every
//! service's `SessionService/Sessions` is read (HTTP Basic, which opens no session) to
//! count the sessions left open.
//!
//! ```sh
//! cargo build --release -p redfish-emulator          # the emulator binary
//! cargo bench -p redfish-benches --bench fleet        # 100, 1,000 and 10,000 services
//! REDFISH_FLEET_SIZES=10000 cargo bench -p redfish-benches --bench fleet
//! ```
//!
//! `REDFISH_EMULATOR_BIN` names another emulator binary. Without a binary that knows
//! `--services`, the services are started in this process instead (`in-process` in the
//! output: the RSS then includes the emulators).

// A benchmark aborts on setup failure; there is nobody to return an error to.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use futures_util::{StreamExt, TryStreamExt, stream};
use redfish_client::fleet::Fleet;
use redfish_client::{AuthMode, Client, ClientBuilder, Error, RetryPolicy};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RunningEmulator, Scenario};
use redfish_model::{Collection, ODataId};
use serde_json::Value;

const CONCURRENCY: usize = 512;
const PER_SERVICE: usize = 4;

#[derive(Clone)]
struct Service {
    url: String,
    sha256: String,
    username: String,
    password: String,
}

/// Where the services run: another process (the point of the bench) or this one.
enum Host {
    Process(Child),
    /// Kept to keep them running.
    InProcess {
        _running: Vec<RunningEmulator>,
    },
}

impl Drop for Host {
    fn drop(&mut self) {
        if let Host::Process(child) = self {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn emulator_bin() -> PathBuf {
    std::env::var_os("REDFISH_EMULATOR_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/release/redfish-emulator")
        })
}

/// Starts `n` services in a separate emulator process; `None` when the binary is missing
/// or does not know `--services`.
fn spawn_services(n: usize) -> Option<(Host, Vec<Service>)> {
    let bin = emulator_bin();
    if !bin.exists() {
        return None;
    }
    let file = std::env::temp_dir().join(format!("redfish-fleet-{}-{n}.jsonl", std::process::id()));
    let mut child = Command::new(&bin)
        .args(["--scenario", "rack", "--nodes", "1", "--services"])
        .arg(n.to_string())
        .arg("--services-out")
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut out = BufReader::new(child.stdout.take()?);
    let mut line = String::new();
    loop {
        line.clear();
        if out.read_line(&mut line).ok()? == 0 {
            let _ = child.wait();
            return None;
        }
        if line.contains("listening") {
            break;
        }
    }
    // Keep draining the emulator's output so that it never blocks on a full pipe.
    std::thread::spawn(move || {
        let mut sink = String::new();
        while out.read_line(&mut sink).map(|n| n > 0).unwrap_or(false) {
            sink.clear();
        }
    });
    let text = std::fs::read_to_string(&file).ok()?;
    let _ = std::fs::remove_file(&file);
    let services: Vec<Service> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("a JSON line per service");
            let s = |k: &str| v[k].as_str().expect(k).to_owned();
            Service {
                url: s("url"),
                sha256: s("sha256"),
                username: s("username"),
                password: s("password"),
            }
        })
        .collect();
    assert_eq!(services.len(), n, "one line per service");
    Some((Host::Process(child), services))
}

async fn in_process(n: usize) -> (Host, Vec<Service>) {
    let emus: Vec<RunningEmulator> = stream::iter(0..n)
        .map(|_| Emulator::builder().scenario(Scenario::rack(1)).start())
        .buffer_unordered(64)
        .try_collect()
        .await
        .expect("emulators");
    let services = emus
        .iter()
        .map(|e| Service {
            url: e.base_url().to_string(),
            sha256: e
                .certificate_sha256()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
            username: DEFAULT_ADMIN.user.into(),
            password: DEFAULT_ADMIN.password.into(),
        })
        .collect();
    (Host::InProcess { _running: emus }, services)
}

fn builders(services: &[Service]) -> impl Iterator<Item = ClientBuilder> + '_ {
    services.iter().map(|s| {
        Client::builder(&s.url)
            .credentials(&s.username, &s.password)
            .pin_certificate_sha256(&s.sha256)
            .expect("pin")
            .retry_policy(RetryPolicy::default().max_retries(2))
    })
}

async fn inventory(client: Client) -> Result<usize, Error> {
    let root = client.service_root().await?;
    let (s, c, m) = (root.systems()?, root.chassis()?, root.managers()?);
    let (systems, chassis, managers) =
        futures_util::try_join!(s.collect(), c.collect(), m.collect())?;
    Ok(systems.len() + chassis.len() + managers.len())
}

struct Outcome {
    wall: Duration,
    failures: usize,
    members: usize,
}

async fn run_fleet(services: &[Service]) -> Outcome {
    let start = Instant::now();
    let report = Fleet::new()
        .concurrency(CONCURRENCY)
        .requests_per_service(PER_SERVICE)
        .timeout(Duration::from_secs(300))
        .run(builders(services), inventory)
        .await;
    let wall = start.elapsed();
    for f in report.failures().take(5) {
        if let Err(e) = &f.result {
            eprintln!("  {}: {e}", f.host);
        }
    }
    Outcome {
        wall,
        failures: report.failures().count(),
        members: report
            .results
            .iter()
            .filter_map(|r| r.result.as_ref().ok())
            .sum(),
    }
}

/// Sessions still open on every service, read with HTTP Basic (which opens none); the
/// services that could not be read are counted apart.
async fn sessions_left(services: &[Service]) -> (usize, usize) {
    let report = Fleet::new()
        .concurrency(CONCURRENCY)
        .run(
            builders(services).map(|b| b.auth_mode(AuthMode::Basic)),
            |client| async move {
                let sessions = client
                    .get::<Collection>(&ODataId::new("/redfish/v1/SessionService/Sessions"))
                    .await?;
                Ok::<_, Error>(sessions.count.unwrap_or(0) as usize)
            },
        )
        .await;
    for f in report.failures().take(3) {
        if let Err(e) = &f.result {
            eprintln!("  sessions of {}: {e}", f.host);
        }
    }
    let left = report
        .results
        .iter()
        .filter_map(|r| r.result.as_ref().ok())
        .sum();
    (left, report.failures().count())
}

fn status_kib(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn sizes() -> Vec<usize> {
    std::env::var("REDFISH_FLEET_SIZES")
        .unwrap_or_else(|_| "100,1000,10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

fn fleet(c: &mut Criterion) {
    // 10,000 services: a socket each in flight plus the pool; take what the system allows.
    let _ = rlimit::increase_nofile_limit(u64::MAX);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    for n in sizes() {
        let (host, services) = match spawn_services(n) {
            Some(found) => found,
            None => rt.block_on(in_process(n)),
        };
        let mode = match host {
            Host::Process(_) => "emulators in a separate process",
            Host::InProcess { .. } => "in-process emulators (RSS includes them)",
        };
        let before = status_kib("VmRSS:");
        let out = rt.block_on(run_fleet(&services));
        let peak = status_kib("VmHWM:");
        let (left, unread) = rt.block_on(sessions_left(&services));
        println!(
            "fleet_{n}: {n} services, {mode}, {n} distinct pins, concurrency {CONCURRENCY}: \
             wall {:.2} s, {} members read, {} failures, {left} sessions left open \
             ({unread} services unreadable), process RSS {} MiB before, peak {} MiB",
            out.wall.as_secs_f64(),
            out.members,
            out.failures,
            before / 1024,
            peak / 1024,
        );
        if n <= 100 {
            let mut g = c.benchmark_group(format!("fleet_{n}"));
            g.sample_size(10);
            g.bench_function("login_inventory_logout", |b| {
                b.to_async(&rt).iter(|| async {
                    let o = run_fleet(&services).await;
                    assert_eq!(o.failures, 0);
                })
            });
            g.finish();
        }
        drop(host);
    }
}

criterion_group!(benches, fleet);
criterion_main!(benches);
