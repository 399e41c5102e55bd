//! `MetricDefinition`: The `MetricDefinition` schema describes the metadata information for a metric.
//!
//! Generated from the DMTF Redfish schema `MetricDefinition.v1_3_5.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `metric_definition` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MetricDefinition` schema describes the metadata information for a metric.
    ///
    /// DMTF schema `MetricDefinition` v1_3_5 (Redfish 2025.4).
    pub struct MetricDefinition {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The estimated percent error of measured versus actual values.
        ///
        /// Read-only.
        "Accuracy" => accuracy: f64,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An indication of whether the metric can be used in a calculation.
        ///
        /// Writable.
        "Calculable" => calculable: crate::metric_definition::Calculable,
        /// The calculation that is performed on a source metric to obtain the metric being defined.
        ///
        /// Read-only.
        "CalculationAlgorithm" => calculation_algorithm: crate::metric_definition::CalculationAlgorithmEnum,
        /// The metric properties that are part of a calculation that this metric definition defines.
        "CalculationParameters" => calculation_parameters: Vec<Option<crate::metric_definition::CalculationParamsType>>,
        /// The time interval over which the metric calculation is performed.
        ///
        /// Writable.
        "CalculationTimeInterval" => calculation_time_interval: String,
        /// The calibration offset added to the metric reading.
        ///
        /// Read-only.
        "Calibration" => calibration: f64,
        /// Read-only.
        "Description" => description: String,
        /// This array property specifies possible values of a discrete metric.
        ///
        /// Writable.
        "DiscreteValues" => discrete_values: Vec<Option<String>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The implementation of the metric.
        ///
        /// Read-only.
        "Implementation" => implementation: crate::metric_definition::ImplementationType,
        /// An indication of whether the metric values are linear versus non-linear.
        ///
        /// Writable.
        "IsLinear" => is_linear: bool,
        /// The logical contexts related to the metric.
        ///
        /// Read-only.
        "LogicalContexts" => logical_contexts: Vec<crate::physical_context::LogicalContext>,
        /// Maximum value for metric reading.
        ///
        /// Read-only.
        "MaxReadingRange" => max_reading_range: f64,
        /// The data type of the metric.
        ///
        /// Writable.
        "MetricDataType" => metric_data_type: crate::metric_definition::MetricDataType,
        /// The list of URIs with wildcards and property identifiers that this metric definition defines. If a URI has wildcards, the wildcards are substituted as specified in the `Wildcards` property.
        ///
        /// Writable.
        "MetricProperties" => metric_properties: Vec<Option<String>>,
        /// The type of metric.
        ///
        /// Writable.
        "MetricType" => metric_type: crate::metric_definition::MetricType,
        /// Minimum value for metric reading.
        ///
        /// Read-only.
        "MinReadingRange" => min_reading_range: f64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM-defined calculation that is performed on a source metric to obtain the metric being defined.
        ///
        /// Read-only.
        "OEMCalculationAlgorithm" => oem_calculation_algorithm: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The physical context of the metric.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// Number of significant digits in the metric reading.
        ///
        /// Read-only.
        "Precision" => precision: i64,
        /// The time interval between when a metric is updated.
        ///
        /// Writable.
        "SensingInterval" => sensing_interval: String,
        /// The accuracy of the timestamp.
        ///
        /// Read-only.
        "TimestampAccuracy" => timestamp_accuracy: String,
        /// The units of measure for this metric.
        ///
        /// Writable.
        "Units" => units: String,
        /// The wildcards and their substitution values for the entries in the `MetricProperties` array property.
        "Wildcards" => wildcards: Vec<crate::metric_definition::Wildcard>,
    }
}

crate::__impl_resource!(MetricDefinition: "MetricDefinition", actions);

crate::redfish_enum! {
    /// The types of calculations that can be applied to the metric reading. Provides information to the client on the suitability of calculation using the metric reading.
    pub enum Calculable {
        /// No calculations should be performed on the metric reading.
        NonCalculatable = "NonCalculatable",
        /// The sum of the metric reading across multiple instances is meaningful.
        Summable = "Summable",
        /// The sum of the metric reading across multiple instances is not meaningful.
        NonSummable = "NonSummable",
    }
}

crate::redfish_enum! {
    /// `CalculationAlgorithmEnum`.
    pub enum CalculationAlgorithmEnum {
        /// The metric is calculated as the average metric reading over a sliding time interval.
        Average = "Average",
        /// The metric is calculated as the maximum metric reading over during a time interval.
        Maximum = "Maximum",
        /// The metric is calculated as the minimum metric reading over a sliding time interval.
        Minimum = "Minimum",
        /// The metric is calculated as specified by an OEM.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// The parameters for a metric calculation.
    pub struct CalculationParamsType {
        /// The URI with wildcards and property identifiers of the metric property that stores the result of the calculation. If the URI has wildcards, the wildcards are substituted as specified in the `Wildcards` property.
        ///
        /// Read-only.
        "ResultMetric" => result_metric: String,
        /// The URI with wildcards and property identifiers of the metric property used as the input into the calculation. If the URI has wildcards, the wildcards are substituted as specified in the `Wildcards` property.
        ///
        /// Read-only.
        "SourceMetric" => source_metric: String,
    }
}

crate::redfish_enum! {
    /// `ImplementationType`.
    pub enum ImplementationType {
        /// The metric is implemented as a physical sensor.
        PhysicalSensor = "PhysicalSensor",
        /// The metric is implemented by applying a calculation on another metric property. The calculation is specified in the `CalculationAlgorithm` property.
        Calculated = "Calculated",
        /// The metric is implemented by applying a calculation on one or more metric properties. The calculation is not provided.
        Synthesized = "Synthesized",
        /// The metric is implemented as digital meter.
        DigitalMeter = "DigitalMeter",
    }
}

crate::redfish_enum! {
    /// The data type of the related metric values. Provides information to the client on the nature of the metric reading.
    pub enum MetricDataType {
        /// The JSON boolean definition.
        Boolean = "Boolean",
        /// The JSON string definition with the date-time format.
        DateTime = "DateTime",
        /// The JSON decimal definition.
        Decimal = "Decimal",
        /// The JSON integer definition.
        Integer = "Integer",
        /// The JSON string definition.
        String = "String",
        /// The JSON string definition with a set of defined enumerations.
        Enumeration = "Enumeration",
    }
}

crate::redfish_enum! {
    /// The type of metric. Provides information to the client on how the metric can be handled.
    pub enum MetricType {
        /// The metric is a numeric metric. The metric value is any real number.
        Numeric = "Numeric",
        /// The metric is a discrete metric. The metric value is discrete. The possible values are listed in the `DiscreteValues` property.
        Discrete = "Discrete",
        /// The metric is a gauge metric. The metric value is a real number. When the metric value reaches the gauge's extrema, it stays at that value, until the reading falls within the extrema.
        Gauge = "Gauge",
        /// The metric is a counter metric. The metric reading is a non-negative integer that increases monotonically. When a counter reaches its maximum, the value resets to 0 and resumes counting.
        Counter = "Counter",
        /// The metric is a countdown metric. The metric reading is a non-negative integer that decreases monotonically. When a counter reaches its minimum, the value resets to preset value and resumes counting down.
        Countdown = "Countdown",
        /// The metric is a non-discrete string metric. The metric reading is a non-discrete string that displays some non-discrete, non-numeric data.
        String = "String",
    }
}

crate::redfish_struct! {
    /// The wildcard and its substitution values.
    pub struct Wildcard {
        /// The string used as a wildcard.
        ///
        /// Read-only.
        "Name" => name: String,
        /// An array of values to substitute for the wildcard. `*` indicates all possible values for the wildcard.
        ///
        /// Read-only.
        "Values" => values: Vec<Option<String>>,
    }
}
