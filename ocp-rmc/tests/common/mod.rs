//! Shared set-up of the integration tests: an emulated OpenRMC rack and a client that
//! verifies its certificate.

#![allow(dead_code, clippy::unwrap_used)]

use redfish_client::{Client, TaskPolicy};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RunningEmulator, Scenario};
use std::time::Duration;

pub async fn rack(nodes: usize) -> (RunningEmulator, Client) {
    let emu = Emulator::builder()
        .scenario(Scenario::rack(nodes))
        .https(true)
        .time_scale(0.01)
        .start()
        .await
        .unwrap();
    let client = client_for(&emu, DEFAULT_ADMIN.user, DEFAULT_ADMIN.password);
    (emu, client)
}

pub fn client_for(emu: &RunningEmulator, user: &str, password: &str) -> Client {
    Client::builder(emu.base_url().as_str())
        .credentials(user, password)
        .add_root_certificate_pem(emu.certificate_pem())
        .task_policy(
            TaskPolicy::default()
                .default_interval(Duration::from_millis(20))
                .interval_bounds(Duration::from_millis(10), Duration::from_millis(50)),
        )
        .build()
        .unwrap()
}
