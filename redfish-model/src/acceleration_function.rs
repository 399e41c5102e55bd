//! `AccelerationFunction`: The `AccelerationFunction` schema describes an acceleration function that a processor implements. This can include functions such as audio processing, compression, encryption, packet inspection, packet switching, scheduling, or video processing.
//!
//! Generated from the DMTF Redfish schema `AccelerationFunction.v1_0_5.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `acceleration_function` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AccelerationFunction` schema describes an acceleration function that a processor implements. This can include functions such as audio processing, compression, encryption, packet inspection, packet switching, scheduling, or video processing.
    ///
    /// DMTF schema `AccelerationFunction` v1_0_5 (Redfish 2025.4).
    pub struct AccelerationFunction {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The acceleration function type.
        ///
        /// Read-only.
        "AccelerationFunctionType" => acceleration_function_type: crate::acceleration_function::AccelerationFunctionType,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// An array of the reconfiguration slot identifiers of the FPGA that this acceleration function occupies.
        ///
        /// Read-only.
        "FpgaReconfigurationSlots" => fpga_reconfiguration_slots: Vec<String>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::acceleration_function::Links,
        /// The acceleration function code manufacturer.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The acceleration function power consumption, in watt units.
        ///
        /// Read-only. Units: `W`.
        "PowerWatts" => power_watts: i64,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The UUID for this acceleration function.
        ///
        /// Read-only.
        "UUID" => uuid: String,
        /// The acceleration function version.
        ///
        /// Read-only.
        "Version" => version: String,
    }
}

crate::__impl_resource!(AccelerationFunction: "AccelerationFunction", actions);

crate::redfish_enum! {
    /// `AccelerationFunctionType`.
    pub enum AccelerationFunctionType {
        /// An encryption function.
        Encryption = "Encryption",
        /// A compression function.
        Compression = "Compression",
        /// A packet inspection function.
        PacketInspection = "PacketInspection",
        /// A packet switch function.
        PacketSwitch = "PacketSwitch",
        /// A scheduler function.
        Scheduler = "Scheduler",
        /// An audio processing function.
        AudioProcessing = "AudioProcessing",
        /// A video processing function.
        VideoProcessing = "VideoProcessing",
        /// An OEM-defined acceleration function.
        OEM = "OEM",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the endpoints that connect to this acceleration function.
        ///
        /// Read-only.
        "Endpoints" => endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "Endpoints@odata.count" => endpoints_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe functions associated with this acceleration function.
        ///
        /// Read-only.
        "PCIeFunctions" => pcie_functions: Vec<crate::Link<crate::pcie_function::PCIeFunction>>,
        "PCIeFunctions@odata.count" => pcie_functions_count: u64,
    }
}
