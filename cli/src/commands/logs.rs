//! `logs list|clear`: every log service of the managers, systems and chassis.

use redfish_client::Client;
use redfish_client::model::DateTime;
use redfish_client::model::log_entry::LogEntry;
use serde_json::{Value, json};

use crate::args::LogsCmd;
use crate::error::CliError;
use crate::output::{Output, Table, s};

/// The log services: (URI, document), of every manager, system and chassis.
async fn services(client: &Client, only: Option<&str>) -> Result<Vec<(String, Value)>, CliError> {
    let root = super::get_json(client, "/redfish/v1/").await?;
    let mut out = Vec::new();
    for coll in ["/Managers", "/Systems", "/Chassis"] {
        let Some(uri) = super::link(&root, coll) else {
            continue;
        };
        let owners =
            super::read_all::<Value>(client, super::member_uris(client, &uri).await?).await?;
        for (_, owner) in owners {
            let Some(ls) = super::link(&owner, "/LogServices") else {
                continue;
            };
            let uris = super::member_uris(client, &ls).await?;
            out.extend(super::read_all::<Value>(client, uris).await?);
        }
    }
    if let Some(only) = only {
        out.retain(|(uri, doc)| uri == only || doc.get("Id").and_then(Value::as_str) == Some(only));
        if out.is_empty() {
            return Err(CliError::Failed(format!(
                "{}: no log service `{only}`",
                client.host()
            )));
        }
    }
    Ok(out)
}

/// Runs a `logs` subcommand.
pub async fn run(client: &Client, cmd: &LogsCmd) -> Result<Output, CliError> {
    match cmd {
        LogsCmd::List { since, service } => {
            list(client, since.as_deref(), service.as_deref()).await
        }
        LogsCmd::Clear { service } => clear(client, service.as_deref()).await,
    }
}

async fn list(
    client: &Client,
    since: Option<&str>,
    only: Option<&str>,
) -> Result<Output, CliError> {
    let since = match since {
        Some(text) => Some(DateTime(text.to_owned()).parse().ok_or_else(|| {
            CliError::Usage(format!(
                "--since {text}: not a date-time (RFC 3339, e.g. 2026-01-31T00:00:00Z)"
            ))
        })?),
        None => None,
    };
    let mut t = Table::new(&[
        "Service",
        "Id",
        "Created",
        "Severity",
        "MessageId",
        "Message",
    ]);
    for (uri, svc) in services(client, only).await? {
        let Some(entries) = super::link(&svc, "/Entries") else {
            continue;
        };
        // LogEntry collections are usually expanded: read the members from the pages.
        let mut next = Some(entries);
        while let Some(page) = next.take() {
            let doc = super::get_json(client, &page).await?;
            for m in doc
                .get("Members")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let entry: LogEntry = if m.get("Id").is_some() {
                    serde_json::from_value(m.clone()).unwrap_or_default()
                } else if let Some(id) = m.get("@odata.id").and_then(Value::as_str) {
                    super::get_typed(client, id).await?
                } else {
                    continue;
                };
                if let Some(since) = since {
                    let created = entry.created.as_ref().and_then(DateTime::parse);
                    if created.is_none_or(|c| c < since) {
                        continue;
                    }
                }
                t.row(vec![
                    json!(uri),
                    s(entry.id.as_ref()),
                    s(entry.created.as_ref().map(DateTime::as_str)),
                    s(entry.severity.as_ref()),
                    s(entry.message_id.as_ref()),
                    s(entry.message.as_ref()),
                ]);
            }
            next = doc
                .get("Members@odata.nextLink")
                .and_then(Value::as_str)
                .map(str::to_owned);
        }
    }
    Ok(Output::table(t))
}

async fn clear(client: &Client, only: Option<&str>) -> Result<Output, CliError> {
    let mut t = Table::new(&["Service", "Result"]);
    for (uri, svc) in services(client, only).await? {
        let Some(target) = super::action_target(&svc, "#LogService.ClearLog") else {
            if only.is_some() {
                return Err(CliError::Failed(format!("{uri}: no ClearLog action")));
            }
            continue;
        };
        let resp = super::send(
            client,
            redfish_client::Method::POST,
            &target,
            Some(&json!({})),
            None,
        )
        .await?;
        t.row(vec![
            json!(uri),
            json!(format!("cleared (HTTP {})", resp.status.as_u16())),
        ]);
    }
    Ok(Output::table(t))
}
