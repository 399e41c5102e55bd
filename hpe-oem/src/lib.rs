//! HPE iLO OEM extensions for redfish-rs: the security subsystem (security state, TLS,
//! weak ciphers, host authentication), the HTTPS certificate (CSR, import, side-loading),
//! automatic certificate enrollment (SCEP), device identities (IDevID, LDevID with an IEEE
//! 802.1AR checker, IAK, platform certificate), iLO accounts and privileges, and iLO 7
//! application accounts.
//!
//! Everything goes through an [`Ilo`] handle built on a [`redfish_client::Client`]:
//!
//! ```no_run
//! use hpe_oem::{Ilo, SecurityState};
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = redfish_client::Client::builder("https://ilo.example.net")
//!     .credentials("admin", "password")
//!     .build()?;
//! let ilo = Ilo::connect(&client).await?;
//! println!("{} in state {}", ilo.generation(), ilo.security_state().await?);
//! // Refused before any request: leaving FIPS needs a factory reset.
//! if let Err(e) = ilo.set_security_state(SecurityState::Production).await {
//!     eprintln!("{e}");
//! }
//! client.logout().await?;
//! # Ok(()) }
//! ```
//!
//! # Refused before sending
//!
//! Operations that iLO would reject, or that cannot be undone through the API, are checked
//! client-side first and refused with a typed error naming the generation, the security
//! state and the reason ([`TransitionError`], [`Refusal`], [`keys::CertificateCheckError`]).
//! The rules are pure functions ([`check_transition`], [`security_service::check_tls_change`],
//! [`keys::check_sideload`], [`host_access::in_band_access`]) usable without a connection.
//!
//! # Models
//!
//! The OEM types are defined with the `redfish-model` macros, so they have the same
//! tolerance: unknown enum values are kept, `null` and unknown properties survive a
//! parse/serialize round trip. `Oem.Hpe` sections implement
//! [`redfish_model::OemExtension`] (with `Oem.Hp` of iLO 4 as an alias).

pub mod account;
pub mod app_account;
pub mod automatic_enrollment;
pub mod devid;
pub mod error;
pub mod generation;
pub mod host_access;
pub mod https_cert;
pub mod ieee8021ar;
mod ilo;
pub mod keys;
pub mod manager;
pub mod resource_directory;
pub mod security_service;
pub mod security_state;

pub use account::{HpeAccountOem, IloPrivilege, NewIloAccount, Privileges};
pub use app_account::{HostApplication, HpeAppAccount, NewAppAccount};
pub use automatic_enrollment::HpeAutomaticCertEnrollment;
pub use error::{Error, IloErrorExt, IloMessage, IloMessageKey, Refusal, RefusalReason, Result};
pub use generation::{FirmwareVersion, IloGeneration};
pub use https_cert::{CsrPolling, CsrSubject, HpeHttpsCert, IloResetAcknowledged};
pub use ilo::{ChangeOutcome, Ilo};
pub use manager::{HpeManagerOem, HpeServiceRootOem};
pub use resource_directory::ResourceDirectory;
pub use security_service::{HpeSecurityService, Identity, TlsChange, TlsState, TlsVersion};
pub use security_state::{SecurityState, TransitionError, TransitionRefusal, check_transition};

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
