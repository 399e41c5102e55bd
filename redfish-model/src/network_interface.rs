//! `NetworkInterface`: The `NetworkInterface` schema describes links to the network adapters, network ports, and network device functions, and represents the functionality available to the containing system.
//!
//! Generated from the DMTF Redfish schema `NetworkInterface.v1_2_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `network_interface` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `NetworkInterface` schema describes links to the network adapters, network ports, and network device functions, and represents the functionality available to the containing system.
    ///
    /// DMTF schema `NetworkInterface` v1_2_3 (Redfish 2025.4).
    pub struct NetworkInterface {
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
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::network_interface::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The link to the network device functions associated with this network interface. This does not include Ethernet network device functions.
        ///
        /// Read-only.
        "NetworkDeviceFunctions" => network_device_functions: crate::Link<crate::Collection<crate::network_device_function::NetworkDeviceFunction>>,
        /// The link to the network ports associated with this network interface.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `Ports` property.
        "NetworkPorts" => network_ports: crate::Link<crate::Collection<crate::network_port::NetworkPort>>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the ports associated with this network interface.
        ///
        /// Read-only.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(NetworkInterface: "NetworkInterface", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the network adapter that contains this network interface.
        ///
        /// Read-only.
        "NetworkAdapter" => network_adapter: crate::Link<crate::network_adapter::NetworkAdapter>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}
