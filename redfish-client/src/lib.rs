//! Async Redfish client (reqwest + rustls): sessions, TLS policy, ETags, tasks, actions,
//! fleets.
//!
//! One [`Client`] talks to one Redfish service (a BMC, a rack manager); it is cheap to clone
//! and many share one [`Transport`] (connection pool, TLS configuration) while each keeps
//! its own certificate pin or CA, so a process can manage thousands of services; the
//! [`Fleet`] runner does that with bounds, deadlines and results per service.
//!
//! - **Connection and auth** ([`ClientBuilder`]): session login discovered from the
//!   service root (`Links.Sessions`), `X-Auth-Token` on every request, one transparent
//!   re-login when a session is rejected (the rejected one is deleted), explicit
//!   [`Client::logout`] and a background logout when the last clone is dropped; or HTTP
//!   Basic. TLS is verified against the platform trust store by default; trust a private
//!   CA ([`ClientBuilder::add_root_certificate_pem`]), pin a self-signed certificate
//!   ([`ClientBuilder::pin_certificate_sha256`]) or, explicitly,
//!   [`ClientBuilder::danger_accept_invalid_certs`]. Passwords and tokens never appear in
//!   `Debug`, `Display`, logs or errors.
//! - **Credentials stay at their origin**: redirects are followed only within the
//!   service's scheme, host and port ([`RedirectPolicy`]); a redirect elsewhere is
//!   [`Error::CrossOriginRedirect`]. No proxy is used unless asked for
//!   ([`ClientBuilder::proxy`], [`ClientBuilder::use_env_proxy`]): `HTTPS_PROXY` and
//!   friends are ignored by default.
//! - **Strict, bounded responses**: a body is one JSON document (trailing data is an
//!   [`Error::Decode`]) of at most [`ClientBuilder::max_response_size`] bytes (32 MiB by
//!   default, enforced while reading).
//! - **Requests**: one typed read, [`Client::get`], from a typed link
//!   (`client.get(&root.systems)`) or a URI with its type (`client.get::<Bios>(&id)`), with
//!   query options on the returned [`Get`]; the raw escape hatch [`Client::request`];
//!   navigation by links ([`Entity`], e.g. `root.systems()?`), collections with paging and
//!   bounded concurrency ([`Members`], [`Members::collect_partial`] to keep what could be
//!   read), query options ([`Query`]), PATCH with `If-Match` ([`Entity::patch`]), any typed
//!   action ([`Entity::invoke`] with the model's request types, checked against
//!   `@Redfish.ActionInfo` and `@Redfish.AllowableValues`), task monitors
//!   ([`TaskMonitor`]).
//! - **Reliability**: a [`RetryPolicy`] for idempotent requests (503 with `Retry-After`,
//!   transport errors), a per-service concurrency limit, timeouts, a per-service session
//!   budget ([`TransportBuilder::max_sessions_per_service`]).
//! - **Operability**: one `tracing` span `redfish_request` per request with `host`,
//!   `method`, `path`, `status`, `latency_ms` and `retries` (no secrets); bodies only with
//!   [`ClientBuilder::trace_bodies`], redacted, at `trace` level.
//! - **Events** ([`events`]): the SSE stream ([`Client::events`]) with `$filter`,
//!   reconnection with `Last-Event-ID`, idle timeout and bounded records; push
//!   subscriptions ([`Client::subscriptions`]), an optional listener for pushed events
//!   (feature `listener`), message resolution against the embedded and served registries
//!   ([`Client::message_resolver`]).
//! - **Daily tasks**, each in its module: [`power`] (on, off, restart, until `PowerState`
//!   says so), [`boot`] (one-time or continuous override checked against the allowable
//!   targets), [`virtual_media`] (insert and eject, by action or by the older PATCH),
//!   [`settings`] (`@Redfish.Settings` with apply time; BIOS attributes checked against
//!   the AttributeRegistry), [`accounts`] (create, change password, delete), [`sensors`]
//!   (one reading type from `Sensors`, `EnvironmentMetrics` or the legacy `Thermal` and
//!   `Power`), [`telemetry`] (metric reports), [`certificates`] (GenerateCSR,
//!   ReplaceCertificate, install, read and check), [`update`] (SimpleUpdate, multipart HTTP
//!   push streamed from disk with progress), resets and logs ([`Entity`] methods).
//!
//! # Reading and acting
//!
//! Every read is [`Client::get`]: give it a link of the model (the type comes from the link)
//! or a URI with the type, add query options, `.await` it; an [`Entity`] keeps the URI, the
//! ETag and the client, so links, PATCH and actions follow from it. Every action is
//! [`Entity::invoke`] with the model's request type of that action.
//!
//! ```no_run
//! use redfish_client::model::computer_system::ResetRequest;
//! use redfish_client::model::resource::ResetType;
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let root = client.service_root().await?;
//! let sessions = client.get(&root.session_service).await?;
//! let system = root.systems()?.find("1").await?;
//! let bios = client.get(&system.bios).select(["Attributes"]).await?;
//! system.invoke(ResetRequest::default().with_reset_type(ResetType::ForceRestart)).await?.wait().await?;
//! println!("{:?} {:?}", sessions.session_timeout, bios.attributes);
//! # Ok(()) }
//! ```
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
//! Every fallible call returns [`Error`], which names the service (`host[:port]`), and for
//! service errors the HTTP status, method, URI and the parsed `@Message.ExtendedInfo`; it
//! separates transport, timeout, TLS, decode, size and redirect failures, and says when a
//! request was retried ([`Error::retried`]).
//!
//! # Cargo features
//!
//! | Feature | Default | What it adds |
//! |---|---|---|
//! | `ring` | yes | rustls with the *ring* crypto provider |
//! | `aws-lc-rs` | no | rustls with *aws-lc-rs* (FIPS-capable builds); wins over `ring` when both are on |
//! | `http2` | yes | HTTP/2 (offered by ALPN); without it every connection is HTTP/1.1 |
//! | `multipart` | yes | the multipart HTTP push firmware update ([`update::PushUpdate`]) |
//! | `listener` | no | a server receiving pushed events (`events::listener::Listener`) |
//!
//! One provider is required. A minimal build:
//! `cargo build -p redfish-client --no-default-features --features ring`.

pub mod accounts;
pub mod action;
pub mod boot;
mod builder;
pub mod certificates;
mod client;
pub mod collection;
mod credentials;
pub mod entity;
pub mod error;
pub mod events;
pub mod fleet;
mod navigation;
pub mod power;
mod read;
mod redact;
mod request;
mod response;
pub mod retry;
pub mod sensors;
mod session;
pub mod settings;
pub mod sleep;
pub mod task;
pub mod telemetry;
pub mod tls;
mod transport;
pub mod update;
pub mod virtual_media;

pub use action::ActionResponse;
pub use builder::{ClientBuilder, DEFAULT_MAX_RESPONSE_SIZE, RedirectPolicy};
pub use client::Client;
pub use collection::{Created, Expand, MemberFailure, Members, PartialMembers, Query};
pub use credentials::{AuthMode, Credentials};
pub use entity::Entity;
pub use error::{Error, RedirectOrigins, Result};
pub use events::{
    EventError, EventItem, EventStream, EventsBuilder, MessageResolver, Subscriptions,
};
pub use fleet::Fleet;
pub use read::{Get, RawRequest, Target};
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

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
