//! `Container`: The `Container` schema represents an instance of a container that is running on a computer system.
//!
//! Generated from the DMTF Redfish schema `Container.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `container` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Container` schema represents an instance of a container that is running on a computer system.
    ///
    /// DMTF schema `Container` v1_0_1 (Redfish 2025.4).
    pub struct Container {
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
        /// The link to the collection of Ethernet interfaces associated with this container.
        ///
        /// Read-only.
        "EthernetInterfaces" => ethernet_interfaces: crate::Link<crate::Collection<crate::ethernet_interface::EthernetInterface>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The resource limits allocated to this container.
        "Limits" => limits: crate::container::Limits,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::container::Links,
        /// The file system mount points configured for this container.
        "MountPoints" => mount_points: Vec<Option<crate::container::MountPoint>>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The programmatic identifier for this container.
        ///
        /// Read-only.
        "ProgrammaticId" => programmatic_id: String,
        /// The date and time when the container started running.
        ///
        /// Read-only.
        "StartTime" => start_time: crate::DateTime,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(Container: "Container", actions);

crate::redfish_struct! {
    /// The resource limits allocated to a container.
    pub struct Limits {
        /// The number of processors available to this container.
        ///
        /// Read-only.
        "CPUCount" => cpu_count: f64,
        /// The amount of memory available to this container in bytes.
        ///
        /// Read-only. Units: `By`.
        "MemoryBytes" => memory_bytes: i64,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the container image for this container.
        ///
        /// Read-only.
        "ContainerImage" => container_image: crate::Link<crate::container_image::ContainerImage>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_struct! {
    /// A file system mount point configured for a container.
    pub struct MountPoint {
        /// The file system path in the container that is provided as the mount point to access the files and folders contained in the source path.
        ///
        /// Read-only.
        "Destination" => destination: String,
        /// The file system path from the hosting system that is provided to this container.
        ///
        /// Read-only.
        "Source" => source: String,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets the container.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetRequest {
        /// The type of reset.
        "ResetType" => reset_type: crate::resource::ResetType,
    }
}

impl ResetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::resource::ResetType) -> Self {
        self.reset_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetRequest {
    type Resource = Container;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Container.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}
