//! Many clients in one process: `N` clients (default 1000) log in to embedded emulators,
//! read the chassis and systems, and log out, all concurrently through one shared
//! transport. Prints the wall time and the peak resident memory (Linux `VmHWM`).
//!
//! ```text
//! cargo run --release -p redfish-client --example scale -- 1000 10
//! ```
//! (arguments: clients, emulators)

use std::time::Instant;

use futures_util::stream::{FuturesUnordered, StreamExt};
use redfish_client::{Client, Fingerprint, TlsPolicy};
use redfish_emulator::{Emulator, Scenario};

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let clients: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(1000);
    let services: usize = args
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(10)
        .max(1);
    let mut emulators = Vec::new();
    for _ in 0..services {
        emulators.push(
            Emulator::builder()
                .scenario(Scenario::rack(2))
                .start()
                .await?,
        );
    }
    let pins: Vec<Fingerprint> = emulators
        .iter()
        .map(|e| Fingerprint(e.certificate_sha256()))
        .collect();
    let first = Client::builder(emulators[0].base_url().as_str())
        .tls_policy(TlsPolicy::Pinned(pins))
        .build()?;
    let transport = first.transport();
    let before = peak_rss_kib();
    let start = Instant::now();
    let mut all = Vec::with_capacity(clients);
    for i in 0..clients {
        let emu = &emulators[i % services];
        all.push(
            Client::builder(emu.base_url().as_str())
                .credentials("admin", "admin-password")
                .transport(transport.clone())
                .build()?,
        );
    }
    let mut jobs: FuturesUnordered<_> = all
        .iter()
        .map(|c| async move {
            let root = c.service_root().await?;
            let chassis = root.chassis()?.collect().await?.len();
            let systems = root.systems()?.collect().await?.len();
            c.logout().await?;
            Ok::<_, redfish_client::Error>(chassis + systems)
        })
        .collect();
    let (mut ok, mut failed, mut resources) = (0, 0, 0);
    while let Some(r) = jobs.next().await {
        match r {
            Ok(n) => {
                ok += 1;
                resources += n;
            }
            Err(e) => {
                failed += 1;
                eprintln!("{e}");
            }
        }
    }
    let elapsed = start.elapsed();
    let leaked: usize = emulators.iter().map(|e| e.session_count()).sum();
    println!(
        "{clients} clients on {services} services: {ok} ok, {failed} failed, {resources} members read, {leaked} sessions left, {:.2?}",
        elapsed
    );
    println!(
        "peak RSS: {:?} KiB before, {:?} KiB after",
        before,
        peak_rss_kib()
    );
    Ok(())
}
