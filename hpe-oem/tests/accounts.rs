//! iLO accounts (`Oem.Hpe` privileges) and iLO 7 application accounts, against the emulator.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{bench, client_for};
use hpe_oem::account::account_oem;
use hpe_oem::{
    Error, HostApplication, IloPrivilege, NewAppAccount, NewIloAccount, Privileges, RefusalReason,
};
use redfish_client::Method;
use redfish_emulator::{DEFAULT_OPERATOR, Scenario};

#[tokio::test]
async fn creates_an_account_with_ilorest_privilege_numbers_as_in_the_seed() {
    let b = bench(Scenario::ilo()).await;
    let new = NewIloAccount::with_ilorest_privileges(
        "ilorest-appuser",
        "iLOrest application user",
        "passwordexample",
        &[1, 3, 4],
    )
    .unwrap();
    let account = b.ilo.create_account(&new).await.unwrap();
    assert_eq!(account.user_name.as_deref(), Some("ilorest-appuser"));
    let oem = account_oem(&account).unwrap().unwrap();
    assert_eq!(oem.login_name.as_deref(), Some("iLOrest application user"));
    let privs = oem.privileges.unwrap();
    assert_eq!(
        privs.granted(),
        vec![
            IloPrivilege::Login,
            IloPrivilege::UserConfig,
            IloPrivilege::IloConfig
        ]
    );
    assert_eq!(privs.get(IloPrivilege::VirtualMedia), Some(false));
    assert!(
        HostApplication::ILORest
            .missing_privileges(&privs)
            .is_empty()
    );
    assert_eq!(
        HostApplication::SmartUpdateManager.missing_privileges(&privs),
        vec![IloPrivilege::SystemRecoveryConfig]
    );
    // The new account can log in.
    let as_new = client_for(&b.emu, "ilorest-appuser", "passwordexample");
    let ilo = hpe_oem::Ilo::connect(&as_new).await.unwrap();
    assert!(ilo.security_state().await.is_ok());
    as_new.logout().await.unwrap();
    // Found by name, then deleted.
    let found = b.ilo.account("ilorest-appuser").await.unwrap();
    b.ilo.delete_account(found.odata_id()).await.unwrap();
    assert!(matches!(
        b.ilo.account("ilorest-appuser").await,
        Err(Error::NotFound(_))
    ));
    b.finish().await;
}

#[tokio::test]
async fn creates_an_account_with_privilege_names() {
    let b = bench(Scenario::ilo()).await;
    let privs = Privileges::from_names(&[
        "Login",
        "Remote Console",
        "VirtualMediaPriv",
        "HostBIOSConfigPriv",
    ])
    .unwrap();
    let account = b
        .ilo
        .create_account(
            &NewIloAccount::new("console-user", "console-password", privs.clone())
                .login_name("Console"),
        )
        .await
        .unwrap();
    let got = account_oem(&account).unwrap().unwrap().privileges.unwrap();
    assert_eq!(got.granted(), privs.granted());
    assert!(got.includes(&[IloPrivilege::HostBiosConfig]));
    assert!(!got.includes(&[IloPrivilege::IloConfig]));
    b.emu.clear_request_log();
    let e = b
        .ilo
        .create_account(&NewIloAccount::new(" ", "x", Privileges::none()))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput(_)));
    assert!(b.writes().is_empty());
    b.finish().await;
}

#[tokio::test]
async fn lists_filters_and_reads_application_accounts() {
    let b = bench(Scenario::ilo7()).await;
    let all = b.ilo.app_accounts().await.unwrap();
    assert_eq!(all.len(), 2);
    let ams = b.ilo.app_accounts_for("AMS").await.unwrap();
    assert_eq!(ams.len(), 1);
    assert_eq!(ams[0].host_app_name.as_deref(), Some("AMS"));
    assert_eq!(ams[0].application(), Some(HostApplication::Ams));
    assert!(ams[0].host_app_id.as_deref().unwrap().ends_with("fea0"));
    let privs = ams[0].privileges.as_ref().unwrap();
    assert!(HostApplication::Ams.missing_privileges(privs).is_empty());
    let ilorest = b.ilo.app_accounts_for("ilorest").await.unwrap();
    assert_eq!(ilorest.len(), 1);
    let by_id = b.ilo.app_account("65606").await.unwrap();
    assert_eq!(by_id.host_app_name.as_deref(), Some("iLORest"));
    assert!(b.ilo.app_accounts_for("SUM").await.unwrap().is_empty());
    b.finish().await;
}

#[tokio::test]
async fn creates_and_deletes_an_application_account() {
    let b = bench(Scenario::ilo7()).await;
    let new = NewAppAccount::new("SUM", "5e1f0c2b9a7d31c4");
    assert!(
        !format!("{new:?}").contains("5e1f0c2b9a7d"),
        "the id is masked in Debug"
    );
    let created = b.ilo.create_app_account(&new).await.unwrap();
    assert_eq!(
        created.application(),
        Some(HostApplication::SmartUpdateManager)
    );
    assert!(created.host_app_id.as_deref().unwrap().ends_with("31c4"));
    // Privileges are inherited from the creating user (admin: all of them).
    let privs = created.privileges.as_ref().unwrap();
    assert!(
        HostApplication::SmartUpdateManager
            .missing_privileges(privs)
            .is_empty()
    );
    assert_eq!(b.ilo.app_accounts().await.unwrap().len(), 3);
    b.ilo.delete_app_account(created.odata_id()).await.unwrap();
    assert_eq!(b.ilo.app_accounts().await.unwrap().len(), 2);
    assert!(b.ilo.app_accounts_for("SUM").await.unwrap().is_empty());

    b.emu.clear_request_log();
    let e = b
        .ilo
        .create_app_account(&NewAppAccount::new("", "x"))
        .await
        .unwrap_err();
    assert!(matches!(e, Error::InvalidInput(_)));
    assert!(b.writes().is_empty());
    b.finish().await;
}

#[tokio::test]
async fn a_user_without_the_minimum_privileges_cannot_create_an_application_account() {
    let b = bench(Scenario::ilo7()).await;
    let operator = client_for(&b.emu, DEFAULT_OPERATOR.user, DEFAULT_OPERATOR.password);
    let ilo = hpe_oem::Ilo::connect(&operator).await.unwrap();
    let e = ilo
        .create_app_account(&NewAppAccount::new("iLORest", "0123456789ab"))
        .await
        .unwrap_err();
    assert_eq!(e.status().map(|s| s.as_u16()), Some(403), "{e:?}");
    operator.logout().await.unwrap();
    assert_eq!(b.ilo.app_accounts().await.unwrap().len(), 2);
    b.finish().await;
}

#[tokio::test]
async fn application_accounts_are_refused_before_ilo7() {
    let b = bench(Scenario::ilo()).await;
    b.emu.clear_request_log();
    let e = b.ilo.app_accounts().await.unwrap_err();
    match e {
        Error::Refused(r) => assert_eq!(r.reason, RefusalReason::NotOnThisGeneration),
        other => panic!("{other:?}"),
    }
    assert_eq!(b.requests(Method::GET, "AppAccounts"), 0);
    b.finish().await;
}
