//! `RouteSetEntry`: The `RouteSetEntry` schema contains the information about a route. It is part of a larger set that contains possible routes for a particular route entry.
//!
//! Generated from the DMTF Redfish schema `RouteSetEntry.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `route_set_entry` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `RouteSetEntry` schema contains the information about a route. It is part of a larger set that contains possible routes for a particular route entry.
    ///
    /// DMTF schema `RouteSetEntry` v1_0_2 (Redfish 2025.4).
    pub struct RouteSetEntry {
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
        /// The egress interface identifier.
        ///
        /// Writable.
        "EgressIdentifier" => egress_identifier: i64,
        /// The number of hops.
        ///
        /// Writable.
        "HopCount" => hop_count: i64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The Virtual Channel Action index.
        ///
        /// Writable.
        "VCAction" => vc_action: i64,
        /// An indication of whether the entry is valid.
        ///
        /// Writable.
        "Valid" => valid: bool,
    }
}

crate::__impl_resource!(RouteSetEntry: "RouteSetEntry", actions);
