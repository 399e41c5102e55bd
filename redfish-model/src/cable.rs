//! `Cable`: The `Cable` schema contains properties that describe a cable connecting endpoints of a chassis, port, or any other cable-compatible endpoint.
//!
//! Generated from the DMTF Redfish schema `Cable.v1_2_4.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `cable` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Cable` schema contains properties that describe a cable connecting endpoints of a chassis, port, or any other cable-compatible endpoint.
    ///
    /// DMTF schema `Cable` v1_2_4 (Redfish 2025.4).
    pub struct Cable {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this cable.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The user-assigned asset tag for this cable.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// The identifier for the downstream resource.
        ///
        /// Writable.
        "CableClass" => cable_class: crate::cable::CableClass,
        /// The user-reported status of this resource.
        ///
        /// Writable.
        "CableStatus" => cable_status: crate::cable::CableStatus,
        /// The type of this cable.
        ///
        /// Writable.
        "CableType" => cable_type: String,
        /// Read-only.
        "Description" => description: String,
        /// The connector types this cable supports.
        ///
        /// Writable.
        "DownstreamConnectorTypes" => downstream_connector_types: Vec<crate::cable::ConnectorType>,
        /// The identifier for the downstream resource.
        ///
        /// Writable.
        "DownstreamName" => downstream_name: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The length of the cable in meters.
        ///
        /// Writable.
        "LengthMeters" => length_meters: f64,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::cable::Links,
        /// The location of the assembly.
        "Location" => location: crate::resource::Location,
        /// The manufacturer of this cable.
        ///
        /// Writable.
        "Manufacturer" => manufacturer: String,
        /// The model number of the cable.
        ///
        /// Writable.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this cable.
        ///
        /// Writable.
        "PartNumber" => part_number: String,
        /// The SKU for this cable.
        ///
        /// Writable.
        "SKU" => sku: String,
        /// The serial number for this cable.
        ///
        /// Writable.
        "SerialNumber" => serial_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The connector types this cable supports.
        ///
        /// Writable.
        "UpstreamConnectorTypes" => upstream_connector_types: Vec<crate::cable::ConnectorType>,
        /// The identifier for the downstream resource.
        ///
        /// Writable.
        "UpstreamName" => upstream_name: String,
        /// The description of this cable.
        ///
        /// Writable.
        "UserDescription" => user_description: String,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
        /// The manufacturer of this cable.
        ///
        /// Writable.
        "Vendor" => vendor: String,
    }
}

crate::__impl_resource!(Cable: "Cable", actions);

crate::redfish_enum! {
    /// `CableClass`.
    pub enum CableClass {
        /// This cable is used for connecting to a power system.
        Power = "Power",
        /// This cable is used for connecting to a networking system.
        Network = "Network",
        /// This cable is used for connecting to a storage system.
        Storage = "Storage",
        /// This cable is used for connecting to a fan system.
        Fan = "Fan",
        /// This cable is used for connecting to a PCIe endpoint.
        PCIe = "PCIe",
        /// This cable is used for connecting to a USB endpoint.
        USB = "USB",
        /// This cable is used for connecting to a video system.
        Video = "Video",
        /// This cable is used for connecting to a fabric.
        Fabric = "Fabric",
        /// This cable is used for connecting to a serial endpoint.
        Serial = "Serial",
        /// This cable is used for providing general connectivity.
        General = "General",
    }
}

crate::redfish_enum! {
    /// `CableStatus`.
    pub enum CableStatus {
        /// The cable is operating normally.
        Normal = "Normal",
        /// The cable is degraded.
        Degraded = "Degraded",
        /// The cable has failed.
        Failed = "Failed",
        /// The cable is under test.
        Testing = "Testing",
        /// The cable is disabled.
        Disabled = "Disabled",
        /// The cable status is set by the service.
        SetByService = "SetByService",
    }
}

crate::redfish_enum! {
    /// `ConnectorType`.
    pub enum ConnectorType {
        /// This cable connects to an AC power connector.
        ACPower = "ACPower",
        /// This cable connects to a DB9 connector.
        DB9 = "DB9",
        /// This cable connects to a DC power connector.
        DCPower = "DCPower",
        /// This cable connects to a DisplayPort power connector.
        DisplayPort = "DisplayPort",
        /// This cable connects to an HDMI connector.
        HDMI = "HDMI",
        /// This cable connects to an ICI connector.
        ICI = "ICI",
        /// This cable connects to an IPASS connector.
        IPASS = "IPASS",
        /// This cable connects to a PCIe connector.
        PCIe = "PCIe",
        /// This cable connects to a proprietary connector.
        Proprietary = "Proprietary",
        /// This cable connects to an RJ45 connector.
        RJ45 = "RJ45",
        /// This cable connects to a SATA connector.
        SATA = "SATA",
        /// This cable connects to a SCSI connector.
        SCSI = "SCSI",
        /// This cable connects to a SlimSAS connector.
        SlimSAS = "SlimSAS",
        /// This cable connects to an SFP connector.
        SFP = "SFP",
        /// This cable connects to an SFPPlus connector.
        SFPPlus = "SFPPlus",
        /// This cable connects to a USB-A connector.
        USBA = "USBA",
        /// This cable connects to a USB-C connector.
        USBC = "USBC",
        /// This cable connects to a QSFP connector.
        QSFP = "QSFP",
        /// This cable connects to a CDFP connector.
        CDFP = "CDFP",
        /// This cable connects to an OSFP connector.
        OSFP = "OSFP",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the downstream chassis connected to this cable.
        ///
        /// Writable.
        "DownstreamChassis" => downstream_chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "DownstreamChassis@odata.count" => downstream_chassis_count: u64,
        /// An array of links to the downstream ports connected to this cable.
        ///
        /// Writable.
        "DownstreamPorts" => downstream_ports: Vec<crate::Link<crate::port::Port>>,
        "DownstreamPorts@odata.count" => downstream_ports_count: u64,
        /// An array of links to the downstream resources connected to this cable.
        ///
        /// Writable.
        "DownstreamResources" => downstream_resources: Vec<crate::Link>,
        "DownstreamResources@odata.count" => downstream_resources_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the upstream chassis connected to this cable.
        ///
        /// Writable.
        "UpstreamChassis" => upstream_chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "UpstreamChassis@odata.count" => upstream_chassis_count: u64,
        /// An array of links to the upstream ports connected to this cable.
        ///
        /// Writable.
        "UpstreamPorts" => upstream_ports: Vec<crate::Link<crate::port::Port>>,
        "UpstreamPorts@odata.count" => upstream_ports_count: u64,
        /// An array of links to the upstream resources connected to this cable.
        ///
        /// Writable.
        "UpstreamResources" => upstream_resources: Vec<crate::Link>,
        "UpstreamResources@odata.count" => upstream_resources_count: u64,
    }
}
