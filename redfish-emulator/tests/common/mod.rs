//! Helpers shared by the integration tests: a reqwest client that trusts the emulator's
//! certificate (ring provider), and small request helpers.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod events;

use redfish_emulator::{Credentials, DEFAULT_ADMIN, EmulatorBuilder, RunningEmulator};
use reqwest::{Client, Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;

pub fn install_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// A client that verifies the emulator's certificate (no `danger_accept_invalid_certs`).
pub fn client(emu: &RunningEmulator) -> Client {
    install_provider();
    let cert = reqwest::Certificate::from_pem(emu.certificate_pem().as_bytes()).unwrap();
    Client::builder()
        .tls_certs_only([cert])
        .no_proxy()
        .build()
        .unwrap()
}

pub async fn start(builder: EmulatorBuilder) -> (RunningEmulator, Client) {
    let emu = builder.start().await.unwrap();
    let c = client(&emu);
    (emu, c)
}

pub fn url(emu: &RunningEmulator, path: &str) -> String {
    let base = emu.base_url();
    format!("{}{}", base.as_str().trim_end_matches('/'), path)
}

pub struct Api<'a> {
    pub emu: &'a RunningEmulator,
    pub client: &'a Client,
    pub creds: Credentials,
}

impl<'a> Api<'a> {
    pub fn new(emu: &'a RunningEmulator, client: &'a Client) -> Self {
        Api {
            emu,
            client,
            creds: DEFAULT_ADMIN,
        }
    }

    pub fn as_user(emu: &'a RunningEmulator, client: &'a Client, creds: Credentials) -> Self {
        Api { emu, client, creds }
    }

    pub fn req(&self, method: Method, path: &str) -> RequestBuilder {
        self.client
            .request(method, url(self.emu, path))
            .basic_auth(self.creds.user, Some(self.creds.password))
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        split(self.req(Method::GET, path).send().await.unwrap()).await
    }

    pub async fn patch(&self, path: &str, body: Value) -> (StatusCode, Value) {
        split(
            self.req(Method::PATCH, path)
                .json(&body)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    pub async fn post(&self, path: &str, body: Value) -> (StatusCode, Value) {
        split(
            self.req(Method::POST, path)
                .json(&body)
                .send()
                .await
                .unwrap(),
        )
        .await
    }

    pub async fn delete(&self, path: &str) -> StatusCode {
        self.req(Method::DELETE, path)
            .send()
            .await
            .unwrap()
            .status()
    }
}

pub async fn split(resp: Response) -> (StatusCode, Value) {
    let status = resp.status();
    let text = resp.text().await.unwrap();
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap()
    };
    (status, body)
}

/// The registry keys (`PropertyNotWritable`, ...) of an error body's extended info.
pub fn message_keys(body: &Value) -> Vec<String> {
    body["error"]["@Message.ExtendedInfo"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|m| m["MessageId"].as_str())
                .map(|id| id.rsplit('.').next().unwrap().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Polls a task monitor until it stops answering 202; returns the final status and the Task.
pub async fn wait_task(api: &Api<'_>, monitor: &str) -> (StatusCode, Value) {
    for _ in 0..2000 {
        let resp = api.req(Method::GET, monitor).send().await.unwrap();
        if resp.status() != StatusCode::ACCEPTED {
            let status = resp.status();
            let task_id = monitor.rsplit('/').next().unwrap().to_owned();
            let (_, task) = api
                .get(&format!("/redfish/v1/TaskService/Tasks/{task_id}"))
                .await;
            return (status, task);
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    panic!("task did not finish");
}

/// A test certificate authority.
pub struct TestCa {
    key: rcgen::KeyPair,
    params: rcgen::CertificateParams,
}

impl TestCa {
    pub fn new() -> TestCa {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::default();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Test CA");
        params
            .distinguished_name
            .push(rcgen::DnType::OrganizationName, "Test Org");
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        TestCa { key, params }
    }

    /// Signs the public key of a PEM CSR; returns the certificate PEM.
    pub fn sign_csr(&self, csr_pem: &str) -> String {
        use x509_cert::der::DecodePem;
        let req = x509_cert::request::CertReq::from_pem(csr_pem.as_bytes()).unwrap();
        let spki = &req.info.public_key;
        let curve = spki
            .algorithm
            .parameters
            .as_ref()
            .unwrap()
            .decode_as::<x509_cert::der::asn1::ObjectIdentifier>()
            .unwrap()
            .to_string();
        let alg = if curve == "1.3.132.0.34" {
            &rcgen::PKCS_ECDSA_P384_SHA384
        } else {
            &rcgen::PKCS_ECDSA_P256_SHA256
        };
        let key = RawPublicKey {
            bytes: spki.subject_public_key.raw_bytes().to_vec(),
            alg,
        };
        let mut params = rcgen::CertificateParams::default();
        let cn = req
            .info
            .subject
            .common_name()
            .ok()
            .flatten()
            .map(|d| d.value().into_owned())
            .unwrap_or_else(|| "csr".to_owned());
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, cn);
        let issuer = rcgen::Issuer::from_params(&self.params, &self.key);
        params.signed_by(&key, &issuer).unwrap().pem()
    }

    /// The CA's own (self-signed) certificate, PEM.
    pub fn certificate_pem(&self) -> String {
        self.params.self_signed(&self.key).unwrap().pem()
    }

    /// Issues a certificate for an existing private key (PEM, any type ring signs with).
    pub fn issue_for_key(&self, key_pem: &str, cn: &str) -> String {
        let key = rcgen::KeyPair::from_pem(key_pem).unwrap();
        let mut params = rcgen::CertificateParams::new(vec![cn.to_owned()]).unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, cn);
        let issuer = rcgen::Issuer::from_params(&self.params, &self.key);
        params.signed_by(&key, &issuer).unwrap().pem()
    }
}

struct RawPublicKey {
    bytes: Vec<u8>,
    alg: &'static rcgen::SignatureAlgorithm,
}

impl rcgen::PublicKeyData for RawPublicKey {
    fn der_bytes(&self) -> &[u8] {
        &self.bytes
    }

    fn algorithm(&self) -> &'static rcgen::SignatureAlgorithm {
        self.alg
    }
}
