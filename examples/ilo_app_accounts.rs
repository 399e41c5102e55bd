//! iLO accounts and iLO 7 application accounts: the examples of "Application accounts" of
//! the HPE security-service documentation: create an iLO user with iLOrest privilege numbers
//! (`ilorest iloaccounts add ilorest-appuser "iLOrest application user" PASSWORD --addprivs 1,3,4`),
//! list the application accounts, filter them by `HostAppName`, check them against the
//! minimum privileges of each host application, create and delete one.
//!
//! ```text
//! cargo run -p redfish-examples --example ilo_app_accounts
//! cargo run -p redfish-examples --example ilo_app_accounts -- --url https://ilo7 --host-app-name AMS
//! REDFISH_NEW_PASSWORD=... cargo run -p redfish-examples --example ilo_app_accounts -- \
//!     --url https://ilo7 --create-user ilorest-appuser --addprivs 1,3,4
//! ```

use std::process::ExitCode;

use clap::Parser;
use hpe_oem::account::account_oem;
use hpe_oem::{HostApplication, Ilo, IloPrivilege, NewAppAccount, NewIloAccount, Privileges};
use redfish_client::Client;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[path = "ilo_common.rs"]
mod ilo_common;

#[derive(Debug, Parser)]
#[command(about = "iLO user accounts with iLO privileges, and iLO 7 application accounts")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Show only the application accounts of this host application.
    #[arg(long, default_value = "AMS")]
    host_app_name: String,
    /// Create this iLO user (default with the emulator: ilorest-appuser).
    #[arg(long)]
    create_user: Option<String>,
    /// Its descriptive login name.
    #[arg(long, default_value = "iLOrest application user")]
    login_name: String,
    /// Its privileges, iLOrest numbering (1 Login, 2 Remote Console, 3 User Config, 4 iLO
    /// Config, 5 Virtual Media, 6 Virtual Power and Reset, 7 Host NIC, 8 Host BIOS, 9 Host
    /// Storage, 10 System Recovery).
    #[arg(long, value_delimiter = ',', default_value = "1,3,4")]
    addprivs: Vec<u8>,
    /// Its password.
    #[arg(long, env = "REDFISH_NEW_PASSWORD", hide_env_values = true)]
    new_password: Option<String>,
}

fn privilege_list(p: &Privileges) -> String {
    let names: Vec<&str> = p.granted().iter().map(|x| x.property()).collect();
    names.join(", ")
}

async fn list(ilo: &Ilo, filter: &str) -> Result<(), BoxError> {
    let all = ilo.app_accounts().await?;
    println!("\napplication accounts ({}):", all.len());
    for a in &all {
        println!("  {}", a.odata_id());
    }
    println!("\nHostAppName={filter}:");
    for a in ilo.app_accounts_for(filter).await? {
        let app = a
            .application()
            .unwrap_or(HostApplication::Other(String::new()));
        let privs = a.privileges.clone().unwrap_or_default();
        println!(
            "  Id {}  HostAppName {}  HostAppId {}",
            a.id.as_deref().unwrap_or("?"),
            a.host_app_name.as_deref().unwrap_or("?"),
            a.host_app_id.as_deref().unwrap_or("?")
        );
        println!("    privileges: {}", privilege_list(&privs));
        let missing = app.missing_privileges(&privs);
        if missing.is_empty() {
            println!("    meets the minimum privileges of {app}");
        } else {
            println!("    MISSING for {app}: {missing:?}");
        }
    }
    Ok(())
}

async fn run(client: &Client, args: &Args, emulated: bool) -> Result<(), BoxError> {
    let ilo = Ilo::connect(client).await?;
    ilo_common::print_identity(&ilo);

    println!("\nminimum application account privileges (HPE):");
    for app in HostApplication::KNOWN {
        let p: Vec<&str> = app
            .minimum_privileges()
            .unwrap_or(&[])
            .iter()
            .map(|x: &IloPrivilege| x.property())
            .collect();
        println!("  {:<31} {}", app.name(), p.join(", "));
    }

    let user = args
        .create_user
        .clone()
        .or_else(|| emulated.then(|| "ilorest-appuser".to_owned()));
    let mut created = None;
    if let Some(user) = &user {
        let password = args
            .new_password
            .clone()
            .or_else(|| emulated.then(|| "passwordexample".to_owned()))
            .ok_or("--new-password (or REDFISH_NEW_PASSWORD) is required with --create-user")?;
        let new = NewIloAccount::with_ilorest_privileges(
            user,
            &args.login_name,
            &password,
            &args.addprivs,
        )?;
        let account = ilo.create_account(&new).await?;
        let oem = account_oem(&account)?.unwrap_or_default();
        println!("\nnew iLO account {} ({})", user, account.odata_id());
        println!(
            "  RoleId      {}",
            account.role_id.as_deref().unwrap_or("?")
        );
        println!("  LoginName   {}", oem.login_name.as_deref().unwrap_or("?"));
        println!(
            "  privileges  {}",
            privilege_list(&oem.privileges.unwrap_or_default())
        );
        created = Some((account.odata_id().clone(), user.clone(), password));
    }

    if ilo.generation().is_ilo7_or_later() {
        list(&ilo, &args.host_app_name).await?;
    } else {
        println!(
            "\napplication accounts: {}",
            ilo.app_accounts()
                .await
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        );
    }

    if let (true, Some((_, user, password))) = (emulated, &created) {
        println!("\n-- demonstration: {user} creates an application account for iSUT --");
        // The account inherits the privileges of the user who creates it.
        let as_user = Client::builder(client.base_url().as_str())
            .credentials(user, password.as_str())
            .transport(client.transport())
            .build()?;
        let result = async {
            let ilo_user = Ilo::connect(&as_user).await?;
            let app = ilo_user
                .create_app_account(&NewAppAccount::new("iSUT", "7d3f9a2c11e4b8a0"))
                .await?;
            println!(
                "created {} (HostAppId {})",
                app.odata_id(),
                app.host_app_id.as_deref().unwrap_or("?")
            );
            list(&ilo_user, "iSUT").await?;
            ilo_user.delete_app_account(app.odata_id()).await?;
            println!("deleted {}", app.odata_id());
            Ok::<(), BoxError>(())
        }
        .await;
        as_user.logout().await?;
        result?;
    }
    if let (true, Some((uri, user, _))) = (emulated, &created) {
        ilo.delete_account(uri).await?;
        println!("deleted iLO account {user}");
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::ilo7()).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args, target.is_emulated()).await;
    target.finish(result).await
}
