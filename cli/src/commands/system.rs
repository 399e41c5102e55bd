//! `power`, `boot`, `media`, `bios`: operations on one computer system, through the
//! client's typed GET, its discovered and ActionInfo-checked actions and its PATCH with
//! `If-Match` (the CLI keeps these small until the client grows helpers for them).

use std::time::{Duration, Instant};

use redfish_client::model::ODataId;
use redfish_client::model::bios::Bios;
use redfish_client::model::computer_system::{
    BootSource, BootSourceOverrideEnabled, BootSourceOverrideMode, ComputerSystem,
};
use redfish_client::model::resource::{PowerState, ResetType};
use redfish_client::model::virtual_media::{MediaType, VirtualMedia};
use redfish_client::{Client, Entity, Method};
use serde_json::{Map, Value, json};

use crate::args::{ApplyTime, BiosCmd, BootDevice, BootMode, MediaCmd, PowerAction};
use crate::commands::Ctx;
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
        (PowerAction::Restart, false) => (ResetType::GracefulRestart, PowerState::On),
        (PowerAction::Restart, true) => (ResetType::ForceRestart, PowerState::On),
        (PowerAction::Cycle, _) => (ResetType::PowerCycle, PowerState::On),
    };
    sys.action("#ComputerSystem.Reset")?
        .param("ResetType", &reset)
        .send()
        .await?
        .wait()
        .await?;
    let mut state = None;
    if let Some(max) = wait {
        let start = Instant::now();
        loop {
            let now = sys.refresh().await?;
            state = now.power_state.clone();
            if state.as_ref() == Some(&expect) {
                break;
            }
            if start.elapsed() >= max {
                return Err(CliError::Failed(format!(
                    "{}: {reset} sent, but the power state is still {} after {} s",
                    sys.odata_id(),
                    state.as_ref().map_or("unknown", PowerState::as_str),
                    max.as_secs()
                )));
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
    }
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
    let mut boot = json!({
        "BootSourceOverrideTarget": target.as_str(),
        "BootSourceOverrideEnabled": BootSourceOverrideEnabled::Once.as_str(),
    });
    if let Some(m) = mode {
        let m = match m {
            BootMode::Uefi => BootSourceOverrideMode::UEFI,
            BootMode::Legacy => BootSourceOverrideMode::Legacy,
        };
        boot["BootSourceOverrideMode"] = json!(m.as_str());
    }
    let after = sys.patch(&json!({ "Boot": boot })).await?;
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
    let mut colls: Vec<String> = sys
        .virtual_media
        .as_ref()
        .map(|l| l.odata_id.to_string())
        .into_iter()
        .collect();
    if colls.is_empty() {
        let managers = sys
            .links
            .as_ref()
            .and_then(|l| l.managed_by.clone())
            .unwrap_or_default();
        for m in managers {
            let doc = super::get_json(client, m.odata_id.path()).await?;
            colls.extend(super::link(&doc, "/VirtualMedia"));
        }
    }
    let mut out = Vec::new();
    for c in colls {
        for uri in super::member_uris(client, &c).await? {
            out.push(
                client
                    .get::<VirtualMedia>(&ODataId::new(uri.as_str()))
                    .await?,
            );
        }
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
            match d.action("#VirtualMedia.InsertMedia") {
                Ok(call) => {
                    call.param("Image", url)
                        .param("Inserted", true)
                        .param("WriteProtected", true)
                        .send()
                        .await?
                        .wait()
                        .await?;
                }
                // Before VirtualMedia 1.2 the image is PATCHed.
                Err(redfish_client::Error::ActionNotSupported { .. }) => {
                    d.patch(&json!({ "Image": url, "Inserted": true })).await?;
                }
                Err(e) => return Err(e.into()),
            }
            media_state(&d.refresh().await?, "inserted")
        }
        MediaCmd::Eject { device, system } => {
            let d = pick(
                media_devices(client, system.as_deref()).await?,
                device.as_deref(),
            )?;
            match d.action("#VirtualMedia.EjectMedia") {
                Ok(call) => {
                    call.send().await?.wait().await?;
                }
                Err(redfish_client::Error::ActionNotSupported { .. }) => {
                    d.patch(&json!({ "Image": null })).await?;
                }
                Err(e) => return Err(e.into()),
            }
            media_state(&d.refresh().await?, "ejected")
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
fn typed_value(current: Option<&Value>, text: &str) -> Value {
    match current {
        Some(Value::Bool(_)) => match text.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "1" => Value::Bool(true),
            "false" | "no" | "off" | "0" => Value::Bool(false),
            _ => json!(text),
        },
        Some(Value::Number(_)) => text
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| text.parse::<f64>().map(Value::from))
            .unwrap_or_else(|_| json!(text)),
        _ => json!(text),
    }
}

/// `bios get | set`.
pub async fn bios(client: &Client, cmd: &BiosCmd, _ctx: &Ctx) -> Result<Output, CliError> {
    let wanted = match cmd {
        BiosCmd::Get { system, .. } | BiosCmd::Set { system, .. } => system.as_deref(),
    };
    let sys = system(client, wanted).await?;
    let bios_uri = sys
        .bios
        .as_ref()
        .map(|l| l.odata_id.to_string())
        .ok_or_else(|| CliError::Failed(format!("{}: no Bios", sys.odata_id())))?;
    let bios: Bios = super::get_typed(client, &bios_uri).await?;
    let current: Map<String, Value> = bios
        .attributes
        .as_ref()
        .and_then(|a| serde_json::to_value(a).ok())
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    let raw = super::get_json(client, &bios_uri).await?;
    let settings_uri = raw
        .pointer("/@Redfish.Settings/SettingsObject/@odata.id")
        .and_then(Value::as_str)
        .map(str::to_owned);
    match cmd {
        BiosCmd::Get { names, .. } => {
            let pending: Map<String, Value> = match &settings_uri {
                Some(u) => super::get_json(client, u)
                    .await?
                    .get("Attributes")
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default(),
                None => Map::new(),
            };
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
            if let Some(missing) = names.iter().find(|n| !current.contains_key(*n)) {
                return Err(CliError::Failed(format!(
                    "{bios_uri}: no attribute `{missing}`"
                )));
            }
            Ok(Output::table(t))
        }
        BiosCmd::Set {
            assignments,
            apply_time,
            ..
        } => {
            let mut attrs = Map::new();
            for a in assignments {
                let (k, v) = a
                    .split_once('=')
                    .ok_or_else(|| CliError::Usage(format!("`{a}`: expected NAME=VALUE")))?;
                attrs.insert(k.to_owned(), typed_value(current.get(k), v));
            }
            let apply = match apply_time {
                ApplyTime::OnReset => "OnReset",
                ApplyTime::Immediate => "Immediate",
                ApplyTime::AtMaintenanceWindowStart => "AtMaintenanceWindowStart",
                ApplyTime::InMaintenanceWindowOnReset => "InMaintenanceWindowOnReset",
            };
            // Settings go to the settings object when there is one (the resource itself
            // is then read-only), with the apply time the service is asked for.
            let target = settings_uri.clone().unwrap_or_else(|| bios_uri.clone());
            let mut body = json!({ "Attributes": attrs });
            if settings_uri.is_some() {
                body["@Redfish.SettingsApplyTime"] = json!({ "ApplyTime": apply });
            }
            let before = super::send(client, Method::GET, &target, None, None).await?;
            let etag = before.etag();
            super::send(client, Method::PATCH, &target, Some(&body), etag.as_ref()).await?;
            let mut t = Table::new(&["Name", "Value", "Applies"]);
            for (k, v) in &attrs {
                t.row(vec![json!(k), v.clone(), json!(apply)]);
            }
            Ok(Output::table_with(
                t,
                json!({ "target": target, "apply_time": apply, "attributes": attrs }),
            ))
        }
    }
}
