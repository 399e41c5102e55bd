//! Placing trust material through Redfish (guide 5.27-5.30.2) and reading it back.
//!
//! | guide | function |
//! |---|---|
//! | 5.27 get certificate from node | [`node_certificates`], [`read_certificate`] |
//! | 5.28 place certificate on node | [`place_node_certificate`] |
//! | 5.29 place token on node | [`place_node_token`] |
//! | 5.30 place certificate on rack manager | [`place_rack_manager_certificate`] |
//! | 5.30.1 place token on rack manager | [`place_rack_manager_token`] |
//! | 5.30.2 place manifest on rack manager | [`place_manifest`], [`read_manifest`] |
//!
//! URIs are discovered: the rack manager is the Manager whose `ManagerType` is
//! `RackManager` ([`find_rack_manager`]), certificate collections are the `Certificates`
//! links of the ComputerSystem and of that Manager. Certificates and tokens are POSTed to
//! those collections, as DMTF Redfish creates members; a service that refuses (405) gets
//! the guide's member-looking URI (`.../Certificates/SystemID`, `.../Certificates/Token`,
//! `.../Certificates/Certificate`) as a fallback. The manifest URI, which no DMTF schema
//! links to, is a `ManageabilityManifest` link of the Manager if present (at the top level or
//! under `Oem.OpenRMC`), else the guide's `<Manager>/ManageabilityManifest`.
//!
//! A token's `CertificateString` is its sealed form ([`SealedToken::to_pem`]): a service
//! that only accepts X.509 text in `CertificateString` refuses it (see the crate docs).

use futures_util::TryStreamExt;
use redfish_client::model::certificate::Certificate as CertificateResource;
use redfish_client::model::manager::{Manager, ManagerType};
use redfish_client::model::{ODataId, Resource};
use redfish_client::{Client, Entity, Method, StatusCode};
use serde_json::{Value, json};
use x509_cert::Certificate;

use super::crypto;
use super::error::{TrustError, TrustResult};
use super::manifest::ManageabilityManifest;
use super::token::SealedToken;

/// Finds the rack manager: the member of `Managers` whose `ManagerType` is `RackManager`.
///
/// # Errors
///
/// [`TrustError::NoRackManager`] when there is none; request errors.
pub async fn find_rack_manager(client: &Client) -> TrustResult<Entity<Manager>> {
    let root = client.service_root().await?;
    let managers = root.managers()?;
    let mut stream = std::pin::pin!(managers.stream());
    while let Some(manager) = stream.try_next().await? {
        if manager.manager_type == Some(ManagerType::RackManager) {
            return Ok(manager);
        }
    }
    Err(TrustError::NoRackManager)
}

redfish_model::redfish_resource! {
    /// A ComputerSystem or a Manager, read for its `Certificates` link only.
    struct WithCertificates: "Resource" {
        /// The `Certificates` collection.
        "Certificates" => certificates: redfish_model::Link<redfish_model::Collection<CertificateResource>>,
    }
}

/// The `Certificates` collection linked from a resource (ComputerSystem or Manager), or
/// `<resource>/Certificates` when the resource does not link one.
async fn certificates_of(client: &Client, resource: &ODataId) -> TrustResult<ODataId> {
    let r = client.get::<WithCertificates>(resource).await?;
    Ok(r.certificates
        .as_ref()
        .map(|l| l.odata_id.clone())
        .unwrap_or_else(|| resource.child("Certificates")))
}

async fn post_certificate(
    client: &Client,
    collection: &ODataId,
    guide_member: &str,
    text: &str,
) -> TrustResult<ODataId> {
    let body = json!({"CertificateType": "PEM", "CertificateString": text});
    let created = match client
        .members::<CertificateResource>(collection)?
        .create(&body)
        .await
    {
        Ok(c) => c,
        Err(e) if e.status() == Some(StatusCode::METHOD_NOT_ALLOWED) => {
            let member = collection.child(guide_member);
            let resp = client.post(&member, &body).await?;
            return Ok(resp.location().unwrap_or(member));
        }
        Err(e) => return Err(e.into()),
    };
    created.uri.ok_or_else(|| TrustError::Missing {
        uri: collection.path().to_owned(),
        what: "Location of the created certificate".into(),
    })
}

/// 5.27: every X.509 certificate of a node (a ComputerSystem), with its URI. Sealed
/// tokens and members without a parsable certificate are skipped.
///
/// # Errors
///
/// Request errors.
pub async fn node_certificates(
    client: &Client,
    system: &ODataId,
) -> TrustResult<Vec<(ODataId, Certificate)>> {
    let collection = certificates_of(client, system).await?;
    let members = client
        .members::<CertificateResource>(&collection)?
        .collect()
        .await?;
    Ok(members
        .iter()
        .filter_map(|m| {
            let text = m.certificate_string.as_deref()?;
            let cert = crypto::certificates_from_pem(text)
                .ok()?
                .into_iter()
                .next()?;
            Some((m.odata_id().clone(), cert))
        })
        .collect())
}

/// 5.27: reads one certificate resource and parses its `CertificateString`.
///
/// # Errors
///
/// [`TrustError::Certificate`] when it holds no X.509 certificate; request errors.
pub async fn read_certificate(client: &Client, uri: &ODataId) -> TrustResult<Certificate> {
    let resource = client.get::<CertificateResource>(uri).await?;
    let text = resource
        .certificate_string
        .as_deref()
        .ok_or_else(|| TrustError::Missing {
            uri: uri.path().to_owned(),
            what: "CertificateString".into(),
        })?;
    crypto::certificates_from_pem(text)?
        .into_iter()
        .next()
        .ok_or_else(|| TrustError::Certificate(format!("{uri}: no certificate")))
}

/// 5.28: places a node's identity certificate on the node (ComputerSystem `system`);
/// returns the new resource's URI.
///
/// # Errors
///
/// Request errors (the service's `@Message.ExtendedInfo` is kept).
pub async fn place_node_certificate(
    client: &Client,
    system: &ODataId,
    certificate: &Certificate,
) -> TrustResult<ODataId> {
    let collection = certificates_of(client, system).await?;
    post_certificate(
        client,
        &collection,
        "SystemID",
        &crypto::certificate_to_pem(certificate)?,
    )
    .await
}

/// 5.29: places the node's sealed token on the node.
///
/// # Errors
///
/// Request errors: a service that accepts only X.509 text refuses sealed tokens (400).
pub async fn place_node_token(
    client: &Client,
    system: &ODataId,
    token: &SealedToken,
) -> TrustResult<ODataId> {
    let collection = certificates_of(client, system).await?;
    post_certificate(client, &collection, "Token", &token.to_pem()).await
}

/// 5.30: places the rack manager's identity certificate on the rack manager.
///
/// # Errors
///
/// Request errors.
pub async fn place_rack_manager_certificate(
    client: &Client,
    rack_manager: &Entity<Manager>,
    certificate: &Certificate,
) -> TrustResult<ODataId> {
    let collection = certificates_of(client, rack_manager.odata_id()).await?;
    post_certificate(
        client,
        &collection,
        "Certificate",
        &crypto::certificate_to_pem(certificate)?,
    )
    .await
}

/// 5.30.1: places the rack manager's sealed token on the rack manager.
///
/// # Errors
///
/// As [`place_node_token`].
pub async fn place_rack_manager_token(
    client: &Client,
    rack_manager: &Entity<Manager>,
    token: &SealedToken,
) -> TrustResult<ODataId> {
    let collection = certificates_of(client, rack_manager.odata_id()).await?;
    post_certificate(client, &collection, "Token", &token.to_pem()).await
}

/// The sealed tokens stored in a resource's `Certificates` collection (members whose
/// `CertificateString` is a sealed token).
///
/// # Errors
///
/// Request errors.
pub async fn sealed_tokens(
    client: &Client,
    resource: &ODataId,
) -> TrustResult<Vec<(ODataId, SealedToken)>> {
    let collection = certificates_of(client, resource).await?;
    let members = client
        .members::<CertificateResource>(&collection)?
        .collect()
        .await?;
    Ok(members
        .iter()
        .filter_map(|m| {
            let text = m.certificate_string.as_deref()?;
            Some((m.odata_id().clone(), SealedToken::from_pem(text).ok()?))
        })
        .collect())
}

/// The manifest URI of a rack manager (see the module docs).
pub fn manifest_uri(rack_manager: &Entity<Manager>) -> ODataId {
    let link_of = |v: &Value| {
        v.pointer("/ManageabilityManifest/@odata.id")
            .and_then(Value::as_str)
            .map(ODataId::new)
    };
    // Neither place is in the Manager schema: the property stays in `extra` or `Oem`.
    let top = rack_manager
        .extra()
        .get("ManageabilityManifest")
        .and_then(|m| m.get("@odata.id"))
        .and_then(Value::as_str)
        .map(ODataId::new);
    top.or_else(|| {
        rack_manager
            .oem_as::<Value>("OpenRMC")
            .ok()
            .flatten()
            .and_then(|v| link_of(&v))
    })
    .unwrap_or_else(|| rack_manager.odata_id().child("ManageabilityManifest"))
}

/// 5.30.2: POSTs a signed manifest to the rack manager; returns where it is stored.
///
/// # Errors
///
/// [`TrustError::Manifest`] for an unsigned manifest (never sent); request errors.
pub async fn place_manifest(
    client: &Client,
    rack_manager: &Entity<Manager>,
    manifest: &ManageabilityManifest,
) -> TrustResult<ODataId> {
    if manifest.signature.is_none() {
        return Err(TrustError::Manifest(super::Reason::BadSignature));
    }
    let uri = manifest_uri(rack_manager);
    let mut body = manifest.clone();
    body.odata_id = None;
    let resp = client.post(&uri, &body).await?;
    Ok(resp.location().unwrap_or(uri))
}

/// Reads the manifest stored on the rack manager (verify it with
/// [`RackManager::install_manifest`](super::RackManager::install_manifest) or
/// [`ManageabilityManifest::verify`]).
///
/// # Errors
///
/// [`TrustError::Manifest`] when the stored document is not a manifest; request errors.
pub async fn read_manifest(
    client: &Client,
    rack_manager: &Entity<Manager>,
) -> TrustResult<ManageabilityManifest> {
    let value: Value = client
        .request(Method::GET, &manifest_uri(rack_manager))
        .await?
        .json()?;
    serde_json::from_value(value)
        .map_err(|_| TrustError::Manifest(super::Reason::MalformedManifest))
}
