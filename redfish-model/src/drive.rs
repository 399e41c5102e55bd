//! `Drive`: The `Drive` schema represents a single physical drive for a system, including links to associated volumes. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
//!
//! Generated from the DMTF Redfish schema `Drive.v1_22_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `drive` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Drive` schema represents a single physical drive for a system, including links to associated volumes. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
    ///
    /// DMTF schema `Drive` v1_22_0 (Redfish 2025.4).
    pub struct Drive {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this drive.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The user-assigned asset tag for this drive.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// Indicates if establishment of a TCG-defined security ID (SID) on the drive is blocked.
        ///
        /// Writable.
        "BlockSecurityIDEnabled" => block_security_id_enabled: bool,
        /// The size, in bytes, of the smallest addressable unit, or block.
        ///
        /// Read-only. Units: `By`.
        "BlockSizeBytes" => block_size_bytes: i64,
        /// The speed, in gigabits per second (Gbit/s) units, at which this drive can communicate to a storage controller in ideal conditions.
        ///
        /// Read-only. Units: `Gbit/s`.
        "CapableSpeedGbs" => capable_speed_gbs: f64,
        /// The size, in bytes, of this drive.
        ///
        /// Read-only. Units: `By`.
        "CapacityBytes" => capacity_bytes: i64,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Indicates whether in-band configuration requests to the drive are locked. Other properties, such as `ConfigurationLockState`, contain additional information regarding the status of the configuration lock.
        ///
        /// Writable.
        "ConfigurationLock" => configuration_lock: crate::common::ConfigurationLock,
        /// Read-only.
        "Description" => description: String,
        /// The form factor of the drive inserted in this slot.
        ///
        /// Read-only.
        "DriveFormFactor" => drive_form_factor: crate::drive::FormFactor,
        /// The encryption ability of this drive.
        ///
        /// Read-only.
        "EncryptionAbility" => encryption_ability: crate::drive::EncryptionAbility,
        /// The status of the encryption of this drive.
        ///
        /// Read-only.
        "EncryptionStatus" => encryption_status: crate::drive::EncryptionStatus,
        /// The link to the environment metrics for this drive.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// An indication of whether this drive currently predicts a failure in the near future.
        ///
        /// Read-only.
        "FailurePredicted" => failure_predicted: bool,
        /// The firmware version for this drive.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// The hardware version of this drive.
        ///
        /// Read-only.
        "HardwareVersion" => hardware_version: String,
        /// The replacement mode for the hot spare drive.
        ///
        /// Writable.
        "HotspareReplacementMode" => hotspare_replacement_mode: crate::drive::HotspareReplacementModeType,
        /// The type of hot spare that this drive serves as.
        ///
        /// Writable.
        "HotspareType" => hotspare_type: crate::drive::HotspareType,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The durable names for the drive.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// The state of the indicator LED, that identifies the drive.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `LocationIndicatorActive` property.
        "IndicatorLED" => indicator_led: crate::common::IndicatorLED,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::drive::Links,
        /// The location of the drive.
        ///
        /// Deprecated: This property has been deprecated in favor of the singular `PhysicalLocation` property.
        "Location" => location: Vec<crate::resource::Location>,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this drive.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The type of media contained in this drive.
        ///
        /// Read-only.
        "MediaType" => media_type: crate::drive::MediaType,
        /// The link to the metrics associated with this drive.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::drive_metrics::DriveMetrics>,
        /// The model number for the drive.
        ///
        /// Read-only.
        "Model" => model: String,
        /// An indication of whether the drive is accessible from multiple paths.
        ///
        /// Read-only.
        "Multipath" => multipath: bool,
        /// NVMe properties for this drive.
        "NVMe" => nvme: crate::drive::NVMe,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The speed, in gigabits per second (Gbit/s) units, at which this drive currently communicates to the storage controller.
        ///
        /// Read-only. Units: `Gbit/s`.
        "NegotiatedSpeedGbs" => negotiated_speed_gbs: f64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The operations currently running on the drive.
        "Operations" => operations: Vec<crate::drive::Operations>,
        /// The part number for this drive.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The location of the drive. This property is equivalent to the `Location` property common to other standard Redfish resources.
        "PhysicalLocation" => physical_location: crate::resource::Location,
        /// The percentage of reads and writes that are predicted to be available for the media.
        ///
        /// Read-only. Units: `%`.
        "PredictedMediaLifeLeftPercent" => predicted_media_life_left_percent: f64,
        /// The protocol that this drive currently uses to communicate to the storage controller.
        ///
        /// Read-only.
        "Protocol" => protocol: crate::protocol::Protocol,
        /// An indication of whether the drive is prepared by the system for removal.
        ///
        /// Writable.
        "ReadyToRemove" => ready_to_remove: bool,
        /// The revision of a SCSI-based drive, as returned from the 'Inquiry' command, which can be the firmware or hardware version. For other types of drives, the `HardwareVersion` and `FirmwareVersion` properties are recommended in favor of this property.
        ///
        /// Read-only.
        "Revision" => revision: String,
        /// The rotation speed of this drive, in revolutions per minute (RPM) units.
        ///
        /// Read-only. Units: `{rev}/min`.
        "RotationSpeedRPM" => rotation_speed_rpm: f64,
        /// The SKU for this drive.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// Indicates if the TCG-defined security ID (SID) was changed from its default value, flagging the drive as owned.
        ///
        /// Read-only.
        "SecurityIDOwned" => security_id_owned: bool,
        /// The serial number for this drive.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The drive protocols capable in this slot.
        ///
        /// Read-only.
        "SlotCapableProtocols" => slot_capable_protocols: Vec<Option<crate::protocol::Protocol>>,
        /// The form factor of the slot.
        ///
        /// Read-only.
        "SlotFormFactor" => slot_form_factor: crate::drive::FormFactor,
        /// The spare part number of the drive.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The state of the status indicator, which communicates status information about this drive.
        ///
        /// Writable.
        "StatusIndicator" => status_indicator: crate::drive::StatusIndicator,
        /// Indicates the target configuration lock level for the drive based upon the state of the `ConfigurationLock` property. Other properties, such as `ConfigurationLockState`, contain additional information regarding the status of the configuration lock.
        ///
        /// Writable.
        "TargetConfigurationLockLevel" => target_configuration_lock_level: crate::common::TargetConfigurationLockLevel,
        /// An indication of whether the drive write cache is enabled.
        ///
        /// Writable.
        "WriteCacheEnabled" => write_cache_enabled: bool,
    }
}

crate::__impl_resource!(Drive: "Drive", actions);

pub use crate::common::ConfigLockOptions;

pub use crate::common::ConfigurationLock;

crate::redfish_enum! {
    /// `DataSanitizationType`.
    pub enum DataSanitizationType {
        /// Delete all logical block addresses, including those that are not currently mapping to active addresses, but leaving the data on the drive.
        BlockErase = "BlockErase",
        /// Erase the target data's encryption key leaving only the ciphertext on the drive. For more information, see NIST800-88 and ISO/IEC 27040.
        CryptographicErase = "CryptographicErase",
        /// Overwrite data by writing an implementation-specific pattern onto all sectors of the drive.
        Overwrite = "Overwrite",
    }
}

crate::redfish_enum! {
    /// `EncryptionAbility`.
    pub enum EncryptionAbility {
        /// The drive is not capable of self-encryption.
        None = "None",
        /// The drive is capable of self-encryption per the Trusted Computing Group's Self Encrypting Drive Standard.
        SelfEncryptingDrive = "SelfEncryptingDrive",
        /// The drive is capable of self-encryption through some other means.
        Other = "Other",
    }
}

crate::redfish_enum! {
    /// `EncryptionStatus`.
    pub enum EncryptionStatus {
        /// The drive is not currently encrypted.
        /// Deprecated: This value has been deprecated in favor of Unencrypted.
        Unecrypted = "Unecrypted",
        /// The drive is currently encrypted but the data is accessible to the user in unencrypted form.
        Unlocked = "Unlocked",
        /// The drive is currently encrypted and the data is not accessible to the user. However, the system can unlock the drive automatically.
        Locked = "Locked",
        /// The drive is currently encrypted, the data is not accessible to the user, and the system requires user intervention to expose the data.
        Foreign = "Foreign",
        /// The drive is not currently encrypted.
        Unencrypted = "Unencrypted",
    }
}

crate::redfish_enum! {
    /// `FormFactor`.
    pub enum FormFactor {
        /// A 3.5 inch drive.
        Drive35 = "Drive3_5",
        /// A 2.5 inch drive.
        Drive25 = "Drive2_5",
        /// An EDSFF drive.
        EDSFF = "EDSFF",
        /// An EDSFF 1U Long (E1.L) drive.
        EDSFF1ULong = "EDSFF_1U_Long",
        /// An EDSFF 1U Short (E1.S) drive.
        EDSFF1UShort = "EDSFF_1U_Short",
        /// An EDSFF E3 Short (E3.S) drive.
        EDSFFE3Short = "EDSFF_E3_Short",
        /// An EDSFF E3 Long (E3.L) drive.
        EDSFFE3Long = "EDSFF_E3_Long",
        /// An M.2 drive.
        M2 = "M2",
        /// An M.2 2230 drive.
        M22230 = "M2_2230",
        /// An M.2 2242 drive.
        M22242 = "M2_2242",
        /// An M.2 2260 drive.
        M22260 = "M2_2260",
        /// An M.2 2280 drive.
        M22280 = "M2_2280",
        /// An M.2 22110 drive.
        M222110 = "M2_22110",
        /// A U.2 drive.
        U2 = "U2",
        /// A full-length PCIe add-in card.
        PCIeSlotFullLength = "PCIeSlotFullLength",
        /// A low-profile PCIe add-in card.
        PCIeSlotLowProfile = "PCIeSlotLowProfile",
        /// A half-length PCIe add-in card.
        PCIeHalfLength = "PCIeHalfLength",
        /// An OEM-defined form factor.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// Parameters of the `FreezePersonality` action: This action freezes a personality for the NVMe subsystem.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct FreezePersonalityRequest {
        /// The personality to freeze. `255` indicates all personalities.
        ///
        /// Required.
        "Personality" => personality: i64 [required],
    }
}

impl FreezePersonalityRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Personality"];

    /// Sets `Personality`.
    #[must_use]
    pub fn with_personality(mut self, value: i64) -> Self {
        self.personality = Some(value);
        self
    }
}

impl crate::ActionRequest for FreezePersonalityRequest {
    type Resource = Drive;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Drive.FreezePersonality";
    const REQUIRED: &'static [&'static str] = &["Personality"];
}

crate::redfish_struct! {
    /// Parameters of the `GetPersonalityNonce` action: This action obtains a nonce required to unfreeze personalities with a programmed key.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct GetPersonalityNonceRequest {
    }
}

impl GetPersonalityNonceRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for GetPersonalityNonceRequest {
    type Resource = Drive;
    type Response = crate::drive::GetPersonalityNonceResponse;
    const ACTION: &'static str = "#Drive.GetPersonalityNonce";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The personality nonce from a drive.
    pub struct GetPersonalityNonceResponse {
        /// The personality nonce.
        ///
        /// Read-only. Required.
        "Nonce" => nonce: String [required],
    }
}

crate::redfish_enum! {
    /// `HotspareReplacementModeType`.
    pub enum HotspareReplacementModeType {
        /// The hot spare drive that is commissioned due to a drive failure reverts to a hot spare after the failed drive is replaced and rebuilt.
        Revertible = "Revertible",
        /// The hot spare drive that is commissioned due to a drive failure remains as a data drive and does not revert to a hot spare if the failed drive is replaced.
        NonRevertible = "NonRevertible",
    }
}

crate::redfish_enum! {
    /// `HotspareType`.
    pub enum HotspareType {
        /// The drive is not a hot spare.
        None = "None",
        /// The drive is serving as a hot spare for all other drives in this storage domain.
        Global = "Global",
        /// The drive is serving as a hot spare for all other drives in this storage domain that are contained in the same chassis.
        Chassis = "Chassis",
        /// The drive is serving as a hot spare for a user-defined set of drives or volumes. Clients cannot specify this value when modifying the `HotspareType` property. This value is reported as a result of configuring the spare drives within a volume.
        Dedicated = "Dedicated",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the software inventory that represents the active drive firmware image.
        ///
        /// Writable.
        "ActiveSoftwareImage" => active_software_image: crate::Link<crate::software_inventory::SoftwareInventory>,
        /// The link to the chassis that contains this drive.
        ///
        /// Read-only.
        "Chassis" => chassis: crate::Link<crate::chassis::Chassis>,
        /// An array of links to the endpoints that connect to this drive.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// An array of links to the network device functions that provide network connectivity for this drive.
        ///
        /// Read-only.
        "NetworkDeviceFunctions" => network_device_functions: Vec<crate::Link<crate::network_device_function::NetworkDeviceFunction>>,
        "NetworkDeviceFunctions@odata.count" => network_device_functions_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe functions that the drive produces.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
        /// The images that are associated with this drive.
        ///
        /// Read-only.
        "SoftwareImages" => software_images: Vec<crate::Link<crate::software_inventory::SoftwareInventory>>,
        "SoftwareImages@odata.count" => software_images_count: u64,
        /// A link to the storage subsystem to which this drive belongs.
        ///
        /// Read-only.
        "Storage" => storage: crate::Link<crate::storage::Storage>,
        /// An array of links to the storage pools to which this drive belongs.
        ///
        /// Read-only.
        "StoragePools" => storage_pools: Vec<serde_json::Value>,
        "StoragePools@odata.count" => storage_pools_count: u64,
        /// An array of links to the volumes that this drive either wholly or only partially contains.
        ///
        /// Read-only.
        "Volumes" => volumes: Vec<crate::Link<crate::volume::Volume>>,
        "Volumes@odata.count" => volumes_count: u64,
    }
}

crate::redfish_enum! {
    /// `MediaType`.
    pub enum MediaType {
        /// The drive media type is traditional magnetic platters.
        HDD = "HDD",
        /// The drive media type is solid state or flash memory.
        SSD = "SSD",
        /// The drive media type is shingled magnetic recording.
        SMR = "SMR",
    }
}

pub use crate::common::NMVeMinimumRequiredResetType;

pub use crate::common::NMVePersonalityKeyAlgorithm;

pub use crate::common::NMVeUnfreezeAuthMode;

crate::redfish_struct! {
    /// NVMe properties for a drive.
    pub struct NVMe {
        /// The active personality settings of the NVMe subsystem.
        "ActivePersonalities" => active_personalities: Vec<Option<crate::drive::NVMePersonality>>,
        /// The configurable features that are able to be locked from in-band usage on an NVMe subsystem and their current lock state.
        "ConfigurationLockState" => configuration_lock_state: crate::drive::NVMeConfigurationLockState,
    }
}

crate::redfish_struct! {
    /// The configurable features that are able to be locked on an NVMe subsystem and their current lock state.
    pub struct NVMeConfigurationLockState {
        /// The lock state of the NVMe-defined Firmware Commit command.
        ///
        /// Read-only.
        "FirmwareCommit" => firmware_commit: crate::common::ConfigLockOptions,
        /// The lock state of the NVMe-defined Firmware Image Download command.
        ///
        /// Read-only.
        "FirmwareImageDownload" => firmware_image_download: crate::common::ConfigLockOptions,
        /// The lock state of the NVMe-defined Lockdown command.
        ///
        /// Read-only.
        "Lockdown" => lockdown: crate::common::ConfigLockOptions,
        /// The lock state of the NVMe-defined Security Send command.
        ///
        /// Read-only.
        "SecuritySend" => security_send: crate::common::ConfigLockOptions,
        /// The lock state of the NVMe-MI-defined VPD Write command.
        ///
        /// Read-only.
        "VPDWrite" => vpd_write: crate::common::ConfigLockOptions,
    }
}

crate::redfish_struct! {
    /// An active personality setting of an NVMe subsystem.
    pub struct NVMePersonality {
        /// An indication of whether changing this personality affects user data.
        ///
        /// Read-only.
        "ChangeAffectsUserData" => change_affects_user_data: bool,
        /// The personality data.
        ///
        /// Writable.
        "Data" => data: String,
        /// An indication of whether this personality is set to the manufacturing default values.
        ///
        /// Read-only.
        "Default" => default: bool,
        /// An indication of whether this personality is frozen.
        ///
        /// Read-only.
        "Frozen" => frozen: bool,
        /// The personality identifier.
        ///
        /// Read-only.
        "Identifier" => identifier: i64,
        /// The minimum reset type required to change the personality settings.
        ///
        /// Read-only.
        "MinimumRequiredResetType" => minimum_required_reset_type: crate::common::NMVeMinimumRequiredResetType,
        /// An indication of whether this personality contains pending changes.
        ///
        /// Read-only.
        "Pending" => pending: bool,
        /// The authentication modes supported to unfreeze this personality.
        ///
        /// Read-only.
        "UnfreezeAuthenticationModes" => unfreeze_authentication_modes: Vec<Option<crate::common::NMVeUnfreezeAuthMode>>,
    }
}

crate::redfish_struct! {
    /// An operation currently running on this resource.
    pub struct Operations {
        /// The link to the task associated with the operation, if any.
        ///
        /// Read-only.
        "AssociatedTask" => associated_task: crate::Link<crate::task::Task>,
        /// The type of the operation.
        ///
        /// Read-only.
        "Operation" => operation: crate::volume::OperationType,
        /// The name of the operation.
        ///
        /// Read-only. Deprecated: This property is deprecated in favor of the `Operation` property using the `OperationType` enumeration defined in the `Volume` schema.
        "OperationName" => operation_name: String,
        /// The percentage of the operation that has been completed.
        ///
        /// Read-only. Units: `%`.
        "PercentageComplete" => percentage_complete: i64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets this drive.
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
    type Resource = Drive;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Drive.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `RevertPersonalitiesToDefaults` action: This action reverts all personalities to their manufacturing default state for the NVMe subsystem.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RevertPersonalitiesToDefaultsRequest {
    }
}

impl RevertPersonalitiesToDefaultsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for RevertPersonalitiesToDefaultsRequest {
    type Resource = Drive;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Drive.RevertPersonalitiesToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `RevertToOriginalFactoryState` action: This action reverts a self-encrypting drive (SED) to the original factory state.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RevertToOriginalFactoryStateRequest {
        /// The physical secure ID (PSID). The PSID is generally printed on the drive label and used to revert an encrypted SED.
        "PhysicalSecureID" => physical_secure_id: String,
    }
}

impl RevertToOriginalFactoryStateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `PhysicalSecureID`.
    #[must_use]
    pub fn with_physical_secure_id(mut self, value: impl Into<String>) -> Self {
        self.physical_secure_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for RevertToOriginalFactoryStateRequest {
    type Resource = Drive;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Drive.RevertToOriginalFactoryState";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SecureErase` action: This action securely erases the contents of the drive.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SecureEraseRequest {
        /// The number of times to overwrite the drive if performing an overwrite type of sanitization.
        "OverwritePasses" => overwrite_passes: i64,
        /// The type of data sanitization to perform.
        "SanitizationType" => sanitization_type: crate::drive::DataSanitizationType,
    }
}

impl SecureEraseRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `OverwritePasses`.
    #[must_use]
    pub fn with_overwrite_passes(mut self, value: i64) -> Self {
        self.overwrite_passes = Some(value);
        self
    }
    /// Sets `SanitizationType`.
    #[must_use]
    pub fn with_sanitization_type(mut self, value: crate::drive::DataSanitizationType) -> Self {
        self.sanitization_type = Some(value);
        self
    }
}

impl crate::ActionRequest for SecureEraseRequest {
    type Resource = Drive;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Drive.SecureErase";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SetPersonalityKey` action: This action sets the personality key for the NVMe subsystem.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetPersonalityKeyRequest {
        /// The type of authentication algorithm for the key.
        ///
        /// Required.
        "Algorithm" => algorithm: crate::common::NMVePersonalityKeyAlgorithm [required],
        /// The personality key to set on the NVMe subsystem.
        ///
        /// Required.
        "Key" => key: String [required],
    }
}

impl SetPersonalityKeyRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Algorithm", "Key"];

    /// Sets `Algorithm`.
    #[must_use]
    pub fn with_algorithm(mut self, value: crate::common::NMVePersonalityKeyAlgorithm) -> Self {
        self.algorithm = Some(value);
        self
    }
    /// Sets `Key`.
    #[must_use]
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SetPersonalityKeyRequest {
    type Resource = Drive;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Drive.SetPersonalityKey";
    const REQUIRED: &'static [&'static str] = &["Algorithm", "Key"];
}

crate::redfish_enum! {
    /// `StatusIndicator`.
    pub enum StatusIndicator {
        /// The drive is OK.
        OK = "OK",
        /// The drive has failed.
        Fail = "Fail",
        /// The drive is being rebuilt.
        Rebuild = "Rebuild",
        /// The drive still works but is predicted to fail soon.
        PredictiveFailureAnalysis = "PredictiveFailureAnalysis",
        /// The drive has been marked to automatically rebuild and replace a failed drive.
        Hotspare = "Hotspare",
        /// The array to which this drive belongs has been degraded.
        InACriticalArray = "InACriticalArray",
        /// The array to which this drive belongs has failed.
        InAFailedArray = "InAFailedArray",
    }
}

pub use crate::common::TargetConfigurationLockLevel;

crate::redfish_struct! {
    /// Parameters of the `UnfreezePersonality` action: This action unfreezes a personality for the NVMe subsystem.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct UnfreezePersonalityRequest {
        /// The authentication method for the unfreeze operation.
        ///
        /// Required.
        "AuthenticationMethod" => authentication_method: crate::common::NMVeUnfreezeAuthMode [required],
        /// The authentication key for the unfreeze operation.
        ///
        /// Required.
        "Key" => key: String [required],
        /// The personality nonce provided by the `GetPersonalityNonce` action.
        "Nonce" => nonce: String,
        /// The personality to freeze. `255` indicates all personalities.
        ///
        /// Required.
        "Personality" => personality: i64 [required],
    }
}

impl UnfreezePersonalityRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["AuthenticationMethod", "Key", "Personality"];

    /// Sets `AuthenticationMethod`.
    #[must_use]
    pub fn with_authentication_method(
        mut self,
        value: crate::common::NMVeUnfreezeAuthMode,
    ) -> Self {
        self.authentication_method = Some(value);
        self
    }
    /// Sets `Key`.
    #[must_use]
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }
    /// Sets `Nonce`.
    #[must_use]
    pub fn with_nonce(mut self, value: impl Into<String>) -> Self {
        self.nonce = Some(value.into());
        self
    }
    /// Sets `Personality`.
    #[must_use]
    pub fn with_personality(mut self, value: i64) -> Self {
        self.personality = Some(value);
        self
    }
}

impl crate::ActionRequest for UnfreezePersonalityRequest {
    type Resource = Drive;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Drive.UnfreezePersonality";
    const REQUIRED: &'static [&'static str] = &["AuthenticationMethod", "Key", "Personality"];
}
