//! HPE iLO TLS versions and weak ciphers: the examples of "iLO TLS versions management" and
//! "Enable/Disable weak iLO ciphers" of the HPE security-service documentation.
//!
//! ```text
//! cargo run -p redfish-examples --example ilo_tls
//! cargo run -p redfish-examples --example ilo_tls -- --url https://ilo --disable TLS1_0 --disable TLS1_1
//! cargo run -p redfish-examples --example ilo_tls -- --url https://ilo --weak-ciphers enable --enable TLS1_1
//! ```
//!
//! TLS versions and `DisableWeakCiphers` only change in the Production security state; the
//! checks run before any request. Changing `DisableWeakCiphers` resets the iLO.

use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use hpe_oem::{Ilo, SecurityState, TlsChange, TlsState, TlsVersion};
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[path = "ilo_common.rs"]
mod ilo_common;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Version {
    #[value(name = "TLS1_0")]
    Tls10,
    #[value(name = "TLS1_1")]
    Tls11,
    #[value(name = "TLS1_2")]
    Tls12,
    #[value(name = "TLS1_3")]
    Tls13,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Weak {
    /// DisableWeakCiphers=false: TLS 1.0/1.1 become configurable.
    Enable,
    /// DisableWeakCiphers=true: TLS 1.0/1.1 and short keys are refused.
    Disable,
}

#[derive(Debug, Parser)]
#[command(about = "Show and change the iLO TLS versions and weak ciphers")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Enable a TLS version (repeatable).
    #[arg(long, value_enum)]
    enable: Vec<Version>,
    /// Disable a TLS version (repeatable).
    #[arg(long, value_enum)]
    disable: Vec<Version>,
    /// Enable or disable weak ciphers (the iLO resets).
    #[arg(long, value_enum)]
    weak_ciphers: Option<Weak>,
}

fn set(v: TlsVersion, which: Version, state: TlsState) -> TlsVersion {
    match which {
        Version::Tls10 => v.with_tls1_0(state),
        Version::Tls11 => v.with_tls1_1(state),
        Version::Tls12 => v.with_tls1_2(state),
        Version::Tls13 => v.with_tls1_3(state),
    }
}

async fn show(ilo: &Ilo) -> Result<(), BoxError> {
    let s = ilo.tls_settings().await?;
    let state = s
        .security_state
        .as_ref()
        .map(SecurityState::as_str)
        .unwrap_or("?");
    println!("\nsecurity state      {state}");
    if let Some(v) = &s.versions {
        for (name, st) in v.entries() {
            println!("{name:<19} {st}");
        }
    }
    match s.disable_weak_ciphers {
        Some(d) => println!("DisableWeakCiphers  {d}"),
        None => {
            println!("DisableWeakCiphers  (not on this firmware: iLO 5 >= 3.01, iLO 6 >= 1.56)")
        }
    }
    if let Some(c) = &s.current_cipher {
        println!("current cipher      {c}");
    }
    Ok(())
}

async fn run(client: &redfish_client::Client, args: &Args, emulated: bool) -> Result<(), BoxError> {
    let ilo = Ilo::connect(client).await?;
    ilo_common::print_identity(&ilo);
    show(&ilo).await?;

    let mut versions = TlsVersion::default();
    for v in &args.enable {
        versions = set(versions, *v, TlsState::Enabled);
    }
    for v in &args.disable {
        versions = set(versions, *v, TlsState::Disabled);
    }
    let mut change = TlsChange::new().versions(versions);
    if let Some(w) = args.weak_ciphers {
        change = change.disable_weak_ciphers(w == Weak::Disable);
    }
    let asked = !args.enable.is_empty() || !args.disable.is_empty() || args.weak_ciphers.is_some();
    if asked {
        let out = ilo.change_tls(&change).await?;
        ilo_common::print_outcome("\nTLS change", &out);
        show(&ilo).await?;
    } else if emulated {
        println!("\n-- demonstration on the emulator --");
        // The HPE example body: {"DisableWeakCiphers": false, "TLSVersion": {"TLS1_0": "Enabled", "TLS1_1": "Enabled"}}
        let weak = TlsChange::new().disable_weak_ciphers(false).versions(
            TlsVersion::default()
                .with_tls1_0(TlsState::Enabled)
                .with_tls1_1(TlsState::Enabled),
        );
        println!("PATCH body: {}", weak.to_body());
        ilo_common::print_outcome("enable TLS 1.0/1.1", &ilo.change_tls(&weak).await?);
        show(&ilo).await?;
        let strict = TlsChange::new().disable_weak_ciphers(true);
        ilo_common::print_outcome("\nDisableWeakCiphers=true", &ilo.change_tls(&strict).await?);
        show(&ilo).await?;
        let again = TlsChange::new().versions(TlsVersion::default().with_tls1_0(TlsState::Enabled));
        if let Err(e) = ilo.change_tls(&again).await {
            println!("\nrefused before sending: {e}");
        }
        ilo.set_security_state(SecurityState::HighSecurity).await?;
        if let Err(e) = ilo
            .change_tls(&TlsChange::new().disable_weak_ciphers(false))
            .await
        {
            println!("refused before sending: {e}");
        }
        ilo.set_security_state(SecurityState::Production).await?;
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::ilo()).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args, target.is_emulated()).await;
    target.finish(result).await
}
