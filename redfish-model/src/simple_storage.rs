//! `SimpleStorage`: The `SimpleStorage` schema represents the properties of a storage controller and its directly-attached devices.
//!
//! Generated from the DMTF Redfish schema `SimpleStorage.v1_3_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `simple_storage` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `SimpleStorage` schema represents the properties of a storage controller and its directly-attached devices.
    ///
    /// DMTF schema `SimpleStorage` v1_3_2 (Redfish 2025.4).
    pub struct SimpleStorage {
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
        /// The storage devices.
        "Devices" => devices: Vec<crate::simple_storage::Device>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::simple_storage::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The UEFI device path to access this storage controller.
        ///
        /// Read-only.
        "UefiDevicePath" => uefi_device_path: String,
    }
}

crate::__impl_resource!(SimpleStorage: "SimpleStorage", actions);

crate::redfish_struct! {
    /// A storage device, such as a disk drive or optical media device.
    pub struct Device {
        /// The size, in bytes, of the storage device.
        ///
        /// Read-only. Units: `By`.
        "CapacityBytes" => capacity_bytes: i64,
        /// The name of the manufacturer of this device.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The product model number of this device.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The name of the resource or array member.
        ///
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the chassis that contains this simple storage.
        ///
        /// Read-only.
        "Chassis" => chassis: crate::Link<crate::chassis::Chassis>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the storage instance that corresponds to this simple storage.
        ///
        /// Read-only.
        "Storage" => storage: crate::Link<crate::storage::Storage>,
    }
}
