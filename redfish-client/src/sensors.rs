//! Sensor readings of a chassis behind one call, whichever model the service implements: the
//! `Sensors` collection (with `PowerSubsystem`/`ThermalSubsystem`/`EnvironmentMetrics`,
//! Redfish 2020.4 and later) or the deprecated `Thermal` and `Power` resources. Every reading
//! comes out as one [`Reading`] type.
//!
//! ```no_run
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let chassis = client.service_root().await?.chassis()?.find("1").await?;
//! for r in chassis.readings().await? {
//!     println!("{} {:?} {:?} {:?}", r.name, r.kind, r.value, r.units);
//! }
//! # Ok(()) }
//! ```

use redfish_model::ODataId;
use redfish_model::chassis::Chassis;
use redfish_model::physical_context::PhysicalContext;
use redfish_model::resource::{Health, State, Status};
use redfish_model::sensor::{ReadingType, Sensor};
use redfish_model::thermal::ReadingUnits;

use crate::entity::Entity;
use crate::error::Result;

/// Which model a [`Reading`] came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReadingSource {
    /// A `Sensor` resource of the chassis' `Sensors` collection.
    Sensor,
    /// `EnvironmentMetrics` of the chassis (when it has no `Sensors`).
    EnvironmentMetrics,
    /// The deprecated `Thermal` resource (`Temperatures`, `Fans`).
    Thermal,
    /// The deprecated `Power` resource (`PowerControl`, `Voltages`).
    Power,
}

/// One reading, whatever model it came from.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Reading {
    /// The sensor's name (`Name`, else `MemberId`).
    pub name: String,
    /// What is measured (from `ReadingUnits` when a sensor leaves `ReadingType` out; legacy
    /// fans: `Rotational`, or `Percent` when they say so).
    pub kind: Option<ReadingType>,
    /// The value, in `units`.
    pub value: Option<f64>,
    /// The units (`Cel`, `RPM`, `%`, `W`, `V`, ... as UCUM, the legacy models mapped).
    pub units: Option<String>,
    /// Where it is measured.
    pub physical_context: Option<PhysicalContext>,
    /// `Status.Health`.
    pub health: Option<Health>,
    /// `Status.State`.
    pub state: Option<State>,
    /// The upper critical threshold, when the service gives one.
    pub upper_critical: Option<f64>,
    /// Where it was read: the Sensor's URI, or the legacy resource's member (`#/Temperatures/0`).
    pub uri: ODataId,
    /// Which model it came from.
    pub source: ReadingSource,
}

impl Reading {
    fn new(name: String, uri: ODataId, source: ReadingSource, status: Option<&Status>) -> Self {
        Self {
            name,
            kind: None,
            value: None,
            units: None,
            physical_context: None,
            health: status.and_then(|s| s.health.clone()),
            state: status.and_then(|s| s.state.clone()),
            upper_critical: None,
            uri,
            source,
        }
    }

    fn from_sensor(s: &Entity<Sensor>) -> Self {
        let name = s.name.clone().or_else(|| s.id.clone()).unwrap_or_default();
        let mut r = Self::new(
            name,
            s.odata_id().clone(),
            ReadingSource::Sensor,
            s.status.as_ref(),
        );
        r.kind = s
            .reading_type
            .clone()
            .or_else(|| s.reading_units.as_deref().and_then(kind_of_units));
        r.value = s.reading;
        r.units = s.reading_units.clone();
        r.physical_context = s.physical_context.clone();
        r.upper_critical = s
            .thresholds
            .as_ref()
            .and_then(|t| t.upper_critical.as_ref())
            .and_then(|t| t.reading);
        r
    }
}

/// The reading type a UCUM unit implies, for sensors that leave `ReadingType` out.
fn kind_of_units(units: &str) -> Option<ReadingType> {
    Some(match units {
        "Cel" => ReadingType::Temperature,
        "RPM" | "{rev}/min" => ReadingType::Rotational,
        "W" => ReadingType::Power,
        "V" => ReadingType::Voltage,
        "A" => ReadingType::Current,
        "%" => ReadingType::Percent,
        "Hz" => ReadingType::Frequency,
        _ => return None,
    })
}

fn member(id: Option<&ODataId>, base: &ODataId, array: &str, i: usize) -> ODataId {
    id.cloned()
        .unwrap_or_else(|| ODataId::new(format!("{}#/{array}/{i}", base.path())))
}

impl Entity<Chassis> {
    /// Every reading of the chassis: its `Sensors` when it has them, else its
    /// `EnvironmentMetrics`, plus (when there are no `Sensors`) the legacy `Thermal`
    /// temperatures and fans and `Power` consumption and voltages.
    ///
    /// # Errors
    ///
    /// Service or transport errors of the resources read.
    pub async fn readings(&self) -> Result<Vec<Reading>> {
        if self.sensors.is_some() {
            let sensors = self.members(&self.data().sensors)?.collect().await?;
            return Ok(sensors.iter().map(Reading::from_sensor).collect());
        }
        let mut out = Vec::new();
        if self.environment_metrics.is_some() {
            let m = self.client().get(&self.data().environment_metrics).await?;
            let uri = m.odata_id().clone();
            if let Some(t) = m.temperature_celsius.as_ref().and_then(|t| t.reading) {
                let mut r = Reading::new(
                    "Temperature".into(),
                    uri.clone(),
                    ReadingSource::EnvironmentMetrics,
                    None,
                );
                r.kind = Some(ReadingType::Temperature);
                r.value = Some(t);
                r.units = Some("Cel".into());
                out.push(r);
            }
            if let Some(w) = m.power_watts.as_ref().and_then(|w| w.reading) {
                let mut r =
                    Reading::new("Power".into(), uri, ReadingSource::EnvironmentMetrics, None);
                r.kind = Some(ReadingType::Power);
                r.value = Some(w);
                r.units = Some("W".into());
                out.push(r);
            }
        }
        if self.thermal.is_some() {
            let t = self.client().get(&self.data().thermal).await?;
            let base = t.odata_id().clone();
            for (i, x) in t
                .temperatures
                .as_deref()
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let name = x
                    .name
                    .clone()
                    .or_else(|| x.member_id.clone())
                    .unwrap_or_default();
                let uri = member(x.odata_id.as_ref(), &base, "Temperatures", i);
                let mut r = Reading::new(name, uri, ReadingSource::Thermal, x.status.as_ref());
                r.kind = Some(ReadingType::Temperature);
                r.value = x.reading_celsius;
                r.units = Some("Cel".into());
                r.physical_context = x.physical_context.clone();
                r.upper_critical = x.upper_threshold_critical;
                out.push(r);
            }
            for (i, f) in t.fans.as_deref().unwrap_or_default().iter().enumerate() {
                let name = f
                    .name
                    .clone()
                    .or_else(|| f.fan_name.clone())
                    .or_else(|| f.member_id.clone())
                    .unwrap_or_default();
                let uri = member(f.odata_id.as_ref(), &base, "Fans", i);
                let mut r = Reading::new(name, uri, ReadingSource::Thermal, f.status.as_ref());
                let percent = f.reading_units == Some(ReadingUnits::Percent);
                r.kind = Some(if percent {
                    ReadingType::Percent
                } else {
                    ReadingType::Rotational
                });
                r.value = f.reading.map(|v| v as f64);
                r.units = Some(if percent { "%" } else { "RPM" }.into());
                r.physical_context = f.physical_context.clone();
                r.upper_critical = f.upper_threshold_critical.map(|v| v as f64);
                out.push(r);
            }
        }
        if self.power.is_some() {
            let p = self.client().get(&self.data().power).await?;
            let base = p.odata_id().clone();
            for (i, c) in p
                .power_control
                .as_deref()
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                let name = c
                    .name
                    .clone()
                    .or_else(|| c.member_id.clone())
                    .unwrap_or_default();
                let uri = member(c.odata_id.as_ref(), &base, "PowerControl", i);
                let mut r = Reading::new(name, uri, ReadingSource::Power, c.status.as_ref());
                r.kind = Some(ReadingType::Power);
                r.value = c.power_consumed_watts;
                r.units = Some("W".into());
                out.push(r);
            }
            for (i, v) in p.voltages.as_deref().unwrap_or_default().iter().enumerate() {
                let name = v
                    .name
                    .clone()
                    .or_else(|| v.member_id.clone())
                    .unwrap_or_default();
                let uri = member(v.odata_id.as_ref(), &base, "Voltages", i);
                let mut r = Reading::new(name, uri, ReadingSource::Power, v.status.as_ref());
                r.kind = Some(ReadingType::Voltage);
                r.value = v.reading_volts;
                r.units = Some("V".into());
                r.physical_context = v.physical_context.clone();
                r.upper_critical = v.upper_threshold_critical;
                out.push(r);
            }
        }
        Ok(out)
    }
}
