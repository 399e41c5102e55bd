//! The multipart HTTP push update (feature `multipart`).

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use futures_util::TryStreamExt;
use redfish_model::ODataId;
use redfish_model::update_service::UpdateService;
use reqwest::multipart::{Form, Part};
use serde_json::{Map, Value};
use tokio_util::io::ReaderStream;

use crate::action::ActionResponse;
use crate::entity::Entity;
use crate::error::{Error, Result};

/// Progress callback of a push update: `(bytes_sent, total_bytes)`.
pub type ProgressFn = Arc<dyn Fn(u64, u64) + Send + Sync>;

impl Entity<UpdateService> {
    /// Prepares a multipart HTTP push of the image at `path` to `MultipartHttpPushUri`.
    pub fn push_update(&self, path: impl AsRef<Path>) -> PushUpdate<'_> {
        PushUpdate {
            service: self,
            path: path.as_ref().to_owned(),
            parameters: Map::new(),
            progress: None,
        }
    }
}

/// A multipart HTTP push update (parts `UpdateParameters`, JSON, and `UpdateFile`, the
/// image streamed from disk with a `Content-Length`). Sent once, never retried.
pub struct PushUpdate<'a> {
    service: &'a Entity<UpdateService>,
    path: PathBuf,
    parameters: Map<String, Value>,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for PushUpdate<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PushUpdate")
            .field("path", &self.path)
            .field("parameters", &self.parameters)
            .finish_non_exhaustive()
    }
}

impl PushUpdate<'_> {
    /// `Targets`: the devices to update (default: the service decides).
    #[must_use]
    pub fn targets(mut self, targets: &[ODataId]) -> Self {
        let t = targets
            .iter()
            .map(|t| Value::String(t.as_str().to_owned()))
            .collect();
        self.parameters.insert("Targets".into(), Value::Array(t));
        self
    }

    /// `ForceUpdate`.
    #[must_use]
    pub fn force_update(mut self, force: bool) -> Self {
        self.parameters
            .insert("ForceUpdate".into(), Value::Bool(force));
        self
    }

    /// `@Redfish.OperationApplyTime` (`Immediate`, `OnReset`, ...).
    #[must_use]
    pub fn apply_time(mut self, when: &str) -> Self {
        self.parameters.insert(
            "@Redfish.OperationApplyTime".into(),
            Value::String(when.into()),
        );
        self
    }

    /// Any other `UpdateParameters` member (e.g. `Oem`).
    #[must_use]
    pub fn parameter(mut self, name: &str, value: Value) -> Self {
        self.parameters.insert(name.into(), value);
        self
    }

    /// Called as the image is read into the request: `(bytes_sent, total_bytes)`.
    #[must_use]
    pub fn on_progress(mut self, f: impl Fn(u64, u64) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// Sends the image. The result is usually a task (`202`).
    ///
    /// # Errors
    ///
    /// [`Error::ActionNotSupported`] without `MultipartHttpPushUri`, [`Error::Io`] when
    /// the file cannot be read, the service's error (e.g. 413 too large).
    pub async fn send(self) -> Result<ActionResponse> {
        let uri = self
            .service
            .multipart_http_push_uri
            .clone()
            .ok_or_else(|| Error::ActionNotSupported {
                uri: self.service.odata_id().to_string(),
                action: "MultipartHttpPushUri".into(),
            })?;
        let shown_path = self.path.display().to_string();
        let io_err = |source| Error::Io {
            path: shown_path.clone(),
            source,
        };
        let file = tokio::fs::File::open(&self.path).await.map_err(io_err)?;
        let total = file.metadata().await.map_err(io_err)?.len();
        let file_name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "image.bin".into());
        let sent = Arc::new(AtomicU64::new(0));
        let progress = self.progress.clone();
        let stream = ReaderStream::with_capacity(file, 64 * 1024).inspect_ok(move |chunk| {
            let now = sent.fetch_add(chunk.len() as u64, Ordering::Relaxed) + chunk.len() as u64;
            if let Some(p) = &progress {
                p(now, total);
            }
        });
        let params = serde_json::to_string(&Value::Object(self.parameters))
            .map_err(|e| Error::InvalidInput(format!("UpdateParameters: {e}")))?;
        let mime = |p: Part, m: &str| {
            p.mime_str(m)
                .map_err(|e| Error::InvalidInput(format!("MIME type: {e}")))
        };
        let form = Form::new()
            .part(
                "UpdateParameters",
                mime(Part::text(params), "application/json")?,
            )
            .part(
                "UpdateFile",
                mime(
                    Part::stream_with_length(reqwest::Body::wrap_stream(stream), total)
                        .file_name(file_name),
                    "application/octet-stream",
                )?,
            );
        tracing::info!(uri = %uri, bytes = total, "pushing firmware image");
        let client = self.service.client();
        let resp = client.send_multipart(&uri, form).await?;
        ActionResponse::from_response(client, &resp)
    }
}
