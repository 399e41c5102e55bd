//! `StorageMetrics`: The usage and health statistics for a storage subsystem.
//!
//! Generated from the DMTF Redfish schema `StorageMetrics.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `storage_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The usage and health statistics for a storage subsystem.
    ///
    /// DMTF schema `StorageMetrics` v1_0_0 (Redfish 2025.4).
    pub struct StorageMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Current compression savings on the storage system in bytes.
        ///
        /// Read-only. Units: `By`.
        "CompressionSavingsBytes" => compression_savings_bytes: i64,
        /// Current deduplication savings on the storage system in bytes.
        ///
        /// Read-only. Units: `By`.
        "DeduplicationSavingsBytes" => deduplication_savings_bytes: i64,
        /// Read-only.
        "Description" => description: String,
        /// Statistics for this storage system.
        "IOStatistics" => io_statistics: serde_json::Value,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The number of state changes for this storage subsystem.
        ///
        /// Read-only.
        "StateChangeCount" => state_change_count: f64,
        /// Current thin provisioning savings on the storage system in bytes.
        ///
        /// Read-only. Units: `By`.
        "ThinProvisioningSavingsBytes" => thin_provisioning_savings_bytes: i64,
    }
}

crate::__impl_resource!(StorageMetrics: "StorageMetrics", actions);
