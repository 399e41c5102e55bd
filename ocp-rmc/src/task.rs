//! Following the tasks that firmware updates and group operations start.

use redfish_client::action::ActionResponse;
use redfish_client::{Client, TaskOutcome};
use redfish_model::task::{Task, TaskState};
use redfish_model::{Message, ODataId, Resource};
use serde::Serialize;
use serde_json::Value;

use crate::error::Result;

/// A snapshot of a running operation, reported after each poll of its task.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TaskProgress {
    /// `TaskState` (`New`, `Running`, ...).
    pub task_state: Option<TaskState>,
    /// `PercentComplete`.
    pub percent_complete: Option<i64>,
    /// Messages that appeared since the previous report.
    pub new_messages: Vec<Message>,
}

/// How an operation ended.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OperationOutcome {
    /// The Task URI, when the operation ran as a task.
    pub task: Option<ODataId>,
    /// The final `TaskState` (`Completed`), or `None` for an operation that completed at
    /// once.
    pub task_state: Option<TaskState>,
    /// Every message of the task, in order.
    pub messages: Vec<Message>,
    /// The final response body, if the service sent one.
    pub body: Option<Value>,
}

/// Waits for `response`, calling `on_task` with the Task after each poll.
pub(crate) async fn follow(
    client: &Client,
    response: ActionResponse,
    mut on_task: impl FnMut(&Task),
) -> Result<OperationOutcome> {
    let monitor = match response {
        ActionResponse::Task(monitor) => monitor,
        // The group actions define no response body.
        ActionResponse::Completed(_) => return Ok(OperationOutcome::default()),
        // The enum may grow; anything else is treated as done without a body.
        _ => return Ok(OperationOutcome::default()),
    };
    let mut task_uri: Option<ODataId> = monitor.last().and_then(|t| t.odata_id().cloned());
    let TaskOutcome { body, task, .. } = monitor
        .wait_with_progress(|t| {
            if task_uri.is_none() {
                task_uri = t.odata_id().cloned();
            }
            on_task(t);
        })
        .await?;
    // A monitor answers with the operation's result once done, often without the Task:
    // read the Task itself for its final state and messages.
    let task = match task {
        Some(t) => Some(t),
        None => match &task_uri {
            Some(uri) => match client.get::<Task>(uri).await {
                Ok(t) => Some(t.into_inner()),
                Err(e) => {
                    tracing::debug!(task = %uri, error = %e, "cannot read the finished task");
                    None
                }
            },
            None => None,
        },
    };
    if let Some(t) = &task {
        on_task(t);
    }
    Ok(OperationOutcome {
        task: task_uri.or_else(|| task.as_ref().and_then(|t| t.odata_id().cloned())),
        task_state: task
            .as_ref()
            .and_then(|t| t.task_state.clone())
            .or(Some(TaskState::Completed)),
        messages: task.and_then(|t| t.messages).unwrap_or_default(),
        body: body.filter(|b| !is_task_body(b)),
    })
}

fn is_task_body(v: &Value) -> bool {
    v.get("@odata.type")
        .and_then(Value::as_str)
        .is_some_and(|t| t.starts_with("#Task."))
}

/// Turns successive Task snapshots into [`TaskProgress`] reports with only the new
/// messages.
#[derive(Debug, Default)]
pub(crate) struct ProgressTracker {
    seen: usize,
}

impl ProgressTracker {
    pub(crate) fn update(&mut self, task: &Task) -> TaskProgress {
        let messages = task.messages.as_deref().unwrap_or_default();
        // A service may trim old messages: never index past what it sends now.
        let start = self.seen.min(messages.len());
        self.seen = messages.len();
        TaskProgress {
            task_state: task.task_state.clone(),
            percent_complete: task.percent_complete,
            new_messages: messages[start..].to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracker_reports_only_new_messages() {
        let mut t = ProgressTracker::default();
        let task = |n: usize, pct: i64| -> Task {
            let msgs: Vec<Value> = (0..n)
                .map(|i| serde_json::json!({"MessageId": format!("TaskEvent.1.0.M{i}")}))
                .collect();
            serde_json::from_value(serde_json::json!({
                "TaskState": "Running", "PercentComplete": pct, "Messages": msgs
            }))
            .unwrap()
        };
        assert_eq!(t.update(&task(2, 10)).new_messages.len(), 2);
        let p = t.update(&task(3, 50));
        assert_eq!(p.new_messages.len(), 1);
        assert_eq!(p.percent_complete, Some(50));
        assert_eq!(p.task_state, Some(TaskState::Running));
        assert!(t.update(&task(3, 60)).new_messages.is_empty());
        assert!(
            t.update(&task(1, 70)).new_messages.is_empty(),
            "trimmed list"
        );
    }
}
