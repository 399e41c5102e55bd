//! `GraphicsController`: The `GraphicsController` schema defines a graphics controller that can be used to drive one or more display devices.
//!
//! Generated from the DMTF Redfish schema `GraphicsController.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `graphics_controller` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `GraphicsController` schema defines a graphics controller that can be used to drive one or more display devices.
    ///
    /// DMTF schema `GraphicsController` v1_0_2 (Redfish 2025.4).
    pub struct GraphicsController {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The user-assigned asset tag for this graphics controller.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// The version of the graphics controller BIOS or primary graphics controller firmware.
        ///
        /// Read-only.
        "BiosVersion" => bios_version: String,
        /// Read-only.
        "Description" => description: String,
        /// The version of the graphics controller driver loaded in the operating system.
        ///
        /// Read-only.
        "DriverVersion" => driver_version: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::graphics_controller::Links,
        /// The location of the graphics controller.
        "Location" => location: crate::resource::Location,
        /// The manufacturer of this graphics controller.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The product model number of this graphics controller.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this graphics controller.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The ports of the graphics controller.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The SKU for this graphics controller.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number for this graphics controller.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number of the graphics controller.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(GraphicsController: "GraphicsController", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the PCIe device that represents this graphics controller.
        ///
        /// Read-only.
        "PCIeDevice" => pcie_device: crate::Link<crate::pcie_device::PCIeDevice>,
        /// An array of links to the processors that are a part of this graphics controller.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
    }
}
