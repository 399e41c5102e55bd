//! `PCIeSlots`: The `PCIeSlots` schema describes PCIe slot properties.
//!
//! Generated from the DMTF Redfish schema `PCIeSlots.v1_6_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `pcie_slots` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PCIeSlots` schema describes PCIe slot properties.
    ///
    /// DMTF schema `PCIeSlots` v1_6_1 (Redfish 2025.4).
    pub struct PCIeSlots {
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
        /// An array of PCI Slot information.
        "Slots" => slots: Vec<crate::pcie_slots::PCIeSlot>,
    }
}

crate::__impl_resource!(PCIeSlots: "PCIeSlots", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct PCIeLinks {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe devices contained in this slot.
        ///
        /// Read-only.
        "PCIeDevice" => pcie_device: Vec<crate::Link<crate::pcie_device::PCIeDevice>>,
        "PCIeDevice@odata.count" => pcie_device_count: u64,
        /// An array of links to the processors that are directly connected or directly bridged to this PCIe slot.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
    }
}

crate::redfish_struct! {
    /// This type defines information for a PCIe slot.
    pub struct PCIeSlot {
        /// An indication of whether this PCIe slot supports hotplug.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// The number of PCIe lanes supported by this slot.
        ///
        /// Read-only.
        "Lanes" => lanes: i64,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::pcie_slots::PCIeLinks,
        /// The location of the PCIe slot.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The PCIe specification supported by this slot.
        ///
        /// Read-only.
        "PCIeType" => pcie_type: crate::pcie_device::PCIeTypes,
        /// The PCIe slot type for this slot.
        ///
        /// Read-only.
        "SlotType" => slot_type: crate::pcie_slots::SlotTypes,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::redfish_enum! {
    /// `SlotTypes`.
    pub enum SlotTypes {
        /// Full-Length PCIe slot.
        FullLength = "FullLength",
        /// Half-Length PCIe slot.
        HalfLength = "HalfLength",
        /// Low-Profile or Slim PCIe slot.
        LowProfile = "LowProfile",
        /// Mini PCIe slot.
        Mini = "Mini",
        /// PCIe M.2 slot.
        M2 = "M2",
        /// An OEM-specific slot.
        OEM = "OEM",
        /// Open Compute Project 3.0 small form factor slot.
        OCP3Small = "OCP3Small",
        /// Open Compute Project 3.0 large form factor slot.
        OCP3Large = "OCP3Large",
        /// U.2 / SFF-8639 slot or bay.
        U2 = "U2",
    }
}
