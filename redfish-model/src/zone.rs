//! `Zone`: The `Zone` schema describes a simple fabric zone for a Redfish implementation.
//!
//! Generated from the DMTF Redfish schema `Zone.v1_6_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `zone` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Zone` schema describes a simple fabric zone for a Redfish implementation.
    ///
    /// DMTF schema `Zone` v1_6_3 (Redfish 2025.4).
    pub struct Zone {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// This property indicates whether routing within this zone is enabled.
        ///
        /// Writable.
        "DefaultRoutingEnabled" => default_routing_enabled: bool,
        /// Read-only.
        "Description" => description: String,
        /// Indicates accessibility of endpoints in this zone to endpoints outside of this zone.
        ///
        /// Writable.
        "ExternalAccessibility" => external_accessibility: crate::zone::ExternalAccessibility,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The durable names for the zone.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::zone::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The type of zone.
        ///
        /// Writable.
        "ZoneType" => zone_type: crate::zone::ZoneType,
    }
}

crate::__impl_resource!(Zone: "Zone", actions);

crate::redfish_struct! {
    /// Parameters of the `AddEndpoint` action: This action adds an endpoint to a zone.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct AddEndpointRequest {
        /// The endpoint to add to the zone.
        ///
        /// Required.
        "Endpoint" => endpoint: crate::Link<crate::endpoint::Endpoint> [required],
        /// The current ETag of the endpoint to add to the zone.
        "EndpointETag" => endpoint_e_tag: String,
        /// The current ETag of the zone.
        "ZoneETag" => zone_e_tag: String,
    }
}

impl AddEndpointRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Endpoint"];

    /// Sets `Endpoint`.
    #[must_use]
    pub fn with_endpoint(mut self, value: crate::Link<crate::endpoint::Endpoint>) -> Self {
        self.endpoint = Some(value);
        self
    }
    /// Sets `EndpointETag`.
    #[must_use]
    pub fn with_endpoint_e_tag(mut self, value: impl Into<String>) -> Self {
        self.endpoint_e_tag = Some(value.into());
        self
    }
    /// Sets `ZoneETag`.
    #[must_use]
    pub fn with_zone_e_tag(mut self, value: impl Into<String>) -> Self {
        self.zone_e_tag = Some(value.into());
        self
    }
}

impl crate::ActionRequest for AddEndpointRequest {
    type Resource = Zone;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Zone.AddEndpoint";
    const REQUIRED: &'static [&'static str] = &["Endpoint"];
}

crate::redfish_enum! {
    /// `ExternalAccessibility`.
    pub enum ExternalAccessibility {
        /// Any external entity with the correct access details, which might include authorization information, can access the endpoints that this zone lists.
        GloballyAccessible = "GloballyAccessible",
        /// Any external entity that another zone does not explicitly list can access the endpoints that this zone lists.
        NonZonedAccessible = "NonZonedAccessible",
        /// Only accessible by endpoints that this zone explicitly lists.
        ZoneOnly = "ZoneOnly",
        /// Routing is not enabled within this zone.
        NoInternalRouting = "NoInternalRouting",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the address pools associated with this zone.
        ///
        /// Read-only.
        "AddressPools" => address_pools: Vec<crate::Link<crate::address_pool::AddressPool>>,
        "AddressPools@odata.count" => address_pools_count: u64,
        /// An array of links to the zone that contain this zone.
        ///
        /// Read-only.
        "ContainedByZones" => contained_by_zones: Vec<crate::Link<crate::zone::Zone>>,
        "ContainedByZones@odata.count" => contained_by_zones_count: u64,
        /// An array of links to the zones that are contained by this zone.
        ///
        /// Writable.
        "ContainsZones" => contains_zones: Vec<crate::Link<crate::zone::Zone>>,
        "ContainsZones@odata.count" => contains_zones_count: u64,
        /// The links to the endpoints that this zone contains.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The links to the collection of switches in this zone.
        ///
        /// Read-only.
        "InvolvedSwitches" => involved_switches: Vec<crate::Link<crate::switch::Switch>>,
        "InvolvedSwitches@odata.count" => involved_switches_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The links to the resource blocks with which this zone is associated.
        ///
        /// Read-only.
        "ResourceBlocks" => resource_blocks: Vec<crate::Link<crate::resource_block::ResourceBlock>>,
        "ResourceBlocks@odata.count" => resource_blocks_count: u64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `RemoveEndpoint` action: This action removes an endpoint from a zone.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RemoveEndpointRequest {
        /// The endpoint to remove from the zone.
        ///
        /// Required.
        "Endpoint" => endpoint: crate::Link<crate::endpoint::Endpoint> [required],
        /// The current ETag of the endpoint to remove from the system.
        "EndpointETag" => endpoint_e_tag: String,
        /// The current ETag of the zone.
        "ZoneETag" => zone_e_tag: String,
    }
}

impl RemoveEndpointRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Endpoint"];

    /// Sets `Endpoint`.
    #[must_use]
    pub fn with_endpoint(mut self, value: crate::Link<crate::endpoint::Endpoint>) -> Self {
        self.endpoint = Some(value);
        self
    }
    /// Sets `EndpointETag`.
    #[must_use]
    pub fn with_endpoint_e_tag(mut self, value: impl Into<String>) -> Self {
        self.endpoint_e_tag = Some(value.into());
        self
    }
    /// Sets `ZoneETag`.
    #[must_use]
    pub fn with_zone_e_tag(mut self, value: impl Into<String>) -> Self {
        self.zone_e_tag = Some(value.into());
        self
    }
}

impl crate::ActionRequest for RemoveEndpointRequest {
    type Resource = Zone;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Zone.RemoveEndpoint";
    const REQUIRED: &'static [&'static str] = &["Endpoint"];
}

crate::redfish_enum! {
    /// `ZoneType`.
    pub enum ZoneType {
        /// The zone in which all endpoints are added by default when instantiated.
        Default = "Default",
        /// A zone that contains endpoints.
        ZoneOfEndpoints = "ZoneOfEndpoints",
        /// A zone that contains zones.
        ZoneOfZones = "ZoneOfZones",
        /// A zone that contains resource blocks.
        ZoneOfResourceBlocks = "ZoneOfResourceBlocks",
    }
}
