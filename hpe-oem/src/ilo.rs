//! [`Ilo`]: the handle of one iLO: discovery (manager, generation, security service,
//! resource directory) and the operations of this crate, grouped by resource in the other
//! modules.

use futures_util::TryStreamExt;
use redfish_client::{Client, Entity, Method};
use redfish_model::manager::Manager;
use redfish_model::service_root::ServiceRoot;
use redfish_model::{ETag, ODataId, Resource};
use serde_json::Value;

use crate::error::{Error, IloMessage, Refusal, RefusalReason, Result, reply_messages};
use crate::generation::{
    Detected, DetectionInput, DetectionSource, FirmwareVersion, IloGeneration, detect,
};
use crate::manager::{HpeManagerOem, HpeServiceRootOem};
use crate::resource_directory::ResourceDirectory;
use crate::security_state::SecurityState;

/// A connected HPE iLO: the manager, its generation and firmware, and where its OEM
/// resources are. Cheap to clone (the client is shared).
///
/// ```no_run
/// # async fn run(client: redfish_client::Client) -> Result<(), hpe_oem::Error> {
/// let ilo = hpe_oem::Ilo::connect(&client).await?;
/// println!("{} firmware {:?}", ilo.generation(), ilo.firmware());
/// println!("security state: {}", ilo.security_state().await?);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Ilo {
    client: Client,
    root: Entity<ServiceRoot>,
    manager: Entity<Manager>,
    detected: Detected,
    security_service: ODataId,
    directory: Option<ResourceDirectory>,
}

/// What a change did: the iLO messages of the reply and whether the iLO resets.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChangeOutcome {
    /// `false` when nothing had to change and no request was sent.
    pub sent: bool,
    /// The messages of the reply (`iLO.2.21.ResetInProgress`, `Base.1.17.Success`...).
    pub messages: Vec<IloMessage>,
    /// The iLO announced a reset (or the operation always resets it): sessions end, and
    /// the iLO is unreachable for a while.
    pub resets: bool,
    /// The change takes effect only after an iLO reset (`iLO...ResetRequired`), which the
    /// caller must trigger (`Manager.Reset`).
    pub reset_required: bool,
}

impl ChangeOutcome {
    pub(crate) fn unchanged() -> Self {
        Self::default()
    }

    pub(crate) fn from_reply(body: &Value, always_resets: bool) -> Self {
        let messages = reply_messages(body);
        let resets = always_resets || messages.iter().any(|m| m.key.announces_reset());
        let reset_required = !resets
            && messages
                .iter()
                .any(|m| m.is_ilo() && m.key == crate::error::IloMessageKey::ResetRequired);
        Self {
            sent: true,
            messages,
            resets,
            reset_required,
        }
    }
}

impl Ilo {
    /// Connects: reads the service root, picks the iLO manager (the first Manager with an
    /// `Oem.Hpe`/`Oem.Hp` section or an iLO `Model`), detects the generation and firmware,
    /// reads the HPE resource directory when the service root links one, and locates the
    /// HpeSecurityService (`Manager.Oem.Hpe.Links.SecurityService`, else the resource
    /// directory, else the documented fallback `<manager>/SecurityService`).
    ///
    /// # Errors
    ///
    /// [`Error::NotIlo`] when no manager looks like an iLO; client errors.
    pub async fn connect(client: &Client) -> Result<Self> {
        let root = client.service_root().await?;
        let root_oem: Option<HpeServiceRootOem> = root.oem_ext().ok().flatten();
        let managers = root.managers()?;
        let mut stream = std::pin::pin!(managers.stream());
        let mut manager: Option<Entity<Manager>> = None;
        while let Some(m) = stream.try_next().await? {
            let has_oem = m
                .oem
                .as_ref()
                .is_some_and(|o| o.raw("Hpe").is_some() || o.raw("Hp").is_some());
            let ilo_model = m.model.as_deref().and_then(IloGeneration::parse).is_some();
            if has_oem || ilo_model {
                manager = Some(m);
                break;
            }
        }
        let Some(manager) = manager else {
            return Err(Error::NotIlo(
                "no Manager has an Oem.Hpe section or an iLO model".into(),
            ));
        };
        let manager_oem: Option<HpeManagerOem> = manager.oem_ext().ok().flatten();
        let root_manager = root_oem
            .as_ref()
            .and_then(|o| o.manager.as_ref())
            .and_then(|m| m.first());
        let input = DetectionInput {
            manager_model: manager.model.as_deref(),
            manager_firmware_version: manager.firmware_version.as_deref(),
            root_manager_type: root_manager.and_then(|m| m.manager_type.as_deref()),
            root_manager_firmware_version: root_manager
                .and_then(|m| m.manager_firmware_version.as_deref()),
            oem_firmware_version_string: manager_oem
                .as_ref()
                .and_then(|o| o.firmware.as_ref())
                .and_then(|f| f.current.as_ref())
                .and_then(|c| c.version_string.as_deref()),
            moniker_prodgen: root_oem
                .as_ref()
                .and_then(|o| o.moniker.as_ref())
                .and_then(|m| m.prodgen.as_deref()),
        };
        let mut detected = detect(&input).ok_or_else(|| {
            Error::NotIlo(format!(
                "{}: cannot tell the iLO generation from Model, FirmwareVersion or the service root",
                manager.odata_id()
            ))
        })?;
        if detected.firmware.is_none() {
            detected.firmware = manager_oem
                .as_ref()
                .and_then(|o| o.firmware.as_ref())
                .and_then(|f| f.current.as_ref())
                .and_then(|c| Some(FirmwareVersion::new(c.major_version?, c.minor_version?)));
        }
        let directory = match root_oem
            .as_ref()
            .and_then(|o| o.links.as_ref())
            .and_then(|l| l.resource_directory.as_ref())
        {
            Some(link) => match client
                .get::<ResourceDirectory>(&link.odata_id)
                .await
                .map(Entity::into_inner)
            {
                Ok(d) => Some(d),
                Err(e) => {
                    tracing::warn!(error = %e, "cannot read the HPE resource directory: following links instead");
                    None
                }
            },
            None => None,
        };
        let security_service = manager_oem
            .as_ref()
            .and_then(|o| o.links.as_ref())
            .and_then(|l| l.security_service.as_ref())
            .map(|l| l.odata_id.clone())
            .or_else(|| {
                directory
                    .as_ref()
                    .and_then(|d| d.find_under("HpeSecurityService", manager.odata_id()))
                    .cloned()
            })
            .unwrap_or_else(|| {
                tracing::debug!("no SecurityService link: using <manager>/SecurityService");
                manager.odata_id().child("SecurityService")
            });
        tracing::info!(
            generation = %detected.generation,
            firmware = ?detected.firmware,
            manager = %manager.odata_id(),
            "connected to HPE iLO"
        );
        Ok(Self {
            client: client.clone(),
            root,
            manager,
            detected,
            security_service,
            directory,
        })
    }

    /// The client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The iLO generation.
    pub fn generation(&self) -> IloGeneration {
        self.detected.generation
    }

    /// The firmware version, when the service tells it.
    pub fn firmware(&self) -> Option<FirmwareVersion> {
        self.detected.firmware
    }

    /// Where the generation was read from.
    pub fn detection_source(&self) -> DetectionSource {
        self.detected.source
    }

    /// The service root, as read at connection.
    pub fn service_root(&self) -> &Entity<ServiceRoot> {
        &self.root
    }

    /// The Manager, as read at connection.
    pub fn manager(&self) -> &Entity<Manager> {
        &self.manager
    }

    /// The HPE resource directory, when the service has one.
    pub fn resource_directory(&self) -> Option<&ResourceDirectory> {
        self.directory.as_ref()
    }

    /// The URI of the HpeSecurityService.
    pub fn security_service_uri(&self) -> &ODataId {
        &self.security_service
    }

    /// The Manager read again (its `Oem.Hpe` reflects the current settings).
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn fetch_manager(&self) -> Result<Entity<Manager>> {
        Ok(self.client.get(&self.manager).await?)
    }

    /// A resource found by following a link, else through the resource directory (by
    /// schema, under `under`), else at `fallback` (documented per call site).
    pub(crate) fn locate(
        &self,
        link: Option<&ODataId>,
        schema: &str,
        under: &ODataId,
        fallback: Option<ODataId>,
    ) -> Option<ODataId> {
        link.cloned()
            .or_else(|| {
                self.directory
                    .as_ref()
                    .and_then(|d| d.find_under(schema, under))
                    .cloned()
            })
            .or(fallback)
    }

    /// A refusal for `operation` in the current context.
    pub(crate) fn refusal(
        &self,
        operation: &'static str,
        state: Option<SecurityState>,
        reason: RefusalReason,
    ) -> Error {
        Error::Refused(Refusal {
            operation,
            generation: self.generation(),
            state,
            reason,
        })
    }

    /// Sends a PATCH and returns the reply body (iLO answers with messages, or the
    /// resource); the resource is not read back, since the iLO may be resetting.
    pub(crate) async fn patch_raw(
        &self,
        uri: &ODataId,
        body: &Value,
        etag: Option<&ETag>,
    ) -> Result<Value> {
        let req = self.client.request(Method::PATCH, uri).json(body);
        let req = match etag {
            Some(etag) => req.if_match(etag),
            None => req,
        };
        let resp = req.await?;
        Ok(if resp.is_empty() {
            Value::Null
        } else {
            resp.json().unwrap_or(Value::Null)
        })
    }

    /// The key of the manager's OEM section (`Hpe`, or `Hp` on iLO 4).
    pub(crate) fn oem_key(&self) -> &'static str {
        match self.manager.oem() {
            Some(o) if o.raw("Hpe").is_none() && o.raw("Hp").is_some() => "Hp",
            _ => "Hpe",
        }
    }
}
