//! `UpdateServiceCapabilities`: The `UpdateServiceCapabilities` schema contains capabilities of the update service.
//!
//! Generated from the DMTF Redfish schema `UpdateServiceCapabilities.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `update_service_capabilities` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `UpdateServiceCapabilities` schema contains capabilities of the update service.
    ///
    /// DMTF schema `UpdateServiceCapabilities` v1_0_0 (Redfish 2025.4).
    pub struct UpdateServiceCapabilities {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The allowable URIs that a client can specify in the `Targets` parameter for update requests when requesting to stage an image on target devices.
        ///
        /// Read-only.
        "AllowableStaging" => allowable_staging: Vec<String>,
        /// The allowable URIs that a client can specify in the `Targets` parameter for update requests.
        ///
        /// Read-only.
        "AllowableTargets" => allowable_targets: Vec<String>,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(UpdateServiceCapabilities: "UpdateServiceCapabilities", actions);
