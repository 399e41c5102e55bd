//! `NetworkAdapterMetrics`: The NetworkAdapterMetrics schema contains usage and health statistics for a network adapter.
//!
//! Generated from the DMTF Redfish schema `NetworkAdapterMetrics.v1_1_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `network_adapter_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The NetworkAdapterMetrics schema contains usage and health statistics for a network adapter.
    ///
    /// DMTF schema `NetworkAdapterMetrics` v1_1_0 (Redfish 2025.4).
    pub struct NetworkAdapterMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The device CPU core utilization as a percentage.
        ///
        /// Read-only. Units: `%`.
        "CPUCorePercent" => cpu_core_percent: f64,
        /// Read-only.
        "Description" => description: String,
        /// The host bus, such as PCIe, RX utilization as a percentage.
        ///
        /// Read-only. Units: `%`.
        "HostBusRXPercent" => host_bus_rx_percent: f64,
        /// The host bus, such as PCIe, TX utilization as a percentage.
        ///
        /// Read-only. Units: `%`.
        "HostBusTXPercent" => host_bus_tx_percent: f64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The total number of NC-SI bytes received since reset.
        ///
        /// Read-only. Units: `By`.
        "NCSIRXBytes" => ncsirx_bytes: i64,
        /// The total number of NC-SI frames received since reset.
        ///
        /// Read-only.
        "NCSIRXFrames" => ncsirx_frames: i64,
        /// The total number of NC-SI bytes sent since reset.
        ///
        /// Read-only. Units: `By`.
        "NCSITXBytes" => ncsitx_bytes: i64,
        /// The total number of NC-SI frames sent since reset.
        ///
        /// Read-only.
        "NCSITXFrames" => ncsitx_frames: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The total number of bytes received since reset.
        ///
        /// Read-only. Units: `By`.
        "RXBytes" => rx_bytes: i64,
        /// The total number of good multicast frames received since reset.
        ///
        /// Read-only.
        "RXMulticastFrames" => rx_multicast_frames: i64,
        /// The total number of good unicast frames received since reset.
        ///
        /// Read-only.
        "RXUnicastFrames" => rx_unicast_frames: i64,
        /// The total number of bytes transmitted since reset.
        ///
        /// Read-only. Units: `By`.
        "TXBytes" => tx_bytes: i64,
        /// The total number of good multicast frames transmitted since reset.
        ///
        /// Read-only.
        "TXMulticastFrames" => tx_multicast_frames: i64,
        /// The total number of good unicast frames transmitted since reset.
        ///
        /// Read-only.
        "TXUnicastFrames" => tx_unicast_frames: i64,
    }
}

crate::__impl_resource!(NetworkAdapterMetrics: "NetworkAdapterMetrics", actions);

crate::redfish_struct! {
    /// Parameters of the `ResetMetrics` action: This action resets the summary metrics related to this device.
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
    type Resource = NetworkAdapterMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#NetworkAdapterMetrics.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}
