//! `Role` models, generated from the DMTF Redfish JSON schema by `tools/gen_model.py`.
//!
//! Do not edit by hand: change the generator and re-run it.

#![allow(clippy::doc_markdown, clippy::large_enum_variant)]

crate::redfish_resource! {
    /// The `Role` schema contains a Redfish role to use in conjunction with a manager account.
    ///
    /// DMTF schema `Role` v1_3_3 (Redfish 2025.4).
    pub struct Role: "Role" {
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An equivalent role to use when this role is restricted.
        ///
        /// Read-only.
        "AlternateRoleId" => alternate_role_id: String,
        /// The Redfish privileges for this role.
        ///
        /// Writable.
        "AssignedPrivileges" => assigned_privileges: Vec<String>,
        /// An indication of whether the role is predefined by Redfish or an OEM rather than a client-defined role.
        ///
        /// Read-only.
        "IsPredefined" => is_predefined: bool,
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
        /// Read-only.
        "RoleId" => role_id: String,
    }
}
