//! `AddressPool`: The `AddressPool` schema contains the definition of an address pool and its configuration.
//!
//! Generated from the DMTF Redfish schema `AddressPool.v1_3_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `address_pool` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AddressPool` schema contains the definition of an address pool and its configuration.
    ///
    /// DMTF schema `AddressPool` v1_3_0 (Redfish 2025.4).
    pub struct AddressPool {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// The Ethernet-related properties for this address pool.
        "Ethernet" => ethernet: crate::address_pool::Ethernet,
        /// The Gen-Z related properties for this address pool.
        "GenZ" => gen_z: crate::address_pool::GenZ,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::address_pool::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(AddressPool: "AddressPool", actions);

crate::redfish_struct! {
    /// Autonomous System (AS) number range.
    pub struct ASNumberRange {
        /// Lower Autonomous System (AS) number.
        ///
        /// Writable.
        "Lower" => lower: i64,
        /// Upper Autonomous System (AS) number.
        ///
        /// Writable.
        "Upper" => upper: i64,
    }
}

crate::redfish_struct! {
    /// Bidirectional Forwarding Detection (BFD) related properties for an Ethernet fabric.
    pub struct BFDSingleHopOnly {
        /// Bidirectional Forwarding Detection (BFD) Demand Mode status.
        ///
        /// Writable.
        "DemandModeEnabled" => demand_mode_enabled: bool,
        /// Desired Bidirectional Forwarding Detection (BFD) minimal transmit interval.
        ///
        /// Writable.
        "DesiredMinTxIntervalMilliseconds" => desired_min_tx_interval_milliseconds: i64,
        /// Bidirectional Forwarding Detection (BFD) Key Chain name.
        ///
        /// Writable.
        "KeyChain" => key_chain: String,
        /// Bidirectional Forwarding Detection (BFD) multiplier value.
        ///
        /// Writable.
        "LocalMultiplier" => local_multiplier: i64,
        /// Meticulous MD5 authentication of the Bidirectional Forwarding Detection (BFD) session.
        ///
        /// Writable.
        "MeticulousModeEnabled" => meticulous_mode_enabled: bool,
        /// Bidirectional Forwarding Detection (BFD) receive value.
        ///
        /// Writable.
        "RequiredMinRxIntervalMilliseconds" => required_min_rx_interval_milliseconds: i64,
        /// Bidirectional Forwarding Detection (BFD) source port.
        ///
        /// Writable.
        "SourcePort" => source_port: i64,
    }
}

crate::redfish_struct! {
    /// BGP Ethernet Virtual Private Network (BGP EVPN) related properties for an Ethernet fabric.
    pub struct BGPEvpn {
        /// Address Resolution Protocol (ARP) proxy status.
        ///
        /// Writable.
        "ARPProxyEnabled" => arp_proxy_enabled: bool,
        /// Address Resolution Protocol (ARP) suppression status.
        ///
        /// Writable.
        "ARPSuppressionEnabled" => arp_suppression_enabled: bool,
        /// Address Resolution Protocol (ARP) suppression status.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `ARPSuppressionEnabled` property.
        "ARPSupressionEnabled" => arp_supression_enabled: bool,
        /// The anycast gateway IPv4 address.
        ///
        /// Writable.
        "AnycastGatewayIPAddress" => anycast_gateway_ip_address: String,
        /// The anycast gateway MAC address.
        ///
        /// Writable.
        "AnycastGatewayMACAddress" => anycast_gateway_mac_address: String,
        /// The Ethernet Segment Identifier (ESI) number range for the fabric.
        "ESINumberRange" => esi_number_range: crate::address_pool::ESINumberRange,
        /// The Ethernet Virtual Private Network (EVPN) Instance number (EVI) number range for the fabric.
        "EVINumberRange" => evi_number_range: crate::address_pool::EVINumberRange,
        /// The gateway IPv4 address.
        ///
        /// Writable.
        "GatewayIPAddress" => gateway_ip_address: String,
        /// The IPv4 address range for gateways.
        "GatewayIPAddressRange" => gateway_ip_address_range: crate::address_pool::GatewayIPAddressRange,
        /// Network Discovery Protocol (NDP) proxy status.
        ///
        /// Writable.
        "NDPProxyEnabled" => ndp_proxy_enabled: bool,
        /// Network Discovery Protocol (NDP) suppression status.
        ///
        /// Writable.
        "NDPSuppressionEnabled" => ndp_suppression_enabled: bool,
        /// Network Discovery Protocol (NDP) suppression status.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `NDPSuppressionEnabled` property.
        "NDPSupressionEnabled" => ndp_supression_enabled: bool,
        /// The Route Distinguisher (RD) Administrator subfield.
        ///
        /// Writable.
        "RouteDistinguisherAdministratorSubfield" => route_distinguisher_administrator_subfield: String,
        /// The Route Distinguisher (RD) number range for the fabric.
        "RouteDistinguisherRange" => route_distinguisher_range: crate::address_pool::RouteDistinguisherRange,
        /// The Route Target (RT) Administrator Subfield.
        ///
        /// Writable.
        "RouteTargetAdministratorSubfield" => route_target_administrator_subfield: String,
        /// The Route Target (RT) number range for the fabric.
        "RouteTargetRange" => route_target_range: crate::address_pool::RouteTargetRange,
        /// Underlay multicast status.
        ///
        /// Writable.
        "UnderlayMulticastEnabled" => underlay_multicast_enabled: bool,
        /// Suppression of unknown unicast packets.
        ///
        /// Writable.
        "UnknownUnicastSuppressionEnabled" => unknown_unicast_suppression_enabled: bool,
        /// Virtual LAN (VLAN) tag related address range applicable to this Ethernet fabric or for end-host subnets.
        "VLANIdentifierAddressRange" => vlan_identifier_address_range: crate::address_pool::VLANIdentifierAddressRange,
    }
}

crate::redfish_struct! {
    /// Border Gateway Protocol (BGP) neighbor related properties.
    pub struct BGPNeighbor {
        /// Border Gateway Protocol (BGP) neighbor address.
        ///
        /// Writable.
        "Address" => address: String,
        /// Allow own Autonomous System (AS) status.
        ///
        /// Writable.
        "AllowOwnASEnabled" => allow_own_as_enabled: bool,
        /// The Classless Inter-Domain Routing (CIDR) value used for neighbor communication. This is the number of ones before the first zero in the subnet mask.
        ///
        /// Writable.
        "CIDR" => cidr: i64,
        /// Border Gateway Protocol (BGP) retry timer in seconds.
        ///
        /// Writable.
        "ConnectRetrySeconds" => connect_retry_seconds: i64,
        /// An indication of whether BGP neighbor communication is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// Border Gateway Protocol (BGP) hold timer in seconds.
        ///
        /// Writable.
        "HoldTimeSeconds" => hold_time_seconds: i64,
        /// Border Gateway Protocol (BGP) Keepalive timer in seconds.
        ///
        /// Writable.
        "KeepaliveIntervalSeconds" => keepalive_interval_seconds: i64,
        /// Local Autonomous System (AS) number.
        ///
        /// Writable.
        "LocalAS" => local_as: i64,
        /// Border Gateway Protocol (BGP) neighbor log state change status.
        ///
        /// Writable.
        "LogStateChangesEnabled" => log_state_changes_enabled: bool,
        /// Border Gateway Protocol (BGP) max prefix properties.
        "MaxPrefix" => max_prefix: crate::address_pool::MaxPrefix,
        /// Minimum Border Gateway Protocol (BGP) advertisement interval in seconds.
        ///
        /// Writable.
        "MinimumAdvertisementIntervalSeconds" => minimu_madvertisement_interval_seconds: i64,
        /// Border Gateway Protocol (BGP) passive mode status.
        ///
        /// Writable.
        "PassiveModeEnabled" => passive_mode_enabled: bool,
        /// Path MTU discovery status.
        ///
        /// Writable.
        "PathMTUDiscoveryEnabled" => path_mtu_discovery_enabled: bool,
        /// Peer Autonomous System (AS) number.
        ///
        /// Writable.
        "PeerAS" => peer_as: i64,
        /// Replace Border Gateway Protocol (BGP) peer Autonomous System (AS) status.
        ///
        /// Writable.
        "ReplacePeerASEnabled" => replace_peer_as_enabled: bool,
        /// TCP max segment size in bytes.
        ///
        /// Writable.
        "TCPMaxSegmentSizeBytes" => tcp_max_segment_size_bytes: i64,
        /// Border Gateway Protocol (BGP) treat as withdraw status.
        ///
        /// Writable.
        "TreatAsWithdrawEnabled" => treat_as_withdraw_enabled: bool,
    }
}

crate::redfish_struct! {
    /// Border Gateway Protocol (BGP) route properties.
    pub struct BGPRoute {
        /// Advertise inactive route status.
        ///
        /// Writable.
        "AdvertiseInactiveRoutesEnabled" => advertise_inactive_routes_enabled: bool,
        /// Route distance for external routes.
        ///
        /// Writable.
        "DistanceExternal" => distance_external: i64,
        /// Route distance for internal routes.
        ///
        /// Writable.
        "DistanceInternal" => distance_internal: i64,
        /// Route distance for local routes.
        ///
        /// Writable.
        "DistanceLocal" => distance_local: i64,
        /// Compare router identifier status.
        ///
        /// Writable.
        "ExternalCompareRouterIdEnabled" => external_compare_router_id_enabled: bool,
        /// Route flap dampening status.
        ///
        /// Writable.
        "FlapDampingEnabled" => flap_damping_enabled: bool,
        /// Send default route status.
        ///
        /// Writable.
        "SendDefaultRouteEnabled" => send_default_route_enabled: bool,
    }
}

crate::redfish_struct! {
    /// Common BGP properties.
    pub struct CommonBGPProperties {
        /// Autonomous System (AS) number range.
        "ASNumberRange" => as_number_range: crate::address_pool::ASNumberRange,
        /// Border Gateway Protocol (BGP) neighbor related properties.
        "BGPNeighbor" => bgp_neighbor: crate::address_pool::BGPNeighbor,
        /// Border Gateway Protocol (BGP) route-related properties.
        "BGPRoute" => bgp_route: crate::address_pool::BGPRoute,
        /// Graceful restart related properties.
        "GracefulRestart" => graceful_restart: crate::address_pool::GracefulRestart,
        /// Multiple path related properties.
        "MultiplePaths" => multiple_paths: crate::address_pool::MultiplePaths,
        /// Indicates whether community attributes are sent.
        ///
        /// Writable.
        "SendCommunityEnabled" => send_community_enabled: bool,
    }
}

crate::redfish_struct! {
    /// DHCP-related properties for an Ethernet fabric.
    pub struct DHCP {
        /// Dynamic Host Configuration Protocol (DHCP) interface Maximum Transmission Unit (MTU).
        ///
        /// Writable.
        "DHCPInterfaceMTUBytes" => dhcp_interface_mtu_bytes: i64,
        /// Dynamic Host Configuration Protocol (DHCP) relay status.
        ///
        /// Writable.
        "DHCPRelayEnabled" => dhcp_relay_enabled: bool,
        /// The Dynamic Host Configuration Protocol (DHCP) IPv4 addresses for this Ethernet fabric.
        ///
        /// Writable.
        "DHCPServer" => dhcp_server: Vec<Option<String>>,
    }
}

crate::redfish_struct! {
    /// External BGP (eBGP) related properties for an Ethernet fabric.
    pub struct EBGP {
        /// Autonomous System (AS) number range.
        "ASNumberRange" => as_number_range: crate::address_pool::ASNumberRange,
        /// Allow duplicate Autonomous System (AS) path.
        ///
        /// Writable.
        "AllowDuplicateASEnabled" => allow_duplicate_as_enabled: bool,
        /// Option to override an Autonomous System (AS) number with the AS number of the sending peer.
        ///
        /// Writable.
        "AllowOverrideASEnabled" => allow_override_as_enabled: bool,
        /// Compare Multi Exit Discriminator (MED) status.
        ///
        /// Writable.
        "AlwaysCompareMEDEnabled" => always_compare_med_enabled: bool,
        /// Local preference value.
        ///
        /// Writable.
        "BGPLocalPreference" => bgp_local_preference: i64,
        /// Border Gateway Protocol (BGP) neighbor related properties.
        "BGPNeighbor" => bgp_neighbor: crate::address_pool::BGPNeighbor,
        /// Border Gateway Protocol (BGP) route-related properties.
        "BGPRoute" => bgp_route: crate::address_pool::BGPRoute,
        /// BGP weight attribute.
        ///
        /// Writable.
        "BGPWeight" => bgp_weight: i64,
        /// Graceful restart related properties.
        "GracefulRestart" => graceful_restart: crate::address_pool::GracefulRestart,
        /// BGP Multi Exit Discriminator (MED) value.
        ///
        /// Writable.
        "MED" => med: i64,
        /// External BGP (eBGP) multihop status.
        ///
        /// Writable.
        "MultihopEnabled" => multihop_enabled: bool,
        /// External BGP (eBGP) multihop Time to Live (TTL) value.
        ///
        /// Writable.
        "MultihopTTL" => multihop_ttl: i64,
        /// Multiple path related properties.
        "MultiplePaths" => multiple_paths: crate::address_pool::MultiplePaths,
        /// Indicates whether community attributes are sent.
        ///
        /// Writable.
        "SendCommunityEnabled" => send_community_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The Ethernet Segment Identifier (ESI) number range for an Ethernet fabric.
    pub struct ESINumberRange {
        /// Lower Ethernet Segment Identifier (ESI) number.
        ///
        /// Writable.
        "Lower" => lower: i64,
        /// Upper Ethernet Segment Identifier (ESI) number.
        ///
        /// Writable.
        "Upper" => upper: i64,
    }
}

crate::redfish_struct! {
    /// The Ethernet Virtual Private Network (EVPN) Instance (EVI) number range for an Ethernet fabric.
    pub struct EVINumberRange {
        /// Lower Ethernet Virtual Private Network (EVPN) Instance (EVI) number.
        ///
        /// Writable.
        "Lower" => lower: i64,
        /// Upper Ethernet Virtual Private Network (EVPN) Instance (EVI) number.
        ///
        /// Writable.
        "Upper" => upper: i64,
    }
}

crate::redfish_struct! {
    /// Ethernet-related properties for an address pool.
    pub struct Ethernet {
        /// Bidirectional Forwarding Detection (BFD) related properties for this Ethernet fabric.
        "BFDSingleHopOnly" => bfd_single_hop_only: crate::address_pool::BFDSingleHopOnly,
        /// BGP Ethernet Virtual Private Network (EVPN) related properties for this Ethernet fabric.
        "BGPEvpn" => bgp_evpn: crate::address_pool::BGPEvpn,
        /// External BGP (eBGP) related properties for this Ethernet fabric.
        "EBGP" => ebgp: crate::address_pool::EBGP,
        /// IPv4 and Virtual LAN (VLAN) related addressing for this Ethernet fabric.
        "IPv4" => ipv4: crate::address_pool::IPv4,
        /// Multi Protocol eBGP (MP eBGP) related properties for this Ethernet fabric.
        "MultiProtocolEBGP" => multi_protocol_ebgp: crate::address_pool::EBGP,
        /// Multi Protocol iBGP (MP iBGP) related properties for this Ethernet fabric.
        "MultiProtocolIBGP" => multi_protocol_ibgp: crate::address_pool::CommonBGPProperties,
    }
}

crate::redfish_struct! {
    /// The IPv4 address range for gateway nodes for Ethernet Virtual Private Network (EVPN) based fabrics.
    pub struct GatewayIPAddressRange {
        /// The lower IPv4 address.
        ///
        /// Writable.
        "Lower" => lower: String,
        /// The upper IPv4 address.
        ///
        /// Writable.
        "Upper" => upper: String,
    }
}

crate::redfish_struct! {
    /// Gen-Z related properties for an address pool.
    pub struct GenZ {
        /// The Access Key required for this address pool.
        ///
        /// Writable.
        "AccessKey" => access_key: String,
        /// The maximum value for the Component Identifier (CID).
        ///
        /// Writable.
        "MaxCID" => max_cid: i64,
        /// The maximum value for the Subnet Identifier (SID).
        ///
        /// Writable.
        "MaxSID" => max_sid: i64,
        /// The minimum value for the Component Identifier (CID).
        ///
        /// Writable.
        "MinCID" => min_cid: i64,
        /// The minimum value for the Subnet Identifier (SID).
        ///
        /// Writable.
        "MinSID" => min_sid: i64,
    }
}

crate::redfish_struct! {
    /// Border Gateway Protocol (BGP) graceful restart properties.
    pub struct GracefulRestart {
        /// Border Gateway Protocol (BGP) graceful restart status.
        ///
        /// Writable.
        "GracefulRestartEnabled" => graceful_restart_enabled: bool,
        /// Graceful restart helper mode status.
        ///
        /// Writable.
        "HelperModeEnabled" => helper_mode_enabled: bool,
        /// Stale route timer in seconds.
        ///
        /// Writable.
        "StaleRoutesTimeSeconds" => stale_routes_time_seconds: i64,
        /// Graceful restart timer in seconds.
        ///
        /// Writable.
        "TimeSeconds" => time_seconds: i64,
    }
}

crate::redfish_struct! {
    /// IPv4 and Virtual LAN (VLAN) related addressing for an Ethernet fabric.
    pub struct IPv4 {
        /// The anycast gateway IPv4 address.
        ///
        /// Writable.
        "AnycastGatewayIPAddress" => anycast_gateway_ip_address: String,
        /// The anycast gateway MAC address.
        ///
        /// Writable.
        "AnycastGatewayMACAddress" => anycast_gateway_mac_address: String,
        /// The Dynamic Host Configuration Protocol (DHCP) related addressing for this Ethernet fabric.
        "DHCP" => dhcp: crate::address_pool::DHCP,
        /// The Domain Name Service (DNS) domain name for this Ethernet fabric.
        ///
        /// Writable.
        "DNSDomainName" => dns_domain_name: String,
        /// The Domain Name Service (DNS) servers for this Ethernet fabric.
        ///
        /// Writable.
        "DNSServer" => dns_server: Vec<Option<String>>,
        /// Indicates if host subnets should be distributed into the fabric underlay.
        ///
        /// Writable.
        "DistributeIntoUnderlayEnabled" => distribute_into_underlay_enabled: bool,
        /// External BGP (eBGP) related addressing for this Ethernet fabric.
        "EBGPAddressRange" => ebgp_address_range: crate::address_pool::IPv4AddressRange,
        /// Link-related IPv4 addressing for this Ethernet fabric typically applied to connections between spine and leaf Ethernet switches.
        "FabricLinkAddressRange" => fabric_link_address_range: crate::address_pool::IPv4AddressRange,
        /// The gateway IPv4 address.
        ///
        /// Writable.
        "GatewayIPAddress" => gateway_ip_address: String,
        /// IPv4-related host subnet addressing for physical device endpoints that connect to this Ethernet fabric.
        "HostAddressRange" => host_address_range: crate::address_pool::IPv4AddressRange,
        /// Internal BGP (iBGP) related addressing for this Ethernet fabric.
        "IBGPAddressRange" => ibgp_address_range: crate::address_pool::IPv4AddressRange,
        /// Loopback-related IPv4 addressing for this Ethernet fabric.
        "LoopbackAddressRange" => loopback_address_range: crate::address_pool::IPv4AddressRange,
        /// Management-related addressing for this Ethernet fabric.
        "ManagementAddressRange" => management_address_range: crate::address_pool::IPv4AddressRange,
        /// The Network Time Protocol (NTP) offset configuration.
        ///
        /// Writable.
        "NTPOffsetHoursMinutes" => ntp_offset_hours_minutes: i64,
        /// The Network Time Protocol (NTP) servers for this Ethernet fabric.
        ///
        /// Writable.
        "NTPServer" => ntp_server: Vec<Option<String>>,
        /// The Network Time Protocol (NTP) time zone for this Ethernet fabric.
        ///
        /// Writable.
        "NTPTimezone" => ntp_timezone: String,
        /// The untagged Virtual LAN (VLAN) ID value.
        ///
        /// Writable.
        "NativeVLAN" => native_vlan: i64,
        /// The MAC address range for systems in this subnet.
        "SystemMACRange" => system_mac_range: crate::address_pool::SystemMACRange,
        /// Virtual LAN (VLAN) tag related addressing for this Ethernet fabric or for end-host networks.
        "VLANIdentifierAddressRange" => vlan_identifier_address_range: crate::address_pool::VLANIdentifierAddressRange,
    }
}

crate::redfish_struct! {
    /// IPv4-related address range for an Ethernet fabric.
    pub struct IPv4AddressRange {
        /// Lower IPv4 network address.
        ///
        /// Writable.
        "Lower" => lower: String,
        /// Upper IPv4 network address.
        ///
        /// Writable.
        "Upper" => upper: String,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the endpoints that this address pool contains.
        ///
        /// Writable.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the zones that this address pool contains.
        ///
        /// Writable.
        "Zones" => zones: Vec<crate::Link<crate::zone::Zone>>,
        "Zones@odata.count" => zones_count: u64,
    }
}

crate::redfish_struct! {
    /// Border Gateway Protocol (BGP) max prefix properties.
    pub struct MaxPrefix {
        /// Maximum prefix number.
        ///
        /// Writable.
        "MaxPrefixNumber" => max_prefix_number: i64,
        /// Border Gateway Protocol (BGP) restart timer in seconds.
        ///
        /// Writable.
        "RestartTimerSeconds" => restart_timer_seconds: i64,
        /// Shutdown threshold status.
        ///
        /// Writable. Units: `%`.
        "ShutdownThresholdPercentage" => shutdown_threshold_percentage: f64,
        /// Threshold warning only status.
        ///
        /// Writable.
        "ThresholdWarningOnlyEnabled" => threshold_warning_only_enabled: bool,
    }
}

crate::redfish_struct! {
    /// Border Gateway Protocol (BGP) multiple path properties.
    pub struct MultiplePaths {
        /// Maximum paths number.
        ///
        /// Writable.
        "MaximumPaths" => maximum_paths: i64,
        /// Border Gateway Protocol (BGP) multiple paths status.
        ///
        /// Writable.
        "UseMultiplePathsEnabled" => use_multiple_paths_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The Route Distinguisher (RD) number range for an Ethernet fabric.
    pub struct RouteDistinguisherRange {
        /// Lower Route Distinguisher (RD) number.
        ///
        /// Writable.
        "Lower" => lower: i64,
        /// Upper Route Distinguisher (RD) number.
        ///
        /// Writable.
        "Upper" => upper: i64,
    }
}

crate::redfish_struct! {
    /// The Route Target (RT) number range for the fabric.
    pub struct RouteTargetRange {
        /// Lower Route Target (RT) number.
        ///
        /// Writable.
        "Lower" => lower: i64,
        /// Upper Route Target (RT) number.
        ///
        /// Writable.
        "Upper" => upper: i64,
    }
}

crate::redfish_struct! {
    /// The Media Access Control (MAC) address range for the EVPN-based fabrics.
    pub struct SystemMACRange {
        /// The lower system MAC address.
        ///
        /// Writable.
        "Lower" => lower: String,
        /// The upper system MAC address.
        ///
        /// Writable.
        "Upper" => upper: String,
    }
}

crate::redfish_struct! {
    /// VLAN tag related addressing for an Ethernet fabric or for end-host networks.
    pub struct VLANIdentifierAddressRange {
        /// Virtual LAN (VLAN) tag lower value.
        ///
        /// Writable.
        "Lower" => lower: i64,
        /// Virtual LAN (VLAN) tag upper value.
        ///
        /// Writable.
        "Upper" => upper: i64,
    }
}
