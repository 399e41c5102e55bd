//! `KeyService`: The `KeyService` schema describes a key service that represents the actions available to manage keys.
//!
//! Generated from the DMTF Redfish schema `KeyService.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `key_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `KeyService` schema describes a key service that represents the actions available to manage keys.
    ///
    /// DMTF schema `KeyService` v1_0_1 (Redfish 2025.4).
    pub struct KeyService {
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
        /// The NVMe-oF key policies maintained by this service.
        ///
        /// Read-only.
        "NVMeoFKeyPolicies" => nvmeo_f_key_policies: crate::Link<crate::Collection<crate::key_policy::KeyPolicy>>,
        /// The NVMe-oF keys maintained by this service.
        ///
        /// Read-only.
        "NVMeoFSecrets" => nvmeo_f_secrets: crate::Link<crate::Collection<crate::key::Key>>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(KeyService: "KeyService", actions);
