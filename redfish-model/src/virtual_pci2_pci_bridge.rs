//! `VirtualPCI2PCIBridge`: The `VirtualPCI2PCIBridge` schema describes Virtual PCI-to-PCI Bridge (vPPB) inside a CXL switch that is owned by the host.
//!
//! Generated from the DMTF Redfish schema `VirtualPCI2PCIBridge.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `virtual_pci2_pci_bridge` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `VirtualPCI2PCIBridge` schema describes Virtual PCI-to-PCI Bridge (vPPB) inside a CXL switch that is owned by the host.
    ///
    /// DMTF schema `VirtualPCI2PCIBridge` v1_0_0 (Redfish 2025.4).
    pub struct VirtualPCI2PCIBridge {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The binding status of the vPPB.
        ///
        /// Read-only.
        "BindingStatus" => binding_status: crate::virtual_pci2_pci_bridge::vPPBStatusTypes,
        /// The identifier of the bound local logical device.
        ///
        /// Read-only.
        "BoundLDId" => bound_ld_id: i64,
        /// The identifier of the bound PBR.
        ///
        /// Read-only.
        "BoundPBRId" => bound_pbr_id: i64,
        /// The physical port number of the bound port.
        ///
        /// Read-only.
        "BoundPortId" => bound_port_id: i64,
        /// Read-only.
        "Description" => description: String,
        /// The GCXLID for the CXL logical device bound to this vPPB.
        ///
        /// Read-only.
        "GCXLID" => gcxlid: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::virtual_pci2_pci_bridge::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The Virtual PCI-PCI Bridge identifier.
        ///
        /// Read-only.
        "VPPBId" => vppb_id: String,
    }
}

crate::__impl_resource!(VirtualPCI2PCIBridge: "VirtualPCI2PCIBridge", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The links to the endpoints associated with this vPPB.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the port associated with this vPPB.
        ///
        /// Writable.
        "Port" => port: crate::Link<crate::port::Port>,
    }
}

crate::redfish_enum! {
    /// `vPPBStatusTypes`.
    pub enum vPPBStatusTypes {
        /// This vPPB is in unbound state.
        Unbound = "Unbound",
        /// Binding or unbinding is in progress for this vPPB.
        Busy = "Busy",
        /// This vPPB is bound to a physical port.
        BoundPhysicalPort = "BoundPhysicalPort",
        /// This vPPB is bound to a CXL logical device.
        BoundLD = "BoundLD",
        /// This vPPB is bound to a PBR ID.
        BoundPID = "BoundPID",
    }
}
