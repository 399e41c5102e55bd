//! The commands: each turns a client into an [`Output`].

pub mod accounts;
pub mod certs;
pub mod events;
pub mod firmware;
pub mod generators;
pub mod ilo;
pub mod inventory;
pub mod logs;
pub mod rack;
pub mod raw;
pub mod sensors;
pub mod system;

use std::sync::Arc;

use futures_util::{StreamExt, TryStreamExt, stream};
use redfish_client::model::{ETag, ODataId};
use redfish_client::{Client, Method, Response};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::args::{Command, EventsCmd};
use crate::error::CliError;
use crate::output::Output;

/// The password of the logged-in account, for the one operation that must send it again
/// (`ManagerAccount.ChangePassword`); never shown by `Debug`.
#[derive(Clone, Default)]
pub struct SessionPassword(pub Arc<str>);

impl std::fmt::Debug for SessionPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionPassword(<redacted>)")
    }
}

/// Per-run settings the commands need.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The password the client logged in with.
    pub session_password: SessionPassword,
    /// Progress bars allowed (not `-q`, not per host in fleet mode).
    pub progress: bool,
    /// `--json`: streams collect their items into one document.
    pub json: bool,
    /// `--jsonl`: streams print one line per item.
    pub jsonl: bool,
    /// `-q`: streams print nothing.
    pub quiet: bool,
}

/// Resources read at once by the listing commands.
const READ_CONCURRENCY: usize = 8;

/// Runs `cmd` against `client`.
pub async fn run(cmd: &Command, client: &Client, ctx: &Ctx) -> Result<Output, CliError> {
    match cmd {
        Command::Get { path } => raw::get(client, path).await,
        Command::Patch { path, body } => raw::patch(client, path, body).await,
        Command::Post { path, body } => raw::post(client, path, body).await,
        Command::Delete { path } => raw::delete(client, path).await,
        Command::Tree { save, max } => crate::record::tree(client, save.as_deref(), *max).await,
        Command::Systems => inventory::systems(client).await,
        Command::Chassis => inventory::chassis(client).await,
        Command::Managers => inventory::managers(client).await,
        Command::Power {
            action,
            force,
            wait,
            wait_timeout,
            system,
        } => {
            let wait = wait.then(|| std::time::Duration::from_secs(*wait_timeout));
            system::power(client, *action, *force, wait, system.as_deref()).await
        }
        Command::Boot { once, mode, system } => {
            system::boot(client, *once, *mode, system.as_deref()).await
        }
        Command::Media { cmd } => system::media(client, cmd).await,
        Command::Bios { cmd } => system::bios(client, cmd).await,
        Command::Accounts { cmd } => accounts::run(client, cmd, &ctx.session_password).await,
        Command::Sensors { chassis } => sensors::run(client, chassis.as_deref()).await,
        Command::Events {
            cmd:
                EventsCmd::Watch {
                    count,
                    duration,
                    registry,
                    origin,
                },
        } => {
            events::watch(
                client,
                *count,
                duration.map(std::time::Duration::from_secs),
                registry.as_deref(),
                origin.as_deref(),
                ctx,
            )
            .await
        }
        Command::Logs { cmd } => logs::run(client, cmd).await,
        Command::Firmware { cmd } => firmware::run(client, cmd, ctx).await,
        Command::Certs { cmd } => certs::run(client, cmd).await,
        Command::Ilo { cmd } => ilo::run(client, cmd).await,
        Command::Rack { cmd } => rack::run(client, cmd, ctx).await,
        Command::Completions { .. } | Command::Man => Err(CliError::Usage(
            "completions and man need no service".into(),
        )),
    }
}

/// Sends a request as is (the client's escape hatch): the one place the CLI builds raw
/// requests.
pub async fn send(
    client: &Client,
    method: Method,
    path: &str,
    body: Option<&Value>,
    if_match: Option<&ETag>,
) -> Result<Response, CliError> {
    let id = ODataId::new(path);
    let mut req = client.request(method, &id);
    if let Some(b) = body {
        req = req.json(b);
    }
    if let Some(e) = if_match {
        req = req.if_match(e);
    }
    Ok(req.await?)
}

/// GETs `path` as JSON.
pub async fn get_json(client: &Client, path: &str) -> Result<Value, CliError> {
    Ok(send(client, Method::GET, path, None, None)
        .await?
        .json::<Value>()?)
}

/// GETs `path` as a model type.
pub async fn get_typed<T: DeserializeOwned>(client: &Client, path: &str) -> Result<T, CliError> {
    let v = get_json(client, path).await?;
    serde_json::from_value(v).map_err(|e| {
        CliError::Failed(format!(
            "{}: {path}: unexpected document: {e}",
            client.host()
        ))
    })
}

/// The `@odata.id` at `pointer` in `doc`.
pub fn link(doc: &Value, pointer: &str) -> Option<String> {
    doc.pointer(pointer)
        .and_then(|l| l.get("@odata.id"))
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// The member URIs of a collection, every page.
pub async fn member_uris(client: &Client, collection: &str) -> Result<Vec<String>, CliError> {
    let mut uris = Vec::new();
    let mut next = Some(collection.to_owned());
    while let Some(page) = next.take() {
        let doc = get_json(client, &page).await?;
        for m in doc
            .get("Members")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(id) = m.get("@odata.id").and_then(Value::as_str) {
                uris.push(id.to_owned());
            }
        }
        next = doc
            .get("Members@odata.nextLink")
            .and_then(Value::as_str)
            .map(str::to_owned);
    }
    Ok(uris)
}

/// Every member of the collection linked at `pointer` of the service root, read
/// concurrently, in collection order.
pub async fn root_members<T: DeserializeOwned>(
    client: &Client,
    pointer: &str,
) -> Result<Vec<(String, T)>, CliError> {
    let root = get_json(client, "/redfish/v1/").await?;
    let Some(coll) = link(&root, pointer) else {
        return Ok(Vec::new());
    };
    read_all(client, member_uris(client, &coll).await?).await
}

/// Reads `uris` concurrently, in order.
pub async fn read_all<T: DeserializeOwned>(
    client: &Client,
    uris: Vec<String>,
) -> Result<Vec<(String, T)>, CliError> {
    stream::iter(uris)
        .map(|u| async move {
            let t = get_typed::<T>(client, &u).await?;
            Ok::<_, CliError>((u, t))
        })
        .buffered(READ_CONCURRENCY)
        .try_collect()
        .await
}

/// The `target` of action `name` (e.g. `#LogService.ClearLog`) in `doc`.
pub fn action_target(doc: &Value, name: &str) -> Option<String> {
    doc.get("Actions")
        .and_then(|a| a.get(name))
        .and_then(|a| a.get("target"))
        .and_then(Value::as_str)
        .map(str::to_owned)
}
