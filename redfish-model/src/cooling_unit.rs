//! `CoolingUnit`: The `CoolingUnit` schema contains the definition for a cooling system component or unit, such as a coolant distribution unit (CDU) or a heat exchanger.
//!
//! Generated from the DMTF Redfish schema `CoolingUnit.v1_5_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `cooling_unit` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `CoolingUnit` schema contains the definition for a cooling system component or unit, such as a coolant distribution unit (CDU) or a heat exchanger.
    ///
    /// DMTF schema `CoolingUnit` v1_5_0 (Redfish 2025.4).
    pub struct CoolingUnit {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this cooling unit.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The user-assigned asset tag for this equipment.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// Details about the coolant used in this unit.
        "Coolant" => coolant: crate::cooling_loop::Coolant,
        /// The redundancy information for the coolant connectors in this cooling unit.
        "CoolantConnectorRedundancy" => coolant_connector_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// The cooling capacity (W) of this equipment.
        ///
        /// Read-only.
        "CoolingCapacityWatts" => cooling_capacity_watts: i64,
        /// The redundancy information for the groups of cooling units.
        "CoolingUnitRedundancy" => cooling_unit_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// Read-only.
        "Description" => description: String,
        /// The link to the environment metrics for this equipment.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// The type of equipment this resource represents.
        ///
        /// Read-only. Required.
        "EquipmentType" => equipment_type: crate::cooling_unit::CoolingEquipmentType [required],
        /// The redundancy information for the groups of filters in this unit.
        "FilterRedundancy" => filter_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// A link to the filters for this equipment.
        ///
        /// Read-only.
        "Filters" => filters: crate::Link<crate::Collection<crate::filter::Filter>>,
        /// The firmware version of this equipment.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// A link to the leak detection components associated with this equipment.
        ///
        /// Read-only.
        "LeakDetection" => leak_detection: crate::Link<crate::leak_detection::LeakDetection>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::cooling_unit::Links,
        /// The location of the equipment.
        "Location" => location: crate::resource::Location,
        /// The manufacturer of this equipment.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The product model number of this equipment.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The URI used to perform a Redfish Specification-defined multipart HTTP or HTTPS push import of a vendor-specific configuration file.
        ///
        /// Read-only.
        "MultipartImportConfigurationPushURI" => multipart_import_configuration_push_uri: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this equipment.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// A link to the primary coolant connectors for this equipment.
        ///
        /// Read-only.
        "PrimaryCoolantConnectors" => primary_coolant_connectors: crate::Link<crate::Collection<crate::coolant_connector::CoolantConnector>>,
        /// The production or manufacturing date of this equipment.
        ///
        /// Read-only.
        "ProductionDate" => production_date: crate::DateTime,
        /// The redundancy information for the groups of pumps in this unit.
        "PumpRedundancy" => pump_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// A link to the pumps for this equipment.
        ///
        /// Read-only.
        "Pumps" => pumps: crate::Link<crate::Collection<crate::pump::Pump>>,
        /// The rated maximum amount of heat, in watt units, lost to the surrounding environment during normal operation.
        ///
        /// Read-only.
        "RatedThermalLossToAirWatts" => rated_thermal_loss_to_air_watts: i64,
        /// A link to the reservoirs for this equipment.
        ///
        /// Read-only.
        "Reservoirs" => reservoirs: crate::Link<crate::Collection<crate::reservoir::Reservoir>>,
        /// A link to the secondary coolant connectors for this equipment.
        ///
        /// Read-only.
        "SecondaryCoolantConnectors" => secondary_coolant_connectors: crate::Link<crate::Collection<crate::coolant_connector::CoolantConnector>>,
        /// The serial number for this equipment.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
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

crate::__impl_resource!(CoolingUnit: "CoolingUnit", actions);

crate::redfish_enum! {
    /// `Component`.
    pub enum Component {
        /// Export all configuration data for this equipment including OEM components.
        All = "All",
        /// Export configuration data associated with the manager of the equipment.
        Manager = "Manager",
        /// Export configuration data associated with the user accounts and external account services of the manager for this equipment.
        ManagerAccounts = "ManagerAccounts",
        /// Export configuration data associated with the cooling unit functions and subsystems of this equipment.
        CoolingUnit = "CoolingUnit",
    }
}

crate::redfish_enum! {
    /// `CoolingEquipmentType`.
    pub enum CoolingEquipmentType {
        /// A coolant distribution unit (CDU).
        CDU = "CDU",
        /// A heat exchanger.
        HeatExchanger = "HeatExchanger",
        /// An immersion cooling unit.
        ImmersionUnit = "ImmersionUnit",
        /// A reservoir and pumping unit (RPU).
        RPU = "RPU",
    }
}

crate::redfish_enum! {
    /// `CoolingUnitMode`.
    pub enum CoolingUnitMode {
        /// Enable the cooling unit.
        Enabled = "Enabled",
        /// Disable the cooling unit.
        Disabled = "Disabled",
    }
}

crate::redfish_struct! {
    /// Parameters of the `ExportConfiguration` action: This action exports the configuration of the equipment in a vendor-specific format.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ExportConfigurationRequest {
        /// The components of the equipment for which to export configuration data.
        ///
        /// Required.
        "Components" => components: Vec<crate::cooling_unit::Component> [required],
        /// The encryption passphrase for the exported file.
        "EncryptionPassphrase" => encryption_passphrase: String [secret],
        /// The types of export to perform.
        ///
        /// Required.
        "ExportType" => export_type: crate::common::ExportType [required],
        /// The OEM-specific components of the equipment for which to export configuration data.
        "OEMComponents" => oem_components: Vec<String>,
        /// The policy to apply when exporting secure information.
        "Security" => security: crate::common::ExportSecurity,
    }
}

impl ExportConfigurationRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Components", "ExportType"];

    /// Sets `Components`.
    #[must_use]
    pub fn with_components(mut self, value: Vec<crate::cooling_unit::Component>) -> Self {
        self.components = Some(value);
        self
    }
    /// Sets `EncryptionPassphrase`.
    #[must_use]
    pub fn with_encryption_passphrase(mut self, value: impl Into<String>) -> Self {
        self.encryption_passphrase = Some(value.into());
        self
    }
    /// Sets `ExportType`.
    #[must_use]
    pub fn with_export_type(mut self, value: crate::common::ExportType) -> Self {
        self.export_type = Some(value);
        self
    }
    /// Sets `OEMComponents`.
    #[must_use]
    pub fn with_oem_components(mut self, value: Vec<String>) -> Self {
        self.oem_components = Some(value);
        self
    }
    /// Sets `Security`.
    #[must_use]
    pub fn with_security(mut self, value: crate::common::ExportSecurity) -> Self {
        self.security = Some(value);
        self
    }
}

impl crate::ActionRequest for ExportConfigurationRequest {
    type Resource = CoolingUnit;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CoolingUnit.ExportConfiguration";
    const REQUIRED: &'static [&'static str] = &["Components", "ExportType"];
}

pub use crate::common::ExportSecurity;

pub use crate::common::ExportType;

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the chassis that contain this equipment.
        ///
        /// Read-only.
        "Chassis" => chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "Chassis@odata.count" => chassis_count: u64,
        /// A link to the facility that contains this equipment.
        ///
        /// Read-only.
        "Facility" => facility: crate::Link<crate::facility::Facility>,
        /// An array of links to the managers responsible for managing this equipment.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_struct! {
    /// Parameters of the `SetMode` action: This action sets the operating mode of the cooling unit.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetModeRequest {
        /// The desired operating mode of the cooling unit.
        "Mode" => mode: crate::cooling_unit::CoolingUnitMode,
    }
}

impl SetModeRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `Mode`.
    #[must_use]
    pub fn with_mode(mut self, value: crate::cooling_unit::CoolingUnitMode) -> Self {
        self.mode = Some(value);
        self
    }
}

impl crate::ActionRequest for SetModeRequest {
    type Resource = CoolingUnit;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CoolingUnit.SetMode";
    const REQUIRED: &'static [&'static str] = &[];
}
