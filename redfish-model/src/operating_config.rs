//! `OperatingConfig`: The `OperatingConfig` schema specifies a configuration that can be used when the processor is operational.
//!
//! Generated from the DMTF Redfish schema `OperatingConfig.v1_0_4.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `operating_config` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `OperatingConfig` schema specifies a configuration that can be used when the processor is operational.
    ///
    /// DMTF schema `OperatingConfig` v1_0_4 (Redfish 2025.4).
    pub struct OperatingConfig {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The base (nominal) clock speed of the processor in MHz.
        ///
        /// Read-only. Units: `MHz`.
        "BaseSpeedMHz" => base_speed_mhz: i64,
        /// The clock speed for sets of cores when the configuration is operational.
        "BaseSpeedPrioritySettings" => base_speed_priority_settings: Vec<Option<crate::operating_config::BaseSpeedPrioritySettings>>,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The maximum temperature of the junction in degree Celsius units.
        ///
        /// Read-only. Units: `Cel`.
        "MaxJunctionTemperatureCelsius" => max_junction_temperature_celsius: i64,
        /// The maximum clock speed to which the processor can be configured in MHz.
        ///
        /// Read-only. Units: `MHz`.
        "MaxSpeedMHz" => max_speed_mhz: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The thermal design point of the processor in watt units.
        ///
        /// Read-only. Units: `W`.
        "TDPWatts" => tdp_watts: i64,
        /// The number of cores in the processor that can be configured.
        ///
        /// Read-only.
        "TotalAvailableCoreCount" => total_available_core_count: i64,
        /// The turbo profiles for the processor. A turbo profile is the maximum turbo clock speed as a function of the number of active cores.
        "TurboProfile" => turbo_profile: Vec<Option<crate::operating_config::TurboProfileDatapoint>>,
    }
}

crate::__impl_resource!(OperatingConfig: "OperatingConfig", actions);

crate::redfish_struct! {
    /// The clock speed for a set of cores.
    pub struct BaseSpeedPrioritySettings {
        /// The clock speed to configure the set of cores in MHz.
        ///
        /// Read-only. Units: `MHz`.
        "BaseSpeedMHz" => base_speed_mhz: i64,
        /// The number of cores to configure with a specified speed.
        ///
        /// Read-only.
        "CoreCount" => core_count: i64,
        /// The identifier of the cores to configure with the specified speed.
        ///
        /// Read-only.
        "CoreIDs" => core_ids: Vec<Option<i64>>,
    }
}

crate::redfish_struct! {
    /// The turbo profile for a set of active cores.
    pub struct TurboProfileDatapoint {
        /// The number of active cores to be configured with the specified maximum clock speed.
        ///
        /// Read-only.
        "ActiveCoreCount" => active_core_count: i64,
        /// The maximum turbo clock speed that correspond to the number of active cores in MHz.
        ///
        /// Read-only. Units: `MHz`.
        "MaxSpeedMHz" => max_speed_mhz: i64,
    }
}
