//! Task monitors: what a `202 Accepted` turns into.

use std::fmt;
use std::time::Duration;

use redfish_model::ODataId;
use redfish_model::task::{Task, TaskState};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::request::Req;
use crate::response::Response;

/// How a [`TaskMonitor`] polls.
///
/// The interval is the service's `Retry-After` when sent, else `default_interval`, always
/// clamped to `[min_interval, max_interval]`. **There is a built-in limit**: after
/// `max_wait` (the sum of the poll intervals, default 1 hour) waiting ends with
/// [`Error::TaskTimeout`]; the task itself keeps running on the service. Use
/// [`TaskPolicy::max_wait`] with `None` to wait forever.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskPolicy {
    default_interval: Duration,
    min_interval: Duration,
    max_interval: Duration,
    max_wait: Option<Duration>,
}

impl Default for TaskPolicy {
    fn default() -> Self {
        Self {
            default_interval: Duration::from_secs(2),
            min_interval: Duration::from_millis(100),
            max_interval: Duration::from_secs(30),
            max_wait: Some(Duration::from_secs(3600)),
        }
    }
}

impl TaskPolicy {
    /// Interval used when the service sends no `Retry-After`.
    #[must_use]
    pub fn default_interval(mut self, d: Duration) -> Self {
        self.default_interval = d;
        self
    }

    /// Lower and upper bounds of the interval.
    #[must_use]
    pub fn interval_bounds(mut self, min: Duration, max: Duration) -> Self {
        self.min_interval = min;
        self.max_interval = max.max(min);
        self
    }

    /// Maximum total wait, or `None` for no limit.
    #[must_use]
    pub fn max_wait(mut self, d: Option<Duration>) -> Self {
        self.max_wait = d;
        self
    }

    /// The next poll interval given the service's `Retry-After`.
    pub fn interval(&self, retry_after: Option<Duration>) -> Duration {
        retry_after
            .unwrap_or(self.default_interval)
            .clamp(self.min_interval, self.max_interval)
    }
}

/// The final result of an asynchronous operation.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct TaskOutcome {
    /// The status the monitor returned at the end (the original operation's status).
    pub status: StatusCode,
    /// The final body (the operation's response, or the finished Task), if any.
    pub body: Option<Value>,
    /// The finished Task, when the monitor returned one.
    pub task: Option<Task>,
}

/// One poll of a task monitor.
// A short-lived return value: boxing the outcome would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum TaskPoll {
    /// Still running; the Task as last reported (may be empty when the service sends none).
    Running(Box<Task>),
    /// Finished successfully.
    Done(TaskOutcome),
}

/// A handle on a running operation (a `202 Accepted` with a `Location`): polls the monitor,
/// honours `Retry-After`, reports `TaskState`/`PercentComplete`/`Messages`, and resolves to
/// the final result or [`Error::TaskFailed`].
///
/// ```no_run
/// # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
/// use redfish_model::resource::ResetType;
/// let system = client.service_root().await?.systems()?.find("1").await?;
/// let outcome = system.reset(ResetType::GracefulRestart).await?
///     .wait_with_progress(|t| println!("{:?} {:?}%", t.task_state, t.percent_complete))
///     .await?;
/// # Ok(()) }
/// ```
pub struct TaskMonitor {
    client: Client,
    uri: ODataId,
    retry_after: Option<Duration>,
    last: Option<Task>,
    policy: TaskPolicy,
}

impl fmt::Debug for TaskMonitor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TaskMonitor")
            .field("uri", &self.uri)
            .field("retry_after", &self.retry_after)
            .field(
                "state",
                &self.last.as_ref().and_then(|t| t.task_state.clone()),
            )
            .finish_non_exhaustive()
    }
}

fn is_task(v: &Value) -> bool {
    v.get("@odata.type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.starts_with("#Task."))
        || (v.get("TaskState").is_some() && v.get("error").is_none())
}

fn terminal(state: &TaskState) -> bool {
    matches!(
        state,
        TaskState::Completed | TaskState::Exception | TaskState::Killed | TaskState::Cancelled
    )
}

impl TaskMonitor {
    /// A monitor for a `202` response: its `Location`, else the body's `TaskMonitor` or
    /// `@odata.id` when the body is a Task. `None` when neither is there.
    pub(crate) fn from_response(client: Client, resp: &Response) -> Option<Self> {
        let body: Option<Value> = resp.json().ok();
        let task = body
            .as_ref()
            .filter(|b| is_task(b))
            .and_then(|b| serde_json::from_value::<Task>(b.clone()).ok());
        let uri = resp.location().or_else(|| {
            let b = body.as_ref().filter(|b| is_task(b))?;
            b.get("TaskMonitor")
                .or_else(|| b.get("@odata.id"))
                .and_then(Value::as_str)
                .map(ODataId::new)
        })?;
        let policy = client.task_policy().clone();
        Some(Self {
            client,
            uri,
            retry_after: resp.retry_after(),
            last: task,
            policy,
        })
    }

    /// A monitor for a known monitor (or Task) URI.
    pub fn new(client: Client, uri: ODataId) -> Self {
        let policy = client.task_policy().clone();
        Self {
            client,
            uri,
            retry_after: None,
            last: None,
            policy,
        }
    }

    /// Overrides the client's [`TaskPolicy`] for this monitor.
    #[must_use]
    pub fn policy(mut self, policy: TaskPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The client that follows the task.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The monitor URI.
    pub fn uri(&self) -> &ODataId {
        &self.uri
    }

    /// The Task as last reported.
    pub fn last(&self) -> Option<&Task> {
        self.last.as_ref()
    }

    /// The last `Retry-After` the service sent.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// Polls once.
    ///
    /// # Errors
    ///
    /// [`Error::TaskFailed`] when the task ended in `Exception`/`Killed`/`Cancelled` or the
    /// monitor returned the operation's error; a 404/410 (task purged) or transport error as
    /// such.
    pub async fn poll(&mut self) -> Result<TaskPoll> {
        let resp = match self
            .client
            .execute(Req::new(Method::GET, self.uri.path()))
            .await
        {
            Ok(r) => r,
            Err(e) => return Err(self.failed_from_error(e)),
        };
        if let Some(ra) = resp.retry_after() {
            self.retry_after = Some(ra);
        }
        let body: Option<Value> = if resp.is_empty() {
            None
        } else {
            resp.json().ok()
        };
        let task = body
            .as_ref()
            .filter(|b| is_task(b))
            .and_then(|b| serde_json::from_value::<Task>(b.clone()).ok());
        if resp.status == StatusCode::ACCEPTED {
            let task = task.unwrap_or_default();
            self.last = Some(task.clone());
            return Ok(TaskPoll::Running(Box::new(task)));
        }
        if let Some(task) = task {
            // The monitor URI is the Task itself (common): judge by TaskState.
            let state = task.task_state.clone();
            self.last = Some(task.clone());
            match state {
                Some(TaskState::Completed) => {}
                Some(s) if terminal(&s) => {
                    return Err(Error::TaskFailed {
                        uri: self.uri.to_string(),
                        state: s.as_str().to_owned(),
                        messages: task.messages.clone().unwrap_or_default(),
                    });
                }
                _ => return Ok(TaskPoll::Running(Box::new(task))),
            }
            return Ok(TaskPoll::Done(TaskOutcome {
                status: resp.status,
                body,
                task: Some(task),
            }));
        }
        Ok(TaskPoll::Done(TaskOutcome {
            status: resp.status,
            body,
            task: None,
        }))
    }

    /// The monitor returns the original operation's error when it failed: report it as a
    /// failed task, keeping "task gone" and access errors as they are.
    fn failed_from_error(&self, e: Error) -> Error {
        match e.status() {
            Some(s)
                if s.is_client_error()
                    && !matches!(
                        s,
                        StatusCode::UNAUTHORIZED
                            | StatusCode::FORBIDDEN
                            | StatusCode::NOT_FOUND
                            | StatusCode::GONE
                    )
                    || s.is_server_error() && s != StatusCode::SERVICE_UNAVAILABLE =>
            {
                let mut messages = e.messages().to_vec();
                if messages.is_empty()
                    && let Some(code) = e
                        .redfish_error()
                        .and_then(|r| r.error.as_ref())
                        .and_then(|b| b.code.clone())
                {
                    let mut m = redfish_model::Message::default();
                    m.message_id = Some(code);
                    messages.push(m);
                }
                Error::TaskFailed {
                    uri: self.uri.to_string(),
                    state: format!("HTTP {}", s.as_u16()),
                    messages,
                }
            }
            _ => e,
        }
    }

    /// Waits until the task finishes.
    ///
    /// # Errors
    ///
    /// As [`TaskMonitor::poll`], plus [`Error::TaskTimeout`] after the policy's `max_wait`.
    pub async fn wait(self) -> Result<TaskOutcome> {
        self.wait_with_progress(|_| {}).await
    }

    /// Waits until the task finishes, calling `progress` with the Task after each poll that
    /// finds it running.
    ///
    /// # Errors
    ///
    /// As [`TaskMonitor::wait`].
    pub async fn wait_with_progress(
        mut self,
        mut progress: impl FnMut(&Task),
    ) -> Result<TaskOutcome> {
        let mut waited = Duration::ZERO;
        loop {
            match self.poll().await? {
                TaskPoll::Done(outcome) => return Ok(outcome),
                TaskPoll::Running(task) => {
                    progress(&task);
                    let delay = self.policy.interval(self.retry_after);
                    if self.policy.max_wait.is_some_and(|max| waited + delay > max) {
                        return Err(Error::TaskTimeout {
                            uri: self.uri.to_string(),
                            waited,
                        });
                    }
                    self.client.sleeper().sleep(delay).await;
                    waited += delay;
                }
            }
        }
    }

    /// Asks the service to cancel the task (`DELETE` of the monitor).
    ///
    /// # Errors
    ///
    /// The service's error (405 when it cannot be cancelled), transport errors.
    pub async fn cancel(&self) -> Result<()> {
        self.client
            .execute(Req::new(Method::DELETE, self.uri.path()))
            .await
            .map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interval_honours_retry_after_within_bounds() {
        let p = TaskPolicy::default()
            .default_interval(Duration::from_secs(2))
            .interval_bounds(Duration::from_millis(500), Duration::from_secs(10));
        assert_eq!(p.interval(None), Duration::from_secs(2));
        assert_eq!(
            p.interval(Some(Duration::from_secs(5))),
            Duration::from_secs(5)
        );
        assert_eq!(
            p.interval(Some(Duration::from_secs(600))),
            Duration::from_secs(10)
        );
        assert_eq!(p.interval(Some(Duration::ZERO)), Duration::from_millis(500));
    }

    #[test]
    fn recognises_task_bodies() {
        assert!(is_task(
            &serde_json::json!({"@odata.type": "#Task.v1_7_4.Task"})
        ));
        assert!(is_task(&serde_json::json!({"TaskState": "Running"})));
        assert!(!is_task(
            &serde_json::json!({"error": {}, "TaskState": "x"})
        ));
        assert!(!is_task(
            &serde_json::json!({"@odata.type": "#TaskService.v1_2_1.TaskService"})
        ));
        assert!(terminal(&TaskState::Killed) && !terminal(&TaskState::Running));
    }
}
