//! `redfish`: the command-line tool of redfish-rs. See `redfish --help` and the README.

mod args;
mod commands;
mod config;
mod connect;
mod error;
mod fleet;
mod output;
mod record;

use std::process::ExitCode;

use clap::Parser;

use crate::args::Cli;
use crate::error::CliError;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version on stdout with exit 0, usage errors on stderr
            // with exit 2: the documented codes.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    // Generators need no service, no runtime.
    if let Some(code) = commands::generators::run(&cli) {
        return code;
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let code = runtime.block_on(run(cli));
    // Background logouts of dropped clients get a moment; nothing else is left running.
    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
    code
}

async fn run(cli: Cli) -> ExitCode {
    let result = if cli.conn.hosts.is_some() {
        fleet::run(&cli).await
    } else {
        single(&cli).await
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            e.report(cli.out.json || cli.out.jsonl);
            ExitCode::from(e.exit_code())
        }
    }
}

/// One service: connect, run the command, print, log out (also after a failure).
async fn single(cli: &Cli) -> Result<(), CliError> {
    let target = connect::connect(&cli.conn).await?;
    let ctx = commands::Ctx {
        session_password: target.password.clone(),
        progress: !cli.out.quiet,
        json: cli.out.json,
        jsonl: cli.out.jsonl,
        quiet: cli.out.quiet,
    };
    let result = commands::run(&cli.command, &target.client, &ctx).await;
    let result = match result {
        Err(CliError::Check { output, message }) => match output::print(&output, &cli.out) {
            Ok(()) => Err(CliError::Failed(message)),
            Err(e) => Err(CliError::from(e)),
        },
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Ok(out) => match output::print(&out, &cli.out) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            r => r.map_err(CliError::from),
        },
        Err(e) => Err(e),
    };
    let logout = target.client.logout().await;
    if let Some(emu) = target.emulator {
        emu.shutdown().await;
    }
    result?;
    logout.map_err(CliError::from)
}
