//! Firmware update: `UpdateService.SimpleUpdate` (the service pulls the image) and the
//! multipart HTTP push (`MultipartHttpPushUri`, feature `multipart`), streamed from disk
//! with progress.

use redfish_model::software_inventory::SoftwareInventory;
use redfish_model::update_service::{SimpleUpdateRequest, UpdateService};

use crate::action::ActionResponse;
use crate::collection::Members;
use crate::entity::Entity;
use crate::error::Result;

#[cfg(feature = "multipart")]
mod push;
#[cfg(feature = "multipart")]
pub use push::{ProgressFn, PushUpdate};

impl Entity<UpdateService> {
    /// `#UpdateService.SimpleUpdate`: the service downloads `ImageURI` itself. The password
    /// in `request` is never logged ([`SimpleUpdateRequest`] redacts it in `Debug`).
    ///
    /// ```no_run
    /// # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
    /// use redfish_client::model::update_service::SimpleUpdateRequest;
    /// let update = client.service_root().await?.update_service().await?;
    /// let req = SimpleUpdateRequest::default()
    ///     .with_image_uri("https://repo.example/bmc-2.1.bin")
    ///     .with_targets(vec!["/redfish/v1/UpdateService/FirmwareInventory/BMC".into()]);
    /// update.simple_update(&req).await?.wait().await?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::InvalidParameter`] without `ImageURI` or with values the service's
    /// ActionInfo refuses, [`crate::Error::ActionNotSupported`], the service's error.
    pub async fn simple_update(&self, request: &SimpleUpdateRequest) -> Result<ActionResponse> {
        self.invoke(request.clone()).await
    }

    /// The `FirmwareInventory` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when absent.
    pub fn firmware_inventory(&self) -> Result<Members<SoftwareInventory>> {
        self.members(&self.data().firmware_inventory)
    }
}
