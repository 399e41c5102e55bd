//! `PowerSupplyMetrics`: The `PowerSupplyMetrics` schema contains definitions for the metrics of a power supply.
//!
//! Generated from the DMTF Redfish schema `PowerSupplyMetrics.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `power_supply_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PowerSupplyMetrics` schema contains definitions for the metrics of a power supply.
    ///
    /// DMTF schema `PowerSupplyMetrics` v1_2_0 (Redfish 2025.4).
    pub struct PowerSupplyMetrics {
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
        /// The energy consumption (kWh) of this unit.
        "EnergykWh" => energy_kwh: crate::sensor::SensorEnergykWhExcerpt,
        /// The fan speed (percent) for this power supply.
        ///
        /// Deprecated: This property has been deprecated in favor of `FanSpeedsPercent` to support multiple fans within a power supply.
        "FanSpeedPercent" => fan_speed_percent: crate::sensor::SensorFanExcerpt,
        /// Fan speeds (percent).
        "FanSpeedsPercent" => fan_speeds_percent: Vec<crate::sensor::SensorFanArrayExcerpt>,
        "FanSpeedsPercent@odata.count" => fan_speeds_percent_count: u64,
        /// The frequency (Hz) for this power supply.
        "FrequencyHz" => frequency_hz: crate::sensor::SensorExcerpt,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The input current (A) for this power supply.
        "InputCurrentAmps" => input_current_amps: crate::sensor::SensorCurrentExcerpt,
        /// The input power (W) for this power supply.
        "InputPowerWatts" => input_power_watts: crate::sensor::SensorPowerExcerpt,
        /// The input voltage (V) for this power supply.
        "InputVoltage" => input_voltage: crate::sensor::SensorVoltageExcerpt,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The total power output (W) for this power supply.
        "OutputPowerWatts" => output_power_watts: crate::sensor::SensorPowerExcerpt,
        /// The input polyphase current readings for this power supply.
        "PolyPhaseCurrentAmps" => poly_phase_current_amps: crate::power_supply_metrics::CurrentSensors,
        /// The input polyphase energy consumption readings for this power supply.
        "PolyPhaseEnergykWh" => poly_phase_energy_kwh: crate::power_supply_metrics::EnergySensors,
        /// The input polyphase power readings for this power supply.
        "PolyPhasePowerWatts" => poly_phase_power_watts: crate::power_supply_metrics::PowerSensors,
        /// The input polyphase voltage readings for this power supply.
        "PolyPhaseVoltage" => poly_phase_voltage: crate::power_supply_metrics::VoltageSensors,
        /// The output currents (A) for this power supply.
        "RailCurrentAmps" => rail_current_amps: Vec<crate::sensor::SensorCurrentExcerpt>,
        "RailCurrentAmps@odata.count" => rail_current_amps_count: u64,
        /// The output power readings (W) for this power supply.
        "RailPowerWatts" => rail_power_watts: Vec<crate::sensor::SensorPowerExcerpt>,
        "RailPowerWatts@odata.count" => rail_power_watts_count: u64,
        /// The output voltages (V) for this power supply.
        "RailVoltage" => rail_voltage: Vec<crate::sensor::SensorVoltageExcerpt>,
        "RailVoltage@odata.count" => rail_voltage_count: u64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The temperature (C) for this power supply.
        "TemperatureCelsius" => temperature_celsius: crate::sensor::SensorExcerpt,
    }
}

crate::__impl_resource!(PowerSupplyMetrics: "PowerSupplyMetrics", actions);

crate::redfish_struct! {
    /// The current sensors for this power supply.
    pub struct CurrentSensors {
        /// Line 1 current (A).
        "Line1" => line1: crate::sensor::SensorCurrentExcerpt,
        /// Line 2 current (A).
        "Line2" => line2: crate::sensor::SensorCurrentExcerpt,
        /// Line 3 current (A).
        "Line3" => line3: crate::sensor::SensorCurrentExcerpt,
        /// Neutral line current (A).
        "Neutral" => neutral: crate::sensor::SensorCurrentExcerpt,
    }
}

crate::redfish_struct! {
    /// The energy sensors for this power supply.
    pub struct EnergySensors {
        /// The Line 1 to Line 2 energy (kWh) for this power supply.
        "Line1ToLine2" => line1_to_line2: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 1 to Neutral energy (kWh) for this power supply.
        "Line1ToNeutral" => line1_to_neutral: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 2 to Line 3 energy (kWh) for this power supply.
        "Line2ToLine3" => line2_to_line3: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 2 to Neutral energy (kWh) for this power supply.
        "Line2ToNeutral" => line2_to_neutral: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 3 to Line 1 energy (kWh) for this power supply.
        "Line3ToLine1" => line3_to_line1: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 3 to Neutral energy (kWh) for this power supply.
        "Line3ToNeutral" => line3_to_neutral: crate::sensor::SensorEnergykWhExcerpt,
    }
}

crate::redfish_struct! {
    /// The power sensors for this power supply.
    pub struct PowerSensors {
        /// The Line 1 to Line 2 power (W) for this power supply.
        "Line1ToLine2" => line1_to_line2: crate::sensor::SensorPowerExcerpt,
        /// The Line 1 to Neutral power (W) for this power supply.
        "Line1ToNeutral" => line1_to_neutral: crate::sensor::SensorPowerExcerpt,
        /// The Line 2 to Line 3 power (W) for this power supply.
        "Line2ToLine3" => line2_to_line3: crate::sensor::SensorPowerExcerpt,
        /// The Line 2 to Neutral power (W) for this power supply.
        "Line2ToNeutral" => line2_to_neutral: crate::sensor::SensorPowerExcerpt,
        /// The Line 3 to Line 1 power (W) for this power supply.
        "Line3ToLine1" => line3_to_line1: crate::sensor::SensorPowerExcerpt,
        /// The Line 3 to Neutral power (W) for this power supply.
        "Line3ToNeutral" => line3_to_neutral: crate::sensor::SensorPowerExcerpt,
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
    type Resource = PowerSupplyMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#PowerSupplyMetrics.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The voltage sensors for this power supply.
    pub struct VoltageSensors {
        /// The Line 1 to Line 2 voltage (V) for this power supply.
        "Line1ToLine2" => line1_to_line2: crate::sensor::SensorVoltageExcerpt,
        /// The Line 1 to Neutral voltage (V) for this power supply.
        "Line1ToNeutral" => line1_to_neutral: crate::sensor::SensorVoltageExcerpt,
        /// The Line 2 to Line 3 voltage (V) for this power supply.
        "Line2ToLine3" => line2_to_line3: crate::sensor::SensorVoltageExcerpt,
        /// The Line 2 to Neutral voltage (V) for this power supply.
        "Line2ToNeutral" => line2_to_neutral: crate::sensor::SensorVoltageExcerpt,
        /// The Line 3 to Line 1 voltage (V) for this power supply.
        "Line3ToLine1" => line3_to_line1: crate::sensor::SensorVoltageExcerpt,
        /// The Line 3 to Neutral voltage (V) for this power supply.
        "Line3ToNeutral" => line3_to_neutral: crate::sensor::SensorVoltageExcerpt,
    }
}
