//! The one error type of the client.

use std::sync::Arc;
use std::time::Duration;

use redfish_model::{Message, RedfishError};
use reqwest::{Method, StatusCode};

/// A boxed error source (transport, TLS, I/O).
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong talking to a Redfish service.
///
/// Errors of a request name the service (`host`, `host:port` when the port is not the
/// scheme's default), the method and the URI (path and query on the service, never with
/// credentials), so that the logs of many services can be told apart. Use the predicates
/// ([`Error::is_not_found`], [`Error::status`], [`Error::has_message`], [`Error::host`])
/// rather than matching on variants where possible: new variants and fields may be added.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with an error status (other than 412).
    #[error("{host}: {method} {uri}: HTTP {status}{}{}", fmt_body(.body), fmt_attempts(*.attempts))]
    Service {
        /// HTTP status.
        status: StatusCode,
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// Request method.
        method: Method,
        /// Request URI (path and query).
        uri: String,
        /// The parsed Redfish error body, when the service sent one.
        body: Option<Box<RedfishError>>,
        /// `Retry-After` sent with the response, if any.
        retry_after: Option<Duration>,
        /// How many times the request was sent (1 without retries).
        attempts: u32,
    },
    /// `412 Precondition Failed`: the `If-Match` ETag no longer matches (someone else changed
    /// the resource) or the service refused the `OData-Version`.
    ///
    /// # A retried PATCH
    ///
    /// A PATCH with `If-Match` is repeated when the connection broke before the answer
    /// arrived (see [`RetryPolicy`](crate::RetryPolicy)). If the first attempt had reached
    /// the service and been applied, the ETag changed with it and the repeat gets this 412
    /// although the change *is* in place. [`Error::retried`] tells that case apart: re-read
    /// the resource before deciding whether to apply the change again.
    #[error("{host}: {method} {uri}: precondition failed (HTTP 412): the resource changed{}{}", fmt_body(.body), fmt_attempts(*.attempts))]
    PreconditionFailed {
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// The parsed Redfish error body, if any.
        body: Option<Box<RedfishError>>,
        /// How many times the request was sent; more than 1 means an earlier attempt may
        /// have been applied.
        attempts: u32,
    },
    /// The connection could not be made or broke (DNS, refused, reset, closed early).
    #[error("{host}: {method} {uri}: transport error{}", fmt_attempts(*.attempts))]
    Transport {
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// How many times the request was sent.
        attempts: u32,
        /// The cause.
        #[source]
        source: BoxError,
    },
    /// The request or connection timed out.
    #[error("{host}: {method} {uri}: timed out{}", fmt_attempts(*.attempts))]
    Timeout {
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// How many times the request was sent.
        attempts: u32,
        /// The cause.
        #[source]
        source: BoxError,
    },
    /// The TLS handshake failed: untrusted or mismatched certificate, pin mismatch, protocol.
    #[error("{host}: {method} {uri}: TLS handshake failed")]
    Tls {
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// The cause (usually a `rustls::Error`).
        #[source]
        source: BoxError,
    },
    /// The response body is not the JSON expected.
    #[error("{host}: {uri}: cannot decode the response at `{path}`")]
    Decode {
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// Request URI.
        uri: String,
        /// Path of the offending value in the document (`.` for the document itself, e.g.
        /// invalid JSON or data after it).
        path: String,
        /// The cause.
        #[source]
        source: serde_json::Error,
    },
    /// The response body is larger than the client's limit
    /// ([`ClientBuilder::max_response_size`](crate::ClientBuilder::max_response_size)); it
    /// was not read further.
    #[error("{host}: {method} {uri}: response body larger than the limit of {limit} bytes")]
    BodyTooLarge {
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// The service redirected to another origin (scheme, host or port). The redirect was
    /// not followed, so no credential left the service's origin.
    #[error(
        "{host}: {method} {uri}: HTTP {status} redirect from {} to {} refused: credentials never leave their origin",
        .origins.from,
        .origins.to
    )]
    CrossOriginRedirect {
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// Request method.
        method: Method,
        /// Request URI.
        uri: String,
        /// The redirect status (301, 302, 303, 307, 308).
        status: StatusCode,
        /// The two origins (boxed: this variant is rare, every `Result` carries the size).
        origins: Box<RedirectOrigins>,
    },
    /// The work for one service did not finish within its deadline (see
    /// [`Fleet::timeout`](crate::fleet::Fleet::timeout)).
    #[error("{host}: not finished within {after:?}")]
    Deadline {
        /// The service, `host[:port]`.
        host: Arc<str>,
        /// The deadline.
        after: Duration,
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
        /// The values the service (or the schema) allows, when it says; empty otherwise.
        allowed: Vec<String>,
    },
    /// A property value the service does not take, refused before sending: not in its
    /// `@Redfish.AllowableValues`, or (for BIOS attributes) not in the AttributeRegistry.
    #[error("{uri}: {property}: {reason}")]
    InvalidValue {
        /// The resource the value was meant for.
        uri: String,
        /// The property or attribute.
        property: String,
        /// What is wrong, with the value refused (passwords excepted).
        reason: String,
        /// The values allowed, when known.
        allowed: Vec<String>,
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
    /// A resource did not reach the expected state in time (e.g. `PowerState` after a
    /// power helper of [`crate::power`]).
    #[error("{uri}: {property} is not {expected} after {waited:?}")]
    StateTimeout {
        /// The resource polled.
        uri: String,
        /// The property polled, e.g. `PowerState`.
        property: String,
        /// The value waited for.
        expected: String,
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

/// `: code: message; id: text; ...`, the summary message once: most services repeat the
/// first extended message as `error.message`.
fn fmt_body(body: &Option<Box<RedfishError>>) -> String {
    use std::fmt::Write;
    let Some(e) = body.as_ref().and_then(|b| b.error.as_ref()) else {
        return String::new();
    };
    let mut out = String::new();
    match (&e.code, &e.message) {
        (Some(c), Some(m)) => {
            let _ = write!(out, ": {c}: {m}");
        }
        (Some(c), None) => {
            let _ = write!(out, ": {c}");
        }
        (None, Some(m)) => {
            let _ = write!(out, ": {m}");
        }
        (None, None) => {}
    }
    for (i, m) in e.extended_info.iter().flatten().enumerate() {
        let repeated = i == 0 && m.message.is_some() && m.message == e.message;
        match (&m.message_id, repeated) {
            (Some(id), true) => {
                let _ = write!(out, "; {id}");
            }
            (None, true) => {}
            (_, false) => {
                let _ = write!(out, "; {m}");
            }
        }
    }
    out
}

/// The origins of a refused redirect ([`Error::CrossOriginRedirect`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RedirectOrigins {
    /// The service's origin, e.g. `https://bmc.example`.
    pub from: String,
    /// The origin of the `Location`, e.g. `http://other.example:8080`.
    pub to: String,
}

fn fmt_attempts(attempts: u32) -> String {
    if attempts > 1 {
        format!(" (after {attempts} attempts)")
    } else {
        String::new()
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
        matches!(
            self,
            Self::Timeout { .. }
                | Self::TaskTimeout { .. }
                | Self::StateTimeout { .. }
                | Self::Deadline { .. }
        )
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

    /// The service the error comes from (`host[:port]`), for errors of a request.
    pub fn host(&self) -> Option<&str> {
        match self {
            Self::Service { host, .. }
            | Self::PreconditionFailed { host, .. }
            | Self::Transport { host, .. }
            | Self::Timeout { host, .. }
            | Self::Tls { host, .. }
            | Self::Decode { host, .. }
            | Self::BodyTooLarge { host, .. }
            | Self::CrossOriginRedirect { host, .. }
            | Self::Deadline { host, .. } => Some(host),
            _ => None,
        }
    }

    /// How many times the failed request was sent (1 when it was not retried), for errors
    /// of a request that reached the point of sending.
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Self::Service { attempts, .. }
            | Self::PreconditionFailed { attempts, .. }
            | Self::Transport { attempts, .. }
            | Self::Timeout { attempts, .. } => Some(*attempts),
            _ => None,
        }
    }

    /// `true` when the request was sent more than once. For a PATCH ending in
    /// [`Error::PreconditionFailed`] this means an earlier attempt may have been applied:
    /// re-read the resource before deciding.
    pub fn retried(&self) -> bool {
        self.attempts().is_some_and(|n| n > 1)
    }

    /// The origins of a refused cross-origin redirect: (service, `Location`).
    pub fn redirect_origins(&self) -> Option<(&str, &str)> {
        match self {
            Self::CrossOriginRedirect { origins, .. } => Some((&origins.from, &origins.to)),
            _ => None,
        }
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
            host: Arc::from("bmc7.example:8443"),
            method: Method::PATCH,
            uri: "/redfish/v1/Chassis/1".into(),
            body: Some(Box::new(serde_json::from_str(json).unwrap())),
            retry_after: None,
            attempts: 1,
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
            host: Arc::from("h"),
            method: Method::PATCH,
            uri: "/x".into(),
            body: None,
            attempts: 1,
        };
        assert!(pf.is_precondition_failed() && !pf.retried());
        assert_eq!(pf.status(), Some(StatusCode::PRECONDITION_FAILED));
        assert!(!pf.is_not_found());
    }

    #[test]
    fn display_names_the_host_and_says_the_message_once() {
        let e = service_error(
            r##"{"error": {"code": "Base.1.8.GeneralError",
            "message": "The property Foo is not in the list of valid properties.",
            "@Message.ExtendedInfo": [{"MessageId": "Base.1.8.PropertyUnknown",
            "Message": "The property Foo is not in the list of valid properties."},
            {"MessageId": "Base.1.8.PropertyNotWritable", "Message": "Bar is read-only."}]}}"##,
            StatusCode::BAD_REQUEST,
        );
        let text = e.to_string();
        assert!(
            text.starts_with("bmc7.example:8443: PATCH /redfish/v1/Chassis/1: HTTP 400"),
            "{text}"
        );
        assert_eq!(text.matches("is not in the list").count(), 1, "{text}");
        assert!(text.contains("Base.1.8.PropertyUnknown"), "{text}");
        assert!(text.contains("Bar is read-only."), "{text}");
        assert_eq!(e.host(), Some("bmc7.example:8443"));
    }

    #[test]
    fn errors_stay_small() {
        // Every `Result` of the client (and of the crates embedding its error) carries it.
        assert!(
            std::mem::size_of::<Error>() <= 104,
            "{}",
            std::mem::size_of::<Error>()
        );
    }

    #[test]
    fn a_retried_precondition_failure_says_so() {
        let pf = Error::PreconditionFailed {
            host: Arc::from("h"),
            method: Method::PATCH,
            uri: "/x".into(),
            body: None,
            attempts: 2,
        };
        assert!(pf.retried());
        assert_eq!(pf.attempts(), Some(2));
        assert!(pf.to_string().contains("after 2 attempts"), "{pf}");
    }
}
