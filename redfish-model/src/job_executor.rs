//! `JobExecutor`: The `JobExecutor` schema describes an entity that carries out a job.
//!
//! Generated from the DMTF Redfish schema `JobExecutor.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `job_executor` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `JobExecutor` schema describes an entity that carries out a job.
    ///
    /// DMTF schema `JobExecutor` v1_0_0 (Redfish 2025.4).
    pub struct JobExecutor {
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
        /// The primary type of job this executor processes.
        ///
        /// Read-only.
        "ExecutorType" => executor_type: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::job_executor::Links,
        /// The maximum concurrent jobs this executor can process.
        ///
        /// Read-only.
        "MaximumConcurrentJobs" => maximum_concurrent_jobs: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(JobExecutor: "JobExecutor", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the chassis that contain this equipment.
        ///
        /// Read-only.
        "Chassis" => chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "Chassis@odata.count" => chassis_count: u64,
        /// The system that is performing the work of this job executor.
        ///
        /// Read-only.
        "ComputerSystem" => computer_system: crate::Link<crate::computer_system::ComputerSystem>,
        /// Links to jobs this executor is running.
        ///
        /// Read-only.
        "ExecutingJobs" => executing_jobs: Vec<crate::Link<crate::job::Job>>,
        "ExecutingJobs@odata.count" => executing_jobs_count: u64,
    }
}
