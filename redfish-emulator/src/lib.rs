//! An embedded Redfish service for tests, examples and tool development.
//!
//! The emulator serves a Redfish tree over real HTTP or HTTPS on the loopback interface, with
//! the behaviours of a real BMC: authentication (HTTP Basic and sessions, roles), ETags and
//! `If-Match`, schema-checked PATCH with Base registry errors, paging and OData query options,
//! actions validated against their `ActionInfo`, tasks with task monitors, firmware update
//! (SimpleUpdate and multipart push), certificate management with real X.509 and PKCS#10, and
//! fault injection.
//!
//! Scenarios:
//! - [`Scenario::rack`]: an OCP OpenRMC v1.2 rack with a rack manager and N nodes;
//! - [`Scenario::ilo`] / [`Scenario::ilo7`]: an HPE iLO 6 / 7 with the HPE security service;
//! - [`Scenario::mockup`]: any DMTF mockup directory.
//!
//! # Example
//!
//! ```no_run
//! use std::time::Duration;
//! use redfish_emulator::{DEFAULT_ADMIN, Emulator, Fault, Scenario};
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let emu = Emulator::builder()
//!     .scenario(Scenario::rack(8))
//!     .https(true)
//!     .bind("127.0.0.1:0".parse()?)
//!     .session_timeout(Duration::from_secs(1800))
//!     .page_size(50)
//!     .time_scale(0.01)
//!     .start()
//!     .await?;
//! println!("service root: {}redfish/v1/", emu.base_url());
//! println!("log in as {} / {}", DEFAULT_ADMIN.user, DEFAULT_ADMIN.password);
//! // Trust emu.certificate_pem() as a root certificate in the client under test.
//! emu.inject("/redfish/v1/Systems", Fault::ServiceUnavailable { retry_after_secs: 1 }, Some(1));
//! assert_eq!(emu.resource("/redfish/v1/Chassis/Rack").unwrap()["ChassisType"], "Rack");
//! emu.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! # Default accounts
//!
//! Every scenario has [`DEFAULT_ADMIN`] (Administrator), [`DEFAULT_OPERATOR`] (Operator) and
//! [`DEFAULT_READONLY`] (ReadOnly).

mod actions;
mod auth;
mod behaviour;
mod certs;
mod create;
mod emulator;
mod events;
mod fault;
mod handler;
mod messages;
mod privileges;
mod query;
mod reply;
mod scenario;
mod schema;
mod server;
mod state;
mod tasks;
mod tls;
mod tree;
mod util;
mod vendor;

pub use auth::DEFAULT_MAX_SESSIONS;
pub use axum::http::Method;
pub use emulator::{
    DEFAULT_LOG_CAPACITY, Emulator, EmulatorBuilder, Error, Fleet, RunningEmulator,
};
pub use events::{EventType, RemoteDestinations, TestEvent};
pub use fault::Fault;
pub use scenario::Scenario;

/// A user name, password and role of a built-in account.
#[derive(Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Credentials {
    /// The `UserName`.
    pub user: &'static str,
    /// The password.
    pub password: &'static str,
    /// The `RoleId` (`Administrator`, `Operator` or `ReadOnly`).
    pub role: &'static str,
}

impl Credentials {
    /// Credentials of an account a test created.
    pub const fn new(user: &'static str, password: &'static str, role: &'static str) -> Self {
        Credentials {
            user,
            password,
            role,
        }
    }
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Even test passwords stay out of debug output, as the project's standards require.
        f.debug_struct("Credentials")
            .field("user", &self.user)
            .field("password", &"<redacted>")
            .field("role", &self.role)
            .finish()
    }
}

/// An account of a running service and its password ([`RunningEmulator::accounts`]).
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Account {
    /// The `UserName`.
    pub user: String,
    /// The password.
    pub password: String,
    /// The `RoleId`.
    pub role: String,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("user", &self.user)
            .field("password", &"<redacted>")
            .field("role", &self.role)
            .finish()
    }
}

/// `admin` / `admin-password`, role Administrator.
pub const DEFAULT_ADMIN: Credentials = Credentials {
    user: "admin",
    password: "admin-password",
    role: "Administrator",
};
/// `operator` / `operator-password`, role Operator.
pub const DEFAULT_OPERATOR: Credentials = Credentials {
    user: "operator",
    password: "operator-password",
    role: "Operator",
};
/// `readonly` / `readonly-password`, role ReadOnly.
pub const DEFAULT_READONLY: Credentials = Credentials {
    user: "readonly",
    password: "readonly-password",
    role: "ReadOnly",
};

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
