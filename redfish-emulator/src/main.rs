//! `redfish-emulator`: serve a Redfish scenario until interrupted.
//!
//! ```text
//! redfish-emulator --scenario rack --nodes 8 --port 8443 [--http] [--mockup DIR]
//! redfish-emulator --scenario rack --nodes 1 --services 1000 --services-out services.jsonl
//! ```

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RemoteDestinations, Scenario};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Kind {
    /// OCP OpenRMC rack.
    Rack,
    /// HPE iLO 6.
    Ilo,
    /// HPE iLO 7.
    Ilo7,
}

/// Serves an emulated Redfish service on the loopback interface.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Built-in scenario (ignored with --mockup).
    #[arg(long, value_enum, default_value = "rack")]
    scenario: Kind,
    /// Number of nodes of the rack scenario.
    #[arg(long, default_value_t = 8)]
    nodes: usize,
    /// Serve a DMTF mockup directory instead of a built-in scenario.
    #[arg(long)]
    mockup: Option<PathBuf>,
    /// TCP port (0: any free port). Default 8443; with --services N > 1, the services listen
    /// on PORT, PORT+1, ... when given, else on ephemeral ports.
    #[arg(long)]
    port: Option<u16>,
    /// Address to bind; loopback unless told otherwise.
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Plain HTTP instead of HTTPS.
    #[arg(long)]
    http: bool,
    /// Session inactivity timeout in seconds.
    #[arg(long, default_value_t = 1800)]
    session_timeout: u64,
    /// Collection page size.
    #[arg(long, default_value_t = 50)]
    page_size: usize,
    /// Multiplier of simulated delays (tasks, batches).
    #[arg(long, default_value_t = 1.0)]
    time_scale: f64,
    /// Write the server certificate (PEM) to this file.
    #[arg(long)]
    cert_out: Option<PathBuf>,
    /// Number of independent services to start in this process, each on its own loopback port
    /// with its own certificate, sessions and state.
    #[arg(long, default_value_t = 1)]
    services: usize,
    /// Write one JSON line per service to this file: url, sha256 (of the certificate DER),
    /// cert_pem, username, password.
    #[arg(long)]
    services_out: Option<PathBuf>,
    /// Requests kept in the request log of each service.
    #[arg(long, default_value_t = redfish_emulator::DEFAULT_LOG_CAPACITY)]
    request_log: usize,
    /// Event subscriptions to hosts other than this machine: refused (400) or stored without
    /// delivery. Events are only ever sent to loopback destinations.
    #[arg(long, value_enum, default_value = "refuse")]
    remote_destinations: Remote,
    /// Seconds an SSE stream may stay idle before a keep-alive comment.
    #[arg(long, default_value_t = 5.0)]
    sse_keep_alive: f64,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum Remote {
    Refuse,
    StoreOnly,
}

fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<(), Box<dyn std::error::Error>> {
    let started = std::time::Instant::now();
    // Every service holds a listening socket and its connections: use the whole hard limit.
    if let Err(e) = rlimit::increase_nofile_limit(u64::MAX) {
        eprintln!("warning: cannot raise the open-files limit: {e}");
    }
    let scenario = match (&args.mockup, args.scenario) {
        (Some(dir), _) => Scenario::mockup(dir.clone()),
        (None, Kind::Rack) => Scenario::rack(args.nodes),
        (None, Kind::Ilo) => Scenario::ilo(),
        (None, Kind::Ilo7) => Scenario::ilo7(),
    };
    let builder = Emulator::builder()
        .scenario(scenario)
        .https(!args.http)
        .bind(SocketAddr::new(
            args.bind,
            args.port
                .unwrap_or(if args.services > 1 { 0 } else { 8443 }),
        ))
        .session_timeout(Duration::from_secs(args.session_timeout))
        .page_size(args.page_size)
        .time_scale(args.time_scale)
        .request_log_capacity(args.request_log)
        .remote_destinations(match args.remote_destinations {
            Remote::Refuse => RemoteDestinations::Refuse,
            Remote::StoreOnly => RemoteDestinations::StoreOnly,
        })
        .sse_keep_alive(Duration::from_secs_f64(
            args.sse_keep_alive.clamp(0.001, 3600.0),
        ));
    if args.services != 1 || args.services_out.is_some() {
        return run_fleet(builder, &args, started).await;
    }
    let emu = builder.start().await?;
    if let Some(path) = &args.cert_out {
        std::fs::write(path, emu.certificate_pem())?;
    }
    println!(
        "Redfish emulator listening on {}redfish/v1/",
        emu.base_url()
    );
    println!("started in {} ms", started.elapsed().as_millis());
    if !args.http {
        println!("certificate SHA-256: {}", hex(&emu.certificate_sha256()));
    }
    for a in emu.accounts() {
        println!("account: {} / {} ({})", a.user, a.password, a.role);
    }
    println!("press Ctrl-C to stop");
    tokio::signal::ctrl_c().await?;
    emu.shutdown().await;
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `--services N`: N services in this process, described in `--services-out`.
async fn run_fleet(
    builder: redfish_emulator::EmulatorBuilder,
    args: &Args,
    started: std::time::Instant,
) -> Result<(), Box<dyn std::error::Error>> {
    let fleet = builder.start_many(args.services).await?;
    if let Some(path) = &args.services_out {
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
        for emu in fleet.services() {
            let line = serde_json::json!({
                "url": emu.base_url().as_str().trim_end_matches('/'),
                "sha256": hex(&emu.certificate_sha256()),
                "cert_pem": emu.certificate_pem(),
                "username": DEFAULT_ADMIN.user,
                "password": DEFAULT_ADMIN.password,
            });
            writeln!(out, "{line}")?;
        }
        out.flush()?;
    }
    let ports: Vec<u16> = fleet
        .services()
        .iter()
        .map(|e| e.local_addr().port())
        .collect();
    println!(
        "Redfish emulator: {} services listening on {} (ports {}..{}), started in {} ms",
        fleet.len(),
        args.bind,
        ports.iter().min().copied().unwrap_or(0),
        ports.iter().max().copied().unwrap_or(0),
        started.elapsed().as_millis()
    );
    println!("press Ctrl-C to stop");
    tokio::signal::ctrl_c().await?;
    fleet.shutdown().await;
    Ok(())
}
