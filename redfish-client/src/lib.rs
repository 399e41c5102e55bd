//! Async Redfish client (reqwest + rustls/ring): sessions, TLS policy, ETags, tasks, actions.
//!
//! One [`Client`] talks to one Redfish service (a BMC, a rack manager); it is cheap to clone
//! and many can share one [`Transport`] (connection pool), so a process can manage
//! thousands of services.
//!
//! - **Connection and auth** ([`ClientBuilder`]): session login discovered from the
//!   service root (`Links.Sessions`), `X-Auth-Token` on every request, one transparent
//!   re-login when a session expires, explicit [`Client::logout`]; or HTTP Basic. TLS is
//!   verified against the platform trust store by default; trust a private CA
//!   ([`ClientBuilder::add_root_certificate_pem`]), pin a self-signed certificate
//!   ([`ClientBuilder::pin_certificate_sha256`]) or, explicitly,
//!   [`ClientBuilder::danger_accept_invalid_certs`]. Passwords and tokens never appear in
//!   `Debug`, `Display`, logs or errors.
//! - **Requests**: typed [`Client::get`]/[`Client::fetch`] into the `redfish-model` types,
//!   navigation by links ([`Entity`], e.g. `root.systems()?`), collections with paging and
//!   bounded concurrency ([`Members`]), query options ([`Query`]), PATCH with `If-Match`
//!   ([`Entity::patch`]), actions validated against `@Redfish.ActionInfo`
//!   ([`ActionCall`]), task monitors ([`TaskMonitor`]).
//! - **Reliability**: a [`RetryPolicy`] for idempotent requests (503 with `Retry-After`,
//!   transport errors), a per-service concurrency limit, timeouts.
//! - **Helpers**: certificates ([`certificates`]: GenerateCSR, ReplaceCertificate,
//!   install, read and check), firmware update ([`update`]: SimpleUpdate, multipart HTTP
//!   push streamed from disk with progress), resets and logs ([`Entity`] methods).
//!
//! # Example
//!
//! ```no_run
//! use futures_util::TryStreamExt;
//! use redfish_client::Client;
//!
//! # async fn run() -> redfish_client::Result<()> {
//! let client = Client::builder("https://bmc.example.net")
//!     .credentials("admin", "password")
//!     .build()?;
//! let root = client.service_root().await?;
//! let mut systems = root.systems()?.stream();
//! while let Some(system) = systems.try_next().await? {
//!     println!("{} power {:?}", system.odata_id(), system.power_state);
//! }
//! client.logout().await?;
//! # Ok(()) }
//! ```
//!
//! # Errors
//!
//! Every fallible call returns [`Error`], which carries the HTTP status, method, URI and
//! the parsed `@Message.ExtendedInfo` of service errors, and separates transport, timeout,
//! TLS and decode failures.

pub mod action;
mod builder;
pub mod certificates;
mod client;
pub mod collection;
mod credentials;
pub mod entity;
pub mod error;
pub mod fleet;
mod navigation;
mod redact;
mod request;
mod response;
pub mod retry;
mod session;
pub mod sleep;
pub mod task;
pub mod tls;
mod transport;
pub mod update;

pub use action::{ActionCall, ActionResponse};
pub use builder::{ClientBuilder, DEFAULT_MAX_RESPONSE_SIZE, RedirectPolicy};
pub use client::Client;
pub use collection::{Created, Expand, MemberFailure, Members, PartialMembers, Query};
pub use credentials::{AuthMode, Credentials};
pub use entity::Entity;
pub use error::{Error, RedirectOrigins, Result};
pub use fleet::Fleet;
pub use response::Response;
pub use retry::RetryPolicy;
pub use sleep::{Sleep, TokioSleep};
pub use task::{TaskMonitor, TaskOutcome, TaskPolicy, TaskPoll};
pub use tls::{Fingerprint, TlsPolicy};
pub use transport::{Transport, TransportBuilder};

/// The model crate, re-exported.
pub use redfish_model as model;
/// HTTP method (re-exported from `reqwest`).
pub use reqwest::Method;
/// HTTP status code (re-exported from `reqwest`).
pub use reqwest::StatusCode;
