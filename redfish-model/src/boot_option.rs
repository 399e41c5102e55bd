//! `BootOption`: The `BootOption` schema reports information about a single boot option in a system. It represents the properties of a bootable device available in the system.
//!
//! Generated from the DMTF Redfish schema `BootOption.v1_0_6.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `boot_option` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `BootOption` schema reports information about a single boot option in a system. It represents the properties of a bootable device available in the system.
    ///
    /// DMTF schema `BootOption` v1_0_6 (Redfish 2025.4).
    pub struct BootOption {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The alias of this boot source.
        ///
        /// Read-only.
        "Alias" => alias: crate::computer_system::BootSource,
        /// An indication of whether the boot option is enabled. If `true`, it is enabled. If `false`, the boot option that the boot order array on the computer system contains is skipped. In the UEFI context, this property influences the load option active flag for the boot option.
        ///
        /// Writable.
        "BootOptionEnabled" => boot_option_enabled: bool,
        /// The unique boot option.
        ///
        /// Read-only. Required.
        "BootOptionReference" => boot_option_reference: String [required],
        /// Read-only.
        "Description" => description: String,
        /// The user-readable display name of the boot option that appears in the boot order list in the user interface.
        ///
        /// Read-only.
        "DisplayName" => display_name: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to resources or objects associated with this boot option.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The UEFI device path to access this UEFI boot option.
        ///
        /// Read-only.
        "UefiDevicePath" => uefi_device_path: String,
    }
}

crate::__impl_resource!(BootOption: "BootOption", actions);
