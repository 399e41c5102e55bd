//! Integration tests against the embedded emulator (`redfish-emulator`).

mod common;

use std::collections::HashSet;
use std::time::Duration;

use common::{builder, client_with_sleep, count, rack};
use futures_util::TryStreamExt;
use redfish_client::model::chassis::Chassis;
use redfish_client::model::resource::ResetType;
use redfish_client::model::update_service::SimpleUpdateRequest;
use redfish_client::model::{Collection, ODataId};
use redfish_client::{ActionResponse, Client, Error, Expand, Query};
use redfish_emulator::{Emulator, Fault, Scenario};

#[tokio::test]
async fn login_discovers_sessions_and_logout_deletes_the_session() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    assert!(!client.is_logged_in());
    client.login().await.unwrap();
    assert!(client.is_logged_in());
    assert_eq!(emu.session_count(), 1);
    let session = client.session_uri().expect("Location of the session");
    // The token works and is reused: a second request does not log in again.
    client
        .service_root()
        .await
        .unwrap()
        .chassis()
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert_eq!(
        count(&emu, "POST", "/redfish/v1/SessionService/Sessions"),
        1
    );
    client.logout().await.unwrap();
    assert!(!client.is_logged_in());
    assert_eq!(emu.session_count(), 0, "no session leaked");
    assert_eq!(count(&emu, "DELETE", session.path()), 1);
    // Logging out twice is harmless.
    client.logout().await.unwrap();
}

#[tokio::test]
async fn basic_auth_creates_no_session() {
    let emu = rack().await;
    let client = builder(&emu)
        .auth_mode(redfish_client::AuthMode::Basic)
        .build()
        .unwrap();
    let root = client.service_root().await.unwrap();
    assert!(!root.chassis().unwrap().collect().await.unwrap().is_empty());
    assert_eq!(emu.session_count(), 0);
}

#[tokio::test]
async fn wrong_password_is_an_auth_error_without_the_password() {
    let emu = rack().await;
    let client = Client::builder(emu.base_url().as_str())
        .credentials("admin", "not-the-password-xyz")
        .add_root_certificate_pem(emu.certificate_pem())
        .build()
        .unwrap();
    let err = client.login().await.unwrap_err();
    assert!(err.is_unauthorized(), "{err:?}");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("not-the-password-xyz"), "{shown}");
}

#[tokio::test]
async fn typed_navigation_follows_links() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    assert!(root.redfish_version.is_some());
    let chassis = root.chassis().unwrap().collect().await.unwrap();
    assert!(!chassis.is_empty());
    for c in &chassis {
        assert!(c.odata_id().as_str().starts_with("/redfish/v1/"));
        assert!(c.id.is_some(), "typed body of {}", c.odata_id());
    }
    let systems = root.systems().unwrap().collect().await.unwrap();
    assert!(!systems.is_empty());
    let managers = root.managers().unwrap().collect().await.unwrap();
    assert!(!managers.is_empty());
    let ss = root.session_service().await.unwrap();
    assert!(ss.sessions.is_some());
    client.logout().await.unwrap();
}

#[tokio::test]
async fn paging_follows_next_link_without_duplicates() {
    let emu = Emulator::builder()
        .scenario(Scenario::rack(8))
        .page_size(3)
        .start()
        .await
        .unwrap();
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let members = root.systems().unwrap();
    let first = client.get::<Collection>(members.uri()).await.unwrap();
    let total = first.count.expect("Members@odata.count") as usize;
    assert!(
        total > 3,
        "the scenario must need several pages (has {total})"
    );
    assert!(
        first.next_link.is_some(),
        "first page must link the next one"
    );
    let ids: Vec<ODataId> = members.ids().try_collect().await.unwrap();
    assert_eq!(ids.len(), total);
    let unique: HashSet<_> = ids.iter().map(|i| i.normalized().to_owned()).collect();
    assert_eq!(unique.len(), total);
    let page_gets = count(&emu, "GET", members.uri().path());
    assert!(page_gets >= total.div_ceil(3), "pages fetched: {page_gets}");
    // Bounded concurrent fetch returns every member, in order.
    let fetched = members.clone().concurrency(4).collect().await.unwrap();
    let fetched_ids: Vec<_> = fetched.iter().map(|e| e.odata_id().clone()).collect();
    assert_eq!(fetched_ids, ids);
    client.logout().await.unwrap();
}

#[tokio::test]
async fn expired_session_is_renewed_once_transparently() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    client.login().await.unwrap();
    let first = client.session_uri().unwrap();
    emu.expire_sessions();
    let root = client.service_root().await.unwrap();
    root.chassis().unwrap().collect().await.unwrap();
    assert_eq!(
        count(&emu, "POST", "/redfish/v1/SessionService/Sessions"),
        2
    );
    assert_ne!(client.session_uri().unwrap(), first);
    client.logout().await.unwrap();
    assert_eq!(emu.session_count(), 0);
}

#[tokio::test]
async fn expire_session_fault_is_survived() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    client.login().await.unwrap();
    emu.inject("/redfish/v1/Chassis", Fault::ExpireSession, Some(1));
    let root = client.service_root().await.unwrap();
    let c = root.chassis().unwrap().collect().await.unwrap();
    assert!(!c.is_empty());
    assert_eq!(
        count(&emu, "POST", "/redfish/v1/SessionService/Sessions"),
        2
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn retries_get_on_503_honouring_retry_after() {
    let emu = rack().await;
    let (client, sleep) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let chassis_uri = root.chassis().unwrap().uri().clone();
    emu.inject(
        chassis_uri.path(),
        Fault::ServiceUnavailable {
            retry_after_secs: 7,
        },
        Some(2),
    );
    let before = count(&emu, "GET", chassis_uri.path());
    let page = client.get::<Collection>(&chassis_uri).await.unwrap();
    assert!(!page.members.is_empty());
    assert_eq!(count(&emu, "GET", chassis_uri.path()) - before, 3);
    assert_eq!(sleep.delays(), vec![Duration::from_secs(7); 2]);
    client.logout().await.unwrap();
}

#[tokio::test]
async fn gives_up_after_the_retry_budget() {
    let emu = rack().await;
    let (client, sleep) = client_with_sleep(&emu);
    client.login().await.unwrap();
    emu.inject(
        "/redfish/v1/Managers",
        Fault::ServiceUnavailable {
            retry_after_secs: 1,
        },
        None,
    );
    let err = client
        .get::<Collection>(&ODataId::new("/redfish/v1/Managers"))
        .await
        .unwrap_err();
    assert!(err.is_unavailable(), "{err:?}");
    assert_eq!(sleep.delays().len(), 3, "max_retries(3)");
    emu.clear_faults();
    client.logout().await.unwrap();
}

#[tokio::test]
async fn post_is_never_retried_on_503() {
    let emu = rack().await;
    let (client, sleep) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let system = root.systems().unwrap().collect().await.unwrap().remove(0);
    let target = system
        .actions
        .as_ref()
        .unwrap()
        .get("#ComputerSystem.Reset")
        .unwrap()
        .target
        .unwrap();
    emu.inject(
        target.path(),
        Fault::ServiceUnavailable {
            retry_after_secs: 1,
        },
        Some(1),
    );
    let err = system.reset(ResetType::On).await.unwrap_err();
    assert!(err.is_unavailable(), "{err:?}");
    assert_eq!(count(&emu, "POST", target.path()), 1);
    assert!(sleep.delays().is_empty());
    client.logout().await.unwrap();
}

#[tokio::test]
async fn dropped_connection_retries_get_but_not_post() {
    let emu = rack().await;
    let (client, _sleep) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let system = root.systems().unwrap().collect().await.unwrap().remove(0);
    let uri = system.odata_id().clone();

    emu.inject(uri.path(), Fault::DropConnection, Some(1));
    let before = count(&emu, "GET", uri.path());
    let again = system.refresh().await.unwrap();
    assert_eq!(again.odata_id(), &uri);
    assert_eq!(
        count(&emu, "GET", uri.path()) - before,
        2,
        "GET repeated once"
    );

    let target = system
        .actions
        .as_ref()
        .unwrap()
        .get("#ComputerSystem.Reset")
        .unwrap()
        .target
        .unwrap();
    emu.inject(target.path(), Fault::DropConnection, Some(1));
    let err = system.reset(ResetType::On).await.unwrap_err();
    assert!(err.is_transport(), "{err:?}");
    assert_eq!(count(&emu, "POST", target.path()), 1, "POST never repeated");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn malformed_json_is_a_decode_error() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let uri = root.managers().unwrap().uri().clone();
    emu.inject(uri.path(), Fault::MalformedJson, Some(1));
    let err = client.get::<Collection>(&uri).await.unwrap_err();
    assert!(err.is_decode(), "{err:?}");
    assert!(err.to_string().contains(uri.path()), "{err}");
    // The next answer is fine again.
    client.get::<Collection>(&uri).await.unwrap();
    client.logout().await.unwrap();
}

#[tokio::test]
async fn patch_sends_if_match_and_a_stale_etag_is_a_conflict() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let chassis = root.chassis().unwrap().collect().await.unwrap().remove(0);
    assert!(chassis.etag().is_some(), "the emulator sends ETags");
    let updated = chassis
        .patch(&serde_json::json!({"AssetTag": "rack-42"}))
        .await
        .unwrap();
    assert_eq!(updated.asset_tag.as_deref(), Some("rack-42"));
    assert_eq!(
        emu.resource(chassis.odata_id().path()).unwrap()["AssetTag"],
        serde_json::json!("rack-42")
    );
    // `chassis` still carries the ETag of before the change.
    let err = chassis
        .patch(&serde_json::json!({"AssetTag": "other"}))
        .await
        .unwrap_err();
    assert!(err.is_precondition_failed(), "{err:?}");
    assert!(matches!(err, Error::PreconditionFailed { .. }));
    assert_eq!(
        emu.resource(chassis.odata_id().path()).unwrap()["AssetTag"],
        "rack-42"
    );
    // Refreshing gets the current ETag and the change goes through.
    let fresh = chassis.refresh().await.unwrap();
    let done = fresh
        .patch(&serde_json::json!({"AssetTag": "other"}))
        .await
        .unwrap();
    assert_eq!(done.asset_tag.as_deref(), Some("other"));
    client.logout().await.unwrap();
}

#[tokio::test]
async fn pinned_certificate_is_accepted_and_a_wrong_pin_refused() {
    let emu = rack().await;
    let pin = redfish_client::Fingerprint(emu.certificate_sha256());
    let ok = Client::builder(emu.base_url().as_str())
        .credentials("admin", "admin-password")
        .pin_certificate(pin)
        .build()
        .unwrap();
    ok.service_root().await.unwrap();
    ok.logout().await.unwrap();

    let wrong = Client::builder(emu.base_url().as_str())
        .pin_certificate_sha256(&"00".repeat(32))
        .unwrap()
        .build()
        .unwrap();
    let err = wrong.service_root().await.unwrap_err();
    assert!(err.is_tls(), "{err:?}");

    // Default policy: the self-signed certificate is not trusted.
    let default = Client::builder(emu.base_url().as_str()).build().unwrap();
    let err = default.service_root().await.unwrap_err();
    assert!(err.is_tls(), "{err:?}");
}

#[tokio::test]
async fn action_parameters_are_checked_before_sending() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let system = root.systems().unwrap().collect().await.unwrap().remove(0);
    let target = system
        .actions
        .as_ref()
        .unwrap()
        .get("#ComputerSystem.Reset")
        .unwrap()
        .target
        .unwrap();
    let err = system
        .reset(ResetType::Unknown("Explode".into()))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidParameter { .. }), "{err:?}");
    assert_eq!(count(&emu, "POST", target.path()), 0, "nothing sent");
    // An action of the schema the emulator's systems do not advertise.
    let err = system
        .invoke(redfish_client::model::computer_system::SetDefaultBootOrderRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::ActionNotSupported { action, .. } if action == "#ComputerSystem.SetDefaultBootOrder"),
        "{err:?}"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn system_and_manager_resets_complete() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let system = root.systems().unwrap().collect().await.unwrap().remove(0);
    system
        .reset(ResetType::ForceRestart)
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    assert_eq!(count(&emu, "POST", "/redfish/v1/Systems"), 1);
    let manager = root.managers().unwrap().collect().await.unwrap().remove(0);
    // The emulator's ActionInfo marks ResetType required: caught before sending.
    let err = manager
        .invoke(redfish_client::model::manager::ResetRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidParameter { ref parameter, .. } if parameter == "ResetType"),
        "{err:?}"
    );
    assert_eq!(count(&emu, "POST", "/redfish/v1/Managers"), 0);
    manager
        .reset(ResetType::GracefulRestart)
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    assert_eq!(count(&emu, "POST", "/redfish/v1/Managers"), 1);
    client.logout().await.unwrap();
}

#[tokio::test]
async fn log_entries_are_read_and_cleared() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let manager = root.managers().unwrap().collect().await.unwrap().remove(0);
    let logs = manager.log_services().unwrap().collect().await.unwrap();
    let log = logs.into_iter().next().expect("a LogService");
    let before = log.entries().unwrap().collect().await.unwrap();
    assert!(!before.is_empty(), "the scenario has log entries");
    assert!(before[0].message.is_some() || before[0].message_id.is_some());
    log.clear_log().await.unwrap().wait().await.unwrap();
    let after = log.entries().unwrap().collect().await.unwrap();
    assert!(
        after.len() < before.len(),
        "{} -> {}",
        before.len(),
        after.len()
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn simple_update_runs_as_a_task_with_progress() {
    let emu = rack().await;
    let (client, _sleep) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let update = root.update_service().await.unwrap();
    let req = SimpleUpdateRequest::default()
        .with_image_uri("https://repo.example/bmc.bin")
        .with_username("fw")
        .with_password("fw-secret-77");
    let resp = update.simple_update(&req).await.unwrap();
    let ActionResponse::Task(task) = resp else {
        panic!("expected a task, got {resp:?}")
    };
    let mut states = Vec::new();
    let outcome = task
        .wait_with_progress(|t| states.push((t.task_state.clone(), t.percent_complete)))
        .await
        .unwrap();
    assert!(outcome.status.is_success());
    assert!(!states.is_empty(), "at least one running report");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn multipart_push_streams_the_file_and_reports_progress() {
    let emu = rack().await;
    let (client, _sleep) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let update = root.update_service().await.unwrap();
    let path = std::env::temp_dir().join(format!("redfish-client-push-{}.bin", std::process::id()));
    let size = 3 * 1024 * 1024 + 17;
    std::fs::write(&path, vec![0x5au8; size]).unwrap();
    let progress = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let p = progress.clone();
    let resp = update
        .push_update(&path)
        .force_update(true)
        .on_progress(move |sent, total| p.lock().unwrap().push((sent, total)))
        .send()
        .await;
    std::fs::remove_file(&path).ok();
    resp.unwrap().wait().await.unwrap();
    let progress = progress.lock().unwrap().clone();
    assert!(progress.len() > 1, "streamed in chunks");
    assert_eq!(*progress.last().unwrap(), (size as u64, size as u64));
    assert!(progress.windows(2).all(|w| w[0].0 < w[1].0));
    client.logout().await.unwrap();
}

#[tokio::test]
async fn generate_csr_install_and_read_a_certificate() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let cs = root.certificate_service().await.unwrap();
    let manager = root.managers().unwrap().collect().await.unwrap().remove(0);
    let collection = manager.certificates.clone().expect("Manager.Certificates");
    let req = redfish_client::model::certificate_service::GenerateCSRRequest::default()
        .with_certificate_collection(collection.clone())
        .with_common_name("bmc.example.net")
        .with_country("US")
        .with_organization("Example")
        .with_organizational_unit("Lab")
        .with_city("Houston")
        .with_state("Texas");
    let csr = cs.generate_csr(&req).await.unwrap();
    assert!(
        csr.subject().contains("CN=bmc.example.net"),
        "{}",
        csr.subject()
    );
    assert!(csr.pem.contains("BEGIN CERTIFICATE REQUEST"));

    // Install a certificate (self-signed here; a CA would sign the CSR).
    let mut params = rcgen::CertificateParams::new(vec!["bmc.example.net".to_owned()]).unwrap();
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::DigitalSignature,
        rcgen::KeyUsagePurpose::KeyEncipherment,
    ];
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "bmc.example.net");
    let now = time::OffsetDateTime::now_utc();
    params.not_before = now - time::Duration::days(1);
    params.not_after = now + time::Duration::days(90);
    let key = rcgen::KeyPair::generate().unwrap();
    let cert = params.self_signed(&key).unwrap();
    let created = client
        .install_certificate(&collection.odata_id, &cert.pem())
        .await
        .unwrap();
    let uri = created.uri.expect("Location of the new certificate");

    let installed = client.read_certificate(&uri).await.unwrap();
    assert_eq!(installed.resource.odata_id(), &uri);
    installed.parsed.check_validity(now).unwrap();
    let expired = installed
        .parsed
        .check_validity(now + time::Duration::days(91))
        .unwrap_err();
    assert!(expired.to_string().contains("expired"), "{expired}");
    assert!(
        installed
            .parsed
            .check_validity(now - time::Duration::days(2))
            .is_err()
    );
    let subject = installed.parsed.subject();
    assert!(subject.contains("CN=bmc.example.net"), "{subject}");
    installed
        .parsed
        .require_key_usage(&["DigitalSignature", "ServerAuthentication"])
        .unwrap();
    assert!(
        installed
            .parsed
            .require_key_usage(&["KeyCertSign"])
            .is_err()
    );

    // ReplaceCertificate with another one.
    let key2 = rcgen::KeyPair::generate().unwrap();
    let cert2 = rcgen::CertificateParams::new(vec!["bmc2.example.net".to_owned()])
        .unwrap()
        .self_signed(&key2)
        .unwrap();
    cs.replace_certificate(&uri, &cert2.pem())
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    let replaced = client.read_certificate(&uri).await.unwrap();
    assert_ne!(
        replaced.parsed.fingerprint().unwrap(),
        installed.parsed.fingerprint().unwrap()
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn query_options_are_sent() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let uri = root.chassis().unwrap().uri().clone();
    let q = Query::new().expand(Expand::NotLinks, 1).select(["Id"]);
    let _ = client.get::<Collection>(&uri).query(q).await;
    let log = emu.request_log();
    assert!(
        log.iter()
            .any(|(_, p)| p.contains("$expand=.($levels=1)") && p.contains("$select=Id")),
        "{log:?}"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn a_failed_task_resolves_to_task_failed_with_its_messages() {
    let emu = rack().await;
    let (client, _sleep) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let update = root.update_service().await.unwrap();
    let req = SimpleUpdateRequest::default().with_image_uri("https://repo.example/fail.bin");
    let err = update
        .simple_update(&req)
        .await
        .unwrap()
        .wait()
        .await
        .unwrap_err();
    match &err {
        Error::TaskFailed {
            state, messages, ..
        } => {
            assert!(
                state == "Exception" || state.starts_with("HTTP "),
                "{state}"
            );
            assert!(!messages.is_empty(), "the task's messages are kept");
        }
        other => panic!("expected TaskFailed, got {other:?}"),
    }
    client.logout().await.unwrap();
}

#[tokio::test]
async fn an_empty_pushed_image_fails_its_task() {
    let emu = rack().await;
    let (client, _sleep) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let update = root.update_service().await.unwrap();
    let path =
        std::env::temp_dir().join(format!("redfish-client-empty-{}.bin", std::process::id()));
    std::fs::write(&path, b"").unwrap();
    let resp = update.push_update(&path).send().await;
    std::fs::remove_file(&path).ok();
    let err = resp.unwrap().wait().await.unwrap_err();
    assert!(matches!(err, Error::TaskFailed { .. }), "{err:?}");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn a_task_that_outlives_max_wait_times_out() {
    let emu = Emulator::builder()
        .scenario(Scenario::rack(1))
        .time_scale(1.0)
        .start()
        .await
        .unwrap();
    let sleep = std::sync::Arc::new(common::RecordingSleep::default());
    let client = builder(&emu)
        .sleeper(sleep.clone())
        .task_policy(redfish_client::TaskPolicy::default().max_wait(Some(Duration::from_secs(3))))
        .build()
        .unwrap();
    let root = client.service_root().await.unwrap();
    let update = root.update_service().await.unwrap();
    let req = SimpleUpdateRequest::default().with_image_uri("https://repo.example/slow.bin");
    let err = update
        .simple_update(&req)
        .await
        .unwrap()
        .wait()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::TaskTimeout { .. }), "{err:?}");
    assert!(err.is_timeout());
    let waited: Duration = sleep.delays().iter().sum();
    assert!(waited <= Duration::from_secs(3), "{waited:?}");
    client.logout().await.unwrap();
}

#[tokio::test]
async fn patch_with_if_match_is_retried_on_503_but_not_without() {
    let emu = rack().await;
    let (client, sleep) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let chassis = root.chassis().unwrap().collect().await.unwrap().remove(0);
    let path = chassis.odata_id().path().to_owned();
    emu.inject(
        &path,
        Fault::ServiceUnavailable {
            retry_after_secs: 2,
        },
        Some(1),
    );
    let updated = chassis
        .patch(&serde_json::json!({"AssetTag": "retried"}))
        .await
        .unwrap();
    assert_eq!(updated.asset_tag.as_deref(), Some("retried"));
    assert_eq!(count(&emu, "PATCH", &path), 2);
    assert_eq!(sleep.delays(), vec![Duration::from_secs(2)]);

    emu.inject(
        &path,
        Fault::ServiceUnavailable {
            retry_after_secs: 2,
        },
        Some(1),
    );
    let body = serde_json::json!({"AssetTag": "blind"});
    let err = client
        .patch::<Chassis, _>(chassis.odata_id(), &body, None)
        .await
        .unwrap_err();
    assert!(err.is_unavailable(), "{err:?}");
    assert_eq!(count(&emu, "PATCH", &path), 3, "no If-Match: not repeated");
    client.logout().await.unwrap();
}
