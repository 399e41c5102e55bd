//! `CompositionReservation`: The `CompositionReservation` schema contains reservation information related to the `Compose` action defined in the `CompositionService` resource when the `RequestType` parameter contains the value `PreviewReserve`.
//!
//! Generated from the DMTF Redfish schema `CompositionReservation.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `composition_reservation` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `CompositionReservation` schema contains reservation information related to the `Compose` action defined in the `CompositionService` resource when the `RequestType` parameter contains the value `PreviewReserve`.
    ///
    /// DMTF schema `CompositionReservation` v1_0_2 (Redfish 2025.4).
    pub struct CompositionReservation {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The client that owns the reservation.
        ///
        /// Read-only.
        "Client" => client: String,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The manifest document processed by the service that resulted in this reservation.
        "Manifest" => manifest: crate::manifest::Manifest,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The date and time the service created the reservation.
        ///
        /// Read-only.
        "ReservationTime" => reservation_time: crate::DateTime,
        /// The array of links to the reserved resource blocks.
        ///
        /// Read-only.
        "ReservedResourceBlocks" => reserved_resource_blocks: Vec<crate::Link<crate::resource_block::ResourceBlock>>,
        "ReservedResourceBlocks@odata.count" => reserved_resource_blocks_count: u64,
    }
}

crate::__impl_resource!(CompositionReservation: "CompositionReservation", actions);
