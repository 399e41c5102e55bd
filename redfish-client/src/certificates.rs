//! Certificate management: `CertificateService.GenerateCSR` and `ReplaceCertificate`,
//! installing into a `CertificateCollection`, and reading a `Certificate` with its
//! `CertificateString` parsed (x509-cert) and checked.

use std::fmt;

use der::{Decode, DecodePem, Encode};
use redfish_model::ODataId;
use redfish_model::certificate::Certificate;
use redfish_model::certificate_locations::CertificateLocations;
use redfish_model::certificate_service::{
    CertificateService, GenerateCSRRequest, GenerateCSRResponse, ReplaceCertificateRequest,
};
use time::OffsetDateTime;
use x509_cert::ext::pkix::{ExtendedKeyUsage, KeyUsage};
use x509_cert::request::CertReq;

use crate::action::ActionResponse;
use crate::client::Client;
use crate::collection::Created;
use crate::entity::Entity;
use crate::error::{Error, Result};
use crate::tls::Fingerprint;

/// A certificate signing request returned by `GenerateCSR`.
#[derive(Clone)]
#[non_exhaustive]
pub struct Csr {
    /// The PEM text (`CSRString`) as sent.
    pub pem: String,
    /// The parsed PKCS#10 request.
    pub request: CertReq,
    /// Where the signed certificate must be installed (`CertificateCollection`).
    pub certificate_collection: Option<ODataId>,
}

impl fmt::Debug for Csr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Csr")
            .field("subject", &self.subject())
            .field("certificate_collection", &self.certificate_collection)
            .finish_non_exhaustive()
    }
}

impl Csr {
    /// Parses a PEM CSR.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] when the text is not a PEM `CERTIFICATE REQUEST`.
    pub fn from_pem(pem: &str, certificate_collection: Option<ODataId>) -> Result<Self> {
        let request = CertReq::from_pem(pem.trim().as_bytes())
            .map_err(|e| Error::Certificate(format!("the CSR is not valid PEM PKCS#10: {e}")))?;
        Ok(Self {
            pem: pem.to_owned(),
            request,
            certificate_collection,
        })
    }

    /// The requested subject, RFC 4514 text (`CN=bmc.example,O=...`).
    pub fn subject(&self) -> String {
        self.request.info.subject.to_string()
    }
}

/// An X.509 certificate parsed from a `CertificateString`.
#[derive(Clone)]
pub struct ParsedCertificate {
    pem: String,
    certificate: x509_cert::Certificate,
}

impl fmt::Debug for ParsedCertificate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParsedCertificate")
            .field("subject", &self.subject())
            .field("issuer", &self.issuer())
            .field("not_before", &self.not_before())
            .field("not_after", &self.not_after())
            .finish()
    }
}

fn to_datetime(t: x509_cert::time::Time) -> OffsetDateTime {
    let secs = i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(i64::MAX);
    OffsetDateTime::from_unix_timestamp(secs).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

impl ParsedCertificate {
    /// Parses the first certificate of a PEM text (a chain's leaf).
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] when there is no parsable certificate.
    pub fn from_pem(pem: &str) -> Result<Self> {
        let ders = crate::tls::parse_pem_certs(pem.as_bytes())
            .map_err(|e| Error::Certificate(e.to_string()))?;
        let first = ders
            .first()
            .ok_or_else(|| Error::Certificate("no certificate".into()))?;
        let certificate = x509_cert::Certificate::from_der(first.as_ref())
            .map_err(|e| Error::Certificate(format!("invalid X.509 certificate: {e}")))?;
        Ok(Self {
            pem: pem.to_owned(),
            certificate,
        })
    }

    /// The PEM text.
    pub fn pem(&self) -> &str {
        &self.pem
    }

    /// The parsed certificate.
    pub fn certificate(&self) -> &x509_cert::Certificate {
        &self.certificate
    }

    /// The subject, RFC 4514 text.
    pub fn subject(&self) -> String {
        self.certificate.tbs_certificate().subject().to_string()
    }

    /// The issuer, RFC 4514 text.
    pub fn issuer(&self) -> String {
        self.certificate.tbs_certificate().issuer().to_string()
    }

    /// Start of validity.
    pub fn not_before(&self) -> OffsetDateTime {
        to_datetime(self.certificate.tbs_certificate().validity().not_before)
    }

    /// End of validity.
    pub fn not_after(&self) -> OffsetDateTime {
        to_datetime(self.certificate.tbs_certificate().validity().not_after)
    }

    /// `true` when `at` is inside the validity window.
    pub fn is_valid_at(&self, at: OffsetDateTime) -> bool {
        self.not_before() <= at && at <= self.not_after()
    }

    /// Checks the validity window at `at`.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] saying whether it is not yet valid or expired.
    pub fn check_validity(&self, at: OffsetDateTime) -> Result<()> {
        if at < self.not_before() {
            Err(Error::Certificate(format!(
                "not valid before {}",
                self.not_before()
            )))
        } else if at > self.not_after() {
            Err(Error::Certificate(format!(
                "expired on {}",
                self.not_after()
            )))
        } else {
            Ok(())
        }
    }

    /// The key usages (X.509 KeyUsage and ExtendedKeyUsage), named as Redfish
    /// `Certificate.KeyUsage` names them (`DigitalSignature`, `ServerAuthentication`, ...).
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] when an extension is malformed.
    pub fn key_usage(&self) -> Result<Vec<&'static str>> {
        let tbs = self.certificate.tbs_certificate();
        let mut out = Vec::new();
        let ku = tbs
            .get_extension::<KeyUsage>()
            .map_err(|e| Error::Certificate(format!("bad KeyUsage extension: {e}")))?;
        if let Some((_, ku)) = ku {
            let flags = [
                (ku.digital_signature(), "DigitalSignature"),
                (ku.non_repudiation(), "NonRepudiation"),
                (ku.key_encipherment(), "KeyEncipherment"),
                (ku.data_encipherment(), "DataEncipherment"),
                (ku.key_agreement(), "KeyAgreement"),
                (ku.key_cert_sign(), "KeyCertSign"),
                (ku.crl_sign(), "CRLSigning"),
                (ku.encipher_only(), "EncipherOnly"),
                (ku.decipher_only(), "DecipherOnly"),
            ];
            out.extend(flags.iter().filter(|(set, _)| *set).map(|(_, n)| *n));
        }
        let eku = tbs
            .get_extension::<ExtendedKeyUsage>()
            .map_err(|e| Error::Certificate(format!("bad ExtendedKeyUsage extension: {e}")))?;
        if let Some((_, eku)) = eku {
            for oid in &eku.0 {
                let name = match oid.to_string().as_str() {
                    "1.3.6.1.5.5.7.3.1" => "ServerAuthentication",
                    "1.3.6.1.5.5.7.3.2" => "ClientAuthentication",
                    "1.3.6.1.5.5.7.3.3" => "CodeSigning",
                    "1.3.6.1.5.5.7.3.4" => "EmailProtection",
                    "1.3.6.1.5.5.7.3.8" => "Timestamping",
                    "1.3.6.1.5.5.7.3.9" => "OCSPSigning",
                    _ => continue,
                };
                out.push(name);
            }
        }
        Ok(out)
    }

    /// Checks that every usage in `required` is present (see [`ParsedCertificate::key_usage`]).
    /// A certificate without KeyUsage/ExtendedKeyUsage extensions is unrestricted (RFC 5280)
    /// and passes.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] naming the missing usages.
    pub fn require_key_usage(&self, required: &[&str]) -> Result<()> {
        let have = self.key_usage()?;
        if have.is_empty() {
            return Ok(());
        }
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|r| !have.contains(r))
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(Error::Certificate(format!(
                "key usage {missing:?} missing (has {have:?})"
            )))
        }
    }

    /// SHA-256 fingerprint of the DER encoding.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] if re-encoding fails.
    pub fn fingerprint(&self) -> Result<Fingerprint> {
        let der = self
            .certificate
            .to_der()
            .map_err(|e| Error::Certificate(e.to_string()))?;
        Ok(Fingerprint::of_der(&der))
    }
}

/// A `Certificate` resource with its `CertificateString` parsed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct InstalledCertificate {
    /// The resource.
    pub resource: Entity<Certificate>,
    /// The parsed certificate.
    pub parsed: ParsedCertificate,
}

impl Entity<CertificateService> {
    /// `#CertificateService.GenerateCSR`: the service creates a key pair and returns a CSR
    /// (parsed here). `request` needs at least `CertificateCollection` and `CommonName`;
    /// the service's ActionInfo may require more.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidParameter`] (missing/invalid parameters), [`Error::Certificate`] when
    /// the returned CSR does not parse, the service's error.
    pub async fn generate_csr(&self, request: &GenerateCSRRequest) -> Result<Csr> {
        let resp: GenerateCSRResponse = self.invoke(request.clone()).await?.wait().await?;
        let pem = resp
            .csr_string
            .ok_or_else(|| Error::Certificate("GenerateCSR response has no CSRString".into()))?;
        let collection = resp.certificate_collection.map(|l| l.odata_id);
        Csr::from_pem(&pem, collection)
    }

    /// `#CertificateService.ReplaceCertificate`: replaces the certificate at `certificate`
    /// with `pem` (type `PEM`). The PEM is parsed first so that garbage is never sent.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] for unparsable PEM, the service's error.
    pub async fn replace_certificate(
        &self,
        certificate: &ODataId,
        pem: &str,
    ) -> Result<ActionResponse> {
        ParsedCertificate::from_pem(pem)?;
        let req = ReplaceCertificateRequest::default()
            .with_certificate_uri(certificate.clone().into())
            .with_certificate_string(pem)
            .with_certificate_type(redfish_model::certificate::CertificateType::PEM);
        self.invoke(req).await
    }

    /// Every installed certificate (`CertificateLocations` → `Links.Certificates`).
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when the service has no `CertificateLocations`.
    pub async fn certificate_locations(&self) -> Result<Vec<ODataId>> {
        let loc: Entity<CertificateLocations> =
            self.linked(&self.data().certificate_locations).await?;
        Ok(loc
            .links
            .as_ref()
            .and_then(|l| l.certificates.as_ref())
            .map(|c| c.iter().map(|l| l.odata_id.clone()).collect())
            .unwrap_or_default())
    }
}

impl Client {
    /// Installs a PEM certificate by POST to a `CertificateCollection`
    /// (`{"CertificateType": "PEM", "CertificateString": ...}`). The PEM is parsed first.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] for unparsable PEM, the service's error.
    pub async fn install_certificate(&self, collection: &ODataId, pem: &str) -> Result<Created> {
        ParsedCertificate::from_pem(pem)?;
        let body = serde_json::json!({"CertificateType": "PEM", "CertificateString": pem});
        self.members::<Certificate>(collection)?.create(&body).await
    }

    /// Reads a `Certificate` resource and parses its `CertificateString`.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] when the resource has no parsable `CertificateString`.
    pub async fn read_certificate(&self, uri: &ODataId) -> Result<InstalledCertificate> {
        let resource: Entity<Certificate> = self.get(uri).await?;
        let pem = resource
            .certificate_string
            .as_deref()
            .ok_or_else(|| Error::Certificate(format!("{uri} has no CertificateString")))?;
        let parsed = ParsedCertificate::from_pem(pem)?;
        Ok(InstalledCertificate { resource, parsed })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_not_a_certificate_or_csr() {
        assert!(ParsedCertificate::from_pem("hello").is_err());
        assert!(
            Csr::from_pem(
                "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n",
                None
            )
            .is_err()
        );
    }
}
