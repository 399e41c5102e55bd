//! `CompositionService`: The `CompositionService` schema describes a composition service and its properties and links to the resources available for composition.
//!
//! Generated from the DMTF Redfish schema `CompositionService.v1_2_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `composition_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `CompositionService` schema describes a composition service and its properties and links to the resources available for composition.
    ///
    /// DMTF schema `CompositionService` v1_2_3 (Redfish 2025.4).
    pub struct CompositionService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the collection of resource blocks within the active pool. Resource blocks in the active pool are contributing to at least one composed resource as a result of a composition request.
        ///
        /// Read-only.
        "ActivePool" => active_pool: crate::Link<crate::Collection<crate::resource_block::ResourceBlock>>,
        /// An indication of whether this service is allowed to overprovision a composition relative to the composition request.
        ///
        /// Writable.
        "AllowOverprovisioning" => allow_overprovisioning: bool,
        /// An indication of whether a client can request that a specific resource zone fulfill a composition request.
        ///
        /// Read-only.
        "AllowZoneAffinity" => allow_zone_affinity: bool,
        /// The link to the collection of reservations with the composition reservation collection.
        ///
        /// Read-only.
        "CompositionReservations" => composition_reservations: crate::Link<crate::Collection<crate::composition_reservation::CompositionReservation>>,
        /// Read-only.
        "Description" => description: String,
        /// The link to the collection of resource blocks within the free pool. Resource blocks in the free pool are not contributing to any composed resources.
        ///
        /// Read-only.
        "FreePool" => free_pool: crate::Link<crate::Collection<crate::resource_block::ResourceBlock>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The length of time a composition reservation is held before the service deletes the reservation and marks any related resource blocks as no longer reserved.
        ///
        /// Writable.
        "ReservationDuration" => reservation_duration: String,
        /// The resource blocks available on the service.
        ///
        /// Read-only.
        "ResourceBlocks" => resource_blocks: crate::Link<crate::Collection<crate::resource_block::ResourceBlock>>,
        /// The resource zones available on the service.
        ///
        /// Read-only.
        "ResourceZones" => resource_zones: crate::Link<crate::Collection<crate::zone::Zone>>,
        /// An indication of whether this service is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(CompositionService: "CompositionService", actions);

crate::redfish_struct! {
    /// Parameters of the `Compose` action: This action performs a set of operations specified by a manifest.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ComposeRequest {
        /// The manifest containing the compose operation request.
        "Manifest" => manifest: crate::manifest::Manifest,
        /// The format of the request.
        ///
        /// Required.
        "RequestFormat" => request_format: crate::composition_service::ComposeRequestFormat [required],
        /// The type of request.
        ///
        /// Required.
        "RequestType" => request_type: crate::composition_service::ComposeRequestType [required],
        /// The identifier of the composition reservation if applying a reservation. The value for this parameter is obtained from the response of a `Compose` action where the RequestType parameter contains the value `PreviewReserve`.
        "ReservationId" => reservation_id: String,
    }
}

impl ComposeRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["RequestFormat", "RequestType"];

    /// Sets `Manifest`.
    #[must_use]
    pub fn with_manifest(mut self, value: crate::manifest::Manifest) -> Self {
        self.manifest = Some(value);
        self
    }
    /// Sets `RequestFormat`.
    #[must_use]
    pub fn with_request_format(
        mut self,
        value: crate::composition_service::ComposeRequestFormat,
    ) -> Self {
        self.request_format = Some(value);
        self
    }
    /// Sets `RequestType`.
    #[must_use]
    pub fn with_request_type(
        mut self,
        value: crate::composition_service::ComposeRequestType,
    ) -> Self {
        self.request_type = Some(value);
        self
    }
    /// Sets `ReservationId`.
    #[must_use]
    pub fn with_reservation_id(mut self, value: impl Into<String>) -> Self {
        self.reservation_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ComposeRequest {
    type Resource = CompositionService;
    type Response = crate::composition_service::ComposeResponse;
    const ACTION: &'static str = "#CompositionService.Compose";
    const REQUIRED: &'static [&'static str] = &["RequestFormat", "RequestType"];
}

crate::redfish_enum! {
    /// `ComposeRequestFormat`.
    pub enum ComposeRequestFormat {
        /// The request body contains a manifest.
        Manifest = "Manifest",
    }
}

crate::redfish_enum! {
    /// `ComposeRequestType`.
    pub enum ComposeRequestType {
        /// Preview the outcome of the operations specified by the manifest.
        Preview = "Preview",
        /// Preview the outcome of the operations specified by the manifest and reserve resources.
        PreviewReserve = "PreviewReserve",
        /// Perform the requested operations specified by the manifest and modify resources as needed.
        Apply = "Apply",
    }
}

crate::redfish_struct! {
    /// The response body for the `Compose` action.
    pub struct ComposeResponse {
        /// The manifest containing the compose operation response.
        "Manifest" => manifest: crate::manifest::Manifest,
        /// The format of the request.
        ///
        /// Read-only. Required.
        "RequestFormat" => request_format: crate::composition_service::ComposeRequestFormat [required],
        /// The type of request.
        ///
        /// Read-only. Required.
        "RequestType" => request_type: crate::composition_service::ComposeRequestType [required],
        /// The identifier of the composition reservation that was created.
        ///
        /// Read-only.
        "ReservationId" => reservation_id: String,
    }
}
