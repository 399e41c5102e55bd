//! `ThermalSubsystem`: The `ThermalSubsystem` schema contains the definition for the thermal subsystem of a chassis.
//!
//! Generated from the DMTF Redfish schema `ThermalSubsystem.v1_5_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `thermal_subsystem` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ThermalSubsystem` schema contains the definition for the thermal subsystem of a chassis.
    ///
    /// DMTF schema `ThermalSubsystem` v1_5_0 (Redfish 2025.4).
    pub struct ThermalSubsystem {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The redundancy information for the coolant connectors in this subsystem.
        "CoolantConnectorRedundancy" => coolant_connector_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// A link to the coolant connectors for this equipment.
        ///
        /// Read-only.
        "CoolantConnectors" => coolant_connectors: crate::Link<crate::Collection<crate::coolant_connector::CoolantConnector>>,
        /// Read-only.
        "Description" => description: String,
        /// The redundancy information for the groups of fans in this subsystem.
        "FanRedundancy" => fan_redundancy: Vec<crate::redundancy::RedundantGroup>,
        /// The link to the collection of fans within this subsystem.
        ///
        /// Read-only.
        "Fans" => fans: crate::Link<crate::Collection<crate::fan::Fan>>,
        /// An indication of whether the fans in this equipment are overridden to operate at full speed.
        ///
        /// Writable.
        "FansFullSpeedOverrideEnable" => fans_full_speed_override_enable: bool,
        /// A link to the filters for this equipment.
        ///
        /// Read-only.
        "Filters" => filters: crate::Link<crate::Collection<crate::filter::Filter>>,
        /// The link to the collection of heaters within this subsystem.
        ///
        /// Read-only.
        "Heaters" => heaters: crate::Link<crate::Collection<crate::heater::Heater>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The link to the leak detection system within this chassis.
        ///
        /// Read-only.
        "LeakDetection" => leak_detection: crate::Link<crate::leak_detection::LeakDetection>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the pumps for this equipment.
        ///
        /// Read-only.
        "Pumps" => pumps: crate::Link<crate::Collection<crate::pump::Pump>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The link to the summary of thermal metrics for this subsystem.
        ///
        /// Read-only.
        "ThermalMetrics" => thermal_metrics: crate::Link<crate::thermal_metrics::ThermalMetrics>,
    }
}

crate::__impl_resource!(ThermalSubsystem: "ThermalSubsystem", actions);
