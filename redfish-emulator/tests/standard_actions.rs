//! The standard actions client helpers call do what the schema says: virtual media, BIOS
//! settings through `@Redfish.Settings`, account passwords, test events; unknown actions fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers outside #[test] fns

mod common;

use common::{Api, message_keys, start};
use redfish_emulator::{Credentials, DEFAULT_ADMIN, DEFAULT_OPERATOR, Emulator, Scenario};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn rack() -> redfish_emulator::EmulatorBuilder {
    Emulator::builder()
        .scenario(Scenario::rack(2))
        .time_scale(0.01)
}

#[tokio::test]
async fn virtual_media_is_inserted_and_ejected_by_action_and_by_patch() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (_, mgr) = api.get("/redfish/v1/Systems/Node1").await;
    let coll = mgr["VirtualMedia"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, media) = api.get(&coll).await;
    let cd = media["Members"][0]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, cd_res) = api.get(&cd).await;
    assert_eq!(cd_res["Inserted"], false);
    let insert = cd_res["Actions"]["#VirtualMedia.InsertMedia"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let eject = cd_res["Actions"]["#VirtualMedia.EjectMedia"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let image = "http://192.0.2.7/images/installer.iso";
    let (status, _) = api
        .post(
            &insert,
            json!({"Image": image, "TransferProtocolType": "HTTP"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let now = emu.resource(&cd).unwrap();
    assert_eq!(now["Image"], image);
    assert_eq!(now["ImageName"], "installer.iso");
    assert_eq!(now["Inserted"], true);
    assert_eq!(now["ConnectedVia"], "URI");
    // Inserting again while inserted is refused; a bad parameter too.
    let (status, _) = api.post(&insert, json!({"Image": image})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, err) = api
        .post(
            &insert,
            json!({"Image": image, "TransferProtocolType": "TFTP"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterValueNotInList"]);
    let (status, _) = api.post(&eject, json!({})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let now = emu.resource(&cd).unwrap();
    assert_eq!(now["Inserted"], false);
    assert_eq!(now["Image"], Value::Null);

    // The PATCH form of older BMCs.
    let (status, _) = api
        .patch(
            &cd,
            json!({"Image": "https://192.0.2.7/a.iso", "Inserted": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let now = emu.resource(&cd).unwrap();
    assert_eq!(now["ImageName"], "a.iso");
    assert_eq!(now["Inserted"], true);
    let (status, _) = api.patch(&cd, json!({"Image": null})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(emu.resource(&cd).unwrap()["Inserted"], false);
    let (status, err) = api.patch(&cd, json!({"Image": "not a uri"})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["PropertyValueFormatError"]);
}

#[tokio::test]
async fn bios_settings_stay_pending_until_the_next_reset() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (_, sys) = api.get("/redfish/v1/Systems/Node1").await;
    let bios_uri = sys["Bios"]["@odata.id"].as_str().unwrap().to_owned();
    let (_, bios) = api.get(&bios_uri).await;
    let settings = bios["@Redfish.Settings"]["SettingsObject"]["@odata.id"]
        .as_str()
        .unwrap()
        .to_owned();
    // The attribute registry the BIOS names is served.
    let registry = bios["AttributeRegistry"].as_str().unwrap();
    let (_, files) = api.get("/redfish/v1/Registries").await;
    let file = files["Members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["@odata.id"].as_str().unwrap().to_owned())
        .find(|m| registry.starts_with(m.rsplit('/').next().unwrap()))
        .expect("registry file");
    let (_, file) = api.get(&file).await;
    let (status, reg) = api.get(file["Location"][0]["Uri"].as_str().unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(reg["Id"], registry);

    // Registry checks: unknown name, value not in the list, read-only, out of range.
    let (status, err) = api
        .patch(
            &settings,
            json!({"Attributes": {"Bogus": 1, "BootMode": "Floppy", "SystemSerial": "x",
                                   "BootTimeoutSeconds": 999}}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let mut keys = message_keys(&err);
    keys.sort();
    assert_eq!(
        keys,
        vec![
            "PropertyNotWritable",
            "PropertyUnknown",
            "PropertyValueNotInList",
            "PropertyValueOutOfRange"
        ]
    );

    let (status, _) = api
        .patch(
            &settings,
            json!({"Attributes": {"BootMode": "LegacyBios", "BootTimeoutSeconds": 5}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let pending_etag = emu.resource(&settings).unwrap()["@odata.etag"].clone();
    // Pending: the active resource is unchanged.
    assert_eq!(
        emu.resource(&bios_uri).unwrap()["Attributes"]["BootMode"],
        "Uefi"
    );
    assert_eq!(
        emu.resource(&settings).unwrap()["Attributes"]["BootMode"],
        "LegacyBios"
    );
    // A power-off does not apply them; the reset that boots the system does.
    let target = sys["Actions"]["#ComputerSystem.Reset"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    api.post(&target, json!({"ResetType": "ForceOff"})).await;
    assert_eq!(
        emu.resource(&bios_uri).unwrap()["Attributes"]["BootMode"],
        "Uefi"
    );
    let (status, _) = api.post(&target, json!({"ResetType": "On"})).await;
    assert!(status.is_success());
    let applied = emu.resource(&bios_uri).unwrap();
    assert_eq!(applied["Attributes"]["BootMode"], "LegacyBios");
    assert_eq!(applied["Attributes"]["BootTimeoutSeconds"], 5);
    assert_eq!(
        applied["Attributes"]["ProcTurboMode"], "Enabled",
        "others kept"
    );
    let s = &applied["@Redfish.Settings"];
    assert_eq!(s["ETag"], pending_etag);
    assert_ne!(s["Time"], "2024-01-01T00:00:00+00:00");
    assert_eq!(s["Messages"].as_array().unwrap().len(), 2);
    assert_eq!(emu.resource(&settings).unwrap()["Attributes"], json!({}));

    // Immediate apply time.
    let (status, _) = api
        .patch(
            &settings,
            json!({"Attributes": {"PowerProfile": "PowerSaving"},
                   "@Redfish.SettingsApplyTime": {"ApplyTime": "Immediate"}}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        emu.resource(&bios_uri).unwrap()["Attributes"]["PowerProfile"],
        "PowerSaving"
    );

    // ResetBios makes the defaults pending.
    let reset_bios = applied["Actions"]["#Bios.ResetBios"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = api.post(&reset_bios, json!({})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        emu.resource(&settings).unwrap()["Attributes"]["BootMode"],
        "Uefi"
    );
    api.post(&target, json!({"ResetType": "ForceRestart"}))
        .await;
    assert_eq!(
        emu.resource(&bios_uri).unwrap()["Attributes"]["PowerProfile"],
        "Balanced"
    );
}

#[tokio::test]
async fn accounts_change_their_password_by_action() {
    let (emu, c) = start(rack()).await;
    let api = Api::as_user(&emu, &c, DEFAULT_OPERATOR);
    let own = "/redfish/v1/AccountService/Accounts/2";
    // The account advertises the action.
    let (_, acct) = api.get(own).await;
    let target = acct["Actions"]["#ManagerAccount.ChangePassword"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, err) = api
        .post(
            &target,
            json!({"NewPassword": "operator-new-pw", "SessionAccountPassword": "wrong"}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionParameterValueError"]);
    let (status, _) = api
        .post(
            &target,
            json!({"NewPassword": "operator-new-pw",
                   "SessionAccountPassword": DEFAULT_OPERATOR.password}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let renewed = Credentials::new("operator", "operator-new-pw", "Operator");
    let api = Api::as_user(&emu, &c, renewed);
    assert_eq!(api.get("/redfish/v1/Systems").await.0, StatusCode::OK);
    // Someone else's password needs ConfigureUsers.
    let admin_target =
        "/redfish/v1/AccountService/Accounts/1/Actions/ManagerAccount.ChangePassword";
    let (status, _) = api
        .post(
            admin_target,
            json!({"NewPassword": "stolen-password", "SessionAccountPassword": "operator-new-pw"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn test_events_are_accepted_and_unknown_actions_refused() {
    let (emu, c) = start(rack()).await;
    let api = Api::new(&emu, &c);
    let (_, svc) = api.get("/redfish/v1/EventService").await;
    let target = svc["Actions"]["#EventService.SubmitTestEvent"]["target"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = api
        .post(
            &target,
            json!({"MessageId": "Base.1.22.Success", "EventType": "Other"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    // An action the resource declares but the emulator does not implement: 400, not a
    // silent success, and nothing changes.
    let sys = "/redfish/v1/Systems/Node1";
    let mut res = emu.resource(sys).unwrap();
    let frob = format!("{sys}/Actions/Oem/ContosoSystem.Frobnicate");
    res["Actions"]["Oem"] = json!({"#ContosoSystem.Frobnicate": {"target": frob}});
    emu.set_resource(sys, res);
    let before = emu.resource(sys).unwrap();
    let (status, err) = api.post(&frob, json!({})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(message_keys(&err), vec!["ActionNotSupported"]);
    assert_eq!(emu.resource(sys).unwrap(), before);
    let _ = DEFAULT_ADMIN;
}
