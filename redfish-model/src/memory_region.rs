//! `MemoryRegion`: The `MemoryRegion` schema contains the definition of a memory region and its configuration.
//!
//! Generated from the DMTF Redfish schema `MemoryRegion.v1_0_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `memory_region` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MemoryRegion` schema contains the definition of a memory region and its configuration.
    ///
    /// DMTF schema `MemoryRegion` v1_0_3 (Redfish 2025.4).
    pub struct MemoryRegion {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The memory region block size in mebibytes (MiB).
        ///
        /// Writable. Units: `MiBy`.
        "BlockSizeMiB" => block_size_mib: i64,
        /// Read-only.
        "Description" => description: String,
        /// The number of extents defined for this memory region.
        ///
        /// Read-only.
        "ExtentsCount" => extents_count: i64,
        /// An indication of whether the device manages the cache coherency across hosts for this memory region.
        ///
        /// Read-only.
        "HardwareManagedCoherencyRegion" => hardware_managed_coherency_region: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The set of memory chunks providing capacity for this memory region.
        "MemoryChunks" => memory_chunks: Vec<Option<crate::memory_region::MemoryChunk>>,
        /// The set of memory extents defined for this memory region.
        "MemoryExtents" => memory_extents: Vec<Option<crate::memory_region::MemoryExtent>>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// An indication of whether this memory region represents non-volatile memory.
        ///
        /// Read-only.
        "NonVolatileRegion" => non_volatile_region: bool,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The offset of the memory region in the device address range in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "RegionBaseOffsetMiB" => region_base_offset_mib: i64,
        /// The memory region number.
        ///
        /// Read-only.
        "RegionNumber" => region_number: i64,
        /// The size of the memory region in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "RegionSizeMiB" => region_size_mib: i64,
        /// The type of memory region.
        ///
        /// Read-only. Required.
        "RegionType" => region_type: crate::memory_region::RegionType [required],
        /// An indication of whether the capacity released from this memory region will be sanitized before it is made available to any host.
        ///
        /// Writable.
        "SanitizeOnRelease" => sanitize_on_release: bool,
        /// An indication of whether this memory region can be shared across multiple hosts.
        ///
        /// Read-only.
        "ShareableRegion" => shareable_region: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(MemoryRegion: "MemoryRegion", actions);

crate::redfish_struct! {
    /// Definition of memory chunk providing capacity for memory region.
    pub struct MemoryChunk {
        /// The link to the memory chunk providing capacity to the memory region.
        ///
        /// Read-only.
        "ChunkLink" => chunk_link: crate::Link<crate::memory_chunks::MemoryChunks>,
        /// Offset of the memory chunk within the memory region in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "ChunkOffsetMiB" => chunk_offset_mib: i64,
    }
}

crate::redfish_struct! {
    /// Definition of memory extent identifying an available address range in the memory region.
    pub struct MemoryExtent {
        /// Offset of the memory extent within the memory region in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "ExtentOffsetMiB" => extent_offset_mib: i64,
        /// Size of the memory extent in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "ExtentSizeMiB" => extent_size_mib: i64,
        /// The memory extent sequence number.
        ///
        /// Read-only.
        "SequenceNumber" => sequence_number: i64,
        /// The tag of this memory extent.
        ///
        /// Read-only.
        "Tag" => tag: String,
    }
}

crate::redfish_enum! {
    /// `RegionType`.
    pub enum RegionType {
        /// Static memory region. The whole address range is always covered by memory.
        Static = "Static",
        /// Dynamic memory region. The address range coverage may be changed in the runtime.
        Dynamic = "Dynamic",
    }
}
