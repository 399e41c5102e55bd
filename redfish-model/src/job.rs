//! `Job`: The `Job` schema contains information about a job that a Redfish job service schedules or executes. Clients create jobs to describe a series of operations that occur at periodic intervals.
//!
//! Generated from the DMTF Redfish schema `Job.v1_3_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `job` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Job` schema contains information about a job that a Redfish job service schedules or executes. Clients create jobs to describe a series of operations that occur at periodic intervals.
    ///
    /// DMTF schema `Job` v1_3_0 (Redfish 2025.4).
    pub struct Job {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The person or program that created this job entry.
        ///
        /// Read-only.
        "CreatedBy" => created_by: String,
        /// The date and time when the job was created.
        ///
        /// Read-only.
        "CreationTime" => creation_time: crate::DateTime,
        /// Read-only.
        "Description" => description: String,
        /// The date and time when the job was completed.
        ///
        /// Read-only.
        "EndTime" => end_time: crate::DateTime,
        /// The date and time when the job is expected to complete.
        ///
        /// Read-only.
        "EstimatedCompletionTime" => estimated_completion_time: crate::DateTime,
        /// The estimated total time required to complete the job.
        ///
        /// Read-only.
        "EstimatedDuration" => estimated_duration: String,
        /// An indication of whether the contents of the payload or parameters should be hidden from view after the job has been created. If `true`, responses do not return the payload or parameters. If `false`, responses return the payload or parameters. If this property is not present when the job is created, the default is `false`.
        ///
        /// Read-only.
        "HidePayload" => hide_payload: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The requested priority for this job.
        ///
        /// Read-only.
        "JobPriority" => job_priority: i64,
        /// The state of the job.
        ///
        /// Writable.
        "JobState" => job_state: crate::job::JobState,
        /// The status of the job.
        ///
        /// Read-only.
        "JobStatus" => job_status: crate::resource::Health,
        /// The type of this job.
        ///
        /// Read-only.
        "JobType" => job_type: crate::job::JobType,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::job::Links,
        /// The maximum amount of time the job is allowed to execute.
        ///
        /// Writable.
        "MaxExecutionTime" => max_execution_time: String,
        /// An array of messages associated with the job.
        "Messages" => messages: Vec<crate::Message>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The parameters specified for running this document-based job.
        "Parameters" => parameters: crate::job::Parameters,
        /// The HTTP and JSON request payload details for this user-specified job.
        "Payload" => payload: crate::job::Payload,
        /// The completion percentage of this job.
        ///
        /// Read-only. Units: `%`.
        "PercentComplete" => percent_complete: i64,
        /// The schedule settings for this job.
        "Schedule" => schedule: crate::schedule::Schedule,
        /// The date and time when the job was started or is scheduled to start.
        ///
        /// Read-only.
        "StartTime" => start_time: crate::DateTime,
        /// The serialized execution order of the job steps.
        ///
        /// Read-only.
        "StepOrder" => step_order: Vec<String>,
        /// The link to a collection of steps for this job.
        ///
        /// Read-only.
        "Steps" => steps: crate::Link<crate::Collection<crate::job::Job>>,
    }
}

crate::__impl_resource!(Job: "Job", actions);

crate::redfish_struct! {
    /// Parameters of the `Cancel` action: Cancels the job.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct CancelRequest {
    }
}

impl CancelRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for CancelRequest {
    type Resource = Job;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Job.Cancel";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ForceStart` action: Forces the job to start.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ForceStartRequest {
    }
}

impl ForceStartRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ForceStartRequest {
    type Resource = Job;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Job.ForceStart";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Invalidate` action: Invalidates the job.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct InvalidateRequest {
    }
}

impl InvalidateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for InvalidateRequest {
    type Resource = Job;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Job.Invalidate";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The `Job` schema contains information about a job that a Redfish job service schedules or executes. Clients create jobs to describe a series of operations that occur at periodic intervals.
    pub struct JobExcerpt {
        /// The date and time when the job is expected to complete.
        ///
        /// Read-only.
        "EstimatedCompletionTime" => estimated_completion_time: crate::DateTime,
        /// The state of the job.
        ///
        /// Writable.
        "JobState" => job_state: crate::job::JobState,
        /// The completion percentage of this job.
        ///
        /// Read-only. Units: `%`.
        "PercentComplete" => percent_complete: i64,
    }
}

crate::redfish_enum! {
    /// `JobState`.
    pub enum JobState {
        /// A new job.
        New = "New",
        /// Job is starting.
        Starting = "Starting",
        /// Job is running normally.
        Running = "Running",
        /// Job has been suspended.
        Suspended = "Suspended",
        /// Job has been interrupted.
        Interrupted = "Interrupted",
        /// Job is pending and has not started.
        Pending = "Pending",
        /// Job is in the process of stopping.
        Stopping = "Stopping",
        /// Job was completed.
        Completed = "Completed",
        /// Job was cancelled.
        Cancelled = "Cancelled",
        /// Job has stopped due to an exception condition.
        Exception = "Exception",
        /// Job is running as a service.
        Service = "Service",
        /// Job is waiting for user intervention.
        UserIntervention = "UserIntervention",
        /// Job is to resume operation.
        Continue = "Continue",
        /// Job is validating.
        Validating = "Validating",
        /// Job is invalid.
        Invalid = "Invalid",
    }
}

crate::redfish_enum! {
    /// `JobType`.
    pub enum JobType {
        /// A document-based job.
        DocumentBased = "DocumentBased",
        /// A user-specified job.
        UserSpecified = "UserSpecified",
        /// A service-generated job.
        ServiceGenerated = "ServiceGenerated",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of URIs referencing the resources created as the result of this job.
        ///
        /// Read-only.
        "CreatedResources" => created_resources: Vec<crate::Link>,
        "CreatedResources@odata.count" => created_resources_count: u64,
        /// A link to the executor that is running this job.
        ///
        /// Read-only.
        "Executor" => executor: crate::Link<crate::job_executor::JobExecutor>,
        /// A link to the job document that was used to create this job.
        ///
        /// Read-only.
        "JobDocument" => job_document: crate::Link<crate::job_document::JobDocument>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the job that created this job.
        ///
        /// Read-only.
        "ParentJob" => parent_job: crate::Link<crate::job::Job>,
        /// An array of links to the preferred executors to run this job.
        ///
        /// Read-only.
        "PreferredExecutors" => preferred_executors: Vec<crate::Link<crate::job_executor::JobExecutor>>,
        "PreferredExecutors@odata.count" => preferred_executors_count: u64,
        /// An array of links to the jobs created by this job.
        ///
        /// Read-only.
        "SubsidiaryJobs" => subsidiary_jobs: Vec<crate::Link<crate::job::Job>>,
        "SubsidiaryJobs@odata.count" => subsidiary_jobs_count: u64,
        /// An array of links to the executors that have been validated to run this job.
        ///
        /// Read-only.
        "ValidatedExecutors" => validated_executors: Vec<crate::Link<crate::job_executor::JobExecutor>>,
        "ValidatedExecutors@odata.count" => validated_executors_count: u64,
    }
}

/// The parameters used when running this instance of the job.
pub type Parameters = serde_json::Map<String, serde_json::Value>;

crate::redfish_struct! {
    /// The HTTP and JSON payload details for this job.
    pub struct Payload {
        /// An array of HTTP headers in this job.
        ///
        /// Read-only.
        "HttpHeaders" => http_headers: Vec<String>,
        /// The HTTP operation that executes this job.
        ///
        /// Read-only.
        "HttpOperation" => http_operation: String,
        /// The JSON payload to use in the execution of this job.
        ///
        /// Read-only.
        "JsonBody" => json_body: String,
        /// The link to the target for this job.
        ///
        /// Read-only.
        "TargetUri" => target_uri: String,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Resubmit` action: Resubmits the job.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResubmitRequest {
        /// The time to start the job.
        "StartTime" => start_time: crate::DateTime,
    }
}

impl ResubmitRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `StartTime`.
    #[must_use]
    pub fn with_start_time(mut self, value: crate::DateTime) -> Self {
        self.start_time = Some(value);
        self
    }
}

impl crate::ActionRequest for ResubmitRequest {
    type Resource = Job;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Job.Resubmit";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Resume` action: Resumes the job.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResumeRequest {
    }
}

impl ResumeRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResumeRequest {
    type Resource = Job;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Job.Resume";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Suspend` action: Suspends the job.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SuspendRequest {
    }
}

impl SuspendRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for SuspendRequest {
    type Resource = Job;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Job.Suspend";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Validate` action: Validates the job.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ValidateRequest {
    }
}

impl ValidateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ValidateRequest {
    type Resource = Job;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Job.Validate";
    const REQUIRED: &'static [&'static str] = &[];
}
