//! `EnvironmentMetrics`: The `EnvironmentMetrics` schema represents the environmental metrics of a device.
//!
//! Generated from the DMTF Redfish schema `EnvironmentMetrics.v1_5_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `environment_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `EnvironmentMetrics` schema represents the environmental metrics of a device.
    ///
    /// DMTF schema `EnvironmentMetrics` v1_5_0 (Redfish 2025.4).
    pub struct EnvironmentMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// Absolute humidity (g/m^3).
        "AbsoluteHumidity" => absolute_humidity: crate::sensor::SensorExcerpt,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Ambient temperature (Celsius).
        "AmbientTemperatureCelsius" => ambient_temperature_celsius: crate::sensor::SensorExcerpt,
        /// The current (A) for this device.
        "CurrentAmps" => current_amps: crate::sensor::SensorCurrentExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// The dew point temperature (C).
        "DewPointCelsius" => dew_point_celsius: crate::sensor::SensorExcerpt,
        /// Energy consumption (J).
        "EnergyJoules" => energy_joules: crate::sensor::SensorExcerpt,
        /// Energy consumption (kWh).
        "EnergykWh" => energy_kwh: crate::sensor::SensorEnergykWhExcerpt,
        /// Fan speeds (percent).
        "FanSpeedsPercent" => fan_speeds_percent: Vec<crate::sensor::SensorFanArrayExcerpt>,
        "FanSpeedsPercent@odata.count" => fan_speeds_percent_count: u64,
        /// Humidity (percent).
        "HumidityPercent" => humidity_percent: crate::sensor::SensorExcerpt,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Power limit (W).
        ///
        /// Writable.
        "PowerLimitWatts" => power_limit_watts: crate::control::ControlSingleExcerpt,
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

crate::__impl_resource!(EnvironmentMetrics: "EnvironmentMetrics", actions);

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

impl crate::ActionRequest for ResetMetricsRequest {
    type Resource = EnvironmentMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#EnvironmentMetrics.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
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

impl crate::ActionRequest for ResetToDefaultsRequest {
    type Resource = EnvironmentMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#EnvironmentMetrics.ResetToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}
