//! Helpers shared by the integration tests: a reqwest client that trusts the emulator's
//! certificate (ring provider), and small request helpers.
#![allow(dead_code)]

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
        .pool_max_idle_per_host(0)
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
