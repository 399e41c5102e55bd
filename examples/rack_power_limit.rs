//! Reads rack and node power (use cases 5.2, 5.6) and caps it (5.3, 5.7): the rack by
//! default, one node with `--node`, capping off with `--off`.
//!
//! ```text
//! cargo run -p redfish-examples --example rack_power_limit                      # cap the rack at 90 % of its draw
//! cargo run -p redfish-examples --example rack_power_limit -- --watts 9000 --exception HardPowerOff
//! cargo run -p redfish-examples --example rack_power_limit -- --node Node3 --watts 300
//! cargo run -p redfish-examples --example rack_power_limit -- --off
//! ```

use std::process::ExitCode;

use clap::Parser;
use ocp_rmc::Rack;
use ocp_rmc::power::{PowerLimit, PowerLimitSetting, PowerUsage};
use redfish_client::Client;
use redfish_client::model::power::PowerLimitException;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[derive(Debug, Parser)]
#[command(about = "Read and set OpenRMC rack or node power limits")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Cap this node (its chassis Id) instead of the rack.
    #[arg(long)]
    node: Option<String>,
    /// The limit in watts (default: 90 % of the current draw).
    #[arg(long)]
    watts: Option<f64>,
    /// What the service does when the cap cannot be held: NoAction, HardPowerOff, LogEventOnly.
    #[arg(long, default_value = "LogEventOnly")]
    exception: String,
    /// Time allowed to get under the cap, in milliseconds.
    #[arg(long)]
    correction_ms: Option<u32>,
    /// Remove the cap instead.
    #[arg(long, conflicts_with = "watts")]
    off: bool,
}

fn w(v: Option<f64>) -> String {
    v.map_or_else(|| "-".into(), |w| format!("{w:.0} W"))
}

fn show(what: &str, u: &PowerUsage) {
    println!(
        "{what}: {} now, min {} / avg {} / max {}{}, capacity {}, limit {}",
        w(u.consumed_watts),
        w(u.min_consumed_watts),
        w(u.average_consumed_watts),
        w(u.max_consumed_watts),
        u.interval_min
            .map(|i| format!(" over {i} min"))
            .unwrap_or_default(),
        w(u.capacity_watts),
        limit(u.limit.as_ref()),
    );
}

fn limit(l: Option<&PowerLimit>) -> String {
    match l {
        Some(PowerLimit {
            limit_in_watts: Some(v),
            limit_exception,
            correction_in_ms,
            ..
        }) => format!(
            "{v:.0} W ({}, correction {})",
            limit_exception.as_ref().map_or("-", |e| e.as_str()),
            correction_in_ms
                .map(|c| format!("{c} ms"))
                .unwrap_or_else(|| "-".into())
        ),
        _ => "none".into(),
    }
}

async fn run(client: &Client, args: &Args) -> Result<(), BoxError> {
    let rack = Rack::discover(client).await?;
    let node = match &args.node {
        Some(id) => Some(rack.node(id).ok_or_else(|| {
            let ids: Vec<&str> = rack.nodes().iter().map(|n| n.id()).collect();
            format!("no node {id:?} in the rack (nodes: {})", ids.join(", "))
        })?),
        None => None,
    };
    let (what, before) = match node {
        Some(n) => (format!("node {}", n.id()), n.power_usage().await?),
        None => (format!("rack {}", rack.id()), rack.power_usage().await?),
    };
    show(&format!("{what} before"), &before);

    let setting = if args.off {
        PowerLimitSetting::off()
    } else {
        let watts = match (args.watts, before.consumed_watts) {
            (Some(w), _) => w,
            (None, Some(now)) => (now * 0.9).round(),
            (None, None) => return Err("the service reports no consumption: give --watts".into()),
        };
        let mut s = PowerLimitSetting::watts(watts)
            .exception(PowerLimitException::from(args.exception.as_str()));
        if let Some(c) = args.correction_ms {
            s = s.correction_ms(c);
        }
        s
    };
    let applied = match node {
        Some(n) => n.set_power_limit(&setting).await?,
        None => rack.set_power_limit(&setting).await?,
    };
    println!("{what} limit now: {}", limit(Some(&applied)));
    let after = match node {
        Some(n) => n.power_usage().await?,
        None => rack.power_usage().await?,
    };
    show(&format!("{what} after"), &after);
    if node.is_none() {
        println!("\nper node:");
        for n in rack.nodes() {
            let u = n.power_usage().await?;
            println!(
                "  {:<8} {:>7}  limit {}",
                n.id(),
                w(u.consumed_watts),
                limit(u.limit.as_ref())
            );
        }
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
