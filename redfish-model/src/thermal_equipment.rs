//! `ThermalEquipment`: The `ThermalEquipment` schema represents the set of cooling equipment managed by a Redfish service.
//!
//! Generated from the DMTF Redfish schema `ThermalEquipment.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `thermal_equipment` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ThermalEquipment` schema represents the set of cooling equipment managed by a Redfish service.
    ///
    /// DMTF schema `ThermalEquipment` v1_2_0 (Redfish 2025.4).
    pub struct ThermalEquipment {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// A link to a collection of coolant distribution units.
        ///
        /// Read-only.
        "CDUs" => cd_us: crate::Link<crate::Collection<crate::cooling_unit::CoolingUnit>>,
        /// The redundancy information for cooling loops attached to this equipment.
        "CoolingLoopRedundancy" => cooling_loop_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// A link to a collection of cooling loops.
        ///
        /// Read-only.
        "CoolingLoops" => cooling_loops: crate::Link<crate::Collection<crate::cooling_loop::CoolingLoop>>,
        /// Read-only.
        "Description" => description: String,
        /// A link to a collection of heat exchanger units.
        ///
        /// Read-only.
        "HeatExchangers" => heat_exchangers: crate::Link<crate::Collection<crate::cooling_unit::CoolingUnit>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// A link to a collection of immersion cooling units.
        ///
        /// Read-only.
        "ImmersionUnits" => immersion_units: crate::Link<crate::Collection<crate::cooling_unit::CoolingUnit>>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to a collection of reservoir and pumping units (RPUs).
        ///
        /// Read-only.
        "RPUs" => rp_us: crate::Link<crate::Collection<crate::cooling_unit::CoolingUnit>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(ThermalEquipment: "ThermalEquipment", actions);
