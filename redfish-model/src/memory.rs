//! `Memory`: The `Memory` schema represents a memory device, such as a DIMM, and its configuration. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
//!
//! Generated from the DMTF Redfish schema `Memory.v1_23_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `memory` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Memory` schema represents a memory device, such as a DIMM, and its configuration. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
    ///
    /// DMTF schema `Memory` v1_23_0 (Redfish 2025.4).
    pub struct Memory {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The boundary that memory regions are allocated on, measured in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "AllocationAlignmentMiB" => allocation_alignment_mib: i64,
        /// The size of the smallest unit of allocation for a memory region in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "AllocationIncrementMiB" => allocation_increment_mib: i64,
        /// Speeds supported by this memory device.
        ///
        /// Read-only. Units: `MHz`.
        "AllowedSpeedsMHz" => allowed_speeds_mhz: Vec<i64>,
        /// The link to the assembly resource associated with this memory device.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The base module type of the memory device.
        ///
        /// Read-only.
        "BaseModuleType" => base_module_type: crate::memory::BaseModuleType,
        /// The bus width, in bits.
        ///
        /// Read-only.
        "BusWidthBits" => bus_width_bits: i64,
        /// CXL properties for this memory device.
        "CXL" => cxl: crate::memory::CXL,
        /// The level of the cache memory.
        ///
        /// Read-only.
        "CacheLevel" => cache_level: i64,
        /// Total size of the cache portion memory in MiB.
        ///
        /// Read-only. Units: `MiBy`.
        "CacheSizeMiB" => cache_size_mib: i64,
        /// Memory capacity in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "CapacityMiB" => capacity_mib: i64,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// An indication of whether the configuration of this memory device is locked and cannot be altered.
        ///
        /// Read-only.
        "ConfigurationLocked" => configuration_locked: bool,
        /// Data width in bits.
        ///
        /// Read-only.
        "DataWidthBits" => data_width_bits: i64,
        /// Read-only.
        "Description" => description: String,
        /// Device ID.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `ModuleProductID`.
        "DeviceID" => device_id: String,
        /// Location of the memory device in the platform.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `ServiceLabel` property within `Location`.
        "DeviceLocator" => device_locator: String,
        /// An indication of whether this memory is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The link to the environment metrics for this memory.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// Error correction scheme supported for this memory device.
        ///
        /// Read-only.
        "ErrorCorrection" => error_correction: crate::memory::ErrorCorrection,
        /// Version of API supported by the firmware.
        ///
        /// Read-only.
        "FirmwareApiVersion" => firmware_api_version: String,
        /// Revision of firmware on the memory controller.
        ///
        /// Read-only.
        "FirmwareRevision" => firmware_revision: String,
        /// Function classes by the memory device.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `OperatingMemoryModes` at the root of the resource, or `MemoryClassification` found within `RegionSet`.
        "FunctionClasses" => function_classes: Vec<String>,
        /// The health data of this memory device.
        "HealthData" => health_data: crate::memory::HealthData,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An indication of whether rank spare is enabled for this memory device.
        ///
        /// Read-only.
        "IsRankSpareEnabled" => is_rank_spare_enabled: bool,
        /// An indication of whether a spare device is enabled for this memory device.
        ///
        /// Read-only.
        "IsSpareDeviceEnabled" => is_spare_device_enabled: bool,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::memory::Links,
        /// The location of the memory device.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The link to the log service associated with this memory.
        ///
        /// Read-only.
        "Log" => log: crate::Link<crate::log_service::LogService>,
        /// Total size of the logical memory in MiB.
        ///
        /// Read-only. Units: `MiBy`.
        "LogicalSizeMiB" => logical_size_mib: i64,
        /// The memory device manufacturer.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// Set of maximum power budgets supported by the memory device in milliwatt units.
        ///
        /// Read-only. Units: `mW`.
        "MaxTDPMilliWatts" => max_tdp_milli_watts: Vec<i64>,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// Type details of the memory device.
        ///
        /// Read-only.
        "MemoryDeviceType" => memory_device_type: crate::memory::MemoryDeviceType,
        /// Memory connection information to sockets and memory controllers.
        "MemoryLocation" => memory_location: crate::memory::MemoryLocation,
        /// Media of this memory device.
        ///
        /// Read-only.
        "MemoryMedia" => memory_media: Vec<crate::memory::MemoryMedia>,
        /// The manufacturer ID of the memory subsystem controller of this memory device.
        ///
        /// Read-only.
        "MemorySubsystemControllerManufacturerID" => memory_subsystem_controller_manufacturer_id: String,
        /// The product ID of the memory subsystem controller of this memory device.
        ///
        /// Read-only.
        "MemorySubsystemControllerProductID" => memory_subsystem_controller_product_id: String,
        /// The type of memory device.
        ///
        /// Read-only.
        "MemoryType" => memory_type: crate::memory::MemoryType,
        /// The link to the metrics associated with this memory device.
        ///
        /// Read-only.
        "Metrics" => metrics: crate::Link<crate::memory_metrics::MemoryMetrics>,
        /// The product model number of this device.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The manufacturer ID of this memory device.
        ///
        /// Read-only.
        "ModuleManufacturerID" => module_manufacturer_id: String,
        /// The product ID of this memory device.
        ///
        /// Read-only.
        "ModuleProductID" => module_product_id: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The total non-volatile memory capacity in mebibytes (MiB).
        ///
        /// Writable. Units: `MiBy`.
        "NonVolatileSizeLimitMiB" => non_volatile_size_limit_mib: i64,
        /// Total size of the non-volatile portion memory in MiB.
        ///
        /// Read-only. Units: `MiBy`.
        "NonVolatileSizeMiB" => non_volatile_size_mib: i64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Memory modes supported by the memory device.
        ///
        /// Read-only.
        "OperatingMemoryModes" => operating_memory_modes: Vec<crate::memory::OperatingMemoryModes>,
        /// Operating speed of the memory device in MHz or MT/s as appropriate.
        ///
        /// Read-only. Units: `MHz`.
        "OperatingSpeedMhz" => operating_speed_mhz: i64,
        /// Range of allowed operating speeds (MHz).
        ///
        /// Writable.
        "OperatingSpeedRangeMHz" => operating_speed_range_mhz: crate::control::ControlRangeExcerpt,
        /// The product part number of this device.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// Total number of persistent regions this memory device can support.
        ///
        /// Read-only.
        "PersistentRegionNumberLimit" => persistent_region_number_limit: i64,
        /// Total size of persistent regions in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "PersistentRegionSizeLimitMiB" => persistent_region_size_limit_mib: i64,
        /// Maximum size of a single persistent region in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "PersistentRegionSizeMaxMiB" => persistent_region_size_max_mib: i64,
        /// The maximum number of media error records this device can track in its poison list.
        ///
        /// Writable.
        "PoisonListMaxMediaErrorRecords" => poison_list_max_media_error_records: i64,
        /// The manufacturer ID of the Power Management Integrated Controller on this memory device.
        ///
        /// Read-only.
        "PowerManagementICManufacturerID" => power_management_ic_manufacturer_id: String,
        /// The revision ID of the Power Management Integrated Controller on this memory device.
        ///
        /// Read-only.
        "PowerManagementICRevisionID" => power_management_ic_revision_id: String,
        /// Power management policy information.
        "PowerManagementPolicy" => power_management_policy: crate::memory::PowerManagementPolicy,
        /// The production or manufacturing date of this memory device.
        ///
        /// Read-only.
        "ProductionDate" => production_date: crate::DateTime,
        /// Number of ranks available in the memory device.
        ///
        /// Read-only.
        "RankCount" => rank_count: i64,
        /// Memory regions information within the memory device.
        "Regions" => regions: Vec<crate::memory::RegionSet>,
        /// Security capabilities of the memory device.
        "SecurityCapabilities" => security_capabilities: crate::memory::SecurityCapabilities,
        /// The current security state of this memory device.
        ///
        /// Writable.
        "SecurityState" => security_state: crate::memory::SecurityStates,
        /// The security states of this memory device.
        "SecurityStates" => security_states: crate::memory::SecurityStateInfo,
        /// The product serial number of this device.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// Number of unused spare devices available in the memory device.
        ///
        /// Read-only.
        "SpareDeviceCount" => spare_device_count: i64,
        /// The spare part number of the memory.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// Subsystem device ID.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `MemorySubsystemControllerProductID`.
        "SubsystemDeviceID" => subsystem_device_id: String,
        /// SubSystem vendor ID.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `MemorySubsystemControllerManufacturerID`.
        "SubsystemVendorID" => subsystem_vendor_id: String,
        /// Vendor ID.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `ModuleManufacturerID`.
        "VendorID" => vendor_id: String,
        /// Total number of volatile regions this memory device can support.
        ///
        /// Read-only.
        "VolatileRegionNumberLimit" => volatile_region_number_limit: i64,
        /// Total size of volatile regions in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "VolatileRegionSizeLimitMiB" => volatile_region_size_limit_mib: i64,
        /// Maximum size of a single volatile region in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "VolatileRegionSizeMaxMiB" => volatile_region_size_max_mib: i64,
        /// The total volatile memory capacity in mebibytes (MiB).
        ///
        /// Writable. Units: `MiBy`.
        "VolatileSizeLimitMiB" => volatile_size_limit_mib: i64,
        /// Total size of the volatile portion memory in MiB.
        ///
        /// Read-only. Units: `MiBy`.
        "VolatileSizeMiB" => volatile_size_mib: i64,
    }
}

crate::__impl_resource!(Memory: "Memory", actions);

crate::redfish_enum! {
    /// `BaseModuleType`.
    pub enum BaseModuleType {
        /// Registered DIMM.
        RDIMM = "RDIMM",
        /// UDIMM.
        UDIMM = "UDIMM",
        /// SO_DIMM.
        SODIMM = "SO_DIMM",
        /// Load Reduced.
        LRDIMM = "LRDIMM",
        /// Mini_RDIMM.
        MiniRDIMM = "Mini_RDIMM",
        /// Mini_UDIMM.
        MiniUDIMM = "Mini_UDIMM",
        /// SO_RDIMM_72b.
        SORDIMM72b = "SO_RDIMM_72b",
        /// SO_UDIMM_72b.
        SOUDIMM72b = "SO_UDIMM_72b",
        /// SO_DIMM_16b.
        SODIMM16b = "SO_DIMM_16b",
        /// SO_DIMM_32b.
        SODIMM32b = "SO_DIMM_32b",
        /// A die within a package.
        Die = "Die",
        /// Compression Attached Memory Module.
        CAMM = "CAMM",
    }
}

crate::redfish_struct! {
    /// CXL properties for a memory device.
    pub struct CXL {
        /// The size of the label storage area in bytes of this memory device.
        ///
        /// Read-only. Units: `By`.
        "LabelStorageSizeBytes" => label_storage_size_bytes: i64,
        /// Total device non-volatile memory capacity in MiB staged for next activation. The value is in multiples of 256 MiB.
        ///
        /// Writable. Units: `MiBy`.
        "StagedNonVolatileSizeMiB" => staged_non_volatile_size_mib: i64,
        /// Total device volatile memory capacity in MiB staged for next activation. This value is in multiples of 256 MiB.
        ///
        /// Writable. Units: `MiBy`.
        "StagedVolatileSizeMiB" => staged_volatile_size_mib: i64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `DisableMasterPassphrase` action: Disables the master passphrase for the given region.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct DisableMasterPassphraseRequest {
        /// The master passphrase for the specified region.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The memory region ID to which to disable the master passphrase.
        ///
        /// Required.
        "RegionId" => region_id: String [required],
    }
}

impl DisableMasterPassphraseRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `RegionId`.
    #[must_use]
    pub fn with_region_id(mut self, value: impl Into<String>) -> Self {
        self.region_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for DisableMasterPassphraseRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.DisableMasterPassphrase";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];
}

crate::redfish_struct! {
    /// Parameters of the `DisablePassphrase` action: Disable passphrase for the given region.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct DisablePassphraseRequest {
        /// Passphrase for doing the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The memory region ID to which to apply this action.
        ///
        /// Required.
        "RegionId" => region_id: String [required],
    }
}

impl DisablePassphraseRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `RegionId`.
    #[must_use]
    pub fn with_region_id(mut self, value: impl Into<String>) -> Self {
        self.region_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for DisablePassphraseRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.DisablePassphrase";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];
}

crate::redfish_enum! {
    /// `ErrorCorrection`.
    pub enum ErrorCorrection {
        /// No ECC available.
        NoECC = "NoECC",
        /// Single bit data errors can be corrected by ECC.
        SingleBitECC = "SingleBitECC",
        /// Multibit data errors can be corrected by ECC.
        MultiBitECC = "MultiBitECC",
        /// Address parity errors can be corrected.
        AddressParity = "AddressParity",
    }
}

crate::redfish_struct! {
    /// Parameters of the `FreezeSecurityState` action: Freezes the security state of the memory device.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct FreezeSecurityStateRequest {
    }
}

impl FreezeSecurityStateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for FreezeSecurityStateRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.FreezeSecurityState";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The health data of a memory device.
    pub struct HealthData {
        /// The current health of the memory device as a percentage.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `PredictedMediaLifeLeftPercent` in the `MemoryMetrics` resource. Units: `%`.
        "PredictedMediaLifeLeftPercent" => predicted_media_life_left_percent: f64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `InjectPersistentPoison` action: Injects poison to a specific persistent memory address in the memory device.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct InjectPersistentPoisonRequest {
        /// The device persistent physical address in which to perform a poison injection as a hex-encoded string.
        ///
        /// Required.
        "PhysicalAddress" => physical_address: String [required],
    }
}

impl InjectPersistentPoisonRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["PhysicalAddress"];

    /// Sets `PhysicalAddress`.
    #[must_use]
    pub fn with_physical_address(mut self, value: impl Into<String>) -> Self {
        self.physical_address = Some(value.into());
        self
    }
}

impl crate::ActionRequest for InjectPersistentPoisonRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.InjectPersistentPoison";
    const REQUIRED: &'static [&'static str] = &["PhysicalAddress"];
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The batteries that provide power to this memory device during a power-loss event.
        ///
        /// Read-only.
        "Batteries" => batteries: Vec<crate::Link<crate::battery::Battery>>,
        "Batteries@odata.count" => batteries_count: u64,
        /// The link to the chassis that contains this memory device.
        ///
        /// Read-only.
        "Chassis" => chassis: crate::Link<crate::chassis::Chassis>,
        /// An array of links to the endpoints associated with this memory.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// An array of memory chunks providing media for this memory.
        ///
        /// Read-only.
        "MemoryMediaSources" => memory_media_sources: Vec<crate::Link<crate::memory_chunks::MemoryChunks>>,
        "MemoryMediaSources@odata.count" => memory_media_sources_count: u64,
        /// An array of memory regions providing media for this memory.
        ///
        /// Read-only.
        "MemoryRegionMediaSources" => memory_region_media_sources: Vec<crate::Link<crate::memory_region::MemoryRegion>>,
        "MemoryRegionMediaSources@odata.count" => memory_region_media_sources_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the processors associated with this memory device.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
    }
}

crate::redfish_enum! {
    /// `MemoryClassification`.
    pub enum MemoryClassification {
        /// Volatile memory.
        Volatile = "Volatile",
        /// Byte-accessible persistent memory.
        ByteAccessiblePersistent = "ByteAccessiblePersistent",
        /// Block-accessible memory.
        Block = "Block",
    }
}

crate::redfish_enum! {
    /// `MemoryDeviceType`.
    pub enum MemoryDeviceType {
        /// DDR.
        DDR = "DDR",
        /// DDR2.
        DDR2 = "DDR2",
        /// DDR3.
        DDR3 = "DDR3",
        /// DDR4.
        DDR4 = "DDR4",
        /// DDR4 SDRAM.
        DDR4SDRAM = "DDR4_SDRAM",
        /// DDR4E SDRAM.
        DDR4ESDRAM = "DDR4E_SDRAM",
        /// LPDDR4 SDRAM.
        LPDDR4SDRAM = "LPDDR4_SDRAM",
        /// DDR3 SDRAM.
        DDR3SDRAM = "DDR3_SDRAM",
        /// LPDDR3 SDRAM.
        LPDDR3SDRAM = "LPDDR3_SDRAM",
        /// DDR2 SDRAM.
        DDR2SDRAM = "DDR2_SDRAM",
        /// DDR2 SDRAM FB_DIMM.
        DDR2SDRAMFBDIMM = "DDR2_SDRAM_FB_DIMM",
        /// DDR2 SDRAM FB_DIMM PROBE.
        DDR2SDRAMFBDIMMPROBE = "DDR2_SDRAM_FB_DIMM_PROBE",
        /// DDR SGRAM.
        DDRSGRAM = "DDR_SGRAM",
        /// DDR SDRAM.
        DDRSDRAM = "DDR_SDRAM",
        /// ROM.
        ROM = "ROM",
        /// SDRAM.
        SDRAM = "SDRAM",
        /// EDO.
        EDO = "EDO",
        /// Fast Page Mode.
        FastPageMode = "FastPageMode",
        /// Pipelined Nibble.
        PipelinedNibble = "PipelinedNibble",
        /// Logical device, such as when the memory is fabric-attached.
        Logical = "Logical",
        /// High Bandwidth Memory.
        HBM = "HBM",
        /// The second generation of High Bandwidth Memory.
        HBM2 = "HBM2",
        /// An updated version of the second generation of High Bandwidth Memory.
        HBM2E = "HBM2E",
        /// The third generation of High Bandwidth Memory.
        HBM3 = "HBM3",
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
        /// Double data rate type five synchronous dynamic random-access memory.
        DDR5 = "DDR5",
        /// OEM-defined.
        OEM = "OEM",
        /// LPDDR5 SDRAM.
        LPDDR5SDRAM = "LPDDR5_SDRAM",
        /// DDR5 MRDIMM.
        DDR5MRDIMM = "DDR5_MRDIMM",
    }
}

crate::redfish_struct! {
    /// Memory connection information to sockets and memory controllers.
    pub struct MemoryLocation {
        /// The channel number to which the memory device is connected.
        ///
        /// Read-only.
        "Channel" => channel: i64,
        /// The memory controller number to which the memory device is connected.
        ///
        /// Read-only.
        "MemoryController" => memory_controller: i64,
        /// The slot number to which the memory device is connected.
        ///
        /// Read-only.
        "Slot" => slot: i64,
        /// The socket number to which the memory device is connected.
        ///
        /// Read-only.
        "Socket" => socket: i64,
    }
}

crate::redfish_enum! {
    /// `MemoryMedia`.
    pub enum MemoryMedia {
        /// DRAM media.
        DRAM = "DRAM",
        /// NAND media.
        NAND = "NAND",
        /// Intel 3D XPoint media.
        Intel3DXPoint = "Intel3DXPoint",
        /// Proprietary media.
        Proprietary = "Proprietary",
    }
}

crate::redfish_enum! {
    /// `MemoryType`.
    pub enum MemoryType {
        /// The memory device is composed of volatile memory.
        DRAM = "DRAM",
        /// The memory device is composed of volatile memory backed by non-volatile memory.
        NVDIMMN = "NVDIMM_N",
        /// The memory device is composed of non-volatile memory.
        NVDIMMF = "NVDIMM_F",
        /// The memory device is composed of a combination of non-volatile and volatile memory.
        NVDIMMP = "NVDIMM_P",
        /// The memory device is an Intel Optane Persistent Memory Module.
        IntelOptane = "IntelOptane",
        /// Cache.
        Cache = "Cache",
    }
}

crate::redfish_enum! {
    /// `OperatingMemoryModes`.
    pub enum OperatingMemoryModes {
        /// Volatile memory.
        Volatile = "Volatile",
        /// Persistent memory, byte-accessible through system address space.
        PMEM = "PMEM",
        /// Block-accessible system memory.
        Block = "Block",
    }
}

crate::redfish_struct! {
    /// Parameters of the `OverwriteUnit` action: This contains the action for securely erasing given regions using the NIST SP800-88 Purge: Overwrite.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct OverwriteUnitRequest {
        /// Passphrase for doing the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The memory region ID to which to apply this action.
        ///
        /// Required.
        "RegionId" => region_id: String [required],
    }
}

impl OverwriteUnitRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `RegionId`.
    #[must_use]
    pub fn with_region_id(mut self, value: impl Into<String>) -> Self {
        self.region_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for OverwriteUnitRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.OverwriteUnit";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];
}

crate::redfish_struct! {
    /// Power management policy information.
    pub struct PowerManagementPolicy {
        /// Average power budget, in milliwatt units.
        ///
        /// Read-only. Units: `mW`.
        "AveragePowerBudgetMilliWatts" => average_power_budget_milli_watts: i64,
        /// Maximum TDP in milliwatt units.
        ///
        /// Read-only. Units: `mW`.
        "MaxTDPMilliWatts" => max_tdp_milli_watts: i64,
        /// Peak power budget, in milliwatt units.
        ///
        /// Read-only. Units: `mW`.
        "PeakPowerBudgetMilliWatts" => peak_power_budget_milli_watts: i64,
        /// An indication of whether the power management policy is enabled.
        ///
        /// Read-only.
        "PolicyEnabled" => policy_enabled: bool,
    }
}

crate::redfish_struct! {
    /// Memory region information within a memory device.
    pub struct RegionSet {
        /// An indication of whether the master passphrase is enabled for this region.
        ///
        /// Read-only.
        "MasterPassphraseEnabled" => master_passphrase_enabled: bool,
        /// The classification of memory that the memory region occupies.
        ///
        /// Read-only.
        "MemoryClassification" => memory_classification: crate::memory::MemoryClassification,
        /// Offset within the memory that corresponds to the start of this memory region in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "OffsetMiB" => offset_mib: i64,
        /// An indication of whether the passphrase is enabled for this region.
        ///
        /// Read-only.
        "PassphraseEnabled" => passphrase_enabled: bool,
        /// An indication of whether the state of the passphrase for this region is enabled.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `PassphraseEnabled` found within `RegionSet`.
        "PassphraseState" => passphrase_state: bool,
        /// Unique region ID representing a specific region within the memory device.
        ///
        /// Read-only.
        "RegionId" => region_id: String,
        /// Size of this memory region in mebibytes (MiB).
        ///
        /// Read-only. Units: `MiBy`.
        "SizeMiB" => size_mib: i64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets this memory device.
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
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.Reset";
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
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.ResetToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ScanMedia` action: Scans the media of the memory device.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ScanMediaRequest {
        /// The length of the target region to scan in bytes from the physical address.
        ///
        /// Required.
        "Length" => length: i64 [required],
        /// Indicates whether events related to the media scan are not logged.
        "NoEventLog" => no_event_log: bool,
        /// The starting device physical address to scan as a hex-encoded string.
        ///
        /// Required.
        "PhysicalAddress" => physical_address: String [required],
    }
}

impl ScanMediaRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Length", "PhysicalAddress"];

    /// Sets `Length`.
    #[must_use]
    pub fn with_length(mut self, value: i64) -> Self {
        self.length = Some(value);
        self
    }
    /// Sets `NoEventLog`.
    #[must_use]
    pub fn with_no_event_log(mut self, value: bool) -> Self {
        self.no_event_log = Some(value);
        self
    }
    /// Sets `PhysicalAddress`.
    #[must_use]
    pub fn with_physical_address(mut self, value: impl Into<String>) -> Self {
        self.physical_address = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ScanMediaRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.ScanMedia";
    const REQUIRED: &'static [&'static str] = &["Length", "PhysicalAddress"];
}

crate::redfish_struct! {
    /// Parameters of the `SecureEraseUnit` action: This contains the action for securely erasing given regions using the NIST SP800-88 Purge: Cryptographic Erase.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SecureEraseUnitRequest {
        /// Passphrase for doing the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The memory region ID to which to apply this action.
        ///
        /// Required.
        "RegionId" => region_id: String [required],
    }
}

impl SecureEraseUnitRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `RegionId`.
    #[must_use]
    pub fn with_region_id(mut self, value: impl Into<String>) -> Self {
        self.region_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SecureEraseUnitRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.SecureEraseUnit";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];
}

crate::redfish_struct! {
    /// This type contains security capabilities of a memory device.
    pub struct SecurityCapabilities {
        /// An indication of whether this memory device supports the locking, or freezing, of the configuration.
        ///
        /// Read-only.
        "ConfigurationLockCapable" => configuration_lock_capable: bool,
        /// An indication of whether this memory device supports data locking.
        ///
        /// Read-only.
        "DataLockCapable" => data_lock_capable: bool,
        /// Maximum number of passphrases supported for this memory device.
        ///
        /// Read-only.
        "MaxPassphraseCount" => max_passphrase_count: i64,
        /// An indication of whether the memory device is passphrase capable.
        ///
        /// Read-only.
        "PassphraseCapable" => passphrase_capable: bool,
        /// The maximum number of incorrect passphrase attempts allowed before memory device is locked.
        ///
        /// Read-only.
        "PassphraseLockLimit" => passphrase_lock_limit: i64,
        /// Security states supported by the memory device.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of using the individual `PassphraseCapable`, `DataLockCapable`, and `ConfigurationLockCapable` properties.
        "SecurityStates" => security_states: Vec<crate::memory::SecurityStates>,
    }
}

crate::redfish_struct! {
    /// The security states of a memory device.
    pub struct SecurityStateInfo {
        /// An indication of whether an incorrect master passphrase attempt count has been reached.
        ///
        /// Read-only.
        "MasterPassphraseAttemptCountReached" => master_passphrase_attempt_count_reached: bool,
        /// An indication of whether an incorrect user passphrase attempt count has been reached.
        ///
        /// Read-only.
        "UserPassphraseAttemptCountReached" => user_passphrase_attempt_count_reached: bool,
    }
}

crate::redfish_enum! {
    /// `SecurityStates`.
    pub enum SecurityStates {
        /// Secure mode is enabled and access to the data is allowed.
        Enabled = "Enabled",
        /// Secure mode is disabled.
        Disabled = "Disabled",
        /// Secure mode is enabled and access to the data is unlocked.
        /// Deprecated: This value has been deprecated in favor of `Enabled` to indicate normal security operation.
        Unlocked = "Unlocked",
        /// Secure mode is enabled and access to the data is locked.
        Locked = "Locked",
        /// Secure state is frozen and cannot be modified until reset.
        /// Deprecated: This value has been deprecated in favor of using the `ConfigurationLocked` value to indicate that the configuration has been frozen.
        Frozen = "Frozen",
        /// Number of attempts to unlock the memory exceeded limit.
        Passphraselimit = "Passphraselimit",
    }
}

crate::redfish_struct! {
    /// Parameters of the `SetMasterPassphrase` action: Sets the master passphrase for the given region.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetMasterPassphraseRequest {
        /// The master passphrase to set for the specified region.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The memory region ID to which to apply the master passphrase.
        ///
        /// Required.
        "RegionId" => region_id: String [required],
    }
}

impl SetMasterPassphraseRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `RegionId`.
    #[must_use]
    pub fn with_region_id(mut self, value: impl Into<String>) -> Self {
        self.region_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SetMasterPassphraseRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.SetMasterPassphrase";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];
}

crate::redfish_struct! {
    /// Parameters of the `SetPassphrase` action: Set passphrase for the given regions.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetPassphraseRequest {
        /// Passphrase for doing the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The memory region ID to which to apply this action.
        ///
        /// Required.
        "RegionId" => region_id: String [required],
    }
}

impl SetPassphraseRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `RegionId`.
    #[must_use]
    pub fn with_region_id(mut self, value: impl Into<String>) -> Self {
        self.region_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for SetPassphraseRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.SetPassphrase";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];
}

crate::redfish_struct! {
    /// Parameters of the `UnlockUnit` action: This contains the action for unlocking given regions.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct UnlockUnitRequest {
        /// The passphrase required to complete the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The memory region ID to which to apply this action.
        ///
        /// Required.
        "RegionId" => region_id: String [required],
    }
}

impl UnlockUnitRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `RegionId`.
    #[must_use]
    pub fn with_region_id(mut self, value: impl Into<String>) -> Self {
        self.region_id = Some(value.into());
        self
    }
}

impl crate::ActionRequest for UnlockUnitRequest {
    type Resource = Memory;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Memory.UnlockUnit";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "RegionId"];
}
