//! `CertificateLocations`: The `CertificateLocations` schema describes a resource that an administrator can use in order to locate all certificates installed on a given service.
//!
//! Generated from the DMTF Redfish schema `CertificateLocations.v1_0_4.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `certificate_locations` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `CertificateLocations` schema describes a resource that an administrator can use in order to locate all certificates installed on a given service.
    ///
    /// DMTF schema `CertificateLocations` v1_0_4 (Redfish 2025.4).
    pub struct CertificateLocations {
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
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::certificate_locations::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(CertificateLocations: "CertificateLocations", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the certificates installed on this service.
        ///
        /// Read-only.
        "Certificates" => certificates: Vec<crate::Link<crate::certificate::Certificate>>,
        "Certificates@odata.count" => certificates_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}
