//! `ComputerSystem`: The `ComputerSystem` schema represents a computer or system instance and the software-visible resources, or items within the data plane, such as memory, CPU, and other devices that it can access. Details of those resources or subsystems are also linked through this resource.
//!
//! Generated from the DMTF Redfish schema `ComputerSystem.v1_27_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `computer_system` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ComputerSystem` schema represents a computer or system instance and the software-visible resources, or items within the data plane, such as memory, CPU, and other devices that it can access. Details of those resources or subsystems are also linked through this resource.
    ///
    /// DMTF schema `ComputerSystem` v1_27_0 (Redfish 2025.4).
    pub struct ComputerSystem {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The user-definable tag that can track this computer system for inventory or other client purposes.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// The link to the BIOS settings associated with this system.
        ///
        /// Read-only.
        "Bios" => bios: crate::Link<crate::bios::Bios>,
        /// The version of the system BIOS or primary system firmware.
        ///
        /// Read-only.
        "BiosVersion" => bios_version: String,
        /// The boot settings for this system.
        "Boot" => boot: crate::computer_system::Boot,
        /// This object describes the last boot progress state.
        "BootProgress" => boot_progress: crate::computer_system::BootProgress,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Information about the composition capabilities and state of the computer system.
        "Composition" => composition: crate::computer_system::Composition,
        /// Read-only.
        "Description" => description: String,
        /// The link to the collection of Ethernet interfaces associated with this system.
        ///
        /// Read-only.
        "EthernetInterfaces" => ethernet_interfaces: crate::Link<crate::Collection<crate::ethernet_interface::EthernetInterface>>,
        /// The link to the collection of fabric adapters associated with this system.
        ///
        /// Read-only.
        "FabricAdapters" => fabric_adapters: crate::Link<crate::Collection<crate::fabric_adapter::FabricAdapter>>,
        /// The information about the graphical console (KVM-IP) service of this system.
        "GraphicalConsole" => graphical_console: crate::computer_system::HostGraphicalConsole,
        /// The link to a collection of graphics controllers that can output video for this system.
        ///
        /// Read-only.
        "GraphicsControllers" => graphics_controllers: crate::Link<crate::Collection<crate::graphics_controller::GraphicsController>>,
        /// The DNS host name, without any domain information.
        ///
        /// Writable.
        "HostName" => host_name: String,
        /// The host watchdog timer functionality for this system.
        "HostWatchdogTimer" => host_watchdog_timer: crate::computer_system::WatchdogTimer,
        /// The services that this computer system supports.
        "HostedServices" => hosted_services: crate::computer_system::HostedServices,
        /// The hosting roles that this computer system supports.
        ///
        /// Read-only.
        "HostingRoles" => hosting_roles: Vec<crate::computer_system::HostingRole>,
        /// The information about the in-band IPMI service of this system.
        "IPMIHostInterface" => ipmi_host_interface: crate::computer_system::IPMIHostInterface,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The idle power saver settings of the computer system.
        "IdlePowerSaver" => idle_power_saver: crate::computer_system::IdlePowerSaver,
        /// The state of the indicator LED, which identifies the system.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `LocationIndicatorActive` property.
        "IndicatorLED" => indicator_led: crate::common::IndicatorLED,
        /// The key management settings of the computer system.
        "KeyManagement" => key_management: crate::computer_system::KeyManagement,
        /// The last reset cause of the system.
        ///
        /// Read-only.
        "LastResetCause" => last_reset_cause: crate::computer_system::LastResetCauses,
        /// The date and time when the system was last reset or rebooted.
        ///
        /// Read-only.
        "LastResetTime" => last_reset_time: crate::DateTime,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::computer_system::Links,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The link to the collection of log services associated with this system.
        ///
        /// Read-only.
        "LogServices" => log_services: crate::Link<crate::Collection<crate::log_service::LogService>>,
        /// The manufacturer or OEM of this system.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// An indication of whether the system is in manufacturing mode. Manufacturing mode is a special boot mode, not normally available to end users, that modifies features and settings for use while the system is being manufactured and tested.
        ///
        /// Read-only.
        "ManufacturingMode" => manufacturing_mode: bool,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The link to the collection of memory associated with this system.
        ///
        /// Read-only.
        "Memory" => memory: crate::Link<crate::Collection<crate::memory::Memory>>,
        /// The link to the collection of memory domains associated with this system.
        ///
        /// Read-only.
        "MemoryDomains" => memory_domains: crate::Link<crate::Collection<crate::memory_domain::MemoryDomain>>,
        /// The central memory of the system in general detail.
        "MemorySummary" => memory_summary: crate::computer_system::MemorySummary,
        /// The product name for this system, without the manufacturer name.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The URI used to perform a Redfish Specification-defined multipart HTTP or HTTPS push import of a vendor-specific configuration file.
        ///
        /// Read-only.
        "MultipartImportConfigurationPushURI" => multipart_import_configuration_push_uri: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The link to the collection of Network Interfaces associated with this system.
        ///
        /// Read-only.
        "NetworkInterfaces" => network_interfaces: crate::Link<crate::Collection<crate::network_interface::NetworkInterface>>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the operating system information associated with this system.
        ///
        /// Read-only.
        "OperatingSystem" => operating_system: crate::Link<crate::operating_system::OperatingSystem>,
        /// The link to a collection of PCIe devices that this computer system uses.
        ///
        /// Read-only.
        "PCIeDevices" => pcie_devices: Vec<crate::Link<crate::pcie_device::PCIeDevice>>,
        "PCIeDevices@odata.count" => pcie_devices_count: u64,
        /// The link to a collection of PCIe functions that this computer system uses.
        ///
        /// Read-only.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
        /// The part number for this system.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The number of seconds to delay power on after a `Reset` action requesting `PowerCycle` or `FullPowerCycle`. Zero seconds indicates no delay.
        ///
        /// Writable.
        "PowerCycleDelaySeconds" => power_cycle_delay_seconds: f64,
        /// The power mode setting of the computer system.
        ///
        /// Writable.
        "PowerMode" => power_mode: crate::computer_system::PowerMode,
        /// The number of seconds to delay power off during a reset. Zero seconds indicates no delay to power off.
        ///
        /// Writable.
        "PowerOffDelaySeconds" => power_off_delay_seconds: f64,
        /// The number of seconds to delay power on after an externally performed power cycle or during a reset. Zero seconds indicates no delay to power up.
        ///
        /// Writable.
        "PowerOnDelaySeconds" => power_on_delay_seconds: f64,
        /// The desired power state of the system when power is restored after a power loss.
        ///
        /// Writable.
        "PowerRestorePolicy" => power_restore_policy: crate::common::PowerRestorePolicyTypes,
        /// The current power state of the system.
        ///
        /// Read-only.
        "PowerState" => power_state: crate::resource::PowerState,
        /// The central processors of the system in general detail.
        "ProcessorSummary" => processor_summary: crate::computer_system::ProcessorSummary,
        /// The link to the collection of processors associated with this system.
        ///
        /// Read-only.
        "Processors" => processors: crate::Link<crate::Collection<crate::processor::Processor>>,
        /// The link to a collection of redundancy entities. Each entity specifies a kind and level of redundancy and a collection, or redundancy set, of other computer systems that provide the specified redundancy to this computer system.
        ///
        /// Read-only.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// The manufacturer SKU for this system.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The link to the UEFI Secure Boot associated with this system.
        ///
        /// Read-only.
        "SecureBoot" => secure_boot: crate::Link<crate::secure_boot::SecureBoot>,
        /// The serial console services that this system provides.
        "SerialConsole" => serial_console: crate::computer_system::HostSerialConsole,
        /// The serial number for this system.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The link to the collection of storage devices associated with this system.
        ///
        /// Read-only.
        "SimpleStorage" => simple_storage: crate::Link<crate::Collection<crate::simple_storage::SimpleStorage>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The link to the collection of storage devices associated with this system.
        ///
        /// Read-only.
        "Storage" => storage: crate::Link<crate::Collection<crate::storage::Storage>>,
        /// The sub-model for this system.
        ///
        /// Read-only.
        "SubModel" => sub_model: String,
        /// The type of computer system that this resource represents.
        ///
        /// Read-only.
        "SystemType" => system_type: crate::computer_system::SystemType,
        /// An array of trusted modules in the system.
        ///
        /// Deprecated: This property has been deprecated in favor of the `TrustedComponents` property in `Links`.
        "TrustedModules" => trusted_modules: Vec<crate::computer_system::TrustedModules>,
        /// The link to a collection of USB controllers for this system.
        ///
        /// Read-only.
        "USBControllers" => usb_controllers: crate::Link<crate::Collection<crate::usb_controller::USBController>>,
        /// The UUID for this system.
        ///
        /// Read-only.
        "UUID" => uuid: String,
        /// The link to the virtual media services for this system.
        ///
        /// Read-only.
        "VirtualMedia" => virtual_media: crate::Link<crate::Collection<crate::virtual_media::VirtualMedia>>,
        /// The information about the virtual media service of this system.
        "VirtualMediaConfig" => virtual_media_config: crate::computer_system::VirtualMediaConfig,
    }
}

crate::__impl_resource!(ComputerSystem: "ComputerSystem", actions);

crate::redfish_struct! {
    /// Parameters of the `AddResourceBlock` action: This action adds a resource block to a system.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct AddResourceBlockRequest {
        /// The current ETag of the system.
        "ComputerSystemETag" => computer_system_e_tag: String,
        /// The resource block to add to the system.
        ///
        /// Required.
        "ResourceBlock" => resource_block: crate::Link<crate::resource_block::ResourceBlock> [required],
        /// The current ETag of the resource block to add to the system.
        "ResourceBlockETag" => resource_block_e_tag: String,
    }
}

impl AddResourceBlockRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["ResourceBlock"];

    /// Sets `ComputerSystemETag`.
    #[must_use]
    pub fn with_computer_system_e_tag(mut self, value: impl Into<String>) -> Self {
        self.computer_system_e_tag = Some(value.into());
        self
    }
    /// Sets `ResourceBlock`.
    #[must_use]
    pub fn with_resource_block(
        mut self,
        value: crate::Link<crate::resource_block::ResourceBlock>,
    ) -> Self {
        self.resource_block = Some(value);
        self
    }
    /// Sets `ResourceBlockETag`.
    #[must_use]
    pub fn with_resource_block_e_tag(mut self, value: impl Into<String>) -> Self {
        self.resource_block_e_tag = Some(value.into());
        self
    }
}

impl crate::ActionRequest for AddResourceBlockRequest {
    type Resource = ComputerSystem;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ComputerSystem.AddResourceBlock";
    const REQUIRED: &'static [&'static str] = &["ResourceBlock"];
}

crate::redfish_enum! {
    /// `AutomaticRetryConfig`.
    pub enum AutomaticRetryConfig {
        /// Disable automatic retrying of booting.
        Disabled = "Disabled",
        /// Automatic retrying of booting is based on a specified retry count.
        RetryAttempts = "RetryAttempts",
        /// Always automatically retry booting.
        RetryAlways = "RetryAlways",
    }
}

crate::redfish_struct! {
    /// The boot information for this resource.
    pub struct Boot {
        /// Ordered array of boot source aliases representing the persistent boot order associated with this computer system.
        ///
        /// Writable.
        "AliasBootOrder" => alias_boot_order: Vec<Option<crate::computer_system::BootSource>>,
        /// The number of attempts the system will automatically retry booting.
        ///
        /// Writable.
        "AutomaticRetryAttempts" => automatic_retry_attempts: i64,
        /// The configuration of how the system retries booting automatically.
        ///
        /// Writable.
        "AutomaticRetryConfig" => automatic_retry_config: crate::computer_system::AutomaticRetryConfig,
        /// The `BootOptionReference` of the Boot Option to perform a one-time boot from when `BootSourceOverrideTarget` is `UefiBootNext`.
        ///
        /// Writable.
        "BootNext" => boot_next: String,
        /// The link to the collection of the UEFI boot options associated with this computer system.
        ///
        /// Read-only.
        "BootOptions" => boot_options: crate::Link<crate::Collection<crate::boot_option::BootOption>>,
        /// An array of `BootOptionReference` strings that represent the persistent boot order for with this computer system. Changes to the boot order typically require a system reset before they take effect. It is likely that a client finds the `@Redfish.Settings` term in this resource, and if it is found, the client makes requests to change boot order settings by modifying the resource identified by the `@Redfish.Settings` term.
        ///
        /// Writable.
        "BootOrder" => boot_order: Vec<Option<String>>,
        /// The name of the boot order property that the system uses for the persistent boot order.
        ///
        /// Writable.
        "BootOrderPropertySelection" => boot_order_property_selection: crate::computer_system::BootOrderTypes,
        /// The state of the boot source override feature.
        ///
        /// Writable.
        "BootSourceOverrideEnabled" => boot_source_override_enabled: crate::computer_system::BootSourceOverrideEnabled,
        /// The BIOS boot mode to use when the system boots from the `BootSourceOverrideTarget` boot source.
        ///
        /// Writable.
        "BootSourceOverrideMode" => boot_source_override_mode: crate::computer_system::BootSourceOverrideMode,
        /// The current boot source to use at the next boot instead of the normal boot device, if `BootSourceOverrideEnabled` does not contain `Disabled`.
        ///
        /// Writable.
        "BootSourceOverrideTarget" => boot_source_override_target: crate::computer_system::BootSource,
        /// The link to a collection of certificates used for booting through HTTPS by this computer system.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The URI to boot from when `BootSourceOverrideTarget` is set to `UefiHttp`.
        ///
        /// Writable.
        "HttpBootUri" => http_boot_uri: String,
        /// The number of remaining automatic retry boots.
        ///
        /// Read-only.
        "RemainingAutomaticRetryAttempts" => remaining_automatic_retry_attempts: i64,
        /// If the boot should stop on a fault.
        ///
        /// Writable.
        "StopBootOnFault" => stop_boot_on_fault: crate::computer_system::StopBootOnFault,
        /// The Trusted Module boot requirement.
        ///
        /// Writable.
        "TrustedModuleRequiredToBoot" => trusted_module_required_to_boot: crate::computer_system::TrustedModuleRequiredToBoot,
        /// The UEFI device path of the device from which to boot when `BootSourceOverrideTarget` is `UefiTarget`.
        ///
        /// Writable.
        "UefiTargetBootSourceOverride" => uefi_target_boot_source_override: String,
    }
}

crate::redfish_enum! {
    /// The enumerations of `BootOrderTypes` specify the choice of boot order property to use when controller the persistent boot order for this computer system.
    pub enum BootOrderTypes {
        /// The system uses the `BootOrder` property to specify the persistent boot order.
        BootOrder = "BootOrder",
        /// The system uses the `AliasBootOrder` property to specify the persistent boot order.
        AliasBootOrder = "AliasBootOrder",
    }
}

crate::redfish_struct! {
    /// This object describes the last boot progress state.
    pub struct BootProgress {
        /// The number of seconds the system spent booting to the operating system during the last boot.
        ///
        /// Read-only.
        "LastBootTimeSeconds" => last_boot_time_seconds: f64,
        /// The last boot progress state.
        ///
        /// Read-only.
        "LastState" => last_state: crate::computer_system::BootProgressTypes,
        /// The date and time when the last boot state was updated.
        ///
        /// Read-only.
        "LastStateTime" => last_state_time: crate::DateTime,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The OEM-specific last state, if the LastState type is `OEM`.
        ///
        /// Read-only.
        "OemLastState" => oem_last_state: String,
    }
}

crate::redfish_enum! {
    /// `BootProgressTypes`.
    pub enum BootProgressTypes {
        /// The system is not booting.
        None = "None",
        /// The system has started initializing the primary processor.
        PrimaryProcessorInitializationStarted = "PrimaryProcessorInitializationStarted",
        /// The system has started initializing the buses.
        BusInitializationStarted = "BusInitializationStarted",
        /// The system has started initializing the memory.
        MemoryInitializationStarted = "MemoryInitializationStarted",
        /// The system has started initializing the remaining processors.
        SecondaryProcessorInitializationStarted = "SecondaryProcessorInitializationStarted",
        /// The system has started initializing the PCI resources.
        PCIResourceConfigStarted = "PCIResourceConfigStarted",
        /// The system has completed initializing all hardware.
        SystemHardwareInitializationComplete = "SystemHardwareInitializationComplete",
        /// The system has entered the setup utility.
        SetupEntered = "SetupEntered",
        /// The operating system has started booting.
        OSBootStarted = "OSBootStarted",
        /// The operating system is running.
        OSRunning = "OSRunning",
        /// A boot progress state in an OEM-defined format.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `BootSourceOverrideEnabled`.
    pub enum BootSourceOverrideEnabled {
        /// The system boots normally.
        Disabled = "Disabled",
        /// On its next boot cycle, the system boots one time to the boot source override target. Then, the `BootSourceOverrideEnabled` value is reset to `Disabled`.
        Once = "Once",
        /// The system boots to the target specified in the `BootSourceOverrideTarget` property until this property is `Disabled`.
        Continuous = "Continuous",
    }
}

crate::redfish_enum! {
    /// `BootSourceOverrideMode`.
    pub enum BootSourceOverrideMode {
        /// The system boots in non-UEFI boot mode to the boot source override target.
        Legacy = "Legacy",
        /// The system boots in UEFI boot mode to the boot source override target.
        UEFI = "UEFI",
    }
}

crate::redfish_enum! {
    /// `Component`.
    pub enum Component {
        /// Export configuration data for all devices attached to the system including OEM components.
        All = "All",
        /// Export configuration data associated with the manager of the system.
        Manager = "Manager",
        /// Export configuration data associated with the BIOS for the system.
        BIOS = "BIOS",
        /// Export configuration data associated with the all network devices of the system.
        Network = "Network",
        /// Export configuration data associated with the all storage devices of the system.
        Storage = "Storage",
    }
}

crate::redfish_struct! {
    /// Information about the composition capabilities and state of a computer system.
    pub struct Composition {
        /// The composition use cases in which this computer system can participate.
        ///
        /// Read-only.
        "UseCases" => use_cases: Vec<Option<crate::computer_system::CompositionUseCase>>,
    }
}

crate::redfish_enum! {
    /// `CompositionUseCase`.
    pub enum CompositionUseCase {
        /// This computer system supports being registered as a resource block in order for it to participate in composition requests.
        ResourceBlockCapable = "ResourceBlockCapable",
        /// This computer system supports expandable system composition and is associated with a resource block.
        ExpandableSystem = "ExpandableSystem",
    }
}

crate::redfish_struct! {
    /// Parameters of the `Decommission` action: This action decommissions a system.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct DecommissionRequest {
        /// The current ETag of the system.
        "ComputerSystemETag" => computer_system_e_tag: String,
        /// The types of data to remove from the system.
        ///
        /// Required.
        "DecommissionTypes" => decommission_types: Vec<crate::computer_system::DecommissionType> [required],
        /// The OEM-specific types of data to remove from the system.
        "OEMDecommissionTypes" => oem_decommission_types: Vec<String>,
        /// Ensure secure erasure of all devices and fail the request if not possible.
        "RequireSecureErase" => require_secure_erase: bool,
    }
}

impl DecommissionRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["DecommissionTypes"];

    /// Sets `ComputerSystemETag`.
    #[must_use]
    pub fn with_computer_system_e_tag(mut self, value: impl Into<String>) -> Self {
        self.computer_system_e_tag = Some(value.into());
        self
    }
    /// Sets `DecommissionTypes`.
    #[must_use]
    pub fn with_decommission_types(
        mut self,
        value: Vec<crate::computer_system::DecommissionType>,
    ) -> Self {
        self.decommission_types = Some(value);
        self
    }
    /// Sets `OEMDecommissionTypes`.
    #[must_use]
    pub fn with_oem_decommission_types(mut self, value: Vec<String>) -> Self {
        self.oem_decommission_types = Some(value);
        self
    }
    /// Sets `RequireSecureErase`.
    #[must_use]
    pub fn with_require_secure_erase(mut self, value: bool) -> Self {
        self.require_secure_erase = Some(value);
        self
    }
}

impl crate::ActionRequest for DecommissionRequest {
    type Resource = ComputerSystem;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ComputerSystem.Decommission";
    const REQUIRED: &'static [&'static str] = &["DecommissionTypes"];
}

crate::redfish_enum! {
    /// `DecommissionType`.
    pub enum DecommissionType {
        /// Remove all possible data from the server.
        All = "All",
        /// Remove all possible data from block devices and other user or operating system accessible storage attached to the system.
        UserData = "UserData",
        /// Reset all manager settings to factory defaults.
        ManagerConfig = "ManagerConfig",
        /// Reset all BIOS settings to factory defaults.
        BIOSConfig = "BIOSConfig",
        /// Reset all network settings to factory defaults.
        NetworkConfig = "NetworkConfig",
        /// Reset all storage controller settings to factory defaults. This will leave the user data intact unless that is also specified.
        StorageConfig = "StorageConfig",
        /// Clear all logs.
        Logs = "Logs",
        /// Reset all user-accessible TPM settings to factory defaults.
        TPM = "TPM",
    }
}

crate::redfish_struct! {
    /// Parameters of the `ExportConfiguration` action: This action exports the configuration of a system in a vendor-specific format.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ExportConfigurationRequest {
        /// The components of the system for which to export configuration data.
        ///
        /// Required.
        "Components" => components: Vec<crate::computer_system::Component> [required],
        /// The encryption passphrase for the exported file.
        "EncryptionPassphrase" => encryption_passphrase: String [secret],
        /// The types of export to perform.
        ///
        /// Required.
        "ExportType" => export_type: crate::computer_system::ExportType [required],
        /// The OEM-specific components of the system for which to export configuration data.
        "OEMComponents" => oem_components: Vec<String>,
        /// The policy to apply when exporting secure information.
        "Security" => security: crate::common::ExportSecurity,
    }
}

impl ExportConfigurationRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Components", "ExportType"];

    /// Sets `Components`.
    #[must_use]
    pub fn with_components(mut self, value: Vec<crate::computer_system::Component>) -> Self {
        self.components = Some(value);
        self
    }
    /// Sets `EncryptionPassphrase`.
    #[must_use]
    pub fn with_encryption_passphrase(mut self, value: impl Into<String>) -> Self {
        self.encryption_passphrase = Some(value.into());
        self
    }
    /// Sets `ExportType`.
    #[must_use]
    pub fn with_export_type(mut self, value: crate::computer_system::ExportType) -> Self {
        self.export_type = Some(value);
        self
    }
    /// Sets `OEMComponents`.
    #[must_use]
    pub fn with_oem_components(mut self, value: Vec<String>) -> Self {
        self.oem_components = Some(value);
        self
    }
    /// Sets `Security`.
    #[must_use]
    pub fn with_security(mut self, value: crate::common::ExportSecurity) -> Self {
        self.security = Some(value);
        self
    }
}

impl crate::ActionRequest for ExportConfigurationRequest {
    type Resource = ComputerSystem;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ComputerSystem.ExportConfiguration";
    const REQUIRED: &'static [&'static str] = &["Components", "ExportType"];
}

pub use crate::common::ExportSecurity;

crate::redfish_enum! {
    /// `ExportType`.
    pub enum ExportType {
        /// Export only configuration data that would not potentially result in data loss on import. For example, storage configurations that delete or recreate volumes are excluded under this option.
        NonDestructive = "NonDestructive",
        /// Export only configuration data that would not result in network collisions if applied to another system on a shared fabric. For example, I/O identities, such as MAC addresses or a WWN, are excluded under this option.
        CloneWithinFabric = "CloneWithinFabric",
        /// Export all configuration data required to replace this system.
        Replacement = "Replacement",
    }
}

crate::redfish_enum! {
    /// `GraphicalConnectTypesSupported`.
    pub enum GraphicalConnectTypesSupported {
        /// The controller supports a graphical console connection through a KVM-IP (redirection of Keyboard, Video, Mouse over IP) protocol.
        KVMIP = "KVMIP",
        /// The controller supports a graphical console connection through an OEM-specific protocol.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// The information about a graphical console service for this system.
    pub struct HostGraphicalConsole {
        /// This property enumerates the graphical console connection types that the implementation allows.
        ///
        /// Read-only.
        "ConnectTypesSupported" => connect_types_supported: Vec<crate::computer_system::GraphicalConnectTypesSupported>,
        /// The maximum number of service sessions, regardless of protocol, that this system can support.
        ///
        /// Read-only.
        "MaxConcurrentSessions" => max_concurrent_sessions: i64,
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the service is enabled for this system.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The information about the serial console services that this system provides.
    pub struct HostSerialConsole {
        /// The connection details for an IPMI Serial-over-LAN service.
        "IPMI" => ipmi: crate::computer_system::SerialConsoleProtocol,
        /// The maximum number of service sessions, regardless of protocol, that this system can support.
        ///
        /// Read-only.
        "MaxConcurrentSessions" => max_concurrent_sessions: i64,
        /// The connection details for an SSH serial console service.
        "SSH" => ssh: crate::computer_system::SerialConsoleProtocol,
        /// The connection details for a Telnet serial console service.
        "Telnet" => telnet: crate::computer_system::SerialConsoleProtocol,
        /// The connection details for a WebSocket serial console service.
        "WebSocket" => web_socket: crate::computer_system::WebSocketConsole,
    }
}

crate::redfish_struct! {
    /// The services that might be running or installed on the system.
    pub struct HostedServices {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to a collection of storage services that this computer system supports.
        ///
        /// Read-only.
        "StorageServices" => storage_services: serde_json::Value,
    }
}

crate::redfish_enum! {
    /// The enumerations of `HostingRole` specify different features that the hosting computer system supports.
    pub enum HostingRole {
        /// The system hosts functionality that supports general purpose applications.
        ApplicationServer = "ApplicationServer",
        /// The system hosts functionality that supports the system acting as a storage server.
        StorageServer = "StorageServer",
        /// The system hosts functionality that supports the system acting as a switch.
        Switch = "Switch",
        /// The system hosts functionality that supports the system acting as an appliance.
        Appliance = "Appliance",
        /// The system hosts functionality that supports the system acting as a bare-metal server.
        BareMetalServer = "BareMetalServer",
        /// The system hosts functionality that supports the system acting as a virtual machine server.
        VirtualMachineServer = "VirtualMachineServer",
        /// The system hosts functionality that supports the system acting as a container server.
        ContainerServer = "ContainerServer",
    }
}

crate::redfish_struct! {
    /// The information about the in-band IPMI service for this system.
    pub struct IPMIHostInterface {
        /// An indication of whether the service is enabled for this system.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_struct! {
    /// The idle power saver settings of a computer system.
    pub struct IdlePowerSaver {
        /// An indication of whether idle power saver is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The duration in seconds the computer system is below the `EnterUtilizationPercent` value before the idle power save is activated.
        ///
        /// Writable. Units: `s`.
        "EnterDwellTimeSeconds" => enter_dwell_time_seconds: i64,
        /// The percentage of utilization when the computer system enters idle power save. If the computer system's utilization goes below this value, it enters idle power save.
        ///
        /// Writable. Units: `%`.
        "EnterUtilizationPercent" => enter_utilization_percent: f64,
        /// The duration in seconds the computer system is above the `ExitUtilizationPercent` value before the idle power save is stopped.
        ///
        /// Writable. Units: `s`.
        "ExitDwellTimeSeconds" => exit_dwell_time_seconds: i64,
        /// The percentage of utilization when the computer system exits idle power save. If the computer system's utilization goes above this value, it exits idle power save.
        ///
        /// Writable. Units: `%`.
        "ExitUtilizationPercent" => exit_utilization_percent: f64,
    }
}

pub use crate::common::IndicatorLED;

crate::redfish_enum! {
    /// `InterfaceType`.
    pub enum InterfaceType {
        /// Trusted Platform Module (TPM) 1.2.
        TPM12 = "TPM1_2",
        /// Trusted Platform Module (TPM) 2.0.
        TPM20 = "TPM2_0",
        /// Trusted Cryptography Module (TCM) 1.0.
        TCM10 = "TCM1_0",
    }
}

crate::redfish_enum! {
    /// The enumerations of `InterfaceTypeSelection` specify the method for switching the TrustedModule InterfaceType, for instance between TPM1_2 and TPM2_0, if supported.
    pub enum InterfaceTypeSelection {
        /// The TrustedModule does not support switching the InterfaceType.
        None = "None",
        /// The TrustedModule supports switching InterfaceType through a firmware update.
        FirmwareUpdate = "FirmwareUpdate",
        /// The TrustedModule supports switching InterfaceType through platform software, such as a BIOS configuration attribute.
        BiosSetting = "BiosSetting",
        /// The TrustedModule supports switching InterfaceType through an OEM proprietary mechanism.
        OemMethod = "OemMethod",
    }
}

crate::redfish_enum! {
    /// `KMIPCachePolicy`.
    pub enum KMIPCachePolicy {
        /// The system does not cache KMIP data.
        None = "None",
        /// The system caches KMIP data after first use for the duration specified by the `CacheDuration` property.
        AfterFirstUse = "AfterFirstUse",
    }
}

crate::redfish_struct! {
    /// The KMIP server settings for a computer system.
    pub struct KMIPServer {
        /// The KMIP server address.
        ///
        /// Writable.
        "Address" => address: String,
        /// The duration the system caches KMIP data.
        ///
        /// Writable.
        "CacheDuration" => cache_duration: String,
        /// The cache policy to control how KMIP data is cached.
        ///
        /// Writable.
        "CachePolicy" => cache_policy: crate::computer_system::KMIPCachePolicy,
        /// The password to access the KMIP server. The value is `null` in responses.
        ///
        /// Writable.
        "Password" => password: String [secret],
        /// The KMIP server port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// The username to access the KMIP server.
        ///
        /// Writable.
        "Username" => username: String,
    }
}

crate::redfish_struct! {
    /// The key management settings of a computer system.
    pub struct KeyManagement {
        /// The link to a collection of server certificates for the servers referenced by the `KMIPServers` property.
        ///
        /// Read-only.
        "KMIPCertificates" => kmip_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The link to a collection of client identity certificates provided to the servers referenced by the `KMIPServers` property.
        ///
        /// Read-only.
        "KMIPClientCertificates" => kmip_client_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The KMIP servers to which this computer system is subscribed.
        "KMIPServers" => kmip_servers: Vec<Option<crate::computer_system::KMIPServer>>,
    }
}

crate::redfish_enum! {
    /// `LastResetCauses`.
    pub enum LastResetCauses {
        /// System start or restart via a power button press.
        PowerButtonPress = "PowerButtonPress",
        /// System start or restart via an external command to the management controller or BMC.
        ManagementCommand = "ManagementCommand",
        /// System start or restart due to the power restore policy.
        PowerRestorePolicy = "PowerRestorePolicy",
        /// System power-up via an RTC (system real time clock) wakeup.
        RTCWakeup = "RTCWakeup",
        /// System start or restart caused by a watchdog expiration.
        WatchdogExpiration = "WatchdogExpiration",
        /// System start or restart via an OS soft restart.
        OSSoftRestart = "OSSoftRestart",
        /// System start or restart caused by a system crash.
        SystemCrash = "SystemCrash",
        /// System start or restart caused by a thermal event triggering a system shutdown.
        ThermalEvent = "ThermalEvent",
        /// System start or restart caused by a power event triggering a system shutdown.
        PowerEvent = "PowerEvent",
        /// System start or restart detected, but the cause is unknown.
        UnknownValue = "Unknown",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the chassis that contains this system.
        ///
        /// Read-only.
        "Chassis" => chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "Chassis@odata.count" => chassis_count: u64,
        /// An array of links to computer systems that are realized, in whole or in part, from this computer system.
        ///
        /// Read-only.
        "ConsumingComputerSystems" => consuming_computer_systems: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "ConsumingComputerSystems@odata.count" => consuming_computer_systems_count: u64,
        /// An array of links to resources or objects that cool this computer system. Normally, the link is for either a chassis or a specific set of fans.
        ///
        /// Read-only.
        "CooledBy" => cooled_by: Vec<crate::Link>,
        "CooledBy@odata.count" => cooled_by_count: u64,
        /// An array of links to the endpoints that connect to this system.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The link to the system that is hosting this virtual machine.
        ///
        /// Read-only.
        "HostingComputerSystem" => hosting_computer_system: crate::Link<crate::computer_system::ComputerSystem>,
        /// An array of links to the managers responsible for this system.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The network device functions to which this system performs offload computation, such as with a SmartNIC.
        ///
        /// Read-only.
        "OffloadedNetworkDeviceFunctions" => offloaded_network_device_functions: Vec<crate::Link<crate::network_device_function::NetworkDeviceFunction>>,
        "OffloadedNetworkDeviceFunctions@odata.count" => offloaded_network_device_functions_count: u64,
        /// An array of links to resources or objects that power this computer system. Normally, the link is for either a chassis or a specific set of power supplies.
        ///
        /// Read-only.
        "PoweredBy" => powered_by: Vec<crate::Link>,
        "PoweredBy@odata.count" => powered_by_count: u64,
        /// An array of links to the resource blocks that are used in this computer system.
        ///
        /// Writable.
        "ResourceBlocks" => resource_blocks: Vec<crate::Link<crate::resource_block::ResourceBlock>>,
        "ResourceBlocks@odata.count" => resource_blocks_count: u64,
        /// An array of links to computer systems that contribute, in whole or in part, to the implementation of this computer system.
        ///
        /// Read-only.
        "SupplyingComputerSystems" => supplying_computer_systems: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "SupplyingComputerSystems@odata.count" => supplying_computer_systems_count: u64,
        /// An array of links to the trusted components for this system.
        ///
        /// Read-only.
        "TrustedComponents" => trusted_components: Vec<crate::Link<crate::trusted_component::TrustedComponent>>,
        "TrustedComponents@odata.count" => trusted_components_count: u64,
        /// An array of links to the virtual machines this system is hosting.
        ///
        /// Read-only.
        "VirtualMachines" => virtual_machines: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "VirtualMachines@odata.count" => virtual_machines_count: u64,
    }
}

crate::redfish_enum! {
    /// `MemoryMirroring`.
    pub enum MemoryMirroring {
        /// The system supports DIMM mirroring at the system level. Individual DIMMs are not paired for mirroring in this mode.
        System = "System",
        /// The system supports DIMM mirroring at the DIMM level. Individual DIMMs can be mirrored.
        DIMM = "DIMM",
        /// The system supports a hybrid mirroring at the system and DIMM levels. Individual DIMMs can be mirrored.
        Hybrid = "Hybrid",
        /// The system does not support DIMM mirroring.
        None = "None",
    }
}

crate::redfish_struct! {
    /// The memory of the system in general detail.
    pub struct MemorySummary {
        /// The ability and type of memory mirroring that this computer system supports.
        ///
        /// Read-only.
        "MemoryMirroring" => memory_mirroring: crate::computer_system::MemoryMirroring,
        /// The link to the metrics associated with all memory in this system.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::memory_metrics::MemoryMetrics>,
        /// The status and health of the resource and its subordinate or dependent resources.
        ///
        /// Deprecated: This property has been deprecated in favor of the `Conditions` property within `Status` in the root of this resource.
        "Status" => status: crate::resource::Status,
        /// The total configured operating system-accessible memory (RAM), measured in GiB.
        ///
        /// Read-only. Units: `GiBy`.
        "TotalSystemMemoryGiB" => total_system_memory_gib: f64,
        /// The total configured, system-accessible persistent memory, measured in GiB.
        ///
        /// Read-only. Units: `GiBy`.
        "TotalSystemPersistentMemoryGiB" => total_system_persistent_memory_gib: f64,
    }
}

crate::redfish_enum! {
    /// `PowerMode`.
    pub enum PowerMode {
        /// The system performs at the highest speeds possible.
        MaximumPerformance = "MaximumPerformance",
        /// The system performs at the highest speeds while utilization is high and performs at reduced speeds when the utilization is low.
        BalancedPerformance = "BalancedPerformance",
        /// The system performs at reduced speeds to save power.
        PowerSaving = "PowerSaving",
        /// The system power mode is static.
        Static = "Static",
        /// The system power mode is controlled by the operating system.
        OSControlled = "OSControlled",
        /// The system power mode is OEM-defined.
        OEM = "OEM",
        /// The system performs at reduced speeds at all utilizations to save power at the cost of performance. This mode differs from `PowerSaving` in that more performance is retained and less power is saved. This mode differs from `EfficiencyFavorPerformance` in that less performance is retained but more power is saved.
        EfficiencyFavorPower = "EfficiencyFavorPower",
        /// The system performs at reduced speeds at all utilizations to save power while attempting to maintain performance. This mode differs from `EfficiencyFavorPower` in that more performance is retained but less power is saved.
        EfficiencyFavorPerformance = "EfficiencyFavorPerformance",
    }
}

pub use crate::common::PowerRestorePolicyTypes;

crate::redfish_struct! {
    /// The central processors of the system in general detail.
    pub struct ProcessorSummary {
        /// The number of processor cores in the system.
        ///
        /// Read-only.
        "CoreCount" => core_count: i64,
        /// The number of physical processors in the system.
        ///
        /// Read-only.
        "Count" => count: i64,
        /// The number of logical processors in the system.
        ///
        /// Read-only.
        "LogicalProcessorCount" => logical_processor_count: i64,
        /// The link to the metrics associated with all processors in this system.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::processor_metrics::ProcessorMetrics>,
        /// The processor model for the primary or majority of processors in this system.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        ///
        /// Deprecated: This property has been deprecated in favor of the `Conditions` property within `Status` in the root of this resource.
        "Status" => status: crate::resource::Status,
        /// An indication of whether threading is enabled on all processors in this system.
        ///
        /// Writable.
        "ThreadingEnabled" => threading_enabled: bool,
    }
}

crate::redfish_struct! {
    /// Parameters of the `RemoveResourceBlock` action: This action removes a resource block from a system.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RemoveResourceBlockRequest {
        /// The current ETag of the system.
        "ComputerSystemETag" => computer_system_e_tag: String,
        /// The resource block to remove from the system.
        ///
        /// Required.
        "ResourceBlock" => resource_block: crate::Link<crate::resource_block::ResourceBlock> [required],
        /// The current ETag of the resource block to remove from the system.
        "ResourceBlockETag" => resource_block_e_tag: String,
    }
}

impl RemoveResourceBlockRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["ResourceBlock"];

    /// Sets `ComputerSystemETag`.
    #[must_use]
    pub fn with_computer_system_e_tag(mut self, value: impl Into<String>) -> Self {
        self.computer_system_e_tag = Some(value.into());
        self
    }
    /// Sets `ResourceBlock`.
    #[must_use]
    pub fn with_resource_block(
        mut self,
        value: crate::Link<crate::resource_block::ResourceBlock>,
    ) -> Self {
        self.resource_block = Some(value);
        self
    }
    /// Sets `ResourceBlockETag`.
    #[must_use]
    pub fn with_resource_block_e_tag(mut self, value: impl Into<String>) -> Self {
        self.resource_block_e_tag = Some(value.into());
        self
    }
}

impl crate::ActionRequest for RemoveResourceBlockRequest {
    type Resource = ComputerSystem;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ComputerSystem.RemoveResourceBlock";
    const REQUIRED: &'static [&'static str] = &["ResourceBlock"];
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets the system.
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
    type Resource = ComputerSystem;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ComputerSystem.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The information about a serial console service that this system provides.
    pub struct SerialConsoleProtocol {
        /// The command string passed to the service to select or enter the system's serial console.
        ///
        /// Read-only.
        "ConsoleEntryCommand" => console_entry_command: String,
        /// The hotkey sequence available for the user to exit the serial console session.
        ///
        /// Read-only.
        "HotKeySequenceDisplay" => hot_key_sequence_display: String,
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the service is enabled for this system.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// Indicates whether the serial console service is shared with access to the manager's command-line interface (CLI).
        ///
        /// Read-only.
        "SharedWithManagerCLI" => shared_with_manager_cli: bool,
    }
}

crate::redfish_struct! {
    /// Parameters of the `SetDefaultBootOrder` action: This action sets the `BootOrder` property to the default settings.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetDefaultBootOrderRequest {
    }
}

impl SetDefaultBootOrderRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for SetDefaultBootOrderRequest {
    type Resource = ComputerSystem;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#ComputerSystem.SetDefaultBootOrder";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `StopBootOnFault`.
    pub enum StopBootOnFault {
        /// The system performs any normal recovery actions during boot if a fault occurs.
        Never = "Never",
        /// The system should stop the boot on any fault.
        AnyFault = "AnyFault",
    }
}

crate::redfish_enum! {
    /// `SystemType`.
    pub enum SystemType {
        /// A computer system.
        Physical = "Physical",
        /// A virtual machine instance running on this system.
        Virtual = "Virtual",
        /// An operating system instance.
        /// Deprecated: This value has been deprecated in favor of representing operating systems with the `OperatingSystem` resource.
        OS = "OS",
        /// A hardware-based partition of a computer system.
        PhysicallyPartitioned = "PhysicallyPartitioned",
        /// A virtual or software-based partition of a computer system.
        VirtuallyPartitioned = "VirtuallyPartitioned",
        /// A computer system constructed by binding resource blocks together.
        Composed = "Composed",
        /// A computer system that performs the functions of a data processing unit, such as a SmartNIC.
        DPU = "DPU",
    }
}

crate::redfish_enum! {
    /// `TrustedModuleRequiredToBoot`.
    pub enum TrustedModuleRequiredToBoot {
        /// No Trusted Module requirement to boot.
        Disabled = "Disabled",
        /// A functional Trusted Module is required to boot.
        Required = "Required",
    }
}

crate::redfish_struct! {
    /// The Trusted Module installed in the system.
    pub struct TrustedModules {
        /// The firmware version of this Trusted Module.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// The second firmware version of this Trusted Module, if applicable.
        ///
        /// Read-only.
        "FirmwareVersion2" => firmware_version2: String,
        /// The interface type of the Trusted Module.
        ///
        /// Read-only.
        "InterfaceType" => interface_type: crate::computer_system::InterfaceType,
        /// The interface type selection supported by this Trusted Module.
        ///
        /// Read-only.
        "InterfaceTypeSelection" => interface_type_selection: crate::computer_system::InterfaceTypeSelection,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::redfish_struct! {
    /// The information about virtual media service for this system.
    pub struct VirtualMediaConfig {
        /// The protocol port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// An indication of whether the service is enabled for this system.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_enum! {
    /// The enumerations of `WatchdogTimeoutActions` specify the choice of action to take when the host watchdog timer reaches its timeout value.
    pub enum WatchdogTimeoutActions {
        /// No action taken.
        None = "None",
        /// Reset the system.
        ResetSystem = "ResetSystem",
        /// Power cycle the system.
        PowerCycle = "PowerCycle",
        /// Power down the system.
        PowerDown = "PowerDown",
        /// Perform an OEM-defined action.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// This type describes the host watchdog timer functionality for this system.
    pub struct WatchdogTimer {
        /// An indication of whether a user has enabled the host watchdog timer functionality. This property indicates only that a user has enabled the timer. To activate the timer, installation of additional host-based software is necessary; an update to this property does not initiate the timer.
        ///
        /// Writable. Required.
        "FunctionEnabled" => function_enabled: bool [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The action to perform when the watchdog timer reaches its timeout value.
        ///
        /// Writable. Required.
        "TimeoutAction" => timeout_action: crate::computer_system::WatchdogTimeoutActions [required],
        /// The action to perform when the watchdog timer is close to reaching its timeout value. This action typically occurs from three to ten seconds before to the timeout value, but the exact timing is dependent on the implementation.
        ///
        /// Writable.
        "WarningAction" => warning_action: crate::computer_system::WatchdogWarningActions,
    }
}

crate::redfish_enum! {
    /// The enumerations of `WatchdogWarningActions` specify the choice of action to take when the host watchdog timer is close (typically 3-10 seconds) to reaching its timeout value.
    pub enum WatchdogWarningActions {
        /// No action taken.
        None = "None",
        /// Raise a (typically non-maskable) Diagnostic Interrupt.
        DiagnosticInterrupt = "DiagnosticInterrupt",
        /// Raise a Systems Management Interrupt (SMI).
        SMI = "SMI",
        /// Raise a legacy IPMI messaging interrupt.
        MessagingInterrupt = "MessagingInterrupt",
        /// Raise an interrupt using the ACPI System Control Interrupt (SCI).
        SCI = "SCI",
        /// Perform an OEM-defined action.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// The information about a WebSocket serial console service that this system provides.
    pub struct WebSocketConsole {
        /// The URI at which to access the WebSocket serial console.
        ///
        /// Read-only.
        "ConsoleURI" => console_uri: String,
        /// Indicates if the WebSocket serial console allows interactive input.
        ///
        /// Read-only.
        "Interactive" => interactive: bool,
        /// An indication of whether the service is enabled for this system.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_enum! {
    /// `BootSource`.
    pub enum BootSource {
        /// Boot from the normal boot device.
        None = "None",
        /// Boot from the Pre-boot eXecution Environment (PXE).
        Pxe = "Pxe",
        /// Boot from the floppy disk drive.
        Floppy = "Floppy",
        /// Boot from the CD or DVD.
        Cd = "Cd",
        /// Boot from a system BIOS-specified USB device.
        Usb = "Usb",
        /// Boot from a hard drive.
        Hdd = "Hdd",
        /// Boot to the BIOS setup utility.
        BiosSetup = "BiosSetup",
        /// Boot to the manufacturer's utilities program or programs.
        Utilities = "Utilities",
        /// Boot to the manufacturer's diagnostics program.
        Diags = "Diags",
        /// Boot to the UEFI Shell.
        UefiShell = "UefiShell",
        /// Boot to the UEFI device specified in the `UefiTargetBootSourceOverride` property.
        UefiTarget = "UefiTarget",
        /// Boot from an SD card.
        SDCard = "SDCard",
        /// Boot from a UEFI HTTP network location.
        UefiHttp = "UefiHttp",
        /// Boot from a remote drive, such as an iSCSI target.
        RemoteDrive = "RemoteDrive",
        /// Boot to the UEFI device that the `BootNext` property specifies.
        UefiBootNext = "UefiBootNext",
        /// Boot to a system-designated recovery process or image.
        Recovery = "Recovery",
    }
}
