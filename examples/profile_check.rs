//! Checks a service against an OCP (or any DSP0272) interoperability profile and the
//! profiles it requires, and prints a report like the DMTF Interop Validator's. Exits
//! with 1 when a Mandatory requirement fails.
//!
//! ```text
//! cargo run -p redfish-examples --example profile_check                      # embedded rack vs OpenRMC + baseline
//! cargo run -p redfish-examples --example profile_check -- --verbose         # every check, not only failures/warnings
//! cargo run -p redfish-examples --example profile_check -- --profile my.json --profiles-dir ./profiles --with ""
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use ocp_rmc::profile::{
    ConformanceReport, CrawlOptions, Profile, ProfileLibrary, ServiceSnapshot, check,
};
use redfish_client::Client;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[derive(Debug, Parser)]
#[command(about = "Check a Redfish service against an interoperability profile")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// A profile file (default: the OpenRMC rack-manager profile embedded in `ocp-rmc`).
    #[arg(long)]
    profile: Option<PathBuf>,
    /// A directory where RequiredProfiles (and --with) are looked up (default: the OCP
    /// profiles embedded in `ocp-rmc`).
    #[arg(long)]
    profiles_dir: Option<PathBuf>,
    /// Also check these profiles (NAME:MIN_VERSION, comma-separated; "" for none). The
    /// default adds the baseline the OpenRMC guide says it extends.
    #[arg(long, default_value = "OCPBaselineHardwareManagement:1.0.1")]
    with: String,
    /// Print every check, not only failures and warnings.
    #[arg(long)]
    verbose: bool,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

async fn run(client: &Client, args: &Args) -> Result<ConformanceReport, BoxError> {
    let library = match &args.profiles_dir {
        Some(dir) => ProfileLibrary::open(dir)?,
        None => ProfileLibrary::builtin(),
    };
    let main = match &args.profile {
        Some(file) => Profile::from_file(file)?,
        None => Profile::rack_manager()?,
    };
    let mut profiles = library.resolve(&main)?;
    for spec in args
        .with
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let (name, version) = match spec.split_once(':') {
            Some((n, v)) => (n, Some(v)),
            None => (spec, None),
        };
        let extra = library
            .find(name, version)
            .ok_or_else(|| match &args.profiles_dir {
                Some(dir) => format!("profile {spec} is not in {}", dir.display()),
                None => format!("profile {spec} is not embedded in ocp-rmc"),
            })?;
        for p in library.resolve(extra)? {
            if !profiles.iter().any(|q| q.name == p.name) {
                profiles.push(p);
            }
        }
    }
    let start = Instant::now();
    let snapshot = ServiceSnapshot::crawl(client, &CrawlOptions::default()).await?;
    let crawled = start.elapsed();
    let report = check(&profiles, &snapshot);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else if args.verbose {
        print!("{report}");
    } else {
        print!("{}", report.brief());
    }
    eprintln!(
        "{} resources crawled in {} ms, {} checks in {} ms",
        snapshot.len(),
        crawled.as_millis(),
        report.items.len(),
        (start.elapsed() - crawled).as_millis()
    );
    Ok(report)
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::rack(8)).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args).await;
    let conformant = result
        .as_ref()
        .map(ConformanceReport::passed)
        .unwrap_or(true);
    let code = target.finish(result).await;
    if conformant { code } else { ExitCode::FAILURE }
}
