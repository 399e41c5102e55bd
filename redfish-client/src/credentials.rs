//! Credentials and authentication mode.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// A user name and password for a Redfish service.
///
/// The password is held in a [`SecretString`] (zeroed on drop) and never printed: `Debug`
/// shows the user name only.
///
/// ```
/// use redfish_client::Credentials;
/// let c = Credentials::new("admin", "hunter2");
/// assert_eq!(c.username(), "admin");
/// assert!(!format!("{c:?}").contains("hunter2"));
/// ```
#[derive(Clone)]
pub struct Credentials {
    username: String,
    password: SecretString,
}

impl Credentials {
    /// Credentials from a user name and a password.
    pub fn new(username: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            username: username.into(),
            password: SecretString::from(password.into()),
        }
    }

    /// The user name.
    pub fn username(&self) -> &str {
        &self.username
    }

    /// The password; only for building a request body or header.
    pub(crate) fn password(&self) -> &str {
        self.password.expose_secret()
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .finish()
    }
}

/// How the client authenticates each request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthMode {
    /// Log in once (`POST` to the `Sessions` collection) and send `X-Auth-Token`; log in again
    /// once, transparently, when the session expires. The default, as the spec recommends.
    #[default]
    Session,
    /// Send HTTP Basic authentication on every request (no session is created).
    Basic,
    /// Send no credentials (only the service root and a few public URIs will work).
    None,
}
