//! `MemoryDomain`: The `MemoryDomain` schema describes a memory domain and its configuration. Memory domains indicate to the client which memory, or DIMMs, can be grouped together in memory chunks to represent addressable memory.
//!
//! Generated from the DMTF Redfish schema `MemoryDomain.v1_5_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `memory_domain` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MemoryDomain` schema describes a memory domain and its configuration. Memory domains indicate to the client which memory, or DIMMs, can be grouped together in memory chunks to represent addressable memory.
    ///
    /// DMTF schema `MemoryDomain` v1_5_1 (Redfish 2025.4).
    pub struct MemoryDomain {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An indication of whether this memory domain supports the provisioning of blocks of memory.
        ///
        /// Read-only.
        "AllowsBlockProvisioning" => allows_block_provisioning: bool,
        /// An indication of whether this memory domain supports the creation of memory chunks.
        ///
        /// Read-only.
        "AllowsMemoryChunkCreation" => allows_memory_chunk_creation: bool,
        /// An indication of whether this memory domain supports the creation of memory chunks with mirroring enabled.
        ///
        /// Read-only.
        "AllowsMirroring" => allows_mirroring: bool,
        /// An indication of whether this memory domain supports the creation of memory chunks with sparing enabled.
        ///
        /// Read-only.
        "AllowsSparing" => allows_sparing: bool,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The interleave sets for the memory chunk.
        "InterleavableMemorySets" => interleavable_memory_sets: Vec<crate::memory_domain::MemorySet>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::memory_domain::Links,
        /// The incremental size, from the minimum size, allowed for a memory chunk within this domain in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "MemoryChunkIncrementMiB" => memory_chunk_increment_mib: i64,
        /// The link to the collection of memory chunks associated with this memory domain.
        ///
        /// Read-only.
        "MemoryChunks" => memory_chunks: crate::Link<crate::Collection<crate::memory_chunks::MemoryChunks>>,
        /// The total size of the memory domain in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "MemorySizeMiB" => memory_size_mib: i64,
        /// The minimum size allowed for a memory chunk within this domain in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "MinMemoryChunkSizeMiB" => min_memory_chunk_size_mib: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(MemoryDomain: "MemoryDomain", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the CXL logical devices associated with this memory domain.
        ///
        /// Read-only.
        "CXLLogicalDevices" => cxl_logical_devices: Vec<crate::Link<crate::cxl_logical_device::CXLLogicalDevice>>,
        "CXLLogicalDevices@odata.count" => cxl_logical_devices_count: u64,
        /// An array of links to the fabric adapters that present this memory domain to a fabric.
        ///
        /// Read-only.
        "FabricAdapters" => fabric_adapters: Vec<crate::Link<crate::fabric_adapter::FabricAdapter>>,
        "FabricAdapters@odata.count" => fabric_adapters_count: u64,
        /// An array of links to the media controllers for this memory domain.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `FabricAdapters` property.
        "MediaControllers" => media_controllers: Vec<crate::Link<crate::media_controller::MediaController>>,
        "MediaControllers@odata.count" => media_controllers_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe functions representing this memory domain.
        ///
        /// Read-only.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
    }
}

crate::redfish_struct! {
    /// The interleave sets for a memory chunk.
    pub struct MemorySet {
        /// The set of memory for a particular interleave set.
        ///
        /// Read-only.
        "MemorySet" => memory_set: Vec<crate::Link<crate::memory::Memory>>,
        "MemorySet@odata.count" => memory_set_count: u64,
    }
}
