//! The whole-rack report: health, power, temperature and firmware of the rack and of every
//! node, gathered concurrently in one call. What an operator runs first.

use std::fmt;

use futures_util::StreamExt;
use redfish_client::Entity;
use redfish_model::chassis::Chassis;
use redfish_model::resource::{Health, PowerState, Status};
use serde::Serialize;

use crate::error::Result;
use crate::node::Node;
use crate::power::{self, PowerSupplyInfo, PowerUsage};
use crate::rack::Rack;
use crate::thermal::{self, TemperatureReading, ThresholdState};

/// Options of [`Rack::report_with`].
#[derive(Clone, Debug)]
#[must_use]
pub struct ReportOptions {
    concurrency: usize,
}

impl Default for ReportOptions {
    fn default() -> Self {
        Self { concurrency: 8 }
    }
}

impl ReportOptions {
    /// How many nodes are read at once (default 8, at least 1). Each node takes five
    /// GETs, two rounds deep; the client's own per-service limit still applies.
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }
}

/// The rack manager in a [`RackReport`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ManagerSummary {
    /// `Id`.
    pub id: String,
    /// `FirmwareVersion`.
    pub firmware_version: Option<String>,
    /// `Status.Health`.
    pub health: Option<Health>,
}

/// The rack itself in a [`RackReport`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RackSummary {
    /// The rack chassis `Id`.
    pub id: String,
    /// The rack chassis `Name`.
    pub name: Option<String>,
    /// `PowerState`.
    pub power_state: Option<PowerState>,
    /// `Status.Health`.
    pub health: Option<Health>,
    /// `Status.HealthRollup`.
    pub health_rollup: Option<Health>,
    /// Power usage, limit and statistics.
    pub power: Option<PowerUsage>,
    /// The rack power supplies.
    pub power_supplies: Vec<PowerSupplyInfo>,
    /// The rack manager.
    pub manager: ManagerSummary,
    /// What could not be read.
    pub errors: Vec<String>,
}

/// One node in a [`RackReport`].
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct NodeReport {
    /// The node chassis `Id`.
    pub id: String,
    /// The node chassis `Name`.
    pub name: Option<String>,
    /// `PowerState`.
    pub power_state: Option<PowerState>,
    /// The chassis `Status.Health`.
    pub chassis_health: Option<Health>,
    /// The system `Status.Health`.
    pub system_health: Option<Health>,
    /// The system `Status.HealthRollup` (else the chassis').
    pub health_rollup: Option<Health>,
    /// `PowerConsumedWatts`.
    pub consumed_watts: Option<f64>,
    /// `PowerLimit.LimitInWatts` (`None`: no cap).
    pub limit_watts: Option<f64>,
    /// The intake temperature with its thresholds.
    pub intake: Option<TemperatureReading>,
    /// Where the intake reading stands against its thresholds.
    pub intake_state: Option<ThresholdState>,
    /// The system `BiosVersion`.
    pub bios_version: Option<String>,
    /// The BMC `FirmwareVersion`.
    pub bmc_version: Option<String>,
    /// `ProcessorSummary.Count`.
    pub cpus: Option<i64>,
    /// `MemorySummary.TotalSystemMemoryGiB`.
    pub memory_gib: Option<f64>,
    /// What could not be read.
    pub errors: Vec<String>,
}

impl NodeReport {
    /// The worst health the node reports (chassis, system, rollup).
    pub fn worst_health(&self) -> Option<&Health> {
        worst([
            self.chassis_health.as_ref(),
            self.system_health.as_ref(),
            self.health_rollup.as_ref(),
        ])
    }

    /// `true` when the node reports `OK` everywhere, its intake is within thresholds and
    /// it could be read entirely.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
            && self.worst_health() == Some(&Health::OK)
            && self
                .intake
                .as_ref()
                .is_none_or(|t| t.state() <= ThresholdState::Normal)
    }
}

/// The whole-rack report: [`Rack::report`]. Serializes to JSON; `Display` prints tables.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RackReport {
    /// The rack, its power supplies and its manager.
    pub rack: RackSummary,
    /// Every node, in rack order.
    pub nodes: Vec<NodeReport>,
}

impl RackReport {
    /// The nodes that are not entirely OK (see [`NodeReport::is_ok`]).
    pub fn problem_nodes(&self) -> Vec<&NodeReport> {
        self.nodes.iter().filter(|n| !n.is_ok()).collect()
    }

    /// The sum of the nodes' power readings.
    pub fn nodes_consumed_watts(&self) -> f64 {
        self.nodes.iter().filter_map(|n| n.consumed_watts).sum()
    }
}

fn severity(h: &Health) -> u8 {
    match h {
        Health::OK => 0,
        Health::Warning => 1,
        Health::Critical => 2,
        // A value this crate does not know is treated as worse than critical.
        _ => 3,
    }
}

fn worst<'a>(values: impl IntoIterator<Item = Option<&'a Health>>) -> Option<&'a Health> {
    values.into_iter().flatten().max_by_key(|h| severity(h))
}

fn health_of(s: Option<&Status>) -> (Option<Health>, Option<Health>) {
    let s = s.cloned().unwrap_or_default();
    (s.health, s.health_rollup)
}

impl Rack {
    /// Gathers the whole-rack report with the default options.
    ///
    /// # Errors
    ///
    /// Only when the rack chassis itself cannot be read; every other failure is recorded
    /// in the report (`errors` of the rack or of the node).
    pub async fn report(&self) -> Result<RackReport> {
        self.report_with(&ReportOptions::default()).await
    }

    /// Gathers the whole-rack report: the rack and every node concurrently, at most
    /// `options.concurrency` nodes at a time.
    ///
    /// # Errors
    ///
    /// As [`Rack::report`].
    pub async fn report_with(&self, options: &ReportOptions) -> Result<RackReport> {
        let nodes = futures_util::stream::iter(self.nodes())
            .map(node_report)
            .buffered(options.concurrency)
            .collect::<Vec<_>>();
        let (rack, nodes) = futures_util::join!(self.rack_summary(), nodes);
        Ok(RackReport { rack: rack?, nodes })
    }

    async fn rack_summary(&self) -> Result<RackSummary> {
        let chassis = self.chassis().await?;
        let (health, health_rollup) = health_of(chassis.status.as_ref());
        let mut summary = RackSummary {
            id: self.id().to_owned(),
            name: chassis.name.clone(),
            power_state: chassis.power_state.clone(),
            health,
            health_rollup,
            manager: ManagerSummary {
                id: self.manager_id().to_owned(),
                ..ManagerSummary::default()
            },
            errors: self
                .unreadable_members()
                .iter()
                .map(|e| format!("unreadable member {e}"))
                .collect(),
            ..RackSummary::default()
        };
        let (power, manager) = futures_util::join!(
            power::usage_and_supplies_of(self.client(), &chassis),
            self.manager()
        );
        match power {
            Ok((usage, supplies)) => {
                summary.power = Some(usage);
                summary.power_supplies = supplies;
            }
            Err(e) => summary.errors.push(format!("power: {e}")),
        }
        match manager {
            Ok(m) => {
                summary.manager.firmware_version = m.firmware_version.clone();
                summary.manager.health = health_of(m.status.as_ref()).0;
            }
            Err(e) => summary.errors.push(format!("rack manager: {e}")),
        }
        Ok(summary)
    }
}

async fn node_report(node: &Node) -> NodeReport {
    let mut r = NodeReport {
        id: node.id().to_owned(),
        name: node.name().map(str::to_owned),
        ..NodeReport::default()
    };
    let chassis = match node.chassis().await {
        Ok(c) => c,
        Err(e) => {
            r.errors.push(format!("chassis: {e}"));
            return r;
        }
    };
    r.name = chassis.name.clone().or(r.name);
    r.power_state = chassis.power_state.clone();
    let (ch, ch_rollup) = health_of(chassis.status.as_ref());
    r.chassis_health = ch;
    r.health_rollup = ch_rollup;

    let system = async {
        match node.system_uri() {
            Some(_) => Some(node.system().await),
            None => None,
        }
    };
    let manager = async {
        match node.manager_uri() {
            Some(_) => Some(node.manager().await),
            None => None,
        }
    };
    let (power, thermal, system, manager) =
        futures_util::join!(power_of(&chassis), thermal_of(&chassis), system, manager);
    match power {
        Ok(Some(u)) => {
            r.consumed_watts = u.consumed_watts;
            r.limit_watts = u.limit.and_then(|l| l.limit_in_watts);
        }
        Ok(None) => {}
        Err(e) => r.errors.push(format!("power: {e}")),
    }
    match thermal {
        Ok(t) => {
            r.intake_state = t.as_ref().map(TemperatureReading::state);
            r.intake = t;
        }
        Err(e) => r.errors.push(format!("thermal: {e}")),
    }
    match system {
        Some(Ok(s)) => {
            let (h, rollup) = health_of(s.status.as_ref());
            r.system_health = h;
            r.health_rollup = rollup.or(r.health_rollup);
            r.bios_version = s.bios_version.clone();
            r.cpus = s.processor_summary.as_ref().and_then(|p| p.count);
            r.memory_gib = s
                .memory_summary
                .as_ref()
                .and_then(|m| m.total_system_memory_gib);
            if r.power_state.is_none() {
                r.power_state = s.power_state.clone();
            }
        }
        Some(Err(e)) => r.errors.push(format!("system: {e}")),
        None => {}
    }
    match manager {
        Some(Ok(m)) => r.bmc_version = m.firmware_version.clone(),
        Some(Err(e)) => r.errors.push(format!("BMC: {e}")),
        None => {}
    }
    r
}

/// Power usage of a chassis; `None` when it has neither `Power` nor `EnvironmentMetrics`.
async fn power_of(chassis: &Entity<Chassis>) -> Result<Option<PowerUsage>> {
    if chassis.power.is_none() && chassis.environment_metrics.is_none() {
        return Ok(None);
    }
    Ok(Some(power::usage_of(chassis.client(), chassis).await?))
}

/// The intake reading of a chassis; `None` without a `Thermal` resource or intake sensor.
async fn thermal_of(chassis: &Entity<Chassis>) -> Result<Option<TemperatureReading>> {
    let Some(link) = &chassis.thermal else {
        return Ok(None);
    };
    let t = chassis.client().get(link).await?;
    Ok(thermal::intake_from(&t))
}

fn opt(v: Option<&str>) -> String {
    v.unwrap_or("-").to_owned()
}

fn watts(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_owned(), |w| format!("{w:.0} W"))
}

/// Left-aligned text columns with two spaces between them.
fn table(f: &mut fmt::Formatter<'_>, header: &[&str], rows: &[Vec<String>]) -> fmt::Result {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(cell.chars().count());
            }
        }
    }
    let line = |f: &mut fmt::Formatter<'_>, cells: &mut dyn Iterator<Item = &str>| {
        let mut out = String::new();
        for (i, c) in cells.enumerate() {
            let w = widths.get(i).copied().unwrap_or(0);
            out.push_str(c);
            out.extend(std::iter::repeat_n(
                ' ',
                w.saturating_sub(c.chars().count()) + 2,
            ));
        }
        writeln!(f, "  {}", out.trim_end())
    };
    line(f, &mut header.iter().copied())?;
    for row in rows {
        line(f, &mut row.iter().map(String::as_str))?;
    }
    Ok(())
}

impl fmt::Display for RackReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = &self.rack;
        writeln!(
            f,
            "Rack {}{}: power {}, health {} (rollup {}), {} nodes",
            r.id,
            r.name
                .as_deref()
                .filter(|n| *n != r.id)
                .map(|n| format!(" ({n})"))
                .unwrap_or_default(),
            opt(r.power_state.as_ref().map(|p| p.as_str())),
            opt(r.health.as_ref().map(|h| h.as_str())),
            opt(r.health_rollup.as_ref().map(|h| h.as_str())),
            self.nodes.len()
        )?;
        if let Some(p) = &r.power {
            let mut line = format!("  power: {} now", watts(p.consumed_watts));
            if p.min_consumed_watts.is_some() || p.average_consumed_watts.is_some() {
                line.push_str(&format!(
                    " (min {} / avg {} / max {}",
                    watts(p.min_consumed_watts),
                    watts(p.average_consumed_watts),
                    watts(p.max_consumed_watts)
                ));
                if let Some(i) = p.interval_min {
                    line.push_str(&format!(" over {i} min"));
                }
                line.push(')');
            }
            let limit = p.limit.as_ref().and_then(|l| l.limit_in_watts);
            line.push_str(&match limit {
                Some(_) => format!(", limit {}", watts(limit)),
                None => ", no limit".to_owned(),
            });
            if let Some(c) = p.capacity_watts {
                line.push_str(&format!(", capacity {c:.0} W"));
            }
            writeln!(f, "{line}")?;
        }
        writeln!(
            f,
            "  rack manager {}: firmware {}, health {}",
            r.manager.id,
            opt(r.manager.firmware_version.as_deref()),
            opt(r.manager.health.as_ref().map(|h| h.as_str()))
        )?;
        if !r.power_supplies.is_empty() {
            writeln!(f)?;
            let rows: Vec<Vec<String>> = r
                .power_supplies
                .iter()
                .map(|p| {
                    vec![
                        opt(p.name.as_deref().or(p.member_id.as_deref())),
                        opt(p.state.as_ref().map(|s| s.as_str())),
                        opt(p.health.as_ref().map(|h| h.as_str())),
                        watts(p.output_watts),
                        watts(p.capacity_watts),
                        opt(p.firmware_version.as_deref()),
                    ]
                })
                .collect();
            table(
                f,
                &["PSU", "STATE", "HEALTH", "OUTPUT", "CAPACITY", "FIRMWARE"],
                &rows,
            )?;
        }
        for e in &r.errors {
            writeln!(f, "  ! {e}")?;
        }
        writeln!(f)?;
        let rows: Vec<Vec<String>> = self
            .nodes
            .iter()
            .map(|n| {
                let intake = n.intake.as_ref().map_or_else(
                    || "-".to_owned(),
                    |t| match t.reading_celsius {
                        Some(c) => format!("{c:.1} C {}", t.state().as_str()),
                        None => "-".to_owned(),
                    },
                );
                vec![
                    n.id.clone(),
                    opt(n.power_state.as_ref().map(|p| p.as_str())),
                    opt(n.worst_health().map(|h| h.as_str())),
                    watts(n.consumed_watts),
                    watts(n.limit_watts),
                    intake,
                    opt(n.bios_version.as_deref()),
                    opt(n.bmc_version.as_deref()),
                    if n.errors.is_empty() {
                        String::new()
                    } else {
                        format!("{} error(s)", n.errors.len())
                    },
                ]
            })
            .collect();
        table(
            f,
            &[
                "NODE", "POWER", "HEALTH", "WATTS", "LIMIT", "INTAKE", "BIOS", "BMC", "",
            ],
            &rows,
        )?;
        for n in &self.nodes {
            for e in &n.errors {
                writeln!(f, "  ! {}: {e}", n.id)?;
            }
        }
        let problems = self.problem_nodes().len();
        writeln!(f)?;
        write!(
            f,
            "{} of {} nodes OK, nodes draw {:.0} W",
            self.nodes.len() - problems,
            self.nodes.len(),
            self.nodes_consumed_watts()
        )?;
        if problems > 0 {
            let ids: Vec<&str> = self.problem_nodes().iter().map(|n| n.id.as_str()).collect();
            write!(f, "; check {}", ids.join(", "))?;
        }
        writeln!(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, health: &str) -> NodeReport {
        NodeReport {
            id: id.into(),
            power_state: Some(PowerState::On),
            chassis_health: Some(Health::OK),
            system_health: Some(Health::from(health)),
            health_rollup: Some(Health::from(health)),
            consumed_watts: Some(250.0),
            ..NodeReport::default()
        }
    }

    #[test]
    fn worst_health_and_problem_nodes() {
        let mut hot = node("n3", "OK");
        hot.intake = Some(TemperatureReading {
            reading_celsius: Some(50.0),
            upper_critical: Some(45.0),
            ..TemperatureReading::default()
        });
        let mut broken = node("n4", "OK");
        broken.errors.push("thermal: 500".into());
        let report = RackReport {
            rack: RackSummary {
                id: "Rack".into(),
                ..RackSummary::default()
            },
            nodes: vec![node("n1", "OK"), node("n2", "Critical"), hot, broken],
        };
        assert_eq!(report.nodes[1].worst_health(), Some(&Health::Critical));
        let ids: Vec<&str> = report
            .problem_nodes()
            .iter()
            .map(|n| n.id.as_str())
            .collect();
        assert_eq!(ids, vec!["n2", "n3", "n4"]);
        assert_eq!(report.nodes_consumed_watts(), 1000.0);
        let text = report.to_string();
        assert!(text.contains("1 of 4 nodes OK"), "{text}");
        assert!(text.contains("check n2, n3, n4"), "{text}");
        assert!(text.contains("50.0 C CRIT"), "{text}");
        assert!(text.contains("! n4: thermal: 500"), "{text}");
        // Columns line up: every node row starts its HEALTH column at the same offset.
        let header = text
            .lines()
            .find(|l| l.trim_start().starts_with("NODE"))
            .unwrap();
        let col = header.find("HEALTH").unwrap();
        for l in text
            .lines()
            .filter(|l| l.trim_start().starts_with('n') && l.contains(" On "))
        {
            assert!(
                l[col..].starts_with("OK") || l[col..].starts_with("Critical"),
                "{l}"
            );
        }
    }

    #[test]
    fn unknown_health_is_worse_than_critical() {
        let weird = Health::from("Weird");
        assert_eq!(
            worst([Some(&Health::OK), Some(&weird), Some(&Health::Critical)]),
            Some(&weird)
        );
        assert_eq!(worst([None, None]), None);
    }
}
