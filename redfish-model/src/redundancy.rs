//! `Redundancy`: The common redundancy definition and structure used in other Redfish schemas.
//!
//! Generated from the DMTF Redfish schema `Redundancy.v1_7_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `redundancy` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The common redundancy definition and structure used in other Redfish schemas.
    pub struct Redundancy {
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The links to the active members included in this redundancy set.
        ///
        /// Read-only.
        "ActiveRedundancySet" => active_redundancy_set: Vec<crate::Link>,
        "ActiveRedundancySet@odata.count" => active_redundancy_set_count: u64,
        /// The maximum number of members allowable for this particular redundancy group.
        ///
        /// Read-only.
        "MaxNumSupported" => max_num_supported: i64,
        /// The unique identifier for the member within an array.
        ///
        /// Read-only. Required.
        "MemberId" => member_id: String [required],
        /// The minimum number of members needed for this group to remain operational or functional.
        ///
        /// Read-only. Required.
        "MinNumNeeded" => min_num_needed: i64 [required],
        /// The minimum number of members needed for this group to be redundant.
        ///
        /// Read-only.
        "MinNumNeededForFaultTolerance" => min_num_needed_for_fault_tolerance: i64,
        /// The redundancy mode of the group.
        ///
        /// Writable. Required.
        "Mode" => mode: crate::redundancy::RedundancyMode [required],
        /// The name of the resource or array member.
        ///
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether redundancy is enabled.
        ///
        /// Writable.
        "RedundancyEnabled" => redundancy_enabled: bool,
        /// The links to components of this redundancy set.
        ///
        /// Read-only. Required.
        "RedundancySet" => redundancy_set: Vec<crate::Link> [required],
        "RedundancySet@odata.count" => redundancy_set_count: u64,
        /// The status and health of the resource and its subordinate or dependent resources.
        ///
        /// Required.
        "Status" => status: crate::resource::Status [required],
    }
}

crate::redfish_enum! {
    /// `RedundancyMode`.
    pub enum RedundancyMode {
        /// Failure of one unit automatically causes a standby or offline unit in the redundancy set to take over its functions.
        Failover = "Failover",
        /// Multiple units are available and active such that normal operation will continue if one or more units fail.
        NM = "N+m",
        /// Multiple units contribute or share such that operation will continue, but at a reduced capacity, if one or more units fail.
        Sharing = "Sharing",
        /// One or more spare units are available to take over the function of a failed unit, but takeover is not automatic.
        Sparing = "Sparing",
        /// The subsystem is not configured in a redundancy mode, either due to configuration or the functionality has been disabled by the user.
        NotRedundant = "NotRedundant",
    }
}

crate::redfish_enum! {
    /// `RedundancyType`.
    pub enum RedundancyType {
        /// Failure of one unit automatically causes a standby or offline unit in the redundancy set to take over its functions.
        Failover = "Failover",
        /// Multiple units are available and active such that normal operation will continue if one or more units fail.
        NPlusM = "NPlusM",
        /// Multiple units contribute or share such that operation will continue, but at a reduced capacity, if one or more units fail.
        Sharing = "Sharing",
        /// One or more spare units are available to take over the function of a failed unit, but takeover is not automatic.
        Sparing = "Sparing",
        /// The subsystem is not configured in a redundancy mode, either due to configuration or the functionality has been disabled by the user.
        NotRedundant = "NotRedundant",
    }
}

crate::redfish_struct! {
    /// The redundancy information for the devices in a redundancy group.
    pub struct RedundantGroup {
        /// The links to the active members included in this redundancy group.
        ///
        /// Read-only.
        "ActiveRedundancyGroup" => active_redundancy_group: Vec<crate::Link>,
        "ActiveRedundancyGroup@odata.count" => active_redundancy_group_count: u64,
        /// The name of the redundant group.
        ///
        /// Read-only.
        "GroupName" => group_name: String,
        /// The maximum number of devices supported in this redundancy group.
        ///
        /// Read-only.
        "MaxSupportedInGroup" => max_supported_in_group: i64,
        /// The minimum number of devices needed for this group to be redundant.
        ///
        /// Read-only.
        "MinNeededForFaultTolerance" => min_needed_for_fault_tolerance: i64,
        /// The minimum number of devices needed for this group to remain operational or functional.
        ///
        /// Read-only. Required.
        "MinNeededInGroup" => min_needed_in_group: i64 [required],
        /// The links to the devices included in this redundancy group.
        ///
        /// Read-only. Required.
        "RedundancyGroup" => redundancy_group: Vec<crate::Link> [required],
        "RedundancyGroup@odata.count" => redundancy_group_count: u64,
        /// The redundancy mode of the group.
        ///
        /// Writable. Required.
        "RedundancyType" => redundancy_type: crate::redundancy::RedundancyType [required],
        /// The status and health of the resource and its subordinate or dependent resources.
        ///
        /// Required.
        "Status" => status: crate::resource::Status [required],
    }
}
