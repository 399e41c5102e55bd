//! `Processor`: The `Processor` schema describes the information about a single processor that a system contains. A processor includes both performance characteristics, clock speed, architecture, core count, and so on, and compatibility, such as the CPU ID instruction results. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
//!
//! Generated from the DMTF Redfish schema `Processor.v1_22_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `processor` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Processor` schema describes the information about a single processor that a system contains. A processor includes both performance characteristics, clock speed, architecture, core count, and so on, and compatibility, such as the CPU ID instruction results. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
    ///
    /// DMTF schema `Processor` v1_22_0 (Redfish 2025.4).
    pub struct Processor {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The link to the collection of acceleration functions associated with this processor.
        ///
        /// Read-only.
        "AccelerationFunctions" => acceleration_functions: crate::Link<crate::Collection<crate::acceleration_function::AccelerationFunction>>,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The additional firmware versions of the processor.
        "AdditionalFirmwareVersions" => additional_firmware_versions: crate::software_inventory::AdditionalVersions,
        /// The link to the operating configuration that is applied to this processor.
        ///
        /// Writable.
        "AppliedOperatingConfig" => applied_operating_config: crate::Link<crate::operating_config::OperatingConfig>,
        /// The link to an assembly associated with this processor.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The base (nominal) clock speed of the processor in MHz.
        ///
        /// Read-only. Units: `MHz`.
        "BaseSpeedMHz" => base_speed_mhz: i64,
        /// The state of the base frequency settings of the operation configuration applied to this processor.
        ///
        /// Read-only.
        "BaseSpeedPriorityState" => base_speed_priority_state: crate::processor::BaseSpeedPriorityState,
        /// The link to the collection of cache memory associated with this processor.
        ///
        /// Read-only.
        "CacheMemory" => cache_memory: crate::Link<crate::Collection<crate::memory::Memory>>,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Read-only.
        "Description" => description: String,
        /// An indication of whether this processor is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The link to the environment metrics for this processor.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// The properties for processors of the FPGA type.
        "FPGA" => fpga: crate::processor::FPGA,
        /// The processor family.
        ///
        /// Read-only.
        "Family" => family: String,
        /// The firmware version of the processor.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// The list of core identifiers corresponding to the cores that have been configured with the higher clock speed from the operating configuration applied to this processor.
        ///
        /// Read-only.
        "HighSpeedCoreIDs" => high_speed_core_ids: Vec<Option<i64>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The instruction set of the processor.
        ///
        /// Read-only.
        "InstructionSet" => instruction_set: crate::processor::InstructionSet,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::processor::Links,
        /// The location of the processor.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The processor manufacturer.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The maximum clock speed of the processor.
        ///
        /// Read-only. Units: `MHz`.
        "MaxSpeedMHz" => max_speed_mhz: i64,
        /// The maximum Thermal Design Power (TDP) in watt units.
        ///
        /// Read-only. Units: `W`.
        "MaxTDPWatts" => max_tdp_watts: i64,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The summary of all memory associated with this processor.
        "MemorySummary" => memory_summary: crate::processor::MemorySummary,
        /// The link to the metrics associated with this processor.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::processor_metrics::ProcessorMetrics>,
        /// The minimum clock speed of the processor in MHz.
        ///
        /// Read-only. Units: `MHz`.
        "MinSpeedMHz" => min_speed_mhz: i64,
        /// The product model number of this device.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the collection of operating configurations that can be applied to this processor.
        ///
        /// Read-only.
        "OperatingConfigs" => operating_configs: crate::Link<crate::Collection<crate::operating_config::OperatingConfig>>,
        /// Operating speed of the processor in MHz.
        ///
        /// Read-only. Units: `MHz`.
        "OperatingSpeedMHz" => operating_speed_mhz: i64,
        /// Range of allowed operating speeds (MHz).
        ///
        /// Writable.
        "OperatingSpeedRangeMHz" => operating_speed_range_mhz: crate::control::ControlRangeExcerpt,
        /// The part number of the processor.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The link to the collection of ports for this processor.
        ///
        /// Read-only.
        "Ports" => ports: crate::Link<crate::Collection<crate::port::Port>>,
        /// The current power state of the processor.
        ///
        /// Read-only.
        "PowerState" => power_state: crate::resource::PowerState,
        /// The architecture of the processor.
        ///
        /// Read-only.
        "ProcessorArchitecture" => processor_architecture: crate::processor::ProcessorArchitecture,
        /// The identification information for this processor.
        "ProcessorId" => processor_id: crate::processor::ProcessorId,
        /// The logical index of this processor within the system.
        ///
        /// Read-only.
        "ProcessorIndex" => processor_index: i64,
        /// The memory directly attached or integrated within this processor. Examples include internal cache, dedicated memory for the processor, and system memory.
        "ProcessorMemory" => processor_memory: Vec<crate::processor::ProcessorMemory>,
        /// The type of processor.
        ///
        /// Read-only.
        "ProcessorType" => processor_type: crate::processor::ProcessorType,
        /// An indication of whether this component can be independently replaced as allowed by the vendor's replacement policy.
        ///
        /// Read-only.
        "Replaceable" => replaceable: bool,
        /// The serial number of the processor.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The socket or location of the processor.
        ///
        /// Read-only.
        "Socket" => socket: String,
        /// The spare part number of the processor.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The clock limit of the processor in MHz.
        ///
        /// Writable. Units: `MHz`.
        "SpeedLimitMHz" => speed_limit_mhz: i64,
        /// Indicates whether the clock speed of the processor is fixed at the value specified in the `SpeedLimitMHz` property.
        ///
        /// Writable.
        "SpeedLocked" => speed_locked: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The link to the collection of sub-processors associated with this processor, such as cores or threads, that are part of a processor.
        ///
        /// Read-only.
        "SubProcessors" => sub_processors: crate::Link<crate::Collection<crate::processor::Processor>>,
        /// The interface between the system and the processor.
        "SystemInterface" => system_interface: crate::processor::ProcessorInterface,
        /// The nominal Thermal Design Power (TDP) in watt units.
        ///
        /// Read-only. Units: `W`.
        "TDPWatts" => tdp_watts: i64,
        /// The causes of the processor being throttled.
        ///
        /// Read-only.
        "ThrottleCauses" => throttle_causes: Vec<Option<crate::processor::ThrottleCause>>,
        /// An indication of whether the processor is throttled.
        ///
        /// Read-only.
        "Throttled" => throttled: bool,
        /// The total number of cores that this processor contains.
        ///
        /// Read-only.
        "TotalCores" => total_cores: i64,
        /// The total number of enabled cores that this processor contains.
        ///
        /// Read-only.
        "TotalEnabledCores" => total_enabled_cores: i64,
        /// The total number of enabled execution threads contained in this processor.
        ///
        /// Read-only.
        "TotalEnabledThreads" => total_enabled_threads: i64,
        /// The total number of execution threads that this processor supports.
        ///
        /// Read-only.
        "TotalThreads" => total_threads: i64,
        /// The state of turbo for this processor.
        ///
        /// Read-only.
        "TurboState" => turbo_state: crate::processor::TurboState,
        /// The UALink properties of the processor.
        "UALink" => ua_link: crate::processor::UALink,
        /// The UUID for this processor.
        ///
        /// Read-only.
        "UUID" => uuid: String,
        /// The hardware version of the processor.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::__impl_resource!(Processor: "Processor", actions);

crate::redfish_enum! {
    /// `BaseSpeedPriorityState`.
    pub enum BaseSpeedPriorityState {
        /// Base speed priority is enabled.
        Enabled = "Enabled",
        /// Base speed priority is disabled.
        Disabled = "Disabled",
    }
}

crate::redfish_struct! {
    /// This type defines an Ethernet interface.
    pub struct EthernetInterface {
        /// The number of lanes supported by this interface.
        ///
        /// Read-only.
        "MaxLanes" => max_lanes: i64,
        /// The maximum speed supported by this interface.
        ///
        /// Read-only. Units: `Mbit/s`.
        "MaxSpeedMbps" => max_speed_mbps: i64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_struct! {
    /// The properties of the FPGA device.
    pub struct FPGA {
        /// An array of the FPGA external interfaces.
        "ExternalInterfaces" => external_interfaces: Vec<crate::processor::ProcessorInterface>,
        /// The FPGA firmware identifier.
        ///
        /// Read-only.
        "FirmwareId" => firmware_id: String,
        /// The FPGA firmware manufacturer.
        ///
        /// Read-only.
        "FirmwareManufacturer" => firmware_manufacturer: String,
        /// The FPGA firmware version.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `FirmwareVersion` property in the root of this resource.
        "FirmwareVersion" => firmware_version: String,
        /// The FPGA type.
        ///
        /// Read-only.
        "FpgaType" => fpga_type: crate::processor::FpgaType,
        /// The FPGA interface to the host.
        ///
        /// Deprecated: This property has been deprecated in favor of the `SystemInterface` property in the root of this resource.
        "HostInterface" => host_interface: crate::processor::ProcessorInterface,
        /// The FPGA model.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The number of PCIe Virtual Functions.
        ///
        /// Writable.
        "PCIeVirtualFunctions" => pcie_virtual_functions: i64,
        /// An indication of whether the FPGA firmware can be reprogrammed from the host by using system software.
        ///
        /// Writable.
        "ProgrammableFromHost" => programmable_from_host: bool,
        /// An array of the FPGA reconfiguration slots. An FPGA uses a reconfiguration slot to contain an acceleration function that can change as the FPGA is provisioned.
        "ReconfigurationSlots" => reconfiguration_slots: Vec<crate::processor::FpgaReconfigurationSlot>,
    }
}

crate::redfish_struct! {
    /// This type describes the FPGA reconfiguration slot. An FPGA uses a reconfiguration slot to contain an acceleration function that can change as the FPGA is provisioned.
    pub struct FpgaReconfigurationSlot {
        /// The link to the acceleration function that the code programmed into a reconfiguration slot provides.
        ///
        /// Read-only.
        "AccelerationFunction" => acceleration_function: crate::Link<crate::acceleration_function::AccelerationFunction>,
        /// An indication of whether the reconfiguration slot can be reprogrammed from the host by using system software.
        ///
        /// Writable.
        "ProgrammableFromHost" => programmable_from_host: bool,
        /// The FPGA reconfiguration slot identifier.
        ///
        /// Read-only.
        "SlotId" => slot_id: String,
        /// The UUID for this reconfiguration slot.
        ///
        /// Read-only.
        "UUID" => uuid: String,
    }
}

crate::redfish_enum! {
    /// `FpgaType`.
    pub enum FpgaType {
        /// The FPGA device integrated with other processor in the single chip.
        Integrated = "Integrated",
        /// The discrete FPGA device.
        Discrete = "Discrete",
    }
}

crate::redfish_enum! {
    /// `InstructionSet`.
    pub enum InstructionSet {
        /// x86 32-bit.
        X86 = "x86",
        /// x86 64-bit.
        X8664 = "x86-64",
        /// Intel IA-64.
        IA64 = "IA-64",
        /// ARM 32-bit.
        ARMA32 = "ARM-A32",
        /// ARM 64-bit.
        ARMA64 = "ARM-A64",
        /// MIPS 32-bit.
        MIPS32 = "MIPS32",
        /// MIPS 64-bit.
        MIPS64 = "MIPS64",
        /// PowerISA-64 or PowerISA-32.
        PowerISA = "PowerISA",
        /// RISC-V 32-bit.
        RV32 = "RV32",
        /// RISC-V 64-bit.
        RV64 = "RV64",
        /// OEM-defined.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the chassis that contains this processor.
        ///
        /// Read-only.
        "Chassis" => chassis: crate::Link<crate::chassis::Chassis>,
        /// An array of links to the processors directly connected to this processor.
        ///
        /// Read-only.
        "ConnectedProcessors" => connected_processors: Vec<crate::Link<crate::processor::Processor>>,
        "ConnectedProcessors@odata.count" => connected_processors_count: u64,
        /// An array of links to the endpoints that connect to this processor.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// An array of links to the fabric adapters that present this processor to a fabric.
        ///
        /// Read-only.
        "FabricAdapters" => fabric_adapters: Vec<crate::Link<crate::fabric_adapter::FabricAdapter>>,
        "FabricAdapters@odata.count" => fabric_adapters_count: u64,
        /// A link to the graphics controller associated with this processor.
        ///
        /// Read-only.
        "GraphicsController" => graphics_controller: crate::Link<crate::graphics_controller::GraphicsController>,
        /// An array of links to the memory associated with this processor.
        ///
        /// Read-only.
        "Memory" => memory: Vec<crate::Link<crate::memory::Memory>>,
        "Memory@odata.count" => memory_count: u64,
        /// The network device functions to which this processor performs offload computation, such as with a SmartNIC.
        ///
        /// Read-only.
        "NetworkDeviceFunctions" => network_device_functions: Vec<crate::Link<crate::network_device_function::NetworkDeviceFunction>>,
        "NetworkDeviceFunctions@odata.count" => network_device_functions_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the PCIe device associated with this processor.
        ///
        /// Read-only.
        "PCIeDevice" => pcie_device: crate::Link<crate::pcie_device::PCIeDevice>,
        /// An array of links to the PCIeFunctions associated with this processor.
        ///
        /// Read-only.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
    }
}

crate::redfish_struct! {
    /// The summary of all memory associated with a processor.
    pub struct MemorySummary {
        /// An indication of whether memory ECC mode is enabled for this processor.
        ///
        /// Writable.
        "ECCModeEnabled" => ecc_mode_enabled: bool,
        /// The link to the memory metrics associated with all memory of this processor.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::memory_metrics::MemoryMetrics>,
        /// Total size of cache memory of this processor.
        ///
        /// Read-only. Units: `MiBy`.
        "TotalCacheSizeMiB" => total_cache_size_mib: i64,
        /// Total size of non-cache volatile or non-volatile memory attached to this processor. Examples include DRAMs and NV-DIMMs that are not configured as block storage.
        ///
        /// Read-only. Units: `MiBy`.
        "TotalMemorySizeMiB" => total_memory_size_mib: i64,
    }
}

crate::redfish_enum! {
    /// `ProcessorArchitecture`.
    pub enum ProcessorArchitecture {
        /// x86 or x86-64.
        X86 = "x86",
        /// Intel Itanium.
        IA64 = "IA-64",
        /// ARM.
        ARM = "ARM",
        /// MIPS.
        MIPS = "MIPS",
        /// Power.
        Power = "Power",
        /// RISC-V.
        RISCV = "RISC-V",
        /// OEM-defined.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// The identification information for a processor.
    pub struct ProcessorId {
        /// The effective family for this processor.
        ///
        /// Read-only.
        "EffectiveFamily" => effective_family: String,
        /// The effective model for this processor.
        ///
        /// Read-only.
        "EffectiveModel" => effective_model: String,
        /// The raw manufacturer-provided processor identification registers for this processor.
        ///
        /// Read-only.
        "IdentificationRegisters" => identification_registers: String,
        /// The microcode information for this processor.
        ///
        /// Read-only.
        "MicrocodeInfo" => microcode_info: String,
        /// The Protected Processor Identification Number (PPIN) for this processor.
        ///
        /// Read-only.
        "ProtectedIdentificationNumber" => protected_identification_number: String,
        /// The step value for this processor.
        ///
        /// Read-only.
        "Step" => step: String,
        /// The vendor identification for this processor.
        ///
        /// Read-only.
        "VendorId" => vendor_id: String,
    }
}

crate::redfish_struct! {
    /// This type describes an interface between the system, or external connection, and the processor.
    pub struct ProcessorInterface {
        /// The Ethernet-related information for this interface.
        "Ethernet" => ethernet: crate::processor::EthernetInterface,
        /// The interface type.
        ///
        /// Read-only.
        "InterfaceType" => interface_type: crate::processor::SystemInterfaceType,
        /// The PCIe-related information for this interface.
        "PCIe" => pcie: crate::pcie_device::PCIeInterface,
    }
}

crate::redfish_struct! {
    /// This type describes the memory directly attached or integrated within a processor.
    pub struct ProcessorMemory {
        /// The memory capacity in MiB.
        ///
        /// Read-only. Units: `MiBy`.
        "CapacityMiB" => capacity_mib: i64,
        /// An indication of whether this memory is integrated within the processor.
        ///
        /// Read-only.
        "IntegratedMemory" => integrated_memory: bool,
        /// The type of memory used by this processor.
        ///
        /// Read-only.
        "MemoryType" => memory_type: crate::processor::ProcessorMemoryType,
        /// The operating speed of the memory in MHz.
        ///
        /// Read-only.
        "SpeedMHz" => speed_mhz: i64,
    }
}

crate::redfish_enum! {
    /// `ProcessorMemoryType`.
    pub enum ProcessorMemoryType {
        /// Processor cache, but no level is determined.
        Cache = "Cache",
        /// L1 cache.
        L1Cache = "L1Cache",
        /// L2 cache.
        L2Cache = "L2Cache",
        /// L3 cache.
        L3Cache = "L3Cache",
        /// L4 cache.
        L4Cache = "L4Cache",
        /// L5 cache.
        L5Cache = "L5Cache",
        /// L6 cache.
        L6Cache = "L6Cache",
        /// L7 cache.
        L7Cache = "L7Cache",
        /// High Bandwidth Memory.
        HBM1 = "HBM1",
        /// The second generation of High Bandwidth Memory.
        HBM2 = "HBM2",
        /// An updated version of the second generation of High Bandwidth Memory.
        HBM2E = "HBM2E",
        /// The third generation of High Bandwidth Memory.
        HBM3 = "HBM3",
        /// Synchronous graphics RAM.
        SGRAM = "SGRAM",
        /// Synchronous graphics random-access memory.
        GDDR = "GDDR",
        /// Double data rate type two synchronous graphics random-access memory.
        GDDR2 = "GDDR2",
        /// Double data rate type three synchronous graphics random-access memory.
        GDDR3 = "GDDR3",
        /// Double data rate type four synchronous graphics random-access memory.
        GDDR4 = "GDDR4",
        /// Double data rate type five synchronous graphics random-access memory.
        GDDR5 = "GDDR5",
        /// Double data rate type five X synchronous graphics random-access memory.
        GDDR5X = "GDDR5X",
        /// Double data rate type six synchronous graphics random-access memory.
        GDDR6 = "GDDR6",
        /// Double data rate type seven synchronous graphics random-access memory.
        GDDR7 = "GDDR7",
        /// Double data rate synchronous dynamic random-access memory.
        DDR = "DDR",
        /// Double data rate type two synchronous dynamic random-access memory.
        DDR2 = "DDR2",
        /// Double data rate type three synchronous dynamic random-access memory.
        DDR3 = "DDR3",
        /// Double data rate type four synchronous dynamic random-access memory.
        DDR4 = "DDR4",
        /// Double data rate type five synchronous dynamic random-access memory.
        DDR5 = "DDR5",
        /// Synchronous dynamic random-access memory.
        SDRAM = "SDRAM",
        /// Static random-access memory.
        SRAM = "SRAM",
        /// Flash memory.
        Flash = "Flash",
        /// OEM-defined.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `ProcessorType`.
    pub enum ProcessorType {
        /// A CPU.
        CPU = "CPU",
        /// A GPU.
        GPU = "GPU",
        /// An FPGA.
        FPGA = "FPGA",
        /// A DSP.
        DSP = "DSP",
        /// An accelerator.
        Accelerator = "Accelerator",
        /// A core in a processor.
        Core = "Core",
        /// A thread in a processor.
        Thread = "Thread",
        /// A partition in a single processor.
        Partition = "Partition",
        /// An OEM-defined processing unit.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets the processor.
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
    type Resource = Processor;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Processor.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetToDefaults` action: The action resets the values of writable properties to factory defaults.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetToDefaultsRequest {
    }
}

impl ResetToDefaultsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetToDefaultsRequest {
    type Resource = Processor;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Processor.ResetToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `SystemInterfaceType`.
    pub enum SystemInterfaceType {
        /// The Intel QuickPath Interconnect.
        QPI = "QPI",
        /// The Intel UltraPath Interconnect.
        UPI = "UPI",
        /// A PCI Express interface.
        PCIe = "PCIe",
        /// An Ethernet interface.
        Ethernet = "Ethernet",
        /// The Arm Advanced Microcontroller Bus Architecture interface.
        AMBA = "AMBA",
        /// The Cache Coherent Interconnect for Accelerators interface.
        CCIX = "CCIX",
        /// The Compute Express Link interface.
        CXL = "CXL",
        /// An OEM-defined interface.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `ThrottleCause`.
    pub enum ThrottleCause {
        /// The cause of the processor being throttled is a power limit.
        PowerLimit = "PowerLimit",
        /// The cause of the processor being throttled is a thermal limit.
        ThermalLimit = "ThermalLimit",
        /// The cause of the processor being throttled is a clock limit.
        ClockLimit = "ClockLimit",
        /// The cause of the processor being throttled is a fault detected by management hardware or firmware.
        ManagementDetectedFault = "ManagementDetectedFault",
        /// The cause of the processor being throttled is not known.
        UnknownValue = "Unknown",
        /// The cause of the processor being throttled is OEM-specific.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `TurboState`.
    pub enum TurboState {
        /// Turbo is enabled.
        Enabled = "Enabled",
        /// Turbo is disabled.
        Disabled = "Disabled",
    }
}

crate::redfish_struct! {
    /// The UALink attributes of a processor.
    pub struct UALink {
        /// The UALink Accelerator ID of the processor.
        ///
        /// Writable.
        "AcceleratorID" => accelerator_id: i64,
    }
}
