//! `SwitchMetrics`: The `SwitchMetrics` schema contains usage and health statistics for a switch device.
//!
//! Generated from the DMTF Redfish schema `SwitchMetrics.v1_1_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `switch_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `SwitchMetrics` schema contains usage and health statistics for a switch device.
    ///
    /// DMTF schema `SwitchMetrics` v1_1_0 (Redfish 2025.4).
    pub struct SwitchMetrics {
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
        /// The memory metrics for a switch.
        "InternalMemoryMetrics" => internal_memory_metrics: crate::switch_metrics::InternalMemoryMetrics,
        /// The date and time when the switch started accumulating data for the `LifeTime` property.
        ///
        /// Read-only.
        "LifetimeStartDateTime" => lifetime_start_date_time: crate::DateTime,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The PCIe errors associated with this switch.
        "PCIeErrors" => pcie_errors: crate::pcie_device::PCIeErrors,
    }
}

crate::__impl_resource!(SwitchMetrics: "SwitchMetrics", actions);

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
    type Resource = SwitchMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#SwitchMetrics.ClearCurrentPeriod";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The memory metrics since the last switch reset or `ClearCurrentPeriod` action for a switch.
    pub struct CurrentPeriod {
        /// The number of correctable errors of memory since reset.
        ///
        /// Read-only.
        "CorrectableECCErrorCount" => correctable_ecc_error_count: i64,
        /// The number of uncorrectable errors of memory since reset.
        ///
        /// Read-only.
        "UncorrectableECCErrorCount" => uncorrectable_ecc_error_count: i64,
    }
}

crate::redfish_struct! {
    /// The memory metrics for a switch.
    pub struct InternalMemoryMetrics {
        /// The memory metrics since the last reset for this switch.
        "CurrentPeriod" => current_period: crate::switch_metrics::CurrentPeriod,
        /// The memory metrics for the lifetime of this switch.
        "LifeTime" => life_time: crate::switch_metrics::LifeTime,
    }
}

crate::redfish_struct! {
    /// The memory metrics for the lifetime for a switch.
    pub struct LifeTime {
        /// The number of correctable errors for the lifetime of the memory.
        ///
        /// Read-only.
        "CorrectableECCErrorCount" => correctable_ecc_error_count: i64,
        /// The number of uncorrectable errors for the lifetime of the memory.
        ///
        /// Read-only.
        "UncorrectableECCErrorCount" => uncorrectable_ecc_error_count: i64,
    }
}
