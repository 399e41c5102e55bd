//! `PortMetrics`: The `PortMetrics` schema contains usage and health statistics for a switch device or component port summary.
//!
//! Generated from the DMTF Redfish schema `PortMetrics.v1_8_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `port_metrics` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PortMetrics` schema contains usage and health statistics for a switch device or component port summary.
    ///
    /// DMTF schema `PortMetrics` v1_8_1 (Redfish 2025.4).
    pub struct PortMetrics {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The port metrics specific to CXL ports.
        "CXL" => cxl: crate::port_metrics::CXL,
        /// Read-only.
        "Description" => description: String,
        /// The Fibre Channel-specific port metrics for network ports.
        "FibreChannel" => fibre_channel: crate::port_metrics::FibreChannel,
        /// The port metrics specific to Gen-Z ports.
        "GenZ" => gen_z: crate::port_metrics::GenZ,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The port metrics for network ports, including Ethernet, Fibre Channel, and InfiniBand, that are not specific to one of these protocols.
        "Networking" => networking: crate::port_metrics::Networking,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The PCIe errors associated with this port.
        "PCIeErrors" => pcie_errors: crate::pcie_device::PCIeErrors,
        /// The PCIe metrics associated with this port.
        "PCIeMetrics" => pcie_metrics: crate::pcie_device::PCIeMetrics,
        /// The total number of bytes received on a port since reset.
        ///
        /// Read-only. Units: `By`.
        "RXBytes" => rx_bytes: i64,
        /// The total number of received errors on a port since reset.
        ///
        /// Read-only.
        "RXErrors" => rx_errors: i64,
        /// The physical (phy) metrics for Serial Attached SCSI (SAS). Each member represents a single phy.
        "SAS" => sas: Vec<crate::port_metrics::SAS>,
        /// The total number of bytes transmitted on a port since reset.
        ///
        /// Read-only. Units: `By`.
        "TXBytes" => tx_bytes: i64,
        /// The total number of transmission errors on a port since reset.
        ///
        /// Read-only.
        "TXErrors" => tx_errors: i64,
        /// The metrics for the transceivers in this port. Each member represents a single transceiver.
        "Transceivers" => transceivers: Vec<crate::port_metrics::Transceiver>,
    }
}

crate::__impl_resource!(PortMetrics: "PortMetrics", actions);

crate::redfish_struct! {
    /// The port metrics specific to CXL ports.
    pub struct CXL {
        /// The average congestion of the port as a percentage.
        ///
        /// Read-only. Units: `%`.
        "BackpressureAveragePercentage" => backpressure_average_percentage: i64,
    }
}

crate::redfish_struct! {
    /// The Fibre Channel-specific port metrics for network ports.
    pub struct FibreChannel {
        /// The total number of correctable forward error correction (FEC) errors.
        ///
        /// Read-only.
        "CorrectableFECErrors" => correctable_fec_errors: i64,
        /// The total number of invalid cyclic redundancy checks (CRCs).
        ///
        /// Read-only.
        "InvalidCRCs" => invalid_cr_cs: i64,
        /// The total number of invalid transmission words.
        ///
        /// Read-only.
        "InvalidTXWords" => invalid_tx_words: i64,
        /// The total number of link failures.
        ///
        /// Read-only.
        "LinkFailures" => link_failures: i64,
        /// The total number of losses of signal.
        ///
        /// Read-only.
        "LossesOfSignal" => losses_of_signal: i64,
        /// The total number of losses of sync.
        ///
        /// Read-only.
        "LossesOfSync" => losses_of_sync: i64,
        /// The number of times the receive buffer-to-buffer credit count transitioned to zero.
        ///
        /// Read-only.
        "RXBBCreditZero" => rxbb_credit_zero: i64,
        /// The total number of Fibre Channel exchanges received.
        ///
        /// Read-only.
        "RXExchanges" => rx_exchanges: i64,
        /// The total number of Fibre Channel sequences received.
        ///
        /// Read-only.
        "RXSequences" => rx_sequences: i64,
        /// The number of times the transmit buffer-to-buffer credit count transitioned to zero.
        ///
        /// Read-only.
        "TXBBCreditZero" => txbb_credit_zero: i64,
        /// The total amount of time the port has been blocked from transmitting due to lack of buffer credits.
        ///
        /// Read-only. Units: `ms`.
        "TXBBCreditZeroDurationMilliseconds" => txbb_credit_zero_duration_milliseconds: i64,
        /// The number of transmit buffer-to-buffer credits the port is configured to use.
        ///
        /// Read-only.
        "TXBBCredits" => txbb_credits: i64,
        /// The total number of Fibre Channel exchanges transmitted.
        ///
        /// Read-only.
        "TXExchanges" => tx_exchanges: i64,
        /// The total number of Fibre Channel sequences transmitted.
        ///
        /// Read-only.
        "TXSequences" => tx_sequences: i64,
        /// The total number of uncorrectable forward error correction (FEC) errors.
        ///
        /// Read-only.
        "UncorrectableFECErrors" => uncorrectable_fec_errors: i64,
    }
}

crate::redfish_struct! {
    /// The port metrics for a Gen-Z interface.
    pub struct GenZ {
        /// The total number of Access Key Violations detected.
        ///
        /// Read-only.
        "AccessKeyViolations" => access_key_violations: i64,
        /// The total number of ECRC transient errors detected.
        ///
        /// Read-only.
        "EndToEndCRCErrors" => end_to_end_crc_errors: i64,
        /// The total number of times Link-Level Reliability (LLR) recovery has been initiated.
        ///
        /// Read-only.
        "LLRRecovery" => llr_recovery: i64,
        /// The total number of link-local non-transient errors detected.
        ///
        /// Read-only.
        "LinkNTE" => link_nte: i64,
        /// The number of packets with the Congestion ECN bit set.
        ///
        /// Read-only.
        "MarkedECN" => marked_ecn: i64,
        /// The total number transient errors detected that are unrelated to CRC validation.
        ///
        /// Read-only.
        "NonCRCTransientErrors" => non_crc_transient_errors: i64,
        /// The total number of PCRC transient errors detected.
        ///
        /// Read-only.
        "PacketCRCErrors" => packet_crc_errors: i64,
        /// The number of packets discarded due to the Congestion Deadline subfield reaching zero.
        ///
        /// Read-only.
        "PacketDeadlineDiscards" => packet_deadline_discards: i64,
        /// The total number of packets received with a stomped ECRC field.
        ///
        /// Read-only.
        "RXStompedECRC" => rx_stomped_ecrc: i64,
        /// The number of packets received on this interface with the Congestion ECN bit set.
        ///
        /// Read-only.
        "ReceivedECN" => received_ecn: i64,
        /// The total number of packets that this interface stomped the ECRC field.
        ///
        /// Read-only.
        "TXStompedECRC" => tx_stomped_ecrc: i64,
    }
}

crate::redfish_struct! {
    /// The port metrics for network ports, including Ethernet, Fibre Channel, and InfiniBand, that are not specific to one of these protocols.
    pub struct Networking {
        /// The total number of RDMA protection errors.
        ///
        /// Read-only.
        "RDMAProtectionErrors" => rdma_protection_errors: i64,
        /// The total number of RDMA protocol errors.
        ///
        /// Read-only.
        "RDMAProtocolErrors" => rdma_protocol_errors: i64,
        /// The total number of RDMA bytes received on a port since reset.
        ///
        /// Read-only.
        "RDMARXBytes" => rdmarx_bytes: i64,
        /// The total number of RDMA requests received on a port since reset.
        ///
        /// Read-only.
        "RDMARXRequests" => rdmarx_requests: i64,
        /// The total number of RDMA bytes transmitted on a port since reset.
        ///
        /// Read-only.
        "RDMATXBytes" => rdmatx_bytes: i64,
        /// The total number of RDMA read requests transmitted on a port since reset.
        ///
        /// Read-only.
        "RDMATXReadRequests" => rdmatx_read_requests: i64,
        /// The total number of RDMA requests transmitted on a port since reset.
        ///
        /// Read-only.
        "RDMATXRequests" => rdmatx_requests: i64,
        /// The total number of RDMA send requests transmitted on a port since reset.
        ///
        /// Read-only.
        "RDMATXSendRequests" => rdmatx_send_requests: i64,
        /// The total number of RDMA write requests transmitted on a port since reset.
        ///
        /// Read-only.
        "RDMATXWriteRequests" => rdmatx_write_requests: i64,
        /// The total number of valid broadcast frames received on a port since reset.
        ///
        /// Read-only.
        "RXBroadcastFrames" => rx_broadcast_frames: i64,
        /// The total number of frames discarded in a port's receive path since reset.
        ///
        /// Read-only.
        "RXDiscards" => rx_discards: i64,
        /// The total number of frames received with frame check sequence (FCS) errors on a port since reset.
        ///
        /// Read-only.
        "RXFCSErrors" => rxfcs_errors: i64,
        /// The total number of false carrier errors received from phy on a port since reset.
        ///
        /// Read-only.
        "RXFalseCarrierErrors" => rx_false_carrier_errors: i64,
        /// The total number of frames received with alignment errors on a port since reset.
        ///
        /// Read-only.
        "RXFrameAlignmentErrors" => rx_frame_alignment_errors: i64,
        /// The total number of frames received on a port since reset.
        ///
        /// Read-only.
        "RXFrames" => rx_frames: i64,
        /// The total number of valid multicast frames received on a port since reset.
        ///
        /// Read-only.
        "RXMulticastFrames" => rx_multicast_frames: i64,
        /// The total number of frames that exceed the maximum frame size.
        ///
        /// Read-only.
        "RXOversizeFrames" => rx_oversize_frames: i64,
        /// The total number of priority flow control (PFC) frames received on a port since reset.
        ///
        /// Read-only.
        "RXPFCFrames" => rxpfc_frames: i64,
        /// The total number of flow control frames from the network to pause transmission.
        ///
        /// Read-only.
        "RXPauseXOFFFrames" => rx_pause_xoff_frames: i64,
        /// The total number of flow control frames from the network to resume transmission.
        ///
        /// Read-only.
        "RXPauseXONFrames" => rx_pause_xon_frames: i64,
        /// The total number of frames that are smaller than the minimum frame size of 64 bytes.
        ///
        /// Read-only.
        "RXUndersizeFrames" => rx_undersize_frames: i64,
        /// The total number of valid unicast frames received on a port since reset.
        ///
        /// Read-only.
        "RXUnicastFrames" => rx_unicast_frames: i64,
        /// The total number of good broadcast frames transmitted on a port since reset.
        ///
        /// Read-only.
        "TXBroadcastFrames" => tx_broadcast_frames: i64,
        /// The total number of frames discarded in a port's transmit path since reset.
        ///
        /// Read-only.
        "TXDiscards" => tx_discards: i64,
        /// The number of times a single transmitted frame encountered more than 15 collisions.
        ///
        /// Read-only.
        "TXExcessiveCollisions" => tx_excessive_collisions: i64,
        /// The total number of frames transmitted on a port since reset.
        ///
        /// Read-only.
        "TXFrames" => tx_frames: i64,
        /// The total number of collisions that occurred after one slot time as defined by IEEE 802.3.
        ///
        /// Read-only.
        "TXLateCollisions" => tx_late_collisions: i64,
        /// The total number of good multicast frames transmitted on a port since reset.
        ///
        /// Read-only.
        "TXMulticastFrames" => tx_multicast_frames: i64,
        /// The times that a transmitted frame encountered 2-15 collisions.
        ///
        /// Read-only.
        "TXMultipleCollisions" => tx_multiple_collisions: i64,
        /// The total number of priority flow control (PFC) frames sent on a port since reset.
        ///
        /// Read-only.
        "TXPFCFrames" => txpfc_frames: i64,
        /// The total number of XOFF frames transmitted to the network.
        ///
        /// Read-only.
        "TXPauseXOFFFrames" => tx_pause_xoff_frames: i64,
        /// The total number of XON frames transmitted to the network.
        ///
        /// Read-only.
        "TXPauseXONFrames" => tx_pause_xon_frames: i64,
        /// The times that a successfully transmitted frame encountered a single collision.
        ///
        /// Read-only.
        "TXSingleCollisions" => tx_single_collisions: i64,
        /// The total number of good unicast frames transmitted on a port since reset.
        ///
        /// Read-only.
        "TXUnicastFrames" => tx_unicast_frames: i64,
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
    type Resource = PortMetrics;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#PortMetrics.ResetMetrics";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The physical metrics for Serial Attached SCSI (SAS).
    pub struct SAS {
        /// The number of invalid dwords that have been received by the phy outside of phy reset sequences.
        ///
        /// Read-only.
        "InvalidDwordCount" => invalid_dword_count: i64,
        /// The number of times the phy has restarted the link reset sequence because it lost dword synchronization.
        ///
        /// Read-only.
        "LossOfDwordSynchronizationCount" => loss_of_dword_synchronization_count: i64,
        /// The number of times a phy reset problem has occurred.
        ///
        /// Read-only.
        "PhyResetProblemCount" => phy_reset_problem_count: i64,
        /// The number of dwords containing running disparity errors that have been received by the phy outside of phy reset sequences.
        ///
        /// Read-only.
        "RunningDisparityErrorCount" => running_disparity_error_count: i64,
    }
}

crate::redfish_struct! {
    /// The transceiver metrics.
    pub struct Transceiver {
        /// The metrics for the lanes in this port that are part of this transceiver. Each member represents a single lane.
        "ByLane" => by_lane: Vec<crate::port_metrics::TransceiverLaneMetrics>,
        /// The RX input power value of the transceiver, aggregated across all lanes of this port.
        ///
        /// Read-only. Units: `mW`.
        "RXInputPowerMilliWatts" => rx_input_power_milli_watts: f64,
        /// The supply voltage for the transceiver.
        ///
        /// Read-only. Units: `V`.
        "SupplyVoltage" => supply_voltage: f64,
        /// The TX bias current value of the transceiver, aggregated across all lanes of this port.
        ///
        /// Read-only. Units: `mA`.
        "TXBiasCurrentMilliAmps" => tx_bias_current_milli_amps: f64,
        /// The TX output power value of the transceiver, aggregated across all lanes of this port.
        ///
        /// Read-only. Units: `mW`.
        "TXOutputPowerMilliWatts" => tx_output_power_milli_watts: f64,
        /// The laser wavelength, in nanometers, for the transceiver.
        ///
        /// Read-only. Units: `nm`.
        "WavelengthNanometers" => wavelength_nanometers: String,
    }
}

crate::redfish_struct! {
    /// The per-lane transceiver metrics.
    pub struct TransceiverLaneMetrics {
        /// The transceiver lane for which metrics are being supplied.
        ///
        /// Read-only.
        "LaneId" => lane_id: i64,
        /// The RX input power value of the transceiver for the lane identified as `LaneId`.
        ///
        /// Read-only. Units: `mW`.
        "RXInputPowerMilliWatts" => rx_input_power_milli_watts: f64,
        /// The TX bias current value of the transceiver for the lane identified as `LaneId`.
        ///
        /// Read-only. Units: `mA`.
        "TXBiasCurrentMilliAmps" => tx_bias_current_milli_amps: f64,
        /// The TX output power value of the transceiver for the lane identified as `LaneId`.
        ///
        /// Read-only. Units: `mW`.
        "TXOutputPowerMilliWatts" => tx_output_power_milli_watts: f64,
    }
}
