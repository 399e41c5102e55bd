//! The self-signed server certificate and the rustls (ring) server configuration.

use std::sync::Arc;

use rcgen::{CertificateParams, DistinguishedName, DnType, KeyPair, SanType};
use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
use sha2::{Digest, Sha256};

use crate::Error;

/// The emulator's TLS identity.
pub(crate) struct Identity {
    pub cert_pem: String,
    pub cert_der: Vec<u8>,
    pub key_der: Vec<u8>,
    pub sha256: [u8; 32],
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The private key never appears in debug output.
        f.debug_struct("Identity")
            .field("sha256", &hex(&self.sha256))
            .finish_non_exhaustive()
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Generates a fresh ECDSA P-256 self-signed certificate for 127.0.0.1, ::1 and localhost
/// (plus the bind address when it is not loopback).
pub(crate) fn generate(extra_ip: Option<std::net::IpAddr>) -> Result<Identity, Error> {
    let key = KeyPair::generate().map_err(|e| Error::Tls(e.to_string()))?;
    let mut params = CertificateParams::new(vec!["localhost".to_owned()])
        .map_err(|e| Error::Tls(e.to_string()))?;
    params
        .subject_alt_names
        .push(SanType::IpAddress([127, 0, 0, 1].into()));
    params
        .subject_alt_names
        .push(SanType::IpAddress(std::net::Ipv6Addr::LOCALHOST.into()));
    if let Some(ip) = extra_ip.filter(|ip| !ip.is_loopback() && !ip.is_unspecified()) {
        params.subject_alt_names.push(SanType::IpAddress(ip));
    }
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CommonName, "redfish-emulator");
    dn.push(DnType::OrganizationName, "redfish-rs");
    params.distinguished_name = dn;
    // An end-entity certificate (not a CA): webpki refuses CA certificates as server
    // certificates, and clients can still add it as a trust anchor.
    params.is_ca = rcgen::IsCa::NoCa;
    let cert = params
        .self_signed(&key)
        .map_err(|e| Error::Tls(e.to_string()))?;
    let cert_der = cert.der().to_vec();
    let sha256: [u8; 32] = Sha256::digest(&cert_der).into();
    Ok(Identity {
        cert_pem: cert.pem(),
        cert_der,
        key_der: key.serialize_der(),
        sha256,
    })
}

/// A rustls server configuration using the ring provider, HTTP/1.1 only.
pub(crate) fn server_config(id: &Identity) -> Result<Arc<rustls::ServerConfig>, Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Tls(e.to_string()))?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from(id.cert_der.clone())],
            PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(id.key_der.clone())),
        )
        .map_err(|e| Error::Tls(e.to_string()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    // rustls preallocates its default 256-entry resumption cache; a fleet of thousands of
    // services in one process would spend most of its memory there.
    config.session_storage = rustls::server::ServerSessionMemoryCache::new(32);
    Ok(Arc::new(config))
}
