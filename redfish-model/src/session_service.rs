//! `SessionService`: The `SessionService` schema describes the session service and its properties, with links to the actual list of sessions.
//!
//! Generated from the DMTF Redfish schema `SessionService.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `session_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `SessionService` schema describes the session service and its properties, with links to the actual list of sessions.
    ///
    /// DMTF schema `SessionService` v1_2_0 (Redfish 2025.4).
    pub struct SessionService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
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
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether this service is enabled. If `true`, this service is enabled. If `false`, it is disabled, and new sessions cannot be created, old sessions cannot be deleted, and established sessions can continue operating.
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
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(SessionService: "SessionService", actions);
