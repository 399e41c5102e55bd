//! `CertificateService`: The `CertificateService` schema describes a certificate service that represents the actions available to manage certificates and links to the certificates.
//!
//! Generated from the DMTF Redfish schema `CertificateService.v1_2_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `certificate_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `CertificateService` schema describes a certificate service that represents the actions available to manage certificates and links to the certificates.
    ///
    /// DMTF schema `CertificateService` v1_2_1 (Redfish 2025.4).
    pub struct CertificateService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The automatic certificate enrollment configuration.
        "AutomaticCertificateEnrollment" => automatic_certificate_enrollment: crate::certificate_service::AutomaticCertificateEnrollment,
        /// The link to the collection of certificate enrollment configurations.
        ///
        /// Read-only.
        "CertificateEnrollments" => certificate_enrollments: crate::Link<crate::Collection<crate::certificate_enrollment::CertificateEnrollment>>,
        /// The information about the location of certificates.
        ///
        /// Read-only.
        "CertificateLocations" => certificate_locations: crate::Link<crate::certificate_locations::CertificateLocations>,
        /// Read-only.
        "Description" => description: String,
        /// The link to a collection of server certificates for the automatic certificate enrollment servers.
        ///
        /// Read-only.
        "EnrollmentCACertificates" => enrollment_ca_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(CertificateService: "CertificateService", actions);

crate::redfish_struct! {
    /// The automatic certificate enrollment service configuration.
    pub struct AutomaticCertificateEnrollment {
        /// The certificate usage types that support automatic enrollments for this service.
        ///
        /// Read-only.
        "CertificatesSupported" => certificates_supported: Vec<Option<crate::certificate::CertificateUsageType>>,
        /// The automatic enrollment protocols supported by this service.
        ///
        /// Read-only.
        "EnrollmentTypes" => enrollment_types: Vec<Option<crate::certificate_enrollment::EnrollmentProtocolType>>,
        /// An indication of whether automatic enrollment is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::redfish_struct! {
    /// Parameters of the `GenerateCSR` action: This action makes a certificate signing request.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct GenerateCSRRequest {
        /// The additional host names of the component to secure.
        "AlternativeNames" => alternative_names: Vec<String>,
        /// The link to the certificate collection where the certificate is installed after the certificate authority (CA) signs the certificate.
        ///
        /// Required.
        "CertificateCollection" => certificate_collection: crate::Link<crate::Collection<crate::certificate::Certificate>> [required],
        /// The challenge password to apply to the certificate for revocation requests.
        "ChallengePassword" => challenge_password: String [secret],
        /// The city or locality of the organization making the request.
        "City" => city: String,
        /// The name of the component to secure.
        ///
        /// Required.
        "CommonName" => common_name: String [required],
        /// The name of the user making the request.
        "ContactPerson" => contact_person: String,
        /// The two-letter country code of the organization making the request.
        "Country" => country: String,
        /// The email address of the contact within the organization making the request.
        "Email" => email: String,
        /// The given name of the user making the request.
        "GivenName" => given_name: String,
        /// The initials of the user making the request.
        "Initials" => initials: String,
        /// The length of the key, in bits, if needed based on the `KeyPairAlgorithm` parameter value.
        "KeyBitLength" => key_bit_length: i64,
        /// The curve ID to use with the key, if needed based on the `KeyPairAlgorithm` parameter value.
        "KeyCurveId" => key_curve_id: String,
        /// The type of key-pair for use with signing algorithms.
        "KeyPairAlgorithm" => key_pair_algorithm: String,
        /// The usage of the key contained in the certificate.
        "KeyUsage" => key_usage: Vec<crate::certificate::KeyUsage>,
        /// The name of the organization making the request.
        "Organization" => organization: String,
        /// The name of the unit or division of the organization making the request.
        "OrganizationalUnit" => organizational_unit: String,
        /// The state, province, or region of the organization making the request.
        "State" => state: String,
        /// The surname of the user making the request.
        "Surname" => surname: String,
        /// The unstructured name of the subject.
        "UnstructuredName" => unstructured_name: String,
    }
}

impl GenerateCSRRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["CertificateCollection", "CommonName"];

    /// Sets `AlternativeNames`.
    #[must_use]
    pub fn with_alternative_names(mut self, value: Vec<String>) -> Self {
        self.alternative_names = Some(value);
        self
    }
    /// Sets `CertificateCollection`.
    #[must_use]
    pub fn with_certificate_collection(
        mut self,
        value: crate::Link<crate::Collection<crate::certificate::Certificate>>,
    ) -> Self {
        self.certificate_collection = Some(value);
        self
    }
    /// Sets `ChallengePassword`.
    #[must_use]
    pub fn with_challenge_password(mut self, value: impl Into<String>) -> Self {
        self.challenge_password = Some(value.into());
        self
    }
    /// Sets `City`.
    #[must_use]
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `CommonName`.
    #[must_use]
    pub fn with_common_name(mut self, value: impl Into<String>) -> Self {
        self.common_name = Some(value.into());
        self
    }
    /// Sets `ContactPerson`.
    #[must_use]
    pub fn with_contact_person(mut self, value: impl Into<String>) -> Self {
        self.contact_person = Some(value.into());
        self
    }
    /// Sets `Country`.
    #[must_use]
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Sets `Email`.
    #[must_use]
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `GivenName`.
    #[must_use]
    pub fn with_given_name(mut self, value: impl Into<String>) -> Self {
        self.given_name = Some(value.into());
        self
    }
    /// Sets `Initials`.
    #[must_use]
    pub fn with_initials(mut self, value: impl Into<String>) -> Self {
        self.initials = Some(value.into());
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
    /// Sets `KeyUsage`.
    #[must_use]
    pub fn with_key_usage(mut self, value: Vec<crate::certificate::KeyUsage>) -> Self {
        self.key_usage = Some(value);
        self
    }
    /// Sets `Organization`.
    #[must_use]
    pub fn with_organization(mut self, value: impl Into<String>) -> Self {
        self.organization = Some(value.into());
        self
    }
    /// Sets `OrganizationalUnit`.
    #[must_use]
    pub fn with_organizational_unit(mut self, value: impl Into<String>) -> Self {
        self.organizational_unit = Some(value.into());
        self
    }
    /// Sets `State`.
    #[must_use]
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `Surname`.
    #[must_use]
    pub fn with_surname(mut self, value: impl Into<String>) -> Self {
        self.surname = Some(value.into());
        self
    }
    /// Sets `UnstructuredName`.
    #[must_use]
    pub fn with_unstructured_name(mut self, value: impl Into<String>) -> Self {
        self.unstructured_name = Some(value.into());
        self
    }
}

impl crate::ActionRequest for GenerateCSRRequest {
    type Resource = CertificateService;
    type Response = crate::certificate_service::GenerateCSRResponse;
    const ACTION: &'static str = "#CertificateService.GenerateCSR";
    const REQUIRED: &'static [&'static str] = &["CertificateCollection", "CommonName"];
}

crate::redfish_struct! {
    /// The response body for the `GenerateCSR` action.
    pub struct GenerateCSRResponse {
        /// The string for the certificate signing request.
        ///
        /// Read-only. Required.
        "CSRString" => csr_string: String [required],
        /// The link to the certificate collection where the certificate is installed.
        ///
        /// Read-only. Required.
        "CertificateCollection" => certificate_collection: crate::Link<crate::Collection<crate::certificate::Certificate>> [required],
    }
}

crate::redfish_struct! {
    /// Parameters of the `ReplaceCertificate` action: This action replaces a certificate.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ReplaceCertificateRequest {
        /// The string for the certificate.
        ///
        /// Required.
        "CertificateString" => certificate_string: String [required],
        /// The format of the certificate.
        ///
        /// Required.
        "CertificateType" => certificate_type: crate::certificate::CertificateType [required],
        /// The link to the certificate that is being replaced.
        ///
        /// Required.
        "CertificateUri" => certificate_uri: crate::Link<crate::certificate::Certificate> [required],
        /// The password for the certificate.
        "Password" => password: String [secret],
    }
}

impl ReplaceCertificateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] =
        &["CertificateString", "CertificateType", "CertificateUri"];

    /// Sets `CertificateString`.
    #[must_use]
    pub fn with_certificate_string(mut self, value: impl Into<String>) -> Self {
        self.certificate_string = Some(value.into());
        self
    }
    /// Sets `CertificateType`.
    #[must_use]
    pub fn with_certificate_type(mut self, value: crate::certificate::CertificateType) -> Self {
        self.certificate_type = Some(value);
        self
    }
    /// Sets `CertificateUri`.
    #[must_use]
    pub fn with_certificate_uri(
        mut self,
        value: crate::Link<crate::certificate::Certificate>,
    ) -> Self {
        self.certificate_uri = Some(value);
        self
    }
    /// Sets `Password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ReplaceCertificateRequest {
    type Resource = CertificateService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#CertificateService.ReplaceCertificate";
    const REQUIRED: &'static [&'static str] =
        &["CertificateString", "CertificateType", "CertificateUri"];
}
