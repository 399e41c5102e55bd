//! `ContainerImage`: The `ContainerImage` schema represents a container image available to a computer system.
//!
//! Generated from the DMTF Redfish schema `ContainerImage.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `container_image` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ContainerImage` schema represents a container image available to a computer system.
    ///
    /// DMTF schema `ContainerImage` v1_0_1 (Redfish 2025.4).
    pub struct ContainerImage {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The date and time when the container image was created.
        ///
        /// Read-only.
        "CreateTime" => create_time: crate::DateTime,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::container_image::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The programmatic identifier for this container image.
        ///
        /// Read-only.
        "ProgrammaticId" => programmatic_id: String,
        /// The size of this container image in bytes.
        ///
        /// Read-only. Units: `By`.
        "SizeBytes" => size_bytes: i64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The image type of this container image.
        ///
        /// Read-only.
        "Type" => r#type: crate::container_image::ImageTypes,
        /// The version of this application.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::__impl_resource!(ContainerImage: "ContainerImage", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The array of links to the containers running from this container image.
        ///
        /// Read-only.
        "Containers" => containers: Vec<crate::Link<crate::container::Container>>,
        "Containers@odata.count" => containers_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the software image for this container image.
        ///
        /// Read-only.
        "SoftwareImage" => software_image: crate::Link<crate::software_inventory::SoftwareInventory>,
    }
}

crate::redfish_enum! {
    /// `ImageTypes`.
    pub enum ImageTypes {
        /// Docker V1.
        DockerV1 = "DockerV1",
        /// Docker V2.
        DockerV2 = "DockerV2",
        /// OCI (Open Container Initiative).
        OCI = "OCI",
    }
}
