//! `USBController`: The `USBController` schema defines a Universal Serial Bus controller.
//!
//! Generated from the DMTF Redfish schema `USBController.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `usb_controller` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `USBController` schema defines a Universal Serial Bus controller.
    ///
    /// DMTF schema `USBController` v1_0_1 (Redfish 2025.4).
    pub struct USBController {
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
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::usb_controller::Links,
        /// The manufacturer of this USB controller.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The product model number of this USB controller.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this USB controller.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The ports of the USB controller.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The SKU for this USB controller.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number for this USB controller.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number of the USB controller.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(USBController: "USBController", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the PCIe device that represents this USB controller.
        ///
        /// Read-only.
        "PCIeDevice" => pcie_device: crate::Link<crate::pcie_device::PCIeDevice>,
        /// An array of links to the processors that can utilize this USB controller.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
    }
}
