//! Invoking actions: [`Entity::invoke`] takes any typed request of the model (an
//! [`ActionRequest`], generated per action from the schema, or hand-written for an OEM action)
//! and finds the target in the resource's `Actions`, checks the parameters against the
//! schema's required ones, the inline `@Redfish.AllowableValues` and the service's
//! `@Redfish.ActionInfo`, POSTs, and answers with the typed response or the task.
//!
//! ```no_run
//! use redfish_client::model::computer_system::ResetRequest;
//! use redfish_client::model::resource::ResetType;
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let system = client.service_root().await?.systems()?.find("1").await?;
//! let request = ResetRequest::default().with_reset_type(ResetType::GracefulRestart);
//! system.invoke(request).await?.wait().await?;
//! # Ok(()) }
//! ```

use std::fmt;

use redfish_model::{Action, ActionRequest, NoResponse, Resource};
use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::client::Client;
use crate::entity::Entity;
use crate::error::{Error, Result};
use crate::response::{Response, decode_value};
use crate::task::{TaskMonitor, TaskOutcome};

/// What an action returned: its typed response body `T` (the request's
/// [`ActionRequest::Response`]), or the task that will produce it.
// A short-lived return value: boxing the monitor would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
#[must_use]
#[non_exhaustive]
pub enum ActionResponse<T = NoResponse> {
    /// Done (`200`/`204`): the typed body.
    Completed(T),
    /// Accepted (`202`): follow the task.
    Task(TaskMonitor),
}

/// Types a final body; no body (`204`, or a task whose monitor answers without one) reads as
/// JSON `null`, which [`NoResponse`] accepts and a response with content refuses.
fn typed<T: DeserializeOwned>(client: &Client, uri: &str, body: Option<&Value>) -> Result<T> {
    decode_value(&client.core().host, uri, body.unwrap_or(&Value::Null))
}

impl<T: DeserializeOwned> ActionResponse<T> {
    /// The one place a successful answer becomes a result: a `202` with a task monitor
    /// (`Location`, or a Task body) is a [`ActionResponse::Task`], anything else a
    /// [`ActionResponse::Completed`] with the typed body.
    pub(crate) fn from_response(client: &Client, resp: &Response) -> Result<Self> {
        if resp.status == StatusCode::ACCEPTED
            && let Some(m) = TaskMonitor::from_response(client.clone(), resp)
        {
            return Ok(Self::Task(m));
        }
        let body: Option<Value> = if resp.is_empty() {
            None
        } else {
            Some(resp.json()?)
        };
        Ok(Self::Completed(typed(client, &resp.uri, body.as_ref())?))
    }

    /// Waits for the task if there is one; returns the typed response.
    ///
    /// # Errors
    ///
    /// As [`TaskMonitor::wait`]; [`Error::Decode`] when the final body is not a `T`.
    pub async fn wait(self) -> Result<T> {
        self.wait_with_progress(|_| {}).await
    }

    /// [`ActionResponse::wait`] reporting task progress.
    ///
    /// # Errors
    ///
    /// As [`TaskMonitor::wait`].
    pub async fn wait_with_progress(
        self,
        progress: impl FnMut(&redfish_model::task::Task),
    ) -> Result<T> {
        match self {
            Self::Completed(v) => Ok(v),
            Self::Task(t) => {
                let client = t.client().clone();
                let uri = t.uri().to_string();
                let TaskOutcome { body, .. } = t.wait_with_progress(progress).await?;
                typed(&client, &uri, body.as_ref())
            }
        }
    }

    /// The task monitor, when the action is asynchronous.
    pub fn task(&self) -> Option<&TaskMonitor> {
        match self {
            Self::Task(t) => Some(t),
            Self::Completed(_) => None,
        }
    }
}

impl<T: Resource> Entity<T> {
    /// Invokes an action of this resource: `request` is any [`ActionRequest`] whose
    /// resource is `T` (the type system refuses a request of another schema).
    ///
    /// Before sending, the request is checked: parameters the schema requires
    /// ([`ActionRequest::missing_parameters`]), the inline
    /// `<Parameter>@Redfish.AllowableValues` and, when the action links one, the service's
    /// `@Redfish.ActionInfo` (required parameters, allowable values, unknown names; an
    /// unreachable ActionInfo is logged and skipped). An empty list of allowable values
    /// means the service does not advertise them: any value passes. Then the request is
    /// POSTed once to the action's `target` (never retried once sent); a `202` answer is
    /// an [`ActionResponse::Task`], anything else the typed [`ActionRequest::Response`].
    ///
    /// ```no_run
    /// use redfish_client::model::log_service::ClearLogRequest;
    /// # async fn run(log: redfish_client::Entity<redfish_client::model::log_service::LogService>) -> redfish_client::Result<()> {
    /// log.invoke(ClearLogRequest::default()).await?.wait().await?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::ActionNotSupported`] when the resource does not advertise the action,
    /// [`Error::InvalidParameter`] naming the parameter (and the allowed values), the
    /// service's error, transport errors.
    pub async fn invoke<R>(&self, request: R) -> Result<ActionResponse<R::Response>>
    where
        R: ActionRequest<Resource = T>,
    {
        let name = R::ACTION.trim_start_matches('#');
        if let Some(missing) = request.missing_parameters().first() {
            return Err(Error::InvalidParameter {
                action: name.to_owned(),
                parameter: (*missing).to_owned(),
                reason: "required by the schema but missing".into(),
                allowed: Vec::new(),
            });
        }
        let action = R::find(self.data()).ok_or_else(|| Error::ActionNotSupported {
            uri: self.odata_id().to_string(),
            action: R::ACTION.to_owned(),
        })?;
        let params = match serde_json::to_value(&request) {
            Ok(Value::Object(m)) => m,
            Ok(Value::Null) => Map::new(),
            Ok(_) => {
                return Err(Error::InvalidInput(format!(
                    "{name}: the request does not serialize to a JSON object"
                )));
            }
            Err(e) => return Err(Error::InvalidInput(format!("{name}: {e}"))),
        };
        let call = ActionCall {
            client: self.client().clone(),
            uri: self.odata_id().to_string(),
            name: name.to_owned(),
            action,
            params,
        };
        call.validate().await?;
        let resp = call.post().await?;
        ActionResponse::from_response(self.client(), &resp)
    }
}

/// An action about to be sent. `Debug` lists parameter names only (values such as
/// passwords are never printed).
struct ActionCall {
    client: Client,
    uri: String,
    name: String,
    action: Action,
    params: Map<String, Value>,
}

impl fmt::Debug for ActionCall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ActionCall")
            .field("name", &self.name)
            .field("target", &self.action.target)
            .field("params", &self.params.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl ActionCall {
    /// Checks the parameters against the inline `@Redfish.AllowableValues` and the
    /// ActionInfo. Values are compared as JSON values, so numeric allowable values work too.
    async fn validate(&self) -> Result<()> {
        for p in self.action.parameters_with_allowable_values() {
            if let (Some(v), Some(allowed)) = (self.params.get(p), self.action.allowable_json(p)) {
                check_allowed(&self.name, p, v, allowed)?;
            }
        }
        let Some(info_uri) = &self.action.action_info else {
            return Ok(());
        };
        // Read raw: the parameters are compared as JSON, whatever types the service uses.
        let info: Value = match self
            .client
            .request(reqwest::Method::GET, info_uri)
            .await
            .and_then(|r| r.json())
        {
            Ok(i) => i,
            Err(e) => {
                tracing::warn!(action = %self.name, error = %e, "cannot read ActionInfo: not validating");
                return Ok(());
            }
        };
        let defs: &[Value] = info
            .get("Parameters")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let name_of = |d: &Value| d.get("Name").and_then(Value::as_str).map(str::to_owned);
        for def in defs {
            let Some(name) = name_of(def) else {
                continue;
            };
            match self.params.get(&name) {
                None if def.get("Required") == Some(&Value::Bool(true)) => {
                    return Err(Error::InvalidParameter {
                        action: self.name.clone(),
                        parameter: name,
                        reason: "required by the service's ActionInfo but missing".into(),
                        allowed: allowed_strings(
                            def.get("AllowableValues")
                                .and_then(Value::as_array)
                                .map_or(&[][..], Vec::as_slice),
                        ),
                    });
                }
                Some(v) => {
                    if let Some(allowed) = def.get("AllowableValues").and_then(Value::as_array) {
                        check_allowed(&self.name, &name, v, allowed)?;
                    }
                }
                None => {}
            }
        }
        let known: Vec<String> = defs.iter().filter_map(name_of).collect();
        for sent in self.params.keys().filter(|k| !k.contains('@')) {
            if !known.contains(sent) {
                return Err(Error::InvalidParameter {
                    action: self.name.clone(),
                    parameter: sent.clone(),
                    reason: format!("not a parameter of this action (ActionInfo lists {known:?})"),
                    allowed: Vec::new(),
                });
            }
        }
        Ok(())
    }

    /// POSTs the parameters to the action `target` (never retried once sent).
    async fn post(self) -> Result<Response> {
        let target = self
            .action
            .target
            .clone()
            .ok_or_else(|| Error::ActionNotSupported {
                uri: self.uri.clone(),
                action: format!("{} (no target)", self.name),
            })?;
        tracing::info!(action = %self.name, target = %target, "invoking action");
        self.client.post(&target, &Value::Object(self.params)).await
    }
}

/// The allowable values as the error shows them (strings unquoted).
fn allowed_strings(allowed: &[Value]) -> Vec<String> {
    allowed
        .iter()
        .filter(|v| !v.is_null())
        .map(|v| match v {
            Value::String(s) => s.clone(),
            v => v.to_string(),
        })
        .collect()
}

/// Equal as JSON values, numbers by value (`1` and `1.0` are the same number).
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

fn check_allowed(action: &str, param: &str, value: &Value, allowed: &[Value]) -> Result<()> {
    // `[]`: the service does not say which values it takes.
    let allowed: Vec<&Value> = allowed.iter().filter(|v| !v.is_null()).collect();
    if allowed.is_empty() {
        return Ok(());
    }
    let values: Vec<&Value> = match value {
        Value::Array(a) => a.iter().collect(),
        v => vec![v],
    };
    for v in values {
        if !allowed.iter().any(|a| same_value(a, v)) {
            let shown: Vec<String> = allowed.iter().map(|a| a.to_string()).collect();
            return Err(Error::InvalidParameter {
                action: action.to_owned(),
                parameter: param.to_owned(),
                reason: format!("{v} is not allowed (allowed: {})", shown.join(", ")),
                allowed: allowed_strings(&allowed.iter().map(|a| (*a).clone()).collect::<Vec<_>>()),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowable_values_are_enforced_for_scalars_and_arrays() {
        let allowed = vec![Value::from("On"), Value::from("ForceOff")];
        assert!(check_allowed("R", "ResetType", &Value::from("On"), &allowed).is_ok());
        let e = check_allowed("R", "ResetType", &Value::from("Nmi"), &allowed).unwrap_err();
        assert!(
            e.to_string().contains("Nmi") && e.to_string().contains("ForceOff"),
            "{e}"
        );
        assert!(check_allowed("R", "T", &serde_json::json!(["On", "ForceOff"]), &allowed).is_ok());
        assert!(check_allowed("R", "T", &serde_json::json!(["On", "x"]), &allowed).is_err());
    }

    #[test]
    fn empty_allowable_values_allow_anything_and_numbers_compare_as_numbers() {
        assert!(check_allowed("R", "T", &Value::from("Anything"), &[]).is_ok());
        assert!(check_allowed("R", "T", &Value::from("x"), &[Value::Null]).is_ok());
        let numbers = [serde_json::json!(1), serde_json::json!(2.5)];
        assert!(check_allowed("A", "Level", &serde_json::json!(1), &numbers).is_ok());
        assert!(check_allowed("A", "Level", &serde_json::json!(1.0), &numbers).is_ok());
        assert!(check_allowed("A", "Level", &serde_json::json!(2.5), &numbers).is_ok());
        let e = check_allowed("A", "Level", &serde_json::json!(3), &numbers).unwrap_err();
        assert!(matches!(e, Error::InvalidParameter { .. }), "{e:?}");
        assert!(check_allowed("A", "Level", &serde_json::json!("1"), &numbers).is_err());
    }

    #[test]
    fn debug_hides_parameter_values() {
        let client = Client::builder("https://bmc.example").build().unwrap();
        let action: Action = serde_json::from_value(serde_json::json!({"target": "/x"})).unwrap();
        let mut params = Map::new();
        params.insert("Password".into(), Value::from("top-secret"));
        let call = ActionCall {
            client,
            uri: "/redfish/v1/UpdateService".into(),
            name: "UpdateService.SimpleUpdate".into(),
            action,
            params,
        };
        let d = format!("{call:?}");
        assert!(d.contains("Password") && !d.contains("top-secret"), "{d}");
    }
}
