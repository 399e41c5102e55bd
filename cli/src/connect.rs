//! From the connection options (and a profile) to a client; the embedded emulator only
//! when `--emulator` asks for it.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use redfish_client::{AuthMode, Client, ClientBuilder};
use redfish_emulator::{Emulator, RunningEmulator, Scenario};

use crate::args::ConnArgs;
use crate::commands::SessionPassword;
use crate::config::{AuthKind, Config};
use crate::error::CliError;

/// Where and how to connect, after merging the options and a profile.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// Base URL.
    pub url: String,
    /// User name.
    pub user: Option<String>,
    /// Certificate pin.
    pub pin: Option<String>,
    /// CA file.
    pub ca: Option<PathBuf>,
    /// Session or Basic.
    pub auth: AuthMode,
}

/// A client, and the emulator serving it when `--emulator` was given.
#[derive(Debug)]
pub struct Target {
    /// The client.
    pub client: Client,
    /// The embedded emulator, stopped after the command.
    pub emulator: Option<RunningEmulator>,
    /// The password the client logs in with.
    pub password: SessionPassword,
}

/// The endpoint of one host: a URL or a profile name (fleet files hold either).
pub fn endpoint(
    conn: &ConnArgs,
    config: &Config,
    file: Option<&Path>,
    url_or_profile: Option<&str>,
    profile: Option<&str>,
) -> Result<Endpoint, CliError> {
    let from_profile = match (url_or_profile, profile) {
        (Some(u), _) if u.contains("://") => None,
        (Some(name), _) => Some(config.profile(name, file)?),
        (None, Some(name)) => Some(config.profile(name, file)?),
        (None, None) => None,
    };
    let url = match (&from_profile, url_or_profile) {
        (Some(p), _) => p.url.clone(),
        (None, Some(u)) => u.to_owned(),
        (None, None) => {
            return Err(CliError::Usage(
                "no service given: use --url URL, --profile NAME or --hosts FILE \
                 (or --emulator rack|ilo|mockup:DIR to try the tool on an embedded emulator)"
                    .into(),
            ));
        }
    };
    let p = from_profile.unwrap_or_default();
    let auth = if conn.basic || (!conn.session && p.auth == Some(AuthKind::Basic)) {
        AuthMode::Basic
    } else {
        AuthMode::Session
    };
    Ok(Endpoint {
        url,
        user: conn.user.clone().or(p.user),
        pin: conn.pin.clone().or(p.pin),
        ca: conn.ca_cert.clone().or(p.ca),
        auth,
    })
}

/// The password: `REDFISH_PASSWORD`, else a prompt on the terminal; never an argument.
pub fn password(user: &str, what: &str) -> Result<String, CliError> {
    if let Ok(p) = std::env::var("REDFISH_PASSWORD") {
        return Ok(p);
    }
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password(format!("Password for {user} at {what}: "))
            .map_err(|e| CliError::Usage(format!("cannot read the password: {e}")));
    }
    Err(CliError::Usage(
        "no password: set REDFISH_PASSWORD or run in a terminal to be prompted".into(),
    ))
}

/// Prints the `--insecure` warning once.
pub fn warn_insecure(conn: &ConnArgs) {
    if conn.insecure {
        eprintln!(
            "warning: --insecure: the server certificate is NOT verified; anyone on the network path can read the password"
        );
    }
}

/// A client builder for `ep` with `password`.
pub fn builder(ep: &Endpoint, password: &str, conn: &ConnArgs) -> Result<ClientBuilder, CliError> {
    let user = ep
        .user
        .as_deref()
        .ok_or_else(|| CliError::Usage("no user: use --user or a profile with `user`".into()))?;
    let mut b = Client::builder(&ep.url)
        .credentials(user, password)
        .auth_mode(ep.auth)
        .timeout(Duration::from_secs(conn.timeout.max(1)))
        .user_agent(concat!("redfish-cli/", env!("CARGO_PKG_VERSION")));
    if let Some(ca) = &ep.ca {
        let pem =
            std::fs::read(ca).map_err(|e| CliError::Usage(format!("{}: {e}", ca.display())))?;
        b = b.add_root_certificate_pem(pem);
    }
    if let Some(pin) = &ep.pin {
        b = b
            .pin_certificate_sha256(pin)
            .map_err(|e| CliError::Usage(format!("--pin: {e}")))?;
    }
    if conn.insecure {
        b = b.danger_accept_invalid_certs();
    }
    Ok(b)
}

/// The scenario named by `--emulator`.
fn scenario(spec: &str) -> Result<Scenario, CliError> {
    let (kind, arg) = spec.split_once(':').unwrap_or((spec, ""));
    match (kind, arg) {
        ("rack", "") => Ok(Scenario::rack(4)),
        ("rack", n) => n
            .parse()
            .map(Scenario::rack)
            .map_err(|_| CliError::Usage(format!("--emulator rack:N: `{n}` is not a number"))),
        ("ilo", "") => Ok(Scenario::ilo()),
        ("ilo7", "") => Ok(Scenario::ilo7()),
        ("mockup", dir) if !dir.is_empty() => {
            if !Path::new(dir).exists() {
                return Err(CliError::Usage(format!(
                    "--emulator mockup:{dir}: no such directory"
                )));
            }
            Ok(Scenario::mockup(dir))
        }
        _ => Err(CliError::Usage(format!(
            "--emulator {spec}: expected rack, rack:N, ilo, ilo7 or mockup:DIR"
        ))),
    }
}

/// The client of a single-host command.
pub async fn connect(conn: &ConnArgs) -> Result<Target, CliError> {
    if let Some(spec) = &conn.emulator {
        let emu = Emulator::builder()
            .scenario(scenario(spec)?)
            // Tasks, resets and CSR generation finish in milliseconds.
            .time_scale(0.01)
            .start()
            .await
            .map_err(|e| CliError::Failed(format!("cannot start the emulator: {e}")))?;
        let user = conn
            .user
            .clone()
            .unwrap_or_else(|| redfish_emulator::DEFAULT_ADMIN.user.to_owned());
        let password = std::env::var("REDFISH_PASSWORD")
            .unwrap_or_else(|_| redfish_emulator::DEFAULT_ADMIN.password.to_owned());
        let auth = if conn.basic {
            AuthMode::Basic
        } else {
            AuthMode::Session
        };
        let client = Client::builder(emu.base_url().as_str())
            .credentials(user, password.as_str())
            .auth_mode(auth)
            .add_root_certificate_pem(emu.certificate_pem())
            .build()?;
        return Ok(Target {
            client,
            emulator: Some(emu),
            password: SessionPassword(password.into()),
        });
    }
    let (config, file) = Config::load(conn.config.as_deref())?;
    let ep = endpoint(
        conn,
        &config,
        file.as_deref(),
        conn.url.as_deref(),
        conn.profile.as_deref(),
    )?;
    let user = ep
        .user
        .clone()
        .ok_or_else(|| CliError::Usage("no user: use --user or a profile with `user`".into()))?;
    let password = password(&user, &ep.url)?;
    warn_insecure(conn);
    let client = builder(&ep, &password, conn)?.build()?;
    Ok(Target {
        client,
        emulator: None,
        password: SessionPassword(password.into()),
    })
}
