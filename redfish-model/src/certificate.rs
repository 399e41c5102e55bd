//! `Certificate`: The `Certificate` schema describes a certificate that proves the identity of a component, account, or service.
//!
//! Generated from the DMTF Redfish schema `Certificate.v1_11_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `certificate` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Certificate` schema describes a certificate that proves the identity of a component, account, or service.
    ///
    /// DMTF schema `Certificate` v1_11_0 (Redfish 2025.4).
    pub struct Certificate {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The string for the certificate.
        ///
        /// Read-only.
        "CertificateString" => certificate_string: String,
        /// The format of the certificate.
        ///
        /// Read-only.
        "CertificateType" => certificate_type: crate::certificate::CertificateType,
        /// The types or purposes for this certificate.
        ///
        /// Read-only.
        "CertificateUsageTypes" => certificate_usage_types: Vec<Option<crate::certificate::CertificateUsageType>>,
        /// Read-only.
        "Description" => description: String,
        /// The fingerprint of the certificate.
        ///
        /// Read-only.
        "Fingerprint" => fingerprint: String,
        /// The hash algorithm for the fingerprint of the certificate.
        ///
        /// Read-only.
        "FingerprintHashAlgorithm" => fingerprint_hash_algorithm: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The issuer of the certificate.
        "Issuer" => issuer: crate::certificate::Identifier,
        /// The key usage extension, which defines the purpose of the public keys in this certificate.
        ///
        /// Read-only.
        "KeyUsage" => key_usage: Vec<Option<crate::certificate::KeyUsage>>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::certificate::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The password for the certificate.
        ///
        /// Writable.
        "Password" => password: String [secret],
        /// SPDM-related information for the certificate.
        "SPDM" => spdm: crate::certificate::SPDM,
        /// The serial number of the certificate.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The algorithm used for creating the signature of the certificate.
        ///
        /// Read-only.
        "SignatureAlgorithm" => signature_algorithm: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The subject of the certificate.
        "Subject" => subject: crate::certificate::Identifier,
        /// The UEFI signature owner for this certificate.
        ///
        /// Read-only.
        "UefiSignatureOwner" => uefi_signature_owner: String,
        /// The date when the certificate is no longer valid.
        ///
        /// Read-only.
        "ValidNotAfter" => valid_not_after: crate::DateTime,
        /// The date when the certificate becomes valid.
        ///
        /// Read-only.
        "ValidNotBefore" => valid_not_before: crate::DateTime,
    }
}

crate::__impl_resource!(Certificate: "Certificate", actions);

crate::redfish_struct! {
    /// Parameters of the `ForceAutomaticRenew` action: This action forces an automatic renewal of the certificate, if this certificate is configured for automatic certificate enrollment.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ForceAutomaticRenewRequest {
    }
}

impl ForceAutomaticRenewRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ForceAutomaticRenewRequest {
    type Resource = Certificate;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Certificate.ForceAutomaticRenew";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The identifier information about a certificate.
    pub struct Identifier {
        /// Additional common names of the entity.
        ///
        /// Read-only.
        "AdditionalCommonNames" => additional_common_names: Vec<Option<String>>,
        /// Additional organizational units of the entity.
        ///
        /// Read-only.
        "AdditionalOrganizationalUnits" => additional_organizational_units: Vec<Option<String>>,
        /// The additional host names of the entity.
        ///
        /// Read-only.
        "AlternativeNames" => alternative_names: Vec<Option<String>>,
        /// The city or locality of the organization of the entity.
        ///
        /// Read-only.
        "City" => city: String,
        /// The common name of the entity.
        ///
        /// Read-only.
        "CommonName" => common_name: String,
        /// The country of the organization of the entity.
        ///
        /// Read-only.
        "Country" => country: String,
        /// A human-readable string for this identifier.
        ///
        /// Read-only.
        "DisplayString" => display_string: String,
        /// The domain components of the entity.
        ///
        /// Read-only.
        "DomainComponents" => domain_components: Vec<Option<String>>,
        /// The email address of the contact within the organization of the entity.
        ///
        /// Read-only.
        "Email" => email: String,
        /// The name of the organization of the entity.
        ///
        /// Read-only.
        "Organization" => organization: String,
        /// The name of the unit or division of the organization of the entity.
        ///
        /// Read-only.
        "OrganizationalUnit" => organizational_unit: String,
        /// The state, province, or region of the organization of the entity.
        ///
        /// Read-only.
        "State" => state: String,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// A link to the certificate of the CA that issued this certificate.
        ///
        /// Writable.
        "Issuer" => issuer: crate::Link<crate::certificate::Certificate>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to certificates that were issued by the CA that is represented by this certificate.
        ///
        /// Writable.
        "Subjects" => subjects: Vec<crate::Link<crate::certificate::Certificate>>,
        "Subjects@odata.count" => subjects_count: u64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `Rekey` action: This action generates a new key-pair for a certificate and produces a certificate signing request.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RekeyRequest {
        /// The challenge password to apply to the certificate for revocation requests.
        "ChallengePassword" => challenge_password: String [secret],
        /// The length of the key, in bits, if needed based on the `KeyPairAlgorithm` parameter value.
        "KeyBitLength" => key_bit_length: i64,
        /// The curve ID to use with the key, if needed based on the `KeyPairAlgorithm` parameter value.
        "KeyCurveId" => key_curve_id: String,
        /// The type of key-pair for use with signing algorithms.
        "KeyPairAlgorithm" => key_pair_algorithm: String,
    }
}

impl RekeyRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `ChallengePassword`.
    #[must_use]
    pub fn with_challenge_password(mut self, value: impl Into<String>) -> Self {
        self.challenge_password = Some(value.into());
        self
    }
    /// Sets `KeyBitLength`.
    #[must_use]
    pub fn with_key_bit_length(mut self, value: i64) -> Self {
        self.key_bit_length = Some(value);
        self
    }
    /// Sets `KeyCurveId`.
    #[must_use]
    pub fn with_key_curve_id(mut self, value: impl Into<String>) -> Self {
        self.key_curve_id = Some(value.into());
        self
    }
    /// Sets `KeyPairAlgorithm`.
    #[must_use]
    pub fn with_key_pair_algorithm(mut self, value: impl Into<String>) -> Self {
        self.key_pair_algorithm = Some(value.into());
        self
    }
}

impl crate::ActionRequest for RekeyRequest {
    type Resource = Certificate;
    type Response = crate::certificate::RekeyResponse;
    const ACTION: &'static str = "#Certificate.Rekey";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The response body for the `Rekey` action.
    pub struct RekeyResponse {
        /// The string for the certificate signing request.
        ///
        /// Read-only. Required.
        "CSRString" => csr_string: String [required],
        /// The link to the certificate being rekeyed.
        ///
        /// Read-only. Required.
        "Certificate" => certificate: crate::Link<crate::certificate::Certificate> [required],
    }
}

crate::redfish_struct! {
    /// Parameters of the `Renew` action: This action generates a certificate signing request by using the existing information and key-pair of the certificate.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RenewRequest {
        /// The challenge password to apply to the certificate for revocation requests.
        "ChallengePassword" => challenge_password: String [secret],
    }
}

impl RenewRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `ChallengePassword`.
    #[must_use]
    pub fn with_challenge_password(mut self, value: impl Into<String>) -> Self {
        self.challenge_password = Some(value.into());
        self
    }
}

impl crate::ActionRequest for RenewRequest {
    type Resource = Certificate;
    type Response = crate::certificate::RenewResponse;
    const ACTION: &'static str = "#Certificate.Renew";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The response body for the `Renew` action.
    pub struct RenewResponse {
        /// The string for the certificate signing request.
        ///
        /// Read-only. Required.
        "CSRString" => csr_string: String [required],
        /// The link to the certificate being renewed.
        ///
        /// Read-only. Required.
        "Certificate" => certificate: crate::Link<crate::certificate::Certificate> [required],
    }
}

crate::redfish_struct! {
    /// SPDM-related information for a certificate.
    pub struct SPDM {
        /// Slot identifier of the certificate.
        ///
        /// Read-only.
        "SlotId" => slot_id: i64,
    }
}

crate::redfish_enum! {
    /// `CertificateType`.
    pub enum CertificateType {
        /// A Privacy Enhanced Mail (PEM)-encoded single certificate.
        PEM = "PEM",
        /// A Privacy Enhanced Mail (PEM)-encoded certificate chain.
        PEMchain = "PEMchain",
        /// A Privacy Enhanced Mail (PEM)-encoded PKCS7 certificate.
        PKCS7 = "PKCS7",
        /// A Base64-encoded PKCS12 certificate bundle.
        PKCS12 = "PKCS12",
    }
}

crate::redfish_enum! {
    /// `CertificateUsageType`.
    pub enum CertificateUsageType {
        /// This certificate is a user certificate like those associated with a manager account.
        User = "User",
        /// This certificate is a web or HTTPS certificate like those used for event destinations.
        Web = "Web",
        /// This certificate is used for SSH.
        SSH = "SSH",
        /// This certificate is a device type certificate like those associated with SPDM and other standards.
        Device = "Device",
        /// This certificate is a platform type certificate like those associated with SPDM and other standards.
        Platform = "Platform",
        /// This certificate is a BIOS certificate like those associated with UEFI.
        BIOS = "BIOS",
        /// This certificate is an IDevID certificate like those associated with TCG TPMs.
        IDevID = "IDevID",
        /// This certificate is an LDevID certificate like those associated with TCG TPMs.
        LDevID = "LDevID",
        /// This certificate is an IAK certificate like those associated with TCG TPMs.
        IAK = "IAK",
        /// This certificate is an LAK certificate like those associated with TCG TPMs.
        LAK = "LAK",
        /// This certificate is an EK certificate like those associated with TCG TPMs.
        EK = "EK",
    }
}

crate::redfish_enum! {
    /// The usages of a key contained within a certificate.
    pub enum KeyUsage {
        /// Verifies digital signatures, other than signatures on certificates and CRLs.
        DigitalSignature = "DigitalSignature",
        /// Verifies digital signatures, other than signatures on certificates and CRLs, and provides a non-repudiation service that protects against the signing entity falsely denying some action.
        NonRepudiation = "NonRepudiation",
        /// Enciphers private or secret keys.
        KeyEncipherment = "KeyEncipherment",
        /// Directly enciphers raw user data without an intermediate symmetric cipher.
        DataEncipherment = "DataEncipherment",
        /// Key agreement.
        KeyAgreement = "KeyAgreement",
        /// Verifies signatures on public key certificates.
        KeyCertSign = "KeyCertSign",
        /// Verifies signatures on certificate revocation lists (CRLs).
        CRLSigning = "CRLSigning",
        /// Enciphers data while performing a key agreement.
        EncipherOnly = "EncipherOnly",
        /// Deciphers data while performing a key agreement.
        DecipherOnly = "DecipherOnly",
        /// TLS WWW server authentication.
        ServerAuthentication = "ServerAuthentication",
        /// TLS WWW client authentication.
        ClientAuthentication = "ClientAuthentication",
        /// Signs downloadable executable code.
        CodeSigning = "CodeSigning",
        /// Email protection.
        EmailProtection = "EmailProtection",
        /// Binds the hash of an object to a time.
        Timestamping = "Timestamping",
        /// Signs OCSP responses.
        OCSPSigning = "OCSPSigning",
    }
}
