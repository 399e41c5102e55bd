//! `ManagerDiagnosticData`: The `ManagerDiagnosticData` schema defines internal diagnostic data for a manager. It contains information that might be used by vendors to collect debug information about the manager. Clients should not make decisions for raising alerts, creating service events, or other actions based on information in this resource.
//!
//! Generated from the DMTF Redfish schema `ManagerDiagnosticData.v1_2_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `manager_diagnostic_data` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ManagerDiagnosticData` schema defines internal diagnostic data for a manager. It contains information that might be used by vendors to collect debug information about the manager. Clients should not make decisions for raising alerts, creating service events, or other actions based on information in this resource.
    ///
    /// DMTF schema `ManagerDiagnosticData` v1_2_3 (Redfish 2025.4).
    pub struct ManagerDiagnosticData {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The boot-time statistics of the manager.
        "BootTimeStatistics" => boot_time_statistics: crate::manager_diagnostic_data::BootTimeStatistics,
        /// Read-only.
        "Description" => description: String,
        /// The available storage space on this manager in kibibytes (KiB).
        ///
        /// Read-only. Units: `KiBy`.
        "FreeStorageSpaceKiB" => free_storage_space_kib: i64,
        /// The statistics of the I2C buses.
        "I2CBuses" => i2_c_buses: Vec<crate::manager_diagnostic_data::I2CBusStatistics>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The memory ECC statistics of the manager.
        "MemoryECCStatistics" => memory_ecc_statistics: crate::manager_diagnostic_data::MemoryECCStatistics,
        /// The memory statistics of the manager.
        "MemoryStatistics" => memory_statistics: crate::manager_diagnostic_data::MemoryStatistics,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The processor statistics of the manager.
        "ProcessorStatistics" => processor_statistics: crate::manager_diagnostic_data::ProcessorStatistics,
        /// The wall-clock time the service root hosted by this manager has been running in seconds.
        ///
        /// Read-only.
        "ServiceRootUptimeSeconds" => service_root_uptime_seconds: f64,
        /// The statistics of the top processes of this manager.
        "TopProcesses" => top_processes: Vec<Option<crate::manager_diagnostic_data::ProcessStatistics>>,
    }
}

crate::__impl_resource!(ManagerDiagnosticData: "ManagerDiagnosticData", actions);

crate::redfish_struct! {
    /// The boot-time statistics of a manager.
    pub struct BootTimeStatistics {
        /// The number of seconds the manager spent in the firmware stage.
        ///
        /// Read-only.
        "FirmwareTimeSeconds" => firmware_time_seconds: f64,
        /// The number of seconds the manager spent in the initrd boot stage.
        ///
        /// Read-only.
        "InitrdTimeSeconds" => initrd_time_seconds: f64,
        /// The number of seconds the manager spent in the kernel stage.
        ///
        /// Read-only.
        "KernelTimeSeconds" => kernel_time_seconds: f64,
        /// The number of seconds the manager spent in the loader stage.
        ///
        /// Read-only.
        "LoaderTimeSeconds" => loader_time_seconds: f64,
        /// The number of seconds the manager spent in the user space boot stage.
        ///
        /// Read-only.
        "UserSpaceTimeSeconds" => user_space_time_seconds: f64,
    }
}

crate::redfish_struct! {
    /// The statistics of an I2C bus.
    pub struct I2CBusStatistics {
        /// The number of bus errors on this I2C bus.
        ///
        /// Read-only.
        "BusErrorCount" => bus_error_count: i64,
        /// The name of the I2C bus.
        ///
        /// Read-only.
        "I2CBusName" => i2_c_bus_name: String,
        /// The number of NACKs on this I2C bus.
        ///
        /// Read-only.
        "NACKCount" => nack_count: i64,
        /// The total number of transactions on this I2C bus.
        ///
        /// Read-only.
        "TotalTransactionCount" => total_transaction_count: i64,
    }
}

crate::redfish_struct! {
    /// The memory ECC statistics of a manager.
    pub struct MemoryECCStatistics {
        /// The number of correctable errors since reset.
        ///
        /// Read-only.
        "CorrectableECCErrorCount" => correctable_ecc_error_count: i64,
        /// The number of uncorrectable errors since reset.
        ///
        /// Read-only.
        "UncorrectableECCErrorCount" => uncorrectable_ecc_error_count: i64,
    }
}

crate::redfish_struct! {
    /// The memory statistics of a manager.
    pub struct MemoryStatistics {
        /// The amount of memory available in bytes for starting new processes without swapping.
        ///
        /// Read-only. Units: `By`.
        "AvailableBytes" => available_bytes: i64,
        /// The amount of memory used in bytes by kernel buffers, page caches, and slabs.
        ///
        /// Read-only. Units: `By`.
        "BuffersAndCacheBytes" => buffers_and_cache_bytes: i64,
        /// The amount of free memory in bytes.
        ///
        /// Read-only. Units: `By`.
        "FreeBytes" => free_bytes: i64,
        /// The amount of shared memory in bytes.
        ///
        /// Read-only. Units: `By`.
        "SharedBytes" => shared_bytes: i64,
        /// The total amount of memory in bytes.
        ///
        /// Read-only. Units: `By`.
        "TotalBytes" => total_bytes: i64,
        /// The amount of used memory in bytes.
        ///
        /// Read-only. Units: `By`.
        "UsedBytes" => used_bytes: i64,
    }
}

crate::redfish_struct! {
    /// The statistics of a process running on a manager.
    pub struct ProcessStatistics {
        /// The command line of this process.
        ///
        /// Read-only.
        "CommandLine" => command_line: String,
        /// The number of seconds this process executed in kernel space.
        ///
        /// Read-only.
        "KernelTimeSeconds" => kernel_time_seconds: f64,
        /// The resident set size of this process in bytes.
        ///
        /// Read-only. Units: `By`.
        "ResidentSetSizeBytes" => resident_set_size_bytes: i64,
        /// The number of times this process has restarted unexpectedly.
        ///
        /// Read-only.
        "RestartAfterFailureCount" => restart_after_failure_count: i64,
        /// The number of times this process has restarted.
        ///
        /// Read-only.
        "RestartCount" => restart_count: i64,
        /// The wall-clock time this process has been running in seconds.
        ///
        /// Read-only.
        "UptimeSeconds" => uptime_seconds: f64,
        /// The number of seconds this process executed in user space.
        ///
        /// Read-only.
        "UserTimeSeconds" => user_time_seconds: f64,
    }
}

crate::redfish_struct! {
    /// The processor statistics of a manager.
    pub struct ProcessorStatistics {
        /// The percentage of CPU time spent in kernel mode.
        ///
        /// Read-only. Units: `%`.
        "KernelPercent" => kernel_percent: f64,
        /// The percentage of CPU time spent in user mode.
        ///
        /// Read-only. Units: `%`.
        "UserPercent" => user_percent: f64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `ResetMetrics` action: Resets time intervals or counted values of the diagnostic data for this manager.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetMetricsRequest {
    }
}

impl ResetMetricsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetMetricsRequest {
    type Resource = ManagerDiagnosticData;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ManagerDiagnosticData.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}
