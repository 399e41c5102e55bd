//! In-band (host) access policy: does a host client need iLO credentials, and does a BIOS
//! configuration change need the Host BIOS Config privilege? Pure functions of the security
//! state, `RequireHostAuthentication` and whether a BIOS password is set, as HPE documents.

use std::fmt;

use redfish_model::Resource;
use serde_json::json;

use crate::error::{RefusalReason, Result};
use crate::generation::IloGeneration;
use crate::ilo::{ChangeOutcome, Ilo};
use crate::manager::HpeManagerOem;
use crate::security_state::SecurityState;

/// How the client reaches the iLO.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Channel {
    /// In-band through the Channel Interface (CHIF) driver: iLO 5/6 only.
    Chif,
    /// In-band through the virtual NIC (Redfish over the host's USB network link).
    VirtualNic,
    /// Out-of-band, over the iLO network port.
    Remote,
}

/// Who runs the host client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum OsUser {
    /// root / Administrator.
    Privileged,
    /// Any other OS user.
    Unprivileged,
}

/// The facts the policy depends on.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AccessContext {
    /// The iLO generation.
    pub generation: IloGeneration,
    /// The security state.
    pub security_state: SecurityState,
    /// Manager `Oem.Hpe.RequireHostAuthentication` (`None` when absent, as on iLO 7).
    pub require_host_authentication: Option<bool>,
    /// Whether a BIOS (setup) password is set. iLO does not check it; its presence alone
    /// makes BIOS changes require the Host BIOS Config privilege.
    pub bios_password_set: bool,
}

impl AccessContext {
    /// A context.
    pub fn new(
        generation: IloGeneration,
        security_state: SecurityState,
        require_host_authentication: Option<bool>,
        bios_password_set: bool,
    ) -> Self {
        Self {
            generation,
            security_state,
            require_host_authentication,
            bios_password_set,
        }
    }
}

/// The answer for one channel and OS user.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Access {
    /// iLO credentials (or, on iLO 7, an application account token) are needed.
    pub credentials_required: bool,
    /// BIOS configuration changes need the Host BIOS Config privilege.
    pub bios_config_privilege_required: bool,
    /// Why, in words.
    pub reason: &'static str,
}

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "credentials {}, BIOS changes {} ({})",
            if self.credentials_required {
                "required"
            } else {
                "not required"
            },
            if self.bios_config_privilege_required {
                "need the Host BIOS Config privilege"
            } else {
                "need no authorization"
            },
            self.reason
        )
    }
}

/// Whether a host (or remote) client needs credentials and whether BIOS changes need the
/// Host BIOS Config privilege.
///
/// Credentials, per the HPE iLO security documentation:
/// - remote (out-of-band) clients and virtual NIC clients always authenticate;
/// - unprivileged OS users always authenticate;
/// - iLO 7 and later have no CHIF: host clients go through the virtual NIC, so always
///   authenticate (with credentials or an application account);
/// - iLO 5/6 over CHIF, privileged OS user: no credentials in Production and HighSecurity
///   when `RequireHostAuthentication` is false; credentials in FIPS and higher (where it is
///   forced true) or when it is true.
///
/// BIOS configuration (local over CHIF): no authorization in Production without a BIOS
/// password; the Host BIOS Config privilege otherwise (HighSecurity, higher states, a BIOS
/// password set). Remote and virtual NIC clients always need it.
///
/// ```
/// use hpe_oem::host_access::{AccessContext, Channel, OsUser, in_band_access};
/// use hpe_oem::{IloGeneration, SecurityState};
/// let ctx = AccessContext::new(IloGeneration::Ilo6, SecurityState::Production, Some(false), false);
/// let a = in_band_access(&ctx, Channel::Chif, OsUser::Privileged);
/// assert!(!a.credentials_required && !a.bios_config_privilege_required);
/// ```
pub fn in_band_access(ctx: &AccessContext, channel: Channel, user: OsUser) -> Access {
    let chif_possible = matches!(
        ctx.generation,
        IloGeneration::Ilo4 | IloGeneration::Ilo5 | IloGeneration::Ilo6
    );
    let (credentials_required, reason) = match channel {
        Channel::Remote => (true, "remote clients always authenticate"),
        Channel::VirtualNic => (true, "virtual NIC clients always authenticate"),
        Channel::Chif if !chif_possible => (
            true,
            "this generation has no CHIF: host clients use the virtual NIC and authenticate",
        ),
        Channel::Chif if user == OsUser::Unprivileged => {
            (true, "non-privileged OS users always authenticate")
        }
        Channel::Chif if ctx.security_state.is_fips_or_higher() => (
            true,
            "FIPS and higher states require credentials from every host user",
        ),
        Channel::Chif if ctx.require_host_authentication == Some(true) => {
            (true, "RequireHostAuthentication is enabled")
        }
        Channel::Chif => match ctx.security_state {
            SecurityState::Production | SecurityState::HighSecurity => (
                false,
                "privileged OS user over CHIF with RequireHostAuthentication disabled",
            ),
            _ => (true, "credentials required in this security state"),
        },
    };
    let bios_config_privilege_required = match channel {
        Channel::Chif if chif_possible => {
            ctx.security_state != SecurityState::Production || ctx.bios_password_set
        }
        _ => true,
    };
    Access {
        credentials_required,
        bios_config_privilege_required,
        reason,
    }
}

impl Ilo {
    /// Manager `Oem.Hpe.RequireHostAuthentication`, read now (`None` when absent, as on
    /// iLO 7).
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn require_host_authentication(&self) -> Result<Option<bool>> {
        let m = self.fetch_manager().await?;
        let oem: Option<HpeManagerOem> = m.oem_ext().ok().flatten();
        Ok(oem.and_then(|o| o.require_host_authentication))
    }

    /// Sets `RequireHostAuthentication`. Refused on iLO 7 (no CHIF, no property), when the
    /// service lacks the property, and when disabling it in FIPS or higher (forced true).
    /// Setting the current value sends nothing.
    ///
    /// # Errors
    ///
    /// [`crate::Error::Refused`] (nothing sent), client errors.
    pub async fn set_require_host_authentication(&self, require: bool) -> Result<ChangeOutcome> {
        const OP: &str = "change RequireHostAuthentication";
        if self.generation().is_ilo7_or_later() {
            return Err(self.refusal(OP, None, RefusalReason::NotOnThisGeneration));
        }
        let state = self.security_state().await?;
        let current = self.require_host_authentication().await?;
        let Some(current) = current else {
            return Err(self.refusal(
                OP,
                Some(state),
                RefusalReason::NotOnThisService("Oem.Hpe.RequireHostAuthentication"),
            ));
        };
        if !require && state.is_fips_or_higher() {
            return Err(self.refusal(OP, Some(state), RefusalReason::ForcedInFips));
        }
        if current == require {
            return Ok(ChangeOutcome::unchanged());
        }
        let m = self.fetch_manager().await?;
        let body = json!({ "Oem": { self.oem_key(): { "RequireHostAuthentication": require } } });
        let reply = self.patch_raw(m.odata_id(), &body, m.etag()).await?;
        Ok(ChangeOutcome::from_reply(&reply, false))
    }

    /// The facts of [`in_band_access`] for this iLO, read now. `bios_password_set` must come
    /// from the host (iLO only knows whether one is set, through the BIOS settings).
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn access_context(&self, bios_password_set: bool) -> Result<AccessContext> {
        let state = self.security_state().await?;
        let rha = if self.generation().is_ilo7_or_later() {
            None
        } else {
            self.require_host_authentication().await?
        };
        Ok(AccessContext::new(
            self.generation(),
            state,
            rha,
            bios_password_set,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SecurityState::*;

    fn ctx(g: IloGeneration, s: SecurityState, rha: Option<bool>, bios: bool) -> AccessContext {
        AccessContext::new(g, s, rha, bios)
    }

    #[test]
    fn credentials_table_of_ilo5_and_6() {
        for g in [IloGeneration::Ilo5, IloGeneration::Ilo6] {
            let cred = |s, rha, user| {
                in_band_access(&ctx(g, s, Some(rha), false), Channel::Chif, user)
                    .credentials_required
            };
            assert!(!cred(Production, false, OsUser::Privileged));
            assert!(cred(Production, true, OsUser::Privileged));
            assert!(!cred(HighSecurity, false, OsUser::Privileged));
            assert!(cred(HighSecurity, true, OsUser::Privileged));
            assert!(
                cred(FIPS, false, OsUser::Privileged),
                "FIPS forces credentials"
            );
            assert!(cred(CNSA, false, OsUser::Privileged));
            assert!(cred(Production, false, OsUser::Unprivileged));
            for s in [Production, HighSecurity] {
                let vnic = in_band_access(
                    &ctx(g, s, Some(false), false),
                    Channel::VirtualNic,
                    OsUser::Privileged,
                );
                assert!(vnic.credentials_required);
            }
        }
    }

    #[test]
    fn ilo7_always_needs_credentials() {
        for s in [SecureStandard, FIPS] {
            for ch in [Channel::Chif, Channel::VirtualNic, Channel::Remote] {
                let a = in_band_access(
                    &ctx(IloGeneration::Ilo7, s.clone(), None, false),
                    ch,
                    OsUser::Privileged,
                );
                assert!(
                    a.credentials_required && a.bios_config_privilege_required,
                    "{s} {ch:?}"
                );
            }
        }
    }

    #[test]
    fn bios_privilege_table() {
        let g = IloGeneration::Ilo6;
        let local = |s, bios| {
            in_band_access(
                &ctx(g, s, Some(false), bios),
                Channel::Chif,
                OsUser::Privileged,
            )
            .bios_config_privilege_required
        };
        let remote = |s, bios| {
            in_band_access(
                &ctx(g, s, Some(false), bios),
                Channel::Remote,
                OsUser::Privileged,
            )
            .bios_config_privilege_required
        };
        // Local REST access.
        assert!(!local(Production, false));
        assert!(local(Production, true));
        assert!(local(HighSecurity, false));
        assert!(local(HighSecurity, true));
        // Remote REST access.
        for s in [Production, HighSecurity] {
            for bios in [false, true] {
                assert!(remote(s.clone(), bios));
            }
        }
        let a = in_band_access(
            &ctx(g, Production, Some(false), false),
            Channel::Chif,
            OsUser::Privileged,
        );
        assert!(a.to_string().contains("need no authorization"), "{a}");
    }
}
