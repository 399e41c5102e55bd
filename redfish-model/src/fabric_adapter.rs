//! `FabricAdapter`: A fabric adapter represents the physical fabric adapter capable of connecting to an interconnect fabric. Examples include, but are not limited to, Ethernet, NVMe over Fabrics, Gen-Z, and SAS fabric adapters.
//!
//! Generated from the DMTF Redfish schema `FabricAdapter.v1_5_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `fabric_adapter` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// A fabric adapter represents the physical fabric adapter capable of connecting to an interconnect fabric. Examples include, but are not limited to, Ethernet, NVMe over Fabrics, Gen-Z, and SAS fabric adapters.
    ///
    /// DMTF schema `FabricAdapter` v1_5_3 (Redfish 2025.4).
    pub struct FabricAdapter {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The manufacturer name for the ASIC of this fabric adapter.
        ///
        /// Read-only.
        "ASICManufacturer" => asic_manufacturer: String,
        /// The part number for the ASIC on this fabric adapter.
        ///
        /// Read-only.
        "ASICPartNumber" => asic_part_number: String,
        /// The revision identifier for the ASIC on this fabric adapter.
        ///
        /// Read-only.
        "ASICRevisionIdentifier" => asic_revision_identifier: String,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// The configured fabric type of this fabric adapter.
        ///
        /// Writable.
        "FabricType" => fabric_type: crate::protocol::Protocol,
        /// An array of fabric types supported by this fabric adapter.
        ///
        /// Read-only.
        "FabricTypeCapabilities" => fabric_type_capabilities: Vec<crate::protocol::Protocol>,
        /// The firmware version of this fabric adapter.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// The Gen-Z specific properties for this fabric adapter.
        "GenZ" => gen_z: crate::fabric_adapter::GenZ,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::fabric_adapter::Links,
        /// The location of the fabric adapter.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer or OEM of this fabric adapter.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model string for this fabric adapter.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The PCIe interface details for this fabric adapter.
        "PCIeInterface" => pcie_interface: crate::pcie_device::PCIeInterface,
        /// The part number for this fabric adapter.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The link to the collection of ports that exist on the fabric adapter.
        ///
        /// Read-only.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The manufacturer SKU for this fabric adapter.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number for this fabric adapter.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number for this fabric adapter.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The UUID for this fabric adapter.
        ///
        /// Read-only.
        "UUID" => uuid: String,
    }
}

crate::__impl_resource!(FabricAdapter: "FabricAdapter", actions);

crate::redfish_struct! {
    /// Gen-Z related properties for a fabric adapter.
    pub struct GenZ {
        /// The Multi Subnet Destination Table for the component.
        ///
        /// Read-only.
        "MSDT" => msdt: crate::Link<crate::Collection<crate::route_entry::RouteEntry>>,
        /// An array of table entry values for the Packet Injection Delay Table.
        ///
        /// Writable.
        "PIDT" => pidt: Vec<Option<String>>,
        /// An array of table entry values for the Responder Interface Table.
        ///
        /// Writable.
        "RITable" => ri_table: Vec<Option<String>>,
        /// The Requestor Virtual Channel Action Table for the component.
        ///
        /// Read-only.
        "RequestorVCAT" => requestor_vcat: crate::Link<crate::Collection<crate::vcat_entry::VCATEntry>>,
        /// The Responder Virtual Channel Action Table for the component.
        ///
        /// Read-only.
        "ResponderVCAT" => responder_vcat: crate::Link<crate::Collection<crate::vcat_entry::VCATEntry>>,
        /// The Single Subnet Destination Table for the component.
        ///
        /// Read-only.
        "SSDT" => ssdt: crate::Link<crate::Collection<crate::route_entry::RouteEntry>>,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the endpoints that represent the logical fabric connection to this fabric adapter.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// An array of links to the memory domains associated with this fabric adapter.
        ///
        /// Writable.
        "MemoryDomains" => memory_domains: Vec<crate::Link<crate::memory_domain::MemoryDomain>>,
        "MemoryDomains@odata.count" => memory_domains_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe devices associated with this fabric adapter.
        ///
        /// Read-only.
        "PCIeDevices" => pcie_devices: Vec<crate::Link<crate::pcie_device::PCIeDevice>>,
        "PCIeDevices@odata.count" => pcie_devices_count: u64,
        /// An array of links to the processors that this fabric adapter provides to a fabric.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
    }
}
