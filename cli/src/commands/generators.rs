//! `completions SHELL` and `man`: generated from the clap definitions, no service needed.

use std::process::ExitCode;

use clap::CommandFactory;

use crate::args::{Cli, Command};

/// Runs a generator command; `None` for every other command.
pub fn run(cli: &Cli) -> Option<ExitCode> {
    let mut cmd = Cli::command();
    match &cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut cmd, "redfish", &mut std::io::stdout());
            Some(ExitCode::SUCCESS)
        }
        Command::Man => {
            let man = clap_mangen::Man::new(cmd);
            Some(match man.render(&mut std::io::stdout()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(1)
                }
            })
        }
        _ => None,
    }
}
