//! `ResourceBlock`: The `ResourceBlock` schema contains definitions of a resource block, its components, and affinity to composed devices.
//!
//! Generated from the DMTF Redfish schema `ResourceBlock.v1_4_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `resource_block` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ResourceBlock` schema contains definitions of a resource block, its components, and affinity to composed devices.
    ///
    /// DMTF schema `ResourceBlock` v1_4_3 (Redfish 2025.4).
    pub struct ResourceBlock {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The client to which this resource block is assigned.
        ///
        /// Writable.
        "Client" => client: String,
        /// The composition status details for this resource block.
        ///
        /// Required.
        "CompositionStatus" => composition_status: crate::resource_block::CompositionStatus [required],
        /// An array of links to the computer systems available in this resource block.
        ///
        /// Read-only.
        "ComputerSystems" => computer_systems: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "ComputerSystems@odata.count" => computer_systems_count: u64,
        /// Read-only.
        "Description" => description: String,
        /// An array of links to the drives available in this resource block.
        ///
        /// Read-only.
        "Drives" => drives: Vec<crate::Link<crate::drive::Drive>>,
        "Drives@odata.count" => drives_count: u64,
        /// An array of links to the Ethernet interfaces available in this resource block.
        ///
        /// Read-only.
        "EthernetInterfaces" => ethernet_interfaces: Vec<crate::Link<crate::ethernet_interface::EthernetInterface>>,
        "EthernetInterfaces@odata.count" => ethernet_interfaces_count: u64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::resource_block::Links,
        /// An array of links to the memory available in this resource block.
        ///
        /// Read-only.
        "Memory" => memory: Vec<crate::Link<crate::memory::Memory>>,
        "Memory@odata.count" => memory_count: u64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// An array of links to the Network Interfaces available in this resource block.
        ///
        /// Read-only.
        "NetworkInterfaces" => network_interfaces: Vec<crate::Link<crate::network_interface::NetworkInterface>>,
        "NetworkInterfaces@odata.count" => network_interfaces_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The pool to which this resource block belongs.
        ///
        /// Writable.
        "Pool" => pool: crate::resource_block::PoolType,
        /// An array of links to the processors available in this resource block.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
        /// The types of resources available on this resource block.
        ///
        /// Read-only. Required.
        "ResourceBlockType" => resource_block_type: Vec<crate::resource_block::ResourceBlockType> [required],
        /// An array of links to the simple storage available in this resource block.
        ///
        /// Read-only.
        "SimpleStorage" => simple_storage: Vec<crate::Link<crate::simple_storage::SimpleStorage>>,
        "SimpleStorage@odata.count" => simple_storage_count: u64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// An array of links to the storage available in this resource block.
        ///
        /// Read-only.
        "Storage" => storage: Vec<crate::Link<crate::storage::Storage>>,
        "Storage@odata.count" => storage_count: u64,
    }
}

crate::__impl_resource!(ResourceBlock: "ResourceBlock", actions);

crate::redfish_enum! {
    /// `CompositionState`.
    pub enum CompositionState {
        /// Intermediate state indicating composition is in progress.
        Composing = "Composing",
        /// The resource block is currently participating in one or more compositions, and is available to use in more compositions.
        ComposedAndAvailable = "ComposedAndAvailable",
        /// Final successful state of a resource block that has participated in composition.
        Composed = "Composed",
        /// The resource block is free and can participate in composition.
        Unused = "Unused",
        /// The final composition resulted in failure and manual intervention might be required to fix it.
        Failed = "Failed",
        /// The resource block has been made unavailable by the service, such as due to maintenance being performed on the resource block.
        Unavailable = "Unavailable",
    }
}

crate::redfish_struct! {
    /// Composition status of the resource block.
    pub struct CompositionStatus {
        /// The current state of the resource block from a composition perspective.
        ///
        /// Read-only. Required.
        "CompositionState" => composition_state: crate::resource_block::CompositionState [required],
        /// The maximum number of compositions in which this resource block can participate simultaneously.
        ///
        /// Read-only.
        "MaxCompositions" => max_compositions: i64,
        /// The number of compositions in which this resource block is currently participating.
        ///
        /// Read-only.
        "NumberOfCompositions" => number_of_compositions: i64,
        /// An indication of whether any client has reserved the resource block.
        ///
        /// Writable.
        "Reserved" => reserved: bool,
        /// An indication of whether this resource block can participate in multiple compositions simultaneously.
        ///
        /// Read-only.
        "SharingCapable" => sharing_capable: bool,
        /// An indication of whether this resource block is allowed to participate in multiple compositions simultaneously.
        ///
        /// Writable.
        "SharingEnabled" => sharing_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the chassis in which this resource block is contained.
        ///
        /// Read-only.
        "Chassis" => chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "Chassis@odata.count" => chassis_count: u64,
        /// An array of links to the computer systems that are composed from this resource block.
        ///
        /// Read-only.
        "ComputerSystems" => computer_systems: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "ComputerSystems@odata.count" => computer_systems_count: u64,
        /// An array of links to resource blocks that depend on this resource block.
        ///
        /// Read-only.
        "ConsumingResourceBlocks" => consuming_resource_blocks: Vec<crate::Link<crate::resource_block::ResourceBlock>>,
        "ConsumingResourceBlocks@odata.count" => consuming_resource_blocks_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to resource blocks that this resource block depends on.
        ///
        /// Read-only.
        "SupplyingResourceBlocks" => supplying_resource_blocks: Vec<crate::Link<crate::resource_block::ResourceBlock>>,
        "SupplyingResourceBlocks@odata.count" => supplying_resource_blocks_count: u64,
        /// An array of links to the zones in which this resource block is bound.
        ///
        /// Read-only.
        "Zones" => zones: Vec<crate::Link<crate::zone::Zone>>,
        "Zones@odata.count" => zones_count: u64,
    }
}

crate::redfish_enum! {
    /// `PoolType`.
    pub enum PoolType {
        /// This resource block is in the free pool and is not contributing to any composed resources.
        Free = "Free",
        /// This resource block is in the active pool and is contributing to at least one composed resource as a result of a composition request.
        Active = "Active",
        /// This resource block is not assigned to any pools.
        Unassigned = "Unassigned",
    }
}

crate::redfish_struct! {
    /// This type specifies the allowable quantities of types of resource blocks for a composition request.
    pub struct ResourceBlockLimits {
        /// The maximum number of resource blocks of type `Compute` allowed for the composition request.
        ///
        /// Read-only.
        "MaxCompute" => max_compute: i64,
        /// The maximum number of resource blocks of type `ComputerSystem` allowed for the composition request.
        ///
        /// Read-only.
        "MaxComputerSystem" => max_computer_system: i64,
        /// The maximum number of resource blocks of type `Expansion` allowed for the composition request.
        ///
        /// Read-only.
        "MaxExpansion" => max_expansion: i64,
        /// The maximum number of resource blocks of type `Memory` allowed for the composition request.
        ///
        /// Read-only.
        "MaxMemory" => max_memory: i64,
        /// The maximum number of resource blocks of type `Network` allowed for the composition request.
        ///
        /// Read-only.
        "MaxNetwork" => max_network: i64,
        /// The maximum number of resource blocks of type `Processor` allowed for the composition request.
        ///
        /// Read-only.
        "MaxProcessor" => max_processor: i64,
        /// The maximum number of resource blocks of type `Storage` allowed for the composition request.
        ///
        /// Read-only.
        "MaxStorage" => max_storage: i64,
        /// The minimum number of resource blocks of type `Compute` required for the composition request.
        ///
        /// Read-only.
        "MinCompute" => min_compute: i64,
        /// The minimum number of resource blocks of type `ComputerSystem` required for the composition request.
        ///
        /// Read-only.
        "MinComputerSystem" => min_computer_system: i64,
        /// The minimum number of resource blocks of type `Expansion` required for the composition request.
        ///
        /// Read-only.
        "MinExpansion" => min_expansion: i64,
        /// The minimum number of resource blocks of type `Memory` required for the composition request.
        ///
        /// Read-only.
        "MinMemory" => min_memory: i64,
        /// The minimum number of resource blocks of type `Network` required for the composition request.
        ///
        /// Read-only.
        "MinNetwork" => min_network: i64,
        /// The minimum number of resource blocks of type `Processor` required for the composition request.
        ///
        /// Read-only.
        "MinProcessor" => min_processor: i64,
        /// The minimum number of resource blocks of type `Storage` required for the composition request.
        ///
        /// Read-only.
        "MinStorage" => min_storage: i64,
    }
}

crate::redfish_enum! {
    /// `ResourceBlockType`.
    pub enum ResourceBlockType {
        /// This resource block contains resources of type `Processor` and `Memory` in a manner that creates a compute complex.
        Compute = "Compute",
        /// This resource block contains resources of type `Processor`.
        Processor = "Processor",
        /// This resource block contains resources of type `Memory`.
        Memory = "Memory",
        /// This resource block contains network resources, such as resources of type `EthernetInterface` and `NetworkInterface`.
        Network = "Network",
        /// This resource block contains storage resources, such as resources of type `Storage` and `SimpleStorage`.
        Storage = "Storage",
        /// This resource block contains resources of type `ComputerSystem`.
        ComputerSystem = "ComputerSystem",
        /// This resource block is capable of changing over time based on its configuration. Different types of devices within this resource block can be added and removed over time.
        Expansion = "Expansion",
        /// This resource block is capable of being consumed as a standalone component. This resource block can represent things such as a software platform on one or more computer systems or an appliance that provides composable resources and other services and can be managed independently of the Redfish service.
        IndependentResource = "IndependentResource",
    }
}
