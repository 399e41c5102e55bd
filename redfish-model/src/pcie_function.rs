//! `PCIeFunction`: The `PCIeFunction` schema describes the properties of a PCIe function that is attached to a system.
//!
//! Generated from the DMTF Redfish schema `PCIeFunction.v1_7_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `pcie_function` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PCIeFunction` schema describes the properties of a PCIe function that is attached to a system.
    ///
    /// DMTF schema `PCIeFunction` v1_7_0 (Redfish 2025.4).
    pub struct PCIeFunction {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The ARI (Alternative Routing-ID Interpretation) function number of this PCIe function.
        ///
        /// Read-only.
        "ARIFunctionNumber" => ari_function_number: String,
        /// An indication of whether PCIe ARI (Alternative Routing-ID Interpretation) is enabled for this PCIe function.
        ///
        /// Read-only.
        "ARIModeEnabled" => ari_mode_enabled: bool,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The bus number of this PCIe function.
        ///
        /// Read-only.
        "BusNumber" => bus_number: String,
        /// The Class Code of this PCIe function.
        ///
        /// Read-only.
        "ClassCode" => class_code: String,
        /// Read-only.
        "Description" => description: String,
        /// The class for this PCIe function.
        ///
        /// Read-only.
        "DeviceClass" => device_class: crate::pcie_function::DeviceClass,
        /// The Device ID of this PCIe function.
        ///
        /// Read-only.
        "DeviceId" => device_id: String,
        /// The device number of this PCIe function.
        ///
        /// Read-only.
        "DeviceNumber" => device_number: String,
        /// An indication of whether this PCIe device function is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The PCIe function number.
        ///
        /// Read-only.
        "FunctionId" => function_id: i64,
        /// The function number of this PCIe function.
        ///
        /// Read-only.
        "FunctionNumber" => function_number: String,
        /// The PCIe function protocol.
        ///
        /// Read-only.
        "FunctionProtocol" => function_protocol: crate::pcie_function::FunctionProtocol,
        /// The type of the PCIe function.
        ///
        /// Read-only.
        "FunctionType" => function_type: crate::pcie_function::FunctionType,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::pcie_function::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The Revision ID of this PCIe function.
        ///
        /// Read-only.
        "RevisionId" => revision_id: String,
        /// The segment number of this PCIe function.
        ///
        /// Read-only.
        "SegmentNumber" => segment_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The Subsystem ID of this PCIe function.
        ///
        /// Read-only.
        "SubsystemId" => subsystem_id: String,
        /// The Subsystem Vendor ID of this PCIe function.
        ///
        /// Read-only.
        "SubsystemVendorId" => subsystem_vendor_id: String,
        /// The Vendor ID of this PCIe function.
        ///
        /// Read-only.
        "VendorId" => vendor_id: String,
    }
}

crate::__impl_resource!(PCIeFunction: "PCIeFunction", actions);

crate::redfish_enum! {
    /// `DeviceClass`.
    pub enum DeviceClass {
        /// An unclassified device.
        UnclassifiedDevice = "UnclassifiedDevice",
        /// A mass storage controller.
        MassStorageController = "MassStorageController",
        /// A network controller.
        NetworkController = "NetworkController",
        /// A display controller.
        DisplayController = "DisplayController",
        /// A multimedia controller.
        MultimediaController = "MultimediaController",
        /// A memory controller.
        MemoryController = "MemoryController",
        /// A bridge.
        Bridge = "Bridge",
        /// A communication controller.
        CommunicationController = "CommunicationController",
        /// A generic system peripheral.
        GenericSystemPeripheral = "GenericSystemPeripheral",
        /// An input device controller.
        InputDeviceController = "InputDeviceController",
        /// A docking station.
        DockingStation = "DockingStation",
        /// A processor.
        Processor = "Processor",
        /// A serial bus controller.
        SerialBusController = "SerialBusController",
        /// A wireless controller.
        WirelessController = "WirelessController",
        /// An intelligent controller.
        IntelligentController = "IntelligentController",
        /// A satellite communications controller.
        SatelliteCommunicationsController = "SatelliteCommunicationsController",
        /// An encryption controller.
        EncryptionController = "EncryptionController",
        /// A signal processing controller.
        SignalProcessingController = "SignalProcessingController",
        /// A processing accelerators.
        ProcessingAccelerators = "ProcessingAccelerators",
        /// A non-essential instrumentation.
        NonEssentialInstrumentation = "NonEssentialInstrumentation",
        /// A coprocessor.
        Coprocessor = "Coprocessor",
        /// An unassigned class.
        UnassignedClass = "UnassignedClass",
        /// Other class. The function Class Code needs to be verified.
        Other = "Other",
    }
}

crate::redfish_enum! {
    /// `FunctionProtocol`.
    pub enum FunctionProtocol {
        /// A standard PCIe function.
        PCIe = "PCIe",
        /// A PCIe function supporting CXL extensions.
        CXL = "CXL",
    }
}

crate::redfish_enum! {
    /// `FunctionType`.
    pub enum FunctionType {
        /// A physical PCIe function.
        Physical = "Physical",
        /// A virtual PCIe function.
        Virtual = "Virtual",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the CXL logical device to which this function is assigned.
        ///
        /// Read-only.
        "CXLLogicalDevice" => cxl_logical_device: crate::Link<crate::cxl_logical_device::CXLLogicalDevice>,
        /// An array of links to the drives that this PCIe function produces.
        ///
        /// Read-only.
        "Drives" => drives: Vec<crate::Link<crate::drive::Drive>>,
        "Drives@odata.count" => drives_count: u64,
        /// An array of links to the Ethernet interfaces that this PCIe function produces.
        ///
        /// Read-only.
        "EthernetInterfaces" => ethernet_interfaces: Vec<crate::Link<crate::ethernet_interface::EthernetInterface>>,
        "EthernetInterfaces@odata.count" => ethernet_interfaces_count: u64,
        /// An array of links to the memory domains that the PCIe function produces.
        ///
        /// Read-only.
        "MemoryDomains" => memory_domains: Vec<crate::Link<crate::memory_domain::MemoryDomain>>,
        "MemoryDomains@odata.count" => memory_domains_count: u64,
        /// An array of links to the network device functions that the PCIe function produces.
        ///
        /// Read-only.
        "NetworkDeviceFunctions" => network_device_functions: Vec<crate::Link<crate::network_device_function::NetworkDeviceFunction>>,
        "NetworkDeviceFunctions@odata.count" => network_device_functions_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the PCIe device on which this function resides.
        ///
        /// Read-only.
        "PCIeDevice" => pcie_device: crate::Link<crate::pcie_device::PCIeDevice>,
        /// The link to a processor that is hosted on this PCIe function.
        ///
        /// Read-only.
        "Processor" => processor: crate::Link<crate::processor::Processor>,
        /// An array of links to the storage controllers that this PCIe function produces.
        ///
        /// Read-only.
        "StorageControllers" => storage_controllers: Vec<crate::Link<crate::storage::StorageController>>,
        "StorageControllers@odata.count" => storage_controllers_count: u64,
    }
}
