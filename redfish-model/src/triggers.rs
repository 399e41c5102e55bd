//! `Triggers`: The `Triggers` schema describes a trigger condition that applies to metrics.
//!
//! Generated from the DMTF Redfish schema `Triggers.v1_4_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `triggers` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Triggers` schema describes a trigger condition that applies to metrics.
    ///
    /// DMTF schema `Triggers` v1_4_0 (Redfish 2025.4).
    pub struct Triggers {
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
        /// The conditions for a discrete metric trigger.
        ///
        /// Read-only.
        "DiscreteTriggerCondition" => discrete_trigger_condition: crate::triggers::DiscreteTriggerConditionEnum,
        /// The list of discrete triggers.
        "DiscreteTriggers" => discrete_triggers: Vec<crate::triggers::DiscreteTrigger>,
        /// The array of `MessageId` values that specify when a trigger condition is met based on an event.
        ///
        /// Writable.
        "EventTriggers" => event_triggers: Vec<Option<String>>,
        /// The duration the metric value must not violate the threshold before the threshold is deactivated.
        ///
        /// Writable.
        "HysteresisDuration" => hysteresis_duration: String,
        /// The reading offset from the threshold value required to clear the threshold.
        ///
        /// Writable.
        "HysteresisReading" => hysteresis_reading: f64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::triggers::Links,
        /// The label for the metric definitions that contain the property identifiers for this trigger. It matches the `Id` property of the corresponding metric definition.
        ///
        /// Writable.
        "MetricIds" => metric_ids: Vec<Option<String>>,
        /// An array of URIs with wildcards and property identifiers for this trigger. Each wildcard, a name contained by a set of curly braces, is replaced with its corresponding entry in the `Wildcard` array property.
        ///
        /// Writable.
        "MetricProperties" => metric_properties: Vec<Option<String>>,
        /// The metric type of the trigger.
        ///
        /// Read-only.
        "MetricType" => metric_type: crate::triggers::MetricTypeEnum,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The thresholds for a numeric metric trigger.
        "NumericThresholds" => numeric_thresholds: crate::triggers::Thresholds,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The message issued as part of the trigger actions.
        ///
        /// Writable.
        "TriggerActionMessage" => trigger_action_message: crate::triggers::TriggerActionMessage,
        /// The actions that the trigger initiates.
        ///
        /// Read-only.
        "TriggerActions" => trigger_actions: Vec<crate::triggers::TriggerActionEnum>,
        /// An indication of whether the trigger is enabled.
        ///
        /// Writable.
        "TriggerEnabled" => trigger_enabled: bool,
        /// The wildcards and their substitution values for the entries in the `MetricProperties` array property.
        "Wildcards" => wildcards: Vec<crate::triggers::Wildcard>,
    }
}

crate::__impl_resource!(Triggers: "Triggers", actions);

crate::redfish_enum! {
    /// The direction of crossing that corresponds to a trigger.
    pub enum DirectionOfCrossingEnum {
        /// A trigger condition is met when the metric value crosses the trigger value while increasing.
        Increasing = "Increasing",
        /// A trigger is met when the metric value crosses the trigger value while decreasing.
        Decreasing = "Decreasing",
    }
}

crate::redfish_struct! {
    /// The characteristics of the discrete trigger.
    pub struct DiscreteTrigger {
        /// The amount of time that a trigger event persists before the metric action is performed.
        ///
        /// Writable.
        "DwellTime" => dwell_time: String,
        /// The name of the trigger.
        ///
        /// Read-only.
        "Name" => name: String,
        /// The severity of the event message.
        ///
        /// Writable.
        "Severity" => severity: crate::resource::Health,
        /// The discrete metric value that constitutes a trigger event.
        ///
        /// Writable.
        "Value" => value: String,
    }
}

crate::redfish_enum! {
    /// The condition, in relationship to the discrete trigger values, which constitutes a trigger.
    pub enum DiscreteTriggerConditionEnum {
        /// A discrete trigger condition is met when the metric value becomes one of the values that the `DiscreteTriggers` property lists.
        Specified = "Specified",
        /// A discrete trigger condition is met whenever the metric value changes.
        Changed = "Changed",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The metric report definitions that generate new metric reports when a trigger condition is met and when the `TriggerActions` property contains `RedfishMetricReport`.
        ///
        /// Writable.
        "MetricReportDefinitions" => metric_report_definitions: Vec<crate::Link<crate::metric_report_definition::MetricReportDefinition>>,
        "MetricReportDefinitions@odata.count" => metric_report_definitions_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// The type of metric for which the trigger is configured.
    pub enum MetricTypeEnum {
        /// A numeric value trigger.
        Numeric = "Numeric",
        /// A discrete value trigger.
        Discrete = "Discrete",
    }
}

crate::redfish_struct! {
    /// A threshold definition for a metric.
    pub struct Threshold {
        /// The direction of crossing that activates this threshold.
        ///
        /// Writable.
        "Activation" => activation: crate::common::ThresholdActivation,
        /// The duration the metric value must violate the threshold before the threshold is activated.
        ///
        /// Writable.
        "DwellTime" => dwell_time: String,
        /// The threshold value.
        ///
        /// Writable.
        "Reading" => reading: f64,
    }
}

pub use crate::common::ThresholdActivation;

crate::redfish_struct! {
    /// The set of thresholds for a metric.
    pub struct Thresholds {
        /// The value at which the reading is below normal range and requires attention.
        "LowerCritical" => lower_critical: crate::triggers::Threshold,
        /// The value at which the reading is below normal range.
        "LowerWarning" => lower_warning: crate::triggers::Threshold,
        /// The value at which the reading is above normal range and requires attention.
        "UpperCritical" => upper_critical: crate::triggers::Threshold,
        /// The value at which the reading is above normal range.
        "UpperWarning" => upper_warning: crate::triggers::Threshold,
    }
}

crate::redfish_enum! {
    /// The actions to perform when a trigger condition is met.
    pub enum TriggerActionEnum {
        /// When a trigger condition is met, record in a log.
        LogToLogService = "LogToLogService",
        /// When a trigger condition is met, the service sends an event to subscribers.
        RedfishEvent = "RedfishEvent",
        /// When a trigger condition is met, force an update of the specified metric reports.
        RedfishMetricReport = "RedfishMetricReport",
    }
}

crate::redfish_enum! {
    /// The message used for events or log entries when the trigger is activated.
    pub enum TriggerActionMessage {
        /// Messages from the Telemetry Message Registry.
        Telemetry = "Telemetry",
        /// `MediaLifeLeftLow` message from the Storage Device Message Registry.
        DriveMediaLife = "DriveMediaLife",
        /// `ConnectionSpeedLow` message from the Network Device Message Registry.
        ConnectionSpeed = "ConnectionSpeed",
    }
}

crate::redfish_struct! {
    /// The wildcard and its substitution values.
    pub struct Wildcard {
        /// The wildcard.
        ///
        /// Read-only.
        "Name" => name: String,
        /// An array of values to substitute for the wildcard. A single value of `*` matches all resources.
        ///
        /// Writable.
        "Values" => values: Vec<Option<String>>,
    }
}
