//! `EventDestination`: The `EventDestination` schema defines the target of an event subscription, including the event types and context to provide to the target in the event payload.
//!
//! Generated from the DMTF Redfish schema `EventDestination.v1_16_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `event_destination` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `EventDestination` schema defines the target of an event subscription, including the event types and context to provide to the target in the event payload.
    ///
    /// DMTF schema `EventDestination` v1_16_0 (Redfish 2025.4).
    pub struct EventDestination {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The backup destination URIs for this event receiver. Events are sent to these URIs, in array order, when the destination URI is unreachable or returns an error.
        ///
        /// Writable.
        "BackupDestinations" => backup_destinations: Vec<Option<String>>,
        /// The link to a collection of server certificates for the server referenced by the `Destination` property.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The link to a collection of client identity certificates provided to the server referenced by the `Destination` property.
        ///
        /// Read-only.
        "ClientCertificates" => client_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// A client-supplied string that is stored with the event destination subscription.
        ///
        /// Writable. Required.
        "Context" => context: String [required],
        /// The subscription delivery retry policy for events, where the subscription type is `RedfishEvent`.
        ///
        /// Writable.
        "DeliveryRetryPolicy" => delivery_retry_policy: crate::event_destination::DeliveryRetryPolicy,
        /// Read-only.
        "Description" => description: String,
        /// The URI of the destination event receiver.
        ///
        /// Read-only.
        "Destination" => destination: String,
        /// The content types of the message that are sent to the `EventDestination`.
        ///
        /// Read-only.
        "EventFormatType" => event_format_type: crate::event_destination::EventFormatType,
        /// The types of events that are sent to the destination.
        ///
        /// Read-only. Deprecated: This property has been deprecated. Starting with Redfish Specification v1.6 (Event v1.3), subscriptions are based on the `RegistryPrefix` and `ResourceType` properties and not on the `EventType` property. Use `EventFormatType` to create subscriptions for metric reports. If the subscription does not include this property, the service shall use a single element with a default of `Other`.
        "EventTypes" => event_types: Vec<crate::event::EventType>,
        /// The list of `MessageId` values that are not sent to this event destination.
        ///
        /// Read-only.
        "ExcludeMessageIds" => exclude_message_ids: Vec<Option<String>>,
        /// The list of prefixes for the message registries that contain the `MessageId` values that are not sent to this event destination.
        ///
        /// Read-only.
        "ExcludeRegistryPrefixes" => exclude_registry_prefixes: Vec<Option<String>>,
        /// Interval for sending heartbeat events to the destination in minutes.
        ///
        /// Read-only.
        "HeartbeatIntervalMinutes" => heartbeat_interval_minutes: i64,
        /// An array of settings for HTTP headers, such as authorization information. This array is `null` or an empty array in responses. An empty array is the preferred return value on read operations.
        "HttpHeaders" => http_headers: Vec<crate::event_destination::HttpHeaderProperty>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An indication of whether the events subscribed to will also include the entire resource or object referenced by the `OriginOfCondition` property in the event payload.
        ///
        /// Read-only.
        "IncludeOriginOfCondition" => include_origin_of_condition: bool,
        /// The list of `MessageId` values that are sent to this event destination.
        ///
        /// Read-only.
        "MessageIds" => message_ids: Vec<Option<String>>,
        /// A list of metric report definitions for which the service only sends related metric reports. If this property is absent or the array is empty, metric reports that originate from any metric report definition are sent to the subscriber.
        ///
        /// Read-only.
        "MetricReportDefinitions" => metric_report_definitions: Vec<crate::Link<crate::metric_report_definition::MetricReportDefinition>>,
        "MetricReportDefinitions@odata.count" => metric_report_definitions_count: u64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM-defined protocol type of the event connection.
        ///
        /// Read-only.
        "OEMProtocol" => oem_protocol: String,
        /// The OEM-defined subscription type for events.
        ///
        /// Read-only.
        "OEMSubscriptionType" => oem_subscription_type: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The array of resources for which the service sends only related events.
        ///
        /// Read-only.
        "OriginResources" => origin_resources: Vec<crate::Link>,
        "OriginResources@odata.count" => origin_resources_count: u64,
        /// The protocol type of the event connection.
        ///
        /// Read-only.
        "Protocol" => protocol: crate::event_destination::EventDestinationProtocol,
        /// The list of prefixes for the message registries that contain the `MessageId` values that are sent to this event destination.
        ///
        /// Read-only.
        "RegistryPrefixes" => registry_prefixes: Vec<Option<String>>,
        /// The list of resource type values (schema names) that correspond to the `OriginOfCondition`. The version and full namespace should not be specified.
        ///
        /// Read-only.
        "ResourceTypes" => resource_types: Vec<Option<String>>,
        /// Settings for an SNMP event destination.
        "SNMP" => snmp: crate::event_destination::SNMPSettings,
        /// Send a heartbeat event periodically to the destination.
        ///
        /// Read-only.
        "SendHeartbeat" => send_heartbeat: bool,
        /// The list of severities that are sent to this event destination.
        ///
        /// Read-only.
        "Severities" => severities: Vec<Option<crate::resource::Health>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// An indication of whether the subscription is for events in the `OriginResources` array and its subordinate resources. If `true` and the `OriginResources` array is specified, the subscription is for events in the `OriginResources` array and its subordinate resources. Note that resources associated through the Links section are not considered subordinate. If `false` and the `OriginResources` array is specified, the subscription is for events in the `OriginResources` array only. If the `OriginResources` array is not present, this property has no relevance.
        ///
        /// Read-only.
        "SubordinateResources" => subordinate_resources: bool,
        /// The subscription type for events.
        ///
        /// Read-only. Required.
        "SubscriptionType" => subscription_type: crate::event_destination::SubscriptionType [required],
        /// A list of filters applied to syslog messages before sending to a remote syslog server. An empty list indicates all syslog messages are sent.
        "SyslogFilters" => syslog_filters: Vec<Option<crate::event_destination::SyslogFilter>>,
        /// An indication of whether the service will verify the certificate of the server referenced by the `Destination` property prior to sending the event.
        ///
        /// Writable.
        "VerifyCertificate" => verify_certificate: bool,
    }
}

crate::__impl_resource!(EventDestination: "EventDestination", actions);

crate::redfish_enum! {
    /// `DeliveryRetryPolicy`.
    pub enum DeliveryRetryPolicy {
        /// The subscription is terminated after the maximum number of retries is reached.
        TerminateAfterRetries = "TerminateAfterRetries",
        /// The subscription is suspended after the maximum number of retries is reached.
        SuspendRetries = "SuspendRetries",
        /// The subscription is not suspended or terminated, and attempts at delivery of future events continues regardless of the number of retries.
        RetryForever = "RetryForever",
        /// The subscription is not suspended or terminated, and attempts at delivery of future events continues regardless of the number of retries, but issued over time according to a service-defined backoff algorithm.
        RetryForeverWithBackoff = "RetryForeverWithBackoff",
    }
}

crate::redfish_enum! {
    /// `EventDestinationProtocol`.
    pub enum EventDestinationProtocol {
        /// The destination follows the Redfish Specification for event notifications.
        Redfish = "Redfish",
        /// The destination follows the Kafka protocol for event notifications.
        Kafka = "Kafka",
        /// The destination follows the SNMPv1 protocol for event notifications.
        SNMPv1 = "SNMPv1",
        /// The destination follows the SNMPv2c protocol for event notifications.
        SNMPv2c = "SNMPv2c",
        /// The destination follows the SNMPv3 protocol for event notifications.
        SNMPv3 = "SNMPv3",
        /// The destination follows the SMTP specification for event notifications.
        SMTP = "SMTP",
        /// The destination follows syslog TLS-based transport for event notifications.
        SyslogTLS = "SyslogTLS",
        /// The destination follows syslog TCP-based transport for event notifications.
        SyslogTCP = "SyslogTCP",
        /// The destination follows syslog UDP-based transport for event notifications.
        SyslogUDP = "SyslogUDP",
        /// The destination follows syslog RELP for event notifications.
        SyslogRELP = "SyslogRELP",
        /// The destination follows an OEM protocol for event notifications.
        OEM = "OEM",
    }
}

/// The HTTP header value is the property value. The header name is the property name.
pub type HttpHeaderProperty = serde_json::Map<String, serde_json::Value>;

crate::redfish_struct! {
    /// Parameters of the `ResumeSubscription` action: This action resumes a suspended event subscription.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResumeSubscriptionRequest {
        /// The maximum age of buffered events that should be delivered when resuming the subscription.
        "DeliverBufferedEventDuration" => deliver_buffered_event_duration: String,
    }
}

impl ResumeSubscriptionRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `DeliverBufferedEventDuration`.
    #[must_use]
    pub fn with_deliver_buffered_event_duration(mut self, value: impl Into<String>) -> Self {
        self.deliver_buffered_event_duration = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ResumeSubscriptionRequest {
    type Resource = EventDestination;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#EventDestination.ResumeSubscription";
    const REQUIRED: &'static [&'static str] = &[];
}

pub use crate::common::SNMPAuthenticationProtocols;

pub use crate::common::SNMPEncryptionProtocols;

crate::redfish_struct! {
    /// Settings for an SNMP event destination.
    pub struct SNMPSettings {
        /// The secret authentication key for SNMPv3.
        ///
        /// Writable.
        "AuthenticationKey" => authentication_key: String,
        /// Indicates if the `AuthenticationKey` property is set.
        ///
        /// Read-only.
        "AuthenticationKeySet" => authentication_key_set: bool,
        /// The authentication protocol for SNMPv3.
        ///
        /// Writable.
        "AuthenticationProtocol" => authentication_protocol: crate::common::SNMPAuthenticationProtocols,
        /// The secret authentication key for SNMPv3.
        ///
        /// Writable.
        "EncryptionKey" => encryption_key: String,
        /// Indicates if the `EncryptionKey` property is set.
        ///
        /// Read-only.
        "EncryptionKeySet" => encryption_key_set: bool,
        /// The encryption protocol for SNMPv3.
        ///
        /// Writable.
        "EncryptionProtocol" => encryption_protocol: crate::common::SNMPEncryptionProtocols,
        /// Indicates whether the SNMP trap community string is hidden in responses.
        ///
        /// Writable.
        "HideCommunityStrings" => hide_community_strings: bool,
        /// The SNMP trap community string.
        ///
        /// Writable.
        "TrapCommunity" => trap_community: String,
    }
}

crate::redfish_enum! {
    /// `SubscriptionType`.
    pub enum SubscriptionType {
        /// The subscription follows the Redfish Specification for event notifications. To send an event notification, a service sends an HTTP `POST` to the subscriber's destination URI.
        RedfishEvent = "RedfishEvent",
        /// The subscription follows the HTML5 server-sent event definition for event notifications.
        SSE = "SSE",
        /// The subscription follows the various versions of SNMP Traps for event notifications.
        SNMPTrap = "SNMPTrap",
        /// The subscription follows versions 2 and 3 of SNMP Inform for event notifications.
        SNMPInform = "SNMPInform",
        /// The subscription sends syslog messages for event notifications.
        Syslog = "Syslog",
        /// The subscription is an OEM subscription.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// Parameters of the `SuspendSubscription` action: This action suspends an event subscription.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SuspendSubscriptionRequest {
    }
}

impl SuspendSubscriptionRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for SuspendSubscriptionRequest {
    type Resource = EventDestination;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#EventDestination.SuspendSubscription";
    const REQUIRED: &'static [&'static str] = &[];
}

pub use crate::common::SyslogFacility;

crate::redfish_struct! {
    /// A syslog filter.
    pub struct SyslogFilter {
        /// The types of programs that can log messages.
        ///
        /// Writable.
        "LogFacilities" => log_facilities: Vec<Option<crate::common::SyslogFacility>>,
        /// The lowest severity level message that will be forwarded.
        ///
        /// Writable.
        "LowestSeverity" => lowest_severity: crate::common::SyslogSeverity,
    }
}

pub use crate::common::SyslogSeverity;

crate::redfish_enum! {
    /// `EventFormatType`.
    pub enum EventFormatType {
        /// The subscription destination receives an event payload.
        Event = "Event",
        /// The subscription destination receives a metric report.
        MetricReport = "MetricReport",
    }
}
