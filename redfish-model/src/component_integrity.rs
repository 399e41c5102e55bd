//! `ComponentIntegrity`: The `ComponentIntegrity` resource provides critical and pertinent security information about a specific device, system, software element, or other managed entity.
//!
//! Generated from the DMTF Redfish schema `ComponentIntegrity.v1_3_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `component_integrity` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ComponentIntegrity` resource provides critical and pertinent security information about a specific device, system, software element, or other managed entity.
    ///
    /// DMTF schema `ComponentIntegrity` v1_3_2 (Redfish 2025.4).
    pub struct ComponentIntegrity {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// An indication of whether security protocols are enabled for the component.
        ///
        /// Writable.
        "ComponentIntegrityEnabled" => component_integrity_enabled: bool,
        /// The type of security technology for the component.
        ///
        /// Read-only. Required.
        "ComponentIntegrityType" => component_integrity_type: crate::component_integrity::ComponentIntegrityType [required],
        /// The version of the security technology.
        ///
        /// Read-only. Required.
        "ComponentIntegrityTypeVersion" => component_integrity_type_version: String [required],
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The date and time when information for the component was last updated.
        ///
        /// Read-only.
        "LastUpdated" => last_updated: crate::DateTime,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::component_integrity::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Integrity information about the SPDM Responder as reported by an SPDM Requester.
        "SPDM" => spdm: crate::component_integrity::SPDMinfo,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// Integrity information about the Trusted Platform Module (TPM).
        "TPM" => tpm: crate::component_integrity::TPMinfo,
        /// The link to the component whose integrity that this resource reports.
        ///
        /// Read-only. Required.
        "TargetComponentURI" => target_component_uri: String [required],
    }
}

crate::__impl_resource!(ComponentIntegrity: "ComponentIntegrity", actions);

crate::redfish_struct! {
    /// Common Authentication information.
    pub struct CommonAuthInfo {
        /// A link to the certificate that represents the identity of the component.
        ///
        /// Read-only.
        "ComponentCertificate" => component_certificate: crate::Link<crate::certificate::Certificate>,
        /// The status of the verification of the identity of the component.
        ///
        /// Read-only.
        "VerificationStatus" => verification_status: crate::component_integrity::VerificationStatus,
    }
}

crate::redfish_struct! {
    /// Information about communication between two components.
    pub struct CommunicationInfo {
        /// The active sessions or communication channels between two components.
        "Sessions" => sessions: Vec<Option<crate::component_integrity::SingleSessionInfo>>,
    }
}

crate::redfish_enum! {
    /// `ComponentIntegrityType`.
    pub enum ComponentIntegrityType {
        /// Security Protocol and Data Model (SPDM) protocol.
        SPDM = "SPDM",
        /// Trusted Platform Module (TPM).
        TPM = "TPM",
        /// Trusted Cryptography Module (TCM).
        TCM = "TCM",
        /// Trusted Platform Control Module (TPCM).
        TPCM = "TPCM",
        /// OEM-specific.
        OEM = "OEM",
    }
}

crate::redfish_enum! {
    /// `DMTFmeasurementTypes`.
    pub enum DMTFmeasurementTypes {
        /// Immutable ROM.
        ImmutableROM = "ImmutableROM",
        /// Mutable firmware or any mutable code.
        MutableFirmware = "MutableFirmware",
        /// Hardware configuration, such as straps.
        HardwareConfiguration = "HardwareConfiguration",
        /// Firmware configuration, such as configurable firmware policy.
        FirmwareConfiguration = "FirmwareConfiguration",
        /// Mutable firmware version.
        MutableFirmwareVersion = "MutableFirmwareVersion",
        /// Mutable firmware security version number.
        MutableFirmwareSecurityVersionNumber = "MutableFirmwareSecurityVersionNumber",
        /// Measurement Manifest.
        MeasurementManifest = "MeasurementManifest",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to resources that the target component protects.
        ///
        /// Read-only.
        "ComponentsProtected" => components_protected: Vec<crate::Link>,
        "ComponentsProtected@odata.count" => components_protected_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `MeasurementSpecification`.
    pub enum MeasurementSpecification {
        /// DMTF.
        DMTF = "DMTF",
    }
}

crate::redfish_struct! {
    /// Parameters of the `SPDMGetSignedMeasurements` action: This action generates an SPDM cryptographic signed statement over the given nonce and measurements of the SPDM Responder.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SPDMGetSignedMeasurementsRequest {
        /// An array of indices that identify the measurement blocks to sign.
        "MeasurementIndices" => measurement_indices: Vec<i64>,
        /// A 32-byte hex-encoded string that is signed with the measurements. The value should be unique.
        "Nonce" => nonce: String,
        /// The slot identifier for the certificate containing the private key to generate the signature over the measurements.
        "SlotId" => slot_id: i64,
    }
}

impl SPDMGetSignedMeasurementsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `MeasurementIndices`.
    #[must_use]
    pub fn with_measurement_indices(mut self, value: Vec<i64>) -> Self {
        self.measurement_indices = Some(value);
        self
    }
    /// Sets `Nonce`.
    #[must_use]
    pub fn with_nonce(mut self, value: impl Into<String>) -> Self {
        self.nonce = Some(value.into());
        self
    }
    /// Sets `SlotId`.
    #[must_use]
    pub fn with_slot_id(mut self, value: i64) -> Self {
        self.slot_id = Some(value);
        self
    }
}

impl crate::ActionRequest for SPDMGetSignedMeasurementsRequest {
    type Resource = ComponentIntegrity;
    type Response = crate::component_integrity::SPDMGetSignedMeasurementsResponse;
    const ACTION: &'static str = "#ComponentIntegrity.SPDMGetSignedMeasurements";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The SPDM signed measurement from an SPDM Responder.
    pub struct SPDMGetSignedMeasurementsResponse {
        /// A link to the certificate corresponding to the SPDM slot identifier that can be used to validate the signature.
        ///
        /// Read-only.
        "Certificate" => certificate: crate::Link<crate::certificate::Certificate>,
        /// The hashing algorithm used for generating the cryptographic signed statement.
        ///
        /// Read-only. Required.
        "HashingAlgorithm" => hashing_algorithm: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A Privacy Enhanced Mail (PEM)-encoded public key that can be used to validate the signature.
        ///
        /// Read-only.
        "PublicKey" => public_key: String,
        /// Base64-encoded cryptographic signed statement generated by the signer.
        ///
        /// Read-only. Required.
        "SignedMeasurements" => signed_measurements: String [required],
        /// The asymmetric signing algorithm used for generating the cryptographic signed statement.
        ///
        /// Read-only. Required.
        "SigningAlgorithm" => signing_algorithm: String [required],
        /// The SPDM version used by the SPDM Responder to generate the cryptographic signed statement.
        ///
        /// Read-only. Required.
        "Version" => version: String [required],
    }
}

crate::redfish_struct! {
    /// Information about communication between two components.
    pub struct SPDMcommunication {
        /// The active sessions or communication channels between two components.
        "Sessions" => sessions: Vec<Option<crate::component_integrity::SingleSessionInfo>>,
    }
}

crate::redfish_struct! {
    /// Identity authentication information about the SPDM Requester and SPDM Responder.
    pub struct SPDMidentity {
        /// Authentication information of the identity of the SPDM Requester.
        "RequesterAuthentication" => requester_authentication: crate::component_integrity::SPDMrequesterAuth,
        /// Authentication information of the identity of the SPDM Responder.
        "ResponderAuthentication" => responder_authentication: crate::component_integrity::SPDMresponderAuth,
    }
}

crate::redfish_struct! {
    /// Integrity information about an SPDM Responder as reported by an SPDM Requester.
    pub struct SPDMinfo {
        /// Information about communication between the SPDM Requester and SPDM Responder.
        "ComponentCommunication" => component_communication: crate::component_integrity::SPDMcommunication,
        /// Identity authentication information about the SPDM Requester and SPDM Responder.
        "IdentityAuthentication" => identity_authentication: crate::component_integrity::SPDMidentity,
        /// Measurement information about the SPDM Responder.
        "MeasurementSet" => measurement_set: crate::component_integrity::SPDMmeasurementSet,
        /// The link to the component that is reporting the integrity information of the target component.
        ///
        /// Read-only. Required.
        "Requester" => requester: crate::Link [required],
    }
}

crate::redfish_struct! {
    /// SPDM Responder measurement information.
    pub struct SPDMmeasurementSet {
        /// The measurement specification negotiated between the SPDM Requester and SPDM Responder.
        ///
        /// Read-only.
        "MeasurementSpecification" => measurement_specification: crate::component_integrity::MeasurementSpecification,
        /// The measurement summary data.
        ///
        /// Read-only.
        "MeasurementSummary" => measurement_summary: String,
        /// The hash algorithm used to compute the measurement summary.
        ///
        /// Read-only.
        "MeasurementSummaryHashAlgorithm" => measurement_summary_hash_algorithm: String,
        /// The type of measurement summary.
        ///
        /// Read-only.
        "MeasurementSummaryType" => measurement_summary_type: crate::component_integrity::SPDMmeasurementSummaryType,
        /// Measurements from an SPDM Responder.
        "Measurements" => measurements: Vec<Option<crate::component_integrity::SPDMsingleMeasurement>>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `SPDMmeasurementSummaryType`.
    pub enum SPDMmeasurementSummaryType {
        /// The measurement summary covers the TCB.
        TCB = "TCB",
        /// The measurement summary covers all measurements in SPDM.
        All = "All",
    }
}

crate::redfish_struct! {
    /// Authentication information of the identity of the SPDM Requester.
    pub struct SPDMrequesterAuth {
        /// A link to the certificate that represents the identity of the SPDM Requester provided in mutual authentication.
        ///
        /// Read-only.
        "ProvidedCertificate" => provided_certificate: crate::Link<crate::certificate::Certificate>,
    }
}

crate::redfish_struct! {
    /// Common Authentication information.
    pub struct SPDMresponderAuth {
        /// A link to the certificate that represents the identity of the component.
        ///
        /// Read-only.
        "ComponentCertificate" => component_certificate: crate::Link<crate::certificate::Certificate>,
        /// The status of the verification of the identity of the component.
        ///
        /// Read-only.
        "VerificationStatus" => verification_status: crate::component_integrity::VerificationStatus,
    }
}

crate::redfish_struct! {
    /// A single SPDM measurement for an SPDM Responder.
    pub struct SPDMsingleMeasurement {
        /// The date and time when information for the measurement was last updated.
        ///
        /// Read-only.
        "LastUpdated" => last_updated: crate::DateTime,
        /// The measurement data.
        ///
        /// Read-only.
        "Measurement" => measurement: String,
        /// The hash algorithm used to compute the measurement.
        ///
        /// Read-only.
        "MeasurementHashAlgorithm" => measurement_hash_algorithm: String,
        /// The index of the measurement.
        ///
        /// Read-only.
        "MeasurementIndex" => measurement_index: i64,
        /// The type or characteristics of the data that this measurement represents.
        ///
        /// Read-only.
        "MeasurementType" => measurement_type: crate::component_integrity::DMTFmeasurementTypes,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// Indicates whether this measurement is part of the measurement summary.
        ///
        /// Read-only.
        "PartofSummaryHash" => partof_summary_hash: bool,
        /// The security version number the measurement represents.
        ///
        /// Read-only.
        "SecurityVersionNumber" => security_version_number: String,
    }
}

crate::redfish_enum! {
    /// `SecureSessionType`.
    pub enum SecureSessionType {
        /// A plain text session without any protection.
        Plain = "Plain",
        /// An established session where both encryption and authentication are protecting the communication.
        EncryptedAuthenticated = "EncryptedAuthenticated",
        /// An established session where only authentication is protecting the communication.
        AuthenticatedOnly = "AuthenticatedOnly",
    }
}

crate::redfish_struct! {
    /// Information about a single communication channel or session between two components.
    pub struct SingleSessionInfo {
        /// The identifier for an active session or communication channel between two components.
        ///
        /// Read-only.
        "SessionId" => session_id: i64,
        /// The type of session or communication channel between two components.
        ///
        /// Read-only.
        "SessionType" => session_type: crate::component_integrity::SecureSessionType,
    }
}

crate::redfish_struct! {
    /// Parameters of the `TPMGetSignedMeasurements` action: This action generates a TPM cryptographic signed statement over the given nonce and PCRs of the TPM for TPM 2.0 devices.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct TPMGetSignedMeasurementsRequest {
        /// The URI for the certificate that represents the TPM attestation key.
        ///
        /// Required.
        "Certificate" => certificate: crate::Link<crate::certificate::Certificate> [required],
        /// A set of bytes as a hex-encoded string that is signed with the measurements. The value should be unique.
        "Nonce" => nonce: String,
        /// An object that identifies the PCRs to sign.
        ///
        /// Required.
        "PCRSelection" => pcr_selection: String [required],
        /// The signing scheme to use for the TPM attestation key.
        ///
        /// Required.
        "Scheme" => scheme: String [required],
    }
}

impl TPMGetSignedMeasurementsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Certificate", "PCRSelection", "Scheme"];

    /// Sets `Certificate`.
    #[must_use]
    pub fn with_certificate(mut self, value: crate::Link<crate::certificate::Certificate>) -> Self {
        self.certificate = Some(value);
        self
    }
    /// Sets `Nonce`.
    #[must_use]
    pub fn with_nonce(mut self, value: impl Into<String>) -> Self {
        self.nonce = Some(value.into());
        self
    }
    /// Sets `PCRSelection`.
    #[must_use]
    pub fn with_pcr_selection(mut self, value: impl Into<String>) -> Self {
        self.pcr_selection = Some(value.into());
        self
    }
    /// Sets `Scheme`.
    #[must_use]
    pub fn with_scheme(mut self, value: impl Into<String>) -> Self {
        self.scheme = Some(value.into());
        self
    }
}

impl crate::ActionRequest for TPMGetSignedMeasurementsRequest {
    type Resource = ComponentIntegrity;
    type Response = crate::component_integrity::TPMGetSignedMeasurementsResponse;
    const ACTION: &'static str = "#ComponentIntegrity.TPMGetSignedMeasurements";
    const REQUIRED: &'static [&'static str] = &["Certificate", "PCRSelection", "Scheme"];
}

crate::redfish_struct! {
    /// The TPM signed measurement from a TPM.
    pub struct TPMGetSignedMeasurementsResponse {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The Base64-encoded cryptographic signed statement generated by the signer.
        ///
        /// Read-only. Required.
        "SignedMeasurements" => signed_measurements: String [required],
    }
}

crate::redfish_struct! {
    /// Common Authentication information.
    pub struct TPMauth {
        /// A link to the certificate that represents the identity of the component.
        ///
        /// Read-only.
        "ComponentCertificate" => component_certificate: crate::Link<crate::certificate::Certificate>,
        /// The status of the verification of the identity of the component.
        ///
        /// Read-only.
        "VerificationStatus" => verification_status: crate::component_integrity::VerificationStatus,
    }
}

crate::redfish_struct! {
    /// Information about communication between two components.
    pub struct TPMcommunication {
        /// The active sessions or communication channels between two components.
        "Sessions" => sessions: Vec<Option<crate::component_integrity::SingleSessionInfo>>,
    }
}

crate::redfish_struct! {
    /// Integrity information about a Trusted Platform Module (TPM).
    pub struct TPMinfo {
        /// Information about communication with the TPM.
        "ComponentCommunication" => component_communication: crate::component_integrity::TPMcommunication,
        /// Identity authentication information about the TPM.
        "IdentityAuthentication" => identity_authentication: crate::component_integrity::TPMauth,
        /// Measurement information from the TPM.
        "MeasurementSet" => measurement_set: crate::component_integrity::TPMmeasurementSet,
        /// The maximum number of bytes that can be specified in the `Nonce` parameter of the `TPMGetSignedMeasurements` action.
        ///
        /// Read-only.
        "NonceSizeBytesMaximum" => nonce_size_bytes_maximum: i64,
    }
}

crate::redfish_struct! {
    /// Trusted Computing Group TPM measurement information.
    pub struct TPMmeasurementSet {
        /// Measurements from a TPM.
        "Measurements" => measurements: Vec<Option<crate::component_integrity::TPMsingleMeasurement>>,
    }
}

crate::redfish_struct! {
    /// A single Trusted Computing Group TPM measurement.
    pub struct TPMsingleMeasurement {
        /// The date and time when information for the measurement was last updated.
        ///
        /// Read-only.
        "LastUpdated" => last_updated: crate::DateTime,
        /// The measurement data.
        ///
        /// Read-only.
        "Measurement" => measurement: String,
        /// The hash algorithm used to compute the measurement.
        ///
        /// Read-only.
        "MeasurementHashAlgorithm" => measurement_hash_algorithm: String,
        /// The Platform Configuration Register (PCR) bank of the measurement.
        ///
        /// Read-only.
        "PCR" => pcr: i64,
    }
}

crate::redfish_enum! {
    /// `VerificationStatus`.
    pub enum VerificationStatus {
        /// Successful verification.
        Success = "Success",
        /// Unsuccessful verification.
        Failed = "Failed",
    }
}
