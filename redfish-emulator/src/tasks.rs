//! Long-running operations as Redfish Tasks with task monitors (DSP0266 "Asynchronous
//! operations").

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::http::{StatusCode, header};
use serde_json::{Value, json};

use crate::events::{Event, EventType};
use crate::messages::message;
use crate::reply::Reply;
use crate::state::{Inner, State};
use crate::util::now_rfc3339;

pub(crate) const TASKS: &str = "/redfish/v1/TaskService/Tasks";
pub(crate) const MONITORS: &str = "/redfish/v1/TaskService/TaskMonitors";

/// What a step does to the state: the messages it adds, or the messages of its failure.
pub(crate) type Effect = Box<dyn FnOnce(&mut Inner) -> Result<Vec<Value>, Vec<Value>> + Send>;

/// One step of a task: wait (time-scaled), then apply the effect.
pub(crate) struct Step {
    pub delay_secs: f64,
    pub effect: Effect,
}

impl Step {
    pub(crate) fn new(
        delay_secs: f64,
        effect: impl FnOnce(&mut Inner) -> Result<Vec<Value>, Vec<Value>> + Send + 'static,
    ) -> Step {
        Step {
            delay_secs,
            effect: Box::new(effect),
        }
    }
}

/// A task to run.
pub(crate) struct TaskPlan {
    pub name: String,
    pub steps: Vec<Step>,
    /// Status and body the monitor answers once the task completed.
    pub final_status: StatusCode,
    pub final_body: Option<Value>,
    /// The request that started the task (Task `Payload`).
    pub payload: Option<Value>,
}

/// The response the monitor gives once the task is over.
#[derive(Debug, Clone)]
pub(crate) struct FinalResponse {
    pub status: StatusCode,
    pub body: Option<Value>,
}

/// Bookkeeping of one task.
#[derive(Debug, Clone)]
pub(crate) struct TaskRecord {
    pub path: String,
    pub monitor: String,
    pub done: Option<FinalResponse>,
    pub cancelled: bool,
}

fn retry_after(state: &State) -> String {
    // One second of simulated time, scaled, as whole seconds (0 allowed when sped up).
    let secs = (1.0 * state.config.time_scale).round().max(0.0);
    format!("{}", secs as u64)
}

/// Creates the Task, starts running it and answers `202 Accepted` with the task monitor.
pub(crate) fn start(state: &Arc<State>, plan: TaskPlan) -> Reply {
    let (id, path, monitor, body) = {
        let mut inner = state.lock();
        let id = inner.next().to_string();
        let path = format!("{TASKS}/{id}");
        let monitor = format!("{MONITORS}/{id}");
        let mut task = json!({
            "@odata.id": path,
            "@odata.type": "#Task.v1_7_4.Task",
            "Id": id,
            "Name": plan.name,
            "TaskState": "New",
            "TaskStatus": "OK",
            "StartTime": now_rfc3339(),
            "PercentComplete": 0,
            "TaskMonitor": monitor,
            "HidePayload": plan.payload.is_none(),
            "Messages": [],
        });
        if let Some(p) = &plan.payload {
            task["Payload"] = p.clone();
        }
        inner.tree.put(&path, task);
        inner.tree.add_member(TASKS, &path);
        inner.tasks.insert(
            id.clone(),
            TaskRecord {
                path: path.clone(),
                monitor: monitor.clone(),
                done: None,
                cancelled: false,
            },
        );
        let body = inner.tree.get(&path).cloned().unwrap_or(Value::Null);
        (id, path, monitor, body)
    };
    let runner_state = Arc::clone(state);
    tokio::spawn(run(runner_state, id, path, plan));
    Reply::json(StatusCode::ACCEPTED, body)
        .header(header::LOCATION, &monitor)
        .header(header::RETRY_AFTER, &retry_after(state))
}

async fn run(state: Arc<State>, id: String, path: String, plan: TaskPlan) {
    let total = plan.steps.len().max(1);
    {
        let mut inner = state.lock();
        let started = message("TaskEvent", "TaskStarted", &[&id]);
        inner.tree.update(&path, |t| {
            t.insert("TaskState".into(), json!("Running"));
            push_messages(t, vec![started]);
        });
        inner.raise(task_event("TaskStarted", &[&id], &path));
    }
    let mut warnings = false;
    for (i, step) in plan.steps.into_iter().enumerate() {
        tokio::time::sleep(state.config.scaled(step.delay_secs)).await;
        if state.stopped.load(Ordering::Relaxed) {
            return;
        }
        let mut inner = state.lock();
        if inner.tasks.get(&id).map(|r| r.cancelled).unwrap_or(true) {
            return;
        }
        match (step.effect)(&mut inner) {
            Ok(msgs) => {
                warnings |= msgs.iter().any(|m| m["MessageSeverity"] == "Warning");
                let pct = ((i + 1) * 100 / total) as u64;
                let pct_text = pct.to_string();
                let progress = message("TaskEvent", "TaskProgressChanged", &[&id, &pct_text]);
                inner.tree.update(&path, |t| {
                    t.insert("PercentComplete".into(), json!(pct));
                    let mut all = msgs;
                    all.push(progress);
                    push_messages(t, all);
                });
                inner.raise(task_event("TaskProgressChanged", &[&id, &pct_text], &path));
            }
            Err(msgs) => {
                let aborted = message("TaskEvent", "TaskAborted", &[&id]);
                let mut all = msgs;
                all.push(aborted);
                let body = crate::messages::error_body(all.clone());
                inner.tree.update(&path, |t| {
                    t.insert("TaskState".into(), json!("Exception"));
                    t.insert("TaskStatus".into(), json!("Critical"));
                    t.insert("EndTime".into(), json!(now_rfc3339()));
                    push_messages(t, all);
                });
                if let Some(rec) = inner.tasks.get_mut(&id) {
                    rec.done = Some(FinalResponse {
                        status: StatusCode::INTERNAL_SERVER_ERROR,
                        body: Some(body),
                    });
                }
                inner.raise(task_event("TaskAborted", &[&id], &path));
                return;
            }
        }
    }
    let mut inner = state.lock();
    if inner.tasks.get(&id).map(|r| r.cancelled).unwrap_or(true) {
        return;
    }
    let (key, status) = if warnings {
        ("TaskCompletedWarning", "Warning")
    } else {
        ("TaskCompletedOK", "OK")
    };
    let done = message("TaskEvent", key, &[&id]);
    inner.tree.update(&path, |t| {
        t.insert("TaskState".into(), json!("Completed"));
        t.insert("TaskStatus".into(), json!(status));
        t.insert("PercentComplete".into(), json!(100));
        t.insert("EndTime".into(), json!(now_rfc3339()));
        push_messages(t, vec![done]);
    });
    if let Some(rec) = inner.tasks.get_mut(&id) {
        rec.done = Some(FinalResponse {
            status: plan.final_status,
            body: plan.final_body,
        });
    }
    inner.raise(task_event(key, &[&id], &path));
}

/// A TaskEvent registry event about a task.
fn task_event(key: &str, args: &[&str], task: &str) -> Event {
    Event::new(
        &format!("TaskEvent.{key}"),
        args,
        task,
        EventType::StatusChange,
    )
}

fn push_messages(task: &mut serde_json::Map<String, Value>, msgs: Vec<Value>) {
    if let Some(Value::Array(list)) = task.get_mut("Messages") {
        list.extend(msgs);
    }
}

/// `GET` on a task monitor: 202 + Task while running, the operation's response when done.
pub(crate) fn monitor_get(state: &State, id: &str) -> Reply {
    let inner = state.lock();
    let Some(rec) = inner.tasks.get(id) else {
        return Reply::not_found(&format!("{MONITORS}/{id}"));
    };
    if rec.cancelled {
        return Reply::base_error(StatusCode::GONE, "ResourceMissingAtURI", &[&rec.monitor]);
    }
    match &rec.done {
        Some(done) => match &done.body {
            Some(b) => Reply::json(done.status, b.clone()),
            None => Reply::empty(done.status),
        },
        None => {
            let task = inner.tree.get(&rec.path).cloned().unwrap_or(Value::Null);
            Reply::json(StatusCode::ACCEPTED, task)
                .header(header::LOCATION, &rec.monitor)
                .header(header::RETRY_AFTER, &retry_after(state))
                .header(header::ALLOW, "GET, DELETE")
        }
    }
}

/// `DELETE` on a task monitor or a Task: cancels a running task.
pub(crate) fn cancel(state: &State, id: &str) -> Reply {
    let mut inner = state.lock();
    let Some(rec) = inner.tasks.get_mut(id) else {
        return Reply::not_found(&format!("{MONITORS}/{id}"));
    };
    let running = rec.done.is_none();
    rec.cancelled = true;
    let path = rec.path.clone();
    if running {
        let msg = message("TaskEvent", "TaskCancelled", &[id]);
        inner.tree.update(&path, |t| {
            t.insert("TaskState".into(), json!("Cancelled"));
            t.insert("TaskStatus".into(), json!("Warning"));
            t.insert("EndTime".into(), json!(now_rfc3339()));
            push_messages(t, vec![msg]);
        });
        inner.raise(task_event("TaskCancelled", &[id], &path));
    }
    Reply::empty(StatusCode::NO_CONTENT)
}
