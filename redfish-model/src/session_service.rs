//! `SessionService` models, generated from the DMTF Redfish JSON schema by `tools/gen_model.py`.
//!
//! Do not edit by hand: change the generator and re-run it.

#![allow(clippy::doc_markdown, clippy::large_enum_variant)]

crate::redfish_resource! {
    /// The `SessionService` schema describes the session service and its properties, with links to the actual list of sessions.
    ///
    /// DMTF schema `SessionService` v1_2_0 (Redfish 2025.4).
    pub struct SessionService: "SessionService" {
        /// The maximum number of seconds that a session is open before the service closes the session regardless of activity.
        ///
        /// Writable. Units: `s`.
        "AbsoluteSessionTimeout" => absolute_session_timeout: i64,
        /// An indication of whether an absolute session timeout is applied to sessions.
        ///
        /// Writable.
        "AbsoluteSessionTimeoutEnabled" => absolute_session_timeout_enabled: bool,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An indication of whether this service is enabled.  If `true`, this service is enabled.  If `false`, it is disabled, and new sessions cannot be created, old sessions cannot be deleted, and established sessions can continue operating.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The number of seconds of inactivity that a session can have before the session service closes the session due to inactivity.
        ///
        /// Writable. Units: `s`.
        "SessionTimeout" => session_timeout: i64,
        /// The link to a collection of sessions.
        ///
        /// Read-only.
        "Sessions" => sessions: crate::Link<crate::Collection<crate::session::Session>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::Status,
    }
}
