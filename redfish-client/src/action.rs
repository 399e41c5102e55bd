//! Invoking actions: target from `Actions`, parameters checked against `@Redfish.ActionInfo`
//! and `@Redfish.AllowableValues` before sending.

use std::fmt;

use redfish_model::Action;
use reqwest::StatusCode;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::client::Client;
use crate::error::{Error, Result};
use crate::response::Response;
use crate::task::{TaskMonitor, TaskOutcome};

/// What an action returned.
// A short-lived return value: boxing the monitor would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
#[must_use]
#[non_exhaustive]
pub enum ActionResponse {
    /// Done: the body if the service sent one (`200`), `None` for `204`.
    Completed(Option<Value>),
    /// Accepted (`202`): follow the task.
    Task(TaskMonitor),
}

impl ActionResponse {
    /// The one place a successful answer becomes a result: a `202` with a task monitor
    /// (`Location`, or a Task body) is a [`ActionResponse::Task`], anything else a
    /// [`ActionResponse::Completed`] with the body when there is one.
    pub(crate) fn from_response(client: &Client, resp: &Response) -> Self {
        if resp.status == StatusCode::ACCEPTED
            && let Some(m) = TaskMonitor::from_response(client.clone(), resp)
        {
            return Self::Task(m);
        }
        let body = if resp.is_empty() {
            None
        } else {
            resp.json().ok()
        };
        Self::Completed(body)
    }

    /// Waits for the task if there is one; returns the final body.
    ///
    /// # Errors
    ///
    /// As [`TaskMonitor::wait`].
    pub async fn wait(self) -> Result<Option<Value>> {
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
    ) -> Result<Option<Value>> {
        match self {
            Self::Completed(v) => Ok(v),
            Self::Task(t) => {
                let TaskOutcome { body, .. } = t.wait_with_progress(progress).await?;
                Ok(body)
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

/// An action ready to be sent: add parameters, then [`ActionCall::send`].
///
/// `Debug` lists parameter names only (values such as passwords are never printed).
pub struct ActionCall {
    client: Client,
    name: String,
    action: Action,
    params: Map<String, Value>,
    error: Option<Error>,
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
    pub(crate) fn new(client: Client, name: String, action: Action) -> Self {
        Self {
            client,
            name,
            action,
            params: Map::new(),
            error: None,
        }
    }

    /// The action name, e.g. `ComputerSystem.Reset`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The action description (target, ActionInfo link, inline allowable values).
    pub fn action(&self) -> &Action {
        &self.action
    }

    /// Adds a parameter.
    #[must_use]
    pub fn param(mut self, name: &str, value: impl Serialize) -> Self {
        match serde_json::to_value(value) {
            Ok(v) => {
                self.params.insert(name.to_owned(), v);
            }
            Err(e) => {
                self.error = Some(Error::InvalidInput(format!("parameter {name}: {e}")));
            }
        }
        self
    }

    /// Adds every member of a JSON object (or a serializable struct) as parameters.
    #[must_use]
    pub fn params(mut self, params: impl Serialize) -> Self {
        match serde_json::to_value(params) {
            Ok(Value::Object(m)) => self.params.extend(m),
            Ok(_) => {
                self.error = Some(Error::InvalidInput(
                    "action parameters must be an object".into(),
                ))
            }
            Err(e) => self.error = Some(Error::InvalidInput(format!("action parameters: {e}"))),
        }
        self
    }

    /// Checks the parameters against the inline `@Redfish.AllowableValues` and, when the
    /// action links one, the `ActionInfo` (required parameters, allowable values, unknown
    /// names). An unreachable ActionInfo is logged and skipped. An empty list of allowable
    /// values means the service does not advertise them (some BMCs send `[]`): any value
    /// passes. Values are compared as JSON values, so numeric allowable values work too.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidParameter`] naming the parameter and the allowed values.
    pub async fn validate(&self) -> Result<()> {
        for p in self.action.parameters_with_allowable_values() {
            let allowed = self
                .action
                .extra
                .get(&format!("{p}@Redfish.AllowableValues"))
                .and_then(Value::as_array);
            if let (Some(v), Some(allowed)) = (self.params.get(p), allowed) {
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
                });
            }
        }
        Ok(())
    }

    /// Validates, then POSTs the parameters to the action `target` (never retried once
    /// sent).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidParameter`], the service's error, transport errors.
    pub async fn send(self) -> Result<ActionResponse> {
        if let Some(e) = self.error {
            return Err(e);
        }
        self.validate().await?;
        let target = self
            .action
            .target
            .clone()
            .ok_or_else(|| Error::ActionNotSupported {
                uri: String::new(),
                action: format!("{} (no target)", self.name),
            })?;
        tracing::info!(action = %self.name, target = %target, "invoking action");
        let resp = self
            .client
            .post(&target, &Value::Object(self.params))
            .await?;
        Ok(ActionResponse::from_response(&self.client, &resp))
    }
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
        let call = ActionCall::new(client, "UpdateService.SimpleUpdate".into(), action)
            .param("Password", "top-secret");
        let d = format!("{call:?}");
        assert!(d.contains("Password") && !d.contains("top-secret"), "{d}");
    }
}
