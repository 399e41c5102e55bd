//! `Switch`: The `Switch` schema contains properties that describe a fabric switch.
//!
//! Generated from the DMTF Redfish schema `Switch.v1_11_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `switch` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Switch` schema contains properties that describe a fabric switch.
    ///
    /// DMTF schema `Switch` v1_11_0 (Redfish 2025.4).
    pub struct Switch {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The user-assigned asset tag for this switch.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// CXL properties for this switch.
        "CXL" => cxl: crate::switch::CXL,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The current internal bandwidth of this switch.
        ///
        /// Read-only. Units: `Gbit/s`.
        "CurrentBandwidthGbps" => current_bandwidth_gbps: f64,
        /// Read-only.
        "Description" => description: String,
        /// The domain ID for this switch.
        ///
        /// Read-only.
        "DomainID" => domain_id: i64,
        /// An indication of whether this switch is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The link to the environment metrics for this switch.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// The firmware version of this switch.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The state of the indicator LED, which identifies the switch.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `LocationIndicatorActive` property.
        "IndicatorLED" => indicator_led: crate::common::IndicatorLED,
        /// An indication of whether the switch is in a managed or unmanaged state.
        ///
        /// Writable.
        "IsManaged" => is_managed: bool,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::switch::Links,
        /// The location of the switch.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The link to the collection of log services associated with this switch.
        ///
        /// Read-only.
        "LogServices" => log_services: crate::Link<crate::Collection<crate::log_service::LogService>>,
        /// The manufacturer of this switch.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The maximum internal bandwidth of this switch as currently configured.
        ///
        /// Read-only. Units: `Gbit/s`.
        "MaxBandwidthGbps" => max_bandwidth_gbps: f64,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The link to the metrics associated with this switch.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::switch_metrics::SwitchMetrics>,
        /// The product model number of this switch.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this switch.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The link to the collection ports for this switch.
        ///
        /// Read-only.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The current power state of the switch.
        ///
        /// Read-only.
        "PowerState" => power_state: crate::resource::PowerState,
        /// Redundancy information for the switches.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// The SKU for this switch.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number for this switch.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The protocols this switch supports.
        ///
        /// Read-only.
        "SupportedProtocols" => supported_protocols: Vec<crate::protocol::Protocol>,
        /// The protocol being sent over this switch.
        ///
        /// Read-only.
        "SwitchType" => switch_type: crate::protocol::Protocol,
        /// The total number of lanes, phys, or other physical transport links that this switch contains.
        ///
        /// Read-only.
        "TotalSwitchWidth" => total_switch_width: i64,
        /// The UUID for this switch.
        ///
        /// Read-only.
        "UUID" => uuid: String,
    }
}

crate::__impl_resource!(Switch: "Switch", actions);

crate::redfish_struct! {
    /// CXL properties for a switch.
    pub struct CXL {
        /// The maximum number of port-based routing (PBR) identifiers (PIDs) supported in this switch.
        ///
        /// Read-only.
        "MaxSupportedPIDs" => max_supported_p_ids: i64,
        /// The maximum number of Virtual CXL Switches (VCSs) supported in this switch.
        ///
        /// Read-only.
        "MaxVCSsSupported" => max_vc_ss_supported: i64,
        /// The total number of vPPBs (Virtual PCI-to-PCI Bridges) that are currently bound on this switch.
        ///
        /// Read-only.
        "NumberOfBoundvPPBs" => number_of_boundv_pp_bs: i64,
        /// An indication of whether the switch is capable of performing port-based routing.
        ///
        /// Read-only.
        "PBRCapable" => pbr_capable: bool,
        /// The target list of port-based routing (PBR) identifiers (PIDs).
        "PIDTargetList" => pid_target_list: Vec<Option<crate::switch::PIDTargetList>>,
        /// The total number of HDM (Host Device Memory) decoders available per upstream port.
        ///
        /// Read-only.
        "TotalHDMDecoders" => total_hdm_decoders: i64,
        /// The total number of virtual PCI-to-PCI bridges (vPPBs) supported in this switch.
        ///
        /// Read-only.
        "TotalNumbervPPBs" => total_numberv_pp_bs: i64,
        /// Virtual CXL Switch (VCS) properties for this switch.
        ///
        /// Deprecated: This property has been deprecated in favor of `VirtualCXLSwitches` in `CXL`.
        "VCS" => vcs: crate::switch::VCSSwitch,
        /// The link to the collection of Virtual CXL Switches (VCS) for this CXL switch.
        ///
        /// Read-only.
        "VirtualCXLSwitches" => virtual_cxl_switches: crate::Link<crate::Collection<crate::virtual_cxl_switch::VirtualCXLSwitch>>,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the chassis that contains this switch.
        ///
        /// Read-only.
        "Chassis" => chassis: crate::Link<crate::chassis::Chassis>,
        /// An array of links to the endpoints that connect to this switch.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// An array of links to the managers that manage this switch.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the PCIe device providing this switch.
        ///
        /// Read-only.
        "PCIeDevice" => pcie_device: crate::Link<crate::pcie_device::PCIeDevice>,
    }
}

crate::redfish_struct! {
    /// The port-based routing (PBR) identifiers (PID) target list properties for a CXL switch.
    pub struct PIDTargetList {
        /// The index of the PID for targets that support multiple PIDs.
        ///
        /// Read-only.
        "InstanceID" => instance_id: i64,
        /// The PID assigned to this port.
        ///
        /// Writable.
        "PID" => pid: i64,
        /// The physical port identifier of the target port.
        ///
        /// Read-only.
        "PortID" => port_id: i64,
        /// The identifier of the PID target for use in CXL 'Configure PID Assignment'.
        ///
        /// Read-only.
        "TargetID" => target_id: i64,
        /// The port type for the assigned PID.
        ///
        /// Read-only.
        "TargetType" => target_type: crate::switch::TargetType,
        /// The virtual CXL switch identifier of the target port.
        ///
        /// Read-only.
        "VcsID" => vcs_id: i64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets this switch.
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
    type Resource = Switch;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Switch.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `TargetType`.
    pub enum TargetType {
        /// A fabric port.
        FabricPort = "FabricPort",
        /// A host edge port (USP/GAE).
        HostEdgePort = "HostEdgePort",
        /// A downstream edge port type.
        DownstreamEdgePort = "DownstreamEdgePort",
    }
}

crate::redfish_struct! {
    /// Virtual CXL Switch (VCS) properties for a switch.
    pub struct VCSSwitch {
        /// The number of Host Device Memory (HDM) Decoders supported by this switch.
        ///
        /// Read-only.
        "HDMDecoders" => hdm_decoders: i64,
    }
}
