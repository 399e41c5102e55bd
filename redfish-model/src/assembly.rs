//! `Assembly`: The `Assembly` schema defines an assembly. Assembly information contains details about a device, such as part number, serial number, producer, vendor, and production date. It also provides access to the original data for the assembly.
//!
//! Generated from the DMTF Redfish schema `Assembly.v1_6_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `assembly` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Assembly` schema defines an assembly. Assembly information contains details about a device, such as part number, serial number, producer, vendor, and production date. It also provides access to the original data for the assembly.
    ///
    /// DMTF schema `Assembly` v1_6_1 (Redfish 2025.4).
    pub struct Assembly {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The assembly records.
        ///
        /// Writable.
        "Assemblies" => assemblies: Vec<crate::assembly::AssemblyData>,
        "Assemblies@odata.count" => assemblies_count: u64,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(Assembly: "Assembly", actions);

crate::redfish_struct! {
    /// `AssemblyData`.
    pub struct AssemblyData {
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The URI at which to access an image of the assembly information.
        ///
        /// Read-only.
        "BinaryDataURI" => binary_data_uri: String,
        /// The description of the assembly.
        ///
        /// Read-only.
        "Description" => description: String,
        /// The engineering change level of the assembly.
        ///
        /// Read-only.
        "EngineeringChangeLevel" => engineering_change_level: String,
        /// The manufacturing country of origin, using the ISO 3166-1 country code.
        ///
        /// Read-only.
        "ISOCountryCodeOfOrigin" => iso_country_code_of_origin: String,
        /// The location of the assembly.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// The model number of the assembly.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The name of the assembly.
        ///
        /// Read-only.
        "Name" => name: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number of the assembly.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The area or device to which the assembly data applies.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The producer or manufacturer of the assembly.
        ///
        /// Read-only.
        "Producer" => producer: String,
        /// The production date of the assembly.
        ///
        /// Read-only.
        "ProductionDate" => production_date: crate::DateTime,
        /// An indication of whether the assembly is prepared by the system for removal.
        ///
        /// Writable.
        "ReadyToRemove" => ready_to_remove: bool,
        /// An indication of whether the component associated this assembly can be independently replaced as allowed by the vendor's replacement policy.
        ///
        /// Read-only.
        "Replaceable" => replaceable: bool,
        /// The SKU of the assembly.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number of the assembly.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number of the assembly.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The vendor of the assembly.
        ///
        /// Read-only.
        "Vendor" => vendor: String,
        /// The hardware version of the assembly.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}
