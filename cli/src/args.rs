//! The command line (clap derive): the one definition that `--help`, the completions and
//! the man page are generated from.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Shown after `--help`: examples and the exit codes.
pub const AFTER_HELP: &str = "\
Examples:
  REDFISH_PASSWORD=... redfish --url https://bmc.example --user admin --pin AB:CD:... systems
  redfish --profile lab1 firmware update ./bmc-2.1.bin
  redfish --profile lab1 power restart --wait && redfish --profile lab1 events watch --jsonl
  redfish --profile rack7 bios set --system Node3 BootMode=Uefi --apply-time on-reset
  redfish --hosts racks.txt --concurrency 32 --jsonl managers
  redfish --emulator rack rack report
  redfish --profile lab1 tree --save ./lab1-capture     # then: redfish-emulator --mockup ./lab1-capture
  redfish completions bash > /etc/bash_completion.d/redfish

Connection: --url (or a --profile from $XDG_CONFIG_HOME/redfish/config.toml) or, for
trying things out, --emulator rack|ilo|mockup:DIR. The password is read from
REDFISH_PASSWORD or prompted for; it is never a command-line argument.

Exit codes:
  0  success
  1  the service refused or failed the request (or a check failed)
  2  usage error (bad arguments, missing --url/--profile, bad config file)
  3  TLS or authentication failure
  4  fleet mode (--hosts): some hosts failed, the others succeeded";

/// `redfish`: manage Redfish BMCs and rack managers, one host or a fleet.
#[derive(Debug, Parser)]
#[command(name = "redfish", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// How to reach the service(s).
    #[command(flatten)]
    pub conn: ConnArgs,
    /// How to print results.
    #[command(flatten)]
    pub out: OutArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Connection options (global: accepted before or after the command).
#[derive(Debug, Args)]
pub struct ConnArgs {
    /// Base URL of the service, e.g. https://10.0.0.5.
    #[arg(long, global = true, env = "REDFISH_URL", help_heading = "Connection")]
    pub url: Option<String>,
    /// User name (default: the profile's).
    #[arg(long, global = true, env = "REDFISH_USER", help_heading = "Connection")]
    pub user: Option<String>,
    /// A named profile of the config file (url, user, pin, ca).
    #[arg(
        long,
        global = true,
        env = "REDFISH_PROFILE",
        help_heading = "Connection"
    )]
    pub profile: Option<String>,
    /// The config file [default: $XDG_CONFIG_HOME/redfish/config.toml].
    #[arg(
        long,
        global = true,
        env = "REDFISH_CONFIG",
        help_heading = "Connection"
    )]
    pub config: Option<PathBuf>,
    /// Trust this CA (or self-signed certificate) PEM file in addition to the system roots.
    #[arg(long, global = true, value_name = "PEM", help_heading = "Connection")]
    pub ca_cert: Option<PathBuf>,
    /// Trust only the server certificate with this SHA-256 fingerprint (hex, ':' allowed).
    #[arg(
        long,
        global = true,
        value_name = "SHA256",
        help_heading = "Connection"
    )]
    pub pin: Option<String>,
    /// Accept any server certificate. INSECURE: anyone on the path can read the password.
    #[arg(long, global = true, help_heading = "Connection")]
    pub insecure: bool,
    /// Log in with a Redfish session (the default).
    #[arg(
        long,
        global = true,
        conflicts_with = "basic",
        help_heading = "Connection"
    )]
    pub session: bool,
    /// Use HTTP Basic authentication on every request instead of a session.
    #[arg(long, global = true, help_heading = "Connection")]
    pub basic: bool,
    /// Run against an embedded emulator: rack, ilo, ilo7 or mockup:DIR (for trying things
    /// out and for tests; never used unless asked for).
    #[arg(long, global = true, value_name = "SCENARIO", help_heading = "Connection",
          conflicts_with_all = ["url", "profile", "hosts"])]
    pub emulator: Option<String>,
    /// Request timeout in seconds.
    #[arg(
        long,
        global = true,
        default_value_t = 60,
        value_name = "SECS",
        help_heading = "Connection"
    )]
    pub timeout: u64,
    /// Fleet mode: run the command against every host of FILE (one URL or profile name per
    /// line; `#` comments).
    #[arg(long, global = true, value_name = "FILE", help_heading = "Fleet",
          conflicts_with_all = ["url", "profile"])]
    pub hosts: Option<PathBuf>,
    /// Fleet mode: hosts worked on at once.
    #[arg(
        long,
        global = true,
        default_value_t = 16,
        value_name = "N",
        help_heading = "Fleet"
    )]
    pub concurrency: usize,
}

/// Output options.
#[derive(Debug, Args)]
pub struct OutArgs {
    /// Print one JSON document instead of tables.
    #[arg(long, global = true, conflicts_with = "jsonl", help_heading = "Output")]
    pub json: bool,
    /// Print JSON lines: one per row, event or host.
    #[arg(long, global = true, help_heading = "Output")]
    pub jsonl: bool,
    /// Print nothing on success (errors still go to stderr); no progress bars.
    #[arg(short, long, global = true, help_heading = "Output")]
    pub quiet: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// GET a resource and print it.
    Get {
        /// Path on the service, e.g. /redfish/v1/Systems/1.
        path: String,
    },
    /// PATCH a resource (with If-Match of its current ETag).
    Patch {
        /// Path on the service.
        path: String,
        /// The JSON body, or @FILE.
        body: String,
    },
    /// POST a JSON body (to a collection or an action target).
    Post {
        /// Path on the service.
        path: String,
        /// The JSON body, or @FILE.
        body: String,
    },
    /// DELETE a resource.
    Delete {
        /// Path on the service.
        path: String,
    },
    /// Crawl every resource reachable from the service root; --save records it.
    Tree {
        /// Write every resource as DIR/redfish/v1/.../index.json (DMTF mockup layout),
        /// secrets removed, to be served by `redfish-emulator --mockup DIR`.
        #[arg(long, value_name = "DIR")]
        save: Option<PathBuf>,
        /// Stop after this many resources.
        #[arg(long, default_value_t = 20_000)]
        max: usize,
    },
    /// List the computer systems.
    Systems,
    /// List the chassis.
    Chassis,
    /// List the managers (BMCs, rack managers).
    Managers,
    /// Power a system on or off, restart or power-cycle it.
    Power {
        /// What to do.
        #[arg(value_enum)]
        action: PowerAction,
        /// Force it (ForceOff, ForceRestart) instead of a graceful shutdown or restart.
        #[arg(long)]
        force: bool,
        /// Wait until the system reports the expected power state.
        #[arg(long)]
        wait: bool,
        /// Longest wait with --wait, in seconds.
        #[arg(long, default_value_t = 300, value_name = "SECS")]
        wait_timeout: u64,
        /// The system (Id or URI; default: the only one).
        #[arg(long, value_name = "ID")]
        system: Option<String>,
    },
    /// Boot override: the next boot only, from this device.
    Boot {
        /// Boot once from this device.
        #[arg(long, value_enum, value_name = "DEVICE")]
        once: BootDevice,
        /// UEFI or legacy BIOS mode for that boot (default: the system's).
        #[arg(long, value_enum)]
        mode: Option<BootMode>,
        /// The system (Id or URI; default: the only one).
        #[arg(long, value_name = "ID")]
        system: Option<String>,
    },
    /// Virtual media: insert an image by URL, or eject.
    Media {
        /// What to do.
        #[command(subcommand)]
        cmd: MediaCmd,
    },
    /// BIOS attributes: read, or change with an apply time.
    Bios {
        /// What to do.
        #[command(subcommand)]
        cmd: BiosCmd,
    },
    /// User accounts (passwords from REDFISH_NEW_PASSWORD or a prompt).
    Accounts {
        /// What to do.
        #[command(subcommand)]
        cmd: AccountsCmd,
    },
    /// Sensor readings of every chassis (Sensors, else Thermal and Power).
    Sensors {
        /// Only this chassis (Id or URI).
        #[arg(long, value_name = "ID")]
        chassis: Option<String>,
    },
    /// Events of the service (Server-Sent Events).
    Events {
        /// What to do.
        #[command(subcommand)]
        cmd: EventsCmd,
    },
    /// Log services: list or clear entries.
    Logs {
        /// What to do.
        #[command(subcommand)]
        cmd: LogsCmd,
    },
    /// Firmware inventory and updates.
    Firmware {
        /// What to do.
        #[command(subcommand)]
        cmd: FirmwareCmd,
    },
    /// Certificates: list, CSR, install.
    Certs {
        /// What to do.
        #[command(subcommand)]
        cmd: CertsCmd,
    },
    /// HPE iLO extensions.
    Ilo {
        /// What to do.
        #[command(subcommand)]
        cmd: IloCmd,
    },
    /// OCP OpenRMC rack manager.
    Rack {
        /// What to do.
        #[command(subcommand)]
        cmd: RackCmd,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
}

/// `logs` subcommands.
#[derive(Debug, Subcommand)]
pub enum LogsCmd {
    /// List the entries of every log service (of managers, systems and chassis).
    List {
        /// Only entries created at or after this time (RFC 3339, e.g. 2026-01-31T00:00:00Z).
        #[arg(long, value_name = "TIME")]
        since: Option<String>,
        /// Only this log service (its Id or URI).
        #[arg(long, value_name = "ID")]
        service: Option<String>,
    },
    /// Clear log services (ClearLog action).
    Clear {
        /// Only this log service (its Id or URI); default: every log service with ClearLog.
        #[arg(long, value_name = "ID")]
        service: Option<String>,
    },
}

/// `firmware` subcommands.
#[derive(Debug, Subcommand)]
pub enum FirmwareCmd {
    /// The firmware inventory.
    List,
    /// Update from a local FILE (multipart push) or a URL the service downloads
    /// (SimpleUpdate); the task is followed with a progress bar.
    Update {
        /// An image file or an http(s)/ftp/... URL.
        image: String,
        /// Firmware inventory URIs to update (default: the service decides).
        #[arg(long = "target", value_name = "URI")]
        targets: Vec<String>,
    },
}

/// `certs` subcommands.
#[derive(Debug, Subcommand)]
pub enum CertsCmd {
    /// Every certificate of CertificateService.CertificateLocations.
    List,
    /// Generate a CSR (CertificateService.GenerateCSR) for a certificate collection.
    Csr {
        /// The certificate collection, e.g. /redfish/v1/Managers/1/NetworkProtocol/HTTPS/Certificates.
        #[arg(long, value_name = "URI")]
        collection: String,
        /// Subject common name.
        #[arg(long)]
        cn: String,
        /// Subject organization.
        #[arg(long, default_value = "")]
        org: String,
        /// Subject country (2 letters).
        #[arg(long, default_value = "US")]
        country: String,
        /// Subject state or province.
        #[arg(long, default_value = "")]
        state: String,
        /// Subject city.
        #[arg(long, default_value = "")]
        city: String,
        /// Key algorithm (e.g. TPM_ALG_RSA, TPM_ALG_ECDSA).
        #[arg(long)]
        key_algorithm: Option<String>,
        /// Key length in bits.
        #[arg(long)]
        key_bits: Option<i64>,
    },
    /// Install a PEM certificate: POST to a collection, or ReplaceCertificate of one.
    Install {
        /// The PEM file.
        file: PathBuf,
        /// The collection to add it to.
        #[arg(long, value_name = "URI", required_unless_present = "replace")]
        collection: Option<String>,
        /// The certificate to replace instead.
        #[arg(long, value_name = "URI", conflicts_with = "collection")]
        replace: Option<String>,
    },
}

/// `ilo` subcommands (HPE iLO).
#[derive(Debug, Subcommand)]
pub enum IloCmd {
    /// The security state, the values the iLO accepts, and optionally a change.
    SecurityState {
        /// Change to this state (Production, HighSecurity, FIPS...); the iLO resets.
        #[arg(long, value_name = "STATE")]
        set: Option<String>,
    },
    /// The TLS versions and weak-cipher setting.
    Tls,
    /// The HTTPS certificate.
    Cert,
    /// The DevID identity certificates (LDevID, IDevID, ...).
    Ldevid,
    /// The application accounts.
    AppAccounts,
}

/// `rack` subcommands (OCP OpenRMC).
#[derive(Debug, Subcommand)]
pub enum RackCmd {
    /// The whole-rack health / power / firmware report.
    Report {
        /// Nodes read at once (not `--concurrency`: that is fleet mode's hosts at once).
        #[arg(long, default_value_t = 8, value_name = "N")]
        parallel: usize,
    },
    /// Show or set the rack power limit.
    PowerLimit {
        /// Set the limit to this many watts.
        #[arg(long, value_name = "WATTS", conflicts_with = "off")]
        set: Option<f64>,
        /// Remove the limit.
        #[arg(long)]
        off: bool,
    },
    /// Reset nodes in batches through AggregationService.Reset.
    GroupReset {
        /// The reset type (On, ForceOff, GracefulRestart, ForceRestart, PowerCycle...).
        #[arg(long, default_value = "ForceRestart")]
        reset_type: String,
        /// Nodes per batch.
        #[arg(long)]
        batch_size: Option<u32>,
        /// Seconds between batches.
        #[arg(long)]
        delay: Option<u32>,
        /// Node system Ids or URIs (default: every node).
        nodes: Vec<String>,
    },
    /// Check the service against the OCP rack-manager profile (and its baseline).
    ProfileCheck {
        /// Print every check, not only failures and warnings.
        #[arg(long)]
        verbose: bool,
    },
}

/// `power` actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PowerAction {
    /// Power on.
    On,
    /// Shut down (graceful; --force: ForceOff).
    Off,
    /// Restart (graceful; --force: ForceRestart).
    Restart,
    /// Power cycle.
    Cycle,
}

/// `boot --once` devices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BootDevice {
    /// Network (PXE).
    Pxe,
    /// CD/DVD (virtual media included).
    Cd,
    /// Hard disk.
    Hdd,
    /// USB.
    Usb,
    /// The BIOS setup utility.
    Bios,
}

/// Boot modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BootMode {
    /// UEFI.
    Uefi,
    /// Legacy BIOS.
    Legacy,
}

/// `media` subcommands.
#[derive(Debug, Subcommand)]
pub enum MediaCmd {
    /// Insert an image the BMC downloads (http, https, nfs, cifs...).
    Insert {
        /// The image URL. (Not named `url`: that is the global --url.)
        #[arg(value_name = "URL")]
        image: String,
        /// The virtual media device (Id; default: the first CD/DVD one).
        #[arg(long, value_name = "ID")]
        device: Option<String>,
        /// The system whose (or whose manager's) virtual media to use.
        #[arg(long, value_name = "ID")]
        system: Option<String>,
    },
    /// Eject the image.
    Eject {
        /// The virtual media device (Id; default: the first CD/DVD one).
        #[arg(long, value_name = "ID")]
        device: Option<String>,
        /// The system whose (or whose manager's) virtual media to use.
        #[arg(long, value_name = "ID")]
        system: Option<String>,
    },
    /// List the virtual media devices.
    List {
        /// The system whose (or whose manager's) virtual media to list.
        #[arg(long, value_name = "ID")]
        system: Option<String>,
    },
}

/// When BIOS changes apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ApplyTime {
    /// At the next reset (the usual way).
    OnReset,
    /// At once.
    Immediate,
    /// At the start of the maintenance window.
    AtMaintenanceWindowStart,
    /// At a reset within the maintenance window.
    InMaintenanceWindowOnReset,
}

/// `bios` subcommands.
#[derive(Debug, Subcommand)]
pub enum BiosCmd {
    /// The current attributes (all, or the named ones), and the pending ones.
    Get {
        /// Attribute names.
        names: Vec<String>,
        /// The system (Id or URI; default: the only one).
        #[arg(long, value_name = "ID")]
        system: Option<String>,
    },
    /// Change attributes: NAME=VALUE...
    Set {
        /// NAME=VALUE pairs (values typed like the current value: number, true/false, text).
        #[arg(required = true, value_name = "NAME=VALUE")]
        assignments: Vec<String>,
        /// When the change applies.
        #[arg(long, value_enum, default_value = "on-reset")]
        apply_time: ApplyTime,
        /// The system (Id or URI; default: the only one).
        #[arg(long, value_name = "ID")]
        system: Option<String>,
    },
}

/// `accounts` subcommands.
#[derive(Debug, Subcommand)]
pub enum AccountsCmd {
    /// The accounts.
    List,
    /// Create an account (password from REDFISH_NEW_PASSWORD or a prompt).
    Add {
        /// User name.
        name: String,
        /// Role: Administrator, Operator, ReadOnly or a custom role.
        #[arg(long, default_value = "ReadOnly")]
        role: String,
    },
    /// Change the password of an account (from REDFISH_NEW_PASSWORD or a prompt).
    Passwd {
        /// User name.
        name: String,
    },
    /// Delete an account.
    Delete {
        /// User name.
        name: String,
    },
}

/// `events` subcommands.
#[derive(Debug, Subcommand)]
pub enum EventsCmd {
    /// Print events as they arrive (--jsonl: one JSON object per event record).
    Watch {
        /// Stop after this many event records.
        #[arg(long, value_name = "N")]
        count: Option<usize>,
        /// Stop after this many seconds.
        #[arg(long, value_name = "SECS")]
        duration: Option<u64>,
        /// Only messages of this registry (e.g. ResourceEvent).
        #[arg(long, value_name = "PREFIX")]
        registry: Option<String>,
        /// Only events about this resource and below it.
        #[arg(long, value_name = "URI")]
        origin: Option<String>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    /// A subcommand argument named like a global one would silently take its value.
    #[test]
    fn no_subcommand_argument_shadows_a_global_one() {
        let root = Cli::command();
        let globals: Vec<String> = root
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| a.get_id().to_string())
            .collect();
        fn walk(cmd: &clap::Command, globals: &[String], path: &str) {
            for sub in cmd.get_subcommands() {
                let p = format!("{path} {}", sub.get_name());
                for a in sub.get_arguments() {
                    let id = a.get_id().to_string();
                    assert!(
                        a.is_global_set() || !globals.contains(&id),
                        "`{p}` argument `{id}` shadows the global one"
                    );
                }
                walk(sub, globals, &p);
            }
        }
        walk(&root, &globals, "redfish");
    }
}
