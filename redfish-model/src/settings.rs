//! `Settings`: The resource settings.
//!
//! Generated from the DMTF Redfish schema `Settings.v1_4_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The resource settings.
    pub struct Settings {
        /// The entity tag (ETag) of the resource to which the settings were applied, after the application.
        ///
        /// Read-only.
        "ETag" => e_tag: String,
        /// The location of the maintenance window settings.
        ///
        /// Read-only.
        "MaintenanceWindowResource" => maintenance_window_resource: crate::Link,
        /// An array of messages associated with the settings.
        "Messages" => messages: Vec<crate::Message>,
        /// The link to the resource that the client can `PUT` or `PATCH` to modify the resource.
        ///
        /// Read-only.
        "SettingsObject" => settings_object: crate::Link,
        /// The time when the settings can be applied.
        ///
        /// Read-only.
        "SupportedApplyTimes" => supported_apply_times: Vec<crate::settings::ApplyTime>,
        /// The time when the settings were applied.
        ///
        /// Read-only.
        "Time" => time: crate::DateTime,
    }
}

crate::redfish_enum! {
    /// `ApplyTime`.
    pub enum ApplyTime {
        /// Apply immediately. This value might result in an immediate host reset, manager reset, or other side effects.
        Immediate = "Immediate",
        /// Apply on a reset.
        OnReset = "OnReset",
        /// Apply during a maintenance window as specified by an administrator.
        AtMaintenanceWindowStart = "AtMaintenanceWindowStart",
        /// Apply after a reset but within maintenance window as specified by an administrator.
        InMaintenanceWindowOnReset = "InMaintenanceWindowOnReset",
    }
}

crate::redfish_struct! {
    /// The maintenance window assignment for applying settings or operations to a resource.
    pub struct MaintenanceWindow {
        /// The expiry time of maintenance window in seconds.
        ///
        /// Writable. Required. Units: `s`.
        "MaintenanceWindowDurationInSeconds" => maintenance_window_duration_in_seconds: i64 [required],
        /// The start time of a maintenance window.
        ///
        /// Writable. Required.
        "MaintenanceWindowStartTime" => maintenance_window_start_time: crate::DateTime [required],
    }
}

crate::redfish_struct! {
    /// The client can request a specific apply time of a create, delete, or action operation of a resource.
    pub struct OperationApplyTimeSupport {
        /// The expiry time of maintenance window in seconds.
        ///
        /// Read-only. Units: `s`.
        "MaintenanceWindowDurationInSeconds" => maintenance_window_duration_in_seconds: i64,
        /// The location of the maintenance window settings.
        ///
        /// Read-only.
        "MaintenanceWindowResource" => maintenance_window_resource: crate::Link,
        /// The start time of a maintenance window.
        ///
        /// Read-only.
        "MaintenanceWindowStartTime" => maintenance_window_start_time: crate::DateTime,
        /// The types of apply times that the client can request when performing a create, delete, or action operation.
        ///
        /// Read-only. Required.
        "SupportedValues" => supported_values: Vec<crate::settings::OperationApplyTime> [required],
    }
}

crate::redfish_struct! {
    /// The preferred time to apply configuration settings.
    pub struct PreferredApplyTime {
        /// The time when to apply the settings.
        ///
        /// Writable.
        "ApplyTime" => apply_time: crate::settings::ApplyTime,
        /// The expiry time of maintenance window in seconds.
        ///
        /// Writable. Units: `s`.
        "MaintenanceWindowDurationInSeconds" => maintenance_window_duration_in_seconds: i64,
        /// The start time of a maintenance window.
        ///
        /// Writable.
        "MaintenanceWindowStartTime" => maintenance_window_start_time: crate::DateTime,
    }
}

crate::redfish_enum! {
    /// `OperationApplyTime`.
    pub enum OperationApplyTime {
        /// The requested operation is applied immediately. This value might result in an immediate host reset, manager reset, or other side effects.
        Immediate = "Immediate",
        /// The requested operation is applied on a reset.
        OnReset = "OnReset",
        /// The requested operation is applied within the administrator-specified maintenance window.
        AtMaintenanceWindowStart = "AtMaintenanceWindowStart",
        /// The requested operation is applied after a reset but within the administrator-specified maintenance window.
        InMaintenanceWindowOnReset = "InMaintenanceWindowOnReset",
        /// The requested operation is applied when the `StartUpdate` action of the update service is invoked.
        OnStartUpdateRequest = "OnStartUpdateRequest",
        /// The requested operation is applied when the target is reset. Targets include devices, services, and systems.
        OnTargetReset = "OnTargetReset",
    }
}
