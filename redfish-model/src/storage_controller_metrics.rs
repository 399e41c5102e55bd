//! `StorageControllerMetrics`: The usage and health statistics for a storage controller.
//!
//! Generated from the DMTF Redfish schema `StorageControllerMetrics.v1_1_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `storage_controller_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The usage and health statistics for a storage controller.
    ///
    /// DMTF schema `StorageControllerMetrics` v1_1_0 (Redfish 2025.4).
    pub struct StorageControllerMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The number of correctable errors for the lifetime of the memory of the storage controller.
        ///
        /// Read-only.
        "CorrectableECCErrorCount" => correctable_ecc_error_count: i64,
        /// The number of correctable parity errors for the lifetime of the memory of the storage controller.
        ///
        /// Read-only.
        "CorrectableParityErrorCount" => correctable_parity_error_count: i64,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The date and time when the storage controller started accumulating data for properties that contain lifetime data, such as `UncorrectableECCErrorCount`.
        ///
        /// Read-only.
        "LifetimeStartDateTime" => lifetime_start_date_time: crate::DateTime,
        /// The NVMe SMART metrics for this storage controller.
        "NVMeSMART" => nvme_smart: crate::storage_controller_metrics::NVMeSMARTMetrics,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The number of state changes for this storage controller.
        ///
        /// Read-only.
        "StateChangeCount" => state_change_count: i64,
        /// The number of uncorrectable errors for the lifetime of the memory of the storage controller.
        ///
        /// Read-only.
        "UncorrectableECCErrorCount" => uncorrectable_ecc_error_count: i64,
        /// The number of uncorrectable parity errors for the lifetime of the memory of the storage controller.
        ///
        /// Read-only.
        "UncorrectableParityErrorCount" => uncorrectable_parity_error_count: i64,
    }
}

crate::__impl_resource!(StorageControllerMetrics: "StorageControllerMetrics", actions);

crate::redfish_struct! {
    /// The Endurance Group critical warnings summary.
    pub struct EGCriticalWarningSummary {
        /// An indication of whether namespaces in one or more Endurance Groups are in read-only mode not as a result of a change in the write protection state of a namespace.
        ///
        /// Read-only.
        "NamespacesInReadOnlyMode" => namespaces_in_read_only_mode: bool,
        /// An indication of whether the reliability of one or more Endurance Groups is degraded due to significant media-related errors or any internal error that degrades the NVM subsystem reliability.
        ///
        /// Read-only.
        "ReliabilityDegraded" => reliability_degraded: bool,
        /// An indication of whether the available spare capacity of one or more Endurance Groups is below the threshold.
        ///
        /// Read-only.
        "SpareCapacityUnderThreshold" => spare_capacity_under_threshold: bool,
    }
}

crate::redfish_struct! {
    /// The NVMe SMART metrics.
    pub struct NVMeSMARTMetrics {
        /// The normalized percentage of the remaining spare capacity available.
        ///
        /// Read-only. Units: `%`.
        "AvailableSparePercent" => available_spare_percent: f64,
        /// The available spare threshold as a normalized percentage.
        ///
        /// Read-only. Units: `%`.
        "AvailableSpareThresholdPercent" => available_spare_threshold_percent: f64,
        /// The composite temperature (C).
        ///
        /// Read-only. Units: `Cel`.
        "CompositeTemperatureCelsius" => composite_temperature_celsius: f64,
        /// The total time the controller is busy with I/O commands in minutes.
        ///
        /// Read-only.
        "ControllerBusyTimeMinutes" => controller_busy_time_minutes: i64,
        /// The amount of time in minutes that the controller has been operational and that the composite temperature has been greater than or equal to the critical composite temperature threshold.
        ///
        /// Read-only.
        "CriticalCompositeTempTimeMinutes" => critical_composite_temp_time_minutes: i64,
        /// The NVMe SMART critical warnings.
        "CriticalWarnings" => critical_warnings: crate::storage_controller::NVMeSMARTCriticalWarnings,
        /// The number of 512 byte data units the host has read from the controller as part of processing a SMART Data Units Read Command in units of one thousand.
        ///
        /// Read-only.
        "DataUnitsRead" => data_units_read: i64,
        /// The number of 512 byte data units the host has written to the controller as part of processing a User Data Out Command in units of one thousand.
        ///
        /// Read-only.
        "DataUnitsWritten" => data_units_written: i64,
        /// The Endurance Group critical warnings summary.
        "EGCriticalWarningSummary" => eg_critical_warning_summary: crate::storage_controller_metrics::EGCriticalWarningSummary,
        /// The number of SMART Host Read Commands completed by the controller.
        ///
        /// Read-only.
        "HostReadCommands" => host_read_commands: i64,
        /// The number of User Data Out Commands completed by the controller.
        ///
        /// Read-only.
        "HostWriteCommands" => host_write_commands: i64,
        /// The number of occurrences where the controller detected an unrecovered data integrity error.
        ///
        /// Read-only.
        "MediaAndDataIntegrityErrors" => media_and_data_integrity_errors: i64,
        /// The number of error information log entries over the life of the controller.
        ///
        /// Read-only.
        "NumberOfErrorInformationLogEntries" => number_of_error_information_log_entries: i64,
        /// The percentage of the NVM subsystem life used.
        ///
        /// Read-only. Units: `%`.
        "PercentageUsed" => percentage_used: f64,
        /// The number of power cycles.
        ///
        /// Read-only.
        "PowerCycles" => power_cycles: i64,
        /// The number of power-on hours.
        ///
        /// Read-only.
        "PowerOnHours" => power_on_hours: f64,
        /// The temperature sensor readings in degree Celsius units for this storage controller.
        ///
        /// Read-only. Units: `Cel`.
        "TemperatureSensorsCelsius" => temperature_sensors_celsius: Vec<Option<f64>>,
        /// The number of seconds the controller transitioned to lower power states or performed vendor-specific thermal-management actions while minimizing the impact on performance in order to attempt to reduce the composite temperature.
        ///
        /// Read-only.
        "ThermalMgmtTemp1TotalTimeSeconds" => thermal_mgmt_temp1_total_time_seconds: i64,
        /// The number of times the controller transitioned to lower power states or performed vendor-specific thermal-management actions while minimizing the impact on performance in order to attempt to reduce the composite temperature.
        ///
        /// Read-only.
        "ThermalMgmtTemp1TransitionCount" => thermal_mgmt_temp1_transition_count: i64,
        /// The number of seconds the controller transitioned to lower power states or performed vendor-specific thermal-management actions regardless of the impact on performance in order to attempt to reduce the composite temperature.
        ///
        /// Read-only.
        "ThermalMgmtTemp2TotalTimeSeconds" => thermal_mgmt_temp2_total_time_seconds: i64,
        /// The number of times the controller transitioned to lower power states or performed vendor-specific thermal-management actions regardless of the impact on performance in order to attempt to reduce the composite temperature.
        ///
        /// Read-only.
        "ThermalMgmtTemp2TransitionCount" => thermal_mgmt_temp2_transition_count: i64,
        /// The number of unsafe shutdowns.
        ///
        /// Read-only.
        "UnsafeShutdowns" => unsafe_shutdowns: i64,
        /// The amount of time in minutes that the controller has been operational and that the composite temperature has been greater than or equal to the warning composite temperature threshold.
        ///
        /// Read-only.
        "WarningCompositeTempTimeMinutes" => warning_composite_temp_time_minutes: i64,
    }
}
