//! `Fan`: The `Fan` schema describes a cooling fan unit for a computer system or similar devices contained within a chassis. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
//!
//! Generated from the DMTF Redfish schema `Fan.v1_6_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `fan` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Fan` schema describes a cooling fan unit for a computer system or similar devices contained within a chassis. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
    ///
    /// DMTF schema `Fan` v1_6_0 (Redfish 2025.4).
    pub struct Fan {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this fan.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// Read-only.
        "Description" => description: String,
        /// The diameter of the fan assembly in millimeter units.
        ///
        /// Read-only. Units: `mm`.
        "FanDiameterMm" => fan_diameter_mm: i64,
        /// An indication of whether this device can be inserted or removed while the equipment is in operation.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::fan::Links,
        /// The location of the fan.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this fan.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model number for this fan.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this fan.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The area or device associated with this fan.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// Power consumption (W).
        "PowerWatts" => power_watts: crate::sensor::SensorPowerExcerpt,
        /// The rated maximum rotational speed of the second rotor in a multi-rotor fan.
        ///
        /// Read-only. Units: `{rev}/min`.
        "RatedSecondarySpeedRPM" => rated_secondary_speed_rpm: i64,
        /// The rated maximum rotational speed of the fan.
        ///
        /// Read-only. Units: `{rev}/min`.
        "RatedSpeedRPM" => rated_speed_rpm: i64,
        /// An indication of whether this component can be independently replaced as allowed by the vendor's replacement policy.
        ///
        /// Read-only.
        "Replaceable" => replaceable: bool,
        /// The fan speed (percent) of the second rotor in a multi-rotor fan.
        "SecondarySpeedPercent" => secondary_speed_percent: crate::sensor::SensorFanExcerpt,
        /// The serial number for this fan.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number for this fan.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The fan speed (percent).
        "SpeedPercent" => speed_percent: crate::sensor::SensorFanExcerpt,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(Fan: "Fan", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the chassis that are directly cooled by this fan.
        ///
        /// Read-only.
        "CoolingChassis" => cooling_chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "CoolingChassis@odata.count" => cooling_chassis_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}
