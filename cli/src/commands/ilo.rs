//! `ilo security-state | tls | cert | ldevid | app-accounts` (hpe-oem).

use hpe_oem::{ChangeOutcome, Identity, Ilo, SecurityState, check_transition};
use redfish_client::Client;
use serde_json::{Value, json};
use time::format_description::well_known::Rfc3339;

use crate::args::IloCmd;
use crate::error::CliError;
use crate::output::{Output, Table, s};

/// Runs an `ilo` subcommand.
pub async fn run(client: &Client, cmd: &IloCmd) -> Result<Output, CliError> {
    let ilo = Ilo::connect(client).await?;
    match cmd {
        IloCmd::SecurityState { set } => security_state(&ilo, set.as_deref()).await,
        IloCmd::Tls => tls(&ilo).await,
        IloCmd::Cert => cert(&ilo).await,
        IloCmd::Ldevid => ldevid(&ilo).await,
        IloCmd::AppAccounts => app_accounts(&ilo).await,
    }
}

fn identity(ilo: &Ilo) -> Value {
    json!({
        "generation": ilo.generation().to_string(),
        "firmware": ilo.firmware().map(|f| f.to_string()),
        "manager": ilo.manager().odata_id().as_str(),
    })
}

fn outcome(o: &ChangeOutcome) -> Value {
    json!({
        "sent": o.sent,
        "messages": o.messages.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "resets": o.resets,
        "reset_required": o.reset_required,
    })
}

async fn security_state(ilo: &Ilo, set: Option<&str>) -> Result<Output, CliError> {
    let mut changed = None;
    if let Some(target) = set {
        changed = Some(ilo.set_security_state(SecurityState::from(target)).await?);
    }
    let svc = ilo.security_service().await?;
    let state = svc
        .security_state
        .clone()
        .ok_or_else(|| CliError::Failed(format!("{}: no SecurityState", ilo.client().host())))?;
    let accepted: Vec<String> = svc
        .security_state_allowable_values
        .iter()
        .flatten()
        .map(|v| v.as_str().to_owned())
        .collect();
    let allowed: Vec<String> = hpe_oem::security_state::known_states()
        .filter(|to| *to != state && check_transition(ilo.generation(), &state, to).is_ok())
        .map(|to| to.to_string())
        .collect();
    let mut text = format!(
        "{} firmware {}\nSecurityState: {state}\nAccepted by the iLO: {}\nTransitions allowed from {state}: {}\n",
        ilo.generation(),
        ilo.firmware()
            .map_or_else(|| "unknown".to_owned(), |f| f.to_string()),
        if accepted.is_empty() {
            "-".to_owned()
        } else {
            accepted.join(", ")
        },
        if allowed.is_empty() {
            "none".to_owned()
        } else {
            allowed.join(", ")
        },
    );
    if let Some(o) = &changed {
        text.push_str(&change_text(o));
    }
    Ok(Output::text(
        text,
        json!({
            "ilo": identity(ilo),
            "SecurityState": state.as_str(),
            "accepted": accepted,
            "transitions": allowed,
            "change": changed.as_ref().map(outcome),
        }),
    ))
}

fn change_text(o: &ChangeOutcome) -> String {
    if !o.sent {
        return "nothing to change, no request sent\n".to_owned();
    }
    let msgs: Vec<String> = o.messages.iter().map(ToString::to_string).collect();
    let mut t = format!("changed: {}\n", msgs.join("; "));
    if o.resets {
        t.push_str("note: the iLO resets now; the session ends\n");
    } else if o.reset_required {
        t.push_str("note: takes effect after an iLO reset\n");
    }
    t
}

async fn tls(ilo: &Ilo) -> Result<Output, CliError> {
    let st = ilo.tls_settings().await?;
    let mut t = Table::new(&["Setting", "Value"]);
    t.row(vec![json!("SecurityState"), s(st.security_state.as_ref())]);
    if let Some(v) = &st.versions {
        for (name, state) in v.entries() {
            t.row(vec![json!(name), json!(state.as_str())]);
        }
    }
    t.row(vec![
        json!("DisableWeakCiphers"),
        st.disable_weak_ciphers.map_or(Value::Null, Value::Bool),
    ]);
    t.row(vec![json!("CurrentCipher"), s(st.current_cipher.as_ref())]);
    let json = json!({
        "SecurityState": st.security_state.as_ref().map(SecurityState::as_str),
        "TLSVersion": st.versions.as_ref().map(|v| v.entries().map(|(k, s)| (k.to_owned(), json!(s.as_str()))).collect::<serde_json::Map<_, _>>()),
        "DisableWeakCiphers": st.disable_weak_ciphers,
        "CurrentCipher": st.current_cipher,
    });
    Ok(Output::table_with(t, json))
}

async fn cert(ilo: &Ilo) -> Result<Output, CliError> {
    let info = ilo.https_certificate_information().await?;
    let mut t = Table::new(&["Field", "Value"]);
    let fields = [
        ("Subject", info.subject.clone()),
        ("Issuer", info.issuer.clone()),
        ("SerialNumber", info.serial_number.clone()),
        (
            "ValidNotBefore",
            info.valid_not_before
                .as_ref()
                .map(|d| d.as_str().to_owned()),
        ),
        (
            "ValidNotAfter",
            info.valid_not_after.as_ref().map(|d| d.as_str().to_owned()),
        ),
    ];
    let mut json = serde_json::Map::new();
    for (k, v) in fields {
        t.row(vec![json!(k), s(v.as_ref())]);
        json.insert(k.to_owned(), s(v.as_ref()));
    }
    Ok(Output::table_with(t, Value::Object(json)))
}

async fn ldevid(ilo: &Ilo) -> Result<Output, CliError> {
    let mut t = Table::new(&["Identity", "URI", "Subject", "Issuer", "ValidNotAfter"]);
    for id in Identity::ALL {
        let certs = match ilo.identity_certificates(id).await {
            Ok(c) => c,
            // This generation does not link the identity.
            Err(hpe_oem::Error::NotFound(_)) => continue,
            Err(e) => return Err(e.into()),
        };
        if certs.is_empty() {
            t.row(vec![
                json!(id.label()),
                Value::Null,
                json!("(none provisioned)"),
            ]);
        }
        for c in certs {
            let (subject, issuer, after) = match &c.parsed {
                Some(p) => (
                    json!(p.subject()),
                    json!(p.issuer()),
                    s(p.not_after().format(&Rfc3339).ok()),
                ),
                None => (json!("(not X.509)"), Value::Null, Value::Null),
            };
            t.row(vec![
                json!(id.label()),
                json!(c.resource.odata_id().as_str()),
                subject,
                issuer,
                after,
            ]);
        }
    }
    Ok(Output::table(t))
}

async fn app_accounts(ilo: &Ilo) -> Result<Output, CliError> {
    let mut t = Table::new(&["HostAppName", "HostAppId", "Privileges", "URI"]);
    for a in ilo.app_accounts().await? {
        let privileges: Vec<String> = a
            .privileges
            .as_ref()
            .map(|p| p.granted().iter().map(ToString::to_string).collect())
            .unwrap_or_default();
        t.row(vec![
            s(a.host_app_name.as_ref()),
            s(a.host_app_id.as_ref()),
            json!(privileges),
            json!(a.odata_id().as_str()),
        ]);
    }
    Ok(Output::table(t))
}
