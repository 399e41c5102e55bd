//! `Storage`: The `Storage` schema defines a storage subsystem and its respective properties. A storage subsystem represents a set of physical or virtual storage controllers and the resources, such as volumes, that can be accessed from that subsystem.
//!
//! Generated from the DMTF Redfish schema `Storage.v1_21_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `storage` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Storage` schema defines a storage subsystem and its respective properties. A storage subsystem represents a set of physical or virtual storage controllers and the resources, such as volumes, that can be accessed from that subsystem.
    ///
    /// DMTF schema `Storage` v1_21_0 (Redfish 2025.4).
    pub struct Storage {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Indicates if this storage subsystem automatically creates new volumes for unassigned drives.
        ///
        /// Writable.
        "AutoVolumeCreate" => auto_volume_create: crate::storage::AutoVolumeCreate,
        /// Indicates if the storage controller sends a command to block establishment of a TCG-defined security ID (SID) during each drive boot sequence for drives that support it.
        ///
        /// Writable.
        "BlockSecurityIDPolicy" => block_security_id_policy: bool,
        /// Indicates whether in-band configuration requests to the storage subsystem are locked. Other properties, such as `ConfigurationLockState`, contain additional information regarding the status of the configuration lock.
        ///
        /// Writable.
        "ConfigurationLock" => configuration_lock: crate::common::ConfigurationLock,
        /// The collection of links to the connections that this storage subsystem contains.
        ///
        /// Read-only.
        "Connections" => connections: crate::Link<crate::Collection<crate::connection::Connection>>,
        /// The consistency groups, each of which contains a set of volumes that are treated by an application or set of applications as a single resource, that are managed by this storage subsystem.
        ///
        /// Read-only.
        "ConsistencyGroups" => consistency_groups: crate::Link<crate::Collection>,
        /// The set of controllers instantiated by this storage subsystem.
        ///
        /// Read-only.
        "Controllers" => controllers: crate::Link<crate::Collection<crate::storage_controller::StorageController>>,
        /// Read-only.
        "Description" => description: String,
        /// The set of drives attached to the storage controllers that this resource represents.
        ///
        /// Read-only.
        "Drives" => drives: Vec<crate::Link<crate::drive::Drive>>,
        "Drives@odata.count" => drives_count: u64,
        /// The encryption mode of this storage subsystem.
        ///
        /// Writable.
        "EncryptionMode" => encryption_mode: crate::storage::EncryptionMode,
        /// All of the endpoint groups, each of which contains a set of endpoints that are used for a common purpose such as an ACL or logical identification, that belong to this storage subsystem.
        ///
        /// Read-only.
        "EndpointGroups" => endpoint_groups: crate::Link<crate::Collection<crate::endpoint_group::EndpointGroup>>,
        /// All file systems that are allocated by this storage subsystem.
        ///
        /// Read-only.
        "FileSystems" => file_systems: crate::Link<crate::Collection>,
        /// The policy under which hot spare drives in this storage domain will activate.
        ///
        /// Writable.
        "HotspareActivationPolicy" => hotspare_activation_policy: crate::storage::HotspareActivationPolicy,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The durable names for the storage subsystem.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::storage::Links,
        /// The local encryption key identifier used by the storage subsystem.
        ///
        /// Read-only.
        "LocalEncryptionKeyIdentifier" => local_encryption_key_identifier: String,
        /// The multiple physical function-related properties for storage controllers in this storage subsystem.
        "MPF" => mpf: crate::storage::MPF,
        /// The link to the metrics associated with this storage subsystem.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::storage_metrics::StorageMetrics>,
        /// Information specific to NVMe subsystems.
        "NVMeSubsystemProperties" => nvme_subsystem_properties: crate::storage::NVMeSubsystemProperties,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Redundancy information for the storage subsystem.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The set of storage controllers that this resource represents.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `Controllers` to allow for storage controllers to be represented as their own resources.
        "StorageControllers" => storage_controllers: Vec<crate::storage::StorageController>,
        "StorageControllers@odata.count" => storage_controllers_count: u64,
        /// All of the storage groups, each of which contains a set of volumes and endpoints that are managed as a group for mapping and masking, that belong to this storage subsystem.
        ///
        /// Read-only. Deprecated: This property was deprecated in favor of the `Connections` property.
        "StorageGroups" => storage_groups: crate::Link<crate::Collection>,
        /// The set of all storage pools that are allocated by this storage subsystem. A storage pool is the set of storage capacity that can be used to produce volumes or other storage pools.
        ///
        /// Read-only.
        "StoragePools" => storage_pools: crate::Link<crate::Collection>,
        /// Indicates the target configuration lock level for the drive based upon the state of the `ConfigurationLock` property. Other properties, such as `ConfigurationLockState`, contain additional information regarding the status of the configuration lock.
        ///
        /// Writable.
        "TargetConfigurationLockLevel" => target_configuration_lock_level: crate::common::TargetConfigurationLockLevel,
        /// The set of volumes that the storage controllers produce.
        ///
        /// Read-only.
        "Volumes" => volumes: crate::Link<crate::Collection<crate::volume::Volume>>,
    }
}

crate::__impl_resource!(Storage: "Storage", actions);

crate::redfish_enum! {
    /// `AutoVolumeCreate`.
    pub enum AutoVolumeCreate {
        /// Do not automatically create volumes.
        Disabled = "Disabled",
        /// Automatically create non-RAID volumes.
        NonRAID = "NonRAID",
        /// Automatically create RAID0 volumes.
        RAID0 = "RAID0",
        /// Automatically create RAID1 volumes.
        RAID1 = "RAID1",
    }
}

crate::redfish_struct! {
    /// This type describes the cache memory of the storage controller in general detail.
    pub struct CacheSummary {
        /// The portion of the cache memory that is persistent, measured in MiB.
        ///
        /// Read-only. Units: `MiBy`.
        "PersistentCacheSizeMiB" => persistent_cache_size_mib: i64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The total configured cache memory, measured in MiB.
        ///
        /// Read-only. Required. Units: `MiBy`.
        "TotalCacheSizeMiB" => total_cache_size_mib: i64 [required],
    }
}

pub use crate::common::ConfigLockOptions;

pub use crate::common::ConfigurationLock;

crate::redfish_enum! {
    /// `EncryptionMode`.
    pub enum EncryptionMode {
        /// Encryption is disabled on the storage subsystem.
        Disabled = "Disabled",
        /// The storage subsystem uses one or more external keys for encryption.
        UseExternalKey = "UseExternalKey",
        /// The storage subsystem uses a local key for encryption.
        UseLocalKey = "UseLocalKey",
        /// The storage subsystem uses a password, but no keys for encryption.
        PasswordOnly = "PasswordOnly",
        /// The storage subsystem uses a password and one or more external keys for encryption.
        PasswordWithExternalKey = "PasswordWithExternalKey",
        /// The storage subsystem uses a password and a local key for encryption.
        PasswordWithLocalKey = "PasswordWithLocalKey",
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
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.FreezePersonality";
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
    type Resource = Storage;
    type Response = crate::storage::GetPersonalityNonceResponse;
    const ACTION: &'static str = "#Storage.GetPersonalityNonce";
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
    /// `HotspareActivationPolicy`.
    pub enum HotspareActivationPolicy {
        /// The hot spare drive will take over for the original drive when the original drive has been marked as failed by the storage domain.
        OnDriveFailure = "OnDriveFailure",
        /// The hot spare drive will take over for the original drive when the original drive has been predicted to fail in the future by the storage domain.
        OnDrivePredictedFailure = "OnDrivePredictedFailure",
        /// The hot spare drive will take over for the original drive in an algorithm custom to the OEM.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// Parameters of the `ImportForeignDrives` action: This action imports encrypted foreign drives to a host-based storage controller by supplying encryption access credentials.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ImportForeignDrivesRequest {
        /// The current controller password. This parameter is not required if the controller does not currently have a password.
        "ControllerPassword" => controller_password: String [secret],
        /// The encryption key to unlock the drives.
        ///
        /// Required.
        "DriveEncryptionKey" => drive_encryption_key: String [required],
        /// An encryption key identifier to filter the drives that are imported. If not provided, the controller attempts to import all foreign drives.
        "DriveEncryptionKeyIdentifier" => drive_encryption_key_identifier: String,
    }
}

impl ImportForeignDrivesRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["DriveEncryptionKey"];

    /// Sets `ControllerPassword`.
    #[must_use]
    pub fn with_controller_password(mut self, value: impl Into<String>) -> Self {
        self.controller_password = Some(value.into());
        self
    }
    /// Sets `DriveEncryptionKey`.
    #[must_use]
    pub fn with_drive_encryption_key(mut self, value: impl Into<String>) -> Self {
        self.drive_encryption_key = Some(value.into());
        self
    }
    /// Sets `DriveEncryptionKeyIdentifier`.
    #[must_use]
    pub fn with_drive_encryption_key_identifier(mut self, value: impl Into<String>) -> Self {
        self.drive_encryption_key_identifier = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ImportForeignDrivesRequest {
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.ImportForeignDrives";
    const REQUIRED: &'static [&'static str] = &["DriveEncryptionKey"];
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The set of drives in this storage subsystem that do not support blocking of TCG-defined security ID (SID).
        ///
        /// Read-only.
        "BlockSecurityIDUnsupportedDrives" => block_security_id_unsupported_drives: Vec<crate::Link<crate::drive::Drive>>,
        "BlockSecurityIDUnsupportedDrives@odata.count" => block_security_id_unsupported_drives_count: u64,
        /// The set of drives in this storage subsystem for which the most recent attempt to block TCG-defined security ID (SID) failed.
        ///
        /// Read-only.
        "BlockSecurityIDUpdateUnsuccessfulDrives" => block_security_id_update_unsuccessful_drives: Vec<crate::Link<crate::drive::Drive>>,
        "BlockSecurityIDUpdateUnsuccessfulDrives@odata.count" => block_security_id_update_unsuccessful_drives_count: u64,
        /// An array of links to the chassis to which this storage subsystem is attached.
        ///
        /// Read-only.
        "Enclosures" => enclosures: Vec<crate::Link<crate::chassis::Chassis>>,
        "Enclosures@odata.count" => enclosures_count: u64,
        /// The storage systems that host this storage subsystem.
        ///
        /// Read-only.
        "HostingStorageSystems" => hosting_storage_systems: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "HostingStorageSystems@odata.count" => hosting_storage_systems_count: u64,
        /// An array of links to the discovery subsystems that discovered this subsystem in an NVMe-oF environment.
        ///
        /// Read-only.
        "NVMeoFDiscoverySubsystems" => nvmeo_f_discovery_subsystems: Vec<crate::Link<crate::storage::Storage>>,
        "NVMeoFDiscoverySubsystems@odata.count" => nvmeo_f_discovery_subsystems_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the simple storage instance that corresponds to this storage.
        ///
        /// Read-only.
        "SimpleStorage" => simple_storage: crate::Link<crate::simple_storage::SimpleStorage>,
        /// An array of links to the storage services that connect to this storage subsystem.
        ///
        /// Read-only.
        "StorageServices" => storage_services: Vec<serde_json::Value>,
        "StorageServices@odata.count" => storage_services_count: u64,
        /// The set of volumes in this storage subsystem that are not assigned to a physical function.
        ///
        /// Read-only.
        "UnassignedVolumes" => unassigned_volumes: Vec<crate::Link<crate::volume::Volume>>,
        "UnassignedVolumes@odata.count" => unassigned_volumes_count: u64,
    }
}

crate::redfish_struct! {
    /// Multiple physical function-related properties for storage controllers in a storage subsystem.
    pub struct MPF {
        /// The current number of physical functions configured for the storage controller in this storage subsystem.
        ///
        /// Writable.
        "ConfiguredPhysicalFunctions" => configured_physical_functions: i64,
        /// The maximum number of physical functions supported by the storage controller in this storage subsystem.
        ///
        /// Read-only.
        "MaximumSupportedPhysicalFunctions" => maximum_supported_physical_functions: i64,
        /// The current volume assignment policy configured for the storage controller in this storage subsystem.
        ///
        /// Writable.
        "VolumeAssignmentPolicy" => volume_assignment_policy: crate::storage::VolumeAssignmentPolicy,
    }
}

pub use crate::common::NMVeMinimumRequiredResetType;

pub use crate::common::NMVePersonalityKeyAlgorithm;

pub use crate::common::NMVeUnfreezeAuthMode;

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
    /// Information specific to NVMe subsystems.
    pub struct NVMeSubsystemProperties {
        /// The active personality settings of the NVMe subsystem.
        "ActivePersonalities" => active_personalities: Vec<Option<crate::storage::NVMePersonality>>,
        /// The configurable features that are able to be locked from in-band usage on an NVMe subsystem and their current lock state.
        "ConfigurationLockState" => configuration_lock_state: crate::storage::NVMeConfigurationLockState,
        /// The maximum number of namespace attachments supported by this NVMe subsystem.
        ///
        /// Read-only.
        "MaxNamespacesSupported" => max_namespaces_supported: f64,
        /// Indicates whether the subsystem supports shared namespace controller attachment, allowing a shared namespace to be attached concurrently to two or more controllers in an NVMe subsystem.
        ///
        /// Read-only.
        "SharedNamespaceControllerAttachmentSupported" => shared_namespace_controller_attachment_supported: bool,
    }
}

crate::redfish_struct! {
    /// This type describes the various controller rates used for processes such as volume rebuild or consistency checks.
    pub struct Rates {
        /// The percentage of controller resources used for performing a data consistency check on volumes.
        ///
        /// Writable.
        "ConsistencyCheckRatePercent" => consistency_check_rate_percent: i64,
        /// The percentage of controller resources used for rebuilding/repairing volumes.
        ///
        /// Writable.
        "RebuildRatePercent" => rebuild_rate_percent: i64,
        /// The percentage of controller resources used for transforming volumes from one configuration to another.
        ///
        /// Writable.
        "TransformationRatePercent" => transformation_rate_percent: i64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `RekeyExternalKey` action: This action causes the controllers of the storage subsystem to request new encryption keys managed by an external key service.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RekeyExternalKeyRequest {
    }
}

impl RekeyExternalKeyRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for RekeyExternalKeyRequest {
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.RekeyExternalKey";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetToDefaults` action: The reset action resets the storage device to factory defaults. This can cause the loss of data.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetToDefaultsRequest {
        /// The type of reset to defaults.
        ///
        /// Required.
        "ResetType" => reset_type: crate::storage::ResetToDefaultsType [required],
    }
}

impl ResetToDefaultsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["ResetType"];

    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::storage::ResetToDefaultsType) -> Self {
        self.reset_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetToDefaultsRequest {
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.ResetToDefaults";
    const REQUIRED: &'static [&'static str] = &["ResetType"];
}

crate::redfish_enum! {
    /// `ResetToDefaultsType`.
    pub enum ResetToDefaultsType {
        /// Reset all settings to factory defaults and remove all volumes.
        ResetAll = "ResetAll",
        /// Reset all settings to factory defaults but preserve the configured volumes on the controllers.
        PreserveVolumes = "PreserveVolumes",
    }
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
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.RevertPersonalitiesToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SetControllerPassword` action: This action sets the controller boot password for a host-based storage controller.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetControllerPasswordRequest {
        /// The current controller password. This parameter is not needed if the controller does not currently have a password.
        "CurrentPassword" => current_password: String [secret],
        /// The new password to set for the controller.
        ///
        /// Required.
        "NewPassword" => new_password: String [secret, required],
        /// The security key for the controller. This parameter is not needed if the controller does not have a security key.
        "SecurityKey" => security_key: String,
    }
}

impl SetControllerPasswordRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["NewPassword"];

    /// Sets `CurrentPassword`.
    #[must_use]
    pub fn with_current_password(mut self, value: impl Into<String>) -> Self {
        self.current_password = Some(value.into());
        self
    }
    /// Sets `NewPassword`.
    #[must_use]
    pub fn with_new_password(mut self, value: impl Into<String>) -> Self {
        self.new_password = Some(value.into());
        self
    }
    /// Sets `SecurityKey`.
    #[must_use]
    pub fn with_security_key(mut self, value: impl Into<String>) -> Self {
        self.security_key = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SetControllerPasswordRequest {
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.SetControllerPassword";
    const REQUIRED: &'static [&'static str] = &["NewPassword"];
}

crate::redfish_struct! {
    /// Parameters of the `SetEncryptionKey` action: This action sets the local encryption key for the storage subsystem.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetEncryptionKeyRequest {
        /// The current local encryption key on the storage subsystem. This parameter is not needed if the controller does not currently have an encryption key.
        "CurrentEncryptionKey" => current_encryption_key: String,
        /// The local encryption key to set on the storage subsystem.
        ///
        /// Required.
        "EncryptionKey" => encryption_key: String [required],
        /// The local encryption key identifier used by the storage subsystem.
        "EncryptionKeyIdentifier" => encryption_key_identifier: String,
    }
}

impl SetEncryptionKeyRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["EncryptionKey"];

    /// Sets `CurrentEncryptionKey`.
    #[must_use]
    pub fn with_current_encryption_key(mut self, value: impl Into<String>) -> Self {
        self.current_encryption_key = Some(value.into());
        self
    }
    /// Sets `EncryptionKey`.
    #[must_use]
    pub fn with_encryption_key(mut self, value: impl Into<String>) -> Self {
        self.encryption_key = Some(value.into());
        self
    }
    /// Sets `EncryptionKeyIdentifier`.
    #[must_use]
    pub fn with_encryption_key_identifier(mut self, value: impl Into<String>) -> Self {
        self.encryption_key_identifier = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SetEncryptionKeyRequest {
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.SetEncryptionKey";
    const REQUIRED: &'static [&'static str] = &["EncryptionKey"];
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
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.SetPersonalityKey";
    const REQUIRED: &'static [&'static str] = &["Algorithm", "Key"];
}

crate::redfish_struct! {
    /// The StorageController schema describes a storage controller and its properties. A storage controller represents a physical or virtual storage device that produces volumes.
    pub struct StorageController {
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this storage controller.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The user-assigned asset tag for this storage controller.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// The cache memory of the storage controller in general detail.
        "CacheSummary" => cache_summary: crate::storage::CacheSummary,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// This property describes the various controller rates used for processes such as volume rebuild or consistency checks.
        "ControllerRates" => controller_rates: crate::storage::Rates,
        /// The firmware version of this storage controller.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// The durable names for the storage controller.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::storage::StorageControllerLinks,
        /// The location of the storage controller.
        "Location" => location: crate::resource::Location,
        /// The manufacturer of this storage controller.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// The model number for the storage controller.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The name of the storage controller.
        ///
        /// Read-only.
        "Name" => name: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The PCIe interface details for this controller.
        "PCIeInterface" => pcie_interface: crate::pcie_device::PCIeInterface,
        /// The part number for this storage controller.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The link to the collection of ports that exist on the storage controller.
        ///
        /// Read-only.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The SKU for this storage controller.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number for this storage controller.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The maximum speed of the storage controller's device interface.
        ///
        /// Read-only. Units: `Gbit/s`.
        "SpeedGbps" => speed_gbps: f64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The supported set of protocols for communicating with this storage controller.
        ///
        /// Read-only.
        "SupportedControllerProtocols" => supported_controller_protocols: Vec<crate::protocol::Protocol>,
        /// The protocols that the storage controller can use to communicate with attached devices.
        ///
        /// Read-only.
        "SupportedDeviceProtocols" => supported_device_protocols: Vec<crate::protocol::Protocol>,
        /// The set of RAID types supported by the storage controller.
        ///
        /// Read-only.
        "SupportedRAIDTypes" => supported_raid_types: Vec<Option<crate::volume::RAIDType>>,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct StorageControllerLinks {
        /// An array of links to the endpoints that connect to this controller.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe functions that the storage controller produces.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
        /// An array of links to the storage services that connect to this controller.
        ///
        /// Deprecated: This property has been deprecated in favor of `StorageServices` within the `Links` property at the root level.
        "StorageServices" => storage_services: Vec<serde_json::Value>,
        "StorageServices@odata.count" => storage_services_count: u64,
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
    type Resource = Storage;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Storage.UnfreezePersonality";
    const REQUIRED: &'static [&'static str] = &["AuthenticationMethod", "Key", "Personality"];
}

crate::redfish_enum! {
    /// `VolumeAssignmentPolicy`.
    pub enum VolumeAssignmentPolicy {
        /// Newly created volumes are not assigned to physical functions, but are added to `UnassignedVolumes` in the `Links` property within this resource.
        Unassigned = "Unassigned",
        /// Newly created volumes are assigned to the supervisor function.
        Supervisor = "Supervisor",
        /// Newly created volumes are assigned to the physical functions in a round-robin fashion.
        WeightedRoundRobin = "WeightedRoundRobin",
    }
}
