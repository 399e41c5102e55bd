//! Server management identities (IEEE 802.1AR DevIDs): the examples of "Server management
//! identities" of the HPE security-service documentation: view the iLO IDevID, System
//! IDevID, System IAK and platform certificate; generate an iLO LDevID CSR (and check its
//! 802.1AR layout), import the signed LDevID, view it, delete it.
//!
//! ```text
//! cargo run -p redfish-examples --example ilo_ldevid
//! cargo run -p redfish-examples --example ilo_ldevid -- --url https://ilo --csr-out ldevid.csr
//! cargo run -p redfish-examples --example ilo_ldevid -- --url https://ilo --import ldevid.crt
//! cargo run -p redfish-examples --example ilo_ldevid -- --url https://ilo --delete
//! ```
//!
//! iLO has no update of an LDevID: replace it by generating a new CSR, then importing the
//! new certificate (`Ilo::replace_ldevid` deletes the old one first).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use hpe_oem::{Identity, Ilo};
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[path = "ilo_common.rs"]
mod ilo_common;

#[derive(Debug, Parser)]
#[command(about = "View iLO identities; generate, import and delete the iLO LDevID")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Generate an iLO LDevID CSR and write it to this file.
    #[arg(long)]
    csr_out: Option<PathBuf>,
    /// Import a signed LDevID certificate (PEM, LF or CRLF; at most 16 KB).
    #[arg(long)]
    import: Option<PathBuf>,
    /// Delete the installed iLO LDevID certificate(s).
    #[arg(long)]
    delete: bool,
}

async fn show(ilo: &Ilo) -> Result<(), BoxError> {
    for id in Identity::ALL {
        let certs = match ilo.identity_certificates(id).await {
            Ok(c) => c,
            Err(e) => {
                println!("{:<22} {e}", id.label());
                continue;
            }
        };
        if certs.is_empty() {
            println!("{:<22} none provisioned", id.label());
        }
        for c in certs {
            match &c.parsed {
                Some(p) => println!(
                    "{:<22} {}\n{:<22} issuer {}, valid until {}",
                    id.label(),
                    p.subject(),
                    "",
                    p.issuer(),
                    p.not_after().date()
                ),
                None => println!(
                    "{:<22} {} (not an X.509 certificate)",
                    id.label(),
                    c.resource.odata_id()
                ),
            }
        }
    }
    Ok(())
}

async fn run(client: &redfish_client::Client, args: &Args, emulated: bool) -> Result<(), BoxError> {
    let ilo = Ilo::connect(client).await?;
    ilo_common::print_identity(&ilo);
    println!();
    show(&ilo).await?;

    let demo = emulated && args.csr_out.is_none() && args.import.is_none() && !args.delete;
    if args.csr_out.is_some() || demo {
        let ldevid = ilo.generate_ldevid_csr().await?;
        println!("\niLO LDevID CSR: {}", ldevid.csr.subject());
        if let Some(c) = &ldevid.csr.certificate_collection {
            println!("signed certificate goes to {c}");
        }
        println!(
            "IEEE 802.1AR check (iLO 6 >= 1.60 layout):\n{}",
            ldevid.report
        );
        if let Some(path) = &args.csr_out {
            std::fs::write(path, &ldevid.csr.pem)?;
            println!(
                "CSR written to {} (send it to your CA, then --import)",
                path.display()
            );
        }
        if demo {
            println!("\n-- demonstration: a throw-away CA signs the CSR --");
            let signed = ilo_common::DemoCa::new()?.sign(&ldevid.csr.request, "P52534-B21")?;
            let uri = ilo
                .import_ldevid(&signed, Some(&ldevid.csr.request))
                .await?;
            println!(
                "imported at {}",
                uri.map(|u| u.to_string()).unwrap_or_default()
            );
            show(&ilo).await?;
            for c in ilo.identity_certificates(Identity::IloLDevId).await? {
                ilo.delete_identity_certificate(Identity::IloLDevId, c.resource.odata_id())
                    .await?;
                println!("deleted {}", c.resource.odata_id());
            }
            let factory = ilo.identity_certificates(Identity::IloIDevId).await?;
            if let Some(idevid) = factory.first()
                && let Err(e) = ilo
                    .delete_identity_certificate(Identity::IloIDevId, idevid.resource.odata_id())
                    .await
            {
                println!("refused before sending: {e}");
            }
        }
    }
    if let Some(path) = &args.import {
        let pem = std::fs::read_to_string(path)?;
        let report = hpe_oem::devid::check_certificate_pem(&pem)?;
        println!("\nIEEE 802.1AR check of the certificate:\n{report}");
        let uri = ilo.import_ldevid(&pem, None).await?;
        println!(
            "imported at {}",
            uri.map(|u| u.to_string()).unwrap_or_default()
        );
    }
    if args.delete {
        for c in ilo.identity_certificates(Identity::IloLDevId).await? {
            ilo.delete_identity_certificate(Identity::IloLDevId, c.resource.odata_id())
                .await?;
            println!("deleted {}", c.resource.odata_id());
        }
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
