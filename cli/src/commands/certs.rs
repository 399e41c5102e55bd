//! `certs list | csr | install`, through CertificateService.

use redfish_client::Client;
use redfish_client::model::certificate_service::GenerateCSRRequest;
use redfish_client::model::{Link, ODataId};
use serde_json::json;
use time::format_description::well_known::Rfc3339;

use crate::args::CertsCmd;
use crate::error::CliError;
use crate::output::{Output, Table, s};

/// Runs a `certs` subcommand.
pub async fn run(client: &Client, cmd: &CertsCmd) -> Result<Output, CliError> {
    let service = client.service_root().await?.certificate_service().await?;
    match cmd {
        CertsCmd::List => {
            let mut t = Table::new(&["URI", "Subject", "Issuer", "ValidNotAfter", "KeyUsage"]);
            for uri in service.certificate_locations().await? {
                match client.read_certificate(&uri).await {
                    Ok(c) => {
                        let usage = c.parsed.key_usage().map(|u| u.join(", ")).ok();
                        t.row(vec![
                            json!(uri.as_str()),
                            json!(c.parsed.subject()),
                            json!(c.parsed.issuer()),
                            s(c.parsed.not_after().format(&Rfc3339).ok()),
                            s(usage),
                        ]);
                    }
                    // Not X.509 (a sealed token, an empty slot): listed, not parsed.
                    Err(redfish_client::Error::Certificate(why)) => {
                        t.row(vec![json!(uri.as_str()), json!(format!("({why})"))]);
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Ok(Output::table(t))
        }
        CertsCmd::Csr {
            collection,
            cn,
            org,
            country,
            state,
            city,
            key_algorithm,
            key_bits,
        } => {
            let mut req = GenerateCSRRequest::default()
                .with_certificate_collection(Link::new(ODataId::new(collection.as_str())))
                .with_common_name(cn.as_str())
                .with_country(country.as_str());
            if !org.is_empty() {
                req = req.with_organization(org.as_str());
            }
            if !state.is_empty() {
                req = req.with_state(state.as_str());
            }
            if !city.is_empty() {
                req = req.with_city(city.as_str());
            }
            if let Some(a) = key_algorithm {
                req = req.with_key_pair_algorithm(a.as_str());
            }
            if let Some(b) = key_bits {
                req = req.with_key_bit_length(*b);
            }
            let csr = service.generate_csr(&req).await?;
            Ok(Output::text(
                csr.pem.clone(),
                json!({
                    "csr": csr.pem,
                    "subject": csr.subject(),
                    "certificate_collection": csr.certificate_collection.map(|c| c.to_string()),
                }),
            ))
        }
        CertsCmd::Install {
            file,
            collection,
            replace,
        } => {
            let pem = std::fs::read_to_string(file)
                .map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))?;
            if let Some(uri) = replace {
                service
                    .replace_certificate(&ODataId::new(uri.as_str()), &pem)
                    .await?
                    .wait()
                    .await?;
                return Ok(Output::text(
                    format!("replaced {uri}"),
                    json!({ "replaced": uri }),
                ));
            }
            let collection = collection.as_deref().unwrap_or_default();
            let created = client
                .install_certificate(&ODataId::new(collection), &pem)
                .await?;
            let uri = created.uri.map(|u| u.to_string());
            Ok(Output::text(
                format!("installed {}", uri.as_deref().unwrap_or(collection)),
                json!({ "installed": uri, "collection": collection }),
            ))
        }
    }
}
