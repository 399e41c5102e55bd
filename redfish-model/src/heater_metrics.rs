//! `HeaterMetrics`: The `HeaterMetrics` schema contains definitions for the metrics of a heater.
//!
//! Generated from the DMTF Redfish schema `HeaterMetrics.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `heater_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `HeaterMetrics` schema contains definitions for the metrics of a heater.
    ///
    /// DMTF schema `HeaterMetrics` v1_0_2 (Redfish 2025.4).
    pub struct HeaterMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Power consumption (W).
        "PowerWatts" => power_watts: crate::sensor::SensorPowerExcerpt,
        /// The total number of seconds the heater was active while the device it heats was powered off.
        ///
        /// Read-only.
        "PrePowerOnHeatingTimeSeconds" => pre_power_on_heating_time_seconds: i64,
        /// The total number of seconds the heater was active while the device it heats was powered on.
        ///
        /// Read-only.
        "RuntimeHeatingTimeSeconds" => runtime_heating_time_seconds: i64,
        /// The temperatures (in degree Celsius units) from all related sensors for this device.
        "TemperatureReadingsCelsius" => temperature_readings_celsius: Vec<crate::sensor::SensorArrayExcerpt>,
        "TemperatureReadingsCelsius@odata.count" => temperature_readings_celsius_count: u64,
    }
}

crate::__impl_resource!(HeaterMetrics: "HeaterMetrics", actions);

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
    type Resource = HeaterMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#HeaterMetrics.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}
