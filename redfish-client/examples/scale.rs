//! Many services from one process with the fleet runner: `N` embedded emulators (default
//! 200), each with its own self-signed certificate, are inventoried at once through one
//! shared transport, each client pinning its own service's certificate. Prints the results,
//! the wall time and the peak resident memory (Linux `VmHWM`; it includes the emulators).
//!
//! ```text
//! cargo run --release -p redfish-client --example scale -- 200
//! ```
//! (argument: services). The `fleet` bench measures the same with the emulators in
//! another process.

use std::time::Instant;

use futures_util::{StreamExt, TryStreamExt, stream};
use redfish_client::fleet::Fleet;
use redfish_client::{Client, Error, Fingerprint};
use redfish_emulator::{Emulator, RunningEmulator, Scenario};

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let services: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(200)
        .max(1);
    let emulators: Vec<RunningEmulator> = stream::iter(0..services)
        .map(|_| Emulator::builder().scenario(Scenario::rack(1)).start())
        .buffer_unordered(32)
        .try_collect()
        .await?;
    let before = peak_rss_kib();
    let start = Instant::now();
    let builders = emulators.iter().map(|e| {
        Client::builder(e.base_url().as_str())
            .credentials("admin", "admin-password")
            .pin_certificate(Fingerprint(e.certificate_sha256()))
    });
    let report = Fleet::new()
        .concurrency(256)
        .requests_per_service(4)
        .on_progress(|p| {
            if p.done % 100 == 0 || p.done == p.total {
                eprintln!("{}/{} done, {} failed", p.done, p.total, p.failed);
            }
        })
        .run(builders, |client| async move {
            let root = client.service_root().await?;
            let chassis = root.chassis()?.collect_partial().await?;
            let systems = root.systems()?.collect_partial().await?;
            Ok::<_, Error>(chassis.members.len() + systems.members.len())
        })
        .await;
    for f in report.failures() {
        if let Err(e) = &f.result {
            eprintln!("{}: {e}", f.host);
        }
    }
    let read: usize = report
        .results
        .iter()
        .filter_map(|r| r.result.as_ref().ok())
        .sum();
    let leaked: usize = emulators.iter().map(RunningEmulator::session_count).sum();
    println!(
        "{services} services: {} failed, {read} members read, {leaked} sessions left, {:.2?}",
        report.failures().count(),
        start.elapsed()
    );
    println!(
        "peak RSS: {:?} KiB before, {:?} KiB after",
        before,
        peak_rss_kib()
    );
    Ok(())
}
