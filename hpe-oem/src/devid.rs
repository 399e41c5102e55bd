//! Server management identities (IEEE 802.1AR DevIDs) held by the HpeSecurityService: view
//! the factory ones (iLO IDevID, System IDevID, System IAK, platform certificate), and
//! manage the iLO LDevID (generate a CSR through the CertificateService, import, delete).

use redfish_client::Entity;
use redfish_client::certificates::{Csr, ParsedCertificate};
use redfish_model::certificate::Certificate;
use redfish_model::certificate_service::{CertificateService, GenerateCSRResponse};
use redfish_model::{ActionRequest, Collection, Link, ODataId};
use x509_cert::request::CertReq;

use crate::error::{Error, RefusalReason, Result};
use crate::ieee8021ar::{self, Report};
use crate::ilo::Ilo;
use crate::keys::{CertificateCheckError, check_ldevid_certificate};
use crate::security_service::Identity;

/// `#CertificateService.GenerateCSR` as iLO takes it for its LDevID: only the
/// `CertificateCollection` (iLO fills the subject itself, so the schema's required
/// `CommonName` is not sent).
#[derive(Clone, Debug, serde::Serialize)]
struct LDevIdCsrRequest {
    #[serde(rename = "CertificateCollection")]
    certificate_collection: Link<Collection<Certificate>>,
}

impl ActionRequest for LDevIdCsrRequest {
    type Resource = CertificateService;
    type Response = GenerateCSRResponse;
    const ACTION: &'static str = "#CertificateService.GenerateCSR";
    const REQUIRED: &'static [&'static str] = &["CertificateCollection"];
}

/// A certificate of an identity collection.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct IdentityCertificate {
    /// The identity it belongs to.
    pub identity: Identity,
    /// The Certificate resource.
    pub resource: Entity<Certificate>,
    /// The parsed X.509 certificate, when `CertificateString` holds one (the platform
    /// certificate is an attribute certificate and does not parse as X.509).
    pub parsed: Option<ParsedCertificate>,
}

/// An iLO LDevID CSR with its IEEE 802.1AR report.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct LDevIdCsr {
    /// The CSR (PEM in `csr.pem`) and the collection where the signed certificate goes.
    pub csr: Csr,
    /// The IEEE 802.1AR layout check (meaningful from iLO 6 1.60).
    pub report: Report,
}

impl Ilo {
    /// The certificate collection of an identity.
    ///
    /// # Errors
    ///
    /// [`Error::NotFound`] when the security service does not link it; client errors.
    pub async fn identity_collection(&self, identity: Identity) -> Result<ODataId> {
        let svc = self.security_service().await?;
        svc.identity_collection(identity)
            .map(|l| l.odata_id.clone())
            .ok_or_else(|| Error::NotFound(format!("{} collection", identity.label())))
    }

    /// The certificates of an identity (empty when none is provisioned).
    ///
    /// # Errors
    ///
    /// [`Error::NotFound`] when the identity is not linked; client errors.
    pub async fn identity_certificates(
        &self,
        identity: Identity,
    ) -> Result<Vec<IdentityCertificate>> {
        let coll = self.identity_collection(identity).await?;
        let members = self
            .client()
            .members::<Certificate>(&coll)?
            .collect()
            .await?;
        Ok(members
            .into_iter()
            .map(|resource| {
                let parsed = resource
                    .certificate_string
                    .as_deref()
                    .and_then(|pem| ParsedCertificate::from_pem(pem).ok());
                IdentityCertificate {
                    identity,
                    resource,
                    parsed,
                }
            })
            .collect())
    }

    /// Generates an iLO LDevID CSR: `#CertificateService.GenerateCSR` with only the
    /// `CertificateCollection` of the iLO LDevID (iLO fills the subject itself), then checks
    /// its IEEE 802.1AR layout.
    ///
    /// # Errors
    ///
    /// [`Error::NotFound`] (no LDevID collection), client errors, [`Error::Certificate`]
    /// when the CSR does not parse.
    pub async fn generate_ldevid_csr(&self) -> Result<LDevIdCsr> {
        let coll = self.identity_collection(Identity::IloLDevId).await?;
        let service = self.service_root().certificate_service().await?;
        let body = service
            .invoke(LDevIdCsrRequest {
                certificate_collection: Link::new(coll.clone()),
            })
            .await?
            .wait()
            .await?;
        let pem = body
            .csr_string
            .as_deref()
            .ok_or_else(|| Error::NotFound("CSRString in the GenerateCSR reply".into()))?;
        let request = crate::keys::parse_csr(pem)?;
        let report = ieee8021ar::check_csr(&request);
        let target = body
            .certificate_collection
            .as_ref()
            .map(|l| l.odata_id.clone())
            .or(Some(coll));
        let csr = Csr::from_pem(&crate::keys::normalize_newlines(pem), target).map_err(|e| {
            Error::Certificate(CertificateCheckError::Invalid {
                what: "CSR",
                reason: e.to_string(),
            })
        })?;
        Ok(LDevIdCsr { csr, report })
    }

    /// Imports a signed iLO LDevID certificate (PEM, LF or CRLF) into the LDevID
    /// collection, after the checks iLO makes, done client-side: at most 16 KB,
    /// FIPS-approved signature and key, and, when `csr` is given, the CSR's public key.
    /// Returns the new certificate's URI.
    ///
    /// # Errors
    ///
    /// [`Error::Certificate`] (nothing sent), client errors.
    pub async fn import_ldevid(
        &self,
        pem_text: &str,
        csr: Option<&CertReq>,
    ) -> Result<Option<ODataId>> {
        let text = check_ldevid_certificate(pem_text, csr)?;
        let coll = self.identity_collection(Identity::IloLDevId).await?;
        let created = self.client().install_certificate(&coll, &text).await?;
        Ok(created.uri)
    }

    /// Deletes a certificate of an identity. Only the iLO LDevID can be deleted; the other
    /// identities are factory-provisioned and immutable.
    ///
    /// # Errors
    ///
    /// [`Error::Refused`] for an immutable identity or a certificate outside the identity's
    /// collection (nothing sent); client errors.
    pub async fn delete_identity_certificate(
        &self,
        identity: Identity,
        certificate: &ODataId,
    ) -> Result<()> {
        const OP: &str = "delete an identity certificate";
        if !identity.is_mutable() {
            return Err(self.refusal(OP, None, RefusalReason::ImmutableIdentity));
        }
        let coll = self.identity_collection(identity).await?;
        let inside = certificate
            .normalized()
            .to_ascii_lowercase()
            .starts_with(&format!("{}/", coll.normalized().to_ascii_lowercase()));
        if !inside {
            return Err(Error::InvalidInput(format!(
                "{certificate} is not in the {} collection {coll}",
                identity.label()
            )));
        }
        self.client().delete(certificate).await?;
        Ok(())
    }

    /// Replaces the iLO LDevID: iLO has no update, so this deletes every LDevID certificate
    /// and imports the new one, which must answer a CSR generated after the current
    /// certificate was imported ([`Ilo::generate_ldevid_csr`]). The new certificate is
    /// checked first, so a bad one deletes nothing; if the iLO still refuses it, no LDevID
    /// is left installed.
    ///
    /// # Errors
    ///
    /// As [`Ilo::import_ldevid`] and [`Ilo::delete_identity_certificate`].
    pub async fn replace_ldevid(
        &self,
        pem_text: &str,
        csr: Option<&CertReq>,
    ) -> Result<Option<ODataId>> {
        check_ldevid_certificate(pem_text, csr)?;
        for c in self.identity_certificates(Identity::IloLDevId).await? {
            self.delete_identity_certificate(Identity::IloLDevId, c.resource.odata_id())
                .await?;
        }
        self.import_ldevid(pem_text, csr).await
    }
}

/// The 802.1AR report of a PEM certificate (e.g. a signed LDevID).
///
/// # Errors
///
/// [`CertificateCheckError`] when the text holds no certificate.
pub fn check_certificate_pem(pem_text: &str) -> std::result::Result<Report, CertificateCheckError> {
    let cert = crate::keys::parse_certificates(pem_text)?
        .into_iter()
        .next()
        .ok_or(CertificateCheckError::NoCertificate)?;
    Ok(ieee8021ar::check_certificate(&cert))
}
