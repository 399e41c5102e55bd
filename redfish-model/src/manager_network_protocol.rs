//! `ManagerNetworkProtocol`: The network service settings for the manager.
//!
//! Generated from the DMTF Redfish schema `ManagerNetworkProtocol.v1_12_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `manager_network_protocol` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The network service settings for the manager.
    ///
    /// DMTF schema `ManagerNetworkProtocol` v1_12_0 (Redfish 2025.4).
    pub struct ManagerNetworkProtocol {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The settings for this manager's DHCPv4 protocol support.
        "DHCP" => dhcp: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's DHCPv6 protocol support.
        "DHCPv6" => dhc_pv6: crate::manager_network_protocol::Protocol,
        /// Read-only.
        "Description" => description: String,
        /// The fully qualified domain name for the manager obtained by DNS including the host name and top-level domain name.
        ///
        /// Read-only.
        "FQDN" => fqdn: String,
        /// The settings for this manager's FTP protocol support.
        "FTP" => ftp: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's FTP over SSL (FTPS) protocol support that apply to all system instances controlled by this manager.
        "FTPS" => ftps: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's HTTP protocol support.
        "HTTP" => http: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's HTTPS protocol support.
        "HTTPS" => https: crate::manager_network_protocol::HTTPSProtocol,
        /// The DNS host name of this manager, without any domain information.
        ///
        /// Read-only.
        "HostName" => host_name: String,
        /// The settings for this manager's IPMI-over-LAN protocol support.
        "IPMI" => ipmi: crate::manager_network_protocol::Protocol,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The settings for this manager's KVM-IP protocol support that apply to all system instances controlled by this manager.
        "KVMIP" => kvmip: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's Modbus TCP protocol support.
        "Modbus" => modbus: crate::manager_network_protocol::ModbusProtocol,
        /// The settings for this manager's NTP protocol support.
        "NTP" => ntp: crate::manager_network_protocol::NTPProtocol,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The HTTP/HTTPS proxy information for this manager.
        "Proxy" => proxy: crate::manager_network_protocol::ProxyConfiguration,
        /// The settings for this manager's Remote Desktop Protocol support.
        "RDP" => rdp: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's Remote Frame Buffer protocol support, which can support VNC.
        "RFB" => rfb: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's Secure Shell File Transfer Protocol (SFTP) support.
        "SFTP" => sftp: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's SNMP support.
        "SNMP" => snmp: crate::manager_network_protocol::SNMPProtocol,
        /// The settings for this manager's SSDP support.
        "SSDP" => ssdp: crate::manager_network_protocol::SSDProtocol,
        /// The settings for this manager's Secure Shell (SSH) protocol support.
        "SSH" => ssh: crate::manager_network_protocol::Protocol,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The settings for this manager's Telnet protocol support.
        "Telnet" => telnet: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's virtual media support that apply to all system instances controlled by this manager.
        "VirtualMedia" => virtual_media: crate::manager_network_protocol::Protocol,
        /// The settings for this manager's Multicast Domain Name Service (mDNS) protocol support.
        "mDNS" => m_dns: crate::manager_network_protocol::Protocol,
    }
}

crate::__impl_resource!(ManagerNetworkProtocol: "ManagerNetworkProtocol", actions);

crate::redfish_struct! {
    /// The engine ID.
    pub struct EngineId {
        /// The architecture identifier.
        ///
        /// Writable.
        "ArchitectureId" => architecture_id: String,
        /// The enterprise-specific method.
        ///
        /// Writable.
        "EnterpriseSpecificMethod" => enterprise_specific_method: String,
        /// The private enterprise ID.
        ///
        /// Read-only.
        "PrivateEnterpriseId" => private_enterprise_id: String,
    }
}

crate::redfish_struct! {
    /// The settings for a network protocol associated with a manager.
    pub struct HTTPSProtocol {
        /// The link to a collection of certificates used for HTTPS by this manager.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the protocol is enabled.
        ///
        /// Writable.
        "ProtocolEnabled" => protocol_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The settings for a network protocol associated with a manager.
    pub struct ModbusProtocol {
        /// Indicates the list of allowed clients for this Modbus TCP server interface.
        ///
        /// Writable.
        "AllowedClients" => allowed_clients: Vec<Option<String>>,
        /// The maximum number of simultaneously connected clients.
        ///
        /// Writable.
        "MaximumConnectedClients" => maximum_connected_clients: i64,
        /// The current number of connected clients.
        ///
        /// Read-only.
        "NumberOfConnectedClients" => number_of_connected_clients: i64,
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the protocol is enabled.
        ///
        /// Writable.
        "ProtocolEnabled" => protocol_enabled: bool,
        /// Indicates if the interface is read only.
        ///
        /// Writable.
        "ReadOnly" => read_only: bool,
        /// Indicates if access to this Modbus TCP server protocol interface is restricted to allowed clients.
        ///
        /// Writable.
        "RestrictAccessToAllowedClients" => restrict_access_to_allowed_clients: bool,
        /// The server identifier for this Modbus TCP protocol interface.
        ///
        /// Writable.
        "ServerId" => server_id: i64,
    }
}

crate::redfish_struct! {
    /// The settings for a network protocol associated with a manager.
    pub struct NTPProtocol {
        /// Indicates to which user-supplied NTP servers this manager is subscribed.
        ///
        /// Writable.
        "NTPServers" => ntp_servers: Vec<Option<String>>,
        /// The NTP servers supplied by other network protocols to this manager.
        ///
        /// Read-only.
        "NetworkSuppliedServers" => network_supplied_servers: Vec<Option<String>>,
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the protocol is enabled.
        ///
        /// Writable.
        "ProtocolEnabled" => protocol_enabled: bool,
    }
}

crate::redfish_enum! {
    /// `NotifyIPv6Scope`.
    pub enum NotifyIPv6Scope {
        /// SSDP NOTIFY messages are sent to addresses in the IPv6 local link scope.
        Link = "Link",
        /// SSDP NOTIFY messages are sent to addresses in the IPv6 local site scope.
        Site = "Site",
        /// SSDP NOTIFY messages are sent to addresses in the IPv6 local organization scope.
        Organization = "Organization",
    }
}

crate::redfish_struct! {
    /// The settings for a network protocol associated with a manager.
    pub struct Protocol {
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the protocol is enabled.
        ///
        /// Writable.
        "ProtocolEnabled" => protocol_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The HTTP/HTTPS proxy information for a manager.
    pub struct ProxyConfiguration {
        /// Indicates if the manager uses the proxy server.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// Addresses that do not require the proxy server to access.
        ///
        /// Writable.
        "ExcludeAddresses" => exclude_addresses: Vec<Option<String>>,
        /// The password for the proxy. The value is `null` in responses.
        ///
        /// Writable.
        "Password" => password: String [secret],
        /// Indicates if the `Password` property is set.
        ///
        /// Read-only.
        "PasswordSet" => password_set: bool,
        /// The URI used to access a proxy auto-configuration (PAC) file.
        ///
        /// Writable.
        "ProxyAutoConfigURI" => proxy_auto_config_uri: String,
        /// The URI of the proxy server, including the scheme and any non-default port value.
        ///
        /// Writable.
        "ProxyServerURI" => proxy_server_uri: String,
        /// The username for the proxy.
        ///
        /// Writable.
        "Username" => username: String,
    }
}

crate::redfish_enum! {
    /// `SNMPAuthenticationProtocols`.
    pub enum SNMPAuthenticationProtocols {
        /// Authentication is determined by account settings.
        Account = "Account",
        /// SNMP community string authentication.
        CommunityString = "CommunityString",
        /// HMAC-MD5-96 authentication.
        HMACMD5 = "HMAC_MD5",
        /// HMAC-SHA-96 authentication.
        HMACSHA96 = "HMAC_SHA96",
        /// HMAC-128-SHA-224 authentication.
        HMAC128SHA224 = "HMAC128_SHA224",
        /// HMAC-192-SHA-256 authentication.
        HMAC192SHA256 = "HMAC192_SHA256",
        /// HMAC-256-SHA-384 authentication.
        HMAC256SHA384 = "HMAC256_SHA384",
        /// HMAC-384-SHA-512 authentication.
        HMAC384SHA512 = "HMAC384_SHA512",
    }
}

crate::redfish_struct! {
    /// An SNMP community strings.
    pub struct SNMPCommunity {
        /// The access level of the SNMP community.
        ///
        /// Writable.
        "AccessMode" => access_mode: crate::manager_network_protocol::SNMPCommunityAccessMode,
        /// The SNMP community string.
        ///
        /// Writable.
        "CommunityString" => community_string: String,
        /// The lowest IPv4 address in the range allowed to access the service.
        ///
        /// Writable.
        "IPv4AddressRangeLower" => ipv4_address_range_lower: String,
        /// The highest IPv4 address in the range allowed to access the service.
        ///
        /// Writable.
        "IPv4AddressRangeUpper" => ipv4_address_range_upper: String,
        /// The name of the SNMP community.
        ///
        /// Writable.
        "Name" => name: String,
        /// Indicates if this community is restricted to accessing the service from a range of IPv4 addresses.
        ///
        /// Read-only.
        "RestrictCommunityToIPv4AddressRange" => restrict_community_to_ipv4_address_range: bool,
    }
}

crate::redfish_enum! {
    /// `SNMPCommunityAccessMode`.
    pub enum SNMPCommunityAccessMode {
        /// READ-WRITE access mode.
        Full = "Full",
        /// READ-ONLY access mode.
        Limited = "Limited",
    }
}

crate::redfish_enum! {
    /// `SNMPEncryptionProtocols`.
    pub enum SNMPEncryptionProtocols {
        /// No encryption.
        None = "None",
        /// Encryption is determined by account settings.
        Account = "Account",
        /// CBC-DES encryption.
        CBCDES = "CBC_DES",
        /// CFB128-AES-128 encryption.
        CFB128AES128 = "CFB128_AES128",
        /// CFB128-AES-192 encryption.
        CFB128AES192 = "CFB128_AES192",
        /// CFB128-AES-256 encryption.
        CFB128AES256 = "CFB128_AES256",
    }
}

crate::redfish_struct! {
    /// The settings for a network protocol associated with a manager.
    pub struct SNMPProtocol {
        /// The authentication protocol used for SNMP access to this manager.
        ///
        /// Writable.
        "AuthenticationProtocol" => authentication_protocol: crate::manager_network_protocol::SNMPAuthenticationProtocols,
        /// The access level of the SNMP community.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of `AccessMode` inside `CommunityStrings`.
        "CommunityAccessMode" => community_access_mode: crate::manager_network_protocol::SNMPCommunityAccessMode,
        /// The SNMP community strings.
        "CommunityStrings" => community_strings: Vec<Option<crate::manager_network_protocol::SNMPCommunity>>,
        /// Indicates if access via SNMPv1 is enabled.
        ///
        /// Writable.
        "EnableSNMPv1" => enable_snm_pv1: bool,
        /// Indicates if access via SNMPv2c is enabled.
        ///
        /// Writable.
        "EnableSNMPv2c" => enable_snm_pv2c: bool,
        /// Indicates if access via SNMPv3 is enabled.
        ///
        /// Writable.
        "EnableSNMPv3" => enable_snm_pv3: bool,
        /// The encryption protocol used for SNMPv3 access to this manager.
        ///
        /// Writable.
        "EncryptionProtocol" => encryption_protocol: crate::manager_network_protocol::SNMPEncryptionProtocols,
        /// The engine ID.
        "EngineId" => engine_id: crate::manager_network_protocol::EngineId,
        /// Indicates if the community strings should be hidden.
        ///
        /// Writable.
        "HideCommunityStrings" => hide_community_strings: bool,
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the protocol is enabled.
        ///
        /// Writable.
        "ProtocolEnabled" => protocol_enabled: bool,
        /// The SNMP trap port.
        ///
        /// Writable.
        "TrapPort" => trap_port: i64,
    }
}

crate::redfish_struct! {
    /// The settings for a network protocol associated with a manager.
    pub struct SSDProtocol {
        /// The IPv6 scope for multicast NOTIFY messages for SSDP.
        ///
        /// Writable.
        "NotifyIPv6Scope" => notify_ipv6_scope: crate::manager_network_protocol::NotifyIPv6Scope,
        /// The time interval, in seconds, between transmissions of the multicast NOTIFY ALIVE message from this service for SSDP.
        ///
        /// Writable. Units: `s`.
        "NotifyMulticastIntervalSeconds" => notify_multicast_interval_seconds: i64,
        /// The time-to-live hop count for SSDP multicast NOTIFY messages.
        ///
        /// Writable.
        "NotifyTTL" => notify_ttl: i64,
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the protocol is enabled.
        ///
        /// Writable.
        "ProtocolEnabled" => protocol_enabled: bool,
    }
}
