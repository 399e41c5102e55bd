//! iLO user accounts: `Oem.Hpe` of ManagerAccount (`#HpeiLOAccount`), the ten iLO privileges
//! and their iLOrest numbering, and the account creation request.

use std::fmt;
use std::str::FromStr;

use redfish_client::Entity;
use redfish_model::account_service::AccountService;
use redfish_model::manager_account::ManagerAccount;
use redfish_model::{Link, ODataId, OemExtension, Resource};
use serde_json::{Value, json};

use crate::error::{Error, Result};
use crate::ilo::Ilo;

redfish_model::redfish_struct! {
    /// The ten iLO privileges (`Oem.Hpe.Privileges` of accounts and application accounts).
    pub struct Privileges {
        /// Configure host BIOS settings.
        "HostBIOSConfigPriv" => host_bios_config_priv: bool,
        /// Configure host NIC settings.
        "HostNICConfigPriv" => host_nic_config_priv: bool,
        /// Configure host storage settings.
        "HostStorageConfigPriv" => host_storage_config_priv: bool,
        /// Log in (every local account has it).
        "LoginPriv" => login_priv: bool,
        /// Remote console.
        "RemoteConsolePriv" => remote_console_priv: bool,
        /// Manage recovery firmware images in the iLO repository.
        "SystemRecoveryConfigPriv" => system_recovery_config_priv: bool,
        /// Administer user accounts.
        "UserConfigPriv" => user_config_priv: bool,
        /// Virtual media.
        "VirtualMediaPriv" => virtual_media_priv: bool,
        /// Power and reset the host.
        "VirtualPowerAndResetPriv" => virtual_power_and_reset_priv: bool,
        /// Configure the iLO (security settings, certificates, firmware).
        "iLOConfigPriv" => ilo_config_priv: bool,
    }
}

/// One iLO privilege. The discriminant is the iLOrest numbering (`--addprivs 1,3,4`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IloPrivilege {
    /// 1: Login.
    Login = 1,
    /// 2: Remote Console.
    RemoteConsole = 2,
    /// 3: User Config (administer user accounts).
    UserConfig = 3,
    /// 4: iLO Config.
    IloConfig = 4,
    /// 5: Virtual Media.
    VirtualMedia = 5,
    /// 6: Virtual Power and Reset.
    VirtualPowerAndReset = 6,
    /// 7: Host NIC Config (iLO 5+).
    HostNicConfig = 7,
    /// 8: Host BIOS Config (iLO 5+).
    HostBiosConfig = 8,
    /// 9: Host Storage Config (iLO 5+).
    HostStorageConfig = 9,
    /// 10: System Recovery Config (iLO 5+).
    SystemRecoveryConfig = 10,
}

impl IloPrivilege {
    /// Every privilege, in iLOrest order.
    pub const ALL: [IloPrivilege; 10] = [
        Self::Login,
        Self::RemoteConsole,
        Self::UserConfig,
        Self::IloConfig,
        Self::VirtualMedia,
        Self::VirtualPowerAndReset,
        Self::HostNicConfig,
        Self::HostBiosConfig,
        Self::HostStorageConfig,
        Self::SystemRecoveryConfig,
    ];

    /// The iLOrest number.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The privilege with iLOrest number `n`.
    pub fn from_number(n: u8) -> Option<Self> {
        Self::ALL.iter().copied().find(|p| p.number() == n)
    }

    /// The JSON property in `Privileges` (`"LoginPriv"`).
    pub fn property(self) -> &'static str {
        match self {
            Self::Login => "LoginPriv",
            Self::RemoteConsole => "RemoteConsolePriv",
            Self::UserConfig => "UserConfigPriv",
            Self::IloConfig => "iLOConfigPriv",
            Self::VirtualMedia => "VirtualMediaPriv",
            Self::VirtualPowerAndReset => "VirtualPowerAndResetPriv",
            Self::HostNicConfig => "HostNICConfigPriv",
            Self::HostBiosConfig => "HostBIOSConfigPriv",
            Self::HostStorageConfig => "HostStorageConfigPriv",
            Self::SystemRecoveryConfig => "SystemRecoveryConfigPriv",
        }
    }

    /// The name iLOrest and the iLO web interface use (`"Remote Console"`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Login => "Login",
            Self::RemoteConsole => "Remote Console",
            Self::UserConfig => "User Config",
            Self::IloConfig => "iLO Config",
            Self::VirtualMedia => "Virtual Media",
            Self::VirtualPowerAndReset => "Virtual Power and Reset",
            Self::HostNicConfig => "Host NIC Config",
            Self::HostBiosConfig => "Host BIOS Config",
            Self::HostStorageConfig => "Host Storage Config",
            Self::SystemRecoveryConfig => "System Recovery Config",
        }
    }
}

impl fmt::Display for IloPrivilege {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.property())
    }
}

impl FromStr for IloPrivilege {
    type Err = Error;

    /// Accepts the property (`iLOConfigPriv`), the label (`iLO Config`), either without
    /// the `Priv` suffix, spaces or case (`iloconfig`), or the iLOrest number (`4`).
    fn from_str(s: &str) -> Result<Self, Error> {
        let t = s.trim();
        if let Ok(n) = t.parse::<u8>() {
            return Self::from_number(n)
                .ok_or_else(|| Error::InvalidInput(format!("no iLO privilege number {n} (1-10)")));
        }
        let squash = |x: &str| {
            x.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase()
        };
        let wanted = squash(t);
        let wanted = wanted.strip_suffix("priv").unwrap_or(&wanted);
        Self::ALL
            .iter()
            .copied()
            .find(|p| {
                let prop = squash(p.property());
                prop.strip_suffix("priv") == Some(wanted) || squash(p.label()) == wanted
            })
            .ok_or_else(|| Error::InvalidInput(format!("unknown iLO privilege {s:?}")))
    }
}

impl Privileges {
    /// All ten privileges set to `false`.
    pub fn none() -> Self {
        let mut p = Self::default();
        for x in IloPrivilege::ALL {
            p.set(x, false);
        }
        p
    }

    /// Exactly `privileges` set (all others explicitly `false`).
    pub fn only(privileges: impl IntoIterator<Item = IloPrivilege>) -> Self {
        let mut p = Self::none();
        for x in privileges {
            p.set(x, true);
        }
        p
    }

    /// From iLOrest numbers (`[1, 3, 4]`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a number outside 1-10.
    pub fn from_numbers(numbers: &[u8]) -> Result<Self, Error> {
        let privs = numbers
            .iter()
            .map(|n| {
                IloPrivilege::from_number(*n).ok_or_else(|| {
                    Error::InvalidInput(format!("no iLO privilege number {n} (1-10)"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self::only(privs))
    }

    /// From names (see [`IloPrivilege::from_str`]).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an unknown name.
    pub fn from_names<S: AsRef<str>>(names: &[S]) -> Result<Self, Error> {
        let privs = names
            .iter()
            .map(|n| n.as_ref().parse())
            .collect::<Result<Vec<IloPrivilege>, _>>()?;
        Ok(Self::only(privs))
    }

    /// The flag of one privilege (`None` when the service did not send it).
    pub fn get(&self, p: IloPrivilege) -> Option<bool> {
        match p {
            IloPrivilege::Login => self.login_priv,
            IloPrivilege::RemoteConsole => self.remote_console_priv,
            IloPrivilege::UserConfig => self.user_config_priv,
            IloPrivilege::IloConfig => self.ilo_config_priv,
            IloPrivilege::VirtualMedia => self.virtual_media_priv,
            IloPrivilege::VirtualPowerAndReset => self.virtual_power_and_reset_priv,
            IloPrivilege::HostNicConfig => self.host_nic_config_priv,
            IloPrivilege::HostBiosConfig => self.host_bios_config_priv,
            IloPrivilege::HostStorageConfig => self.host_storage_config_priv,
            IloPrivilege::SystemRecoveryConfig => self.system_recovery_config_priv,
        }
    }

    /// Sets one privilege.
    pub fn set(&mut self, p: IloPrivilege, value: bool) {
        let slot = match p {
            IloPrivilege::Login => &mut self.login_priv,
            IloPrivilege::RemoteConsole => &mut self.remote_console_priv,
            IloPrivilege::UserConfig => &mut self.user_config_priv,
            IloPrivilege::IloConfig => &mut self.ilo_config_priv,
            IloPrivilege::VirtualMedia => &mut self.virtual_media_priv,
            IloPrivilege::VirtualPowerAndReset => &mut self.virtual_power_and_reset_priv,
            IloPrivilege::HostNicConfig => &mut self.host_nic_config_priv,
            IloPrivilege::HostBiosConfig => &mut self.host_bios_config_priv,
            IloPrivilege::HostStorageConfig => &mut self.host_storage_config_priv,
            IloPrivilege::SystemRecoveryConfig => &mut self.system_recovery_config_priv,
        };
        *slot = Some(value);
    }

    /// The privileges set to `true`, in iLOrest order.
    pub fn granted(&self) -> Vec<IloPrivilege> {
        IloPrivilege::ALL
            .iter()
            .copied()
            .filter(|p| self.get(*p) == Some(true))
            .collect()
    }

    /// The smallest predefined iLO role whose privileges cover the granted ones:
    /// `ReadOnly` (Login), `Operator` (adds remote console, virtual media, power, host
    /// BIOS/NIC/storage configuration) or `Administrator` (adds user, iLO and recovery
    /// configuration). iLO reports this `RoleId` for custom privilege sets (the seed's
    /// `--addprivs 1,3,4` account shows `Administrator`).
    pub fn implied_role(&self) -> &'static str {
        use IloPrivilege::*;
        let granted = self.granted();
        if granted
            .iter()
            .any(|p| matches!(p, UserConfig | IloConfig | SystemRecoveryConfig))
        {
            "Administrator"
        } else if granted.iter().any(|p| *p != Login) {
            "Operator"
        } else {
            "ReadOnly"
        }
    }

    /// `true` when every privilege of `required` is granted.
    pub fn includes(&self, required: &[IloPrivilege]) -> bool {
        required.iter().all(|p| self.get(*p) == Some(true))
    }
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe` of a ManagerAccount (`#HpeiLOAccount`).
    pub struct HpeAccountOem {
        /// `@odata.type`.
        "@odata.type" => odata_type: redfish_model::ODataType,
        /// The descriptive login name (the account owner), distinct from `UserName`.
        "LoginName" => login_name: String,
        /// The privileges.
        "Privileges" => privileges: Privileges,
        /// A service account (used by management software, not people).
        "ServiceAccount" => service_account: bool,
    }
}

impl OemExtension for HpeAccountOem {
    const VENDOR: &'static str = "Hpe";
    const ALIASES: &'static [&'static str] = &["Hp"];
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe.Links` of the AccountService.
    pub struct AccountServiceOemLinks {
        /// Application accounts (iLO 7).
        "AppAccounts" => app_accounts: Link,
    }
}

redfish_model::redfish_struct! {
    /// `Oem.Hpe` of the AccountService (`#HpeiLOAccountService`).
    pub struct HpeAccountServiceOem {
        /// `@odata.type`.
        "@odata.type" => odata_type: redfish_model::ODataType,
        /// Application accounts (iLO 7), when linked directly.
        "AppAccounts" => app_accounts: Link,
        /// Links (application accounts on some firmware).
        "Links" => links: AccountServiceOemLinks,
        /// Minimum password length.
        "MinPasswordLength" => min_password_length: u32,
        /// Password complexity enforced.
        "EnforcePasswordComplexity" => enforce_password_complexity: bool,
    }
}

impl OemExtension for HpeAccountServiceOem {
    const VENDOR: &'static str = "Hpe";
    const ALIASES: &'static [&'static str] = &["Hp"];
}

/// A new iLO user account. `Debug` never shows the password.
#[derive(Clone)]
#[non_exhaustive]
pub struct NewIloAccount {
    /// `UserName`: what the user logs in with.
    pub user_name: String,
    /// `Oem.Hpe.LoginName`: a description of the owner.
    pub login_name: Option<String>,
    password: String,
    /// The privileges (those not granted are sent as `false`).
    pub privileges: Privileges,
    /// Standard `RoleId`; when unset, [`Privileges::implied_role`] is sent (Redfish requires a
    /// `RoleId` on creation; the `Oem.Hpe` privileges then set the exact rights).
    pub role_id: Option<String>,
}

impl fmt::Debug for NewIloAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewIloAccount")
            .field("user_name", &self.user_name)
            .field("login_name", &self.login_name)
            .field("password", &"<redacted>")
            .field("privileges", &self.privileges.granted())
            .finish()
    }
}

impl NewIloAccount {
    /// An account with `privileges`.
    pub fn new(
        user_name: impl Into<String>,
        password: impl Into<String>,
        privileges: Privileges,
    ) -> Self {
        Self {
            user_name: user_name.into(),
            login_name: None,
            password: password.into(),
            privileges,
            role_id: None,
        }
    }

    /// An account with privileges in the iLOrest numbering, as
    /// `ilorest iloaccounts add USER LOGINNAME PASSWORD --addprivs 1,3,4`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a number outside 1-10.
    pub fn with_ilorest_privileges(
        user_name: impl Into<String>,
        login_name: impl Into<String>,
        password: impl Into<String>,
        numbers: &[u8],
    ) -> Result<Self, Error> {
        Ok(
            Self::new(user_name, password, Privileges::from_numbers(numbers)?)
                .login_name(login_name),
        )
    }

    /// Sets the descriptive login name.
    #[must_use]
    pub fn login_name(mut self, name: impl Into<String>) -> Self {
        self.login_name = Some(name.into());
        self
    }

    /// Sets the `RoleId`.
    #[must_use]
    pub fn role_id(mut self, role: impl Into<String>) -> Self {
        self.role_id = Some(role.into());
        self
    }

    /// The POST body (contains the password: never log it).
    pub fn to_body(&self) -> Value {
        let mut hpe = json!({ "Privileges": self.privileges });
        if let Some(l) = &self.login_name {
            hpe["LoginName"] = json!(l);
        }
        let role = self
            .role_id
            .as_deref()
            .unwrap_or_else(|| self.privileges.implied_role());
        json!({
            "UserName": self.user_name,
            "Password": self.password,
            "RoleId": role,
            "Oem": { "Hpe": hpe },
        })
    }
}

impl Ilo {
    /// The AccountService.
    ///
    /// # Errors
    ///
    /// Client errors, [`Error::Client`] with a missing link.
    pub async fn account_service(&self) -> Result<Entity<AccountService>> {
        Ok(self.service_root().account_service().await?)
    }

    /// The iLO user accounts (ManagerAccount collection).
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn accounts(&self) -> Result<Vec<Entity<ManagerAccount>>> {
        let svc = self.account_service().await?;
        Ok(svc.members(&svc.accounts)?.collect().await?)
    }

    /// The account whose `UserName` is `user_name`.
    ///
    /// # Errors
    ///
    /// [`Error::NotFound`], client errors.
    pub async fn account(&self, user_name: &str) -> Result<Entity<ManagerAccount>> {
        self.accounts()
            .await?
            .into_iter()
            .find(|a| a.user_name.as_deref() == Some(user_name))
            .ok_or_else(|| Error::NotFound(format!("account {user_name:?}")))
    }

    /// Creates an iLO account with `Oem.Hpe` privileges (the `ilorest iloaccounts add`
    /// command) and returns it as the service stores it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an empty user name or password; client errors (e.g.
    /// `iLO...UserAlreadyExist` typed as [`Error::Ilo`]).
    pub async fn create_account(&self, account: &NewIloAccount) -> Result<Entity<ManagerAccount>> {
        if account.user_name.trim().is_empty() || account.password.is_empty() {
            return Err(Error::InvalidInput(
                "an iLO account needs a user name and a password".into(),
            ));
        }
        let svc = self.account_service().await?;
        let members = svc.members(&svc.accounts)?;
        let created = members.create(&account.to_body()).await?;
        match created.uri {
            Some(uri) => Ok(self.client().get(&uri).await?),
            None => self.account(&account.user_name).await,
        }
    }

    /// Deletes an account.
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn delete_account(&self, account: &ODataId) -> Result<()> {
        self.client().delete(account).await?;
        Ok(())
    }
}

/// The `Oem.Hpe` section of an account (login name, privileges, service account).
///
/// # Errors
///
/// [`Error::InvalidInput`] when the section does not have the expected shape.
pub fn account_oem(account: &ManagerAccount) -> Result<Option<HpeAccountOem>> {
    account
        .oem_ext::<HpeAccountOem>()
        .map_err(|e| Error::InvalidInput(format!("Oem.Hpe of the account: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ilorest_numbering() {
        let p = Privileges::from_numbers(&[1, 3, 4]).unwrap();
        assert_eq!(
            p.granted(),
            vec![
                IloPrivilege::Login,
                IloPrivilege::UserConfig,
                IloPrivilege::IloConfig
            ]
        );
        assert_eq!(p.get(IloPrivilege::RemoteConsole), Some(false));
        assert!(Privileges::from_numbers(&[0]).is_err());
        assert!(Privileges::from_numbers(&[11]).is_err());
        for (i, priv_) in IloPrivilege::ALL.iter().enumerate() {
            assert_eq!(usize::from(priv_.number()), i + 1);
        }
    }

    #[test]
    fn implied_roles() {
        assert_eq!(
            Privileges::from_numbers(&[1]).unwrap().implied_role(),
            "ReadOnly"
        );
        assert_eq!(
            Privileges::from_numbers(&[1, 2, 5, 6, 7, 8, 9])
                .unwrap()
                .implied_role(),
            "Operator"
        );
        assert_eq!(
            Privileges::from_numbers(&[1, 3, 4]).unwrap().implied_role(),
            "Administrator"
        );
        assert_eq!(
            Privileges::from_numbers(&[1, 10]).unwrap().implied_role(),
            "Administrator"
        );
    }

    #[test]
    fn privilege_names_are_accepted_in_every_spelling() {
        for (s, p) in [
            ("iLOConfigPriv", IloPrivilege::IloConfig),
            ("iLO Config", IloPrivilege::IloConfig),
            ("iloconfig", IloPrivilege::IloConfig),
            ("HostBIOSConfigPriv", IloPrivilege::HostBiosConfig),
            ("Host BIOS Config", IloPrivilege::HostBiosConfig),
            ("login", IloPrivilege::Login),
            ("10", IloPrivilege::SystemRecoveryConfig),
        ] {
            assert_eq!(s.parse::<IloPrivilege>().unwrap(), p, "{s}");
        }
        assert!("root".parse::<IloPrivilege>().is_err());
        let p = Privileges::from_names(&["LoginPriv", "User Config", "4"]).unwrap();
        assert_eq!(p, Privileges::from_numbers(&[1, 3, 4]).unwrap());
    }

    #[test]
    fn account_body_matches_the_seed_and_hides_the_password() {
        let a = NewIloAccount::with_ilorest_privileges(
            "ilorest-appuser",
            "iLOrest application user",
            "passwordexample",
            &[1, 3, 4],
        )
        .unwrap();
        let body = a.to_body();
        assert_eq!(body["UserName"], "ilorest-appuser");
        assert_eq!(
            body["RoleId"], "Administrator",
            "as iLO reports it in the seed"
        );
        assert_eq!(body["Oem"]["Hpe"]["LoginName"], "iLOrest application user");
        assert_eq!(body["Oem"]["Hpe"]["Privileges"]["iLOConfigPriv"], true);
        assert_eq!(body["Oem"]["Hpe"]["Privileges"]["VirtualMediaPriv"], false);
        assert_eq!(
            body["Oem"]["Hpe"]["Privileges"].as_object().unwrap().len(),
            10
        );
        assert!(!format!("{a:?}").contains("passwordexample"));
    }
}
