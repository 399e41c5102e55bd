//! Application accounts of iLO 7 (`#HpeiLOAppAccount`, under AccountService
//! `Oem/Hpe/AppAccounts`): accounts owned by HPE host applications (AMS, iLOrest, SUM,
//! iSUT), whose tokens live in the host TPM and are traded for sessions over the virtual NIC.

use std::fmt;

use redfish_client::Entity;
use redfish_model::{ODataId, Resource};

use crate::account::{HpeAccountServiceOem, IloPrivilege, Privileges};
use crate::error::{Error, RefusalReason, Result};
use crate::ilo::Ilo;

redfish_model::redfish_resource! {
    /// `#HpeiLOAppAccount.v1_0_0.HpeiLOAppAccount`.
    pub struct HpeAppAccount: "HpeiLOAppAccount" {
        /// The host application id (iLO masks all but the last four characters).
        "HostAppId" => host_app_id: String,
        /// The host application name (`"AMS"`, `"iLORest"`...).
        "HostAppName" => host_app_name: String,
        /// The privileges, inherited from the iLO user that created the account.
        "Privileges" => privileges: Privileges,
    }
}

/// The HPE host applications that use application accounts, with the minimum privileges
/// HPE documents for each.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostApplication {
    /// The iLOrest command-line tool.
    ILORest,
    /// Agentless Management Service.
    Ams,
    /// Smart Update Manager.
    SmartUpdateManager,
    /// Integrated Smart Update Tools (iSUT).
    IntegratedSmartUpdateTools,
    /// Another application (the `HostAppName` as sent).
    Other(String),
}

impl HostApplication {
    /// The applications HPE documents.
    pub const KNOWN: [HostApplication; 4] = [
        Self::ILORest,
        Self::Ams,
        Self::SmartUpdateManager,
        Self::IntegratedSmartUpdateTools,
    ];

    /// From a `HostAppName` (case and spacing tolerant: `"iLORest"`, `"ilorest"`, `"AMS"`,
    /// `"SUM"`, `"Smart Update Manager"`, `"iSUT"`, `"SUT"`...).
    pub fn from_host_app_name(name: &str) -> Self {
        let n: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match n.as_str() {
            "ilorest" | "ilorestfultool" | "restfulinterfacetool" => Self::ILORest,
            "ams" | "agentlessmanagementservice" | "amscli" => Self::Ams,
            "sum" | "smartupdatemanager" => Self::SmartUpdateManager,
            "isut" | "sut" | "integratedsmartupdatetools" | "smartupdatetools" => {
                Self::IntegratedSmartUpdateTools
            }
            _ => Self::Other(name.to_owned()),
        }
    }

    /// The name HPE uses for it.
    pub fn name(&self) -> &str {
        match self {
            Self::ILORest => "iLORest",
            Self::Ams => "AMS",
            Self::SmartUpdateManager => "Smart Update Manager",
            Self::IntegratedSmartUpdateTools => "Integrated Smart Update Tools",
            Self::Other(s) => s,
        }
    }

    /// The minimum privileges the application needs to work in-band (HPE table); `None`
    /// for applications HPE does not list.
    pub fn minimum_privileges(&self) -> Option<&'static [IloPrivilege]> {
        use IloPrivilege::*;
        match self {
            Self::ILORest | Self::Ams | Self::IntegratedSmartUpdateTools => {
                Some(&[Login, UserConfig, IloConfig])
            }
            Self::SmartUpdateManager => Some(&[Login, UserConfig, IloConfig, SystemRecoveryConfig]),
            Self::Other(_) => None,
        }
    }

    /// The minimum privileges missing from `granted` (empty when sufficient or unknown).
    pub fn missing_privileges(&self, granted: &Privileges) -> Vec<IloPrivilege> {
        self.minimum_privileges()
            .unwrap_or(&[])
            .iter()
            .copied()
            .filter(|p| granted.get(*p) != Some(true))
            .collect()
    }
}

impl fmt::Display for HostApplication {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl HpeAppAccount {
    /// The host application, typed.
    pub fn application(&self) -> Option<HostApplication> {
        self.host_app_name
            .as_deref()
            .map(HostApplication::from_host_app_name)
    }

    /// `true` when the `HostAppName` is `name` (case-insensitive, and `"ilorest"` matches
    /// `"iLORest"`): the `ilorest list --select HpeiLOAppAccount --filter HostAppName=...`
    /// filter.
    pub fn is_for(&self, name: &str) -> bool {
        match &self.host_app_name {
            Some(n) => {
                n.eq_ignore_ascii_case(name)
                    || HostApplication::from_host_app_name(n)
                        == HostApplication::from_host_app_name(name)
                        && !matches!(
                            HostApplication::from_host_app_name(n),
                            HostApplication::Other(_)
                        )
            }
            None => false,
        }
    }
}

/// A new application account. `Debug` masks the host application id as iLO does.
#[derive(Clone)]
#[non_exhaustive]
pub struct NewAppAccount {
    /// `HostAppName` (`"iLORest"`, `"AMS"`...).
    pub host_app_name: String,
    host_app_id: String,
}

impl fmt::Debug for NewAppAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tail: String = self
            .host_app_id
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        f.debug_struct("NewAppAccount")
            .field("host_app_name", &self.host_app_name)
            .field("host_app_id", &format!("**{tail}"))
            .finish()
    }
}

impl NewAppAccount {
    /// An account for the application `host_app_name` with id `host_app_id`. Its
    /// privileges are those of the iLO user the client is logged in as.
    pub fn new(host_app_name: impl Into<String>, host_app_id: impl Into<String>) -> Self {
        Self {
            host_app_name: host_app_name.into(),
            host_app_id: host_app_id.into(),
        }
    }

    /// The POST body.
    pub fn to_body(&self) -> serde_json::Value {
        serde_json::json!({
            "HostAppName": self.host_app_name,
            "HostAppId": self.host_app_id,
        })
    }
}

impl Ilo {
    /// The application accounts collection: AccountService `Oem.Hpe.AppAccounts` (or
    /// `Oem.Hpe.Links.AppAccounts`), else the resource directory, else the documented
    /// fallback `<AccountService>/Oem/Hpe/AppAccounts`. iLO 7 and later only.
    ///
    /// # Errors
    ///
    /// [`Error::Refused`] before iLO 7; client errors.
    pub async fn app_accounts_uri(&self) -> Result<ODataId> {
        if !self.generation().is_ilo7_or_later() {
            return Err(self.refusal(
                "use application accounts",
                None,
                RefusalReason::NotOnThisGeneration,
            ));
        }
        let svc = self.account_service().await?;
        let oem: Option<HpeAccountServiceOem> = svc.oem_ext().ok().flatten();
        let link = oem.as_ref().and_then(|o| {
            o.app_accounts
                .as_ref()
                .or_else(|| o.links.as_ref().and_then(|l| l.app_accounts.as_ref()))
                .map(|l| l.odata_id.clone())
        });
        // iLOrest finds them as a ManagerAccountCollection under `.../Oem/Hpe/AppAccounts`.
        let from_directory = self.resource_directory().and_then(|d| {
            d.find_by_schema("HpeiLOAppAccountCollection")
                .into_iter()
                .chain(
                    d.find_by_schema("ManagerAccountCollection")
                        .into_iter()
                        .filter(|u| {
                            u.normalized()
                                .to_ascii_lowercase()
                                .ends_with("/oem/hpe/appaccounts")
                        }),
                )
                .next()
                .cloned()
        });
        Ok(link.or(from_directory).unwrap_or_else(|| {
            svc.odata_id()
                .child("Oem")
                .child("Hpe")
                .child("AppAccounts")
        }))
    }

    /// Every application account.
    ///
    /// # Errors
    ///
    /// As [`Ilo::app_accounts_uri`]; client errors.
    pub async fn app_accounts(&self) -> Result<Vec<Entity<HpeAppAccount>>> {
        let uri = self.app_accounts_uri().await?;
        Ok(self
            .client()
            .members::<HpeAppAccount>(&uri)?
            .collect()
            .await?)
    }

    /// The application accounts of one host application (`HostAppName`, compared as
    /// [`HpeAppAccount::is_for`] does).
    ///
    /// # Errors
    ///
    /// As [`Ilo::app_accounts`].
    pub async fn app_accounts_for(
        &self,
        host_app_name: &str,
    ) -> Result<Vec<Entity<HpeAppAccount>>> {
        Ok(self
            .app_accounts()
            .await?
            .into_iter()
            .filter(|a| a.is_for(host_app_name))
            .collect())
    }

    /// One application account by `Id`.
    ///
    /// # Errors
    ///
    /// Client errors (an unknown id gives [`Error::Client`] with `InvalidInput`).
    pub async fn app_account(&self, id: &str) -> Result<Entity<HpeAppAccount>> {
        let uri = self.app_accounts_uri().await?;
        Ok(self
            .client()
            .members::<HpeAppAccount>(&uri)?
            .find(id)
            .await?)
    }

    /// Creates an application account with the privileges of the logged-in iLO user
    /// (which must include the application's minimum privileges, see
    /// [`HostApplication::minimum_privileges`]).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an empty name or id (nothing sent); client errors (403
    /// when the user lacks privileges).
    pub async fn create_app_account(
        &self,
        account: &NewAppAccount,
    ) -> Result<Entity<HpeAppAccount>> {
        if account.host_app_name.trim().is_empty() || account.host_app_id.trim().is_empty() {
            return Err(Error::InvalidInput(
                "an application account needs HostAppName and HostAppId".into(),
            ));
        }
        let uri = self.app_accounts_uri().await?;
        let created = self
            .client()
            .members::<HpeAppAccount>(&uri)?
            .create(&account.to_body())
            .await?;
        let location = created
            .uri
            .ok_or_else(|| Error::NotFound("the new application account's URI".into()))?;
        Ok(self.client().get(&location).await?)
    }

    /// Deletes an application account (its token in the host TPM becomes useless).
    ///
    /// # Errors
    ///
    /// Client errors.
    pub async fn delete_app_account(&self, account: &ODataId) -> Result<()> {
        self.client().delete(account).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_privilege_table() {
        use IloPrivilege::*;
        let base = vec![Login, UserConfig, IloConfig];
        for app in [
            HostApplication::ILORest,
            HostApplication::Ams,
            HostApplication::IntegratedSmartUpdateTools,
        ] {
            assert_eq!(app.minimum_privileges().unwrap().to_vec(), base, "{app}");
        }
        assert_eq!(
            HostApplication::SmartUpdateManager
                .minimum_privileges()
                .unwrap()
                .to_vec(),
            vec![Login, UserConfig, IloConfig, SystemRecoveryConfig]
        );
        assert!(
            HostApplication::Other("x".into())
                .minimum_privileges()
                .is_none()
        );
        let granted = Privileges::from_numbers(&[1, 3, 4]).unwrap();
        assert!(
            HostApplication::ILORest
                .missing_privileges(&granted)
                .is_empty()
        );
        assert_eq!(
            HostApplication::SmartUpdateManager.missing_privileges(&granted),
            vec![SystemRecoveryConfig]
        );
    }

    #[test]
    fn host_app_names_are_recognised() {
        assert_eq!(
            HostApplication::from_host_app_name("iLORest"),
            HostApplication::ILORest
        );
        assert_eq!(
            HostApplication::from_host_app_name("AMS"),
            HostApplication::Ams
        );
        assert_eq!(
            HostApplication::from_host_app_name("Smart Update Manager"),
            HostApplication::SmartUpdateManager
        );
        assert_eq!(
            HostApplication::from_host_app_name("iSUT"),
            HostApplication::IntegratedSmartUpdateTools
        );
        assert_eq!(
            HostApplication::from_host_app_name("Foo"),
            HostApplication::Other("Foo".into())
        );
        let a: HpeAppAccount =
            serde_json::from_value(serde_json::json!({"HostAppName": "AMS"})).unwrap();
        assert!(a.is_for("ams") && a.is_for("AMS") && !a.is_for("iLORest"));
    }
}
