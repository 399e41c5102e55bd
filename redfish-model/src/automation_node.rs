//! `AutomationNode`: The `AutomationNode` schema describes a node that carries out instructions in industrial automation environments.
//!
//! Generated from the DMTF Redfish schema `AutomationNode.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `automation_node` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AutomationNode` schema describes a node that carries out instructions in industrial automation environments.
    ///
    /// DMTF schema `AutomationNode` v1_0_0 (Redfish 2025.4).
    pub struct AutomationNode {
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
        /// A link to the instrumentation for this node.
        ///
        /// Read-only.
        "Instrumentation" => instrumentation: crate::Link<crate::automation_instrumentation::AutomationInstrumentation>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::automation_node::Links,
        /// The primary axis of motion for this motion-related node.
        ///
        /// Writable.
        "MotionAxis" => motion_axis: crate::automation_node::MotionAxisType,
        /// The motion profile type used for this node.
        ///
        /// Writable.
        "MotionProfile" => motion_profile: crate::automation_node::MotionProfileType,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The current state of the node.
        ///
        /// Read-only.
        "NodeState" => node_state: crate::automation_node::NodeState,
        /// The type of automation node.
        ///
        /// Read-only.
        "NodeType" => node_type: crate::automation_node::NodeType,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of a resource and its children.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(AutomationNode: "AutomationNode", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the automation nodes that are included in an automation node group.
        ///
        /// Read-only.
        "AutomationNodeGroup" => automation_node_group: Vec<crate::Link<crate::automation_node::AutomationNode>>,
        "AutomationNodeGroup@odata.count" => automation_node_group_count: u64,
        /// An array of links to the chassis that contain this equipment.
        ///
        /// Read-only.
        "Chassis" => chassis: Vec<crate::Link<crate::chassis::Chassis>>,
        "Chassis@odata.count" => chassis_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the output control.
        ///
        /// Read-only.
        "OutputControl" => output_control: crate::Link<crate::control::Control>,
        /// A link to the PID feedback sensor.
        ///
        /// Read-only.
        "PidFeedbackSensor" => pid_feedback_sensor: crate::Link<crate::sensor::Sensor>,
        /// A link to the position sensor.
        ///
        /// Read-only.
        "PositionSensor" => position_sensor: crate::Link<crate::sensor::Sensor>,
        /// A link to the velocity sensor.
        ///
        /// Read-only.
        "VelocitySensor" => velocity_sensor: crate::Link<crate::sensor::Sensor>,
    }
}

crate::redfish_enum! {
    /// `MotionAxisType`.
    pub enum MotionAxisType {
        /// X axis.
        X = "X",
        /// Y axis.
        Y = "Y",
        /// Z axis.
        Z = "Z",
        /// 2-axis.
        TwoAxis = "TwoAxis",
        /// 3-axis.
        ThreeAxis = "ThreeAxis",
    }
}

crate::redfish_enum! {
    /// `MotionProfileType`.
    pub enum MotionProfileType {
        /// Trapezoidal profile.
        Trapezoidal = "Trapezoidal",
        /// S-curve profile.
        SCurve = "SCurve",
        /// No profile specified.
        None = "None",
    }
}

crate::redfish_enum! {
    /// `NodeType`.
    pub enum NodeType {
        /// A position-based profiled motion node where position, velocity, and acceleration are all controlled.
        MotionPosition = "MotionPosition",
        /// A velocity-based profiled motion node where position, velocity and acceleration are all controlled.
        MotionVelocity = "MotionVelocity",
        /// A multi-axis position-based profiled motion node where position, velocity and acceleration are all controlled.
        MotionPositionGroup = "MotionPositionGroup",
        /// A node that attempts to match a set point using a PID control algorithm.
        PID = "PID",
        /// A simple node that incorporates no automated control function.
        Simple = "Simple",
    }
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: Resets the node.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetRequest {
    }
}

impl ResetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetRequest {
    type Resource = AutomationNode;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AutomationNode.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SendTrigger` action: Sends a trigger to the node.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SendTriggerRequest {
    }
}

impl SendTriggerRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for SendTriggerRequest {
    type Resource = AutomationNode;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AutomationNode.SendTrigger";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Start` action: Starts the node.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct StartRequest {
    }
}

impl StartRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for StartRequest {
    type Resource = AutomationNode;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AutomationNode.Start";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Stop` action: Stops the node.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct StopRequest {
    }
}

impl StopRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for StopRequest {
    type Resource = AutomationNode;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AutomationNode.Stop";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `Wait` action: Signals the node to wait for the next instruction.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct WaitRequest {
    }
}

impl WaitRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for WaitRequest {
    type Resource = AutomationNode;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AutomationNode.Wait";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `NodeState`.
    pub enum NodeState {
        /// The node's controller is idle.
        Idle = "Idle",
        /// The node's controller has reached its destination position.
        Done = "Done",
        /// The node's controller is waiting to start.
        Waiting = "Waiting",
        /// The node's controller has stopped due to a condition fault.
        ConditionStop = "ConditionStop",
        /// The node's controller has stopped due to an error.
        ErrorStop = "ErrorStop",
        /// The node's controller is running.
        Running = "Running",
    }
}
