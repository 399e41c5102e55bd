//! `BatteryMetrics`: The `BatteryMetrics` schema contains definitions for the metrics of a battery unit.
//!
//! Generated from the DMTF Redfish schema `BatteryMetrics.v1_1_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `battery_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `BatteryMetrics` schema contains definitions for the metrics of a battery unit.
    ///
    /// DMTF schema `BatteryMetrics` v1_1_0 (Redfish 2025.4).
    pub struct BatteryMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The rate at which the battery is charging or discharging, based on current in ampere units, relative to its rated maximum capacity in ampere-hour units. For example, `0.5` indicates it takes two hours to charge or discharge the battery based upon the current charge rate and capacity.
        ///
        /// Read-only.
        "CRate" => c_rate: f64,
        /// The cell voltages (V) for this battery.
        "CellVoltages" => cell_voltages: Vec<crate::sensor::SensorVoltageExcerpt>,
        "CellVoltages@odata.count" => cell_voltages_count: u64,
        /// The amount of charge available (percent) in this battery.
        "ChargePercent" => charge_percent: crate::sensor::SensorExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// The number of discharges this battery has sustained.
        ///
        /// Read-only.
        "DischargeCycles" => discharge_cycles: f64,
        /// The rate at which the battery is charging or discharging, based on power in watt units, relative to its rated maximum capacity in watt-hour units. For example, `0.5` indicates it takes two hours to charge or discharge the battery based upon the current charge rate and capacity.
        ///
        /// Read-only.
        "ERate" => e_rate: f64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The input current (A) for this battery.
        "InputCurrentAmps" => input_current_amps: crate::sensor::SensorCurrentExcerpt,
        /// The input voltage (V) for this battery.
        "InputVoltage" => input_voltage: crate::sensor::SensorVoltageExcerpt,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The output currents (A) for this battery.
        "OutputCurrentAmps" => output_current_amps: Vec<crate::sensor::SensorCurrentExcerpt>,
        "OutputCurrentAmps@odata.count" => output_current_amps_count: u64,
        /// The output voltages (V) for this battery.
        "OutputVoltages" => output_voltages: Vec<crate::sensor::SensorVoltageExcerpt>,
        "OutputVoltages@odata.count" => output_voltages_count: u64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The charge (Ah) stored in this battery.
        "StoredChargeAmpHours" => stored_charge_amp_hours: crate::sensor::SensorExcerpt,
        /// The energy (Wh) stored in this battery.
        "StoredEnergyWattHours" => stored_energy_watt_hours: crate::sensor::SensorExcerpt,
        /// The temperature (C) for this battery.
        "TemperatureCelsius" => temperature_celsius: crate::sensor::SensorExcerpt,
    }
}

crate::__impl_resource!(BatteryMetrics: "BatteryMetrics", actions);
