//! `Outlet`: The `Outlet` schema contains a definition for an electrical outlet.
//!
//! Generated from the DMTF Redfish schema `Outlet.v1_4_4.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `outlet` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Outlet` schema contains a definition for an electrical outlet.
    ///
    /// DMTF schema `Outlet` v1_4_4 (Redfish 2025.4).
    pub struct Outlet {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Indicates whether the configuration is locked.
        ///
        /// Writable.
        "ConfigurationLocked" => configuration_locked: bool,
        /// The current (A) for this outlet.
        "CurrentAmps" => current_amps: crate::sensor::SensorCurrentExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// An array of names of downstream devices that are powered by this outlet.
        ///
        /// Writable.
        "ElectricalConsumerNames" => electrical_consumer_names: Vec<Option<String>>,
        /// The combination of current-carrying conductors.
        ///
        /// Read-only.
        "ElectricalContext" => electrical_context: crate::sensor::ElectricalContext,
        /// The energy (kWh) for this outlet.
        "EnergykWh" => energy_kwh: crate::sensor::SensorEnergykWhExcerpt,
        /// The frequency (Hz) for this outlet.
        "FrequencyHz" => frequency_hz: crate::sensor::SensorExcerpt,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The state of the indicator LED, which identifies the outlet.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `LocationIndicatorActive` property.
        "IndicatorLED" => indicator_led: crate::common::IndicatorLED,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::outlet::Links,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The nominal voltage for this outlet.
        ///
        /// Read-only.
        "NominalVoltage" => nominal_voltage: crate::circuit::NominalVoltageType,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The type of receptacle according to NEMA, IEC, or regional standards.
        ///
        /// Read-only.
        "OutletType" => outlet_type: crate::outlet::ReceptacleType,
        /// The number of ungrounded current-carrying conductors (phases) and the total number of conductors (wires).
        ///
        /// Read-only.
        "PhaseWiringType" => phase_wiring_type: crate::circuit::PhaseWiringType,
        /// The current readings for this outlet.
        "PolyPhaseCurrentAmps" => poly_phase_current_amps: crate::outlet::CurrentSensors,
        /// The voltage readings for this outlet.
        "PolyPhaseVoltage" => poly_phase_voltage: crate::outlet::VoltageSensors,
        /// Indicates whether power control requests are locked.
        ///
        /// Writable.
        "PowerControlLocked" => power_control_locked: bool,
        /// The number of seconds to delay power on after a `PowerControl` action to cycle power. Zero seconds indicates no delay.
        ///
        /// Writable.
        "PowerCycleDelaySeconds" => power_cycle_delay_seconds: f64,
        /// Indicates if the outlet can be powered.
        ///
        /// Read-only.
        "PowerEnabled" => power_enabled: bool,
        /// The power load (percent) for this outlet.
        "PowerLoadPercent" => power_load_percent: crate::sensor::SensorExcerpt,
        /// The number of seconds to delay power off after a `PowerControl` action. Zero seconds indicates no delay to power off.
        ///
        /// Writable.
        "PowerOffDelaySeconds" => power_off_delay_seconds: f64,
        /// The number of seconds to delay power up after a power cycle or a `PowerControl` action. Zero seconds indicates no delay to power up.
        ///
        /// Writable.
        "PowerOnDelaySeconds" => power_on_delay_seconds: f64,
        /// The number of seconds to delay power on after power has been restored. Zero seconds indicates no delay.
        ///
        /// Writable.
        "PowerRestoreDelaySeconds" => power_restore_delay_seconds: f64,
        /// The desired power state of the outlet when power is restored after a power loss.
        ///
        /// Writable.
        "PowerRestorePolicy" => power_restore_policy: crate::common::PowerRestorePolicyTypes,
        /// The power state of the outlet.
        ///
        /// Read-only.
        "PowerState" => power_state: crate::resource::PowerState,
        /// Indicates whether the power state is undergoing a delayed transition.
        ///
        /// Read-only.
        "PowerStateInTransition" => power_state_in_transition: bool,
        /// The power (W) for this outlet.
        "PowerWatts" => power_watts: crate::sensor::SensorPowerExcerpt,
        /// The rated maximum current allowed for this outlet.
        ///
        /// Read-only. Units: `A`.
        "RatedCurrentAmps" => rated_current_amps: f64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
        /// The voltage (V) for this outlet.
        "Voltage" => voltage: crate::sensor::SensorVoltageExcerpt,
        /// The type of voltage applied to the outlet.
        ///
        /// Read-only.
        "VoltageType" => voltage_type: crate::common::VoltageType,
    }
}

crate::__impl_resource!(Outlet: "Outlet", actions);

crate::redfish_struct! {
    /// The current sensors for this outlet.
    pub struct CurrentSensors {
        /// Line 1 current (A).
        "Line1" => line1: crate::sensor::SensorCurrentExcerpt,
        /// Line 2 current (A).
        "Line2" => line2: crate::sensor::SensorCurrentExcerpt,
        /// Line 3 current (A).
        "Line3" => line3: crate::sensor::SensorCurrentExcerpt,
        /// Neutral line current (A).
        "Neutral" => neutral: crate::sensor::SensorCurrentExcerpt,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// A reference to the branch circuit related to this outlet.
        ///
        /// Read-only.
        "BranchCircuit" => branch_circuit: crate::Link<crate::circuit::Circuit>,
        /// Any array of links to chassis connected to this outlet.
        ///
        /// Writable.
        "Chassis" => chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "Chassis@odata.count" => chassis_count: u64,
        /// An array of links to mains or input circuits powered by this outlet.
        ///
        /// Writable.
        "DistributionCircuits" => distribution_circuits: Vec<crate::Link<crate::circuit::Circuit>>,
        "DistributionCircuits@odata.count" => distribution_circuits_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the power supplies connected to this outlet.
        ///
        /// Writable.
        "PowerSupplies" => power_supplies: Vec<crate::Link<crate::power_supply::PowerSupply>>,
        "PowerSupplies@odata.count" => power_supplies_count: u64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `PowerControl` action: This action turns the outlet on or off.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct PowerControlRequest {
        /// The desired power state of the outlet.
        "PowerState" => power_state: crate::common::PowerState,
    }
}

impl PowerControlRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `PowerState`.
    #[must_use]
    pub fn with_power_state(mut self, value: crate::common::PowerState) -> Self {
        self.power_state = Some(value);
        self
    }
}

impl crate::ActionRequest for PowerControlRequest {
    type Resource = Outlet;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Outlet.PowerControl";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetMetrics` action: This action resets metrics related to this outlet.
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
    type Resource = Outlet;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Outlet.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The voltage readings for this outlet.
    pub struct VoltageSensors {
        /// The Line 1 to Line 2 voltage (V) for this outlet.
        "Line1ToLine2" => line1_to_line2: crate::sensor::SensorVoltageExcerpt,
        /// The Line 1 to Neutral voltage (V) for this outlet.
        "Line1ToNeutral" => line1_to_neutral: crate::sensor::SensorVoltageExcerpt,
        /// The Line 2 to Line 3 voltage (V) for this outlet.
        "Line2ToLine3" => line2_to_line3: crate::sensor::SensorVoltageExcerpt,
        /// The Line 2 to Neutral voltage (V) for this outlet.
        "Line2ToNeutral" => line2_to_neutral: crate::sensor::SensorVoltageExcerpt,
        /// The Line 3 to Line 1 voltage (V) for this outlet.
        "Line3ToLine1" => line3_to_line1: crate::sensor::SensorVoltageExcerpt,
        /// The Line 3 to Neutral voltage (V) for this outlet.
        "Line3ToNeutral" => line3_to_neutral: crate::sensor::SensorVoltageExcerpt,
    }
}

pub use crate::common::VoltageType;

pub use crate::common::PowerState;

crate::redfish_enum! {
    /// `ReceptacleType`.
    pub enum ReceptacleType {
        /// NEMA 5-15R (120V; 15A).
        NEMA515R = "NEMA_5_15R",
        /// NEMA 5-20R (120V; 20A).
        NEMA520R = "NEMA_5_20R",
        /// NEMA L5-20R (120V; 20A).
        NEMAL520R = "NEMA_L5_20R",
        /// NEMA L5-30R (120V; 30A).
        NEMAL530R = "NEMA_L5_30R",
        /// NEMA L6-20R (250V; 20A).
        NEMAL620R = "NEMA_L6_20R",
        /// NEMA L6-30R (250V; 30A).
        NEMAL630R = "NEMA_L6_30R",
        /// IEC C13 (250V; 10A or 15A).
        IEC60320C13 = "IEC_60320_C13",
        /// IEC C19 (250V; 16A or 20A).
        IEC60320C19 = "IEC_60320_C19",
        /// CEE 7/7 Type E (250V; 16A).
        CEE7TypeE = "CEE_7_Type_E",
        /// CEE 7/7 Type F (250V; 16A).
        CEE7TypeF = "CEE_7_Type_F",
        /// SEV 1011 Type 12 (250V; 10A).
        SEV1011TYPE12 = "SEV_1011_TYPE_12",
        /// SEV 1011 Type 23 (250V; 16A).
        SEV1011TYPE23 = "SEV_1011_TYPE_23",
        /// BS 1363 Type G (250V; 13A).
        BS1363TypeG = "BS_1363_Type_G",
        /// Electrical bus connection.
        BusConnection = "BusConnection",
    }
}
