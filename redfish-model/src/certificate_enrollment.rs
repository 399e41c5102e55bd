//! `CertificateEnrollment`: This resource shall represent an automatic certificate enrollment for a Redfish implementation.
//!
//! Generated from the DMTF Redfish schema `CertificateEnrollment.v1_0_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `certificate_enrollment` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// This resource shall represent an automatic certificate enrollment for a Redfish implementation.
    ///
    /// DMTF schema `CertificateEnrollment` v1_0_1 (Redfish 2025.4).
    pub struct CertificateEnrollment {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// ACME (Automatic Certificate Management Environment) protocol specific configuration for automatic certificate enrollment.
        "ACME" => acme: crate::certificate_enrollment::ACMEConfiguration,
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The certificate signing request parameters.
        "CSRParameters" => csr_parameters: crate::certificate_enrollment::CSRParameters,
        /// Read-only.
        "Description" => description: String,
        /// An indication of whether this automatic certificate enrollment is enabled.
        ///
        /// Writable.
        "Enabled" => enabled: bool,
        /// The status information for this enrollment.
        "EnrollmentState" => enrollment_state: crate::certificate_enrollment::EnrollmentState,
        /// The configured automatic certificate enrollment protocol.
        ///
        /// Read-only.
        "EnrollmentType" => enrollment_type: crate::certificate_enrollment::EnrollmentProtocolType,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::certificate_enrollment::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The number of days before certificate expiry to begin automatic renewal of the certificate.
        ///
        /// Writable.
        "RenewBeforeExpiryDays" => renew_before_expiry_days: i64,
        /// SCEP (Simple Certificate Enrollment Protocol) protocol specific configuration for automatic certificate enrollment.
        "SCEP" => scep: crate::certificate_enrollment::SCEPConfiguration,
        /// The URI of the certificate enrollment server.
        ///
        /// Writable.
        "ServerURI" => server_uri: String,
        /// An indication of whether the service will verify the certificate of the server referenced by the `ServerURI` property.
        ///
        /// Writable.
        "VerifyCertificate" => verify_certificate: bool,
    }
}

crate::__impl_resource!(CertificateEnrollment: "CertificateEnrollment", actions);

crate::redfish_enum! {
    /// `ACMEChallengeType`.
    pub enum ACMEChallengeType {
        /// HTTP challenge type for domain validation.
        Http01 = "Http01",
        /// DNS challenge type for domain validation.
        Dns01 = "Dns01",
    }
}

crate::redfish_struct! {
    /// ACME protocol specific configuration.
    pub struct ACMEConfiguration {
        /// The ACME challenge type used for domain validation.
        ///
        /// Writable.
        "ChallengeType" => challenge_type: crate::certificate_enrollment::ACMEChallengeType,
        /// The external account binding (EAB) key value.
        ///
        /// Writable.
        "EABKey" => eab_key: String,
        /// The external account binding (EAB) key identifier.
        ///
        /// Writable.
        "EABKeyId" => eab_key_id: String,
        /// The email address for ACME account registration.
        ///
        /// Writable.
        "Email" => email: String,
    }
}

crate::redfish_struct! {
    /// Certificate signing request parameters.
    pub struct CSRParameters {
        /// The additional host names of the component to secure.
        ///
        /// Writable.
        "AlternativeNames" => alternative_names: Vec<Option<String>>,
        /// The challenge password to apply to the certificate for revocation requests.
        ///
        /// Writable.
        "ChallengePassword" => challenge_password: String [secret],
        /// The city or locality of the organization making the request.
        ///
        /// Writable.
        "City" => city: String,
        /// The name of the component to secure.
        ///
        /// Writable.
        "CommonName" => common_name: String,
        /// The name of the user making the request.
        ///
        /// Writable.
        "ContactPerson" => contact_person: String,
        /// The two-letter country code of the organization making the request.
        ///
        /// Writable.
        "Country" => country: String,
        /// The email address of the contact within the organization making the request.
        ///
        /// Writable.
        "Email" => email: String,
        /// The given name of the user making the request.
        ///
        /// Writable.
        "GivenName" => given_name: String,
        /// The initials of the user making the request.
        ///
        /// Writable.
        "Initials" => initials: String,
        /// The length of the key, in bits, if needed based on the `KeyPairAlgorithm` property value.
        ///
        /// Writable.
        "KeyBitLength" => key_bit_length: i64,
        /// The curve ID to use with the key, if needed based on the `KeyPairAlgorithm` property value.
        ///
        /// Writable.
        "KeyCurveId" => key_curve_id: String,
        /// The type of key-pair for use with signing algorithms.
        ///
        /// Writable.
        "KeyPairAlgorithm" => key_pair_algorithm: String,
        /// The usage of the key contained in the certificate.
        ///
        /// Writable.
        "KeyUsage" => key_usage: Vec<Option<crate::certificate::KeyUsage>>,
        /// The name of the organization making the request.
        ///
        /// Writable.
        "Organization" => organization: String,
        /// The name of the unit or division of the organization making the request.
        ///
        /// Writable.
        "OrganizationalUnit" => organizational_unit: String,
        /// The state, province, or region of the organization making the request.
        ///
        /// Writable.
        "State" => state: String,
        /// The surname of the user making the request.
        ///
        /// Writable.
        "Surname" => surname: String,
        /// The unstructured name of the subject.
        ///
        /// Writable.
        "UnstructuredName" => unstructured_name: String,
    }
}

crate::redfish_struct! {
    /// The status information for an enrollment.
    pub struct EnrollmentState {
        /// The last operation performed by the automatic enrollment service.
        ///
        /// Read-only.
        "LastOperation" => last_operation: crate::certificate_enrollment::LastOperationType,
        /// The status of the last operation performed by automatic enrollment service.
        ///
        /// Read-only.
        "LastOperationStatus" => last_operation_status: crate::certificate_enrollment::OperationStatus,
        /// The date and time when the last operation was performed.
        ///
        /// Read-only.
        "LastOperationTime" => last_operation_time: crate::DateTime,
    }
}

crate::redfish_enum! {
    /// `LastOperationType`.
    pub enum LastOperationType {
        /// Certificate renewal operation.
        Renew = "Renew",
        /// Update ACME email operation. Applicable only when the enrollment protocol is ACME.
        UpdateAcmeEmail = "UpdateAcmeEmail",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The list of server certificates for the server referenced by the `ServerURI` property.
        ///
        /// Writable.
        "CACertificates" => ca_certificates: Vec<crate::Link<crate::certificate::Certificate>>,
        "CACertificates@odata.count" => ca_certificates_count: u64,
        /// The link to the enrolled certificate.
        ///
        /// Read-only.
        "EnrolledCertificate" => enrolled_certificate: crate::Link<crate::certificate::Certificate>,
        /// The link to the certificate collection where the enrolled certificate will be installed.
        ///
        /// Writable.
        "EnrolledCertificateLocation" => enrolled_certificate_location: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `OperationStatus`.
    pub enum OperationStatus {
        /// The operation completed successfully.
        Success = "Success",
        /// The operation failed.
        Failed = "Failed",
        /// The operation is in progress.
        InProgress = "InProgress",
        /// The operation status is unknown.
        UnknownValue = "Unknown",
    }
}

crate::redfish_struct! {
    /// SCEP protocol specific configuration.
    pub struct SCEPConfiguration {
        /// The challenge password for SCEP enrollment.
        ///
        /// Writable.
        "ChallengePassword" => challenge_password: String [secret],
    }
}

crate::redfish_enum! {
    /// `EnrollmentProtocolType`.
    pub enum EnrollmentProtocolType {
        /// Automatic Certificate Management Environment (ACME) protocol.
        ACME = "ACME",
        /// Simple Certificate Enrollment Protocol (SCEP).
        SCEP = "SCEP",
        /// OEM enrollment protocol.
        OEM = "OEM",
    }
}
