//! Certificate management: `GenerateCSR` for a manager's certificate collection, install a
//! certificate into that collection, then read it back and check it.
//!
//! ```text
//! cargo run -p redfish-examples --example certificates
//! cargo run -p redfish-examples --example certificates -- --url https://bmc --cert signed.pem
//! ```
//!
//! With the emulator and no `--cert`, a self-signed certificate for the same common name is
//! generated to show the installation (a real deployment installs the CSR signed by its CA).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use redfish_client::Client;
use redfish_client::model::certificate_service::GenerateCSRRequest;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[derive(Debug, Parser)]
#[command(about = "GenerateCSR, install and read a certificate")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Common name of the CSR.
    #[arg(long, default_value = "bmc.example.net")]
    common_name: String,
    /// Organization of the CSR.
    #[arg(long, default_value = "Example Org")]
    organization: String,
    /// Country of the CSR (2 letters).
    #[arg(long, default_value = "US")]
    country: String,
    /// A signed certificate (PEM) to install; without it the emulator gets a self-signed one.
    #[arg(long)]
    cert: Option<PathBuf>,
}

async fn run(client: &Client, args: &Args, emulated: bool) -> Result<(), BoxError> {
    let root = client.service_root().await?;
    let service = root.certificate_service().await?;
    let manager = root
        .managers()?
        .collect()
        .await?
        .into_iter()
        .next()
        .ok_or("no manager")?;
    let collection = manager
        .certificates
        .clone()
        .ok_or("the manager has no Certificates collection")?;
    println!("certificate collection: {}", collection.odata_id);

    let req = GenerateCSRRequest::default()
        .with_certificate_collection(collection.clone())
        .with_common_name(args.common_name.as_str())
        .with_organization(args.organization.as_str())
        .with_organizational_unit("IT")
        .with_city("Houston")
        .with_state("Texas")
        .with_country(args.country.as_str());
    let csr = service.generate_csr(&req).await?;
    println!("CSR subject: {}\n{}", csr.subject(), csr.pem.trim_end());

    let pem = match (&args.cert, emulated) {
        (Some(path), _) => std::fs::read_to_string(path)?,
        (None, true) => {
            let key = rcgen::KeyPair::generate()?;
            let mut params = rcgen::CertificateParams::new(vec![args.common_name.clone()])?;
            params.key_usages = vec![
                rcgen::KeyUsagePurpose::DigitalSignature,
                rcgen::KeyUsagePurpose::KeyEncipherment,
            ];
            params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
            params
                .distinguished_name
                .push(rcgen::DnType::CommonName, args.common_name.as_str());
            let now = time::OffsetDateTime::now_utc();
            params.not_before = now - time::Duration::minutes(5);
            params.not_after = now + time::Duration::days(90);
            params.self_signed(&key)?.pem()
        }
        (None, false) => {
            println!("\nsign the CSR with your CA, then run again with --cert signed.pem");
            return Ok(());
        }
    };
    let created = client
        .install_certificate(&collection.odata_id, &pem)
        .await?;
    let uri = created
        .uri
        .ok_or("the service did not say where the certificate went")?;
    println!("\ninstalled at {uri}");

    let installed = client.read_certificate(&uri).await?;
    let p = &installed.parsed;
    println!("subject     {}", p.subject());
    println!("issuer      {}", p.issuer());
    println!("valid       {} .. {}", p.not_before(), p.not_after());
    println!("key usage   {:?}", p.key_usage()?);
    println!("SHA-256     {}", p.fingerprint()?);
    p.check_validity(time::OffsetDateTime::now_utc())?;
    p.require_key_usage(&["ServerAuthentication"])?;
    println!("checks      valid now, usable for TLS server authentication");

    println!("\nall certificates on the service:");
    for loc in service.certificate_locations().await.unwrap_or_default() {
        println!("  {loc}");
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::rack(1)).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args, target.is_emulated()).await;
    target.finish(result).await
}
