//! `JobDocument`: The `JobDocument` schema describes the template for a job with a set of parameters.
//!
//! Generated from the DMTF Redfish schema `JobDocument.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `job_document` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `JobDocument` schema describes the template for a job with a set of parameters.
    ///
    /// DMTF schema `JobDocument` v1_0_0 (Redfish 2025.4).
    pub struct JobDocument {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The date and time when this job document resource was created.
        ///
        /// Read-only.
        "CreationTime" => creation_time: crate::DateTime,
        /// Read-only.
        "Description" => description: String,
        /// The job document data as a Base64-encoded string.
        ///
        /// Read-only.
        "DocumentData" => document_data: String,
        /// The hash of the job document data.
        ///
        /// Read-only.
        "DocumentDataHash" => document_data_hash: String,
        /// The URI at which to access the job document data.
        ///
        /// Read-only.
        "DocumentDataURI" => document_data_uri: String,
        /// The type of job document data associated with this job document.
        ///
        /// Read-only.
        "DocumentType" => document_type: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::job_document::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The metadata for each of the parameters supported by this job document for the `SubmitJob` action.
        "ParameterMetadata" => parameter_metadata: Vec<crate::job_document::ParameterMetadata>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The version of this job document.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::__impl_resource!(JobDocument: "JobDocument", actions);

crate::redfish_enum! {
    /// `DataType`.
    pub enum DataType {
        /// A boolean.
        Boolean = "Boolean",
        /// A number.
        Number = "Number",
        /// A string.
        String = "String",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the executors that are capable of running jobs instantiated from this job document.
        ///
        /// Read-only.
        "SupportedExecutors" => supported_executors: Vec<crate::Link<crate::job_executor::JobExecutor>>,
        "SupportedExecutors@odata.count" => supported_executors_count: u64,
    }
}

/// An object containing a set of parameters for submitting a new job based on a job document.
pub type Parameter = serde_json::Map<String, serde_json::Value>;

crate::redfish_struct! {
    /// The metadata for a parameter supported by a job document for the `SubmitJob` action.
    pub struct ParameterMetadata {
        /// The allowable numeric values or duration values, inclusive ranges of values, and incremental step values for this parameter.
        ///
        /// Read-only.
        "AllowableNumbers" => allowable_numbers: Vec<String>,
        /// The allowable pattern for this parameter.
        ///
        /// Read-only.
        "AllowablePattern" => allowable_pattern: String,
        /// Descriptions of allowable values for this parameter.
        ///
        /// Read-only.
        "AllowableValueDescriptions" => allowable_value_descriptions: Vec<String>,
        /// The allowable values for this parameter.
        ///
        /// Read-only.
        "AllowableValues" => allowable_values: Vec<String>,
        /// The JSON property type for this parameter.
        ///
        /// Read-only. Required.
        "DataType" => data_type: crate::job_document::DataType [required],
        /// A description of the parameter.
        ///
        /// Read-only.
        "Description" => description: String,
        /// The maximum supported value for this parameter.
        ///
        /// Read-only.
        "MaximumValue" => maximum_value: f64,
        /// The minimum supported value for this parameter.
        ///
        /// Read-only.
        "MinimumValue" => minimum_value: f64,
        /// The name of the parameter.
        ///
        /// Read-only. Required.
        "Name" => name: String [required],
        /// An indication of whether the parameter is required.
        ///
        /// Read-only.
        "Required" => required: bool,
        /// A hint value for the parameter.
        ///
        /// Read-only.
        "ValueHint" => value_hint: String,
    }
}

crate::redfish_struct! {
    /// Parameters of the `SubmitJob` action: Creates a new job based on the contents of this job document and additional parameters.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SubmitJobRequest {
        /// An indication of whether the contents of the parameters should be hidden from view after the job has been created. If `true`, responses do not return the parameters. If `false`, responses return the parameters. If this parameter is not present when the job is created, the default is `false`.
        "HidePayload" => hide_payload: bool,
        /// The link to the job that is submitting this job.
        "JobCreator" => job_creator: crate::Link<crate::job::Job>,
        /// The list of parameters for the new job that are specific to this job document.
        ///
        /// Required.
        "Parameters" => parameters: crate::job_document::Parameter [required],
        /// An array of links to the preferred executors to run this job.
        ///
        /// Required.
        "PreferredExecutors" => preferred_executors: Vec<crate::Link<crate::job_executor::JobExecutor>> [required],
        /// The date and time when the job is scheduled to start.
        "StartTime" => start_time: crate::DateTime,
    }
}

impl SubmitJobRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Parameters", "PreferredExecutors"];

    /// Sets `HidePayload`.
    #[must_use]
    pub fn with_hide_payload(mut self, value: bool) -> Self {
        self.hide_payload = Some(value);
        self
    }
    /// Sets `JobCreator`.
    #[must_use]
    pub fn with_job_creator(mut self, value: crate::Link<crate::job::Job>) -> Self {
        self.job_creator = Some(value);
        self
    }
    /// Sets `Parameters`.
    #[must_use]
    pub fn with_parameters(mut self, value: crate::job_document::Parameter) -> Self {
        self.parameters = Some(value);
        self
    }
    /// Sets `PreferredExecutors`.
    #[must_use]
    pub fn with_preferred_executors(
        mut self,
        value: Vec<crate::Link<crate::job_executor::JobExecutor>>,
    ) -> Self {
        self.preferred_executors = Some(value);
        self
    }
    /// Sets `StartTime`.
    #[must_use]
    pub fn with_start_time(mut self, value: crate::DateTime) -> Self {
        self.start_time = Some(value);
        self
    }
}

impl crate::ActionRequest for SubmitJobRequest {
    type Resource = JobDocument;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#JobDocument.SubmitJob";
    const REQUIRED: &'static [&'static str] = &["Parameters", "PreferredExecutors"];
}
