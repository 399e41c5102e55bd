//! `VLanNetworkInterface`: The `VLanNetworkInterface` schema describes a VLAN network instance that is available on a manager, system, or other device.
//!
//! Generated from the DMTF Redfish schema `VLanNetworkInterface.v1_3_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `vlan_network_interface` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `VLanNetworkInterface` schema describes a VLAN network instance that is available on a manager, system, or other device.
    ///
    /// DMTF schema `VLanNetworkInterface` v1_3_1 (Redfish 2025.4).
    pub struct VLanNetworkInterface {
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
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether this VLAN is enabled for this interface.
        ///
        /// Writable.
        "VLANEnable" => vlan_enable: bool,
        /// The ID for this VLAN.
        ///
        /// Writable.
        "VLANId" => vlan_id: crate::vlan_network_interface::VLANId,
        /// The priority for this VLAN.
        ///
        /// Writable.
        "VLANPriority" => vlan_priority: crate::vlan_network_interface::VLANPriority,
    }
}

crate::__impl_resource!(VLanNetworkInterface: "VLanNetworkInterface", actions);

crate::redfish_struct! {
    /// The attributes of a VLAN.
    pub struct VLAN {
        /// An indication of whether this VLAN is tagged or untagged for this interface.
        ///
        /// Writable.
        "Tagged" => tagged: bool,
        /// An indication of whether this VLAN is enabled for this VLAN network interface.
        ///
        /// Writable.
        "VLANEnable" => vlan_enable: bool,
        /// The ID for this VLAN.
        ///
        /// Writable.
        "VLANId" => vlan_id: crate::vlan_network_interface::VLANId,
        /// The priority for this VLAN.
        ///
        /// Writable.
        "VLANPriority" => vlan_priority: crate::vlan_network_interface::VLANPriority,
    }
}

/// `VLANId`.
pub type VLANId = i64;

/// `VLANPriority`.
pub type VLANPriority = i64;
