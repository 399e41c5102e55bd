//! `accounts list | add | passwd | delete` (AccountService). New passwords come from
//! `REDFISH_NEW_PASSWORD` or a prompt (twice), never from an argument.

use std::io::IsTerminal;

use redfish_client::model::manager_account::ManagerAccount;
use redfish_client::{Client, Method};
use serde_json::{Value, json};

use crate::args::AccountsCmd;
use crate::error::CliError;
use crate::output::{Output, Table, s};

/// The accounts collection of the AccountService.
async fn accounts_uri(client: &Client) -> Result<String, CliError> {
    let root = super::get_json(client, "/redfish/v1/").await?;
    let svc = super::link(&root, "/AccountService")
        .ok_or_else(|| CliError::Failed(format!("{}: no AccountService", client.host())))?;
    let svc = super::get_json(client, &svc).await?;
    super::link(&svc, "/Accounts").ok_or_else(|| {
        CliError::Failed(format!("{}: AccountService has no Accounts", client.host()))
    })
}

async fn accounts(client: &Client) -> Result<Vec<(String, ManagerAccount)>, CliError> {
    let coll = accounts_uri(client).await?;
    super::read_all(client, super::member_uris(client, &coll).await?).await
}

async fn find(client: &Client, name: &str) -> Result<String, CliError> {
    accounts(client)
        .await?
        .into_iter()
        .find(|(_, a)| a.user_name.as_deref() == Some(name))
        .map(|(u, _)| u)
        .ok_or_else(|| CliError::Failed(format!("{}: no account `{name}`", client.host())))
}

/// The new password: `REDFISH_NEW_PASSWORD`, else typed twice on the terminal.
fn new_password(name: &str) -> Result<String, CliError> {
    if let Ok(p) = std::env::var("REDFISH_NEW_PASSWORD") {
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(
            "no new password: set REDFISH_NEW_PASSWORD or run in a terminal to be prompted".into(),
        ));
    }
    let read = |prompt: String| {
        rpassword::prompt_password(prompt)
            .map_err(|e| CliError::Usage(format!("cannot read the password: {e}")))
    };
    let a = read(format!("New password for {name}: "))?;
    let b = read("Again: ".to_owned())?;
    if a != b {
        return Err(CliError::Usage("the passwords differ".into()));
    }
    Ok(a)
}

/// Runs an `accounts` subcommand.
pub async fn run(client: &Client, cmd: &AccountsCmd) -> Result<Output, CliError> {
    match cmd {
        AccountsCmd::List => {
            let mut t = Table::new(&["Id", "UserName", "RoleId", "Enabled", "Locked"]);
            for (_, a) in accounts(client).await? {
                t.row(vec![
                    s(a.id.as_ref()),
                    s(a.user_name.as_ref()),
                    s(a.role_id.as_ref()),
                    a.enabled.map_or(Value::Null, Value::Bool),
                    a.locked.map_or(Value::Null, Value::Bool),
                ]);
            }
            Ok(Output::table(t))
        }
        AccountsCmd::Add { name, role } => {
            let password = new_password(name)?;
            let coll = accounts_uri(client).await?;
            let body = json!({ "UserName": name, "Password": password, "RoleId": role });
            let resp = super::send(client, Method::POST, &coll, Some(&body), None).await?;
            let uri = resp.location().map(|l| l.to_string());
            Ok(Output::text(
                format!(
                    "created {name} ({role}){}",
                    uri.as_deref()
                        .map(|u| format!(" at {u}"))
                        .unwrap_or_default()
                ),
                json!({ "UserName": name, "RoleId": role, "uri": uri }),
            ))
        }
        AccountsCmd::Passwd { name } => {
            let uri = find(client, name).await?;
            let password = new_password(name)?;
            let current = super::send(client, Method::GET, &uri, None, None).await?;
            super::send(
                client,
                Method::PATCH,
                &uri,
                Some(&json!({ "Password": password })),
                current.etag().as_ref(),
            )
            .await?;
            Ok(Output::text(
                format!("password of {name} changed"),
                json!({ "UserName": name, "uri": uri, "changed": true }),
            ))
        }
        AccountsCmd::Delete { name } => {
            let uri = find(client, name).await?;
            super::send(client, Method::DELETE, &uri, None, None).await?;
            Ok(Output::text(
                format!("deleted {name}"),
                json!({ "UserName": name, "uri": uri, "deleted": true }),
            ))
        }
    }
}
