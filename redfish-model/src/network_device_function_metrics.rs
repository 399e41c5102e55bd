//! `NetworkDeviceFunctionMetrics`: The `NetworkDeviceFunctionMetrics` schema contains usage and health statistics for a network function of a network adapter.
//!
//! Generated from the DMTF Redfish schema `NetworkDeviceFunctionMetrics.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `network_device_function_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `NetworkDeviceFunctionMetrics` schema contains usage and health statistics for a network function of a network adapter.
    ///
    /// DMTF schema `NetworkDeviceFunctionMetrics` v1_2_0 (Redfish 2025.4).
    pub struct NetworkDeviceFunctionMetrics {
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
        /// The network function metrics specific to Ethernet adapters.
        "Ethernet" => ethernet: crate::network_device_function_metrics::Ethernet,
        /// The network function metrics specific to Fibre Channel adapters.
        "FibreChannel" => fibre_channel: crate::network_device_function_metrics::FibreChannel,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The average RX queue depth as the percentage.
        ///
        /// Read-only. Units: `%`.
        "RXAvgQueueDepthPercent" => rx_avg_queue_depth_percent: f64,
        /// The total number of bytes received on a network function.
        ///
        /// Read-only. Units: `By`.
        "RXBytes" => rx_bytes: i64,
        /// The total number of frames received on a network function.
        ///
        /// Read-only.
        "RXFrames" => rx_frames: i64,
        /// The total number of good multicast frames received on a network function since reset.
        ///
        /// Read-only.
        "RXMulticastFrames" => rx_multicast_frames: i64,
        /// Whether nothing is in a network function's RX queues to DMA.
        ///
        /// Read-only.
        "RXQueuesEmpty" => rx_queues_empty: bool,
        /// The number of RX queues that are full.
        ///
        /// Read-only.
        "RXQueuesFull" => rx_queues_full: i64,
        /// The total number of good unicast frames received on a network function since reset.
        ///
        /// Read-only.
        "RXUnicastFrames" => rx_unicast_frames: i64,
        /// The average TX queue depth as the percentage.
        ///
        /// Read-only. Units: `%`.
        "TXAvgQueueDepthPercent" => tx_avg_queue_depth_percent: f64,
        /// The total number of bytes sent on a network function.
        ///
        /// Read-only. Units: `By`.
        "TXBytes" => tx_bytes: i64,
        /// The total number of frames sent on a network function.
        ///
        /// Read-only.
        "TXFrames" => tx_frames: i64,
        /// The total number of good multicast frames transmitted on a network function since reset.
        ///
        /// Read-only.
        "TXMulticastFrames" => tx_multicast_frames: i64,
        /// Whether all TX queues for a network function are empty.
        ///
        /// Read-only.
        "TXQueuesEmpty" => tx_queues_empty: bool,
        /// The number of TX queues that are full.
        ///
        /// Read-only.
        "TXQueuesFull" => tx_queues_full: i64,
        /// The total number of good unicast frames transmitted on a network function since reset.
        ///
        /// Read-only.
        "TXUnicastFrames" => tx_unicast_frames: i64,
    }
}

crate::__impl_resource!(NetworkDeviceFunctionMetrics: "NetworkDeviceFunctionMetrics", actions);

crate::redfish_struct! {
    /// The network function metrics for an Ethernet interface.
    pub struct Ethernet {
        /// The total number of offloaded TCP/IPv4 connections.
        ///
        /// Read-only.
        "NumOffloadedIPv4Conns" => num_offloaded_ipv4_conns: i64,
        /// The total number of offloaded TCP/IPv6 connections.
        ///
        /// Read-only.
        "NumOffloadedIPv6Conns" => num_offloaded_ipv6_conns: i64,
    }
}

crate::redfish_struct! {
    /// The network function metrics for a Fibre Channel interface.
    pub struct FibreChannel {
        /// The total number of port login (PLOGI) accept (ACC) responses.
        ///
        /// Read-only.
        "PortLoginAccepts" => port_login_accepts: i64,
        /// The total number of port login (PLOGI) reject (RJT) responses.
        ///
        /// Read-only.
        "PortLoginRejects" => port_login_rejects: i64,
        /// The total number of port login (PLOGI) requests transmitted.
        ///
        /// Read-only.
        "PortLoginRequests" => port_login_requests: i64,
        /// The total number of Congestion Fabric Performance Impact Notifications (FPINs) received.
        ///
        /// Read-only.
        "RXCongestionFPINs" => rx_congestion_fpi_ns: i64,
        /// The total number of Delivery Fabric Performance Impact Notifications (FPINs) received.
        ///
        /// Read-only.
        "RXDeliveryFPINs" => rx_delivery_fpi_ns: i64,
        /// The total number of Fibre Channel exchanges received.
        ///
        /// Read-only.
        "RXExchanges" => rx_exchanges: i64,
        /// The total number of Link Integrity Fabric Performance Impact Notifications (FPINs) received.
        ///
        /// Read-only.
        "RXLinkIntegrityFPINs" => rx_link_integrity_fpi_ns: i64,
        /// The total number of Peer Congestion Fabric Performance Impact Notifications (FPINs) received.
        ///
        /// Read-only.
        "RXPeerCongestionFPINs" => rx_peer_congestion_fpi_ns: i64,
        /// The total number of Fibre Channel sequences received.
        ///
        /// Read-only.
        "RXSequences" => rx_sequences: i64,
        /// The total number of Congestion Fabric Performance Impact Notifications (FPINs) sent.
        ///
        /// Read-only.
        "TXCongestionFPINs" => tx_congestion_fpi_ns: i64,
        /// The total number of Delivery Fabric Performance Impact Notifications (FPINs) sent.
        ///
        /// Read-only.
        "TXDeliveryFPINs" => tx_delivery_fpi_ns: i64,
        /// The total number of Fibre Channel exchanges transmitted.
        ///
        /// Read-only.
        "TXExchanges" => tx_exchanges: i64,
        /// The total number of Link Integrity Fabric Performance Impact Notifications (FPINs) sent.
        ///
        /// Read-only.
        "TXLinkIntegrityFPINs" => tx_link_integrity_fpi_ns: i64,
        /// The total number of Peer Congestion Fabric Performance Impact Notifications (FPINs) sent.
        ///
        /// Read-only.
        "TXPeerCongestionFPINs" => tx_peer_congestion_fpi_ns: i64,
        /// The total number of Fibre Channel sequences transmitted.
        ///
        /// Read-only.
        "TXSequences" => tx_sequences: i64,
    }
}

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
    type Resource = NetworkDeviceFunctionMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#NetworkDeviceFunctionMetrics.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}
