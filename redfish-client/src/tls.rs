//! TLS policy: how the client decides to trust a BMC's certificate.
//!
//! Every mode uses rustls, with the *ring* provider by default or *aws-lc-rs* with the
//! `aws-lc-rs` feature. Handshake signatures are always verified, so even a pinned or
//! (dangerously) accepted certificate proves the peer holds its key.
//!
//! # One transport, a policy per service
//!
//! A [`Transport`](crate::Transport) holds one rustls configuration for every service it
//! reaches. Its certificate verifier does not decide by itself: each request runs with the
//! verifier of the [`Client`](crate::Client) that sends it (its pins, CA or platform trust),
//! so 10,000 BMCs with 10,000 pins share one connection pool, and a connection to
//! `host:port` is only ever verified with the policy of the client of that `host:port`
//! (connections are pooled by scheme, host and port; a connection is bound to the policy of
//! the request that opened it, also when the pool completes it in the background). A
//! handshake that runs outside any request is refused.
//!
//! A pooled connection is reused without a new handshake, so the first policy a transport
//! sees for an origin owns that origin's pool: a later client of the same origin with a
//! different policy (another pin, another CA, or none) gets a connection pool of its own,
//! and its own policy verifies every connection it uses.

use std::fmt;
use std::sync::{Arc, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::{ClientConfig, DigitallySignedStruct, SignatureScheme};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// A SHA-256 fingerprint of a DER certificate, as shown by
/// `openssl x509 -noout -fingerprint -sha256`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    /// The fingerprint of a DER-encoded certificate.
    pub fn of_der(der: &[u8]) -> Self {
        Self(Sha256::digest(der).into())
    }

    /// Parses 64 hex digits, optionally separated by `:` (case-insensitive).
    ///
    /// ```
    /// use redfish_client::tls::Fingerprint;
    /// let hex = "AB:".repeat(31) + "AB";
    /// assert_eq!(Fingerprint::from_hex(&hex).unwrap().0, [0xab; 32]);
    /// assert!(Fingerprint::from_hex("abcd").is_err());
    /// ```
    pub fn from_hex(s: &str) -> Result<Self> {
        let digits: Vec<u8> = s
            .bytes()
            .filter(|b| *b != b':' && !b.is_ascii_whitespace())
            .collect();
        let bad = || Error::InvalidInput("a SHA-256 fingerprint is 64 hex digits".into());
        if digits.len() != 64 {
            return Err(bad());
        }
        let mut out = [0u8; 32];
        for (i, pair) in digits.chunks(2).enumerate() {
            let s = std::str::from_utf8(pair).map_err(|_| bad())?;
            out[i] = u8::from_str_radix(s, 16).map_err(|_| bad())?;
        }
        Ok(Self(out))
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{b:02X}")?;
        }
        Ok(())
    }
}

/// How server certificates are verified.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub enum TlsPolicy {
    /// The platform's trust store (plus any CA added with
    /// [`ClientBuilder::add_root_certificate_pem`](crate::ClientBuilder::add_root_certificate_pem)),
    /// with host name checks. The default.
    #[default]
    Verify,
    /// Trust exactly the certificate whose SHA-256 fingerprint is given, whatever its issuer,
    /// host names or validity dates: the usual way to handle a BMC's self-signed certificate
    /// once its fingerprint has been checked out of band. Any other certificate is refused.
    Pinned(Vec<Fingerprint>),
    /// Accept any certificate.
    ///
    /// # Warning
    ///
    /// Anyone on the network path can impersonate the BMC and capture the credentials. Use
    /// only on an isolated lab network; prefer a CA or a pinned fingerprint.
    DangerAcceptInvalidCerts,
}

#[cfg(not(any(feature = "ring", feature = "aws-lc-rs")))]
compile_error!(
    "redfish-client needs a TLS crypto provider: enable the `ring` or `aws-lc-rs` feature"
);

/// The crypto provider: aws-lc-rs when that feature is on (it is chosen for FIPS-capable
/// builds, so it wins when both are enabled), else ring.
pub(crate) fn provider() -> Arc<CryptoProvider> {
    static SHARED: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            #[cfg(feature = "aws-lc-rs")]
            let p = rustls::crypto::aws_lc_rs::default_provider();
            #[cfg(all(feature = "ring", not(feature = "aws-lc-rs")))]
            let p = rustls::crypto::ring::default_provider();
            Arc::new(p)
        })
        .clone()
}

/// The platform verifier, built once per process: it caches the system trust store, which
/// thousands of clients should not each load.
fn platform_verifier() -> Result<Arc<dyn ServerCertVerifier>> {
    static SHARED: OnceLock<std::result::Result<Arc<rustls_platform_verifier::Verifier>, String>> =
        OnceLock::new();
    let v = SHARED.get_or_init(|| {
        rustls_platform_verifier::Verifier::new(provider())
            .map(Arc::new)
            .map_err(|e| e.to_string())
    });
    match v {
        Ok(v) => Ok(v.clone()),
        Err(e) => Err(Error::InvalidInput(format!("TLS trust store: {e}"))),
    }
}

/// Parses the certificates of a PEM bundle.
pub(crate) fn parse_pem_certs(pem: &[u8]) -> Result<Vec<CertificateDer<'static>>> {
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::InvalidInput(format!("invalid PEM certificate: {e}")))?;
    if certs.is_empty() {
        return Err(Error::InvalidInput("no certificate in the PEM data".into()));
    }
    Ok(certs)
}

/// What a client trusts, as a value: two clients whose keys are equal accept exactly the
/// same certificates, so they may share pooled connections to one origin; a connection
/// verified for one key is never handed to a client with another (see
/// [`Transport`](crate::Transport)).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum TrustKey {
    /// The platform trust store plus these extra roots (SHA-256 of their DER, sorted).
    Verify(Vec<Fingerprint>),
    /// Exactly these certificates (sorted).
    Pinned(Vec<Fingerprint>),
    /// Anything.
    AcceptAny,
}

impl TrustKey {
    pub(crate) fn of(policy: &TlsPolicy, extra_roots: &[CertificateDer<'static>]) -> Self {
        let sorted = |mut v: Vec<Fingerprint>| {
            v.sort_by_key(|f| f.0);
            v.dedup();
            v
        };
        match policy {
            TlsPolicy::Verify => Self::Verify(sorted(
                extra_roots.iter().map(|c| Fingerprint::of_der(c)).collect(),
            )),
            TlsPolicy::Pinned(pins) => Self::Pinned(sorted(pins.clone())),
            TlsPolicy::DangerAcceptInvalidCerts => Self::AcceptAny,
        }
    }
}

/// The certificate verifier of one service (one client), built from its policy.
pub(crate) type Trust = Arc<dyn ServerCertVerifier>;

/// Builds the verifier of a policy (plus extra roots for [`TlsPolicy::Verify`]).
pub(crate) fn trust(
    policy: &TlsPolicy,
    extra_roots: Vec<CertificateDer<'static>>,
) -> Result<Trust> {
    let provider = provider();
    Ok(match policy {
        TlsPolicy::Verify => {
            if extra_roots.is_empty() {
                platform_verifier()?
            } else {
                let v =
                    rustls_platform_verifier::Verifier::new_with_extra_roots(extra_roots, provider)
                        .map_err(|e| Error::InvalidInput(format!("TLS trust store: {e}")))?;
                Arc::new(v)
            }
        }
        TlsPolicy::Pinned(pins) => {
            if pins.is_empty() {
                return Err(Error::InvalidInput(
                    "pinning needs at least one fingerprint".into(),
                ));
            }
            Arc::new(AcceptVerifier {
                pins: Some(pins.clone()),
                provider,
            })
        }
        TlsPolicy::DangerAcceptInvalidCerts => Arc::new(AcceptVerifier {
            pins: None,
            provider,
        }),
    })
}

tokio::task_local! {
    /// The verifier of the client whose request is being sent.
    static CURRENT: Trust;
}

/// Runs `fut` (one request: connect, TLS handshake, exchange) with `trust` as the verifier
/// of any handshake it makes.
pub(crate) async fn with_trust<F: std::future::Future>(trust: Trust, fut: F) -> F::Output {
    CURRENT.scope(trust, fut).await
}

/// A connector layer that binds each new connection to the trust of the request that
/// started it. The pool may finish a connection in the background after its request took
/// another one (it keeps it for later): the handshake then still runs with the policy of
/// the service the connection is for, instead of failing for want of one.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct BindTrust;

impl<S> tower::Layer<S> for BindTrust {
    type Service = BindTrustService<S>;
    fn layer(&self, inner: S) -> Self::Service {
        BindTrustService { inner }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct BindTrustService<S> {
    inner: S,
}

impl<S, R> tower::Service<R> for BindTrustService<S>
where
    S: tower::Service<R>,
    S::Future: Send + 'static,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = std::pin::Pin<
        Box<dyn std::future::Future<Output = std::result::Result<S::Response, S::Error>> + Send>,
    >;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::result::Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: R) -> Self::Future {
        // `call` runs in the task of the request that needs the connection.
        let trust = CURRENT.try_with(Clone::clone).ok();
        let fut = self.inner.call(req);
        Box::pin(async move {
            match trust {
                Some(t) => CURRENT.scope(t, fut).await,
                None => fut.await,
            }
        })
    }
}

/// The rustls configuration of a transport: one for every service, its verifier asks the
/// current request's [`Trust`].
pub(crate) fn client_config() -> Result<ClientConfig> {
    let provider = provider();
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::InvalidInput(format!("TLS configuration: {e}")))?;
    let mut config = builder
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(PerRequestVerifier { provider }))
        .with_no_client_auth();
    config.alpn_protocols = if cfg!(feature = "http2") {
        vec![b"h2".to_vec(), b"http/1.1".to_vec()]
    } else {
        vec![b"http/1.1".to_vec()]
    };
    Ok(config)
}

/// The verifier installed in the shared configuration: delegates to the request's
/// [`Trust`], refuses when there is none.
#[derive(Debug)]
struct PerRequestVerifier {
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for PerRequestVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        CURRENT
            .try_with(|t| {
                t.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
            })
            .unwrap_or_else(|_| {
                Err(rustls::Error::General(
                    "TLS handshake outside a request: no trust policy to verify with".into(),
                ))
            })
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Accepts the end-entity certificate if it matches a pin (or any, when `pins` is `None`),
/// and always checks the handshake signature against that certificate's key.
#[derive(Debug)]
struct AcceptVerifier {
    pins: Option<Vec<Fingerprint>>,
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for AcceptVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        let Some(pins) = &self.pins else {
            return Ok(ServerCertVerified::assertion());
        };
        let seen = Fingerprint::of_der(end_entity.as_ref());
        if pins.contains(&seen) {
            Ok(ServerCertVerified::assertion())
        } else {
            tracing::warn!(fingerprint = %seen, "server certificate does not match the pinned fingerprint");
            Err(rustls::Error::General(format!(
                "server certificate SHA-256 {seen} does not match the pinned fingerprint"
            )))
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_is_the_sha256_of_the_der() {
        let f = Fingerprint::of_der(b"abc");
        assert_eq!(
            f.to_string().replace(':', "").to_lowercase(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn fingerprint_round_trips_through_hex() {
        let f = Fingerprint::of_der(b"not really a certificate");
        let again = Fingerprint::from_hex(&f.to_string()).unwrap();
        assert_eq!(f, again);
        let lower = f.to_string().replace(':', "").to_lowercase();
        assert_eq!(Fingerprint::from_hex(&lower).unwrap(), f);
        assert!(Fingerprint::from_hex(&"zz".repeat(32)).is_err());
    }

    #[test]
    fn pinning_needs_a_fingerprint_and_bad_pem_is_refused() {
        assert!(trust(&TlsPolicy::Pinned(vec![]), vec![]).is_err());
        assert!(
            parse_pem_certs(b"-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----\n")
                .is_err()
        );
        assert!(parse_pem_certs(b"nothing here").is_err());
        assert!(trust(&TlsPolicy::DangerAcceptInvalidCerts, vec![]).is_ok());
        assert!(client_config().is_ok());
    }
}
