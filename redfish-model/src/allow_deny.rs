//! `AllowDeny`: The `AllowDeny` schema represents a set of allow or deny configurations.
//!
//! Generated from the DMTF Redfish schema `AllowDeny.v1_0_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `allow_deny` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AllowDeny` schema represents a set of allow or deny configurations.
    ///
    /// DMTF schema `AllowDeny` v1_0_3 (Redfish 2025.4).
    pub struct AllowDeny {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Indicates the type of permission.
        ///
        /// Writable.
        "AllowType" => allow_type: crate::allow_deny::AllowType,
        /// Read-only.
        "Description" => description: String,
        /// The TCP, UDP, or other destination port to which this rule begins application, inclusive.
        ///
        /// Writable.
        "DestinationPortLower" => destination_port_lower: i64,
        /// The TCP, UDP, or other destination port to which this rule ends application, inclusive.
        ///
        /// Writable.
        "DestinationPortUpper" => destination_port_upper: i64,
        /// Indicates the direction of the data to which this permission applies.
        ///
        /// Writable.
        "Direction" => direction: crate::allow_deny::DataDirection,
        /// The IANA protocol number to which this permission applies. For TCP, this is `6`. For UDP, this is `17`.
        ///
        /// Writable.
        "IANAProtocolNumber" => iana_protocol_number: i64,
        /// The lower IP address to which this permission applies.
        ///
        /// Writable.
        "IPAddressLower" => ip_address_lower: String,
        /// The type of IP address populated in the `IPAddressLower` and `IPAddressUpper` properties.
        ///
        /// Writable.
        "IPAddressType" => ip_address_type: crate::common::IPAddressType,
        /// The upper IP address to which this permission applies.
        ///
        /// Writable.
        "IPAddressUpper" => ip_address_upper: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The TCP, UDP, or other source port to which this rule begins application, inclusive.
        ///
        /// Writable.
        "SourcePortLower" => source_port_lower: i64,
        /// The TCP, UDP or other source port to which this rule ends application, inclusive.
        ///
        /// Writable.
        "SourcePortUpper" => source_port_upper: i64,
        /// Indicates if this is a permission that only applies to stateful connections.
        ///
        /// Writable.
        "StatefulSession" => stateful_session: bool,
    }
}

crate::__impl_resource!(AllowDeny: "AllowDeny", actions);

crate::redfish_enum! {
    /// `AllowType`.
    pub enum AllowType {
        /// Indicates that traffic that matches the criteria in this resource is permitted.
        Allow = "Allow",
        /// Indicates that traffic that matches the criteria in this resource is not permitted.
        Deny = "Deny",
    }
}

crate::redfish_enum! {
    /// `DataDirection`.
    pub enum DataDirection {
        /// Indicates that this limit is enforced on packets and bytes received by the network device function.
        Ingress = "Ingress",
        /// Indicates that this limit is enforced on packets and bytes transmitted by the network device function.
        Egress = "Egress",
    }
}

pub use crate::common::IPAddressType;
