//! `HostInterface`: The `HostInterface` schema contains properties associated with a Redfish host interface. A Redfish host interface is a connection between host software and a Redfish service.
//!
//! Generated from the DMTF Redfish schema `HostInterface.v1_3_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `host_interface` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `HostInterface` schema contains properties associated with a Redfish host interface. A Redfish host interface is a connection between host software and a Redfish service.
    ///
    /// DMTF schema `HostInterface` v1_3_3 (Redfish 2025.4).
    pub struct HostInterface {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The role when no authentication on this interface is used.
        ///
        /// Writable.
        "AuthNoneRoleId" => auth_none_role_id: String,
        /// The authentication modes available on this interface.
        ///
        /// Writable.
        "AuthenticationModes" => authentication_modes: Vec<crate::host_interface::AuthenticationMode>,
        /// The credential bootstrapping settings for this interface.
        "CredentialBootstrapping" => credential_bootstrapping: crate::host_interface::CredentialBootstrapping,
        /// Read-only.
        "Description" => description: String,
        /// An indication of whether external entities can access this interface. External entities are non-host entities. For example, if the host and manager are connected through a switch and the switch also exposes an external port on the system, external clients can also use the interface, and this property value is `true`.
        ///
        /// Read-only.
        "ExternallyAccessible" => externally_accessible: bool,
        /// An indication of whether this firmware authentication is enabled for this interface.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of newer methods of negotiating credentials.
        "FirmwareAuthEnabled" => firmware_auth_enabled: bool,
        /// The Redfish role used for firmware authentication on this interface.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of newer methods of negotiating credentials.
        "FirmwareAuthRoleId" => firmware_auth_role_id: String,
        /// A link to the collection of network interface controllers or cards (NICs) that a computer system uses to communicate with this host interface.
        ///
        /// Read-only.
        "HostEthernetInterfaces" => host_ethernet_interfaces: crate::Link<crate::Collection<crate::ethernet_interface::EthernetInterface>>,
        /// The host interface type for this interface.
        ///
        /// Read-only.
        "HostInterfaceType" => host_interface_type: crate::host_interface::HostInterfaceType,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An indication of whether this interface is enabled.
        ///
        /// Writable.
        "InterfaceEnabled" => interface_enabled: bool,
        /// An indication of whether this kernel authentication is enabled for this interface.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of newer methods of negotiating credentials.
        "KernelAuthEnabled" => kernel_auth_enabled: bool,
        /// The Redfish role used for kernel authentication on this interface.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of newer methods of negotiating credentials.
        "KernelAuthRoleId" => kernel_auth_role_id: String,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::host_interface::Links,
        /// A link to a single network interface controllers or cards (NIC) that this manager uses for network communication with this host interface.
        ///
        /// Read-only.
        "ManagerEthernetInterface" => manager_ethernet_interface: crate::Link<crate::ethernet_interface::EthernetInterface>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// A link to the network services and their settings that the manager controls. In this property, clients find configuration options for the network and network services.
        ///
        /// Read-only.
        "NetworkProtocol" => network_protocol: crate::Link<crate::manager_network_protocol::ManagerNetworkProtocol>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(HostInterface: "HostInterface", actions);

crate::redfish_enum! {
    /// `AuthenticationMode`.
    pub enum AuthenticationMode {
        /// Requests without any sort of authentication are allowed.
        AuthNone = "AuthNone",
        /// Requests using HTTP Basic authentication are allowed.
        BasicAuth = "BasicAuth",
        /// Requests using Redfish session authentication are allowed.
        RedfishSessionAuth = "RedfishSessionAuth",
        /// Requests using OEM authentication mechanisms are allowed.
        OemAuth = "OemAuth",
    }
}

crate::redfish_struct! {
    /// The credential bootstrapping settings for this interface.
    pub struct CredentialBootstrapping {
        /// An indication of whether credential bootstrapping is enabled after a reset for this interface.
        ///
        /// Writable.
        "EnableAfterReset" => enable_after_reset: bool,
        /// An indication of whether credential bootstrapping is enabled for this interface.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The role used for the bootstrap account created for this interface.
        ///
        /// Writable.
        "RoleId" => role_id: String,
    }
}

crate::redfish_enum! {
    /// `HostInterfaceType`.
    pub enum HostInterfaceType {
        /// This interface is a network host interface.
        NetworkHostInterface = "NetworkHostInterface",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the Redfish role that contains the privileges on this host interface when no authentication is performed.
        ///
        /// Read-only.
        "AuthNoneRole" => auth_none_role: crate::Link<crate::role::Role>,
        /// An array of links to the computer systems connected to this host interface.
        ///
        /// Read-only.
        "ComputerSystems" => computer_systems: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "ComputerSystems@odata.count" => computer_systems_count: u64,
        /// The link to the role that contains the privileges for the bootstrap account created for this interface.
        ///
        /// Read-only.
        "CredentialBootstrappingRole" => credential_bootstrapping_role: crate::Link<crate::role::Role>,
        /// The link to the Redfish role that has firmware authentication privileges on this host interface.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of newer methods of negotiating credentials.
        "FirmwareAuthRole" => firmware_auth_role: crate::Link<crate::role::Role>,
        /// The link to the Redfish role defining privileges for this host interface when using kernel authentication.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of newer methods of negotiating credentials.
        "KernelAuthRole" => kernel_auth_role: crate::Link<crate::role::Role>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}
