//! Settings that apply later (DSP0266 "Settings resource"): a resource with
//! `@Redfish.Settings` (BIOS, network interfaces, storage...) takes changes through its
//! settings object, applied `Immediate`ly, `OnReset` or `AtMaintenanceWindowStart` as
//! `@Redfish.SettingsApplyTime` asks (checked against `SupportedApplyTimes`).
//!
//! ```no_run
//! use redfish_client::model::settings::ApplyTime;
//! use redfish_client::settings::BiosSettings;
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let system = client.service_root().await?.systems()?.find("1").await?;
//! let bios = system.bios().await?;
//! let changes = BiosSettings::new().set("BootMode", "LegacyBios").set("BootTimeoutSeconds", 5);
//! // Names, types and values are checked against the BIOS AttributeRegistry first.
//! let pending = bios.apply_attributes(&changes, ApplyTime::OnReset).await?;
//! println!("pending: {:?}", pending.attributes);
//! # Ok(()) }
//! ```

use redfish_model::attribute_registry::{AttributeRegistry, AttributeType, Attributes};
use redfish_model::bios::Bios;
use redfish_model::computer_system::ComputerSystem;
use redfish_model::message_registry_file::MessageRegistryFile;
use redfish_model::settings::ApplyTime;
use redfish_model::{ODataId, Resource};
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::entity::Entity;
use crate::error::{Error, Result};

impl<T: Resource + Send> Entity<T> {
    /// PATCHes `changes` (an object of the resource's properties) to the resource's settings
    /// object with `@Redfish.SettingsApplyTime` set to `apply`; returns the settings object
    /// as updated (the pending values). A resource without `@Redfish.Settings` is PATCHed
    /// directly, which only `Immediate` allows.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidValue`] when the service does not support `apply` (nothing is sent),
    /// else as [`Entity::patch`].
    pub async fn patch_settings<B: Serialize + ?Sized>(
        &self,
        changes: &B,
        apply: ApplyTime,
    ) -> Result<Entity<T>> {
        let Some(settings) = self.data().settings() else {
            if apply != ApplyTime::Immediate {
                return Err(self.unsupported_apply_time(&apply, &[ApplyTime::Immediate]));
            }
            return self.patch(changes).await;
        };
        let supported = settings.supported_apply_times.unwrap_or_default();
        if !supported.is_empty() && !supported.contains(&apply) {
            return Err(self.unsupported_apply_time(&apply, &supported));
        }
        let mut body = match serde_json::to_value(changes) {
            Ok(Value::Object(m)) => m,
            _ => {
                return Err(Error::InvalidInput(
                    "settings changes must be a JSON object".into(),
                ));
            }
        };
        // Without SupportedApplyTimes a settings object applies on reset; the annotation is
        // sent anyway when asked for something else, for services that honour it silently.
        if !supported.is_empty() || apply != ApplyTime::OnReset {
            body.insert(
                "@Redfish.SettingsApplyTime".into(),
                json!({ "ApplyTime": apply.as_str() }),
            );
        }
        let target = settings
            .settings_object
            .map(|l| l.odata_id)
            .unwrap_or_else(|| self.odata_id().clone());
        self.client()
            .patch(&target, &Value::Object(body), None)
            .await
    }

    fn unsupported_apply_time(&self, apply: &ApplyTime, supported: &[ApplyTime]) -> Error {
        Error::InvalidValue {
            uri: self.odata_id().to_string(),
            property: "@Redfish.SettingsApplyTime/ApplyTime".into(),
            reason: format!(
                "{:?} is not in @Redfish.Settings/SupportedApplyTimes",
                apply.as_str()
            ),
            allowed: supported.iter().map(|t| t.as_str().to_owned()).collect(),
        }
    }
}

/// A BIOS attribute value: a string (also enumerations and passwords), an integer or a
/// boolean.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum AttributeValue {
    /// `String`, `Enumeration` or `Password` attributes.
    String(String),
    /// `Integer` attributes.
    Integer(i64),
    /// `Boolean` attributes.
    Boolean(bool),
}

impl std::fmt::Debug for AttributeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A value may be a password: its length only.
        match self {
            Self::String(s) => write!(f, "String(<{} chars>)", s.chars().count()),
            Self::Integer(i) => write!(f, "Integer({i})"),
            Self::Boolean(b) => write!(f, "Boolean({b})"),
        }
    }
}

impl From<&str> for AttributeValue {
    fn from(v: &str) -> Self {
        Self::String(v.to_owned())
    }
}
impl From<String> for AttributeValue {
    fn from(v: String) -> Self {
        Self::String(v)
    }
}
impl From<i64> for AttributeValue {
    fn from(v: i64) -> Self {
        Self::Integer(v)
    }
}
impl From<i32> for AttributeValue {
    fn from(v: i32) -> Self {
        Self::Integer(v.into())
    }
}
impl From<bool> for AttributeValue {
    fn from(v: bool) -> Self {
        Self::Boolean(v)
    }
}

/// BIOS attribute changes, in order (a later `set` of a name replaces the earlier one).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct BiosSettings {
    changes: Vec<(String, AttributeValue)>,
}

impl BiosSettings {
    /// No changes.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets attribute `name` to `value`.
    pub fn set(mut self, name: impl Into<String>, value: impl Into<AttributeValue>) -> Self {
        let name = name.into();
        self.changes.retain(|(n, _)| *n != name);
        self.changes.push((name, value.into()));
        self
    }

    /// The changes.
    pub fn changes(&self) -> &[(String, AttributeValue)] {
        &self.changes
    }

    /// Checks every change against the registry's attribute: known name, writable, right
    /// type, one of the allowed values, within bounds.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidValue`] for the first change that does not fit.
    pub fn check(&self, uri: &ODataId, registry: &AttributeRegistry) -> Result<()> {
        let entries: &[Attributes] = registry
            .registry_entries
            .as_ref()
            .and_then(|e| e.attributes.as_deref())
            .unwrap_or_default();
        for (name, value) in &self.changes {
            let shown = match value {
                // A string may be a password: not shown.
                AttributeValue::String(_) => "the string value".to_owned(),
                AttributeValue::Integer(i) => i.to_string(),
                AttributeValue::Boolean(b) => b.to_string(),
            };
            let refuse = |reason: String, allowed: Vec<String>| Error::InvalidValue {
                uri: uri.to_string(),
                property: format!("Attributes/{name}"),
                reason: format!("{shown}: {reason}"),
                allowed,
            };
            let Some(def) = entries
                .iter()
                .find(|a| a.attribute_name.as_deref() == Some(name.as_str()))
            else {
                return Err(refuse(
                    "not an attribute of the BIOS AttributeRegistry".into(),
                    Vec::new(),
                ));
            };
            if def.read_only == Some(true) || def.immutable == Some(true) {
                return Err(refuse("read-only attribute".into(), Vec::new()));
            }
            match (&def.r#type, value) {
                (Some(AttributeType::Enumeration), AttributeValue::String(s)) => {
                    let allowed: Vec<String> = def
                        .value
                        .as_deref()
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|v| v.value_name.clone())
                        .collect();
                    if !allowed.is_empty() && !allowed.contains(s) {
                        return Err(refuse("not an allowed value".into(), allowed));
                    }
                }
                (
                    Some(AttributeType::String | AttributeType::Password),
                    AttributeValue::String(s),
                ) => {
                    let len = s.chars().count() as i64;
                    if def.min_length.is_some_and(|m| len < m)
                        || def.max_length.is_some_and(|m| len > m)
                    {
                        return Err(refuse(
                            format!(
                                "length must be within {:?}..={:?}",
                                def.min_length, def.max_length
                            ),
                            Vec::new(),
                        ));
                    }
                }
                (Some(AttributeType::Integer), AttributeValue::Integer(i)) => {
                    if def.lower_bound.is_some_and(|b| *i < b)
                        || def.upper_bound.is_some_and(|b| *i > b)
                    {
                        return Err(refuse(
                            format!(
                                "must be within {:?}..={:?}",
                                def.lower_bound, def.upper_bound
                            ),
                            Vec::new(),
                        ));
                    }
                }
                (Some(AttributeType::Boolean), AttributeValue::Boolean(_)) => {}
                (None, _) => {}
                (Some(t), _) => {
                    return Err(refuse(
                        format!("the attribute's type is {}", t.as_str()),
                        Vec::new(),
                    ));
                }
            }
        }
        Ok(())
    }

    fn to_body(&self) -> Value {
        let attrs: Map<String, Value> = self
            .changes
            .iter()
            .map(|(n, v)| (n.clone(), serde_json::to_value(v).unwrap_or(Value::Null)))
            .collect();
        json!({ "Attributes": attrs })
    }
}

impl Entity<ComputerSystem> {
    /// The system's `Bios` resource.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`], or as [`Client::get`](crate::Client::get).
    pub async fn bios(&self) -> Result<Entity<Bios>> {
        self.linked(&self.data().bios).await
    }
}

impl Entity<Bios> {
    /// The BIOS AttributeRegistry named by `AttributeRegistry`, found through the service
    /// root's `Registries` (the `MessageRegistryFile` whose `Registry` is that name, then its
    /// `Location`). `None` when the service does not publish it.
    ///
    /// # Errors
    ///
    /// Service or transport errors while reading the registries.
    pub async fn attribute_registry(&self) -> Result<Option<Entity<AttributeRegistry>>> {
        let Some(name) = self.data().attribute_registry.as_deref() else {
            return Ok(None);
        };
        let root = self.client().service_root().await?;
        if root.registries.is_none() {
            return Ok(None);
        }
        let files = self
            .client()
            .members::<MessageRegistryFile>(&root.registries)?
            .collect()
            .await?;
        // Registry names carry a version (`BiosAttributeRegistryP79.v1_0_0`); a file may name
        // it with or without.
        let base = |s: &str| s.split('.').next().unwrap_or(s).to_owned();
        let file = files.iter().find(|f| {
            f.registry
                .as_deref()
                .is_some_and(|r| r == name || base(r) == base(name))
        });
        let Some(uri) = file
            .and_then(|f| f.location.as_deref())
            .and_then(|l| l.iter().find_map(|l| l.uri.clone()))
        else {
            return Ok(None);
        };
        Ok(Some(self.client().get(&ODataId::new(uri)).await?))
    }

    /// Changes BIOS attributes through the settings object, applied at `apply`: checked
    /// first against the AttributeRegistry when the service publishes one (unknown names and
    /// bad values are refused before sending). Returns the settings object (the pending
    /// attributes).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidValue`], else as [`Entity::patch_settings`].
    pub async fn apply_attributes(
        &self,
        changes: &BiosSettings,
        apply: ApplyTime,
    ) -> Result<Entity<Bios>> {
        match self.attribute_registry().await? {
            Some(registry) => changes.check(self.odata_id(), &registry)?,
            None => tracing::warn!(
                bios = %self.odata_id(),
                "no AttributeRegistry published: BIOS attributes sent unchecked"
            ),
        }
        self.patch_settings(&changes.to_body(), apply).await
    }

    /// The settings object (the attributes waiting for the next reset), if the BIOS has one.
    ///
    /// # Errors
    ///
    /// As [`Client::get`](crate::Client::get).
    pub async fn pending(&self) -> Result<Option<Entity<Bios>>> {
        match self.data().settings().and_then(|s| s.settings_object) {
            Some(link) => Ok(Some(self.client().get::<Bios>(&link.odata_id).await?)),
            None => Ok(None),
        }
    }
}
