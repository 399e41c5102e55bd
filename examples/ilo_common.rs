//! Helpers shared by the `ilo_*` examples (included with `#[path]`, not an example itself).
#![allow(dead_code)]

use hpe_oem::keys::{Curve, KeyKind, public_key_kind};
use hpe_oem::{ChangeOutcome, Ilo};
use redfish_examples::BoxError;
use x509_cert::request::CertReq;

/// Prints what the iLO is and how it was recognised.
pub fn print_identity(ilo: &Ilo) {
    let fw = ilo
        .firmware()
        .map(|f| f.to_string())
        .unwrap_or_else(|| "unknown".into());
    println!(
        "{} firmware {fw} (from {:?}), manager {}",
        ilo.generation(),
        ilo.detection_source(),
        ilo.manager().odata_id()
    );
}

/// Prints the messages of a change and whether the iLO resets.
pub fn print_outcome(what: &str, out: &ChangeOutcome) {
    if !out.sent {
        println!("{what}: nothing to change, no request sent");
        return;
    }
    let msgs: Vec<String> = out.messages.iter().map(ToString::to_string).collect();
    println!("{what}: done ({})", msgs.join("; "));
    if out.resets {
        println!(
            "  note: the iLO resets now; a real iLO is unreachable for about a minute and the session ends"
        );
    } else if out.reset_required {
        println!("  note: takes effect after an iLO reset (Manager.Reset)");
    }
}

/// A throw-away CA for the embedded emulator, standing in for the organisation's CA.
pub struct DemoCa {
    issuer: rcgen::Issuer<'static, rcgen::KeyPair>,
}

impl DemoCa {
    pub fn new() -> Result<Self, BoxError> {
        let key = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384)?;
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new())?;
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Example demo CA");
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        Ok(Self {
            issuer: rcgen::Issuer::new(params, key),
        })
    }

    /// Signs a CSR (its public key and the given common name), as a CA would.
    pub fn sign(&self, csr: &CertReq, common_name: &str) -> Result<String, BoxError> {
        struct CsrKey(Vec<u8>, &'static rcgen::SignatureAlgorithm);
        impl rcgen::PublicKeyData for CsrKey {
            fn der_bytes(&self) -> &[u8] {
                &self.0
            }
            fn algorithm(&self) -> &'static rcgen::SignatureAlgorithm {
                self.1
            }
        }
        let spki = &csr.info.public_key;
        let alg: &'static rcgen::SignatureAlgorithm = match public_key_kind(spki) {
            KeyKind::Ec { curve: Curve::P384 } => &rcgen::PKCS_ECDSA_P384_SHA384,
            KeyKind::Ec { curve: Curve::P256 } => &rcgen::PKCS_ECDSA_P256_SHA256,
            KeyKind::Rsa { .. } => &rcgen::PKCS_RSA_SHA256,
            other => return Err(format!("cannot sign a CSR with a {other} key").into()),
        };
        let key = CsrKey(spki.subject_public_key.raw_bytes().to_vec(), alg);
        let mut params = rcgen::CertificateParams::new(vec![common_name.to_owned()])?;
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, common_name);
        Ok(params.signed_by(&key, &self.issuer)?.pem())
    }
}
