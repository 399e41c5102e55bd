//! `PowerDistribution`: The `PowerDistribution` schema contains the definitions for a power distribution component or unit, such as a floor power distribution unit (PDU) or switchgear.
//!
//! Generated from the DMTF Redfish schema `PowerDistribution.v1_6_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `power_distribution` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PowerDistribution` schema contains the definitions for a power distribution component or unit, such as a floor power distribution unit (PDU) or switchgear.
    ///
    /// DMTF schema `PowerDistribution` v1_6_0 (Redfish 2025.4).
    pub struct PowerDistribution {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The user-assigned asset tag for this equipment.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// A link to the branch circuits for this equipment.
        ///
        /// Read-only.
        "Branches" => branches: crate::Link<crate::Collection<crate::circuit::Circuit>>,
        /// Read-only.
        "Description" => description: String,
        /// The type of equipment this resource represents.
        ///
        /// Read-only. Required.
        "EquipmentType" => equipment_type: crate::power_distribution::PowerEquipmentType [required],
        /// A link to the feeder circuits for this equipment.
        ///
        /// Read-only.
        "Feeders" => feeders: crate::Link<crate::Collection<crate::circuit::Circuit>>,
        /// The firmware version of this equipment.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::power_distribution::Links,
        /// The location of the equipment.
        "Location" => location: crate::resource::Location,
        /// A link to the power input circuits for this equipment.
        ///
        /// Read-only.
        "Mains" => mains: crate::Link<crate::Collection<crate::circuit::Circuit>>,
        /// The redundancy information for the mains (input) circuits for this equipment.
        "MainsRedundancy" => mains_redundancy: crate::redundancy::RedundantGroup,
        /// The manufacturer of this equipment.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// A link to the summary metrics for this equipment.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::power_distribution_metrics::PowerDistributionMetrics>,
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
        /// A link to the outlet groups for this equipment.
        ///
        /// Read-only.
        "OutletGroups" => outlet_groups: crate::Link<crate::Collection<crate::outlet_group::OutletGroup>>,
        /// A link to the outlets for this equipment.
        ///
        /// Read-only.
        "Outlets" => outlets: crate::Link<crate::Collection<crate::outlet::Outlet>>,
        /// The part number for this equipment.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The maximum power capacity, rated as apparent power, of this equipment, in volt-ampere units.
        ///
        /// Read-only. Units: `V.A`.
        "PowerCapacityVA" => power_capacity_va: i64,
        /// The redundancy information for the groups of power distribution units.
        "PowerDistributionRedundancy" => power_distribution_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// The link to the collection of power supplies for this equipment.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `PowerSupplies` link in the `Chassis` resource.
        "PowerSupplies" => power_supplies: crate::Link<crate::Collection<crate::power_supply::PowerSupply>>,
        /// The redundancy information for the set of power supplies for this equipment.
        ///
        /// Deprecated: This property has been deprecated in favor of the `PowerSupplyRedundancy` property in the `Chassis` resource.
        "PowerSupplyRedundancy" => power_supply_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// The production or manufacturing date of this equipment.
        ///
        /// Read-only.
        "ProductionDate" => production_date: crate::DateTime,
        /// A link to the collection of sensors located in the equipment and sub-components.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `Sensors` link in the `Chassis` resource.
        "Sensors" => sensors: crate::Link<crate::Collection<crate::sensor::Sensor>>,
        /// The serial number for this equipment.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// A link to the subfeed circuits for this equipment.
        ///
        /// Read-only.
        "Subfeeds" => subfeeds: crate::Link<crate::Collection<crate::circuit::Circuit>>,
        /// The configuration settings for an automatic transfer switch.
        "TransferConfiguration" => transfer_configuration: crate::power_distribution::TransferConfiguration,
        /// The criteria used to initiate a transfer for an automatic transfer switch.
        "TransferCriteria" => transfer_criteria: crate::power_distribution::TransferCriteria,
        /// The UUID for this equipment.
        ///
        /// Read-only.
        "UUID" => uuid: String,
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

crate::__impl_resource!(PowerDistribution: "PowerDistribution", actions);

crate::redfish_enum! {
    /// `Component`.
    pub enum Component {
        /// Export all configuration data for this equipment including OEM components.
        All = "All",
        /// Export configuration data associated with the manager of the equipment.
        Manager = "Manager",
        /// Export configuration data associated with the user accounts and external account services of the manager for this equipment.
        ManagerAccounts = "ManagerAccounts",
        /// Export configuration data associated with the power distribution unit functions and subsystems of this equipment.
        PowerDistribution = "PowerDistribution",
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
        "Components" => components: Vec<crate::power_distribution::Component> [required],
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
    pub fn with_components(mut self, value: Vec<crate::power_distribution::Component>) -> Self {
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
    type Resource = PowerDistribution;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#PowerDistribution.ExportConfiguration";
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

crate::redfish_enum! {
    /// `PowerEquipmentType`.
    pub enum PowerEquipmentType {
        /// A power distribution unit providing outlets for a rack or similar quantity of devices.
        RackPDU = "RackPDU",
        /// A power distribution unit providing feeder circuits for further power distribution.
        FloorPDU = "FloorPDU",
        /// A manual power transfer switch.
        ManualTransferSwitch = "ManualTransferSwitch",
        /// An automatic power transfer switch.
        AutomaticTransferSwitch = "AutomaticTransferSwitch",
        /// Electrical switchgear.
        Switchgear = "Switchgear",
        /// A power shelf.
        PowerShelf = "PowerShelf",
        /// An electrical bus.
        Bus = "Bus",
        /// A battery shelf or battery-backed unit (BBU).
        BatteryShelf = "BatteryShelf",
    }
}

crate::redfish_struct! {
    /// The configuration settings for an automatic transfer switch.
    pub struct TransferConfiguration {
        /// The mains circuit that is switched on and qualified to supply power to the output circuit.
        ///
        /// Writable.
        "ActiveMainsId" => active_mains_id: String,
        /// Indicates if the qualified alternate mains circuit is automatically switched on when the preferred mains circuit becomes unqualified and is automatically switched off.
        ///
        /// Writable.
        "AutoTransferEnabled" => auto_transfer_enabled: bool,
        /// Indicates if a make-before-break switching sequence of the mains circuits is permitted when they are both qualified and in synchronization.
        ///
        /// Writable.
        "ClosedTransitionAllowed" => closed_transition_allowed: bool,
        /// The time in seconds to wait for a closed transition to occur.
        ///
        /// Writable.
        "ClosedTransitionTimeoutSeconds" => closed_transition_timeout_seconds: i64,
        /// The preferred source for the mains circuit to this equipment.
        ///
        /// Writable.
        "PreferredMainsId" => preferred_mains_id: String,
        /// The time in seconds to delay the automatic transfer from the alternate mains circuit back to the preferred mains circuit.
        ///
        /// Writable.
        "RetransferDelaySeconds" => retransfer_delay_seconds: i64,
        /// Indicates if the automatic transfer is permitted from the alternate mains circuit back to the preferred mains circuit after the preferred mains circuit is qualified again and the retransfer delay time has expired.
        ///
        /// Writable.
        "RetransferEnabled" => retransfer_enabled: bool,
        /// The time in seconds to delay the automatic transfer from the preferred mains circuit to the alternate mains circuit when the preferred mains circuit is disqualified.
        ///
        /// Writable.
        "TransferDelaySeconds" => transfer_delay_seconds: i64,
        /// Indicates if any transfer is inhibited.
        ///
        /// Writable.
        "TransferInhibit" => transfer_inhibit: bool,
    }
}

crate::redfish_struct! {
    /// Parameters of the `TransferControl` action: This action transfers control to the alternative input circuit.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct TransferControlRequest {
    }
}

impl TransferControlRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for TransferControlRequest {
    type Resource = PowerDistribution;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#PowerDistribution.TransferControl";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The criteria used to initiate a transfer for an automatic transfer switch.
    pub struct TransferCriteria {
        /// The frequency in hertz units over the nominal value that satisfies a criterion for transfer.
        ///
        /// Writable. Units: `Hz`.
        "OverNominalFrequencyHz" => over_nominal_frequency_hz: f64,
        /// The positive percentage of voltage RMS over the nominal value that satisfies a criterion for transfer.
        ///
        /// Writable. Units: `%`.
        "OverVoltageRMSPercentage" => over_voltage_rms_percentage: f64,
        /// The sensitivity to voltage waveform quality to satisfy the criterion for initiating a transfer.
        ///
        /// Writable.
        "TransferSensitivity" => transfer_sensitivity: crate::power_distribution::TransferSensitivityType,
        /// The frequency in hertz units under the nominal value that satisfies a criterion for transfer.
        ///
        /// Writable. Units: `Hz`.
        "UnderNominalFrequencyHz" => under_nominal_frequency_hz: f64,
        /// The negative percentage of voltage RMS under the nominal value that satisfies a criterion for transfer.
        ///
        /// Writable. Units: `%`.
        "UnderVoltageRMSPercentage" => under_voltage_rms_percentage: f64,
    }
}

crate::redfish_enum! {
    /// `TransferSensitivityType`.
    pub enum TransferSensitivityType {
        /// High sensitivity for initiating a transfer.
        High = "High",
        /// Medium sensitivity for initiating a transfer.
        Medium = "Medium",
        /// Low sensitivity for initiating a transfer.
        Low = "Low",
    }
}
