//! `Thermal`: The `Therma`l schema describes temperature monitoring and thermal management subsystems, such as cooling fans, for a computer system or similar devices contained within a chassis.
//!
//! Generated from the DMTF Redfish schema `Thermal.v1_7_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `thermal` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Therma`l schema describes temperature monitoring and thermal management subsystems, such as cooling fans, for a computer system or similar devices contained within a chassis.
    ///
    /// DMTF schema `Thermal` v1_7_3 (Redfish 2025.4).
    pub struct Thermal {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// The set of fans for this chassis.
        ///
        /// Writable.
        "Fans" => fans: Vec<crate::thermal::Fan>,
        "Fans@odata.count" => fans_count: u64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The redundancy information for the set of fans in this chassis.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The set of temperature sensors for this chassis.
        ///
        /// Writable.
        "Temperatures" => temperatures: Vec<crate::thermal::Temperature>,
        "Temperatures@odata.count" => temperatures_count: u64,
    }
}

crate::__impl_resource!(Thermal: "Thermal", actions);

crate::redfish_struct! {
    /// `Fan`.
    pub struct Fan {
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this fan.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The name of the fan.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `Name` property.
        "FanName" => fan_name: String,
        /// An indication of whether this device can be inserted or removed while the equipment is in operation.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// The state of the indicator LED, which identifies this fan.
        ///
        /// Writable.
        "IndicatorLED" => indicator_led: crate::common::IndicatorLED,
        /// The location of the fan.
        "Location" => location: crate::resource::Location,
        /// The value at which the reading is below normal range but not yet fatal.
        ///
        /// Read-only.
        "LowerThresholdCritical" => lower_threshold_critical: i64,
        /// The value at which the reading is below normal range and fatal.
        ///
        /// Read-only.
        "LowerThresholdFatal" => lower_threshold_fatal: i64,
        /// The value at which the reading is below normal range.
        ///
        /// Read-only.
        "LowerThresholdNonCritical" => lower_threshold_non_critical: i64,
        /// The manufacturer of this fan.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// Maximum value for this sensor.
        ///
        /// Read-only.
        "MaxReadingRange" => max_reading_range: i64,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// Minimum value for this sensor.
        ///
        /// Read-only.
        "MinReadingRange" => min_reading_range: i64,
        /// The model number for this fan.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Name of the fan.
        ///
        /// Read-only.
        "Name" => name: String,
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
        /// The fan speed.
        ///
        /// Read-only.
        "Reading" => reading: i64,
        /// The units in which the fan reading and thresholds are measured.
        ///
        /// Read-only.
        "ReadingUnits" => reading_units: crate::thermal::ReadingUnits,
        /// The set of redundancy groups for this fan.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// An array of links to resources or objects that this fan services.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The numerical identifier for this fan speed sensor.
        ///
        /// Read-only.
        "SensorNumber" => sensor_number: i64,
        /// The serial number for this fan.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number for this fan.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The value at which the reading is above normal range but not yet fatal.
        ///
        /// Read-only.
        "UpperThresholdCritical" => upper_threshold_critical: i64,
        /// The value at which the reading is above normal range and fatal.
        ///
        /// Read-only.
        "UpperThresholdFatal" => upper_threshold_fatal: i64,
        /// The value at which the reading is above normal range.
        ///
        /// Read-only.
        "UpperThresholdNonCritical" => upper_threshold_non_critical: i64,
    }
}

crate::redfish_enum! {
    /// `ReadingUnits`.
    pub enum ReadingUnits {
        /// The fan reading and thresholds are measured in revolutions per minute.
        RPM = "RPM",
        /// The fan reading and thresholds are measured as a percentage.
        Percent = "Percent",
    }
}

crate::redfish_struct! {
    /// `Temperature`.
    pub struct Temperature {
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Adjusted maximum allowable operating temperature for this equipment based on the current environmental conditions present.
        ///
        /// Read-only. Units: `Cel`.
        "AdjustedMaxAllowableOperatingValue" => adjusted_max_allowable_operating_value: i64,
        /// Adjusted minimum allowable operating temperature for this equipment based on the current environmental conditions present.
        ///
        /// Read-only. Units: `Cel`.
        "AdjustedMinAllowableOperatingValue" => adjusted_min_allowable_operating_value: i64,
        /// The area or device to which the `DeltaReadingCelsius` temperature measurement applies, relative to `PhysicalContext`.
        ///
        /// Read-only.
        "DeltaPhysicalContext" => delta_physical_context: crate::physical_context::PhysicalContext,
        /// The delta temperature reading.
        ///
        /// Read-only. Units: `Cel`.
        "DeltaReadingCelsius" => delta_reading_celsius: f64,
        /// The value at which the reading is below normal range but not yet fatal.
        ///
        /// Read-only. Units: `Cel`.
        "LowerThresholdCritical" => lower_threshold_critical: f64,
        /// The value at which the reading is below normal range and fatal.
        ///
        /// Read-only. Units: `Cel`.
        "LowerThresholdFatal" => lower_threshold_fatal: f64,
        /// The value at which the reading is below normal range.
        ///
        /// Read-only. Units: `Cel`.
        "LowerThresholdNonCritical" => lower_threshold_non_critical: f64,
        /// The value at which the reading is below the user-defined range.
        ///
        /// Writable. Units: `Cel`.
        "LowerThresholdUser" => lower_threshold_user: i64,
        /// Maximum allowable operating temperature for this equipment.
        ///
        /// Read-only. Units: `Cel`.
        "MaxAllowableOperatingValue" => max_allowable_operating_value: i64,
        /// Maximum value for this sensor.
        ///
        /// Read-only. Units: `Cel`.
        "MaxReadingRangeTemp" => max_reading_range_temp: f64,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// Minimum allowable operating temperature for this equipment.
        ///
        /// Read-only. Units: `Cel`.
        "MinAllowableOperatingValue" => min_allowable_operating_value: i64,
        /// Minimum value for this sensor.
        ///
        /// Read-only. Units: `Cel`.
        "MinReadingRangeTemp" => min_reading_range_temp: f64,
        /// The temperature sensor name.
        ///
        /// Read-only.
        "Name" => name: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The area or device to which this temperature measurement applies.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The temperature (C).
        ///
        /// Read-only. Units: `Cel`.
        "ReadingCelsius" => reading_celsius: f64,
        /// An array of links to resources or objects that represent areas or devices to which this temperature applies.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The numerical identifier of the temperature sensor.
        ///
        /// Read-only.
        "SensorNumber" => sensor_number: i64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The value at which the reading is above normal range but not yet fatal.
        ///
        /// Read-only. Units: `Cel`.
        "UpperThresholdCritical" => upper_threshold_critical: f64,
        /// The value at which the reading is above normal range and fatal.
        ///
        /// Read-only. Units: `Cel`.
        "UpperThresholdFatal" => upper_threshold_fatal: f64,
        /// The value at which the reading is above normal range.
        ///
        /// Read-only. Units: `Cel`.
        "UpperThresholdNonCritical" => upper_threshold_non_critical: f64,
        /// The value at which the reading is above the user-defined range.
        ///
        /// Writable. Units: `Cel`.
        "UpperThresholdUser" => upper_threshold_user: i64,
    }
}
