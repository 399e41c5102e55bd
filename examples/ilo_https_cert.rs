//! The iLO web server certificate (HpeHttpsCert): the examples of "TLS/SSL certificates" and
//! "Automatic Certificate Enrollment" of the HPE security-service documentation.
//!
//! ```text
//! cargo run -p redfish-examples --example ilo_https_cert
//! cargo run -p redfish-examples --example ilo_https_cert -- --url https://ilo --csr-out ilo.csr \
//!     --common-name ilo.example.net --org "Example" --city Houston --state Texas --country US
//! cargo run -p redfish-examples --example ilo_https_cert -- --url https://ilo --import signed.crt
//! cargo run -p redfish-examples --example ilo_https_cert -- --url https://ilo --sideload-cert c.crt --sideload-key c.key
//! cargo run -p redfish-examples --example ilo_https_cert -- --url https://ilo --remove --yes-reset
//! ```
//!
//! The CSR is polled for (bounded, with progress) instead of HPE's fixed 60 s sleep. Imports
//! accept LF or CRLF files; side-loading checks size, PEM, key type for the security state
//! and the key/certificate match before sending. Against the embedded emulator (no `--url`)
//! the CSR is signed by a throw-away CA and imported, and the SCEP settings are shown.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use hpe_oem::{CsrPolling, CsrSubject, Ilo, IloResetAcknowledged};
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[path = "ilo_common.rs"]
mod ilo_common;

#[derive(Debug, Parser)]
#[command(about = "Generate a CSR, import, side-load or remove the iLO HTTPS certificate")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Generate a CSR and write it to this file.
    #[arg(long)]
    csr_out: Option<PathBuf>,
    /// CSR common name (the iLO FQDN).
    #[arg(long, default_value = "ilo-cz2d1a0b7c.example.com")]
    common_name: String,
    /// CSR organization.
    #[arg(long, default_value = "Example Corp")]
    org: String,
    /// CSR organizational unit.
    #[arg(long, default_value = "Compute")]
    org_unit: String,
    /// CSR city.
    #[arg(long, default_value = "Houston")]
    city: String,
    /// CSR state.
    #[arg(long, default_value = "Texas")]
    state: String,
    /// CSR country (2 letters).
    #[arg(long, default_value = "US")]
    country: String,
    /// Include the iLO IP addresses in the CSR (many CAs refuse them).
    #[arg(long)]
    include_ip: bool,
    /// Give up waiting for the CSR after this many seconds (iLO: up to 10 minutes).
    #[arg(long, default_value_t = 600)]
    max_wait: u64,
    /// Import a CA-signed certificate (PEM, LF or CRLF).
    #[arg(long)]
    import: Option<PathBuf>,
    /// Side-load this certificate (with --sideload-key).
    #[arg(long, requires = "sideload_key")]
    sideload_cert: Option<PathBuf>,
    /// The private key of --sideload-cert (PEM, unencrypted).
    #[arg(long, requires = "sideload_cert")]
    sideload_key: Option<PathBuf>,
    /// Remove the certificate (the iLO regenerates a self-signed one and resets).
    #[arg(long, requires = "yes_reset")]
    remove: bool,
    /// Acknowledge that --remove resets the iLO at once.
    #[arg(long)]
    yes_reset: bool,
}

async fn show(ilo: &Ilo) -> Result<(), BoxError> {
    let info = ilo.https_certificate_information().await?;
    println!("\ncurrent certificate (X509CertificateInformation):");
    println!("  subject    {}", info.subject.as_deref().unwrap_or("?"));
    println!("  issuer     {}", info.issuer.as_deref().unwrap_or("?"));
    println!(
        "  serial     {}",
        info.serial_number.as_deref().unwrap_or("?")
    );
    println!(
        "  valid      {} .. {}",
        info.valid_not_before
            .as_ref()
            .map(|d| d.as_str())
            .unwrap_or("?"),
        info.valid_not_after
            .as_ref()
            .map(|d| d.as_str())
            .unwrap_or("?")
    );
    Ok(())
}

async fn show_enrollment(ilo: &Ilo) {
    match ilo.automatic_enrollment().await {
        Ok(ace) => {
            let s = ace.settings.clone().unwrap_or_default();
            println!("\nautomatic certificate enrollment (SCEP):");
            println!("  enabled    {}", ace.is_enabled());
            println!(
                "  status     {}",
                ace.status().map(|s| s.as_str()).unwrap_or("?")
            );
            println!("  server     {}", s.server_url.as_deref().unwrap_or(""));
            println!(
                "  CA         {}",
                s.ca_certificate_name.as_deref().unwrap_or("")
            );
        }
        Err(e) => println!("\nautomatic certificate enrollment: {e}"),
    }
}

async fn run(client: &redfish_client::Client, args: &Args, emulated: bool) -> Result<(), BoxError> {
    let ilo = Ilo::connect(client).await?;
    ilo_common::print_identity(&ilo);
    show(&ilo).await?;
    show_enrollment(&ilo).await;

    let explicit = args.csr_out.is_some()
        || args.import.is_some()
        || args.sideload_cert.is_some()
        || args.remove;
    if args.csr_out.is_some() || (emulated && !explicit) {
        let subject = CsrSubject::new(
            &args.common_name,
            &args.org,
            &args.city,
            &args.state,
            &args.country,
        )
        .org_unit(&args.org_unit)
        .include_ip(args.include_ip);
        let interval = if emulated {
            Duration::from_millis(250)
        } else {
            Duration::from_secs(10)
        };
        let polling = CsrPolling::new(Duration::from_secs(args.max_wait), interval);
        println!("\nGenerateCSR {} ...", subject.to_params());
        let csr = ilo
            .generate_https_csr(&subject, &polling, |p| {
                println!(
                    "  waiting for the CSR: {} GETs, {:?} of at most {:?}",
                    p.polls, p.waited, p.max_wait
                );
            })
            .await?;
        println!("CSR ready after {} GETs: {}", csr.polls, csr.csr.subject());
        match &args.csr_out {
            Some(path) => {
                std::fs::write(path, &csr.csr.pem)?;
                println!(
                    "CSR written to {} (send it to your CA, then --import)",
                    path.display()
                );
            }
            None => println!("{}", csr.csr.pem.trim_end()),
        }
        if emulated && !explicit {
            println!("\n-- demonstration: a throw-away CA signs the CSR, and it is imported --");
            let signed = ilo_common::DemoCa::new()?.sign(&csr.csr.request, &args.common_name)?;
            // CRLF, as iLOrest writes files: accepted and sent with LF.
            let out = ilo
                .import_https_certificate(&signed.replace('\n', "\r\n"))
                .await?;
            ilo_common::print_outcome("ImportCertificate", &out);
            show(&ilo).await?;
            // Side-loading an ECDSA P-384 key outside CNSA: refused before sending.
            let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384)?;
            let cert =
                rcgen::CertificateParams::new(vec![args.common_name.clone()])?.self_signed(&key)?;
            if let Err(e) = ilo
                .sideload_https_certificate(&cert.pem(), &key.serialize_pem())
                .await
            {
                println!("\nside-load refused before sending: {e}");
            }
            let out = ilo
                .remove_https_certificate(IloResetAcknowledged::i_understand_the_ilo_resets())
                .await?;
            ilo_common::print_outcome("\nremove the certificate", &out);
            show(&ilo).await?;
        }
    }
    if let Some(path) = &args.import {
        let out = ilo.import_https_certificate_file(path).await?;
        ilo_common::print_outcome("\nImportCertificate", &out);
    }
    if let (Some(cert), Some(key)) = (&args.sideload_cert, &args.sideload_key) {
        let out = ilo.sideload_https_certificate_files(cert, key).await?;
        ilo_common::print_outcome("\nside-load certificate and key", &out);
    }
    if args.remove && args.yes_reset {
        let out = ilo
            .remove_https_certificate(IloResetAcknowledged::i_understand_the_ilo_resets())
            .await?;
        ilo_common::print_outcome("\nremove the certificate", &out);
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
