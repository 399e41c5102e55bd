//! `Reservoir`: The `Reservoir` schema describes a reservoir unit for a cooling system or similar device.
//!
//! Generated from the DMTF Redfish schema `Reservoir.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `reservoir` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Reservoir` schema describes a reservoir unit for a cooling system or similar device.
    ///
    /// DMTF schema `Reservoir` v1_0_2 (Redfish 2025.4).
    pub struct Reservoir {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this reservoir.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The capacity of the reservoir (L).
        ///
        /// Read-only.
        "CapacityLiters" => capacity_liters: f64,
        /// Details about the coolant used in this unit.
        "Coolant" => coolant: crate::cooling_loop::Coolant,
        /// Read-only.
        "Description" => description: String,
        /// A link to a collection of filters.
        ///
        /// Read-only.
        "Filters" => filters: crate::Link<crate::Collection<crate::filter::Filter>>,
        /// The fluid capacity filled (percent).
        ///
        /// Read-only.
        "FluidLevelPercent" => fluid_level_percent: crate::sensor::SensorExcerpt,
        /// The status of the fluid level in this reservoir.
        ///
        /// Read-only.
        "FluidLevelStatus" => fluid_level_status: crate::resource::Health,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The internal pressure (kPa) reading.
        ///
        /// Read-only.
        "InternalPressurekPa" => internal_pressurek_pa: crate::sensor::SensorExcerpt,
        /// The location of the reservoir.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this reservoir.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model number for this reservoir.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this reservoir.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The area or device associated with this reservoir.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The type of reservoir.
        ///
        /// Read-only.
        "ReservoirType" => reservoir_type: crate::reservoir::ReservoirType,
        /// The serial number for this reservoir.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number for this reservoir.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
    }
}

crate::__impl_resource!(Reservoir: "Reservoir", actions);

crate::redfish_enum! {
    /// `ReservoirType`.
    pub enum ReservoirType {
        /// A reservoir providing reserve fluid capacity.
        Reserve = "Reserve",
        /// An overflow reservoir for excess fluid.
        Overflow = "Overflow",
        /// An inline or integrated reservoir.
        Inline = "Inline",
        /// An immersion cooling tank.
        Immersion = "Immersion",
    }
}
