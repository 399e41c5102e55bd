//! `PowerSupply`: The `PowerSupply` schema describes a power supply unit. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
//!
//! Generated from the DMTF Redfish schema `PowerSupply.v1_6_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `power_supply` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PowerSupply` schema describes a power supply unit. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
    ///
    /// DMTF schema `PowerSupply` v1_6_0 (Redfish 2025.4).
    pub struct PowerSupply {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this power supply.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Read-only.
        "Description" => description: String,
        /// The efficiency ratings of this power supply.
        "EfficiencyRatings" => efficiency_ratings: Vec<Option<crate::power_supply::EfficiencyRating>>,
        /// The URIs of the management interfaces for the upstream electrical source connections for this power supply.
        ///
        /// Writable.
        "ElectricalSourceManagerURIs" => electrical_source_manager_uris: Vec<Option<String>>,
        /// The names of the upstream electrical sources, such as circuits or outlets, connected to this power supply.
        ///
        /// Writable.
        "ElectricalSourceNames" => electrical_source_names: Vec<Option<String>>,
        /// The firmware version for this power supply.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// An indication of whether this device can be inserted or removed while the equipment is in operation.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The nominal voltage type that is detected on the line input to this power supply.
        ///
        /// Read-only.
        "InputNominalVoltageType" => input_nominal_voltage_type: crate::circuit::NominalVoltageType,
        /// The input ranges that the power supply can use.
        "InputRanges" => input_ranges: Vec<crate::power_supply::InputRange>,
        /// The status of the line input.
        ///
        /// Read-only.
        "LineInputStatus" => line_input_status: crate::power_supply::LineStatus,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::power_supply::Links,
        /// The location of the power supply.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this power supply.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The link to the power supply metrics resource associated with this power supply.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::power_supply_metrics::PowerSupplyMetrics>,
        /// The model number for this power supply.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The nominal output voltage type of this power supply.
        ///
        /// Read-only.
        "OutputNominalVoltageType" => output_nominal_voltage_type: crate::circuit::NominalVoltageType,
        /// The output power rails provided by this power supply.
        "OutputRails" => output_rails: Vec<crate::power_supply::OutputRail>,
        /// The part number for this power supply.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The number of ungrounded current-carrying conductors (phases) and the total number of conductors (wires) provided for the power supply input connector.
        ///
        /// Read-only.
        "PhaseWiringType" => phase_wiring_type: crate::circuit::PhaseWiringType,
        /// The type of plug according to NEMA, IEC, or regional standards.
        ///
        /// Read-only.
        "PlugType" => plug_type: crate::circuit::PlugType,
        /// The maximum capacity of this power supply.
        ///
        /// Read-only. Units: `W`.
        "PowerCapacityWatts" => power_capacity_watts: f64,
        /// The power supply type (AC or DC).
        ///
        /// Read-only.
        "PowerSupplyType" => power_supply_type: crate::power_supply::PowerSupplyType,
        /// The production or manufacturing date of this power supply.
        ///
        /// Read-only.
        "ProductionDate" => production_date: crate::DateTime,
        /// An indication of whether this component can be independently replaced as allowed by the vendor's replacement policy.
        ///
        /// Read-only.
        "Replaceable" => replaceable: bool,
        /// The serial number for this power supply.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number for this power supply.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The hardware version of this power supply.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::__impl_resource!(PowerSupply: "PowerSupply", actions);

crate::redfish_struct! {
    /// This type describes an efficiency rating for a power supply.
    pub struct EfficiencyRating {
        /// The rated efficiency of this power supply at the specified load.
        ///
        /// Read-only. Units: `%`.
        "EfficiencyPercent" => efficiency_percent: f64,
        /// The electrical load for this rating.
        ///
        /// Read-only. Units: `%`.
        "LoadPercent" => load_percent: f64,
    }
}

crate::redfish_struct! {
    /// This type describes an input range for a power supply.
    pub struct InputRange {
        /// The maximum capacity of this power supply when operating in this input range.
        ///
        /// Read-only. Units: `W`.
        "CapacityWatts" => capacity_watts: f64,
        /// The input voltage range.
        ///
        /// Read-only.
        "NominalVoltageType" => nominal_voltage_type: crate::circuit::NominalVoltageType,
    }
}

crate::redfish_enum! {
    /// `LineStatus`.
    pub enum LineStatus {
        /// Line input is within normal operating range.
        Normal = "Normal",
        /// No power detected at line input.
        LossOfInput = "LossOfInput",
        /// Line input voltage or current is outside of normal operating range.
        OutOfRange = "OutOfRange",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the outlet connected to this power supply.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `PowerOutlets` property to allow for consistent modeling of power supplies with multiple outlet support.
        "Outlet" => outlet: crate::Link<crate::outlet::Outlet>,
        /// An array of links to the outlets that provide power to this power supply.
        ///
        /// Writable.
        "PowerOutlets" => power_outlets: Vec<crate::Link<crate::outlet::Outlet>>,
        "PowerOutlets@odata.count" => power_outlets_count: u64,
        /// An array of links to the chassis that are directly powered by this power supply.
        ///
        /// Read-only.
        "PoweringChassis" => powering_chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "PoweringChassis@odata.count" => powering_chassis_count: u64,
    }
}

crate::redfish_struct! {
    /// This type describes an output power rail of a power supply.
    pub struct OutputRail {
        /// The nominal voltage of this output power rail.
        ///
        /// Read-only.
        "NominalVoltage" => nominal_voltage: f64,
        /// The area or device to which this power rail applies.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
    }
}

crate::redfish_enum! {
    /// `PowerSupplyType`.
    pub enum PowerSupplyType {
        /// Alternating Current (AC) power supply.
        AC = "AC",
        /// Direct Current (DC) power supply.
        DC = "DC",
        /// The power supply supports both DC and AC.
        ACorDC = "ACorDC",
        /// Direct Current (DC) voltage regulator.
        DCRegulator = "DCRegulator",
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets the power supply.
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
    type Resource = PowerSupply;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#PowerSupply.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}
