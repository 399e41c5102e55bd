//! `KeyPolicy`: The `KeyPolicy` schema describes settings for how keys are allowed to be used for accessing devices or services.
//!
//! Generated from the DMTF Redfish schema `KeyPolicy.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `key_policy` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `KeyPolicy` schema describes settings for how keys are allowed to be used for accessing devices or services.
    ///
    /// DMTF schema `KeyPolicy` v1_0_1 (Redfish 2025.4).
    pub struct KeyPolicy {
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
        /// Indicates if this is the default key policy.
        ///
        /// Writable.
        "IsDefault" => is_default: bool,
        /// The type of key policy.
        ///
        /// Read-only.
        "KeyPolicyType" => key_policy_type: crate::key_policy::KeyPolicyType,
        /// NVMe-oF specific properties.
        "NVMeoF" => nvmeo_f: crate::key_policy::NVMeoF,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(KeyPolicy: "KeyPolicy", actions);

crate::redfish_enum! {
    /// `KeyPolicyType`.
    pub enum KeyPolicyType {
        /// An NVMe-oF key policy.
        NVMeoF = "NVMeoF",
    }
}

crate::redfish_struct! {
    /// NVMe-oF specific properties.
    pub struct NVMeoF {
        /// The cipher suites that this key policy allows.
        ///
        /// Writable.
        "CipherSuiteAllowList" => cipher_suite_allow_list: Vec<Option<crate::key_policy::NVMeoFCipherSuiteType>>,
        /// The Diffie-Hellman (DH) groups that this key policy allows.
        ///
        /// Writable.
        "DHGroupAllowList" => dh_group_allow_list: Vec<Option<crate::key_policy::NVMeoFDHGroupType>>,
        /// The OEM security protocols that this key policy allows.
        ///
        /// Writable.
        "OEMSecurityProtocolAllowList" => oem_security_protocol_allow_list: Vec<Option<String>>,
        /// The secure hash algorithms that this key policy allows.
        ///
        /// Writable.
        "SecureHashAllowList" => secure_hash_allow_list: Vec<Option<crate::common::NVMeoFSecureHashType>>,
        /// The security protocols that this key policy allows.
        ///
        /// Writable.
        "SecurityProtocolAllowList" => security_protocol_allow_list: Vec<Option<crate::common::NVMeoFSecurityProtocolType>>,
        /// The security transports that this key policy allows.
        ///
        /// Writable.
        "SecurityTransportAllowList" => security_transport_allow_list: Vec<Option<crate::key_policy::NVMeoFSecurityTransportType>>,
    }
}

crate::redfish_enum! {
    /// The NVMe cipher suites that a key is allowed to use.
    pub enum NVMeoFCipherSuiteType {
        /// TLS_AES_128_GCM_SHA256.
        TLSAES128GCMSHA256 = "TLS_AES_128_GCM_SHA256",
        /// TLS_AES_256_GCM_SHA384.
        TLSAES256GCMSHA384 = "TLS_AES_256_GCM_SHA384",
    }
}

crate::redfish_enum! {
    /// The NVMe Diffie-Hellman (DH) groups that a key is allowed to use.
    pub enum NVMeoFDHGroupType {
        /// 2048-bit Diffie-Hellman (DH) group.
        FFDHE2048 = "FFDHE2048",
        /// 3072-bit Diffie-Hellman (DH) group.
        FFDHE3072 = "FFDHE3072",
        /// 4096-bit Diffie-Hellman (DH) group.
        FFDHE4096 = "FFDHE4096",
        /// 6144-bit Diffie-Hellman (DH) group.
        FFDHE6144 = "FFDHE6144",
        /// 8192-bit Diffie-Hellman (DH) group.
        FFDHE8192 = "FFDHE8192",
    }
}

pub use crate::common::NVMeoFSecureHashType;

pub use crate::common::NVMeoFSecurityProtocolType;

crate::redfish_enum! {
    /// The NVMe security transports that a key is allowed to use.
    pub enum NVMeoFSecurityTransportType {
        /// Transport Layer Security (TLS) v2.
        TLSv2 = "TLSv2",
        /// Transport Layer Security (TLS) v3.
        TLSv3 = "TLSv3",
    }
}
