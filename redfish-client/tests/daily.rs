//! The daily helpers against the embedded emulator: power, boot override, virtual media,
//! settings (BIOS), accounts, sensors, telemetry.

mod common;

use std::time::Duration;

use common::{client_with_sleep, count, rack};
use redfish_client::Error;
use redfish_client::model::computer_system::{BootSource, BootSourceOverrideEnabled};
use redfish_client::model::resource::PowerState;

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
