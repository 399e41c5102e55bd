//! `Event`: The `Event` schema describes the JSON payload received by an event destination, which has subscribed to event notification, when events occur. This resource contains data about events, including descriptions, severity, and a `MessageId` reference to a message registry that can be accessed for further information. For standard message definitions, see DSP2065.
//!
//! Generated from the DMTF Redfish schema `Event.v1_13_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `event` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Event` schema describes the JSON payload received by an event destination, which has subscribed to event notification, when events occur. This resource contains data about events, including descriptions, severity, and a `MessageId` reference to a message registry that can be accessed for further information. For standard message definitions, see DSP2065.
    ///
    /// DMTF schema `Event` v1_13_0 (Redfish 2025.4).
    pub struct Event {
        "@odata.context" => odata_context: String,
        /// The entity tag of this representation.
        "@odata.etag" => odata_etag: crate::ETag,
        /// The URI of this resource.
        "@odata.id" => odata_id: crate::ODataId,
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
        /// Each event in this array has a set of properties that describe the event. Because this is an array, more than one event can be sent simultaneously.
        ///
        /// Required.
        "Events" => events: Vec<crate::event::EventRecord> [required],
        "Events@odata.count" => events_count: u64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(Event: "Event", actions);

crate::redfish_struct! {
    /// Details for a CPER section or record associated with an event.
    pub struct CPER {
        /// The CPER Notification Type for a CPER record.
        ///
        /// Read-only.
        "NotificationType" => notification_type: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The CPER Section Type.
        ///
        /// Read-only.
        "SectionType" => section_type: String,
    }
}

crate::redfish_enum! {
    /// `DiagnosticDataTypes`.
    pub enum DiagnosticDataTypes {
        /// Manager diagnostic data.
        Manager = "Manager",
        /// Pre-OS diagnostic data.
        PreOS = "PreOS",
        /// Operating system (OS) diagnostic data.
        OS = "OS",
        /// OEM diagnostic data.
        OEM = "OEM",
        /// UEFI Common Platform Error Record.
        CPER = "CPER",
        /// A Section of a UEFI Common Platform Error Record.
        CPERSection = "CPERSection",
    }
}

crate::redfish_struct! {
    /// `EventRecord`.
    pub struct EventRecord {
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The size of the additional data for this event.
        ///
        /// Read-only. Units: `By`.
        "AdditionalDataSizeBytes" => additional_data_size_bytes: i64,
        /// The URI at which to access the additional data for the event, such as diagnostic data, image captures, or other files.
        ///
        /// Read-only.
        "AdditionalDataURI" => additional_data_uri: String,
        /// Details for a CPER section or record associated with this event.
        "CPER" => cper: crate::event::CPER,
        /// A context can be supplied at subscription time. This property is the context value supplied by the subscriber.
        ///
        /// Read-only. Deprecated: Events are triggered independently from subscriptions to those events. This property has been deprecated in favor of the `Context` property found at the root level of the object.
        "Context" => context: String,
        /// A Base64-encoded set of diagnostic data associated with this event.
        ///
        /// Read-only.
        "DiagnosticData" => diagnostic_data: String,
        /// The type of data available in the `DiagnosticData` property or retrieved from the URI specified by the `AdditionalDataURI` property.
        ///
        /// Read-only.
        "DiagnosticDataType" => diagnostic_data_type: crate::event::DiagnosticDataTypes,
        /// The identifier that correlates events with the same root cause. If `0`, no other event is related to this event.
        ///
        /// Read-only.
        "EventGroupId" => event_group_id: i64,
        /// The unique instance identifier of an event.
        ///
        /// Read-only.
        "EventId" => event_id: String,
        /// The time the event occurred.
        ///
        /// Read-only.
        "EventTimestamp" => event_timestamp: crate::DateTime,
        /// The type of event.
        ///
        /// Read-only. Required. Deprecated: This property has been deprecated. Starting with Redfish Specification v1.6 (Event v1.3), subscriptions are based on the `RegistryPrefix` and `ResourceType` properties and not on the `EventType` property.
        "EventType" => event_type: crate::event::EventType [required],
        /// The link to a log entry if an entry was created for this event.
        ///
        /// Read-only.
        "LogEntry" => log_entry: crate::Link<crate::log_entry::LogEntry>,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// The human-readable event message.
        ///
        /// Read-only.
        "Message" => message: String,
        /// An array of message arguments that are substituted for the arguments in the message when looked up in the message registry.
        ///
        /// Read-only.
        "MessageArgs" => message_args: Vec<String>,
        /// The identifier for the message.
        ///
        /// Read-only. Required.
        "MessageId" => message_id: crate::MessageId [required],
        /// The severity of the message in this event.
        ///
        /// Read-only.
        "MessageSeverity" => message_severity: crate::resource::Health,
        /// The OEM-defined type of data available in the `DiagnosticData` property or retrieved from the URI specified by the `AdditionalDataURI` property.
        ///
        /// Read-only.
        "OEMDiagnosticDataType" => oem_diagnostic_data_type: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The IP address, with scheme, of the user associated with the log entry.
        ///
        /// Read-only.
        "OriginAddress" => origin_address: String,
        /// A link to the resource or object that originated the condition that caused the event to be generated.
        ///
        /// Read-only.
        "OriginOfCondition" => origin_of_condition: crate::Link,
        /// Indicates whether the `OriginOfCondition` link is unavailable, such as due to the deletion of the resource.
        ///
        /// Read-only.
        "OriginOfConditionUnavailable" => origin_of_condition_unavailable: bool,
        /// Used to provide suggestions on how to resolve the situation that caused the event.
        ///
        /// Read-only.
        "Resolution" => resolution: String,
        /// The list of recommended steps to resolve the cause of the event.
        "ResolutionSteps" => resolution_steps: Vec<crate::resolution_step::ResolutionStep>,
        /// The severity of the event.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `MessageSeverity`, which ties the values to the enumerations defined for the `Health` property within `Status`.
        "Severity" => severity: String,
        /// Indicates this event is equivalent to a more specific event in this event group.
        ///
        /// Read-only.
        "SpecificEventExistsInGroup" => specific_event_exists_in_group: bool,
        /// The source of authentication for the username property associated with the event record.
        ///
        /// Read-only.
        "UserAuthenticationSource" => user_authentication_source: String,
        /// The username of the account associated with the event record.
        ///
        /// Read-only.
        "Username" => username: String,
    }
}

crate::redfish_enum! {
    /// `EventType`.
    pub enum EventType {
        /// The status of a resource has changed.
        StatusChange = "StatusChange",
        /// A resource has been updated.
        ResourceUpdated = "ResourceUpdated",
        /// A resource has been added.
        ResourceAdded = "ResourceAdded",
        /// A resource has been removed.
        ResourceRemoved = "ResourceRemoved",
        /// A condition requires attention.
        Alert = "Alert",
        /// The telemetry service is sending a metric report.
        MetricReport = "MetricReport",
        /// Because `EventType` is deprecated as of Redfish Specification v1.6, the event is based on a registry or resource but not an `EventType`.
        Other = "Other",
    }
}
