//! `events watch`: the service's Server-Sent Events stream (`client.events()`), each
//! record printed as it arrives with its message resolved from the registries.

use std::io::Write;
use std::time::Duration;

use futures_util::StreamExt;
use redfish_client::Client;
use redfish_client::events::{EventItem, EventRecord, Filter, MessageResolver};
use serde_json::{Value, json};

use crate::commands::Ctx;
use crate::error::CliError;
use crate::output::Output;

/// The filter of the options, if any.
fn filter(registry: Option<&str>, origin: Option<&str>) -> Option<Filter> {
    let r = registry.map(Filter::registry_prefix);
    let o = origin.map(Filter::origin_resource_and_below);
    match (r, o) {
        (Some(r), Some(o)) => Some(r.and(o)),
        (r, o) => r.or(o),
    }
}

async fn record_json(id: Option<&str>, r: &EventRecord, resolver: &MessageResolver) -> Value {
    let resolved = resolver.resolve(r).await;
    let message = r
        .message
        .clone()
        .or_else(|| resolved.as_ref().map(|m| m.message.clone()));
    let severity = r
        .message_severity
        .as_ref()
        .map(|s| s.as_str().to_owned())
        .or_else(|| {
            resolved
                .as_ref()
                .and_then(|m| m.severity.as_ref())
                .map(|s| s.as_str().to_owned())
        });
    json!({
        "id": id,
        "EventId": r.event_id,
        "EventTimestamp": r.event_timestamp.as_ref().map(|t| t.as_str()),
        "EventType": r.event_type.as_ref().map(|t| t.as_str()),
        "MessageId": r.message_id.as_ref().map(|m| m.as_str()),
        "MessageSeverity": severity,
        "Message": message,
        "MessageArgs": r.message_args,
        "OriginOfCondition": r.origin_of_condition.as_ref().map(|l| l.odata_id.as_str()),
    })
}

fn human(v: &Value) -> String {
    let f = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("-").to_owned();
    format!(
        "{} {:<8} {} {} [{}]",
        f("EventTimestamp"),
        f("MessageSeverity"),
        f("MessageId"),
        f("Message"),
        f("OriginOfCondition")
    )
}

/// Prints one item as it arrives (kept for `--json`, printed at the end).
fn emit(v: Value, ctx: &Ctx, all: &mut Vec<Value>) -> std::io::Result<()> {
    let mut w = std::io::stdout().lock();
    if ctx.json {
        all.push(v);
    } else if ctx.jsonl {
        writeln!(w, "{v}")?;
    } else if !ctx.quiet {
        writeln!(w, "{}", human(&v))?;
    }
    w.flush()
}

/// `events watch`.
pub async fn watch(
    client: &Client,
    count: Option<usize>,
    duration: Option<Duration>,
    registry: Option<&str>,
    origin: Option<&str>,
    ctx: &Ctx,
) -> Result<Output, CliError> {
    let mut builder = client.events();
    if let Some(f) = filter(registry, origin) {
        builder = builder.filter(f);
    }
    let mut stream = builder.connect().await?;
    let resolver = client.message_resolver();
    let deadline = duration.map(|d| tokio::time::Instant::now() + d);
    let mut all = Vec::new();
    let mut n = 0usize;
    let done = |n: usize| count.is_some_and(|c| n >= c);
    while !done(n) {
        let next = tokio::select! {
            item = stream.next() => item,
            // Ctrl-C ends the watch normally: the session is still logged out.
            _ = tokio::signal::ctrl_c() => None,
            () = async {
                match deadline {
                    Some(d) => tokio::time::sleep_until(d).await,
                    None => std::future::pending().await,
                }
            } => None,
        };
        let Some(item) = next else { break };
        match item {
            Ok(EventItem::Event { id, event }) => {
                for r in event.events.iter().flatten() {
                    emit(
                        record_json(id.as_deref(), r, &resolver).await,
                        ctx,
                        &mut all,
                    )?;
                    n += 1;
                    if done(n) {
                        break;
                    }
                }
            }
            Ok(EventItem::MetricReport { id, report }) => {
                let v = json!({
                    "id": id,
                    "MetricReport": report.id,
                    "Timestamp": report.timestamp.as_ref().map(|t| t.as_str()),
                    "MetricValues": report.metric_values.as_ref().map_or(0, Vec::len),
                });
                if ctx.jsonl || ctx.json {
                    emit(v, ctx, &mut all)?;
                } else if !ctx.quiet {
                    println!(
                        "{} metric report {} ({} values)",
                        v["Timestamp"].as_str().unwrap_or("-"),
                        v["MetricReport"].as_str().unwrap_or("-"),
                        v["MetricValues"]
                    );
                }
                n += 1;
            }
            Ok(_) => {}
            // One bad record: reported, the stream goes on.
            Err(e) if !e.is_fatal() => eprintln!("warning: {e}"),
            Err(e) => return Err(e.into_client_error().into()),
        }
    }
    Ok(Output::streamed(Value::Array(all)))
}
