//! `ConnectionMethod`: The `ConnectionMethod` schema describes the protocol, provider, or other method used to communicate to a given access point for a Redfish aggregation service.
//!
//! Generated from the DMTF Redfish schema `ConnectionMethod.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `connection_method` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ConnectionMethod` schema describes the protocol, provider, or other method used to communicate to a given access point for a Redfish aggregation service.
    ///
    /// DMTF schema `ConnectionMethod` v1_2_0 (Redfish 2025.4).
    pub struct ConnectionMethod {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The type of connection method.
        ///
        /// Read-only.
        "ConnectionMethodType" => connection_method_type: crate::connection_method::ConnectionMethodType,
        /// The variant of connection method.
        ///
        /// Read-only.
        "ConnectionMethodVariant" => connection_method_variant: String,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::connection_method::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The tunneling protocol used for this connection method.
        ///
        /// Read-only.
        "TunnelingProtocol" => tunneling_protocol: crate::connection_method::TunnelingProtocolType,
    }
}

crate::__impl_resource!(ConnectionMethod: "ConnectionMethod", actions);

crate::redfish_enum! {
    /// `ConnectionMethodType`.
    pub enum ConnectionMethodType {
        /// Redfish connection method.
        Redfish = "Redfish",
        /// SNMP connection method.
        SNMP = "SNMP",
        /// IPMI 1.5 connection method.
        IPMI15 = "IPMI15",
        /// IPMI 2.0 connection method.
        IPMI20 = "IPMI20",
        /// NETCONF connection method.
        NETCONF = "NETCONF",
        /// OEM connection method.
        OEM = "OEM",
        /// Modbus serial connection method.
        ModbusSerial = "ModbusSerial",
        /// Modbus TCP connection method.
        ModbusTCP = "ModbusTCP",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the access points using this connection method.
        ///
        /// Read-only.
        "AggregationSources" => aggregation_sources: Vec<crate::Link<crate::aggregation_source::AggregationSource>>,
        "AggregationSources@odata.count" => aggregation_sources_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the serial interface for this connection method.
        ///
        /// Read-only.
        "SerialInterface" => serial_interface: crate::Link<crate::serial_interface::SerialInterface>,
    }
}

crate::redfish_enum! {
    /// `TunnelingProtocolType`.
    pub enum TunnelingProtocolType {
        /// SSH tunneling.
        SSH = "SSH",
        /// OEM tunneling.
        OEM = "OEM",
    }
}
