//! `EthernetInterface`: The `EthernetInterface` schema represents a single, logical Ethernet interface or network interface controller (NIC).
//!
//! Generated from the DMTF Redfish schema `EthernetInterface.v1_12_4.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `ethernet_interface` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `EthernetInterface` schema represents a single, logical Ethernet interface or network interface controller (NIC).
    ///
    /// DMTF schema `EthernetInterface` v1_12_4 (Redfish 2025.4).
    pub struct EthernetInterface {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An indication of whether the speed and duplex are automatically negotiated and configured on this interface.
        ///
        /// Writable.
        "AutoNeg" => auto_neg: bool,
        /// DHCPv4 configuration for this interface.
        "DHCPv4" => dhc_pv4: crate::ethernet_interface::DHCPv4Configuration,
        /// DHCPv6 configuration for this interface.
        "DHCPv6" => dhc_pv6: crate::ethernet_interface::DHCPv6Configuration,
        /// Read-only.
        "Description" => description: String,
        /// The type of interface.
        ///
        /// Read-only.
        "EthernetInterfaceType" => ethernet_interface_type: crate::ethernet_interface::EthernetDeviceType,
        /// The complete, fully qualified domain name that DNS obtains for this interface.
        ///
        /// Writable.
        "FQDN" => fqdn: String,
        /// An indication of whether full-duplex mode is enabled on the Ethernet connection for this interface.
        ///
        /// Writable.
        "FullDuplex" => full_duplex: bool,
        /// The DNS host name, without any domain information.
        ///
        /// Writable.
        "HostName" => host_name: String,
        /// The IPv4 addresses currently in use by this interface.
        "IPv4Addresses" => ipv4_addresses: Vec<crate::ip_addresses::IPv4Address>,
        /// The IPv4 static addresses assigned to this interface. See `IPv4Addresses` for the addresses in use by this interface.
        "IPv4StaticAddresses" => ipv4_static_addresses: Vec<Option<crate::ip_addresses::IPv4Address>>,
        /// An array that represents the RFC6724-defined address selection policy table.
        "IPv6AddressPolicyTable" => ipv6_address_policy_table: Vec<Option<crate::ethernet_interface::IPv6AddressPolicyEntry>>,
        /// The IPv6 addresses currently in use by this interface.
        "IPv6Addresses" => ipv6_addresses: Vec<crate::ip_addresses::IPv6Address>,
        /// The IPv6 default gateway address in use on this interface.
        ///
        /// Read-only.
        "IPv6DefaultGateway" => ipv6_default_gateway: String,
        /// An indication of whether IPv6 is enabled on this interface.
        ///
        /// Writable.
        "IPv6Enabled" => ipv6_enabled: bool,
        /// The IPv6 static addresses assigned to this interface. See `IPv6Addresses` for the addresses in use by this interface.
        "IPv6StaticAddresses" => ipv6_static_addresses: Vec<Option<crate::ip_addresses::IPv6StaticAddress>>,
        /// The IPv6 static default gateways for this interface.
        "IPv6StaticDefaultGateways" => ipv6_static_default_gateways: Vec<Option<crate::ip_addresses::IPv6GatewayStaticAddress>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An indication of whether this interface is enabled.
        ///
        /// Writable.
        "InterfaceEnabled" => interface_enabled: bool,
        /// The link status of this interface, or port.
        ///
        /// Read-only.
        "LinkStatus" => link_status: crate::ethernet_interface::LinkStatus,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::ethernet_interface::Links,
        /// The currently configured MAC address of the interface, or logical port.
        ///
        /// Writable.
        "MACAddress" => mac_address: crate::ethernet_interface::MACAddress,
        /// The currently configured maximum transmission unit (MTU), in bytes, on this interface.
        ///
        /// Writable.
        "MTUSize" => mtu_size: i64,
        /// The maximum number of static IPv6 addresses that can be configured on this interface.
        ///
        /// Read-only.
        "MaxIPv6StaticAddresses" => max_ipv6_static_addresses: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The DNS servers in use on this interface.
        ///
        /// Read-only.
        "NameServers" => name_servers: Vec<String>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The permanent MAC address assigned to this interface, or port.
        ///
        /// Read-only.
        "PermanentMACAddress" => permanent_mac_address: crate::ethernet_interface::MACAddress,
        /// The routing scope for this interface.
        ///
        /// Read-only.
        "RoutingScope" => routing_scope: crate::ethernet_interface::RoutingScope,
        /// The current speed, in Mbit/s, of this interface.
        ///
        /// Writable. Units: `Mbit/s`.
        "SpeedMbps" => speed_mbps: i64,
        /// Stateless address autoconfiguration (SLAAC) parameters for this interface.
        "StatelessAddressAutoConfig" => stateless_address_auto_config: crate::ethernet_interface::StatelessAddressAutoConfiguration,
        /// The statically-defined set of DNS server IPv4 and IPv6 addresses.
        ///
        /// Writable.
        "StaticNameServers" => static_name_servers: Vec<Option<String>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The team mode for this interface.
        ///
        /// Writable.
        "TeamMode" => team_mode: crate::ethernet_interface::TeamMode,
        /// The UEFI device path for this interface.
        ///
        /// Read-only.
        "UefiDevicePath" => uefi_device_path: String,
        /// If this network interface supports more than one VLAN, this property is absent. VLAN collections appear in the `Links` property of this resource.
        "VLAN" => vlan: crate::vlan_network_interface::VLAN,
        /// The link to a collection of VLANs, which applies only if the interface supports more than one VLAN. If this property applies, the `VLANEnabled` and `VLANId` properties do not apply.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of newer methods indicating multiple VLANs.
        "VLANs" => vlans: crate::Link<crate::Collection<crate::vlan_network_interface::VLanNetworkInterface>>,
    }
}

crate::__impl_resource!(EthernetInterface: "EthernetInterface", actions);

crate::redfish_enum! {
    /// `DHCPFallback`.
    pub enum DHCPFallback {
        /// Fall back to a static address specified by `IPv4StaticAddresses`.
        Static = "Static",
        /// Fall back to an autoconfigured address.
        AutoConfig = "AutoConfig",
        /// Continue attempting DHCP without a fallback address.
        None = "None",
    }
}

crate::redfish_struct! {
    /// DHCPv4 configuration for this interface.
    pub struct DHCPv4Configuration {
        /// An indication of whether DHCP v4 is enabled on this Ethernet interface.
        ///
        /// Writable.
        "DHCPEnabled" => dhcp_enabled: bool,
        /// DHCPv4 fallback address method for this interface.
        ///
        /// Writable.
        "FallbackAddress" => fallback_address: crate::ethernet_interface::DHCPFallback,
        /// An indication of whether this interface uses DHCP v4-supplied DNS servers.
        ///
        /// Writable.
        "UseDNSServers" => use_dns_servers: bool,
        /// An indication of whether this interface uses a DHCP v4-supplied domain name.
        ///
        /// Writable.
        "UseDomainName" => use_domain_name: bool,
        /// An indication of whether this interface uses a DHCP v4-supplied gateway.
        ///
        /// Writable.
        "UseGateway" => use_gateway: bool,
        /// An indication of whether the interface uses DHCP v4-supplied NTP servers.
        ///
        /// Writable.
        "UseNTPServers" => use_ntp_servers: bool,
        /// An indication of whether the interface uses DHCP v4-supplied static routes.
        ///
        /// Writable.
        "UseStaticRoutes" => use_static_routes: bool,
    }
}

crate::redfish_struct! {
    /// DHCPv6 configuration for this interface.
    pub struct DHCPv6Configuration {
        /// Determines the DHCPv6 operating mode for this interface.
        ///
        /// Writable.
        "OperatingMode" => operating_mode: crate::ethernet_interface::DHCPv6OperatingMode,
        /// An indication of whether the interface uses DHCP v6-supplied DNS servers.
        ///
        /// Writable.
        "UseDNSServers" => use_dns_servers: bool,
        /// An indication of whether this interface uses a DHCP v6-supplied domain name.
        ///
        /// Writable.
        "UseDomainName" => use_domain_name: bool,
        /// An indication of whether the interface uses DHCP v6-supplied NTP servers.
        ///
        /// Writable.
        "UseNTPServers" => use_ntp_servers: bool,
        /// An indication of whether the interface uses DHCP v6 rapid commit mode for stateful mode address assignments. Do not enable this option in networks where more than one DHCP v6 server is configured to provide address assignments.
        ///
        /// Writable.
        "UseRapidCommit" => use_rapid_commit: bool,
    }
}

crate::redfish_enum! {
    /// `DHCPv6OperatingMode`.
    pub enum DHCPv6OperatingMode {
        /// DHCPv6 stateful mode.
        /// Deprecated: This property has been deprecated in favor of `Enabled`. The control between 'stateful' and 'stateless' is managed by the DHCP server and not the client.
        Stateful = "Stateful",
        /// DHCPv6 stateless mode.
        /// Deprecated: This property has been deprecated in favor of `Enabled`. The control between 'stateful' and 'stateless' is managed by the DHCP server and not the client.
        Stateless = "Stateless",
        /// DHCPv6 is disabled.
        Disabled = "Disabled",
        /// DHCPv6 is enabled.
        Enabled = "Enabled",
    }
}

crate::redfish_enum! {
    /// `EthernetDeviceType`.
    pub enum EthernetDeviceType {
        /// A physical Ethernet interface.
        Physical = "Physical",
        /// A virtual Ethernet interface.
        Virtual = "Virtual",
    }
}

crate::redfish_struct! {
    /// The entry in the RFC6724-defined address selection policy table.
    pub struct IPv6AddressPolicyEntry {
        /// The IPv6 label, as defined in RFC6724, section 2.1.
        ///
        /// Writable.
        "Label" => label: i64,
        /// The IPv6 precedence, as defined in RFC6724, section 2.1.
        ///
        /// Writable.
        "Precedence" => precedence: i64,
        /// The IPv6 address prefix, as defined in RFC6724, section 2.1.
        ///
        /// Writable.
        "Prefix" => prefix: String,
    }
}

crate::redfish_enum! {
    /// `LinkStatus`.
    pub enum LinkStatus {
        /// The link is available for communication on this interface.
        LinkUp = "LinkUp",
        /// No link or connection is detected on this interface.
        NoLink = "NoLink",
        /// No link is detected on this interface, but the interface is connected.
        LinkDown = "LinkDown",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The links to the Ethernet interfaces that are affiliated with this interface, such as a VLAN or a team that uses this interface.
        ///
        /// Read-only.
        "AffiliatedInterfaces" => affiliated_interfaces: Vec<crate::Link<crate::ethernet_interface::EthernetInterface>>,
        "AffiliatedInterfaces@odata.count" => affiliated_interfaces_count: u64,
        /// The link to the chassis that contains this Ethernet interface.
        ///
        /// Read-only.
        "Chassis" => chassis: crate::Link<crate::chassis::Chassis>,
        /// An array of links to the endpoints that connect to this Ethernet interface.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The link to a Host Interface that is associated with this Ethernet interface.
        ///
        /// Read-only.
        "HostInterface" => host_interface: crate::Link<crate::host_interface::HostInterface>,
        /// The link to the parent network device function and is only used when representing one of the VLANs on that network device function, such as is done in Unix.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `NetworkDeviceFunctions` as each `EthernetInterface` could represent more than one `NetworkDeviceFunction`.
        "NetworkDeviceFunction" => network_device_function: crate::Link<crate::network_device_function::NetworkDeviceFunction>,
        /// The link to the network device functions that constitute this Ethernet interface.
        ///
        /// Read-only.
        "NetworkDeviceFunctions" => network_device_functions: Vec<crate::Link<crate::network_device_function::NetworkDeviceFunction>>,
        "NetworkDeviceFunctions@odata.count" => network_device_functions_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The links to the ports providing this Ethernet interface.
        ///
        /// Read-only.
        "Ports" => ports: Vec<crate::Link<crate::port::Port>>,
        "Ports@odata.count" => ports_count: u64,
        /// The links to the Ethernet interfaces that constitute this Ethernet interface.
        ///
        /// Writable.
        "RelatedInterfaces" => related_interfaces: Vec<crate::Link<crate::ethernet_interface::EthernetInterface>>,
        "RelatedInterfaces@odata.count" => related_interfaces_count: u64,
    }
}

/// `MACAddress`.
pub type MACAddress = String;

crate::redfish_enum! {
    /// `RoutingScope`.
    pub enum RoutingScope {
        /// Externally accessible.
        External = "External",
        /// Only accessible to a dedicated interface on the host.
        HostOnly = "HostOnly",
        /// Only accessible to internal networking on the host, such as when virtual machines or containers are allowed to communicate with each other on the same host system as well as a dedicated interface on the hosting system.
        Internal = "Internal",
        /// Accessible through IP translation provided by the hosting system.
        Limited = "Limited",
    }
}

crate::redfish_struct! {
    /// Stateless address autoconfiguration (SLAAC) parameters for this interface.
    pub struct StatelessAddressAutoConfiguration {
        /// An indication of whether IPv4 stateless address autoconfiguration (SLAAC) is enabled for this interface.
        ///
        /// Writable.
        "IPv4AutoConfigEnabled" => ipv4_auto_config_enabled: bool,
        /// An indication of whether IPv6 stateless address autoconfiguration (SLAAC) is enabled for this interface.
        ///
        /// Writable.
        "IPv6AutoConfigEnabled" => ipv6_auto_config_enabled: bool,
    }
}

crate::redfish_enum! {
    /// `TeamMode`.
    pub enum TeamMode {
        /// No teaming.
        None = "None",
        /// Packets are transmitted in sequential order from the teamed interfaces.
        RoundRobin = "RoundRobin",
        /// One interface in the team is active and the others are kept in standby until a failure occurs.
        ActiveBackup = "ActiveBackup",
        /// Transmitting is determined based upon a hash policy.
        XOR = "XOR",
        /// Packets are transmitted on all interfaces in the team.
        Broadcast = "Broadcast",
        /// The interfaces in the team create an IEEE802.3ad link aggregation group.
        IEEE8023ad = "IEEE802_3ad",
        /// Packets are transmitted based upon the current load of each interface in the team.
        AdaptiveTransmitLoadBalancing = "AdaptiveTransmitLoadBalancing",
        /// Packets are transmitted and received based upon the current load of each interface in the team.
        AdaptiveLoadBalancing = "AdaptiveLoadBalancing",
    }
}
