//! `HpeHttpsCert` (`Managers/{id}/SecurityService/HttpsCert`): the TLS certificate of the
//! iLO web server: generate a CSR (and wait for it), import a signed certificate, side-load a
//! certificate with its private key, read it, remove it.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use redfish_client::certificates::Csr;
use redfish_client::{Sleep, TokioSleep};
use serde_json::{Value, json};

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
    pub struct HpeHttpsCert: "HpeHttpsCert" {
        /// Actions: `#HpeHttpsCert.GenerateCSR`, `#HpeHttpsCert.ImportCertificate`.
        "Actions" => actions: redfish_model::Actions,
        /// The PEM CSR, filled some minutes after `GenerateCSR` (`null` before).
        "CertificateSigningRequest" => certificate_signing_request: String,
        /// The current certificate.
        "X509CertificateInformation" => x509_certificate_information: X509CertificateInformation,
        /// The subject of the last CSR (iLO 7).
        "HttpsCertCSRSubjectValue" => https_cert_csr_subject_value: CsrSubject,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csr_subject_validation() {
        let s = CsrSubject::new("ilo.example.net", "HPE", "Houston", "Texas", "US").org_unit("Compute");
        assert!(s.validate().is_ok());
        assert_eq!(
            s.to_params(),
            json!({"City": "Houston", "CommonName": "ilo.example.net", "Country": "US",
                   "IncludeIP": false, "OrgName": "HPE", "OrgUnit": "Compute", "State": "Texas"})
        );
        assert!(CsrSubject::new("x", "o", "c", "s", "usa").validate().unwrap_err().contains("Country"));
        assert!(CsrSubject::new(" ", "o", "c", "s", "US").validate().unwrap_err().contains("CommonName"));
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
