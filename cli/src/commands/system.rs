//! `power`, `boot`, `media`, `bios`: operations on one computer system, through the
//! client's helpers (power with wait, boot override, virtual media, BIOS settings with an
//! apply time).

use std::time::Duration;

use redfish_client::model::ODataId;
use redfish_client::model::bios::Bios;
use redfish_client::model::computer_system::{
    BootSource, BootSourceOverrideEnabled, BootSourceOverrideMode, ComputerSystem,
};
use redfish_client::model::manager::Manager;
use redfish_client::model::resource::{PowerState, ResetType};
use redfish_client::model::settings::ApplyTime as ModelApplyTime;
use redfish_client::model::virtual_media::{InsertMediaRequest, MediaType, VirtualMedia};
use redfish_client::settings::{AttributeValue, BiosSettings};
use redfish_client::{Client, Entity};
use serde_json::{Map, Value, json};

use crate::args::{ApplyTime, BiosCmd, BootDevice, BootMode, MediaCmd, PowerAction};
use crate::error::CliError;
use crate::output::{Output, Table, s};

/// The system named by `--system` (Id or URI), or the only one.
pub async fn system(
    client: &Client,
    wanted: Option<&str>,
) -> Result<Entity<ComputerSystem>, CliError> {
    let root = super::get_json(client, "/redfish/v1/").await?;
    let coll = super::link(&root, "/Systems").ok_or_else(|| {
        CliError::Failed(format!("{}: the service has no Systems", client.host()))
    })?;
    let uris = super::member_uris(client, &coll).await?;
    let uri = match wanted {
        Some(w) => uris
            .iter()
            .find(|u| u.as_str() == w || u.trim_end_matches('/').rsplit('/').next() == Some(w))
            .cloned()
            .ok_or_else(|| CliError::Usage(format!("no system `{w}` (systems: {})", ids(&uris))))?,
        None => match uris.as_slice() {
            [one] => one.clone(),
            [] => return Err(CliError::Failed(format!("{}: no systems", client.host()))),
            _ => {
                return Err(CliError::Usage(format!(
                    "{} systems: choose one with --system ID ({})",
                    uris.len(),
                    ids(&uris)
                )));
            }
        },
    };
    Ok(client
        .get::<ComputerSystem>(&ODataId::new(uri.as_str()))
        .await?)
}

fn ids(uris: &[String]) -> String {
    uris.iter()
        .map(|u| u.trim_end_matches('/').rsplit('/').next().unwrap_or(u))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `power ACTION`.
pub async fn power(
    client: &Client,
    action: PowerAction,
    force: bool,
    wait: Option<Duration>,
    wanted: Option<&str>,
) -> Result<Output, CliError> {
    let sys = system(client, wanted).await?;
    let (reset, expect) = match (action, force) {
        (PowerAction::On, _) => (ResetType::On, PowerState::On),
        (PowerAction::Off, false) => (ResetType::GracefulShutdown, PowerState::Off),
        (PowerAction::Off, true) => (ResetType::ForceOff, PowerState::Off),
        // The helper falls back on ForceRestart where only that is allowed.
        (PowerAction::Restart, false) => (ResetType::GracefulRestart, PowerState::On),
        (PowerAction::Restart, true) => (ResetType::ForceRestart, PowerState::On),
        (PowerAction::Cycle, _) => (ResetType::PowerCycle, PowerState::On),
    };
    let state = match wait {
        // The helpers send the reset and read the system until the state comes.
        Some(max) => {
            let after = match (action, force) {
                (PowerAction::On, _) => sys.power_on(max).await?,
                (PowerAction::Off, false) => sys.power_off(max).await?,
                (PowerAction::Off, true) => sys.force_off(max).await?,
                (PowerAction::Restart, false) => sys.restart(max).await?,
                (PowerAction::Restart, true) | (PowerAction::Cycle, _) => {
                    sys.reset(reset.clone()).await?.wait().await?;
                    sys.wait_for_power_state(expect, max).await?
                }
            };
            after.power_state.clone()
        }
        None => {
            sys.reset(reset.clone()).await?.wait().await?;
            None
        }
    };
    let id = sys.id.clone().unwrap_or_default();
    let text = match &state {
        Some(st) => format!("{id}: {reset} done, power {st}"),
        None => format!("{id}: {reset} sent"),
    };
    Ok(Output::text(
        text,
        json!({ "system": sys.odata_id().as_str(), "reset_type": reset.as_str(), "power_state": state.as_ref().map(PowerState::as_str) }),
    ))
}

/// `boot --once DEVICE`.
pub async fn boot(
    client: &Client,
    device: BootDevice,
    mode: Option<BootMode>,
    wanted: Option<&str>,
) -> Result<Output, CliError> {
    let sys = system(client, wanted).await?;
    let target = match device {
        BootDevice::Pxe => BootSource::Pxe,
        BootDevice::Cd => BootSource::Cd,
        BootDevice::Hdd => BootSource::Hdd,
        BootDevice::Usb => BootSource::Usb,
        BootDevice::Bios => BootSource::BiosSetup,
    };
    let after = match mode {
        None => sys.boot_once(target).await?,
        // The helper leaves the mode as it is; with a mode, the same PATCH plus the mode
        // (the target checked against the allowable values first, as the helper does).
        Some(m) => {
            if let Some(allowed) = sys.boot_targets()
                && !allowed.contains(&target)
            {
                let allowed: Vec<&str> = allowed.iter().map(BootSource::as_str).collect();
                return Err(CliError::Failed(format!(
                    "{}: boot target {target} not allowed (allowed: {})",
                    sys.odata_id(),
                    allowed.join(", ")
                )));
            }
            let m = match m {
                BootMode::Uefi => BootSourceOverrideMode::UEFI,
                BootMode::Legacy => BootSourceOverrideMode::Legacy,
            };
            sys.patch(&json!({ "Boot": {
                "BootSourceOverrideTarget": target.as_str(),
                "BootSourceOverrideEnabled": BootSourceOverrideEnabled::Once.as_str(),
                "BootSourceOverrideMode": m.as_str(),
            }}))
            .await?
        }
    };
    let b = after.boot.clone().unwrap_or_default();
    let mut t = Table::new(&[
        "System",
        "BootSourceOverrideTarget",
        "BootSourceOverrideEnabled",
        "BootSourceOverrideMode",
    ]);
    t.row(vec![
        s(after.id.as_ref()),
        s(b.boot_source_override_target.as_ref()),
        s(b.boot_source_override_enabled.as_ref()),
        s(b.boot_source_override_mode.as_ref()),
    ]);
    Ok(Output::table(t))
}

/// The virtual media of the system, else of its managers.
async fn media_devices(
    client: &Client,
    wanted: Option<&str>,
) -> Result<Vec<Entity<VirtualMedia>>, CliError> {
    let sys = system(client, wanted).await?;
    let mut out = Vec::new();
    match sys.virtual_media() {
        Ok(members) => out.extend(members.collect().await?),
        // Many BMCs keep it under the manager of the system.
        Err(redfish_client::Error::MissingLink { .. }) => {
            let managers = sys
                .links
                .as_ref()
                .and_then(|l| l.managed_by.clone())
                .unwrap_or_default();
            for m in managers {
                let manager = client.get::<Manager>(&m.odata_id).await?;
                if let Ok(members) = manager.virtual_media() {
                    out.extend(members.collect().await?);
                }
            }
        }
        Err(e) => return Err(e.into()),
    }
    if out.is_empty() {
        return Err(CliError::Failed(format!(
            "{}: no virtual media for system {}",
            client.host(),
            sys.odata_id()
        )));
    }
    Ok(out)
}

/// The device `--device`, else the first CD/DVD one, else the first.
fn pick(
    devices: Vec<Entity<VirtualMedia>>,
    wanted: Option<&str>,
) -> Result<Entity<VirtualMedia>, CliError> {
    let names: Vec<String> = devices.iter().filter_map(|d| d.id.clone()).collect();
    let mut devices = devices;
    let idx = match wanted {
        Some(w) => devices
            .iter()
            .position(|d| d.id.as_deref() == Some(w) || d.odata_id().as_str() == w)
            .ok_or_else(|| {
                CliError::Usage(format!("no virtual media `{w}` ({})", names.join(", ")))
            })?,
        None => devices
            .iter()
            .position(|d| {
                d.media_types
                    .iter()
                    .flatten()
                    .any(|t| matches!(t, MediaType::CD | MediaType::DVD))
            })
            .unwrap_or(0),
    };
    Ok(devices.swap_remove(idx))
}

/// `media list | insert URL | eject`.
pub async fn media(client: &Client, cmd: &MediaCmd) -> Result<Output, CliError> {
    match cmd {
        MediaCmd::List { system } => {
            let mut t = Table::new(&[
                "Id",
                "MediaTypes",
                "Inserted",
                "Image",
                "ConnectedVia",
                "URI",
            ]);
            for d in media_devices(client, system.as_deref()).await? {
                let types: Vec<String> = d
                    .media_types
                    .iter()
                    .flatten()
                    .map(ToString::to_string)
                    .collect();
                t.row(vec![
                    s(d.id.as_ref()),
                    json!(types),
                    d.inserted.map_or(Value::Null, Value::Bool),
                    s(d.image.as_ref()),
                    s(d.connected_via.as_ref()),
                    json!(d.odata_id().as_str()),
                ]);
            }
            Ok(Output::table(t))
        }
        MediaCmd::Insert {
            image: url,
            device,
            system,
        } => {
            let d = pick(
                media_devices(client, system.as_deref()).await?,
                device.as_deref(),
            )?;
            let request = InsertMediaRequest::default()
                .with_image(url.as_str())
                .with_inserted(true)
                .with_write_protected(true);
            let d = d.insert_media(request).await?;
            media_state(&d, "inserted")
        }
        MediaCmd::Eject { device, system } => {
            let d = pick(
                media_devices(client, system.as_deref()).await?,
                device.as_deref(),
            )?;
            let d = d.eject_media().await?;
            media_state(&d, "ejected")
        }
    }
}

fn media_state(d: &Entity<VirtualMedia>, what: &str) -> Result<Output, CliError> {
    let text = format!(
        "{}: {what}; Inserted {}, Image {}",
        d.id.as_deref().unwrap_or("-"),
        d.inserted.map_or("-", |i| if i { "yes" } else { "no" }),
        d.image.as_deref().unwrap_or("-")
    );
    Ok(Output::text(
        text,
        json!({ "device": d.odata_id().as_str(), "Inserted": d.inserted, "Image": d.image }),
    ))
}

/// A command-line value typed like the attribute's current value.
fn typed_value(current: Option<&Value>, text: &str) -> AttributeValue {
    match current {
        Some(Value::Bool(_)) => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "1" => AttributeValue::from(true),
            "false" | "no" | "off" | "0" => AttributeValue::from(false),
            _ => AttributeValue::from(text),
        },
        Some(Value::Number(_)) => text
            .parse::<i64>()
            .map_or_else(|_| AttributeValue::from(text), AttributeValue::from),
        _ => AttributeValue::from(text),
    }
}

/// The attributes of a Bios resource as JSON.
fn attributes(bios: &Bios) -> Map<String, Value> {
    bios.attributes
        .as_ref()
        .and_then(|a| serde_json::to_value(a).ok())
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default()
}

/// `bios get | set`.
pub async fn bios(client: &Client, cmd: &BiosCmd) -> Result<Output, CliError> {
    let wanted = match cmd {
        BiosCmd::Get { system, .. } | BiosCmd::Set { system, .. } => system.as_deref(),
    };
    let sys = system(client, wanted).await?;
    let bios = sys.bios().await?;
    let current = attributes(&bios);
    match cmd {
        BiosCmd::Get { names, .. } => {
            let pending = match bios.pending().await? {
                Some(p) => attributes(&p),
                None => Map::new(),
            };
            if let Some(missing) = names.iter().find(|n| !current.contains_key(*n)) {
                return Err(CliError::Failed(format!(
                    "{}: no attribute `{missing}`",
                    bios.odata_id()
                )));
            }
            let mut t = Table::new(&["Name", "Value", "Pending"]);
            for (k, v) in &current {
                if !names.is_empty() && !names.contains(k) {
                    continue;
                }
                let p = pending
                    .get(k)
                    .filter(|p| *p != v)
                    .cloned()
                    .unwrap_or(Value::Null);
                t.row(vec![json!(k), v.clone(), p]);
            }
            Ok(Output::table(t))
        }
        BiosCmd::Set {
            assignments,
            apply_time,
            ..
        } => {
            let mut changes = BiosSettings::new();
            for a in assignments {
                let (k, v) = a
                    .split_once('=')
                    .ok_or_else(|| CliError::Usage(format!("`{a}`: expected NAME=VALUE")))?;
                changes = changes.set(k, typed_value(current.get(k), v));
            }
            let apply = match apply_time {
                ApplyTime::OnReset => ModelApplyTime::OnReset,
                ApplyTime::Immediate => ModelApplyTime::Immediate,
                ApplyTime::AtMaintenanceWindowStart => ModelApplyTime::AtMaintenanceWindowStart,
                ApplyTime::InMaintenanceWindowOnReset => ModelApplyTime::InMaintenanceWindowOnReset,
            };
            // Checked against the AttributeRegistry (when published) before sending.
            let settings = bios.apply_attributes(&changes, apply.clone()).await?;
            let mut t = Table::new(&["Name", "Value", "Applies"]);
            let mut attrs = Map::new();
            for (k, v) in changes.changes() {
                let v = serde_json::to_value(v).unwrap_or(Value::Null);
                t.row(vec![json!(k), v.clone(), json!(apply.as_str())]);
                attrs.insert(k.clone(), v);
            }
            Ok(Output::table_with(
                t,
                json!({
                    "target": settings.odata_id().as_str(),
                    "apply_time": apply.as_str(),
                    "attributes": attrs,
                }),
            ))
        }
    }
}
