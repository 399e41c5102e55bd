//! Virtual media: insert and eject an image, through the `VirtualMedia.InsertMedia` /
//! `EjectMedia` actions when the service advertises them, else through the PATCH of
//! `Image` / `Inserted` that older BMCs use.
//!
//! ```no_run
//! use redfish_client::model::virtual_media::InsertMediaRequest;
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let system = client.service_root().await?.systems()?.find("1").await?;
//! let cd = system.virtual_media()?.find("CD1").await?;
//! let image = InsertMediaRequest::default().with_image("https://repo.example/os.iso");
//! let cd = cd.insert_media(image).await?;
//! assert_eq!(cd.inserted, Some(true));
//! cd.eject_media().await?;
//! # Ok(()) }
//! ```

use redfish_model::ActionRequest;
use redfish_model::computer_system::ComputerSystem;
use redfish_model::manager::Manager;
use redfish_model::virtual_media::{EjectMediaRequest, InsertMediaRequest, VirtualMedia};
use serde_json::{Map, Value, json};

use crate::collection::Members;
use crate::entity::Entity;
use crate::error::{Error, Result};

impl Entity<VirtualMedia> {
    /// Inserts an image (`InsertMediaRequest::image` is required) and returns the media as
    /// read back: the `InsertMedia` action when advertised, else [`Entity::insert_media_patch`].
    ///
    /// # Errors
    ///
    /// As [`Entity::invoke`] or [`Entity::patch`].
    pub async fn insert_media(&self, request: InsertMediaRequest) -> Result<Self> {
        if InsertMediaRequest::find(self.data()).is_none() {
            return self.insert_media_patch(&request).await;
        }
        self.invoke(request).await?.wait().await?;
        self.refresh().await
    }

    /// Ejects the image: the `EjectMedia` action when advertised, else
    /// [`Entity::eject_media_patch`].
    ///
    /// # Errors
    ///
    /// As [`Entity::invoke`] or [`Entity::patch`].
    pub async fn eject_media(&self) -> Result<Self> {
        if EjectMediaRequest::find(self.data()).is_none() {
            return self.eject_media_patch().await;
        }
        self.invoke(EjectMediaRequest::default())
            .await?
            .wait()
            .await?;
        self.refresh().await
    }

    /// The PATCH form of insert (VirtualMedia before v1.2, some iLO and iDRAC versions):
    /// `Image`, `Inserted: true` and the optional properties of `request`. The user name
    /// and password have no place in this form and are refused rather than dropped.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] without an image or with credentials, else as
    /// [`Entity::patch`].
    pub async fn insert_media_patch(&self, request: &InsertMediaRequest) -> Result<Self> {
        let image = request
            .image
            .as_deref()
            .ok_or_else(|| Error::InvalidInput("InsertMedia needs an Image".into()))?;
        if request.user_name.is_some() || request.password.is_some() {
            return Err(Error::InvalidInput(
                "the PATCH form of InsertMedia has no UserName/Password: the service needs the InsertMedia action".into(),
            ));
        }
        let mut body = Map::new();
        body.insert("Image".into(), json!(image));
        body.insert("Inserted".into(), json!(request.inserted.unwrap_or(true)));
        if let Some(w) = request.write_protected {
            body.insert("WriteProtected".into(), json!(w));
        }
        if let Some(p) = &request.transfer_protocol_type {
            body.insert("TransferProtocolType".into(), json!(p.as_str()));
        }
        if let Some(m) = &request.transfer_method {
            body.insert("TransferMethod".into(), json!(m.as_str()));
        }
        self.patch(&Value::Object(body)).await
    }

    /// The PATCH form of eject: `Image: null`, `Inserted: false`.
    ///
    /// # Errors
    ///
    /// As [`Entity::patch`].
    pub async fn eject_media_patch(&self) -> Result<Self> {
        self.patch(&json!({"Image": null, "Inserted": false})).await
    }
}

impl Entity<ComputerSystem> {
    /// The system's `VirtualMedia` collection.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when the system has none (look at its manager's).
    pub fn virtual_media(&self) -> Result<Members<VirtualMedia>> {
        self.members(&self.data().virtual_media)
    }
}

impl Entity<Manager> {
    /// The manager's `VirtualMedia` collection (where many BMCs keep it).
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when the manager has none.
    pub fn virtual_media(&self) -> Result<Members<VirtualMedia>> {
        self.members(&self.data().virtual_media)
    }
}
