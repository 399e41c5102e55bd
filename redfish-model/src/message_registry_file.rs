//! `MessageRegistryFile` models, generated from the DMTF Redfish JSON schema by `tools/gen_model.py`.
//!
//! Do not edit by hand: change the generator and re-run it.

#![allow(clippy::doc_markdown, clippy::large_enum_variant)]

crate::redfish_resource! {
    /// The `MessageRegistryFile` schema describes the registry file locator resource.  This referenced registry file can be any type of registry, such as a message registry, privilege registry, or attribute registry.
    ///
    /// DMTF schema `MessageRegistryFile` v1_1_5 (Redfish 2025.4).
    pub struct MessageRegistryFile: "MessageRegistryFile" {
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The RFC5646-conformant language codes for the available registries.
        ///
        /// Read-only.
        "Languages" => languages: Vec<String>,
        /// The location information for this registry file.
        "Location" => location: Vec<Location>,
        /// The registry name and its major and minor versions.  This registry can be any type of registry, such as a message registry, privilege registry, or attribute registry.
        ///
        /// Read-only.
        "Registry" => registry: String,
    }
}

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
