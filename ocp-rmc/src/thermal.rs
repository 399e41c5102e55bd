//! Temperatures of a node (use case 5.8): the intake reading with all its thresholds.

use redfish_model::resource::{Health, PhysicalContext};
use redfish_model::thermal::{Temperature, Thermal};
use serde::Serialize;

/// Where a reading stands against its thresholds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[non_exhaustive]
pub enum ThresholdState {
    /// No reading.
    Unknown,
    /// Within every threshold.
    Normal,
    /// Past a non-critical threshold.
    NonCritical,
    /// Past a critical threshold.
    Critical,
    /// Past a fatal threshold.
    Fatal,
}

impl ThresholdState {
    /// A short label for tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unknown => "?",
            Self::Normal => "ok",
            Self::NonCritical => "warn",
            Self::Critical => "CRIT",
            Self::Fatal => "FATAL",
        }
    }
}

/// One temperature sensor of a `Thermal` resource, thresholds included.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TemperatureReading {
    /// `Name`.
    pub name: Option<String>,
    /// `PhysicalContext` (`Intake`, `CPU`, ...).
    pub physical_context: Option<PhysicalContext>,
    /// `ReadingCelsius`.
    pub reading_celsius: Option<f64>,
    /// `UpperThresholdNonCritical`.
    pub upper_non_critical: Option<f64>,
    /// `UpperThresholdCritical`.
    pub upper_critical: Option<f64>,
    /// `UpperThresholdFatal`.
    pub upper_fatal: Option<f64>,
    /// `LowerThresholdNonCritical`.
    pub lower_non_critical: Option<f64>,
    /// `LowerThresholdCritical`.
    pub lower_critical: Option<f64>,
    /// `LowerThresholdFatal`.
    pub lower_fatal: Option<f64>,
    /// `MinReadingRangeTemp`.
    pub min_reading_range: Option<f64>,
    /// `MaxReadingRangeTemp`.
    pub max_reading_range: Option<f64>,
    /// `Status.Health`.
    pub health: Option<Health>,
}

impl TemperatureReading {
    fn from_model(t: &Temperature) -> Self {
        Self {
            name: t.name.clone(),
            physical_context: t.physical_context.clone(),
            reading_celsius: t.reading_celsius,
            upper_non_critical: t.upper_threshold_non_critical,
            upper_critical: t.upper_threshold_critical,
            upper_fatal: t.upper_threshold_fatal,
            lower_non_critical: t.lower_threshold_non_critical,
            lower_critical: t.lower_threshold_critical,
            lower_fatal: t.lower_threshold_fatal,
            min_reading_range: t.min_reading_range_temp,
            max_reading_range: t.max_reading_range_temp,
            health: t.status.as_ref().and_then(|s| s.health.clone()),
        }
    }

    /// The worst threshold the reading has crossed (upper thresholds are crossed at or
    /// above their value, lower ones at or below).
    pub fn state(&self) -> ThresholdState {
        let Some(r) = self.reading_celsius else {
            return ThresholdState::Unknown;
        };
        let above = |t: Option<f64>| t.is_some_and(|t| r >= t);
        let below = |t: Option<f64>| t.is_some_and(|t| r <= t);
        if above(self.upper_fatal) || below(self.lower_fatal) {
            ThresholdState::Fatal
        } else if above(self.upper_critical) || below(self.lower_critical) {
            ThresholdState::Critical
        } else if above(self.upper_non_critical) || below(self.lower_non_critical) {
            ThresholdState::NonCritical
        } else {
            ThresholdState::Normal
        }
    }

    /// `true` for an intake (inlet) sensor: `PhysicalContext` `Intake`, or, for services
    /// that leave the context out, a name that says so.
    pub fn is_intake(&self) -> bool {
        if let Some(c) = &self.physical_context {
            return *c == PhysicalContext::Intake;
        }
        self.name.as_deref().is_some_and(|n| {
            let n = n.to_ascii_lowercase();
            n.contains("intake") || n.contains("inlet")
        })
    }
}

/// Every temperature of a `Thermal` resource.
pub(crate) fn temperatures_from(thermal: &Thermal) -> Vec<TemperatureReading> {
    thermal
        .temperatures
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(TemperatureReading::from_model)
        .collect()
}

/// The intake sensor, if any.
pub(crate) fn intake_from(thermal: &Thermal) -> Option<TemperatureReading> {
    temperatures_from(thermal)
        .into_iter()
        .find(TemperatureReading::is_intake)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thermal(v: serde_json::Value) -> Thermal {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn intake_is_found_by_context_then_by_name() {
        let t = thermal(serde_json::json!({"Temperatures": [
            {"Name": "CPU1 Temp", "PhysicalContext": "CPU", "ReadingCelsius": 60},
            {"Name": "Chassis Intake Temp", "PhysicalContext": "Intake", "ReadingCelsius": 21,
             "UpperThresholdNonCritical": 35, "UpperThresholdCritical": 40, "UpperThresholdFatal": 45,
             "LowerThresholdNonCritical": 10, "LowerThresholdCritical": 5, "LowerThresholdFatal": 0,
             "MinReadingRangeTemp": 0, "MaxReadingRangeTemp": 200}
        ]}));
        let i = intake_from(&t).unwrap();
        assert_eq!(i.reading_celsius, Some(21.0));
        assert_eq!(i.upper_fatal, Some(45.0));
        assert_eq!(i.lower_critical, Some(5.0));
        assert_eq!(i.max_reading_range, Some(200.0));
        assert_eq!(i.state(), ThresholdState::Normal);

        let by_name = thermal(
            serde_json::json!({"Temperatures": [{"Name": "Inlet Temp", "ReadingCelsius": 22}]}),
        );
        assert_eq!(intake_from(&by_name).unwrap().reading_celsius, Some(22.0));
        let cpu_only = thermal(
            serde_json::json!({"Temperatures": [{"Name": "Inlet?", "PhysicalContext": "CPU"}]}),
        );
        assert!(
            intake_from(&cpu_only).is_none(),
            "an explicit context wins over the name"
        );
    }

    #[test]
    fn state_reports_the_worst_crossed_threshold() {
        let mut r = TemperatureReading {
            upper_non_critical: Some(35.0),
            upper_critical: Some(40.0),
            upper_fatal: Some(45.0),
            lower_non_critical: Some(10.0),
            lower_critical: Some(5.0),
            ..TemperatureReading::default()
        };
        assert_eq!(r.state(), ThresholdState::Unknown);
        for (reading, state) in [
            (20.0, ThresholdState::Normal),
            (35.0, ThresholdState::NonCritical),
            (41.0, ThresholdState::Critical),
            (50.0, ThresholdState::Fatal),
            (9.0, ThresholdState::NonCritical),
            (4.0, ThresholdState::Critical),
            (-10.0, ThresholdState::Critical),
        ] {
            r.reading_celsius = Some(reading);
            assert_eq!(r.state(), state, "{reading}");
        }
    }
}
