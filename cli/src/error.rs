//! The CLI's errors and their exit codes (documented in `--help` and the README).

use redfish_client::Error as ClientError;
use serde_json::{Value, json};

/// Exit code: the service refused or failed the request.
pub const EXIT_SERVICE: u8 = 1;
/// Exit code: usage error.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: TLS or authentication failure.
pub const EXIT_TLS_AUTH: u8 = 3;
/// Exit code: some hosts of a fleet run failed.
pub const EXIT_PARTIAL: u8 = 4;

/// Everything a command can fail with.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Bad arguments, configuration or input files.
    #[error("{0}")]
    Usage(String),
    /// A request failed.
    #[error(transparent)]
    Client(#[from] ClientError),
    /// An HPE iLO operation failed.
    #[error(transparent)]
    Ilo(#[from] hpe_oem::Error),
    /// A rack-manager operation failed.
    #[error(transparent)]
    Rack(#[from] ocp_rmc::Error),
    /// The service answered but the outcome is a failure (a failed check, a missing
    /// resource the command needs).
    #[error("{0}")]
    Failed(String),
    /// A check ran and failed: its report is printed (as the output options ask), then the
    /// error.
    #[error("{message}")]
    Check {
        /// The report.
        output: Box<crate::output::Output>,
        /// What failed.
        message: String,
    },
    /// Writing the output failed.
    #[error("output: {0}")]
    Output(#[from] std::io::Error),
    /// Fleet mode: some hosts failed (each was reported already).
    #[error("{failed} of {total} hosts failed")]
    Partial {
        /// Hosts that failed.
        failed: usize,
        /// Hosts in the run.
        total: usize,
    },
}

impl CliError {
    /// The client error underneath, if any.
    pub fn client(&self) -> Option<&ClientError> {
        match self {
            Self::Client(e) => Some(e),
            Self::Ilo(e) => e.client_error(),
            Self::Rack(e) => e.redfish(),
            _ => None,
        }
    }

    /// The documented exit code.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Usage(_) => EXIT_USAGE,
            Self::Partial { .. } => EXIT_PARTIAL,
            _ => match self.client() {
                Some(e) if is_tls_or_auth(e) => EXIT_TLS_AUTH,
                Some(ClientError::InvalidInput(_)) => EXIT_USAGE,
                _ => EXIT_SERVICE,
            },
        }
    }

    /// The error as one JSON object: host, method, URI, status and messages when known.
    pub fn to_json(&self) -> Value {
        let mut v = json!({ "error": self.to_string(), "exit_code": self.exit_code() });
        if let Some(e) = self.client() {
            if let Some(host) = e.host() {
                v["host"] = json!(host);
            }
            if let Some((method, uri)) = method_uri(e) {
                v["method"] = json!(method);
                v["uri"] = json!(uri);
            }
            if let Some(status) = e.status() {
                v["status"] = json!(status.as_u16());
            }
            let messages: Vec<Value> = e
                .messages()
                .iter()
                .map(|m| {
                    json!({
                        "MessageId": m.message_id.as_ref().map(|i| i.as_str()),
                        "Message": m.message,
                        "Resolution": m.resolution,
                    })
                })
                .collect();
            if !messages.is_empty() {
                v["messages"] = Value::Array(messages);
            }
        }
        v
    }

    /// Prints the error on stderr: the message (which names host, method, URI, status and
    /// the Redfish messages once), the resolutions, and the causes; as JSON when asked.
    pub fn report(&self, as_json: bool) {
        if matches!(self, Self::Partial { .. }) {
            // Each host's failure was printed with the fleet report.
            eprintln!("error: {self}");
            return;
        }
        if as_json {
            eprintln!("{}", self.to_json());
            return;
        }
        eprintln!("error: {self}");
        if let Some(e) = self.client() {
            for m in e.messages() {
                if let Some(r) = m.resolution.as_deref().filter(|r| !r.is_empty()) {
                    eprintln!("  resolution: {r}");
                }
            }
        }
        let mut source = std::error::Error::source(self);
        // `transparent` variants share the message of their source: start below it.
        if matches!(self, Self::Client(_) | Self::Ilo(_) | Self::Rack(_)) {
            source = source.and_then(std::error::Error::source);
        }
        let mut last = self.to_string();
        while let Some(s) = source {
            let text = s.to_string();
            if !last.contains(&text) {
                eprintln!("  caused by: {text}");
            }
            last = text;
            source = s.source();
        }
    }
}

/// TLS handshake failures and refused credentials (exit 3).
pub fn is_tls_or_auth(e: &ClientError) -> bool {
    e.is_tls() || e.is_unauthorized() || matches!(e, ClientError::Auth(_))
}

/// Method and URI of a request error.
fn method_uri(e: &ClientError) -> Option<(String, String)> {
    match e {
        ClientError::Service { method, uri, .. }
        | ClientError::PreconditionFailed { method, uri, .. }
        | ClientError::Transport { method, uri, .. }
        | ClientError::Timeout { method, uri, .. }
        | ClientError::Tls { method, uri, .. }
        | ClientError::BodyTooLarge { method, uri, .. }
        | ClientError::CrossOriginRedirect { method, uri, .. } => {
            Some((method.to_string(), uri.clone()))
        }
        _ => None,
    }
}
