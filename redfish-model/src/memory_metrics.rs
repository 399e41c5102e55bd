//! `MemoryMetrics`: The `MemoryMetrics` schema contains usage and health statistics for a memory device or system memory summary.
//!
//! Generated from the DMTF Redfish schema `MemoryMetrics.v1_8_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `memory_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MemoryMetrics` schema contains usage and health statistics for a memory device or system memory summary.
    ///
    /// DMTF schema `MemoryMetrics` v1_8_0 (Redfish 2025.4).
    pub struct MemoryMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The memory bandwidth utilization as a percentage.
        ///
        /// Read-only. Units: `%`.
        "BandwidthPercent" => bandwidth_percent: f64,
        /// The block size, in bytes.
        ///
        /// Read-only. Units: `By`.
        "BlockSizeBytes" => block_size_bytes: i64,
        /// The memory metrics specific to CXL devices.
        "CXL" => cxl: crate::memory_metrics::CXL,
        /// The memory capacity utilization as a percentage.
        ///
        /// Read-only. Units: `%`.
        "CapacityUtilizationPercent" => capacity_utilization_percent: f64,
        /// The number of corrected errors in persistent memory.
        ///
        /// Read-only.
        "CorrectedPersistentErrorCount" => corrected_persistent_error_count: i64,
        /// The number of corrected errors in volatile memory.
        ///
        /// Read-only.
        "CorrectedVolatileErrorCount" => corrected_volatile_error_count: i64,
        /// The memory metrics since the last reset or `ClearCurrentPeriod` action.
        "CurrentPeriod" => current_period: crate::memory_metrics::CurrentPeriod,
        /// Read-only.
        "Description" => description: String,
        /// The number of shutdowns while outstanding writes have not completed to persistent memory.
        ///
        /// Read-only.
        "DirtyShutdownCount" => dirty_shutdown_count: i64,
        /// The health information of the memory.
        "HealthData" => health_data: crate::memory_metrics::HealthData,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The memory metrics for the lifetime of the memory.
        "LifeTime" => life_time: crate::memory_metrics::LifeTime,
        /// The date and time when the memory started accumulating data for the `LifeTime` property.
        ///
        /// Read-only.
        "LifetimeStartDateTime" => lifetime_start_date_time: crate::DateTime,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Operating speed of memory in MHz or MT/s as appropriate.
        ///
        /// Read-only. Units: `MHz`.
        "OperatingSpeedMHz" => operating_speed_mhz: i64,
    }
}

crate::__impl_resource!(MemoryMetrics: "MemoryMetrics", actions);

crate::redfish_struct! {
    /// The alarm trip information about the memory. These alarms are reset when the system resets. Note that if they are re-discovered they can be reasserted.
    pub struct AlarmTrips {
        /// An indication of whether an address parity error was detected that a retry could not correct.
        ///
        /// Read-only.
        "AddressParityError" => address_parity_error: bool,
        /// An indication of whether the correctable error threshold crossing alarm trip was detected.
        ///
        /// Read-only.
        "CorrectableECCError" => correctable_ecc_error: bool,
        /// An indication of whether the spare block capacity crossing alarm trip was detected.
        ///
        /// Read-only.
        "SpareBlock" => spare_block: bool,
        /// An indication of whether a temperature threshold alarm trip was detected.
        ///
        /// Read-only.
        "Temperature" => temperature: bool,
        /// An indication of whether the uncorrectable error threshold alarm trip was detected.
        ///
        /// Read-only.
        "UncorrectableECCError" => uncorrectable_ecc_error: bool,
    }
}

crate::redfish_struct! {
    /// The conditions that would generate an alert to the CXL Fabric Manager or host.
    pub struct AlertCapabilities {
        /// Indicates whether correctable ECC errors generate an alert to the CXL Fabric Manager or host.
        ///
        /// Read-only.
        "CorrectableECCError" => correctable_ecc_error: bool,
        /// Indicates whether spare block conditions generate an alert to the CXL Fabric Manager or host.
        ///
        /// Read-only.
        "SpareBlock" => spare_block: bool,
        /// Indicates whether temperature conditions generate an alert to the CXL Fabric Manager or host.
        ///
        /// Read-only.
        "Temperature" => temperature: bool,
        /// Indicates whether uncorrectable ECC errors generate an alert to the CXL Fabric Manager or host.
        ///
        /// Read-only.
        "UncorrectableECCError" => uncorrectable_ecc_error: bool,
    }
}

crate::redfish_struct! {
    /// The memory metrics specific to CXL devices.
    pub struct CXL {
        /// The conditions that would generate an alert to the CXL Fabric Manager or host.
        "AlertCapabilities" => alert_capabilities: crate::memory_metrics::AlertCapabilities,
    }
}

crate::redfish_struct! {
    /// Parameters of the `ClearCurrentPeriod` action: This action sets the `CurrentPeriod` property's values to 0.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ClearCurrentPeriodRequest {
    }
}

impl ClearCurrentPeriodRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ClearCurrentPeriodRequest {
    type Resource = MemoryMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#MemoryMetrics.ClearCurrentPeriod";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The memory metrics since the last system reset or `ClearCurrentPeriod` action.
    pub struct CurrentPeriod {
        /// The number of blocks read since reset.
        ///
        /// Read-only.
        "BlocksRead" => blocks_read: i64,
        /// The number of blocks written since reset.
        ///
        /// Read-only.
        "BlocksWritten" => blocks_written: i64,
        /// The number of correctable errors since reset.
        ///
        /// Read-only.
        "CorrectableECCErrorCount" => correctable_ecc_error_count: i64,
        /// The number of indeterminate correctable errors since reset.
        ///
        /// Read-only.
        "IndeterminateCorrectableErrorCount" => indeterminate_correctable_error_count: i64,
        /// The number of indeterminate uncorrectable errors since reset.
        ///
        /// Read-only.
        "IndeterminateUncorrectableErrorCount" => indeterminate_uncorrectable_error_count: i64,
        /// The number of uncorrectable errors since reset.
        ///
        /// Read-only.
        "UncorrectableECCErrorCount" => uncorrectable_ecc_error_count: i64,
    }
}

crate::redfish_struct! {
    /// The health information of the memory.
    pub struct HealthData {
        /// Alarm trip information about the memory.
        "AlarmTrips" => alarm_trips: crate::memory_metrics::AlarmTrips,
        /// An indication of whether data loss was detected.
        ///
        /// Read-only.
        "DataLossDetected" => data_loss_detected: bool,
        /// An indication of whether the last shutdown succeeded.
        ///
        /// Read-only.
        "LastShutdownSuccess" => last_shutdown_success: bool,
        /// An indication of whether performance has degraded.
        ///
        /// Read-only.
        "PerformanceDegraded" => performance_degraded: bool,
        /// The percentage of reads and writes that are predicted to still be available for the media.
        ///
        /// Read-only. Units: `%`.
        "PredictedMediaLifeLeftPercent" => predicted_media_life_left_percent: f64,
        /// The remaining spare blocks, as a percentage.
        ///
        /// Read-only. Units: `%`.
        "RemainingSpareBlockPercentage" => remaining_spare_block_percentage: f64,
    }
}

crate::redfish_struct! {
    /// The memory metrics for the lifetime of the memory.
    pub struct LifeTime {
        /// The number of blocks read for the lifetime of the memory.
        ///
        /// Read-only.
        "BlocksRead" => blocks_read: i64,
        /// The number of blocks written for the lifetime of the memory.
        ///
        /// Read-only.
        "BlocksWritten" => blocks_written: i64,
        /// The number of correctable errors for the lifetime of the memory.
        ///
        /// Read-only.
        "CorrectableECCErrorCount" => correctable_ecc_error_count: i64,
        /// The number of indeterminate correctable errors for the lifetime of the memory.
        ///
        /// Read-only.
        "IndeterminateCorrectableErrorCount" => indeterminate_correctable_error_count: i64,
        /// The number of indeterminate uncorrectable errors for the lifetime of the memory.
        ///
        /// Read-only.
        "IndeterminateUncorrectableErrorCount" => indeterminate_uncorrectable_error_count: i64,
        /// The number of uncorrectable errors for the lifetime of the memory.
        ///
        /// Read-only.
        "UncorrectableECCErrorCount" => uncorrectable_ecc_error_count: i64,
    }
}
