//! `MetricReportDefinition`: The `MetricReportDefinition` schema describes set of metrics that are collected into a metric report.
//!
//! Generated from the DMTF Redfish schema `MetricReportDefinition.v1_4_7.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `metric_report_definition` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MetricReportDefinition` schema describes set of metrics that are collected into a metric report.
    ///
    /// DMTF schema `MetricReportDefinition` v1_4_7 (Redfish 2025.4).
    pub struct MetricReportDefinition {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The maximum number of entries that can be appended to a metric report. When the metric report reaches its limit, its behavior is dictated by the `ReportUpdates` property.
        ///
        /// Read-only.
        "AppendLimit" => append_limit: i64,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::metric_report_definition::Links,
        /// The list of URIs with wildcards and property identifiers to include in the metric report. If a URI has wildcards, the wildcards are substituted as specified in the `Wildcards` property.
        ///
        /// Writable.
        "MetricProperties" => metric_properties: Vec<Option<String>>,
        /// The most recent metric report produced by this metric report definition.
        ///
        /// Read-only.
        "MetricReport" => metric_report: crate::Link<crate::metric_report::MetricReport>,
        /// An indication of whether the generation of new metric reports is enabled.
        ///
        /// Writable.
        "MetricReportDefinitionEnabled" => metric_report_definition_enabled: bool,
        /// Specifies when the metric report is generated.
        ///
        /// Writable.
        "MetricReportDefinitionType" => metric_report_definition_type: crate::metric_report_definition::MetricReportDefinitionType,
        /// The interval at which to send the complete metric report because the Redfish client wants refreshed metric data even when the data has not changed. This property value is always greater than the recurrence interval of a metric report, and it only applies when the `SuppressRepeatedMetricValue` property is `true`.
        ///
        /// Writable.
        "MetricReportHeartbeatInterval" => metric_report_heartbeat_interval: String,
        /// The list of metrics to include in the metric report. The metrics might include calculations to apply to metric properties.
        "Metrics" => metrics: Vec<crate::metric_report_definition::Metric>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The set of actions to perform when a metric report is generated.
        ///
        /// Writable.
        "ReportActions" => report_actions: Vec<crate::metric_report_definition::ReportActionsEnum>,
        /// The maximum timespan that a metric report can cover.
        ///
        /// Writable.
        "ReportTimespan" => report_timespan: String,
        /// The behavior for how subsequent metric reports are handled in relationship to an existing metric report created from the metric report definition. Namely, whether to overwrite, append, or create a metric report.
        ///
        /// Writable.
        "ReportUpdates" => report_updates: crate::metric_report_definition::ReportUpdatesEnum,
        /// The schedule for generating the metric report.
        "Schedule" => schedule: crate::schedule::Schedule,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// An indication of whether any metrics are suppressed from the generated metric report. If `true`, any metric that equals the same value in the previously generated metric report is suppressed from the current report. Also, duplicate metrics are suppressed. If `false`, no metrics are suppressed from the current report. The current report might contain no metrics if all metrics equal the values in the previously generated metric report.
        ///
        /// Writable.
        "SuppressRepeatedMetricValue" => suppress_repeated_metric_value: bool,
        /// The set of wildcards and their substitution values for the entries in the `MetricProperties` property.
        "Wildcards" => wildcards: Vec<crate::metric_report_definition::Wildcard>,
    }
}

crate::__impl_resource!(MetricReportDefinition: "MetricReportDefinition", actions);

crate::redfish_enum! {
    /// The function to apply to the list of metric properties.
    pub enum CalculationAlgorithmEnum {
        /// The metric is calculated as the average metric reading over a duration.
        Average = "Average",
        /// The metric is calculated as the maximum metric reading over a duration.
        Maximum = "Maximum",
        /// The metric is calculated as the minimum metric reading over a duration.
        Minimum = "Minimum",
        /// The metric is calculated as the sum of the values over a duration.
        Summation = "Summation",
    }
}

crate::redfish_enum! {
    /// The time scope of the related metric values.
    pub enum CollectionTimeScope {
        /// The corresponding metric values apply to a point in time. On the corresponding metric value instances, the `Timestamp` property value in the metric report specifies the point in time.
        Point = "Point",
        /// The corresponding metric values apply to a time interval. On the corresponding metric value instances, the `Timestamp` property value in the metric report specifies the end of the time interval and the `CollectionDuration` property specifies its duration.
        Interval = "Interval",
        /// The corresponding metric values apply to a time interval that began at the startup of the measured resource. On the corresponding metric value instances, the `Timestamp` property value in the metric report specifies the end of the time interval. The `CollectionDuration` property value specifies the duration between the startup of the resource and timestamp.
        StartupInterval = "StartupInterval",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The triggers that cause this metric report definition to generate a new metric report upon a trigger occurrence when the `TriggerActions` property contains `RedfishMetricReport`.
        ///
        /// Read-only.
        "Triggers" => triggers: Vec<crate::Link<crate::triggers::Triggers>>,
        "Triggers@odata.count" => triggers_count: u64,
    }
}

crate::redfish_struct! {
    /// Specifies a set of metrics to include in the metric report. Calculation parameters, if present, are applied to the metrics prior to being included in the metric report.
    pub struct Metric {
        /// The duration over which the function is computed.
        ///
        /// Writable.
        "CollectionDuration" => collection_duration: String,
        /// Specifies the function to perform on each of the metric properties listed in the `MetricProperties` property or the metric properties specified in the `MetricDefinition` referenced by the `MetricId` property. If not specified, calculations are not performed on the metric properties.
        ///
        /// Writable.
        "CollectionFunction" => collection_function: crate::metric_report_definition::CalculationAlgorithmEnum,
        /// The scope of time over which the function is applied.
        ///
        /// Writable.
        "CollectionTimeScope" => collection_time_scope: crate::metric_report_definition::CollectionTimeScope,
        /// The metric definition identifier that contains the metric properties to include in the metric report.
        ///
        /// Writable.
        "MetricId" => metric_id: String,
        /// The list of URIs with wildcards and property identifiers to include in the metric report. If a URI has wildcards, the wildcards are substituted as specified in the `Wildcards` property.
        ///
        /// Writable.
        "MetricProperties" => metric_properties: Vec<Option<String>>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// Indicates when the metric report is generated.
    pub enum MetricReportDefinitionType {
        /// The metric report is generated at a periodic time interval, specified in the `Schedule` property.
        Periodic = "Periodic",
        /// The metric report is generated when any of the metric values change.
        OnChange = "OnChange",
        /// The metric report is generated when an HTTP `GET` is performed on the specified metric report.
        OnRequest = "OnRequest",
    }
}

crate::redfish_enum! {
    /// Actions to perform when a metric report is generated.
    pub enum ReportActionsEnum {
        /// Record the occurrence to the metric report collection.
        LogToMetricReportsCollection = "LogToMetricReportsCollection",
        /// Send a Redfish event message containing the metric report.
        RedfishEvent = "RedfishEvent",
    }
}

crate::redfish_enum! {
    /// Handling of subsequent metric reports when a metric report exists.
    pub enum ReportUpdatesEnum {
        /// Overwrite the metric report.
        Overwrite = "Overwrite",
        /// New information is appended to the metric report. The metric report entries are overwritten with new entries when the metric report has reached its maximum capacity.
        AppendWrapsWhenFull = "AppendWrapsWhenFull",
        /// New information is appended to the metric report. The service stops adding entries when the metric report has reached its maximum capacity.
        AppendStopsWhenFull = "AppendStopsWhenFull",
        /// A new metric report is created, whose identifier is a service-defined identifier concatenated with the timestamp.
        NewReport = "NewReport",
    }
}

crate::redfish_struct! {
    /// The wildcard and its substitution values.
    pub struct Wildcard {
        /// An array of values to substitute for the wildcard.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of using the property Values.
        "Keys" => keys: Vec<Option<String>>,
        /// The string used as a wildcard.
        ///
        /// Writable.
        "Name" => name: String,
        /// An array of values to substitute for the wildcard. `*` indicates all possible values for the wildcard.
        ///
        /// Writable.
        "Values" => values: Vec<Option<String>>,
    }
}
