//! `LogService`: The `LogService` schema contains properties for monitoring and configuring a log service. When the `Id` property contains `DeviceLog`, the log contains device-resident log entries that follow the physical device when moved from system-to-system, and not a replication or subset of a system event log.
//!
//! Generated from the DMTF Redfish schema `LogService.v1_9_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `log_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `LogService` schema contains properties for monitoring and configuring a log service. When the `Id` property contains `DeviceLog`, the log contains device-resident log entries that follow the physical device when moved from system-to-system, and not a replication or subset of a system event log.
    ///
    /// DMTF schema `LogService` v1_9_0 (Redfish 2025.4).
    pub struct LogService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Indicates if this log service automatically clears the resolved log entries.
        ///
        /// Writable.
        "AutoClearResolvedEntries" => auto_clear_resolved_entries: crate::log_service::AutoClearResolvedEntries,
        /// An indication of whether the log service is configured for automatic Daylight Saving Time (DST) adjustment.
        ///
        /// Writable.
        "AutoDSTEnabled" => auto_dst_enabled: bool,
        /// The current date and time with UTC offset of the log service.
        ///
        /// Writable.
        "DateTime" => date_time: crate::DateTime,
        /// The time offset from UTC that the `DateTime` property is in `+HH:MM` format.
        ///
        /// Writable.
        "DateTimeLocalOffset" => date_time_local_offset: String,
        /// Read-only.
        "Description" => description: String,
        /// The detailed information for the data collected with the `CollectDiagnosticData` action.
        "DiagnosticDataDetails" => diagnostic_data_details: Vec<Option<crate::log_service::DiagnosticDataDetails>>,
        /// The link to the log entry collection.
        ///
        /// Read-only.
        "Entries" => entries: crate::Link<crate::Collection<crate::log_entry::LogEntry>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The format of the log entries.
        ///
        /// Read-only.
        "LogEntryType" => log_entry_type: crate::log_service::LogEntryTypes,
        /// The purposes of the log.
        ///
        /// Read-only.
        "LogPurposes" => log_purposes: Vec<Option<crate::log_service::LogPurpose>>,
        /// The maximum number of log entries that this service can have.
        ///
        /// Read-only.
        "MaxNumberOfRecords" => max_number_of_records: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM-specified purpose of the log if `LogPurposes` contains `OEM`.
        ///
        /// Read-only.
        "OEMLogPurpose" => oem_log_purpose: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The overwrite policy for this service that takes place when the log is full.
        ///
        /// Read-only.
        "OverWritePolicy" => over_write_policy: crate::log_service::OverWritePolicy,
        /// Indicates whether the log service has overflowed.
        ///
        /// Read-only.
        "Overflow" => overflow: bool,
        /// Indicates whether the log service is persistent across a cold reset.
        ///
        /// Read-only.
        "Persistency" => persistency: bool,
        /// An indication of whether this service is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// A list of syslog message filters to be logged locally.
        "SyslogFilters" => syslog_filters: Vec<Option<crate::log_service::SyslogFilter>>,
    }
}

crate::__impl_resource!(LogService: "LogService", actions);

crate::redfish_enum! {
    /// `AutoClearResolvedEntries`.
    pub enum AutoClearResolvedEntries {
        /// Automatically clears all resolved log entries and other entries within the same `EventGroupId`.
        ClearEventGroup = "ClearEventGroup",
        /// Retains log entries of the original cause and the final resolution, but automatically clears other entries containing the intermediate results within the same `EventGroupId`.
        RetainCauseResolutionEntries = "RetainCauseResolutionEntries",
        /// Updates log entries of the original cause, but automatically clears other entries within the same `EventGroupId`.
        UpdateCauseEntry = "UpdateCauseEntry",
        /// Do not automatically clear the resolved log entries.
        None = "None",
    }
}

crate::redfish_struct! {
    /// Parameters of the `ClearLog` action: The action to clear the log for this log service.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ClearLogRequest {
        /// The ETag of the log entry collection within this log service. If the provided ETag does not match the current ETag of the log entry collection, the request is rejected.
        "LogEntriesETag" => log_entries_e_tag: String,
    }
}

impl ClearLogRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `LogEntriesETag`.
    #[must_use]
    pub fn with_log_entries_e_tag(mut self, value: impl Into<String>) -> Self {
        self.log_entries_e_tag = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ClearLogRequest {
    type Resource = LogService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#LogService.ClearLog";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `CollectDiagnosticData` action: The action to collect the diagnostic data for the given type. When the diagnostic data is collected, a new log entry will be created and the additional data referenced by the new log entry will contain the diagnostic data.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct CollectDiagnosticDataRequest {
        /// The type of diagnostic data to collect.
        ///
        /// Required.
        "DiagnosticDataType" => diagnostic_data_type: crate::log_service::LogDiagnosticDataTypes [required],
        /// The OEM-defined type of diagnostic data to collect.
        "OEMDiagnosticDataType" => oem_diagnostic_data_type: String,
        /// The password to access the URI specified by the `TargetURI` parameter.
        "Password" => password: String [secret],
        /// The link to the device to collect diagnostic data.
        "TargetDevice" => target_device: crate::Link,
        /// The URI to access when sending the diagnostic data.
        "TargetURI" => target_uri: String,
        /// The network protocol that the service uses to send the diagnostic data.
        "TransferProtocol" => transfer_protocol: crate::common::TransferProtocolType,
        /// The username to access the URI specified by the `TargetURI` parameter.
        "UserName" => user_name: String,
    }
}

impl CollectDiagnosticDataRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["DiagnosticDataType"];

    /// Sets `DiagnosticDataType`.
    #[must_use]
    pub fn with_diagnostic_data_type(
        mut self,
        value: crate::log_service::LogDiagnosticDataTypes,
    ) -> Self {
        self.diagnostic_data_type = Some(value);
        self
    }
    /// Sets `OEMDiagnosticDataType`.
    #[must_use]
    pub fn with_oem_diagnostic_data_type(mut self, value: impl Into<String>) -> Self {
        self.oem_diagnostic_data_type = Some(value.into());
        self
    }
    /// Sets `Password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets `TargetDevice`.
    #[must_use]
    pub fn with_target_device(mut self, value: crate::Link) -> Self {
        self.target_device = Some(value);
        self
    }
    /// Sets `TargetURI`.
    #[must_use]
    pub fn with_target_uri(mut self, value: impl Into<String>) -> Self {
        self.target_uri = Some(value.into());
        self
    }
    /// Sets `TransferProtocol`.
    #[must_use]
    pub fn with_transfer_protocol(mut self, value: crate::common::TransferProtocolType) -> Self {
        self.transfer_protocol = Some(value);
        self
    }
    /// Sets `UserName`.
    #[must_use]
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
}

impl crate::ActionRequest for CollectDiagnosticDataRequest {
    type Resource = LogService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#LogService.CollectDiagnosticData";
    const REQUIRED: &'static [&'static str] = &["DiagnosticDataType"];
}

crate::redfish_struct! {
    /// The detailed information for the data collected with the `CollectDiagnosticData` action for a type of diagnostic data.
    pub struct DiagnosticDataDetails {
        /// The type of diagnostic data to collect with the `CollectDiagnosticData` action.
        ///
        /// Read-only.
        "DiagnosticDataType" => diagnostic_data_type: crate::log_service::LogDiagnosticDataTypes,
        /// The estimated total time required to generate the data with the `CollectDiagnosticData` action.
        ///
        /// Read-only.
        "EstimatedDuration" => estimated_duration: String,
        /// The estimated size of the data collected by `CollectDiagnosticData` action.
        ///
        /// Read-only.
        "EstimatedSizeBytes" => estimated_size_bytes: i64,
        /// The OEM-defined type of diagnostic data to collect with the `CollectDiagnosticData` action.
        ///
        /// Read-only.
        "OEMDiagnosticDataType" => oem_diagnostic_data_type: String,
    }
}

crate::redfish_struct! {
    /// Parameters of the `DownloadRawLog` action: The action to download a raw log for this log service.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct DownloadRawLogRequest {
    }
}

impl DownloadRawLogRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for DownloadRawLogRequest {
    type Resource = LogService;
    type Response = crate::log_service::DownloadRawLogResponse;
    const ACTION: &'static str = "#LogService.DownloadRawLog";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The response for the `DownloadRawLog` action.
    pub struct DownloadRawLogResponse {
        /// The URI from which to download the raw log file.
        ///
        /// Read-only. Required.
        "DownloadURI" => download_uri: String [required],
    }
}

crate::redfish_enum! {
    /// `LogDiagnosticDataTypes`.
    pub enum LogDiagnosticDataTypes {
        /// Manager diagnostic data.
        Manager = "Manager",
        /// Pre-OS diagnostic data.
        PreOS = "PreOS",
        /// Operating system (OS) diagnostic data.
        OS = "OS",
        /// OEM diagnostic data.
        OEM = "OEM",
        /// Device diagnostic data.
        Device = "Device",
    }
}

crate::redfish_enum! {
    /// `LogEntryTypes`.
    pub enum LogEntryTypes {
        /// The log contains Redfish-defined messages.
        Event = "Event",
        /// The log contains legacy IPMI System Event Log (SEL) entries.
        SEL = "SEL",
        /// The log contains multiple log entry types and, therefore, the log service cannot guarantee a single entry type.
        Multiple = "Multiple",
        /// The log contains entries in an OEM-defined format.
        OEM = "OEM",
        /// The log contains CXL log entries.
        CXL = "CXL",
    }
}

crate::redfish_enum! {
    /// `LogPurpose`.
    pub enum LogPurpose {
        /// The log provides information for diagnosing hardware or software issues, such as error conditions, sensor threshold trips, or exception cases.
        Diagnostic = "Diagnostic",
        /// The log provides information about management operations that have a significant impact on the system, such as firmware updates, system resets, and storage volume creation.
        Operations = "Operations",
        /// The log provides security-related information such as authentication, authorization, and data access logging required for security audits.
        Security = "Security",
        /// The log provides telemetry history, typically collected on a regular basis.
        Telemetry = "Telemetry",
        /// The log exposes log entries provided by external entities, such as external users, system firmware, operating systems, or management applications.
        ExternalEntity = "ExternalEntity",
        /// The log is used for an OEM-defined purpose.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `OverWritePolicy`.
    pub enum OverWritePolicy {
        /// The overwrite policy is not known or is undefined.
        UnknownValue = "Unknown",
        /// When full, new entries to the log overwrite earlier entries.
        WrapsWhenFull = "WrapsWhenFull",
        /// When full, new entries to the log are discarded.
        NeverOverWrites = "NeverOverWrites",
    }
}

crate::redfish_struct! {
    /// Parameters of the `PushDiagnosticData` action: The action to push an existing diagnostic data to a target URI.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct PushDiagnosticDataRequest {
        /// The URI of the diagnostic data to transfer to the URI specified by the `TargetURI` parameter.
        ///
        /// Required.
        "AdditionalDataURI" => additional_data_uri: String [required],
        /// The password to access the URI specified by the `TargetURI` parameter.
        "Password" => password: String [secret],
        /// The URI to access when sending the diagnostic data.
        ///
        /// Required.
        "TargetURI" => target_uri: String [required],
        /// The network protocol that the service uses to send the diagnostic data.
        "TransferProtocol" => transfer_protocol: crate::common::TransferProtocolType,
        /// The username to access the URI specified by the `TargetURI` parameter.
        "UserName" => user_name: String,
    }
}

impl PushDiagnosticDataRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["AdditionalDataURI", "TargetURI"];

    /// Sets `AdditionalDataURI`.
    #[must_use]
    pub fn with_additional_data_uri(mut self, value: impl Into<String>) -> Self {
        self.additional_data_uri = Some(value.into());
        self
    }
    /// Sets `Password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets `TargetURI`.
    #[must_use]
    pub fn with_target_uri(mut self, value: impl Into<String>) -> Self {
        self.target_uri = Some(value.into());
        self
    }
    /// Sets `TransferProtocol`.
    #[must_use]
    pub fn with_transfer_protocol(mut self, value: crate::common::TransferProtocolType) -> Self {
        self.transfer_protocol = Some(value);
        self
    }
    /// Sets `UserName`.
    #[must_use]
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
}

impl crate::ActionRequest for PushDiagnosticDataRequest {
    type Resource = LogService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#LogService.PushDiagnosticData";
    const REQUIRED: &'static [&'static str] = &["AdditionalDataURI", "TargetURI"];
}

pub use crate::common::SyslogFacility;

crate::redfish_struct! {
    /// A syslog filter.
    pub struct SyslogFilter {
        /// The types of programs that can log messages.
        ///
        /// Writable.
        "LogFacilities" => log_facilities: Vec<Option<crate::common::SyslogFacility>>,
        /// The lowest severity level message that will be logged.
        ///
        /// Writable.
        "LowestSeverity" => lowest_severity: crate::common::SyslogSeverity,
    }
}

pub use crate::common::SyslogSeverity;

pub use crate::common::TransferProtocolType;
