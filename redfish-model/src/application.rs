//! `Application`: The `Application` schema represents an application or service running on a computer system.
//!
//! Generated from the DMTF Redfish schema `Application.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `application` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Application` schema represents an application or service running on a computer system.
    ///
    /// DMTF schema `Application` v1_0_1 (Redfish 2025.4).
    pub struct Application {
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
        /// The URIs to which this application pushes data.
        ///
        /// Read-only.
        "DestinationURIs" => destination_uris: Vec<Option<String>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::application::Links,
        /// The URIs that provide access to data or other information in this application.
        ///
        /// Read-only.
        "MetricsURIs" => metrics_uris: Vec<Option<String>>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The date and time when the application started running.
        ///
        /// Read-only.
        "StartTime" => start_time: crate::DateTime,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The vendor of this application.
        ///
        /// Read-only.
        "Vendor" => vendor: String,
        /// The version of this application.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::__impl_resource!(Application: "Application", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the software image for this application.
        ///
        /// Read-only.
        "SoftwareImage" => software_image: crate::Link<crate::software_inventory::SoftwareInventory>,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets the application.
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
    type Resource = Application;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Application.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}
