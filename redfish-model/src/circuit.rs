//! `Circuit`: This `Circuit` schema contains the definition for an electrical circuit.
//!
//! Generated from the DMTF Redfish schema `Circuit.v1_9_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `circuit` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// This `Circuit` schema contains the definition for an electrical circuit.
    ///
    /// DMTF schema `Circuit` v1_9_0 (Redfish 2025.4).
    pub struct Circuit {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The state of the overcurrent protection device.
        ///
        /// Read-only.
        "BreakerState" => breaker_state: crate::circuit::BreakerStates,
        /// The type of circuit.
        ///
        /// Read-only.
        "CircuitType" => circuit_type: crate::circuit::CircuitType,
        /// Indicates whether the configuration is locked.
        ///
        /// Writable.
        "ConfigurationLocked" => configuration_locked: bool,
        /// Designates if this is a critical circuit.
        ///
        /// Writable.
        "CriticalCircuit" => critical_circuit: bool,
        /// The current (A) for this circuit.
        "CurrentAmps" => current_amps: crate::sensor::SensorCurrentExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// An array of names of downstream devices that are powered by this circuit.
        ///
        /// Writable.
        "ElectricalConsumerNames" => electrical_consumer_names: Vec<Option<String>>,
        /// The combination of current-carrying conductors.
        ///
        /// Read-only.
        "ElectricalContext" => electrical_context: crate::sensor::ElectricalContext,
        /// The URI of the management interface for the upstream electrical source connection for this circuit.
        ///
        /// Writable.
        "ElectricalSourceManagerURI" => electrical_source_manager_uri: String,
        /// The name of the upstream electrical source, such as a circuit or outlet, connected to this circuit.
        ///
        /// Writable.
        "ElectricalSourceName" => electrical_source_name: String,
        /// The energy (kWh) for this circuit.
        "EnergykWh" => energy_kwh: crate::sensor::SensorEnergykWhExcerpt,
        /// The frequency (Hz) for this circuit.
        "FrequencyHz" => frequency_hz: crate::sensor::SensorExcerpt,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The state of the indicator LED, which identifies the circuit.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `LocationIndicatorActive` property.
        "IndicatorLED" => indicator_led: crate::common::IndicatorLED,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::circuit::Links,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The nominal frequency (Hz) for this circuit.
        ///
        /// Read-only.
        "NominalFrequencyHz" => nominal_frequency_hz: f64,
        /// The nominal voltage for this circuit.
        ///
        /// Read-only.
        "NominalVoltage" => nominal_voltage: crate::circuit::NominalVoltageType,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The number of ungrounded current-carrying conductors (phases) and the total number of conductors (wires).
        ///
        /// Read-only.
        "PhaseWiringType" => phase_wiring_type: crate::circuit::PhaseWiringType,
        /// The type of plug according to NEMA, IEC, or regional standards.
        ///
        /// Read-only.
        "PlugType" => plug_type: crate::circuit::PlugType,
        /// The current readings for this circuit.
        "PolyPhaseCurrentAmps" => poly_phase_current_amps: crate::circuit::CurrentSensors,
        /// The energy readings for this circuit.
        "PolyPhaseEnergykWh" => poly_phase_energy_kwh: crate::circuit::EnergySensors,
        /// The power readings for this circuit.
        "PolyPhasePowerWatts" => poly_phase_power_watts: crate::circuit::PowerSensors,
        /// The voltage readings for this circuit.
        "PolyPhaseVoltage" => poly_phase_voltage: crate::circuit::VoltageSensors,
        /// Indicates whether power control requests are locked.
        ///
        /// Writable.
        "PowerControlLocked" => power_control_locked: bool,
        /// The number of seconds to delay power on after a `PowerControl` action to cycle power. Zero seconds indicates no delay.
        ///
        /// Writable.
        "PowerCycleDelaySeconds" => power_cycle_delay_seconds: f64,
        /// Indicates if the circuit can be powered.
        ///
        /// Read-only.
        "PowerEnabled" => power_enabled: bool,
        /// The power load (percent) for this circuit.
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
        /// The desired power state of the circuit when power is restored after a power loss.
        ///
        /// Writable.
        "PowerRestorePolicy" => power_restore_policy: crate::common::PowerRestorePolicyTypes,
        /// The power state of the circuit.
        ///
        /// Read-only.
        "PowerState" => power_state: crate::resource::PowerState,
        /// Indicates whether the power state is undergoing a delayed transition.
        ///
        /// Read-only.
        "PowerStateInTransition" => power_state_in_transition: bool,
        /// The power (W) for this circuit.
        "PowerWatts" => power_watts: crate::sensor::SensorPowerExcerpt,
        /// The rated maximum current allowed for this circuit.
        ///
        /// Read-only. Units: `A`.
        "RatedCurrentAmps" => rated_current_amps: f64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The current imbalance (percent) between phases.
        "UnbalancedCurrentPercent" => unbalanced_current_percent: crate::sensor::SensorExcerpt,
        /// The voltage imbalance (percent) between phases.
        "UnbalancedVoltagePercent" => unbalanced_voltage_percent: crate::sensor::SensorExcerpt,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
        /// The voltage (V) for this circuit.
        "Voltage" => voltage: crate::sensor::SensorVoltageExcerpt,
        /// The type of voltage applied to the circuit.
        ///
        /// Read-only.
        "VoltageType" => voltage_type: crate::common::VoltageType,
    }
}

crate::__impl_resource!(Circuit: "Circuit", actions);

crate::redfish_struct! {
    /// Parameters of the `BreakerControl` action: This action attempts to reset the circuit breaker.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct BreakerControlRequest {
        /// The desired power state of the circuit if the breaker is reset successfully.
        "PowerState" => power_state: crate::common::PowerState,
    }
}

impl BreakerControlRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `PowerState`.
    #[must_use]
    pub fn with_power_state(mut self, value: crate::common::PowerState) -> Self {
        self.power_state = Some(value);
        self
    }
}

impl crate::ActionRequest for BreakerControlRequest {
    type Resource = Circuit;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Circuit.BreakerControl";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `CircuitType`.
    pub enum CircuitType {
        /// A mains input or utility circuit.
        Mains = "Mains",
        /// A branch (output) circuit.
        Branch = "Branch",
        /// A subfeed (output) circuit.
        Subfeed = "Subfeed",
        /// A feeder (output) circuit.
        Feeder = "Feeder",
        /// An electrical bus circuit.
        Bus = "Bus",
    }
}

crate::redfish_struct! {
    /// The current sensors for this circuit.
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
    /// The energy readings for this circuit.
    pub struct EnergySensors {
        /// The Line 1 to Line 2 energy (kWh) for this circuit.
        "Line1ToLine2" => line1_to_line2: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 1 to Neutral energy (kWh) for this circuit.
        "Line1ToNeutral" => line1_to_neutral: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 2 to Line 3 energy (kWh) for this circuit.
        "Line2ToLine3" => line2_to_line3: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 2 to Neutral energy (kWh) for this circuit.
        "Line2ToNeutral" => line2_to_neutral: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 3 to Line 1 energy (kWh) for this circuit.
        "Line3ToLine1" => line3_to_line1: crate::sensor::SensorEnergykWhExcerpt,
        /// The Line 3 to Neutral energy (kWh) for this circuit.
        "Line3ToNeutral" => line3_to_neutral: crate::sensor::SensorEnergykWhExcerpt,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// A reference to the branch circuit related to this circuit.
        ///
        /// Read-only.
        "BranchCircuit" => branch_circuit: crate::Link<crate::circuit::Circuit>,
        /// An array of links to the circuits powered by this circuit.
        ///
        /// Writable.
        "DistributionCircuits" => distribution_circuits: Vec<crate::Link<crate::circuit::Circuit>>,
        "DistributionCircuits@odata.count" => distribution_circuits_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of references to the outlets contained by this circuit.
        ///
        /// Read-only.
        "Outlets" => outlets: Vec<crate::Link<crate::outlet::Outlet>>,
        "Outlets@odata.count" => outlets_count: u64,
        /// A link to the power outlet that provides power to this circuit.
        ///
        /// Writable.
        "PowerOutlet" => power_outlet: crate::Link<crate::outlet::Outlet>,
        /// A link to the circuit that provides power to this circuit.
        ///
        /// Writable.
        "SourceCircuit" => source_circuit: crate::Link<crate::circuit::Circuit>,
    }
}

crate::redfish_struct! {
    /// Parameters of the `PowerControl` action: This action turns the circuit on or off.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct PowerControlRequest {
        /// The desired power state of the circuit.
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
    type Resource = Circuit;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Circuit.PowerControl";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// This property contains the power sensors.
    pub struct PowerSensors {
        /// The Line 1 to Line 2 power (W) for this circuit.
        "Line1ToLine2" => line1_to_line2: crate::sensor::SensorPowerExcerpt,
        /// The Line 1 to Neutral power (W) for this circuit.
        "Line1ToNeutral" => line1_to_neutral: crate::sensor::SensorPowerExcerpt,
        /// The Line 2 to Line 3 power (W) for this circuit.
        "Line2ToLine3" => line2_to_line3: crate::sensor::SensorPowerExcerpt,
        /// The Line 2 to Neutral power (W) for this circuit.
        "Line2ToNeutral" => line2_to_neutral: crate::sensor::SensorPowerExcerpt,
        /// The Line 3 to Line 1 power (W) for this circuit.
        "Line3ToLine1" => line3_to_line1: crate::sensor::SensorPowerExcerpt,
        /// The Line 3 to Neutral power (W) for this circuit.
        "Line3ToNeutral" => line3_to_neutral: crate::sensor::SensorPowerExcerpt,
    }
}

crate::redfish_struct! {
    /// Parameters of the `ResetMetrics` action: This action resets metrics related to this circuit.
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
    type Resource = Circuit;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Circuit.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The voltage readings for this circuit.
    pub struct VoltageSensors {
        /// The Line 1 to Line 2 voltage (V) for this circuit.
        "Line1ToLine2" => line1_to_line2: crate::sensor::SensorVoltageExcerpt,
        /// The Line 1 to Neutral voltage (V) for this circuit.
        "Line1ToNeutral" => line1_to_neutral: crate::sensor::SensorVoltageExcerpt,
        /// The Line 2 to Line 3 voltage (V) for this circuit.
        "Line2ToLine3" => line2_to_line3: crate::sensor::SensorVoltageExcerpt,
        /// The Line 2 to Neutral voltage (V) for this circuit.
        "Line2ToNeutral" => line2_to_neutral: crate::sensor::SensorVoltageExcerpt,
        /// The Line 3 to Line 1 voltage (V) for this circuit.
        "Line3ToLine1" => line3_to_line1: crate::sensor::SensorVoltageExcerpt,
        /// The Line 3 to Neutral voltage (V) for this circuit.
        "Line3ToNeutral" => line3_to_neutral: crate::sensor::SensorVoltageExcerpt,
    }
}

pub use crate::common::VoltageType;

crate::redfish_enum! {
    /// `BreakerStates`.
    pub enum BreakerStates {
        /// The breaker is powered on.
        Normal = "Normal",
        /// The breaker has been tripped.
        Tripped = "Tripped",
        /// The breaker is off.
        Off = "Off",
    }
}

crate::redfish_enum! {
    /// `NominalVoltageType`.
    pub enum NominalVoltageType {
        /// AC 100-127V nominal.
        AC100To127V = "AC100To127V",
        /// AC 100-240V nominal.
        AC100To240V = "AC100To240V",
        /// AC 100-277V nominal.
        AC100To277V = "AC100To277V",
        /// AC 120V nominal.
        AC120V = "AC120V",
        /// AC 200-240V nominal.
        AC200To240V = "AC200To240V",
        /// AC 200-277V nominal.
        AC200To277V = "AC200To277V",
        /// AC 208V nominal.
        AC208V = "AC208V",
        /// AC 230V nominal.
        AC230V = "AC230V",
        /// AC 240V nominal.
        AC240V = "AC240V",
        /// AC 200-240V and DC 380V.
        AC240AndDC380V = "AC240AndDC380V",
        /// AC 277V nominal.
        AC277V = "AC277V",
        /// AC 200-277V and DC 380V.
        AC277AndDC380V = "AC277AndDC380V",
        /// AC 400V or 415V nominal.
        AC400V = "AC400V",
        /// AC 480V nominal.
        AC480V = "AC480V",
        /// DC 48V nominal.
        DC48V = "DC48V",
        /// DC 240V nominal.
        DC240V = "DC240V",
        /// DC 380V nominal.
        DC380V = "DC380V",
        /// DC 400V nominal.
        DC400V = "DC400V",
        /// DC 800V nominal.
        DC800V = "DC800V",
        /// -48V DC.
        DCNeg48V = "DCNeg48V",
        /// DC 16V nominal.
        DC16V = "DC16V",
        /// DC 12V nominal.
        DC12V = "DC12V",
        /// DC 9V nominal.
        DC9V = "DC9V",
        /// DC 5V nominal.
        DC5V = "DC5V",
        /// DC 3.3V nominal.
        DC33V = "DC3_3V",
        /// DC 1.8V nominal.
        DC18V = "DC1_8V",
    }
}

crate::redfish_enum! {
    /// `PhaseWiringType`.
    pub enum PhaseWiringType {
        /// Single-phase / 3-wire (Line1, Neutral, Protective Earth).
        OnePhase3Wire = "OnePhase3Wire",
        /// Two-phase / 3-wire (Line1, Line2, Protective Earth).
        TwoPhase3Wire = "TwoPhase3Wire",
        /// Single or two-phase / 3-wire (Line1, Line2 or Neutral, Protective Earth).
        OneOrTwoPhase3Wire = "OneOrTwoPhase3Wire",
        /// Two-phase / 4-wire (Line1, Line2, Neutral, Protective Earth).
        TwoPhase4Wire = "TwoPhase4Wire",
        /// Three-phase / 4-wire (Line1, Line2, Line3, Protective Earth).
        ThreePhase4Wire = "ThreePhase4Wire",
        /// Three-phase / 5-wire (Line1, Line2, Line3, Neutral, Protective Earth).
        ThreePhase5Wire = "ThreePhase5Wire",
    }
}

crate::redfish_enum! {
    /// `PlugType`.
    pub enum PlugType {
        /// NEMA 5-15P (Single-phase 125V; 15A; 1P3W).
        NEMA515P = "NEMA_5_15P",
        /// NEMA L5-15P (Single-phase 125V; 15A; 1P3W).
        NEMAL515P = "NEMA_L5_15P",
        /// NEMA 5-20P (Single-phase 125V; 20A; 1P3W).
        NEMA520P = "NEMA_5_20P",
        /// NEMA L5-20P (Single-phase 125V; 20A; 1P3W).
        NEMAL520P = "NEMA_L5_20P",
        /// NEMA L5-30P (Single-phase 125V; 30A; 1P3W).
        NEMAL530P = "NEMA_L5_30P",
        /// NEMA 6-15P (Single-phase 250V; 15A; 2P3W).
        NEMA615P = "NEMA_6_15P",
        /// NEMA L6-15P (Single-phase 250V; 15A; 2P3W).
        NEMAL615P = "NEMA_L6_15P",
        /// NEMA 6-20P (Single-phase 250V; 20A; 2P3W).
        NEMA620P = "NEMA_6_20P",
        /// NEMA L6-20P (Single-phase 250V; 20A; 2P3W).
        NEMAL620P = "NEMA_L6_20P",
        /// NEMA L6-30P (Single-phase 250V; 30A; 2P3W).
        NEMAL630P = "NEMA_L6_30P",
        /// NEMA L14-20P (Split-phase 125/250V; 20A; 2P4W).
        NEMAL1420P = "NEMA_L14_20P",
        /// NEMA L14-30P (Split-phase 125/250V; 30A; 2P4W).
        NEMAL1430P = "NEMA_L14_30P",
        /// NEMA L15-20P (Three-phase 250V; 20A; 3P4W).
        NEMAL1520P = "NEMA_L15_20P",
        /// NEMA L15-30P (Three-phase 250V; 30A; 3P4W).
        NEMAL1530P = "NEMA_L15_30P",
        /// NEMA L21-20P (Three-phase 120/208V; 20A; 3P5W).
        NEMAL2120P = "NEMA_L21_20P",
        /// NEMA L21-30P (Three-phase 120/208V; 30A; 3P5W).
        NEMAL2130P = "NEMA_L21_30P",
        /// NEMA L22-20P (Three-phase 277/480V; 20A; 3P5W).
        NEMAL2220P = "NEMA_L22_20P",
        /// NEMA L22-30P (Three-phase 277/480V; 30A; 3P5W).
        NEMAL2230P = "NEMA_L22_30P",
        /// California Standard CS8265 (Single-phase 250V; 50A; 2P3W).
        CaliforniaCS8265 = "California_CS8265",
        /// California Standard CS8365 (Three-phase 250V; 50A; 3P4W).
        CaliforniaCS8365 = "California_CS8365",
        /// IEC C14 (Single-phase 250V; 10A; 1P3W).
        IEC60320C14 = "IEC_60320_C14",
        /// IEC C20 (Single-phase 250V; 16A; 1P3W).
        IEC60320C20 = "IEC_60320_C20",
        /// IEC 60309 316P6 (Single-phase 200-250V; 16A; 1P3W; Blue, 6-hour).
        IEC60309316P6 = "IEC_60309_316P6",
        /// IEC 60309 332P6 (Single-phase 200-250V; 32A; 1P3W; Blue, 6-hour).
        IEC60309332P6 = "IEC_60309_332P6",
        /// IEC 60309 363P6 (Single-phase 200-250V; 63A; 1P3W; Blue, 6-hour).
        IEC60309363P6 = "IEC_60309_363P6",
        /// IEC 60309 516P6 (Three-phase 200-240/346-415V; 16A; 3P5W; Red; 6-hour).
        IEC60309516P6 = "IEC_60309_516P6",
        /// IEC 60309 532P6 (Three-phase 200-240/346-415V; 32A; 3P5W; Red; 6-hour).
        IEC60309532P6 = "IEC_60309_532P6",
        /// IEC 60309 563P6 (Three-phase 200-240/346-415V; 63A; 3P5W; Red; 6-hour).
        IEC60309563P6 = "IEC_60309_563P6",
        /// IEC 60309 460P9 (Three-phase 200-250V; 60A; 3P4W; Blue; 9-hour).
        IEC60309460P9 = "IEC_60309_460P9",
        /// IEC 60309 560P9 (Three-phase 120-144/208-250V; 60A; 3P5W; Blue; 9-hour).
        IEC60309560P9 = "IEC_60309_560P9",
        /// Field-wired; Three-phase 200-250V; 60A; 3P4W.
        Field208V3P4W60A = "Field_208V_3P4W_60A",
        /// Field-wired; Three-phase 200-240/346-415V; 32A; 3P5W.
        Field400V3P5W32A = "Field_400V_3P5W_32A",
    }
}

pub use crate::common::PowerRestorePolicyTypes;

pub use crate::common::PowerState;
