//! `ThermalMetrics`: The `ThermalMetrics` schema represents the thermal metrics of a chassis.
//!
//! Generated from the DMTF Redfish schema `ThermalMetrics.v1_3_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `thermal_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ThermalMetrics` schema represents the thermal metrics of a chassis.
    ///
    /// DMTF schema `ThermalMetrics` v1_3_2 (Redfish 2025.4).
    pub struct ThermalMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The air flow through the chassis (m^3/min).
        ///
        /// Read-only.
        "AirFlowCubicMetersPerMinute" => air_flow_cubic_meters_per_minute: crate::sensor::SensorExcerpt,
        /// The differential pressure (kPa).
        ///
        /// Read-only.
        "DeltaPressurekPa" => delta_pressurek_pa: crate::sensor::SensorExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// Energy consumption (kWh) of the thermal management subsystem.
        "EnergykWh" => energy_kwh: crate::sensor::SensorEnergykWhExcerpt,
        /// The summary of heater metrics for this chassis.
        "HeaterSummary" => heater_summary: crate::thermal_metrics::HeaterSummary,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Power consumption (W) of the thermal management subsystem.
        "PowerWatts" => power_watts: crate::sensor::SensorPowerExcerpt,
        /// The temperatures (in degree Celsius units) from all related sensors for this device.
        "TemperatureReadingsCelsius" => temperature_readings_celsius: Vec<crate::sensor::SensorArrayExcerpt>,
        "TemperatureReadingsCelsius@odata.count" => temperature_readings_celsius_count: u64,
        /// The summary temperature readings for this chassis.
        "TemperatureSummaryCelsius" => temperature_summary_celsius: crate::thermal_metrics::TemperatureSummary,
    }
}

crate::__impl_resource!(ThermalMetrics: "ThermalMetrics", actions);

crate::redfish_struct! {
    /// The heater metrics summary for the subsystem.
    pub struct HeaterSummary {
        /// The total number of seconds all the heaters in the thermal subsystem were active while the respective devices they heat were powered off.
        ///
        /// Read-only.
        "TotalPrePowerOnHeatingTimeSeconds" => total_pre_power_on_heating_time_seconds: i64,
        /// The total number of seconds all the heaters in the thermal subsystem were active while the respective devices they heat were powered on.
        ///
        /// Read-only.
        "TotalRuntimeHeatingTimeSeconds" => total_runtime_heating_time_seconds: i64,
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

impl crate::ActionRequest for ResetMetricsRequest {
    type Resource = ThermalMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ThermalMetrics.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The temperature readings for a subsystem.
    pub struct TemperatureSummary {
        /// The ambient temperature (in degree Celsius units) of this subsystem.
        "Ambient" => ambient: crate::sensor::SensorExcerpt,
        /// The exhaust temperature (in degree Celsius units) of this subsystem.
        "Exhaust" => exhaust: crate::sensor::SensorExcerpt,
        /// The intake temperature (in degree Celsius units) of this subsystem.
        "Intake" => intake: crate::sensor::SensorExcerpt,
        /// The internal temperature (in degree Celsius units) of this subsystem.
        "Internal" => internal: crate::sensor::SensorExcerpt,
    }
}
