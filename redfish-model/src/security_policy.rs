//! `SecurityPolicy`: The `SecurityPolicy` resource provides a central point to configure the security policy of a manager.
//!
//! Generated from the DMTF Redfish schema `SecurityPolicy.v1_0_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `security_policy` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `SecurityPolicy` resource provides a central point to configure the security policy of a manager.
    ///
    /// DMTF schema `SecurityPolicy` v1_0_3 (Redfish 2025.4).
    pub struct SecurityPolicy {
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
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Override the security policy of the parent manager.
        ///
        /// Writable.
        "OverrideParentManager" => override_parent_manager: bool,
        /// The SPDM policy.
        "SPDM" => spdm: crate::security_policy::SPDMPolicy,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The TLS policy.
        "TLS" => tls: crate::security_policy::TLSCommunication,
    }
}

crate::__impl_resource!(SecurityPolicy: "SecurityPolicy", actions);

crate::redfish_struct! {
    /// The SPDM algorithm settings.
    pub struct SPDMAlgorithmSet {
        /// The AEAD algorithms.
        ///
        /// Writable.
        "AEAD" => aead: Vec<Option<String>>,
        /// The asymmetric signature algorithms.
        ///
        /// Writable.
        "BaseAsym" => base_asym: Vec<Option<String>>,
        /// The hash algorithms.
        ///
        /// Writable.
        "BaseHash" => base_hash: Vec<Option<String>>,
    }
}

crate::redfish_struct! {
    /// The SPDM policy settings.
    pub struct SPDMParameterSet {
        /// The SPDM algorithms.
        "Algorithms" => algorithms: crate::security_policy::SPDMAlgorithmSet,
        /// The SPDM versions.
        ///
        /// Writable.
        "Versions" => versions: Vec<Option<String>>,
    }
}

crate::redfish_struct! {
    /// SPDM policy settings.
    pub struct SPDMPolicy {
        /// An indication of whether SPDM extended algorithms are allowed.
        ///
        /// Writable.
        "AllowExtendedAlgorithms" => allow_extended_algorithms: bool,
        /// The SPDM policy settings that are allowed, such as the allowable SPDM versions and algorithms.
        "Allowed" => allowed: crate::security_policy::SPDMParameterSet,
        /// The SPDM policy settings that are prohibited, such as the prohibited SPDM versions and algorithms.
        "Denied" => denied: crate::security_policy::SPDMParameterSet,
        /// An indication of whether SPDM communication with devices is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The revoked SPDM device certificates.
        ///
        /// Read-only.
        "RevokedCertificates" => revoked_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// An indication of whether SPDM secure sessions with devices is enabled.
        ///
        /// Writable.
        "SecureSessionEnabled" => secure_session_enabled: bool,
        /// The trusted SPDM device certificates.
        ///
        /// Read-only.
        "TrustedCertificates" => trusted_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// An indication of whether the manager will verify the certificate of the SPDM endpoint.
        ///
        /// Writable.
        "VerifyCertificate" => verify_certificate: bool,
    }
}

crate::redfish_struct! {
    /// The TLS algorithm settings.
    pub struct TLSAlgorithmSet {
        /// The TLS cipher suites.
        ///
        /// Writable.
        "CipherSuites" => cipher_suites: Vec<Option<String>>,
        /// The TLS signature algorithms.
        ///
        /// Writable.
        "SignatureAlgorithms" => signature_algorithms: Vec<Option<String>>,
    }
}

crate::redfish_struct! {
    /// The TLS client and server policies.
    pub struct TLSCommunication {
        /// The TLS policy where the manager acts as a TLS client for communication with servers.
        "Client" => client: crate::security_policy::TLSPolicy,
        /// The TLS policy where the manager acts as a TLS server for communication with clients.
        "Server" => server: crate::security_policy::TLSPolicy,
    }
}

crate::redfish_struct! {
    /// The TLS policy settings.
    pub struct TLSParameterSet {
        /// The TLS algorithms.
        "Algorithms" => algorithms: crate::security_policy::TLSAlgorithmSet,
        /// The TLS versions.
        ///
        /// Writable.
        "Versions" => versions: Vec<Option<String>>,
    }
}

crate::redfish_struct! {
    /// TLS policy settings.
    pub struct TLSPolicy {
        /// The TLS policy settings that are allowed, such as the allowable TLS versions and algorithms.
        "Allowed" => allowed: crate::security_policy::TLSParameterSet,
        /// The TLS policy settings that are prohibited, such as the prohibited TLS versions and algorithms.
        "Denied" => denied: crate::security_policy::TLSParameterSet,
        /// The revoked TLS server certificates.
        ///
        /// Read-only.
        "RevokedCertificates" => revoked_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The trusted TLS server certificates.
        ///
        /// Read-only.
        "TrustedCertificates" => trusted_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// An indication of whether the manager will verify the certificate of the remote TLS endpoint.
        ///
        /// Writable.
        "VerifyCertificate" => verify_certificate: bool,
    }
}
