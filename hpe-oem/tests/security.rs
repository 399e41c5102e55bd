//! Discovery, security state, TLS, host authentication and iLO error parsing, against the
//! emulator's `ilo`/`ilo7` scenarios and the real iLO 5 capture.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{bench, bench_on, emulator};
use hpe_oem::generation::DetectionSource;
use hpe_oem::host_access::{Channel, OsUser, in_band_access};
use hpe_oem::{
    Error, FirmwareVersion, IloErrorExt, IloGeneration, IloMessageKey, RefusalReason,
    SecurityState, TlsChange, TlsState, TlsVersion, TransitionRefusal,
};
use redfish_client::Method;
use redfish_emulator::Scenario;
use serde_json::json;

fn refusal(e: Error) -> RefusalReason {
    match e {
        Error::Refused(r) => r.reason,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn transition_refusal(e: Error) -> TransitionRefusal {
    match e {
        Error::Transition(t) => t.reason,
        other => panic!("expected a transition refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn connects_to_ilo6_and_detects_generation_and_firmware() {
    let b = bench(Scenario::ilo()).await;
    assert_eq!(b.ilo.generation(), IloGeneration::Ilo6);
    assert_eq!(b.ilo.firmware(), Some(FirmwareVersion::new(1, 62)));
    assert_eq!(b.ilo.detection_source(), DetectionSource::ManagerModel);
    assert_eq!(
        b.ilo.security_service_uri().normalized(),
        "/redfish/v1/Managers/1/SecurityService"
    );
    assert_eq!(
        b.ilo.security_state().await.unwrap(),
        SecurityState::Production
    );
    b.finish().await;
}

#[tokio::test]
async fn connects_to_ilo7() {
    let b = bench(Scenario::ilo7()).await;
    assert_eq!(b.ilo.generation(), IloGeneration::Ilo7);
    assert_eq!(b.ilo.firmware(), Some(FirmwareVersion::new(1, 14)));
    assert_eq!(
        b.ilo.security_state().await.unwrap(),
        SecurityState::SecureStandard
    );
    b.finish().await;
}

#[tokio::test]
async fn the_real_ilo5_capture_is_discovered_through_its_resource_directory() {
    let b = bench_on(emulator(Scenario::mockup(common::capture_dir())).await).await;
    assert_eq!(b.ilo.generation(), IloGeneration::Ilo5);
    assert_eq!(b.ilo.firmware(), Some(FirmwareVersion::new(2, 70)));
    let dir = b
        .ilo
        .resource_directory()
        .expect("the capture has a resource directory");
    assert_eq!(dir.find_by_schema("HpeHttpsCert").len(), 1);
    assert_eq!(
        b.ilo.https_cert_uri().await.unwrap().as_str(),
        "/redfish/v1/Managers/1/SecurityService/HttpsCert/"
    );
    let tls = b.ilo.tls_settings().await.unwrap();
    assert_eq!(tls.security_state, Some(SecurityState::Production));
    assert_eq!(
        b.ilo.require_host_authentication().await.unwrap(),
        Some(false)
    );
    let info = b.ilo.https_certificate_information().await.unwrap();
    assert!(info.subject.unwrap().contains("ILOJS05NP0896"));
    // iLO 5 2.70 has SCEP; the capture has it disabled.
    let ace = b.ilo.automatic_enrollment().await.unwrap();
    assert!(!ace.is_enabled());
    b.finish().await;
}

#[tokio::test]
async fn the_generation_comes_from_the_service_root_when_the_manager_is_silent() {
    let emu = emulator(Scenario::ilo()).await;
    let mut m = emu.resource("/redfish/v1/Managers/1").unwrap();
    let obj = m.as_object_mut().unwrap();
    obj.remove("Model");
    obj.remove("FirmwareVersion");
    obj["Oem"]["Hpe"]
        .as_object_mut()
        .unwrap()
        .remove("Firmware");
    emu.set_resource("/redfish/v1/Managers/1", m);
    // Some firmware sends Oem.Hpe.Manager as one object instead of an array.
    let mut root = emu.resource("/redfish/v1").unwrap();
    root["Oem"]["Hpe"]["Manager"] =
        json!({"ManagerType": "iLO 6", "ManagerFirmwareVersion": "1.10"});
    emu.set_resource("/redfish/v1", root);
    let b = bench_on(emu).await;
    assert_eq!(b.ilo.generation(), IloGeneration::Ilo6);
    assert_eq!(
        b.ilo.detection_source(),
        DetectionSource::ServiceRootManagerType
    );
    assert_eq!(b.ilo.firmware(), Some(FirmwareVersion::new(1, 10)));
    b.finish().await;
}

#[tokio::test]
async fn a_service_without_ilo_is_refused() {
    let emu = emulator(Scenario::rack(1)).await;
    let client = common::client_for(&emu, "admin", "admin-password");
    let e = hpe_oem::Ilo::connect(&client).await.unwrap_err();
    assert!(matches!(e, Error::NotIlo(_)), "{e:?}");
    client.logout().await.unwrap();
    emu.shutdown().await;
}

#[tokio::test]
async fn production_and_high_security_go_both_ways_with_a_reset() {
    let b = bench(Scenario::ilo()).await;
    let out = b
        .ilo
        .set_security_state(SecurityState::HighSecurity)
        .await
        .unwrap();
    assert!(out.sent && out.resets);
    assert!(
        out.messages
            .iter()
            .any(|m| m.key == IloMessageKey::ResetInProgress),
        "{out:?}"
    );
    assert_eq!(
        b.ilo.security_state().await.unwrap(),
        SecurityState::HighSecurity
    );
    let out = b
        .ilo
        .set_security_state(SecurityState::Production)
        .await
        .unwrap();
    assert!(out.sent);
    assert_eq!(
        b.ilo.security_state().await.unwrap(),
        SecurityState::Production
    );
    // Staying put sends nothing.
    b.emu.clear_request_log();
    let out = b
        .ilo
        .set_security_state(SecurityState::Production)
        .await
        .unwrap();
    assert!(!out.sent);
    assert!(b.writes().is_empty(), "{:?}", b.writes());
    b.finish().await;
}

#[tokio::test]
async fn ilo6_refused_transitions_send_nothing() {
    let b = bench(Scenario::ilo()).await;
    b.emu.clear_request_log();
    for (to, why) in [
        (SecurityState::Wipe, TransitionRefusal::WipeNotSettable),
        (SecurityState::CNSA, TransitionRefusal::NotAllowed),
        (SecurityState::SuiteB, TransitionRefusal::NotAllowed),
        (
            SecurityState::SecureStandard,
            TransitionRefusal::NotAStateOfThisGeneration,
        ),
        (
            SecurityState::SynergySecurityMode,
            TransitionRefusal::SynergyOnly,
        ),
        (
            SecurityState::from("Paranoid"),
            TransitionRefusal::UnknownState,
        ),
    ] {
        let e = b.ilo.set_security_state(to.clone()).await.unwrap_err();
        assert!(e.is_refused_locally());
        let text = e.to_string();
        assert!(
            text.contains("iLO 6") && text.contains("Production") && text.contains(to.as_str()),
            "{text}"
        );
        assert_eq!(transition_refusal(e), why, "{to}");
    }
    assert!(b.writes().is_empty(), "{:?}", b.writes());
    assert_eq!(
        b.ilo.security_state().await.unwrap(),
        SecurityState::Production
    );
    b.finish().await;
}

#[tokio::test]
async fn fips_is_reachable_and_nothing_leaves_it() {
    let b = bench(Scenario::ilo()).await;
    b.ilo
        .set_security_state(SecurityState::HighSecurity)
        .await
        .unwrap();
    b.ilo.set_security_state(SecurityState::FIPS).await.unwrap();
    assert_eq!(b.ilo.security_state().await.unwrap(), SecurityState::FIPS);
    b.emu.clear_request_log();
    // (FIPS -> CNSA is the one way up, when the service lists CNSA: see below.)
    for to in [SecurityState::Production, SecurityState::HighSecurity] {
        let e = b.ilo.set_security_state(to).await.unwrap_err();
        assert_eq!(transition_refusal(e), TransitionRefusal::CannotLeaveFips);
    }
    assert!(b.writes().is_empty(), "{:?}", b.writes());
    // FIPS forces host authentication (the emulator applies it).
    assert_eq!(
        b.ilo.require_host_authentication().await.unwrap(),
        Some(true)
    );
    b.finish().await;
}

#[tokio::test]
async fn fips_to_cnsa_is_allowed_when_the_service_lists_cnsa() {
    let b = bench(Scenario::ilo()).await;
    b.ilo.set_security_state(SecurityState::FIPS).await.unwrap();
    let path = b.ilo.security_service_uri().normalized().to_owned();
    assert_eq!(
        b.resource(&path)["SecurityState@Redfish.AllowableValues"],
        json!(["FIPS", "CNSA"]),
        "an iLO with the Advanced licence lists CNSA in FIPS"
    );
    let out = b.ilo.set_security_state(SecurityState::CNSA).await.unwrap();
    assert!(out.resets);
    assert_eq!(b.ilo.security_state().await.unwrap(), SecurityState::CNSA);
    b.finish().await;
}

#[tokio::test]
async fn fips_to_cnsa_is_refused_when_the_service_does_not_list_cnsa() {
    let b = bench(Scenario::ilo()).await;
    b.ilo.set_security_state(SecurityState::FIPS).await.unwrap();
    let path = b.ilo.security_service_uri().normalized().to_owned();
    for listed in [Some(json!(["FIPS"])), None] {
        let mut svc = b.resource(&path);
        match &listed {
            Some(v) => svc["SecurityState@Redfish.AllowableValues"] = v.clone(),
            None => {
                svc.as_object_mut()
                    .unwrap()
                    .remove("SecurityState@Redfish.AllowableValues");
            }
        }
        b.emu.set_resource(&path, svc);
        b.emu.clear_request_log();
        let e = b
            .ilo
            .set_security_state(SecurityState::CNSA)
            .await
            .unwrap_err();
        assert_eq!(
            transition_refusal(e),
            TransitionRefusal::NotAllowedByService,
            "{listed:?}"
        );
        assert!(b.writes().is_empty(), "{:?}", b.writes());
    }
    assert_eq!(b.ilo.security_state().await.unwrap(), SecurityState::FIPS);
    b.finish().await;
}

#[tokio::test]
async fn ilo7_allows_only_secure_standard_to_fips() {
    let b = bench(Scenario::ilo7()).await;
    b.emu.clear_request_log();
    for (to, why) in [
        (
            SecurityState::Production,
            TransitionRefusal::NotAStateOfThisGeneration,
        ),
        (
            SecurityState::HighSecurity,
            TransitionRefusal::NotAStateOfThisGeneration,
        ),
        (SecurityState::CNSA, TransitionRefusal::NotAllowed),
        (SecurityState::Wipe, TransitionRefusal::WipeNotSettable),
    ] {
        let e = b.ilo.set_security_state(to.clone()).await.unwrap_err();
        assert!(e.to_string().contains("iLO 7"), "{e}");
        assert_eq!(transition_refusal(e), why, "{to}");
    }
    assert!(b.writes().is_empty());
    let out = b.ilo.set_security_state(SecurityState::FIPS).await.unwrap();
    assert!(out.resets);
    assert_eq!(b.ilo.security_state().await.unwrap(), SecurityState::FIPS);
    let e = b
        .ilo
        .set_security_state(SecurityState::SecureStandard)
        .await
        .unwrap_err();
    assert_eq!(transition_refusal(e), TransitionRefusal::CannotLeaveFips);
    b.finish().await;
}

#[tokio::test]
async fn the_services_allowable_values_are_honoured() {
    let b = bench(Scenario::ilo()).await;
    let path = b.ilo.security_service_uri().normalized().to_owned();
    let mut svc = b.resource(&path);
    svc["SecurityState@Redfish.AllowableValues"] = json!(["Production", "HighSecurity"]);
    b.emu.set_resource(&path, svc);
    b.emu.clear_request_log();
    let e = b
        .ilo
        .set_security_state(SecurityState::FIPS)
        .await
        .unwrap_err();
    assert_eq!(
        transition_refusal(e),
        TransitionRefusal::NotAllowedByService
    );
    assert!(b.writes().is_empty());
    b.finish().await;
}

#[tokio::test]
async fn tls_versions_change_in_production_only() {
    let b = bench(Scenario::ilo()).await;
    let before = b.ilo.tls_settings().await.unwrap();
    assert_eq!(
        before.versions.as_ref().unwrap().tls1_0,
        Some(TlsState::Disabled)
    );
    assert_eq!(before.disable_weak_ciphers, Some(false));
    let enable = TlsChange::new().versions(TlsVersion::default().with_tls1_0(TlsState::Enabled));
    let out = b.ilo.change_tls(&enable).await.unwrap();
    assert!(out.sent && !out.resets && out.reset_required, "{out:?}");
    let after = b.ilo.tls_settings().await.unwrap();
    assert_eq!(after.versions.unwrap().tls1_0, Some(TlsState::Enabled));

    b.ilo
        .set_security_state(SecurityState::HighSecurity)
        .await
        .unwrap();
    b.emu.clear_request_log();
    let disable = TlsChange::new().versions(TlsVersion::default().with_tls1_1(TlsState::Disabled));
    let e = b.ilo.change_tls(&disable).await.unwrap_err();
    assert!(e.to_string().contains("HighSecurity"), "{e}");
    assert_eq!(refusal(e), RefusalReason::RequiresProduction);
    let e = b
        .ilo
        .change_tls(&TlsChange::new().disable_weak_ciphers(true))
        .await
        .unwrap_err();
    assert_eq!(refusal(e), RefusalReason::RequiresProduction);
    assert!(b.writes().is_empty(), "{:?}", b.writes());
    b.finish().await;
}

#[tokio::test]
async fn disabling_weak_ciphers_resets_and_locks_tls_1_0() {
    let b = bench(Scenario::ilo()).await;
    let out = b
        .ilo
        .change_tls(&TlsChange::new().disable_weak_ciphers(true))
        .await
        .unwrap();
    assert!(out.resets, "{out:?}");
    assert_eq!(
        b.ilo.tls_settings().await.unwrap().disable_weak_ciphers,
        Some(true)
    );
    b.emu.clear_request_log();
    let enable_10 = TlsVersion::default().with_tls1_0(TlsState::Enabled);
    let e = b
        .ilo
        .change_tls(&TlsChange::new().versions(enable_10.clone()))
        .await
        .unwrap_err();
    assert_eq!(refusal(e), RefusalReason::WeakCiphersDisabled);
    assert!(b.writes().is_empty());
    // The seed's combined PATCH re-enables them.
    let both = TlsChange::new()
        .versions(enable_10)
        .disable_weak_ciphers(false);
    b.ilo.change_tls(&both).await.unwrap();
    let s = b.ilo.tls_settings().await.unwrap();
    assert_eq!(s.disable_weak_ciphers, Some(false));
    assert_eq!(s.versions.unwrap().tls1_0, Some(TlsState::Enabled));
    b.finish().await;
}

#[tokio::test]
async fn ilo7_tls_changes_are_refused() {
    let b = bench(Scenario::ilo7()).await;
    let change = TlsChange::new().versions(TlsVersion::default().with_tls1_3(TlsState::Disabled));
    let e = b.ilo.change_tls(&change).await.unwrap_err();
    assert!(e.to_string().contains("SecureStandard"), "{e}");
    assert_eq!(refusal(e), RefusalReason::RequiresProduction);
    b.finish().await;
}

#[tokio::test]
async fn ilo6_1_10_tls_patch_defect_is_refused_before_sending() {
    let emu = emulator(Scenario::ilo()).await;
    let mut m = emu.resource("/redfish/v1/Managers/1").unwrap();
    m["FirmwareVersion"] = json!("iLO 6 v1.10");
    emu.set_resource("/redfish/v1/Managers/1", m);
    let b = bench_on(emu).await;
    assert_eq!(b.ilo.firmware(), Some(FirmwareVersion::new(1, 10)));
    b.emu.clear_request_log();
    let change = TlsChange::new().versions(TlsVersion::default().with_tls1_1(TlsState::Enabled));
    let e = b.ilo.change_tls(&change).await.unwrap_err();
    assert!(matches!(refusal(e), RefusalReason::FirmwareDefect(_)));
    assert!(b.writes().is_empty());
    b.finish().await;
}

#[tokio::test]
async fn ilo_errors_are_typed_with_registry_version_and_key() {
    let b = bench(Scenario::ilo()).await;
    b.ilo.set_security_state(SecurityState::FIPS).await.unwrap();
    // Bypass the crate's own refusal to see what the iLO says.
    let e = b
        .client
        .request(
            Method::PATCH,
            &redfish_model::ODataId::new("/redfish/v1/Managers/1"),
        )
        .json(&json!({"Oem": {"Hpe": {"RequireHostAuthentication": false}}}))
        .await
        .unwrap_err();
    let m = e.ilo_error().expect("an iLO message");
    assert_eq!(
        (m.registry.as_str(), m.version.as_deref()),
        ("iLO", Some("2.15"))
    );
    assert_eq!(m.key, IloMessageKey::PropertyValueBadParam);
    let ours = Error::from(e);
    assert_eq!(ours.ilo_key(), Some(&IloMessageKey::PropertyValueBadParam));
    assert_eq!(ours.status().map(|s| s.as_u16()), Some(400));
    assert!(
        ours.to_string().contains("The property value is not valid"),
        "{ours}"
    );
    b.finish().await;
}

#[tokio::test]
async fn require_host_authentication_toggles_on_ilo6() {
    let b = bench(Scenario::ilo()).await;
    assert_eq!(
        b.ilo.require_host_authentication().await.unwrap(),
        Some(false)
    );
    let ctx = b.ilo.access_context(false).await.unwrap();
    let a = in_band_access(&ctx, Channel::Chif, OsUser::Privileged);
    assert!(!a.credentials_required && !a.bios_config_privilege_required);

    let out = b.ilo.set_require_host_authentication(true).await.unwrap();
    assert!(out.sent);
    assert_eq!(
        b.ilo.require_host_authentication().await.unwrap(),
        Some(true)
    );
    let ctx = b.ilo.access_context(true).await.unwrap();
    let a = in_band_access(&ctx, Channel::Chif, OsUser::Privileged);
    assert!(a.credentials_required && a.bios_config_privilege_required);

    b.emu.clear_request_log();
    assert!(
        !b.ilo
            .set_require_host_authentication(true)
            .await
            .unwrap()
            .sent
    );
    assert!(b.writes().is_empty());
    b.ilo.set_require_host_authentication(false).await.unwrap();
    assert_eq!(
        b.ilo.require_host_authentication().await.unwrap(),
        Some(false)
    );
    b.finish().await;
}

#[tokio::test]
async fn host_authentication_is_forced_in_fips_and_absent_on_ilo7() {
    let b = bench(Scenario::ilo()).await;
    b.ilo.set_security_state(SecurityState::FIPS).await.unwrap();
    b.emu.clear_request_log();
    let e = b
        .ilo
        .set_require_host_authentication(false)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("FIPS"), "{e}");
    assert_eq!(refusal(e), RefusalReason::ForcedInFips);
    assert_eq!(b.requests(Method::PATCH, "/Managers/1"), 0);
    let ctx = b.ilo.access_context(false).await.unwrap();
    assert!(in_band_access(&ctx, Channel::Chif, OsUser::Privileged).credentials_required);
    b.finish().await;

    let b = bench(Scenario::ilo7()).await;
    assert_eq!(b.ilo.require_host_authentication().await.unwrap(), None);
    let e = b
        .ilo
        .set_require_host_authentication(true)
        .await
        .unwrap_err();
    assert_eq!(refusal(e), RefusalReason::NotOnThisGeneration);
    let ctx = b.ilo.access_context(false).await.unwrap();
    assert_eq!(ctx.require_host_authentication, None);
    assert!(in_band_access(&ctx, Channel::VirtualNic, OsUser::Privileged).credentials_required);
    b.finish().await;
}
