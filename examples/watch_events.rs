//! Follows a service's Server-Sent Events stream and prints each event with its message
//! resolved against the message registries (embedded and served). On the embedded rack
//! another task resets a node and changes the rack's power limit meanwhile; against a real
//! service (`--url`) it only watches. It exits after `--count` events or `--timeout`
//! seconds.
//!
//! ```text
//! cargo run -p redfish-examples --example watch_events
//! cargo run -p redfish-examples --example watch_events -- --count 20 --registry-prefix ResourceEvent
//! cargo run -p redfish-examples --example watch_events -- --url https://10.0.0.5 --timeout 600
//! ```

use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use futures_util::StreamExt;
use ocp_rmc::Rack;
use ocp_rmc::power::PowerLimitSetting;
use redfish_client::Client;
use redfish_client::events::{EventFormatType, EventItem, Filter, MessageResolver};
use redfish_client::model::resource::ResetType;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[derive(Debug, Parser)]
#[command(about = "Follow the Redfish event stream (SSE) and print resolved messages")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Stop after this many event payloads.
    #[arg(long, default_value_t = 3)]
    count: usize,
    /// Stop after this many seconds.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Only messages of this registry (`$filter=RegistryPrefix eq ...`).
    #[arg(long)]
    registry_prefix: Option<String>,
}

async fn print(resolver: &MessageResolver, item: &EventItem) {
    match item {
        EventItem::Event { id, event } => {
            for r in event.events.iter().flatten() {
                let origin = r
                    .origin_of_condition
                    .as_ref()
                    .map(|o| o.odata_id.as_str())
                    .unwrap_or("-");
                let id = id.as_deref().unwrap_or("-");
                match resolver.resolve(r).await {
                    Some(m) => println!(
                        "[{id}] {:<8} {} ({origin}){}",
                        m.severity
                            .map(|s| s.as_str().to_owned())
                            .unwrap_or_default(),
                        m.message,
                        m.resolution
                            .filter(|r| !r.is_empty() && r != "None.")
                            .map(|r| format!("\n         resolution: {r}"))
                            .unwrap_or_default()
                    ),
                    None => println!(
                        "[{id}] {:?}: {} ({origin})",
                        r.message_id.as_ref().map(|m| m.as_str()),
                        r.message.as_deref().unwrap_or("(no registry entry)")
                    ),
                }
            }
        }
        EventItem::MetricReport { report, .. } => println!(
            "metric report {}: {} values",
            report.id.as_deref().unwrap_or("?"),
            report.metric_values.as_ref().map_or(0, Vec::len)
        ),
        other => println!("{other}"),
    }
}

/// What the other task does on the embedded rack: reset a node, change the power limit.
async fn make_changes(client: Client) -> Result<(), BoxError> {
    tokio::time::sleep(Duration::from_millis(300)).await;
    let rack = Rack::discover(&client).await?;
    let node = rack.nodes().first().ok_or("the rack has no node")?;
    eprintln!("-- resetting {} (ForceRestart)", node.id());
    // A reset answers at once (204) or with a task to wait for.
    node.reset(ResetType::ForceRestart).await?.wait().await?;
    eprintln!("-- capping the rack at 9000 W");
    rack.set_power_limit(&PowerLimitSetting::watts(9000.0))
        .await?;
    Ok(())
}

async fn run(client: &Client, args: &Args, emulated: bool) -> Result<(), BoxError> {
    let mut filter = Filter::event_format_type(EventFormatType::Event);
    if let Some(p) = &args.registry_prefix {
        filter = filter.and(Filter::registry_prefix(p));
    }
    let resolver = client.message_resolver();
    let mut events = client.events().filter(filter).connect().await?;
    eprintln!("-- following the event stream");
    let changes = emulated.then(|| tokio::spawn(make_changes(client.clone())));
    let deadline = tokio::time::Instant::now() + Duration::from_secs(args.timeout);
    let mut seen = 0;
    while seen < args.count {
        let item = match tokio::time::timeout_at(deadline, events.next()).await {
            Ok(Some(item)) => item,
            Ok(None) => break,
            Err(_) => {
                eprintln!("-- no more events within {} s", args.timeout);
                break;
            }
        };
        match item {
            Ok(item) => {
                print(&resolver, &item).await;
                seen += 1;
            }
            Err(e) if !e.is_fatal() => eprintln!("-- skipped a record: {e}"),
            Err(e) => return Err(e.into()),
        }
    }
    if let Some(task) = changes {
        task.await??;
    }
    eprintln!(
        "-- {seen} event payloads; resume later with Last-Event-ID {:?}",
        events.last_event_id()
    );
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
    let emulated = target.is_emulated();
    let result = run(&target.client, &args, emulated).await;
    target.finish(result).await
}
