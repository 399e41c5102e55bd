//! Actions and tasks: resets with ActionInfo validation, batched aggregate resets, aggregates,
//! firmware update (SimpleUpdate, multipart push), certificates (CSR, install, replace), and the
//! OCP trust-model POST targets.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

mod common;

use common::{Api, message_keys, start, wait_task};
use redfish_emulator::{Emulator, Method, Scenario};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn rack() -> redfish_emulator::EmulatorBuilder {
    Emulator::builder()
        .scenario(Scenario::rack(8))
        .time_scale(0.001)
}

/// A self-signed test certificate and its private key (PEM).
fn test_cert(cn: &str) -> (String, String) {
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(vec![cn.to_owned()]).unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, cn);
    params
        .distinguished_name
        .push(rcgen::DnType::OrganizationName, "Test Org");
    params.key_usages = vec![
        rcgen::KeyUsagePurpose::DigitalSignature,
        rcgen::KeyUsagePurpose::KeyCertSign,
    ];
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    let cert = params.self_signed(&key).unwrap();
    (cert.pem(), key.serialize_pem())
}

#[tokio::test]
async fn system_reset_changes_power_state_and_validates_parameters() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (_, sys) = api.get("/redfish/v1/Systems/Node1").await;
    let target = sys["Actions"]["#ComputerSystem.Reset"]["target"]
        .as_str()
        .unwrap()
        .to_owned();

    let (status, _) = api.post(&target, json!({"ResetType": "ForceOff"})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        emu.resource("/redfish/v1/Systems/Node1").unwrap()["PowerState"],
        "Off"
    );
    let (status, _) = api.post(&target, json!({"ResetType": "On"})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        emu.resource("/redfish/v1/Systems/Node1").unwrap()["PowerState"],
        "On"
    );

    // Validation against the ActionInfo.
    let (status, err) = api.post(&target, json!({"ResetType": "Explode"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterValueNotInList"]);
    let (status, err) = api.post(&target, json!({})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterMissing"]);
    let (status, err) = api
        .post(&target, json!({"ResetType": "On", "Force": true}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterUnknown"]);
    let (status, err) = api.post(&target, json!({"ResetType": 1})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterValueTypeError"]);

    // Manager and chassis resets; unknown action URI is 404.
    let (status, _) = api
        .post(
            "/redfish/v1/Managers/RMC/Actions/Manager.Reset",
            json!({"ResetType": "PowerCycle"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = api
        .post(
            "/redfish/v1/Chassis/Node2/Actions/Chassis.Reset",
            json!({"ResetType": "ForceOff"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        emu.resource("/redfish/v1/Chassis/Node2").unwrap()["PowerState"],
        "Off"
    );
    let (status, _) = api
        .post(
            "/redfish/v1/Systems/Node1/Actions/ComputerSystem.Explode",
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn clear_log_empties_entries() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (_, entries) = api
        .get("/redfish/v1/Managers/RMC/LogServices/Log/Entries")
        .await;
    assert!(entries["Members@odata.count"].as_u64().unwrap() > 0);
    let (status, _) = api
        .post(
            "/redfish/v1/Managers/RMC/LogServices/Log/Actions/LogService.ClearLog",
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, entries) = api
        .get("/redfish/v1/Managers/RMC/LogServices/Log/Entries")
        .await;
    assert_eq!(entries["Members@odata.count"], 0);
    assert!(
        emu.resource("/redfish/v1/Managers/RMC/LogServices/Log/Entries/1")
            .is_none()
    );
}

#[tokio::test]
async fn aggregation_service_reset_runs_batches_as_a_task() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let targets: Vec<Value> = (1..=5)
        .map(|i| json!({"@odata.id": format!("/redfish/v1/Systems/Node{i}")}))
        .collect();
    let r = api
        .req(Method::POST, "/redfish/v1/AggregationService/Actions/AggregationService.Reset")
        .json(&json!({"TargetURIs": targets, "ResetType": "ForceOff", "BatchSize": 2, "DelayBetweenBatchesInSeconds": 3}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    let retry: u64 = r.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(retry, 0, "time-scaled Retry-After");
    let task: Value = r.json().await.unwrap();
    assert_eq!(task["@odata.type"], "#Task.v1_7_4.Task");
    assert_eq!(task["TaskMonitor"], monitor.as_str());

    let (status, task) = wait_task(&api, &monitor).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(task["TaskState"], "Completed");
    assert_eq!(task["PercentComplete"], 100);
    let ids: Vec<&str> = task["Messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["MessageId"].as_str().unwrap())
        .collect();
    // Three batches (2 + 2 + 1): three progress messages, five power-off events.
    assert_eq!(
        ids.iter()
            .filter(|i| i.ends_with("TaskProgressChanged"))
            .count(),
        3
    );
    assert_eq!(
        ids.iter()
            .filter(|i| i.ends_with("ResourcePoweredOff"))
            .count(),
        5
    );
    assert_eq!(ids.first().unwrap(), &"TaskEvent.1.0.TaskStarted");
    assert_eq!(ids.last().unwrap(), &"TaskEvent.1.0.TaskCompletedOK");
    // Batch order: Node1/Node2 events come before the first progress message.
    let first_progress = ids
        .iter()
        .position(|i| i.ends_with("TaskProgressChanged"))
        .unwrap();
    assert_eq!(first_progress, 3);
    for i in 1..=5 {
        assert_eq!(
            emu.resource(&format!("/redfish/v1/Systems/Node{i}"))
                .unwrap()["PowerState"],
            "Off"
        );
    }
    assert_eq!(
        emu.resource("/redfish/v1/Systems/Node6").unwrap()["PowerState"],
        "On"
    );

    // The guide's spelling of the target and bare URI strings are accepted too.
    let r = api
        .req(
            Method::POST,
            "/redfish/v1/AggregationService/Actions/Aggregate.Reset",
        )
        .json(&json!({"TargetURIs": ["/redfish/v1/Systems/Node1"], "ResetType": "On"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    wait_task(&api, &monitor).await;
    assert_eq!(
        emu.resource("/redfish/v1/Systems/Node1").unwrap()["PowerState"],
        "On"
    );

    // Missing and unknown targets.
    let (status, err) = api
        .post(
            "/redfish/v1/AggregationService/Actions/AggregationService.Reset",
            json!({"ResetType": "On"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterMissing"]);
    let (status, err) = api
        .post(
            "/redfish/v1/AggregationService/Actions/AggregationService.Reset",
            json!({"TargetURIs": [{"@odata.id": "/redfish/v1/Systems/Nope"}]}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ResourceMissingAtURI"]);
    let (status, err) = api
        .post(
            "/redfish/v1/AggregationService/Actions/AggregationService.Reset",
            json!({"TargetURIs": [], "BatchSize": -1}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(message_keys(&err).contains(&"ActionParameterValueError".to_owned()));
}

#[tokio::test]
async fn aggregates_are_created_changed_reset_and_deleted() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let r = api
        .req(Method::POST, "/redfish/v1/AggregationService/Aggregates")
        .json(&json!({"Elements": [{"@odata.id": "/redfish/v1/Systems/Node7"}, {"@odata.id": "/redfish/v1/Systems/Node8"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let agg_path = r.headers()["location"].to_str().unwrap().to_owned();
    let agg: Value = r.json().await.unwrap();
    assert_eq!(agg["ElementsCount"], 2);
    let reset = agg["Actions"]["#Aggregate.Reset"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let add = agg["Actions"]["#Aggregate.AddElements"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let remove = agg["Actions"]["#Aggregate.RemoveElements"]["target"]
        .as_str()
        .unwrap()
        .to_owned();

    let (status, _) = api
        .post(
            &add,
            json!({"Elements": [{"@odata.id": "/redfish/v1/Systems/Node6"}]}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = api
        .post(
            &remove,
            json!({"Elements": [{"@odata.id": "/redfish/v1/Systems/Node8"}]}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, agg) = api.get(&agg_path).await;
    assert_eq!(
        agg["Elements"],
        json!([{"@odata.id": "/redfish/v1/Systems/Node7"}, {"@odata.id": "/redfish/v1/Systems/Node6"}])
    );
    assert_eq!(agg["ElementsCount"], 2);
    // Aggregates change membership only through actions.
    let (status, _) = api.patch(&agg_path, json!({"Elements": []})).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);

    let r = api
        .req(Method::POST, &reset)
        .json(&json!({"ResetType": "ForceOff", "BatchSize": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    let (_, task) = wait_task(&api, &monitor).await;
    assert_eq!(task["TaskState"], "Completed");
    assert_eq!(
        emu.resource("/redfish/v1/Systems/Node6").unwrap()["PowerState"],
        "Off"
    );
    assert_eq!(
        emu.resource("/redfish/v1/Systems/Node8").unwrap()["PowerState"],
        "On"
    );

    let (status, err) = api
        .post("/redfish/v1/AggregationService/Aggregates", json!({}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["CreateFailedMissingReqProperties"]);

    assert_eq!(api.delete(&agg_path).await, StatusCode::NO_CONTENT);
    assert!(emu.resource(&agg_path).is_none());
    assert!(
        emu.resource(&format!("{agg_path}/ResetActionInfo"))
            .is_none()
    );
}

#[tokio::test]
async fn set_default_boot_order() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (status, _) = api
        .patch("/redfish/v1/Systems/Node1", json!({"Boot": {"BootOrder": ["Boot0003", "Boot0001", "Boot0002"], "BootSourceOverrideTarget": "Pxe", "BootSourceOverrideEnabled": "Continuous"}}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = api
        .post(
            "/redfish/v1/AggregationService/Aggregates/Agg1/Actions/Aggregate.SetDefaultBootOrder",
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let sys = emu.resource("/redfish/v1/Systems/Node1").unwrap();
    assert_eq!(
        sys["Boot"]["BootOrder"],
        json!(["Boot0001", "Boot0002", "Boot0003"])
    );
    assert_eq!(sys["Boot"]["BootSourceOverrideEnabled"], "Disabled");

    let (status, _) = api
        .post(
            "/redfish/v1/AggregationService/Actions/AggregationService.SetDefaultBootOrder",
            json!({"Systems": [{"@odata.id": "/redfish/v1/Systems/Node8"}]}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn simple_update_runs_as_a_task_and_updates_versions() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (_, us) = api.get("/redfish/v1/UpdateService").await;
    let target = us["Actions"]["#UpdateService.SimpleUpdate"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let r = api
        .req(Method::POST, &target)
        .json(&json!({"ImageURI": "https://192.0.2.250/images/rmc-1.02.bin", "Targets": ["/redfish/v1/Managers/RMC"], "Username": "u", "Password": "secret"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    let task: Value = r.json().await.unwrap();
    assert!(
        !task["Payload"]["JsonBody"]
            .as_str()
            .unwrap()
            .contains("secret")
    );
    let (status, task) = wait_task(&api, &monitor).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(task["TaskState"], "Completed");
    let ids: Vec<&str> = task["Messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["MessageId"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"Update.1.3.UpdateSuccessful"));
    assert_eq!(
        emu.resource("/redfish/v1/Managers/RMC").unwrap()["FirmwareVersion"],
        "1.02"
    );
    assert_eq!(
        emu.resource("/redfish/v1/UpdateService/FirmwareInventory/RMC")
            .unwrap()["Version"],
        "1.02"
    );

    // A system target updates its BIOS; an aggregate target updates every element.
    let r = api
        .req(Method::POST, &target)
        .json(&json!({"ImageURI": "https://192.0.2.250/bios-2.0.0.bin", "Targets": ["/redfish/v1/AggregationService/Aggregates/Agg1"]}))
        .send()
        .await
        .unwrap();
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    wait_task(&api, &monitor).await;
    for i in 1..=4 {
        assert_eq!(
            emu.resource(&format!("/redfish/v1/Systems/Node{i}"))
                .unwrap()["BiosVersion"],
            "2.0.0"
        );
    }
    assert_ne!(
        emu.resource("/redfish/v1/Systems/Node5").unwrap()["BiosVersion"],
        "2.0.0"
    );

    // A failing image ends in Exception, and the monitor returns the error.
    let r = api
        .req(Method::POST, &target)
        .json(&json!({"ImageURI": "https://192.0.2.250/fail.bin"}))
        .send()
        .await
        .unwrap();
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    let (status, task) = wait_task(&api, &monitor).await;
    assert!(status.is_server_error());
    assert_eq!(task["TaskState"], "Exception");
    assert_eq!(task["TaskStatus"], "Critical");

    // Bad inputs are refused before any task starts.
    let (status, err) = api.post(&target, json!({"ImageURI": "not a uri"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterValueFormatError"]);
    let (status, err) = api
        .post(
            &target,
            json!({"ImageURI": "http://h/x.bin", "Targets": ["/redfish/v1/Managers/Nope"]}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ResourceMissingAtURI"]);
    let (status, err) = api
        .post(&target, json!({"ImageURI": "http://h/x.bin", "Target": []}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterUnknown"]);
    let (status, err) = api
        .post(
            &target,
            json!({"ImageURI": "http://h/x.bin", "TransferProtocol": "GOPHER"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterValueNotInList"]);
}

#[tokio::test]
async fn task_monitor_can_cancel_and_tasks_are_listed() {
    let (emu, c) = start(
        Emulator::builder()
            .scenario(Scenario::rack(2))
            .time_scale(100.0),
    )
    .await;
    let api = Api::new(&emu, &c);
    let r = api
        .req(
            Method::POST,
            "/redfish/v1/UpdateService/Actions/UpdateService.SimpleUpdate",
        )
        .json(&json!({"ImageURI": "https://192.0.2.250/rmc-9.9.bin"}))
        .send()
        .await
        .unwrap();
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(r.headers()["retry-after"], "100");
    let r = api.req(Method::GET, &monitor).send().await.unwrap();
    assert_eq!(
        r.status(),
        StatusCode::ACCEPTED,
        "still running at this time scale"
    );
    assert!(r.headers()["allow"].to_str().unwrap().contains("DELETE"));
    let (_, tasks) = api.get("/redfish/v1/TaskService/Tasks").await;
    assert_eq!(tasks["Members@odata.count"], 1);
    assert_eq!(api.delete(&monitor).await, StatusCode::NO_CONTENT);
    let r = api.req(Method::GET, &monitor).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::GONE);
    let id = monitor.rsplit('/').next().unwrap();
    let (_, task) = api
        .get(&format!("/redfish/v1/TaskService/Tasks/{id}"))
        .await;
    assert_eq!(task["TaskState"], "Cancelled");
    assert_eq!(
        emu.resource("/redfish/v1/Managers/RMC").unwrap()["FirmwareVersion"],
        "1.00"
    );
}

fn image_form(params: Value, name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new()
        .part(
            "UpdateParameters",
            reqwest::multipart::Part::text(params.to_string())
                .mime_str("application/json")
                .unwrap(),
        )
        .part(
            "UpdateFile",
            reqwest::multipart::Part::bytes(bytes)
                .file_name(name.to_owned())
                .mime_str("application/octet-stream")
                .unwrap(),
        )
}

#[tokio::test]
async fn multipart_push_update() {
    let (emu, c) = start(rack().max_upload_bytes(1024 * 1024)).await;
    let api = Api::new(&emu, &c);
    let (_, us) = api.get("/redfish/v1/UpdateService").await;
    let push = us["MultipartHttpPushUri"].as_str().unwrap().to_owned();

    let form = image_form(
        json!({"Targets": ["/redfish/v1/Managers/BMC3"]}),
        "bmc-2.15.1.img",
        vec![7u8; 300_000],
    );
    let r = api
        .req(Method::POST, &push)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::ACCEPTED);
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    let task: Value = r.json().await.unwrap();
    let payload: Value =
        serde_json::from_str(task["Payload"]["JsonBody"].as_str().unwrap()).unwrap();
    assert_eq!(payload["UpdateFile"]["SizeBytes"], 300_000);
    assert_eq!(payload["UpdateFile"]["SHA256"].as_str().unwrap().len(), 64);
    let (_, task) = wait_task(&api, &monitor).await;
    assert_eq!(task["TaskState"], "Completed");
    assert_eq!(
        emu.resource("/redfish/v1/Managers/BMC3").unwrap()["FirmwareVersion"],
        "2.15.1"
    );
    assert_eq!(
        emu.resource("/redfish/v1/Managers/BMC4").unwrap()["FirmwareVersion"],
        "2.14.0"
    );

    // Oversize images are refused with 413 and change nothing.
    let form = image_form(json!({}), "big-9.9.9.bin", vec![0u8; 2 * 1024 * 1024]);
    let r = api.req(Method::POST, &push).multipart(form).send().await;
    if let Ok(r) = r {
        assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    }
    assert_eq!(
        emu.resource("/redfish/v1/Managers/RMC").unwrap()["FirmwareVersion"],
        "1.00"
    );

    // Missing file, unknown parameters, corrupt image.
    let form = reqwest::multipart::Form::new().text("UpdateParameters", "{}");
    let (status, err) = common::split(
        api.req(Method::POST, &push)
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyMissing"]);
    let form = image_form(json!({"Bogus": 1}), "x-1.0.bin", vec![1; 10]);
    let (status, err) = common::split(
        api.req(Method::POST, &push)
            .multipart(form)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyUnknown"]);
    let form = image_form(json!({}), "empty-1.0.bin", Vec::new());
    let r = api
        .req(Method::POST, &push)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let monitor = r.headers()["location"].to_str().unwrap().to_owned();
    let (_, task) = wait_task(&api, &monitor).await;
    assert_eq!(task["TaskState"], "Exception");

    // A read-only user may not push.
    let ro = Api::as_user(&emu, &c, redfish_emulator::DEFAULT_READONLY);
    let form = image_form(json!({}), "x-1.1.bin", vec![1; 10]);
    let r = ro
        .req(Method::POST, &push)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn generate_csr_returns_a_real_pkcs10_request() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (status, resp) = api
        .post(
            "/redfish/v1/CertificateService/Actions/CertificateService.GenerateCSR",
            json!({
                "CertificateCollection": {"@odata.id": "/redfish/v1/Managers/RMC/Certificates"},
                "CommonName": "rmc.example.com",
                "Organization": "Example",
                "Country": "US",
                "AlternativeNames": ["rmc.example.com", "192.0.2.10"],
                "KeyPairAlgorithm": "TPM_ALG_ECDSA",
                "KeyCurveId": "TPM_ECC_NIST_P384"
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{resp}");
    assert_eq!(
        resp["CertificateCollection"]["@odata.id"],
        "/redfish/v1/Managers/RMC/Certificates"
    );
    let csr = resp["CSRString"].as_str().unwrap();
    use x509_cert::der::DecodePem;
    let req = x509_cert::request::CertReq::from_pem(csr.as_bytes()).unwrap();
    assert_eq!(
        req.info.subject.to_string(),
        "C=US,O=Example,CN=rmc.example.com"
    );
    assert!(!csr.contains("PRIVATE KEY"));

    let (status, err) = api
        .post(
            "/redfish/v1/CertificateService/Actions/CertificateService.GenerateCSR",
            json!({"CertificateCollection": {"@odata.id": "/redfish/v1/Managers/RMC/Certificates"}}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterMissing"]);
    let (status, err) = api
        .post(
            "/redfish/v1/CertificateService/Actions/CertificateService.GenerateCSR",
            json!({"CertificateCollection": {"@odata.id": "/redfish/v1/Chassis"}, "CommonName": "x"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ResourceMissingAtURI"]);
    let (status, err) = api
        .post(
            "/redfish/v1/CertificateService/Actions/CertificateService.GenerateCSR",
            json!({"CertificateCollection": {"@odata.id": "/redfish/v1/Managers/RMC/Certificates"}, "CommonName": "x", "KeyPairAlgorithm": "TPM_ALG_RSA"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterValueNotInList"]);
}

#[tokio::test]
async fn certificates_are_installed_replaced_and_located() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (pem, key) = test_cert("node1-token.example.com");
    let r = api
        .req(Method::POST, "/redfish/v1/Systems/Node1/Certificates")
        .json(&json!({"CertificateType": "PEM", "CertificateString": pem}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let cert: Value = r.json().await.unwrap();
    assert_eq!(cert["Subject"]["CommonName"], "node1-token.example.com");
    assert_eq!(cert["Issuer"]["Organization"], "Test Org");
    assert!(cert["ValidNotBefore"].as_str().unwrap().ends_with("+00:00"));
    assert!(cert["ValidNotAfter"].is_string());
    assert!(
        cert["KeyUsage"]
            .as_array()
            .unwrap()
            .contains(&json!("KeyCertSign"))
    );
    assert!(
        cert["KeyUsage"]
            .as_array()
            .unwrap()
            .contains(&json!("ServerAuthentication"))
    );
    assert_eq!(cert["Fingerprint"].as_str().unwrap().len(), 95);
    assert_eq!(cert["FingerprintHashAlgorithm"], "TPM_ALG_SHA256");
    assert!(cert["SerialNumber"].as_str().unwrap().contains(':'));
    let (_, locations) = api
        .get("/redfish/v1/CertificateService/CertificateLocations")
        .await;
    assert!(
        locations["Links"]["Certificates"]
            .as_array()
            .unwrap()
            .contains(&json!({"@odata.id": location}))
    );

    // Certificate + matching key is accepted (key not echoed); a mismatched key is refused.
    let (pem2, key2) = test_cert("rmc.example.com");
    let (status, cert2) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateType": "PEM", "CertificateString": format!("{pem2}{key2}")}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(
        !cert2["CertificateString"]
            .as_str()
            .unwrap()
            .contains("PRIVATE KEY")
    );
    let (status, err) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateType": "PEM", "CertificateString": format!("{pem2}{key}")}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueConflict"]);

    // Garbage, wrong type, missing property.
    let (status, err) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateType": "PEM", "CertificateString": "hello"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueFormatError"]);
    let (status, err) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateType": "PKCS7", "CertificateString": pem}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueNotInList"]);

    // ReplaceCertificate rewrites the existing resource in place.
    let (pem3, _) = test_cert("replaced.example.com");
    let (status, _) = api
        .post(
            "/redfish/v1/CertificateService/Actions/CertificateService.ReplaceCertificate",
            json!({"CertificateUri": {"@odata.id": location}, "CertificateString": pem3, "CertificateType": "PEM"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, replaced) = api.get(&location).await;
    assert_eq!(replaced["Subject"]["CommonName"], "replaced.example.com");

    assert_eq!(api.delete(&location).await, StatusCode::NO_CONTENT);
    let (_, locations) = api
        .get("/redfish/v1/CertificateService/CertificateLocations")
        .await;
    assert!(
        !locations["Links"]["Certificates"]
            .as_array()
            .unwrap()
            .contains(&json!({"@odata.id": location}))
    );
}

#[tokio::test]
async fn ocp_trust_model_targets() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    // The node certificate exists (guide 5.27).
    let (status, node_cert) = api.get("/redfish/v1/Systems/Node1/Certificates/1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        node_cert["CertificateString"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN CERTIFICATE-----")
    );

    // Tokens go to member-like URIs (guide 5.29, 5.30.1).
    let (pem, _) = test_cert("node-token");
    let (status, token) = api
        .post(
            "/redfish/v1/Systems/Node1/Certificates/Token",
            json!({"CertificateType": "PEMchain", "CertificateString": pem}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        token["@odata.id"],
        "/redfish/v1/Systems/Node1/Certificates/Token"
    );
    assert_eq!(token["CertificateType"], "PEMchain");
    let (status, _) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates/Token",
            json!({"CertificateType": "PEM", "CertificateString": pem}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    // The manifest (guide 5.30.2) is stored and served back.
    let manifest = json!({
        "@odata.type": "#ManageabilityManifest.v1_0_0.ManageabilityManifest",
        "NodesToManage": [{"NodeName": "Node1", "NodeIDCertificateString": pem, "CertificateType": "PEM"}]
    });
    let (status, stored) = api
        .post(
            "/redfish/v1/Managers/RMC/ManageabilityManifest",
            manifest.clone(),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(stored["NodesToManage"], manifest["NodesToManage"]);
    let (status, got) = api
        .get("/redfish/v1/Managers/RMC/ManageabilityManifest")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(got["NodesToManage"][0]["NodeName"], "Node1");
    // Replacing it answers 200.
    let (status, _) = api
        .post("/redfish/v1/Managers/RMC/ManageabilityManifest", manifest)
        .await;
    assert_eq!(status, StatusCode::OK);
    // Only the rack manager has one.
    let (status, _) = api
        .post(
            "/redfish/v1/Managers/BMC1/ManageabilityManifest",
            json!({"NodesToManage": []}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// A sealed token's PEM form as the OCP trust model sends it (opaque ciphertext).
fn sealed_token(label: &str, ciphertext: &[u8]) -> String {
    pem::encode(&pem::Pem::new(label, ciphertext.to_vec()))
}

/// The DER of every PEM block of a text.
fn pem_ders(text: &str) -> Vec<Vec<u8>> {
    pem::parse_many(text.as_bytes())
        .unwrap()
        .into_iter()
        .map(pem::Pem::into_contents)
        .collect()
}

#[tokio::test]
async fn sealed_tokens_are_stored_as_sent_listed_and_served_back() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let node_token = sealed_token("OPENRMC SEALED NODE TOKEN", b"node token ciphertext");

    // Guide 5.29: POST to the node's collection; nothing X.509 is derived from a token.
    let r = api
        .req(Method::POST, "/redfish/v1/Systems/Node1/Certificates")
        .json(&json!({
            "CertificateType": "PEM",
            "CertificateString": node_token,
            "CertificateUsageTypes": ["Device"]
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    let created: Value = r.json().await.unwrap();
    assert_eq!(created["@odata.id"], location);
    assert_eq!(created["CertificateString"], node_token);
    assert_eq!(created["CertificateType"], "PEM");
    assert_eq!(created["CertificateUsageTypes"], json!(["Device"]));
    for derived in [
        "Issuer",
        "Subject",
        "ValidNotBefore",
        "ValidNotAfter",
        "SerialNumber",
        "Fingerprint",
        "FingerprintHashAlgorithm",
        "SignatureAlgorithm",
        "KeyUsage",
    ] {
        assert!(created.get(derived).is_none(), "{derived} on a token");
    }
    let (status, got) = api.get(&location).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(got["CertificateString"], node_token);
    let (_, coll) = api.get("/redfish/v1/Systems/Node1/Certificates").await;
    assert!(
        coll["Members"]
            .as_array()
            .unwrap()
            .contains(&json!({"@odata.id": location}))
    );
    assert_eq!(coll["Members@odata.count"], 2);
    let (_, locations) = api
        .get("/redfish/v1/CertificateService/CertificateLocations")
        .await;
    assert!(
        locations["Links"]["Certificates"]
            .as_array()
            .unwrap()
            .contains(&json!({"@odata.id": location}))
    );

    // Guide 5.30.1 at the member-like URI; KeyUsage kept when sent, usage types absent when not.
    let rm_token = sealed_token("OPENRMC SEALED RACK MANAGER TOKEN", b"rm token ciphertext");
    let (status, created) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates/Token",
            json!({"CertificateType": "PEMchain", "CertificateString": rm_token, "KeyUsage": ["KeyEncipherment"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, got) = api.get("/redfish/v1/Managers/RMC/Certificates/Token").await;
    assert_eq!(got, created);
    assert_eq!(got["CertificateString"], rm_token);
    assert_eq!(got["CertificateType"], "PEMchain");
    assert_eq!(got["KeyUsage"], json!(["KeyEncipherment"]));
    assert!(got.get("CertificateUsageTypes").is_none());
    assert!(got.get("Fingerprint").is_none());

    // Still refused: neither X.509 nor a sealed token, or usage values outside the schema.
    let refused = [
        "hello".to_owned(),
        sealed_token("OPENRMC SEALED FOO TOKEN", b"x"),
        sealed_token("OPENRMC SEALED NODE TOKEN", b""),
        format!("{node_token}{rm_token}"),
        format!("garbage {node_token}"),
        "-----BEGIN OPENRMC SEALED NODE TOKEN-----\n!!!!\n-----END OPENRMC SEALED NODE TOKEN-----\n"
            .to_owned(),
    ];
    for text in refused {
        let (status, err) = api
            .post(
                "/redfish/v1/Managers/RMC/Certificates",
                json!({"CertificateType": "PEM", "CertificateString": text}),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{text}");
        assert_eq!(
            message_keys(&err),
            vec!["PropertyValueFormatError"],
            "{text}"
        );
        assert!(
            err["error"]["@Message.ExtendedInfo"][0]["MessageId"]
                .as_str()
                .unwrap()
                .starts_with("Base.")
        );
    }
    let (status, err) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateType": "PEM", "CertificateString": rm_token, "KeyUsage": ["Sealing"]}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueNotInList"]);
    let (status, err) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateType": "PEM", "CertificateString": rm_token, "CertificateUsageTypes": "Device"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueTypeError"]);
    let (_, coll) = api.get("/redfish/v1/Managers/RMC/Certificates").await;
    assert_eq!(coll["Members@odata.count"], 2);

    // ReplaceCertificate turns an X.509 certificate into a token without stale X.509 fields.
    let (status, _) = api
        .post(
            "/redfish/v1/CertificateService/Actions/CertificateService.ReplaceCertificate",
            json!({"CertificateUri": {"@odata.id": "/redfish/v1/Systems/Node1/Certificates/1"}, "CertificateString": node_token, "CertificateType": "PEM"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, replaced) = api.get("/redfish/v1/Systems/Node1/Certificates/1").await;
    assert_eq!(replaced["CertificateString"], node_token);
    assert!(replaced.get("Subject").is_none());
    assert!(replaced.get("Fingerprint").is_none());
    assert_eq!(replaced["CertificateUsageTypes"], json!(["Device"]));
}

#[tokio::test]
async fn tokens_are_an_openrmc_rack_feature() {
    // An iLO, like any DMTF service, takes X.509 only.
    let (emu, c) = start(Emulator::builder().scenario(Scenario::ilo())).await;
    let api = Api::new(&emu, &c);
    let (status, err) = api
        .post(
            "/redfish/v1/Managers/1/SecurityService/iLOLDevID/Certificates",
            json!({"CertificateType": "PEM", "CertificateString": sealed_token("OPENRMC SEALED NODE TOKEN", b"x")}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueFormatError"]);
}

#[tokio::test]
async fn pem_chains_are_kept_whole_and_described_by_the_leaf() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let ca = common::TestCa::new();
    let leaf_key = rcgen::KeyPair::generate().unwrap().serialize_pem();
    let leaf = ca.issue_for_key(&leaf_key, "rmc-leaf.example.com");
    let chain = format!("{leaf}{}", ca.certificate_pem());

    let (status, cert) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateType": "PEMchain", "CertificateString": chain}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(cert["CertificateType"], "PEMchain");
    let stored = cert["CertificateString"].as_str().unwrap();
    assert_eq!(pem_ders(stored), pem_ders(&chain));
    assert_eq!(cert["Subject"]["CommonName"], "rmc-leaf.example.com");
    assert_eq!(cert["Issuer"]["CommonName"], "Test CA");
    let (_, got) = api.get(cert["@odata.id"].as_str().unwrap()).await;
    assert_eq!(
        pem_ders(got["CertificateString"].as_str().unwrap()),
        pem_ders(&chain)
    );

    // Type PEM with several certificates and the leaf's key: chain kept, key dropped.
    let (status, cert) = api
        .post(
            "/redfish/v1/Systems/Node1/Certificates",
            json!({"CertificateType": "PEM", "CertificateString": format!("{chain}{leaf_key}")}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(cert["CertificateType"], "PEM");
    let stored = cert["CertificateString"].as_str().unwrap();
    assert_eq!(pem_ders(stored), pem_ders(&chain));
    assert!(!stored.contains("PRIVATE KEY"));

    // Every certificate of the chain must be X.509.
    let broken = format!("{leaf}-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
    let (status, err) = api
        .post(
            "/redfish/v1/Managers/RMC/Certificates",
            json!({"CertificateType": "PEMchain", "CertificateString": broken}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueFormatError"]);

    // ReplaceCertificate keeps a chain too.
    let location = cert["@odata.id"].as_str().unwrap().to_owned();
    let (status, _) = api
        .post(
            "/redfish/v1/CertificateService/Actions/CertificateService.ReplaceCertificate",
            json!({"CertificateUri": {"@odata.id": location}, "CertificateString": chain, "CertificateType": "PEMchain"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, replaced) = api.get(&location).await;
    assert_eq!(
        pem_ders(replaced["CertificateString"].as_str().unwrap()),
        pem_ders(&chain)
    );
    assert_eq!(replaced["CertificateType"], "PEMchain");
}

#[tokio::test]
async fn the_rack_manager_links_its_manageability_manifest_once_placed() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let guide_uri = "/redfish/v1/Managers/RMC/ManageabilityManifest";
    // Before guide 5.30.2 there is nothing to link to (a dangling link fails crawlers).
    let (_, rmc) = api.get("/redfish/v1/Managers/RMC").await;
    assert!(rmc.pointer("/Oem/OpenRMC/ManageabilityManifest").is_none());
    let (status, _) = api.get(guide_uri).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, _) = api
        .post(guide_uri, json!({"NodesToManage": [{"NodeName": "Node1"}]}))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, rmc) = api.get("/redfish/v1/Managers/RMC").await;
    let uri = rmc["Oem"]["OpenRMC"]["ManageabilityManifest"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(uri, guide_uri);
    let (status, manifest) = api.get(&uri).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(manifest["@odata.id"], uri);
    assert_eq!(manifest["NodesToManage"][0]["NodeName"], "Node1");
    let (_, bmc) = api.get("/redfish/v1/Managers/BMC1").await;
    assert!(bmc.pointer("/Oem/OpenRMC").is_none());

    // A replacement leaves the link as it was.
    let (status, _) = api
        .post(&uri, json!({"NodesToManage": [{"NodeName": "Node2"}]}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, again) = api.get("/redfish/v1/Managers/RMC").await;
    assert_eq!(again["Oem"], rmc["Oem"]);
    let (_, manifest) = api.get(&uri).await;
    assert_eq!(manifest["NodesToManage"][0]["NodeName"], "Node2");
}
