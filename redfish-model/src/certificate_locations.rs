//! `CertificateLocations` models, generated from the DMTF Redfish JSON schema by `tools/gen_model.py`.
//!
//! Do not edit by hand: change the generator and re-run it.

#![allow(clippy::doc_markdown, clippy::large_enum_variant)]

crate::redfish_resource! {
    /// The `CertificateLocations` schema describes a resource that an administrator can use in order to locate all certificates installed on a given service.
    ///
    /// DMTF schema `CertificateLocations` v1_0_4 (Redfish 2025.4).
    pub struct CertificateLocations: "CertificateLocations" {
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The links to other resources that are related to this resource.
        "Links" => links: Links,
    }
}

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
