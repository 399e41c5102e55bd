//! `VirtualCXLSwitch`: The Virtual CXL Switch describes the virtual component with the CXL switch that is governed by a list of rules as prescribed in the CXL specification.
//!
//! Generated from the DMTF Redfish schema `VirtualCXLSwitch.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `virtual_cxl_switch` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The Virtual CXL Switch describes the virtual component with the CXL switch that is governed by a list of rules as prescribed in the CXL specification.
    ///
    /// DMTF schema `VirtualCXLSwitch` v1_0_0 (Redfish 2025.4).
    pub struct VirtualCXLSwitch {
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
        /// The number of HDM (Host Device Memory) decoders present in this Virtual CXL Switch.
        ///
        /// Read-only.
        "HDMDecoders" => hdm_decoders: i64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::virtual_cxl_switch::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The Virtual CXL Switch identifier.
        ///
        /// Read-only.
        "VCSId" => vcs_id: String,
        /// The link to the collection of vPPBs (Virtual PCI-to-PCI Bridges) for this Virtual CXL Switch.
        ///
        /// Read-only.
        "VPPBs" => vpp_bs: crate::Link<crate::Collection<crate::virtual_pci2_pci_bridge::VirtualPCI2PCIBridge>>,
    }
}

crate::__impl_resource!(VirtualCXLSwitch: "VirtualCXLSwitch", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The links to the endpoints designated for this Virtual CXL Switch.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the local upstream port of the switch that is physically connected to a host or another switch for this Virtual CXL Switch.
        ///
        /// Read-only.
        "Port" => port: crate::Link<crate::port::Port>,
    }
}
