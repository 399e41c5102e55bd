//! Raw `get`, `patch`, `post`, `delete` of a path (the escape hatch, like `curl` with the
//! client's auth, TLS policy and error reporting).

use redfish_client::model::ETag;
use redfish_client::{Client, Method, Response};
use serde_json::{Value, json};

use crate::error::CliError;
use crate::output::Output;

/// The body argument: JSON text, or `@FILE`.
fn body(arg: &str) -> Result<Value, CliError> {
    let text = match arg.strip_prefix('@') {
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| CliError::Usage(format!("{path}: {e}")))?
        }
        None => arg.to_owned(),
    };
    serde_json::from_str(&text).map_err(|e| CliError::Usage(format!("the body is not JSON: {e}")))
}

/// A path on the service: absolute paths only, so a typo never reaches another host.
fn path(p: &str) -> Result<&str, CliError> {
    if p.starts_with('/') && !p.starts_with("//") {
        Ok(p)
    } else {
        Err(CliError::Usage(format!(
            "`{p}`: give a path on the service, e.g. /redfish/v1/Systems"
        )))
    }
}

/// The answer of a write: its body, or the status and `Location` when it has none.
fn answer(resp: &Response) -> Output {
    if !resp.is_empty()
        && let Ok(v) = resp.json::<Value>()
    {
        return Output::json(v);
    }
    let location = resp.location().map(|l| l.to_string());
    let text = match &location {
        Some(l) => format!("HTTP {} (Location: {l})", resp.status.as_u16()),
        None => format!("HTTP {}", resp.status.as_u16()),
    };
    Output::text(
        text,
        json!({ "status": resp.status.as_u16(), "location": location }),
    )
}

/// `get PATH`.
pub async fn get(client: &Client, p: &str) -> Result<Output, CliError> {
    Ok(Output::json(super::get_json(client, path(p)?).await?))
}

/// `patch PATH BODY`: reads the current ETag first and sends it as `If-Match`, so a
/// concurrent change is refused (412) rather than overwritten.
pub async fn patch(client: &Client, p: &str, b: &str) -> Result<Output, CliError> {
    let p = path(p)?;
    let body = body(b)?;
    let current = super::send(client, Method::GET, p, None, None).await?;
    let etag = current.etag().or_else(|| {
        current
            .json::<Value>()
            .ok()
            .and_then(|v| v.get("@odata.etag").and_then(Value::as_str).map(ETag::new))
    });
    let resp = super::send(client, Method::PATCH, p, Some(&body), etag.as_ref()).await?;
    Ok(answer(&resp))
}

/// `post PATH BODY`.
pub async fn post(client: &Client, p: &str, b: &str) -> Result<Output, CliError> {
    let p = path(p)?;
    let body = body(b)?;
    let resp = super::send(client, Method::POST, p, Some(&body), None).await?;
    Ok(answer(&resp))
}

/// `delete PATH`.
pub async fn delete(client: &Client, p: &str) -> Result<Output, CliError> {
    let resp = super::send(client, Method::DELETE, path(p)?, None, None).await?;
    Ok(answer(&resp))
}
