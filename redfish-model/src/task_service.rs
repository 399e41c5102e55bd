//! `TaskService`: The `TaskService` schema describes a task service that enables management of long-duration operations, includes the properties for the task service itself, and has links to the resource collection of tasks.
//!
//! Generated from the DMTF Redfish schema `TaskService.v1_3_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `task_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `TaskService` schema describes a task service that enables management of long-duration operations, includes the properties for the task service itself, and has links to the resource collection of tasks.
    ///
    /// DMTF schema `TaskService` v1_3_0 (Redfish 2025.4).
    pub struct TaskService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The overwrite policy for completed tasks. This property indicates if the task service overwrites completed task information.
        ///
        /// Read-only.
        "CompletedTaskOverWritePolicy" => completed_task_over_write_policy: crate::task_service::OverWritePolicy,
        /// The current date and time, with UTC offset, setting that the task service uses.
        ///
        /// Read-only.
        "DateTime" => date_time: crate::DateTime,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An indication of whether a task state change sends an event.
        ///
        /// Read-only.
        "LifeCycleEventOnTaskStateChange" => life_cycle_event_on_task_state_change: bool,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether this service is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The number of minutes after which a completed task is deleted by the service.
        ///
        /// Writable.
        "TaskAutoDeleteTimeoutMinutes" => task_auto_delete_timeout_minutes: i64,
        /// The number of seconds after reading a task monitor for a completed task until the service deletes the task monitor.
        ///
        /// Writable. Units: `s`.
        "TaskMonitorAutoExpirySeconds" => task_monitor_auto_expiry_seconds: i64,
        /// The links to the collection of tasks.
        ///
        /// Read-only.
        "Tasks" => tasks: crate::Link<crate::Collection<crate::task::Task>>,
    }
}

crate::__impl_resource!(TaskService: "TaskService", actions);

crate::redfish_struct! {
    /// Parameters of the `DeleteAllCompletedTasks` action: Deletes all completed tasks.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct DeleteAllCompletedTasksRequest {
    }
}

impl DeleteAllCompletedTasksRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for DeleteAllCompletedTasksRequest {
    type Resource = TaskService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#TaskService.DeleteAllCompletedTasks";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `OverWritePolicy`.
    pub enum OverWritePolicy {
        /// Completed tasks are not automatically overwritten.
        Manual = "Manual",
        /// Oldest completed tasks are overwritten.
        Oldest = "Oldest",
    }
}
