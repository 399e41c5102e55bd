//! `StorageController`: The `StorageController` schema describes a storage controller and its properties. A storage controller represents a physical or virtual storage device that produces volumes.
//!
//! Generated from the DMTF Redfish schema `StorageController.v1_11_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `storage_controller` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `StorageController` schema describes a storage controller and its properties. A storage controller represents a physical or virtual storage device that produces volumes.
    ///
    /// DMTF schema `StorageController` v1_11_0 (Redfish 2025.4).
    pub struct StorageController {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
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
        "CacheSummary" => cache_summary: crate::storage_controller::CacheSummary,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// This property describes the various controller rates used for processes such as volume rebuild or consistency checks.
        "ControllerRates" => controller_rates: crate::storage_controller::Rates,
        /// Read-only.
        "Description" => description: String,
        /// The link to the environment metrics for this storage controller.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// The firmware version of this storage controller.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The durable names for the storage controller.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// Indicates whether this is a logical storage controller.
        ///
        /// Read-only.
        "IsLogical" => is_logical: bool,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::storage_controller::Links,
        /// The location of the storage controller.
        "Location" => location: crate::resource::Location,
        /// The physical function-related properties for this storage controller within a multiple physical function storage controller.
        "MPFProperties" => mpf_properties: crate::storage_controller::MPFProperties,
        /// The manufacturer of this storage controller.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The link to the metrics associated with this storage controller.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::storage_controller_metrics::StorageControllerMetrics>,
        /// The model number for the storage controller.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The NVMe-related properties for this storage controller.
        "NVMeControllerProperties" => nvme_controller_properties: crate::storage_controller::NVMeControllerProperties,
        /// Read-only. Required.
        "Name" => name: String [required],
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

crate::__impl_resource!(StorageController: "StorageController", actions);

crate::redfish_enum! {
    /// `ANAAccessState`.
    pub enum ANAAccessState {
        /// Commands processed by a controller provide optimized access to any namespace in the ANA group.
        Optimized = "Optimized",
        /// Commands processed by a controller that reports this state for an ANA group provide non-optimized access characteristics, such as lower performance or non-optimal use of subsystem resources, to any namespace in the ANA group.
        NonOptimized = "NonOptimized",
        /// Namespaces in this group are inaccessible. Commands are not able to access user data of namespaces in the ANA group.
        Inaccessible = "Inaccessible",
        /// The group is persistently inaccessible. Commands are persistently not able to access user data of namespaces in the ANA group.
        PersistentLoss = "PersistentLoss",
    }
}

crate::redfish_struct! {
    /// The ANA characteristics and volume information for a storage controller.
    pub struct ANACharacteristics {
        /// Reported ANA access state.
        ///
        /// Read-only.
        "AccessState" => access_state: crate::storage_controller::ANAAccessState,
        /// The specified volume.
        ///
        /// Read-only.
        "Volume" => volume: crate::Link<crate::volume::Volume>,
    }
}

crate::redfish_struct! {
    /// The response body for the `AttachNamespaces` and `DetachNamespaces` actions.
    pub struct AttachDetachNamespacesResponse {
        /// An array of links to volumes that are attached to this controller instance.
        ///
        /// Read-only. Required.
        "AttachedVolumes" => attached_volumes: Vec<crate::Link<crate::volume::Volume>> [required],
        "AttachedVolumes@odata.count" => attached_volumes_count: u64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `AttachNamespaces` action: This action attaches referenced namespaces or volumes to the storage controller. Attached namespaces and volumes are added to the `AttachedVolumes` property in `Links`. For NVMe, namespaces are modeled as `Volume` resources.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct AttachNamespacesRequest {
        /// The namespaces or volumes to attach to the storage controller.
        ///
        /// Required.
        "Namespaces" => namespaces: Vec<crate::Link<crate::volume::Volume>> [required],
    }
}

impl AttachNamespacesRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Namespaces"];

    /// Sets `Namespaces`.
    #[must_use]
    pub fn with_namespaces(mut self, value: Vec<crate::Link<crate::volume::Volume>>) -> Self {
        self.namespaces = Some(value);
        self
    }
}

impl crate::ActionRequest for AttachNamespacesRequest {
    type Resource = StorageController;
    type Response = crate::storage_controller::AttachDetachNamespacesResponse;
    const ACTION: &'static str = "#StorageController.AttachNamespaces";
    const REQUIRED: &'static [&'static str] = &["Namespaces"];
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

crate::redfish_struct! {
    /// Parameters of the `DetachNamespaces` action: This action detaches referenced namespaces or volumes from the storage controller. Detached namespaces and volumes are removed from the `AttachedVolumes` property in `Links`. For NVMe, namespaces are modeled as `Volume` resources.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct DetachNamespacesRequest {
        /// The namespaces or volumes to detach from the storage controller.
        ///
        /// Required.
        "Namespaces" => namespaces: Vec<crate::Link<crate::volume::Volume>> [required],
    }
}

impl DetachNamespacesRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Namespaces"];

    /// Sets `Namespaces`.
    #[must_use]
    pub fn with_namespaces(mut self, value: Vec<crate::Link<crate::volume::Volume>>) -> Self {
        self.namespaces = Some(value);
        self
    }
}

impl crate::ActionRequest for DetachNamespacesRequest {
    type Resource = StorageController;
    type Response = crate::storage_controller::AttachDetachNamespacesResponse;
    const ACTION: &'static str = "#StorageController.DetachNamespaces";
    const REQUIRED: &'static [&'static str] = &["Namespaces"];
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to volumes that are attached to this controller instance.
        ///
        /// Read-only.
        "AttachedVolumes" => attached_volumes: Vec<crate::Link<crate::volume::Volume>>,
        "AttachedVolumes@odata.count" => attached_volumes_count: u64,
        /// The batteries that provide power to this storage controller during a power-loss event.
        ///
        /// Read-only.
        "Batteries" => batteries: Vec<crate::Link<crate::battery::Battery>>,
        "Batteries@odata.count" => batteries_count: u64,
        /// An array of links to the endpoints that connect to this controller.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The NVMe subsystems discovered by this discovery controller.
        ///
        /// Read-only.
        "NVMeDiscoveredSubsystems" => nvme_discovered_subsystems: Vec<crate::Link<crate::storage::Storage>>,
        "NVMeDiscoveredSubsystems@odata.count" => nvme_discovered_subsystems_count: u64,
        /// The network device functions that provide connectivity to this controller.
        ///
        /// Read-only.
        "NetworkDeviceFunctions" => network_device_functions: Vec<crate::Link<crate::network_device_function::NetworkDeviceFunction>>,
        "NetworkDeviceFunctions@odata.count" => network_device_functions_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe functions that the storage controller produces.
        ///
        /// Read-only.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
    }
}

crate::redfish_struct! {
    /// The physical function-related properties for a storage controller within a multiple physical function storage controller.
    pub struct MPFProperties {
        /// Indicates whether this physical function is the supervisor, which manages the other physical functions, manages the configuration of the controller, and controls management access.
        ///
        /// Read-only.
        "IsSupervisor" => is_supervisor: bool,
    }
}

crate::redfish_struct! {
    /// The NVMe controller attributes for a storage controller.
    pub struct NVMeControllerAttributes {
        /// Indicates whether or not the controller supports reporting of Namespace Granularity.
        ///
        /// Read-only.
        "ReportsNamespaceGranularity" => reports_namespace_granularity: bool,
        /// Indicates whether or not the controller supports reporting of a UUID list.
        ///
        /// Read-only.
        "ReportsUUIDList" => reports_uuid_list: bool,
        /// Indicates whether or not the controller supports a 128-bit Host Identifier.
        ///
        /// Read-only.
        "Supports128BitHostId" => supports128_bit_host_id: bool,
        /// Indicates whether or not the controller supports Endurance Groups.
        ///
        /// Read-only.
        "SupportsEnduranceGroups" => supports_endurance_groups: bool,
        /// Indicates whether or not the controller supports exceeding Power of Non-Operational State in order to execute controller-initiated background operations in a non-operational power state.
        ///
        /// Read-only.
        "SupportsExceedingPowerOfNonOperationalState" => supports_exceeding_power_of_non_operational_state: bool,
        /// Indicates whether or not the controller supports NVM Sets.
        ///
        /// Read-only.
        "SupportsNVMSets" => supports_nvm_sets: bool,
        /// Indicates whether or not the controller supports Predictable Latency Mode.
        ///
        /// Read-only.
        "SupportsPredictableLatencyMode" => supports_predictable_latency_mode: bool,
        /// Indicates whether or not the controller supports Read Recovery Levels.
        ///
        /// Read-only.
        "SupportsReadRecoveryLevels" => supports_read_recovery_levels: bool,
        /// Indicates if the controller supports reservations.
        ///
        /// Read-only.
        "SupportsReservations" => supports_reservations: bool,
        /// Indicates whether or not the controller supports SQ Associations.
        ///
        /// Read-only.
        "SupportsSQAssociations" => supports_sq_associations: bool,
        /// Indicates whether or not the controller supports restarting the Keep Alive Timer if traffic is processed from an admin command or I/O during a Keep Alive Timeout interval.
        ///
        /// Read-only.
        "SupportsTrafficBasedKeepAlive" => supports_traffic_based_keep_alive: bool,
    }
}

crate::redfish_struct! {
    /// NVMe-related properties for a storage controller.
    pub struct NVMeControllerProperties {
        /// The ANA characteristics and volume information.
        "ANACharacteristics" => ana_characteristics: Vec<Option<crate::storage_controller::ANACharacteristics>>,
        /// The number of I/O completion queues allocated to this NVMe I/O controller.
        ///
        /// Read-only.
        "AllocatedCompletionQueues" => allocated_completion_queues: i64,
        /// The number of I/O submission queues allocated to this NVMe I/O controller.
        ///
        /// Read-only.
        "AllocatedSubmissionQueues" => allocated_submission_queues: i64,
        /// The type of NVMe controller.
        ///
        /// Read-only.
        "ControllerType" => controller_type: crate::storage_controller::NVMeControllerType,
        /// The NVMe discovery transport service identifier for the discovery controller.
        ///
        /// Read-only.
        "DiscoveryTransportServiceId" => discovery_transport_service_id: i64,
        /// The maximum number of attached namespaces allowed by this NVMe I/O controller.
        ///
        /// Read-only.
        "MaxAttachedNamespaces" => max_attached_namespaces: i64,
        /// The maximum individual queue size that an NVMe I/O controller supports.
        ///
        /// Read-only.
        "MaxQueueSize" => max_queue_size: i64,
        /// The NVMe controller attributes.
        "NVMeControllerAttributes" => nvme_controller_attributes: crate::storage_controller::NVMeControllerAttributes,
        /// The NVMe SMART Critical Warnings for this storage controller. This property contains possible triggers for the predictive drive failure warning for the corresponding drive.
        "NVMeSMARTCriticalWarnings" => nvme_smart_critical_warnings: crate::storage_controller::NVMeSMARTCriticalWarnings,
        /// The version of the NVMe Base Specification supported.
        ///
        /// Read-only.
        "NVMeVersion" => nvme_version: String,
    }
}

crate::redfish_enum! {
    /// `NVMeControllerType`.
    pub enum NVMeControllerType {
        /// The NVMe controller is an admin controller.
        Admin = "Admin",
        /// The NVMe controller is a discovery controller.
        Discovery = "Discovery",
        /// The NVMe controller is an I/O controller.
        IO = "IO",
    }
}

crate::redfish_struct! {
    /// The NVMe SMART Critical Warnings for a storage controller.
    pub struct NVMeSMARTCriticalWarnings {
        /// Indicates the media has been placed in read-only mode.
        ///
        /// Read-only.
        "MediaInReadOnly" => media_in_read_only: bool,
        /// Indicates that the NVM subsystem reliability has been compromised.
        ///
        /// Read-only.
        "OverallSubsystemDegraded" => overall_subsystem_degraded: bool,
        /// The Persistent Memory Region has become unreliable.
        ///
        /// Read-only.
        "PMRUnreliable" => pmr_unreliable: bool,
        /// Indicates that the volatile memory backup device has failed.
        ///
        /// Read-only.
        "PowerBackupFailed" => power_backup_failed: bool,
        /// Indicates that the available spare capacity has fallen below the threshold.
        ///
        /// Read-only.
        "SpareCapacityWornOut" => spare_capacity_worn_out: bool,
    }
}

crate::redfish_struct! {
    /// This type describes the various controller rates used for processes such as volume rebuild or consistency checks.
    pub struct Rates {
        /// The percentage of controller resources used for performing a data consistency check on volumes.
        ///
        /// Writable. Units: `%`.
        "ConsistencyCheckRatePercent" => consistency_check_rate_percent: i64,
        /// The percentage of controller resources used for rebuilding/repairing volumes.
        ///
        /// Writable. Units: `%`.
        "RebuildRatePercent" => rebuild_rate_percent: i64,
        /// The percentage of controller resources used for transforming volumes from one configuration to another.
        ///
        /// Writable. Units: `%`.
        "TransformationRatePercent" => transformation_rate_percent: i64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets this storage controller.
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
    type Resource = StorageController;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#StorageController.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SecurityReceive` action: This action transfers security protocol data from the controller. The data transferred from the controller contains the status and data result of one or more `SecuritySend` action requests that were previously submitted to the controller.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SecurityReceiveRequest {
        /// Allocated size for received data.
        ///
        /// Required.
        "AllocationLength" => allocation_length: i64 [required],
        /// The security protocol number.
        ///
        /// Required.
        "SecurityProtocol" => security_protocol: i64 [required],
        /// The security protocol-specific parameter.
        ///
        /// Required.
        "SecurityProtocolSpecific" => security_protocol_specific: i64 [required],
    }
}

impl SecurityReceiveRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[
        "AllocationLength",
        "SecurityProtocol",
        "SecurityProtocolSpecific",
    ];

    /// Sets `AllocationLength`.
    #[must_use]
    pub fn with_allocation_length(mut self, value: i64) -> Self {
        self.allocation_length = Some(value);
        self
    }
    /// Sets `SecurityProtocol`.
    #[must_use]
    pub fn with_security_protocol(mut self, value: i64) -> Self {
        self.security_protocol = Some(value);
        self
    }
    /// Sets `SecurityProtocolSpecific`.
    #[must_use]
    pub fn with_security_protocol_specific(mut self, value: i64) -> Self {
        self.security_protocol_specific = Some(value);
        self
    }
}

impl crate::ActionRequest for SecurityReceiveRequest {
    type Resource = StorageController;
    type Response = crate::storage_controller::SecurityReceiveResponse;
    const ACTION: &'static str = "#StorageController.SecurityReceive";
    const REQUIRED: &'static [&'static str] = &[
        "AllocationLength",
        "SecurityProtocol",
        "SecurityProtocolSpecific",
    ];
}

crate::redfish_struct! {
    /// The security data transferred from a controller.
    pub struct SecurityReceiveResponse {
        /// The Base64-encoded security protocol data.
        ///
        /// Read-only.
        "Data" => data: String,
    }
}

crate::redfish_struct! {
    /// Parameters of the `SecuritySend` action: This action transfers security protocol data to the controller. The data transferred to the controller contains security protocol-specific commands to be performed by the controller.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SecuritySendRequest {
        /// The data to transfer.
        ///
        /// Required.
        "Data" => data: String [required],
        /// The security protocol number.
        ///
        /// Required.
        "SecurityProtocol" => security_protocol: i64 [required],
        /// The security protocol-specific parameter.
        ///
        /// Required.
        "SecurityProtocolSpecific" => security_protocol_specific: i64 [required],
    }
}

impl SecuritySendRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["Data", "SecurityProtocol", "SecurityProtocolSpecific"];

    /// Sets `Data`.
    #[must_use]
    pub fn with_data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Sets `SecurityProtocol`.
    #[must_use]
    pub fn with_security_protocol(mut self, value: i64) -> Self {
        self.security_protocol = Some(value);
        self
    }
    /// Sets `SecurityProtocolSpecific`.
    #[must_use]
    pub fn with_security_protocol_specific(mut self, value: i64) -> Self {
        self.security_protocol_specific = Some(value);
        self
    }
}

impl crate::ActionRequest for SecuritySendRequest {
    type Resource = StorageController;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#StorageController.SecuritySend";
    const REQUIRED: &'static [&'static str] =
        &["Data", "SecurityProtocol", "SecurityProtocolSpecific"];
}
