//! `Message` and the Redfish error response (`redfish-error` schema).

use std::fmt;

use serde_json::Value;

use crate::diagnostics::{Diagnose, Diagnostic};

/// Message severity: the DMTF `Message` schema types `MessageSeverity` as `Resource.Health`,
/// so this is the same type as [`Health`](crate::resource::Health).
pub type MessageSeverity = crate::resource::Health;

crate::redfish_struct! {
    /// `Message.Message`: one message of `@Message.ExtendedInfo`, a Task or a settings
    /// object (DMTF schema `Message` v1_3_0; hand-written to keep `MessageId` typed and the
    /// arguments as sent: services send numbers there too). Resolve its text with
    /// [`registry`](crate::registry).
    pub struct Message {
        /// `Registry.Major.Minor.Key`, e.g. `Base.1.8.PropertyValueNotInList`. Required.
        "MessageId" => message_id: MessageId [required],
        /// The human-readable text (often absent on iLO; resolve it from the registry).
        "Message" => message: String,
        /// Arguments substituted into the registry text.
        "MessageArgs" => message_args: Vec<Value>,
        /// JSON pointers to the properties the message is about.
        "RelatedProperties" => related_properties: Vec<String>,
        /// Severity (v1_1_0+).
        "MessageSeverity" => message_severity: MessageSeverity,
        /// Severity (deprecated string form).
        "Severity" => severity: String,
        /// Suggested resolution.
        "Resolution" => resolution: String,
        /// The recommended steps to resolve the situation (v1_2_0+).
        "ResolutionSteps" => resolution_steps: Vec<crate::resolution_step::ResolutionStep>,
        /// The authentication service of the account the message is about (v1_3_0+).
        "UserAuthenticationSource" => user_authentication_source: String,
        /// The account the message is about (v1_3_0+).
        "Username" => username: String,
        /// OEM extensions.
        "Oem" => oem: crate::Oem,
    }
}

impl Message {
    /// The severity, from `MessageSeverity` or the deprecated `Severity`.
    pub fn effective_severity(&self) -> Option<MessageSeverity> {
        self.message_severity
            .clone()
            .or_else(|| self.severity.as_deref().map(MessageSeverity::from))
    }
}

impl Message {
    /// This message resolved against `registry`: the registry text with `MessageArgs` filled
    /// in, severity and resolution (see [`registry`](crate::registry) for the matching rule).
    ///
    /// ```
    /// use redfish_model::{Message, registry::Registry};
    /// let m: Message = serde_json::from_str(
    ///     r#"{"MessageId": "Base.1.22.PropertyValueNotInList", "MessageArgs": ["Fast", "PowerMode"]}"#,
    /// ).unwrap();
    /// let text = m.resolve(&Registry::new()).unwrap().message;
    /// assert!(text.starts_with("The value 'Fast' for the property PowerMode"));
    /// ```
    pub fn resolve(
        &self,
        registry: &crate::registry::Registry,
    ) -> Option<crate::registry::ResolvedMessage> {
        registry.resolve(self)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.message_id, &self.message) {
            (Some(id), Some(m)) => write!(f, "{id}: {m}"),
            (Some(id), None) => write!(f, "{id}"),
            (None, Some(m)) => f.write_str(m),
            (None, None) => f.write_str("(empty message)"),
        }
    }
}

/// A message identifier `Registry.Major.Minor.Key` (e.g. `iLO.2.15.PropertyValueBadParam`).
///
/// Match on [`MessageId::registry`] and [`MessageId::key`]; versions differ between
/// firmware releases.
///
/// ```
/// use redfish_model::message::MessageId;
/// let id = MessageId::new("iLO.2.15.PropertyValueBadParam");
/// assert_eq!(id.registry(), "iLO");
/// assert_eq!(id.version(), Some("2.15"));
/// assert_eq!(id.key(), "PropertyValueBadParam");
/// assert!(id.is("iLO", "PropertyValueBadParam"));
/// assert_eq!(MessageId::new("Base.1.0.GeneralError").key(), "GeneralError");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct MessageId(pub String);

impl MessageId {
    /// Wraps an identifier.
    pub fn new(s: impl Into<String>) -> Self {
        Self(s.into())
    }
    /// The identifier as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The registry prefix (`Base`, `iLO`, `TaskEvent`, ...).
    pub fn registry(&self) -> &str {
        self.0.split('.').next().unwrap_or("")
    }
    /// The message key (last segment).
    pub fn key(&self) -> &str {
        self.0.rsplit('.').next().unwrap_or("")
    }
    /// The registry version between prefix and key (`1.0`, `2.15`), if present.
    pub fn version(&self) -> Option<&str> {
        let first = self.0.find('.')?;
        let last = self.0.rfind('.')?;
        (last > first).then(|| &self.0[first + 1..last])
    }
    /// `true` when registry and key match, whatever the version.
    pub fn is(&self, registry: &str, key: &str) -> bool {
        self.registry() == registry && self.key() == key
    }
}

impl fmt::Display for MessageId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Diagnose for MessageId {
    fn diagnose(&self, _path: &str, _out: &mut Vec<Diagnostic>) {}
}

crate::redfish_struct! {
    /// The `error` object of a Redfish error response.
    pub struct ErrorBody {
        /// A `MessageId` summarising the error, e.g. `Base.1.0.GeneralError`.
        "code" => code: MessageId,
        /// A human-readable summary.
        "message" => message: String,
        /// The detailed messages.
        "@Message.ExtendedInfo" => extended_info: Vec<Message>,
    }
}

crate::redfish_struct! {
    /// A Redfish error response: `{"error": {"code", "message", "@Message.ExtendedInfo"}}`.
    ///
    /// HPE iLO also wraps *successful* action results in this shape
    /// (`iLO.0.10.ExtendedInfo` + `Base.1.17.Success`): decide success by HTTP status.
    pub struct RedfishError {
        /// The error object.
        "error" => error: ErrorBody,
    }
}

impl RedfishError {
    /// The extended messages (empty when none).
    pub fn messages(&self) -> &[Message] {
        self.error
            .as_ref()
            .and_then(|e| e.extended_info.as_deref())
            .unwrap_or(&[])
    }

    /// `true` when `error.code` or an extended message has this registry key.
    pub fn has_message(&self, key: &str) -> bool {
        self.error
            .as_ref()
            .and_then(|e| e.code.as_ref())
            .is_some_and(|c| c.key() == key)
            || self
                .messages()
                .iter()
                .any(|m| m.message_id.as_ref().is_some_and(|id| id.key() == key))
    }
}

impl fmt::Display for RedfishError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(e) = &self.error else {
            return f.write_str("(no error object)");
        };
        match (&e.code, &e.message) {
            (Some(c), Some(m)) => write!(f, "{c}: {m}")?,
            (Some(c), None) => write!(f, "{c}")?,
            (None, Some(m)) => f.write_str(m)?,
            (None, None) => f.write_str("(empty error)")?,
        }
        for m in self.messages() {
            write!(f, "; {m}")?;
        }
        Ok(())
    }
}
