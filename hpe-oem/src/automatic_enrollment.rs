//! `HpeAutomaticCertEnrollment` (`SecurityService/AutomaticCertificateEnrollment`): SCEP
//! enrollment of the HTTPS certificate against a Microsoft NDES server (iLO 5 >= 2.60 and
//! iLO 6; not in CNSA; removed in iLO 7).

use std::fmt;

use serde_json::{Value, json};

use crate::https_cert::CsrSubject;

redfish_model::redfish_enum! {
    /// `CertificateEnrollmentStatus`.
    pub enum CertificateEnrollmentStatus {
        /// Enrollment or renewal running.
        InProgress = "InProgress",
        /// The last enrollment succeeded (an iLO reset activates the certificate).
        Success = "Success",
        /// The last enrollment failed (see the security log).
        Failed = "Failed",
        /// The service is disabled.
        Disabled = "Disabled",
        /// The iLO does not know the status (the JSON value `Unknown`).
        StatusUnknown = "Unknown",
    }
}

redfish_model::redfish_struct! {
    /// `AutomaticCertificateEnrollmentSettings`.
    pub struct EnrollmentSettings {
        /// The NDES URL.
        "ServerUrl" => server_url: String,
        /// The SCEP challenge password (write-only; `null` on GET).
        "ChallengePassword" => challenge_password: String [secret],
        /// Whether the service is enabled.
        "ServiceEnabled" => service_enabled: bool,
        /// The enrollment status.
        "CertificateEnrollmentStatus" => certificate_enrollment_status: CertificateEnrollmentStatus,
        /// The imported CA certificate that signs the enrolled certificate.
        "CACertificateName" => ca_certificate_name: String,
    }
}

redfish_model::redfish_resource! {
    /// `#HpeAutomaticCertEnrollment.v1_0_0.HpeAutomaticCertEnrollment`.
    pub struct HpeAutomaticCertEnrollment: "HpeAutomaticCertEnrollment" {
        /// Actions (`#HpeAutomaticCertEnrollment.ImportCACertificate`).
        "Actions" => actions: redfish_model::Actions,
        /// The settings and status.
        "AutomaticCertificateEnrollmentSettings" => settings: EnrollmentSettings,
        /// The subject of the CSRs the iLO sends to the enrollment server.
        "HttpsCertCSRSubjectValue" => https_cert_csr_subject_value: CsrSubject,
    }
}

impl HpeAutomaticCertEnrollment {
    /// `true` when the service is enabled.
    pub fn is_enabled(&self) -> bool {
        self.settings
            .as_ref()
            .and_then(|s| s.service_enabled)
            .unwrap_or(false)
    }

    /// The enrollment status.
    pub fn status(&self) -> Option<&CertificateEnrollmentStatus> {
        self.settings
            .as_ref()
            .and_then(|s| s.certificate_enrollment_status.as_ref())
    }
}

/// A change of the enrollment service. `Debug` never shows the challenge password.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct EnrollmentChange {
    /// Enable (`true`) or disable (`false`) the service.
    pub enabled: Option<bool>,
    /// The NDES URL.
    pub server_url: Option<String>,
    challenge_password: Option<String>,
    /// The CSR subject.
    pub csr_subject: Option<CsrSubject>,
}

impl fmt::Debug for EnrollmentChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EnrollmentChange")
            .field("enabled", &self.enabled)
            .field("server_url", &self.server_url)
            .field(
                "challenge_password",
                &self.challenge_password.as_ref().map(|_| "<redacted>"),
            )
            .field("csr_subject", &self.csr_subject)
            .finish()
    }
}

impl EnrollmentChange {
    /// Enables the service with this server and challenge password.
    pub fn enable(server_url: impl Into<String>, challenge_password: impl Into<String>) -> Self {
        Self {
            enabled: Some(true),
            server_url: Some(server_url.into()),
            challenge_password: Some(challenge_password.into()),
            csr_subject: None,
        }
    }

    /// Disables the service (the enrolled certificate stays).
    pub fn disable() -> Self {
        Self {
            enabled: Some(false),
            ..Self::default()
        }
    }

    /// Changes only the settings (HPE: this does not start an enrollment; disable and
    /// enable again for that).
    pub fn settings(server_url: Option<String>, challenge_password: Option<String>) -> Self {
        Self {
            server_url,
            challenge_password,
            ..Self::default()
        }
    }

    /// Changes the subject of the CSRs.
    #[must_use]
    pub fn csr_subject(mut self, subject: CsrSubject) -> Self {
        self.csr_subject = Some(subject);
        self
    }

    /// `true` when nothing would change.
    pub fn is_empty(&self) -> bool {
        self.enabled.is_none()
            && self.server_url.is_none()
            && self.challenge_password.is_none()
            && self.csr_subject.is_none()
    }

    /// The PATCH body (contains the challenge password: never log it).
    pub fn to_body(&self) -> Value {
        let mut settings = serde_json::Map::new();
        if let Some(e) = self.enabled {
            settings.insert("ServiceEnabled".into(), json!(e));
        }
        if let Some(u) = &self.server_url {
            settings.insert("ServerUrl".into(), json!(u));
        }
        if let Some(p) = &self.challenge_password {
            settings.insert("ChallengePassword".into(), json!(p));
        }
        let mut body = serde_json::Map::new();
        if !settings.is_empty() {
            body.insert(
                "AutomaticCertificateEnrollmentSettings".into(),
                Value::Object(settings),
            );
        }
        if let Some(s) = &self.csr_subject {
            body.insert("HttpsCertCSRSubjectValue".into(), s.to_params());
        }
        Value::Object(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enable_body_and_debug_redaction() {
        let c = EnrollmentChange::enable("https://ndes.example/certsrv/mscep/mscep.dll", "s3cret");
        assert_eq!(
            c.to_body(),
            json!({"AutomaticCertificateEnrollmentSettings": {"ServiceEnabled": true,
                "ServerUrl": "https://ndes.example/certsrv/mscep/mscep.dll", "ChallengePassword": "s3cret"}})
        );
        assert!(!format!("{c:?}").contains("s3cret"));
        assert_eq!(
            EnrollmentChange::disable().to_body(),
            json!({"AutomaticCertificateEnrollmentSettings": {"ServiceEnabled": false}})
        );
        assert!(EnrollmentChange::default().is_empty());
    }

    #[test]
    fn capture_shape_parses_and_hides_the_password() {
        let a: HpeAutomaticCertEnrollment = serde_json::from_value(json!({
            "AutomaticCertificateEnrollmentSettings": {"CACertificateName": "Unavailable",
                "CertificateEnrollmentStatus": "Disabled", "ChallengePassword": "leak?", "ServerUrl": "", "ServiceEnabled": false}
        }))
        .unwrap();
        assert!(!a.is_enabled());
        assert_eq!(a.status(), Some(&CertificateEnrollmentStatus::Disabled));
        assert!(!format!("{a:?}").contains("leak?"));
    }
}
