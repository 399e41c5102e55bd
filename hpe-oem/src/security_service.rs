//! `HpeSecurityService` (`Managers/{id}/SecurityService`): security state, TLS versions, weak
//! ciphers and the links to certificates and identities.

use redfish_model::certificate::Certificate;
use redfish_model::{Collection, Link};
use serde_json::{Map, Value, json};

use redfish_client::Entity;

use crate::error::{Error, Refusal, RefusalReason, Result};
use crate::generation::{FirmwareVersion, IloGeneration};
use crate::ilo::{ChangeOutcome, Ilo};
use crate::security_state::SecurityState;
use crate::security_state::check_advertised_transition;

redfish_model::redfish_enum! {
    /// `Enabled`/`Disabled` of one TLS version.
    pub enum TlsState {
        /// The version is offered.
        Enabled = "Enabled",
        /// The version is not offered.
        Disabled = "Disabled",
    }
}

redfish_model::redfish_struct! {
    /// `TLSVersion`: the state of each TLS protocol version (iLO 7 lists 1.2 and 1.3 only).
    pub struct TlsVersion {
        /// TLS 1.0.
        "TLS1_0" => tls1_0: TlsState,
        /// TLS 1.1.
        "TLS1_1" => tls1_1: TlsState,
        /// TLS 1.2.
        "TLS1_2" => tls1_2: TlsState,
        /// TLS 1.3.
        "TLS1_3" => tls1_3: TlsState,
    }
}

impl TlsVersion {
    /// Sets TLS 1.0.
    #[must_use]
    pub fn with_tls1_0(mut self, s: TlsState) -> Self {
        self.tls1_0 = Some(s);
        self
    }
    /// Sets TLS 1.1.
    #[must_use]
    pub fn with_tls1_1(mut self, s: TlsState) -> Self {
        self.tls1_1 = Some(s);
        self
    }
    /// Sets TLS 1.2.
    #[must_use]
    pub fn with_tls1_2(mut self, s: TlsState) -> Self {
        self.tls1_2 = Some(s);
        self
    }
    /// Sets TLS 1.3.
    #[must_use]
    pub fn with_tls1_3(mut self, s: TlsState) -> Self {
        self.tls1_3 = Some(s);
        self
    }

    /// `(name, state)` of each version present, `TLS1_0` first.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &TlsState)> {
        [
            ("TLS1_0", &self.tls1_0),
            ("TLS1_1", &self.tls1_1),
            ("TLS1_2", &self.tls1_2),
            ("TLS1_3", &self.tls1_3),
        ]
        .into_iter()
        .filter_map(|(n, s)| s.as_ref().map(|s| (n, s)))
    }

    fn enables_weak_version(&self) -> bool {
        [&self.tls1_0, &self.tls1_1]
            .iter()
            .any(|s| **s == Some(TlsState::Enabled))
    }

    fn is_empty(&self) -> bool {
        self.entries().next().is_none()
    }
}

redfish_model::redfish_struct! {
    /// `LoginSecurityBanner`: the text shown on the login page and before SSH login.
    pub struct LoginSecurityBanner {
        /// Whether the banner is shown.
        "IsEnabled" => is_enabled: bool,
        /// The banner text.
        "SecurityMessage" => security_message: String,
    }
}

redfish_model::redfish_struct! {
    /// An identity holder such as `iLOLDevID`: `{"Certificates": {"@odata.id": ...}}`.
    pub struct CertificateHolder {
        /// The certificate collection.
        "Certificates" => certificates: Link<Collection<Certificate>>,
    }
}

redfish_model::redfish_struct! {
    /// `Links` of the HpeSecurityService.
    pub struct SecurityServiceLinks {
        /// The HTTPS (TLS) certificate of the iLO web server (`HpeHttpsCert`).
        "HttpsCert" => https_cert: Link,
        /// Automatic certificate enrollment (SCEP, `HpeAutomaticCertEnrollment`).
        "AutomaticCertificateEnrollment" => automatic_certificate_enrollment: Link,
        /// Certificate-based login (`HpeCertAuth`).
        "CertAuth" => cert_auth: Link,
        /// Enterprise Secure Key Manager (`HpeESKM`).
        "ESKM" => eskm: Link,
        /// Single sign-on (`HpeiLOSSO`).
        "SSO" => sso: Link,
        /// Security dashboard (`HpeiLOSecurityDashboard`).
        "SecurityDashboard" => security_dashboard: Link,
        /// Security parameters (iLO 6/7).
        "SecurityParams" => security_params: Link,
        /// Trusted OS security modules.
        "TrustedOSSecurityModules" => trusted_os_security_modules: Link,
    }
}

redfish_model::redfish_resource! {
    /// `#HpeSecurityService.v2_x_x.HpeSecurityService`: the entry point of the iLO security
    /// configuration.
    pub struct HpeSecurityService: "HpeSecurityService" {
        /// The current security state.
        "SecurityState" => security_state: SecurityState,
        /// The states the service accepts in a PATCH of `SecurityState`.
        "SecurityState@Redfish.AllowableValues" => security_state_allowable_values: Vec<SecurityState>,
        /// TLS protocol versions.
        "TLSVersion" => tls_version: TlsVersion,
        /// `true`: weak ciphers, and so TLS 1.0/1.1, are disabled (iLO 5 >= 3.01, iLO 6 >= 1.56).
        "DisableWeakCiphers" => disable_weak_ciphers: bool,
        /// The cipher of the current connection.
        "CurrentCipher" => current_cipher: String,
        /// SPDM component integrity policy (`NoPolicy`, `HaltBootOnSPDMFailure`).
        "ComponentIntegrityPolicy" => component_integrity_policy: String,
        /// Global component integrity (`Enabled`, `Disabled`).
        "GlobalComponentIntegrity" => global_component_integrity: String,
        /// The login banner.
        "LoginSecurityBanner" => login_security_banner: LoginSecurityBanner,
        /// The SSH host key.
        "SSHHostKey" => ssh_host_key: String,
        /// Links to the certificate and security sub-services.
        "Links" => links: SecurityServiceLinks,
        /// iLO IDevID (factory identity of the iLO), read-only.
        "iLOIDevID" => ilo_idevid: CertificateHolder,
        /// iLO LDevID (locally provisioned identity of the iLO).
        "iLOLDevID" => ilo_ldevid: CertificateHolder,
        /// System IDevID (factory identity of the host, key in the TPM), read-only.
        "SystemIDevID" => system_idevid: CertificateHolder,
        /// System IAK (attestation key certificate, key in the TPM), read-only.
        "SystemIAK" => system_iak: CertificateHolder,
        /// Platform certificate (TCG attribute certificate), read-only.
        "PlatformCert" => platform_cert: CertificateHolder,
        /// Platform certificate updates.
        "PlatformCertUpdate" => platform_cert_update: CertificateHolder,
        /// System LDevID (iLO 6/7).
        "SystemLDevID" => system_ldevid: CertificateHolder,
        /// BMC IDevID PCA (iLO 6/7).
        "BMCIDevIDPCA" => bmc_idevid_pca: CertificateHolder,
        /// Actions (`#HpeSecurityService.RebindHPM` on iLO 6/7).
        "Actions" => actions: redfish_model::Actions,
    }
}

/// The factory and local identities the security service links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Identity {
    /// iLO IDevID: factory identity of the iLO (IEEE 802.1AR), immutable.
    IloIDevId,
    /// iLO LDevID: identity provisioned by the owner (generate CSR, import, delete).
    IloLDevId,
    /// System IDevID: factory identity of the host, key in the TPM, immutable.
    SystemIDevId,
    /// System IAK: attestation key certificate, key in the TPM, immutable.
    SystemIak,
    /// Platform certificate: TCG attribute certificate of the platform, immutable.
    PlatformCert,
}

impl Identity {
    /// Every identity.
    pub const ALL: [Identity; 5] = [
        Self::IloIDevId,
        Self::IloLDevId,
        Self::SystemIDevId,
        Self::SystemIak,
        Self::PlatformCert,
    ];

    /// The property of the HpeSecurityService holding its collection.
    pub fn property(self) -> &'static str {
        match self {
            Self::IloIDevId => "iLOIDevID",
            Self::IloLDevId => "iLOLDevID",
            Self::SystemIDevId => "SystemIDevID",
            Self::SystemIak => "SystemIAK",
            Self::PlatformCert => "PlatformCert",
        }
    }

    /// A human name.
    pub fn label(self) -> &'static str {
        match self {
            Self::IloIDevId => "iLO IDevID",
            Self::IloLDevId => "iLO LDevID",
            Self::SystemIDevId => "System IDevID",
            Self::SystemIak => "System IAK",
            Self::PlatformCert => "Platform certificate",
        }
    }

    /// `true` only for the iLO LDevID, the one identity the owner may import and delete.
    pub fn is_mutable(self) -> bool {
        self == Self::IloLDevId
    }
}

impl HpeSecurityService {
    /// The certificate collection of an identity, when the service links it.
    pub fn identity_collection(
        &self,
        identity: Identity,
    ) -> Option<&Link<Collection<Certificate>>> {
        let holder = match identity {
            Identity::IloIDevId => &self.ilo_idevid,
            Identity::IloLDevId => &self.ilo_ldevid,
            Identity::SystemIDevId => &self.system_idevid,
            Identity::SystemIak => &self.system_iak,
            Identity::PlatformCert => &self.platform_cert,
        };
        holder.as_ref().and_then(|h| h.certificates.as_ref())
    }
}

/// A change of the TLS configuration: TLS versions and/or `DisableWeakCiphers`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TlsChange {
    /// Versions to enable or disable (unset versions are left alone).
    pub versions: TlsVersion,
    /// New `DisableWeakCiphers`, if it changes.
    pub disable_weak_ciphers: Option<bool>,
}

impl TlsChange {
    /// An empty change.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the state of the TLS versions.
    #[must_use]
    pub fn versions(mut self, versions: TlsVersion) -> Self {
        self.versions = versions;
        self
    }

    /// Sets `DisableWeakCiphers`.
    #[must_use]
    pub fn disable_weak_ciphers(mut self, disable: bool) -> Self {
        self.disable_weak_ciphers = Some(disable);
        self
    }

    /// The PATCH body.
    pub fn to_body(&self) -> Value {
        let mut body = Map::new();
        if let Some(d) = self.disable_weak_ciphers {
            body.insert("DisableWeakCiphers".into(), json!(d));
        }
        if !self.versions.is_empty() {
            body.insert(
                "TLSVersion".into(),
                serde_json::to_value(&self.versions).unwrap_or(Value::Null),
            );
        }
        Value::Object(body)
    }
}

/// Checks a TLS change before it is sent (pure, no I/O): TLS versions and
/// `DisableWeakCiphers` can only change in `Production` (so never on iLO 7, which has no
/// Production state); `DisableWeakCiphers` needs iLO 5 >= 3.01 / iLO 6 >= 1.56 and must be
/// present on the service; TLS 1.0/1.1 cannot be enabled while weak ciphers stay disabled;
/// iLO 6 1.05 and 1.10 reject TLS PATCHes (`iLO.2.15.PropertyValueBadParam`).
///
/// # Errors
///
/// A [`Refusal`] naming the operation, generation, state and reason.
pub fn check_tls_change(
    generation: IloGeneration,
    firmware: Option<FirmwareVersion>,
    current: &HpeSecurityService,
    change: &TlsChange,
) -> Result<(), Refusal> {
    let state = current.security_state.clone();
    let refuse = |operation: &'static str, reason| {
        Err(Refusal {
            operation,
            generation,
            state: state.clone(),
            reason,
        })
    };
    let operation = if change.disable_weak_ciphers.is_some() {
        "change DisableWeakCiphers"
    } else {
        "change TLS versions"
    };
    if change.versions.is_empty() && change.disable_weak_ciphers.is_none() {
        return refuse(operation, RefusalReason::EmptyChange);
    }
    if state != Some(SecurityState::Production) {
        return refuse(operation, RefusalReason::RequiresProduction);
    }
    if change.disable_weak_ciphers.is_some() {
        let minimum = match generation {
            IloGeneration::Ilo5 => Some(FirmwareVersion::new(3, 1)),
            IloGeneration::Ilo6 => Some(FirmwareVersion::new(1, 56)),
            _ => None,
        };
        if let (Some(min), Some(fw)) = (minimum, firmware)
            && fw < min
        {
            return refuse(operation, RefusalReason::FirmwareTooOld { required: min });
        }
        if current.disable_weak_ciphers.is_none() {
            return refuse(
                operation,
                RefusalReason::NotOnThisService("DisableWeakCiphers"),
            );
        }
    }
    if !change.versions.is_empty() {
        if generation == IloGeneration::Ilo6
            && firmware.is_some_and(|f| {
                f == FirmwareVersion::new(1, 5) || f == FirmwareVersion::new(1, 10)
            })
        {
            return refuse(
                "change TLS versions",
                RefusalReason::FirmwareDefect(
                    "iLO 6 1.05 and 1.10 reject TLS version PATCHes (iLO.2.15.PropertyValueBadParam); \
                 use the iLO web interface or update the firmware",
                ),
            );
        }
        if current.tls_version.is_none() {
            return refuse(
                "change TLS versions",
                RefusalReason::NotOnThisService("TLSVersion"),
            );
        }
        let weak_disabled = change
            .disable_weak_ciphers
            .or(current.disable_weak_ciphers)
            .unwrap_or(false);
        if weak_disabled && change.versions.enables_weak_version() {
            return refuse("enable TLS 1.0/1.1", RefusalReason::WeakCiphersDisabled);
        }
    }
    Ok(())
}

/// The TLS configuration read from the security service.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TlsSettings {
    /// The security state (TLS can only change in `Production`).
    pub security_state: Option<SecurityState>,
    /// The TLS versions.
    pub versions: Option<TlsVersion>,
    /// `DisableWeakCiphers`, when the firmware has it.
    pub disable_weak_ciphers: Option<bool>,
    /// The cipher of the current connection.
    pub current_cipher: Option<String>,
}

impl Ilo {
    /// The HpeSecurityService.
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn security_service(&self) -> Result<Entity<HpeSecurityService>> {
        Ok(self.client().get(self.security_service_uri()).await?)
    }

    /// The current security state.
    ///
    /// # Errors
    ///
    /// Client errors; [`Error::NotFound`] when the service has no `SecurityState`.
    pub async fn security_state(&self) -> Result<SecurityState> {
        self.security_service()
            .await?
            .security_state
            .clone()
            .ok_or_else(|| Error::NotFound("SecurityState".into()))
    }

    /// Changes the security state, after checking the transition
    /// ([`check_advertised_transition`]: [`check_transition`](crate::check_transition) and
    /// that the service lists the
    /// target in `SecurityState@Redfish.AllowableValues`; FIPS to CNSA only when it lists
    /// CNSA). Staying
    /// in the current state sends nothing. The iLO resets after a change.
    ///
    /// # Errors
    ///
    /// [`Error::Transition`] (nothing sent), client errors.
    pub async fn set_security_state(&self, target: SecurityState) -> Result<ChangeOutcome> {
        let svc = self.security_service().await?;
        let from = svc
            .security_state
            .clone()
            .ok_or_else(|| Error::NotFound("SecurityState".into()))?;
        check_advertised_transition(
            self.generation(),
            &from,
            &target,
            svc.security_state_allowable_values.as_deref(),
        )?;
        if from == target {
            return Ok(ChangeOutcome::unchanged());
        }
        tracing::warn!(from = %from, to = %target, "changing the iLO security state: the iLO resets");
        let reply = self
            .patch_raw(
                svc.odata_id(),
                &json!({ "SecurityState": target }),
                svc.etag(),
            )
            .await?;
        Ok(ChangeOutcome::from_reply(&reply, true))
    }

    /// The TLS versions, `DisableWeakCiphers` and the security state.
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn tls_settings(&self) -> Result<TlsSettings> {
        let svc = self.security_service().await?;
        Ok(TlsSettings {
            security_state: svc.security_state.clone(),
            versions: svc.tls_version.clone(),
            disable_weak_ciphers: svc.disable_weak_ciphers,
            current_cipher: svc.current_cipher.clone(),
        })
    }

    /// Changes TLS versions and/or `DisableWeakCiphers` after [`check_tls_change`]. A
    /// change of `DisableWeakCiphers` resets the iLO; TLS versions may need a reset to take
    /// effect ([`ChangeOutcome::reset_required`]).
    ///
    /// # Errors
    ///
    /// [`Error::Refused`] (nothing sent), client errors (e.g. `iLO.2.15.PropertyValueBadParam`
    /// typed as [`Error::Ilo`]).
    pub async fn change_tls(&self, change: &TlsChange) -> Result<ChangeOutcome> {
        let svc = self.security_service().await?;
        check_tls_change(self.generation(), self.firmware(), &svc, change)?;
        let reply = self
            .patch_raw(svc.odata_id(), &change.to_body(), svc.etag())
            .await?;
        let weak_changes = change
            .disable_weak_ciphers
            .is_some_and(|d| Some(d) != svc.disable_weak_ciphers);
        Ok(ChangeOutcome::from_reply(&reply, weak_changes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(state: &str, weak: Option<bool>) -> HpeSecurityService {
        let mut v = json!({
            "@odata.id": "/redfish/v1/Managers/1/SecurityService",
            "SecurityState": state,
            "TLSVersion": {"TLS1_0": "Disabled", "TLS1_1": "Disabled", "TLS1_2": "Enabled"}
        });
        if let Some(w) = weak {
            v["DisableWeakCiphers"] = json!(w);
        }
        serde_json::from_value(v).unwrap()
    }

    fn reason(r: Result<(), Refusal>) -> RefusalReason {
        r.unwrap_err().reason
    }

    #[test]
    fn tls_changes_only_in_production() {
        let enable_10 =
            TlsChange::new().versions(TlsVersion::default().with_tls1_0(TlsState::Enabled));
        let g6 = IloGeneration::Ilo6;
        let fw = Some(FirmwareVersion::new(1, 60));
        assert!(check_tls_change(g6, fw, &service("Production", Some(false)), &enable_10).is_ok());
        for state in ["HighSecurity", "FIPS", "CNSA", "SecureStandard"] {
            let e = check_tls_change(g6, fw, &service(state, Some(false)), &enable_10).unwrap_err();
            assert_eq!(e.reason, RefusalReason::RequiresProduction, "{state}");
            assert!(e.to_string().contains(state), "{e}");
        }
        let weak = TlsChange::new().disable_weak_ciphers(true);
        assert_eq!(
            reason(check_tls_change(
                g6,
                fw,
                &service("HighSecurity", Some(false)),
                &weak
            )),
            RefusalReason::RequiresProduction
        );
        assert!(check_tls_change(g6, fw, &service("Production", Some(false)), &weak).is_ok());
    }

    #[test]
    fn weak_ciphers_rules() {
        let g5 = IloGeneration::Ilo5;
        let weak = TlsChange::new().disable_weak_ciphers(false);
        assert_eq!(
            reason(check_tls_change(
                g5,
                Some(FirmwareVersion::new(2, 70)),
                &service("Production", Some(true)),
                &weak
            )),
            RefusalReason::FirmwareTooOld {
                required: FirmwareVersion::new(3, 1)
            }
        );
        assert_eq!(
            reason(check_tls_change(
                g5,
                Some(FirmwareVersion::new(3, 1)),
                &service("Production", None),
                &weak
            )),
            RefusalReason::NotOnThisService("DisableWeakCiphers")
        );
        // TLS 1.0 cannot be enabled while weak ciphers stay disabled...
        let enable_10 = TlsVersion::default().with_tls1_0(TlsState::Enabled);
        let fw = Some(FirmwareVersion::new(3, 1));
        assert_eq!(
            reason(check_tls_change(
                g5,
                fw,
                &service("Production", Some(true)),
                &TlsChange::new().versions(enable_10.clone())
            )),
            RefusalReason::WeakCiphersDisabled
        );
        // ... but can in the same PATCH that enables weak ciphers (the seed's example).
        let both = TlsChange::new()
            .versions(enable_10)
            .disable_weak_ciphers(false);
        assert!(check_tls_change(g5, fw, &service("Production", Some(true)), &both).is_ok());
        assert_eq!(
            both.to_body(),
            json!({"DisableWeakCiphers": false, "TLSVersion": {"TLS1_0": "Enabled"}})
        );
        assert_eq!(
            reason(check_tls_change(
                g5,
                fw,
                &service("Production", Some(true)),
                &TlsChange::new()
            )),
            RefusalReason::EmptyChange
        );
    }

    #[test]
    fn ilo6_tls_patch_defect_is_refused_before_sending() {
        let change =
            TlsChange::new().versions(TlsVersion::default().with_tls1_1(TlsState::Disabled));
        for (fw, refused) in [((1, 5), true), ((1, 10), true), ((1, 20), false)] {
            let r = check_tls_change(
                IloGeneration::Ilo6,
                Some(FirmwareVersion::new(fw.0, fw.1)),
                &service("Production", None),
                &change,
            );
            assert_eq!(r.is_err(), refused, "{fw:?}");
        }
    }

    #[test]
    fn identity_links_are_typed() {
        let s: HpeSecurityService = serde_json::from_value(json!({
            "iLOLDevID": {"Certificates": {"@odata.id": "/redfish/v1/Managers/1/SecurityService/iLOLDevID/Certificates/"}}
        }))
        .unwrap();
        assert!(s.identity_collection(Identity::IloLDevId).is_some());
        assert!(s.identity_collection(Identity::SystemIak).is_none());
        assert!(Identity::IloLDevId.is_mutable() && !Identity::IloIDevId.is_mutable());
    }
}
