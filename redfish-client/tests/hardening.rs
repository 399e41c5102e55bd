//! Client hardening (issue 11): credentials never leave their origin, strict and bounded
//! bodies, no session left behind, one broken member never hides the rest, allowable
//! values, error text, retried PATCHes. Against fake services (`common::fake`) for what the
//! emulator cannot do, else the emulator.

// Helpers of the tests: a failure there is a test failure.
#![allow(clippy::unwrap_used, clippy::panic)]

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::body::Body;
use axum::http::{Response, StatusCode};
use common::fake::{
    Fake, MiniRedfish, PASSWORD, Recorded, SESSIONS, USER, json_response, redirect, token_of,
};
use common::{builder, count, rack};
use redfish_client::model::chassis::Chassis;
use redfish_client::model::untyped::{SchemaName, Untyped};
use redfish_client::model::{ActionRequest, Collection, NoResponse, ODataId};
use redfish_client::{AuthMode, Client, ClientBuilder, Error, Method, RedirectPolicy, RetryPolicy};

/// The fake services' `Thing` resource, typed by its common properties only.
enum ThingSchema {}
impl SchemaName for ThingSchema {
    const NAME: &'static str = "Thing";
}
type Thing = Untyped<ThingSchema>;

/// `#Thing.Tune`, the fake action: its `Level` is any JSON value.
#[derive(serde::Serialize)]
struct TuneRequest {
    #[serde(rename = "Level")]
    level: Value,
}

impl TuneRequest {
    fn level(v: impl serde::Serialize) -> Self {
        Self {
            level: serde_json::to_value(v).unwrap(),
        }
    }
}

impl ActionRequest for TuneRequest {
    type Resource = Thing;
    type Response = NoResponse;
    const ACTION: &'static str = "#Thing.Tune";
    const REQUIRED: &'static [&'static str] = &["Level"];
}
use serde_json::{Value, json};

fn client_for(svc: &MiniRedfish) -> ClientBuilder {
    let b = Client::builder(&svc.fake.base)
        .credentials(USER, PASSWORD)
        .retry_policy(RetryPolicy::none())
        .timeout(Duration::from_secs(20));
    match &svc.fake.cert_pem {
        Some(pem) => b.add_root_certificate_pem(pem),
        None => b,
    }
}

fn assert_untouched(other: &Fake) {
    let reqs = other.requests();
    assert!(
        reqs.iter().all(|r| !r.carries_credentials(PASSWORD)),
        "credentials reached the other origin: {reqs:?}"
    );
    assert_eq!(
        other.connections(),
        0,
        "the other origin was contacted: {reqs:?}"
    );
}

fn assert_cross_origin(err: &Error, svc: &Fake, other: &Fake) {
    match err {
        Error::CrossOriginRedirect { origins, .. } => {
            assert_eq!(origins.from, svc.origin());
            assert_eq!(origins.to, other.origin());
        }
        e => panic!("expected CrossOriginRedirect, got {e:?}"),
    }
    let text = err.to_string();
    assert!(
        text.contains(&svc.origin()) && text.contains(&other.origin()),
        "{text}"
    );
}

// --- 1. Redirects -------------------------------------------------------------------------

#[tokio::test]
async fn a_redirect_of_an_authenticated_get_to_another_origin_sends_it_nothing() {
    let other = Fake::sink().await;
    let to = format!("{}redfish/v1/Systems", other.base);
    let svc = MiniRedfish::start(
        false,
        Arc::new(move |r: &Recorded, _: &mut _| {
            (r.path == "/redfish/v1/Systems").then(|| redirect(StatusCode::TEMPORARY_REDIRECT, &to))
        }),
    )
    .await;
    for mode in [AuthMode::Session, AuthMode::Basic] {
        let client = client_for(&svc).auth_mode(mode).build().unwrap();
        let err = client
            .get::<Collection>(&ODataId::new("/redfish/v1/Systems"))
            .await
            .unwrap_err();
        assert_cross_origin(&err, &svc.fake, &other);
        client.logout().await.unwrap();
    }
    assert_untouched(&other);
    // The service itself did get the credentials: the check above can see them.
    let sent = svc.requests();
    assert!(
        sent.iter()
            .any(|r| r.path == "/redfish/v1/Systems" && token_of(r).is_some())
    );
    assert!(
        sent.iter()
            .any(|r| r.path == "/redfish/v1/Systems" && r.headers.contains_key("authorization"))
    );
}

#[tokio::test]
async fn a_redirect_of_the_login_post_does_not_deliver_the_password() {
    let other = Fake::sink().await;
    let to = format!("{}{}", other.origin(), SESSIONS);
    let svc = MiniRedfish::start(
        false,
        Arc::new(move |r: &Recorded, _: &mut _| {
            (r.method == "POST" && r.path == SESSIONS)
                .then(|| redirect(StatusCode::TEMPORARY_REDIRECT, &to))
        }),
    )
    .await;
    let client = client_for(&svc).build().unwrap();
    let err = client.login().await.unwrap_err();
    assert_cross_origin(&err, &svc.fake, &other);
    assert!(!client.is_logged_in());
    assert_untouched(&other);
    assert!(
        svc.requests()
            .iter()
            .any(|r| r.method == "POST" && r.carries_credentials(PASSWORD)),
        "the login body went to the service"
    );
}

#[tokio::test]
async fn an_https_to_http_redirect_is_refused() {
    let other = Fake::sink().await;
    let to = format!("{}redfish/v1/Chassis", other.base);
    let svc = MiniRedfish::start(
        true,
        Arc::new(move |r: &Recorded, _: &mut _| {
            (r.path == "/redfish/v1/Chassis").then(|| redirect(StatusCode::FOUND, &to))
        }),
    )
    .await;
    assert!(svc.fake.base.starts_with("https://"));
    let client = client_for(&svc).build().unwrap();
    let err = client
        .get::<Collection>(&ODataId::new("/redfish/v1/Chassis"))
        .await
        .unwrap_err();
    assert_cross_origin(&err, &svc.fake, &other);
    assert!(err.redirect_origins().unwrap().1.starts_with("http://"));
    client.logout().await.unwrap();
    assert_untouched(&other);
}

#[tokio::test]
async fn same_origin_redirects_are_followed_with_the_session_or_not_at_all() {
    let svc = MiniRedfish::start(
        false,
        Arc::new(|r: &Recorded, _: &mut _| {
            (r.path == "/redfish/v1/Old")
                .then(|| redirect(StatusCode::PERMANENT_REDIRECT, "/redfish/v1/New"))
        }),
    )
    .await;
    svc.set(
        "/redfish/v1/New",
        json!({"@odata.id": "/redfish/v1/New", "Id": "New"}),
    );
    let client = client_for(&svc).build().unwrap();
    let v: Value = client
        .request(Method::GET, &ODataId::new("/redfish/v1/Old"))
        .await
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(v["Id"], "New");
    assert!(
        svc.requests()
            .iter()
            .any(|r| r.path == "/redfish/v1/New" && token_of(r).is_some())
    );
    client.logout().await.unwrap();

    let strict = client_for(&svc)
        .redirect_policy(RedirectPolicy::None)
        .build()
        .unwrap();
    let err = strict
        .request(Method::GET, &ODataId::new("/redfish/v1/Old"))
        .await
        .unwrap_err();
    assert_eq!(
        err.status(),
        Some(StatusCode::PERMANENT_REDIRECT),
        "{err:?}"
    );
    strict.logout().await.unwrap();
}

// --- 3. Trailing data ---------------------------------------------------------------------

#[tokio::test]
async fn data_after_the_json_document_is_a_decode_error() {
    let svc = MiniRedfish::start(
        false,
        Arc::new(|r: &Recorded, _: &mut _| {
            (r.path == "/redfish/v1/Systems").then(|| {
                Response::builder()
                    .header("content-type", "application/json")
                    .body(Body::from(
                        r#"{"Members@odata.count":999}{"@odata.id":"/redfish/v1/Systems","Members":[],"Members@odata.count":0}"#,
                    ))
                    .unwrap()
            })
        }),
    )
    .await;
    let client = client_for(&svc).build().unwrap();
    let err = client
        .get::<Collection>(&ODataId::new("/redfish/v1/Systems"))
        .await
        .unwrap_err();
    match &err {
        Error::Decode { path, uri, .. } => {
            assert_eq!(path, ".");
            assert_eq!(uri, "/redfish/v1/Systems");
        }
        e => panic!("expected Decode, got {e:?}"),
    }
    assert!(err.to_string().contains("at `.`"), "{err}");
    client.logout().await.unwrap();
}

// --- 4. Response size limit ---------------------------------------------------------------

/// A body of 64 KiB chunks, up to `total` bytes, counting what was produced.
fn counted_stream(total: u64, produced: Arc<AtomicU64>) -> Body {
    let chunk = bytes::Bytes::from(vec![b' '; 64 * 1024]);
    let s = futures_util::stream::unfold(0u64, move |sent| {
        let (chunk, produced) = (chunk.clone(), produced.clone());
        async move {
            (sent < total).then(|| {
                produced.fetch_add(chunk.len() as u64, Ordering::SeqCst);
                (
                    Ok::<_, std::io::Error>(chunk.clone()),
                    sent + chunk.len() as u64,
                )
            })
        }
    });
    Body::from_stream(s)
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_while_reading() {
    const GIB: u64 = 1024 * 1024 * 1024;
    let produced = Arc::new(AtomicU64::new(0));
    let p = produced.clone();
    let svc = MiniRedfish::start(
        false,
        Arc::new(move |r: &Recorded, _: &mut _| match r.path.as_str() {
            // Chunked: no Content-Length, practically endless.
            "/redfish/v1/Chunked" => Some(
                Response::builder()
                    .body(counted_stream(GIB, p.clone()))
                    .unwrap(),
            ),
            // With a Content-Length announcing 1 GiB.
            "/redfish/v1/Announced" => Some(
                Response::builder()
                    .header("content-length", GIB.to_string())
                    .body(counted_stream(GIB, p.clone()))
                    .unwrap(),
            ),
            "/redfish/v1/Small" => Some(json_response(
                StatusCode::OK,
                json!({"Pad": "x".repeat(32 * 1024)}),
            )),
            _ => None,
        }),
    )
    .await;
    let client = client_for(&svc)
        .max_response_size(64 * 1024)
        .build()
        .unwrap();
    let small: Value = client
        .request(Method::GET, &ODataId::new("/redfish/v1/Small"))
        .await
        .unwrap()
        .json()
        .unwrap();
    assert_eq!(small["Pad"].as_str().unwrap().len(), 32 * 1024);
    for path in ["/redfish/v1/Chunked", "/redfish/v1/Announced"] {
        produced.store(0, Ordering::SeqCst);
        let err = client
            .request(Method::GET, &ODataId::new(path))
            .await
            .unwrap_err();
        match &err {
            Error::BodyTooLarge { limit, uri, .. } => {
                assert_eq!(*limit, 64 * 1024);
                assert_eq!(uri, path);
            }
            e => panic!("{path}: expected BodyTooLarge, got {e:?}"),
        }
        // Reading stopped near the limit (socket buffers aside), not at 1 GiB.
        let n = produced.load(Ordering::SeqCst);
        assert!(n < 64 * 1024 * 1024, "{path}: {n} bytes produced");
    }
    client.logout().await.unwrap();
}

// --- 5. Re-login after a 401 --------------------------------------------------------------

#[tokio::test]
async fn a_relogin_deletes_the_rejected_session() {
    // The first GET of Systems answers 401 although the session is alive (busy BMCs do).
    let rejected = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let r2 = rejected.clone();
    let svc = MiniRedfish::start(
        false,
        Arc::new(move |r: &Recorded, _: &mut _| {
            (r.path == "/redfish/v1/Systems" && !r2.swap(true, Ordering::SeqCst)).then(|| {
                json_response(
                    StatusCode::UNAUTHORIZED,
                    json!({"error": {"code": "Base.1.8.NoValidSession"}}),
                )
            })
        }),
    )
    .await;
    svc.set(
        "/redfish/v1/Systems",
        json!({"@odata.id": "/redfish/v1/Systems", "Members": []}),
    );
    let client = client_for(&svc).build().unwrap();
    client.login().await.unwrap();
    let first = client.session_uri().unwrap();
    client
        .get::<Collection>(&ODataId::new("/redfish/v1/Systems"))
        .await
        .unwrap();
    assert!(rejected.load(Ordering::SeqCst));
    assert_ne!(client.session_uri().unwrap(), first, "a new session");
    assert_eq!(svc.session_count(), 1, "exactly one session on the service");
    assert!(
        svc.requests()
            .iter()
            .any(|r| r.method == "DELETE" && r.path == first.as_str())
    );
    client.logout().await.unwrap();
    assert_eq!(svc.session_count(), 0);
}

// --- 6. Partial collections ---------------------------------------------------------------

#[tokio::test]
async fn collect_partial_keeps_the_members_it_could_read() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let systems = root.systems().unwrap();
    let mut coll = emu.resource(systems.uri().path()).unwrap();
    let ghost = "/redfish/v1/Systems/Ghost";
    let members = coll["Members"].as_array_mut().unwrap();
    let before = members.len();
    members.insert(0, json!({"@odata.id": ghost}));
    coll["Members@odata.count"] = json!(before + 1);
    emu.set_resource(systems.uri().path(), coll);

    let err = systems.collect().await.unwrap_err();
    assert!(err.is_not_found(), "{err:?}");
    let partial = systems.collect_partial().await.unwrap();
    assert_eq!(partial.members.len(), before);
    assert!(!partial.is_complete());
    assert_eq!(partial.failed.len(), 1);
    assert_eq!(partial.failed[0].uri.as_str(), ghost);
    assert!(partial.failed[0].error.is_not_found());
    assert!(partial.members.iter().all(|m| m.id.is_some()));
    // A collection that cannot be read at all is an error.
    let none = client
        .members::<Thing>(&ODataId::new("/redfish/v1/Nope"))
        .unwrap();
    assert!(none.collect_partial().await.unwrap_err().is_not_found());
    client.logout().await.unwrap();
}

// --- 7. Allowable values ------------------------------------------------------------------

fn action_service(
    inline: Value,
    info: Value,
) -> impl Fn(&Recorded, &mut common::fake::MiniState) -> Option<Response<Body>> {
    move |r: &Recorded, s: &mut common::fake::MiniState| {
        s.resources.insert(
            "/redfish/v1/Thing".into(),
            json!({
                "@odata.id": "/redfish/v1/Thing",
                "Actions": {"#Thing.Tune": {
                    "target": "/redfish/v1/Thing/Actions/Thing.Tune",
                    "@Redfish.ActionInfo": "/redfish/v1/Thing/TuneActionInfo",
                    "Level@Redfish.AllowableValues": inline.clone()
                }}
            }),
        );
        s.resources.insert(
            "/redfish/v1/Thing/TuneActionInfo".into(),
            json!({"@odata.id": "/redfish/v1/Thing/TuneActionInfo", "Parameters": [
                {"Name": "Level", "Required": true, "AllowableValues": info.clone()}
            ]}),
        );
        (r.method == "POST" && r.path == "/redfish/v1/Thing/Actions/Thing.Tune").then(|| {
            Response::builder()
                .status(StatusCode::NO_CONTENT)
                .body(Body::empty())
                .unwrap()
        })
    }
}

fn posts(svc: &MiniRedfish) -> usize {
    svc.requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.contains("Thing.Tune"))
        .count()
}

#[tokio::test]
async fn empty_allowable_values_do_not_refuse_and_numbers_compare_as_numbers() {
    let empty = MiniRedfish::start(false, Arc::new(action_service(json!([]), json!([])))).await;
    let client = client_for(&empty).build().unwrap();
    let thing = client
        .get::<Thing>(&ODataId::new("/redfish/v1/Thing"))
        .await
        .unwrap();
    thing
        .invoke(TuneRequest::level("Anything"))
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    assert_eq!(posts(&empty), 1, "sent");
    client.logout().await.unwrap();

    let numbers = MiniRedfish::start(
        false,
        Arc::new(action_service(json!([1, 2]), json!([1, 2]))),
    )
    .await;
    let client = client_for(&numbers).build().unwrap();
    let thing = client
        .get::<Thing>(&ODataId::new("/redfish/v1/Thing"))
        .await
        .unwrap();
    for bad in [json!(3), json!("1")] {
        let err = thing.invoke(TuneRequest::level(&bad)).await.unwrap_err();
        assert!(
            matches!(&err, Error::InvalidParameter { parameter, .. } if parameter == "Level"),
            "{err:?}"
        );
    }
    assert_eq!(posts(&numbers), 0, "nothing sent");
    thing
        .invoke(TuneRequest::level(2))
        .await
        .unwrap()
        .wait()
        .await
        .unwrap();
    assert_eq!(posts(&numbers), 1);
    client.logout().await.unwrap();
}

// --- 10. Error text -----------------------------------------------------------------------

#[tokio::test]
async fn errors_name_the_host_method_uri_and_status() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let err = client
        .request(Method::GET, &ODataId::new("/redfish/v1/Nope"))
        .await
        .unwrap_err();
    let host = format!("127.0.0.1:{}", emu.local_addr().port());
    assert_eq!(err.host(), Some(host.as_str()));
    let text = err.to_string();
    assert!(
        text.starts_with(&format!("{host}: GET /redfish/v1/Nope: HTTP 404")),
        "{text}"
    );
    if let Some(body) = err.redfish_error().and_then(|b| b.error.as_ref())
        && let Some(m) = &body.message
    {
        assert_eq!(text.matches(m.as_str()).count(), 1, "{text}");
    }
    client.logout().await.unwrap();
}

// --- 11. A PATCH retried after a reset ----------------------------------------------------

#[tokio::test]
async fn a_patch_applied_then_reset_reports_the_retry_with_its_412() {
    // The PATCH is applied (new ETag), then the connection breaks before the body is sent;
    // the retry carries the old ETag and gets 412.
    let etag = Arc::new(std::sync::Mutex::new("\"1\"".to_owned()));
    let applied = Arc::new(AtomicU64::new(0));
    let (e2, a2) = (etag.clone(), applied.clone());
    let svc = MiniRedfish::start(
        false,
        Arc::new(move |r: &Recorded, _: &mut _| {
            if r.path != "/redfish/v1/Chassis/1" {
                return None;
            }
            let current = e2.lock().unwrap().clone();
            match r.method.as_str() {
                "GET" => Some(
                    Response::builder()
                        .header("etag", &current)
                        .header("content-type", "application/json")
                        .body(Body::from(
                            json!({"@odata.id": "/redfish/v1/Chassis/1", "AssetTag": "a"})
                                .to_string(),
                        ))
                        .unwrap(),
                ),
                "PATCH" => {
                    let sent = r.headers.get("if-match").and_then(|v| v.to_str().ok());
                    if sent != Some(current.as_str()) {
                        return Some(json_response(
                            StatusCode::PRECONDITION_FAILED,
                            json!({"error": {"code": "Base.1.8.PreconditionFailed"}}),
                        ));
                    }
                    a2.fetch_add(1, Ordering::SeqCst);
                    *e2.lock().unwrap() = "\"2\"".into();
                    let broken = futures_util::stream::iter([Err::<bytes::Bytes, _>(
                        std::io::Error::other("connection reset"),
                    )]);
                    Some(Response::builder().body(Body::from_stream(broken)).unwrap())
                }
                _ => None,
            }
        }),
    )
    .await;
    let sleep = Arc::new(common::RecordingSleep::default());
    let client = client_for(&svc)
        .retry_policy(RetryPolicy::default().max_retries(2))
        .sleeper(sleep)
        .build()
        .unwrap();
    let chassis = client
        .get::<Chassis>(&ODataId::new("/redfish/v1/Chassis/1"))
        .await
        .unwrap();
    let err = chassis.patch(&json!({"AssetTag": "b"})).await.unwrap_err();
    assert!(err.is_precondition_failed(), "{err:?}");
    assert!(err.retried(), "{err:?}");
    assert_eq!(err.attempts(), Some(2));
    assert!(err.to_string().contains("after 2 attempts"), "{err}");
    assert_eq!(
        applied.load(Ordering::SeqCst),
        1,
        "the first attempt was applied"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn errors_of_unretried_requests_say_one_attempt() {
    let emu = rack().await;
    let client = builder(&emu).build().unwrap();
    let root = client.service_root().await.unwrap();
    let chassis = root.chassis().unwrap().collect().await.unwrap().remove(0);
    chassis.patch(&json!({"AssetTag": "x"})).await.unwrap();
    let err = chassis.patch(&json!({"AssetTag": "y"})).await.unwrap_err();
    assert!(err.is_precondition_failed() && !err.retried(), "{err:?}");
    assert_eq!(count(&emu, "PATCH", chassis.odata_id().path()), 2);
    client.logout().await.unwrap();
}
