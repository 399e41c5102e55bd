//! Boot override of a system (`Boot.BootSourceOverrideTarget` / `BootSourceOverrideEnabled`):
//! one-time or continuous, the target checked against the system's
//! `BootSourceOverrideTarget@Redfish.AllowableValues` before the PATCH.
//!
//! ```no_run
//! use redfish_client::model::computer_system::BootSource;
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let system = client.service_root().await?.systems()?.find("1").await?;
//! let system = system.boot_once(BootSource::Pxe).await?;
//! println!("{:?}", system.boot.as_ref().and_then(|b| b.boot_source_override_target.as_ref()));
//! # Ok(()) }
//! ```

use redfish_model::computer_system::{BootSource, BootSourceOverrideEnabled, ComputerSystem};
use serde_json::json;

use crate::entity::Entity;
use crate::error::{Error, Result};

impl Entity<ComputerSystem> {
    /// The boot targets the system advertises
    /// (`BootSourceOverrideTarget@Redfish.AllowableValues`); `None` when it does not say.
    pub fn boot_targets(&self) -> Option<Vec<BootSource>> {
        let allowed = self
            .boot
            .as_ref()?
            .extra
            .get("BootSourceOverrideTarget@Redfish.AllowableValues")?
            .as_array()?;
        let targets: Vec<BootSource> = allowed
            .iter()
            .filter_map(|v| serde_json::from_value(v.clone()).ok())
            .collect();
        // `[]`: the service does not say which values it takes.
        (!targets.is_empty()).then_some(targets)
    }

    /// Boots once from `target` on the next boot (`BootSourceOverrideEnabled: Once`).
    /// Returns the system as updated.
    ///
    /// # Errors
    ///
    /// As [`Entity::set_boot_override`].
    pub async fn boot_once(&self, target: BootSource) -> Result<Self> {
        self.set_boot_override(target, BootSourceOverrideEnabled::Once)
            .await
    }

    /// Boots from `target` until the override is cleared (`Continuous`).
    ///
    /// # Errors
    ///
    /// As [`Entity::set_boot_override`].
    pub async fn boot_continuous(&self, target: BootSource) -> Result<Self> {
        self.set_boot_override(target, BootSourceOverrideEnabled::Continuous)
            .await
    }

    /// Clears the override (`BootSourceOverrideEnabled: Disabled`): normal boot order.
    ///
    /// # Errors
    ///
    /// As [`Entity::patch`].
    pub async fn clear_boot_override(&self) -> Result<Self> {
        self.patch(&json!({"Boot": {"BootSourceOverrideEnabled": "Disabled"}}))
            .await
    }

    /// PATCHes `Boot` with the target and how long it holds, after checking the target
    /// against the system's allowable values (when it lists them).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidValue`] naming the allowed targets (nothing is sent), else as
    /// [`Entity::patch`].
    pub async fn set_boot_override(
        &self,
        target: BootSource,
        enabled: BootSourceOverrideEnabled,
    ) -> Result<Self> {
        if let Some(allowed) = self.boot_targets()
            && !allowed.contains(&target)
        {
            return Err(Error::InvalidValue {
                uri: self.odata_id().to_string(),
                property: "Boot/BootSourceOverrideTarget".into(),
                reason: format!(
                    "{:?} is not in BootSourceOverrideTarget@Redfish.AllowableValues",
                    target.as_str()
                ),
                allowed: allowed.iter().map(|t| t.as_str().to_owned()).collect(),
            });
        }
        self.patch(&json!({"Boot": {
            "BootSourceOverrideTarget": target.as_str(),
            "BootSourceOverrideEnabled": enabled.as_str(),
        }}))
        .await
    }
}
