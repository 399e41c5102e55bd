//! `OutboundConnection`: The `OutboundConnection` schema defines how the Redfish service connects to a remote client over a WebSocket connection. This allows a service behind a firewall to establish a connection to a remote client outside of the firewall.
//!
//! Generated from the DMTF Redfish schema `OutboundConnection.v1_0_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `outbound_connection` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `OutboundConnection` schema defines how the Redfish service connects to a remote client over a WebSocket connection. This allows a service behind a firewall to establish a connection to a remote client outside of the firewall.
    ///
    /// DMTF schema `OutboundConnection` v1_0_2 (Redfish 2025.4).
    pub struct OutboundConnection {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The authentication mechanism for the WebSocket connection.
        ///
        /// Read-only.
        "Authentication" => authentication: crate::outbound_connection::AuthenticationType,
        /// The link to a collection of server certificates for the remote client referenced by the `EndpointURI` property.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The link to a collection of client identity certificates provided to the remote client referenced by the `EndpointURI` property.
        ///
        /// Read-only.
        "ClientCertificates" => client_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Indicates if the outbound connection is enabled.
        ///
        /// Writable.
        "ConnectionEnabled" => connection_enabled: bool,
        /// Read-only.
        "Description" => description: String,
        /// The URI of the WebSocket connection to the remote client.
        ///
        /// Read-only.
        "EndpointURI" => endpoint_uri: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::outbound_connection::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The HTTP headers to send to the remote client during the initial connection prior to the WebSocket upgrade. This property is an empty object in responses.
        "PreUpgradeHTTPHeaders" => pre_upgrade_http_headers: crate::outbound_connection::HTTPHeaderProperty,
        /// The retry policy for this outbound connection.
        "RetryPolicy" => retry_policy: crate::outbound_connection::RetryPolicyType,
        /// The Redfish roles that contain the privileges of the remote client for the outbound connection.
        ///
        /// Read-only.
        "Roles" => roles: Vec<Option<String>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// Interval for sending the WebSocket ping opcode in minutes. The value `0` indicates the ping opcode is not sent.
        ///
        /// Writable.
        "WebSocketPingIntervalMinutes" => web_socket_ping_interval_minutes: i64,
    }
}

crate::__impl_resource!(OutboundConnection: "OutboundConnection", actions);

crate::redfish_enum! {
    /// `AuthenticationType`.
    pub enum AuthenticationType {
        /// Mutual TLS.
        MTLS = "MTLS",
        /// JSON Web Token.
        JWT = "JWT",
        /// No authentication.
        None = "None",
        /// OEM-specific.
        OEM = "OEM",
    }
}

/// The HTTP header value is the property value. The header name is the property name.
pub type HTTPHeaderProperty = serde_json::Map<String, serde_json::Value>;

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the session for this outbound connection.
        ///
        /// Read-only.
        "Session" => session: crate::Link<crate::session::Session>,
    }
}

crate::redfish_enum! {
    /// `OutboundConnectionRetryPolicyType`.
    pub enum OutboundConnectionRetryPolicyType {
        /// No retries.
        None = "None",
        /// Retry forever.
        RetryForever = "RetryForever",
        /// Retry until a maximum count is reached.
        RetryCount = "RetryCount",
    }
}

crate::redfish_struct! {
    /// The retry policy for an outbound connection.
    pub struct RetryPolicyType {
        /// The type of retry policy for this outbound connection.
        ///
        /// Read-only.
        "ConnectionRetryPolicy" => connection_retry_policy: crate::outbound_connection::OutboundConnectionRetryPolicyType,
        /// The number of retries to attempt if the retry policy specifies a maximum number of retries.
        ///
        /// Writable.
        "RetryCount" => retry_count: i64,
        /// The retry interval in minutes.
        ///
        /// Writable.
        "RetryIntervalMinutes" => retry_interval_minutes: i64,
    }
}
