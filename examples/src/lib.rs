//! Shared helpers of the examples: command-line connection options, the embedded emulator
//! when no `--url` is given, and a logout that always runs.

use std::error::Error as StdError;
use std::process::ExitCode;

use redfish_client::Client;
use redfish_emulator::{Emulator, RunningEmulator, Scenario};

/// A boxed error for the examples' `main`.
pub type BoxError = Box<dyn StdError + Send + Sync>;

/// How to reach the service. Without `--url` an embedded emulator is started.
#[derive(Debug, clap::Args)]
pub struct ConnectArgs {
    /// Base URL of the service, e.g. https://10.0.0.5 (default: start an embedded emulator).
    #[arg(long, env = "REDFISH_URL")]
    pub url: Option<String>,
    /// User name.
    #[arg(long, env = "REDFISH_USERNAME", default_value = "admin")]
    pub user: String,
    /// Password (prefer the environment variable: command lines are visible to other users).
    #[arg(long, env = "REDFISH_PASSWORD", hide_env_values = true)]
    pub password: Option<String>,
    /// Trust this CA (or self-signed certificate) PEM file in addition to the system roots.
    #[arg(long)]
    pub ca_cert: Option<std::path::PathBuf>,
    /// Trust only the server certificate with this SHA-256 fingerprint (hex, ':' allowed).
    #[arg(long)]
    pub pin: Option<String>,
    /// Accept any server certificate (DANGEROUS: anyone on the path can read the password).
    #[arg(long)]
    pub insecure: bool,
}

/// A connected client, and the embedded emulator serving it when there is one.
#[derive(Debug)]
pub struct Target {
    /// The client.
    pub client: Client,
    emulator: Option<RunningEmulator>,
}

impl Target {
    /// `true` when talking to the embedded emulator.
    pub fn is_emulated(&self) -> bool {
        self.emulator.is_some()
    }

    /// Logs out (always, whatever `result` is), stops the emulator and turns `result` into
    /// an exit code, printing the error chain on failure.
    pub async fn finish<T>(self, result: Result<T, BoxError>) -> ExitCode {
        let logout = self.client.logout().await;
        if let Some(emu) = self.emulator {
            emu.shutdown().await;
        }
        let mut code = ExitCode::SUCCESS;
        if let Err(e) = result {
            print_error(e.as_ref());
            code = ExitCode::FAILURE;
        }
        if let Err(e) = logout {
            eprint!("logout failed: ");
            print_error(&e);
            code = ExitCode::FAILURE;
        }
        code
    }
}

/// Prints an error and its sources.
pub fn print_error(e: &(dyn StdError + 'static)) {
    eprintln!("error: {e}");
    let mut source = e.source();
    while let Some(s) = source {
        eprintln!("  caused by: {s}");
        source = s.source();
    }
}

/// Builds the client from the arguments, starting the emulator with `scenario` when no URL
/// was given (its certificate is then trusted as a CA).
///
/// # Errors
///
/// Invalid arguments, or the emulator failing to start.
pub async fn connect(args: &ConnectArgs, scenario: Scenario) -> Result<Target, BoxError> {
    let (url, password, emulator) = match &args.url {
        Some(url) => {
            let password = args
                .password
                .clone()
                .ok_or("--password or REDFISH_PASSWORD is required with --url")?;
            (url.clone(), password, None)
        }
        None => {
            let emu = Emulator::builder()
                .scenario(scenario)
                .time_scale(0.05)
                .start()
                .await?;
            eprintln!("using the embedded emulator at {}", emu.base_url());
            let password = args
                .password
                .clone()
                .unwrap_or_else(|| redfish_emulator::DEFAULT_ADMIN.password.to_owned());
            (emu.base_url().to_string(), password, Some(emu))
        }
    };
    let mut builder = Client::builder(&url).credentials(&args.user, password);
    if let Some(emu) = &emulator {
        builder = builder.add_root_certificate_pem(emu.certificate_pem());
    }
    if let Some(path) = &args.ca_cert {
        let pem = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        builder = builder.add_root_certificate_pem(pem);
    }
    if let Some(pin) = &args.pin {
        builder = builder.pin_certificate_sha256(pin)?;
    }
    if args.insecure {
        eprintln!("WARNING: --insecure: the server certificate is not verified");
        builder = builder.danger_accept_invalid_certs();
    }
    let client = builder.build()?;
    Ok(Target { client, emulator })
}
