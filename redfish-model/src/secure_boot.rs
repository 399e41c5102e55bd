//! `SecureBoot`: The `SecureBoot` schema contains UEFI Secure Boot information and represents properties for managing the UEFI Secure Boot functionality of a system.
//!
//! Generated from the DMTF Redfish schema `SecureBoot.v1_1_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `secure_boot` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `SecureBoot` schema contains UEFI Secure Boot information and represents properties for managing the UEFI Secure Boot functionality of a system.
    ///
    /// DMTF schema `SecureBoot` v1_1_2 (Redfish 2025.4).
    pub struct SecureBoot {
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
        /// The UEFI Secure Boot state during the current boot cycle.
        ///
        /// Read-only.
        "SecureBootCurrentBoot" => secure_boot_current_boot: crate::secure_boot::SecureBootCurrentBootType,
        /// A link to the collection of UEFI Secure Boot databases.
        ///
        /// Read-only.
        "SecureBootDatabases" => secure_boot_databases: crate::Link<crate::Collection<crate::secure_boot_database::SecureBootDatabase>>,
        /// An indication of whether UEFI Secure Boot is enabled.
        ///
        /// Writable.
        "SecureBootEnable" => secure_boot_enable: bool,
        /// The current UEFI Secure Boot Mode.
        ///
        /// Read-only.
        "SecureBootMode" => secure_boot_mode: crate::secure_boot::SecureBootModeType,
    }
}

crate::__impl_resource!(SecureBoot: "SecureBoot", actions);

crate::redfish_struct! {
    /// Parameters of the `ResetKeys` action: This action resets the UEFI Secure Boot keys.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetKeysRequest {
        /// The type of reset or delete to perform on the UEFI Secure Boot databases.
        ///
        /// Required.
        "ResetKeysType" => reset_keys_type: crate::secure_boot::ResetKeysType [required],
    }
}

impl ResetKeysRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["ResetKeysType"];

    /// Sets `ResetKeysType`.
    #[must_use]
    pub fn with_reset_keys_type(mut self, value: crate::secure_boot::ResetKeysType) -> Self {
        self.reset_keys_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetKeysRequest {
    type Resource = SecureBoot;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#SecureBoot.ResetKeys";
    const REQUIRED: &'static [&'static str] = &["ResetKeysType"];
}

crate::redfish_enum! {
    /// `ResetKeysType`.
    pub enum ResetKeysType {
        /// Reset the contents of all UEFI Secure Boot key databases, including the PK key database, to the default values.
        ResetAllKeysToDefault = "ResetAllKeysToDefault",
        /// Delete the contents of all UEFI Secure Boot key databases, including the PK key database. This puts the system in Setup Mode.
        DeleteAllKeys = "DeleteAllKeys",
        /// Delete the contents of the PK UEFI Secure Boot database. This puts the system in Setup Mode.
        DeletePK = "DeletePK",
    }
}

crate::redfish_enum! {
    /// `SecureBootCurrentBootType`.
    pub enum SecureBootCurrentBootType {
        /// UEFI Secure Boot is currently enabled.
        Enabled = "Enabled",
        /// UEFI Secure Boot is currently disabled.
        Disabled = "Disabled",
    }
}

crate::redfish_enum! {
    /// `SecureBootModeType`.
    pub enum SecureBootModeType {
        /// UEFI Secure Boot is currently in Setup Mode.
        SetupMode = "SetupMode",
        /// UEFI Secure Boot is currently in User Mode.
        UserMode = "UserMode",
        /// UEFI Secure Boot is currently in Audit Mode.
        AuditMode = "AuditMode",
        /// UEFI Secure Boot is currently in Deployed Mode.
        DeployedMode = "DeployedMode",
    }
}
