//! The one error type of the client.

use std::time::Duration;

use redfish_model::{Message, RedfishError};
use reqwest::{Method, StatusCode};

/// A boxed error source (transport, TLS, I/O).
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong talking to a Redfish service.
///
/// URIs in errors are the path (and query) on the service, never with credentials. Use the
/// predicates ([`Error::is_not_found`], [`Error::status`], [`Error::has_message`]) rather than
/// matching on variants where possible: new variants may be added.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status (other than 412).
    #[error("{method} {uri}: HTTP {status}{}", fmt_body(.body))]
    Service {
        /// HTTP status.
        status: StatusCode,
        /// Request method.
        method: Method,
        /// Request URI (path and query).
        uri: String,
        /// The parsed Redfish error body, when the service sent one.
        body: Option<Box<RedfishError>>,
        /// `Retry-After` sent with the response, if any.
        retry_after: Option<Duration>,
    },
    /// `412 Precondition Failed`: the `If-Match` ETag no longer matches (someone else changed
    /// the resource) or the service refused the `OData-Version`.
    #[error("{method} {uri}: precondition failed (HTTP 412): the resource changed{}", fmt_body(.body))]
    PreconditionFailed {
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// The parsed Redfish error body, if any.
        body: Option<Box<RedfishError>>,
    },
    /// The connection could not be made or broke (DNS, refused, reset, closed early).
    #[error("{method} {uri}: transport error")]
    Transport {
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// The cause.
        #[source]
        source: BoxError,
    },
    /// The request or connection timed out.
    #[error("{method} {uri}: timed out")]
    Timeout {
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// The cause.
        #[source]
        source: BoxError,
    },
    /// The TLS handshake failed: untrusted or mismatched certificate, pin mismatch, protocol.
    #[error("{uri}: TLS handshake failed")]
    Tls {
        /// Request URI.
        uri: String,
        /// The cause (usually a `rustls::Error`).
        #[source]
        source: BoxError,
    },
    /// The response body is not the JSON expected.
    #[error("{uri}: cannot decode the response at `{path}`")]
    Decode {
        /// Request URI.
        uri: String,
        /// Path of the offending value in the document (`.` when the JSON itself is invalid).
        path: String,
        /// The cause.
        #[source]
        source: serde_json::Error,
    },
    /// Login failed or the service gave no usable session.
    #[error("authentication failed: {0}")]
    Auth(String),
    /// The client was configured or called wrongly (bad URL, bad argument, missing link).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// A link the operation needs is absent from the resource.
    #[error("{uri}: no link `{link}`")]
    MissingLink {
        /// The resource searched.
        uri: String,
        /// The property (JSON pointer) that should hold the link.
        link: String,
    },
    /// The resource does not advertise the action.
    #[error("{uri}: action `{action}` is not supported")]
    ActionNotSupported {
        /// The resource searched.
        uri: String,
        /// The action name, e.g. `#ComputerSystem.Reset`.
        action: String,
    },
    /// An action parameter is missing or has a value the service does not allow
    /// (checked against `@Redfish.ActionInfo` / `@Redfish.AllowableValues` before sending).
    #[error("action `{action}`: parameter `{parameter}`: {reason}")]
    InvalidParameter {
        /// The action name.
        action: String,
        /// The parameter.
        parameter: String,
        /// What is wrong, including the allowed values when known.
        reason: String,
    },
    /// A task ended in `Exception`, `Killed` or `Cancelled`, or its monitor returned an error.
    #[error("task {uri} failed (state {state}){}", fmt_messages(.messages))]
    TaskFailed {
        /// The task monitor URI.
        uri: String,
        /// The final `TaskState` as sent.
        state: String,
        /// The task's `Messages`.
        messages: Vec<Message>,
    },
    /// A task did not finish within the configured maximum wait.
    #[error("task {uri} still running after {waited:?}")]
    TaskTimeout {
        /// The task monitor URI.
        uri: String,
        /// Time spent waiting between polls.
        waited: Duration,
    },
    /// A certificate or CSR could not be parsed or failed a check.
    #[error("certificate: {0}")]
    Certificate(String),
    /// A local file could not be read.
    #[error("{path}: I/O error")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
}

fn fmt_body(body: &Option<Box<RedfishError>>) -> String {
    match body {
        Some(b) => format!(": {b}"),
        None => String::new(),
    }
}

fn fmt_messages(m: &[Message]) -> String {
    if m.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = m.iter().map(ToString::to_string).collect();
    format!(": {}", parts.join("; "))
}

impl Error {
    /// The HTTP status, for errors the service answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Service { status, .. } => Some(*status),
            Self::PreconditionFailed { .. } => Some(StatusCode::PRECONDITION_FAILED),
            _ => None,
        }
    }

    /// The parsed Redfish error body, if any.
    pub fn redfish_error(&self) -> Option<&RedfishError> {
        match self {
            Self::Service { body, .. } | Self::PreconditionFailed { body, .. } => body.as_deref(),
            _ => None,
        }
    }

    /// The `@Message.ExtendedInfo` messages (or a task's messages).
    pub fn messages(&self) -> &[Message] {
        match self {
            Self::TaskFailed { messages, .. } => messages,
            _ => self
                .redfish_error()
                .map(RedfishError::messages)
                .unwrap_or(&[]),
        }
    }

    /// The `MessageId`s of [`Error::messages`] plus `error.code`.
    pub fn message_ids(&self) -> Vec<&str> {
        let code = self
            .redfish_error()
            .and_then(|e| e.error.as_ref())
            .and_then(|e| e.code.as_ref())
            .map(|c| c.as_str());
        code.into_iter()
            .chain(
                self.messages()
                    .iter()
                    .filter_map(|m| m.message_id.as_ref().map(|i| i.as_str())),
            )
            .collect()
    }

    /// `true` when a message (or the error code) has this registry key, whatever the
    /// registry version (e.g. `"PropertyValueNotInList"`).
    pub fn has_message(&self, key: &str) -> bool {
        match self {
            Self::TaskFailed { messages, .. } => messages
                .iter()
                .any(|m| m.message_id.as_ref().is_some_and(|id| id.key() == key)),
            _ => self.redfish_error().is_some_and(|e| e.has_message(key)),
        }
    }

    /// HTTP 404 or 410.
    pub fn is_not_found(&self) -> bool {
        matches!(
            self.status(),
            Some(StatusCode::NOT_FOUND | StatusCode::GONE)
        )
    }

    /// HTTP 401.
    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(StatusCode::UNAUTHORIZED) || matches!(self, Self::Auth(_))
    }

    /// HTTP 403.
    pub fn is_forbidden(&self) -> bool {
        self.status() == Some(StatusCode::FORBIDDEN)
    }

    /// HTTP 412: the ETag sent in `If-Match` is stale.
    pub fn is_precondition_failed(&self) -> bool {
        matches!(self, Self::PreconditionFailed { .. })
    }

    /// HTTP 409.
    pub fn is_conflict(&self) -> bool {
        self.status() == Some(StatusCode::CONFLICT)
    }

    /// HTTP 503.
    pub fn is_unavailable(&self) -> bool {
        self.status() == Some(StatusCode::SERVICE_UNAVAILABLE)
    }

    /// A timeout (request, connect or task wait).
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Timeout { .. } | Self::TaskTimeout { .. })
    }

    /// A transport failure (no HTTP response).
    pub fn is_transport(&self) -> bool {
        matches!(self, Self::Transport { .. })
    }

    /// A TLS failure.
    pub fn is_tls(&self) -> bool {
        matches!(self, Self::Tls { .. })
    }

    /// A response that could not be decoded.
    pub fn is_decode(&self) -> bool {
        matches!(self, Self::Decode { .. })
    }
}

/// `Result` with the client's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    fn service_error(json: &str, status: StatusCode) -> Error {
        Error::Service {
            status,
            method: Method::PATCH,
            uri: "/redfish/v1/Chassis/1".into(),
            body: Some(Box::new(serde_json::from_str(json).unwrap())),
            retry_after: None,
        }
    }

    #[test]
    fn service_error_exposes_extended_info() {
        let e = service_error(
            r##"{"error": {"code": "Base.1.8.GeneralError", "message": "See ExtendedInfo",
            "@Message.ExtendedInfo": [{"MessageId": "Base.1.8.PropertyValueNotInList",
            "Message": "bad", "Resolution": "fix it", "Severity": "Warning"}]}}"##,
            StatusCode::BAD_REQUEST,
        );
        assert_eq!(e.status(), Some(StatusCode::BAD_REQUEST));
        assert!(e.has_message("PropertyValueNotInList"));
        assert!(!e.has_message("Success"));
        assert_eq!(
            e.message_ids(),
            vec!["Base.1.8.GeneralError", "Base.1.8.PropertyValueNotInList"]
        );
        assert_eq!(e.messages()[0].resolution.as_deref(), Some("fix it"));
        let text = e.to_string();
        assert!(text.contains("PATCH /redfish/v1/Chassis/1"), "{text}");
        assert!(text.contains("PropertyValueNotInList"), "{text}");
    }

    #[test]
    fn predicates_follow_status() {
        let nf = service_error(r#"{"error": {}}"#, StatusCode::NOT_FOUND);
        assert!(nf.is_not_found() && !nf.is_conflict() && !nf.is_precondition_failed());
        let gone = service_error(r#"{"error": {}}"#, StatusCode::GONE);
        assert!(gone.is_not_found());
        let pf = Error::PreconditionFailed {
            method: Method::PATCH,
            uri: "/x".into(),
            body: None,
        };
        assert!(pf.is_precondition_failed());
        assert_eq!(pf.status(), Some(StatusCode::PRECONDITION_FAILED));
        assert!(!pf.is_not_found());
    }
}
