//! `Sensor`: The `Sensor` schema describes a sensor and its properties.
//!
//! Generated from the DMTF Redfish schema `Sensor.v1_12_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `sensor` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    ///
    /// DMTF schema `Sensor` v1_12_0 (Redfish 2025.4).
    pub struct Sensor {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The estimated percent error of measured versus actual values.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of ReadingAccuracy. Units: `%`.
        "Accuracy" => accuracy: f64,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The adjusted maximum allowable operating value for this equipment based on the environmental conditions.
        ///
        /// Read-only.
        "AdjustedMaxAllowableOperatingValue" => adjusted_max_allowable_operating_value: f64,
        /// The adjusted minimum allowable operating value for this equipment based on the environmental conditions.
        ///
        /// Read-only.
        "AdjustedMinAllowableOperatingValue" => adjusted_min_allowable_operating_value: f64,
        /// The product of voltage and current for an AC circuit, in volt-ampere units.
        ///
        /// Read-only. Units: `V.A`.
        "ApparentVA" => apparent_va: f64,
        /// Apparent energy (kVAh).
        ///
        /// Read-only. Units: `kV.A.h`.
        "ApparentkVAh" => apparentk_vah: f64,
        /// The average sensor value.
        ///
        /// Read-only.
        "AverageReading" => average_reading: f64,
        /// The interval over which the average sensor value is calculated.
        ///
        /// Writable.
        "AveragingInterval" => averaging_interval: String,
        /// Indicates that enough readings were collected to calculate the average sensor reading over the averaging interval time.
        ///
        /// Read-only.
        "AveragingIntervalAchieved" => averaging_interval_achieved: bool,
        /// The calibration offset applied to the Reading.
        ///
        /// Writable.
        "Calibration" => calibration: f64,
        /// The date and time that the sensor was last calibrated.
        ///
        /// Writable.
        "CalibrationTime" => calibration_time: crate::DateTime,
        /// The crest factor for this sensor.
        ///
        /// Read-only.
        "CrestFactor" => crest_factor: f64,
        /// Read-only.
        "Description" => description: String,
        /// The combination of current-carrying conductors.
        ///
        /// Read-only.
        "ElectricalContext" => electrical_context: crate::sensor::ElectricalContext,
        /// Indicates whether the sensor is enabled and provides a reading.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The implementation of the sensor.
        ///
        /// Read-only.
        "Implementation" => implementation: crate::sensor::ImplementationType,
        /// The total accumulation value for this sensor.
        ///
        /// Read-only.
        "LifetimeReading" => lifetime_reading: f64,
        /// The date and time when the sensor started accumulating readings for the `LifetimeReading` property.
        ///
        /// Read-only.
        "LifetimeStartDateTime" => lifetime_start_date_time: crate::DateTime,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::sensor::Links,
        /// The power load utilization for this sensor.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of using a sensor instance with a `ReadingType` of `Percent` to show utilization values when needed. Units: `%`.
        "LoadPercent" => load_percent: f64,
        /// The location information for this sensor.
        "Location" => location: crate::resource::Location,
        /// The lowest sensor value over a time interval.
        ///
        /// Read-only.
        "LowestIntervalReading" => lowest_interval_reading: f64,
        /// The lowest sensor value.
        ///
        /// Read-only.
        "LowestReading" => lowest_reading: f64,
        /// The time when the lowest sensor value occurred.
        ///
        /// Read-only.
        "LowestReadingTime" => lowest_reading_time: crate::DateTime,
        /// The manufacturer of this sensor.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The maximum allowable operating value for this equipment.
        ///
        /// Read-only.
        "MaxAllowableOperatingValue" => max_allowable_operating_value: f64,
        /// The minimum allowable operating value for this equipment.
        ///
        /// Read-only.
        "MinAllowableOperatingValue" => min_allowable_operating_value: f64,
        /// The model number of the sensor.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number of the sensor.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The peak sensor value over a time interval.
        ///
        /// Read-only.
        "PeakIntervalReading" => peak_interval_reading: f64,
        /// The peak sensor value.
        ///
        /// Read-only.
        "PeakReading" => peak_reading: f64,
        /// The time when the peak sensor value occurred.
        ///
        /// Read-only.
        "PeakReadingTime" => peak_reading_time: crate::DateTime,
        /// The phase angle (degrees) between the current and voltage waveforms.
        ///
        /// Read-only.
        "PhaseAngleDegrees" => phase_angle_degrees: f64,
        /// The area or device to which this sensor measurement applies.
        ///
        /// Writable.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The usage or location within a device to which this sensor measurement applies.
        ///
        /// Writable.
        "PhysicalSubContext" => physical_sub_context: crate::physical_context::PhysicalSubContext,
        /// The power factor for this sensor.
        ///
        /// Read-only.
        "PowerFactor" => power_factor: f64,
        /// The number of significant digits in the reading.
        ///
        /// Read-only.
        "Precision" => precision: f64,
        /// The square root of the difference term of squared apparent VA and squared power (Reading) for a circuit, in VAR units.
        ///
        /// Read-only. Units: `V.A`.
        "ReactiveVAR" => reactive_va_r: f64,
        /// Reactive energy (kVARh).
        ///
        /// Read-only. Units: `kV.A.h`.
        "ReactivekVARh" => reactivek_va_rh: f64,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// Accuracy (+/-) of the reading.
        ///
        /// Read-only.
        "ReadingAccuracy" => reading_accuracy: f64,
        /// The basis for the reading of this sensor.
        ///
        /// Read-only.
        "ReadingBasis" => reading_basis: crate::sensor::ReadingBasisType,
        /// The maximum possible value for this sensor.
        ///
        /// Read-only.
        "ReadingRangeMax" => reading_range_max: f64,
        /// The minimum possible value for this sensor.
        ///
        /// Read-only.
        "ReadingRangeMin" => reading_range_min: f64,
        /// The date and time that the reading was acquired from the sensor.
        ///
        /// Read-only.
        "ReadingTime" => reading_time: crate::DateTime,
        /// The type of sensor.
        ///
        /// Read-only.
        "ReadingType" => reading_type: crate::sensor::ReadingType,
        /// The units of the reading, thresholds, and other reading-related properties in UCUM c/s format.
        ///
        /// Read-only.
        "ReadingUnits" => reading_units: String,
        /// An array of links to resources or objects that this sensor services.
        ///
        /// Writable.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The SKU of the sensor.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The time interval between readings of the physical sensor.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `SensingInterval` property, which uses the duration time format for interoperability.
        "SensingFrequency" => sensing_frequency: f64,
        /// The time interval between readings of the sensor.
        ///
        /// Read-only.
        "SensingInterval" => sensing_interval: String,
        /// The group of sensors that provide readings for this sensor.
        "SensorGroup" => sensor_group: crate::redundancy::RedundantGroup,
        /// The date and time when the time-based properties were last reset.
        ///
        /// Read-only.
        "SensorResetTime" => sensor_reset_time: crate::DateTime,
        /// The serial number of the sensor.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number of the sensor.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The rotational speed.
        ///
        /// Read-only. Units: `{rev}/min`.
        "SpeedRPM" => speed_rpm: f64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The total harmonic distortion percent (% THD).
        ///
        /// Read-only. Units: `%`.
        "THDPercent" => thd_percent: f64,
        /// The set of thresholds defined for this sensor.
        "Thresholds" => thresholds: crate::sensor::Thresholds,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
        /// The voltage type for this sensor.
        ///
        /// Read-only.
        "VoltageType" => voltage_type: crate::common::VoltageType,
    }
}

crate::__impl_resource!(Sensor: "Sensor", actions);

crate::redfish_enum! {
    /// `ImplementationType`.
    pub enum ImplementationType {
        /// The reading is acquired from a physical sensor.
        PhysicalSensor = "PhysicalSensor",
        /// The reading is obtained by applying a calculation on one or more properties or multiple sensors. The calculation is not provided.
        Synthesized = "Synthesized",
        /// The reading is obtained from software or a device.
        Reported = "Reported",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the controls that can affect this sensor.
        ///
        /// Read-only.
        "AssociatedControls" => associated_controls: Vec<crate::Link<crate::control::Control>>,
        "AssociatedControls@odata.count" => associated_controls_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `ReadingBasisType`.
    pub enum ReadingBasisType {
        /// A zero-based reading.
        Zero = "Zero",
        /// A reading that reports the difference between two measurements.
        Delta = "Delta",
        /// A reading that decreases as it approaches a defined reference point.
        Headroom = "Headroom",
    }
}

crate::redfish_enum! {
    /// `ReadingType`.
    pub enum ReadingType {
        /// Temperature (C).
        Temperature = "Temperature",
        /// Relative humidity (percent).
        Humidity = "Humidity",
        /// Power (W).
        Power = "Power",
        /// Energy (kWh).
        EnergykWh = "EnergykWh",
        /// Energy (J).
        EnergyJoules = "EnergyJoules",
        /// Energy (Wh).
        EnergyWh = "EnergyWh",
        /// Charge (Ah).
        ChargeAh = "ChargeAh",
        /// Voltage (VAC or VDC).
        Voltage = "Voltage",
        /// Current (A).
        Current = "Current",
        /// Frequency (Hz).
        Frequency = "Frequency",
        /// Pressure (Pa).
        /// Deprecated: This value has been deprecated in favor of `PressurePa` or `PressurekPa` for consistency of units between `Sensor` and `Control` resources.
        Pressure = "Pressure",
        /// Pressure (kPa).
        PressurekPa = "PressurekPa",
        /// Pressure (Pa).
        PressurePa = "PressurePa",
        /// Liquid level (cm).
        LiquidLevel = "LiquidLevel",
        /// Rotational (RPM).
        Rotational = "Rotational",
        /// Air flow (cu ft/min).
        /// Deprecated: This value has been deprecated in favor of `AirFlowCMM` for consistent use of SI units.
        AirFlow = "AirFlow",
        /// Air flow (m^3/min).
        AirFlowCMM = "AirFlowCMM",
        /// Liquid flow (L/s).
        /// Deprecated: This value has been deprecated in favor of `LiquidFlowLPM` for consistency of units typically expected or reported by `Sensor` and `Control` resources.
        LiquidFlow = "LiquidFlow",
        /// Liquid flow (L/min).
        LiquidFlowLPM = "LiquidFlowLPM",
        /// Barometric pressure (mm).
        Barometric = "Barometric",
        /// Altitude (m).
        Altitude = "Altitude",
        /// Percent (%).
        Percent = "Percent",
        /// Absolute humidity (g/m^3).
        AbsoluteHumidity = "AbsoluteHumidity",
        /// Heat (kW).
        Heat = "Heat",
        /// Linear position or distance (m).
        LinearPosition = "LinearPosition",
        /// Linear velocity (m/s).
        LinearVelocity = "LinearVelocity",
        /// Linear acceleration (m/s^2).
        LinearAcceleration = "LinearAcceleration",
        /// Rotational position (rad).
        RotationalPosition = "RotationalPosition",
        /// Rotational velocity (rad/s).
        RotationalVelocity = "RotationalVelocity",
        /// Rotational acceleration (rad/s^2).
        RotationalAcceleration = "RotationalAcceleration",
        /// Valve (% open).
        Valve = "Valve",
    }
}

crate::redfish_struct! {
    /// Parameters of the `ResetMetrics` action: Resets metrics related to this sensor.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetMetricsRequest {
    }
}

impl ResetMetricsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetMetricsRequest {
    type Resource = Sensor;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Sensor.ResetMetrics";
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
    type Resource = Sensor;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Sensor.ResetToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorArrayExcerpt {
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The name of the device.
        ///
        /// Read-only.
        "DeviceName" => device_name: String,
        /// The area or device to which this sensor measurement applies.
        ///
        /// Writable.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The usage or location within a device to which this sensor measurement applies.
        ///
        /// Writable.
        "PhysicalSubContext" => physical_sub_context: crate::physical_context::PhysicalSubContext,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorCurrentExcerpt {
        /// The crest factor for this sensor.
        ///
        /// Read-only.
        "CrestFactor" => crest_factor: f64,
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The total harmonic distortion percent (% THD).
        ///
        /// Read-only. Units: `%`.
        "THDPercent" => thd_percent: f64,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorEnergykWhExcerpt {
        /// Apparent energy (kVAh).
        ///
        /// Read-only. Units: `kV.A.h`.
        "ApparentkVAh" => apparentk_vah: f64,
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The total accumulation value for this sensor.
        ///
        /// Read-only.
        "LifetimeReading" => lifetime_reading: f64,
        /// Reactive energy (kVARh).
        ///
        /// Read-only. Units: `kV.A.h`.
        "ReactivekVARh" => reactivek_va_rh: f64,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The date and time when the time-based properties were last reset.
        ///
        /// Read-only.
        "SensorResetTime" => sensor_reset_time: crate::DateTime,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorExcerpt {
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorFanArrayExcerpt {
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The name of the device.
        ///
        /// Read-only.
        "DeviceName" => device_name: String,
        /// The area or device to which this sensor measurement applies.
        ///
        /// Writable.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The usage or location within a device to which this sensor measurement applies.
        ///
        /// Writable.
        "PhysicalSubContext" => physical_sub_context: crate::physical_context::PhysicalSubContext,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The rotational speed.
        ///
        /// Read-only. Units: `{rev}/min`.
        "SpeedRPM" => speed_rpm: f64,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorFanExcerpt {
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The rotational speed.
        ///
        /// Read-only. Units: `{rev}/min`.
        "SpeedRPM" => speed_rpm: f64,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorPowerArrayExcerpt {
        /// The product of voltage and current for an AC circuit, in volt-ampere units.
        ///
        /// Read-only. Units: `V.A`.
        "ApparentVA" => apparent_va: f64,
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The phase angle (degrees) between the current and voltage waveforms.
        ///
        /// Read-only.
        "PhaseAngleDegrees" => phase_angle_degrees: f64,
        /// The area or device to which this sensor measurement applies.
        ///
        /// Writable.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The usage or location within a device to which this sensor measurement applies.
        ///
        /// Writable.
        "PhysicalSubContext" => physical_sub_context: crate::physical_context::PhysicalSubContext,
        /// The power factor for this sensor.
        ///
        /// Read-only.
        "PowerFactor" => power_factor: f64,
        /// The square root of the difference term of squared apparent VA and squared power (Reading) for a circuit, in VAR units.
        ///
        /// Read-only. Units: `V.A`.
        "ReactiveVAR" => reactive_va_r: f64,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorPowerExcerpt {
        /// The product of voltage and current for an AC circuit, in volt-ampere units.
        ///
        /// Read-only. Units: `V.A`.
        "ApparentVA" => apparent_va: f64,
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The phase angle (degrees) between the current and voltage waveforms.
        ///
        /// Read-only.
        "PhaseAngleDegrees" => phase_angle_degrees: f64,
        /// The power factor for this sensor.
        ///
        /// Read-only.
        "PowerFactor" => power_factor: f64,
        /// The square root of the difference term of squared apparent VA and squared power (Reading) for a circuit, in VAR units.
        ///
        /// Read-only. Units: `V.A`.
        "ReactiveVAR" => reactive_va_r: f64,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorPumpExcerpt {
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The rotational speed.
        ///
        /// Read-only. Units: `{rev}/min`.
        "SpeedRPM" => speed_rpm: f64,
    }
}

crate::redfish_struct! {
    /// The `Sensor` schema describes a sensor and its properties.
    pub struct SensorVoltageExcerpt {
        /// The crest factor for this sensor.
        ///
        /// Read-only.
        "CrestFactor" => crest_factor: f64,
        /// The link to the resource that provides the data for this sensor.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The sensor value.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The total harmonic distortion percent (% THD).
        ///
        /// Read-only. Units: `%`.
        "THDPercent" => thd_percent: f64,
    }
}

crate::redfish_struct! {
    /// The threshold definition for a sensor.
    pub struct Threshold {
        /// The direction of crossing that activates this threshold.
        ///
        /// Writable.
        "Activation" => activation: crate::common::ThresholdActivation,
        /// The duration the sensor value must violate the threshold before the threshold is activated.
        ///
        /// Writable.
        "DwellTime" => dwell_time: String,
        /// The duration the sensor value must not violate the threshold before the threshold is deactivated.
        ///
        /// Writable.
        "HysteresisDuration" => hysteresis_duration: String,
        /// The reading offset from the threshold value required to clear the threshold.
        ///
        /// Writable.
        "HysteresisReading" => hysteresis_reading: f64,
        /// The threshold value.
        ///
        /// Writable.
        "Reading" => reading: f64,
    }
}

pub use crate::common::ThresholdActivation;

crate::redfish_struct! {
    /// The set of thresholds defined for a sensor.
    pub struct Thresholds {
        /// The value at which the reading is below normal range.
        "LowerCaution" => lower_caution: crate::sensor::Threshold,
        /// A user-defined value at which the reading is considered below normal range.
        "LowerCautionUser" => lower_caution_user: crate::sensor::Threshold,
        /// The value at which the reading is below normal range but not yet fatal.
        "LowerCritical" => lower_critical: crate::sensor::Threshold,
        /// A user-defined value at which the reading is considered below normal range but not yet fatal.
        "LowerCriticalUser" => lower_critical_user: crate::sensor::Threshold,
        /// The value at which the reading is below normal range and fatal.
        "LowerFatal" => lower_fatal: crate::sensor::Threshold,
        /// The value at which the reading is above normal range.
        "UpperCaution" => upper_caution: crate::sensor::Threshold,
        /// A user-defined value at which the reading is considered above normal range.
        "UpperCautionUser" => upper_caution_user: crate::sensor::Threshold,
        /// The value at which the reading is above normal range but not yet fatal.
        "UpperCritical" => upper_critical: crate::sensor::Threshold,
        /// A user-defined value at which the reading is considered above normal range but not yet fatal.
        "UpperCriticalUser" => upper_critical_user: crate::sensor::Threshold,
        /// The value at which the reading is above normal range and fatal.
        "UpperFatal" => upper_fatal: crate::sensor::Threshold,
    }
}

crate::redfish_enum! {
    /// `ElectricalContext`.
    pub enum ElectricalContext {
        /// The circuits that share the L1 current-carrying conductor.
        Line1 = "Line1",
        /// The circuits that share the L2 current-carrying conductor.
        Line2 = "Line2",
        /// The circuits that share the L3 current-carrying conductor.
        Line3 = "Line3",
        /// The grounded current-carrying return circuit of current-carrying conductors.
        Neutral = "Neutral",
        /// The circuit formed by two current-carrying conductors.
        LineToLine = "LineToLine",
        /// The circuit formed by L1 and L2 current-carrying conductors.
        Line1ToLine2 = "Line1ToLine2",
        /// The circuit formed by L2 and L3 current-carrying conductors.
        Line2ToLine3 = "Line2ToLine3",
        /// The circuit formed by L3 and L1 current-carrying conductors.
        Line3ToLine1 = "Line3ToLine1",
        /// The circuit formed by a line and neutral current-carrying conductor.
        LineToNeutral = "LineToNeutral",
        /// The circuit formed by L1 and neutral current-carrying conductors.
        Line1ToNeutral = "Line1ToNeutral",
        /// The circuit formed by L2 and neutral current-carrying conductors.
        Line2ToNeutral = "Line2ToNeutral",
        /// The circuit formed by L3 and neutral current-carrying conductors.
        Line3ToNeutral = "Line3ToNeutral",
        /// The circuit formed by L1, L2, and neutral current-carrying conductors.
        Line1ToNeutralAndL1L2 = "Line1ToNeutralAndL1L2",
        /// The circuit formed by L1, L2, and Neutral current-carrying conductors.
        Line2ToNeutralAndL1L2 = "Line2ToNeutralAndL1L2",
        /// The circuits formed by L2, L3, and neutral current-carrying conductors.
        Line2ToNeutralAndL2L3 = "Line2ToNeutralAndL2L3",
        /// The circuit formed by L3, L1, and neutral current-carrying conductors.
        Line3ToNeutralAndL3L1 = "Line3ToNeutralAndL3L1",
        /// The circuit formed by all current-carrying conductors.
        Total = "Total",
    }
}

pub use crate::common::VoltageType;
