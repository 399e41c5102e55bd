//! `Facility`: The `Facility` schema represents the physical location containing equipment, such as a room, building, or campus.
//!
//! Generated from the DMTF Redfish schema `Facility.v1_4_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `facility` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Facility` schema represents the physical location containing equipment, such as a room, building, or campus.
    ///
    /// DMTF schema `Facility` v1_4_2 (Redfish 2025.4).
    pub struct Facility {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the ambient environment metrics for this facility.
        ///
        /// Read-only.
        "AmbientMetrics" => ambient_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// Read-only.
        "Description" => description: String,
        /// The link to the environment metrics for this facility.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// The type of location this resource represents.
        ///
        /// Read-only. Required.
        "FacilityType" => facility_type: crate::facility::FacilityType [required],
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::facility::Links,
        /// The location of the facility.
        "Location" => location: crate::resource::Location,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Link to the power domains in this facility.
        ///
        /// Read-only.
        "PowerDomains" => power_domains: crate::Link<crate::Collection<crate::power_domain::PowerDomain>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(Facility: "Facility", actions);

crate::redfish_enum! {
    /// `FacilityType`.
    pub enum FacilityType {
        /// A room inside of a building or floor.
        Room = "Room",
        /// A floor inside of a building.
        Floor = "Floor",
        /// A structure with a roof and walls.
        Building = "Building",
        /// A small area consisting of several buildings.
        Site = "Site",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the coolant distribution units in this facility.
        ///
        /// Writable.
        "CDUs" => cd_us: Vec<crate::Link<crate::cooling_unit::CoolingUnit>>,
        "CDUs@odata.count" => cd_us_count: u64,
        /// The link to the facility that contains this facility.
        ///
        /// Writable.
        "ContainedByFacility" => contained_by_facility: crate::Link<crate::facility::Facility>,
        /// An array of links to the outermost chassis contained within this facility.
        ///
        /// Writable.
        "ContainsChassis" => contains_chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "ContainsChassis@odata.count" => contains_chassis_count: u64,
        /// An array of links to other facilities contained within this facility.
        ///
        /// Writable.
        "ContainsFacilities" => contains_facilities: Vec<crate::Link<crate::facility::Facility>>,
        "ContainsFacilities@odata.count" => contains_facilities_count: u64,
        /// An array of links to the cooling loops in this facility.
        ///
        /// Writable.
        "CoolingLoops" => cooling_loops: Vec<crate::Link<crate::cooling_loop::CoolingLoop>>,
        "CoolingLoops@odata.count" => cooling_loops_count: u64,
        /// An array of links to the electrical buses in this facility.
        ///
        /// Writable.
        "ElectricalBuses" => electrical_buses: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "ElectricalBuses@odata.count" => electrical_buses_count: u64,
        /// An array of links to the floor power distribution units in this facility.
        ///
        /// Writable.
        "FloorPDUs" => floor_pd_us: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "FloorPDUs@odata.count" => floor_pd_us_count: u64,
        /// An array of links to the immersion cooling units in this facility.
        ///
        /// Writable.
        "ImmersionUnits" => immersion_units: Vec<crate::Link<crate::cooling_unit::CoolingUnit>>,
        "ImmersionUnits@odata.count" => immersion_units_count: u64,
        /// An array of links to the managers responsible for managing this facility.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the power shelves in this facility.
        ///
        /// Writable.
        "PowerShelves" => power_shelves: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "PowerShelves@odata.count" => power_shelves_count: u64,
        /// An array of links to the rack-level power distribution units in this facility.
        ///
        /// Writable.
        "RackPDUs" => rack_pd_us: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "RackPDUs@odata.count" => rack_pd_us_count: u64,
        /// An array of links to the switchgear in this facility.
        ///
        /// Writable.
        "Switchgear" => switchgear: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "Switchgear@odata.count" => switchgear_count: u64,
        /// An array of links to the transfer switches in this facility.
        ///
        /// Writable.
        "TransferSwitches" => transfer_switches: Vec<crate::Link<crate::power_distribution::PowerDistribution>>,
        "TransferSwitches@odata.count" => transfer_switches_count: u64,
    }
}
