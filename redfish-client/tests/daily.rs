//! The daily helpers against the embedded emulator: power, boot override, virtual media,
//! settings (BIOS), accounts, sensors, telemetry.

mod common;

use std::time::Duration;

use common::{client_with_sleep, count, rack};
use redfish_client::Error;
use redfish_client::model::computer_system::{BootSource, BootSourceOverrideEnabled};
use redfish_client::model::resource::PowerState;
use redfish_client::model::sensor::ReadingType;
use redfish_client::model::settings::ApplyTime;
use redfish_client::model::virtual_media::InsertMediaRequest;
use redfish_client::sensors::ReadingSource;
use redfish_client::settings::BiosSettings;
use redfish_emulator::{Emulator, Scenario};

const WAIT: Duration = Duration::from_secs(60);

#[tokio::test]
async fn power_off_on_restart_follow_power_state() {
    let emu = rack().await;
    let (client, _) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let system = root.systems().unwrap().collect().await.unwrap().remove(0);
    let off = system.force_off(WAIT).await.unwrap();
    assert_eq!(off.power_state, Some(PowerState::Off));
    let on = off.power_on(WAIT).await.unwrap();
    assert_eq!(on.power_state, Some(PowerState::On));
    let again = on.restart(WAIT).await.unwrap();
    assert_eq!(again.power_state, Some(PowerState::On));
    // Already on: nothing is sent.
    let posts = count(&emu, "POST", on.odata_id().path());
    again.power_on(WAIT).await.unwrap();
    assert_eq!(count(&emu, "POST", on.odata_id().path()), posts);
    client.logout().await.unwrap();
}

#[tokio::test]
async fn boot_override_is_checked_against_allowable_values() {
    let emu = rack().await;
    let (client, _) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let system = root.systems().unwrap().collect().await.unwrap().remove(0);
    let targets = system
        .boot_targets()
        .expect("the emulator lists boot targets");
    assert!(targets.contains(&BootSource::Pxe));
    let once = system.boot_once(BootSource::Pxe).await.unwrap();
    let boot = once.boot.as_ref().unwrap();
    assert_eq!(boot.boot_source_override_target, Some(BootSource::Pxe));
    assert_eq!(
        boot.boot_source_override_enabled,
        Some(BootSourceOverrideEnabled::Once)
    );
    let cont = once.boot_continuous(BootSource::Hdd).await.unwrap();
    assert_eq!(
        cont.boot.as_ref().unwrap().boot_source_override_enabled,
        Some(BootSourceOverrideEnabled::Continuous)
    );
    let patches = count(&emu, "PATCH", system.odata_id().path());
    let err = cont.boot_once(BootSource::RemoteDrive).await.unwrap_err();
    match &err {
        Error::InvalidValue {
            property, allowed, ..
        } => {
            assert_eq!(property, "Boot/BootSourceOverrideTarget");
            assert!(allowed.iter().any(|a| a == "Pxe"), "{allowed:?}");
        }
        e => panic!("expected InvalidValue, got {e:?}"),
    }
    assert_eq!(
        count(&emu, "PATCH", system.odata_id().path()),
        patches,
        "nothing sent"
    );
    let cleared = cont.clear_boot_override().await.unwrap();
    assert_eq!(
        cleared.boot.as_ref().unwrap().boot_source_override_enabled,
        Some(BootSourceOverrideEnabled::Disabled)
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn virtual_media_insert_and_eject_by_action_and_by_patch() {
    let emu = rack().await;
    let (client, _) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let system = root.systems().unwrap().collect().await.unwrap().remove(0);
    let cd = system.virtual_media().unwrap().find("CD1").await.unwrap();
    assert_eq!(cd.inserted, Some(false));
    let image = "https://repo.example/os.iso";
    let request = InsertMediaRequest::default().with_image(image);
    let inserted = cd.insert_media(request).await.unwrap();
    assert_eq!(inserted.inserted, Some(true));
    assert_eq!(inserted.image.as_deref(), Some(image));
    assert!(count(&emu, "POST", &format!("{}/Actions", cd.odata_id().path())) >= 1);
    let ejected = inserted.eject_media().await.unwrap();
    assert_eq!(ejected.inserted, Some(false));
    assert_eq!(ejected.image, None);
    // The PATCH form of older BMCs.
    let request = InsertMediaRequest::default()
        .with_image(image)
        .with_write_protected(true);
    let patched = ejected.insert_media_patch(&request).await.unwrap();
    assert_eq!(patched.inserted, Some(true));
    assert_eq!(patched.image.as_deref(), Some(image));
    let with_password = request.clone().with_password("pw");
    let err = patched
        .insert_media_patch(&with_password)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    let out = patched.eject_media_patch().await.unwrap();
    assert_eq!(out.inserted, Some(false));
    // A request without the required image is refused before sending.
    let err = out
        .insert_media(InsertMediaRequest::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidParameter { parameter, .. } if parameter == "Image"),
        "{err:?}"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn accounts_are_created_changed_and_deleted() {
    let emu = rack().await;
    let (client, _) = client_with_sleep(&emu);
    let service = client
        .service_root()
        .await
        .unwrap()
        .account_service()
        .await
        .unwrap();
    let before = service.accounts().unwrap().collect().await.unwrap().len();
    let op = service
        .create_account("operator1", "Initial-pw-1x", "Operator")
        .await
        .unwrap();
    assert_eq!(op.user_name.as_deref(), Some("operator1"));
    assert_eq!(op.role_id.as_deref(), Some("Operator"));
    assert_eq!(
        service.accounts().unwrap().collect().await.unwrap().len(),
        before + 1
    );
    op.change_password("Better-pw-2x", "admin-password")
        .await
        .unwrap();
    // The new password works.
    let as_op = common::builder(&emu)
        .credentials("operator1", "Better-pw-2x")
        .build()
        .unwrap();
    as_op.service_root().await.unwrap();
    as_op.logout().await.unwrap();
    let err = op.change_password("", "admin-password").await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    service
        .account("operator1")
        .await
        .unwrap()
        .delete()
        .await
        .unwrap();
    assert_eq!(
        service.accounts().unwrap().collect().await.unwrap().len(),
        before
    );
    assert!(matches!(
        service.account("operator1").await.unwrap_err(),
        Error::InvalidInput(_)
    ));
    client.logout().await.unwrap();
}

#[tokio::test]
async fn bios_settings_are_checked_pending_and_applied_on_reset() {
    let emu = rack().await;
    let (client, _) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let system = root.systems().unwrap().collect().await.unwrap().remove(0);
    let bios = system.bios().await.unwrap();
    assert_eq!(bios.attributes.as_ref().unwrap()["BootMode"], "Uefi");
    let registry = bios.attribute_registry().await.unwrap().expect("published");
    assert!(registry.registry_entries.is_some());

    let settings_path = format!("{}/Settings", bios.odata_id().path());
    let patches = || count(&emu, "PATCH", &settings_path);
    // Unknown names, values outside the registry and wrong types never leave the client.
    for (changes, property) in [
        (
            BiosSettings::new().set("NoSuchKnob", "On"),
            "Attributes/NoSuchKnob",
        ),
        (
            BiosSettings::new().set("BootMode", "Floppy"),
            "Attributes/BootMode",
        ),
        (
            BiosSettings::new().set("BootMode", 3),
            "Attributes/BootMode",
        ),
    ] {
        let err = bios
            .apply_attributes(&changes, ApplyTime::OnReset)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidValue { property: p, .. } if p == property),
            "{err:?}"
        );
    }
    let err = bios
        .apply_attributes(
            &BiosSettings::new().set("BootMode", "Floppy"),
            ApplyTime::OnReset,
        )
        .await
        .unwrap_err();
    match err {
        Error::InvalidValue { allowed, .. } => {
            assert!(allowed.iter().any(|a| a == "LegacyBios"), "{allowed:?}")
        }
        e => panic!("{e:?}"),
    }
    // An apply time the BIOS does not support.
    let err = bios
        .apply_attributes(
            &BiosSettings::new().set("BootMode", "LegacyBios"),
            ApplyTime::AtMaintenanceWindowStart,
        )
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidValue { property, .. } if property.contains("SettingsApplyTime")),
        "{err:?}"
    );
    assert_eq!(patches(), 0, "nothing sent");

    // OnReset: pending until the system restarts.
    let pending = bios
        .apply_attributes(
            &BiosSettings::new().set("BootMode", "LegacyBios"),
            ApplyTime::OnReset,
        )
        .await
        .unwrap();
    assert_eq!(
        pending.attributes.as_ref().unwrap()["BootMode"],
        "LegacyBios"
    );
    let now = bios.refresh().await.unwrap();
    assert_eq!(now.attributes.as_ref().unwrap()["BootMode"], "Uefi");
    system.restart(WAIT).await.unwrap();
    let after = bios.refresh().await.unwrap();
    assert_eq!(after.attributes.as_ref().unwrap()["BootMode"], "LegacyBios");

    // Immediate: applied at once.
    after
        .apply_attributes(
            &BiosSettings::new().set("ProcTurboMode", "Disabled"),
            ApplyTime::Immediate,
        )
        .await
        .unwrap();
    let now = bios.refresh().await.unwrap();
    assert_eq!(
        now.attributes.as_ref().unwrap()["ProcTurboMode"],
        "Disabled"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn readings_come_from_legacy_thermal_and_power() {
    let emu = rack().await;
    let (client, _) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let chassis = root.chassis().unwrap().collect().await.unwrap();
    let with_thermal = chassis
        .iter()
        .find(|c| c.thermal.is_some() && c.sensors.is_none())
        .expect("a legacy chassis");
    let readings = with_thermal.readings().await.unwrap();
    assert!(
        readings
            .iter()
            .any(|r| r.kind == Some(ReadingType::Temperature)
                && r.source == ReadingSource::Thermal
                && r.value.is_some()
                && r.units.as_deref() == Some("Cel")),
        "{readings:?}"
    );
    assert!(
        readings
            .iter()
            .any(|r| r.kind == Some(ReadingType::Power) && r.source == ReadingSource::Power),
        "{readings:?}"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn readings_come_from_the_sensors_collection() {
    let emu = Emulator::builder()
        .scenario(Scenario::mockup(redfish_test_support::mockup(
            "public-rackmount1",
        )))
        .start()
        .await
        .unwrap();
    let (client, _) = client_with_sleep(&emu);
    let root = client.service_root().await.unwrap();
    let chassis = root.chassis().unwrap().find("1U").await.unwrap();
    assert!(chassis.sensors.is_some() && chassis.thermal.is_some());
    let readings = chassis.readings().await.unwrap();
    assert!(!readings.is_empty());
    assert!(readings.iter().all(|r| r.source == ReadingSource::Sensor));
    let temp = readings
        .iter()
        .find(|r| r.uri.as_str().ends_with("/Sensors/CPU1Temp"))
        .expect("CPU1Temp");
    assert_eq!(temp.kind, Some(ReadingType::Temperature));
    assert!(temp.value.is_some());
    assert!(
        readings.iter().any(
            |r| r.kind == Some(ReadingType::Rotational) || r.kind == Some(ReadingType::Percent)
        ),
        "a fan"
    );
    client.logout().await.unwrap();
}

#[tokio::test]
async fn telemetry_reports_are_read_typed() {
    let emu = rack().await;
    let (client, _) = client_with_sleep(&emu);
    let telemetry = client
        .service_root()
        .await
        .unwrap()
        .telemetry_service()
        .await
        .unwrap();
    let definitions = telemetry
        .metric_report_definitions()
        .unwrap()
        .collect()
        .await
        .unwrap();
    assert!(
        definitions
            .iter()
            .any(|d| d.id.as_deref() == Some("RackPower"))
    );
    let (report, samples) = telemetry.metric_report("RackPower").await.unwrap();
    assert_eq!(report.id.as_deref(), Some("RackPower"));
    assert!(report.metric_report_definition.is_some());
    // Reports fill only while someone listens (see the events tests): the values match.
    assert_eq!(
        samples.len(),
        report.metric_values.as_deref().unwrap_or_default().len()
    );
    let err = telemetry.metric_report("Nope").await.unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err:?}");
    client.logout().await.unwrap();
}
