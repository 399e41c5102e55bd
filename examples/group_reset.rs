//! Resets a group of nodes through the AggregationService, batch by batch: a temporary
//! group (use case 5.22) or, with `--persistent`, an Aggregate created for it (5.24),
//! reset (5.23), given its default boot order (5.25) and deleted again.
//!
//! ```text
//! cargo run -p redfish-examples --example group_reset
//! cargo run -p redfish-examples --example group_reset -- --reset-type ForceRestart --batch-size 3 --delay 15
//! cargo run -p redfish-examples --example group_reset -- --persistent --nodes Node1,Node2
//! ```

use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use ocp_rmc::Rack;
use ocp_rmc::group::{BatchProgress, GroupReset};
use redfish_client::Client;
use redfish_client::model::ODataId;
use redfish_client::model::resource::ResetType;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[derive(Debug, Parser)]
#[command(about = "Batched reset of a group of OpenRMC nodes")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// The reset: On, ForceOff, GracefulShutdown, GracefulRestart, ForceRestart, PowerCycle...
    #[arg(long, default_value = "ForceRestart")]
    reset_type: String,
    /// Nodes reset together.
    #[arg(long, default_value_t = 2)]
    batch_size: u32,
    /// Seconds between batches.
    #[arg(long, default_value_t = 1)]
    delay: u32,
    /// The nodes (comma-separated chassis Ids; default all).
    #[arg(long)]
    nodes: Option<String>,
    /// Use a persistent group (Aggregate) instead of a temporary one.
    #[arg(long)]
    persistent: bool,
}

fn report(start: Instant) -> impl FnMut(&BatchProgress) {
    move |b| {
        let names: Vec<&str> = b.targets.iter().map(|t| t.last_segment()).collect();
        println!(
            "  {:>6.1} s  batch {}/{} done: {}",
            start.elapsed().as_secs_f64(),
            b.batch,
            b.total_batches,
            names.join(", ")
        );
    }
}

async fn run(client: &Client, args: &Args) -> Result<(), BoxError> {
    let rack = Rack::discover(client).await?;
    let nodes: Vec<_> = match args.nodes.as_deref() {
        None => rack.nodes().iter().collect(),
        Some(list) => list
            .split(',')
            .map(|id| {
                rack.node(id.trim())
                    .ok_or_else(|| format!("no node {id:?} in the rack"))
            })
            .collect::<Result<_, _>>()?,
    };
    let systems: Vec<ODataId> = nodes
        .iter()
        .filter_map(|n| n.system_uri().cloned())
        .collect();
    let reset = GroupReset::new(ResetType::from(args.reset_type.as_str()))
        .batch_size(args.batch_size)
        .delay_between_batches(args.delay);
    println!(
        "{} of {} systems in {} batch(es) of {}, {} s apart",
        args.reset_type,
        systems.len(),
        reset.batches(systems.len()),
        args.batch_size,
        args.delay
    );
    let groups = rack.groups().await?;
    let start = Instant::now();
    if args.persistent {
        let agg = groups.create_aggregate(&systems).await?;
        println!(
            "created aggregate {} with {} elements",
            agg.uri(),
            agg.elements().len()
        );
        agg.reset(&reset).await?.wait(report(start)).await?;
        agg.set_default_boot_order().await?.wait(|_| {}).await?;
        println!("default boot order set on {} systems", agg.elements().len());
        let uri = agg.uri().clone();
        agg.delete().await?;
        println!("deleted aggregate {uri}");
    } else {
        let outcome = groups
            .reset(&systems, &reset)
            .await?
            .wait(report(start))
            .await?;
        println!(
            "task {} after {:.1} s, {} messages",
            outcome.task_state.as_ref().map_or("done", |s| s.as_str()),
            start.elapsed().as_secs_f64(),
            outcome.messages.len()
        );
    }
    println!("\nsystem power states now:");
    for n in &nodes {
        let state = n.system().await?.power_state.clone();
        println!(
            "  {:<8} {}",
            n.id(),
            state.map_or_else(|| "-".into(), |s| s.to_string())
        );
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::rack(6)).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args).await;
    target.finish(result).await
}
