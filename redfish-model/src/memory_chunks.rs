//! `MemoryChunks`: The `MemoryChunks` schema contains the definition of a memory chunk and its configuration.
//!
//! Generated from the DMTF Redfish schema `MemoryChunks.v1_6_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `memory_chunks` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MemoryChunks` schema contains the definition of a memory chunk and its configuration.
    ///
    /// DMTF schema `MemoryChunks` v1_6_2 (Redfish 2025.4).
    pub struct MemoryChunks {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Offset of the memory chunk in the address range in MiB.
        ///
        /// Read-only. Units: `MiBy`.
        "AddressRangeOffsetMiB" => address_range_offset_mib: i64,
        /// Memory type of this memory chunk.
        ///
        /// Read-only. Required.
        "AddressRangeType" => address_range_type: crate::memory_chunks::AddressRangeType [required],
        /// Read-only.
        "Description" => description: String,
        /// A user-configurable string to name the memory chunk.
        ///
        /// Writable.
        "DisplayName" => display_name: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The interleave sets for the memory chunk.
        "InterleaveSets" => interleave_sets: Vec<crate::memory_chunks::InterleaveSet>,
        /// An indication of whether memory mirroring is enabled for this memory chunk.
        ///
        /// Read-only.
        "IsMirrorEnabled" => is_mirror_enabled: bool,
        /// An indication of whether sparing is enabled for this memory chunk.
        ///
        /// Read-only.
        "IsSpare" => is_spare: bool,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::memory_chunks::Links,
        /// The location of the memory media for this memory chunk.
        ///
        /// Writable.
        "MediaLocation" => media_location: crate::memory_chunks::MediaLocation,
        /// Size of the memory chunk measured in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "MemoryChunkSizeMiB" => memory_chunk_size_mib: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The requested operational state of this memory chunk.
        ///
        /// Writable.
        "RequestedOperationalState" => requested_operational_state: crate::memory_chunks::OperationalState,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(MemoryChunks: "MemoryChunks", actions);

crate::redfish_enum! {
    /// `AddressRangeType`.
    pub enum AddressRangeType {
        /// Volatile memory.
        Volatile = "Volatile",
        /// Byte accessible persistent memory.
        PMEM = "PMEM",
        /// Block accessible memory.
        Block = "Block",
    }
}

crate::redfish_struct! {
    /// This an interleave set for a memory chunk.
    pub struct InterleaveSet {
        /// Describes a memory device of the interleave set.
        ///
        /// Read-only.
        "Memory" => memory: crate::Link,
        /// Level of the interleave set for multi-level tiered memory.
        ///
        /// Read-only.
        "MemoryLevel" => memory_level: i64,
        /// Offset within the DIMM that corresponds to the start of this memory region, measured in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "OffsetMiB" => offset_mib: i64,
        /// DIMM region identifier.
        ///
        /// Read-only.
        "RegionId" => region_id: String,
        /// Size of this memory region measured in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "SizeMiB" => size_mib: i64,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the CXL logical devices associated with this memory chunk.
        ///
        /// Read-only.
        "CXLLogicalDevices" => cxl_logical_devices: Vec<crate::Link<crate::cxl_logical_device::CXLLogicalDevice>>,
        "CXLLogicalDevices@odata.count" => cxl_logical_devices_count: u64,
        /// An array of links to the endpoints that connect to this memory chunk.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// An array of links to the memory regions for which this memory chunk provides capacity.
        ///
        /// Read-only.
        "MemoryRegions" => memory_regions: Vec<crate::Link<crate::memory_region::MemoryRegion>>,
        "MemoryRegions@odata.count" => memory_regions_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `MediaLocation`.
    pub enum MediaLocation {
        /// The memory chunk was created using local media.
        Local = "Local",
        /// The memory chunk was created using remote media accessible through a fabric.
        Remote = "Remote",
        /// The memory chunk was created using both local media and remote media accessible through a fabric.
        Mixed = "Mixed",
    }
}

crate::redfish_enum! {
    /// `OperationalState`.
    pub enum OperationalState {
        /// Memory chunk can be used.
        Online = "Online",
        /// Memory chunk cannot be used. Consumers of this memory chunk should perform cleanup operations as needed to prepare for the removal of this memory chunk.
        Offline = "Offline",
    }
}
