//! Many services at once (issue 13): one shared transport with a pin per service, the
//! fleet runner's results, deadlines, cancellation and session budget.

// Helpers of the tests: a failure there is a test failure.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt, stream};
use redfish_client::fleet::Fleet;
use redfish_client::{Client, ClientBuilder, Error, Fingerprint, RetryPolicy, Transport};
use redfish_emulator::{Emulator, RunningEmulator, Scenario};

async fn emulators(n: usize) -> Vec<RunningEmulator> {
    stream::iter(0..n)
        .map(|_| Emulator::builder().scenario(Scenario::rack(1)).start())
        .buffer_unordered(16)
        .try_collect()
        .await
        .unwrap()
}

fn pinned(emu: &RunningEmulator) -> ClientBuilder {
    Client::builder(emu.base_url().as_str())
        .credentials("admin", "admin-password")
        .pin_certificate(Fingerprint(emu.certificate_sha256()))
        .retry_policy(RetryPolicy::none())
}

fn host(emu: &RunningEmulator) -> String {
    format!("127.0.0.1:{}", emu.local_addr().port())
}

fn sessions(emus: &[RunningEmulator]) -> usize {
    emus.iter().map(RunningEmulator::session_count).sum()
}

#[tokio::test]
async fn a_hundred_services_with_a_hundred_pins_share_one_transport() {
    let emus = emulators(100).await;
    let transport = Transport::builder().build().unwrap();
    let wrong = 37;
    let builders = emus.iter().enumerate().map(|(i, e)| {
        if i == wrong {
            // The pin of another service: valid, but not this one's.
            pinned(e).tls_policy(redfish_client::TlsPolicy::Pinned(vec![Fingerprint(
                emus[0].certificate_sha256(),
            )]))
        } else {
            pinned(e)
        }
    });
    let t = transport.clone();
    let report = Fleet::new()
        .transport(transport.clone())
        .concurrency(32)
        .run(builders, move |client| {
            let t = t.clone();
            async move {
                assert!(client.transport().same_as(&t), "one pool for all");
                let root = client.service_root().await?;
                let systems = root.systems()?.collect().await?;
                Ok::<_, Error>(systems.len())
            }
        })
        .await;
    assert_eq!(report.results.len(), 100);
    for (i, r) in report.results.iter().enumerate() {
        assert_eq!(r.host, host(&emus[i]));
        if i == wrong {
            let e = r.result.as_ref().unwrap_err();
            assert!(e.is_tls(), "{e:?}");
            assert_eq!(e.host(), Some(host(&emus[i]).as_str()));
        } else {
            assert_eq!(*r.result.as_ref().unwrap(), 1, "{}", r.host);
        }
    }
    assert_eq!(sessions(&emus), 0);
}

/// A pooled connection is not verified again, so a second client of the same origin with
/// another policy must not be handed one that the first client's policy accepted.
#[tokio::test]
async fn a_wrong_pin_fails_beside_a_correct_one_for_the_same_service() {
    let emu = Emulator::builder()
        .scenario(Scenario::rack(1))
        .start()
        .await
        .unwrap();
    let transport = Transport::builder().build().unwrap();
    let good = pinned(&emu).transport(transport.clone()).build().unwrap();
    good.service_root().await.unwrap();
    for _ in 0..3 {
        let bad = pinned(&emu)
            .transport(transport.clone())
            .tls_policy(redfish_client::TlsPolicy::Pinned(vec![Fingerprint(
                [0; 32],
            )]))
            .build()
            .unwrap();
        let err = bad.service_root().await.unwrap_err();
        assert!(err.is_tls(), "{err:?}");
        // The correctly pinned client still shares the pool and works.
        good.service_root().await.unwrap();
        let twin = pinned(&emu).transport(transport.clone()).build().unwrap();
        twin.service_root().await.unwrap();
    }
    let before = emu.session_count();
    good.logout().await.unwrap();
    assert!(emu.session_count() < before);
}

#[tokio::test]
async fn the_runner_reports_each_failing_service_with_its_host() {
    let emus = emulators(3).await;
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let builders = vec![
        pinned(&emus[0]),
        pinned(&emus[1]).tls_policy(redfish_client::TlsPolicy::Pinned(vec![Fingerprint(
            [0; 32],
        )])),
        Client::builder(emus[2].base_url().as_str())
            .credentials("admin", "not-the-password")
            .pin_certificate(Fingerprint(emus[2].certificate_sha256())),
        Client::builder(&format!("https://127.0.0.1:{closed}"))
            .credentials("admin", "admin-password")
            .retry_policy(RetryPolicy::none()),
        Client::builder("ftp://not-http"),
    ];
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    let report = Fleet::new()
        .on_progress(move |p| {
            s.lock()
                .unwrap()
                .push((p.host.to_owned(), p.ok, p.done, p.failed, p.total))
        })
        .run(builders, |client| async move {
            client.service_root().await?.managers()?.collect().await?;
            Ok::<_, Error>(())
        })
        .await;
    let r = &report.results;
    assert!(r[0].result.is_ok(), "{:?}", r[0].result);
    let tls = r[1].result.as_ref().unwrap_err();
    assert!(
        tls.is_tls() && tls.to_string().contains(&host(&emus[1])),
        "{tls}"
    );
    let auth = r[2].result.as_ref().unwrap_err();
    assert!(auth.is_unauthorized(), "{auth:?}");
    assert!(auth.to_string().contains(&host(&emus[2])), "{auth}");
    let refused = r[3].result.as_ref().unwrap_err();
    assert!(refused.is_transport(), "{refused:?}");
    assert_eq!(refused.host(), Some(format!("127.0.0.1:{closed}").as_str()));
    assert_eq!(r[3].host, format!("127.0.0.1:{closed}"));
    assert!(matches!(r[4].result, Err(Error::InvalidInput(_))));
    assert_eq!(report.failures().count(), 4);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 5);
    assert_eq!(seen.iter().map(|p| p.2).max(), Some(5));
    assert_eq!(seen.iter().filter(|p| !p.1).count(), 4);
    assert!(seen.iter().all(|p| p.4 == 5));
    assert_eq!(sessions(&emus), 0);
}

#[tokio::test]
async fn a_job_past_its_deadline_is_logged_out() {
    let emus = emulators(5).await;
    let report = Fleet::new()
        .timeout(Duration::from_millis(300))
        .run(emus.iter().map(pinned), |client| async move {
            client.login().await?;
            std::future::pending::<()>().await;
            Ok::<_, Error>(())
        })
        .await;
    assert_eq!(
        sessions(&emus),
        0,
        "every session logged out after the deadline"
    );
    for (r, e) in report.results.iter().zip(&emus) {
        match &r.result {
            Err(err @ Error::Deadline { after, .. }) => {
                assert_eq!(*after, Duration::from_millis(300));
                assert_eq!(err.host(), Some(host(e).as_str()));
                assert!(err.is_timeout());
            }
            other => panic!("expected a deadline, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_run_dropped_midway_leaves_no_session() {
    let emus = emulators(10).await;
    let fleet = Fleet::new().concurrency(10);
    let transport = fleet.make_transport().unwrap();
    let fleet = fleet.transport(transport.clone());
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let run = fleet.run(emus.iter().map(pinned), move |client| {
        let tx = tx.clone();
        async move {
            client.login().await?;
            let _ = tx.send(());
            std::future::pending::<()>().await;
            Ok::<_, Error>(())
        }
    });
    tokio::select! {
        _ = run => panic!("the jobs never end"),
        _ = async { for _ in 0..5 { rx.recv().await; } } => {}
    }
    // The run is dropped: half the jobs are logged in, others may be logging in.
    transport.wait_for_logouts().await;
    assert_eq!(sessions(&emus), 0);
}

#[tokio::test]
async fn the_session_budget_bounds_the_sessions_of_a_service() {
    let emu = &emulators(1).await[0];
    let transport = Transport::builder()
        .max_sessions_per_service(1)
        .build()
        .unwrap();
    let a = pinned(emu).transport(transport.clone()).build().unwrap();
    let b = pinned(emu).transport(transport.clone()).build().unwrap();
    a.login().await.unwrap();
    let waited = tokio::time::timeout(Duration::from_millis(200), b.login()).await;
    assert!(waited.is_err(), "the second login waits for a free slot");
    assert_eq!(emu.session_count(), 1);
    let (ra, rb) = tokio::join!(a.logout(), b.login());
    ra.unwrap();
    rb.unwrap();
    assert!(b.is_logged_in());
    assert_eq!(emu.session_count(), 1);
    b.logout().await.unwrap();
    assert_eq!(emu.session_count(), 0);
}

#[tokio::test(start_paused = true)]
async fn starts_are_paced_by_the_rate_limit() {
    let builders = (0..5).map(|i| Client::builder(&format!("https://bmc{i}.example")));
    let start = tokio::time::Instant::now();
    let starts = Arc::new(Mutex::new(Vec::new()));
    let s = starts.clone();
    let report = Fleet::new()
        .rate_limit(10, Duration::from_secs(1))
        .run(builders, move |_client| {
            s.lock().unwrap().push(start.elapsed());
            async { Ok::<_, Error>(()) }
        })
        .await;
    assert!(report.all_ok());
    let starts = starts.lock().unwrap();
    assert_eq!(starts.len(), 5);
    // One start per 100 ms: the fifth at 400 ms at the earliest.
    assert!(
        *starts.iter().max().unwrap() >= Duration::from_millis(400),
        "{starts:?}"
    );
}

#[tokio::test]
async fn a_login_cancelled_midway_still_ends_its_session() {
    use common::fake::{MiniRedfish, PASSWORD, Recorded, SESSIONS, USER, default_behaviour};
    // The service creates the session at once but answers slowly.
    let svc = MiniRedfish::start(
        false,
        Arc::new(|r: &Recorded, s: &mut common::fake::MiniState| {
            if r.method != "POST" || r.path != SESSIONS {
                return None;
            }
            let (parts, body) = default_behaviour(r, s).into_parts();
            let slow = stream::once(async move {
                tokio::time::sleep(Duration::from_millis(300)).await;
                axum::body::to_bytes(body, usize::MAX)
                    .await
                    .map_err(std::io::Error::other)
            });
            Some(axum::http::Response::from_parts(
                parts,
                axum::body::Body::from_stream(slow),
            ))
        }),
    )
    .await;
    let client = Client::builder(&svc.fake.base)
        .credentials(USER, PASSWORD)
        .build()
        .unwrap();
    let transport = client.transport();
    let cancelled = tokio::time::timeout(Duration::from_millis(100), client.login()).await;
    assert!(cancelled.is_err(), "the login was still waiting");
    assert_eq!(svc.session_count(), 1, "the service created the session");
    drop(client);
    transport.wait_for_logouts().await;
    assert_eq!(svc.session_count(), 0);
    assert!(svc.requests().iter().any(|r| r.method == "DELETE"));
}
