//! `CoolantConnector`: The `CoolantConnector` schema describes a liquid coolant connector, including any associated instrumentation.
//!
//! Generated from the DMTF Redfish schema `CoolantConnector.v1_3_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `coolant_connector` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `CoolantConnector` schema describes a liquid coolant connector, including any associated instrumentation.
    ///
    /// DMTF schema `CoolantConnector` v1_3_0 (Redfish 2025.4).
    pub struct CoolantConnector {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Details about the coolant used in this unit.
        "Coolant" => coolant: crate::cooling_loop::Coolant,
        /// The type of coolant connector.
        ///
        /// Read-only.
        "CoolantConnectorType" => coolant_connector_type: crate::coolant_connector::CoolantConnectorType,
        /// The name of the cooling loop attached to this interface.
        ///
        /// Writable.
        "CoolingLoopName" => cooling_loop_name: String,
        /// The link to the application that manages the cooling loop.
        ///
        /// Writable.
        "CoolingManagerURI" => cooling_manager_uri: String,
        /// The desired differential pressure (kPa).
        ///
        /// Read-only.
        "DeltaPressureControlkPa" => delta_pressure_controlk_pa: crate::control::ControlSingleLoopExcerpt,
        /// The differential pressure (kPa).
        ///
        /// Read-only.
        "DeltaPressurekPa" => delta_pressurek_pa: crate::sensor::SensorExcerpt,
        /// The differential temperature (C).
        ///
        /// Read-only.
        "DeltaTemperatureCelsius" => delta_temperature_celsius: crate::sensor::SensorExcerpt,
        /// The desired differential temperature (C).
        ///
        /// Read-only.
        "DeltaTemperatureControlCelsius" => delta_temperature_control_celsius: crate::control::ControlSingleLoopExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// The desired liquid flow rate (L/min).
        ///
        /// Read-only.
        "FlowControlLitersPerMinute" => flow_control_liters_per_minute: crate::control::ControlSingleLoopExcerpt,
        /// The liquid flow (L/min).
        ///
        /// Read-only.
        "FlowLitersPerMinute" => flow_liters_per_minute: crate::sensor::SensorExcerpt,
        /// The heat removed (kW) through this connector.
        ///
        /// Read-only.
        "HeatRemovedkW" => heat_removedk_w: crate::sensor::SensorExcerpt,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::coolant_connector::Links,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The manufacturer of this component.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model number of the component.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number of the component.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The rated liquid flow (L/min) for this loop interface.
        ///
        /// Read-only. Units: `L/min`.
        "RatedFlowLitersPerMinute" => rated_flow_liters_per_minute: f64,
        /// The pressure (kPa) at which the rated liquid flow is valid.
        ///
        /// Read-only. Units: `kPa`.
        "RatedFlowPressurekPa" => rated_flow_pressurek_pa: f64,
        /// The rated pressure (kPa) for this connector.
        ///
        /// Read-only. Units: `kPa`.
        "RatedPressurekPa" => rated_pressurek_pa: f64,
        /// The return pressure (kPa).
        ///
        /// Read-only.
        "ReturnPressurekPa" => return_pressurek_pa: crate::sensor::SensorExcerpt,
        /// The return temperature (C).
        ///
        /// Read-only.
        "ReturnTemperatureCelsius" => return_temperature_celsius: crate::sensor::SensorExcerpt,
        /// The desired return temperature (C).
        ///
        /// Read-only.
        "ReturnTemperatureControlCelsius" => return_temperature_control_celsius: crate::control::ControlSingleLoopExcerpt,
        /// The SKU of the component.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number of the component.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number of the component.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The supply pressure (kPa).
        ///
        /// Read-only.
        "SupplyPressurekPa" => supply_pressurek_pa: crate::sensor::SensorExcerpt,
        /// The supply temperature (C).
        ///
        /// Read-only.
        "SupplyTemperatureCelsius" => supply_temperature_celsius: crate::sensor::SensorExcerpt,
        /// The desired supply temperature (C).
        ///
        /// Read-only.
        "SupplyTemperatureControlCelsius" => supply_temperature_control_celsius: crate::control::ControlSingleLoopExcerpt,
        /// The desired valve position (% open).
        ///
        /// Read-only.
        "ValvePositionControlPercent" => valve_position_control_percent: crate::control::ControlSingleLoopExcerpt,
        /// The valve position (% open) of this connector.
        ///
        /// Read-only.
        "ValvePositionPercent" => valve_position_percent: crate::sensor::SensorExcerpt,
    }
}

crate::__impl_resource!(CoolantConnector: "CoolantConnector", actions);

crate::redfish_enum! {
    /// `CoolantConnectorType`.
    pub enum CoolantConnectorType {
        /// A connection pair.
        Pair = "Pair",
        /// A supply or intake connection.
        Supply = "Supply",
        /// A return or outflow connection.
        Return = "Return",
        /// An inline connection or measurement point.
        Inline = "Inline",
        /// A closed or self-contained loop.
        Closed = "Closed",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// Any array of links to chassis at the other end of the connection.
        ///
        /// Writable.
        "ConnectedChassis" => connected_chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "ConnectedChassis@odata.count" => connected_chassis_count: u64,
        /// A link to the cooling loop at the other end of the connection.
        ///
        /// Writable.
        "ConnectedCoolingLoop" => connected_cooling_loop: crate::Link<crate::cooling_loop::CoolingLoop>,
        /// A link to the cooling unit at the other end of the connection.
        ///
        /// Writable.
        "ConnectedCoolingUnit" => connected_cooling_unit: crate::Link<crate::cooling_unit::CoolingUnit>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_struct! {
    /// Parameters of the `ValveControl` action: This action sets the state of the connector.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ValveControlRequest {
        /// The desired state of the connector.
        "ValveState" => valve_state: crate::coolant_connector::ValveState,
        /// The reason for the desired state of the connector.
        "ValveStateReason" => valve_state_reason: crate::coolant_connector::ValveStateReason,
    }
}

impl ValveControlRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `ValveState`.
    #[must_use]
    pub fn with_valve_state(mut self, value: crate::coolant_connector::ValveState) -> Self {
        self.valve_state = Some(value);
        self
    }
    /// Sets `ValveStateReason`.
    #[must_use]
    pub fn with_valve_state_reason(
        mut self,
        value: crate::coolant_connector::ValveStateReason,
    ) -> Self {
        self.valve_state_reason = Some(value);
        self
    }
}

impl crate::ActionRequest for ValveControlRequest {
    type Resource = CoolantConnector;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CoolantConnector.ValveControl";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `ValveState`.
    pub enum ValveState {
        /// Open the valve for this connector to its normal operating position.
        Open = "Open",
        /// Close the valve for this connector.
        Closed = "Closed",
    }
}

crate::redfish_enum! {
    /// `ValveStateReason`.
    pub enum ValveStateReason {
        /// Normal operation.
        Normal = "Normal",
        /// The valve is not in use.
        NotInUse = "NotInUse",
        /// A leak was detected.
        LeakDetected = "LeakDetected",
    }
}
