//! `MessageRegistryFile`: The `MessageRegistryFile` schema describes the registry file locator resource. This referenced registry file can be any type of registry, such as a message registry, privilege registry, or attribute registry.
//!
//! Generated from the DMTF Redfish schema `MessageRegistryFile.v1_1_5.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `message_registry_file` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MessageRegistryFile` schema describes the registry file locator resource. This referenced registry file can be any type of registry, such as a message registry, privilege registry, or attribute registry.
    ///
    /// DMTF schema `MessageRegistryFile` v1_1_5 (Redfish 2025.4).
    pub struct MessageRegistryFile {
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
        /// The RFC5646-conformant language codes for the available registries.
        ///
        /// Read-only. Required.
        "Languages" => languages: Vec<String> [required],
        /// The location information for this registry file.
        ///
        /// Required.
        "Location" => location: Vec<crate::message_registry_file::Location> [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The registry name and its major and minor versions. This registry can be any type of registry, such as a message registry, privilege registry, or attribute registry.
        ///
        /// Read-only. Required.
        "Registry" => registry: String [required],
    }
}

crate::__impl_resource!(MessageRegistryFile: "MessageRegistryFile", actions);

crate::redfish_struct! {
    /// The location information for a registry file.
    pub struct Location {
        /// If the service hosts the registry in an archive file, the name of the file within the archive.
        ///
        /// Read-only.
        "ArchiveFile" => archive_file: String,
        /// If the registry is hosted on the service in an archive file, the link to the archive file.
        ///
        /// Read-only.
        "ArchiveUri" => archive_uri: String,
        /// The language code for the registry file.
        ///
        /// Read-only.
        "Language" => language: String,
        /// The link to publicly available (canonical) URI for the registry.
        ///
        /// Read-only.
        "PublicationUri" => publication_uri: String,
        /// The link to locally available URI for the registry.
        ///
        /// Read-only.
        "Uri" => uri: String,
    }
}
