//! `MediaController`: The `MediaController` schema contains the definition of a media controller and its configuration.
//!
//! Generated from the DMTF Redfish schema `MediaController.v1_3_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `media_controller` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MediaController` schema contains the definition of a media controller and its configuration.
    ///
    /// DMTF schema `MediaController` v1_3_2 (Redfish 2025.4).
    pub struct MediaController {
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
        /// The link to the environment metrics for this media controller.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::media_controller::Links,
        /// The manufacturer of this media controller.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The type of media controller.
        ///
        /// Read-only.
        "MediaControllerType" => media_controller_type: crate::media_controller::MediaControllerType,
        /// The model of this media controller.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number of this media controller.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The link to the collection of ports associated with this media controller.
        ///
        /// Read-only.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The serial number of this media controller.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The UUID for this media controller.
        ///
        /// Read-only.
        "UUID" => uuid: String,
    }
}

crate::__impl_resource!(MediaController: "MediaController", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the endpoints that connect to this media controller.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// An array of links to the memory domains associated with this media controller.
        ///
        /// Read-only.
        "MemoryDomains" => memory_domains: Vec<crate::Link<crate::memory_domain::MemoryDomain>>,
        "MemoryDomains@odata.count" => memory_domains_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `MediaControllerType`.
    pub enum MediaControllerType {
        /// The media controller is for memory.
        Memory = "Memory",
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets this media controller.
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
    type Resource = MediaController;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#MediaController.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}
