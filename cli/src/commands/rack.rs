//! `rack report | power-limit | group-reset | profile-check` (ocp-rmc).

use ocp_rmc::Rack;
use ocp_rmc::group::GroupReset;
use ocp_rmc::power::{PowerLimit, PowerLimitSetting, PowerUsage};
use ocp_rmc::profile::{CrawlOptions, Profile, ProfileLibrary, ServiceSnapshot, check};
use ocp_rmc::report::ReportOptions;
use redfish_client::Client;
use redfish_client::model::ODataId;
use redfish_client::model::resource::ResetType;
use serde_json::{Value, json};

use crate::args::RackCmd;
use crate::commands::Ctx;
use crate::error::CliError;
use crate::output::{Output, Table};

/// The baseline profile the OpenRMC guide says the rack-manager profile extends.
const BASELINE: (&str, &str) = ("OCPBaselineHardwareManagement", "1.0.1");

/// Runs a `rack` subcommand.
pub async fn run(client: &Client, cmd: &RackCmd, _ctx: &Ctx) -> Result<Output, CliError> {
    match cmd {
        RackCmd::ProfileCheck { verbose } => profile_check(client, *verbose).await,
        RackCmd::Report { parallel } => {
            let rack = Rack::discover(client).await?;
            let report = rack
                .report_with(&ReportOptions::default().concurrency(*parallel))
                .await?;
            let json = serde_json::to_value(&report)
                .map_err(|e| CliError::Failed(format!("report: {e}")))?;
            Ok(Output::text(report.to_string(), json))
        }
        RackCmd::PowerLimit { set, off } => {
            let rack = Rack::discover(client).await?;
            let setting = match (set, off) {
                (Some(w), _) => Some(PowerLimitSetting::watts(*w)),
                (None, true) => Some(PowerLimitSetting::off()),
                (None, false) => None,
            };
            if let Some(setting) = setting {
                rack.set_power_limit(&setting).await?;
            }
            Ok(usage_output(rack.id(), &rack.power_usage().await?))
        }
        RackCmd::GroupReset {
            reset_type,
            batch_size,
            delay,
            nodes,
        } => {
            let rack = Rack::discover(client).await?;
            let mut systems: Vec<ODataId> = Vec::new();
            if nodes.is_empty() {
                systems.extend(rack.nodes().iter().filter_map(|n| n.system_uri().cloned()));
            } else {
                for wanted in nodes {
                    let node = rack
                        .nodes()
                        .iter()
                        .find(|n| {
                            n.id() == wanted
                                || n.system_uri().is_some_and(|u| {
                                    u.as_str() == wanted
                                        || u.as_str().ends_with(&format!("/{wanted}"))
                                })
                        })
                        .ok_or_else(|| {
                            CliError::Usage(format!("no node `{wanted}` in the rack"))
                        })?;
                    systems.extend(node.system_uri().cloned());
                }
            }
            let mut reset = GroupReset::new(ResetType::from(reset_type.as_str()));
            if let Some(n) = batch_size {
                reset = reset.batch_size(*n);
            }
            if let Some(d) = delay {
                reset = reset.delay_between_batches(*d);
            }
            let outcome = rack
                .groups()
                .await?
                .reset(&systems, &reset)
                .await?
                .wait(|_| {})
                .await?;
            let messages: Vec<String> = outcome.messages.iter().map(ToString::to_string).collect();
            let targets: Vec<&str> = systems.iter().map(ODataId::as_str).collect();
            Ok(Output::text(
                format!(
                    "{reset_type} of {} systems: {}\n",
                    systems.len(),
                    outcome.task_state.as_ref().map_or("done", |s| s.as_str())
                ),
                json!({
                    "reset_type": reset_type,
                    "targets": targets,
                    "task": outcome.task.as_ref().map(ODataId::as_str),
                    "task_state": outcome.task_state.as_ref().map(|s| s.as_str()),
                    "messages": messages,
                }),
            ))
        }
    }
}

fn watts(v: Option<f64>) -> Value {
    v.map_or(Value::Null, |w| json!(w))
}

fn usage_output(rack: &str, u: &PowerUsage) -> Output {
    let mut t = Table::new(&[
        "Rack",
        "ConsumedWatts",
        "AverageWatts",
        "MaxWatts",
        "CapacityWatts",
        "LimitWatts",
        "LimitException",
    ]);
    let (limit, exception) = match &u.limit {
        Some(PowerLimit {
            limit_in_watts,
            limit_exception,
            ..
        }) => (watts(*limit_in_watts), json!(limit_exception)),
        None => (Value::Null, Value::Null),
    };
    t.row(vec![
        json!(rack),
        watts(u.consumed_watts),
        watts(u.average_consumed_watts),
        watts(u.max_consumed_watts),
        watts(u.capacity_watts),
        limit,
        exception,
    ]);
    Output::table(t)
}

async fn profile_check(client: &Client, verbose: bool) -> Result<Output, CliError> {
    let library = ProfileLibrary::builtin();
    let main = Profile::rack_manager()?;
    let mut profiles = library.resolve(&main)?;
    if let Some(extra) = library.find(BASELINE.0, Some(BASELINE.1)) {
        for p in library.resolve(extra)? {
            if !profiles.iter().any(|q| q.name == p.name) {
                profiles.push(p);
            }
        }
    }
    let snapshot = ServiceSnapshot::crawl(client, &CrawlOptions::default()).await?;
    let report = check(&profiles, &snapshot);
    let text = if verbose {
        report.to_string()
    } else {
        report.brief().to_string()
    };
    let json =
        serde_json::to_value(&report).map_err(|e| CliError::Failed(format!("report: {e}")))?;
    let output = Output::text(text, json);
    if !report.passed() {
        return Err(CliError::Check {
            output: Box::new(output),
            message: format!(
                "{}: not conformant: {} failed checks",
                client.host(),
                report.failures().len()
            ),
        });
    }
    Ok(output)
}
