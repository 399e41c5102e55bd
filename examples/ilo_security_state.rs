//! HPE iLO security state and in-band access: the `ilorest`/`curl` examples of the HPE
//! security-service documentation ("iLO Security State", "In-band management").
//!
//! ```text
//! cargo run -p redfish-examples --example ilo_security_state
//! cargo run -p redfish-examples --example ilo_security_state -- --url https://ilo --set HighSecurity
//! cargo run -p redfish-examples --example ilo_security_state -- --url https://ilo --require-host-auth true
//! ```
//!
//! Shows the state, the values the iLO accepts, which transitions this generation allows
//! (checked client-side, before any request), `RequireHostAuthentication` and whether host
//! clients need credentials or the Host BIOS Config privilege. Against the embedded emulator
//! (no `--url`) it also walks Production -> HighSecurity -> Production and shows refusals.

use std::process::ExitCode;

use clap::Parser;
use hpe_oem::host_access::{Channel, OsUser, in_band_access};
use hpe_oem::security_state::known_states;
use hpe_oem::{Ilo, SecurityState, check_transition};
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[path = "ilo_common.rs"]
mod ilo_common;

#[derive(Debug, Parser)]
#[command(about = "Read and change the iLO security state and host authentication")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Change the security state (Production, HighSecurity, FIPS, SecureStandard...).
    /// The iLO resets after a change.
    #[arg(long)]
    set: Option<String>,
    /// Set Manager Oem.Hpe.RequireHostAuthentication (iLO 5/6 only).
    #[arg(long)]
    require_host_auth: Option<bool>,
    /// Whether a BIOS password is set on the host (changes the BIOS privilege answer).
    #[arg(long)]
    bios_password: bool,
    /// Use the iLO 7 emulator scenario instead of iLO 6 (without --url).
    #[arg(long)]
    ilo7: bool,
}

async fn show(ilo: &Ilo, bios_password: bool) -> Result<(), BoxError> {
    let svc = ilo.security_service().await?;
    let state = svc.security_state.clone().ok_or("no SecurityState")?;
    println!("\nSecurityState: {state}");
    if let Some(allowed) = &svc.security_state_allowable_values {
        let v: Vec<&str> = allowed.iter().map(SecurityState::as_str).collect();
        println!("  accepted by the iLO (AllowableValues): {}", v.join(", "));
    }
    let mut ok = Vec::new();
    for to in known_states().filter(|s| *s != state) {
        if check_transition(ilo.generation(), &state, &to).is_ok() {
            ok.push(to.to_string());
        }
    }
    println!(
        "  transitions {} allows from {state}: {}",
        ilo.generation(),
        if ok.is_empty() {
            "none".to_owned()
        } else {
            ok.join(", ")
        }
    );

    let ctx = ilo.access_context(bios_password).await?;
    match ctx.require_host_authentication {
        Some(v) => println!("\nRequireHostAuthentication: {v}"),
        None => println!("\nRequireHostAuthentication: absent (no CHIF on this generation)"),
    }
    println!("in-band and remote access (BIOS password set: {bios_password}):");
    for (label, channel, user) in [
        (
            "CHIF, root/Administrator ",
            Channel::Chif,
            OsUser::Privileged,
        ),
        (
            "CHIF, other OS user      ",
            Channel::Chif,
            OsUser::Unprivileged,
        ),
        (
            "virtual NIC              ",
            Channel::VirtualNic,
            OsUser::Privileged,
        ),
        (
            "remote (out-of-band)     ",
            Channel::Remote,
            OsUser::Privileged,
        ),
    ] {
        println!("  {label} {}", in_band_access(&ctx, channel, user));
    }
    Ok(())
}

async fn run(client: &redfish_client::Client, args: &Args, emulated: bool) -> Result<(), BoxError> {
    let ilo = Ilo::connect(client).await?;
    ilo_common::print_identity(&ilo);
    show(&ilo, args.bios_password).await?;

    if let Some(v) = args.require_host_auth {
        let out = ilo.set_require_host_authentication(v).await?;
        ilo_common::print_outcome(&format!("\nRequireHostAuthentication={v}"), &out);
    }
    if let Some(target) = &args.set {
        let out = ilo
            .set_security_state(SecurityState::from(target.as_str()))
            .await?;
        ilo_common::print_outcome(&format!("\nSecurityState={target}"), &out);
        show(&ilo, args.bios_password).await?;
    }

    if emulated && args.set.is_none() && args.require_host_auth.is_none() {
        println!("\n-- demonstration on the emulator --");
        for refused in [
            SecurityState::Wipe,
            SecurityState::CNSA,
            SecurityState::SecureStandard,
        ] {
            if let Err(e) = ilo.set_security_state(refused).await {
                println!("refused before sending: {e}");
            }
        }
        if ilo.generation() == hpe_oem::IloGeneration::Ilo6 {
            let out = ilo.set_security_state(SecurityState::HighSecurity).await?;
            ilo_common::print_outcome("SecurityState=HighSecurity", &out);
            let out = ilo.set_require_host_authentication(true).await?;
            ilo_common::print_outcome("RequireHostAuthentication=true", &out);
            show(&ilo, args.bios_password).await?;
            let out = ilo.set_require_host_authentication(false).await?;
            ilo_common::print_outcome("\nRequireHostAuthentication=false", &out);
            let out = ilo.set_security_state(SecurityState::Production).await?;
            ilo_common::print_outcome("SecurityState=Production", &out);
        } else if let Err(e) = ilo.set_require_host_authentication(true).await {
            println!("refused before sending: {e}");
        }
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let scenario = if args.ilo7 {
        Scenario::ilo7()
    } else {
        Scenario::ilo()
    };
    let target = match connect(&args.connect, scenario).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args, target.is_emulated()).await;
    target.finish(result).await
}
