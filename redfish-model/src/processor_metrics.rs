//! `ProcessorMetrics`: The `ProcessorMetrics` schema contains usage and health statistics for a processor.
//!
//! Generated from the DMTF Redfish schema `ProcessorMetrics.v1_7_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `processor_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ProcessorMetrics` schema contains usage and health statistics for a processor.
    ///
    /// DMTF schema `ProcessorMetrics` v1_7_0 (Redfish 2025.4).
    pub struct ProcessorMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The average frequency of the processor.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `OperatingSpeedMHz` property. Units: `MHz`.
        "AverageFrequencyMHz" => average_frequency_mhz: f64,
        /// The bandwidth usage of this processor as a percentage.
        ///
        /// Read-only. Units: `%`.
        "BandwidthPercent" => bandwidth_percent: f64,
        /// The processor cache metrics.
        "Cache" => cache: Vec<crate::processor_metrics::CacheMetrics>,
        /// The total cache metrics for this processor.
        "CacheMetricsTotal" => cache_metrics_total: crate::processor_metrics::CacheMetricsTotal,
        /// The power, in watt units, that the processor has consumed.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the properties in `EnvironmentMetrics`. Units: `W`.
        "ConsumedPowerWatt" => consumed_power_watt: f64,
        /// The processor core metrics.
        "CoreMetrics" => core_metrics: Vec<crate::processor_metrics::CoreMetrics>,
        /// The core voltage (V) of this processor.
        "CoreVoltage" => core_voltage: crate::sensor::SensorVoltageExcerpt,
        /// The number of correctable core errors.
        ///
        /// Read-only.
        "CorrectableCoreErrorCount" => correctable_core_error_count: i64,
        /// The number of correctable errors of all other components.
        ///
        /// Read-only.
        "CorrectableOtherErrorCount" => correctable_other_error_count: i64,
        /// Read-only.
        "Description" => description: String,
        /// The frequency relative to the nominal processor frequency ratio.
        ///
        /// Read-only.
        "FrequencyRatio" => frequency_ratio: f64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The percentage of time spent in kernel mode.
        ///
        /// Read-only. Units: `%`.
        "KernelPercent" => kernel_percent: f64,
        /// The date and time when the processor started accumulating data for the `LifeTime` property.
        ///
        /// Read-only.
        "LifetimeStartDateTime" => lifetime_start_date_time: crate::DateTime,
        /// The local memory bandwidth usage in bytes.
        ///
        /// Read-only. Units: `By`.
        "LocalMemoryBandwidthBytes" => local_memory_bandwidth_bytes: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Operating speed of the processor in MHz.
        ///
        /// Read-only. Units: `MHz`.
        "OperatingSpeedMHz" => operating_speed_mhz: i64,
        /// The PCIe errors associated with this processor.
        "PCIeErrors" => pcie_errors: crate::pcie_device::PCIeErrors,
        /// The total duration of throttling caused by a power limit of the processor since reset.
        ///
        /// Read-only.
        "PowerLimitThrottleDuration" => power_limit_throttle_duration: String,
        /// The remote memory bandwidth usage in bytes.
        ///
        /// Read-only. Units: `By`.
        "RemoteMemoryBandwidthBytes" => remote_memory_bandwidth_bytes: i64,
        /// The temperature of the processor.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the properties in `EnvironmentMetrics`. Units: `Cel`.
        "TemperatureCelsius" => temperature_celsius: f64,
        /// The total duration of throttling caused by a thermal limit of the processor since reset.
        ///
        /// Read-only.
        "ThermalLimitThrottleDuration" => thermal_limit_throttle_duration: String,
        /// The CPU margin to throttle (temperature offset in degree Celsius units).
        ///
        /// Read-only. Units: `Cel`.
        "ThrottlingCelsius" => throttling_celsius: f64,
        /// The number of uncorrectable core errors.
        ///
        /// Read-only.
        "UncorrectableCoreErrorCount" => uncorrectable_core_error_count: i64,
        /// The number of uncorrectable errors of all other components.
        ///
        /// Read-only.
        "UncorrectableOtherErrorCount" => uncorrectable_other_error_count: i64,
        /// The percentage of time spent in user mode.
        ///
        /// Read-only. Units: `%`.
        "UserPercent" => user_percent: f64,
    }
}

crate::__impl_resource!(ProcessorMetrics: "ProcessorMetrics", actions);

crate::redfish_struct! {
    /// The C-state residency of the processor.
    pub struct CStateResidency {
        /// The C-state level, such as C0, C1, or C2.
        ///
        /// Read-only.
        "Level" => level: String,
        /// The percentage of time that the processor or core has spent in this particular level of C-state.
        ///
        /// Read-only. Units: `%`.
        "ResidencyPercent" => residency_percent: f64,
    }
}

crate::redfish_struct! {
    /// The processor core metrics.
    pub struct CacheMetrics {
        /// The number of cache line misses in millions.
        ///
        /// Read-only.
        "CacheMiss" => cache_miss: f64,
        /// The number of cache misses per instruction.
        ///
        /// Read-only.
        "CacheMissesPerInstruction" => cache_misses_per_instruction: f64,
        /// The cache line hit ratio.
        ///
        /// Read-only.
        "HitRatio" => hit_ratio: f64,
        /// The cache level.
        ///
        /// Read-only.
        "Level" => level: String,
        /// The total cache level occupancy in bytes.
        ///
        /// Read-only. Units: `By`.
        "OccupancyBytes" => occupancy_bytes: i64,
        /// The total cache occupancy percentage.
        ///
        /// Read-only. Units: `%`.
        "OccupancyPercent" => occupancy_percent: f64,
    }
}

crate::redfish_struct! {
    /// The total cache metrics for a processor.
    pub struct CacheMetricsTotal {
        /// The cache metrics since the last reset or `ClearCurrentPeriod` action for this processor.
        "CurrentPeriod" => current_period: crate::processor_metrics::CurrentPeriod,
        /// The cache metrics for the lifetime of this processor.
        "LifeTime" => life_time: crate::processor_metrics::LifeTime,
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
    type Resource = ProcessorMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ProcessorMetrics.ClearCurrentPeriod";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The processor core metrics.
    pub struct CoreMetrics {
        /// The C-state residency of this core in the processor.
        "CStateResidency" => c_state_residency: Vec<crate::processor_metrics::CStateResidency>,
        /// The cache metrics of this core in the processor.
        "CoreCache" => core_cache: Vec<crate::processor_metrics::CacheMetrics>,
        /// The processor core identifier.
        ///
        /// Read-only.
        "CoreId" => core_id: String,
        /// The number of correctable core errors.
        ///
        /// Read-only.
        "CorrectableCoreErrorCount" => correctable_core_error_count: i64,
        /// The number of correctable errors of all other components.
        ///
        /// Read-only.
        "CorrectableOtherErrorCount" => correctable_other_error_count: i64,
        /// The number of stalled cycles due to I/O operations.
        ///
        /// Read-only.
        "IOStallCount" => io_stall_count: f64,
        /// The number of instructions per clock cycle of this core.
        ///
        /// Read-only.
        "InstructionsPerCycle" => instructions_per_cycle: f64,
        /// The number of stalled cycles due to memory operations.
        ///
        /// Read-only.
        "MemoryStallCount" => memory_stall_count: f64,
        /// The number of uncorrectable core errors.
        ///
        /// Read-only.
        "UncorrectableCoreErrorCount" => uncorrectable_core_error_count: i64,
        /// The number of uncorrectable errors of all other components.
        ///
        /// Read-only.
        "UncorrectableOtherErrorCount" => uncorrectable_other_error_count: i64,
        /// The unhalted cycles count of this core.
        ///
        /// Read-only.
        "UnhaltedCycles" => unhalted_cycles: f64,
    }
}

crate::redfish_struct! {
    /// The cache memory metrics since the last system reset or `ClearCurrentPeriod` action for a processor.
    pub struct CurrentPeriod {
        /// The number of correctable errors of cache memory since reset or `ClearCurrentPeriod` action for this processor.
        ///
        /// Read-only.
        "CorrectableECCErrorCount" => correctable_ecc_error_count: i64,
        /// The number of uncorrectable errors of cache memory since reset or `ClearCurrentPeriod` action for this processor.
        ///
        /// Read-only.
        "UncorrectableECCErrorCount" => uncorrectable_ecc_error_count: i64,
    }
}

crate::redfish_struct! {
    /// The cache memory metrics for the lifetime for a processor.
    pub struct LifeTime {
        /// The number of correctable errors for the lifetime of the cache memory.
        ///
        /// Read-only.
        "CorrectableECCErrorCount" => correctable_ecc_error_count: i64,
        /// The number of uncorrectable errors for the lifetime of the cache memory.
        ///
        /// Read-only.
        "UncorrectableECCErrorCount" => uncorrectable_ecc_error_count: i64,
    }
}
