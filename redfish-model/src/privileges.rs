//! `Privileges`: #Privileges.v1_0_6
//!
//! Generated from the DMTF Redfish schema `Privileges.v1_0_6.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `privileges` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_enum! {
    /// `PrivilegeType`.
    pub enum PrivilegeType {
        /// Can log in to the service and read resources.
        Login = "Login",
        /// Can configure managers.
        ConfigureManager = "ConfigureManager",
        /// Can configure users and their accounts.
        ConfigureUsers = "ConfigureUsers",
        /// Can change the password for the current user account, log out of their own sessions, and perform operations on resources they created. Services will need to be aware of resource ownership to map this privilege to an operation from a particular user.
        ConfigureSelf = "ConfigureSelf",
        /// Can configure components that this service manages.
        ConfigureComponents = "ConfigureComponents",
        /// Authentication is not required.
        NoAuth = "NoAuth",
        /// Can view and configure composition service resources.
        ConfigureCompositionInfrastructure = "ConfigureCompositionInfrastructure",
        /// Administrator for systems found in the systems collection. Able to manage boot configuration, keys, and certificates for systems.
        AdministrateSystems = "AdministrateSystems",
        /// Operator for systems found in the systems collection. Able to perform resets and configure interfaces.
        OperateSystems = "OperateSystems",
        /// Administrator for storage subsystems and storage systems found in the storage collection and storage system collection respectively.
        AdministrateStorage = "AdministrateStorage",
        /// Operator for storage backup functionality for storage subsystems and storage systems found in the storage collection and storage system collection respectively.
        OperateStorageBackup = "OperateStorageBackup",
    }
}
