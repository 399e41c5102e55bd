//! `LogEntry`: The `LogEntry` schema defines the record format for a log. It is designed for Redfish event logs, which utilize messages defined in a Message Registry and referenced by a `MessageId`. For standard message definitions, see DSP2065. Other log formats, including OEM-specific definitions and the IPMI System Event Log (SEL) are also supported. The `EntryType` field indicates the type of log and the resource includes several additional properties dependent on the `EntryType`.
//!
//! Generated from the DMTF Redfish schema `LogEntry.v1_21_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `log_entry` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `LogEntry` schema defines the record format for a log. It is designed for Redfish event logs, which utilize messages defined in a Message Registry and referenced by a `MessageId`. For standard message definitions, see DSP2065. Other log formats, including OEM-specific definitions and the IPMI System Event Log (SEL) are also supported. The `EntryType` field indicates the type of log and the resource includes several additional properties dependent on the `EntryType`.
    ///
    /// DMTF schema `LogEntry` v1_21_0 (Redfish 2025.4).
    pub struct LogEntry {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The size of the additional data for this log entry.
        ///
        /// Read-only. Units: `By`.
        "AdditionalDataSizeBytes" => additional_data_size_bytes: i64,
        /// The URI at which to access the additional data for this log entry, such as diagnostic data, image captures, or other files.
        ///
        /// Read-only.
        "AdditionalDataURI" => additional_data_uri: String,
        /// Details for a CPER section or record associated with this log entry.
        "CPER" => cper: crate::log_entry::CPER,
        /// The specific CXL entry type.
        ///
        /// Read-only.
        "CXLEntryType" => cxl_entry_type: crate::log_entry::CXLEntryType,
        /// The date and time when the log entry was created.
        ///
        /// Read-only.
        "Created" => created: crate::DateTime,
        /// Read-only.
        "Description" => description: String,
        /// A Base64-encoded set of diagnostic data associated with this log entry.
        ///
        /// Read-only.
        "DiagnosticData" => diagnostic_data: String,
        /// The type of data available in the `DiagnosticData` property or retrieved from the URI specified by the `AdditionalDataURI` property.
        ///
        /// Read-only.
        "DiagnosticDataType" => diagnostic_data_type: crate::log_entry::LogDiagnosticDataTypes,
        /// The entry code for the log entry if the entry type is `SEL`.
        ///
        /// Read-only.
        "EntryCode" => entry_code: crate::log_entry::LogEntryCode,
        /// The type of log entry.
        ///
        /// Read-only. Required.
        "EntryType" => entry_type: crate::log_entry::LogEntryType [required],
        /// An identifier that correlates events with the same cause.
        ///
        /// Read-only.
        "EventGroupId" => event_group_id: i64,
        /// The unique instance identifier for an event.
        ///
        /// Read-only.
        "EventId" => event_id: String,
        /// The date and time when the event occurred.
        ///
        /// Read-only.
        "EventTimestamp" => event_timestamp: crate::DateTime,
        /// The type of event recorded in this log.
        ///
        /// Read-only. Deprecated: This property has been deprecated. Starting with Redfish Specification v1.6 (Event v1.3), subscriptions are based on the `RegistryPrefix` and `ResourceType` properties and not on the `EventType` property.
        "EventType" => event_type: crate::event::EventType,
        /// The timestamp of the first overflow captured after this log entry.
        ///
        /// Read-only.
        "FirstOverflowTimestamp" => first_overflow_timestamp: crate::DateTime,
        /// An identifier of the device that has generated the IPMI SEL Event Record.
        ///
        /// Read-only.
        "GeneratorId" => generator_id: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The timestamp of the last overflow captured after this log entry.
        ///
        /// Read-only.
        "LastOverflowTimestamp" => last_overflow_timestamp: crate::DateTime,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::log_entry::Links,
        /// The message of the log entry. This property decodes from the entry type. If the entry type is `Event`, this property contains a message. If the entry type is `SEL`, this property contains an SEL-specific message. If the entry type is `CXL`, this property contains a CXL event record. Otherwise, this property contains an OEM-specific log entry. In most cases, this property contains the actual log entry.
        ///
        /// Read-only.
        "Message" => message: String,
        /// An array of message arguments that are substituted for the arguments in the message when looked up in the message registry.
        ///
        /// Read-only.
        "MessageArgs" => message_args: Vec<String>,
        /// The `MessageId`, event data, or OEM-specific information. This property decodes from the entry type. If the entry type is `Event`, this property contains a Redfish Specification-defined `MessageId`. If the entry type is `SEL`, this property contains the Event Data. Otherwise, this property contains OEM-specific information.
        ///
        /// Read-only.
        "MessageId" => message_id: crate::MessageId,
        /// The date and time when the log entry was last modified.
        ///
        /// Read-only.
        "Modified" => modified: crate::DateTime,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM-defined type of data available in the `DiagnosticData` property or retrieved from the URI specified by the `AdditionalDataURI` property.
        ///
        /// Read-only.
        "OEMDiagnosticDataType" => oem_diagnostic_data_type: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The OEM-specific entry code, if the `LogEntryCode` type is `OEM`.
        ///
        /// Read-only.
        "OemLogEntryCode" => oem_log_entry_code: String,
        /// The OEM-specific format of the entry. If the entry type is `Oem`, this property contains more information about the record format from the OEM.
        ///
        /// Read-only.
        "OemRecordFormat" => oem_record_format: String,
        /// The OEM-specific sensor type if the sensor type is `OEM`.
        ///
        /// Read-only.
        "OemSensorType" => oem_sensor_type: String,
        /// The IP address, with scheme, of the user associated with the log entry.
        ///
        /// Read-only.
        "OriginAddress" => origin_address: String,
        /// Indicates whether the `OriginOfCondition` link is unavailable, such as after the deletion of the resource.
        ///
        /// Read-only.
        "OriginOfConditionUnavailable" => origin_of_condition_unavailable: bool,
        /// The source of the log entry.
        ///
        /// Read-only.
        "Originator" => originator: String,
        /// The type of originator data.
        ///
        /// Read-only.
        "OriginatorType" => originator_type: crate::log_entry::OriginatorTypes,
        /// The count of overflow errors that occurred after this log entry.
        ///
        /// Read-only.
        "OverflowErrorCount" => overflow_error_count: i64,
        /// The part number associated with the source of this log entry.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// Indicates whether the log entry is persistent across a cold reset of the device.
        ///
        /// Read-only.
        "Persistency" => persistency: bool,
        /// Used to provide suggestions on how to resolve the situation that caused the log entry.
        ///
        /// Read-only.
        "Resolution" => resolution: String,
        /// The list of recommended steps to resolve the cause of the log entry.
        "ResolutionSteps" => resolution_steps: Vec<crate::resolution_step::ResolutionStep>,
        /// Indicates if the cause of the log entry has been resolved or repaired.
        ///
        /// Writable.
        "Resolved" => resolved: bool,
        /// The IPMI-defined sensor number.
        ///
        /// Read-only.
        "SensorNumber" => sensor_number: i64,
        /// The sensor type to which the log entry pertains if the entry type is `SEL`.
        ///
        /// Read-only.
        "SensorType" => sensor_type: crate::log_entry::SensorType,
        /// The serial number associated with the source of this log entry.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// Indicates if the log entry has been sent to the service provider.
        ///
        /// Read-only.
        "ServiceProviderNotified" => service_provider_notified: bool,
        /// The severity of the log entry.
        ///
        /// Read-only.
        "Severity" => severity: crate::log_entry::EventSeverity,
        /// Indicates this log entry is equivalent to a more specific log entry within the same `EventGroupId`.
        ///
        /// Read-only.
        "SpecificEventExistsInGroup" => specific_event_exists_in_group: bool,
        /// The source of authentication for the username property associated with the log entry.
        ///
        /// Read-only.
        "UserAuthenticationSource" => user_authentication_source: String,
        /// The username of the account associated with the log entry.
        ///
        /// Read-only.
        "Username" => username: String,
    }
}

crate::__impl_resource!(LogEntry: "LogEntry", actions);

crate::redfish_struct! {
    /// Details for a CPER section or record associated with a log entry.
    pub struct CPER {
        /// The CPER Notification Type for a CPER record.
        ///
        /// Read-only.
        "NotificationType" => notification_type: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The CPER Section Type.
        ///
        /// Read-only.
        "SectionType" => section_type: String,
    }
}

crate::redfish_enum! {
    /// `CXLEntryType`.
    pub enum CXLEntryType {
        /// A CXL Dynamic Capacity log entry.
        DynamicCapacity = "DynamicCapacity",
        /// A CXL informational log entry.
        Informational = "Informational",
        /// A CXL warning log entry.
        Warning = "Warning",
        /// A CXL failure log entry.
        Failure = "Failure",
        /// A CXL fatal log entry.
        Fatal = "Fatal",
    }
}

crate::redfish_enum! {
    /// `EventSeverity`.
    pub enum EventSeverity {
        /// Informational or operating normally.
        OK = "OK",
        /// A condition that requires attention.
        Warning = "Warning",
        /// A critical condition that requires immediate attention.
        Critical = "Critical",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the resource that caused the log entry.
        ///
        /// Read-only.
        "OriginOfCondition" => origin_of_condition: crate::Link,
        /// An array of links to resources associated with this log entry.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// An array of links to other log entries that are related to this log entry.
        ///
        /// Read-only.
        "RelatedLogEntries" => related_log_entries: Vec<crate::Link<crate::log_entry::LogEntry>>,
        "RelatedLogEntries@odata.count" => related_log_entries_count: u64,
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
        /// UEFI Common Platform Error Record.
        CPER = "CPER",
        /// A Section of a UEFI Common Platform Error Record.
        CPERSection = "CPERSection",
        /// Device diagnostic data.
        Device = "Device",
    }
}

crate::redfish_enum! {
    /// `LogEntryCode`.
    pub enum LogEntryCode {
        /// The condition has been asserted.
        Assert = "Assert",
        /// The condition has been deasserted.
        Deassert = "Deassert",
        /// The reading crossed the Lower Non-critical threshold while going low.
        LowerNonCriticalGoingLow = "Lower Non-critical - going low",
        /// The reading crossed the Lower Non-critical threshold while going high.
        LowerNonCriticalGoingHigh = "Lower Non-critical - going high",
        /// The reading crossed the Lower Critical threshold while going low.
        LowerCriticalGoingLow = "Lower Critical - going low",
        /// The reading crossed the Lower Critical threshold while going high.
        LowerCriticalGoingHigh = "Lower Critical - going high",
        /// The reading crossed the Lower Non-recoverable threshold while going low.
        LowerNonRecoverableGoingLow = "Lower Non-recoverable - going low",
        /// The reading crossed the Lower Non-recoverable threshold while going high.
        LowerNonRecoverableGoingHigh = "Lower Non-recoverable - going high",
        /// The reading crossed the Upper Non-critical threshold while going low.
        UpperNonCriticalGoingLow = "Upper Non-critical - going low",
        /// The reading crossed the Upper Non-critical threshold while going high.
        UpperNonCriticalGoingHigh = "Upper Non-critical - going high",
        /// The reading crossed the Upper Critical threshold while going low.
        UpperCriticalGoingLow = "Upper Critical - going low",
        /// The reading crossed the Upper Critical threshold while going high.
        UpperCriticalGoingHigh = "Upper Critical - going high",
        /// The reading crossed the Upper Non-recoverable threshold while going low.
        UpperNonRecoverableGoingLow = "Upper Non-recoverable - going low",
        /// The reading crossed the Upper Non-recoverable threshold while going high.
        UpperNonRecoverableGoingHigh = "Upper Non-recoverable - going high",
        /// The state transitioned to idle.
        TransitionToIdle = "Transition to Idle",
        /// The state transitioned to active.
        TransitionToActive = "Transition to Active",
        /// The state transitioned to busy.
        TransitionToBusy = "Transition to Busy",
        /// The state has been deasserted.
        StateDeasserted = "State Deasserted",
        /// The state has been asserted.
        StateAsserted = "State Asserted",
        /// A Predictive Failure is no longer present.
        PredictiveFailureDeasserted = "Predictive Failure deasserted",
        /// A Predictive Failure has been detected.
        PredictiveFailureAsserted = "Predictive Failure asserted",
        /// A limit has not been exceeded.
        LimitNotExceeded = "Limit Not Exceeded",
        /// A limit has been exceeded.
        LimitExceeded = "Limit Exceeded",
        /// Performance meets expectations.
        PerformanceMet = "Performance Met",
        /// Performance does not meet expectations.
        PerformanceLags = "Performance Lags",
        /// A state has changed to OK.
        TransitionToOK = "Transition to OK",
        /// A state has changed to Non-Critical from OK.
        TransitionToNonCriticalFromOK = "Transition to Non-Critical from OK",
        /// A state has changed to Critical from less severe.
        TransitionToCriticalFromLessSevere = "Transition to Critical from less severe",
        /// A state has changed to Non-recoverable from less severe.
        TransitionToNonRecoverableFromLessSevere = "Transition to Non-recoverable from less severe",
        /// A state has changed to Non-Critical from more severe.
        TransitionToNonCriticalFromMoreSevere = "Transition to Non-Critical from more severe",
        /// A state has changed to Critical from Non-recoverable.
        TransitionToCriticalFromNonRecoverable = "Transition to Critical from Non-recoverable",
        /// A state has changed to Non-recoverable.
        TransitionToNonRecoverable = "Transition to Non-recoverable",
        /// A monitor event.
        Monitor = "Monitor",
        /// An informational event.
        Informational = "Informational",
        /// A device has been removed or is absent.
        DeviceRemovedDeviceAbsent = "Device Removed / Device Absent",
        /// A device has been inserted or is present.
        DeviceInsertedDevicePresent = "Device Inserted / Device Present",
        /// A device has been disabled.
        DeviceDisabled = "Device Disabled",
        /// A device has been enabled.
        DeviceEnabled = "Device Enabled",
        /// A state has transitioned to Running.
        TransitionToRunning = "Transition to Running",
        /// A state has transitioned to In Test.
        TransitionToInTest = "Transition to In Test",
        /// A state has transitioned to Power Off.
        TransitionToPowerOff = "Transition to Power Off",
        /// A state has transitioned to On Line.
        TransitionToOnLine = "Transition to On Line",
        /// A state has transitioned to Off Line.
        TransitionToOffLine = "Transition to Off Line",
        /// A state has transitioned to Off Duty.
        TransitionToOffDuty = "Transition to Off Duty",
        /// A state has transitioned to Degraded.
        TransitionToDegraded = "Transition to Degraded",
        /// A state has transitioned to Power Save.
        TransitionToPowerSave = "Transition to Power Save",
        /// An install error has been detected.
        InstallError = "Install Error",
        /// Indicates that full redundancy has been regained.
        FullyRedundant = "Fully Redundant",
        /// Entered any non-redundant state, including Non-redundant: Insufficient Resources.
        RedundancyLost = "Redundancy Lost",
        /// Redundancy still exists, but at less than full level.
        RedundancyDegraded = "Redundancy Degraded",
        /// Redundancy has been lost but unit is functioning with minimum resources needed for normal operation.
        NonRedundantSufficientResourcesFromRedundant = "Non-redundant:Sufficient Resources from Redundant",
        /// Unit has regained minimum resources needed for normal operation.
        NonRedundantSufficientResourcesFromInsufficientResources = "Non-redundant:Sufficient Resources from Insufficient Resources",
        /// Unit is non-redundant and has insufficient resources to maintain normal operation.
        NonRedundantInsufficientResources = "Non-redundant:Insufficient Resources",
        /// Unit has lost some redundant resource(s) but is still in a redundant state.
        RedundancyDegradedFromFullyRedundant = "Redundancy Degraded from Fully Redundant",
        /// Unit has regained some resource(s) and is redundant but not fully redundant.
        RedundancyDegradedFromNonRedundant = "Redundancy Degraded from Non-redundant",
        /// The ACPI-defined D0 power state.
        D0PowerState = "D0 Power State",
        /// The ACPI-defined D1 power state.
        D1PowerState = "D1 Power State",
        /// The ACPI-defined D2 power state.
        D2PowerState = "D2 Power State",
        /// The ACPI-defined D3 power state.
        D3PowerState = "D3 Power State",
        /// An OEM-defined event.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `LogEntryType`.
    pub enum LogEntryType {
        /// A Redfish-defined message.
        Event = "Event",
        /// A legacy IPMI System Event Log (SEL) entry.
        SEL = "SEL",
        /// An entry in an OEM-defined format.
        Oem = "Oem",
        /// A CXL log entry.
        CXL = "CXL",
    }
}

crate::redfish_enum! {
    /// `OriginatorTypes`.
    pub enum OriginatorTypes {
        /// A client of the service created this log entry.
        Client = "Client",
        /// A process running on the service created this log entry.
        Internal = "Internal",
        /// A process not running on the service but running on a supporting service, such as RDE implementations, UEFI, or host processes, created this log entry.
        SupportingService = "SupportingService",
    }
}

crate::redfish_enum! {
    /// `SensorType`.
    pub enum SensorType {
        /// A platform security sensor.
        PlatformSecurityViolationAttempt = "Platform Security Violation Attempt",
        /// A temperature sensor.
        Temperature = "Temperature",
        /// A voltage sensor.
        Voltage = "Voltage",
        /// A current sensor.
        Current = "Current",
        /// A fan sensor.
        Fan = "Fan",
        /// A physical security sensor.
        PhysicalChassisSecurity = "Physical Chassis Security",
        /// A sensor for a processor.
        Processor = "Processor",
        /// A sensor for a power supply or DC-to-DC converter.
        PowerSupplyConverter = "Power Supply / Converter",
        /// A sensor for a power unit.
        PowerUnit = "PowerUnit",
        /// A sensor for a cooling device.
        CoolingDevice = "CoolingDevice",
        /// A sensor for a miscellaneous analog sensor.
        OtherUnitsBasedSensor = "Other Units-based Sensor",
        /// A sensor for a memory device.
        Memory = "Memory",
        /// A sensor for a drive slot or bay.
        DriveSlotBay = "Drive Slot/Bay",
        /// A sensor for a POST memory resize event.
        POSTMemoryResize = "POST Memory Resize",
        /// A sensor for a system firmware progress event.
        SystemFirmwareProgress = "System Firmware Progress",
        /// A sensor for the event log.
        EventLoggingDisabled = "Event Logging Disabled",
        /// A sensor for a system event.
        SystemEvent = "System Event",
        /// A sensor for a critical interrupt event.
        CriticalInterrupt = "Critical Interrupt",
        /// A sensor for a button or switch.
        ButtonSwitch = "Button/Switch",
        /// A sensor for a module or board.
        ModuleBoard = "Module/Board",
        /// A sensor for a microcontroller or coprocessor.
        MicrocontrollerCoprocessor = "Microcontroller/Coprocessor",
        /// A sensor for an add-in card.
        AddInCard = "Add-in Card",
        /// A sensor for a chassis.
        Chassis = "Chassis",
        /// A sensor for a chipset.
        ChipSet = "ChipSet",
        /// A sensor for another type of FRU.
        OtherFRU = "Other FRU",
        /// A sensor for a cable or interconnect device type.
        CableInterconnect = "Cable/Interconnect",
        /// A sensor for a terminator.
        Terminator = "Terminator",
        /// A sensor for a system boot or restart event.
        SystemBootRestart = "SystemBoot/Restart",
        /// A sensor for a boot error event.
        BootError = "Boot Error",
        /// A sensor for a base OS boot or installation status event.
        BaseOSBootInstallationStatus = "BaseOSBoot/InstallationStatus",
        /// A sensor for an OS stop or shutdown event.
        OSStopShutdown = "OS Stop/Shutdown",
        /// A sensor for a slot or connector.
        SlotConnector = "Slot/Connector",
        /// A sensor for an ACPI power state event.
        SystemACPIPowerState = "System ACPI PowerState",
        /// A sensor for a watchdog event.
        Watchdog = "Watchdog",
        /// A sensor for a platform alert event.
        PlatformAlert = "Platform Alert",
        /// A sensor for an entity presence event.
        EntityPresence = "Entity Presence",
        /// A sensor for a monitor ASIC or IC.
        MonitorASICIC = "Monitor ASIC/IC",
        /// A sensor for a LAN device.
        LAN = "LAN",
        /// A sensor for a management subsystem health event.
        ManagementSubsystemHealth = "Management Subsystem Health",
        /// A sensor for a battery.
        Battery = "Battery",
        /// A sensor for a session audit event.
        SessionAudit = "Session Audit",
        /// A sensor for a version change event.
        VersionChange = "Version Change",
        /// A sensor for a FRU state event.
        FRUState = "FRUState",
        /// An OEM-defined sensor.
        OEM = "OEM",
    }
}
