//! `OutletGroup`: The `OutletGroup` schema contains definitions for an electrical outlet group.
//!
//! Generated from the DMTF Redfish schema `OutletGroup.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `outlet_group` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `OutletGroup` schema contains definitions for an electrical outlet group.
    ///
    /// DMTF schema `OutletGroup` v1_2_0 (Redfish 2025.4).
    pub struct OutletGroup {
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
        /// The creator of this outlet group.
        ///
        /// Writable.
        "CreatedBy" => created_by: String,
        /// Read-only.
        "Description" => description: String,
        /// The energy (kWh) for this outlet group.
        "EnergykWh" => energy_kwh: crate::sensor::SensorEnergykWhExcerpt,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::outlet_group::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The type of outlet group that this resource represents.
        ///
        /// Read-only.
        "OutletGroupType" => outlet_group_type: crate::outlet_group::OutletGroupType,
        /// Indicates whether power control requests are locked.
        ///
        /// Writable.
        "PowerControlLocked" => power_control_locked: bool,
        /// The number of seconds to delay power on after a `PowerControl` action to cycle power. Zero seconds indicates no delay.
        ///
        /// Writable.
        "PowerCycleDelaySeconds" => power_cycle_delay_seconds: f64,
        /// Indicates if the outlet group can be powered.
        ///
        /// Read-only.
        "PowerEnabled" => power_enabled: bool,
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
        /// The desired power state of the outlet group when power is restored after a power loss.
        ///
        /// Writable.
        "PowerRestorePolicy" => power_restore_policy: crate::common::PowerRestorePolicyTypes,
        /// The power state of the outlet group.
        ///
        /// Read-only.
        "PowerState" => power_state: crate::resource::PowerState,
        /// Indicates whether the power state is undergoing a delayed transition.
        ///
        /// Read-only.
        "PowerStateInTransition" => power_state_in_transition: bool,
        /// The power (W) for this outlet group.
        "PowerWatts" => power_watts: crate::sensor::SensorPowerExcerpt,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(OutletGroup: "OutletGroup", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The set of outlet groups in this outlet group.
        ///
        /// Writable.
        "OutletGroups" => outlet_groups: Vec<crate::Link<crate::outlet_group::OutletGroup>>,
        "OutletGroups@odata.count" => outlet_groups_count: u64,
        /// The set of outlets in this outlet group.
        ///
        /// Writable.
        "Outlets" => outlets: Vec<crate::Link<crate::outlet::Outlet>>,
        "Outlets@odata.count" => outlets_count: u64,
    }
}

crate::redfish_enum! {
    /// `OutletGroupType`.
    pub enum OutletGroupType {
        /// A group that is hardware-defined.
        HardwareDefined = "HardwareDefined",
        /// A group that is user-defined.
        UserDefined = "UserDefined",
    }
}

crate::redfish_struct! {
    /// Parameters of the `PowerControl` action: This action turns the outlet group on or off.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct PowerControlRequest {
        /// The desired power state of the outlet group.
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
    type Resource = OutletGroup;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#OutletGroup.PowerControl";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `ResetMetrics` action: This action resets metrics related to this outlet group.
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
    type Resource = OutletGroup;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#OutletGroup.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}

pub use crate::common::PowerState;
