//! `JsonSchemaFile`: The `JsonSchemaFile` schema contains the properties that describe the locations, as URIs, of a Redfish schema definition that a Redfish service implements or references.
//!
//! Generated from the DMTF Redfish schema `JsonSchemaFile.v1_1_5.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `json_schema_file` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `JsonSchemaFile` schema contains the properties that describe the locations, as URIs, of a Redfish schema definition that a Redfish service implements or references.
    ///
    /// DMTF schema `JsonSchemaFile` v1_1_5 (Redfish 2025.4).
    pub struct JsonSchemaFile {
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
        /// The RFC5646-conformant language codes for the available schemas.
        ///
        /// Read-only. Required.
        "Languages" => languages: Vec<String> [required],
        /// Location information for this schema file.
        ///
        /// Required.
        "Location" => location: Vec<crate::json_schema_file::Location> [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The `@odata.type` name this schema describes.
        ///
        /// Read-only. Required.
        "Schema" => schema: String [required],
    }
}

crate::__impl_resource!(JsonSchemaFile: "JsonSchemaFile", actions);

crate::redfish_struct! {
    /// Location information for a schema file.
    pub struct Location {
        /// The name of the file in the archive, if the schema is hosted on the service in an archive file.
        ///
        /// Read-only.
        "ArchiveFile" => archive_file: String,
        /// The link to an archive file, if the schema is hosted on the service in an archive file.
        ///
        /// Read-only.
        "ArchiveUri" => archive_uri: String,
        /// The language code for the schema file.
        ///
        /// Read-only.
        "Language" => language: String,
        /// The link to publicly available (canonical) URI for schema.
        ///
        /// Read-only.
        "PublicationUri" => publication_uri: String,
        /// The link to locally available URI for schema.
        ///
        /// Read-only.
        "Uri" => uri: String,
    }
}
