//! `Task`: The `Task` schema contains information about a task that the Redfish task service schedules or executes. Tasks represent operations that take more time than a client typically wants to wait.
//!
//! Generated from the DMTF Redfish schema `Task.v1_7_4.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `task` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Task` schema contains information about a task that the Redfish task service schedules or executes. Tasks represent operations that take more time than a client typically wants to wait.
    ///
    /// DMTF schema `Task` v1_7_4 (Redfish 2025.4).
    pub struct Task {
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
        /// The date and time when the task was completed. This property will only appear when the task is complete.
        ///
        /// Read-only.
        "EndTime" => end_time: crate::DateTime,
        /// The estimated total time required to complete the task.
        ///
        /// Read-only.
        "EstimatedDuration" => estimated_duration: String,
        /// An indication of whether the contents of the payload are hidden from view after the task has been created. If `true`, responses do not return the payload. If `false`, responses return the payload. If this property is not present when the task is created, the default is `false`.
        ///
        /// Read-only.
        "HidePayload" => hide_payload: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Contains references to other resources that are related to this resource.
        "Links" => links: crate::task::Links,
        /// An array of messages associated with the task.
        "Messages" => messages: Vec<crate::Message>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The HTTP and JSON request payload details for this task, unless they are hidden from view by the service.
        "Payload" => payload: crate::task::Payload,
        /// The completion percentage of this task.
        ///
        /// Read-only. Units: `%`.
        "PercentComplete" => percent_complete: i64,
        /// The date and time when the task was started.
        ///
        /// Read-only.
        "StartTime" => start_time: crate::DateTime,
        /// The link to a collection of sub-tasks for this task.
        ///
        /// Read-only.
        "SubTasks" => sub_tasks: crate::Link<crate::Collection<crate::task::Task>>,
        /// The URI of the task monitor for this task.
        ///
        /// Read-only.
        "TaskMonitor" => task_monitor: String,
        /// The state of the task.
        ///
        /// Read-only.
        "TaskState" => task_state: crate::task::TaskState,
        /// The completion status of the task.
        ///
        /// Read-only.
        "TaskStatus" => task_status: crate::resource::Health,
    }
}

crate::__impl_resource!(Task: "Task", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of URIs referencing the resources created as the result of the operation that produced this task.
        ///
        /// Read-only.
        "CreatedResources" => created_resources: Vec<crate::Link>,
        "CreatedResources@odata.count" => created_resources_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_struct! {
    /// The HTTP and JSON payload details for this Task.
    pub struct Payload {
        /// An array of HTTP headers that this task includes.
        ///
        /// Read-only.
        "HttpHeaders" => http_headers: Vec<String>,
        /// The HTTP operation to perform to execute this task.
        ///
        /// Read-only.
        "HttpOperation" => http_operation: String,
        /// The JSON payload to use in the execution of this task.
        ///
        /// Read-only.
        "JsonBody" => json_body: String,
        /// The URI of the target for this task.
        ///
        /// Read-only.
        "TargetUri" => target_uri: String,
    }
}

crate::redfish_enum! {
    /// `TaskState`.
    pub enum TaskState {
        /// A new task.
        New = "New",
        /// Task is starting.
        Starting = "Starting",
        /// Task is running normally.
        Running = "Running",
        /// Task has been suspended.
        Suspended = "Suspended",
        /// Task has been interrupted.
        Interrupted = "Interrupted",
        /// Task is pending and has not started.
        Pending = "Pending",
        /// Task is in the process of stopping.
        Stopping = "Stopping",
        /// Task was completed.
        Completed = "Completed",
        /// Task was terminated.
        /// Deprecated: This value has been deprecated and is being replaced by the `Cancelled` value, which has more determinate semantics.
        Killed = "Killed",
        /// Task has stopped due to an exception condition.
        Exception = "Exception",
        /// Task is running as a service.
        Service = "Service",
        /// Task is in the process of being cancelled.
        Cancelling = "Cancelling",
        /// Task has been cancelled by an operator or internal process.
        Cancelled = "Cancelled",
    }
}
