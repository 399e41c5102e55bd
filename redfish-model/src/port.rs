//! `Port`: The `Port` schema contains properties that describe a port of a switch, controller, chassis, or any other device that could be connected to another entity.
//!
//! Generated from the DMTF Redfish schema `Port.v1_18_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `port` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Port` schema contains properties that describe a port of a switch, controller, chassis, or any other device that could be connected to another entity.
    ///
    /// DMTF schema `Port` v1_18_0 (Redfish 2025.4).
    pub struct Port {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The number of active lanes for this interface.
        ///
        /// Read-only.
        "ActiveWidth" => active_width: i64,
        /// The index of the physical port from which this subport has been split.
        ///
        /// Read-only.
        "AssociatedPhysicalPort" => associated_physical_port: i64,
        /// CXL properties for this port.
        "CXL" => cxl: crate::port::CXL,
        /// The protocol versions capable of being sent over this port.
        ///
        /// Read-only.
        "CapableProtocolVersions" => capable_protocol_versions: Vec<Option<String>>,
        /// The speed to which this port is configured to train when autonegotiation is disabled.
        ///
        /// Writable. Units: `Gbit/s`.
        "ConfiguredSpeedGbps" => configured_speed_gbps: f64,
        /// The number of lanes, phys, or other physical transport links to which this port is configured to train when autonegotiation is disabled.
        ///
        /// Writable.
        "ConfiguredWidth" => configured_width: i64,
        /// The protocol version being sent over this port.
        ///
        /// Read-only.
        "CurrentProtocolVersion" => current_protocol_version: String,
        /// The current speed of this port.
        ///
        /// Read-only. Units: `Gbit/s`.
        "CurrentSpeedGbps" => current_speed_gbps: f64,
        /// Read-only.
        "Description" => description: String,
        /// An indication of whether this port is enabled.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of `InterfaceEnabled`.
        "Enabled" => enabled: bool,
        /// The link to the environment metrics for this port or any attached small form-factor pluggable (SFP) device.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// Ethernet properties for this port.
        "Ethernet" => ethernet: crate::port::EthernetProperties,
        /// Fibre Channel properties for this port.
        "FibreChannel" => fibre_channel: crate::port::FibreChannelProperties,
        /// The first lane that this port is configured to use.
        ///
        /// Read-only.
        "FirstLane" => first_lane: i64,
        /// An array of maximum bandwidth allocation percentages for the functions associated with this port.
        "FunctionMaxBandwidth" => function_max_bandwidth: Vec<crate::port::FunctionMaxBandwidth>,
        /// An array of minimum bandwidth allocation percentages for the functions associated with this port.
        "FunctionMinBandwidth" => function_min_bandwidth: Vec<crate::port::FunctionMinBandwidth>,
        /// Gen-Z specific properties.
        "GenZ" => gen_z: crate::port::GenZ,
        /// The current host device for this port.
        ///
        /// Writable.
        "HostDevice" => host_device: crate::port::HostDeviceType,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// InfiniBand properties for this port.
        "InfiniBand" => infini_band: crate::port::InfiniBandProperties,
        /// An indication of whether the port is enabled.
        ///
        /// Writable.
        "InterfaceEnabled" => interface_enabled: bool,
        /// Indicates whether this is a logical aggregation.
        ///
        /// Read-only.
        "IsAggregation" => is_aggregation: bool,
        /// Indicates whether this is a subport split from a physical port.
        ///
        /// Read-only.
        "IsSplit" => is_split: bool,
        /// The static capabilities and configuration settings of this port.
        "LinkConfiguration" => link_configuration: Vec<crate::port::LinkConfiguration>,
        /// The current link network technology for this port.
        ///
        /// Read-only.
        "LinkNetworkTechnology" => link_network_technology: crate::port::LinkNetworkTechnology,
        /// The desired link state for this interface.
        ///
        /// Writable.
        "LinkState" => link_state: crate::port::LinkState,
        /// The link status for this interface.
        ///
        /// Read-only.
        "LinkStatus" => link_status: crate::port::LinkStatus,
        /// The number of link state transitions for this interface.
        ///
        /// Writable.
        "LinkTransitionIndicator" => link_transition_indicator: i64,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::port::Links,
        /// The location of the port.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The maximum frame size supported by the port.
        ///
        /// Read-only. Units: `By`.
        "MaxFrameSize" => max_frame_size: i64,
        /// The maximum speed of this port as currently configured.
        ///
        /// Read-only. Units: `Gbit/s`.
        "MaxSpeedGbps" => max_speed_gbps: f64,
        /// The link to the metrics associated with this port.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::port_metrics::PortMetrics>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The hardware-defined identifier of this port.
        ///
        /// Read-only.
        "PortId" => port_id: String,
        /// The physical connection medium for this port.
        ///
        /// Read-only.
        "PortMedium" => port_medium: crate::port::PortMedium,
        /// The protocol being sent over this port.
        ///
        /// Read-only.
        "PortProtocol" => port_protocol: crate::protocol::Protocol,
        /// The type of this port.
        ///
        /// Writable.
        "PortType" => port_type: crate::port::PortType,
        /// The identifier of the remote port to which this port is connected.
        ///
        /// Read-only.
        "RemotePortId" => remote_port_id: String,
        /// The small form-factor pluggable (SFP) device associated with this port.
        "SFP" => sfp: crate::port::SFP,
        /// An indication of whether a signal is detected on this interface.
        ///
        /// Read-only.
        "SignalDetected" => signal_detected: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The UALink properties of the port.
        "UALink" => ua_link: crate::port::UALink,
        /// The number of lanes, phys, or other physical transport links that this port contains.
        ///
        /// Read-only.
        "Width" => width: i64,
    }
}

crate::__impl_resource!(Port: "Port", actions);

crate::redfish_struct! {
    /// CXL properties for a port.
    pub struct CXL {
        /// The congestion properties for this CXL port.
        "Congestion" => congestion: crate::port::Congestion,
        /// The connected device mode.
        ///
        /// Read-only.
        "ConnectedDeviceMode" => connected_device_mode: crate::port::ConnectedDeviceMode,
        /// The connected device type.
        ///
        /// Read-only.
        "ConnectedDeviceType" => connected_device_type: crate::port::ConnectedDeviceType,
        /// The current port configuration state.
        ///
        /// Read-only.
        "CurrentPortConfigurationState" => current_port_configuration_state: crate::port::CurrentPortConfigurationState,
        /// The maximum number of logical devices supported.
        ///
        /// Read-only.
        "MaxLogicalDeviceCount" => max_logical_device_count: i64,
        /// The quality of service telemetry capabilities for this CXL port.
        "QoSTelemetryCapabilities" => qo_s_telemetry_capabilities: crate::port::QoSTelemetryCapabilities,
        /// The supported device modes.
        ///
        /// Read-only.
        "SupportedCXLModes" => supported_cxl_modes: Vec<Option<crate::port::ConnectedDeviceMode>>,
        /// Indicates whether temporary throughput reduction is enabled.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of `TemporaryThroughputReductionEnabled` in `PCIeDevice`.
        "TemporaryThroughputReductionEnabled" => temporary_throughput_reduction_enabled: bool,
    }
}

crate::redfish_struct! {
    /// A set of link settings that a port is configured to use for autonegotiation.
    pub struct ConfiguredNetworkLink {
        /// The link speed per lane this port is configured to use for autonegotiation.
        ///
        /// Writable. Units: `Gbit/s`.
        "ConfiguredLinkSpeedGbps" => configured_link_speed_gbps: f64,
        /// The link width this port is configured to use for autonegotiation in conjunction with the link speed.
        ///
        /// Writable.
        "ConfiguredWidth" => configured_width: i64,
    }
}

crate::redfish_struct! {
    /// The congestion properties for a CXL port.
    pub struct Congestion {
        /// The interval for the CXL Specification-defined 'Egress Port Congestion' mechanism to take samples in nanoseconds.
        ///
        /// Writable.
        "BackpressureSampleInterval" => backpressure_sample_interval: i64,
        /// The interval for the CXL Specification-defined 'Completion Counting' mechanism to collect the number of transmitted responses in a single counter in nanoseconds.
        ///
        /// Writable.
        "CompletionCollectionInterval" => completion_collection_interval: i64,
        /// Indicates whether congestion telemetry collection is enabled for this port.
        ///
        /// Writable.
        "CongestionTelemetryEnabled" => congestion_telemetry_enabled: bool,
        /// The threshold for moderate egress port congestion as a percentage.
        ///
        /// Writable. Units: `%`.
        "EgressModeratePercentage" => egress_moderate_percentage: i64,
        /// The threshold for severe egress port congestion as a percentage.
        ///
        /// Writable. Units: `%`.
        "EgressSeverePercentage" => egress_severe_percentage: i64,
        /// The estimated maximum sustained sum of requests and recent responses across the entire device, serving as the basis for the CXL Specification-defined 'QoS Limit Fraction'.
        ///
        /// Writable.
        "MaxSustainedRequestCmpBias" => max_sustained_request_cmp_bias: i64,
    }
}

crate::redfish_enum! {
    /// `ConnectedDeviceMode`.
    pub enum ConnectedDeviceMode {
        /// The connection is not CXL or is disconnected.
        Disconnected = "Disconnected",
        /// Restricted CXL device (RCD).
        RCD = "RCD",
        /// CXL 68B flit and VH.
        CXL68BFlitAndVH = "CXL68BFlitAndVH",
        /// Standard 256B flit.
        Standard256BFlit = "Standard256BFlit",
        /// CXL latency-optimized 256B flit.
        CXLLatencyOptimized256BFlit = "CXLLatencyOptimized256BFlit",
        /// Port-based routing (PBR).
        PBR = "PBR",
    }
}

crate::redfish_enum! {
    /// `ConnectedDeviceType`.
    pub enum ConnectedDeviceType {
        /// No device detected.
        None = "None",
        /// PCIe device.
        PCIeDevice = "PCIeDevice",
        /// CXL Type 1 device.
        Type1 = "Type1",
        /// CXL Type 2 device.
        Type2 = "Type2",
        /// CXL Type 3 single logical device (SLD).
        Type3SLD = "Type3SLD",
        /// CXL Type 3 multi-logical device (MLD).
        Type3MLD = "Type3MLD",
        /// CXL PBR component.
        PBRComponent = "PBRComponent",
    }
}

crate::redfish_enum! {
    /// `CurrentPortConfigurationState`.
    pub enum CurrentPortConfigurationState {
        /// Disabled.
        Disabled = "Disabled",
        /// Bind in progress.
        BindInProgress = "BindInProgress",
        /// Unbind in progress.
        UnbindInProgress = "UnbindInProgress",
        /// Downstream port (DSP).
        DSP = "DSP",
        /// Upstream port (USP).
        USP = "USP",
        /// Reserved.
        /// Deprecated: This value has been deprecated in favor of `FabricLink`.
        Reserved = "Reserved",
        /// Fabric link.
        FabricLink = "FabricLink",
    }
}

crate::redfish_struct! {
    /// Ethernet-specific properties for a port.
    pub struct EthernetProperties {
        /// An array of all configured MAC addresses associated with this network port. For example, this would include the programmed addresses for network device functions and the address for hardware port teaming.
        ///
        /// Read-only.
        "AssociatedMACAddresses" => associated_mac_addresses: Vec<Option<String>>,
        /// Indicates whether IEEE 802.3az Energy-Efficient Ethernet (EEE) is enabled on this port.
        ///
        /// Writable.
        "EEEEnabled" => eee_enabled: bool,
        /// The locally configured 802.3x flow control setting for this port.
        ///
        /// Writable.
        "FlowControlConfiguration" => flow_control_configuration: crate::common::FlowControl,
        /// The 802.3x flow control behavior negotiated with the link partner for this port.
        ///
        /// Read-only.
        "FlowControlStatus" => flow_control_status: crate::common::FlowControl,
        /// Enable/disable LLDP for this port.
        ///
        /// Writable.
        "LLDPEnabled" => lldp_enabled: bool,
        /// LLDP data being received on this link.
        "LLDPReceive" => lldp_receive: crate::port::LLDPReceive,
        /// LLDP data being transmitted on this link.
        "LLDPTransmit" => lldp_transmit: crate::port::LLDPTransmit,
        /// The set of Ethernet capabilities that this port supports.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of individual fields for the various properties.
        "SupportedEthernetCapabilities" => supported_ethernet_capabilities: Vec<Option<crate::common::SupportedEthernetCapabilities>>,
        /// Indicates whether Wake on LAN (WoL) is enabled on this port.
        ///
        /// Writable.
        "WakeOnLANEnabled" => wake_on_lan_enabled: bool,
    }
}

crate::redfish_enum! {
    /// `FiberConnectionType`.
    pub enum FiberConnectionType {
        /// The connection is using single mode operation.
        SingleMode = "SingleMode",
        /// The connection is using multi mode operation.
        MultiMode = "MultiMode",
    }
}

crate::redfish_struct! {
    /// Fibre Channel-specific properties for a port.
    pub struct FibreChannelProperties {
        /// An array of configured World Wide Names (WWN) that are associated with this network port, including the programmed address of the lowest-numbered network device function, the configured but not active address, if applicable, the address for hardware port teaming, or other network addresses.
        ///
        /// Read-only.
        "AssociatedWorldWideNames" => associated_world_wide_names: Vec<Option<String>>,
        /// The Fibre Channel Fabric Name provided by the switch.
        ///
        /// Read-only.
        "FabricName" => fabric_name: String,
        /// The number of ports not on the associated device that the associated device has discovered through this port.
        ///
        /// Read-only.
        "NumberDiscoveredRemotePorts" => number_discovered_remote_ports: i64,
        /// The connection type of this port.
        ///
        /// Read-only.
        "PortConnectionType" => port_connection_type: crate::port::PortConnectionType,
    }
}

pub use crate::common::FlowControl;

crate::redfish_struct! {
    /// A maximum bandwidth allocation percentage for a network device functions associated with a port.
    pub struct FunctionMaxBandwidth {
        /// The maximum bandwidth allocation percentage allocated to the corresponding network device function instance.
        ///
        /// Writable. Units: `%`.
        "AllocationPercent" => allocation_percent: i64,
        /// The link to the network device function associated with this bandwidth setting of this network port.
        ///
        /// Read-only.
        "NetworkDeviceFunction" => network_device_function: crate::Link<crate::network_device_function::NetworkDeviceFunction>,
    }
}

crate::redfish_struct! {
    /// A minimum bandwidth allocation percentage for a network device functions associated with a port.
    pub struct FunctionMinBandwidth {
        /// The minimum bandwidth allocation percentage allocated to the corresponding network device function instance.
        ///
        /// Writable. Units: `%`.
        "AllocationPercent" => allocation_percent: i64,
        /// The link to the network device function associated with this bandwidth setting of this network port.
        ///
        /// Read-only.
        "NetworkDeviceFunction" => network_device_function: crate::Link<crate::network_device_function::NetworkDeviceFunction>,
    }
}

crate::redfish_struct! {
    /// This type defines Gen-Z specific port properties.
    pub struct GenZ {
        /// The Linear Packet Relay Table for the port.
        ///
        /// Read-only.
        "LPRT" => lprt: crate::Link<crate::Collection<crate::route_entry::RouteEntry>>,
        /// The Multi-subnet Packet Relay Table for the port.
        ///
        /// Read-only.
        "MPRT" => mprt: crate::Link<crate::Collection<crate::route_entry::RouteEntry>>,
        /// The Virtual Channel Action Table for the port.
        ///
        /// Read-only.
        "VCAT" => vcat: crate::Link<crate::Collection<crate::vcat_entry::VCATEntry>>,
    }
}

crate::redfish_enum! {
    /// `HostDeviceType`.
    pub enum HostDeviceType {
        /// The port is not connected to any host device.
        None = "None",
        /// The port is connected to a computer system device.
        System = "System",
        /// The port is connected to a manager device.
        Manager = "Manager",
    }
}

crate::redfish_enum! {
    /// `IEEE802IdSubtype`.
    pub enum IEEE802IdSubtype {
        /// Chassis component, based on the value of entPhysicalAlias in RFC4133.
        ChassisComp = "ChassisComp",
        /// Interface alias, based on the ifAlias MIB object.
        IfAlias = "IfAlias",
        /// Port component, based on the value of entPhysicalAlias in RFC4133.
        PortComp = "PortComp",
        /// MAC address, based on an agent-detected unicast source address as defined in IEEE standard 802.
        MacAddr = "MacAddr",
        /// Network address, based on an agent-detected network address.
        NetworkAddr = "NetworkAddr",
        /// Interface name, based on the ifName MIB object.
        IfName = "IfName",
        /// Agent circuit ID, based on the agent-local identifier of the circuit as defined in RFC3046.
        AgentId = "AgentId",
        /// Locally assigned, based on an alphanumeric value locally assigned.
        LocalAssign = "LocalAssign",
        /// No data to be sent to/received from remote partner.
        NotTransmitted = "NotTransmitted",
    }
}

crate::redfish_struct! {
    /// InfiniBand-specific properties for a port.
    pub struct InfiniBandProperties {
        /// An array of configured node GUIDs that are associated with this network port, including the programmed address of the lowest-numbered network device function, the configured but not active address, if applicable, the address for hardware port teaming, or other network addresses.
        ///
        /// Read-only.
        "AssociatedNodeGUIDs" => associated_node_gu_ids: Vec<Option<String>>,
        /// An array of configured port GUIDs that are associated with this network port, including the programmed address of the lowest-numbered network device function, the configured but not active address, if applicable, the address for hardware port teaming, or other network addresses.
        ///
        /// Read-only.
        "AssociatedPortGUIDs" => associated_port_gu_ids: Vec<Option<String>>,
        /// An array of configured system GUIDs that are associated with this network port, including the programmed address of the lowest-numbered network device function, the configured but not active address, if applicable, the address for hardware port teaming, or other network addresses.
        ///
        /// Read-only.
        "AssociatedSystemGUIDs" => associated_system_gu_ids: Vec<Option<String>>,
    }
}

crate::redfish_struct! {
    /// Link Layer Data Protocol (LLDP) data received from the remote partner across this link.
    pub struct LLDPReceive {
        /// Additional IPv4 management addresses received from the remote partner across this link. `ManagementAddressIPv4` contains the first IPv4 address received.
        ///
        /// Read-only.
        "AdditionalManagementAddressesIPv4" => additional_management_addresses_ipv4: Vec<Option<String>>,
        /// Additional IPv6 management addresses received from the remote partner across this link. `ManagementAddressIPv6` contains the first IPv6 address received.
        ///
        /// Read-only.
        "AdditionalManagementAddressesIPv6" => additional_management_addresses_ipv6: Vec<Option<String>>,
        /// Link Layer Data Protocol (LLDP) chassis ID received from the remote partner across this link.
        ///
        /// Read-only.
        "ChassisId" => chassis_id: String,
        /// The type of identifier used for the chassis ID received from the remote partner across this link.
        ///
        /// Read-only.
        "ChassisIdSubtype" => chassis_id_subtype: crate::port::IEEE802IdSubtype,
        /// The IPv4 management address received from the remote partner across this link.
        ///
        /// Read-only.
        "ManagementAddressIPv4" => management_address_ipv4: String,
        /// The IPv6 management address received from the remote partner across this link.
        ///
        /// Read-only.
        "ManagementAddressIPv6" => management_address_ipv6: String,
        /// The management MAC address received from the remote partner across this link.
        ///
        /// Read-only.
        "ManagementAddressMAC" => management_address_mac: String,
        /// The management VLAN ID received from the remote partner across this link.
        ///
        /// Read-only.
        "ManagementVlanId" => management_vlan_id: i64,
        /// A colon-delimited string of hexadecimal octets identifying a port.
        ///
        /// Read-only.
        "PortId" => port_id: String,
        /// The port ID subtype received from the remote partner across this link.
        ///
        /// Read-only.
        "PortIdSubtype" => port_id_subtype: crate::port::IEEE802IdSubtype,
        /// The system capabilities received from the remote partner across this link.
        ///
        /// Read-only.
        "SystemCapabilities" => system_capabilities: Vec<Option<crate::port::LLDPSystemCapabilities>>,
        /// The system description received from the remote partner across this link.
        ///
        /// Read-only.
        "SystemDescription" => system_description: String,
        /// The system name received from the remote partner across this link.
        ///
        /// Read-only.
        "SystemName" => system_name: String,
    }
}

crate::redfish_enum! {
    /// `LLDPSystemCapabilities`.
    pub enum LLDPSystemCapabilities {
        /// The system capabilities are transmitted, but no capabilities are set.
        None = "None",
        /// Bridge.
        Bridge = "Bridge",
        /// DOCSIS cable device.
        DOCSISCableDevice = "DOCSISCableDevice",
        /// Other.
        Other = "Other",
        /// Repeater.
        Repeater = "Repeater",
        /// Router.
        Router = "Router",
        /// Station.
        Station = "Station",
        /// Telephone.
        Telephone = "Telephone",
        /// WLAN access point.
        WLANAccessPoint = "WLANAccessPoint",
    }
}

crate::redfish_struct! {
    /// Link Layer Data Protocol (LLDP) data being transmitted on this link.
    pub struct LLDPTransmit {
        /// Additional IPv4 management addresses advertised on this link.
        ///
        /// Writable.
        "AdditionalManagementAddressesIPv4" => additional_management_addresses_ipv4: Vec<Option<String>>,
        /// Additional IPv6 management addresses advertised on this link.
        ///
        /// Writable.
        "AdditionalManagementAddressesIPv6" => additional_management_addresses_ipv6: Vec<Option<String>>,
        /// Link Layer Data Protocol (LLDP) chassis ID.
        ///
        /// Writable.
        "ChassisId" => chassis_id: String,
        /// The type of identifier used for the chassis ID.
        ///
        /// Writable.
        "ChassisIdSubtype" => chassis_id_subtype: crate::port::IEEE802IdSubtype,
        /// The IPv4 management address to be transmitted from this endpoint.
        ///
        /// Writable.
        "ManagementAddressIPv4" => management_address_ipv4: String,
        /// The IPv6 management address to be transmitted from this endpoint.
        ///
        /// Writable.
        "ManagementAddressIPv6" => management_address_ipv6: String,
        /// The management MAC address to be transmitted from this endpoint.
        ///
        /// Writable.
        "ManagementAddressMAC" => management_address_mac: String,
        /// The management VLAN ID to be transmitted from this endpoint.
        ///
        /// Writable.
        "ManagementVlanId" => management_vlan_id: i64,
        /// A colon-delimited string of hexadecimal octets identifying a port to be transmitted from this endpoint.
        ///
        /// Writable.
        "PortId" => port_id: String,
        /// The port ID subtype to be transmitted from this endpoint.
        ///
        /// Writable.
        "PortIdSubtype" => port_id_subtype: crate::port::IEEE802IdSubtype,
        /// The system capabilities to be transmitted from this endpoint.
        ///
        /// Writable.
        "SystemCapabilities" => system_capabilities: Vec<Option<crate::port::LLDPSystemCapabilities>>,
        /// The system description to be transmitted from this endpoint.
        ///
        /// Writable.
        "SystemDescription" => system_description: String,
        /// The system name to be transmitted from this endpoint.
        ///
        /// Writable.
        "SystemName" => system_name: String,
    }
}

crate::redfish_struct! {
    /// Static capabilities and configuration settings for a link.
    pub struct LinkConfiguration {
        /// An indication of whether the port is capable of autonegotiating speed.
        ///
        /// Read-only.
        "AutoSpeedNegotiationCapable" => auto_speed_negotiation_capable: bool,
        /// Controls whether this port is configured to enable autonegotiating speed.
        ///
        /// Writable.
        "AutoSpeedNegotiationEnabled" => auto_speed_negotiation_enabled: bool,
        /// The set of link speed capabilities of this port.
        ///
        /// Read-only. Units: `Gbit/s`.
        "CapableLinkSpeedGbps" => capable_link_speed_gbps: Vec<Option<f64>>,
        /// The set of link speed and width pairs this port is configured to use for autonegotiation.
        "ConfiguredNetworkLinks" => configured_network_links: Vec<Option<crate::port::ConfiguredNetworkLink>>,
        /// The link network technology for this link configuration.
        ///
        /// Read-only.
        "LinkNetworkTechnology" => link_network_technology: crate::port::LinkNetworkTechnology,
    }
}

crate::redfish_enum! {
    /// `LinkNetworkTechnology`.
    pub enum LinkNetworkTechnology {
        /// The port is capable of connecting to an Ethernet network.
        Ethernet = "Ethernet",
        /// The port is capable of connecting to an InfiniBand network.
        InfiniBand = "InfiniBand",
        /// The port is capable of connecting to a Fibre Channel network.
        FibreChannel = "FibreChannel",
        /// The port is capable of connecting to a Gen-Z fabric.
        GenZ = "GenZ",
        /// The port is capable of connecting to PCIe and CXL fabrics.
        PCIe = "PCIe",
    }
}

crate::redfish_enum! {
    /// `LinkState`.
    pub enum LinkState {
        /// The link is enabled and operational.
        Enabled = "Enabled",
        /// The link is disabled and not operational.
        Disabled = "Disabled",
    }
}

crate::redfish_enum! {
    /// `LinkStatus`.
    pub enum LinkStatus {
        /// This link on this interface is up.
        LinkUp = "LinkUp",
        /// This link on this interface is starting. A physical link has been established, but the port is not able to transfer data.
        Starting = "Starting",
        /// This physical link on this interface is training.
        Training = "Training",
        /// The link on this interface is down.
        LinkDown = "LinkDown",
        /// No physical link detected on this interface.
        NoLink = "NoLink",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the endpoints at the other end of the link.
        ///
        /// Read-only.
        "AssociatedEndpoints" => associated_endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "AssociatedEndpoints@odata.count" => associated_endpoints_count: u64,
        /// An array of links to the physical ports associated with this aggregated logical port.
        ///
        /// Read-only.
        "AssociatedPhysicalPorts" => associated_physical_ports: Vec<crate::Link<crate::port::Port>>,
        "AssociatedPhysicalPorts@odata.count" => associated_physical_ports_count: u64,
        /// An array of links to the cables connected to this port.
        ///
        /// Read-only.
        "Cables" => cables: Vec<crate::Link<crate::cable::Cable>>,
        "Cables@odata.count" => cables_count: u64,
        /// An array of links to the remote device ports at the other end of the link.
        ///
        /// Read-only.
        "ConnectedPorts" => connected_ports: Vec<crate::Link<crate::port::Port>>,
        "ConnectedPorts@odata.count" => connected_ports_count: u64,
        /// An array of links to the switch ports at the other end of the link.
        ///
        /// Read-only.
        "ConnectedSwitchPorts" => connected_switch_ports: Vec<crate::Link<crate::port::Port>>,
        "ConnectedSwitchPorts@odata.count" => connected_switch_ports_count: u64,
        /// An array of links to the switches at the other end of the link.
        ///
        /// Read-only.
        "ConnectedSwitches" => connected_switches: Vec<crate::Link<crate::switch::Switch>>,
        "ConnectedSwitches@odata.count" => connected_switches_count: u64,
        /// The links to the Ethernet interfaces this port provides.
        ///
        /// Read-only.
        "EthernetInterfaces" => ethernet_interfaces: Vec<crate::Link<crate::ethernet_interface::EthernetInterface>>,
        "EthernetInterfaces@odata.count" => ethernet_interfaces_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `MediumType`.
    pub enum MediumType {
        /// The medium connected is copper.
        Copper = "Copper",
        /// The medium connected is fiber optic.
        FiberOptic = "FiberOptic",
    }
}

crate::redfish_enum! {
    /// `PortConnectionType`.
    pub enum PortConnectionType {
        /// This port is not connected.
        NotConnected = "NotConnected",
        /// This port connects through an N-port to a switch.
        NPort = "NPort",
        /// This port connects in a point-to-point configuration.
        PointToPoint = "PointToPoint",
        /// This port connects in a private loop configuration.
        PrivateLoop = "PrivateLoop",
        /// This port connects in a public configuration.
        PublicLoop = "PublicLoop",
        /// This port connection type is a generic fabric port.
        Generic = "Generic",
        /// This port connection type is an extender fabric port.
        ExtenderFabric = "ExtenderFabric",
        /// This port connection type is a fabric port.
        FPort = "FPort",
        /// This port connection type is an extender fabric port.
        EPort = "EPort",
        /// This port connection type is a trunking extender fabric port.
        TEPort = "TEPort",
        /// This port connection type is a proxy N-port for N-port virtualization.
        NPPort = "NPPort",
        /// This port connection type is a generic fabric port.
        GPort = "GPort",
        /// This port connects in a node loop configuration.
        NLPort = "NLPort",
        /// This port connects in a fabric loop configuration.
        FLPort = "FLPort",
        /// This port connection type is an external fabric port.
        EXPort = "EXPort",
        /// This port connection type is unassigned.
        UPort = "UPort",
        /// This port connection type is a diagnostic port.
        DPort = "DPort",
    }
}

crate::redfish_enum! {
    /// `PortMedium`.
    pub enum PortMedium {
        /// This port has an electrical cable connection.
        Electrical = "Electrical",
        /// This port has an optical cable connection.
        Optical = "Optical",
    }
}

crate::redfish_enum! {
    /// `PortType`.
    pub enum PortType {
        /// This port connects to a host device.
        UpstreamPort = "UpstreamPort",
        /// This port connects to a target device.
        DownstreamPort = "DownstreamPort",
        /// This port connects to another switch.
        InterswitchPort = "InterswitchPort",
        /// This port connects to a switch manager.
        ManagementPort = "ManagementPort",
        /// This port connects to any type of device.
        BidirectionalPort = "BidirectionalPort",
        /// This port has not yet been configured.
        UnconfiguredPort = "UnconfiguredPort",
    }
}

crate::redfish_struct! {
    /// The quality of service telemetry capabilities for a CXL port.
    pub struct QoSTelemetryCapabilities {
        /// Indicates whether the port supports the CXL Specification-defined 'Egress Port Backpressure' mechanism.
        ///
        /// Read-only.
        "EgressPortBackpressureSupported" => egress_port_backpressure_supported: bool,
        /// Indicates whether the port supports the CXL Specification-defined 'Temporary Throughput Reduction' mechanism.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `TemporaryThroughputReductionSupported` in `PCIeDevice`.
        "TemporaryThroughputReductionSupported" => temporary_throughput_reduction_supported: bool,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets this port.
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
    type Resource = Port;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Port.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetPPB` action: This action resets the PCI-to-PCI bridge (PPB) for this port.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetPPBRequest {
    }
}

impl ResetPPBRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetPPBRequest {
    type Resource = Port;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Port.ResetPPB";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// A transceiver, such as a small form-factor pluggable (SFP) device, attached to a port.
    pub struct SFP {
        /// The manufacturing date code for this SFP.
        ///
        /// Read-only.
        "DateCode" => date_code: String,
        /// The type of fiber connection currently used by this transceiver.
        ///
        /// Read-only.
        "FiberConnectionType" => fiber_connection_type: crate::port::FiberConnectionType,
        /// The type of management interface for this transceiver.
        ///
        /// Read-only.
        "ManagementInterfaceType" => management_interface_type: crate::port::TransceiverManagementInterfaceType,
        /// The manufacturer of this transceiver.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The medium type connected to this transceiver.
        ///
        /// Read-only.
        "MediumType" => medium_type: crate::port::MediumType,
        /// The part number for this transceiver.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The serial number for this transceiver.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The types of transceivers that can be attached to this port.
        ///
        /// Read-only.
        "SupportedSFPTypes" => supported_sfp_types: Vec<Option<crate::port::SFPType>>,
        /// The type of transceiver that is attached to this port.
        ///
        /// Read-only.
        "Type" => r#type: crate::port::SFPType,
        /// The IEEE OUI of the vendor of this SFP.
        ///
        /// Read-only.
        "VendorOUI" => vendor_oui: String,
        /// The hardware version of this SFP.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::redfish_enum! {
    /// `SFPType`.
    pub enum SFPType {
        /// The transceiver conforms to the SFF Specification for SFP.
        SFP = "SFP",
        /// The transceiver conforms to the SFF Specification for SFP+.
        SFPPlus = "SFPPlus",
        /// The transceiver conforms to the SFF Specification for SFP+ and IEEE 802.3by Specification.
        SFP28 = "SFP28",
        /// The transceiver conforms to the CSFP MSA Specification.
        CSFP = "cSFP",
        /// The transceiver conforms to the SFP-DD MSA Specification.
        SFPDD = "SFPDD",
        /// The transceiver conforms to the SFF Specification for QSFP.
        QSFP = "QSFP",
        /// The transceiver conforms to the SFF Specification for QSFP+.
        QSFPPlus = "QSFPPlus",
        /// The transceiver conforms to the SFF Specification for QSFP14.
        QSFP14 = "QSFP14",
        /// The transceiver conforms to the SFF Specification for QSFP28.
        QSFP28 = "QSFP28",
        /// The transceiver conforms to the SFF Specification for QSFP56.
        QSFP56 = "QSFP56",
        /// The transceiver conforms to the SFF Specification SFF-8644.
        MiniSASHD = "MiniSASHD",
        /// The transceiver conforms to the QSFP Double Density Specification.
        QSFPDD = "QSFPDD",
        /// The transceiver conforms to the OSFP Specification.
        OSFP = "OSFP",
        /// The transceiver conforms to the SNIA SFF-TA-1032 Specification.
        CDFP = "CDFP",
    }
}

pub use crate::common::SupportedEthernetCapabilities;

crate::redfish_enum! {
    /// `TransceiverManagementInterfaceType`.
    pub enum TransceiverManagementInterfaceType {
        /// The transceiver is managed via an interface defined by one of the Small Form-Factor (SFF) specifications.
        SFP = "SFP",
        /// The transceiver is managed via an interface defined by the Common Management Interface Specification (CMIS).
        CMIS = "CMIS",
    }
}

crate::redfish_struct! {
    /// The UALink attributes of a port.
    pub struct UALink {
        /// An indication of whether authentication mode is enabled.
        ///
        /// Writable.
        "AuthenticationModeEnabled" => authentication_mode_enabled: bool,
        /// The UALink Data Link Layer/Physical Layer generation of this port.
        ///
        /// Read-only.
        "Generation" => generation: crate::port::UALinkGeneration,
        /// An indication of whether non-strict ordering mode is enabled.
        ///
        /// Writable.
        "NonStrictOrderingModeEnabled" => non_strict_ordering_mode_enabled: bool,
        /// The time limit, in microseconds, for the UPLI (UALink Protocol Level Interface) watchdog for the port.
        ///
        /// Writable. Units: `us`.
        "UPLIWatchdogTimerMicroseconds" => upli_watchdog_timer_microseconds: i64,
    }
}

crate::redfish_enum! {
    /// `UALinkGeneration`.
    pub enum UALinkGeneration {
        /// The port conforms to UALink 128G Data Link Layer and Physical Layer requirements.
        UALink128G = "UALink128G",
        /// The port conforms to UALink 200G Data Link Layer and Physical Layer requirements.
        UALink200G = "UALink200G",
    }
}
