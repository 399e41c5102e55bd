//! `LeakDetector`: The `LeakDetector` schema describes a state-based or digital-value leak detector and its properties.
//!
//! Generated from the DMTF Redfish schema `LeakDetector.v1_6_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `leak_detector` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `LeakDetector` schema describes a state-based or digital-value leak detector and its properties.
    ///
    /// DMTF schema `LeakDetector` v1_6_0 (Redfish 2025.4).
    pub struct LeakDetector {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The reaction to perform when a critical leak is detected.
        ///
        /// Writable.
        "CriticalReactionType" => critical_reaction_type: crate::leak_detector::ReactionType,
        /// The current (A) measurement for this leak detector.
        "CurrentAmps" => current_amps: crate::sensor::SensorCurrentExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// The state of the leak detector.
        ///
        /// Read-only.
        "DetectorState" => detector_state: crate::leak_detector::DetectorState,
        /// Indicates whether the leak detector is enabled and provides a status.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The type of leak detection sensor.
        ///
        /// Read-only.
        "LeakDetectorType" => leak_detector_type: crate::leak_detector::LeakDetectorType,
        /// The location information for this leak detector.
        "Location" => location: crate::resource::Location,
        /// The manufacturer of this leak detector.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model number of the leak detector.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number of the leak detector.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The area or device to which this leak detector applies.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The usage or location within a device to which this leak detector applies.
        ///
        /// Read-only.
        "PhysicalSubContext" => physical_sub_context: crate::physical_context::PhysicalSubContext,
        /// The delay in seconds after a leak is detected before the selected reaction is executed.
        ///
        /// Writable. Units: `s`.
        "ReactionDelaySeconds" => reaction_delay_seconds: i64,
        /// The SKU of the leak detector.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The time interval between readings of the physical leak detector.
        ///
        /// Read-only.
        "SensingFrequency" => sensing_frequency: f64,
        /// The serial number of the leak detector.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number of the leak detector.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
        /// The voltage (V) measurement for this leak detector.
        "Voltage" => voltage: crate::sensor::SensorVoltageExcerpt,
        /// The reaction to perform when a warning-level leak is detected.
        ///
        /// Writable.
        "WarningReactionType" => warning_reaction_type: crate::leak_detector::ReactionType,
    }
}

crate::__impl_resource!(LeakDetector: "LeakDetector", actions);

crate::redfish_enum! {
    /// `DetectorState`.
    pub enum DetectorState {
        /// Normal.
        OK = "OK",
        /// A warning-level leak is detected.
        Warning = "Warning",
        /// A critical leak is detected.
        Critical = "Critical",
        /// No data is available from the detector.
        Unavailable = "Unavailable",
        /// The detector is not present.
        Absent = "Absent",
    }
}

crate::redfish_struct! {
    /// The `LeakDetector` schema describes a state-based or digital-value leak detector and its properties.
    pub struct LeakDetectorArrayExcerpt {
        /// The link to the resource that provides the data for this leak detector.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The state of the leak detector.
        ///
        /// Read-only.
        "DetectorState" => detector_state: crate::leak_detector::DetectorState,
        /// The name of the device.
        ///
        /// Read-only.
        "DeviceName" => device_name: String,
        /// The area or device to which this leak detector applies.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The usage or location within a device to which this leak detector applies.
        ///
        /// Read-only.
        "PhysicalSubContext" => physical_sub_context: crate::physical_context::PhysicalSubContext,
    }
}

crate::redfish_struct! {
    /// The `LeakDetector` schema describes a state-based or digital-value leak detector and its properties.
    pub struct LeakDetectorExcerpt {
        /// The link to the resource that provides the data for this leak detector.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The state of the leak detector.
        ///
        /// Read-only.
        "DetectorState" => detector_state: crate::leak_detector::DetectorState,
    }
}

crate::redfish_enum! {
    /// `LeakDetectorType`.
    pub enum LeakDetectorType {
        /// A moisture sensor.
        Moisture = "Moisture",
        /// A float switch.
        FloatSwitch = "FloatSwitch",
    }
}

crate::redfish_enum! {
    /// `ReactionType`.
    pub enum ReactionType {
        /// No reaction.
        None = "None",
        /// Forcefully shut down the device, equipment, or system.
        ForceOff = "ForceOff",
        /// Gracefully shut down the device, equipment, or system.
        GracefulShutdown = "GracefulShutdown",
    }
}
