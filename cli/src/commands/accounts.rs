//! `accounts list | add | passwd | delete` (AccountService helpers of the client). New
//! passwords come from `REDFISH_NEW_PASSWORD` or a prompt (twice), never from an argument.

use std::io::IsTerminal;

use redfish_client::Client;
use redfish_client::model::account_service::AccountService;
use redfish_client::{Entity, Error};
use serde_json::{Value, json};

use crate::args::AccountsCmd;
use crate::commands::SessionPassword;
use crate::error::CliError;
use crate::output::{Output, Table, s};

async fn service(client: &Client) -> Result<Entity<AccountService>, CliError> {
    Ok(client.service_root().await?.account_service().await?)
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

/// The account `name`; its absence is the service's answer (exit 1), not a usage error.
async fn account(
    svc: &Entity<AccountService>,
    name: &str,
) -> Result<Entity<redfish_client::model::manager_account::ManagerAccount>, CliError> {
    svc.account(name).await.map_err(|e| match e {
        Error::InvalidInput(_) => {
            CliError::Failed(format!("{}: no account `{name}`", svc.client().host()))
        }
        e => e.into(),
    })
}

/// Runs an `accounts` subcommand.
pub async fn run(
    client: &Client,
    cmd: &AccountsCmd,
    session_password: &SessionPassword,
) -> Result<Output, CliError> {
    let svc = service(client).await?;
    match cmd {
        AccountsCmd::List => {
            let mut t = Table::new(&["Id", "UserName", "RoleId", "Enabled", "Locked"]);
            for a in svc.accounts()?.collect().await? {
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
            let a = svc.create_account(name, &password, role).await?;
            Ok(Output::text(
                format!("created {name} ({role}) at {}", a.odata_id()),
                json!({ "UserName": name, "RoleId": a.role_id, "uri": a.odata_id().as_str() }),
            ))
        }
        AccountsCmd::Passwd { name } => {
            let a = account(&svc, name).await?;
            let password = new_password(name)?;
            a.change_password(&password, &session_password.0).await?;
            Ok(Output::text(
                format!("password of {name} changed"),
                json!({ "UserName": name, "uri": a.odata_id().as_str(), "changed": true }),
            ))
        }
        AccountsCmd::Delete { name } => {
            let a = account(&svc, name).await?;
            a.delete().await?;
            Ok(Output::text(
                format!("deleted {name}"),
                json!({ "UserName": name, "uri": a.odata_id().as_str(), "deleted": true }),
            ))
        }
    }
}
