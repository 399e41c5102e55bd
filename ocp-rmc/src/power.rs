//! Power readings and power capping of a chassis (rack or node): use cases 5.2, 5.3, 5.4,
//! 5.6, 5.7 and 5.18.
//!
//! Everything is read from the legacy `Power` resource, where OpenRMC puts it. The limit
//! lives in `PowerControl[n].PowerLimit` as the schema says (the guide's examples PATCH a
//! top-level `PowerLimit`, which is only used when a service really serves it there).
//!
//! A chassis without `Power` (newer services follow the schema's deprecation of it) is read
//! through the new model instead: `EnvironmentMetrics` (`PowerWatts.Reading`, the
//! `PowerLimitWatts` control: `SetPoint`, `ControlMode`, `AllowableMax`) and
//! `PowerSubsystem.PowerSupplies`. That model has no `LimitException`, `CorrectionInMs` or
//! `PowerMetrics` statistics: those stay unset.

use futures_util::TryStreamExt;
use redfish_client::{Client, Entity};
use redfish_model::chassis::Chassis;
use redfish_model::control::ControlMode;
use redfish_model::environment_metrics::EnvironmentMetrics;
use redfish_model::power::{Power, PowerLimitException, PowerSupply, PowerSupplyType};
use redfish_model::power_supply::PowerSupply as PowerSupplyResource;
use redfish_model::resource::{Health, State};
use redfish_model::{ODataId, Resource};
use serde::Deserialize;
use serde::Serialize;
use serde_json::{Value, json};

use crate::error::{Error, Result};

/// Power usage of a rack or a node (`PowerControl[n]` of its `Power` resource).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PowerUsage {
    /// `PowerConsumedWatts`: the instantaneous reading.
    pub consumed_watts: Option<f64>,
    /// `PowerMetrics.IntervalInMin`: the interval of the statistics below.
    pub interval_min: Option<i64>,
    /// `PowerMetrics.MinConsumedWatts` over the interval.
    pub min_consumed_watts: Option<f64>,
    /// `PowerMetrics.MaxConsumedWatts` over the interval.
    pub max_consumed_watts: Option<f64>,
    /// `PowerMetrics.AverageConsumedWatts` over the interval.
    pub average_consumed_watts: Option<f64>,
    /// `PowerCapacityWatts`: what the power domain can deliver.
    pub capacity_watts: Option<f64>,
    /// The current cap (`PowerLimit`), if the service reports one.
    pub limit: Option<PowerLimit>,
}

/// A power cap as read (`PowerLimit`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PowerLimit {
    /// `LimitInWatts`; `None` (JSON `null`) means capping is off.
    pub limit_in_watts: Option<f64>,
    /// `LimitException`: what happens when the cap cannot be held.
    pub limit_exception: Option<PowerLimitException>,
    /// `CorrectionInMs`: time allowed to bring consumption under the cap.
    pub correction_in_ms: Option<i64>,
}

/// A power cap to set (use cases 5.3 and 5.7).
///
/// ```
/// use ocp_rmc::power::PowerLimitSetting;
/// use redfish_model::power::PowerLimitException;
/// let cap = PowerLimitSetting::watts(300.0)
///     .exception(PowerLimitException::LogEventOnly)
///     .correction_ms(100);
/// assert_eq!(
///     cap.to_json().unwrap(),
///     serde_json::json!({"LimitInWatts": 300.0, "LimitException": "LogEventOnly", "CorrectionInMs": 100})
/// );
/// assert_eq!(PowerLimitSetting::off().to_json().unwrap(), serde_json::json!({"LimitInWatts": null}));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub struct PowerLimitSetting {
    limit_in_watts: Option<f64>,
    exception: Option<PowerLimitException>,
    correction_in_ms: Option<u32>,
    control_index: usize,
}

impl PowerLimitSetting {
    /// Caps consumption at `watts`.
    pub fn watts(watts: f64) -> Self {
        Self {
            limit_in_watts: Some(watts),
            exception: None,
            correction_in_ms: None,
            control_index: 0,
        }
    }

    /// Removes the cap (`LimitInWatts: null`).
    pub fn off() -> Self {
        Self {
            limit_in_watts: None,
            ..Self::watts(0.0)
        }
    }

    /// `LimitException`: `NoAction`, `HardPowerOff` or `LogEventOnly`.
    pub fn exception(mut self, exception: PowerLimitException) -> Self {
        self.exception = Some(exception);
        self
    }

    /// `CorrectionInMs`.
    pub fn correction_ms(mut self, ms: u32) -> Self {
        self.correction_in_ms = Some(ms);
        self
    }

    /// Which `PowerControl` entry to cap (default 0, the whole domain).
    pub fn control_index(mut self, index: usize) -> Self {
        self.control_index = index;
        self
    }

    /// The requested limit in watts (`None`: capping off).
    pub fn limit_in_watts(&self) -> Option<f64> {
        self.limit_in_watts
    }

    /// The `PowerLimit` object to send.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a negative or non-finite limit.
    pub fn to_json(&self) -> Result<Value> {
        let mut obj = serde_json::Map::new();
        match self.limit_in_watts {
            Some(w) if !w.is_finite() || w < 0.0 => {
                return Err(Error::InvalidInput(format!(
                    "LimitInWatts must be a finite, non-negative number (got {w})"
                )));
            }
            Some(w) => obj.insert("LimitInWatts".into(), json!(w)),
            None => obj.insert("LimitInWatts".into(), Value::Null),
        };
        if let Some(e) = &self.exception {
            obj.insert("LimitException".into(), json!(e.as_str()));
        }
        if let Some(c) = self.correction_in_ms {
            obj.insert("CorrectionInMs".into(), json!(c));
        }
        Ok(Value::Object(obj))
    }
}

/// A power supply of the rack (use cases 5.4 and 5.18).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PowerSupplyInfo {
    /// `MemberId`.
    pub member_id: Option<String>,
    /// `Name`.
    pub name: Option<String>,
    /// `Status.State`.
    pub state: Option<State>,
    /// `Status.Health`.
    pub health: Option<Health>,
    /// `FirmwareVersion` (use case 5.18).
    pub firmware_version: Option<String>,
    /// `PowerCapacityWatts`.
    pub capacity_watts: Option<f64>,
    /// `LastPowerOutputWatts`.
    pub output_watts: Option<f64>,
    /// `PowerSupplyType` (`AC`, `DC`, ...).
    pub supply_type: Option<PowerSupplyType>,
    /// `Model`.
    pub model: Option<String>,
    /// `SerialNumber`.
    pub serial_number: Option<String>,
}

impl PowerSupplyInfo {
    fn from_model(p: &PowerSupply) -> Self {
        let status = p.status.as_ref();
        Self {
            member_id: p.member_id.clone(),
            name: p.name.clone(),
            state: status.and_then(|s| s.state.clone()),
            health: status.and_then(|s| s.health.clone()),
            firmware_version: p.firmware_version.clone(),
            capacity_watts: p.power_capacity_watts,
            output_watts: p.last_power_output_watts.or(p.power_output_watts),
            supply_type: p.power_supply_type.clone(),
            model: p.model.clone(),
            serial_number: p.serial_number.clone(),
        }
    }

    fn from_resource(p: &PowerSupplyResource) -> Self {
        let status = p.status.as_ref();
        Self {
            member_id: p.id.clone(),
            name: p.name.clone(),
            state: status.and_then(|s| s.state.clone()),
            health: status.and_then(|s| s.health.clone()),
            firmware_version: p.firmware_version.clone(),
            capacity_watts: p.power_capacity_watts,
            output_watts: None,
            // The PowerSupply schema has its own PowerSupplyType; the legacy one has the same names.
            supply_type: p
                .power_supply_type
                .as_ref()
                .map(|t| PowerSupplyType::from(t.as_str())),
            model: p.model.clone(),
            serial_number: p.serial_number.clone(),
        }
    }

    /// `true` when the supply is enabled and healthy (`Enabled` + `OK`).
    pub fn is_ok(&self) -> bool {
        self.state == Some(State::Enabled) && self.health == Some(Health::OK)
    }
}

/// The `Power` resource of a chassis.
pub(crate) async fn power_of(client: &Client, chassis: &Entity<Chassis>) -> Result<Entity<Power>> {
    if chassis.power.is_none() {
        return Err(Error::missing(chassis.odata_id(), "Power link"));
    }
    Ok(client.get(&chassis.power).await?)
}

fn limit_from(l: &redfish_model::power::PowerLimit) -> PowerLimit {
    PowerLimit {
        limit_in_watts: l.limit_in_watts,
        limit_exception: l.limit_exception.clone(),
        correction_in_ms: l.correction_in_ms,
    }
}

/// The guide-style top-level `PowerLimit` (OpenRMC section 5.3), not in the schema.
fn top_level_limit(power: &Power) -> Option<PowerLimit> {
    let v = power.extra().get("PowerLimit")?;
    redfish_model::power::PowerLimit::deserialize(v)
        .ok()
        .map(|l| limit_from(&l))
}

/// Reads usage from a `Power` resource (a `null` LimitInWatts, i.e. capping off, reads as
/// `None`; the guide-style top-level `PowerLimit` is accepted).
pub(crate) fn usage_from(power: &Power) -> PowerUsage {
    let controls = power.power_control.as_deref().unwrap_or_default();
    let index = controls
        .iter()
        .position(|c| c.power_consumed_watts.is_some())
        .unwrap_or(0);
    let Some(control) = controls.get(index) else {
        return PowerUsage {
            limit: top_level_limit(power),
            ..PowerUsage::default()
        };
    };
    let metrics = control.power_metrics.as_ref();
    let limit = control
        .power_limit
        .as_ref()
        .map(limit_from)
        .or_else(|| top_level_limit(power));
    PowerUsage {
        consumed_watts: control.power_consumed_watts,
        interval_min: metrics.and_then(|m| m.interval_in_min),
        min_consumed_watts: metrics.and_then(|m| m.min_consumed_watts),
        max_consumed_watts: metrics.and_then(|m| m.max_consumed_watts),
        average_consumed_watts: metrics.and_then(|m| m.average_consumed_watts),
        capacity_watts: control.power_capacity_watts,
        limit,
    }
}

/// The power supplies listed in a `Power` resource.
pub(crate) fn supplies_from(power: &Power) -> Vec<PowerSupplyInfo> {
    power
        .power_supplies
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(PowerSupplyInfo::from_model)
        .collect()
}

/// Usage from an `EnvironmentMetrics` resource (new power model).
pub(crate) fn usage_from_metrics(metrics: &EnvironmentMetrics) -> PowerUsage {
    let control = metrics.power_limit_watts.as_ref();
    let limit = control.map(|c| PowerLimit {
        limit_in_watts: if c.control_mode == Some(ControlMode::Disabled) {
            None
        } else {
            c.set_point
        },
        limit_exception: None,
        correction_in_ms: None,
    });
    PowerUsage {
        consumed_watts: metrics.power_watts.as_ref().and_then(|w| w.reading),
        capacity_watts: control.and_then(|c| c.allowable_max),
        limit,
        ..PowerUsage::default()
    }
}

/// The `EnvironmentMetrics` of a chassis without a legacy `Power` resource.
async fn metrics_of(
    client: &Client,
    chassis: &Entity<Chassis>,
) -> Result<Entity<EnvironmentMetrics>> {
    if chassis.environment_metrics.is_none() {
        return Err(Error::missing(
            chassis.odata_id(),
            "Power or EnvironmentMetrics link",
        ));
    }
    Ok(client.get(&chassis.environment_metrics).await?)
}

/// Power usage of a chassis, from `Power`, else `EnvironmentMetrics`.
pub(crate) async fn usage_of(client: &Client, chassis: &Entity<Chassis>) -> Result<PowerUsage> {
    if chassis.power.is_some() {
        let power = power_of(client, chassis).await?;
        return Ok(usage_from(&power));
    }
    let metrics = metrics_of(client, chassis).await?;
    Ok(usage_from_metrics(&metrics))
}

/// Power usage and supplies of a chassis, from `Power`, else `EnvironmentMetrics` and
/// `PowerSubsystem`.
pub(crate) async fn usage_and_supplies_of(
    client: &Client,
    chassis: &Entity<Chassis>,
) -> Result<(PowerUsage, Vec<PowerSupplyInfo>)> {
    if chassis.power.is_some() {
        let power = power_of(client, chassis).await?;
        return Ok((usage_from(&power), supplies_from(&power)));
    }
    let (usage, supplies) =
        futures_util::join!(usage_of(client, chassis), supplies_of(client, chassis));
    Ok((usage?, supplies?))
}

/// The power supplies of a chassis, from `Power`, else `PowerSubsystem.PowerSupplies`.
pub(crate) async fn supplies_of(
    client: &Client,
    chassis: &Entity<Chassis>,
) -> Result<Vec<PowerSupplyInfo>> {
    if chassis.power.is_some() {
        let power = power_of(client, chassis).await?;
        return Ok(supplies_from(&power));
    }
    if chassis.power_subsystem.is_none() {
        return Err(Error::missing(
            chassis.odata_id(),
            "Power or PowerSubsystem link",
        ));
    }
    let subsystem = client.get(&chassis.power_subsystem).await?;
    if subsystem.power_supplies.is_none() {
        return Ok(Vec::new());
    }
    let supplies: Vec<_> = client
        .members::<PowerSupplyResource>(&subsystem.power_supplies)?
        .stream()
        .try_collect()
        .await?;
    Ok(supplies
        .iter()
        .map(|p| PowerSupplyInfo::from_resource(p))
        .collect())
}

/// Sets the `PowerLimitWatts` control of `EnvironmentMetrics` (new power model).
async fn set_metrics_limit(
    client: &Client,
    chassis: &Entity<Chassis>,
    setting: &PowerLimitSetting,
) -> Result<PowerLimit> {
    setting.to_json()?;
    if setting.exception.is_some() || setting.correction_in_ms.is_some() {
        tracing::warn!(
            chassis = %chassis.odata_id(),
            "EnvironmentMetrics.PowerLimitWatts has no LimitException or CorrectionInMs: not sent"
        );
    }
    let body = match setting.limit_in_watts {
        Some(w) => json!({ "PowerLimitWatts": { "SetPoint": w, "ControlMode": "Automatic" } }),
        None => json!({ "PowerLimitWatts": { "ControlMode": "Disabled" } }),
    };
    let metrics = metrics_of(client, chassis).await?;
    let updated = metrics.patch(&body).await?;
    let read = usage_from_metrics(&updated).limit.unwrap_or_default();
    check_applied(metrics.odata_id(), setting, &read)?;
    Ok(read)
}

/// PATCHes the power limit of a chassis and reads it back.
pub(crate) async fn set_limit(
    client: &Client,
    chassis: &Entity<Chassis>,
    setting: &PowerLimitSetting,
) -> Result<PowerLimit> {
    if chassis.power.is_none() && chassis.environment_metrics.is_some() {
        return set_metrics_limit(client, chassis, setting).await;
    }
    let limit = setting.to_json()?;
    let mut attempt = 0;
    loop {
        let power = power_of(client, chassis).await?;
        let body = patch_body(power.odata_id(), &power, setting, limit.clone())?;
        match power.patch(&body).await {
            Ok(updated) => {
                let usage = usage_from(&updated);
                let read = usage.limit.unwrap_or_default();
                check_applied(power.odata_id(), setting, &read)?;
                return Ok(read);
            }
            // Someone else changed the resource between our GET and PATCH: read it again
            // once, then give up rather than loop against a busy writer.
            Err(e) if e.is_precondition_failed() && attempt == 0 => attempt += 1,
            Err(e) => return Err(e.into()),
        }
    }
}

fn patch_body(
    uri: &ODataId,
    power: &Power,
    setting: &PowerLimitSetting,
    limit: Value,
) -> Result<Value> {
    let controls = power.power_control.as_deref().unwrap_or_default();
    if controls.is_empty() {
        if power.extra().contains_key("PowerLimit") {
            // The guide's layout (section 5.3): a top-level PowerLimit.
            return Ok(json!({ "PowerLimit": limit }));
        }
        return Err(Error::missing(uri, "PowerControl"));
    }
    if setting.control_index >= controls.len() {
        return Err(Error::missing(
            uri,
            format!(
                "PowerControl[{}] (the resource has {})",
                setting.control_index,
                controls.len()
            ),
        ));
    }
    // An array in a PATCH replaces the whole array on some services: send `{}` for the
    // entries before ours so that they stay as they are, and nothing after it.
    let mut entries = vec![json!({}); setting.control_index];
    entries.push(json!({ "PowerLimit": limit }));
    Ok(json!({ "PowerControl": entries }))
}

fn check_applied(uri: &ODataId, setting: &PowerLimitSetting, read: &PowerLimit) -> Result<()> {
    let same = match (setting.limit_in_watts, read.limit_in_watts) {
        (Some(a), Some(b)) => (a - b).abs() < 0.5,
        (None, None) => true,
        _ => false,
    };
    if same {
        Ok(())
    } else {
        let show = |v: Option<f64>| v.map_or_else(|| "null".to_owned(), |w| w.to_string());
        Err(Error::NotApplied {
            uri: uri.clone(),
            property: format!(
                "PowerControl/{}/PowerLimit/LimitInWatts",
                setting.control_index
            ),
            expected: show(setting.limit_in_watts),
            actual: show(read.limit_in_watts),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri() -> ODataId {
        ODataId::new("/redfish/v1/Chassis/Rack/Power")
    }

    fn power(v: Value) -> Power {
        serde_json::from_value(v).unwrap()
    }

    fn metrics(v: Value) -> EnvironmentMetrics {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn negative_limits_are_refused() {
        assert!(PowerLimitSetting::watts(-1.0).to_json().is_err());
        assert!(PowerLimitSetting::watts(f64::NAN).to_json().is_err());
    }

    #[test]
    fn patch_targets_the_requested_power_control_entry() {
        let raw = json!({"PowerControl": [{"MemberId": "0"}, {"MemberId": "1"}]});
        let s = PowerLimitSetting::watts(300.0).control_index(1);
        let body = patch_body(&uri(), &power(raw.clone()), &s, s.to_json().unwrap()).unwrap();
        assert_eq!(
            body,
            json!({"PowerControl": [{}, {"PowerLimit": {"LimitInWatts": 300.0}}]})
        );
        let s = PowerLimitSetting::watts(300.0).control_index(2);
        assert!(patch_body(&uri(), &power(raw), &s, s.to_json().unwrap()).is_err());
    }

    #[test]
    fn guide_layout_with_top_level_limit_is_accepted() {
        let raw = json!({"PowerLimit": {"LimitInWatts": 500}});
        let s = PowerLimitSetting::watts(300.0);
        let body = patch_body(&uri(), &power(raw.clone()), &s, s.to_json().unwrap()).unwrap();
        assert_eq!(body, json!({"PowerLimit": {"LimitInWatts": 300.0}}));
        assert_eq!(
            usage_from(&power(raw)).limit.unwrap().limit_in_watts,
            Some(500.0)
        );
        assert!(patch_body(&uri(), &power(json!({})), &s, s.to_json().unwrap()).is_err());
    }

    #[test]
    fn usage_reads_the_entry_with_a_reading_and_its_metrics() {
        let raw = json!({"PowerControl": [
            {"MemberId": "0", "Name": "no reading"},
            {"MemberId": "1", "PowerConsumedWatts": 8000, "PowerCapacityWatts": 12000,
             "PowerMetrics": {"IntervalInMin": 5, "MinConsumedWatts": 7000,
                              "MaxConsumedWatts": 9000, "AverageConsumedWatts": 8100},
             "PowerLimit": {"LimitInWatts": null, "LimitException": "LogEventOnly"}}
        ]});
        let u = usage_from(&power(raw));
        assert_eq!(u.consumed_watts, Some(8000.0));
        assert_eq!(u.interval_min, Some(5));
        assert_eq!(u.min_consumed_watts, Some(7000.0));
        assert_eq!(u.max_consumed_watts, Some(9000.0));
        assert_eq!(u.average_consumed_watts, Some(8100.0));
        assert_eq!(u.capacity_watts, Some(12000.0));
        let limit = u.limit.unwrap();
        assert_eq!(limit.limit_in_watts, None, "null means capping off");
        assert_eq!(
            limit.limit_exception,
            Some(PowerLimitException::LogEventOnly)
        );
    }

    #[test]
    fn new_model_metrics_are_read() {
        let raw = json!({
            "PowerWatts": {"Reading": 412.5},
            "PowerLimitWatts": {"SetPoint": 500, "ControlMode": "Automatic", "AllowableMax": 900}
        });
        let u = usage_from_metrics(&metrics(raw));
        assert_eq!(u.consumed_watts, Some(412.5));
        assert_eq!(u.capacity_watts, Some(900.0));
        assert_eq!(u.limit.unwrap().limit_in_watts, Some(500.0));
        let off = json!({"PowerLimitWatts": {"SetPoint": 500, "ControlMode": "Disabled"}});
        assert_eq!(
            usage_from_metrics(&metrics(off))
                .limit
                .unwrap()
                .limit_in_watts,
            None
        );
        assert_eq!(usage_from_metrics(&metrics(json!({}))).limit, None);
    }

    #[test]
    fn a_limit_read_back_differently_is_reported() {
        let s = PowerLimitSetting::watts(300.0);
        let read = PowerLimit {
            limit_in_watts: Some(500.0),
            ..PowerLimit::default()
        };
        let e = check_applied(&uri(), &s, &read).unwrap_err();
        assert!(
            e.to_string().contains("300") && e.to_string().contains("500"),
            "{e}"
        );
        let ok = PowerLimit {
            limit_in_watts: Some(300.0),
            ..PowerLimit::default()
        };
        assert!(check_applied(&uri(), &s, &ok).is_ok());
    }
}
