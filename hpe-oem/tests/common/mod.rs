//! Shared helpers of the emulator integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hpe_oem::Ilo;
use redfish_client::sleep::SleepFuture;
use redfish_client::{Client, Method, Sleep};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RunningEmulator, Scenario};
use serde_json::Value;

/// A running emulator with a logged-in client and the connected iLO handle.
pub struct Bench {
    pub emu: RunningEmulator,
    pub client: Client,
    pub ilo: Ilo,
}

pub async fn emulator(scenario: Scenario) -> RunningEmulator {
    emulator_scaled(scenario, 0.001).await
}

pub async fn emulator_scaled(scenario: Scenario, scale: f64) -> RunningEmulator {
    Emulator::builder()
        .scenario(scenario)
        .https(true)
        .time_scale(scale)
        .start()
        .await
        .unwrap()
}

pub fn client_for(emu: &RunningEmulator, user: &str, password: &str) -> Client {
    Client::builder(emu.base_url().as_str())
        .credentials(user, password)
        .add_root_certificate_pem(emu.certificate_pem())
        .build()
        .unwrap()
}

pub async fn bench_on(emu: RunningEmulator) -> Bench {
    let client = client_for(&emu, DEFAULT_ADMIN.user, DEFAULT_ADMIN.password);
    let ilo = Ilo::connect(&client).await.unwrap();
    Bench { emu, client, ilo }
}

pub async fn bench(scenario: Scenario) -> Bench {
    bench_on(emulator(scenario).await).await
}

impl Bench {
    /// Requests with `method` whose path contains `fragment` (case-insensitive), since the
    /// log was last cleared.
    pub fn requests(&self, method: Method, fragment: &str) -> usize {
        let f = fragment.to_ascii_lowercase();
        self.emu
            .request_log()
            .iter()
            .filter(|(m, p)| *m == method && p.to_ascii_lowercase().contains(&f))
            .count()
    }

    /// Every request that is not a GET/HEAD (nor a login/logout).
    pub fn writes(&self) -> Vec<(Method, String)> {
        self.emu
            .request_log()
            .into_iter()
            .filter(|(m, p)| {
                *m != Method::GET && *m != Method::HEAD && !p.contains("/SessionService/Sessions")
            })
            .collect()
    }

    /// The emulator's view of a resource.
    pub fn resource(&self, path: &str) -> Value {
        self.emu.resource(path).unwrap()
    }

    /// Sets the security state behind the crate's back (the emulator allows FIPS -> CNSA).
    pub async fn force_state(&self, states: &[&str]) {
        for s in states {
            let uri = self.ilo.security_service_uri().clone();
            self.client
                .request(Method::PATCH, &uri)
                .json(&serde_json::json!({ "SecurityState": s }))
                .await
                .unwrap();
        }
    }

    pub async fn finish(self) {
        self.client.logout().await.unwrap();
        self.emu.shutdown().await;
    }
}

/// A sleeper that records the durations asked for and waits only `real` each time, so the
/// CSR polling is bounded in test time while its accounting uses the nominal intervals.
#[derive(Debug, Default)]
pub struct RecordingSleep {
    pub asked: Mutex<Vec<Duration>>,
    pub real: Duration,
}

impl RecordingSleep {
    pub fn new(real: Duration) -> Arc<Self> {
        Arc::new(Self {
            asked: Mutex::new(Vec::new()),
            real,
        })
    }

    pub fn asked(&self) -> Vec<Duration> {
        self.asked.lock().unwrap().clone()
    }
}

impl Sleep for RecordingSleep {
    fn sleep(&self, duration: Duration) -> SleepFuture {
        self.asked.lock().unwrap().push(duration);
        let real = self.real;
        Box::pin(tokio::time::sleep(real))
    }
}

pub fn capture_dir() -> PathBuf {
    redfish_test_support::mockup("hpe-ilo5-xl675d")
}

pub mod pki {
    //! Keys, CAs and certificates generated in the tests (never committed).
    use rcgen::{CertificateParams, Issuer, KeyPair, PublicKeyData, SignatureAlgorithm};
    use x509_cert::request::CertReq;

    /// The public key of a CSR, for rcgen to certify.
    pub struct CsrKey {
        raw: Vec<u8>,
        alg: &'static SignatureAlgorithm,
    }

    impl PublicKeyData for CsrKey {
        fn der_bytes(&self) -> &[u8] {
            &self.raw
        }
        fn algorithm(&self) -> &'static SignatureAlgorithm {
            self.alg
        }
    }

    impl CsrKey {
        pub fn of(csr: &CertReq) -> Self {
            let spki = &csr.info.public_key;
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.decode_as::<der::asn1::ObjectIdentifier>().ok())
                .map(|o| o.to_string());
            let alg: &'static SignatureAlgorithm =
                match (spki.algorithm.oid.to_string().as_str(), curve.as_deref()) {
                    ("1.2.840.10045.2.1", Some("1.3.132.0.34")) => &rcgen::PKCS_ECDSA_P384_SHA384,
                    ("1.2.840.10045.2.1", _) => &rcgen::PKCS_ECDSA_P256_SHA256,
                    _ => &rcgen::PKCS_RSA_SHA256,
                };
            Self {
                raw: spki.subject_public_key.raw_bytes().to_vec(),
                alg,
            }
        }
    }

    /// A test CA.
    pub struct Ca {
        pub issuer: Issuer<'static, KeyPair>,
    }

    impl Ca {
        pub fn new(alg: &'static SignatureAlgorithm) -> Self {
            let key = KeyPair::generate_for(alg).unwrap();
            let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
            params
                .distinguished_name
                .push(rcgen::DnType::CommonName, "hpe-oem test CA");
            params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
            Self {
                issuer: Issuer::new(params, key),
            }
        }

        /// A certificate for the CSR's key, with `cn`.
        pub fn sign(&self, csr: &CertReq, cn: &str) -> String {
            let mut params = CertificateParams::new(vec![cn.to_owned()]).unwrap();
            params
                .distinguished_name
                .push(rcgen::DnType::CommonName, cn);
            params
                .signed_by(&CsrKey::of(csr), &self.issuer)
                .unwrap()
                .pem()
        }

        /// Same, with extra extensions (to grow the certificate).
        pub fn sign_with(
            &self,
            csr: &CertReq,
            cn: &str,
            exts: Vec<rcgen::CustomExtension>,
        ) -> String {
            let mut params = CertificateParams::new(vec![cn.to_owned()]).unwrap();
            params.custom_extensions = exts;
            params
                .signed_by(&CsrKey::of(csr), &self.issuer)
                .unwrap()
                .pem()
        }
    }

    /// A self-signed certificate and its PKCS#8 key.
    pub fn self_signed(alg: &'static SignatureAlgorithm, cn: &str) -> (String, String) {
        let key = KeyPair::generate_for(alg).unwrap();
        let cert = CertificateParams::new(vec![cn.to_owned()])
            .unwrap()
            .self_signed(&key)
            .unwrap();
        (cert.pem(), key.serialize_pem())
    }

    /// A real RSA 2048 key (slow in debug builds: once per test binary) and a self-signed
    /// certificate for it.
    pub fn rsa2048() -> &'static (String, String) {
        use rsa::pkcs8::EncodePrivateKey;
        static K: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
        K.get_or_init(|| {
            let mut rng = rsa::rand_core::OsRng;
            let k = rsa::RsaPrivateKey::new(&mut rng, 2048).unwrap();
            let pem = k
                .to_pkcs8_pem(rsa::pkcs8::LineEnding::LF)
                .unwrap()
                .to_string();
            let pair =
                KeyPair::from_pkcs8_pem_and_sign_algo(&pem, &rcgen::PKCS_RSA_SHA256).unwrap();
            let cert = CertificateParams::new(vec!["ilo.example.net".to_owned()])
                .unwrap()
                .self_signed(&pair)
                .unwrap()
                .pem();
            (cert, pem)
        })
    }
}
