//! `Session`: The `Session` resource describes a single connection (session) between a client and a Redfish service instance.
//!
//! Generated from the DMTF Redfish schema `Session.v1_8_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `session` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Session` resource describes a single connection (session) between a client and a Redfish service instance.
    ///
    /// DMTF schema `Session` v1_8_0 (Redfish 2025.4).
    pub struct Session {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The IP address of the client that created the session.
        ///
        /// Read-only.
        "ClientOriginIPAddress" => client_origin_ip_address: String,
        /// A client-supplied string that is stored with the session.
        ///
        /// Read-only.
        "Context" => context: String,
        /// The date and time when the session was created.
        ///
        /// Read-only.
        "CreatedTime" => created_time: crate::DateTime,
        /// Read-only.
        "Description" => description: String,
        /// The date and time when the session expires regardless of session activity.
        ///
        /// Read-only.
        "ExpirationTime" => expiration_time: crate::DateTime,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::session::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The active OEM-defined session type.
        ///
        /// Read-only.
        "OemSessionType" => oem_session_type: String,
        /// The password for this session. The value is `null` in responses.
        ///
        /// Read-only.
        "Password" => password: String [secret],
        /// The Redfish roles that contain the privileges of this session.
        ///
        /// Read-only.
        "Roles" => roles: Vec<Option<String>>,
        /// The active session type.
        ///
        /// Read-only.
        "SessionType" => session_type: crate::session::SessionTypes,
        /// The multi-factor authentication token for this session. The value is `null` in responses.
        ///
        /// Read-only.
        "Token" => token: String [secret],
        /// The username for the account for this session.
        ///
        /// Read-only.
        "UserName" => user_name: String,
    }
}

crate::__impl_resource!(Session: "Session", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The outbound connection associated with this session.
        ///
        /// Read-only.
        "OutboundConnection" => outbound_connection: crate::Link<crate::outbound_connection::OutboundConnection>,
    }
}

crate::redfish_enum! {
    /// `SessionTypes`.
    pub enum SessionTypes {
        /// The host's console, which could be connected through Telnet, SSH, or another protocol.
        HostConsole = "HostConsole",
        /// The manager's console, which could be connected through Telnet, SSH, SM CLP, or another protocol.
        ManagerConsole = "ManagerConsole",
        /// Intelligent Platform Management Interface.
        IPMI = "IPMI",
        /// A Keyboard-Video-Mouse over IP session.
        KVMIP = "KVMIP",
        /// OEM type. For OEM session types, see the `OemSessionType` property.
        OEM = "OEM",
        /// A Redfish session.
        Redfish = "Redfish",
        /// Virtual media.
        VirtualMedia = "VirtualMedia",
        /// A non-Redfish web user interface session, such as a graphical interface or another web-based protocol.
        WebUI = "WebUI",
        /// A Redfish Specification-defined outbound connection. See the 'Outbound connections' clause of the Redfish Specification.
        OutboundConnection = "OutboundConnection",
    }
}
