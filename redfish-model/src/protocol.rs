//! `Protocol`: #Protocol
//!
//! Generated from the DMTF Redfish schema `Protocol.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `protocol` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_enum! {
    /// `Protocol`.
    pub enum Protocol {
        /// PCI Express.
        PCIe = "PCIe",
        /// Advanced Host Controller Interface (AHCI).
        AHCI = "AHCI",
        /// Universal Host Controller Interface (UHCI).
        UHCI = "UHCI",
        /// Serial Attached SCSI.
        SAS = "SAS",
        /// Serial AT Attachment.
        SATA = "SATA",
        /// Universal Serial Bus (USB).
        USB = "USB",
        /// Non-Volatile Memory Express (NVMe).
        NVMe = "NVMe",
        /// Fibre Channel.
        FC = "FC",
        /// Internet SCSI.
        ISCSI = "iSCSI",
        /// Fibre Channel over Ethernet (FCoE).
        FCoE = "FCoE",
        /// Fibre Channel Protocol for SCSI.
        FCP = "FCP",
        /// FIbre CONnection (FICON).
        FICON = "FICON",
        /// NVMe over Fabrics.
        NVMeOverFabrics = "NVMeOverFabrics",
        /// Server Message Block (SMB). Also known as the Common Internet File System (CIFS).
        SMB = "SMB",
        /// Network File System (NFS) version 3.
        NFSv3 = "NFSv3",
        /// Network File System (NFS) version 4.
        NFSv4 = "NFSv4",
        /// Hypertext Transport Protocol (HTTP).
        HTTP = "HTTP",
        /// Hypertext Transfer Protocol Secure (HTTPS).
        HTTPS = "HTTPS",
        /// File Transfer Protocol (FTP).
        FTP = "FTP",
        /// SSH File Transfer Protocol (SFTP).
        SFTP = "SFTP",
        /// Internet Wide Area RDMA Protocol (iWARP).
        IWARP = "iWARP",
        /// RDMA over Converged Ethernet Protocol.
        RoCE = "RoCE",
        /// RDMA over Converged Ethernet Protocol Version 2.
        RoCEv2 = "RoCEv2",
        /// Inter-Integrated Circuit Bus.
        I2C = "I2C",
        /// Transmission Control Protocol (TCP).
        TCP = "TCP",
        /// User Datagram Protocol (UDP).
        UDP = "UDP",
        /// Trivial File Transfer Protocol (TFTP).
        TFTP = "TFTP",
        /// GenZ.
        GenZ = "GenZ",
        /// Multiple Protocols.
        MultiProtocol = "MultiProtocol",
        /// InfiniBand.
        InfiniBand = "InfiniBand",
        /// Ethernet.
        Ethernet = "Ethernet",
        /// NVLink.
        NVLink = "NVLink",
        /// OEM-specific.
        OEM = "OEM",
        /// DisplayPort.
        DisplayPort = "DisplayPort",
        /// HDMI.
        HDMI = "HDMI",
        /// VGA.
        VGA = "VGA",
        /// DVI.
        DVI = "DVI",
        /// Compute Express Link.
        CXL = "CXL",
        /// Intel UltraPath Interconnect (UPI).
        UPI = "UPI",
        /// Intel QuickPath Interconnect (QPI).
        QPI = "QPI",
        /// Embedded MultiMediaCard (e.MMC).
        EMMC = "eMMC",
        /// Ultra Ethernet Transport.
        UET = "UET",
        /// Ultra Accelerator Link (UALink).
        UALink = "UALink",
    }
}
