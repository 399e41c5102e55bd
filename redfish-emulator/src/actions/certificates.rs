//! CertificateService (`GenerateCSR`, `ReplaceCertificate`), certificate installation by POST to
//! a collection, and `CertificateLocations`.

use std::sync::Arc;

use axum::http::{StatusCode, header};
use serde_json::{Map, Value, json};

use crate::certs::{self, CsrRequest, ParsedCert};
use crate::events::{Event, EventType};
use crate::messages::{base, base_for};
use crate::reply::Reply;
use crate::state::State;
use crate::tree::{Tree, normalize, odata_type, parent};
use crate::util::{link, link_target};

const LOCATIONS: &str = "/redfish/v1/CertificateService/CertificateLocations";

/// Rewrites `CertificateLocations.Links.Certificates` from the certificates in the tree.
pub(crate) fn refresh_locations(tree: &mut Tree) {
    if !tree.contains(LOCATIONS) {
        return;
    }
    let certs: Vec<Value> = tree
        .iter()
        .filter(|(_, v)| {
            odata_type(v)
                .map(|t| t.starts_with("Certificate.v"))
                .unwrap_or(false)
        })
        .map(|(k, _)| link(k))
        .collect();
    tree.update(LOCATIONS, |l| {
        l.insert(
            "Links".into(),
            json!({ "Certificates@odata.count": certs.len(), "Certificates": certs }),
        );
    });
}

fn str_param<'a>(params: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    params.get(k).and_then(Value::as_str)
}

/// `#CertificateService.GenerateCSR`: a real PKCS#10 CSR; the key stays in the emulator.
pub(crate) fn generate_csr(state: &Arc<State>, params: &Map<String, Value>) -> Reply {
    let Some(coll) = params
        .get("CertificateCollection")
        .and_then(link_target)
        .map(normalize)
    else {
        return Reply::bad_request(vec![base(
            "ActionParameterMissing",
            &["CertificateService.GenerateCSR", "CertificateCollection"],
        )]);
    };
    let coll_key = {
        let inner = state.lock();
        let resolved = inner.tree.resolve(&coll);
        let is_coll = resolved
            .as_deref()
            .and_then(|k| inner.tree.get(k))
            .map(|c| {
                odata_type(c)
                    .map(|t| t.contains("CertificateCollection"))
                    .unwrap_or(false)
            })
            .unwrap_or(false);
        match resolved {
            Some(k) if is_coll => k,
            _ => return crate::create::missing_resource(&coll, "#/CertificateCollection"),
        }
    };
    let alt_names = params
        .get("AlternativeNames")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let mut req = CsrRequest {
        common_name: str_param(params, "CommonName")
            .unwrap_or_default()
            .to_owned(),
        organization: str_param(params, "Organization").map(str::to_owned),
        organizational_unit: str_param(params, "OrganizationalUnit").map(str::to_owned),
        city: str_param(params, "City").map(str::to_owned),
        state: str_param(params, "State").map(str::to_owned),
        country: str_param(params, "Country").map(str::to_owned),
        email: str_param(params, "Email").map(str::to_owned),
        alternative_names: alt_names,
        p384: str_param(params, "KeyCurveId") == Some("TPM_ECC_NIST_P384"),
        ..CsrRequest::default()
    };
    for b in state.config.behaviours.iter() {
        b.csr_defaults(&coll_key, &mut req);
    }
    if req.common_name.is_empty() {
        return Reply::bad_request(vec![base(
            "ActionParameterMissing",
            &["CertificateService.GenerateCSR", "CommonName"],
        )]);
    }
    let (csr, key) = match certs::generate_csr(&req) {
        Ok(x) => x,
        Err(_) => {
            return Reply::bad_request(vec![base(
                "ActionParameterValueError",
                &["AlternativeNames", "CertificateService.GenerateCSR"],
            )]);
        }
    };
    state.lock().csr_keys.insert(coll_key.clone(), key);
    Reply::json(
        StatusCode::OK,
        json!({ "CSRString": csr, "CertificateCollection": link(&coll_key) }),
    )
}

/// What a `CertificateString` holds.
enum Material {
    /// X.509 certificate(s): the properties describe the first (leaf) certificate and
    /// `CertificateString` keeps the whole chain, without any private key.
    X509(ParsedCert),
    /// Vendor material (e.g. a sealed token of a rack manager's trust model), stored as sent: its content is
    /// encrypted to the node or rack manager, so nothing can be derived from it.
    SealedToken(String),
}

fn format_error() -> Reply {
    Reply::bad_request(vec![base_for(
        "PropertyValueFormatError",
        &["(PEM text)", "CertificateString"],
        "#/CertificateString",
    )])
}

/// Reads `CertificateString`: X.509 PEM (one certificate or a chain, optionally with the
/// leaf's private key, which must match) or, in the rack scenario, a sealed token.
fn parse_body(state: &State, params: &Map<String, Value>) -> Result<Material, Reply> {
    let text = str_param(params, "CertificateString").unwrap_or_default();
    // Vendor material that is not X.509 (a behaviour says so) is stored as sent; every other
    // service accepts X.509 alone.
    if state
        .config
        .behaviours
        .iter()
        .any(|b| b.opaque_certificate(text))
    {
        return Ok(Material::SealedToken(text.to_owned()));
    }
    let bundle = certs::split_pem(text).map_err(|_| format_error())?;
    let mut chain = bundle.certificates.iter();
    let first = chain.next().cloned().unwrap_or_default();
    let mut parsed = certs::parse_certificate(&first).map_err(|_| format_error())?;
    for issuer in chain {
        certs::parse_certificate(issuer).map_err(|_| format_error())?;
    }
    if let Some(key) = &bundle.private_key {
        let matches = certs::private_key_spki(key)
            .map(|s| s == parsed.spki_der)
            .unwrap_or(false);
        if !matches {
            return Err(Reply::bad_request(vec![base_for(
                "PropertyValueConflict",
                &["CertificateString", "CertificateString"],
                "#/CertificateString",
            )]));
        }
    }
    parsed.properties.insert(
        "CertificateString".into(),
        json!(bundle.certificates.concat()),
    );
    Ok(Material::X509(parsed))
}

/// Usage properties a client may set when installing: `CertificateUsageTypes` always,
/// `KeyUsage` only for tokens (an X.509 certificate's key usage is read from it). Checked
/// against the Certificate schema's enums.
fn sent_usages(
    params: &Map<String, Value>,
    with_key_usage: bool,
) -> Result<Vec<(&'static str, Value)>, Reply> {
    let names: &[&'static str] = if with_key_usage {
        &["CertificateUsageTypes", "KeyUsage"]
    } else {
        &["CertificateUsageTypes"]
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for &name in names {
        let Some(v) = params.get(name) else { continue };
        let spec = crate::schema::type_spec("Certificate.Certificate")
            .and_then(|t| t.pointer(&format!("/p/{name}")));
        let checked = spec
            .map(|s| crate::schema::check_param(s, v))
            .unwrap_or(Ok(()));
        match checked {
            Ok(()) => out.push((name, v.clone())),
            Err(key) => {
                let key = if key == "ActionParameterValueNotInList" {
                    "PropertyValueNotInList"
                } else {
                    "PropertyValueTypeError"
                };
                errors.push(base_for(
                    key,
                    &[&crate::schema::display(v), name],
                    &format!("#/{name}"),
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(Reply::bad_request(errors))
    }
}

fn check_type(params: &Map<String, Value>) -> Result<(), Reply> {
    match str_param(params, "CertificateType") {
        Some("PEM") | Some("PEMchain") => Ok(()),
        Some(other) => Err(Reply::bad_request(vec![base_for(
            "PropertyValueNotInList",
            &[other, "CertificateType"],
            "#/CertificateType",
        )])),
        None => Err(Reply::bad_request(vec![base_for(
            "CreateFailedMissingReqProperties",
            &["CertificateType"],
            "#/CertificateType",
        )])),
    }
}

/// POST to a certificate collection (or to `<collection>/<id>`, OCP guide style).
pub(crate) fn install(
    state: &Arc<State>,
    coll: &str,
    id: Option<&str>,
    params: &Map<String, Value>,
) -> Reply {
    if str_param(params, "CertificateString").is_none() {
        return Reply::bad_request(vec![base_for(
            "CreateFailedMissingReqProperties",
            &["CertificateString"],
            "#/CertificateString",
        )]);
    }
    if let Err(r) = check_type(params) {
        return r;
    }
    let material = match parse_body(state, params) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let usages = match sent_usages(params, matches!(material, Material::SealedToken(_))) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let mut inner = state.lock();
    let coll = inner.tree.resolve(coll).unwrap_or_else(|| normalize(coll));
    if let Material::X509(parsed) = &material {
        let text = str_param(params, "CertificateString").unwrap_or_default();
        for b in state.config.behaviours.iter() {
            if let Err(r) = b.check_certificate(&inner, &coll, parsed, text) {
                return r;
            }
        }
    }
    let id = match id {
        Some(id) => id.to_owned(),
        None => inner.tree.free_id(&coll),
    };
    let path = format!("{coll}/{id}");
    if inner.tree.contains(&path) {
        return Reply::bad_request(vec![base(
            "ResourceAlreadyExists",
            &["Certificate", "Id", &id],
        )]);
    }
    let mut cert = Map::new();
    cert.insert("@odata.id".into(), json!(path));
    cert.insert(
        "@odata.type".into(),
        json!("#Certificate.v1_11_0.Certificate"),
    );
    cert.insert("Id".into(), json!(id));
    cert.insert("Name".into(), json!(format!("Certificate {id}")));
    let is_x509 = matches!(material, Material::X509(_));
    match material {
        // The stored string is the certificate(s) only: a private key is never echoed back.
        Material::X509(parsed) => cert.extend(parsed.properties),
        Material::SealedToken(text) => {
            cert.insert("CertificateString".into(), json!(text));
        }
    }
    cert.insert(
        "CertificateType".into(),
        json!(str_param(params, "CertificateType").unwrap_or("PEM")),
    );
    cert.extend(usages.into_iter().map(|(k, v)| (k.to_owned(), v)));
    inner.tree.put(&path, Value::Object(cert));
    inner.tree.add_member(&coll, &path);
    if is_x509 {
        // A certificate signed for a pending CSR consumes the CSR's key; a token does not.
        inner.csr_keys.remove(&coll);
    }
    refresh_locations(&mut inner.tree);
    inner.raise(Event::new(
        "ResourceEvent.ResourceCreated",
        &[],
        &path,
        EventType::ResourceAdded,
    ));
    let body = state
        .config
        .behaviours
        .first(|b| b.created_body())
        .unwrap_or_else(|| inner.tree.get(&path).cloned().unwrap_or(Value::Null));
    Reply::json(StatusCode::CREATED, body).header(header::LOCATION, &path)
}

/// `#CertificateService.ReplaceCertificate`.
pub(crate) fn replace(state: &Arc<State>, params: &Map<String, Value>) -> Reply {
    if let Err(r) = check_type(params) {
        return r;
    }
    let Some(uri) = params
        .get("CertificateUri")
        .and_then(link_target)
        .map(normalize)
    else {
        return Reply::bad_request(vec![base(
            "ActionParameterMissing",
            &["CertificateService.ReplaceCertificate", "CertificateUri"],
        )]);
    };
    let material = match parse_body(state, params) {
        Ok(m) => m,
        Err(r) => return r,
    };
    let mut inner = state.lock();
    let is_cert = inner
        .tree
        .get(&uri)
        .and_then(odata_type)
        .map(|t| t.starts_with("Certificate.v"))
        .unwrap_or(false);
    if !is_cert {
        return crate::create::missing_resource(&uri, "#/CertificateUri");
    }
    let ctype = str_param(params, "CertificateType")
        .unwrap_or("PEM")
        .to_owned();
    let is_x509 = matches!(material, Material::X509(_));
    inner.tree.update(&uri, |c| match material {
        Material::X509(parsed) => {
            c.extend(parsed.properties);
            c.insert("CertificateType".into(), json!(ctype));
        }
        Material::SealedToken(text) => {
            // Nothing of a replaced X.509 certificate describes the token.
            for k in certs::X509_DERIVED {
                c.remove(*k);
            }
            c.insert("CertificateString".into(), json!(text));
            c.insert("CertificateType".into(), json!(ctype));
        }
    });
    if let Some(coll) = parent(&uri).filter(|_| is_x509) {
        let coll = coll.to_owned();
        inner.csr_keys.remove(&coll);
    }
    refresh_locations(&mut inner.tree);
    inner.raise(Event::new(
        "ResourceEvent.ResourceChanged",
        &[],
        &uri,
        EventType::ResourceUpdated,
    ));
    drop(inner);
    super::success(state)
}
