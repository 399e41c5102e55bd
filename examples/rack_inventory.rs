//! The first command to run against an OpenRMC rack manager: finds the rack, its rack
//! manager and its nodes, and prints the whole-rack health / power / temperature /
//! firmware report, gathered concurrently.
//!
//! ```text
//! cargo run -p redfish-examples --example rack_inventory                 # embedded 8-node rack
//! cargo run -p redfish-examples --example rack_inventory -- --nodes 32 --json
//! REDFISH_URL=https://rmc REDFISH_PASSWORD=... cargo run -p redfish-examples --example rack_inventory
//! ```

use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use ocp_rmc::Rack;
use ocp_rmc::report::{RackReport, ReportOptions};
use redfish_client::Client;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[derive(Debug, Parser)]
#[command(about = "Whole-rack report of an OCP OpenRMC rack manager")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Nodes of the embedded rack (ignored with --url).
    #[arg(long, default_value_t = 8)]
    nodes: usize,
    /// Nodes read at once.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Print the report as JSON instead of tables.
    #[arg(long)]
    json: bool,
}

/// Discovers the rack and prints its report (chassis or managers that cannot be read are
/// listed among the rack's errors); returns the report.
async fn run(client: &Client, args: &Args) -> Result<RackReport, BoxError> {
    let start = Instant::now();
    let rack = Rack::discover(client).await?;
    let discovered = start.elapsed();
    let report = rack
        .report_with(&ReportOptions::default().concurrency(args.concurrency))
        .await?;
    let total = start.elapsed();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{report}");
    }
    eprintln!(
        "discovered in {} ms, report of {} nodes in {} ms",
        discovered.as_millis(),
        report.nodes.len(),
        (total - discovered).as_millis()
    );
    Ok(report)
}

#[tokio::main]
#[cfg_attr(test, allow(dead_code))]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::rack(args.nodes)).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args).await;
    target.finish(result).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use redfish_emulator::Emulator;

    /// The report completes on a rack where a chassis member answers 404, listing it.
    #[tokio::test]
    async fn the_report_lists_a_missing_member_and_completes() {
        let emu = Emulator::builder()
            .scenario(Scenario::rack(2))
            .start()
            .await
            .unwrap();
        let ghost = "/redfish/v1/Chassis/Ghost";
        let mut chassis = emu.resource("/redfish/v1/Chassis").unwrap();
        chassis["Members"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"@odata.id": ghost}));
        emu.set_resource("/redfish/v1/Chassis", chassis);
        let client = Client::builder(emu.base_url().as_str())
            .credentials("admin", "admin-password")
            .add_root_certificate_pem(emu.certificate_pem())
            .build()
            .unwrap();
        let args = Args::parse_from(["rack_inventory"]);
        let report = run(&client, &args).await.unwrap();
        assert_eq!(report.nodes.len(), 2);
        assert!(
            report.rack.errors.iter().any(|e| e.contains(ghost)),
            "{:?}",
            report.rack.errors
        );
        client.logout().await.unwrap();
    }
}
