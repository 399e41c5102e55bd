//! `EndpointGroup`: The `EndpointGroup` schema describes a group of endpoints that are managed as a unit.
//!
//! Generated from the DMTF Redfish schema `EndpointGroup.v1_3_4.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `endpoint_group` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `EndpointGroup` schema describes a group of endpoints that are managed as a unit.
    ///
    /// DMTF schema `EndpointGroup` v1_3_4 (Redfish 2025.4).
    pub struct EndpointGroup {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The access state for this group.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `AccessState` property in the connection resource.
        "AccessState" => access_state: crate::common::AccessState,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// The endpoints in this endpoint group.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `Endpoints` property within `Links`.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The endpoint group type.
        ///
        /// Writable.
        "GroupType" => group_type: crate::endpoint_group::GroupType,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The durable name for the endpoint group.
        "Identifier" => identifier: crate::resource::Identifier,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::endpoint_group::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication if access to the resources through the endpoint group is preferred.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `AccessState` property in the connection resource.
        "Preferred" => preferred: bool,
        /// The SCSI-defined identifier for this group.
        ///
        /// Writable.
        "TargetEndpointGroupIdentifier" => target_endpoint_group_identifier: i64,
    }
}

crate::__impl_resource!(EndpointGroup: "EndpointGroup", actions);

crate::redfish_enum! {
    /// `GroupType`.
    pub enum GroupType {
        /// The group contains the client (initiator) endpoints.
        /// Deprecated: This value has been deprecated in favor of `Initiator`.
        Client = "Client",
        /// The group contains the server (target) endpoints.
        /// Deprecated: This value has been deprecated in favor of `Target`.
        Server = "Server",
        /// The group contains the initiator endpoints.
        Initiator = "Initiator",
        /// The group contains the target endpoints.
        Target = "Target",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The connections to which this endpoint group belongs.
        ///
        /// Read-only.
        "Connections" => connections: Vec<crate::Link<crate::connection::Connection>>,
        "Connections@odata.count" => connections_count: u64,
        /// The endpoints in this endpoint group.
        ///
        /// Writable.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

pub use crate::common::AccessState;
