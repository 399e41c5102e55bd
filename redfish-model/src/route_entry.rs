//! `RouteEntry`: The `RouteEntry` schema describes the content of route entry rows. Each route entry contains route sets that list the possible routes for the route entry.
//!
//! Generated from the DMTF Redfish schema `RouteEntry.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `route_entry` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `RouteEntry` schema describes the content of route entry rows. Each route entry contains route sets that list the possible routes for the route entry.
    ///
    /// DMTF schema `RouteEntry` v1_0_2 (Redfish 2025.4).
    pub struct RouteEntry {
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
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The minimum number of hops.
        ///
        /// Writable.
        "MinimumHopCount" => minimum_hop_count: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The raw data of route entry rows.
        ///
        /// Writable.
        "RawEntryHex" => raw_entry_hex: String,
        /// The link to the collection of route set entries associated with this route.
        ///
        /// Read-only.
        "RouteSet" => route_set: crate::Link<crate::Collection<crate::route_set_entry::RouteSetEntry>>,
    }
}

crate::__impl_resource!(RouteEntry: "RouteEntry", actions);
