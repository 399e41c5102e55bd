//! `Pump`: The `Pump` schema describes a pump unit for a cooling system or similar device.
//!
//! Generated from the DMTF Redfish schema `Pump.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `pump` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Pump` schema describes a pump unit for a cooling system or similar device.
    ///
    /// DMTF schema `Pump` v1_2_0 (Redfish 2025.4).
    pub struct Pump {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this pump.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The user-assigned asset tag for this equipment.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// Read-only.
        "Description" => description: String,
        /// A link to a collection of filters.
        ///
        /// Read-only.
        "Filters" => filters: crate::Link<crate::Collection<crate::filter::Filter>>,
        /// The firmware version of this equipment.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The inlet pressure (kPa).
        ///
        /// Read-only.
        "InletPressurekPa" => inlet_pressurek_pa: crate::sensor::SensorExcerpt,
        /// The location of the pump.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this pump.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model number for this pump.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this pump.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The area or device associated with this pump.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The production or manufacturing date of this equipment.
        ///
        /// Read-only.
        "ProductionDate" => production_date: crate::DateTime,
        /// The pump speed (%).
        ///
        /// Read-only.
        "PumpSpeedPercent" => pump_speed_percent: crate::sensor::SensorPumpExcerpt,
        /// The type of pump.
        ///
        /// Read-only.
        "PumpType" => pump_type: crate::pump::PumpType,
        /// The serial number for this pump.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The hours of service this pump has provided.
        ///
        /// Writable.
        "ServiceHours" => service_hours: f64,
        /// The spare part number for this pump.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The desired pump speed (%).
        ///
        /// Read-only.
        "SpeedControlPercent" => speed_control_percent: crate::control::ControlSingleLoopExcerpt,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
        /// The hardware version of this equipment.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::__impl_resource!(Pump: "Pump", actions);

crate::redfish_enum! {
    /// `PumpMode`.
    pub enum PumpMode {
        /// Enable the pump.
        Enabled = "Enabled",
        /// Disable the pump.
        Disabled = "Disabled",
    }
}

crate::redfish_enum! {
    /// `PumpType`.
    pub enum PumpType {
        /// A water or liquid pump.
        Liquid = "Liquid",
        /// A compressor.
        Compressor = "Compressor",
    }
}

crate::redfish_struct! {
    /// Parameters of the `SetMode` action: This action sets the operating mode of the pump.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetModeRequest {
        /// The desired operating mode of the pump.
        "Mode" => mode: crate::pump::PumpMode,
    }
}

impl SetModeRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `Mode`.
    #[must_use]
    pub fn with_mode(mut self, value: crate::pump::PumpMode) -> Self {
        self.mode = Some(value);
        self
    }
}

impl crate::ActionRequest for SetModeRequest {
    type Resource = Pump;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Pump.SetMode";
    const REQUIRED: &'static [&'static str] = &[];
}
