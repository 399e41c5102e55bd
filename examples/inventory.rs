//! Walks the whole Redfish tree from the service root by following every `@odata.id`, then
//! prints a typed summary of chassis, systems and managers.
//!
//! ```text
//! cargo run -p redfish-examples --example inventory
//! REDFISH_URL=https://bmc REDFISH_PASSWORD=... cargo run -p redfish-examples --example inventory -- --pin AB:CD:...
//! ```

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::process::ExitCode;

use clap::Parser;
use futures_util::stream::{FuturesUnordered, StreamExt};
use redfish_client::model::ODataId;
use redfish_client::{Client, MemberFailure, Method};
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};
use serde_json::Value;

#[derive(Debug, Parser)]
#[command(about = "Walk the whole Redfish tree")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 8)]
    concurrency: usize,
    /// Stop after this many resources.
    #[arg(long, default_value_t = 10_000)]
    max: usize,
    /// Print every resource URI.
    #[arg(long)]
    verbose: bool,
}

/// Every `@odata.id` (and `Members@odata.nextLink`) in a document, fragments removed.
fn links(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, v) in m {
                if k == "@odata.id" || k == "Members@odata.nextLink" {
                    if let Some(s) = v.as_str() {
                        out.push(ODataId::new(s).path().to_owned());
                    }
                } else {
                    links(v, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|v| links(v, out)),
        _ => {}
    }
}

async fn crawl(client: &Client, args: &Args) -> Result<(), BoxError> {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from(["/redfish/v1/".to_owned()]);
    seen.insert("/redfish/v1".to_owned());
    let mut in_flight = FuturesUnordered::new();
    let mut by_type: BTreeMap<String, usize> = BTreeMap::new();
    let (mut ok, mut failed) = (0usize, 0usize);
    loop {
        while in_flight.len() < args.concurrency.max(1) && ok + failed + in_flight.len() < args.max
        {
            let Some(uri) = queue.pop_front() else { break };
            let c = client.clone();
            in_flight.push(async move {
                let r = c
                    .request(Method::GET, &ODataId::new(uri.as_str()))
                    .await
                    .and_then(|r| r.json::<Value>());
                (uri, r)
            });
        }
        let Some((uri, result)) = in_flight.next().await else {
            break;
        };
        match result {
            Ok(doc) => {
                ok += 1;
                let t = doc
                    .get("@odata.type")
                    .and_then(Value::as_str)
                    .unwrap_or("(untyped)");
                let t = t
                    .trim_start_matches('#')
                    .split('.')
                    .next()
                    .unwrap_or(t)
                    .to_owned();
                if args.verbose {
                    println!("{uri}  {t}");
                }
                *by_type.entry(t).or_default() += 1;
                let mut found = Vec::new();
                links(&doc, &mut found);
                for l in found {
                    let key = l.trim_end_matches('/').to_owned();
                    if l.starts_with("/redfish/v1") && seen.insert(key) {
                        queue.push_back(l);
                    }
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("  {uri}: {e}");
            }
        }
    }
    println!("\n{ok} resources read, {failed} failed");
    for (t, n) in &by_type {
        println!("  {n:5}  {t}");
    }
    Ok(())
}

/// Prints chassis, systems and managers; a member that cannot be read is listed as failed
/// and the summary goes on. Returns the failed members' URIs.
async fn summary(client: &Client) -> Result<Vec<String>, BoxError> {
    let root = client.service_root().await?;
    println!(
        "\n{} {} (Redfish {})",
        root.vendor.as_deref().unwrap_or("?"),
        root.product.as_deref().unwrap_or("?"),
        root.redfish_version.as_deref().unwrap_or("?")
    );
    let mut failed = Vec::new();
    let mut report = |kind: &str, failures: Vec<MemberFailure>| {
        for f in failures {
            println!("{kind:7} {:30} FAILED: {}", f.uri.as_str(), f.error);
            failed.push(f.uri.as_str().to_owned());
        }
    };
    if let Ok(chassis) = root.chassis() {
        let chassis = chassis.collect_partial().await?;
        for c in &chassis.members {
            println!(
                "chassis {:30} type {:?} power {:?} health {:?}",
                c.odata_id().as_str(),
                c.chassis_type.as_ref().map(|t| t.as_str().to_owned()),
                c.power_state.as_ref().map(|p| p.as_str().to_owned()),
                c.status
                    .as_ref()
                    .and_then(|s| s.health.as_ref())
                    .map(|h| h.as_str().to_owned()),
            );
        }
        report("chassis", chassis.failed);
    }
    if let Ok(systems) = root.systems() {
        let systems = systems.collect_partial().await?;
        for s in &systems.members {
            println!(
                "system  {:30} model {:?} BIOS {:?} power {:?}",
                s.odata_id().as_str(),
                s.model,
                s.bios_version,
                s.power_state.as_ref().map(|p| p.as_str().to_owned()),
            );
        }
        report("system", systems.failed);
    }
    if let Ok(managers) = root.managers() {
        let managers = managers.collect_partial().await?;
        for m in &managers.members {
            println!(
                "manager {:30} firmware {:?}",
                m.odata_id().as_str(),
                m.firmware_version
            );
        }
        report("manager", managers.failed);
    }
    Ok(failed)
}

#[tokio::main]
#[cfg_attr(test, allow(dead_code))]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::rack(4)).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = async {
        crawl(&target.client, &args).await?;
        summary(&target.client).await
    }
    .await;
    target.finish(result).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use redfish_emulator::Emulator;

    /// The summary completes on a service where a member answers 404, listing it.
    #[tokio::test]
    async fn the_summary_lists_a_missing_member_and_completes() {
        let emu = Emulator::builder()
            .scenario(Scenario::rack(2))
            .start()
            .await
            .unwrap();
        let ghost = "/redfish/v1/Systems/Ghost";
        let mut systems = emu.resource("/redfish/v1/Systems").unwrap();
        systems["Members"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"@odata.id": ghost}));
        emu.set_resource("/redfish/v1/Systems", systems);
        let client = Client::builder(emu.base_url().as_str())
            .credentials("admin", "admin-password")
            .add_root_certificate_pem(emu.certificate_pem())
            .build()
            .unwrap();
        let failed = summary(&client).await.unwrap();
        assert_eq!(failed, vec![ghost.to_owned()]);
        client.logout().await.unwrap();
    }
}
