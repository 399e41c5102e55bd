//! `AggregationService`: The `AggregationService` schema contains properties for managing aggregation operations, either on ad hoc combinations of resources or on defined sets of resources called aggregates. Access points define the properties needed to access the entity being aggregated and connection methods describe the protocol or other semantics of the connection.
//!
//! Generated from the DMTF Redfish schema `AggregationService.v1_0_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `aggregation_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AggregationService` schema contains properties for managing aggregation operations, either on ad hoc combinations of resources or on defined sets of resources called aggregates. Access points define the properties needed to access the entity being aggregated and connection methods describe the protocol or other semantics of the connection.
    ///
    /// DMTF schema `AggregationService` v1_0_3 (Redfish 2025.4).
    pub struct AggregationService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the collection of aggregates associated with this service.
        ///
        /// Read-only.
        "Aggregates" => aggregates: crate::Link<crate::Collection<crate::aggregate::Aggregate>>,
        /// The link to the collection of aggregation sources associated with this service.
        ///
        /// Read-only.
        "AggregationSources" => aggregation_sources: crate::Link<crate::Collection<crate::aggregation_source::AggregationSource>>,
        /// The link to the collection of connection methods associated with this service.
        ///
        /// Read-only.
        "ConnectionMethods" => connection_methods: crate::Link<crate::Collection<crate::connection_method::ConnectionMethod>>,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether the aggregation service is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(AggregationService: "AggregationService", actions);

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action is used to reset a set of resources. For example this could be a list of computer systems.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetRequest {
        /// The number of elements in each batch being reset.
        "BatchSize" => batch_size: i64,
        /// The delay of the batches of elements being reset in seconds.
        ///
        /// Units: `s`.
        "DelayBetweenBatchesInSeconds" => delay_between_batches_in_seconds: i64,
        /// The type of reset.
        "ResetType" => reset_type: crate::resource::ResetType,
        /// An array of links to the resources being reset.
        ///
        /// Required.
        "TargetURIs" => target_uris: Vec<crate::Link> [required],
    }
}

impl ResetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["TargetURIs"];

    /// Sets `BatchSize`.
    #[must_use]
    pub fn with_batch_size(mut self, value: i64) -> Self {
        self.batch_size = Some(value);
        self
    }
    /// Sets `DelayBetweenBatchesInSeconds`.
    #[must_use]
    pub fn with_delay_between_batches_in_seconds(mut self, value: i64) -> Self {
        self.delay_between_batches_in_seconds = Some(value);
        self
    }
    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::resource::ResetType) -> Self {
        self.reset_type = Some(value);
        self
    }
    /// Sets `TargetURIs`.
    #[must_use]
    pub fn with_target_uris(mut self, value: Vec<crate::Link>) -> Self {
        self.target_uris = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetRequest {
    type Resource = AggregationService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AggregationService.Reset";
    const REQUIRED: &'static [&'static str] = &["TargetURIs"];
}

crate::redfish_struct! {
    /// Parameters of the `SetDefaultBootOrder` action: This action is used to restore the boot order to the default state for the specified computer systems.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetDefaultBootOrderRequest {
        /// The computer systems to restore.
        ///
        /// Required.
        "Systems" => systems: Vec<crate::Link<crate::computer_system::ComputerSystem>> [required],
    }
}

impl SetDefaultBootOrderRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Systems"];

    /// Sets `Systems`.
    #[must_use]
    pub fn with_systems(
        mut self,
        value: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
    ) -> Self {
        self.systems = Some(value);
        self
    }
}

impl crate::ActionRequest for SetDefaultBootOrderRequest {
    type Resource = AggregationService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AggregationService.SetDefaultBootOrder";
    const REQUIRED: &'static [&'static str] = &["Systems"];
}
