//! Updates the rack manager's firmware (use cases 5.19 pull, 5.20 push) or nodes' firmware
//! (5.21, their system and BMC as `Targets`), following the task to the end.
//!
//! ```text
//! cargo run -p redfish-examples --example rack_firmware_update                               # pull, rack manager
//! cargo run -p redfish-examples --example rack_firmware_update -- --push rmc-2.1.0.bin
//! cargo run -p redfish-examples --example rack_firmware_update -- --nodes Node1,Node2 --image-uri https://repo/node-fw-4.2.0.bin
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use ocp_rmc::firmware::FirmwareUpdate;
use ocp_rmc::{Node, Rack};
use redfish_client::Client;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[derive(Debug, Parser)]
#[command(about = "Update OpenRMC rack-manager or node firmware")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Pull: the image URI the service downloads.
    #[arg(
        long,
        default_value = "https://firmware.example.com/openrmc/rmc-2.1.0.bin"
    )]
    image_uri: String,
    /// Push: stream this image file to the service instead.
    #[arg(long)]
    push: Option<PathBuf>,
    /// Update these nodes (comma-separated chassis Ids, or "all") instead of the rack manager.
    #[arg(long)]
    nodes: Option<String>,
}

async fn versions(rack: &Rack, nodes: &[&Node]) -> Result<Vec<String>, BoxError> {
    let mut out = Vec::new();
    if nodes.is_empty() {
        out.push(format!(
            "rack manager {}: {}",
            rack.manager_id(),
            rack.manager_firmware_version()
                .await?
                .unwrap_or_else(|| "-".into())
        ));
    }
    for n in nodes {
        let fw = n.firmware_versions().await?;
        out.push(format!(
            "{}: BIOS {}, BMC {}",
            n.id(),
            fw.bios.unwrap_or_else(|| "-".into()),
            fw.bmc.unwrap_or_else(|| "-".into())
        ));
    }
    Ok(out)
}

async fn run(client: &Client, args: &Args) -> Result<(), BoxError> {
    let rack = Rack::discover(client).await?;
    let nodes: Vec<&Node> = match args.nodes.as_deref() {
        None => Vec::new(),
        Some("all") => rack.nodes().iter().collect(),
        Some(list) => list
            .split(',')
            .map(|id| {
                rack.node(id.trim())
                    .ok_or_else(|| format!("no node {id:?} in the rack"))
            })
            .collect::<Result<_, _>>()?,
    };
    let before = versions(&rack, &nodes).await?;
    let update = match &args.push {
        Some(path) => FirmwareUpdate::push(path),
        None => FirmwareUpdate::pull(args.image_uri.as_str()),
    };
    let job = if nodes.is_empty() {
        rack.update_rack_manager(update).await?
    } else {
        rack.update_nodes(&nodes, update).await?
    };
    println!("update started, targets:");
    for t in job.targets() {
        println!("  {t}");
    }
    let mut last_percent = None;
    let outcome = job
        .wait(|p| {
            for m in &p.new_messages {
                let id = m
                    .message_id
                    .as_ref()
                    .map(|i| i.to_string())
                    .unwrap_or_default();
                // Percentages are shown from PercentComplete below.
                if id.contains("TaskProgressChanged") {
                    continue;
                }
                println!("        {}", m.message.clone().unwrap_or(id));
            }
            if p.percent_complete != last_percent {
                if let Some(pct) = p.percent_complete {
                    println!("  {pct:>3}%");
                }
                last_percent = p.percent_complete;
            }
        })
        .await?;
    println!(
        "task {}",
        outcome.task_state.as_ref().map_or("done", |s| s.as_str())
    );
    let after = versions(&rack, &nodes).await?;
    println!("\nfirmware versions:");
    for (b, a) in before.iter().zip(&after) {
        let new = a.split_once(": ").map_or(a.as_str(), |(_, v)| v);
        println!("  {b}  ->  {new}");
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::rack(4)).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args).await;
    target.finish(result).await
}
