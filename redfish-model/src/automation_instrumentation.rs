//! `AutomationInstrumentation`: The `AutomationInstrumentation` schema contains measurements and set points for an automation node.
//!
//! Generated from the DMTF Redfish schema `AutomationInstrumentation.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `automation_instrumentation` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AutomationInstrumentation` schema contains measurements and set points for an automation node.
    ///
    /// DMTF schema `AutomationInstrumentation` v1_0_0 (Redfish 2025.4).
    pub struct AutomationInstrumentation {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The current (A) for this node.
        "CurrentAmps" => current_amps: crate::sensor::SensorCurrentExcerpt,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The control for this node.
        "NodeControl" => node_control: crate::control::ControlNodeExcerpt,
        /// The current state of the node.
        ///
        /// Read-only.
        "NodeState" => node_state: crate::automation_node::NodeState,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A PID control loop.
        "PID" => pid: crate::control::ControlSingleLoopExcerpt,
        /// The status and health of a resource and its children.
        "Status" => status: crate::resource::Status,
        /// Temperature (Celsius).
        "TemperatureCelsius" => temperature_celsius: crate::sensor::SensorExcerpt,
        /// The voltage (V) for this node.
        "Voltage" => voltage: crate::sensor::SensorVoltageExcerpt,
    }
}

crate::__impl_resource!(AutomationInstrumentation: "AutomationInstrumentation", actions);
