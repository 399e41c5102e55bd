//! `firmware list | update FILE|URL`.

use std::path::Path;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use redfish_client::model::ODataId;
use redfish_client::model::software_inventory::SoftwareInventory;
use redfish_client::model::update_service::SimpleUpdateRequest;
use redfish_client::{ActionResponse, Client};
use serde_json::{Value, json};

use crate::args::FirmwareCmd;
use crate::commands::Ctx;
use crate::error::CliError;
use crate::output::{Output, Table, s};

/// Runs a `firmware` subcommand.
pub async fn run(client: &Client, cmd: &FirmwareCmd, ctx: &Ctx) -> Result<Output, CliError> {
    match cmd {
        FirmwareCmd::List => list(client).await,
        FirmwareCmd::Update { image, targets } => update(client, image, targets, ctx).await,
    }
}

async fn list(client: &Client) -> Result<Output, CliError> {
    let root = super::get_json(client, "/redfish/v1/").await?;
    let us = super::link(&root, "/UpdateService")
        .ok_or_else(|| CliError::Failed(format!("{}: no UpdateService", client.host())))?;
    let us = super::get_json(client, &us).await?;
    let inv = super::link(&us, "/FirmwareInventory").ok_or_else(|| {
        CliError::Failed(format!(
            "{}: UpdateService has no FirmwareInventory",
            client.host()
        ))
    })?;
    let items =
        super::read_all::<SoftwareInventory>(client, super::member_uris(client, &inv).await?)
            .await?;
    let mut t = Table::new(&["Id", "Name", "Version", "Updateable", "Health", "URI"]);
    for (uri, i) in &items {
        t.row(vec![
            s(i.id.as_ref()),
            s(i.name.as_ref()),
            s(i.version.as_ref()),
            i.updateable.map_or(Value::Null, Value::Bool),
            s(i.status.as_ref().and_then(|st| st.health.as_ref())),
            json!(uri),
        ]);
    }
    Ok(Output::table(t))
}

fn bar(ctx: &Ctx, len: u64, template: &str) -> ProgressBar {
    if !ctx.progress {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style.progress_chars("=> "));
    }
    pb
}

async fn update(
    client: &Client,
    image: &str,
    targets: &[String],
    ctx: &Ctx,
) -> Result<Output, CliError> {
    let service = client.service_root().await?.update_service().await?;
    let target_ids: Vec<ODataId> = targets.iter().map(|t| ODataId::new(t.as_str())).collect();
    let (how, resp) = if image.contains("://") {
        let mut req = SimpleUpdateRequest::default().with_image_uri(image);
        if !targets.is_empty() {
            req = req.with_targets(targets.to_vec());
        }
        ("SimpleUpdate", service.simple_update(&req).await?)
    } else {
        let path = Path::new(image);
        let size = std::fs::metadata(path)
            .map_err(|e| CliError::Usage(format!("{image}: {e}")))?
            .len();
        let pb = bar(
            ctx,
            size,
            "{msg:>10} [{bar:40}] {bytes}/{total_bytes} {bytes_per_sec}",
        );
        pb.set_message("uploading");
        pb.enable_steady_tick(Duration::from_millis(200));
        let progress = pb.clone();
        let resp = service
            .push_update(path)
            .targets(&target_ids)
            .on_progress(move |sent, _| progress.set_position(sent))
            .send()
            .await;
        pb.finish_and_clear();
        ("multipart push", resp?)
    };
    let (task, messages) = follow(resp, ctx).await?;
    let mut text = format!("update by {how} of {image}: done");
    if let Some(t) = &task {
        text.push_str(&format!(" (task {t})"));
    }
    for m in &messages {
        text.push_str(&format!("\n  {m}"));
    }
    Ok(Output::text(
        text,
        json!({ "image": image, "method": how, "task": task, "state": "Completed", "messages": messages }),
    ))
}

/// Follows the task of an update with a progress bar; the task URI and its messages.
pub async fn follow(
    resp: ActionResponse,
    ctx: &Ctx,
) -> Result<(Option<String>, Vec<String>), CliError> {
    let ActionResponse::Task(task) = resp else {
        return Ok((None, Vec::new()));
    };
    let uri = task.uri().to_string();
    let pb = bar(ctx, 100, "{msg:>10} [{bar:40}] {pos}%");
    pb.set_message("task");
    let outcome = task
        .wait_with_progress(|t| {
            let pct = t.percent_complete.unwrap_or(0).clamp(0, 100);
            pb.set_position(u64::try_from(pct).unwrap_or(0));
            if let Some(state) = &t.task_state {
                pb.set_message(state.as_str().to_owned());
            }
        })
        .await;
    pb.finish_and_clear();
    let outcome = outcome?;
    let messages = outcome
        .task
        .and_then(|t| t.messages)
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect();
    Ok((Some(uri), messages))
}
