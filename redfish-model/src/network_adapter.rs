//! `NetworkAdapter`: The `NetworkAdapter` schema represents a physical network adapter capable of connecting to a computer network. Examples include but are not limited to Ethernet, Fibre Channel, and converged network adapters.
//!
//! Generated from the DMTF Redfish schema `NetworkAdapter.v1_14_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `network_adapter` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `NetworkAdapter` schema represents a physical network adapter capable of connecting to a computer network. Examples include but are not limited to Ethernet, Fibre Channel, and converged network adapters.
    ///
    /// DMTF schema `NetworkAdapter` v1_14_0 (Redfish 2025.4).
    pub struct NetworkAdapter {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly resource associated with this adapter.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The set of network controllers ASICs that make up this NetworkAdapter.
        "Controllers" => controllers: Vec<crate::network_adapter::Controllers>,
        /// Read-only.
        "Description" => description: String,
        /// The link to the environment metrics for this network adapter.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The durable names for the network adapter.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// Enable or disable LLDP globally for an adapter.
        ///
        /// Writable.
        "LLDPEnabled" => lldp_enabled: bool,
        /// The location of the network adapter.
        "Location" => location: crate::resource::Location,
        /// The manufacturer or OEM of this network adapter.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The link to the metrics associated with this adapter.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::network_adapter_metrics::NetworkAdapterMetrics>,
        /// The model string for this network adapter.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The link to the collection of network device functions associated with this network adapter.
        ///
        /// Read-only.
        "NetworkDeviceFunctions" => network_device_functions: crate::Link<crate::Collection<crate::network_device_function::NetworkDeviceFunction>>,
        /// The link to the collection of network ports associated with this network adapter.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `Ports` property.
        "NetworkPorts" => network_ports: crate::Link<crate::Collection<crate::network_port::NetworkPort>>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Part number for this network adapter.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The port aggregation capabilities for this controller.
        "PortAggregation" => port_aggregation: crate::network_adapter::PortAggregation,
        /// The port splitting capabilities for this controller.
        "PortSplitting" => port_splitting: crate::network_adapter::PortSplitting,
        /// The link to the collection of ports associated with this network adapter.
        ///
        /// Read-only.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The link to the collection of offload processors contained in this network adapter.
        ///
        /// Read-only.
        "Processors" => processors: crate::Link<crate::Collection<crate::processor::Processor>>,
        /// The manufacturer SKU for this network adapter.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number for this network adapter.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(NetworkAdapter: "NetworkAdapter", actions);

crate::redfish_struct! {
    /// The capabilities of a controller.
    pub struct ControllerCapabilities {
        /// Data center bridging (DCB) for this controller.
        "DataCenterBridging" => data_center_bridging: crate::network_adapter::DataCenterBridging,
        /// NIC Partitioning (NPAR) capabilities for this controller.
        "NPAR" => npar: crate::network_adapter::NicPartitioning,
        /// N_Port ID Virtualization (NPIV) capabilities for this controller.
        "NPIV" => npiv: crate::network_adapter::NPIV,
        /// The maximum number of physical functions available on this controller.
        ///
        /// Read-only.
        "NetworkDeviceFunctionCount" => network_device_function_count: i64,
        /// The number of physical ports on this controller.
        ///
        /// Read-only.
        "NetworkPortCount" => network_port_count: i64,
        /// Virtualization offload for this controller.
        "VirtualizationOffload" => virtualization_offload: crate::network_adapter::VirtualizationOffload,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct ControllerLinks {
        /// The link to the software inventory resource that represents the active firmware image for this controller.
        ///
        /// Writable.
        "ActiveSoftwareImage" => active_software_image: crate::Link<crate::software_inventory::SoftwareInventory>,
        /// An array of links to the network device functions associated with this network controller.
        ///
        /// Read-only.
        "NetworkDeviceFunctions" => network_device_functions: Vec<crate::Link<crate::network_device_function::NetworkDeviceFunction>>,
        "NetworkDeviceFunctions@odata.count" => network_device_functions_count: u64,
        /// An array of links to the network ports associated with this network controller.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `Ports` property.
        "NetworkPorts" => network_ports: Vec<crate::Link<crate::network_port::NetworkPort>>,
        "NetworkPorts@odata.count" => network_ports_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe devices associated with this network controller.
        ///
        /// Read-only.
        "PCIeDevices" => pcie_devices: Vec<crate::Link<crate::pcie_device::PCIeDevice>>,
        "PCIeDevices@odata.count" => pcie_devices_count: u64,
        /// An array of links to the ports associated with this network controller.
        ///
        /// Read-only.
        "Ports" => ports: Vec<crate::Link<crate::port::Port>>,
        "Ports@odata.count" => ports_count: u64,
        /// The images that are associated with this controller.
        ///
        /// Read-only.
        "SoftwareImages" => software_images: Vec<crate::Link<crate::software_inventory::SoftwareInventory>>,
        "SoftwareImages@odata.count" => software_images_count: u64,
    }
}

crate::redfish_struct! {
    /// A network controller ASIC that makes up part of a network adapter.
    pub struct Controllers {
        /// The capabilities of this controller.
        "ControllerCapabilities" => controller_capabilities: crate::network_adapter::ControllerCapabilities,
        /// The version of the user-facing firmware package.
        ///
        /// Read-only.
        "FirmwarePackageVersion" => firmware_package_version: String,
        /// The durable names for the network adapter controller.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::network_adapter::ControllerLinks,
        /// The location of the network adapter controller.
        "Location" => location: crate::resource::Location,
        /// The PCIe interface details for this controller.
        "PCIeInterface" => pcie_interface: crate::pcie_device::PCIeInterface,
    }
}

crate::redfish_struct! {
    /// Data center bridging (DCB) for capabilities of a controller.
    pub struct DataCenterBridging {
        /// An indication of whether this controller is capable of data center bridging (DCB).
        ///
        /// Read-only.
        "Capable" => capable: bool,
    }
}

crate::redfish_struct! {
    /// N_Port ID Virtualization (NPIV) capabilities for a controller.
    pub struct NPIV {
        /// The maximum number of N_Port ID Virtualization (NPIV) logins allowed simultaneously from all ports on this controller.
        ///
        /// Read-only.
        "MaxDeviceLogins" => max_device_logins: i64,
        /// The maximum number of N_Port ID Virtualization (NPIV) logins allowed per physical port on this controller.
        ///
        /// Read-only.
        "MaxPortLogins" => max_port_logins: i64,
    }
}

crate::redfish_struct! {
    /// NIC Partitioning capability, status, and configuration for a controller.
    pub struct NicPartitioning {
        /// An indication of whether the controller supports NIC function partitioning.
        ///
        /// Read-only.
        "NparCapable" => npar_capable: bool,
        /// An indication of whether NIC function partitioning is active on this controller.
        ///
        /// Writable.
        "NparEnabled" => npar_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The port aggregation capabilities for a controller.
    pub struct PortAggregation {
        /// Indicates whether port aggregation is enabled.
        ///
        /// Writable.
        "AggregationEnabled" => aggregation_enabled: bool,
        /// The allowable number of physical ports per aggregation.
        ///
        /// Read-only.
        "AllowablePhysicalPortsPerAggregation" => allowable_physical_ports_per_aggregation: Vec<Option<i64>>,
        /// The configured number number of aggregated ports.
        ///
        /// Writable.
        "ConfiguredAggregatedPorts" => configured_aggregated_ports: i64,
        /// The configured number of physical ports per aggregation.
        ///
        /// Writable.
        "ConfiguredPhysicalPortsPerAggregation" => configured_physical_ports_per_aggregation: i64,
        /// The total number of physical ports.
        ///
        /// Read-only.
        "TotalPhysicalPorts" => total_physical_ports: i64,
    }
}

crate::redfish_struct! {
    /// The port splitting capabilities for a controller.
    pub struct PortSplitting {
        /// The current port splitting configuration for this controller.
        "CurrentConfiguration" => current_configuration: Vec<crate::network_adapter::PortSplittingSubconfiguration>,
        /// The maximum number of subdivided ports that this controller supports.
        ///
        /// Read-only.
        "MaximumSubports" => maximum_subports: i64,
        /// The maximum number of subdivided ports split from a single physical port that this controller supports.
        ///
        /// Read-only.
        "MaximumSubportsPerPort" => maximum_subports_per_port: i64,
        /// The port splitting configurations this controller supports.
        "SupportedConfigurations" => supported_configurations: Vec<crate::network_adapter::PortSplittingSubconfigurationList>,
    }
}

crate::redfish_struct! {
    /// A port splitting subconfiguration for one or more physical ports on a controller.
    pub struct PortSplittingSubconfiguration {
        /// The last physical port to which this subconfiguration applies.
        ///
        /// Writable.
        "EndingPhysicalPort" => ending_physical_port: i64,
        /// The first identifier to assign to subports in this subconfiguration. Subport identifiers are assigned sequentially to the subports starting with those for `StartPort` and working through to those for `EndPort`.
        ///
        /// Writable.
        "FirstSubportId" => first_subport_id: i64,
        /// The number of lanes for each subport.
        ///
        /// Writable.
        "Lanes" => lanes: Vec<Option<i64>>,
        /// The configured link speed for each subport.
        ///
        /// Writable.
        "LinkSpeedGbps" => link_speed_gbps: Vec<Option<i64>>,
        /// The first physical port to which this subconfiguration applies.
        ///
        /// Writable.
        "StartingPhysicalPort" => starting_physical_port: i64,
        /// The number of subports created from each port in this subconfiguration.
        ///
        /// Writable.
        "SubportsPerPort" => subports_per_port: i64,
    }
}

crate::redfish_struct! {
    /// A port splitting configuration for a controller.
    pub struct PortSplittingSubconfigurationList {
        /// The set of subconfigurations that collectively define a port splitting configuration for this controller.
        "Subconfigurations" => subconfigurations: Vec<crate::network_adapter::PortSplittingSubconfiguration>,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets the network adapter.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetRequest {
        /// The type of reset.
        "ResetType" => reset_type: crate::resource::ResetType,
    }
}

impl ResetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::resource::ResetType) -> Self {
        self.reset_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetRequest {
    type Resource = NetworkAdapter;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#NetworkAdapter.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetSettingsToDefault` action: This action is to clear the settings back to factory defaults.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetSettingsToDefaultRequest {
    }
}

impl ResetSettingsToDefaultRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetSettingsToDefaultRequest {
    type Resource = NetworkAdapter;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#NetworkAdapter.ResetSettingsToDefault";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Single-root input/output virtualization (SR-IOV) capabilities.
    pub struct SRIOV {
        /// An indication of whether single root input/output virtualization (SR-IOV) is enabled for this controller.
        ///
        /// Writable.
        "SRIOVEnabled" => sriov_enabled: bool,
        /// An indication of whether this controller supports single root input/output virtualization (SR-IOV) in Virtual Ethernet Port Aggregator (VEPA) mode.
        ///
        /// Read-only.
        "SRIOVVEPACapable" => sriovvepa_capable: bool,
    }
}

crate::redfish_struct! {
    /// A virtual function of a controller.
    pub struct VirtualFunction {
        /// The maximum number of virtual functions supported by this controller.
        ///
        /// Read-only.
        "DeviceMaxCount" => device_max_count: i64,
        /// The minimum number of virtual functions that can be allocated or moved between physical functions for this controller.
        ///
        /// Read-only.
        "MinAssignmentGroupSize" => min_assignment_group_size: i64,
        /// The maximum number of virtual functions supported per network port for this controller.
        ///
        /// Read-only.
        "NetworkPortMaxCount" => network_port_max_count: i64,
    }
}

crate::redfish_struct! {
    /// A Virtualization offload capability of a controller.
    pub struct VirtualizationOffload {
        /// Single-root input/output virtualization (SR-IOV) capabilities.
        "SRIOV" => sriov: crate::network_adapter::SRIOV,
        /// The virtual function of the controller.
        "VirtualFunction" => virtual_function: crate::network_adapter::VirtualFunction,
    }
}
