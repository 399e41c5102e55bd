//! Shared emulator state: the resource tree, credentials, sessions, tasks and test hooks.

use std::collections::HashMap;
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard};

use axum::http::Method;
use tokio::time::Instant;

use crate::fault::FaultTable;
use crate::tasks::TaskRecord;
use crate::tree::Tree;

/// Settings fixed at start.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub page_size: usize,
    pub time_scale: f64,
    pub max_upload_bytes: u64,
    /// Entries kept in the request log.
    pub log_capacity: usize,
    /// Vendor behaviours, most specific first (chosen from the tree).
    pub behaviours: crate::behaviour::Behaviours,
    /// `UpdateService.MultipartHttpPushUri`, if the scenario has one.
    pub push_uri: Option<String>,
    /// CSDL served at `/redfish/v1/$metadata` when the scenario brings its own (mockups).
    pub metadata: Option<std::sync::Arc<str>>,
    /// Replay buffer, queues, keep-alive, remote destinations.
    pub events: crate::events::EventSettings,
}

impl Config {
    /// Scales a simulated delay given in seconds.
    pub(crate) fn scaled(&self, secs: f64) -> std::time::Duration {
        let s = (secs * self.time_scale).max(0.0);
        std::time::Duration::from_secs_f64(if s.is_finite() { s } else { 0.0 })
    }
}

/// A logged-in session.
#[derive(Debug, Clone)]
pub(crate) struct SessionRecord {
    /// Path of the Session resource.
    pub path: String,
    /// Path of the ManagerAccount.
    pub account: String,
    pub last_used: Instant,
}

/// Mutable state behind one lock (never held across an await).
#[derive(Debug, Default, Clone)]
pub(crate) struct Inner {
    pub tree: Tree,
    /// Password by account path; the resources always show `"Password": null`.
    pub passwords: HashMap<String, String>,
    /// Sessions by token.
    pub sessions: HashMap<String, SessionRecord>,
    pub tasks: HashMap<String, TaskRecord>,
    /// Private keys (PKCS#8 PEM) of pending CSRs, by the collection (or vendor certificate resource) they
    /// belong to.
    pub csr_keys: HashMap<String, String>,
    /// Scenario data that is not a resource (e.g. a vendor's factory certificate details).
    pub stash: HashMap<String, serde_json::Value>,
    /// Failed logins, by account path (the AccountService lockout policy).
    pub lockouts: HashMap<String, crate::auth::LockoutRecord>,
    /// When expired sessions were last swept.
    pub last_sweep: Option<Instant>,
    pub next_id: u64,
    /// The service's events (each service gets its own when it starts).
    pub events: std::sync::Arc<crate::events::EventBus>,
}

impl Inner {
    /// A fresh sequence number, for session and task ids.
    pub(crate) fn next(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }
}

/// Everything a request handler needs.
#[derive(Debug)]
pub(crate) struct State {
    pub config: Config,
    pub inner: Mutex<Inner>,
    pub faults: Mutex<FaultTable>,
    /// The latest requests, a bounded ring.
    pub log: Mutex<std::collections::VecDeque<(Method, String)>>,
    pub stopped: AtomicBool,
}

/// Locks a mutex, recovering the data if a panicking thread poisoned it.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl State {
    /// Records a request in the bounded log.
    pub(crate) fn log_request(&self, method: Method, target: String) {
        let cap = self.config.log_capacity;
        if cap == 0 {
            return;
        }
        let mut log = lock(&self.log);
        while log.len() >= cap {
            log.pop_front();
        }
        log.push_back((method, target));
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, Inner> {
        lock(&self.inner)
    }
}
