//! `ServiceConditions`: The `ServiceConditions` schema contains definitions for reporting the conditions present in the service that require attention.
//!
//! Generated from the DMTF Redfish schema `ServiceConditions.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `service_conditions` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ServiceConditions` schema contains definitions for reporting the conditions present in the service that require attention.
    ///
    /// DMTF schema `ServiceConditions` v1_0_1 (Redfish 2025.4).
    pub struct ServiceConditions {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Conditions reported by this service that require attention.
        "Conditions" => conditions: Vec<Option<crate::resource::Condition>>,
        /// Read-only.
        "Description" => description: String,
        /// The health roll-up for all resources.
        ///
        /// Read-only.
        "HealthRollup" => health_rollup: crate::resource::Health,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(ServiceConditions: "ServiceConditions", actions);
