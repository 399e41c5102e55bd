//! `HpeHttpsCert` (`Managers/{id}/SecurityService/HttpsCert`): the TLS certificate of the
//! iLO web server: generate a CSR (and wait for it), import a signed certificate, side-load a
//! certificate with its private key, read it, remove it.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use std::path::Path;

use redfish_client::certificates::Csr;
use redfish_client::{Entity, Sleep, TokioSleep};
use redfish_model::{ActionRequest, ODataId};
use serde_json::{Value, json};

use crate::error::{Error, RefusalReason, Result, reply_messages};
use crate::generation::{FirmwareVersion, IloGeneration};
use crate::ilo::{ChangeOutcome, Ilo};
use crate::keys::{CertificateCheckError, check_certificate_import, check_sideload};

redfish_model::redfish_struct! {
    /// `X509CertificateInformation`: a summary of the current certificate. `Issuer` and
    /// `Subject` are flat strings such as `"CN = ilo, O = Example, C = US"`.
    pub struct X509CertificateInformation {
        /// The issuer.
        "Issuer" => issuer: String,
        /// The subject.
        "Subject" => subject: String,
        /// The serial number (hex with colons, or decimal).
        "SerialNumber" => serial_number: String,
        /// Start of validity.
        "ValidNotBefore" => valid_not_before: redfish_model::DateTime,
        /// End of validity.
        "ValidNotAfter" => valid_not_after: redfish_model::DateTime,
    }
}

redfish_model::redfish_struct! {
    /// The subject of an HTTPS CSR: the parameters of `#HpeHttpsCert.GenerateCSR`, and
    /// `HttpsCertCSRSubjectValue` (iLO 7, and the SCEP settings).
    pub struct CsrSubject {
        /// City or locality (L).
        "City" => city: String,
        /// The iLO FQDN (CN).
        "CommonName" => common_name: String,
        /// Two-letter country code (C).
        "Country" => country: String,
        /// Include the iLO IP addresses (many CAs refuse IP SANs: keep false unless sure).
        "IncludeIP" => include_ip: bool,
        /// Organization (O).
        "OrgName" => org_name: String,
        /// Organizational unit (OU), optional.
        "OrgUnit" => org_unit: String,
        /// State or province (ST).
        "State" => state: String,
    }
}

impl CsrSubject {
    /// A subject with the required fields; `IncludeIP` false.
    pub fn new(
        common_name: impl Into<String>,
        org_name: impl Into<String>,
        city: impl Into<String>,
        state: impl Into<String>,
        country: impl Into<String>,
    ) -> Self {
        Self {
            common_name: Some(common_name.into()),
            org_name: Some(org_name.into()),
            city: Some(city.into()),
            state: Some(state.into()),
            country: Some(country.into()),
            include_ip: Some(false),
            ..Self::default()
        }
    }

    /// Sets the organizational unit.
    #[must_use]
    pub fn org_unit(mut self, unit: impl Into<String>) -> Self {
        self.org_unit = Some(unit.into());
        self
    }

    /// Sets `IncludeIP`.
    #[must_use]
    pub fn include_ip(mut self, include: bool) -> Self {
        self.include_ip = Some(include);
        self
    }

    /// Checks the required fields (City, CommonName, Country, OrgName, State) and the
    /// country code (two upper-case letters).
    ///
    /// # Errors
    ///
    /// A message naming the field.
    pub fn validate(&self) -> Result<(), String> {
        for (name, v) in [
            ("City", &self.city),
            ("CommonName", &self.common_name),
            ("Country", &self.country),
            ("OrgName", &self.org_name),
            ("State", &self.state),
        ] {
            if v.as_deref().is_none_or(|s| s.trim().is_empty()) {
                return Err(format!("GenerateCSR parameter {name} is required"));
            }
        }
        let c = self.country.as_deref().unwrap_or("");
        if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
            return Err(format!(
                "Country must be a two-letter upper-case code (e.g. US), not {c:?}"
            ));
        }
        Ok(())
    }

    /// The action parameters.
    pub fn to_params(&self) -> Value {
        serde_json::to_value(self).unwrap_or_else(|_| json!({}))
    }
}

redfish_model::redfish_resource! {
    /// `#HpeHttpsCert.v2_0_0.HpeHttpsCert`.
    ///
    /// Actions: `#HpeHttpsCert.GenerateCSR` ([`GenerateHttpsCsrRequest`]),
    /// `#HpeHttpsCert.ImportCertificate` ([`ImportHttpsCertificateRequest`]).
    pub struct HpeHttpsCert: "HpeHttpsCert", actions {
        /// The PEM CSR, filled some minutes after `GenerateCSR` (`null` before).
        "CertificateSigningRequest" => certificate_signing_request: String,
        /// The current certificate.
        "X509CertificateInformation" => x509_certificate_information: X509CertificateInformation,
        /// The subject of the last CSR (iLO 7).
        "HttpsCertCSRSubjectValue" => https_cert_csr_subject_value: CsrSubject,
    }
}

/// `#HpeHttpsCert.GenerateCSR`: the iLO makes a new key pair and, some minutes later, puts
/// the CSR for `subject` in `CertificateSigningRequest`. The reply is iLO messages.
#[derive(Clone, Debug, serde::Serialize)]
#[serde(transparent)]
#[non_exhaustive]
pub struct GenerateHttpsCsrRequest {
    /// The CSR subject.
    pub subject: CsrSubject,
}

impl GenerateHttpsCsrRequest {
    /// A request for `subject`.
    pub fn new(subject: CsrSubject) -> Self {
        Self { subject }
    }
}

impl ActionRequest for GenerateHttpsCsrRequest {
    type Resource = HpeHttpsCert;
    /// iLO messages (`error` / `@Message.ExtendedInfo`), read by [`reply_messages`].
    type Response = Value;
    const ACTION: &'static str = "#HpeHttpsCert.GenerateCSR";
    const REQUIRED: &'static [&'static str] =
        &["Country", "State", "City", "OrgName", "CommonName"];
}

/// `#HpeHttpsCert.ImportCertificate`: installs a signed certificate for the last CSR; the
/// iLO resets to use it. `Debug` does not print the certificate.
#[derive(Clone, serde::Serialize)]
#[non_exhaustive]
pub struct ImportHttpsCertificateRequest {
    /// The PEM certificate.
    #[serde(rename = "Certificate")]
    pub certificate: String,
}

impl fmt::Debug for ImportHttpsCertificateRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ImportHttpsCertificateRequest")
            .field("certificate_len", &self.certificate.len())
            .finish()
    }
}

impl ImportHttpsCertificateRequest {
    /// A request importing `certificate` (PEM).
    pub fn new(certificate: impl Into<String>) -> Self {
        Self {
            certificate: certificate.into(),
        }
    }
}

impl ActionRequest for ImportHttpsCertificateRequest {
    type Resource = HpeHttpsCert;
    /// iLO messages, read by [`ChangeOutcome`].
    type Response = Value;
    const ACTION: &'static str = "#HpeHttpsCert.ImportCertificate";
    const REQUIRED: &'static [&'static str] = &["Certificate"];
}

/// How long and how often to poll for the CSR after `GenerateCSR`. iLO documents "up to 10
/// minutes"; the defaults wait that long, polling every 10 seconds.
#[derive(Clone)]
#[non_exhaustive]
pub struct CsrPolling {
    /// Give up after this much waiting.
    pub max_wait: Duration,
    /// Time between GETs.
    pub interval: Duration,
    /// How to wait (inject a fake in tests).
    pub sleeper: Arc<dyn Sleep>,
}

impl fmt::Debug for CsrPolling {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CsrPolling")
            .field("max_wait", &self.max_wait)
            .field("interval", &self.interval)
            .finish_non_exhaustive()
    }
}

impl Default for CsrPolling {
    fn default() -> Self {
        Self {
            max_wait: Duration::from_secs(600),
            interval: Duration::from_secs(10),
            sleeper: Arc::new(TokioSleep),
        }
    }
}

impl CsrPolling {
    /// Polling every `interval` for at most `max_wait`.
    pub fn new(max_wait: Duration, interval: Duration) -> Self {
        Self {
            max_wait,
            interval: interval.max(Duration::from_millis(1)),
            ..Self::default()
        }
    }

    /// Uses `sleeper` to wait between polls.
    #[must_use]
    pub fn sleeper(mut self, sleeper: Arc<dyn Sleep>) -> Self {
        self.sleeper = sleeper;
        self
    }
}

/// Progress of the wait for a CSR, passed to the progress callback before each wait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CsrProgress {
    /// GETs made so far.
    pub polls: u32,
    /// Time waited so far (sum of the intervals).
    pub waited: Duration,
    /// The maximum wait.
    pub max_wait: Duration,
}

/// A generated HTTPS CSR.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct HttpsCsr {
    /// The parsed CSR (PEM text in `csr.pem`).
    pub csr: Csr,
    /// GETs it took.
    pub polls: u32,
    /// Time waited.
    pub waited: Duration,
}

/// Proof that the caller knows the iLO resets: removing the HTTPS certificate makes the iLO
/// generate a new self-signed certificate and reset at once, ending every session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct IloResetAcknowledged;

impl IloResetAcknowledged {
    /// "I know the iLO resets immediately."
    pub const fn i_understand_the_ilo_resets() -> Self {
        Self
    }
}

impl Ilo {
    /// The URI of the HpeHttpsCert: `Links.HttpsCert` of the security service, else the
    /// resource directory, else the documented fallback `<SecurityService>/HttpsCert`.
    ///
    /// # Errors
    ///
    /// Client errors reading the security service.
    pub async fn https_cert_uri(&self) -> Result<ODataId> {
        let svc = self.security_service().await?;
        let link = svc
            .links
            .as_ref()
            .and_then(|l| l.https_cert.as_ref())
            .map(|l| l.odata_id.clone());
        let fallback = self.security_service_uri().child("HttpsCert");
        Ok(self
            .locate(
                link.as_ref(),
                "HpeHttpsCert",
                self.manager().odata_id(),
                None,
            )
            .unwrap_or(fallback))
    }

    /// The HpeHttpsCert resource.
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn https_cert(&self) -> Result<Entity<HpeHttpsCert>> {
        let uri = self.https_cert_uri().await?;
        Ok(self.client().get(&uri).await?)
    }

    /// The summary of the current certificate (`X509CertificateInformation`).
    ///
    /// # Errors
    ///
    /// [`Error::NotFound`] when the resource has none; client errors.
    pub async fn https_certificate_information(&self) -> Result<X509CertificateInformation> {
        self.https_cert()
            .await?
            .x509_certificate_information
            .clone()
            .ok_or_else(|| Error::NotFound("X509CertificateInformation".into()))
    }

    /// `#HpeHttpsCert.GenerateCSR`, then polls the HttpsCert resource until a *new*
    /// `CertificateSigningRequest` appears (bounded by `polling`, reporting progress before
    /// each wait), and parses it. Replaces the fixed 60 s sleep of HPE's example.
    ///
    /// Generating a CSR invalidates the key of the previous one: a certificate signed for an
    /// older CSR can no longer be imported.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] (bad subject, nothing sent), [`Error::CsrTimeout`], client
    /// errors, [`Error::Certificate`] when the CSR does not parse.
    pub async fn generate_https_csr(
        &self,
        subject: &CsrSubject,
        polling: &CsrPolling,
        mut progress: impl FnMut(CsrProgress),
    ) -> Result<HttpsCsr> {
        subject.validate().map_err(Error::InvalidInput)?;
        let cert = self.https_cert().await?;
        let previous = cert.certificate_signing_request.clone();
        let body = cert
            .invoke(GenerateHttpsCsrRequest::new(subject.clone()))
            .await?
            .wait()
            .await?;
        for m in reply_messages(&body) {
            tracing::info!(message = %m, "GenerateCSR");
        }
        let mut polls = 0u32;
        let mut waited = Duration::ZERO;
        loop {
            let now = self.client().get::<HpeHttpsCert>(cert.odata_id()).await?;
            polls += 1;
            if let Some(pem) = now.certificate_signing_request.as_deref() {
                let fresh = previous.as_deref() != Some(pem);
                if fresh && !pem.trim().is_empty() {
                    let csr = Csr::from_pem(&crate::keys::normalize_newlines(pem), None).map_err(
                        |e| {
                            Error::Certificate(CertificateCheckError::Invalid {
                                what: "CSR",
                                reason: e.to_string(),
                            })
                        },
                    )?;
                    return Ok(HttpsCsr { csr, polls, waited });
                }
            }
            if waited >= polling.max_wait {
                return Err(Error::CsrTimeout { waited, polls });
            }
            progress(CsrProgress {
                polls,
                waited,
                max_wait: polling.max_wait,
            });
            let step = polling.interval.min(polling.max_wait - waited);
            polling.sleeper.sleep(step).await;
            waited += step;
        }
    }

    /// Refuses while automatic certificate enrollment is enabled (iLO forbids manual import
    /// and removal then). Services without enrollment pass.
    async fn refuse_if_enrollment_enabled(&self, operation: &'static str) -> Result<()> {
        if self.generation().is_ilo7_or_later() {
            return Ok(());
        }
        match self.automatic_enrollment_uri().await {
            Ok(Some(uri)) => {
                match self
                    .client()
                    .get::<crate::automatic_enrollment::HpeAutomaticCertEnrollment>(&uri)
                    .await
                    .map(Entity::into_inner)
                {
                    Ok(ace) if ace.is_enabled() => Err(self.refusal(
                        operation,
                        None,
                        RefusalReason::AutomaticEnrollmentEnabled,
                    )),
                    Ok(_) => Ok(()),
                    Err(e) if e.is_not_found() => Ok(()),
                    Err(e) => Err(e.into()),
                }
            }
            Ok(None) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// `#HpeHttpsCert.ImportCertificate` of a CA-signed certificate (PEM, LF or CRLF; sent
    /// with LF line breaks). The iLO resets to use it.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] (not a certificate, or a key in the text; nothing sent),
    /// [`Error::Refused`] while automatic enrollment is enabled, client errors.
    pub async fn import_https_certificate(&self, pem_text: &str) -> Result<ChangeOutcome> {
        let text = check_certificate_import(pem_text)?;
        self.refuse_if_enrollment_enabled("import the HTTPS certificate")
            .await?;
        self.send_import(&text).await
    }

    /// [`Ilo::import_https_certificate`] from a file.
    ///
    /// # Errors
    ///
    /// [`Error::Io`], then as [`Ilo::import_https_certificate`].
    pub async fn import_https_certificate_file(&self, path: &Path) -> Result<ChangeOutcome> {
        let text = read_file(path).await?;
        self.import_https_certificate(&text).await
    }

    /// Side-loads a certificate and its private key (iLO 6 >= 1.30 and later generations),
    /// after the HPE checks done client-side ([`check_sideload`]): at most 20 KB combined,
    /// PEM, the key matching the certificate, ECDSA P-384 only in CNSA and RSA up to 2048
    /// bits otherwise. The iLO resets to use it.
    ///
    /// # Errors
    ///
    /// [`Error::Refused`] (generation, firmware, enrollment), [`Error::Certificate`] (a
    /// failed check; nothing sent), client errors.
    pub async fn sideload_https_certificate(
        &self,
        certificate_pem: &str,
        private_key_pem: &str,
    ) -> Result<ChangeOutcome> {
        const OP: &str = "side-load the HTTPS certificate and key";
        match self.generation() {
            IloGeneration::Ilo6 => {
                let min = FirmwareVersion::new(1, 30);
                if self.firmware().is_some_and(|f| f < min) {
                    return Err(self.refusal(
                        OP,
                        None,
                        RefusalReason::FirmwareTooOld { required: min },
                    ));
                }
            }
            g if g.is_ilo7_or_later() => {}
            _ => return Err(self.refusal(OP, None, RefusalReason::NotOnThisGeneration)),
        }
        let state = self.security_state().await?;
        let bundle = check_sideload(certificate_pem, private_key_pem, &state)?;
        self.refuse_if_enrollment_enabled(OP).await?;
        tracing::info!(key = %bundle.key_kind(), state = %state, "side-loading the HTTPS certificate");
        self.send_import(bundle.combined_pem()).await
    }

    /// [`Ilo::sideload_https_certificate`] from two files.
    ///
    /// # Errors
    ///
    /// [`Error::Io`], then as [`Ilo::sideload_https_certificate`].
    pub async fn sideload_https_certificate_files(
        &self,
        certificate: &Path,
        private_key: &Path,
    ) -> Result<ChangeOutcome> {
        let cert = read_file(certificate).await?;
        let key = read_file(private_key).await?;
        self.sideload_https_certificate(&cert, &key).await
    }

    async fn send_import(&self, certificate: &str) -> Result<ChangeOutcome> {
        let cert = self.https_cert().await?;
        let body = cert
            .invoke(ImportHttpsCertificateRequest::new(certificate))
            .await?
            .wait()
            .await?;
        Ok(ChangeOutcome::from_reply(&body, true))
    }

    /// Removes the HTTPS certificate: the iLO generates a new self-signed certificate and
    /// **resets immediately**, ending every session. The acknowledgement argument makes that
    /// explicit at the call site; a warning is also logged.
    ///
    /// # Errors
    ///
    /// [`Error::Refused`] while automatic enrollment is enabled, client errors.
    pub async fn remove_https_certificate(
        &self,
        _ack: IloResetAcknowledged,
    ) -> Result<ChangeOutcome> {
        self.refuse_if_enrollment_enabled("remove the HTTPS certificate")
            .await?;
        let uri = self.https_cert_uri().await?;
        tracing::warn!(uri = %uri, "removing the iLO HTTPS certificate: the iLO resets now");
        let resp = self.client().delete(&uri).await?;
        let body: Value = if resp.is_empty() {
            Value::Null
        } else {
            resp.json().unwrap_or(Value::Null)
        };
        Ok(ChangeOutcome::from_reply(&body, true))
    }
}

async fn read_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|_| {
        Error::Certificate(CertificateCheckError::NotPem(format!(
            "{} is not text (DER files must be converted to PEM)",
            path.display()
        )))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csr_subject_validation() {
        let s =
            CsrSubject::new("ilo.example.net", "HPE", "Houston", "Texas", "US").org_unit("Compute");
        assert!(s.validate().is_ok());
        assert_eq!(
            s.to_params(),
            json!({"City": "Houston", "CommonName": "ilo.example.net", "Country": "US",
                   "IncludeIP": false, "OrgName": "HPE", "OrgUnit": "Compute", "State": "Texas"})
        );
        assert!(
            CsrSubject::new("x", "o", "c", "s", "usa")
                .validate()
                .unwrap_err()
                .contains("Country")
        );
        assert!(
            CsrSubject::new(" ", "o", "c", "s", "US")
                .validate()
                .unwrap_err()
                .contains("CommonName")
        );
    }

    #[test]
    fn the_capture_certificate_information_parses() {
        let c: HpeHttpsCert = serde_json::from_value(json!({
            "CertificateSigningRequest": null,
            "X509CertificateInformation": {"Issuer": "CN = Default Issuer", "SerialNumber": "11:0c",
                "Subject": "CN = ILO", "ValidNotAfter": "2035-05-31T08:21:20Z", "ValidNotBefore": "2020-05-31T08:21:20Z"}
        }))
        .unwrap();
        assert!(c.certificate_signing_request.is_none());
        let info = c.x509_certificate_information.unwrap();
        assert!(info.valid_not_after.unwrap().parse().is_some());
    }
}
