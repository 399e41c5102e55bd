//! `Volume`: Volume contains properties used to describe a volume, virtual disk, LUN, or other logical storage entity for any system.
//!
//! Generated from the DMTF Redfish schema `Volume.v1_10_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `volume` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// Volume contains properties used to describe a volume, virtual disk, LUN, or other logical storage entity for any system.
    ///
    /// DMTF schema `Volume` v1_10_2 (Redfish 2025.4).
    pub struct Volume {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// ALUA properties for this volume.
        "ALUA" => alua: crate::volume::ALUA,
        /// Supported IO access capabilities.
        ///
        /// Writable.
        "AccessCapabilities" => access_capabilities: Vec<Option<serde_json::Value>>,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An array of references to StoragePools allocated from this Volume.
        ///
        /// Read-only.
        "AllocatedPools" => allocated_pools: crate::Link<crate::Collection>,
        /// The size of the smallest addressable unit (Block) of this volume in bytes.
        ///
        /// Read-only. Units: `By`.
        "BlockSizeBytes" => block_size_bytes: i64,
        /// Capacity utilization.
        "Capacity" => capacity: serde_json::Value,
        /// The size in bytes of this Volume.
        ///
        /// Writable. Units: `By`.
        "CapacityBytes" => capacity_bytes: i64,
        /// An array of space allocations to this volume.
        ///
        /// Writable.
        "CapacitySources" => capacity_sources: Vec<serde_json::Value>,
        "CapacitySources@odata.count" => capacity_sources_count: u64,
        /// Indicator of whether or not the Volume has compression enabled.
        ///
        /// Writable.
        "Compressed" => compressed: bool,
        /// An array of references to Connections that includes this volume.
        ///
        /// Read-only.
        "Connections" => connections: Vec<crate::Link<crate::connection::Connection>>,
        "Connections@odata.count" => connections_count: u64,
        /// Indicator of whether or not the Volume has deduplication enabled.
        ///
        /// Writable.
        "Deduplicated" => deduplicated: bool,
        /// Read-only.
        "Description" => description: String,
        /// A user-configurable string to name the volume.
        ///
        /// Writable.
        "DisplayName" => display_name: String,
        /// Is this Volume encrypted.
        ///
        /// Writable.
        "Encrypted" => encrypted: bool,
        /// The types of encryption used by this Volume.
        ///
        /// Writable.
        "EncryptionTypes" => encryption_types: Vec<crate::volume::EncryptionTypes>,
        /// Indicates the IO performance mode setting for the volume.
        ///
        /// Writable.
        "IOPerfModeEnabled" => io_perf_mode_enabled: bool,
        /// Statistics for this volume.
        ///
        /// Deprecated: This property is deprecated in favor of the IOStatistics property in VolumeMetrics.
        "IOStatistics" => io_statistics: serde_json::Value,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The Durable names for the volume.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// Indicates the Initialization Method used for this volume. If InitializeMethod is not specified, the InitializeMethod should be Foreground.
        ///
        /// Read-only.
        "InitializeMethod" => initialize_method: crate::volume::InitializeMethod,
        /// This property indicates whether or not the Volume contains a boot image and is capable of booting.
        ///
        /// Writable.
        "IsBootCapable" => is_boot_capable: bool,
        /// Contains references to other resources that are related to this resource.
        "Links" => links: crate::volume::Links,
        /// Indicates the host-visible LogicalUnitNumber assigned to this Volume.
        ///
        /// Read-only.
        "LogicalUnitNumber" => logical_unit_number: i64,
        /// Low space warning.
        ///
        /// Writable. Units: `%`.
        "LowSpaceWarningThresholdPercents" => low_space_warning_threshold_percents: Vec<Option<i64>>,
        /// The manufacturer or OEM of this storage volume.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// Max Block size in bytes.
        ///
        /// Read-only. Units: `By`.
        "MaxBlockSizeBytes" => max_block_size_bytes: i64,
        /// Indicates the number of media elements used per span in the secondary RAID for a hierarchical RAID type.
        ///
        /// Read-only.
        "MediaSpanCount" => media_span_count: i64,
        /// The link to the metrics for this volume.
        ///
        /// Read-only.
        "Metrics" => metrics: serde_json::Value,
        /// The model number for this storage volume.
        ///
        /// Read-only.
        "Model" => model: String,
        /// This property contains properties to use when Volume is used to describe an NVMe Namespace.
        "NVMeNamespaceProperties" => nvme_namespace_properties: crate::volume::NVMeNamespaceProperties,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The operations currently running on the Volume.
        "Operations" => operations: Vec<crate::volume::Operation>,
        /// The size in bytes of this Volume's optimum IO size.
        ///
        /// Read-only. Units: `By`.
        "OptimumIOSizeBytes" => optimum_io_size_bytes: i64,
        /// This property specifies the volume's storage allocation, or provisioning policy.
        ///
        /// Writable.
        "ProvisioningPolicy" => provisioning_policy: serde_json::Value,
        /// The RAID type of this volume.
        ///
        /// Read-only.
        "RAIDType" => raid_type: crate::volume::RAIDType,
        /// Indicates the read cache policy setting for the Volume.
        ///
        /// Writable.
        "ReadCachePolicy" => read_cache_policy: crate::volume::ReadCachePolicyType,
        /// Current number of capacity source resources that are available as replacements.
        ///
        /// Writable.
        "RecoverableCapacitySourceCount" => recoverable_capacity_source_count: i64,
        /// The percentage of the capacity remaining in the Volume.
        ///
        /// Read-only.
        "RemainingCapacityPercent" => remaining_capacity_percent: i64,
        /// URIs to the resources that are remote target replicas of this source.
        ///
        /// Read-only.
        "RemoteReplicaTargets" => remote_replica_targets: Vec<Option<String>>,
        /// Describes this storage volume in its role as a target replica.
        "ReplicaInfo" => replica_info: serde_json::Value,
        /// The resources that are target replicas of this source.
        ///
        /// Read-only.
        "ReplicaTargets" => replica_targets: Vec<crate::Link>,
        "ReplicaTargets@odata.count" => replica_targets_count: u64,
        /// Indicates whether or not replication is enabled on the volume.
        ///
        /// Writable.
        "ReplicationEnabled" => replication_enabled: bool,
        /// The property contains the status of the Volume.
        "Status" => status: crate::resource::Status,
        /// An array of references to Storage Groups that includes this volume.
        ///
        /// Read-only. Deprecated: This property is deprecated in favor of the Connections property.
        "StorageGroups" => storage_groups: crate::Link<crate::Collection>,
        /// The number of blocks (bytes) in a strip in a disk array that uses striped data mapping.
        ///
        /// Writable. Units: `By`.
        "StripSizeBytes" => strip_size_bytes: i64,
        /// The type of this volume.
        ///
        /// Read-only. Deprecated: Deprecated in favor of explicit use of RAIDType.
        "VolumeType" => volume_type: crate::volume::VolumeType,
        /// Indicates the Volume usage type setting for the Volume.
        ///
        /// Read-only.
        "VolumeUsage" => volume_usage: crate::volume::VolumeUsageType,
        /// Indicates the write cache policy setting for the Volume.
        ///
        /// Writable.
        "WriteCachePolicy" => write_cache_policy: crate::volume::WriteCachePolicyType,
        /// Indicates the WriteCacheState policy setting for the Volume.
        ///
        /// Read-only.
        "WriteCacheState" => write_cache_state: crate::volume::WriteCacheStateType,
        /// The policy that the RAID volume is using to address the write hole issue.
        ///
        /// Writable.
        "WriteHoleProtectionPolicy" => write_hole_protection_policy: crate::volume::WriteHoleProtectionPolicyType,
    }
}

crate::__impl_resource!(Volume: "Volume", actions);

crate::redfish_struct! {
    /// `ALUA`.
    pub struct ALUA {
        /// The ANA group id for this volume.
        ///
        /// Read-only.
        "ANAGroupId" => ana_group_id: f64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `AssignReplicaTarget` action: This action is used to establish a replication relationship by assigning an existing volume to serve as a target replica for an existing source volume.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct AssignReplicaTargetRequest {
        /// The type of replica relationship to be created.
        ///
        /// Required.
        "ReplicaType" => replica_type: serde_json::Value [required],
        /// The replica update mode (synchronous vs asynchronous).
        ///
        /// Required.
        "ReplicaUpdateMode" => replica_update_mode: serde_json::Value [required],
        /// The Uri to the existing target volume.
        ///
        /// Required.
        "TargetVolume" => target_volume: String [required],
    }
}

impl AssignReplicaTargetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["ReplicaType", "ReplicaUpdateMode", "TargetVolume"];

    /// Sets `ReplicaType`.
    #[must_use]
    pub fn with_replica_type(mut self, value: serde_json::Value) -> Self {
        self.replica_type = Some(value);
        self
    }
    /// Sets `ReplicaUpdateMode`.
    #[must_use]
    pub fn with_replica_update_mode(mut self, value: serde_json::Value) -> Self {
        self.replica_update_mode = Some(value);
        self
    }
    /// Sets `TargetVolume`.
    #[must_use]
    pub fn with_target_volume(mut self, value: impl Into<String>) -> Self {
        self.target_volume = Some(value.into());
        self
    }
}

impl crate::ActionRequest for AssignReplicaTargetRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.AssignReplicaTarget";
    const REQUIRED: &'static [&'static str] = &["ReplicaType", "ReplicaUpdateMode", "TargetVolume"];
}

crate::redfish_struct! {
    /// Parameters of the `ChangeRAIDLayout` action: Request system change the RAID layout of the volume.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ChangeRAIDLayoutRequest {
        /// An array of the drives to be used by the volume.
        "Drives" => drives: Vec<crate::Link<crate::drive::Drive>>,
        /// The requested number of media elements used per span in the secondary RAID for a hierarchical RAID type.
        "MediaSpanCount" => media_span_count: i64,
        /// The requested RAID type for the volume.
        "RAIDType" => raid_type: crate::volume::RAIDType,
        /// The number of blocks (bytes) requested for new strip size.
        "StripSizeBytes" => strip_size_bytes: i64,
    }
}

impl ChangeRAIDLayoutRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `Drives`.
    #[must_use]
    pub fn with_drives(mut self, value: Vec<crate::Link<crate::drive::Drive>>) -> Self {
        self.drives = Some(value);
        self
    }
    /// Sets `MediaSpanCount`.
    #[must_use]
    pub fn with_media_span_count(mut self, value: i64) -> Self {
        self.media_span_count = Some(value);
        self
    }
    /// Sets `RAIDType`.
    #[must_use]
    pub fn with_raid_type(mut self, value: crate::volume::RAIDType) -> Self {
        self.raid_type = Some(value);
        self
    }
    /// Sets `StripSizeBytes`.
    #[must_use]
    pub fn with_strip_size_bytes(mut self, value: i64) -> Self {
        self.strip_size_bytes = Some(value);
        self
    }
}

impl crate::ActionRequest for ChangeRAIDLayoutRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.ChangeRAIDLayout";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `CheckConsistency` action: This action is used to force a check of the Volume's parity or redundant data to ensure it matches calculated values.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct CheckConsistencyRequest {
    }
}

impl CheckConsistencyRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for CheckConsistencyRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.CheckConsistency";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `CreateReplicaTarget` action: This action is used to create a new volume resource to provide expanded data protection through a replica relationship with the specified source volume.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct CreateReplicaTargetRequest {
        /// The type of replica relationship to be created.
        ///
        /// Required.
        "ReplicaType" => replica_type: serde_json::Value [required],
        /// The replica update mode (synchronous vs asynchronous).
        ///
        /// Required.
        "ReplicaUpdateMode" => replica_update_mode: serde_json::Value [required],
        /// The Uri to the existing target Storage Pool.
        ///
        /// Required.
        "TargetStoragePool" => target_storage_pool: String [required],
        /// The Name for the new target volume.
        "VolumeName" => volume_name: String,
    }
}

impl CreateReplicaTargetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["ReplicaType", "ReplicaUpdateMode", "TargetStoragePool"];

    /// Sets `ReplicaType`.
    #[must_use]
    pub fn with_replica_type(mut self, value: serde_json::Value) -> Self {
        self.replica_type = Some(value);
        self
    }
    /// Sets `ReplicaUpdateMode`.
    #[must_use]
    pub fn with_replica_update_mode(mut self, value: serde_json::Value) -> Self {
        self.replica_update_mode = Some(value);
        self
    }
    /// Sets `TargetStoragePool`.
    #[must_use]
    pub fn with_target_storage_pool(mut self, value: impl Into<String>) -> Self {
        self.target_storage_pool = Some(value.into());
        self
    }
    /// Sets `VolumeName`.
    #[must_use]
    pub fn with_volume_name(mut self, value: impl Into<String>) -> Self {
        self.volume_name = Some(value.into());
        self
    }
}

impl crate::ActionRequest for CreateReplicaTargetRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.CreateReplicaTarget";
    const REQUIRED: &'static [&'static str] =
        &["ReplicaType", "ReplicaUpdateMode", "TargetStoragePool"];
}

crate::redfish_struct! {
    /// Parameters of the `ForceEnable` action: Request system force the volume to an enabled state regardless of data loss.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ForceEnableRequest {
    }
}

impl ForceEnableRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ForceEnableRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.ForceEnable";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Initialize` action: This action is used to prepare the contents of the volume for use by the system. If InitializeMethod is not specified in the request body, but the property InitializeMethod is specified, the property InitializeMethod value should be used. If neither is specified, the InitializeMethod should be Foreground.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct InitializeRequest {
        /// The type of initialization to be performed.
        "InitializeMethod" => initialize_method: crate::volume::InitializeMethod,
        /// The type of initialization to be performed.
        ///
        /// Deprecated: Deprecated in favor of the InitializeMethod property.
        "InitializeType" => initialize_type: crate::volume::InitializeType,
    }
}

impl InitializeRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `InitializeMethod`.
    #[must_use]
    pub fn with_initialize_method(mut self, value: crate::volume::InitializeMethod) -> Self {
        self.initialize_method = Some(value);
        self
    }
    /// Sets `InitializeType`.
    #[must_use]
    pub fn with_initialize_type(mut self, value: crate::volume::InitializeType) -> Self {
        self.initialize_type = Some(value);
        self
    }
}

impl crate::ActionRequest for InitializeRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.Initialize";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// `LBAFormat`.
    pub struct LBAFormat {
        /// The LBA data size in bytes.
        ///
        /// Read-only.
        "LBADataSizeBytes" => lba_data_size_bytes: i64,
        /// The LBA format type.
        ///
        /// Read-only.
        "LBAFormatType" => lba_format_type: crate::volume::LBAFormatType,
        /// The LBA metadata size in bytes.
        ///
        /// Read-only.
        "LBAMetadataSizeBytes" => lba_metadata_size_bytes: i64,
        /// The LBA Relative Performance type.
        ///
        /// Read-only.
        "RelativePerformance" => relative_performance: crate::volume::LBARelativePerformanceType,
    }
}

crate::redfish_struct! {
    /// Add ability to manage spare capacity.
    pub struct Links {
        /// A pointer to the data volumes this volume serves as a cache volume.
        ///
        /// Read-only.
        "CacheDataVolumes" => cache_data_volumes: Vec<crate::Link<crate::volume::Volume>>,
        "CacheDataVolumes@odata.count" => cache_data_volumes_count: u64,
        /// A pointer to the cache volume source for this volume.
        ///
        /// Read-only.
        "CacheVolumeSource" => cache_volume_source: crate::Link<crate::volume::Volume>,
        /// The ClassOfService that this storage volume conforms to.
        ///
        /// Read-only.
        "ClassOfService" => class_of_service: serde_json::Value,
        /// An array of references to the client Endpoints associated with this volume.
        ///
        /// Read-only.
        "ClientEndpoints" => client_endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "ClientEndpoints@odata.count" => client_endpoints_count: u64,
        /// An array of references to the ConsistencyGroups associated with this volume.
        ///
        /// Read-only.
        "ConsistencyGroups" => consistency_groups: Vec<serde_json::Value>,
        "ConsistencyGroups@odata.count" => consistency_groups_count: u64,
        /// An array of the Controllers associated with this volume.
        "Controllers" => controllers: Vec<crate::Link<crate::storage_controller::StorageController>>,
        "Controllers@odata.count" => controllers_count: u64,
        /// An array of references to the drives which are dedicated spares for this volume.
        ///
        /// Writable.
        "DedicatedSpareDrives" => dedicated_spare_drives: Vec<crate::Link<crate::drive::Drive>>,
        "DedicatedSpareDrives@odata.count" => dedicated_spare_drives_count: u64,
        /// An array of references to the drives which contain this volume. This will reference Drives that either wholly or only partly contain this volume.
        ///
        /// Read-only.
        "Drives" => drives: Vec<crate::Link<crate::drive::Drive>>,
        "Drives@odata.count" => drives_count: u64,
        /// A pointer to the Resource that serves as a journaling media for this volume.
        ///
        /// Writable.
        "JournalingMedia" => journaling_media: crate::Link,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A pointer to the Storage resource that owns or contains this volume.
        ///
        /// Read-only.
        "OwningStorageResource" => owning_storage_resource: crate::Link<crate::storage::Storage>,
        /// A pointer to the StorageService that owns or contains this volume.
        ///
        /// Read-only.
        "OwningStorageService" => owning_storage_service: serde_json::Value,
        /// The StoragePool resource that provides this volume resource.
        "ProvidingStoragePool" => providing_storage_pool: serde_json::Value,
        /// An array of references to the server Endpoints associated with this volume.
        ///
        /// Read-only.
        "ServerEndpoints" => server_endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "ServerEndpoints@odata.count" => server_endpoints_count: u64,
        /// An array of references to SpareResourceSets.
        ///
        /// Writable.
        "SpareResourceSets" => spare_resource_sets: Vec<serde_json::Value>,
        "SpareResourceSets@odata.count" => spare_resource_sets_count: u64,
        /// An array of references to the StorageGroups associated with this volume.
        ///
        /// Read-only.
        "StorageGroups" => storage_groups: Vec<serde_json::Value>,
        "StorageGroups@odata.count" => storage_groups_count: u64,
    }
}

crate::redfish_struct! {
    /// This contains properties to use when Volume is used to describe an NVMe Namespace.
    pub struct NVMeNamespaceProperties {
        /// The LBA data size and metadata size combination that the namespace has been formatted with.
        ///
        /// Read-only.
        "FormattedLBASize" => formatted_lba_size: String,
        /// Indicates the namespace is shareable.
        ///
        /// Writable.
        "IsShareable" => is_shareable: bool,
        /// Describes the current LBA format ID and detailed properties.
        "LBAFormat" => lba_format: crate::volume::LBAFormat,
        /// Describes the LBA format IDs and detailed properties.
        "LBAFormats" => lba_formats: Vec<Option<crate::volume::LBAFormat>>,
        /// A list of the LBA format types supported for the namespace, or potential namespaces.
        ///
        /// Read-only.
        "LBAFormatsSupported" => lba_formats_supported: Vec<Option<crate::volume::LBAFormatType>>,
        /// This property indicates whether or not the metadata is transferred at the end of the LBA creating an extended data LBA.
        ///
        /// Read-only.
        "MetadataTransferredAtEndOfDataLBA" => metadata_transferred_at_end_of_data_lba: bool,
        /// The version of the NVMe Base Specification supported.
        ///
        /// Read-only.
        "NVMeVersion" => nvme_version: String,
        /// This property contains a set of Namespace Features.
        "NamespaceFeatures" => namespace_features: crate::volume::NamespaceFeatures,
        /// The NVMe Namespace Identifier for this namespace.
        ///
        /// Read-only.
        "NamespaceId" => namespace_id: String,
        /// Identifies the type of namespace.
        ///
        /// Read-only.
        "NamespaceType" => namespace_type: crate::volume::NamespaceType,
        /// The number of LBA data size and metadata size combinations supported by this namespace. The value of this property is between 0 and 16.
        ///
        /// Read-only. Units: `By`.
        "NumberLBAFormats" => number_lba_formats: i64,
        /// Indicates whether the namespace supports IO performance hints.
        ///
        /// Read-only.
        "SupportsIOPerformanceHints" => supports_io_performance_hints: bool,
        /// Indicates whether the namespace may be attached to two or more controllers.
        ///
        /// Read-only.
        "SupportsMultipleNamespaceAttachments" => supports_multiple_namespace_attachments: bool,
        /// Identifies the type of namespace.
        ///
        /// Read-only.
        "Type" => r#type: crate::volume::NamespaceType,
    }
}

crate::redfish_struct! {
    /// `NamespaceFeatures`.
    pub struct NamespaceFeatures {
        /// Indicates that the NVM fields for Namespace preferred write granularity (NPWG), write alignment (NPWA), deallocate granularity (NPDG), deallocate alignment (NPDA) and optimal write size (NOWS) are defined for this namespace and should be used by the host for I/O optimization.
        ///
        /// Read-only.
        "SupportsAtomicTransactionSize" => supports_atomic_transaction_size: bool,
        /// This property indicates that the controller supports deallocated or unwritten logical block error for this namespace.
        ///
        /// Read-only.
        "SupportsDeallocatedOrUnwrittenLBError" => supports_deallocated_or_unwritten_lb_error: bool,
        /// Indicates that the Namespace Atomic Write Unit Normal (NAWUN), Namespace Atomic Write Unit Power Fail (NAWUPF), and Namespace Atomic Compare and Write Unit (NACWU) fields are defined for this namespace and should be used by the host for this namespace instead of the controller-level properties AWUN, AWUPF, and ACWU.
        ///
        /// Read-only.
        "SupportsIOPerformanceHints" => supports_io_performance_hints: bool,
        /// This property indicates that the namespace supports the use of an NGUID (namespace globally unique identifier) value.
        ///
        /// Read-only.
        "SupportsNGUIDReuse" => supports_nguid_reuse: bool,
        /// This property indicates whether or not the NVMe Namespace supports thin provisioning.
        ///
        /// Read-only.
        "SupportsThinProvisioning" => supports_thin_provisioning: bool,
    }
}

crate::redfish_struct! {
    /// `Operation`.
    pub struct Operation {
        /// A reference to the task associated with the operation if any.
        ///
        /// Read-only.
        "AssociatedFeaturesRegistry" => associated_features_registry: serde_json::Value,
        /// The type of the operation.
        ///
        /// Read-only.
        "Operation" => operation: crate::volume::OperationType,
        /// The name of the operation.
        ///
        /// Read-only. Deprecated: This property is deprecated in favor of the Operation property using the Operation enum.
        "OperationName" => operation_name: String,
        /// The percentage of the operation that has been completed.
        ///
        /// Read-only.
        "PercentageComplete" => percentage_complete: i64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `RemoveReplicaRelationship` action: This action is used to disable data synchronization between a source and target volume, remove the replication relationship, and optionally delete the target volume.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RemoveReplicaRelationshipRequest {
        /// Indicate whether or not to delete the target volume as part of the operation.
        "DeleteTargetVolume" => delete_target_volume: bool,
        /// The Uri to the existing target volume.
        ///
        /// Required.
        "TargetVolume" => target_volume: String [required],
    }
}

impl RemoveReplicaRelationshipRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["TargetVolume"];

    /// Sets `DeleteTargetVolume`.
    #[must_use]
    pub fn with_delete_target_volume(mut self, value: bool) -> Self {
        self.delete_target_volume = Some(value);
        self
    }
    /// Sets `TargetVolume`.
    #[must_use]
    pub fn with_target_volume(mut self, value: impl Into<String>) -> Self {
        self.target_volume = Some(value.into());
        self
    }
}

impl crate::ActionRequest for RemoveReplicaRelationshipRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.RemoveReplicaRelationship";
    const REQUIRED: &'static [&'static str] = &["TargetVolume"];
}

crate::redfish_struct! {
    /// Parameters of the `ResumeReplication` action: This action is used to resume the active data synchronization between a source and target volume, without otherwise altering the replication relationship.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResumeReplicationRequest {
        /// The Uri to the existing target volume.
        ///
        /// Required.
        "TargetVolume" => target_volume: String [required],
    }
}

impl ResumeReplicationRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["TargetVolume"];

    /// Sets `TargetVolume`.
    #[must_use]
    pub fn with_target_volume(mut self, value: impl Into<String>) -> Self {
        self.target_volume = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ResumeReplicationRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.ResumeReplication";
    const REQUIRED: &'static [&'static str] = &["TargetVolume"];
}

crate::redfish_struct! {
    /// Parameters of the `ReverseReplicationRelationship` action: This action is used to reverse the replication relationship between a source and target volume.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ReverseReplicationRelationshipRequest {
        /// The Uri to the existing target volume.
        ///
        /// Required.
        "TargetVolume" => target_volume: String [required],
    }
}

impl ReverseReplicationRelationshipRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["TargetVolume"];

    /// Sets `TargetVolume`.
    #[must_use]
    pub fn with_target_volume(mut self, value: impl Into<String>) -> Self {
        self.target_volume = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ReverseReplicationRelationshipRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.ReverseReplicationRelationship";
    const REQUIRED: &'static [&'static str] = &["TargetVolume"];
}

crate::redfish_struct! {
    /// Parameters of the `SplitReplication` action: This action is used to split the replication relationship and suspend data synchronization between a source and target volume.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SplitReplicationRequest {
        /// The Uri to the existing target volume.
        ///
        /// Required.
        "TargetVolume" => target_volume: String [required],
    }
}

impl SplitReplicationRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["TargetVolume"];

    /// Sets `TargetVolume`.
    #[must_use]
    pub fn with_target_volume(mut self, value: impl Into<String>) -> Self {
        self.target_volume = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SplitReplicationRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.SplitReplication";
    const REQUIRED: &'static [&'static str] = &["TargetVolume"];
}

crate::redfish_struct! {
    /// Parameters of the `SuspendReplication` action: This action is used to suspend active data synchronization between a source and target volume, without otherwise altering the replication relationship.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SuspendReplicationRequest {
        /// The Uri to the existing target volume.
        ///
        /// Required.
        "TargetVolume" => target_volume: String [required],
    }
}

impl SuspendReplicationRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["TargetVolume"];

    /// Sets `TargetVolume`.
    #[must_use]
    pub fn with_target_volume(mut self, value: impl Into<String>) -> Self {
        self.target_volume = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SuspendReplicationRequest {
    type Resource = Volume;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Volume.SuspendReplication";
    const REQUIRED: &'static [&'static str] = &["TargetVolume"];
}

crate::redfish_enum! {
    /// `EncryptionTypes`.
    pub enum EncryptionTypes {
        /// The volume is utilizing the native drive encryption capabilities of the drive hardware.
        NativeDriveEncryption = "NativeDriveEncryption",
        /// The volume is being encrypted by the storage controller entity.
        ControllerAssisted = "ControllerAssisted",
        /// The volume is being encrypted by software running on the system or the operating system.
        SoftwareAssisted = "SoftwareAssisted",
    }
}

crate::redfish_enum! {
    /// `InitializeMethod`.
    pub enum InitializeMethod {
        /// The volume will be available for use immediately, with no preparation.
        Skip = "Skip",
        /// The volume will be available for use immediately, with data erasure and preparation to happen as background tasks.
        Background = "Background",
        /// Data erasure and preparation tasks will complete before the volume is presented as available for use.
        Foreground = "Foreground",
    }
}

crate::redfish_enum! {
    /// `InitializeType`.
    pub enum InitializeType {
        /// The volume is prepared for use quickly, typically by erasing just the beginning and end of the space so that partitioning can be performed.
        Fast = "Fast",
        /// The volume is prepared for use slowly, typically by completely erasing the volume.
        Slow = "Slow",
    }
}

crate::redfish_enum! {
    /// LBAFormatType is defined in the NVMe specification set. This field indicates the LBA data size supported; implementations may report up to 16 values. For more details refer to the appropriate NVMe specification.
    pub enum LBAFormatType {
        /// LBAFormat0 is a required type. Indicates the LBA data size supported.
        LBAFormat0 = "LBAFormat0",
        /// Indicates the LBA data size if supported.
        LBAFormat1 = "LBAFormat1",
        /// Indicates the LBA data size supported if supported.
        LBAFormat2 = "LBAFormat2",
        /// Indicates the LBA data size supported if supported.
        LBAFormat3 = "LBAFormat3",
        /// Indicates the LBA data size supported if supported.
        LBAFormat4 = "LBAFormat4",
        /// Indicates the LBA data size supported if supported.
        LBAFormat5 = "LBAFormat5",
        /// Indicates the LBA data size supported if supported.
        LBAFormat6 = "LBAFormat6",
        /// Indicates the LBA data size supported if supported.
        LBAFormat7 = "LBAFormat7",
        /// Indicates the LBA data size supported if supported.
        LBAFormat8 = "LBAFormat8",
        /// Indicates the LBA data size supported if supported.
        LBAFormat9 = "LBAFormat9",
        /// Indicates the LBA data size supported if supported.
        LBAFormat10 = "LBAFormat10",
        /// Indicates the LBA data size supported if supported.
        LBAFormat11 = "LBAFormat11",
        /// Indicates the LBA data size supported if supported.
        LBAFormat12 = "LBAFormat12",
        /// Indicates the LBA data size supported if supported.
        LBAFormat13 = "LBAFormat13",
        /// Indicates the LBA data size supported if supported.
        LBAFormat14 = "LBAFormat14",
        /// Indicates the LBA data size supported if supported.
        LBAFormat15 = "LBAFormat15",
    }
}

crate::redfish_enum! {
    /// Indicate the relative performance of the LBA format relative to other LBA formats supported by the controller.
    pub enum LBARelativePerformanceType {
        /// Best performance.
        Best = "Best",
        /// Better performance.
        Better = "Better",
        /// Good performance.
        Good = "Good",
        /// Degraded performance.
        Degraded = "Degraded",
    }
}

crate::redfish_enum! {
    /// `NamespaceType`.
    pub enum NamespaceType {
        /// The namespace is configured for use with a block storage interface.
        Block = "Block",
        /// The namespace is configured for use with a KeyValue interface.
        KeyValue = "KeyValue",
        /// The namespace is configured for use with a zoned storage interface.
        ZNS = "ZNS",
        /// The namespace is configured for use with a computational storage interface.
        Computational = "Computational",
    }
}

crate::redfish_enum! {
    /// `OperationType`.
    pub enum OperationType {
        /// A Deduplicate operation is being performed.
        Deduplicate = "Deduplicate",
        /// A CheckConsistency operation is being performed.
        CheckConsistency = "CheckConsistency",
        /// An Initialize operation is being performed.
        Initialize = "Initialize",
        /// A Replicate operation is being performed.
        Replicate = "Replicate",
        /// A Delete operation is being performed.
        Delete = "Delete",
        /// A ChangeRAIDType operation is being performed.
        ChangeRAIDType = "ChangeRAIDType",
        /// A Rebuild operation is being performed.
        Rebuild = "Rebuild",
        /// An Encrypt operation is being performed.
        Encrypt = "Encrypt",
        /// A Decrypt operation is being performed.
        Decrypt = "Decrypt",
        /// A Resize operation is being performed.
        Resize = "Resize",
        /// A Compress operation is being performed.
        Compress = "Compress",
        /// A Sanitize operation is being performed.
        Sanitize = "Sanitize",
        /// A Format operation is being performed.
        Format = "Format",
        /// A ChangeStripSize operation is being performed.
        ChangeStripSize = "ChangeStripSize",
    }
}

crate::redfish_enum! {
    /// `RAIDType`.
    pub enum RAIDType {
        /// A placement policy where consecutive logical blocks of data are uniformly distributed across a set of independent storage devices without offering any form of redundancy.
        RAID0 = "RAID0",
        /// A placement policy where each logical block of data is stored on more than one independent storage device.
        RAID1 = "RAID1",
        /// A placement policy using parity-based protection where logical bytes of data are uniformly distributed across a set of independent storage devices and where the parity is stored on a dedicated independent storage device.
        RAID3 = "RAID3",
        /// A placement policy using parity-based protection where logical blocks of data are uniformly distributed across a set of independent storage devices and where the parity is stored on a dedicated independent storage device.
        RAID4 = "RAID4",
        /// A placement policy using parity-based protection for storing stripes of 'n' logical blocks of data and one logical block of parity across a set of 'n+1' independent storage devices where the parity and data blocks are interleaved across the storage devices.
        RAID5 = "RAID5",
        /// A placement policy using parity-based protection for storing stripes of 'n' logical blocks of data and two logical blocks of independent parity across a set of 'n+2' independent storage devices where the parity and data blocks are interleaved across the storage devices.
        RAID6 = "RAID6",
        /// A placement policy that creates a striped device (RAID 0) over a set of mirrored devices (RAID 1).
        RAID10 = "RAID10",
        /// A data placement policy that creates a mirrored device (RAID 1) over a set of striped devices (RAID 0).
        RAID01 = "RAID01",
        /// A placement policy that uses parity-based protection for storing stripes of 'n' logical blocks of data and three logical blocks of independent parity across a set of 'n+3' independent storage devices where the parity and data blocks are interleaved across the storage devices.
        RAID6TP = "RAID6TP",
        /// A placement policy that uses a form of mirroring implemented over a set of independent storage devices where logical blocks are duplicated on a pair of independent storage devices so that data is uniformly distributed across the storage devices.
        RAID1E = "RAID1E",
        /// A placement policy that uses a RAID 0 stripe set over two or more RAID 5 sets of independent storage devices.
        RAID50 = "RAID50",
        /// A placement policy that uses a RAID 0 stripe set over two or more RAID 6 sets of independent storage devices.
        RAID60 = "RAID60",
        /// A placement policy that creates a RAID 0 stripe set over two or more RAID 0 sets.
        RAID00 = "RAID00",
        /// A placement policy that uses a RAID 0 stripe set over two or more RAID 10 sets.
        RAID10E = "RAID10E",
        /// A placement policy where each logical block of data is mirrored three times across a set of three independent storage devices.
        RAID1Triple = "RAID1Triple",
        /// A placement policy that uses a striped device (RAID 0) over a set of triple mirrored devices (RAID 1Triple).
        RAID10Triple = "RAID10Triple",
        /// A placement policy with no redundancy at the device level.
        None = "None",
    }
}

crate::redfish_enum! {
    /// `ReadCachePolicyType`.
    pub enum ReadCachePolicyType {
        /// A caching technique in which the controller pre-fetches data anticipating future read requests.
        ReadAhead = "ReadAhead",
        /// A caching technique in which the controller dynamically determines whether to pre-fetch data anticipating future read requests, based on previous cache hit ratio.
        AdaptiveReadAhead = "AdaptiveReadAhead",
        /// The read cache is disabled.
        Off = "Off",
    }
}

crate::redfish_enum! {
    /// `VolumeType`.
    pub enum VolumeType {
        /// The volume is a raw physical device without any RAID or other virtualization applied.
        RawDevice = "RawDevice",
        /// The volume is a non-redundant storage device.
        NonRedundant = "NonRedundant",
        /// The volume is a mirrored device.
        Mirrored = "Mirrored",
        /// The volume is a device which uses parity to retain redundant information.
        StripedWithParity = "StripedWithParity",
        /// The volume is a spanned set of mirrored devices.
        SpannedMirrors = "SpannedMirrors",
        /// The volume is a spanned set of devices which uses parity to retain redundant information.
        SpannedStripesWithParity = "SpannedStripesWithParity",
    }
}

crate::redfish_enum! {
    /// `VolumeUsageType`.
    pub enum VolumeUsageType {
        /// The volume is allocated for use as a consumable data volume.
        Data = "Data",
        /// The volume is allocated for use as a consumable data volume reserved for system use.
        SystemData = "SystemData",
        /// The volume is allocated for use as a non-consumable cache only volume.
        CacheOnly = "CacheOnly",
        /// The volume is allocated for use as a non-consumable system reserved volume.
        SystemReserve = "SystemReserve",
        /// The volume is allocated for use as a non-consumable reserved volume for replication use.
        ReplicationReserve = "ReplicationReserve",
    }
}

crate::redfish_enum! {
    /// `WriteCachePolicyType`.
    pub enum WriteCachePolicyType {
        /// A caching technique in which the completion of a write request is not signaled until data is safely stored on non-volatile media.
        WriteThrough = "WriteThrough",
        /// A caching technique in which the completion of a write request is signaled as soon as the data is in cache, and actual writing to non-volatile media is guaranteed to occur at a later time.
        ProtectedWriteBack = "ProtectedWriteBack",
        /// A caching technique in which the completion of a write request is signaled as soon as the data is in cache; actual writing to non-volatile media is not guaranteed to occur at a later time.
        UnprotectedWriteBack = "UnprotectedWriteBack",
        /// The write cache is disabled.
        Off = "Off",
    }
}

crate::redfish_enum! {
    /// `WriteCacheStateType`.
    pub enum WriteCacheStateType {
        /// Indicates that the cache state type in use generally does not protect write requests on non-volatile media.
        Unprotected = "Unprotected",
        /// Indicates that the cache state type in use generally protects write requests on non-volatile media.
        Protected = "Protected",
        /// Indicates an issue with the cache state in which the cache space is diminished or disabled due to a failure or an outside influence such as a discharged battery.
        Degraded = "Degraded",
    }
}

crate::redfish_enum! {
    /// `WriteHoleProtectionPolicyType`.
    pub enum WriteHoleProtectionPolicyType {
        /// The volume is not using any policy to address the write hole issue.
        Off = "Off",
        /// The policy that uses separate block device for write-ahead logging to address write hole issue.
        Journaling = "Journaling",
        /// The policy that distributes additional log among the volume's capacity sources to address write hole issue.
        DistributedLog = "DistributedLog",
        /// The policy that is Oem specific.
        Oem = "Oem",
    }
}
