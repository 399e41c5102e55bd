//! Pushes a firmware image to `UpdateService.MultipartHttpPushUri` with a progress bar,
//! then follows the update task to the end. With `--image-uri` it uses `SimpleUpdate`
//! (the service pulls the image) instead.
//!
//! ```text
//! cargo run -p redfish-examples --example firmware_update            # emulator, dummy image
//! cargo run -p redfish-examples --example firmware_update -- --url https://bmc --image fw.bin
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use redfish_client::model::ODataId;
use redfish_client::model::update_service::SimpleUpdateRequest;
use redfish_client::{ActionResponse, Client};
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};

#[derive(Debug, Parser)]
#[command(about = "Firmware update by multipart HTTP push (or SimpleUpdate)")]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// The image to push (default with the emulator: an 8 MiB dummy file).
    #[arg(long)]
    image: Option<PathBuf>,
    /// Use SimpleUpdate: the service downloads this URI itself.
    #[arg(long, conflicts_with = "image")]
    image_uri: Option<String>,
    /// Update only these targets (URIs from the FirmwareInventory); repeatable.
    #[arg(long = "target")]
    targets: Vec<String>,
}

fn bar(len: u64, template: &str) -> ProgressBar {
    let pb = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template(template) {
        pb.set_style(style.progress_chars("=> "));
    }
    pb
}

async fn follow(resp: ActionResponse) -> Result<(), BoxError> {
    match resp {
        ActionResponse::Completed(_) => println!("update accepted (no task)"),
        ActionResponse::Task(task) => {
            println!("task {}", task.uri());
            let pb = bar(100, "{msg:>12} [{bar:40}] {pos}%");
            let outcome = task
                .wait_with_progress(|t| {
                    let pct = t.percent_complete.unwrap_or(0).clamp(0, 100);
                    pb.set_position(u64::try_from(pct).unwrap_or(0));
                    pb.set_message(
                        t.task_state
                            .as_ref()
                            .map(|s| s.as_str().to_owned())
                            .unwrap_or_default(),
                    );
                })
                .await;
            pb.finish_and_clear();
            let outcome = outcome?;
            println!("update finished: HTTP {}", outcome.status);
            if let Some(task) = outcome.task {
                for m in task.messages.unwrap_or_default() {
                    println!("  {m}");
                }
            }
        }
        _ => println!("update accepted"),
    }
    Ok(())
}

async fn run(client: &Client, args: &Args, emulated: bool) -> Result<(), BoxError> {
    let root = client.service_root().await?;
    let update = root.update_service().await?;
    let targets: Vec<ODataId> = args
        .targets
        .iter()
        .map(|t| ODataId::new(t.as_str()))
        .collect();

    if let Some(uri) = &args.image_uri {
        let mut req = SimpleUpdateRequest::default().with_image_uri(uri.as_str());
        if !targets.is_empty() {
            req = req.with_targets(args.targets.clone());
        }
        return follow(update.simple_update(&req).await?).await;
    }

    let (path, temporary) = match (&args.image, emulated) {
        (Some(p), _) => (p.clone(), false),
        (None, true) => {
            let p =
                std::env::temp_dir().join(format!("redfish-example-fw-{}.bin", std::process::id()));
            std::fs::write(&p, vec![0xa5u8; 8 * 1024 * 1024])?;
            (p, true)
        }
        (None, false) => return Err("--image or --image-uri is required with --url".into()),
    };
    let size = std::fs::metadata(&path)?.len();
    let pb = bar(
        size,
        "{msg:>12} [{bar:40}] {bytes}/{total_bytes} {bytes_per_sec}",
    );
    pb.set_message("uploading");
    pb.enable_steady_tick(Duration::from_millis(200));
    let progress = pb.clone();
    let result = update
        .push_update(&path)
        .targets(&targets)
        .on_progress(move |sent, _total| progress.set_position(sent))
        .send()
        .await;
    pb.finish_and_clear();
    if temporary {
        std::fs::remove_file(&path).ok();
    }
    println!("uploaded {size} bytes from {}", path.display());
    follow(result?).await
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let target = match connect(&args.connect, Scenario::rack(2)).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client, &args, target.is_emulated()).await;
    target.finish(result).await
}
