//! `TelemetryData`: The `TelemetryData` schema represents bulk telemetry data from a device or service.
//!
//! Generated from the DMTF Redfish schema `TelemetryData.v1_0_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `telemetry_data` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `TelemetryData` schema represents bulk telemetry data from a device or service.
    ///
    /// DMTF schema `TelemetryData` v1_0_0 (Redfish 2025.4).
    pub struct TelemetryData {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// A Base64-encoded string of the associated telemetry data.
        ///
        /// Read-only.
        "AdditionalData" => additional_data: String,
        /// The size of the data available at location specified by `AdditionalDataURI`.
        ///
        /// Read-only.
        "AdditionalDataSizeBytes" => additional_data_size_bytes: i64,
        /// The URI at which to access the associated telemetry data.
        ///
        /// Read-only.
        "AdditionalDataURI" => additional_data_uri: String,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM-defined type of telemetry data available in the `AdditionalData` property or retrieved from the URI specified by the `AdditionalDataURI` property.
        ///
        /// Read-only.
        "OEMTelemetryDataType" => oem_telemetry_data_type: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The type of telemetry data available in the `AdditionalData` property or retrieved from the URI specified by the `AdditionalDataURI` property.
        ///
        /// Read-only.
        "TelemetryDataType" => telemetry_data_type: crate::telemetry_data::TelemetryDataTypes,
        /// The date and time when the telemetry data was generated.
        ///
        /// Read-only.
        "Timestamp" => timestamp: crate::DateTime,
    }
}

crate::__impl_resource!(TelemetryData: "TelemetryData", actions);

crate::redfish_enum! {
    /// `TelemetryDataTypes`.
    pub enum TelemetryDataTypes {
        /// OEM telemetry data.
        OEM = "OEM",
    }
}
