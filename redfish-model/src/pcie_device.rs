//! `PCIeDevice`: The `PCIeDevice` schema describes the properties of a PCIe device that is attached to a system. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
//!
//! Generated from the DMTF Redfish schema `PCIeDevice.v1_21_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `pcie_device` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PCIeDevice` schema describes the properties of a PCIe device that is attached to a system. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
    ///
    /// DMTF schema `PCIeDevice` v1_21_0 (Redfish 2025.4).
    pub struct PCIeDevice {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this PCIe device.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The user-assigned asset tag for this PCIe device.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// The CXL-specific properties of this PCIe device.
        "CXLDevice" => cxl_device: crate::pcie_device::CXLDevice,
        /// The link to the collection of CXL logical devices within this PCIe device.
        ///
        /// Read-only.
        "CXLLogicalDevices" => cxl_logical_devices: crate::Link<crate::Collection<crate::cxl_logical_device::CXLLogicalDevice>>,
        /// Read-only.
        "Description" => description: String,
        /// The device type for this PCIe device.
        ///
        /// Read-only.
        "DeviceType" => device_type: crate::pcie_device::DeviceType,
        /// The link to the environment metrics for this PCIe device.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// The version of firmware for this PCIe device.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::pcie_device::Links,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this PCIe device.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model number for the PCIe device.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the collection of PCIe functions associated with this PCIe device.
        ///
        /// Read-only.
        "PCIeFunctions" => pcie_functions: crate::Link<crate::Collection<crate::pcie_function::PCIeFunction>>,
        /// The PCIe interface details for this PCIe device.
        "PCIeInterface" => pcie_interface: crate::pcie_device::PCIeInterface,
        /// The part number for this PCIe device.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// An indication of whether the PCIe device is prepared by the system for removal.
        ///
        /// Writable.
        "ReadyToRemove" => ready_to_remove: bool,
        /// The SKU for this PCIe device.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number for this PCIe device.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// Information about the slot for this PCIe device.
        "Slot" => slot: crate::pcie_device::Slot,
        /// The spare part number of the PCIe device.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The staged firmware version for this PCIe device; this firmware is not yet active.
        ///
        /// Read-only.
        "StagedVersion" => staged_version: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The UUID for this PCIe device.
        ///
        /// Read-only.
        "UUID" => uuid: String,
    }
}

crate::__impl_resource!(PCIeDevice: "PCIeDevice", actions);

crate::redfish_struct! {
    /// The CXL-specific properties of a PCIe device.
    pub struct CXLDevice {
        /// An array of the CXL specification revisions supported by this device.
        ///
        /// Read-only.
        "CapableProtocolVersions" => capable_protocol_versions: Vec<Option<crate::pcie_device::CXLProtocolVersion>>,
        /// The revision of the CXL specification in use by this device.
        ///
        /// Read-only.
        "CurrentProtocolVersion" => current_protocol_version: crate::pcie_device::CXLProtocolVersion,
        /// The CXL device type.
        ///
        /// Read-only.
        "DeviceType" => device_type: crate::pcie_device::CXLDeviceType,
        /// The CXL dynamic capacity device (DCD) information for this CXL device.
        "DynamicCapacity" => dynamic_capacity: crate::pcie_device::CXLDynamicCapacity,
        /// Indicates whether the CXL device supports egress port congestion management.
        ///
        /// Read-only.
        "EgressPortCongestionSupport" => egress_port_congestion_support: bool,
        /// The maximum number of logical devices supported by this CXL device.
        ///
        /// Read-only.
        "MaxNumberLogicalDevices" => max_number_logical_devices: i64,
        /// Indicates whether temporary throughput reduction is enabled.
        ///
        /// Writable.
        "TemporaryThroughputReductionEnabled" => temporary_throughput_reduction_enabled: bool,
        /// Indicates whether temporary throughput reduction is supported.
        ///
        /// Read-only.
        "TemporaryThroughputReductionSupported" => temporary_throughput_reduction_supported: bool,
        /// Indicates whether the CXL device supports throughput reduction.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `TemporaryThroughputReductionSupported` to align with the CXL Specification-defined FMAPI command.
        "ThroughputReductionSupport" => throughput_reduction_support: bool,
        /// The timestamp set on the CXL device.
        ///
        /// Writable.
        "Timestamp" => timestamp: crate::DateTime,
    }
}

crate::redfish_enum! {
    /// `CXLDeviceType`.
    pub enum CXLDeviceType {
        /// A CXL Type 1 device.
        Type1 = "Type1",
        /// A CXL Type 2 device.
        Type2 = "Type2",
        /// A CXL Type 3 device.
        Type3 = "Type3",
    }
}

crate::redfish_struct! {
    /// The CXL dynamic capacity device (DCD) information for a CXL device.
    pub struct CXLDynamicCapacity {
        /// The set of selection policies supported by the CXL device when dynamic capacity is added.
        ///
        /// Read-only.
        "AddCapacityPoliciesSupported" => add_capacity_policies_supported: Vec<Option<crate::pcie_device::CXLDynamicCapacityPolicies>>,
        /// The maximum number of dynamic capacity memory regions available per host from this CXL device.
        ///
        /// Read-only.
        "MaxDynamicCapacityRegions" => max_dynamic_capacity_regions: i64,
        /// The maximum number of hosts supported by this CXL device.
        ///
        /// Read-only.
        "MaxHosts" => max_hosts: i64,
        /// The set of memory block sizes supported by memory regions in this CXL device.
        "MemoryBlockSizesSupported" => memory_block_sizes_supported: Vec<Option<crate::pcie_device::CXLRegionBlockSizes>>,
        /// The set of removal policies supported by the CXL device when dynamic capacity is released.
        ///
        /// Read-only.
        "ReleaseCapacityPoliciesSupported" => release_capacity_policies_supported: Vec<Option<crate::pcie_device::CXLDynamicCapacityPolicies>>,
        /// An indication of whether the sanitization on capacity release is configurable for the memory regions in this CXL device.
        "SanitizationOnReleaseSupport" => sanitization_on_release_support: Vec<Option<crate::pcie_device::CXLRegionSanitization>>,
        /// The total memory media capacity of the CXL device available for dynamic assignment in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "TotalDynamicCapacityMiB" => total_dynamic_capacity_mib: i64,
    }
}

crate::redfish_enum! {
    /// `CXLDynamicCapacityPolicies`.
    pub enum CXLDynamicCapacityPolicies {
        /// Free add capacity policy.
        Free = "Free",
        /// Contiguous add capacity policy.
        Contiguous = "Contiguous",
        /// Prescriptive add or release policy.
        Prescriptive = "Prescriptive",
        /// Tag-based release policy.
        TagBased = "TagBased",
    }
}

crate::redfish_enum! {
    /// `CXLProtocolVersion`.
    pub enum CXLProtocolVersion {
        /// CXL protocol specification revision 1.1.
        CXL11 = "CXL1_1",
        /// CXL protocol specification revision 2.0.
        CXL20 = "CXL2_0",
        /// CXL protocol specification revision 3.0.
        CXL30 = "CXL3_0",
        /// CXL protocol specification revision 3.1.
        CXL31 = "CXL3_1",
        /// CXL protocol specification revision 3.2.
        CXL32 = "CXL3_2",
    }
}

crate::redfish_struct! {
    /// Set of memory block sizes supported by memory region in the CXL device.
    pub struct CXLRegionBlockSizes {
        /// Set of memory block sizes supported by this memory region defined in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "BlockSizeMiB" => block_size_mib: Vec<Option<i64>>,
        /// The memory region number.
        ///
        /// Read-only.
        "RegionNumber" => region_number: i64,
    }
}

crate::redfish_struct! {
    /// An indication of whether the sanitization on capacity release is configurable for the memory region.
    pub struct CXLRegionSanitization {
        /// The memory region number.
        ///
        /// Read-only.
        "RegionNumber" => region_number: i64,
        /// An indication of whether the sanitization on capacity release is configurable for this memory region.
        ///
        /// Read-only.
        "SanitizationOnReleaseSupported" => sanitization_on_release_supported: bool,
    }
}

crate::redfish_enum! {
    /// `DeviceType`.
    pub enum DeviceType {
        /// A single-function PCIe device.
        SingleFunction = "SingleFunction",
        /// A multi-function PCIe device.
        MultiFunction = "MultiFunction",
        /// A PCIe device that is not currently physically present, but is being simulated by the PCIe infrastructure.
        Simulated = "Simulated",
        /// A PCIe retimer device.
        Retimer = "Retimer",
    }
}

crate::redfish_enum! {
    /// `LaneSplittingType`.
    pub enum LaneSplittingType {
        /// The slot has no lane splitting.
        None = "None",
        /// The slot has a bridge to share the lanes with associated devices.
        Bridged = "Bridged",
        /// The slot is bifurcated to split the lanes with associated devices.
        Bifurcated = "Bifurcated",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the chassis in which the PCIe device is contained.
        ///
        /// Read-only.
        "Chassis" => chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "Chassis@odata.count" => chassis_count: u64,
        /// An array of links to the remote PCIe ports to which this device is connected.
        ///
        /// Read-only.
        "ConnectedPCIePorts" => connected_pcie_ports: Vec<crate::Link<crate::port::Port>>,
        "ConnectedPCIePorts@odata.count" => connected_pcie_ports_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to PCIe functions exposed by this device.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `PCIeFunctions` property in the root that provides a link to a resource collection.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
        /// An array of links to the processors that are directly connected or directly bridged to this PCIe device.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
        /// The link to a switch that is associated with this PCIe device.
        ///
        /// Read-only.
        "Switch" => switch: crate::Link<crate::switch::Switch>,
    }
}

crate::redfish_struct! {
    /// The PCIe errors associated with this device.
    pub struct PCIeErrors {
        /// The total number of Bad DLLPs issued on the PCIe link by the receiver.
        ///
        /// Read-only.
        "BadDLLPCount" => bad_dllp_count: i64,
        /// The total number of Bad TLPs issued on the PCIe link by the receiver.
        ///
        /// Read-only.
        "BadTLPCount" => bad_tlp_count: i64,
        /// The total number of PCIe correctable errors for this device.
        ///
        /// Read-only.
        "CorrectableErrorCount" => correctable_error_count: i64,
        /// The total number of PCIe fatal errors for this device.
        ///
        /// Read-only.
        "FatalErrorCount" => fatal_error_count: i64,
        /// The total number of Flow Control Credit timeouts.
        ///
        /// Read-only.
        "FlowControlTimeoutErrors" => flow_control_timeout_errors: i64,
        /// The total number of times the PCIe link states transitioned from L0 to the recovery state for this device.
        ///
        /// Read-only.
        "L0ToRecoveryCount" => l0_to_recovery_count: i64,
        /// The total number of NAKs issued on the PCIe link by the receiver.
        ///
        /// Read-only.
        "NAKReceivedCount" => nak_received_count: i64,
        /// The total number of NAKs issued on the PCIe link by this device.
        ///
        /// Read-only.
        "NAKSentCount" => nak_sent_count: i64,
        /// The total number of PCIe non-fatal errors for this device.
        ///
        /// Read-only.
        "NonFatalErrorCount" => non_fatal_error_count: i64,
        /// The total number of PCIe replays issued by this device.
        ///
        /// Read-only.
        "ReplayCount" => replay_count: i64,
        /// The total number of PCIe replay rollovers issued by this device.
        ///
        /// Read-only.
        "ReplayRolloverCount" => replay_rollover_count: i64,
        /// The total number of PCIe unsupported requests received by this device.
        ///
        /// Read-only.
        "UnsupportedRequestCount" => unsupported_request_count: i64,
    }
}

crate::redfish_struct! {
    /// Properties that describe a PCIe interface.
    pub struct PCIeInterface {
        /// The number of PCIe lanes in use by this device.
        ///
        /// Read-only.
        "LanesInUse" => lanes_in_use: i64,
        /// The number of PCIe lanes supported by this device.
        ///
        /// Read-only.
        "MaxLanes" => max_lanes: i64,
        /// The highest version of the PCIe specification supported by this device.
        ///
        /// Read-only.
        "MaxPCIeType" => max_pcie_type: crate::pcie_device::PCIeTypes,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The version of the PCIe specification in use by this device.
        ///
        /// Read-only.
        "PCIeType" => pcie_type: crate::pcie_device::PCIeTypes,
    }
}

crate::redfish_struct! {
    /// The PCIe metrics associated with this device.
    pub struct PCIeMetrics {
        /// The total number of read requests dropped due to completion credit exhaustion.
        ///
        /// Read-only.
        "CompletionCreditExhaustionDrops" => completion_credit_exhaustion_drops: i64,
        /// The total number of of read requests dropped due to non-posted credit exhaustion.
        ///
        /// Read-only.
        "NPCreditExhaustionDrops" => np_credit_exhaustion_drops: i64,
        /// The total data payload in bytes transferred through outbound completion transaction layer packets (TLPs).
        ///
        /// Read-only.
        "OutboundCompletionTLPBytes" => outbound_completion_tlp_bytes: i64,
        /// The total number of outbound completion transaction layer packets (TLPs).
        ///
        /// Read-only.
        "OutboundCompletionTLPCount" => outbound_completion_tlp_count: i64,
        /// The total data payload in bytes transferred through outbound read transaction layer packets (TLPs).
        ///
        /// Read-only.
        "OutboundReadTLPBytes" => outbound_read_tlp_bytes: i64,
        /// The total number of outbound read transaction layer packets (TLPs).
        ///
        /// Read-only.
        "OutboundReadTLPCount" => outbound_read_tlp_count: i64,
        /// The total data payload in bytes transferred through outbound write transaction layer packets (TLPs).
        ///
        /// Read-only.
        "OutboundWriteTLPBytes" => outbound_write_tlp_bytes: i64,
        /// The total number of outbound write transaction layer packets (TLPs).
        ///
        /// Read-only.
        "OutboundWriteTLPCount" => outbound_write_tlp_count: i64,
        /// The total number of read requests dropped due to tag unavailability.
        ///
        /// Read-only.
        "TagUnavailabilityDrops" => tag_unavailability_drops: i64,
    }
}

crate::redfish_struct! {
    /// The PCIe slot associated with a PCIe device.
    pub struct Slot {
        /// An indication of whether this PCIe slot supports hotplug.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// The lane splitting strategy used in the PCIe slot.
        ///
        /// Read-only.
        "LaneSplitting" => lane_splitting: crate::pcie_device::LaneSplittingType,
        /// The number of PCIe lanes supported by this slot.
        ///
        /// Read-only.
        "Lanes" => lanes: i64,
        /// The location of the PCIe slot.
        "Location" => location: crate::resource::Location,
        /// The PCIe specification this slot supports.
        ///
        /// Read-only.
        "PCIeType" => pcie_type: crate::pcie_device::PCIeTypes,
        /// The PCIe slot type.
        ///
        /// Read-only.
        "SlotType" => slot_type: crate::pcie_device::SlotType,
    }
}

crate::redfish_enum! {
    /// `SlotType`.
    pub enum SlotType {
        /// Full-Length PCIe slot.
        FullLength = "FullLength",
        /// Half-Length PCIe slot.
        HalfLength = "HalfLength",
        /// Low-Profile or Slim PCIe slot.
        LowProfile = "LowProfile",
        /// Mini PCIe slot.
        Mini = "Mini",
        /// PCIe M.2 slot.
        M2 = "M2",
        /// An OEM-specific slot.
        OEM = "OEM",
        /// Open Compute Project 3.0 small form factor slot.
        OCP3Small = "OCP3Small",
        /// Open Compute Project 3.0 large form factor slot.
        OCP3Large = "OCP3Large",
        /// U.2 / SFF-8639 slot or bay.
        U2 = "U2",
        /// EDSFF slot.
        EDSFF = "EDSFF",
    }
}

crate::redfish_enum! {
    /// `PCIeTypes`.
    pub enum PCIeTypes {
        /// A PCIe v1.0 slot.
        Gen1 = "Gen1",
        /// A PCIe v2.0 slot.
        Gen2 = "Gen2",
        /// A PCIe v3.0 slot.
        Gen3 = "Gen3",
        /// A PCIe v4.0 slot.
        Gen4 = "Gen4",
        /// A PCIe v5.0 slot.
        Gen5 = "Gen5",
        /// A PCIe v6.0 slot.
        Gen6 = "Gen6",
    }
}
