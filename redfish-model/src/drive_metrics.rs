//! `DriveMetrics`: The usage and health statistics for a drive.
//!
//! Generated from the DMTF Redfish schema `DriveMetrics.v1_3_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `drive_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The usage and health statistics for a drive.
    ///
    /// DMTF schema `DriveMetrics` v1_3_0 (Redfish 2025.4).
    pub struct DriveMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The total number of bad blocks reported by the drive.
        ///
        /// Read-only.
        "BadBlockCount" => bad_block_count: i64,
        /// The number of correctable read errors for the lifetime of the drive.
        ///
        /// Read-only.
        "CorrectableIOReadErrorCount" => correctable_io_read_error_count: i64,
        /// The number of correctable write errors for the lifetime of the drive.
        ///
        /// Read-only.
        "CorrectableIOWriteErrorCount" => correctable_io_write_error_count: i64,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The date and time when the drive started accumulating data for properties that contain lifetime data, such as `UncorrectableIOReadErrorCount`.
        ///
        /// Read-only.
        "LifetimeStartDateTime" => lifetime_start_date_time: crate::DateTime,
        /// The NVMe SMART metrics for the drive.
        "NVMeSMART" => nvme_smart: crate::storage_controller_metrics::NVMeSMARTMetrics,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The current depth of the Native Command Queue.
        ///
        /// Read-only.
        "NativeCommandQueueDepth" => native_command_queue_depth: i64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The number of power-on hours for the lifetime of the drive.
        ///
        /// Read-only.
        "PowerOnHours" => power_on_hours: f64,
        /// The number of kibibytes read.
        ///
        /// Read-only. Units: `KiBy`.
        "ReadIOKiBytes" => read_io_kibytes: i64,
        /// The number of uncorrectable read errors for the lifetime of the drive.
        ///
        /// Read-only.
        "UncorrectableIOReadErrorCount" => uncorrectable_io_read_error_count: i64,
        /// The number of uncorrectable write errors for the lifetime of the drive.
        ///
        /// Read-only.
        "UncorrectableIOWriteErrorCount" => uncorrectable_io_write_error_count: i64,
        /// The number of kibibytes written.
        ///
        /// Read-only. Units: `KiBy`.
        "WriteIOKiBytes" => write_io_kibytes: i64,
    }
}

crate::__impl_resource!(DriveMetrics: "DriveMetrics", actions);
