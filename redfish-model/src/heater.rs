//! `Heater`: The `Heater` schema describes a heating unit for devices contained within a chassis.
//!
//! Generated from the DMTF Redfish schema `Heater.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `heater` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Heater` schema describes a heating unit for devices contained within a chassis.
    ///
    /// DMTF schema `Heater` v1_0_2 (Redfish 2025.4).
    pub struct Heater {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this heater.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// Read-only.
        "Description" => description: String,
        /// An indication of whether this device can be inserted or removed while the equipment is in operation.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::heater::Links,
        /// The location of the heater.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this heater.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The link to the heater metrics resource associated with this heater.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::heater_metrics::HeaterMetrics>,
        /// The model number for this heater.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this heater.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The area or device associated with this heater.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The serial number for this heater.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number for this heater.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(Heater: "Heater", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the managers heated by this heater.
        ///
        /// Read-only.
        "Managers" => managers: Vec<crate::Link<crate::manager::Manager>>,
        "Managers@odata.count" => managers_count: u64,
        /// An array of links to the memory devices heated by this heater.
        ///
        /// Read-only.
        "Memory" => memory: Vec<crate::Link<crate::memory::Memory>>,
        "Memory@odata.count" => memory_count: u64,
        /// An array of links to the network adapters heated by this heater.
        ///
        /// Read-only.
        "NetworkAdapters" => network_adapters: Vec<crate::Link<crate::network_adapter::NetworkAdapter>>,
        "NetworkAdapters@odata.count" => network_adapters_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the processors heated by this heater.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
        /// An array of links to the storage controllers heated by this heater.
        ///
        /// Read-only.
        "StorageControllers" => storage_controllers: Vec<crate::Link<crate::storage_controller::StorageController>>,
        "StorageControllers@odata.count" => storage_controllers_count: u64,
    }
}
