//! `CoolingLoop`: The `CoolingLoop` schema describes a cooling loop. A cooling loop might be any coolant-carrying vessel, such as facility-level pipework, an immersion cooling tank, or a manifold. A loop might describe its connectors and instrumentation but does not generally include active cooling components or subsystems.
//!
//! Generated from the DMTF Redfish schema `CoolingLoop.v1_1_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `cooling_loop` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `CoolingLoop` schema describes a cooling loop. A cooling loop might be any coolant-carrying vessel, such as facility-level pipework, an immersion cooling tank, or a manifold. A loop might describe its connectors and instrumentation but does not generally include active cooling components or subsystems.
    ///
    /// DMTF schema `CoolingLoop` v1_1_0 (Redfish 2025.4).
    pub struct CoolingLoop {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An array of names of downstream devices that receive coolant from this cooling loop.
        ///
        /// Writable.
        "ConsumingEquipmentNames" => consuming_equipment_names: Vec<Option<String>>,
        /// The coolant details for this cooling loop.
        "Coolant" => coolant: crate::cooling_loop::Coolant,
        /// The coolant capacity filled (percent).
        ///
        /// Read-only.
        "CoolantLevelPercent" => coolant_level_percent: crate::sensor::SensorExcerpt,
        /// The status of the coolant level in this cooling loop.
        ///
        /// Read-only.
        "CoolantLevelStatus" => coolant_level_status: crate::resource::Health,
        /// The quality of the coolant.
        ///
        /// Read-only.
        "CoolantQuality" => coolant_quality: crate::resource::Health,
        /// The type of cooling loop.
        ///
        /// Writable.
        "CoolingLoopType" => cooling_loop_type: crate::cooling_loop::CoolingLoopType,
        /// The link to the application that manages the cooling loop.
        ///
        /// Writable.
        "CoolingManagerURI" => cooling_manager_uri: String,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::cooling_loop::Links,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the primary coolant connectors for this equipment.
        ///
        /// Read-only.
        "PrimaryCoolantConnectors" => primary_coolant_connectors: crate::Link<crate::Collection<crate::coolant_connector::CoolantConnector>>,
        /// The rated liquid flow (L/min) for this cooling loop.
        ///
        /// Read-only. Units: `L/min`.
        "RatedFlowLitersPerMinute" => rated_flow_liters_per_minute: f64,
        /// The rated pressure (kPa) for this cooling loop.
        ///
        /// Read-only. Units: `kPa`.
        "RatedPressurekPa" => rated_pressurek_pa: f64,
        /// A link to the secondary coolant connectors for this equipment.
        ///
        /// Read-only.
        "SecondaryCoolantConnectors" => secondary_coolant_connectors: crate::Link<crate::Collection<crate::coolant_connector::CoolantConnector>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// An array of names of upstream devices that supply coolant to this cooling loop.
        ///
        /// Writable.
        "SupplyEquipmentNames" => supply_equipment_names: Vec<Option<String>>,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
    }
}

crate::__impl_resource!(CoolingLoop: "CoolingLoop", actions);

crate::redfish_struct! {
    /// This type describes coolant.
    pub struct Coolant {
        /// The name of the additive.
        ///
        /// Writable.
        "AdditiveName" => additive_name: String,
        /// The percent additives contained in the coolant.
        ///
        /// Writable. Units: `%`.
        "AdditivePercent" => additive_percent: f64,
        /// The type of coolant.
        ///
        /// Writable.
        "CoolantType" => coolant_type: crate::cooling_loop::CoolantType,
        /// The density (kg/m^3) of the coolant.
        ///
        /// Writable. Units: `kg/m3`.
        "DensityKgPerCubicMeter" => density_kg_per_cubic_meter: f64,
        /// The rated hours of service life for this coolant.
        ///
        /// Writable.
        "RatedServiceHours" => rated_service_hours: f64,
        /// The hours of service this coolant has provided.
        ///
        /// Writable.
        "ServiceHours" => service_hours: f64,
        /// The date the coolant was last serviced.
        ///
        /// Writable.
        "ServicedDate" => serviced_date: crate::DateTime,
        /// The specific heat capacity (kJ/(kg*K)) of the coolant.
        ///
        /// Writable. Units: `kJ/kg/K`.
        "SpecificHeatkJoulesPerKgK" => specific_heatk_joules_per_kg_k: f64,
    }
}

crate::redfish_enum! {
    /// `CoolantType`.
    pub enum CoolantType {
        /// Water or glycol mixture, including additives.
        Water = "Water",
        /// Hydrocarbon-based.
        Hydrocarbon = "Hydrocarbon",
        /// Fluorocarbon-based.
        Fluorocarbon = "Fluorocarbon",
        /// Dielectric fluid.
        Dielectric = "Dielectric",
    }
}

crate::redfish_enum! {
    /// `CoolingLoopType`.
    pub enum CoolingLoopType {
        /// Facility Water System (FWS).
        FWS = "FWS",
        /// Technology Cooling System (TCS).
        TCS = "TCS",
        /// A loop connecting to one or more racks or similar scope. May connect to multiple TCS loops.
        RowTCS = "RowTCS",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// A link to the chassis that contains this equipment.
        ///
        /// Read-only.
        "Chassis" => chassis: crate::Link<crate::chassis::Chassis>,
        /// A link to the facility that contains this equipment.
        ///
        /// Read-only.
        "Facility" => facility: crate::Link<crate::facility::Facility>,
        /// An array of links to the managers responsible for managing this equipment.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}
