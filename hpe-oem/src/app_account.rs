//! Application accounts of iLO 7 (`#HpeiLOAppAccount`, under AccountService
//! `Oem/Hpe/AppAccounts`): accounts owned by HPE host applications (AMS, iLOrest, SUM,
//! iSUT), whose tokens live in the host TPM and are traded for sessions over the virtual NIC.

use std::fmt;

use crate::account::{IloPrivilege, Privileges};

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
