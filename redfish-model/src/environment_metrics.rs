//! `EnvironmentMetrics` models, generated from the DMTF Redfish JSON schema by `tools/gen_model.py`.
//!
//! Do not edit by hand: change the generator and re-run it.

#![allow(clippy::doc_markdown, clippy::large_enum_variant)]

crate::redfish_resource! {
    /// The `EnvironmentMetrics` schema represents the environmental metrics of a device.
    ///
    /// DMTF schema `EnvironmentMetrics` v1_5_0 (Redfish 2025.4).
    pub struct EnvironmentMetrics: "EnvironmentMetrics" {
        /// Absolute humidity (g/m^3).
        "AbsoluteHumidity" => absolute_humidity: crate::sensor::SensorExcerpt,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Ambient temperature (Celsius).
        "AmbientTemperatureCelsius" => ambient_temperature_celsius: crate::sensor::SensorExcerpt,
        /// The current (A) for this device.
        "CurrentAmps" => current_amps: crate::sensor::SensorCurrentExcerpt,
        /// The dew point temperature (C).
        "DewPointCelsius" => dew_point_celsius: crate::sensor::SensorExcerpt,
        /// Energy consumption (J).
        "EnergyJoules" => energy_joules: crate::sensor::SensorExcerpt,
        /// Energy consumption (kWh).
        "EnergykWh" => energy_kwh: crate::sensor::SensorEnergykWhExcerpt,
        /// Fan speeds (percent).
        "FanSpeedsPercent" => fan_speeds_percent: Vec<serde_json::Value>,
        "FanSpeedsPercent@odata.count" => fan_speeds_percent_count: u64,
        /// Humidity (percent).
        "HumidityPercent" => humidity_percent: crate::sensor::SensorExcerpt,
        /// Power limit (W).
        ///
        /// Writable.
        "PowerLimitWatts" => power_limit_watts: serde_json::Value,
        /// The power load (percent) for this device.
        "PowerLoadPercent" => power_load_percent: crate::sensor::SensorExcerpt,
        /// Power consumption (W).
        "PowerWatts" => power_watts: crate::sensor::SensorPowerExcerpt,
        /// Temperature (Celsius).
        "TemperatureCelsius" => temperature_celsius: crate::sensor::SensorExcerpt,
        /// The voltage (V) for this device.
        "Voltage" => voltage: crate::sensor::SensorVoltageExcerpt,
    }
}

crate::redfish_struct! {
    /// Parameters of the `ResetMetrics` action: This action resets the summary metrics related to this equipment.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetMetricsRequest {
    }
}

impl ResetMetricsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetToDefaults` action: The action resets the values of writable properties to factory defaults.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetToDefaultsRequest {
    }
}

impl ResetToDefaultsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}
