//! `HpeAutomaticCertEnrollment` (`SecurityService/AutomaticCertificateEnrollment`): SCEP
//! enrollment of the HTTPS certificate against a Microsoft NDES server (iLO 5 >= 2.60 and
//! iLO 6; not in CNSA; removed in iLO 7).

use std::fmt;

use redfish_client::Entity;
use redfish_model::ODataId;
use serde_json::{Value, json};

use crate::error::{Error, RefusalReason, Result};
use crate::generation::{FirmwareVersion, IloGeneration};
use crate::https_cert::CsrSubject;
use crate::ilo::{ChangeOutcome, Ilo};
use crate::security_state::SecurityState;

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

    /// Turns the service on or off, keeping the stored server URL and password.
    #[must_use]
    pub fn service_enabled(mut self, on: bool) -> Self {
        self.enabled = Some(on);
        self
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

impl Ilo {
    /// The URI of the enrollment resource, `None` when the service has none.
    pub(crate) async fn automatic_enrollment_uri(&self) -> Result<Option<ODataId>> {
        let svc = self.security_service().await?;
        let link = svc
            .links
            .as_ref()
            .and_then(|l| l.automatic_certificate_enrollment.as_ref())
            .map(|l| l.odata_id.clone());
        Ok(self.locate(
            link.as_ref(),
            "HpeAutomaticCertEnrollment",
            self.manager().odata_id(),
            None,
        ))
    }

    /// Refuses SCEP on iLO 7 (removed), before iLO 5 2.60, and in CNSA.
    async fn check_enrollment_allowed(&self, operation: &'static str) -> Result<ODataId> {
        match self.generation() {
            g if g.is_ilo7_or_later() => {
                return Err(self.refusal(operation, None, RefusalReason::NotOnThisGeneration));
            }
            IloGeneration::Ilo5 => {
                let min = FirmwareVersion::new(2, 60);
                if self.firmware().is_some_and(|f| f < min) {
                    return Err(self.refusal(
                        operation,
                        None,
                        RefusalReason::FirmwareTooOld { required: min },
                    ));
                }
            }
            IloGeneration::Ilo6 => {}
            _ => return Err(self.refusal(operation, None, RefusalReason::NotOnThisGeneration)),
        }
        let state = self.security_state().await?;
        if state == SecurityState::CNSA {
            return Err(self.refusal(operation, Some(state), RefusalReason::NotInCnsa));
        }
        self.automatic_enrollment_uri().await?.ok_or_else(|| {
            self.refusal(
                operation,
                Some(state),
                RefusalReason::NotOnThisService("AutomaticCertificateEnrollment"),
            )
        })
    }

    /// The automatic certificate enrollment (SCEP) resource: settings and status.
    ///
    /// # Errors
    ///
    /// [`Error::Refused`] on iLO 7, before iLO 5 2.60, in CNSA, or without the resource;
    /// client errors.
    pub async fn automatic_enrollment(&self) -> Result<Entity<HpeAutomaticCertEnrollment>> {
        let uri = self
            .check_enrollment_allowed("read automatic certificate enrollment")
            .await?;
        Ok(self.client().get(&uri).await?)
    }

    /// The enrollment status.
    ///
    /// # Errors
    ///
    /// As [`Ilo::automatic_enrollment`]; [`Error::NotFound`] when the service sends none.
    pub async fn enrollment_status(&self) -> Result<CertificateEnrollmentStatus> {
        self.automatic_enrollment()
            .await?
            .status()
            .cloned()
            .ok_or_else(|| Error::NotFound("CertificateEnrollmentStatus".into()))
    }

    /// Enables, disables or reconfigures automatic enrollment (PATCH). Enabling needs a
    /// server URL and challenge password ([`EnrollmentChange::enable`]).
    ///
    /// # Errors
    ///
    /// [`Error::Refused`] (iLO 7, CNSA, empty change), [`Error::InvalidInput`] (enabling
    /// without a server URL), client errors.
    pub async fn change_automatic_enrollment(
        &self,
        change: &EnrollmentChange,
    ) -> Result<ChangeOutcome> {
        const OP: &str = "change automatic certificate enrollment";
        let uri = self.check_enrollment_allowed(OP).await?;
        if change.is_empty() {
            return Err(self.refusal(OP, None, RefusalReason::EmptyChange));
        }
        let current: Entity<HpeAutomaticCertEnrollment> = self.client().get(&uri).await?;
        if change.enabled == Some(true) {
            let url = change
                .server_url
                .clone()
                .or_else(|| current.settings.as_ref().and_then(|s| s.server_url.clone()));
            if url.as_deref().is_none_or(|u| u.trim().is_empty()) {
                return Err(Error::InvalidInput(
                    "enabling automatic certificate enrollment needs the enrollment server URL"
                        .into(),
                ));
            }
        }
        if let Some(subject) = &change.csr_subject {
            subject.validate().map_err(Error::InvalidInput)?;
        }
        let reply = self
            .patch_raw(&uri, &change.to_body(), current.etag())
            .await?;
        Ok(ChangeOutcome::from_reply(&reply, false))
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
