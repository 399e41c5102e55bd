//! `Power`: The `Power` schema describes power metrics and represents the properties for power consumption and power limiting.
//!
//! Generated from the DMTF Redfish schema `Power.v1_7_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `power` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Power` schema describes power metrics and represents the properties for power consumption and power limiting.
    ///
    /// DMTF schema `Power` v1_7_3 (Redfish 2025.4).
    pub struct Power {
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
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The set of power control functions, including power reading and limiting.
        "PowerControl" => power_control: Vec<crate::power::PowerControl>,
        "PowerControl@odata.count" => power_control_count: u64,
        /// The set of power supplies associated with this system or device.
        "PowerSupplies" => power_supplies: Vec<crate::power::PowerSupply>,
        "PowerSupplies@odata.count" => power_supplies_count: u64,
        /// The redundancy information for the set of power supplies in this chassis.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// The set of voltage sensors for this chassis.
        "Voltages" => voltages: Vec<crate::power::Voltage>,
        "Voltages@odata.count" => voltages_count: u64,
    }
}

crate::__impl_resource!(Power: "Power", actions);

crate::redfish_struct! {
    /// This type describes an input range for a power supply.
    pub struct InputRange {
        /// The Input type (AC or DC).
        ///
        /// Read-only.
        "InputType" => input_type: crate::power::InputType,
        /// The maximum line input frequency at which this power supply input range is effective.
        ///
        /// Read-only. Units: `Hz`.
        "MaximumFrequencyHz" => maximum_frequency_hz: f64,
        /// The maximum line input voltage at which this power supply input range is effective.
        ///
        /// Read-only. Units: `V`.
        "MaximumVoltage" => maximum_voltage: f64,
        /// The minimum line input frequency at which this power supply input range is effective.
        ///
        /// Read-only. Units: `Hz`.
        "MinimumFrequencyHz" => minimum_frequency_hz: f64,
        /// The minimum line input voltage at which this power supply input range is effective.
        ///
        /// Read-only. Units: `V`.
        "MinimumVoltage" => minimum_voltage: f64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The maximum capacity of this power supply when operating in this input range.
        ///
        /// Read-only. Units: `W`.
        "OutputWattage" => output_wattage: f64,
    }
}

crate::redfish_enum! {
    /// `InputType`.
    pub enum InputType {
        /// Alternating Current (AC) input range.
        AC = "AC",
        /// Direct Current (DC) input range.
        DC = "DC",
    }
}

crate::redfish_enum! {
    /// `LineInputVoltageType`.
    pub enum LineInputVoltageType {
        /// The power supply line input voltage type cannot be determined.
        UnknownValue = "Unknown",
        /// 100-127V AC input.
        /// Deprecated: This value has been deprecated in favor of AC120V.
        ACLowLine = "ACLowLine",
        /// 200-240V AC input.
        /// Deprecated: This value has been deprecated in favor of AC240V.
        ACMidLine = "ACMidLine",
        /// 277V AC input.
        /// Deprecated: This value has been deprecated in favor of AC277V.
        ACHighLine = "ACHighLine",
        /// -48V DC input.
        DCNeg48V = "DCNeg48V",
        /// High-voltage DC input (380V).
        DC380V = "DC380V",
        /// AC 120V nominal input.
        AC120V = "AC120V",
        /// AC 240V nominal input.
        AC240V = "AC240V",
        /// AC 277V nominal input.
        AC277V = "AC277V",
        /// Wide range AC or DC input.
        ACandDCWideRange = "ACandDCWideRange",
        /// Wide range AC input.
        ACWideRange = "ACWideRange",
        /// DC 240V nominal input.
        DC240V = "DC240V",
    }
}

crate::redfish_struct! {
    /// `PowerControl`.
    pub struct PowerControl {
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// The power control function name.
        ///
        /// Read-only.
        "Name" => name: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The area, device, or set of devices to which this power control applies.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The total amount of power that has been allocated or budgeted to chassis.
        ///
        /// Read-only. Units: `W`.
        "PowerAllocatedWatts" => power_allocated_watts: f64,
        /// The amount of reserve power capacity, in watt units, that remains. This value is the PowerCapacityWatts value minus the `PowerAllocatedWatts` value.
        ///
        /// Read-only. Units: `W`.
        "PowerAvailableWatts" => power_available_watts: f64,
        /// The total amount of power that can be allocated to the chassis. This value can be either the power supply capacity or the power budget that an upstream chassis assigns to this chassis.
        ///
        /// Read-only. Units: `W`.
        "PowerCapacityWatts" => power_capacity_watts: f64,
        /// The actual power that the chassis consumes, in watt units.
        ///
        /// Read-only. Units: `W`.
        "PowerConsumedWatts" => power_consumed_watts: f64,
        /// The power limit status and configuration information for this chassis.
        "PowerLimit" => power_limit: crate::power::PowerLimit,
        /// The power readings for this chassis.
        "PowerMetrics" => power_metrics: crate::power::PowerMetric,
        /// The potential power, in watt units, that the chassis requests, which might be higher than the current level being consumed because the requested power includes a budget that the chassis wants for future use.
        ///
        /// Read-only. Units: `W`.
        "PowerRequestedWatts" => power_requested_watts: f64,
        /// An array of links to resources or objects associated with this power limit.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::redfish_struct! {
    /// The power limit status and configuration information for the chassis.
    pub struct PowerLimit {
        /// The time required for the limiting process to reduce power consumption to below the limit.
        ///
        /// Writable. Units: `ms`.
        "CorrectionInMs" => correction_in_ms: i64,
        /// The action that is taken if the power cannot be maintained below the `LimitInWatts`.
        ///
        /// Writable.
        "LimitException" => limit_exception: crate::power::PowerLimitException,
        /// The power limit, in watt units. If `null`, power capping is disabled.
        ///
        /// Writable. Units: `W`.
        "LimitInWatts" => limit_in_watts: f64,
    }
}

crate::redfish_enum! {
    /// `PowerLimitException`.
    pub enum PowerLimitException {
        /// Take no action when the limit is exceeded.
        NoAction = "NoAction",
        /// Turn the power off immediately when the limit is exceeded.
        HardPowerOff = "HardPowerOff",
        /// Log an event when the limit is exceeded, but take no further action.
        LogEventOnly = "LogEventOnly",
        /// Take an OEM-defined action.
        Oem = "Oem",
    }
}

crate::redfish_struct! {
    /// The power metrics for a resource.
    pub struct PowerMetric {
        /// The average power level over the measurement window over the last `IntervalInMin` minutes.
        ///
        /// Read-only. Units: `W`.
        "AverageConsumedWatts" => average_consumed_watts: f64,
        /// The time interval, or window, over which the power metrics are measured.
        ///
        /// Read-only. Units: `min`.
        "IntervalInMin" => interval_in_min: i64,
        /// The highest power consumption level, in watt units, that has occurred over the measurement window within the last `IntervalInMin` minutes.
        ///
        /// Read-only. Units: `W`.
        "MaxConsumedWatts" => max_consumed_watts: f64,
        /// The lowest power consumption level, in watt units, over the measurement window that occurred within the last `IntervalInMin` minutes.
        ///
        /// Read-only. Units: `W`.
        "MinConsumedWatts" => min_consumed_watts: f64,
    }
}

crate::redfish_struct! {
    /// Details of a power supplies associated with this system or device.
    pub struct PowerSupply {
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly resource associated with this power supply.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The measured efficiency of this power supply as a percentage.
        ///
        /// Read-only. Units: `%`.
        "EfficiencyPercent" => efficiency_percent: f64,
        /// The firmware version for this power supply.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// An indication of whether this device can be inserted or removed while the equipment is in operation.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// The state of the indicator LED, which identifies the power supply.
        ///
        /// Writable.
        "IndicatorLED" => indicator_led: crate::common::IndicatorLED,
        /// The input ranges that the power supply can use.
        "InputRanges" => input_ranges: Vec<crate::power::InputRange>,
        /// The average power output of this power supply.
        ///
        /// Read-only. Units: `W`.
        "LastPowerOutputWatts" => last_power_output_watts: f64,
        /// The line input voltage at which the power supply is operating.
        ///
        /// Read-only. Units: `V`.
        "LineInputVoltage" => line_input_voltage: f64,
        /// The line voltage type supported as an input to this power supply.
        ///
        /// Read-only.
        "LineInputVoltageType" => line_input_voltage_type: crate::power::LineInputVoltageType,
        /// The location of the power supply.
        "Location" => location: crate::resource::Location,
        /// The manufacturer of this power supply.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// The model number for this power supply.
        ///
        /// Read-only.
        "Model" => model: String,
        /// The name of the power supply.
        ///
        /// Read-only.
        "Name" => name: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this power supply.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The maximum capacity of this power supply.
        ///
        /// Read-only. Units: `W`.
        "PowerCapacityWatts" => power_capacity_watts: f64,
        /// The measured input power of this power supply.
        ///
        /// Read-only. Units: `W`.
        "PowerInputWatts" => power_input_watts: f64,
        /// The measured output power of this power supply.
        ///
        /// Read-only. Units: `W`.
        "PowerOutputWatts" => power_output_watts: f64,
        /// The power supply type (AC or DC).
        ///
        /// Read-only.
        "PowerSupplyType" => power_supply_type: crate::power::PowerSupplyType,
        /// The set of redundancy groups for this power supply.
        "Redundancy" => redundancy: Vec<crate::redundancy::Redundancy>,
        "Redundancy@odata.count" => redundancy_count: u64,
        /// An array of links to resources or objects associated with this power supply.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The serial number for this power supply.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number for this power supply.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::redfish_struct! {
    /// Parameters of the `PowerSupplyReset` action: This action resets the targeted power supply.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct PowerSupplyResetRequest {
        /// The `MemberId` of the power supply within the `PowerSupplies` array on which to perform the reset.
        ///
        /// Required.
        "MemberId" => member_id: String [required],
        /// The type of reset.
        "ResetType" => reset_type: crate::resource::ResetType,
    }
}

impl PowerSupplyResetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["MemberId"];

    /// Sets `MemberId`.
    #[must_use]
    pub fn with_member_id(mut self, value: impl Into<String>) -> Self {
        self.member_id = Some(value.into());
        self
    }
    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::resource::ResetType) -> Self {
        self.reset_type = Some(value);
        self
    }
}

impl crate::ActionRequest for PowerSupplyResetRequest {
    type Resource = Power;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Power.PowerSupplyReset";
    const REQUIRED: &'static [&'static str] = &["MemberId"];
}

crate::redfish_enum! {
    /// `PowerSupplyType`.
    pub enum PowerSupplyType {
        /// The power supply type cannot be determined.
        UnknownValue = "Unknown",
        /// Alternating Current (AC) power supply.
        AC = "AC",
        /// Direct Current (DC) power supply.
        DC = "DC",
        /// The power supply supports both DC and AC.
        ACorDC = "ACorDC",
    }
}

crate::redfish_struct! {
    /// `Voltage`.
    pub struct Voltage {
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The value at which the reading is below normal range but not yet fatal.
        ///
        /// Read-only. Units: `V`.
        "LowerThresholdCritical" => lower_threshold_critical: f64,
        /// The value at which the reading is below normal range and fatal.
        ///
        /// Read-only. Units: `V`.
        "LowerThresholdFatal" => lower_threshold_fatal: f64,
        /// The value at which the reading is below normal range.
        ///
        /// Read-only. Units: `V`.
        "LowerThresholdNonCritical" => lower_threshold_non_critical: f64,
        /// Maximum value for this sensor.
        ///
        /// Read-only. Units: `V`.
        "MaxReadingRange" => max_reading_range: f64,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// Minimum value for this sensor.
        ///
        /// Read-only. Units: `V`.
        "MinReadingRange" => min_reading_range: f64,
        /// Voltage sensor name.
        ///
        /// Read-only.
        "Name" => name: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The area or device to which this voltage measurement applies.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The reading of the voltage sensor.
        ///
        /// Read-only. Units: `V`.
        "ReadingVolts" => reading_volts: f64,
        /// An array of links to resources or objects to which this voltage measurement applies.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// A numerical identifier to represent the voltage sensor.
        ///
        /// Read-only.
        "SensorNumber" => sensor_number: i64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The value at which the reading is above normal range but not yet fatal.
        ///
        /// Read-only. Units: `V`.
        "UpperThresholdCritical" => upper_threshold_critical: f64,
        /// The value at which the reading is above normal range and fatal.
        ///
        /// Read-only. Units: `V`.
        "UpperThresholdFatal" => upper_threshold_fatal: f64,
        /// The value at which the reading is above normal range.
        ///
        /// Read-only. Units: `V`.
        "UpperThresholdNonCritical" => upper_threshold_non_critical: f64,
    }
}
