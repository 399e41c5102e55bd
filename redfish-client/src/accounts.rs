//! User accounts of the service (`AccountService.Accounts`): create, find, change the
//! password, delete. Passwords are never logged or shown in `Debug`.
//!
//! ```no_run
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let accounts = client.service_root().await?.account_service().await?;
//! let operator = accounts.create_account("operator", "Initial-pw-1", "Operator").await?;
//! operator.change_password("Better-pw-2", "admin-password").await?;
//! operator.delete().await?;
//! # Ok(()) }
//! ```

use redfish_model::ActionRequest;
use redfish_model::account_service::AccountService;
use redfish_model::manager_account::{ChangePasswordRequest, ManagerAccount};
use serde_json::json;

use crate::collection::Members;
use crate::entity::Entity;
use crate::error::{Error, Result};

impl Entity<AccountService> {
    /// The `Accounts` collection.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when the service has none.
    pub fn accounts(&self) -> Result<Members<ManagerAccount>> {
        self.members(&self.data().accounts)
    }

    /// The account whose `UserName` is `user_name`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] when there is none, else as [`Members::collect`].
    pub async fn account(&self, user_name: &str) -> Result<Entity<ManagerAccount>> {
        self.accounts()?
            .collect()
            .await?
            .into_iter()
            .find(|a| a.user_name.as_deref() == Some(user_name))
            .ok_or_else(|| Error::InvalidInput(format!("no account {user_name:?}")))
    }

    /// Creates an enabled account with a role (`Administrator`, `Operator`, `ReadOnly` or
    /// a custom `RoleId`) and returns it as the service stores it.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an empty user name or password; the service's error
    /// (e.g. a password that breaks its policy, a user name taken).
    pub async fn create_account(
        &self,
        user_name: &str,
        password: &str,
        role_id: &str,
    ) -> Result<Entity<ManagerAccount>> {
        if user_name.trim().is_empty() || password.is_empty() {
            return Err(Error::InvalidInput(
                "an account needs a user name and a password".into(),
            ));
        }
        let body = json!({
            "UserName": user_name,
            "Password": password,
            "RoleId": role_id,
            "Enabled": true,
        });
        let created = self.accounts()?.create(&body).await?;
        match created.uri {
            Some(uri) => self.client().get(&uri).await,
            None => self.account(user_name).await,
        }
    }
}

impl Entity<ManagerAccount> {
    /// Sets a new password: the `ManagerAccount.ChangePassword` action when advertised
    /// (it needs the password of the session's account, `session_password`), else a PATCH
    /// of `Password` (where `session_password` is not used).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for an empty password, else as [`Entity::invoke`] or
    /// [`Entity::patch`].
    pub async fn change_password(&self, new_password: &str, session_password: &str) -> Result<()> {
        if new_password.is_empty() {
            return Err(Error::InvalidInput("the new password is empty".into()));
        }
        if ChangePasswordRequest::find(self.data()).is_some() {
            let request = ChangePasswordRequest::default()
                .with_new_password(new_password)
                .with_session_account_password(session_password);
            self.invoke(request).await?.wait().await?;
        } else {
            self.patch(&json!({ "Password": new_password })).await?;
        }
        Ok(())
    }

    /// Deletes the account.
    ///
    /// # Errors
    ///
    /// The service's error (e.g. refusing to delete the account of the session).
    pub async fn delete(&self) -> Result<()> {
        self.client().delete(self.odata_id()).await?;
        Ok(())
    }
}
