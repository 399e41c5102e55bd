//! Types shared by every Redfish schema (DMTF `Resource` schema): the [`Resource`] trait,
//! `Status`, `Location`, `Identifier`, common enumerations and action descriptions.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::diagnostics::{Diagnose, Diagnostic};
use crate::{ETag, ODataId, ODataType, Oem, OemExtension};

/// Implemented by every resource type; gives uniform access to identity, ETag and OEM data.
pub trait Resource: Serialize + DeserializeOwned {
    /// The Redfish schema (namespace) name, e.g. `Chassis`.
    const SCHEMA: &'static str;

    /// `@odata.id`.
    fn odata_id(&self) -> Option<&ODataId>;
    /// `@odata.type`.
    fn odata_type(&self) -> Option<&ODataType>;
    /// `@odata.etag`.
    fn etag(&self) -> Option<&ETag>;
    /// The `Oem` object.
    fn oem(&self) -> Option<&Oem>;
    /// Properties the type does not model.
    fn extra(&self) -> &Map<String, Value>;

    /// One vendor's `Oem` section typed as `T` (see [`Oem::get`]).
    fn oem_as<T: DeserializeOwned>(&self, vendor: &str) -> Result<Option<T>, serde_json::Error> {
        match self.oem() {
            Some(o) => o.get(vendor),
            None => Ok(None),
        }
    }

    /// The section of an [`OemExtension`] (see [`Oem::extension`]).
    fn oem_ext<T: OemExtension>(&self) -> Result<Option<T>, serde_json::Error> {
        match self.oem() {
            Some(o) => o.extension::<T>(),
            None => Ok(None),
        }
    }

    /// The `@Message.ExtendedInfo` a service attached to the resource (e.g. after a PATCH
    /// that partly failed), if any.
    fn extended_info(&self) -> Vec<crate::message::Message> {
        self.extra()
            .get("@Message.ExtendedInfo")
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default()
    }
}

crate::redfish_enum! {
    /// `State`: State.
    pub enum State {
        /// This function or resource is enabled.
        Enabled = "Enabled",
        /// This function or resource is disabled.
        Disabled = "Disabled",
        /// This function or resource is enabled but awaits an external action to activate it.
        StandbyOffline = "StandbyOffline",
        /// This function or resource is part of a redundancy set and awaits a failover or other external action to activate it.
        StandbySpare = "StandbySpare",
        /// This function or resource is undergoing testing or is in the process of capturing information for debugging.
        InTest = "InTest",
        /// This function or resource is starting.
        Starting = "Starting",
        /// This function or device is not currently present or detected.  This resource represents a capability or an available location where a device can be installed.
        Absent = "Absent",
        /// This function or resource is present but cannot be used.
        UnavailableOffline = "UnavailableOffline",
        /// The element does not process any commands but queues new requests.
        Deferring = "Deferring",
        /// The element is enabled but only processes a restricted set of commands.
        Quiesced = "Quiesced",
        /// The element is updating and might be unavailable or degraded.
        Updating = "Updating",
        /// The element quality is within the acceptable range of operation.
        Qualified = "Qualified",
        /// The function or resource is degraded.
        Degraded = "Degraded",
    }
}

crate::redfish_enum! {
    /// `Health`: Health.
    pub enum Health {
        /// Normal.
        OK = "OK",
        /// A condition requires attention.
        Warning = "Warning",
        /// A critical condition requires immediate attention.
        Critical = "Critical",
    }
}

crate::redfish_enum! {
    /// `PowerState`: PowerState.
    pub enum PowerState {
        /// The resource is powered on.
        On = "On",
        /// The resource is powered off.  The components within the resource might continue to have AUX power.
        Off = "Off",
        /// A temporary state between off and on.  The components within the resource can take time to process the power on action.
        PoweringOn = "PoweringOn",
        /// A temporary state between on and off.  The components within the resource can take time to process the power off action.
        PoweringOff = "PoweringOff",
        /// The resource is paused.
        Paused = "Paused",
    }
}

crate::redfish_enum! {
    /// `IndicatorLED`: IndicatorLED.
    pub enum IndicatorLed {
        /// The indicator LED is lit.
        Lit = "Lit",
        /// The indicator LED is blinking.
        Blinking = "Blinking",
        /// The indicator LED is off.
        Off = "Off",
    }
}

crate::redfish_enum! {
    /// `ResetType`: ResetType.
    pub enum ResetType {
        /// Turn on the unit.
        On = "On",
        /// Turn off the unit immediately (non-graceful shutdown).
        ForceOff = "ForceOff",
        /// Shut down gracefully and power off.
        GracefulShutdown = "GracefulShutdown",
        /// Shut down gracefully and restart the unit.
        GracefulRestart = "GracefulRestart",
        /// Shut down immediately and non-gracefully and restart the unit.
        ForceRestart = "ForceRestart",
        /// Generate a diagnostic interrupt, which is usually an NMI on x86 systems, to stop normal operations, complete diagnostic actions, and, typically, halt the system.
        Nmi = "Nmi",
        /// Turn on the unit immediately.
        ForceOn = "ForceOn",
        /// Simulate the pressing of the physical power button on this unit.
        PushPowerButton = "PushPowerButton",
        /// Power cycle the unit immediately (non-graceful).  Behaves like a power removal, followed by a power restore to the resource.
        PowerCycle = "PowerCycle",
        /// Write the state of the unit to disk before powering off.  This allows for the state to be restored when powered back on.
        Suspend = "Suspend",
        /// Pause execution on the unit but do not remove power.  This is typically a feature of virtual machine hypervisors.
        Pause = "Pause",
        /// Resume execution on the paused unit.  This is typically a feature of virtual machine hypervisors.
        Resume = "Resume",
        /// Full power cycle the unit immediately (non-graceful).  Behaves like removing utility lines, followed by restoring utility lines to the resource.
        FullPowerCycle = "FullPowerCycle",
    }
}

crate::redfish_enum! {
    /// `PhysicalContext`: PhysicalContext.
    pub enum PhysicalContext {
        /// The room.
        Room = "Room",
        /// The air intake point or points or region of the chassis.
        Intake = "Intake",
        /// The air exhaust point or points or region of the chassis.
        Exhaust = "Exhaust",
        /// The liquid inlet point of the chassis.
        LiquidInlet = "LiquidInlet",
        /// The liquid outlet point of the chassis.
        LiquidOutlet = "LiquidOutlet",
        /// The front of the chassis.
        Front = "Front",
        /// The back of the chassis.
        Back = "Back",
        /// The upper portion of the chassis.
        Upper = "Upper",
        /// The lower portion of the chassis.
        Lower = "Lower",
        /// A processor (CPU).
        CPU = "CPU",
        /// The entire processor (CPU) subsystem.
        CPUSubsystem = "CPUSubsystem",
        /// A graphics processor (GPU).
        GPU = "GPU",
        /// The entire graphics processor (GPU) subsystem.
        GPUSubsystem = "GPUSubsystem",
        /// An FPGA.
        FPGA = "FPGA",
        /// An accelerator.
        Accelerator = "Accelerator",
        /// An ASIC device, such as a networking chip or chipset component.
        ASIC = "ASIC",
        /// A backplane within the chassis.
        Backplane = "Backplane",
        /// The system board (PCB).
        SystemBoard = "SystemBoard",
        /// A power supply.
        PowerSupply = "PowerSupply",
        /// The entire power subsystem.
        PowerSubsystem = "PowerSubsystem",
        /// A voltage regulator device.
        VoltageRegulator = "VoltageRegulator",
        /// A rectifier device.
        Rectifier = "Rectifier",
        /// A storage device.
        StorageDevice = "StorageDevice",
        /// A storage subsystem.
        StorageSubsystem = "StorageSubsystem",
        /// A networking device.
        NetworkingDevice = "NetworkingDevice",
        /// A group of expansion bays.
        ExpansionSubsystem = "ExpansionSubsystem",
        /// A compute bay.
        ComputeBay = "ComputeBay",
        /// A storage bay.
        StorageBay = "StorageBay",
        /// A networking bay.
        NetworkBay = "NetworkBay",
        /// An expansion bay.
        ExpansionBay = "ExpansionBay",
        /// A power supply bay.
        PowerSupplyBay = "PowerSupplyBay",
        /// A memory device.
        Memory = "Memory",
        /// The entire memory subsystem.
        MemorySubsystem = "MemorySubsystem",
        /// The entire chassis.
        Chassis = "Chassis",
        /// A fan.
        Fan = "Fan",
        /// The entire cooling, or air and liquid, subsystem.
        CoolingSubsystem = "CoolingSubsystem",
        /// A motor.
        Motor = "Motor",
        /// A transformer.
        Transformer = "Transformer",
        /// An AC electrical utility input.
        ACUtilityInput = "ACUtilityInput",
        /// An AC electrical static bypass input.
        ACStaticBypassInput = "ACStaticBypassInput",
        /// An AC electrical maintenance bypass input.
        ACMaintenanceBypassInput = "ACMaintenanceBypassInput",
        /// A DC electrical bus.
        DCBus = "DCBus",
        /// An AC electrical output or output-related circuit.
        ACOutput = "ACOutput",
        /// An AC electrical input or input-related circuit.
        ACInput = "ACInput",
        /// An electrical outlet.
        PowerOutlet = "PowerOutlet",
        /// A trusted module.
        TrustedModule = "TrustedModule",
        /// A circuit board.
        Board = "Board",
        /// A transceiver.
        Transceiver = "Transceiver",
        /// A battery.
        Battery = "Battery",
        /// A pump.
        Pump = "Pump",
        /// A filter.
        Filter = "Filter",
        /// A reservoir.
        Reservoir = "Reservoir",
        /// A switch device.
        Switch = "Switch",
        /// A management controller, such as a BMC (baseboard management controller).
        Manager = "Manager",
    }
}

crate::redfish_struct! {
    /// `Resource.Status`: state and health of a resource.
    pub struct Status {
        /// The known state of the resource.
        "State" => state: State,
        /// Health of this resource alone.
        "Health" => health: Health,
        /// Health of this resource and its dependent resources.
        "HealthRollup" => health_rollup: Health,
        /// Conditions that affect the health (`Resource.Condition`).
        "Conditions" => conditions: Vec<Value>,
        /// OEM extensions.
        "Oem" => oem: Oem,
    }
}

crate::redfish_struct! {
    /// `Resource.Identifier`: a durable name.
    pub struct Identifier {
        /// The world-wide, persistent name.
        "DurableName" => durable_name: String,
        /// The format of the durable name (`NAA`, `iQN`, `UUID`, ...).
        "DurableNameFormat" => durable_name_format: String,
    }
}

crate::redfish_struct! {
    /// `Resource.Location`: where a resource is.
    pub struct Location {
        /// Postal address (`PostalAddress`), kept raw.
        "PostalAddress" => postal_address: Map<String, Value>,
        /// Placement within a rack (`Placement`), kept raw.
        "Placement" => placement: Map<String, Value>,
        /// Part location (`PartLocation`), kept raw.
        "PartLocation" => part_location: Map<String, Value>,
        /// Free-form location information.
        "Info" => info: String,
        /// Format of `Info`.
        "InfoFormat" => info_format: String,
        /// OEM extensions.
        "Oem" => oem: Oem,
    }
}

crate::redfish_struct! {
    /// One action description inside `Actions`: where to POST and which values it accepts.
    ///
    /// Parameter allowable values (`<Param>@Redfish.AllowableValues`) stay in `extra`; read
    /// them with [`Action::allowable_values`].
    pub struct Action {
        /// The URI to POST to.
        "target" => target: ODataId,
        /// A display title.
        "title" => title: String,
        /// The `ActionInfo` resource describing the parameters.
        "@Redfish.ActionInfo" => action_info: ODataId,
    }
}

impl Action {
    /// `<param>@Redfish.AllowableValues` of this action, if present.
    pub fn allowable_values(&self, param: &str) -> Option<Vec<String>> {
        let v = self
            .extra
            .get(&format!("{param}@Redfish.AllowableValues"))?;
        let arr = v.as_array()?;
        Some(
            arr.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect(),
        )
    }

    /// Names of the parameters that carry `@Redfish.AllowableValues`.
    pub fn parameters_with_allowable_values(&self) -> impl Iterator<Item = &str> {
        self.extra
            .keys()
            .filter_map(|k| k.strip_suffix("@Redfish.AllowableValues"))
    }
}

/// The `Actions` object of a resource: `#Schema.Action` to [`Action`], plus `Oem` actions.
///
/// Kept as raw JSON so that unknown and OEM actions are never lost; look actions up with
/// [`Actions::get`] or [`Actions::find`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Actions(pub Map<String, Value>);

impl Actions {
    /// The action with this exact key, e.g. `#ComputerSystem.Reset` (the `#` is optional).
    pub fn get(&self, name: &str) -> Option<Action> {
        let key = if name.starts_with('#') {
            name.to_owned()
        } else {
            format!("#{name}")
        };
        self.lookup(&key).or_else(|| self.lookup(name))
    }

    fn lookup(&self, key: &str) -> Option<Action> {
        let v = self
            .0
            .get(key)
            .or_else(|| self.0.get("Oem").and_then(|o| o.get(key)))?;
        Action::deserialize(v).ok()
    }

    /// The first action, standard or OEM, whose name ends with `.{short}` (e.g. `Reset`
    /// finds `#ComputerSystem.Reset`).
    pub fn find(&self, short: &str) -> Option<(String, Action)> {
        self.iter()
            .find(|(name, _)| name.rsplit('.').next() == Some(short))
    }

    /// Every action, standard ones first, then those under `Oem`.
    pub fn iter(&self) -> impl Iterator<Item = (String, Action)> + '_ {
        let std = self.0.iter().filter(|(k, _)| k.starts_with('#'));
        let oem = self
            .0
            .get("Oem")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|o| o.iter().filter(|(k, _)| k.starts_with('#')));
        std.chain(oem).filter_map(|(k, v)| {
            Action::deserialize(v)
                .ok()
                .map(|a| (k.trim_start_matches('#').to_owned(), a))
        })
    }

    /// The raw `Oem` actions object.
    pub fn oem(&self) -> Option<&Value> {
        self.0.get("Oem")
    }
}

impl Diagnose for Actions {
    fn diagnose(&self, _path: &str, _out: &mut Vec<Diagnostic>) {}
}

/// A Redfish date-time, kept verbatim.
///
/// Redfish requires ISO 8601 with seconds and offset, but real services send
/// `2012-03-07T14:44+06:00` (no seconds) or omit the offset; [`DateTime::parse`] accepts
/// both, assuming UTC when no offset is given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DateTime(pub String);

impl DateTime {
    /// The value as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Formats `t` the way Redfish expects (RFC 3339).
    pub fn from_offset(t: time::OffsetDateTime) -> Self {
        Self(
            t.format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_else(|_| t.to_string()),
        )
    }

    /// Parses the value leniently; `None` when it is not a date-time at all.
    ///
    /// ```
    /// use redfish_model::DateTime;
    /// assert!(DateTime("2012-03-07T14:44+06:00".into()).parse().is_some());
    /// assert!(DateTime("2023-05-01T10:00:00Z".into()).parse().is_some());
    /// assert!(DateTime("2023-05-01T10:00:00".into()).parse().is_some());
    /// assert!(DateTime("soon".into()).parse().is_none());
    /// ```
    pub fn parse(&self) -> Option<time::OffsetDateTime> {
        use time::format_description::well_known::Rfc3339;
        use time::macros::format_description;
        let s = self.0.trim();
        if let Ok(t) = time::OffsetDateTime::parse(s, &Rfc3339) {
            return Some(t);
        }
        let with_offset = [
            format_description!(
                "[year]-[month]-[day]T[hour]:[minute][offset_hour sign:mandatory]:[offset_minute]"
            ),
            format_description!(
                "[year]-[month]-[day]T[hour]:[minute]:[second][offset_hour sign:mandatory]:[offset_minute]"
            ),
        ];
        for f in with_offset {
            if let Ok(t) = time::OffsetDateTime::parse(s, &f) {
                return Some(t);
            }
        }
        let s = s.strip_suffix('Z').unwrap_or(s);
        let naive = [
            format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond]"),
            format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]"),
            format_description!("[year]-[month]-[day]T[hour]:[minute]"),
        ];
        for f in naive {
            if let Ok(t) = time::PrimitiveDateTime::parse(s, &f) {
                return Some(t.assume_utc());
            }
        }
        None
    }
}

impl Diagnose for DateTime {
    fn diagnose(&self, _path: &str, _out: &mut Vec<Diagnostic>) {}
}
