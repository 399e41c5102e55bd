//! `NetworkDeviceFunction`: The `NetworkDeviceFunction` schema represents a logical interface that a network adapter exposes.
//!
//! Generated from the DMTF Redfish schema `NetworkDeviceFunction.v1_11_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `network_device_function` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `NetworkDeviceFunction` schema represents a logical interface that a network adapter exposes.
    ///
    /// DMTF schema `NetworkDeviceFunction` v1_11_1 (Redfish 2025.4).
    pub struct NetworkDeviceFunction {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the collection of allow and deny permissions for packets leaving and arriving to this network device function.
        ///
        /// Read-only.
        "AllowDeny" => allow_deny: crate::Link<crate::Collection<crate::allow_deny::AllowDeny>>,
        /// An array of physical ports or logical aggregated ports to which this network device function can be assigned.
        ///
        /// Read-only.
        "AssignablePhysicalNetworkPorts" => assignable_physical_network_ports: Vec<crate::Link<crate::port::Port>>,
        "AssignablePhysicalNetworkPorts@odata.count" => assignable_physical_network_ports_count: u64,
        /// An array of physical ports to which this network device function can be assigned.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `AssignablePhysicalNetworkPorts` property.
        "AssignablePhysicalPorts" => assignable_physical_ports: Vec<crate::Link<crate::network_port::NetworkPort>>,
        "AssignablePhysicalPorts@odata.count" => assignable_physical_ports_count: u64,
        /// The boot mode configured for this network device function.
        ///
        /// Writable.
        "BootMode" => boot_mode: crate::network_device_function::BootMode,
        /// Read-only.
        "Description" => description: String,
        /// An indication of whether the network device function is enabled.
        ///
        /// Writable.
        "DeviceEnabled" => device_enabled: bool,
        /// The Ethernet capabilities, status, and configuration values for this network device function.
        "Ethernet" => ethernet: crate::network_device_function::Ethernet,
        /// The Fibre Channel capabilities, status, and configuration values for this network device function.
        "FibreChannel" => fibre_channel: crate::network_device_function::FibreChannel,
        /// The HTTP and HTTPS boot capabilities, status, and configuration values for this network device function.
        "HTTPBoot" => http_boot: crate::network_device_function::HTTPBoot,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The InfiniBand capabilities, status, and configuration values for this network device function.
        "InfiniBand" => infini_band: crate::network_device_function::InfiniBand,
        /// The byte and packet limits for this network device function.
        "Limits" => limits: Vec<Option<crate::network_device_function::Limit>>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::network_device_function::Links,
        /// The number of virtual functions that are available for this network device function.
        ///
        /// Read-only.
        "MaxVirtualFunctions" => max_virtual_functions: i64,
        /// The link to the metrics associated with this network function.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::network_device_function_metrics::NetworkDeviceFunctionMetrics>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// An array of capabilities for this network device function.
        ///
        /// Read-only.
        "NetDevFuncCapabilities" => net_dev_func_capabilities: Vec<Option<crate::network_device_function::NetworkDeviceTechnology>>,
        /// The configured capability of this network device function.
        ///
        /// Writable.
        "NetDevFuncType" => net_dev_func_type: crate::network_device_function::NetworkDeviceTechnology,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The physical port or logical aggregated port to which this network device function is currently assigned.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `PhysicalNetworkPortAssignment` within `Links` to avoid loops on expand.
        "PhysicalNetworkPortAssignment" => physical_network_port_assignment: crate::Link<crate::port::Port>,
        /// The physical port to which this network device function is currently assigned.
        ///
        /// Read-only. Deprecated: This property has been deprecated and moved to the `Links` property to avoid loops on expand.
        "PhysicalPortAssignment" => physical_port_assignment: crate::Link<crate::network_port::NetworkPort>,
        /// Indicates if Source Address Validation Improvement (SAVI) is enabled for this network device function.
        ///
        /// Writable.
        "SAVIEnabled" => savi_enabled: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The number of virtual functions allocated to this device.
        ///
        /// Writable.
        "VirtualFunctionAllocation" => virtual_function_allocation: i64,
        /// An indication of whether single root input/output virtualization (SR-IOV) virtual functions are enabled for this network device function.
        ///
        /// Read-only.
        "VirtualFunctionsEnabled" => virtual_functions_enabled: bool,
        /// The iSCSI boot capabilities, status, and configuration values for this network device function.
        "iSCSIBoot" => iscsi_boot: crate::network_device_function::iSCSIBoot,
    }
}

crate::__impl_resource!(NetworkDeviceFunction: "NetworkDeviceFunction", actions);

crate::redfish_enum! {
    /// `AuthenticationMethod`.
    pub enum AuthenticationMethod {
        /// No iSCSI authentication is used.
        None = "None",
        /// iSCSI Challenge Handshake Authentication Protocol (CHAP) authentication is used.
        CHAP = "CHAP",
        /// iSCSI Mutual Challenge Handshake Authentication Protocol (CHAP) authentication is used.
        MutualCHAP = "MutualCHAP",
    }
}

crate::redfish_enum! {
    /// `BootMode`.
    pub enum BootMode {
        /// Do not indicate to UEFI/BIOS that this device is bootable.
        Disabled = "Disabled",
        /// Boot this device by using the embedded PXE support. Only applicable if the `NetDevFuncType` is `Ethernet` or `InfiniBand`.
        PXE = "PXE",
        /// Boot this device by using the embedded iSCSI boot support and configuration. Only applicable if the `NetDevFuncType` is `iSCSI` or `Ethernet`.
        ISCSI = "iSCSI",
        /// Boot this device by using the embedded Fibre Channel support and configuration. Only applicable if the `NetDevFuncType` is `FibreChannel`.
        FibreChannel = "FibreChannel",
        /// Boot this device by using the embedded Fibre Channel over Ethernet (FCoE) boot support and configuration. Only applicable if the `NetDevFuncType` is `FibreChannelOverEthernet`.
        FibreChannelOverEthernet = "FibreChannelOverEthernet",
        /// Boot this device by using the embedded HTTP/HTTPS support. Only applicable if the `NetDevFuncType` is `Ethernet`.
        HTTP = "HTTP",
    }
}

crate::redfish_struct! {
    /// A Fibre Channel boot target configured for a network device function.
    pub struct BootTargets {
        /// The relative priority for this entry in the boot targets array.
        ///
        /// Writable.
        "BootPriority" => boot_priority: i64,
        /// The logical unit number (LUN) ID from which to boot on the device to which the corresponding WWPN refers.
        ///
        /// Writable.
        "LUNID" => lunid: String,
        /// The World Wide Port Name (WWPN) from which to boot.
        ///
        /// Writable.
        "WWPN" => wwpn: String,
    }
}

crate::redfish_enum! {
    /// `DataDirection`.
    pub enum DataDirection {
        /// Indicates that this limit not enforced.
        None = "None",
        /// Indicates that this limit is enforced on packets and bytes received by the network device function.
        Ingress = "Ingress",
        /// Indicates that this limit is enforced on packets and bytes transmitted by the network device function.
        Egress = "Egress",
    }
}

crate::redfish_struct! {
    /// This type describes Ethernet capabilities, status, and configuration for a network device function.
    pub struct Ethernet {
        /// The protocols supported by the hardware or firmware on the device.
        ///
        /// Read-only.
        "AdditionalProtocols" => additional_protocols: Vec<crate::protocol::Protocol>,
        /// The Ethernet interface collection that contains the interfaces on this network device function.
        ///
        /// Read-only.
        "EthernetInterfaces" => ethernet_interfaces: crate::Link<crate::Collection<crate::ethernet_interface::EthernetInterface>>,
        /// The currently configured MAC address.
        ///
        /// Writable.
        "MACAddress" => mac_address: String,
        /// The hardware maximum transmission unit (MTU) configured for this network device function.
        ///
        /// Writable.
        "MTUSize" => mtu_size: i64,
        /// The largest maximum transmission unit (MTU) size supported for this network device function.
        ///
        /// Read-only.
        "MTUSizeMaximum" => mtu_size_maximum: i64,
        /// The permanent MAC address assigned to this function.
        ///
        /// Read-only.
        "PermanentMACAddress" => permanent_mac_address: String,
        /// The VLAN information for this interface. If this network interface supports more than one VLAN, this property is not present.
        "VLAN" => vlan: crate::vlan_network_interface::VLAN,
        /// The link to a collection of VLANs. This property is used only if the interface supports more than one VLAN.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of representing multiple VLANs as `EthernetInterface` resources.
        "VLANs" => vlans: crate::Link<crate::Collection<crate::vlan_network_interface::VLanNetworkInterface>>,
    }
}

crate::redfish_struct! {
    /// This type describes Fibre Channel capabilities, status, and configuration for a network device function.
    pub struct FibreChannel {
        /// An indication of whether the FCoE Initialization Protocol (FIP) populates the FCoE VLAN ID.
        ///
        /// Writable.
        "AllowFIPVLANDiscovery" => allow_fipvlan_discovery: bool,
        /// An array of Fibre Channel boot targets configured for this network device function.
        "BootTargets" => boot_targets: Vec<Option<crate::network_device_function::BootTargets>>,
        /// The active FCoE VLAN ID.
        ///
        /// Read-only.
        "FCoEActiveVLANId" => f_co_e_active_vlan_id: i64,
        /// The locally configured FCoE VLAN ID.
        ///
        /// Writable.
        "FCoELocalVLANId" => f_co_e_local_vlan_id: i64,
        /// The Fibre Channel ID that the switch assigns for this interface.
        ///
        /// Read-only.
        "FibreChannelId" => fibre_channel_id: String,
        /// The permanent World Wide Node Name (WWNN) address assigned to this function.
        ///
        /// Read-only.
        "PermanentWWNN" => permanent_wwnn: String,
        /// The permanent World Wide Port Name (WWPN) address assigned to this function.
        ///
        /// Read-only.
        "PermanentWWPN" => permanent_wwpn: String,
        /// The currently configured World Wide Node Name (WWNN) address of this function.
        ///
        /// Writable.
        "WWNN" => wwnn: String,
        /// The configuration source of the World Wide Names (WWN) for this World Wide Node Name (WWNN) and World Wide Port Name (WWPN) connection.
        ///
        /// Writable.
        "WWNSource" => wwn_source: crate::network_device_function::WWNSource,
        /// The currently configured World Wide Port Name (WWPN) address of this function.
        ///
        /// Writable.
        "WWPN" => wwpn: String,
    }
}

crate::redfish_struct! {
    /// The HTTP and HTTPS boot capabilities, status, and configuration for a network device function.
    pub struct HTTPBoot {
        /// The URI of the boot media loaded with this network device function.
        ///
        /// Writable.
        "BootMediaURI" => boot_media_uri: String,
    }
}

pub use crate::common::IPAddressType;

crate::redfish_struct! {
    /// This type describes InfiniBand capabilities, status, and configuration of a network device function.
    pub struct InfiniBand {
        /// The maximum transmission unit (MTU) configured for this network device function.
        ///
        /// Writable.
        "MTUSize" => mtu_size: i64,
        /// This is the currently configured node GUID of the network device function.
        ///
        /// Read-only.
        "NodeGUID" => node_guid: String,
        /// The permanent node GUID assigned to this network device function.
        ///
        /// Read-only.
        "PermanentNodeGUID" => permanent_node_guid: String,
        /// The permanent port GUID assigned to this network device function.
        ///
        /// Read-only.
        "PermanentPortGUID" => permanent_port_guid: String,
        /// The permanent system GUID assigned to this network device function.
        ///
        /// Read-only.
        "PermanentSystemGUID" => permanent_system_guid: String,
        /// The currently configured port GUID of the network device function.
        ///
        /// Read-only.
        "PortGUID" => port_guid: String,
        /// The maximum transmission unit (MTU) sizes supported for this network device function.
        ///
        /// Read-only.
        "SupportedMTUSizes" => supported_mtu_sizes: Vec<Option<i64>>,
        /// This is the currently configured system GUID of the network device function.
        ///
        /// Read-only.
        "SystemGUID" => system_guid: String,
    }
}

crate::redfish_struct! {
    /// This type describes the packet and byte limit of a network device function.
    pub struct Limit {
        /// The maximum number of bytes per second in a burst for this network device function.
        ///
        /// Writable.
        "BurstBytesPerSecond" => burst_bytes_per_second: i64,
        /// The maximum number of packets per second in a burst for this network device function.
        ///
        /// Writable.
        "BurstPacketsPerSecond" => burst_packets_per_second: i64,
        /// Indicates the direction of the data to which this limit applies.
        ///
        /// Writable.
        "Direction" => direction: crate::network_device_function::DataDirection,
        /// The maximum number of sustained bytes per second for this network device function.
        ///
        /// Writable.
        "SustainedBytesPerSecond" => sustained_bytes_per_second: i64,
        /// The maximum number of sustained packets per second for this network device function.
        ///
        /// Writable.
        "SustainedPacketsPerSecond" => sustained_packets_per_second: i64,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to endpoints associated with this network device function.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The link to a virtual Ethernet interface that was created when one of the network device function VLANs is represented as a virtual NIC for the purpose of showing the IP address associated with that VLAN.
        ///
        /// Deprecated: This property has been deprecated in favor of `EthernetInterfaces` as each `NetworkDeviceFunction` could have more than one `EthernetInterface`.
        "EthernetInterface" => ethernet_interface: crate::Link<crate::ethernet_interface::EthernetInterface>,
        /// The system Ethernet interfaces that use this network device function. This includes physical Ethernet interfaces or VLANs. Each member of this property is subordinate a `ComputerSystem` resource.
        "EthernetInterfaces" => ethernet_interfaces: Vec<crate::Link<crate::ethernet_interface::EthernetInterface>>,
        "EthernetInterfaces@odata.count" => ethernet_interfaces_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The processors that perform offload computation for this network function, such as with a SmartNIC.
        ///
        /// Read-only.
        "OffloadProcessors" => offload_processors: Vec<crate::Link<crate::processor::Processor>>,
        "OffloadProcessors@odata.count" => offload_processors_count: u64,
        /// The system that performs offload computation for this network function, such as with a SmartNIC.
        ///
        /// Read-only.
        "OffloadSystem" => offload_system: crate::Link<crate::computer_system::ComputerSystem>,
        /// The link to the PCIe function associated with this network device function.
        ///
        /// Read-only.
        "PCIeFunction" => pcie_function: crate::Link<crate::pcie_function::PCIeFunction>,
        /// The physical port or logical aggregated port to which this network device function is currently assigned.
        "PhysicalNetworkPortAssignment" => physical_network_port_assignment: crate::Link<crate::port::Port>,
        /// The physical port to which this network device function is currently assigned.
        ///
        /// Deprecated: This property has been deprecated in favor of the `PhysicalNetworkPortAssignment` property.
        "PhysicalPortAssignment" => physical_port_assignment: crate::Link<crate::network_port::NetworkPort>,
    }
}

crate::redfish_enum! {
    /// `NetworkDeviceTechnology`.
    pub enum NetworkDeviceTechnology {
        /// Neither enumerated nor visible to the operating system.
        Disabled = "Disabled",
        /// Appears to the operating system as an Ethernet device.
        Ethernet = "Ethernet",
        /// Appears to the operating system as a Fibre Channel device.
        FibreChannel = "FibreChannel",
        /// Appears to the operating system as an iSCSI device.
        ISCSI = "iSCSI",
        /// Appears to the operating system as an FCoE device.
        FibreChannelOverEthernet = "FibreChannelOverEthernet",
        /// Appears to the operating system as an InfiniBand device.
        InfiniBand = "InfiniBand",
    }
}

crate::redfish_enum! {
    /// `WWNSource`.
    pub enum WWNSource {
        /// The set of FC/FCoE boot targets was applied locally through API or UI.
        ConfiguredLocally = "ConfiguredLocally",
        /// The set of FC/FCoE boot targets was applied by the Fibre Channel fabric.
        ProvidedByFabric = "ProvidedByFabric",
    }
}

crate::redfish_struct! {
    /// The iSCSI boot capabilities, status, and configuration for a network device function.
    pub struct iSCSIBoot {
        /// The iSCSI boot authentication method for this network device function.
        ///
        /// Writable.
        "AuthenticationMethod" => authentication_method: crate::network_device_function::AuthenticationMethod,
        /// The shared secret for CHAP authentication.
        ///
        /// Writable.
        "CHAPSecret" => chap_secret: String [secret],
        /// The username for CHAP authentication.
        ///
        /// Writable.
        "CHAPUsername" => chap_username: String,
        /// The type of IP address being populated in the iSCSIBoot IP address fields.
        ///
        /// Writable.
        "IPAddressType" => ip_address_type: crate::common::IPAddressType,
        /// An indication of whether the iSCSI boot initiator uses DHCP to obtain the initiator name, IP address, and netmask.
        ///
        /// Writable.
        "IPMaskDNSViaDHCP" => ip_mask_dns_via_dhcp: bool,
        /// The IPv6 or IPv4 iSCSI boot default gateway.
        ///
        /// Writable.
        "InitiatorDefaultGateway" => initiator_default_gateway: String,
        /// The IPv6 or IPv4 address of the iSCSI initiator.
        ///
        /// Writable.
        "InitiatorIPAddress" => initiator_ip_address: String,
        /// The iSCSI initiator name.
        ///
        /// Writable.
        "InitiatorName" => initiator_name: String,
        /// The IPv6 or IPv4 netmask of the iSCSI boot initiator.
        ///
        /// Writable.
        "InitiatorNetmask" => initiator_netmask: String,
        /// The CHAP secret for two-way CHAP authentication.
        ///
        /// Writable.
        "MutualCHAPSecret" => mutual_chap_secret: String [secret],
        /// The CHAP username for two-way CHAP authentication.
        ///
        /// Writable.
        "MutualCHAPUsername" => mutual_chap_username: String,
        /// The IPv6 or IPv4 address of the primary DNS server for the iSCSI boot initiator.
        ///
        /// Writable.
        "PrimaryDNS" => primary_dns: String,
        /// The logical unit number (LUN) for the primary iSCSI boot target.
        ///
        /// Writable.
        "PrimaryLUN" => primary_lun: i64,
        /// The IPv4 or IPv6 address for the primary iSCSI boot target.
        ///
        /// Writable.
        "PrimaryTargetIPAddress" => primary_target_ip_address: String,
        /// The name of the iSCSI primary boot target.
        ///
        /// Writable.
        "PrimaryTargetName" => primary_target_name: String,
        /// The TCP port for the primary iSCSI boot target.
        ///
        /// Writable.
        "PrimaryTargetTCPPort" => primary_target_tcp_port: i64,
        /// An indication of whether the primary VLAN is enabled.
        ///
        /// Writable.
        "PrimaryVLANEnable" => primary_vlan_enable: bool,
        /// The 802.1q VLAN ID to use for iSCSI boot from the primary target.
        ///
        /// Writable.
        "PrimaryVLANId" => primary_vlan_id: i64,
        /// An indication of whether IPv6 router advertisement is enabled for the iSCSI boot target.
        ///
        /// Writable.
        "RouterAdvertisementEnabled" => router_advertisement_enabled: bool,
        /// The IPv6 or IPv4 address of the secondary DNS server for the iSCSI boot initiator.
        ///
        /// Writable.
        "SecondaryDNS" => secondary_dns: String,
        /// The logical unit number (LUN) for the secondary iSCSI boot target.
        ///
        /// Writable.
        "SecondaryLUN" => secondary_lun: i64,
        /// The IPv4 or IPv6 address for the secondary iSCSI boot target.
        ///
        /// Writable.
        "SecondaryTargetIPAddress" => secondary_target_ip_address: String,
        /// The name of the iSCSI secondary boot target.
        ///
        /// Writable.
        "SecondaryTargetName" => secondary_target_name: String,
        /// The TCP port for the secondary iSCSI boot target.
        ///
        /// Writable.
        "SecondaryTargetTCPPort" => secondary_target_tcp_port: i64,
        /// An indication of whether the secondary VLAN is enabled.
        ///
        /// Writable.
        "SecondaryVLANEnable" => secondary_vlan_enable: bool,
        /// The 802.1q VLAN ID to use for iSCSI boot from the secondary target.
        ///
        /// Writable.
        "SecondaryVLANId" => secondary_vlan_id: i64,
        /// An indication of whether the iSCSI boot target name, LUN, IP address, and netmask should be obtained from DHCP.
        ///
        /// Writable.
        "TargetInfoViaDHCP" => target_info_via_dhcp: bool,
    }
}
