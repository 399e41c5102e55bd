//! `PowerDistributionMetrics`: The `PowerDistributionMetrics` schema contains metrics of a power distribution component or unit, such as a floor power distribution unit (PDU) or switchgear.
//!
//! Generated from the DMTF Redfish schema `PowerDistributionMetrics.v1_4_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `power_distribution_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PowerDistributionMetrics` schema contains metrics of a power distribution component or unit, such as a floor power distribution unit (PDU) or switchgear.
    ///
    /// DMTF schema `PowerDistributionMetrics` v1_4_0 (Redfish 2025.4).
    pub struct PowerDistributionMetrics {
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
        /// Read-only.
        "Description" => description: String,
        /// Energy consumption (kWh).
        "EnergykWh" => energy_kwh: crate::sensor::SensorEnergykWhExcerpt,
        /// Humidity (percent).
        "HumidityPercent" => humidity_percent: crate::sensor::SensorExcerpt,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The power load (percent) for this equipment.
        "PowerLoadPercent" => power_load_percent: crate::sensor::SensorExcerpt,
        /// Power consumption (W).
        "PowerWatts" => power_watts: crate::sensor::SensorPowerExcerpt,
        /// Temperature (Celsius).
        "TemperatureCelsius" => temperature_celsius: crate::sensor::SensorExcerpt,
    }
}

crate::__impl_resource!(PowerDistributionMetrics: "PowerDistributionMetrics", actions);

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
    type Resource = PowerDistributionMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#PowerDistributionMetrics.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}
