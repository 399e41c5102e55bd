//! Power control of a system: on, off, restart, each followed until `PowerState` says so
//! (bounded by a timeout).
//!
//! ```no_run
//! use std::time::Duration;
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let system = client.service_root().await?.systems()?.find("1").await?;
//! let system = system.power_off(Duration::from_secs(300)).await?;
//! let system = system.power_on(Duration::from_secs(300)).await?;
//! println!("{:?}", system.power_state);
//! # Ok(()) }
//! ```

use std::time::Duration;

use redfish_model::ActionRequest as _;
use redfish_model::computer_system::{ComputerSystem, ResetRequest};
use redfish_model::resource::{PowerState, ResetType};

use crate::entity::Entity;
use crate::error::{Error, Result};

/// How often `PowerState` is read while waiting.
const POLL: Duration = Duration::from_secs(2);

impl Entity<ComputerSystem> {
    /// Powers the system on (`ResetType::On`) and waits until `PowerState` is `On`.
    /// Returns the system as last read.
    ///
    /// # Errors
    ///
    /// As [`Entity::invoke`]; [`Error::StateTimeout`] when the state does not come within
    /// `timeout`.
    pub async fn power_on(&self, timeout: Duration) -> Result<Self> {
        self.power(ResetType::On, PowerState::On, timeout).await
    }

    /// Shuts the system down gracefully (`GracefulShutdown`) and waits until `PowerState`
    /// is `Off`.
    ///
    /// # Errors
    ///
    /// As [`Entity::power_on`].
    pub async fn power_off(&self, timeout: Duration) -> Result<Self> {
        self.power(ResetType::GracefulShutdown, PowerState::Off, timeout)
            .await
    }

    /// Cuts the power at once (`ForceOff`) and waits until `PowerState` is `Off`.
    ///
    /// # Errors
    ///
    /// As [`Entity::power_on`].
    pub async fn force_off(&self, timeout: Duration) -> Result<Self> {
        self.power(ResetType::ForceOff, PowerState::Off, timeout)
            .await
    }

    /// Restarts the system (`GracefulRestart`, else `ForceRestart` when the service only
    /// allows that) and waits until `PowerState` is `On` again.
    ///
    /// # Errors
    ///
    /// As [`Entity::power_on`].
    pub async fn restart(&self, timeout: Duration) -> Result<Self> {
        let graceful = ResetRequest::find(self.data())
            .and_then(|a| a.allowable_values("ResetType"))
            .is_none_or(|v| v.is_empty() || v.iter().any(|t| t == "GracefulRestart"));
        let reset = if graceful {
            ResetType::GracefulRestart
        } else {
            ResetType::ForceRestart
        };
        self.reset(reset).await?.wait().await?;
        self.wait_for_power_state(PowerState::On, timeout).await
    }

    /// Reads the system until its `PowerState` is `want`, at most `timeout` (time counted
    /// between polls, with the client's [`Sleep`](crate::Sleep)).
    ///
    /// # Errors
    ///
    /// [`Error::StateTimeout`], or as [`Client::get`](crate::Client::get).
    pub async fn wait_for_power_state(&self, want: PowerState, timeout: Duration) -> Result<Self> {
        let mut waited = Duration::ZERO;
        loop {
            let now = self.refresh().await?;
            if now.power_state.as_ref() == Some(&want) {
                return Ok(now);
            }
            if waited >= timeout {
                return Err(Error::StateTimeout {
                    uri: self.odata_id().to_string(),
                    property: "PowerState".into(),
                    expected: want.as_str().to_owned(),
                    waited,
                });
            }
            let step = POLL.min(timeout - waited);
            self.client().sleeper().sleep(step).await;
            waited += step;
        }
    }

    async fn power(&self, reset: ResetType, want: PowerState, timeout: Duration) -> Result<Self> {
        if self.power_state.as_ref() == Some(&want) {
            // Already there: a reset would be refused by some BMCs, or power-cycle others.
            return self.refresh().await;
        }
        self.reset(reset).await?.wait().await?;
        self.wait_for_power_state(want, timeout).await
    }
}
