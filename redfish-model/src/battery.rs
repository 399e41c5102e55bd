//! `Battery`: The `Battery` schema describes a unit of energy storage, including batteries and supercapacitors, used to provide systems or components within a system with power during a power-loss event or to store energy for later use. It also describes the location, such as a slot, socket, or bay, where a unit can be installed by populating a resource instance with an absent state if a unit is not present.
//!
//! Generated from the DMTF Redfish schema `Battery.v1_5_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `battery` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Battery` schema describes a unit of energy storage, including batteries and supercapacitors, used to provide systems or components within a system with power during a power-loss event or to store energy for later use. It also describes the location, such as a slot, socket, or bay, where a unit can be installed by populating a resource instance with an absent state if a unit is not present.
    ///
    /// DMTF schema `Battery` v1_5_0 (Redfish 2025.4).
    pub struct Battery {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this battery.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The chemistry of the battery.
        ///
        /// Read-only.
        "BatteryChemistryType" => battery_chemistry_type: crate::battery::BatteryChemistryType,
        /// The actual maximum capacity of this battery in amp-hour units.
        ///
        /// Read-only. Units: `A.h`.
        "CapacityActualAmpHours" => capacity_actual_amp_hours: f64,
        /// The actual maximum capacity of this battery in watt-hour units.
        ///
        /// Read-only. Units: `W.h`.
        "CapacityActualWattHours" => capacity_actual_watt_hours: f64,
        /// The rated maximum capacity of this battery in amp-hour units.
        ///
        /// Read-only. Units: `A.h`.
        "CapacityRatedAmpHours" => capacity_rated_amp_hours: f64,
        /// The rated maximum capacity of this battery in watt-hour units.
        ///
        /// Read-only. Units: `W.h`.
        "CapacityRatedWattHours" => capacity_rated_watt_hours: f64,
        /// The charge state of this battery.
        ///
        /// Read-only.
        "ChargeState" => charge_state: crate::battery::ChargeState,
        /// Read-only.
        "Description" => description: String,
        /// The type of energy storage technology used in the battery.
        ///
        /// Read-only.
        "EnergyStorageType" => energy_storage_type: crate::battery::EnergyStorageType,
        /// The firmware version for this battery.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// An indication of whether this device can be inserted or removed while the equipment is in operation.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::battery::Links,
        /// The location of the battery.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this battery.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The maximum charge rate at the input of this battery in amp units.
        ///
        /// Read-only. Units: `A`.
        "MaxChargeRateAmps" => max_charge_rate_amps: f64,
        /// The maximum charge voltage across the cell pack of this battery when it is fully charged.
        ///
        /// Read-only. Units: `V`.
        "MaxChargeVoltage" => max_charge_voltage: f64,
        /// The maximum discharge rate at the output of this battery in amp units.
        ///
        /// Read-only. Units: `A`.
        "MaxDischargeRateAmps" => max_discharge_rate_amps: f64,
        /// The link to the battery metrics resource associated with this battery.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::battery_metrics::BatteryMetrics>,
        /// The model number for this battery.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The nominal output voltage of this battery.
        ///
        /// Read-only. Units: `V`.
        "NominalOutputVoltage" => nominal_output_voltage: f64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this battery.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The production or manufacturing date of this battery.
        ///
        /// Read-only.
        "ProductionDate" => production_date: crate::DateTime,
        /// An indication of whether this component can be independently replaced as allowed by the vendor's replacement policy.
        ///
        /// Read-only.
        "Replaceable" => replaceable: bool,
        /// The serial number for this battery.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The date this battery was put into service.
        ///
        /// Writable.
        "ServicedDate" => serviced_date: crate::DateTime,
        /// The spare part number for this battery.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The state of health (percent) of this battery.
        "StateOfHealthPercent" => state_of_health_percent: crate::sensor::SensorExcerpt,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The hardware version of this battery.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::__impl_resource!(Battery: "Battery", actions);

crate::redfish_enum! {
    /// `BatteryChemistryType`.
    pub enum BatteryChemistryType {
        /// Chemical energy stored through lead and acid electrochemical reactions.
        LeadAcid = "LeadAcid",
        /// Chemical energy stored through lithium ion intercalation reactions.
        LithiumIon = "LithiumIon",
        /// Chemical energy stored through nickel and cadmium electrochemical reactions.
        NickelCadmium = "NickelCadmium",
    }
}

crate::redfish_struct! {
    /// Parameters of the `Calibrate` action: This action performs a self-calibration, or learn cycle, of the battery.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct CalibrateRequest {
    }
}

impl CalibrateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for CalibrateRequest {
    type Resource = Battery;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Battery.Calibrate";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `ChargeState`.
    pub enum ChargeState {
        /// The battery is idle.
        Idle = "Idle",
        /// The battery is charging.
        Charging = "Charging",
        /// The battery is discharging.
        Discharging = "Discharging",
    }
}

crate::redfish_enum! {
    /// `EnergyStorageType`.
    pub enum EnergyStorageType {
        /// Energy stored through one or more electrochemical cells.
        Battery = "Battery",
        /// Energy stored through electrostatic double-layer capacitors or electrodes with electrochemical pseudocapacitance.
        Supercapacitor = "Supercapacitor",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the memory devices to which this battery provides power during a power-loss event.
        ///
        /// Read-only.
        "Memory" => memory: Vec<crate::Link<crate::memory::Memory>>,
        "Memory@odata.count" => memory_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the storage controllers to which this battery provides power during a power-loss event.
        ///
        /// Read-only.
        "StorageControllers" => storage_controllers: Vec<crate::Link<crate::storage_controller::StorageController>>,
        "StorageControllers@odata.count" => storage_controllers_count: u64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets the battery.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetRequest {
        /// The type of reset.
        "ResetType" => reset_type: crate::resource::ResetType,
    }
}

impl ResetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::resource::ResetType) -> Self {
        self.reset_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetRequest {
    type Resource = Battery;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Battery.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SelfTest` action: This action performs a self-test of the battery.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SelfTestRequest {
    }
}

impl SelfTestRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for SelfTestRequest {
    type Resource = Battery;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Battery.SelfTest";
    const REQUIRED: &'static [&'static str] = &[];
}
