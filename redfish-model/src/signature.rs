//! `Signature`: The `Signature` schema describes a signature or a hash.
//!
//! Generated from the DMTF Redfish schema `Signature.v1_0_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `signature` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Signature` schema describes a signature or a hash.
    ///
    /// DMTF schema `Signature` v1_0_3 (Redfish 2025.4).
    pub struct Signature {
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
        /// The string for the signature.
        ///
        /// Read-only.
        "SignatureString" => signature_string: String,
        /// The format of the signature.
        ///
        /// Read-only.
        "SignatureType" => signature_type: String,
        /// The type of the signature.
        ///
        /// Read-only.
        "SignatureTypeRegistry" => signature_type_registry: crate::signature::SignatureTypeRegistry,
        /// The UEFI signature owner for this signature.
        ///
        /// Read-only.
        "UefiSignatureOwner" => uefi_signature_owner: String,
    }
}

crate::__impl_resource!(Signature: "Signature", actions);

crate::redfish_enum! {
    /// `SignatureTypeRegistry`.
    pub enum SignatureTypeRegistry {
        /// A signature defined in the UEFI Specification.
        UEFI = "UEFI",
    }
}
