//! `Key`: The `Key` schema describes sensitive data for accessing devices or services.
//!
//! Generated from the DMTF Redfish schema `Key.v1_4_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `key` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Key` schema describes sensitive data for accessing devices or services.
    ///
    /// DMTF schema `Key` v1_4_1 (Redfish 2025.4).
    pub struct Key {
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
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The string for the key.
        ///
        /// Read-only.
        "KeyString" => key_string: String,
        /// The format of the key.
        ///
        /// Read-only.
        "KeyType" => key_type: crate::key::KeyType,
        /// NVMe-oF specific properties.
        "NVMeoF" => nvmeo_f: crate::key::NVMeoF,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// SSH specific properties.
        "SSH" => ssh: crate::key::SSHType,
        /// A user-defined string to describe this key.
        ///
        /// Writable.
        "UserDescription" => user_description: String,
    }
}

crate::__impl_resource!(Key: "Key", actions);

crate::redfish_enum! {
    /// `KeyType`.
    pub enum KeyType {
        /// An NVMe-oF key.
        NVMeoF = "NVMeoF",
        /// An SSH public key.
        SSH = "SSH",
    }
}

crate::redfish_struct! {
    /// NVMe-oF specific properties.
    pub struct NVMeoF {
        /// The identifier of the host key paired with this target key.
        ///
        /// Writable.
        "HostKeyId" => host_key_id: String,
        /// The NVMe Qualified Name (NQN) of the host or target subsystem associated with this key.
        ///
        /// Read-only.
        "NQN" => nqn: String,
        /// The OEM security protocol that this key uses.
        ///
        /// Read-only.
        "OEMSecurityProtocolType" => oem_security_protocol_type: String,
        /// The secure hash algorithms allowed with the usage of this key.
        ///
        /// Read-only.
        "SecureHashAllowList" => secure_hash_allow_list: Vec<Option<crate::common::NVMeoFSecureHashType>>,
        /// The security protocol that this key uses.
        ///
        /// Read-only.
        "SecurityProtocolType" => security_protocol_type: crate::common::NVMeoFSecurityProtocolType,
    }
}

pub use crate::common::NVMeoFSecureHashType;

pub use crate::common::NVMeoFSecurityProtocolType;

crate::redfish_struct! {
    /// SSH specific properties.
    pub struct SSHType {
        /// The user-specified comment associated with this key, which typically contains the client's username and host name.
        ///
        /// Read-only.
        "Comment" => comment: String,
        /// A fingerprint of the key.
        ///
        /// Read-only.
        "Fingerprint" => fingerprint: String,
        /// The host name of the remote server associated with this key.
        ///
        /// Read-only.
        "RemoteServerHostName" => remote_server_host_name: String,
    }
}

crate::redfish_enum! {
    /// `ECDSACurveType`.
    pub enum ECDSACurveType {
        /// NIST P-256.
        NISTP256 = "NISTP256",
        /// NIST P-384.
        NISTP384 = "NISTP384",
        /// NIST P-521.
        NISTP521 = "NISTP521",
        /// NIST K-163.
        NISTK163 = "NISTK163",
        /// NIST P-192.
        NISTP192 = "NISTP192",
        /// NIST P-224.
        NISTP224 = "NISTP224",
        /// NIST K-233.
        NISTK233 = "NISTK233",
        /// NIST B-233.
        NISTB233 = "NISTB233",
        /// NIST K-283.
        NISTK283 = "NISTK283",
        /// NIST K-409.
        NISTK409 = "NISTK409",
        /// NIST B-409.
        NISTB409 = "NISTB409",
        /// NIST T-571.
        NISTT571 = "NISTT571",
    }
}

crate::redfish_enum! {
    /// `SSHKeyType`.
    pub enum SSHKeyType {
        /// RSA.
        RSA = "RSA",
        /// DSA.
        DSA = "DSA",
        /// ECDSA.
        ECDSA = "ECDSA",
        /// Ed25519.
        Ed25519 = "Ed25519",
    }
}
