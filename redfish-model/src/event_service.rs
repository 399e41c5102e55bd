//! `EventService`: The `EventService` schema contains properties for managing event subscriptions and generates the events sent to subscribers. The resource has links to the actual collection of subscriptions, which are called event destinations.
//!
//! Generated from the DMTF Redfish schema `EventService.v1_12_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `event_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `EventService` schema contains properties for managing event subscriptions and generates the events sent to subscribers. The resource has links to the actual collection of subscriptions, which are called event destinations.
    ///
    /// DMTF schema `EventService` v1_12_0 (Redfish 2025.4).
    pub struct EventService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The number of times that the `POST` of an event is retried before the subscription terminates or is suspended. This retry occurs at the service level, which means that the HTTP `POST` to the event destination fails with an HTTP `4XX` or `5XX` status code or an HTTP timeout occurs this many times before the event destination subscription terminates or is suspended.
        ///
        /// Writable.
        "DeliveryRetryAttempts" => delivery_retry_attempts: i64,
        /// The interval, in seconds, between retry attempts for sending any event.
        ///
        /// Writable. Units: `s`.
        "DeliveryRetryIntervalSeconds" => delivery_retry_interval_seconds: i64,
        /// Read-only.
        "Description" => description: String,
        /// The content types of the message that this service can send to the event destination.
        ///
        /// Read-only.
        "EventFormatTypes" => event_format_types: Vec<Option<crate::event_destination::EventFormatType>>,
        /// The types of events to which a client can subscribe.
        ///
        /// Read-only. Deprecated: This property has been deprecated. Starting with Redfish Specification v1.6 (Event v1.3), subscriptions are based on the `RegistryPrefix` and `ResourceType` properties and not on the `EventType` property.
        "EventTypesForSubscription" => event_types_for_subscription: Vec<crate::event::EventType>,
        /// An indication of whether the service supports filtering by the `ExcludeMessageIds` property.
        ///
        /// Read-only.
        "ExcludeMessageId" => exclude_message_id: bool,
        /// An indication of whether the service supports filtering by the `ExcludeRegistryPrefixes` property.
        ///
        /// Read-only.
        "ExcludeRegistryPrefix" => exclude_registry_prefix: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An indication of whether the service supports including the resource payload of the origin of condition in the event payload.
        ///
        /// Read-only.
        "IncludeOriginOfConditionSupported" => include_origin_of_condition_supported: bool,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether the service supports filtering by the `OriginResources` property.
        ///
        /// Read-only.
        "OriginResourcesSupported" => origin_resources_supported: bool,
        /// The list of the prefixes of the message registries that can be used for the `RegistryPrefixes` or `ExcludeRegistryPrefixes` properties on a subscription. If this property is absent or contains an empty array, the service does not support registry prefix-based subscriptions.
        ///
        /// Read-only.
        "RegistryPrefixes" => registry_prefixes: Vec<Option<String>>,
        /// The list of `@odata.type` values, or schema names, that can be specified in the `ResourceTypes` array in a subscription. If this property is absent or contains an empty array, the service does not support resource type-based subscriptions.
        ///
        /// Read-only.
        "ResourceTypes" => resource_types: Vec<Option<String>>,
        /// Settings for SMTP event delivery.
        "SMTP" => smtp: crate::event_service::SMTP,
        /// The set of properties that are supported in the `$filter` query parameter for the `ServerSentEventUri`.
        "SSEFilterPropertiesSupported" => sse_filter_properties_supported: crate::event_service::SSEFilterPropertiesSupported,
        /// An indication of whether the service supports the `includeoriginofcondition` query parameter for the `ServerSentEventUri`.
        ///
        /// Read-only.
        "SSEIncludeOriginOfConditionSupported" => sse_include_origin_of_condition_supported: bool,
        /// The link to a URI for receiving Server-Sent Event representations for the events that this service generates.
        ///
        /// Read-only.
        "ServerSentEventUri" => server_sent_event_uri: String,
        /// An indication of whether this service is enabled. If `false`, events are no longer published, new SSE connections cannot be established, and existing SSE connections are terminated.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The list of severities that can be specified in the `Severities` array in a subscription.
        ///
        /// Read-only.
        "Severities" => severities: Vec<Option<crate::resource::Health>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// An indication of whether the service supports the `SubordinateResources` property on both event subscriptions and generated events.
        ///
        /// Read-only.
        "SubordinateResourcesSupported" => subordinate_resources_supported: bool,
        /// The link to a collection of event destinations.
        ///
        /// Read-only.
        "Subscriptions" => subscriptions: crate::Link<crate::Collection<crate::event_destination::EventDestination>>,
    }
}

crate::__impl_resource!(EventService: "EventService", actions);

crate::redfish_struct! {
    /// Settings for SMTP event delivery.
    pub struct SMTP {
        /// The authentication method for the SMTP server.
        ///
        /// Writable.
        "Authentication" => authentication: crate::event_service::SMTPAuthenticationMethods,
        /// The connection type to the outgoing SMTP server.
        ///
        /// Writable.
        "ConnectionProtocol" => connection_protocol: crate::event_service::SMTPConnectionProtocol,
        /// The 'from' email address of the outgoing email.
        ///
        /// Writable.
        "FromAddress" => fro_maddress: String,
        /// The password for authentication with the SMTP server. The value is `null` in responses.
        ///
        /// Writable.
        "Password" => password: String [secret],
        /// Indicates if the `Password` property is set.
        ///
        /// Read-only.
        "PasswordSet" => password_set: bool,
        /// The destination SMTP port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// The address of the SMTP server.
        ///
        /// Writable.
        "ServerAddress" => server_address: String,
        /// An indication if SMTP for event delivery is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The username for authentication with the SMTP server.
        ///
        /// Writable.
        "Username" => username: String,
    }
}

crate::redfish_enum! {
    /// `SMTPAuthenticationMethods`.
    pub enum SMTPAuthenticationMethods {
        /// No authentication.
        None = "None",
        /// Auto-detect.
        AutoDetect = "AutoDetect",
        /// PLAIN authentication.
        Plain = "Plain",
        /// LOGIN authentication.
        /// Deprecated: This value has been deprecated in favor of `Plain`, which supersedes the LOGIN authentication method for SASL.
        Login = "Login",
        /// CRAM-MD5 authentication.
        CRAMMD5 = "CRAM_MD5",
    }
}

crate::redfish_enum! {
    /// `SMTPConnectionProtocol`.
    pub enum SMTPConnectionProtocol {
        /// Clear text.
        None = "None",
        /// Auto-detect.
        AutoDetect = "AutoDetect",
        /// StartTLS.
        StartTLS = "StartTLS",
        /// TLS/SSL.
        TLSSSL = "TLS_SSL",
    }
}

crate::redfish_struct! {
    /// The set of properties that are supported in the `$filter` query parameter for the `ServerSentEventUri`.
    pub struct SSEFilterPropertiesSupported {
        /// An indication of whether the service supports filtering by the `EventFormatType` property.
        ///
        /// Read-only.
        "EventFormatType" => event_format_type: bool,
        /// An indication of whether the service supports filtering by the `EventTypes` property.
        ///
        /// Read-only. Deprecated: This property has been deprecated. Starting with Redfish Specification v1.6 (Event v1.3), subscriptions are based on the `RegistryPrefix` and `ResourceType` properties and not on the `EventType` property.
        "EventType" => event_type: bool,
        /// An indication of whether the service supports filtering by the `MessageIds` property.
        ///
        /// Read-only.
        "MessageId" => message_id: bool,
        /// An indication of whether the service supports filtering by the `MetricReportDefinitions` property.
        ///
        /// Read-only.
        "MetricReportDefinition" => metric_report_definition: bool,
        /// An indication of whether the service supports filtering by the `OriginResources` property.
        ///
        /// Read-only.
        "OriginResource" => origin_resource: bool,
        /// An indication of whether the service supports filtering by the `RegistryPrefixes` property.
        ///
        /// Read-only.
        "RegistryPrefix" => registry_prefix: bool,
        /// An indication of whether the service supports filtering by the `ResourceTypes` property.
        ///
        /// Read-only.
        "ResourceType" => resource_type: bool,
        /// An indication of whether the service supports filtering by the `SubordinateResources` property.
        ///
        /// Read-only.
        "SubordinateResources" => subordinate_resources: bool,
    }
}

crate::redfish_struct! {
    /// Parameters of the `SubmitTestEvent` action: This action generates a test event.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SubmitTestEventRequest {
        /// The group identifier for the event.
        "EventGroupId" => event_group_id: i64,
        /// The ID for the event to add.
        "EventId" => event_id: String,
        /// The date and time for the event to add.
        "EventTimestamp" => event_timestamp: crate::DateTime,
        /// The type for the event to add.
        ///
        /// Deprecated: This parameter has been deprecated. Starting with Redfish Specification v1.6 (Event v1.3), subscriptions are based on the `RegistryPrefix` and `ResourceType` properties and not on the `EventType` property.
        "EventType" => event_type: crate::event::EventType,
        /// The human-readable message for the event to add.
        "Message" => message: String,
        /// An array of message arguments for the event to add.
        "MessageArgs" => message_args: Vec<String>,
        /// The `MessageId` for the event to add.
        ///
        /// Required.
        "MessageId" => message_id: crate::MessageId [required],
        /// The severity for the event to add.
        "MessageSeverity" => message_severity: crate::resource::Health,
        /// The URL in the `OriginOfCondition` property of the event to add. It is not a reference object.
        "OriginOfCondition" => origin_of_condition: String,
        /// The severity for the event to add.
        "Severity" => severity: String,
    }
}

impl SubmitTestEventRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["MessageId"];

    /// Sets `EventGroupId`.
    #[must_use]
    pub fn with_event_group_id(mut self, value: i64) -> Self {
        self.event_group_id = Some(value);
        self
    }
    /// Sets `EventId`.
    #[must_use]
    pub fn with_event_id(mut self, value: impl Into<String>) -> Self {
        self.event_id = Some(value.into());
        self
    }
    /// Sets `EventTimestamp`.
    #[must_use]
    pub fn with_event_timestamp(mut self, value: crate::DateTime) -> Self {
        self.event_timestamp = Some(value);
        self
    }
    /// Sets `EventType`.
    #[must_use]
    pub fn with_event_type(mut self, value: crate::event::EventType) -> Self {
        self.event_type = Some(value);
        self
    }
    /// Sets `Message`.
    #[must_use]
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `MessageArgs`.
    #[must_use]
    pub fn with_message_args(mut self, value: Vec<String>) -> Self {
        self.message_args = Some(value);
        self
    }
    /// Sets `MessageId`.
    #[must_use]
    pub fn with_message_id(mut self, value: crate::MessageId) -> Self {
        self.message_id = Some(value);
        self
    }
    /// Sets `MessageSeverity`.
    #[must_use]
    pub fn with_message_severity(mut self, value: crate::resource::Health) -> Self {
        self.message_severity = Some(value);
        self
    }
    /// Sets `OriginOfCondition`.
    #[must_use]
    pub fn with_origin_of_condition(mut self, value: impl Into<String>) -> Self {
        self.origin_of_condition = Some(value.into());
        self
    }
    /// Sets `Severity`.
    #[must_use]
    pub fn with_severity(mut self, value: impl Into<String>) -> Self {
        self.severity = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SubmitTestEventRequest {
    type Resource = EventService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#EventService.SubmitTestEvent";
    const REQUIRED: &'static [&'static str] = &["MessageId"];
}

crate::redfish_struct! {
    /// Parameters of the `TestEventSubscription` action: This action generates a test event using the pre-defined test message.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct TestEventSubscriptionRequest {
    }
}

impl TestEventSubscriptionRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for TestEventSubscriptionRequest {
    type Resource = EventService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#EventService.TestEventSubscription";
    const REQUIRED: &'static [&'static str] = &[];
}
