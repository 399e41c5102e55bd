//! The real iLO 5 capture (`testdata/mockups/hpe-ilo5-xl675d`) served by the emulator as a
//! mockup: the emulator detects the iLO from the data and applies the iLO behaviour, so this
//! crate's reads and its security-state changes work against a real iLO's tree.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use hpe_oem::{Error, Ilo, IloErrorExt, IloGeneration, IloMessageKey, SecurityState};
use redfish_client::{Client, Method};
use redfish_emulator::{DEFAULT_ADMIN, Emulator, RunningEmulator, Scenario};
use serde_json::json;

/// The served capture, a logged-in client and the connected iLO handle.
struct Bench {
    emu: RunningEmulator,
    client: Client,
    ilo: Ilo,
}

impl Bench {
    async fn finish(self) {
        self.client.logout().await.unwrap();
        self.emu.shutdown().await;
    }
}

async fn capture() -> Bench {
    let emu = Emulator::builder()
        .scenario(Scenario::mockup(redfish_test_support::mockup(
            "hpe-ilo5-xl675d",
        )))
        .time_scale(0.001)
        .start()
        .await
        .unwrap();
    let client = Client::builder(emu.base_url().as_str())
        .credentials(DEFAULT_ADMIN.user, DEFAULT_ADMIN.password)
        .add_root_certificate_pem(emu.certificate_pem())
        .build()
        .unwrap();
    let ilo = Ilo::connect(&client).await.unwrap();
    Bench { emu, client, ilo }
}

#[tokio::test]
async fn reads_work_on_the_served_capture() {
    let b = capture().await;
    assert_eq!(b.ilo.generation(), IloGeneration::Ilo5);
    assert_eq!(
        b.ilo.security_state().await.unwrap(),
        SecurityState::Production
    );
    let tls = b.ilo.tls_settings().await.unwrap();
    assert_eq!(tls.security_state, Some(SecurityState::Production));
    let info = b.ilo.https_certificate_information().await.unwrap();
    // The captured certificate information is served as recorded.
    assert!(info.subject.unwrap().contains("ILOJS05NP0896"));
    let accounts = b.ilo.accounts().await.unwrap();
    assert!(accounts.len() >= 2, "{}", accounts.len());
    assert!(!b.ilo.automatic_enrollment().await.unwrap().is_enabled());
    b.finish().await;
}

#[tokio::test]
async fn security_state_rules_apply_to_the_served_capture() {
    let b = capture().await;
    // An allowed transition goes through and answers like an iLO (reset in progress).
    let out = b
        .ilo
        .set_security_state(SecurityState::HighSecurity)
        .await
        .unwrap();
    assert!(out.sent && out.resets, "{out:?}");
    assert_eq!(
        b.ilo.security_state().await.unwrap(),
        SecurityState::HighSecurity
    );
    // The security state now refuses TLS changes; the iLO rule answers in iLO's format.
    let uri = b.ilo.security_service_uri().clone();
    let e = b
        .client
        .request(Method::PATCH, &uri)
        .json(&json!({"TLSVersion": {"TLS1_1": "Enabled"}}))
        .await
        .unwrap_err();
    let m = e.ilo_error().expect("an iLO message");
    assert_eq!(m.key, IloMessageKey::PropertyValueBadParam);
    let ours = Error::from(e);
    assert_eq!(ours.status().map(|s| s.as_u16()), Some(400));
    // A transition the iLO refuses (HighSecurity -> CNSA) is refused by the served capture
    // too, when the crate's own check is bypassed.
    let e = b
        .client
        .request(Method::PATCH, &uri)
        .json(&json!({"SecurityState": "CNSA"}))
        .await
        .unwrap_err();
    assert_eq!(
        e.ilo_error().map(|m| m.key),
        Some(IloMessageKey::PropertyValueBadParam)
    );
    assert_eq!(
        b.ilo.security_state().await.unwrap(),
        SecurityState::HighSecurity
    );
    b.finish().await;
}
