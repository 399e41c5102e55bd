//! `RegisteredClient`: The `RegisteredClient` schema defines the record format for a registered client. It is designed to allow well-behaved clients to register with a Redfish service such that other clients are aware the service might be configured or monitored by the client.
//!
//! Generated from the DMTF Redfish schema `RegisteredClient.v1_1_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `registered_client` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `RegisteredClient` schema defines the record format for a registered client. It is designed to allow well-behaved clients to register with a Redfish service such that other clients are aware the service might be configured or monitored by the client.
    ///
    /// DMTF schema `RegisteredClient` v1_1_2 (Redfish 2025.4).
    pub struct RegisteredClient {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The type of registered client.
        ///
        /// Writable. Required.
        "ClientType" => client_type: crate::registered_client::ClientType [required],
        /// The URI of the registered client.
        ///
        /// Writable.
        "ClientURI" => client_uri: String,
        /// A client-supplied data for providing context for its own use.
        ///
        /// Writable.
        "Context" => context: String,
        /// The date and time when the client entry was created.
        ///
        /// Read-only.
        "CreatedDate" => created_date: crate::DateTime,
        /// Read-only.
        "Description" => description: String,
        /// The date and time when the client entry will expire.
        ///
        /// Writable.
        "ExpirationDate" => expiration_date: crate::DateTime,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An array of resources that the registered client monitors or configures.
        "ManagedResources" => managed_resources: Vec<Option<crate::registered_client::ManagedResource>>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Additional client-supplied data for providing contextual information for its own use.
        ///
        /// Writable.
        "SubContext" => sub_context: String,
    }
}

crate::__impl_resource!(RegisteredClient: "RegisteredClient", actions);

crate::redfish_enum! {
    /// `ClientType`.
    pub enum ClientType {
        /// The registered client only performs read operations on this service.
        Monitor = "Monitor",
        /// The registered client performs update, create, and delete operations on the resources listed in the `ManagedResources` property as well as read operations on the service.
        Configure = "Configure",
    }
}

crate::redfish_struct! {
    /// A resource managed by a client.
    pub struct ManagedResource {
        /// Indicates whether the subordinate resources of the managed resource are also managed by the registered client.
        ///
        /// Writable.
        "IncludesSubordinates" => includes_subordinates: bool,
        /// The URI of the resource or resource collection managed by the registered client.
        ///
        /// Writable.
        "ManagedResourceURI" => managed_resource_uri: String,
        /// Indicates whether the registered client expects to have exclusive access to the managed resource.
        ///
        /// Writable.
        "PreferExclusive" => prefer_exclusive: bool,
    }
}
