//! `CXLLogicalDevice`: The `CXLLogicalDevice` schema contains the properties of a CXL logical device within a PCIe device.
//!
//! Generated from the DMTF Redfish schema `CXLLogicalDevice.v1_3_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `cxl_logical_device` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `CXLLogicalDevice` schema contains the properties of a CXL logical device within a PCIe device.
    ///
    /// DMTF schema `CXLLogicalDevice` v1_3_0 (Redfish 2025.4).
    pub struct CXLLogicalDevice {
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
        /// The durable names for the CXL logical device.
        "Identifiers" => identifiers: Vec<crate::resource::Identifier>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::cxl_logical_device::Links,
        /// The link to the log service associated with this CXL logical device.
        ///
        /// Read-only.
        "Log" => log: crate::Link<crate::log_service::LogService>,
        /// The link to the collection of memory regions associated with this CXL logical device.
        ///
        /// Read-only.
        "MemoryRegions" => memory_regions: crate::Link<crate::Collection<crate::memory_region::MemoryRegion>>,
        /// The total memory capacity currently available in this CXL logical device.
        ///
        /// Read-only. Units: `MiBy`.
        "MemorySizeMiB" => memory_size_mib: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The quality of service configuration for this CXL logical device.
        "QoS" => qo_s: crate::cxl_logical_device::QoS,
        /// The quality of service telemetry capabilities for this CXL logical device.
        "QoSTelemetryCapabilities" => qo_s_telemetry_capabilities: crate::cxl_logical_device::QoSTelemetryCapabilities,
        /// The semantics supported by this CXL logical device.
        ///
        /// Read-only.
        "SemanticsSupported" => semantics_supported: Vec<crate::cxl_logical_device::CXLSemantic>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(CXLLogicalDevice: "CXLLogicalDevice", actions);

crate::redfish_enum! {
    /// `CXLSemantic`.
    pub enum CXLSemantic {
        /// CXL I/O semantic.
        CXLio = "CXLio",
        /// CXL caching protocol semantic.
        CXLcache = "CXLcache",
        /// CXL memory access semantic.
        CXLmem = "CXLmem",
    }
}

crate::redfish_struct! {
    /// Parameters of the `DisablePassphrase` action: Disables the passphrase for the CXL logical device.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct DisablePassphraseRequest {
        /// The passphrase required to complete the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The type of passphrase supplied for the operation.
        ///
        /// Required.
        "PassphraseType" => passphrase_type: crate::cxl_logical_device::PassphraseType [required],
    }
}

impl DisablePassphraseRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "PassphraseType"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `PassphraseType`.
    #[must_use]
    pub fn with_passphrase_type(
        mut self,
        value: crate::cxl_logical_device::PassphraseType,
    ) -> Self {
        self.passphrase_type = Some(value);
        self
    }
}

impl crate::ActionRequest for DisablePassphraseRequest {
    type Resource = CXLLogicalDevice;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CXLLogicalDevice.DisablePassphrase";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "PassphraseType"];
}

crate::redfish_struct! {
    /// Parameters of the `FreezeSecurityState` action: Freezes the security state of the CXL logical device.
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
    type Resource = CXLLogicalDevice;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CXLLogicalDevice.FreezeSecurityState";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the endpoints associated with this CXL logical device.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// An array of links to the memory chunks owned by this CXL logical device.
        ///
        /// Read-only.
        "MemoryChunks" => memory_chunks: Vec<crate::Link<crate::memory_chunks::MemoryChunks>>,
        "MemoryChunks@odata.count" => memory_chunks_count: u64,
        /// An array of links to the memory domains associated with this CXL logical device.
        ///
        /// Read-only.
        "MemoryDomains" => memory_domains: Vec<crate::Link<crate::memory_domain::MemoryDomain>>,
        "MemoryDomains@odata.count" => memory_domains_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe functions assigned to this CXL logical device.
        ///
        /// Read-only.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `PassphraseSecureErase` action: This action securely erases the CXL logical device.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct PassphraseSecureEraseRequest {
        /// The passphrase required to complete the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The type of passphrase supplied for the operation.
        ///
        /// Required.
        "PassphraseType" => passphrase_type: crate::cxl_logical_device::PassphraseType [required],
    }
}

impl PassphraseSecureEraseRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "PassphraseType"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `PassphraseType`.
    #[must_use]
    pub fn with_passphrase_type(
        mut self,
        value: crate::cxl_logical_device::PassphraseType,
    ) -> Self {
        self.passphrase_type = Some(value);
        self
    }
}

impl crate::ActionRequest for PassphraseSecureEraseRequest {
    type Resource = CXLLogicalDevice;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CXLLogicalDevice.PassphraseSecureErase";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "PassphraseType"];
}

crate::redfish_enum! {
    /// `PassphraseType`.
    pub enum PassphraseType {
        /// User passphrase.
        User = "User",
        /// Master passphrase.
        Master = "Master",
    }
}

crate::redfish_struct! {
    /// The quality of service properties for this CXL logical device.
    pub struct QoS {
        /// The bandwidth allocated to this CXL logical device as a percentage.
        ///
        /// Writable. Units: `%`.
        "AllocatedBandwidth" => allocated_bandwidth: i64,
        /// The bandwidth limit to this CXL logical device as a percentage.
        ///
        /// Writable. Units: `%`.
        "LimitPercent" => limit_percent: i64,
    }
}

crate::redfish_struct! {
    /// The quality of service telemetry capabilities for a CXL logical device.
    pub struct QoSTelemetryCapabilities {
        /// Indicates whether the device supports the CXL Specification-defined 'Egress Port Backpressure' mechanism.
        ///
        /// Read-only.
        "EgressPortBackpressureSupported" => egress_port_backpressure_supported: bool,
        /// Indicates whether the device supports the CXL Specification-defined 'Temporary Throughput Reduction' mechanism.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `TemporaryThroughputReductionSupported` in `PCIeDevice`.
        "TemporaryThroughputReductionSupported" => temporary_throughput_reduction_supported: bool,
    }
}

crate::redfish_struct! {
    /// Parameters of the `SetPassphrase` action: Sets the passphrase for the CXL logical device.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetPassphraseRequest {
        /// The new passphrase to set for the CXL logical device.
        ///
        /// Required.
        "NewPassphrase" => new_passphrase: String [secret, required],
        /// The passphrase required to complete the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The type of passphrase supplied for the operation.
        ///
        /// Required.
        "PassphraseType" => passphrase_type: crate::cxl_logical_device::PassphraseType [required],
    }
}

impl SetPassphraseRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["NewPassphrase", "Passphrase", "PassphraseType"];

    /// Sets `NewPassphrase`.
    #[must_use]
    pub fn with_new_passphrase(mut self, value: impl Into<String>) -> Self {
        self.new_passphrase = Some(value.into());
        self
    }
    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `PassphraseType`.
    #[must_use]
    pub fn with_passphrase_type(
        mut self,
        value: crate::cxl_logical_device::PassphraseType,
    ) -> Self {
        self.passphrase_type = Some(value);
        self
    }
}

impl crate::ActionRequest for SetPassphraseRequest {
    type Resource = CXLLogicalDevice;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CXLLogicalDevice.SetPassphrase";
    const REQUIRED: &'static [&'static str] = &["NewPassphrase", "Passphrase", "PassphraseType"];
}

crate::redfish_struct! {
    /// Parameters of the `Unlock` action: Unlocks the CXL logical device.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct UnlockRequest {
        /// The passphrase required to complete the operation.
        ///
        /// Required.
        "Passphrase" => passphrase: String [secret, required],
        /// The type of passphrase supplied for the operation.
        ///
        /// Required.
        "PassphraseType" => passphrase_type: crate::cxl_logical_device::PassphraseType [required],
    }
}

impl UnlockRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Passphrase", "PassphraseType"];

    /// Sets `Passphrase`.
    #[must_use]
    pub fn with_passphrase(mut self, value: impl Into<String>) -> Self {
        self.passphrase = Some(value.into());
        self
    }
    /// Sets `PassphraseType`.
    #[must_use]
    pub fn with_passphrase_type(
        mut self,
        value: crate::cxl_logical_device::PassphraseType,
    ) -> Self {
        self.passphrase_type = Some(value);
        self
    }
}

impl crate::ActionRequest for UnlockRequest {
    type Resource = CXLLogicalDevice;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CXLLogicalDevice.Unlock";
    const REQUIRED: &'static [&'static str] = &["Passphrase", "PassphraseType"];
}
