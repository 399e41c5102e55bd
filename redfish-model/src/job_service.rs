//! `JobService`: The `JobService` schema contains properties for scheduling and execution of operations, represents the properties for the job service itself, and has links to jobs managed by the job service.
//!
//! Generated from the DMTF Redfish schema `JobService.v1_1_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `job_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `JobService` schema contains properties for scheduling and execution of operations, represents the properties for the job service itself, and has links to jobs managed by the job service.
    ///
    /// DMTF schema `JobService` v1_1_0 (Redfish 2025.4).
    pub struct JobService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The current date and time setting for the job service.
        ///
        /// Read-only.
        "DateTime" => date_time: crate::DateTime,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to the job document collection.
        ///
        /// Read-only.
        "JobDocuments" => job_documents: crate::Link<crate::Collection<crate::job_document::JobDocument>>,
        /// The links to the job executor collection.
        ///
        /// Read-only.
        "JobExecutors" => job_executors: crate::Link<crate::Collection<crate::job_executor::JobExecutor>>,
        /// The links to the jobs collection.
        ///
        /// Read-only.
        "Jobs" => jobs: crate::Link<crate::Collection<crate::job::Job>>,
        /// The link to a log service that the job service uses. This service can be a dedicated log service or a pointer to a log service under another resource, such as a manager.
        ///
        /// Read-only.
        "Log" => log: crate::Link<crate::log_service::LogService>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The supported capabilities of this job service implementation.
        "ServiceCapabilities" => service_capabilities: crate::job_service::JobServiceCapabilities,
        /// An indication of whether this service is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The policy for how document-based jobs are validated.
        ///
        /// Read-only.
        "ValidationPolicy" => validation_policy: crate::job_service::ValidationPolicy,
    }
}

crate::__impl_resource!(JobService: "JobService", actions);

crate::redfish_struct! {
    /// Parameters of the `CancelAllJobs` action: Cancels all jobs.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct CancelAllJobsRequest {
    }
}

impl CancelAllJobsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for CancelAllJobsRequest {
    type Resource = JobService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#JobService.CancelAllJobs";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The supported capabilities of this job service implementation.
    pub struct JobServiceCapabilities {
        /// An indication of whether document-based jobs are supported.
        ///
        /// Read-only.
        "DocumentBasedJobs" => document_based_jobs: bool,
        /// The maximum number of jobs supported.
        ///
        /// Read-only.
        "MaxJobs" => max_jobs: i64,
        /// The maximum number of job steps supported.
        ///
        /// Read-only.
        "MaxSteps" => max_steps: i64,
        /// An indication of whether scheduling of jobs is supported.
        ///
        /// Read-only.
        "Scheduling" => scheduling: bool,
        /// An indication of whether user-specified jobs are supported.
        ///
        /// Read-only.
        "UserSpecifiedJobs" => user_specified_jobs: bool,
    }
}

crate::redfish_enum! {
    /// `ValidationPolicy`.
    pub enum ValidationPolicy {
        /// Jobs are validated automatically.
        Automatic = "Automatic",
        /// Jobs are validated manually.
        Manual = "Manual",
        /// Jobs are not validated.
        Bypass = "Bypass",
    }
}
