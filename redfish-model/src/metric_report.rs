//! `MetricReport`: The `MetricReport` schema represents a set of collected metrics.
//!
//! Generated from the DMTF Redfish schema `MetricReport.v1_5_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `metric_report` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MetricReport` schema represents a set of collected metrics.
    ///
    /// DMTF schema `MetricReport` v1_5_2 (Redfish 2025.4).
    pub struct MetricReport {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// A context can be supplied at subscription time. This property is the context value supplied by the subscriber.
        ///
        /// Read-only.
        "Context" => context: String,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The link to the definition of this metric report.
        ///
        /// Read-only.
        "MetricReportDefinition" => metric_report_definition: crate::Link<crate::metric_report_definition::MetricReportDefinition>,
        /// An array of metric values for the metered items of this metric report.
        "MetricValues" => metric_values: Vec<crate::metric_report::MetricValue>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The current sequence identifier for this metric report.
        ///
        /// Read-only. Deprecated: This property has been deprecated due to specification changes with regards to Server-Sent Events.
        "ReportSequence" => report_sequence: String,
        /// The time associated with the metric report in its entirety. The time of the metric report can be relevant when the time of individual metrics are minimally different.
        ///
        /// Read-only.
        "Timestamp" => timestamp: crate::DateTime,
    }
}

crate::__impl_resource!(MetricReport: "MetricReport", actions);

crate::redfish_struct! {
    /// Properties that capture a metric value and other associated information.
    pub struct MetricValue {
        /// The link to the metric definition for this metric.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `MetricId` property.
        "MetricDefinition" => metric_definition: crate::Link<crate::metric_definition::MetricDefinition>,
        /// The metric definitions identifier that contains additional information for the source metric.
        ///
        /// Read-only.
        "MetricId" => metric_id: String,
        /// The URI for the property from which this metric is derived.
        ///
        /// Read-only.
        "MetricProperty" => metric_property: String,
        /// The metric value, as a string.
        ///
        /// Read-only.
        "MetricValue" => metric_value: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The date and time when the metric is obtained. A management application can establish a time series of metric data by retrieving the instances of metric value and sorting them according to their timestamp.
        ///
        /// Read-only.
        "Timestamp" => timestamp: crate::DateTime,
    }
}
