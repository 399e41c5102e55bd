//! `redfish-emulator`: serve a Redfish scenario until interrupted.
//!
//! ```text
//! redfish-emulator --scenario rack --nodes 8 --port 8443 [--http] [--mockup DIR]
//! ```

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, ValueEnum};
use redfish_emulator::{DEFAULT_ADMIN, DEFAULT_OPERATOR, DEFAULT_READONLY, Emulator, Scenario};

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
    /// TCP port (0: any free port).
    #[arg(long, default_value_t = 8443)]
    port: u16,
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
    let scenario = match (&args.mockup, args.scenario) {
        (Some(dir), _) => Scenario::mockup(dir.clone()),
        (None, Kind::Rack) => Scenario::rack(args.nodes),
        (None, Kind::Ilo) => Scenario::ilo(),
        (None, Kind::Ilo7) => Scenario::ilo7(),
    };
    let emu = Emulator::builder()
        .scenario(scenario)
        .https(!args.http)
        .bind(SocketAddr::new(args.bind, args.port))
        .session_timeout(Duration::from_secs(args.session_timeout))
        .page_size(args.page_size)
        .time_scale(args.time_scale)
        .start()
        .await?;
    if let Some(path) = &args.cert_out {
        std::fs::write(path, emu.certificate_pem())?;
    }
    let fp: String = emu
        .certificate_sha256()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    println!(
        "Redfish emulator listening on {}redfish/v1/",
        emu.base_url()
    );
    println!("started in {} ms", started.elapsed().as_millis());
    if !args.http {
        println!("certificate SHA-256: {fp}");
    }
    for c in [DEFAULT_ADMIN, DEFAULT_OPERATOR, DEFAULT_READONLY] {
        println!("account: {} / {} ({})", c.user, c.password, c.role);
    }
    println!("press Ctrl-C to stop");
    tokio::signal::ctrl_c().await?;
    emu.shutdown().await;
    Ok(())
}
