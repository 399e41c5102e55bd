//! Shared helpers of the integration tests.
// Test helpers: a failure here is a test failure.
#![allow(dead_code, clippy::unwrap_used)]

pub mod fake;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use redfish_client::sleep::{Sleep, SleepFuture};
use redfish_client::{Client, ClientBuilder, RetryPolicy, TaskPolicy};
use redfish_emulator::{Emulator, RunningEmulator, Scenario};

/// Records requested delays and returns at once, so retry/poll tests never wait.
#[derive(Debug, Default)]
pub struct RecordingSleep(pub Mutex<Vec<Duration>>);

impl RecordingSleep {
    pub fn delays(&self) -> Vec<Duration> {
        self.0.lock().unwrap().clone()
    }
}

impl Sleep for RecordingSleep {
    fn sleep(&self, duration: Duration) -> SleepFuture {
        self.0.lock().unwrap().push(duration);
        // Yield a little real time so emulated tasks (time-scaled) make progress.
        Box::pin(tokio::time::sleep(Duration::from_millis(5)))
    }
}

pub async fn rack() -> RunningEmulator {
    Emulator::builder()
        .scenario(Scenario::rack(2))
        .time_scale(0.001)
        .start()
        .await
        .unwrap()
}

pub fn builder(emu: &RunningEmulator) -> ClientBuilder {
    Client::builder(emu.base_url().as_str())
        .credentials("admin", "admin-password")
        .add_root_certificate_pem(emu.certificate_pem())
        .retry_policy(RetryPolicy::default().max_retries(3))
        .task_policy(TaskPolicy::default().max_wait(Some(Duration::from_secs(600))))
}

pub fn client_with_sleep(emu: &RunningEmulator) -> (Client, Arc<RecordingSleep>) {
    let sleep = Arc::new(RecordingSleep::default());
    let client = builder(emu).sleeper(sleep.clone()).build().unwrap();
    (client, sleep)
}

/// Requests of `method` whose path starts with `prefix`.
pub fn count(emu: &RunningEmulator, method: &str, prefix: &str) -> usize {
    emu.request_log()
        .iter()
        .filter(|(m, p)| m.as_str() == method && p.starts_with(prefix))
        .count()
}
