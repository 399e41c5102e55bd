//! `Filter`: The `Filter` schema describes a filter unit for a cooling system or similar device.
//!
//! Generated from the DMTF Redfish schema `Filter.v1_1_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `filter` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Filter` schema describes a filter unit for a cooling system or similar device.
    ///
    /// DMTF schema `Filter` v1_1_0 (Redfish 2025.4).
    pub struct Filter {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this filter.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The differential pressure (kPa) across the liquid filter.
        ///
        /// Read-only.
        "DeltaLiquidPressurekPa" => delta_liquid_pressurek_pa: crate::sensor::SensorExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// An indication of whether this device can be inserted or removed while the equipment is in operation.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The location of the filter.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this filter.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model number for this filter.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this filter.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The area or device associated with this filter.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The rated hours of service life for this filter.
        ///
        /// Read-only.
        "RatedServiceHours" => rated_service_hours: f64,
        /// An indication of whether this component can be independently replaced as allowed by the vendor's replacement policy.
        ///
        /// Read-only.
        "Replaceable" => replaceable: bool,
        /// The serial number for this filter.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The hours of service this filter has provided.
        ///
        /// Writable.
        "ServiceHours" => service_hours: f64,
        /// The date this filter was put into service.
        ///
        /// Writable.
        "ServicedDate" => serviced_date: crate::DateTime,
        /// The spare part number for this filter.
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

crate::__impl_resource!(Filter: "Filter", actions);
