//! `TelemetryService`: The `TelemetryService` schema describes a telemetry service. The telemetry service is used for collecting and reporting metric data within the Redfish service.
//!
//! Generated from the DMTF Redfish schema `TelemetryService.v1_4_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `telemetry_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `TelemetryService` schema describes a telemetry service. The telemetry service is used for collecting and reporting metric data within the Redfish service.
    ///
    /// DMTF schema `TelemetryService` v1_4_1 (Redfish 2025.4).
    pub struct TelemetryService {
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
        /// The link to a log service that the telemetry service uses. This service can be a dedicated log service or a pointer to a log service under another resource, such as a manager.
        ///
        /// Read-only.
        "LogService" => log_service: crate::Link<crate::log_service::LogService>,
        /// The maximum number of metric reports that this service supports.
        ///
        /// Read-only.
        "MaxReports" => max_reports: i64,
        /// The link to the collection of metric definitions.
        ///
        /// Read-only.
        "MetricDefinitions" => metric_definitions: crate::Link<crate::Collection<crate::metric_definition::MetricDefinition>>,
        /// The link to the collection of metric report definitions.
        ///
        /// Read-only.
        "MetricReportDefinitions" => metric_report_definitions: crate::Link<crate::Collection<crate::metric_report_definition::MetricReportDefinition>>,
        /// The link to the collection of metric reports.
        ///
        /// Read-only.
        "MetricReports" => metric_reports: crate::Link<crate::Collection<crate::metric_report::MetricReport>>,
        /// The minimum time interval between gathering metric data that this service allows.
        ///
        /// Read-only.
        "MinCollectionInterval" => min_collection_interval: String,
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
        /// The functions that can be performed over each metric.
        ///
        /// Read-only.
        "SupportedCollectionFunctions" => supported_collection_functions: Vec<Option<crate::telemetry_service::CollectionFunction>>,
        /// A list of supported OEM-defined telemetry data types.
        ///
        /// Read-only.
        "SupportedOEMTelemetryDataTypes" => supported_oem_telemetry_data_types: Vec<Option<String>>,
        /// A list of supported telemetry data types.
        ///
        /// Read-only.
        "SupportedTelemetryDataTypes" => supported_telemetry_data_types: Vec<Option<crate::telemetry_data::TelemetryDataTypes>>,
        /// The link to the collection of data telemetry.
        ///
        /// Read-only.
        "TelemetryData" => telemetry_data: crate::Link<crate::Collection<crate::telemetry_data::TelemetryData>>,
        /// The link to the collection of triggers that apply to metrics.
        ///
        /// Read-only.
        "Triggers" => triggers: crate::Link<crate::Collection<crate::triggers::Triggers>>,
    }
}

crate::__impl_resource!(TelemetryService: "TelemetryService", actions);

crate::redfish_struct! {
    /// Parameters of the `ClearMetricReports` action: The action to clear the metric reports for this telemetry service.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ClearMetricReportsRequest {
    }
}

impl ClearMetricReportsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ClearMetricReportsRequest {
    type Resource = TelemetryService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#TelemetryService.ClearMetricReports";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ClearTelemetryData` action: The action to clear the telemetry data for this telemetry service.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ClearTelemetryDataRequest {
    }
}

impl ClearTelemetryDataRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ClearTelemetryDataRequest {
    type Resource = TelemetryService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#TelemetryService.ClearTelemetryData";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `CollectTelemetryData` action: The action to collect the telemetry data from a device or service. When the telemetry data is collected, a new telemetry data resource will be created.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct CollectTelemetryDataRequest {
        /// The OEM-defined type of telemetry data to collect.
        "OEMTelemetryDataType" => oem_telemetry_data_type: String,
        /// An array of devices from which to collect telemetry data.
        "TargetDevices" => target_devices: Vec<crate::Link>,
        /// The type of telemetry data to collect.
        ///
        /// Required.
        "TelemetryDataType" => telemetry_data_type: crate::telemetry_data::TelemetryDataTypes [required],
    }
}

impl CollectTelemetryDataRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["TelemetryDataType"];

    /// Sets `OEMTelemetryDataType`.
    #[must_use]
    pub fn with_oem_telemetry_data_type(mut self, value: impl Into<String>) -> Self {
        self.oem_telemetry_data_type = Some(value.into());
        self
    }
    /// Sets `TargetDevices`.
    #[must_use]
    pub fn with_target_devices(mut self, value: Vec<crate::Link>) -> Self {
        self.target_devices = Some(value);
        self
    }
    /// Sets `TelemetryDataType`.
    #[must_use]
    pub fn with_telemetry_data_type(
        mut self,
        value: crate::telemetry_data::TelemetryDataTypes,
    ) -> Self {
        self.telemetry_data_type = Some(value);
        self
    }
}

impl crate::ActionRequest for CollectTelemetryDataRequest {
    type Resource = TelemetryService;
    type Response = crate::telemetry_service::CollectTelemetryDataResponse;
    const ACTION: &'static str = "#TelemetryService.CollectTelemetryData";
    const REQUIRED: &'static [&'static str] = &["TelemetryDataType"];
}

crate::redfish_struct! {
    /// The response body for the `CollectTelemetryData` action.
    pub struct CollectTelemetryDataResponse {
        /// An array of links to the collected telemetry data.
        ///
        /// Read-only. Required.
        "TelemetryData" => telemetry_data: Vec<String> [required],
    }
}

crate::redfish_enum! {
    /// An operation to perform over the sample.
    pub enum CollectionFunction {
        /// An averaging function.
        Average = "Average",
        /// A maximum function.
        Maximum = "Maximum",
        /// A minimum function.
        Minimum = "Minimum",
        /// A summation function.
        Summation = "Summation",
    }
}

crate::redfish_struct! {
    /// Properties that capture a metric value and other associated information.
    pub struct MetricValue {
        /// The link to the metric definition for this metric.
        ///
        /// Read-only.
        "MetricDefinition" => metric_definition: crate::Link<crate::metric_definition::MetricDefinition>,
        /// The metric definitions identifier for this metric.
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
        /// The date and time when the metric is obtained. A management application can establish a time series of metric data by retrieving the instances of metric value and sorting them according to their timestamp.
        ///
        /// Read-only.
        "Timestamp" => timestamp: crate::DateTime,
    }
}

crate::redfish_struct! {
    /// Parameters of the `ResetMetricReportDefinitionsToDefaults` action: The action to reset the metric report definitions to factory defaults.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetMetricReportDefinitionsToDefaultsRequest {
    }
}

impl ResetMetricReportDefinitionsToDefaultsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetMetricReportDefinitionsToDefaultsRequest {
    type Resource = TelemetryService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#TelemetryService.ResetMetricReportDefinitionsToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetTriggersToDefaults` action: The action to reset the triggers to factory defaults.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetTriggersToDefaultsRequest {
    }
}

impl ResetTriggersToDefaultsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetTriggersToDefaultsRequest {
    type Resource = TelemetryService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#TelemetryService.ResetTriggersToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SubmitTestMetricReport` action: This action generates a metric report.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SubmitTestMetricReportRequest {
        /// The contents of the `MetricReportValues` in the generated metric report.
        ///
        /// Required.
        "GeneratedMetricReportValues" => generated_metric_report_values: Vec<crate::telemetry_service::MetricValue> [required],
        /// The name of the metric report in generated metric report.
        ///
        /// Required.
        "MetricReportName" => metric_report_name: String [required],
        /// The contents of the `MetricReportValues` array in the generated metric report.
        ///
        /// Deprecated: This property has been deprecated in favor of using the property `GeneratedMetricReportValues`.
        "MetricReportValues" => metric_report_values: String,
    }
}

impl SubmitTestMetricReportRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["GeneratedMetricReportValues", "MetricReportName"];

    /// Sets `GeneratedMetricReportValues`.
    #[must_use]
    pub fn with_generated_metric_report_values(
        mut self,
        value: Vec<crate::telemetry_service::MetricValue>,
    ) -> Self {
        self.generated_metric_report_values = Some(value);
        self
    }
    /// Sets `MetricReportName`.
    #[must_use]
    pub fn with_metric_report_name(mut self, value: impl Into<String>) -> Self {
        self.metric_report_name = Some(value.into());
        self
    }
    /// Sets `MetricReportValues`.
    #[must_use]
    pub fn with_metric_report_values(mut self, value: impl Into<String>) -> Self {
        self.metric_report_values = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SubmitTestMetricReportRequest {
    type Resource = TelemetryService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#TelemetryService.SubmitTestMetricReport";
    const REQUIRED: &'static [&'static str] = &["GeneratedMetricReportValues", "MetricReportName"];
}
