//! `NetworkPort`: The `NetworkPort` schema describes a network port, which is a discrete physical port that can connect to a network.
//!
//! Generated from the DMTF Redfish schema `NetworkPort.v1_4_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `network_port` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `NetworkPort` schema describes a network port, which is a discrete physical port that can connect to a network.
    ///
    /// DMTF schema `NetworkPort` v1_4_3 (Redfish 2025.4).
    pub struct NetworkPort {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Network port active link technology.
        ///
        /// Writable.
        "ActiveLinkTechnology" => active_link_technology: crate::network_port::LinkNetworkTechnology,
        /// An array of configured MAC or WWN network addresses that are associated with this network port, including the programmed address of the lowest-numbered network device function, the configured but not active address, if applicable, the address for hardware port teaming, or other network addresses.
        ///
        /// Read-only.
        "AssociatedNetworkAddresses" => associated_network_addresses: Vec<Option<String>>,
        /// Network port current link speed.
        ///
        /// Writable. Units: `Mbit/s`.
        "CurrentLinkSpeedMbps" => current_link_speed_mbps: i64,
        /// Read-only.
        "Description" => description: String,
        /// An indication of whether IEEE 802.3az Energy-Efficient Ethernet (EEE) is enabled for this network port.
        ///
        /// Writable.
        "EEEEnabled" => eee_enabled: bool,
        /// The FC Fabric Name provided by the switch.
        ///
        /// Read-only.
        "FCFabricName" => fc_fabric_name: String,
        /// The connection type of this port.
        ///
        /// Read-only.
        "FCPortConnectionType" => fc_port_connection_type: crate::network_port::PortConnectionType,
        /// The locally configured 802.3x flow control setting for this network port.
        ///
        /// Writable.
        "FlowControlConfiguration" => flow_control_configuration: crate::common::FlowControl,
        /// The 802.3x flow control behavior negotiated with the link partner for this network port (Ethernet-only).
        ///
        /// Read-only.
        "FlowControlStatus" => flow_control_status: crate::common::FlowControl,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The status of the link between this port and its link partner.
        ///
        /// Read-only.
        "LinkStatus" => link_status: crate::network_port::LinkStatus,
        /// The maximum frame size supported by the port.
        ///
        /// Read-only. Units: `By`.
        "MaxFrameSize" => max_frame_size: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// An array of maximum bandwidth allocation percentages for the network device functions associated with this port.
        "NetDevFuncMaxBWAlloc" => net_dev_func_max_bw_alloc: Vec<crate::network_port::NetDevFuncMaxBWAlloc>,
        /// An array of minimum bandwidth allocation percentages for the network device functions associated with this port.
        "NetDevFuncMinBWAlloc" => net_dev_func_min_bw_alloc: Vec<crate::network_port::NetDevFuncMinBWAlloc>,
        /// The number of ports not on this adapter that this port has discovered.
        ///
        /// Read-only.
        "NumberDiscoveredRemotePorts" => number_discovered_remote_ports: i64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The physical port number label for this port.
        ///
        /// Read-only.
        "PhysicalPortNumber" => physical_port_number: String,
        /// The largest maximum transmission unit (MTU) that can be configured for this network port.
        ///
        /// Read-only.
        "PortMaximumMTU" => port_maximum_mtu: i64,
        /// An indication of whether the port has detected enough signal on enough lanes to establish a link.
        ///
        /// Read-only.
        "SignalDetected" => signal_detected: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The set of Ethernet capabilities that this port supports.
        ///
        /// Read-only.
        "SupportedEthernetCapabilities" => supported_ethernet_capabilities: Vec<Option<crate::common::SupportedEthernetCapabilities>>,
        /// The link capabilities of this port.
        "SupportedLinkCapabilities" => supported_link_capabilities: Vec<crate::network_port::SupportedLinkCapabilities>,
        /// The vendor Identification for this port.
        ///
        /// Read-only.
        "VendorId" => vendor_id: String,
        /// An indication of whether Wake on LAN (WoL) is enabled for this network port.
        ///
        /// Writable.
        "WakeOnLANEnabled" => wake_on_lan_enabled: bool,
    }
}

crate::__impl_resource!(NetworkPort: "NetworkPort", actions);

pub use crate::common::FlowControl;

crate::redfish_enum! {
    /// `LinkNetworkTechnology`.
    pub enum LinkNetworkTechnology {
        /// The port is capable of connecting to an Ethernet network.
        Ethernet = "Ethernet",
        /// The port is capable of connecting to an InfiniBand network.
        InfiniBand = "InfiniBand",
        /// The port is capable of connecting to a Fibre Channel network.
        FibreChannel = "FibreChannel",
    }
}

crate::redfish_enum! {
    /// `LinkStatus`.
    pub enum LinkStatus {
        /// The port is enabled but link is down.
        Down = "Down",
        /// The port is enabled and link is good (up).
        Up = "Up",
        /// This link on this interface is starting. A physical link has been established, but the port is not able to transfer data.
        Starting = "Starting",
        /// This physical link on this interface is training.
        Training = "Training",
    }
}

crate::redfish_struct! {
    /// A maximum bandwidth allocation percentage for a network device functions associated with a port.
    pub struct NetDevFuncMaxBWAlloc {
        /// The maximum bandwidth allocation percentage allocated to the corresponding network device function instance.
        ///
        /// Writable. Units: `%`.
        "MaxBWAllocPercent" => max_bw_alloc_percent: i64,
        /// The link to the network device function associated with this bandwidth setting of this network port.
        ///
        /// Read-only.
        "NetworkDeviceFunction" => network_device_function: crate::Link<crate::network_device_function::NetworkDeviceFunction>,
    }
}

crate::redfish_struct! {
    /// A minimum bandwidth allocation percentage for a network device functions associated with a port.
    pub struct NetDevFuncMinBWAlloc {
        /// The minimum bandwidth allocation percentage allocated to the corresponding network device function instance.
        ///
        /// Writable. Units: `%`.
        "MinBWAllocPercent" => min_bw_alloc_percent: i64,
        /// The link to the network device function associated with this bandwidth setting of this network port.
        ///
        /// Read-only.
        "NetworkDeviceFunction" => network_device_function: crate::Link<crate::network_device_function::NetworkDeviceFunction>,
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
    }
}

pub use crate::common::SupportedEthernetCapabilities;

crate::redfish_struct! {
    /// The link capabilities of an associated port.
    pub struct SupportedLinkCapabilities {
        /// An indication of whether the port is capable of autonegotiating speed.
        ///
        /// Read-only.
        "AutoSpeedNegotiation" => auto_speed_negotiation: bool,
        /// The set of link speed capabilities of this port.
        ///
        /// Read-only.
        "CapableLinkSpeedMbps" => capable_link_speed_mbps: Vec<Option<i64>>,
        /// The link network technology capabilities of this port.
        ///
        /// Read-only.
        "LinkNetworkTechnology" => link_network_technology: crate::network_port::LinkNetworkTechnology,
        /// The speed of the link in Mbit/s when this link network technology is active.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `CapableLinkSpeedMbps` property. Units: `Mbit/s`.
        "LinkSpeedMbps" => link_speed_mbps: i64,
    }
}
