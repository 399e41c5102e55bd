//! `Manager`: In Redfish, a manager is a systems management entity that can implement or provide access to a Redfish service. Examples of managers are BMCs (baseboard management controllers), enclosure managers, management controllers, and other subsystems that are assigned manageability functions. An implementation can have multiple managers, which might be directly accessible through a Redfish-defined interface.
//!
//! Generated from the DMTF Redfish schema `Manager.v1_24_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `manager` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// In Redfish, a manager is a systems management entity that can implement or provide access to a Redfish service. Examples of managers are BMCs (baseboard management controllers), enclosure managers, management controllers, and other subsystems that are assigned manageability functions. An implementation can have multiple managers, which might be directly accessible through a Redfish-defined interface.
    ///
    /// DMTF schema `Manager` v1_24_0 (Redfish 2025.4).
    pub struct Manager {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The additional firmware versions of the manager.
        "AdditionalFirmwareVersions" => additional_firmware_versions: crate::software_inventory::AdditionalVersions,
        /// An indication of whether the manager is configured for automatic Daylight Saving Time (DST) adjustment.
        ///
        /// Writable.
        "AutoDSTEnabled" => auto_dst_enabled: bool,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The manager's command line user interface or command shell service.
        "CommandShell" => command_shell: crate::manager::CommandShell,
        /// The current date and time with UTC offset of the manager.
        ///
        /// Writable.
        "DateTime" => date_time: crate::DateTime,
        /// The time offset from UTC that the `DateTime` property is in `+HH:MM` format.
        ///
        /// Writable.
        "DateTimeLocalOffset" => date_time_local_offset: String,
        /// The source of the date and time of this manager, such as NTP, RTC, or firmware.
        ///
        /// Writable.
        "DateTimeSource" => date_time_source: crate::manager::DateTimeSource,
        /// The daylight saving time settings for this manager.
        "DaylightSavingTime" => daylight_saving_time: crate::manager::DaylightSavingTime,
        /// The dedicated network ports of the manager.
        "DedicatedNetworkPorts" => dedicated_network_ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// Read-only.
        "Description" => description: String,
        /// The link to a collection of NICs that this manager uses for network communication.
        ///
        /// Read-only.
        "EthernetInterfaces" => ethernet_interfaces: crate::Link<crate::Collection<crate::ethernet_interface::EthernetInterface>>,
        /// The firmware version of this manager.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// The manager's graphical console service.
        "GraphicalConsole" => graphical_console: crate::manager::GraphicalConsole,
        /// The link to a collection of host interfaces that this manager uses for local host communication. Clients can find host interface configuration options and settings in this navigation property.
        ///
        /// Read-only.
        "HostInterfaces" => host_interfaces: crate::Link<crate::Collection<crate::host_interface::HostInterface>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The date and time when the manager was last reset or rebooted.
        ///
        /// Read-only.
        "LastResetTime" => last_reset_time: crate::DateTime,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::manager::Links,
        /// The location of the manager.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The link to a collection of logs that the manager uses.
        ///
        /// Read-only.
        "LogServices" => log_services: crate::Link<crate::Collection<crate::log_service::LogService>>,
        /// The diagnostic data for this manager.
        ///
        /// Read-only.
        "ManagerDiagnosticData" => manager_diagnostic_data: crate::Link<crate::manager_diagnostic_data::ManagerDiagnosticData>,
        /// The type of manager that this resource represents.
        ///
        /// Read-only.
        "ManagerType" => manager_type: crate::manager::ManagerType,
        /// The manufacturer of this manager.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The model information of this manager, as defined by the manufacturer.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The link to the network services and their settings that the manager controls.
        ///
        /// Read-only.
        "NetworkProtocol" => network_protocol: crate::Link<crate::manager_network_protocol::ManagerNetworkProtocol>,
        /// The OEM-specific security compliance mode(s) that the manager is currently configured to enforce.
        ///
        /// Read-only.
        "OEMSecurityMode" => oem_security_mode: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number of the manager.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The current power state of the manager.
        ///
        /// Read-only.
        "PowerState" => power_state: crate::resource::PowerState,
        /// An indication of whether the manager is prepared by the system for removal.
        ///
        /// Writable.
        "ReadyToRemove" => ready_to_remove: bool,
        /// The redundancy information for the managers of this system.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// The link to the account service resource for the remote manager that this resource represents.
        ///
        /// Read-only.
        "RemoteAccountService" => remote_account_service: crate::Link<crate::account_service::AccountService>,
        /// The URI of the Redfish service root for the remote manager that this resource represents.
        ///
        /// Read-only.
        "RemoteRedfishServiceUri" => remote_redfish_service_uri: String,
        /// The security compliance mode that the manager is currently configured to enforce.
        ///
        /// Read-only.
        "SecurityMode" => security_mode: crate::manager::SecurityModeTypes,
        /// The security policy settings for this manager.
        ///
        /// Read-only.
        "SecurityPolicy" => security_policy: crate::Link<crate::security_policy::SecurityPolicy>,
        /// The serial console service that this manager provides.
        ///
        /// Deprecated: This property has been deprecated in favor of the `SerialConsole` property in the `ComputerSystem` resource.
        "SerialConsole" => serial_console: crate::manager::SerialConsole,
        /// The link to a collection of serial interfaces that this manager uses for serial and console communication.
        ///
        /// Read-only.
        "SerialInterfaces" => serial_interfaces: crate::Link<crate::Collection<crate::serial_interface::SerialInterface>>,
        /// The serial number of the manager.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The UUID of the Redfish service that is hosted by this manager.
        ///
        /// Read-only.
        "ServiceEntryPointUUID" => service_entry_point_uuid: String,
        /// A product instance identifier displayed in the Redfish service root.
        ///
        /// Writable.
        "ServiceIdentification" => service_identification: String,
        /// The usage notification message displayed in the Redfish service root.
        ///
        /// Writable.
        "ServiceUseNotification" => service_use_notification: String,
        /// The shared network ports of the manager.
        "SharedNetworkPorts" => shared_network_ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The spare part number of the manager.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The time zone of the manager.
        ///
        /// Writable.
        "TimeZoneName" => time_zone_name: String,
        /// The USB ports of the manager.
        "USBPorts" => usb_ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The UUID for this manager.
        ///
        /// Read-only.
        "UUID" => uuid: String,
        /// The hardware version of this manager.
        ///
        /// Read-only.
        "Version" => version: String,
        /// The link to the virtual media services for this particular manager.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `VirtualMedia` property in the `ComputerSystem` resource.
        "VirtualMedia" => virtual_media: crate::Link<crate::Collection<crate::virtual_media::VirtualMedia>>,
    }
}

crate::__impl_resource!(Manager: "Manager", actions);

crate::redfish_enum! {
    /// `CommandConnectTypesSupported`.
    pub enum CommandConnectTypesSupported {
        /// The controller supports a command shell connection through the SSH protocol.
        SSH = "SSH",
        /// The controller supports a command shell connection through the Telnet protocol.
        Telnet = "Telnet",
        /// The controller supports a command shell connection through the IPMI Serial Over LAN (SOL) protocol.
        IPMI = "IPMI",
        /// The controller supports a command shell connection through an OEM-specific protocol.
        Oem = "Oem",
    }
}

crate::redfish_struct! {
    /// The information about a command shell service that this manager provides.
    pub struct CommandShell {
        /// This property enumerates the command shell connection types that the implementation allows.
        ///
        /// Read-only.
        "ConnectTypesSupported" => connect_types_supported: Vec<crate::manager::CommandConnectTypesSupported>,
        /// The maximum number of service sessions, regardless of protocol, that this manager can support.
        ///
        /// Read-only.
        "MaxConcurrentSessions" => max_concurrent_sessions: i64,
        /// An indication of whether the service is enabled for this manager.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_enum! {
    /// `DateTimeSource`.
    pub enum DateTimeSource {
        /// The date and time is retrieved from the manager's real time clock (RTC).
        RTC = "RTC",
        /// The date and time is set and held by firmware.
        Firmware = "Firmware",
        /// The date and time is retrieved from the host.
        Host = "Host",
        /// The date and time source is a Network Time Protocol (NTP) server.
        NTP = "NTP",
        /// The date and time source is a Precision Time Protocol (PTP) server.
        PTP = "PTP",
    }
}

crate::redfish_struct! {
    /// The daylight saving time settings for a manager.
    pub struct DaylightSavingTime {
        /// The end date and time with UTC offset of daylight saving time.
        ///
        /// Writable.
        "EndDateTime" => end_date_time: crate::DateTime,
        /// The daylight saving time offset in minutes.
        ///
        /// Writable.
        "OffsetMinutes" => offset_minutes: i64,
        /// The start date and time with UTC offset of daylight saving time.
        ///
        /// Writable.
        "StartDateTime" => start_date_time: crate::DateTime,
        /// The time zone of the manager when daylight saving time is in effect.
        ///
        /// Writable.
        "TimeZoneName" => time_zone_name: String,
    }
}

crate::redfish_struct! {
    /// Parameters of the `ForceFailover` action: The `ForceFailover` action forces a failover of this manager to the manager used in the parameter.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ForceFailoverRequest {
        /// The manager to which to fail over.
        ///
        /// Required.
        "NewManager" => new_manager: crate::Link<crate::manager::Manager> [required],
    }
}

impl ForceFailoverRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["NewManager"];

    /// Sets `NewManager`.
    #[must_use]
    pub fn with_new_manager(mut self, value: crate::Link<crate::manager::Manager>) -> Self {
        self.new_manager = Some(value);
        self
    }
}

impl crate::ActionRequest for ForceFailoverRequest {
    type Resource = Manager;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Manager.ForceFailover";
    const REQUIRED: &'static [&'static str] = &["NewManager"];
}

crate::redfish_enum! {
    /// `GraphicalConnectTypesSupported`.
    pub enum GraphicalConnectTypesSupported {
        /// The controller supports a graphical console connection through a KVM-IP (redirection of Keyboard, Video, Mouse over IP) protocol.
        KVMIP = "KVMIP",
        /// The controller supports a graphical console connection through an OEM-specific protocol.
        Oem = "Oem",
    }
}

crate::redfish_struct! {
    /// The information about a graphical console service that this manager provides.
    pub struct GraphicalConsole {
        /// This property enumerates the graphical console connection types that the implementation allows.
        ///
        /// Read-only.
        "ConnectTypesSupported" => connect_types_supported: Vec<crate::manager::GraphicalConnectTypesSupported>,
        /// The maximum number of service sessions, regardless of protocol, that this manager can support.
        ///
        /// Read-only.
        "MaxConcurrentSessions" => max_concurrent_sessions: i64,
        /// An indication of whether the service is enabled for this manager.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the software inventory resource that represents the active firmware image for this manager.
        ///
        /// Writable.
        "ActiveSoftwareImage" => active_software_image: crate::Link<crate::software_inventory::SoftwareInventory>,
        /// The array of links to the managers responsible for managing this manager.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// An array of links to the chassis this manager controls.
        ///
        /// Read-only.
        "ManagerForChassis" => manager_for_chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "ManagerForChassis@odata.count" => manager_for_chassis_count: u64,
        /// An array of links to the fabrics that this manager controls.
        ///
        /// Read-only.
        "ManagerForFabrics" => manager_for_fabrics: Vec<crate::Link<crate::fabric::Fabric>>,
        "ManagerForFabrics@odata.count" => manager_for_fabrics_count: u64,
        /// An array of links to the managers that are managed by this manager.
        ///
        /// Read-only.
        "ManagerForManagers" => manager_for_managers: Vec<crate::Link<crate::manager::Manager>>,
        "ManagerForManagers@odata.count" => manager_for_managers_count: u64,
        /// An array of links to the systems that this manager controls.
        ///
        /// Read-only.
        "ManagerForServers" => manager_for_servers: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "ManagerForServers@odata.count" => manager_for_servers_count: u64,
        /// An array of links to the switches that this manager controls.
        ///
        /// Read-only.
        "ManagerForSwitches" => manager_for_switches: Vec<crate::Link<crate::switch::Switch>>,
        "ManagerForSwitches@odata.count" => manager_for_switches_count: u64,
        /// The link to the chassis where this manager is located.
        ///
        /// Read-only.
        "ManagerInChassis" => manager_in_chassis: crate::Link<crate::chassis::Chassis>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The network port currently used by this manager. This allows selection of shared or dedicated ports for managers that support one or the other. For managers that always have their dedicated port enabled, this allows the selection of which shared port to use.
        ///
        /// Writable.
        "SelectedNetworkPort" => selected_network_port: crate::Link<crate::port::Port>,
        /// The images that are associated with this manager.
        ///
        /// Read-only.
        "SoftwareImages" => software_images: Vec<crate::Link<crate::software_inventory::SoftwareInventory>>,
        "SoftwareImages@odata.count" => software_images_count: u64,
    }
}

crate::redfish_struct! {
    /// The manager services, such as serial console, command shell, or graphical console service.
    pub struct ManagerService {
        /// The maximum number of service sessions, regardless of protocol, that this manager can support.
        ///
        /// Read-only.
        "MaxConcurrentSessions" => max_concurrent_sessions: i64,
        /// An indication of whether the service is enabled for this manager.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_enum! {
    /// `ManagerType`.
    pub enum ManagerType {
        /// A controller that primarily monitors or manages the operation of a device or system.
        ManagementController = "ManagementController",
        /// A controller that provides management functions for a chassis, group of devices, or group of systems with their own BMCs (baseboard management controllers). An example of this is a manager that aggregates and orchestrates management functions across multiple BMCs in an enclosure.
        EnclosureManager = "EnclosureManager",
        /// A controller that provides management functions for one or more computer systems. Commonly known as a BMC (baseboard management controller). Examples of this include a BMC dedicated to one system or a multi-host manager providing BMC capabilities to multiple systems.
        BMC = "BMC",
        /// A controller that provides management functions for a whole or part of a rack. An example of this is a manager that aggregates and orchestrates management functions across multiple managers, such as enclosure managers and BMCs (baseboard management controllers), in a rack.
        RackManager = "RackManager",
        /// A controller that provides management functions for a particular subsystem or group of devices as part of a larger system.
        AuxiliaryController = "AuxiliaryController",
        /// A software-based service that provides management functions.
        Service = "Service",
        /// A controller that primarily monitors or manages the operation of a group of fabric attached nodes and switches.
        FabricManager = "FabricManager",
    }
}

crate::redfish_struct! {
    /// Parameters of the `ModifyRedundancySet` action: The `ModifyRedundancySet` operation adds members to or removes members from a redundant group of managers.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ModifyRedundancySetRequest {
        /// An array of managers to add to the redundancy set.
        "Add" => add: Vec<crate::Link<crate::manager::Manager>>,
        /// An array of managers to remove from the redundancy set.
        "Remove" => remove: Vec<crate::Link<crate::manager::Manager>>,
    }
}

impl ModifyRedundancySetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `Add`.
    #[must_use]
    pub fn with_add(mut self, value: Vec<crate::Link<crate::manager::Manager>>) -> Self {
        self.add = Some(value);
        self
    }
    /// Sets `Remove`.
    #[must_use]
    pub fn with_remove(mut self, value: Vec<crate::Link<crate::manager::Manager>>) -> Self {
        self.remove = Some(value);
        self
    }
}

impl crate::ActionRequest for ModifyRedundancySetRequest {
    type Resource = Manager;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Manager.ModifyRedundancySet";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: The reset action resets/reboots the manager.
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
    type Resource = Manager;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Manager.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetToDefaults` action: The reset action resets the manager settings to factory defaults. This can cause the manager to reset.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetToDefaultsRequest {
        /// The type of reset to defaults.
        ///
        /// Required.
        "ResetType" => reset_type: crate::manager::ResetToDefaultsType [required],
    }
}

impl ResetToDefaultsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["ResetType"];

    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::manager::ResetToDefaultsType) -> Self {
        self.reset_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetToDefaultsRequest {
    type Resource = Manager;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Manager.ResetToDefaults";
    const REQUIRED: &'static [&'static str] = &["ResetType"];
}

crate::redfish_enum! {
    /// `ResetToDefaultsType`.
    pub enum ResetToDefaultsType {
        /// Reset all settings to factory defaults.
        ResetAll = "ResetAll",
        /// Reset all settings except network and local usernames/passwords to factory defaults.
        PreserveNetworkAndUsers = "PreserveNetworkAndUsers",
        /// Reset all settings except network settings to factory defaults.
        PreserveNetwork = "PreserveNetwork",
    }
}

crate::redfish_enum! {
    /// `SecurityModeTypes`.
    pub enum SecurityModeTypes {
        /// This security mode indicates the implementation complies with FIPS 140-2.
        FIPS1402 = "FIPS_140_2",
        /// This security mode indicates the implementation complies with FIPS 140-3.
        FIPS1403 = "FIPS_140_3",
        /// This security mode indicates the implementation meets NSA Commercial National Security Algorithm Suite 1.0 requirements. This mode requires FIPS 140-2 compliance.
        CNSA10 = "CNSA_1_0",
        /// This security mode indicates the implementation meets NSA Commercial National Security Algorithm Suite 2.0 requirements. This mode requires FIPS 140-3 compliance.
        CNSA20 = "CNSA_2_0",
        /// This security mode indicates the implementation meets NSA Suite B cryptographic standards for Top Secret installations. This mode requires FIPS 140-2 compliance.
        SuiteB = "SuiteB",
        /// This security mode indicates the implementation is in an OEM-specific security state.
        OEM = "OEM",
        /// This security mode indicates the implementation is in a vendor-specific default security state that does not match any other value.
        Default = "Default",
    }
}

crate::redfish_enum! {
    /// `SerialConnectTypesSupported`.
    pub enum SerialConnectTypesSupported {
        /// The controller supports a serial console connection through the SSH protocol.
        SSH = "SSH",
        /// The controller supports a serial console connection through the Telnet protocol.
        Telnet = "Telnet",
        /// The controller supports a serial console connection through the IPMI Serial Over LAN (SOL) protocol.
        IPMI = "IPMI",
        /// The controller supports a serial console connection through an OEM-specific protocol.
        Oem = "Oem",
    }
}

crate::redfish_struct! {
    /// The information about a serial console service that this manager provides.
    pub struct SerialConsole {
        /// This property enumerates the serial console connection types that the implementation allows.
        ///
        /// Read-only.
        "ConnectTypesSupported" => connect_types_supported: Vec<crate::manager::SerialConnectTypesSupported>,
        /// The maximum number of service sessions, regardless of protocol, that this manager can support.
        ///
        /// Read-only.
        "MaxConcurrentSessions" => max_concurrent_sessions: i64,
        /// An indication of whether the service is enabled for this manager.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_struct! {
    /// Parameters of the `UpdateSecurityMode` action: The update security mode action updates the security mode for the manager. This can cause the manager to reset and reset other settings to factory defaults. Services might require the `ResetToDefaults` action to clear the security mode.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct UpdateSecurityModeRequest {
        /// The OEM-specific security mode to apply to the manager.
        "OEMSecurityMode" => oem_security_mode: String,
        /// The security mode to apply to the manager.
        ///
        /// Required.
        "SecurityMode" => security_mode: crate::manager::SecurityModeTypes [required],
    }
}

impl UpdateSecurityModeRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["SecurityMode"];

    /// Sets `OEMSecurityMode`.
    #[must_use]
    pub fn with_oem_security_mode(mut self, value: impl Into<String>) -> Self {
        self.oem_security_mode = Some(value.into());
        self
    }
    /// Sets `SecurityMode`.
    #[must_use]
    pub fn with_security_mode(mut self, value: crate::manager::SecurityModeTypes) -> Self {
        self.security_mode = Some(value);
        self
    }
}

impl crate::ActionRequest for UpdateSecurityModeRequest {
    type Resource = Manager;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Manager.UpdateSecurityMode";
    const REQUIRED: &'static [&'static str] = &["SecurityMode"];
}
