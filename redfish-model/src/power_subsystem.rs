//! `PowerSubsystem`: This `PowerSubsystem schema` contains the definition for the power subsystem of a chassis.
//!
//! Generated from the DMTF Redfish schema `PowerSubsystem.v1_1_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `power_subsystem` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// This `PowerSubsystem schema` contains the definition for the power subsystem of a chassis.
    ///
    /// DMTF schema `PowerSubsystem` v1_1_3 (Redfish 2025.4).
    pub struct PowerSubsystem {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Power allocation for this subsystem when it represents a subset of the power infrastructure for the chassis or its upstream chassis, such as a chassis containing multiple server blades.
        "Allocation" => allocation: crate::power_subsystem::PowerAllocation,
        /// The link to the collection of batteries within this subsystem.
        ///
        /// Read-only.
        "Batteries" => batteries: crate::Link<crate::Collection<crate::battery::Battery>>,
        /// The total amount of power that can be allocated to this subsystem. This value can be either the power supply capacity or the power budget that an upstream chassis assigns to this subsystem.
        ///
        /// Read-only. Units: `W`.
        "CapacityWatts" => capacity_watts: f64,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the collection of power supplies within this subsystem.
        ///
        /// Read-only.
        "PowerSupplies" => power_supplies: crate::Link<crate::Collection<crate::power_supply::PowerSupply>>,
        /// The redundancy information for the set of power supplies in this subsystem.
        "PowerSupplyRedundancy" => power_supply_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(PowerSubsystem: "PowerSubsystem", actions);

crate::redfish_struct! {
    /// Power allocation for a subsystem.
    pub struct PowerAllocation {
        /// The total amount of power that has been allocated or budgeted to this subsystem.
        ///
        /// Read-only. Units: `W`.
        "AllocatedWatts" => allocated_watts: f64,
        /// The potential power, in watt units, that the subsystem requests, which might be higher than the current level being consumed because the requested power includes a budget that the subsystem wants for future use.
        ///
        /// Read-only. Units: `W`.
        "RequestedWatts" => requested_watts: f64,
    }
}
