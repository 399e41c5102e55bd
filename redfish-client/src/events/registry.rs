//! [`MessageResolver`]: `MessageId`s resolved against the embedded DMTF registries and the
//! registries the service serves, fetched once per client.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError, Weak};

use redfish_model::message::MessageId;
use redfish_model::message_registry::MessageRegistry;
use redfish_model::registry::{Registry, ResolvedMessage};
use serde_json::Value;

use super::{EventRecord, get_json};
use crate::client::{Client, Core, SERVICE_ROOT};
use crate::error::Result;

/// Resolves the `MessageId` of event records (or any message) to the registry text with
/// `MessageArgs` substituted, the severity and the resolution.
///
/// It answers from the DMTF registries embedded in `redfish-model` (`Base`,
/// `ResourceEvent`, `TaskEvent`, `Update`, `Telemetry`, `HeartbeatEvent`) and from those the
/// service serves (`Registries` → `MessageRegistryFile` → `Location[].Uri`): the first
/// resolution of a registry prefix reads the service's list of registry files and the files
/// of that prefix, once; the result (also a failure) is kept. Every
/// [`Client::message_resolver`] of a client (and of its clones) shares this cache. Registries of other origins (`PublicationUri`) are never fetched.
///
/// ```no_run
/// # async fn run(client: redfish_client::Client) {
/// use redfish_client::model::message::MessageId;
/// let resolver = client.message_resolver();
/// let m = resolver
///     .resolve_id(&MessageId::new("ResourceEvent.1.4.ResourcePoweredOff"), &["/redfish/v1/Systems/1"])
///     .await
///     .unwrap();
/// assert_eq!(m.message, "The resource '/redfish/v1/Systems/1' has powered off.");
/// # }
/// ```
#[derive(Clone)]
pub struct MessageResolver {
    client: Client,
    cache: Arc<tokio::sync::Mutex<Cache>>,
}

/// The service's registry files: `(prefix, major)` → the registry URIs.
type Files = HashMap<(String, Option<u32>), Vec<String>>;

struct Cache {
    registry: Registry,
    /// The service's registry files: `(prefix, major)` → the registry URIs; `None` until
    /// read.
    files: Option<Files>,
    /// Registry URIs already read (or that failed).
    loaded: HashSet<String>,
}

impl fmt::Debug for MessageResolver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MessageResolver")
            .field("host", &self.client.host())
            .finish_non_exhaustive()
    }
}

type Caches = Mutex<Vec<(Weak<Core>, Arc<tokio::sync::Mutex<Cache>>)>>;

/// The caches, by client (its shared core). A cache does not keep its client alive; the
/// caches of clients that are gone are dropped at the next lookup.
fn caches() -> &'static Caches {
    static ALL: Caches = Mutex::new(Vec::new());
    &ALL
}

impl Client {
    /// The message resolver of this client (see [`MessageResolver`]); every call on the
    /// client or its clones shares one cache for the client's lifetime.
    pub fn message_resolver(&self) -> MessageResolver {
        let core = Arc::downgrade(self.core());
        let mut all = caches().lock().unwrap_or_else(PoisonError::into_inner);
        all.retain(|(w, _)| w.strong_count() > 0);
        let cache = match all.iter().find(|(w, _)| Weak::ptr_eq(w, &core)) {
            Some((_, c)) => c.clone(),
            None => {
                let c = Arc::new(tokio::sync::Mutex::new(Cache {
                    registry: Registry::new(),
                    files: None,
                    loaded: HashSet::new(),
                }));
                all.push((core, c.clone()));
                c
            }
        };
        MessageResolver {
            client: self.clone(),
            cache,
        }
    }
}

/// `Prefix[.Major...]` of a `MessageId` or registry name.
fn prefix_major(id: &str) -> (String, Option<u32>) {
    let mut parts = id.split('.');
    let prefix = parts.next().unwrap_or("").to_owned();
    let major = parts.next().and_then(|m| m.parse().ok());
    (prefix, major)
}

impl MessageResolver {
    /// Resolves a record's `MessageId` with its `MessageArgs`; `None` when the record has
    /// no `MessageId` or no registry known to the client or served by the service defines
    /// it.
    pub async fn resolve(&self, record: &EventRecord) -> Option<ResolvedMessage> {
        let id = record.message_id.as_ref()?;
        let args = record.message_args.as_deref().unwrap_or(&[]);
        self.resolve_id(id, args).await
    }

    /// Resolves `id` with `args` substituted for `%1`..`%n`.
    pub async fn resolve_id<A: AsRef<str>>(
        &self,
        id: &MessageId,
        args: &[A],
    ) -> Option<ResolvedMessage> {
        let mut cache = self.cache.lock().await;
        self.load_prefix(&mut cache, id.as_str()).await;
        cache.registry.resolve_id(id, args)
    }

    /// The registries known now (embedded and those read from the service so far).
    pub async fn registry(&self) -> Registry {
        self.cache.lock().await.registry.clone()
    }

    /// Reads every message registry the service serves now (instead of one prefix at a
    /// time on first use).
    ///
    /// # Errors
    ///
    /// Errors reading the `Registries` collection; a registry file that cannot be read is
    /// skipped (and logged).
    pub async fn load_all(&self) -> Result<()> {
        let mut cache = self.cache.lock().await;
        if cache.files.is_none() {
            cache.files = Some(self.read_files().await?);
        }
        let uris: Vec<String> = cache
            .files
            .iter()
            .flat_map(|f| f.values().flatten().cloned())
            .collect();
        for uri in uris {
            self.load_uri(&mut cache, &uri).await;
        }
        Ok(())
    }

    async fn load_prefix(&self, cache: &mut Cache, id: &str) {
        if cache.files.is_none() {
            let files = match self.read_files().await {
                Ok(f) => f,
                Err(e) => {
                    tracing::warn!(host = %self.client.host(), error = %e, "cannot read the service's message registries: using the embedded ones");
                    HashMap::new()
                }
            };
            cache.files = Some(files);
        }
        let (prefix, major) = prefix_major(id);
        let uris: Vec<String> = cache
            .files
            .iter()
            .flat_map(|f| f.iter())
            .filter(|((p, m), _)| *p == prefix && (major.is_none() || *m == major))
            .flat_map(|(_, u)| u.iter().cloned())
            .collect();
        for uri in uris {
            self.load_uri(cache, &uri).await;
        }
    }

    async fn load_uri(&self, cache: &mut Cache, uri: &str) {
        if !cache.loaded.insert(uri.to_owned()) {
            return;
        }
        let core = self.client.core();
        let reg = match get_json(core, uri).await {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!(host = %core.host, uri, error = %e, "cannot read a message registry");
                return;
            }
        };
        // Attribute registries (BIOS) are listed in the same collection.
        if reg.get("Messages").is_none() {
            return;
        }
        let added = serde_json::from_value::<MessageRegistry>(reg)
            .map_err(|e| e.to_string())
            .and_then(|r| cache.registry.add(r).map_err(|e| e.to_string()));
        if let Err(e) = added {
            tracing::warn!(host = %core.host, uri, error = %e, "unusable message registry");
        }
    }

    /// `Registries` → each `MessageRegistryFile` → its `Registry` name and local
    /// `Location[].Uri` (English first).
    async fn read_files(&self) -> Result<Files> {
        let core = self.client.core();
        let root = get_json(core, SERVICE_ROOT).await?;
        let mut out: Files = HashMap::new();
        let Some(coll) = root
            .pointer("/Registries/@odata.id")
            .and_then(Value::as_str)
        else {
            return Ok(out);
        };
        let coll = get_json(core, coll).await?;
        let members = coll
            .get("Members")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for m in members {
            let Some(uri) = m.get("@odata.id").and_then(Value::as_str) else {
                continue;
            };
            let file = match get_json(core, uri).await {
                Ok(f) => f,
                Err(e) => {
                    tracing::warn!(host = %core.host, uri, error = %e, "cannot read a registry file");
                    continue;
                }
            };
            let name = file
                .get("Registry")
                .and_then(Value::as_str)
                .or_else(|| file.get("Id").and_then(Value::as_str))
                .unwrap_or("");
            let locations = file
                .get("Location")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let local = |english: bool| {
                locations
                    .iter()
                    .filter(|l| {
                        !english
                            || l.get("Language")
                                .and_then(Value::as_str)
                                .is_none_or(|lang| lang.starts_with("en"))
                    })
                    .find_map(|l| l.get("Uri").and_then(Value::as_str).map(str::to_owned))
            };
            if let Some(loc) = local(true).or_else(|| local(false)) {
                out.entry(prefix_major(name)).or_default().push(loc);
            }
        }
        Ok(out)
    }
}
