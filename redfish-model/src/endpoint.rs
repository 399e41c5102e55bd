//! `Endpoint`: The `Endpoint` schema contains the properties of an endpoint resource that represents the properties of an entity that sends or receives protocol-defined messages over a transport.
//!
//! Generated from the DMTF Redfish schema `Endpoint.v1_8_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `endpoint` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Endpoint` schema contains the properties of an endpoint resource that represents the properties of an entity that sends or receives protocol-defined messages over a transport.
    ///
    /// DMTF schema `Endpoint` v1_8_2 (Redfish 2025.4).
    pub struct Endpoint {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// All the entities connected to this endpoint.
        "ConnectedEntities" => connected_entities: Vec<crate::endpoint::ConnectedEntity>,
        /// Read-only.
        "Description" => description: String,
        /// The protocol supported by this endpoint.
        ///
        /// Read-only.
        "EndpointProtocol" => endpoint_protocol: crate::protocol::Protocol,
        /// The amount of memory in bytes that the host should allocate to connect to this endpoint.
        ///
        /// Read-only. Units: `By`.
        "HostReservationMemoryBytes" => host_reservation_memory_bytes: i64,
        /// An array of details for each IP transport supported by this endpoint. The array structure can model multiple IP addresses for this endpoint.
        "IPTransportDetails" => ip_transport_details: Vec<crate::endpoint::IPTransportDetails>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Identifiers for this endpoint.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::endpoint::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The PCI ID of the endpoint.
        "PciId" => pci_id: crate::endpoint::PciId,
        /// Redundancy information for the lower-level endpoints supporting this endpoint.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(Endpoint: "Endpoint", actions);

crate::redfish_struct! {
    /// Represents a remote resource that is connected to the network accessible to this endpoint.
    pub struct ConnectedEntity {
        /// The link to the associated entity.
        ///
        /// Read-only.
        "EntityLink" => entity_link: crate::Link,
        /// The PCI ID of the connected entity.
        "EntityPciId" => entity_pci_id: crate::endpoint::PciId,
        /// The role of the connected entity.
        ///
        /// Read-only.
        "EntityRole" => entity_role: crate::endpoint::EntityRole,
        /// The type of the connected entity.
        ///
        /// Read-only.
        "EntityType" => entity_type: crate::endpoint::EntityType,
        /// The Gen-Z related properties for the entity.
        "GenZ" => gen_z: crate::endpoint::GenZ,
        /// Identifiers for the remote entity.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The Class Code, Subclass, and Programming Interface code of this PCIe function.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `ClassCode` property inside the `EntityPciId` object.
        "PciClassCode" => pci_class_code: String,
        /// The PCI ID of the connected entity.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `FunctionNumber` property inside the `EntityPciId` object.
        "PciFunctionNumber" => pci_function_number: i64,
    }
}

crate::redfish_enum! {
    /// `EntityRole`.
    pub enum EntityRole {
        /// The entity sends commands, messages, or other types of requests to other entities on the fabric, but cannot receive commands from other entities.
        Initiator = "Initiator",
        /// The entity receives commands, messages, or other types of requests from other entities on the fabric, but cannot send commands to other entities.
        Target = "Target",
        /// The entity can both send and receive commands, messages, and other requests to or from other entities on the fabric.
        Both = "Both",
    }
}

crate::redfish_enum! {
    /// `EntityType`.
    pub enum EntityType {
        /// The entity is a storage initiator.
        StorageInitiator = "StorageInitiator",
        /// The entity is a PCIe root complex.
        RootComplex = "RootComplex",
        /// The entity is a network controller.
        NetworkController = "NetworkController",
        /// The entity is a drive.
        Drive = "Drive",
        /// The entity is a storage expander.
        StorageExpander = "StorageExpander",
        /// The entity is a display controller.
        DisplayController = "DisplayController",
        /// The entity is a PCIe bridge.
        Bridge = "Bridge",
        /// The entity is a processor.
        Processor = "Processor",
        /// The entity is a volume.
        Volume = "Volume",
        /// The entity is an acceleration function realized through a device, such as an FPGA.
        AccelerationFunction = "AccelerationFunction",
        /// The entity is a media controller.
        MediaController = "MediaController",
        /// The entity is a memory chunk.
        MemoryChunk = "MemoryChunk",
        /// The entity is a switch, not an expander. Use `Expander` for expanders.
        Switch = "Switch",
        /// The entity is a fabric bridge.
        FabricBridge = "FabricBridge",
        /// The entity is a manager.
        Manager = "Manager",
        /// The entity is a storage subsystem.
        StorageSubsystem = "StorageSubsystem",
        /// The entity is a memory device.
        Memory = "Memory",
        /// The entity is a CXL logical device.
        CXLDevice = "CXLDevice",
    }
}

crate::redfish_struct! {
    /// The Global Component ID (GCID).
    pub struct GCID {
        /// The component identifier portion of the GCID for the entity.
        ///
        /// Writable.
        "CID" => cid: String,
        /// The subnet identifier portion of the GCID for the entity.
        ///
        /// Writable.
        "SID" => sid: String,
    }
}

crate::redfish_struct! {
    /// The Gen-Z related properties for an entity.
    pub struct GenZ {
        /// The Access Key for the entity.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `ConnectionKeys` property in the `Connection` resource.
        "AccessKey" => access_key: String,
        /// The Global Component ID (GCID) for the entity.
        "GCID" => gcid: crate::endpoint::GCID,
        /// The Region Key for the entity.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `ConnectionKeys` property in the `Connection` resource.
        "RegionKey" => region_key: String,
    }
}

crate::redfish_struct! {
    /// This type specifies the details of the transport supported by the endpoint. The properties that are present are dependent on the type of transport supported by the endpoint.
    pub struct IPTransportDetails {
        /// The IPv4 addresses assigned to the endpoint.
        "IPv4Address" => ipv4_address: crate::ip_addresses::IPv4Address,
        /// The IPv6 addresses assigned to the endpoint.
        "IPv6Address" => ipv6_address: crate::ip_addresses::IPv6Address,
        /// The UDP or TCP port number used by the endpoint.
        ///
        /// Read-only.
        "Port" => port: i64,
        /// The protocol used by the connection entity.
        ///
        /// Read-only.
        "TransportProtocol" => transport_protocol: crate::protocol::Protocol,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the address pools associated with this endpoint.
        ///
        /// Writable.
        "AddressPools" => address_pools: Vec<crate::Link<crate::address_pool::AddressPool>>,
        "AddressPools@odata.count" => address_pools_count: u64,
        /// An array of links to the switch ports or remote device ports at the other end of the link.
        ///
        /// Read-only.
        "ConnectedPorts" => connected_ports: Vec<crate::Link<crate::port::Port>>,
        "ConnectedPorts@odata.count" => connected_ports_count: u64,
        /// The connections to which this endpoint belongs.
        ///
        /// Read-only.
        "Connections" => connections: Vec<crate::Link<crate::connection::Connection>>,
        "Connections@odata.count" => connections_count: u64,
        /// An array of links to the device ports that this endpoint represents.
        ///
        /// Read-only.
        "LocalPorts" => local_ports: Vec<crate::Link<crate::port::Port>>,
        "LocalPorts@odata.count" => local_ports_count: u64,
        /// An array of links to the endpoints that cannot be used in zones if this endpoint is in a zone.
        ///
        /// Read-only.
        "MutuallyExclusiveEndpoints" => mutually_exclusive_endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "MutuallyExclusiveEndpoints@odata.count" => mutually_exclusive_endpoints_count: u64,
        /// When `NetworkDeviceFunction` resources are present, this array contains links to the network device functions that connect to this endpoint.
        ///
        /// Read-only.
        "NetworkDeviceFunction" => network_device_function: Vec<crate::Link<crate::network_device_function::NetworkDeviceFunction>>,
        "NetworkDeviceFunction@odata.count" => network_device_function_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the physical ports associated with this endpoint.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the ConnectedPorts and LocalPorts properties to clarify the semantics of each port referenced.
        "Ports" => ports: Vec<crate::Link<crate::port::Port>>,
        "Ports@odata.count" => ports_count: u64,
        /// The zones to which this endpoint belongs.
        ///
        /// Read-only.
        "Zones" => zones: Vec<crate::Link<crate::zone::Zone>>,
        "Zones@odata.count" => zones_count: u64,
    }
}

crate::redfish_struct! {
    /// A PCI ID.
    pub struct PciId {
        /// The Class Code, Subclass, and Programming Interface code of this PCIe function.
        ///
        /// Read-only.
        "ClassCode" => class_code: String,
        /// The Device ID of this PCIe function.
        ///
        /// Read-only.
        "DeviceId" => device_id: String,
        /// The PCI ID of the connected entity.
        ///
        /// Read-only.
        "FunctionNumber" => function_number: i64,
        /// The Subsystem ID of this PCIe function.
        ///
        /// Read-only.
        "SubsystemId" => subsystem_id: String,
        /// The Subsystem Vendor ID of this PCIe function.
        ///
        /// Read-only.
        "SubsystemVendorId" => subsystem_vendor_id: String,
        /// The Vendor ID of this PCIe function.
        ///
        /// Read-only.
        "VendorId" => vendor_id: String,
    }
}
