//! `SoftwareInventory`: The `SoftwareInventory` schema contains an inventory of software components. This can include software components such as BIOS, BMC firmware, firmware for other devices, system drivers, or provider software.
//!
//! Generated from the DMTF Redfish schema `SoftwareInventory.v1_13_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `software_inventory` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `SoftwareInventory` schema contains an inventory of software components. This can include software components such as BIOS, BMC firmware, firmware for other devices, system drivers, or provider software.
    ///
    /// DMTF schema `SoftwareInventory` v1_13_0 (Redfish 2025.4).
    pub struct SoftwareInventory {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// This image is active on one or more devices.
        ///
        /// Read-only.
        "Active" => active: bool,
        /// The additional versions of this software.
        "AdditionalVersions" => additional_versions: crate::software_inventory::AdditionalVersions,
        /// The area or device to which the software applies. Used to distinguish when different parts of a device have different software components.
        ///
        /// Read-only.
        "AssociatedPhysicalContext" => associated_physical_context: crate::physical_context::PhysicalContext,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The URI at which to access the software inventory image.
        ///
        /// Read-only.
        "ImageDataURI" => image_data_uri: String,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::software_inventory::Links,
        /// The lowest supported version of this software.
        ///
        /// Read-only.
        "LowestSupportedVersion" => lowest_supported_version: String,
        /// The manufacturer or producer of this software.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// A DSP0274-defined measurement block.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurement" => measurement: crate::software_inventory::MeasurementBlock,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to resources or objects that represent devices to which this software inventory applies.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The release date of this software.
        ///
        /// Read-only.
        "ReleaseDate" => release_date: crate::DateTime,
        /// The type of release.
        ///
        /// Read-only.
        "ReleaseType" => release_type: crate::software_inventory::ReleaseType,
        /// An indication of whether a reset is required to apply an update to this software.
        ///
        /// Read-only.
        "ResetRequiredOnUpdate" => reset_required_on_update: bool,
        /// The size of the software image in bytes.
        ///
        /// Read-only.
        "SizeBytes" => size_bytes: i64,
        /// The implementation-specific label that identifies this software.
        ///
        /// Read-only.
        "SoftwareId" => software_id: String,
        /// This image is ready to be activated to one or more devices.
        ///
        /// Read-only.
        "Staged" => staged: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The list of UEFI device paths of the components associated with this software inventory item.
        ///
        /// Read-only.
        "UefiDevicePaths" => uefi_device_paths: Vec<Option<String>>,
        /// An indication of whether the update service can update this software.
        ///
        /// Read-only.
        "Updateable" => updateable: bool,
        /// The version of this software.
        ///
        /// Read-only.
        "Version" => version: String,
        /// The format of the version.
        ///
        /// Read-only.
        "VersionScheme" => version_scheme: crate::software_inventory::VersionScheme,
        /// Indicates if the software is write-protected.
        ///
        /// Writable.
        "WriteProtected" => write_protected: bool,
    }
}

crate::__impl_resource!(SoftwareInventory: "SoftwareInventory", actions);

crate::redfish_struct! {
    /// Parameters of the `Activate` action: This action activates this software inventory instance.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ActivateRequest {
        /// The target devices to activate this software image. If not specified, the service activates this software image on all applicable devices.
        "Targets" => targets: Vec<crate::Link>,
    }
}

impl ActivateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `Targets`.
    #[must_use]
    pub fn with_targets(mut self, value: Vec<crate::Link>) -> Self {
        self.targets = Some(value);
        self
    }
}

impl crate::ActionRequest for ActivateRequest {
    type Resource = SoftwareInventory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#SoftwareInventory.Activate";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Additional versions.
    pub struct AdditionalVersions {
        /// The version of the configuration file that contains the initial boot parameters of this software, such as parameters for U-Boot.
        ///
        /// Read-only.
        "BootParameters" => boot_parameters: String,
        /// The bootloader version contained in this software, such as U-Boot or UEFI.
        ///
        /// Read-only.
        "Bootloader" => bootloader: String,
        /// The version of the configuration that contains the factory default runtime configuration parameters of this software.
        ///
        /// Read-only.
        "FactoryConfiguration" => factory_configuration: String,
        /// The kernel version contained in this software.
        ///
        /// Read-only.
        "Kernel" => kernel: String,
        /// The microcode version contained in this software, such as processor microcode.
        ///
        /// Read-only.
        "Microcode" => microcode: String,
        /// The operating system name of this software.
        ///
        /// Read-only.
        "OSDistribution" => os_distribution: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of devices where this software image is currently running.
        ///
        /// Read-only.
        "ActiveTargets" => active_targets: Vec<crate::Link>,
        "ActiveTargets@odata.count" => active_targets_count: u64,
        /// An array of devices where this software image is staged and ready to be activated.
        ///
        /// Read-only.
        "StagedTargets" => staged_targets: Vec<crate::Link>,
        "StagedTargets@odata.count" => staged_targets_count: u64,
    }
}

crate::redfish_struct! {
    /// The DSP0274-defined measurement block information.
    pub struct MeasurementBlock {
        /// The hexadecimal string representation of the numeric value of the DSP0274-defined 'Measurement' field of the measurement block.
        ///
        /// Read-only.
        "Measurement" => measurement: String,
        /// The DSP0274-defined 'Index' field of the measurement block.
        ///
        /// Read-only.
        "MeasurementIndex" => measurement_index: i64,
        /// The DSP0274-defined 'MeasurementSize' field of the measurement block.
        ///
        /// Read-only.
        "MeasurementSize" => measurement_size: i64,
        /// The DSP0274-defined 'MeasurementSpecification' field of the measurement block.
        ///
        /// Read-only.
        "MeasurementSpecification" => measurement_specification: i64,
    }
}

crate::redfish_enum! {
    /// `ReleaseType`.
    pub enum ReleaseType {
        /// This release is ready for use in production environments.
        Production = "Production",
        /// This release is intended for development or internal use.
        Prototype = "Prototype",
        /// The Redfish service does not have enough data to make a determination about this release.
        Other = "Other",
    }
}

crate::redfish_enum! {
    /// `VersionScheme`.
    pub enum VersionScheme {
        /// Version follows Semantic Versioning 2.0 rules.
        SemVer = "SemVer",
        /// Version formatted as dot-separated integers.
        DotIntegerNotation = "DotIntegerNotation",
        /// Version follows OEM-defined format.
        OEM = "OEM",
    }
}
