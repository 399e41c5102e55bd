//! `Control`: The `Control` schema describes a control point and its properties.
//!
//! Generated from the DMTF Redfish schema `Control.v1_7_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `control` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Control` schema describes a control point and its properties.
    ///
    /// DMTF schema `Control` v1_7_0 (Redfish 2025.4).
    pub struct Control {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The estimated percent error of measured versus actual values.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `SetPointAccuracy` to provide a range instead of a percentage. Units: `%`.
        "Accuracy" => accuracy: f64,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The maximum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMax" => allowable_max: f64,
        /// The minimum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMin" => allowable_min: f64,
        /// The supported values for the set point.
        ///
        /// Read-only.
        "AllowableNumericValues" => allowable_numeric_values: Vec<Option<f64>>,
        /// An array of links to the sensors associated with this control.
        ///
        /// Read-only.
        "AssociatedSensors" => associated_sensors: Vec<crate::Link<crate::sensor::Sensor>>,
        "AssociatedSensors@odata.count" => associated_sensors_count: u64,
        /// The time delay in seconds before the control will activate once the value has deviated from the set point.
        ///
        /// Writable.
        "ControlDelaySeconds" => control_delay_seconds: f64,
        /// The control loop details.
        "ControlLoop" => control_loop: crate::control::ControlLoop,
        /// The current operating mode of the control.
        ///
        /// Writable.
        "ControlMode" => control_mode: crate::control::ControlMode,
        /// The type of control.
        ///
        /// Read-only.
        "ControlType" => control_type: crate::control::ControlType,
        /// The maximum deviation from the set point allowed before the control will activate.
        ///
        /// Writable.
        "DeadBand" => dead_band: f64,
        /// The default set point of the control.
        ///
        /// Read-only.
        "DefaultSetPoint" => default_set_point: f64,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The implementation of the control.
        ///
        /// Read-only.
        "Implementation" => implementation: crate::control::ImplementationType,
        /// The smallest increment supported for the set point.
        ///
        /// Read-only.
        "Increment" => increment: f64,
        /// The location information for this control.
        "Location" => location: crate::resource::Location,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The area or device to which this control applies.
        ///
        /// Read-only.
        "PhysicalContext" => physical_context: crate::physical_context::PhysicalContext,
        /// The usage or location within a device to which this control applies.
        ///
        /// Read-only.
        "PhysicalSubContext" => physical_sub_context: crate::physical_context::PhysicalSubContext,
        /// An array of links to resources that this control services.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The sensor reading associated with this control.
        "Sensor" => sensor: crate::sensor::SensorExcerpt,
        /// The desired set point of the control.
        ///
        /// Writable.
        "SetPoint" => set_point: f64,
        /// Accuracy (+/-) of the set point.
        ///
        /// Read-only.
        "SetPointAccuracy" => set_point_accuracy: f64,
        /// The error (difference) from the desired set point of the control.
        ///
        /// Read-only.
        "SetPointError" => set_point_error: f64,
        /// The set point type used to operate the control.
        ///
        /// Read-only.
        "SetPointType" => set_point_type: crate::control::SetPointType,
        /// The units of the set point and related properties in UCUM c/s format.
        ///
        /// Read-only.
        "SetPointUnits" => set_point_units: String,
        /// The date and time that the set point was changed.
        ///
        /// Read-only.
        "SetPointUpdateTime" => set_point_update_time: crate::DateTime,
        /// The maximum set point in the allowed range.
        ///
        /// Writable.
        "SettingMax" => setting_max: f64,
        /// The minimum set point in the allowed range.
        ///
        /// Writable.
        "SettingMin" => setting_min: f64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(Control: "Control", actions);

crate::redfish_struct! {
    /// The `Control` schema describes a control point and its properties.
    pub struct ControlExcerpt {
        /// The maximum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMax" => allowable_max: f64,
        /// The minimum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMin" => allowable_min: f64,
        /// The current operating mode of the control.
        ///
        /// Writable.
        "ControlMode" => control_mode: crate::control::ControlMode,
        /// The link to the resource that provides the data for this control.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The reading of the sensor associated with this control.
        ///
        /// Read-only.
        "Reading" => reading: f64,
    }
}

crate::redfish_struct! {
    /// The details and coefficients used to operate a control loop.
    pub struct ControlLoop {
        /// The date and time that the control loop coefficients were changed.
        ///
        /// Read-only.
        "CoefficientUpdateTime" => coefficient_update_time: crate::DateTime,
        /// The differential coefficient.
        ///
        /// Writable.
        "Differential" => differential: f64,
        /// The integral coefficient.
        ///
        /// Writable.
        "Integral" => integral: f64,
        /// The proportional coefficient.
        ///
        /// Writable.
        "Proportional" => proportional: f64,
    }
}

crate::redfish_enum! {
    /// `ControlMode`.
    pub enum ControlMode {
        /// Automatically adjust control to meet the set point.
        Automatic = "Automatic",
        /// User override of the automatic set point value.
        Override = "Override",
        /// No automatic adjustments are made to the control.
        Manual = "Manual",
        /// The control has been disabled.
        Disabled = "Disabled",
    }
}

crate::redfish_struct! {
    /// The `Control` schema describes a control point and its properties.
    pub struct ControlNodeExcerpt {
        /// The maximum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMax" => allowable_max: f64,
        /// The minimum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMin" => allowable_min: f64,
        /// The current operating mode of the control.
        ///
        /// Writable.
        "ControlMode" => control_mode: crate::control::ControlMode,
        /// The link to the resource that provides the data for this control.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The reading of the sensor associated with this control.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The units of the sensor reading associated with this control.
        ///
        /// Read-only.
        "ReadingUnits" => reading_units: String,
        /// The desired set point of the control.
        ///
        /// Writable.
        "SetPoint" => set_point: f64,
        /// The units of the set point and related properties in UCUM c/s format.
        ///
        /// Read-only.
        "SetPointUnits" => set_point_units: String,
    }
}

crate::redfish_struct! {
    /// The `Control` schema describes a control point and its properties.
    pub struct ControlRangeExcerpt {
        /// The maximum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMax" => allowable_max: f64,
        /// The minimum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMin" => allowable_min: f64,
        /// The supported values for the set point.
        ///
        /// Read-only.
        "AllowableNumericValues" => allowable_numeric_values: Vec<Option<f64>>,
        /// The current operating mode of the control.
        ///
        /// Writable.
        "ControlMode" => control_mode: crate::control::ControlMode,
        /// The link to the resource that provides the data for this control.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The reading of the sensor associated with this control.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The maximum set point in the allowed range.
        ///
        /// Writable.
        "SettingMax" => setting_max: f64,
        /// The minimum set point in the allowed range.
        ///
        /// Writable.
        "SettingMin" => setting_min: f64,
    }
}

crate::redfish_struct! {
    /// The `Control` schema describes a control point and its properties.
    pub struct ControlSingleExcerpt {
        /// The maximum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMax" => allowable_max: f64,
        /// The minimum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMin" => allowable_min: f64,
        /// The current operating mode of the control.
        ///
        /// Writable.
        "ControlMode" => control_mode: crate::control::ControlMode,
        /// The link to the resource that provides the data for this control.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The default set point of the control.
        ///
        /// Read-only.
        "DefaultSetPoint" => default_set_point: f64,
        /// The reading of the sensor associated with this control.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The desired set point of the control.
        ///
        /// Writable.
        "SetPoint" => set_point: f64,
    }
}

crate::redfish_struct! {
    /// The `Control` schema describes a control point and its properties.
    pub struct ControlSingleLoopExcerpt {
        /// The maximum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMax" => allowable_max: f64,
        /// The minimum possible setting for this control.
        ///
        /// Read-only.
        "AllowableMin" => allowable_min: f64,
        /// The control loop details.
        "ControlLoop" => control_loop: crate::control::ControlLoop,
        /// The current operating mode of the control.
        ///
        /// Writable.
        "ControlMode" => control_mode: crate::control::ControlMode,
        /// The link to the resource that provides the data for this control.
        ///
        /// Read-only.
        "DataSourceUri" => data_source_uri: String,
        /// The reading of the sensor associated with this control.
        ///
        /// Read-only.
        "Reading" => reading: f64,
        /// The desired set point of the control.
        ///
        /// Writable.
        "SetPoint" => set_point: f64,
    }
}

crate::redfish_enum! {
    /// `ControlType`.
    pub enum ControlType {
        /// Temperature (C) control or thermostat.
        Temperature = "Temperature",
        /// Power (W) control or power limit.
        Power = "Power",
        /// Frequency (Hz) control.
        Frequency = "Frequency",
        /// Frequency (MHz) control.
        FrequencyMHz = "FrequencyMHz",
        /// Pressure (kPa) control.
        /// Deprecated: This value has been deprecated in favor of `PressurekPa` for units consistency with the equivalent `Sensor` resource `ReadingType` value.
        Pressure = "Pressure",
        /// Pressure (kPa) control.
        PressurekPa = "PressurekPa",
        /// Valve (% open) control.
        Valve = "Valve",
        /// Percent-based control.
        Percent = "Percent",
        /// Duty cycle (%) control.
        DutyCycle = "DutyCycle",
        /// Linear position or distance (m) control.
        LinearPosition = "LinearPosition",
        /// Linear velocity (m/s) control.
        LinearVelocity = "LinearVelocity",
        /// Linear acceleration (m/s^2) control.
        LinearAcceleration = "LinearAcceleration",
        /// Rotational position (rad) control.
        RotationalPosition = "RotationalPosition",
        /// Rotational velocity (rad/s) control.
        RotationalVelocity = "RotationalVelocity",
        /// Rotational acceleration (rad/s^2) control.
        RotationalAcceleration = "RotationalAcceleration",
        /// Liquid flow (L/min) control.
        LiquidFlowLPM = "LiquidFlowLPM",
    }
}

crate::redfish_enum! {
    /// `ImplementationType`.
    pub enum ImplementationType {
        /// The set point can be adjusted through this interface.
        Programmable = "Programmable",
        /// The set point directly affects the control value.
        Direct = "Direct",
        /// A physical control that cannot be adjusted through this interface.
        Monitored = "Monitored",
    }
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
    type Resource = Control;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Control.ResetToDefaults";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `SetPointType`.
    pub enum SetPointType {
        /// Control uses a single set point.
        Single = "Single",
        /// Control uses a range of values.
        Range = "Range",
        /// Control only monitors a reading.
        Monitor = "Monitor",
    }
}
