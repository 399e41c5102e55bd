//! Periodic metric reports (DSP0268 `MetricReportDefinition`): a definition of type `Periodic`
//! whose `ReportActions` include `RedfishEvent` produces a `MetricReport` every
//! `Schedule.RecurrenceInterval`, sent on the SSE streams and to `EventFormatType:
//! MetricReport` subscriptions (and stored in `MetricReports` with
//! `LogToMetricReportsCollection`). Reports are only made while someone listens, so an idle
//! service (or a fleet of thousands) runs no timer.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::time::Instant;

use crate::state::{Inner, State, lock};
use crate::tree::{Tree, normalize};
use crate::util::link_target;

/// The shortest report interval honoured (a definition asking for less gets this).
const MIN_INTERVAL: Duration = Duration::from_millis(100);

/// A report to make: the definition, where its report lives, its interval.
struct Definition {
    path: String,
    report: Option<String>,
    interval: Duration,
    log: bool,
    metrics: Vec<(String, String)>,
}

fn members(tree: &Tree, coll: &str) -> Vec<String> {
    tree.get(coll)
        .and_then(|c| c.get("Members"))
        .and_then(Value::as_array)
        .map(|m| m.iter().filter_map(link_target).map(normalize).collect())
        .unwrap_or_default()
}

/// The periodic definitions that report as events.
fn definitions(tree: &Tree) -> Vec<Definition> {
    let Some(service) = tree
        .get("/redfish/v1")
        .and_then(|r| r.get("TelemetryService"))
        .and_then(link_target)
        .and_then(|p| tree.get(p))
    else {
        return Vec::new();
    };
    let Some(coll) = service
        .get("MetricReportDefinitions")
        .and_then(link_target)
        .map(normalize)
    else {
        return Vec::new();
    };
    members(tree, &coll)
        .into_iter()
        .filter_map(|path| {
            let d = tree.get(&path)?;
            let actions = d.get("ReportActions").and_then(Value::as_array)?;
            let periodic =
                d.get("MetricReportDefinitionType").and_then(Value::as_str) == Some("Periodic");
            let enabled = d.get("MetricReportDefinitionEnabled") != Some(&json!(false))
                && d.pointer("/Status/State").and_then(Value::as_str) != Some("Disabled");
            if !periodic || !enabled || !actions.iter().any(|a| a == "RedfishEvent") {
                return None;
            }
            let interval = d
                .pointer("/Schedule/RecurrenceInterval")
                .and_then(Value::as_str)
                .and_then(super::iso_duration)?
                .max(MIN_INTERVAL);
            let mut metrics = Vec::new();
            for m in d
                .get("Metrics")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let id = m
                    .get("MetricId")
                    .and_then(Value::as_str)
                    .unwrap_or("Metric");
                for p in m
                    .get("MetricProperties")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    metrics.push((id.to_owned(), p.to_owned()));
                }
            }
            Some(Definition {
                report: d.get("MetricReport").and_then(link_target).map(normalize),
                log: actions.iter().any(|a| a == "LogToMetricReportsCollection"),
                path,
                interval,
                metrics,
            })
        })
        .collect()
}

/// The value a `MetricProperty` (`/redfish/v1/Chassis/Rack/Power#/PowerControl/0/...`) reads.
fn read(tree: &Tree, property: &str) -> Option<String> {
    let (path, pointer) = property.split_once('#').unwrap_or((property, ""));
    let v = tree.get(path)?.pointer(pointer)?;
    Some(crate::schema::display(v))
}

/// Makes a definition's report now: stored (if it logs) and published.
fn report(inner: &mut Inner, d: &Definition) {
    let now = crate::util::now_rfc3339();
    let values: Vec<Value> = d
        .metrics
        .iter()
        .filter_map(|(id, p)| {
            Some(json!({
                "MetricId": id,
                "MetricValue": read(&inner.tree, p)?,
                "Timestamp": now,
                "MetricProperty": p,
            }))
        })
        .collect();
    let path = d
        .report
        .clone()
        .unwrap_or_else(|| format!("{}/Report", d.path));
    let mut body = inner.tree.get(&path).cloned().unwrap_or_else(|| {
        json!({
            "@odata.id": path,
            "@odata.type": "#MetricReport.v1_5_2.MetricReport",
            "Id": crate::tree::last_segment(&path),
            "Name": "Metric Report",
            "MetricReportDefinition": crate::util::link(&d.path),
        })
    });
    body["Timestamp"] = json!(now);
    body["MetricValues"] = Value::Array(values);
    if d.log {
        inner.tree.put(&path, body.clone());
        body = inner.tree.get(&path).cloned().unwrap_or(body);
    }
    // The resource's ETag is not part of the event.
    if let Value::Object(o) = &mut body {
        o.remove("@odata.etag");
    }
    let bus = Arc::clone(&inner.events);
    bus.publish_report(&d.path, body);
}

/// Starts the report generator if the tree has periodic definitions and it is not running.
pub(crate) fn ensure_running(state: &Arc<State>) {
    let start = {
        let inner = state.lock();
        if definitions(&inner.tree).is_empty() {
            return;
        }
        let bus = Arc::clone(&inner.events);
        let mut st = lock(&bus.state);
        !std::mem::replace(&mut st.telemetry, true)
    };
    if start {
        tokio::spawn(run(Arc::downgrade(state)));
    }
}

async fn run(state: Weak<State>) {
    let mut due: HashMap<String, Instant> = HashMap::new();
    loop {
        let wait = {
            let Some(st) = state.upgrade() else {
                return;
            };
            if st.stopped.load(Ordering::Relaxed) {
                return;
            }
            let mut inner = st.lock();
            let bus = Arc::clone(&inner.events);
            {
                // Nobody listens: stop (the next listener starts it again).
                let mut bs = lock(&bus.state);
                let listening =
                    !bs.sse.is_empty() || bs.push.values().any(|h| h.wants_metric_reports());
                if !listening {
                    bs.telemetry = false;
                    return;
                }
            }
            let defs = definitions(&inner.tree);
            if defs.is_empty() {
                lock(&bus.state).telemetry = false;
                return;
            }
            let now = Instant::now();
            due.retain(|k, _| defs.iter().any(|d| d.path == *k));
            let mut next = now + Duration::from_secs(3600);
            for d in &defs {
                let at = *due.entry(d.path.clone()).or_insert(now + d.interval);
                if at <= now {
                    report(&mut inner, d);
                    due.insert(d.path.clone(), now + d.interval);
                    next = next.min(now + d.interval);
                } else {
                    next = next.min(at);
                }
            }
            next.saturating_duration_since(now)
        };
        tokio::time::sleep(wait).await;
    }
}
