//! `ResolutionStep`: This type describes a recommended step of the service-defined resolution.
//!
//! Generated from the DMTF Redfish schema `ResolutionStep.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// This type describes a recommended step of the service-defined resolution.
    pub struct ResolutionStep {
        /// The parameters of the action URI for a resolution step.
        "ActionParameters" => action_parameters: Vec<Option<crate::action_info::Parameters>>,
        /// The action URI for a resolution step.
        ///
        /// Read-only.
        "ActionURI" => action_uri: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The priority in the set of resolution steps.
        ///
        /// Read-only.
        "Priority" => priority: i64,
        /// The type of the resolution step.
        ///
        /// Read-only. Required.
        "ResolutionType" => resolution_type: crate::resolution_step::ResolutionType [required],
        /// The number of retries for a resolution step.
        ///
        /// Read-only.
        "RetryCount" => retry_count: i64,
        /// The interval between retries for a resolution step.
        ///
        /// Read-only. Units: `s`.
        "RetryIntervalSeconds" => retry_interval_seconds: i64,
        /// The target URI of the component for a resolution step.
        ///
        /// Read-only.
        "TargetComponentURI" => target_component_uri: String,
    }
}

crate::redfish_enum! {
    /// `ResolutionType`.
    pub enum ResolutionType {
        /// Contact vendor for service.
        ContactVendor = "ContactVendor",
        /// Replace a component.
        ReplaceComponent = "ReplaceComponent",
        /// Perform a firmware update operation.
        FirmwareUpdate = "FirmwareUpdate",
        /// Perform a reset operation.
        Reset = "Reset",
        /// Perform a power cycle operation.
        PowerCycle = "PowerCycle",
        /// Reset the settings to factory defaults.
        ResetToDefaults = "ResetToDefaults",
        /// Collect diagnostic data.
        CollectDiagnosticData = "CollectDiagnosticData",
        /// Perform an OEM-defined resolution step.
        OEM = "OEM",
    }
}
