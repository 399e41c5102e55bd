//! `Fabric`: The `Fabric` schema represents a simple fabric consisting of one or more switches, zero or more endpoints, and zero or more zones.
//!
//! Generated from the DMTF Redfish schema `Fabric.v1_4_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `fabric` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Fabric` schema represents a simple fabric consisting of one or more switches, zero or more endpoints, and zero or more zones.
    ///
    /// DMTF schema `Fabric` v1_4_0 (Redfish 2025.4).
    pub struct Fabric {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The collection of links to the address pools that this fabric contains.
        ///
        /// Read-only.
        "AddressPools" => address_pools: crate::Link<crate::Collection<crate::address_pool::AddressPool>>,
        /// The collection of links to the connections that this fabric contains.
        ///
        /// Read-only.
        "Connections" => connections: crate::Link<crate::Collection<crate::connection::Connection>>,
        /// Read-only.
        "Description" => description: String,
        /// The collection of links to the endpoint groups that this fabric contains.
        ///
        /// Read-only.
        "EndpointGroups" => endpoint_groups: crate::Link<crate::Collection<crate::endpoint_group::EndpointGroup>>,
        /// The collection of links to the endpoints that this fabric contains.
        ///
        /// Read-only.
        "Endpoints" => endpoints: crate::Link<crate::Collection<crate::endpoint::Endpoint>>,
        /// The protocol being sent over this fabric.
        ///
        /// Read-only.
        "FabricType" => fabric_type: crate::protocol::Protocol,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::fabric::Links,
        /// The maximum number of zones the switch can currently configure.
        ///
        /// Read-only.
        "MaxZones" => max_zones: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The collection of links to the switches that this fabric contains.
        ///
        /// Read-only.
        "Switches" => switches: crate::Link<crate::Collection<crate::switch::Switch>>,
        /// The UUID for this fabric.
        ///
        /// Writable.
        "UUID" => uuid: String,
        /// The collection of links to the zones that this fabric contains.
        ///
        /// Read-only.
        "Zones" => zones: crate::Link<crate::Collection<crate::zone::Zone>>,
    }
}

crate::__impl_resource!(Fabric: "Fabric", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the managers responsible for managing this fabric.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}
