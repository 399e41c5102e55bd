//! HPE iLO behaviour (iLO 5, 6 and 7), for any tree that identifies an iLO: the built-in `ilo`
//! scenarios and real iLO captures alike. Follows the HPE security service documentation (seed
//! `000_...`) and the iLO 5 capture in `testdata/mockups`.
//!
//! SecurityState transitions (iLO 5/6: Production <-> HighSecurity, Production|HighSecurity ->
//! FIPS, FIPS -> CNSA; iLO 7: SecureStandard -> FIPS -> CNSA; nothing leaves FIPS, Wipe is never
//! settable) answered with iLO-style `error` bodies; TLSVersion and DisableWeakCiphers changeable
//! only in Production; RequireHostAuthentication forced true in FIPS (before iLO 7); HttpsCert
//! GenerateCSR (the CSR appears after a time-scaled delay) and ImportCertificate (with the seed's
//! checks); LDevID CSR and import; application accounts; read-only factory identities;
//! successes wrapped in iLO's extended-info `error` body.

use std::sync::Arc;

use axum::http::{StatusCode, header};
use der::asn1::ObjectIdentifier;
use serde_json::{Map, Value, json};

use crate::actions::Found;
use crate::auth::Principal;
use crate::behaviour::Behaviour;
use crate::certs::{self, CsrRequest, KeyKind, ParsedCert};
use crate::events::{Event, EventType};
use crate::messages::RegistrySource;
use crate::reply::Reply;
use crate::state::{Inner, State};
use crate::tls::Identity;
use crate::tree::{Tree, normalize, odata_type};
use crate::util::link_target;

/// Simulated time iLO takes to produce a CSR (real iLOs take up to 10 minutes).
const CSR_SECONDS: f64 = 20.0;
/// The iLO's product SKU and serial number (the built-in scenario's system).
pub(crate) const SKU: &str = "P52534-B21";
pub(crate) const SERIAL: &str = "CZ2D1A0B7C";
/// Made-up PCA (system board) part and serial numbers, which iLO 6 >= 1.60 writes into its
/// IEEE 802.1AR LDevID CSRs.
const PCA_PART: &str = "P54411-001";
const PCA_SERIAL: &str = "PWJQK0CRHEV0BX";
/// The fixed `hwType` of iLO 6 LDevIDs (seed: "iLO LDevID CSR format").
const ILO6_LDEVID_HW_TYPE: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.3.6.1.4.1.47196.6.3.2.2");
/// Factory-provisioned identities (read-only collections), by their SecurityService property.
const FACTORY: [&str; 4] = ["iLOIDevID", "SystemIDevID", "SystemIAK", "PlatformCert"];
/// Stash key of the certificate information HttpsCert returns to when its certificate is deleted.
const SELF_SIGNED: &str = "hpe-ilo.self-signed";

/// The registries of the iLO's messages, as the iLO 5 capture in `testdata/mockups` serves
/// them (HPE, BSD-3-Clause: `data/registries/hpe/LICENSE`).
pub(crate) const REGISTRIES: [RegistrySource; 2] = [
    RegistrySource {
        file: "iLO",
        source: include_str!("../../data/registries/hpe/iLO.2.14.0.json"),
        location: Some("/redfish/v1/RegistryStore/registries/en/iLO.json"),
        dmtf: false,
    },
    RegistrySource {
        file: "iLOEvents",
        source: include_str!("../../data/registries/hpe/iLOEvents.3.2.0.json"),
        location: Some("/redfish/v1/RegistryStore/registries/en/iLOEvents.json"),
        dmtf: false,
    },
];

/// An iLO found in a tree: its generation and where its HPE resources are.
#[derive(Debug, Clone)]
pub(crate) struct HpeIlo {
    generation: u8,
    manager: String,
    security: String,
    https_cert: String,
    enrollment: String,
    ldevid: String,
    factory: Vec<String>,
}

/// The iLO generation a text names (`iLO 6`, `iLO 5 v2.70`).
fn generation_in(text: &str) -> Option<u8> {
    let rest = text.trim().strip_prefix("iLO")?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn link_key(v: Option<&Value>) -> Option<String> {
    v.and_then(link_target).map(normalize)
}

impl HpeIlo {
    /// Detects an iLO from the data, as clients do: a manager whose `Model` or
    /// `FirmwareVersion` names an iLO, or the service root's `Oem.Hpe.Manager[].ManagerType`.
    pub(crate) fn detect(tree: &Tree) -> Option<HpeIlo> {
        let root = tree.get("/redfish/v1");
        let managers: Vec<String> = root
            .and_then(|r| link_key(r.get("Managers")))
            .and_then(|m| tree.get(&m))
            .and_then(|c| c.get("Members"))
            .and_then(Value::as_array)
            .map(|m| m.iter().filter_map(link_target).map(normalize).collect())
            .unwrap_or_default();
        let from_manager = managers.iter().find_map(|m| {
            let r = tree.get(m)?;
            let g = ["Model", "FirmwareVersion"]
                .iter()
                .find_map(|k| r.get(*k).and_then(Value::as_str).and_then(generation_in))?;
            Some((m.clone(), g))
        });
        let from_root = root
            .and_then(|r| r.pointer("/Oem/Hpe/Manager"))
            .and_then(|m| match m {
                Value::Array(a) => a.first(),
                other => Some(other),
            })
            .and_then(|m| m.get("ManagerType"))
            .and_then(Value::as_str)
            .and_then(generation_in);
        let (manager, generation) = match (from_manager, from_root) {
            (Some(found), _) => found,
            (None, Some(g)) => (managers.first()?.clone(), g),
            (None, None) => return None,
        };
        let mgr = tree.get(&manager);
        let security = mgr
            .and_then(|m| link_key(m.pointer("/Oem/Hpe/Links/SecurityService")))
            .filter(|s| tree.contains(s))
            .unwrap_or_else(|| format!("{manager}/SecurityService"));
        let sec = tree.get(&security);
        let https_cert = sec
            .and_then(|s| link_key(s.pointer("/Links/HttpsCert")))
            .unwrap_or_else(|| format!("{security}/HttpsCert"));
        let enrollment = sec
            .and_then(|s| link_key(s.pointer("/Links/AutomaticCertificateEnrollment")))
            .unwrap_or_else(|| format!("{security}/AutomaticCertificateEnrollment"));
        let certs_of = |name: &str| {
            sec.and_then(|s| link_key(s.get(name).and_then(|n| n.get("Certificates"))))
                .unwrap_or_else(|| format!("{security}/{name}/Certificates"))
        };
        Some(HpeIlo {
            generation,
            ldevid: certs_of("iLOLDevID"),
            factory: FACTORY.iter().map(|f| certs_of(f)).collect(),
            manager,
            security,
            https_cert,
            enrollment,
        })
    }

    fn is_app_accounts(&self, key: &str, collection: &Value) -> bool {
        odata_type(collection)
            .map(|t| t.starts_with("HpeiLOAppAccountCollection"))
            .unwrap_or(false)
            || key.ends_with("/AppAccounts")
    }
}

/// An iLO-style extended-info body (iLO wraps even successes in `error`).
pub(crate) fn ilo_body(message_ids: &[&str]) -> Value {
    let infos: Vec<Value> = message_ids
        .iter()
        .map(|id| json!({ "MessageId": id }))
        .collect();
    json!({
        "error": {
            "code": "iLO.0.10.ExtendedInfo",
            "message": "See @Message.ExtendedInfo for more information.",
            "@Message.ExtendedInfo": infos,
        }
    })
}

impl Behaviour for HpeIlo {
    fn patch_rules(
        &self,
        inner: &Inner,
        key: &str,
        current: &Value,
        body: &Map<String, Value>,
    ) -> Result<(), Reply> {
        patch_rules(self, self.generation, inner, key, current, body)
    }

    fn extra_writable(&self, current: &Value) -> &'static [&'static str] {
        extra_writable(current)
    }

    fn after_patch(
        &self,
        _state: &Arc<State>,
        inner: &mut Inner,
        key: &str,
        current: &Value,
        updated: &mut Map<String, Value>,
        body: &Map<String, Value>,
    ) {
        after_patch(self, self.generation, inner, key, current, updated, body);
    }

    fn patch_reply(&self, current: &Value, body: &Map<String, Value>) -> Option<Value> {
        Some(patch_reply(current, body))
    }

    fn delete(&self, state: &Arc<State>, key: &str) -> Option<Reply> {
        delete_hook(self, state, key)
    }

    fn deletable(&self, tree: &Tree, key: &str) -> Option<bool> {
        if is_https_cert(tree, key) {
            return Some(true);
        }
        is_factory_identity(self, key).then_some(false)
    }

    fn insertable(&self, key: &str, collection: &Value) -> Option<bool> {
        if is_factory_identity(self, key) {
            return Some(false);
        }
        self.is_app_accounts(key, collection).then_some(true)
    }

    fn create(
        &self,
        state: &Arc<State>,
        principal: &Principal,
        key: &str,
        collection: &Value,
        body: &Map<String, Value>,
    ) -> Option<Reply> {
        self.is_app_accounts(key, collection)
            .then(|| create_app_account(state, principal, key, body.clone()))
    }

    fn special_post(
        &self,
        state: &Arc<State>,
        _principal: &Principal,
        path: &str,
        body: &Map<String, Value>,
    ) -> Option<Reply> {
        // Older HPE clients POST `{"Action": "GenerateCSR", ...}` to HttpsCert itself (iLO 4 style).
        if !is_https_cert(&state.lock().tree, path) {
            return None;
        }
        let action = body.get("Action").and_then(Value::as_str).unwrap_or("");
        let action = action.rsplit('.').next().unwrap_or(action);
        match action {
            "GenerateCSR" => Some(https_generate_csr(self, state, path, body)),
            "ImportCertificate" => Some(https_import(self, state, path, body)),
            _ => None,
        }
    }

    fn action(
        &self,
        state: &Arc<State>,
        _principal: &Principal,
        found: &Found,
        params: &Map<String, Value>,
    ) -> Option<Reply> {
        match found.name.as_str() {
            "HpeHttpsCert.GenerateCSR" => {
                Some(https_generate_csr(self, state, &found.resource, params))
            }
            "HpeHttpsCert.ImportCertificate" => {
                Some(https_import(self, state, &found.resource, params))
            }
            _ => None,
        }
    }

    fn action_success(&self) -> Option<Reply> {
        Some(Reply::json(
            StatusCode::OK,
            ilo_body(&["Base.1.18.Success"]),
        ))
    }

    fn created_body(&self) -> Option<Value> {
        Some(ilo_body(&["Base.1.18.Created"]))
    }

    fn new_account(&self, account: &mut Value, body: &Map<String, Value>) {
        decorate_account(account, body);
    }

    fn csr_defaults(&self, collection: &str, req: &mut CsrRequest) {
        if normalize(collection) == self.ldevid {
            ldevid_csr_defaults(req, self.generation);
        }
    }

    fn check_certificate(
        &self,
        inner: &Inner,
        collection: &str,
        parsed: &ParsedCert,
        text: &str,
    ) -> Result<(), Reply> {
        check_ldevid(self, inner, collection, parsed, text)
    }

    fn finish_identity(&self, inner: &mut Inner, identity: &Identity) {
        finish(self, inner, identity);
    }

    fn own_namespace(&self, namespace: &str) -> bool {
        namespace.starts_with("Hpe")
    }

    fn registries(&self) -> &'static [RegistrySource] {
        &REGISTRIES
    }

    fn raise_event(&self, _inner: &mut Inner, event: &mut Event, extra: &mut Vec<Event>) {
        security_alerts(self, event, extra);
    }

    fn schema_uri(&self, odata_type: &str) -> Option<String> {
        let ns = odata_type.trim_start_matches('#').split('.').next()?;
        self.own_namespace(ns)
            .then(|| format!("/redfish/v1/SchemaStore/en/{ns}.json"))
    }
}

/// The iLO's security alerts (seed `000_...`: changes of the TLS versions "trigger an event
/// and create an alert", with the version, its state and the user; remote listeners get them
/// under the `iLOEvents` prefix). A new `SecurityState` adds `iLOEvents.SecurityStateChange`;
/// TLS version and weak-cipher changes become alerts (the iLO 5 registry the emulator serves
/// has no TLS message: the standard `PropertyValueModifiedByClient` record carries the
/// version, the state and `Username`).
fn security_alerts(p: &HpeIlo, event: &mut Event, extra: &mut Vec<Event>) {
    if event.key() != "PropertyValueModifiedByClient"
        || event.origin.as_deref().map(normalize) != Some(p.security.clone())
    {
        return;
    }
    let (Some(property), Some(value)) = (event.args.first(), event.args.get(1)) else {
        return;
    };
    if property == "SecurityState" {
        event.event_type = EventType::Alert;
        let mut alert = Event::new(
            "iLOEvents.SecurityStateChange",
            &[value],
            &p.security,
            EventType::Alert,
        );
        alert.username = event.username.clone();
        extra.push(alert);
    } else if property.starts_with("TLSVersion/") || property == "DisableWeakCiphers" {
        event.event_type = EventType::Alert;
    }
}

fn ilo_error(status: StatusCode, id: &str, args: &[&str]) -> Reply {
    let mut body = ilo_body(&[id]);
    body["error"]["@Message.ExtendedInfo"][0]["MessageArgs"] = json!(args);
    Reply::json(status, body)
}

fn bad_param(prop: &str) -> Reply {
    ilo_error(
        StatusCode::BAD_REQUEST,
        "iLO.2.15.PropertyValueBadParam",
        &[prop],
    )
}

fn import_failed() -> Reply {
    ilo_error(
        StatusCode::BAD_REQUEST,
        "iLO.2.15.ImportCertificateFailed",
        &[],
    )
}

/// HPE privilege flags of a role.
pub(crate) fn privileges(role: &str) -> Value {
    let all = role == "Administrator";
    let op = role == "Operator";
    json!({
        "HostBIOSConfigPriv": all || op,
        "HostNICConfigPriv": all || op,
        "HostStorageConfigPriv": all || op,
        "LoginPriv": true,
        "RemoteConsolePriv": all || op,
        "SystemRecoveryConfigPriv": all,
        "UserConfigPriv": all,
        "VirtualMediaPriv": all || op,
        "VirtualPowerAndResetPriv": all || op,
        "iLOConfigPriv": all
    })
}

/// Adds `Oem.Hpe` (LoginName, Privileges) to an account body.
pub(crate) fn decorate_account(account: &mut Value, body: &Map<String, Value>) {
    let role = account["RoleId"].as_str().unwrap_or("ReadOnly").to_owned();
    let user = account["UserName"].as_str().unwrap_or_default().to_owned();
    let requested = body.get("Oem").and_then(|o| o.get("Hpe"));
    let mut privs = privileges(&role);
    if let (Some(Value::Object(req)), Value::Object(p)) =
        (requested.and_then(|h| h.get("Privileges")), &mut privs)
    {
        for (k, v) in req {
            if p.contains_key(k) && v.is_boolean() {
                p.insert(k.clone(), v.clone());
            }
        }
    }
    let login = requested
        .and_then(|h| h.get("LoginName"))
        .and_then(Value::as_str)
        .unwrap_or(&user)
        .to_owned();
    account["Oem"] = json!({"Hpe": {
        "@odata.type": "#HpeiLOAccount.v2_2_0.HpeiLOAccount",
        "LoginName": login,
        "Privileges": privs,
        "ServiceAccount": false
    }});
    account["AccountTypes"] = json!(["Redfish", "WebUI", "HostConsole"]);
}

pub(crate) fn allowable_states(generation: u8, state: &str) -> Vec<&'static str> {
    match (generation, state) {
        (7, "SecureStandard") => vec!["SecureStandard", "FIPS"],
        (_, "Production") | (_, "HighSecurity") => vec!["Production", "HighSecurity", "FIPS"],
        (_, "FIPS") => vec!["FIPS", "CNSA"],
        (_, "CNSA") => vec!["CNSA"],
        _ => vec![],
    }
}

/// Whether `from -> to` is a transition the iLO generation accepts.
pub(crate) fn transition_allowed(generation: u8, from: &str, to: &str) -> bool {
    if from == to {
        return to != "Wipe";
    }
    match generation {
        7 => matches!((from, to), ("SecureStandard", "FIPS") | ("FIPS", "CNSA")),
        _ => matches!(
            (from, to),
            ("Production", "HighSecurity")
                | ("HighSecurity", "Production")
                | ("Production", "FIPS")
                | ("HighSecurity", "FIPS")
                | ("FIPS", "CNSA")
        ),
    }
}

fn is_fips_or_higher(state: &str) -> bool {
    matches!(state, "FIPS" | "CNSA" | "SuiteB")
}

fn security_state(p: &HpeIlo, tree: &Tree) -> String {
    tree.get(&p.security)
        .and_then(|s| s.get("SecurityState"))
        .and_then(Value::as_str)
        .unwrap_or("Production")
        .to_owned()
}

fn enrollment_enabled(p: &HpeIlo, tree: &Tree) -> bool {
    tree.get(&p.enrollment)
        .and_then(|e| e.get("AutomaticCertificateEnrollmentSettings"))
        .and_then(|s| s.get("ServiceEnabled"))
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

pub(crate) fn app_account(
    coll: &str,
    id: &str,
    name: &str,
    app_id: &str,
    privileges: Value,
) -> Value {
    let tail = &app_id[app_id.len().saturating_sub(4)..];
    json!({
        "@odata.id": format!("{coll}/{id}"),
        "@odata.type": "#HpeiLOAppAccount.v1_0_0.HpeiLOAppAccount",
        "Id": id,
        "Name": "Application Account",
        "Description": format!("Application account of {name}"),
        // iLO never shows the whole host application id.
        "HostAppId": format!("**{tail}"),
        "HostAppName": name,
        "Privileges": privileges
    })
}

/// `X509CertificateInformation` from a parsed certificate, in iLO's flat string style.
fn x509_information(props: &Map<String, Value>) -> Value {
    let flat = |id: &Value| {
        let parts = [
            ("CN", "CommonName"),
            ("O", "Organization"),
            ("OU", "OrganizationalUnit"),
            ("L", "City"),
            ("ST", "State"),
            ("C", "Country"),
        ];
        parts
            .iter()
            .filter_map(|(short, long)| {
                id.get(*long)
                    .and_then(Value::as_str)
                    .map(|v| format!("{short} = {v}"))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let date = |k: &str| {
        props
            .get(k)
            .and_then(Value::as_str)
            .map(|d| d.replace("+00:00", "Z"))
            .unwrap_or_default()
    };
    json!({
        "Issuer": flat(props.get("Issuer").unwrap_or(&Value::Null)),
        "Subject": flat(props.get("Subject").unwrap_or(&Value::Null)),
        "SerialNumber": props.get("SerialNumber").and_then(Value::as_str).unwrap_or_default().to_ascii_lowercase(),
        "ValidNotBefore": date("ValidNotBefore"),
        "ValidNotAfter": date("ValidNotAfter")
    })
}

/// Fills HttpsCert from the emulator's actual TLS certificate.
///
/// A captured iLO keeps the certificate information it recorded (that is its self-signed
/// certificate); only an empty one is filled.
fn finish(p: &HpeIlo, inner: &mut Inner, identity: &Identity) {
    let recorded = inner
        .tree
        .get(&p.https_cert)
        .and_then(|h| h.get("X509CertificateInformation"))
        .filter(|i| i.as_object().is_some_and(|o| !o.is_empty()))
        .cloned();
    if let Some(info) = recorded {
        inner.stash.insert(SELF_SIGNED.into(), info);
        return;
    }
    if let Ok(parsed) = certs::parse_certificate(&identity.cert_pem) {
        let info = x509_information(&parsed.properties);
        inner.stash.insert(SELF_SIGNED.into(), info.clone());
        inner.tree.update(&p.https_cert, |h| {
            h.insert("X509CertificateInformation".into(), info);
        });
    }
}

fn changed(body: &Map<String, Value>, current: &Value, key: &str) -> bool {
    body.get(key).is_some_and(|v| current.get(key) != Some(v))
}

/// iLO rules checked before the schema: security state transitions, TLS settings, host
/// authentication, automatic enrollment.
fn patch_rules(
    p: &HpeIlo,
    generation: u8,
    inner: &Inner,
    key: &str,
    current: &Value,
    body: &Map<String, Value>,
) -> Result<(), Reply> {
    let ty = odata_type(current).unwrap_or("");
    if ty.starts_with("HpeSecurityService.") {
        let from = current
            .get("SecurityState")
            .and_then(Value::as_str)
            .unwrap_or("Production");
        if let Some(to) = body.get("SecurityState") {
            let Some(to) = to.as_str() else {
                return Err(bad_param("SecurityState"));
            };
            if !transition_allowed(generation, from, to) {
                return Err(bad_param("SecurityState"));
            }
        }
        let tls_change = body.get("TLSVersion").is_some_and(|t| {
            t.as_object()
                .map(|o| {
                    o.iter()
                        .any(|(k, v)| current["TLSVersion"].get(k) != Some(v))
                })
                .unwrap_or(true)
        });
        if (tls_change || changed(body, current, "DisableWeakCiphers")) && from != "Production" {
            let prop = if tls_change {
                "TLSVersion"
            } else {
                "DisableWeakCiphers"
            };
            return Err(bad_param(prop));
        }
        // With weak ciphers disabled, TLS 1.0/1.1 cannot be enabled.
        let weak_disabled = body
            .get("DisableWeakCiphers")
            .and_then(Value::as_bool)
            .unwrap_or_else(|| current["DisableWeakCiphers"].as_bool().unwrap_or(false));
        let enables_old = ["TLS1_0", "TLS1_1"].iter().any(|v| {
            body.get("TLSVersion")
                .and_then(|t| t.get(*v))
                .and_then(Value::as_str)
                == Some("Enabled")
        });
        if weak_disabled && enables_old {
            return Err(bad_param("TLSVersion"));
        }
    }
    if normalize(key) == p.manager {
        let rha = body
            .get("Oem")
            .and_then(|o| o.get("Hpe"))
            .and_then(|h| h.get("RequireHostAuthentication"));
        if let Some(v) = rha {
            if generation >= 7 {
                return Err(ilo_error(
                    StatusCode::BAD_REQUEST,
                    "iLO.2.15.PropertyNotWritableOrUnknown",
                    &["RequireHostAuthentication"],
                ));
            }
            if !v.is_boolean()
                || (is_fips_or_higher(&security_state(p, &inner.tree)) && v == &json!(false))
            {
                return Err(bad_param("RequireHostAuthentication"));
            }
        }
    }
    if ty.starts_with("HpeAutomaticCertEnrollment.") {
        let enabling = body
            .get("AutomaticCertificateEnrollmentSettings")
            .and_then(|s| s.get("ServiceEnabled"))
            .and_then(Value::as_bool)
            == Some(true);
        if enabling && security_state(p, &inner.tree) == "CNSA" {
            return Err(ilo_error(
                StatusCode::BAD_REQUEST,
                "iLO.2.15.UnsupportedSecurityState",
                &[],
            ));
        }
    }
    Ok(())
}

/// Properties iLO accepts although the (iLO 5) schema marks them differently.
fn extra_writable(current: &Value) -> &'static [&'static str] {
    let ty = odata_type(current).unwrap_or("");
    if ty.starts_with("HpeAutomaticCertEnrollment.") {
        &[
            "/AutomaticCertificateEnrollmentSettings/ServiceEnabled",
            "/AutomaticCertificateEnrollmentSettings/ServerUrl",
            "/AutomaticCertificateEnrollmentSettings/ChallengePassword",
        ]
    } else {
        &[]
    }
}

/// Side effects of iLO PATCHes.
fn after_patch(
    p: &HpeIlo,
    generation: u8,
    inner: &mut Inner,
    _key: &str,
    current: &Value,
    updated: &mut Map<String, Value>,
    body: &Map<String, Value>,
) {
    let ty = odata_type(current).unwrap_or("");
    if ty.starts_with("HpeSecurityService.") {
        let new_state = updated
            .get("SecurityState")
            .and_then(Value::as_str)
            .unwrap_or("Production")
            .to_owned();
        if new_state != "Production" {
            // Higher states disable the weak protocols.
            if let Some(Value::Object(tls)) = updated.get_mut("TLSVersion") {
                tls.insert("TLS1_0".into(), json!("Disabled"));
                tls.insert("TLS1_1".into(), json!("Disabled"));
            }
        }
        if is_fips_or_higher(&new_state) {
            updated.insert("DisableWeakCiphers".into(), json!(true));
            if generation < 7 {
                inner.tree.update(&p.manager, |m| {
                    if let Some(Value::Object(hpe)) =
                        m.get_mut("Oem").and_then(|o| o.get_mut("Hpe"))
                    {
                        hpe.insert("RequireHostAuthentication".into(), json!(true));
                    }
                });
            }
        }
        if updated.get("DisableWeakCiphers").and_then(Value::as_bool) == Some(true)
            && let Some(Value::Object(tls)) = updated.get_mut("TLSVersion")
        {
            tls.insert("TLS1_0".into(), json!("Disabled"));
            tls.insert("TLS1_1".into(), json!("Disabled"));
        }
        updated.insert(
            "SecurityState@Redfish.AllowableValues".into(),
            json!(allowable_states(generation, &new_state)),
        );
        let _ = body;
    }
    if ty.starts_with("HpeAutomaticCertEnrollment.")
        && let Some(Value::Object(settings)) =
            updated.get_mut("AutomaticCertificateEnrollmentSettings")
    {
        let on = settings.get("ServiceEnabled").and_then(Value::as_bool) == Some(true);
        settings.insert(
            "CertificateEnrollmentStatus".into(),
            json!(if on { "InProgress" } else { "Disabled" }),
        );
        // The challenge password is write-only.
        settings.insert("ChallengePassword".into(), Value::Null);
    }
}

/// The body iLO answers a successful PATCH with.
fn patch_reply(current: &Value, body: &Map<String, Value>) -> Value {
    let ty = odata_type(current).unwrap_or("");
    let resets = ty.starts_with("HpeSecurityService.")
        && (changed(body, current, "SecurityState")
            || changed(body, current, "DisableWeakCiphers"));
    if resets {
        ilo_body(&["iLO.2.15.ResetInProgress"])
    } else if ty.starts_with("HpeSecurityService.") && body.contains_key("TLSVersion") {
        ilo_body(&["iLO.2.15.ResetRequired"])
    } else {
        ilo_body(&["Base.1.18.Success"])
    }
}

/// True for the HPE HttpsCert resource (DELETE regenerates the self-signed certificate).
fn is_https_cert(tree: &Tree, path: &str) -> bool {
    tree.get(path)
        .and_then(odata_type)
        .map(|t| t.starts_with("HpeHttpsCert."))
        .unwrap_or(false)
}

/// Factory-provisioned identity collections accept neither POST nor DELETE.
fn is_factory_identity(p: &HpeIlo, path: &str) -> bool {
    let path = normalize(path);
    p.factory
        .iter()
        .any(|f| path == *f || path.starts_with(&format!("{f}/")))
}

/// DELETE of HttpsCert: back to the self-signed certificate (refused while enrolled).
fn delete_hook(p: &HpeIlo, state: &Arc<State>, path: &str) -> Option<Reply> {
    let mut inner = state.lock();
    if !is_https_cert(&inner.tree, path) {
        return None;
    }
    if enrollment_enabled(p, &inner.tree) {
        return Some(ilo_error(
            StatusCode::BAD_REQUEST,
            "iLO.2.15.PropertyValueBadParam",
            &["AutomaticCertificateEnrollment"],
        ));
    }
    // The self-signed certificate comes back.
    let default = inner.stash.get(SELF_SIGNED).cloned().unwrap_or(Value::Null);
    inner.tree.update(path, |h| {
        h.insert("CertificateSigningRequest".into(), Value::Null);
        h.insert("X509CertificateInformation".into(), default);
    });
    inner.csr_keys.remove(&p.https_cert);
    inner.raise(Event::new(
        "ResourceEvent.ResourceChanged",
        &[],
        &normalize(path),
        EventType::ResourceUpdated,
    ));
    Some(Reply::json(
        StatusCode::OK,
        ilo_body(&["iLO.2.15.ResetInProgress"]),
    ))
}

fn param<'a>(params: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    params
        .get(k)
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// `#HpeHttpsCert.GenerateCSR`: answers at once; the CSR appears after a (time-scaled) delay.
fn https_generate_csr(
    p: &HpeIlo,
    state: &Arc<State>,
    res: &str,
    params: &Map<String, Value>,
) -> Reply {
    for required in ["OrgName", "CommonName", "Country", "State", "City"] {
        if param(params, required).is_none() {
            return ilo_error(
                StatusCode::BAD_REQUEST,
                "Base.1.18.ActionParameterMissing",
                &["HpeHttpsCert.GenerateCSR", required],
            );
        }
    }
    let known = [
        "OrgName",
        "OrgUnit",
        "CommonName",
        "Country",
        "State",
        "City",
        "IncludeIP",
        "Action",
    ];
    if let Some(unknown) = params
        .keys()
        .find(|k| !k.contains('@') && !known.contains(&k.as_str()))
    {
        return ilo_error(
            StatusCode::BAD_REQUEST,
            "Base.1.18.ActionParameterUnknown",
            &["HpeHttpsCert.GenerateCSR", unknown],
        );
    }
    let include_ip = params
        .get("IncludeIP")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let cn = param(params, "CommonName").unwrap_or_default().to_owned();
    let mut alt = vec![cn.clone()];
    if include_ip {
        alt.push("192.0.2.20".into());
    }
    let cnsa = security_state(p, &state.lock().tree) == "CNSA";
    let req = certs::CsrRequest {
        common_name: cn,
        organization: param(params, "OrgName").map(str::to_owned),
        organizational_unit: param(params, "OrgUnit").map(str::to_owned),
        city: param(params, "City").map(str::to_owned),
        state: param(params, "State").map(str::to_owned),
        country: param(params, "Country").map(str::to_owned),
        email: None,
        alternative_names: alt,
        p384: cnsa,
        ..certs::CsrRequest::default()
    };
    let Ok((csr, key)) = certs::generate_csr(&req) else {
        return bad_param("CommonName");
    };
    let res = normalize(res);
    {
        let mut inner = state.lock();
        // A new CSR invalidates the previous key: its signed certificate can no longer be imported.
        inner.csr_keys.insert(p.https_cert.clone(), key.clone());
        inner.tree.update(&res, |h| {
            h.insert("CertificateSigningRequest".into(), Value::Null);
        });
    }
    let delay = state.config.scaled(CSR_SECONDS);
    let csr_slot = p.https_cert.clone();
    let st = Arc::clone(state);
    tokio::spawn(async move {
        tokio::time::sleep(delay).await;
        let mut inner = st.lock();
        if inner.csr_keys.get(&csr_slot) == Some(&key) {
            inner.tree.update(&res, |h| {
                h.insert("CertificateSigningRequest".into(), json!(csr));
            });
        }
    });
    Reply::json(
        StatusCode::OK,
        ilo_body(&["iLO.2.15.GeneratingCertificate"]),
    )
}

/// `#HpeHttpsCert.ImportCertificate`: a signed certificate for the pending CSR, or a
/// certificate with its private key (side-loading, iLO 6 >= 1.30).
fn https_import(p: &HpeIlo, state: &Arc<State>, res: &str, params: &Map<String, Value>) -> Reply {
    let Some(text) = params.get("Certificate").and_then(Value::as_str) else {
        return ilo_error(
            StatusCode::BAD_REQUEST,
            "Base.1.18.ActionParameterMissing",
            &["HpeHttpsCert.ImportCertificate", "Certificate"],
        );
    };
    let mut inner = state.lock();
    if enrollment_enabled(p, &inner.tree) {
        return import_failed();
    }
    if text.len() > 20 * 1024 {
        return import_failed();
    }
    let Ok(bundle) = certs::split_pem(text) else {
        return import_failed();
    };
    let Some(first) = bundle.certificates.first() else {
        return import_failed();
    };
    let Ok(parsed) = certs::parse_certificate(first) else {
        return import_failed();
    };
    let cnsa = security_state(p, &inner.tree) == "CNSA";
    match &bundle.private_key {
        Some(key) => {
            let Ok(spki) = certs::private_key_spki(key) else {
                return import_failed();
            };
            if spki != parsed.spki_der {
                return import_failed();
            }
            let key_ok = if cnsa {
                parsed.key.is_p384()
            } else {
                matches!(parsed.key, KeyKind::Rsa { bits } if (1024..=2048).contains(&bits))
            };
            if !key_ok {
                return import_failed();
            }
        }
        None => {
            let matches = inner
                .csr_keys
                .get(&p.https_cert)
                .and_then(|k| certs::private_key_spki(k).ok())
                .map(|spki| spki == parsed.spki_der)
                .unwrap_or(false);
            if !matches {
                return import_failed();
            }
        }
    }
    let info = x509_information(&parsed.properties);
    inner.tree.update(&normalize(res), |h| {
        h.insert("X509CertificateInformation".into(), info);
        h.insert("CertificateSigningRequest".into(), Value::Null);
    });
    inner.csr_keys.remove(&p.https_cert);
    inner.raise(Event::new(
        "ResourceEvent.ResourceChanged",
        &[],
        &normalize(res),
        EventType::ResourceUpdated,
    ));
    Reply::json(
        StatusCode::OK,
        ilo_body(&["iLO.2.15.ImportCertSuccessfuliLOResetinProgress"]),
    )
}

/// Checks of an iLO LDevID import (brief 6.5): size, key match with the CSR, FIPS algorithms.
fn check_ldevid(
    p: &HpeIlo,
    inner: &Inner,
    coll: &str,
    parsed: &certs::ParsedCert,
    text: &str,
) -> Result<(), Reply> {
    if normalize(coll) != p.ldevid {
        return Ok(());
    }
    if text.len() > 16 * 1024 {
        return Err(import_failed());
    }
    let matches = inner
        .csr_keys
        .get(&p.ldevid)
        .and_then(|k| certs::private_key_spki(k).ok())
        .map(|spki| spki == parsed.spki_der)
        .unwrap_or(false);
    if !matches {
        return Err(import_failed());
    }
    let alg = parsed
        .properties
        .get("SignatureAlgorithm")
        .and_then(Value::as_str)
        .unwrap_or("");
    let fips = [
        "sha256WithRSAEncryption",
        "sha384WithRSAEncryption",
        "sha512WithRSAEncryption",
        "ecdsa-with-SHA256",
        "ecdsa-with-SHA384",
    ];
    if !fips.contains(&alg) {
        return Err(import_failed());
    }
    Ok(())
}

/// The subject iLO puts in LDevID CSRs.
///
/// iLO 6 from 1.60 on (the scenario runs 1.62) writes the whole IEEE 802.1AR identity itself
/// (seed: "iLO LDevID CSR format"; brief 6.5), so naming parameters the client sends are
/// dropped: the CN must repeat the platformModel and a CSR has room for one SAN only. The HPE
/// documentation gives that layout for iLO 6 only, so other generations keep the client's
/// values and fill the gaps with HPE's organization.
fn ldevid_csr_defaults(req: &mut certs::CsrRequest, generation: u8) {
    if generation == 6 {
        *req = certs::CsrRequest {
            given_name: Some(PCA_PART.into()),
            surname: Some(PCA_SERIAL.into()),
            common_name: SKU.into(),
            serial_number: Some(SERIAL.into()),
            organization: Some("Hewlett Packard Enterprise Development".into()),
            state: Some("Texas".into()),
            organizational_unit: Some("Servers".into()),
            city: Some("Houston".into()),
            country: Some("US".into()),
            platform: Some(certs::PlatformIdentity {
                manufacturer: "HPE".into(),
                model: SKU.into(),
                serial: SERIAL.into(),
                hw_type: ILO6_LDEVID_HW_TYPE,
                hw_serial: PCA_SERIAL.into(),
            }),
            p384: req.p384,
            ..certs::CsrRequest::default()
        };
        return;
    }
    if req.common_name.is_empty() {
        req.common_name = SKU.to_owned();
    }
    req.organization
        .get_or_insert_with(|| "Hewlett Packard Enterprise Development".into());
    req.organizational_unit
        .get_or_insert_with(|| "Servers".into());
    req.city.get_or_insert_with(|| "Houston".into());
    req.state.get_or_insert_with(|| "Texas".into());
    req.country.get_or_insert_with(|| "US".into());
}

/// POST to `AccountService/Oem/Hpe/AppAccounts`: privileges are inherited from the creating
/// user, the host application id is stored masked.
fn create_app_account(
    state: &Arc<State>,
    principal: &Principal,
    coll: &str,
    body: Map<String, Value>,
) -> Reply {
    let Some(name) = param(&body, "HostAppName") else {
        return Reply::bad_request(vec![crate::messages::base(
            "CreateFailedMissingReqProperties",
            &["HostAppName"],
        )]);
    };
    let Some(app_id) = param(&body, "HostAppId") else {
        return Reply::bad_request(vec![crate::messages::base(
            "CreateFailedMissingReqProperties",
            &["HostAppId"],
        )]);
    };
    let mut inner = state.lock();
    let privs = inner
        .tree
        .get(&principal.account)
        .and_then(|a| a.get("Oem"))
        .and_then(|o| o.get("Hpe"))
        .and_then(|h| h.get("Privileges"))
        .cloned()
        .unwrap_or_else(|| privileges("ReadOnly"));
    // Application accounts need at least these (seed: iLOrest/AMS minimum).
    for needed in ["LoginPriv", "UserConfigPriv", "iLOConfigPriv"] {
        if privs.get(needed).and_then(Value::as_bool) != Some(true) {
            return Reply::forbidden();
        }
    }
    let coll = normalize(coll);
    let id = (65605u64..)
        .map(|n| n.to_string())
        .find(|id| !inner.tree.contains(&format!("{coll}/{id}")))
        .unwrap_or_else(|| "65535".into());
    let path = format!("{coll}/{id}");
    inner
        .tree
        .put(&path, app_account(&coll, &id, name, app_id, privs));
    inner.tree.add_member(&coll, &path);
    let created = inner.tree.get(&path).cloned().unwrap_or(Value::Null);
    Reply::json(StatusCode::CREATED, created).header(header::LOCATION, &path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::PatchCheck;

    fn check(type_key: &str, body: Value) -> Vec<String> {
        let current = json!({});
        let c = PatchCheck {
            current: &current,
            extra_writable: &[],
        };
        c.validate(Some(type_key), body.as_object().unwrap())
            .iter()
            .map(|m| {
                format!(
                    "{} {}",
                    m["MessageId"].as_str().unwrap().rsplit('.').next().unwrap(),
                    m["RelatedProperties"][0].as_str().unwrap_or("")
                )
            })
            .collect()
    }

    #[test]
    fn the_schema_table_knows_the_hpe_security_service() {
        let errs = check(
            "HpeSecurityService.HpeSecurityService",
            json!({"SecurityState": "HighSecurity", "TLSVersion": {"TLS1_0": "Disabled"}}),
        );
        assert!(errs.is_empty(), "{errs:?}");
        let errs = check(
            "HpeSecurityService.HpeSecurityService",
            json!({"SecurityState": "Nope"}),
        );
        assert_eq!(errs, vec!["PropertyValueNotInList #/SecurityState"]);
    }

    #[test]
    fn an_ilo_is_detected_from_its_data() {
        let mut t = Tree::default();
        t.put(
            "/redfish/v1",
            json!({"Managers": {"@odata.id": "/redfish/v1/Managers/"}}),
        );
        t.put(
            "/redfish/v1/Managers",
            json!({"Members": [{"@odata.id": "/redfish/v1/Managers/1/"}], "Members@odata.count": 1}),
        );
        t.put(
            "/redfish/v1/Managers/1",
            json!({"@odata.type": "#Manager.v1_5_1.Manager", "Model": "iLO 5"}),
        );
        let ilo = HpeIlo::detect(&t).unwrap();
        assert_eq!(ilo.generation, 5);
        assert_eq!(
            ilo.https_cert,
            "/redfish/v1/Managers/1/SecurityService/HttpsCert"
        );
        // A manager that is not an iLO, and no service-root OEM section: no iLO.
        t.put(
            "/redfish/v1/Managers/1",
            json!({"@odata.type": "#Manager.v1_5_1.Manager", "Model": "OpenBMC"}),
        );
        assert!(HpeIlo::detect(&t).is_none());
        t.put(
            "/redfish/v1",
            json!({"Managers": {"@odata.id": "/redfish/v1/Managers"},
                   "Oem": {"Hpe": {"Manager": [{"ManagerType": "iLO 6"}]}}}),
        );
        assert_eq!(HpeIlo::detect(&t).unwrap().generation, 6);
    }
}
