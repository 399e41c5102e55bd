//! `VCATEntry`: The `VCATEntry` schema defines an entry in a Virtual Channel Action Table. A Virtual Channel is a mechanism used to create multiple, logical communication streams across a physical link.
//!
//! Generated from the DMTF Redfish schema `VCATEntry.v1_0_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `vcat_entry` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `VCATEntry` schema defines an entry in a Virtual Channel Action Table. A Virtual Channel is a mechanism used to create multiple, logical communication streams across a physical link.
    ///
    /// DMTF schema `VCATEntry` v1_0_3 (Redfish 2025.4).
    pub struct VCATEntry {
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
        /// The hexadecimal value of the Virtual Channel Action Table entries.
        ///
        /// Writable.
        "RawEntryHex" => raw_entry_hex: String,
        /// An array of entries of the Virtual Channel Action Table.
        "VCEntries" => vc_entries: Vec<crate::vcat_entry::VCATableEntry>,
    }
}

crate::__impl_resource!(VCATEntry: "VCATEntry", actions);

crate::redfish_struct! {
    /// The Virtual Channel Action Table entry corresponding to a specific Virtual Channel.
    pub struct VCATableEntry {
        /// The configured threshold.
        ///
        /// Writable.
        "Threshold" => threshold: String,
        /// The bits corresponding to the supported Virtual Channel.
        ///
        /// Writable.
        "VCMask" => vc_mask: String,
    }
}
