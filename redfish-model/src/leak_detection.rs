//! `LeakDetection`: The `LeakDetection` schema contains definitions for reporting leaks in liquid cooling systems or other equipment.
//!
//! Generated from the DMTF Redfish schema `LeakDetection.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `leak_detection` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `LeakDetection` schema contains definitions for reporting leaks in liquid cooling systems or other equipment.
    ///
    /// DMTF schema `LeakDetection` v1_2_0 (Redfish 2025.4).
    pub struct LeakDetection {
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
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The groups of leak detection equipment.
        "LeakDetectorGroups" => leak_detector_groups: Vec<crate::leak_detection::LeakDetectorGroup>,
        /// The link to the collection of leak detectors within this subsystem.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `LeakDetectors` property in the related `Chassis` resource.
        "LeakDetectors" => leak_detectors: crate::Link<crate::Collection<crate::leak_detector::LeakDetector>>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(LeakDetection: "LeakDetection", actions);

crate::redfish_struct! {
    /// A group of leak detection equipment.
    pub struct LeakDetectorGroup {
        /// The leak detection states from all related leak detection devices in this group.
        "Detectors" => detectors: Vec<crate::leak_detector::LeakDetectorArrayExcerpt>,
        "Detectors@odata.count" => detectors_count: u64,
        /// The name of this leak detector group.
        ///
        /// Read-only.
        "GroupName" => group_name: String,
        /// Humidity (percent).
        "HumidityPercent" => humidity_percent: crate::sensor::SensorExcerpt,
        /// The status and health of the resource and its subordinate or dependent resources.
        ///
        /// Required.
        "Status" => status: crate::resource::Status [required],
    }
}
