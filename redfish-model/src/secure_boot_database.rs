//! `SecureBootDatabase`: The `SecureBootDatabase` schema describes a UEFI Secure Boot database used to store certificates or hashes.
//!
//! Generated from the DMTF Redfish schema `SecureBootDatabase.v1_0_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `secure_boot_database` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `SecureBootDatabase` schema describes a UEFI Secure Boot database used to store certificates or hashes.
    ///
    /// DMTF schema `SecureBootDatabase` v1_0_3 (Redfish 2025.4).
    pub struct SecureBootDatabase {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// A link to the collection of certificates contained in this UEFI Secure Boot database.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// This property contains the name of the UEFI Secure Boot database.
        ///
        /// Read-only.
        "DatabaseId" => database_id: String,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the collection of signatures contained in this UEFI Secure Boot database.
        ///
        /// Read-only.
        "Signatures" => signatures: crate::Link<crate::Collection<crate::signature::Signature>>,
    }
}

crate::__impl_resource!(SecureBootDatabase: "SecureBootDatabase", actions);

crate::redfish_struct! {
    /// Parameters of the `ResetKeys` action: This action is used to reset the UEFI Secure Boot keys of this database.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetKeysRequest {
        /// The type of reset or delete to perform on this UEFI Secure Boot database.
        ///
        /// Required.
        "ResetKeysType" => reset_keys_type: crate::secure_boot_database::ResetKeysType [required],
    }
}

impl ResetKeysRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["ResetKeysType"];

    /// Sets `ResetKeysType`.
    #[must_use]
    pub fn with_reset_keys_type(
        mut self,
        value: crate::secure_boot_database::ResetKeysType,
    ) -> Self {
        self.reset_keys_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetKeysRequest {
    type Resource = SecureBootDatabase;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#SecureBootDatabase.ResetKeys";
    const REQUIRED: &'static [&'static str] = &["ResetKeysType"];
}

crate::redfish_enum! {
    /// `ResetKeysType`.
    pub enum ResetKeysType {
        /// Reset the contents of this UEFI Secure Boot key database to the default values.
        ResetAllKeysToDefault = "ResetAllKeysToDefault",
        /// Delete the contents of this UEFI Secure Boot key database.
        DeleteAllKeys = "DeleteAllKeys",
    }
}
