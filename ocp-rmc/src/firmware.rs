//! Firmware updates of the rack manager and of nodes (use cases 5.19-5.21): pull
//! (`#UpdateService.SimpleUpdate` with `Targets`) and push (multipart to
//! `MultipartHttpPushUri`), both followed through their task.
//!
//! The guide writes `POST /redfish/v1/UpdateService/Actions/SimpleUpdate`, a singular
//! `Target` and a fixed `/redfish/v1/UpdateService/upload`; this module uses the action's
//! advertised `target`, the schema's `Targets` and the service's `MultipartHttpPushUri`.

use std::fmt;
use std::path::PathBuf;

use redfish_client::Client;
use redfish_client::action::ActionResponse;
use redfish_model::ODataId;
use redfish_model::update_service::{SimpleUpdateRequest, TransferProtocolType};

use crate::error::{Error, Result};
use crate::node::Node;
use crate::rack::Rack;
use crate::task::{self, OperationOutcome, ProgressTracker, TaskProgress};

#[derive(Clone)]
enum Source {
    Pull {
        image_uri: String,
        protocol: Option<TransferProtocolType>,
        username: Option<String>,
        password: Option<String>,
    },
    Push {
        path: PathBuf,
    },
}

/// A firmware update to start: where the image comes from and what it targets.
///
/// `Debug` never shows the download password.
///
/// ```
/// use ocp_rmc::firmware::FirmwareUpdate;
/// let pull = FirmwareUpdate::pull("https://192.168.1.250/images/rmc_update.bin")
///     .credentials("fw", "secret")
///     .target("/redfish/v1/Managers/RMC");
/// assert!(!format!("{pull:?}").contains("secret"));
/// let push = FirmwareUpdate::push("/tmp/bmc.bin").force(true);
/// assert!(push.targets().is_empty());
/// ```
#[derive(Clone)]
#[must_use]
pub struct FirmwareUpdate {
    source: Source,
    targets: Vec<ODataId>,
    force: Option<bool>,
}

impl fmt::Debug for FirmwareUpdate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("FirmwareUpdate");
        match &self.source {
            Source::Pull {
                image_uri,
                protocol,
                username,
                password,
            } => {
                d.field("image_uri", image_uri)
                    .field("protocol", protocol)
                    .field("username", username)
                    .field("password", &password.as_ref().map(|_| "<redacted>"));
            }
            Source::Push { path } => {
                d.field("path", path);
            }
        }
        d.field("targets", &self.targets)
            .field("force", &self.force)
            .finish()
    }
}

impl FirmwareUpdate {
    /// Pull: the service downloads `image_uri` (`#UpdateService.SimpleUpdate`).
    pub fn pull(image_uri: impl Into<String>) -> Self {
        Self {
            source: Source::Pull {
                image_uri: image_uri.into(),
                protocol: None,
                username: None,
                password: None,
            },
            targets: Vec::new(),
            force: None,
        }
    }

    /// Push: the image at `path` is streamed to the service's `MultipartHttpPushUri`.
    pub fn push(path: impl Into<PathBuf>) -> Self {
        Self {
            source: Source::Push { path: path.into() },
            targets: Vec::new(),
            force: None,
        }
    }

    /// Adds a `Targets` entry (a manager, a system, a firmware inventory entry...).
    pub fn target(mut self, uri: impl Into<ODataId>) -> Self {
        self.targets.push(uri.into());
        self
    }

    /// Adds several `Targets` entries.
    pub fn targets_from(mut self, uris: impl IntoIterator<Item = ODataId>) -> Self {
        self.targets.extend(uris);
        self
    }

    /// The `Targets` so far (empty: the service decides from the image).
    pub fn targets(&self) -> &[ODataId] {
        &self.targets
    }

    /// Pull only: the account the service downloads the image with.
    pub fn credentials(mut self, user: impl Into<String>, password: impl Into<String>) -> Self {
        if let Source::Pull {
            username,
            password: pw,
            ..
        } = &mut self.source
        {
            *username = Some(user.into());
            *pw = Some(password.into());
        }
        self
    }

    /// Pull only: `TransferProtocol` (ignored by services when the URI has a scheme).
    pub fn transfer_protocol(mut self, p: TransferProtocolType) -> Self {
        if let Source::Pull { protocol, .. } = &mut self.source {
            *protocol = Some(p);
        }
        self
    }

    /// `ForceUpdate`: bypass the service's update policies (e.g. downgrades).
    pub fn force(mut self, force: bool) -> Self {
        self.force = Some(force);
        self
    }

    /// The `SimpleUpdate` parameters of a pull update.
    fn simple_update_request(&self) -> Option<SimpleUpdateRequest> {
        let Source::Pull {
            image_uri,
            protocol,
            username,
            password,
        } = &self.source
        else {
            return None;
        };
        let mut r = SimpleUpdateRequest::default();
        r.image_uri = Some(image_uri.clone());
        r.transfer_protocol = protocol.clone();
        r.username = username.clone();
        r.password = password.clone();
        r.force_update = self.force;
        if !self.targets.is_empty() {
            r.targets = Some(self.targets.iter().map(|t| t.as_str().to_owned()).collect());
        }
        Some(r)
    }

    /// Starts the update on the service `client` talks to.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an empty image URI; the client's errors (no
    /// `UpdateService`, no `SimpleUpdate` action or `MultipartHttpPushUri`, unreadable
    /// file, refused parameters, service error).
    pub async fn start(&self, client: &Client) -> Result<UpdateJob> {
        let service = client.service_root().await?.update_service().await?;
        let response = match (&self.source, self.simple_update_request()) {
            (Source::Pull { image_uri, .. }, _) if image_uri.trim().is_empty() => {
                return Err(Error::InvalidInput("the image URI is empty".into()));
            }
            (Source::Pull { .. }, Some(request)) => service.simple_update(&request).await?,
            (Source::Push { path }, _) => {
                let mut push = service.push_update(path);
                if !self.targets.is_empty() {
                    push = push.targets(&self.targets);
                }
                if let Some(f) = self.force {
                    push = push.force_update(f);
                }
                push.send().await?
            }
            (Source::Pull { .. }, None) => {
                return Err(Error::InvalidInput("no update parameters".into()));
            }
        };
        tracing::info!(targets = ?self.targets, "firmware update started");
        Ok(UpdateJob {
            client: client.clone(),
            response,
            targets: self.targets.clone(),
        })
    }
}

/// A started firmware update: wait for it with [`UpdateJob::wait`].
#[derive(Debug)]
#[must_use = "the update runs on the service; wait for it to learn how it ended"]
pub struct UpdateJob {
    client: Client,
    response: ActionResponse,
    targets: Vec<ODataId>,
}

impl UpdateJob {
    /// The targets the update was sent with.
    pub fn targets(&self) -> &[ODataId] {
        &self.targets
    }

    /// The task monitor URI, when the service runs the update as a task.
    pub fn monitor(&self) -> Option<&ODataId> {
        self.response.task().map(|t| t.uri())
    }

    /// Waits until the update finishes, reporting progress after each poll.
    ///
    /// # Errors
    ///
    /// The client's [`redfish_client::Error::TaskFailed`] (with the task's messages) when
    /// the update fails, [`redfish_client::Error::TaskTimeout`], request errors.
    pub async fn wait(self, mut progress: impl FnMut(&TaskProgress)) -> Result<OperationOutcome> {
        let mut tracker = ProgressTracker::default();
        task::follow(&self.client, self.response, |t| {
            progress(&tracker.update(t))
        })
        .await
    }
}

impl Rack {
    /// Use cases 5.19 (pull) and 5.20 (push): updates the rack manager's firmware (the
    /// rack manager is added to `Targets`).
    ///
    /// # Errors
    ///
    /// As [`FirmwareUpdate::start`].
    pub async fn update_rack_manager(&self, update: FirmwareUpdate) -> Result<UpdateJob> {
        update
            .target(self.manager_uri().clone())
            .start(self.client())
            .await
    }

    /// Use case 5.21: updates nodes' firmware, targeting each node's system and BMC.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when the nodes have no system nor BMC to target, as
    /// [`FirmwareUpdate::start`] otherwise.
    pub async fn update_nodes(&self, nodes: &[&Node], update: FirmwareUpdate) -> Result<UpdateJob> {
        let targets: Vec<ODataId> = nodes.iter().flat_map(|n| n.firmware_targets()).collect();
        if targets.is_empty() {
            return Err(Error::InvalidInput(
                "the nodes name no system or BMC to update".into(),
            ));
        }
        update.targets_from(targets).start(self.client()).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_request_uses_the_schema_names() {
        let u = FirmwareUpdate::pull("https://repo/rmc.bin")
            .target("/redfish/v1/Managers/RMC")
            .credentials("u", "p")
            .force(true);
        let body = serde_json::to_value(u.simple_update_request().unwrap()).unwrap();
        assert_eq!(body["ImageURI"], "https://repo/rmc.bin");
        assert_eq!(
            body["Targets"],
            serde_json::json!(["/redfish/v1/Managers/RMC"])
        );
        assert_eq!(body["ForceUpdate"], true);
        assert_eq!(body["Username"], "u");
        assert!(body.get("Target").is_none());
        assert!(FirmwareUpdate::push("/x").simple_update_request().is_none());
    }
}
