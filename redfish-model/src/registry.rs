//! Message registries: a `MessageId` resolved to its text (arguments filled in), severity and
//! resolution.
//!
//! [`Registry::new`] knows the DMTF registries this crate embeds (`Base`, `TaskEvent`,
//! `ResourceEvent`, `Update`, `HeartbeatEvent`, `Telemetry`; see [`Registry::EMBEDDED`]).
//! Registries a service publishes (HPE iLO's `iLO.2.x`, other OEM ones) are typed as
//! [`MessageRegistry`] and [added](Registry::add) the same way, e.g. after a client fetched
//! them from `/redfish/v1/Registries`. No I/O happens here.
//!
//! # Which registry answers a `MessageId`
//!
//! A `MessageId` is `Prefix.Major.Minor.Key` (DSP0266; `Prefix.Major.Minor.Patch.Key` and a
//! bare `Prefix.Key` are accepted too). Registries of the same prefix and the same major
//! version are compatible: later minor and patch versions only add messages and correct
//! wording. So among the known registries of that prefix and major version that define `Key`,
//! the one with the same major.minor (the highest patch) answers; when there is none, the
//! highest version of that major answers. Another major version never answers (arguments may
//! differ); a bare `Prefix.Key` takes the highest version of any major.
//!
//! ```
//! use redfish_model::registry::Registry;
//! use redfish_model::message::MessageId;
//! use redfish_model::resource::Health;
//!
//! let registries = Registry::new();
//! let resolved = registries
//!     .resolve_id(&MessageId::new("Base.1.22.PropertyValueNotInList"), &["Fast", "PowerMode"])
//!     .unwrap();
//! assert_eq!(
//!     resolved.message,
//!     "The value 'Fast' for the property PowerMode is not in the list of acceptable values."
//! );
//! assert_eq!(resolved.severity, Some(Health::Warning));
//! assert_eq!(resolved.registry, "Base.1.22.1");
//! // An older minor version of the same major is answered by the embedded 1.22.1.
//! assert!(registries.resolve_id(&MessageId::new("Base.1.8.GeneralError"), &[] as &[&str]).is_some());
//! // Another major version is not.
//! assert!(registries.resolve_id(&MessageId::new("Base.2.0.GeneralError"), &[] as &[&str]).is_none());
//! ```

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use serde_json::Value;

use crate::message::{Message, MessageId};
use crate::message_registry::{self, MessageRegistry};
use crate::resource::Health;

include!("registry_list.rs");

/// A set of message registries to resolve `MessageId`s against (cheap to clone).
#[derive(Clone)]
pub struct Registry {
    entries: Vec<Arc<Entry>>,
}

struct Entry {
    id: String,
    prefix: String,
    version: (u32, u32, u32),
    messages: HashMap<String, message_registry::Message>,
}

/// Why a registry could not be added.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum RegistryError {
    /// `RegistryPrefix` is absent.
    MissingPrefix,
    /// `RegistryVersion` is absent or not `major.minor.patch`.
    BadVersion(Option<String>),
    /// `Messages` is absent or not an object.
    MissingMessages,
}

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MissingPrefix => f.write_str("the message registry has no RegistryPrefix"),
            Self::BadVersion(Some(v)) => {
                write!(
                    f,
                    "the message registry version {v:?} is not major.minor.patch"
                )
            }
            Self::BadVersion(None) => f.write_str("the message registry has no RegistryVersion"),
            Self::MissingMessages => f.write_str("the message registry has no Messages object"),
        }
    }
}

impl std::error::Error for RegistryError {}

/// A message resolved against its registry.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ResolvedMessage {
    /// The identifier that was resolved, as sent.
    pub message_id: MessageId,
    /// The registry that answered, e.g. `Base.1.22.1`.
    pub registry: String,
    /// The text with `%1`..`%n` replaced by the arguments (a placeholder without an argument
    /// is left as it is).
    pub message: String,
    /// `MessageSeverity` (or the deprecated `Severity`) of the registry entry.
    pub severity: Option<Health>,
    /// The suggested resolution.
    pub resolution: Option<String>,
    /// The registry entry itself (argument descriptions, clearing logic, ...).
    pub definition: message_registry::Message,
}

impl fmt::Display for ResolvedMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.message_id, self.message)
    }
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.entries.iter().map(|e| &e.id))
            .finish()
    }
}

impl Default for Registry {
    fn default() -> Self {
        Self::new()
    }
}

fn embedded() -> &'static [Arc<Entry>] {
    static PARSED: OnceLock<Vec<Arc<Entry>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        EMBEDDED
            .iter()
            .filter_map(|(_, text)| serde_json::from_str::<MessageRegistry>(text).ok())
            .filter_map(|r| Entry::new(r).ok())
            .map(Arc::new)
            .collect()
    })
}

impl Registry {
    /// The file names of the DMTF registries embedded in this crate.
    pub const EMBEDDED: &'static [&'static str] = &{
        let mut names = [""; EMBEDDED.len()];
        let mut i = 0;
        while i < EMBEDDED.len() {
            names[i] = EMBEDDED[i].0;
            i += 1;
        }
        names
    };

    /// The DMTF registries embedded in this crate (parsed once per process).
    pub fn new() -> Self {
        Self {
            entries: embedded().to_vec(),
        }
    }

    /// No registry at all.
    pub fn empty() -> Self {
        Self {
            entries: Vec::new(),
        }
    }

    /// Adds a registry (e.g. one a service serves under `/redfish/v1/Registries`).
    ///
    /// ```
    /// use redfish_model::registry::Registry;
    /// use redfish_model::message::MessageId;
    /// let mut registries = Registry::empty();
    /// registries.add(serde_json::from_str(r##"{
    ///     "@odata.type": "#MessageRegistry.v1_0_0.MessageRegistry",
    ///     "Id": "Acme.1.0.0", "Name": "Acme", "Language": "en", "OwningEntity": "Acme",
    ///     "RegistryPrefix": "Acme", "RegistryVersion": "1.0.0",
    ///     "Messages": {"Jammed": {"Description": "", "Message": "Tray %1 jammed.",
    ///         "Severity": "Warning", "NumberOfArgs": 1, "Resolution": "Open tray %1."}}
    /// }"##).unwrap()).unwrap();
    /// let r = registries.resolve_id(&MessageId::new("Acme.1.0.Jammed"), &["2"]).unwrap();
    /// assert_eq!(r.message, "Tray 2 jammed.");
    /// assert_eq!(r.resolution.as_deref(), Some("Open tray 2."));
    /// ```
    ///
    /// # Errors
    /// When the registry has no prefix, no `major.minor.patch` version or no messages.
    pub fn add(&mut self, registry: MessageRegistry) -> Result<(), RegistryError> {
        let entry = Entry::new(registry)?;
        self.entries
            .retain(|e| !(e.prefix == entry.prefix && e.version == entry.version));
        self.entries.push(Arc::new(entry));
        Ok(())
    }

    /// The registries known, as `Prefix.Major.Minor.Patch`.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.id.as_str())
    }

    /// The registry entry answering `id` (see the [module docs](self) for the rule) and the
    /// id of the registry holding it.
    pub fn lookup(&self, id: &MessageId) -> Option<(&str, &message_registry::Message)> {
        let parsed = ParsedId::new(id.as_str())?;
        let mut best: Option<&Entry> = None;
        for e in &self.entries {
            if e.prefix != parsed.prefix || !e.messages.contains_key(parsed.key) {
                continue;
            }
            if let Some(major) = parsed.major
                && e.version.0 != major
            {
                continue;
            }
            let rank = |x: &Entry| {
                let same_minor = parsed.minor.is_some_and(|m| x.version.1 == m);
                (same_minor, x.version)
            };
            if best.is_none_or(|b| rank(e) > rank(b)) {
                best = Some(e);
            }
        }
        let e = best?;
        Some((e.id.as_str(), e.messages.get(parsed.key)?))
    }

    /// Resolves `id` with `args` substituted for `%1`..`%n`.
    pub fn resolve_id<A: AsRef<str>>(&self, id: &MessageId, args: &[A]) -> Option<ResolvedMessage> {
        let (registry, def) = self.lookup(id)?;
        let args: Vec<&str> = args.iter().map(AsRef::as_ref).collect();
        Some(ResolvedMessage {
            message_id: id.clone(),
            registry: registry.to_owned(),
            message: substitute(def.message.as_deref().unwrap_or(""), &args),
            severity: def
                .message_severity
                .clone()
                .or_else(|| def.severity.as_deref().map(Health::from)),
            resolution: def.resolution.as_deref().map(|r| substitute(r, &args)),
            definition: def.clone(),
        })
    }

    /// Resolves a message as a service sent it (`MessageId` and `MessageArgs`; arguments that
    /// are not strings are written as JSON, e.g. numbers).
    pub fn resolve(&self, message: &Message) -> Option<ResolvedMessage> {
        let id = message.message_id.as_ref()?;
        let args: Vec<String> = message
            .message_args
            .iter()
            .flatten()
            .map(|a| match a {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect();
        self.resolve_id(id, &args)
    }
}

impl Entry {
    fn new(registry: MessageRegistry) -> Result<Self, RegistryError> {
        let prefix = registry
            .registry_prefix
            .clone()
            .ok_or(RegistryError::MissingPrefix)?;
        let version = registry
            .registry_version
            .as_deref()
            .and_then(parse_version)
            .ok_or_else(|| RegistryError::BadVersion(registry.registry_version.clone()))?;
        let raw = registry
            .messages
            .as_ref()
            .ok_or(RegistryError::MissingMessages)?;
        let messages = raw
            .iter()
            .filter_map(|(k, v)| {
                serde::Deserialize::deserialize(v)
                    .ok()
                    .map(|m| (k.clone(), m))
            })
            .collect();
        Ok(Self {
            id: format!("{prefix}.{}.{}.{}", version.0, version.1, version.2),
            prefix,
            version,
            messages,
        })
    }
}

fn parse_version(v: &str) -> Option<(u32, u32, u32)> {
    let mut it = v.trim().split('.').map(|p| p.parse::<u32>().ok());
    let major = it.next()??;
    let minor = it.next().flatten().unwrap_or(0);
    let patch = it.next().flatten().unwrap_or(0);
    Some((major, minor, patch))
}

/// `Prefix[.Major.Minor[.Patch]].Key`.
struct ParsedId<'a> {
    prefix: &'a str,
    major: Option<u32>,
    minor: Option<u32>,
    key: &'a str,
}

impl<'a> ParsedId<'a> {
    fn new(id: &'a str) -> Option<Self> {
        let parts: Vec<&str> = id.split('.').collect();
        let (prefix, key) = (*parts.first()?, *parts.last()?);
        if parts.len() < 2 || prefix.is_empty() || key.is_empty() {
            return None;
        }
        let version: Vec<u32> = parts[1..parts.len() - 1]
            .iter()
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        Some(Self {
            prefix,
            major: version.first().copied(),
            minor: version.get(1).copied(),
            key,
        })
    }
}

/// Replaces `%1`..`%n` (any number of digits) by the arguments.
fn substitute(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let arg = after[..digits]
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|n| args.get(n));
        match arg {
            Some(a) => {
                out.push_str(a);
                rest = &after[digits..];
            }
            None => {
                out.push('%');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::substitute;

    #[test]
    fn placeholders_are_replaced_by_position_and_missing_ones_kept() {
        assert_eq!(substitute("%1 of %2", &["a", "b"]), "a of b");
        assert_eq!(substitute("%2%1", &["a", "b"]), "ba");
        assert_eq!(substitute("%3 left", &["a"]), "%3 left");
        assert_eq!(substitute("100% sure", &[]), "100% sure");
        let many: Vec<String> = (1..=10).map(|i| format!("x{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(substitute("%10/%1", &many), "x10/x1");
    }
}
