//! `Role`: The `Role` schema contains a Redfish role to use in conjunction with a manager account.
//!
//! Generated from the DMTF Redfish schema `Role.v1_3_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `role` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Role` schema contains a Redfish role to use in conjunction with a manager account.
    ///
    /// DMTF schema `Role` v1_3_3 (Redfish 2025.4).
    pub struct Role {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An equivalent role to use when this role is restricted.
        ///
        /// Read-only.
        "AlternateRoleId" => alternate_role_id: String,
        /// The Redfish privileges for this role.
        ///
        /// Writable.
        "AssignedPrivileges" => assigned_privileges: Vec<crate::privileges::PrivilegeType>,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An indication of whether the role is predefined by Redfish or an OEM rather than a client-defined role.
        ///
        /// Read-only.
        "IsPredefined" => is_predefined: bool,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The OEM privileges for this role.
        ///
        /// Writable.
        "OemPrivileges" => oem_privileges: Vec<String>,
        /// An indication of whether use of the role is restricted.
        ///
        /// Read-only.
        "Restricted" => restricted: bool,
        /// The name of the role.
        ///
        /// Read-only. Required.
        "RoleId" => role_id: String [required],
    }
}

crate::__impl_resource!(Role: "Role", actions);
