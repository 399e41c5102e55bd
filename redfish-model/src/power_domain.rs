//! `PowerDomain`: The `PowerDomain` schema contains the definition for the DCIM power domain.
//!
//! Generated from the DMTF Redfish schema `PowerDomain.v1_2_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `power_domain` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PowerDomain` schema contains the definition for the DCIM power domain.
    ///
    /// DMTF schema `PowerDomain` v1_2_2 (Redfish 2025.4).
    pub struct PowerDomain {
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
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::power_domain::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(PowerDomain: "PowerDomain", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the electrical buses in this power domain.
        ///
        /// Writable.
        "ElectricalBuses" => electrical_buses: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "ElectricalBuses@odata.count" => electrical_buses_count: u64,
        /// An array of links to the floor power distribution units in this power domain.
        ///
        /// Writable.
        "FloorPDUs" => floor_pd_us: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "FloorPDUs@odata.count" => floor_pd_us_count: u64,
        /// An array of links to the managers responsible for managing this power domain.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the power shelves in this power domain.
        ///
        /// Writable.
        "PowerShelves" => power_shelves: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "PowerShelves@odata.count" => power_shelves_count: u64,
        /// An array of links to the rack-level power distribution units in this power domain.
        ///
        /// Writable.
        "RackPDUs" => rack_pd_us: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "RackPDUs@odata.count" => rack_pd_us_count: u64,
        /// An array of links to the switchgear in this power domain.
        ///
        /// Writable.
        "Switchgear" => switchgear: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "Switchgear@odata.count" => switchgear_count: u64,
        /// An array of links to the transfer switches in this power domain.
        ///
        /// Writable.
        "TransferSwitches" => transfer_switches: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "TransferSwitches@odata.count" => transfer_switches_count: u64,
    }
}
