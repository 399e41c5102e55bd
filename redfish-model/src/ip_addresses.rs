//! `IPAddresses`: #IPAddresses.v1_1_5
//!
//! Generated from the DMTF Redfish schema `IPAddresses.v1_1_5.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `ip_addresses` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_enum! {
    /// `AddressState`.
    pub enum AddressState {
        /// This address is currently within both its RFC4862-defined valid and preferred lifetimes.
        Preferred = "Preferred",
        /// This address is currently within its valid lifetime but is now outside its RFC4862-defined preferred lifetime.
        Deprecated = "Deprecated",
        /// This address is currently undergoing Duplicate Address Detection (DAD) testing, as defined in RFC4862, section 5.4.
        Tentative = "Tentative",
        /// This address has failed Duplicate Address Detection (DAD) testing, as defined in RFC4862, section 5.4, and is not currently in use.
        Failed = "Failed",
    }
}

crate::redfish_struct! {
    /// This type describes an IPv4 address.
    pub struct IPv4Address {
        /// The IPv4 address.
        ///
        /// Writable.
        "Address" => address: String,
        /// This indicates how the address was determined.
        ///
        /// Read-only.
        "AddressOrigin" => address_origin: crate::ip_addresses::IPv4AddressOrigin,
        /// The IPv4 gateway for this address.
        ///
        /// Writable.
        "Gateway" => gateway: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The IPv4 subnet mask.
        ///
        /// Writable.
        "SubnetMask" => subnet_mask: crate::ip_addresses::SubnetMask,
    }
}

crate::redfish_enum! {
    /// `IPv4AddressOrigin`.
    pub enum IPv4AddressOrigin {
        /// A user-configured static address.
        Static = "Static",
        /// A DHCPv4 service-provided address.
        DHCP = "DHCP",
        /// A BOOTP service-provided address.
        BOOTP = "BOOTP",
        /// The address is valid for only this network segment, or link.
        IPv4LinkLocal = "IPv4LinkLocal",
    }
}

crate::redfish_struct! {
    /// This type describes an IPv6 address.
    pub struct IPv6Address {
        /// The IPv6 address.
        ///
        /// Writable.
        "Address" => address: String,
        /// This indicates how the address was determined.
        ///
        /// Read-only.
        "AddressOrigin" => address_origin: crate::ip_addresses::IPv6AddressOrigin,
        /// The current RFC4862-defined state of this address.
        ///
        /// Read-only.
        "AddressState" => address_state: crate::ip_addresses::AddressState,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The IPv6 address prefix Length.
        ///
        /// Read-only.
        "PrefixLength" => prefix_length: crate::ip_addresses::PrefixLength,
    }
}

crate::redfish_enum! {
    /// `IPv6AddressOrigin`.
    pub enum IPv6AddressOrigin {
        /// A static user-configured address.
        Static = "Static",
        /// A DHCPv6 service-provided address.
        DHCPv6 = "DHCPv6",
        /// The address is valid for only this network segment, or link.
        LinkLocal = "LinkLocal",
        /// A stateless autoconfiguration (SLAAC) service-provided address.
        SLAAC = "SLAAC",
    }
}

crate::redfish_struct! {
    /// This type represents a single IPv6 static address to be assigned on a network interface.
    pub struct IPv6GatewayStaticAddress {
        /// A valid IPv6 address.
        ///
        /// Writable. Required.
        "Address" => address: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The IPv6 network prefix length, in bits, for this address.
        ///
        /// Writable.
        "PrefixLength" => prefix_length: crate::ip_addresses::PrefixLength,
    }
}

crate::redfish_struct! {
    /// This type represents a single IPv6 static address to be assigned on a network interface.
    pub struct IPv6StaticAddress {
        /// A valid IPv6 address.
        ///
        /// Writable. Required.
        "Address" => address: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The prefix length, in bits, of this IPv6 address.
        ///
        /// Writable. Required.
        "PrefixLength" => prefix_length: crate::ip_addresses::PrefixLength [required],
    }
}

/// `PrefixLength`.
pub type PrefixLength = i64;

/// `SubnetMask`.
pub type SubnetMask = String;
