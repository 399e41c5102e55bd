//! Fleet mode (`--hosts FILE`): the same command against every host through
//! `redfish_client::Fleet`, one progress bar, a per-host report; exit 4 when some failed.

use std::io::Write;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use redfish_client::Fleet;
use serde_json::{Value, json};

use crate::args::{Cli, Command};
use crate::commands::{self, Ctx};
use crate::config::Config;
use crate::connect;
use crate::error::CliError;
use crate::output::{self, Human, Output, Table};

/// The hosts of the file: one URL or profile name per line; blank lines and `#` comments
/// skipped.
pub fn parse_hosts(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Runs the command on every host of `--hosts`.
pub async fn run(cli: &Cli) -> Result<(), CliError> {
    let Some(file) = &cli.conn.hosts else {
        return Err(CliError::Usage("--hosts FILE is required".into()));
    };
    match &cli.command {
        Command::Tree { save: Some(_), .. } => {
            return Err(CliError::Usage(
                "tree --save records one service: run it per host".into(),
            ));
        }
        Command::Events { .. } => {
            return Err(CliError::Usage(
                "events watch follows one service: run it per host".into(),
            ));
        }
        _ => {}
    }
    let text = std::fs::read_to_string(file)
        .map_err(|e| CliError::Usage(format!("{}: {e}", file.display())))?;
    let hosts = parse_hosts(&text);
    if hosts.is_empty() {
        return Err(CliError::Usage(format!("{}: no hosts", file.display())));
    }
    let (config, cfg_file) = Config::load(cli.conn.config.as_deref())?;
    let endpoints = hosts
        .iter()
        .map(|h| connect::endpoint(&cli.conn, &config, cfg_file.as_deref(), Some(h), None))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(ep) = endpoints.iter().find(|e| e.user.is_none()) {
        return Err(CliError::Usage(format!(
            "{}: no user: use --user or profiles with `user`",
            ep.url
        )));
    }
    let password = connect::password(
        endpoints[0].user.as_deref().unwrap_or_default(),
        &format!("the {} hosts of {}", hosts.len(), file.display()),
    )?;
    connect::warn_insecure(&cli.conn);
    let builders = endpoints
        .iter()
        .map(|ep| connect::builder(ep, &password, &cli.conn))
        .collect::<Result<Vec<_>, _>>()?;

    let total = builders.len();
    let pb = if cli.out.quiet {
        ProgressBar::hidden()
    } else {
        let pb = ProgressBar::new(u64::try_from(total).unwrap_or(u64::MAX));
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} hosts {msg}") {
            pb.set_style(style.progress_chars("=> "));
        }
        pb
    };
    let bar = pb.clone();
    let ctx = Ctx {
        session_password: commands::SessionPassword(password.as_str().into()),
        progress: false,
        json: true,
        jsonl: false,
        quiet: true,
    };
    let command = &cli.command;
    let report = Fleet::new()
        .concurrency(cli.conn.concurrency.max(1))
        .timeout(Duration::from_secs(
            cli.conn.timeout.max(1).saturating_mul(10),
        ))
        .on_progress(move |p| {
            bar.set_position(u64::try_from(p.done).unwrap_or(u64::MAX));
            if p.failed > 0 {
                bar.set_message(format!("({} failed)", p.failed));
            }
        })
        .run(builders, |client| {
            let ctx = ctx.clone();
            async move { commands::run(command, &client, &ctx).await }
        })
        .await;
    pb.finish_and_clear();

    let failed = report.failures().count();
    let entries: Vec<(String, String, Result<Output, CliError>)> = report
        .results
        .into_iter()
        .map(|r| (r.host, r.base_url, r.result))
        .collect();
    print_report(&entries, cli)?;
    if failed > 0 {
        return Err(CliError::Partial { failed, total });
    }
    Ok(())
}

fn host_json(host: &str, url: &str, r: &Result<Output, CliError>) -> Value {
    match r {
        Ok(out) => json!({ "host": host, "url": url, "ok": true, "result": out.json }),
        Err(e) => json!({ "host": host, "url": url, "ok": false, "error": e.to_json() }),
    }
}

fn print_report(
    entries: &[(String, String, Result<Output, CliError>)],
    cli: &Cli,
) -> Result<(), CliError> {
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    if cli.out.jsonl {
        for (host, url, r) in entries {
            writeln!(w, "{}", host_json(host, url, r))?;
        }
        return Ok(w.flush()?);
    }
    if cli.out.json {
        let hosts: Vec<Value> = entries.iter().map(|(h, u, r)| host_json(h, u, r)).collect();
        let failed = entries.iter().filter(|e| e.2.is_err()).count();
        let doc = json!({ "total": entries.len(), "failed": failed, "hosts": hosts });
        writeln!(w, "{}", output::pretty(&doc))?;
        return Ok(w.flush()?);
    }
    if cli.out.quiet {
        // Failures still go to stderr, one line each.
        for (host, _, r) in entries {
            if let Err(e) = r {
                eprintln!("{host}: {e}");
            }
        }
        return Ok(());
    }
    // Tables of the same shape are merged under a Host column.
    let tables: Vec<(&str, &Table)> = entries
        .iter()
        .filter_map(|(h, _, r)| match r {
            Ok(Output {
                human: Human::Table(t),
                ..
            }) => Some((h.as_str(), t)),
            _ => None,
        })
        .collect();
    if let Some((_, first)) = tables.first()
        && tables.iter().all(|(_, t)| t.columns == first.columns)
    {
        let mut cols = vec!["Host"];
        cols.extend(first.columns.iter().map(String::as_str));
        let mut merged = Table::new(&cols);
        for (host, t) in &tables {
            for row in &t.rows {
                let mut r = vec![json!(host)];
                r.extend(row.iter().cloned());
                merged.row(r);
            }
        }
        writeln!(w, "{}", merged.render())?;
    }
    let mut summary = Table::new(&["Host", "Result", "Detail"]);
    for (host, _, r) in entries {
        match r {
            Ok(out) => summary.row(vec![json!(host), json!("ok"), json!(out.summary())]),
            Err(e) => summary.row(vec![
                json!(host),
                json!(format!("failed (exit {})", e.exit_code())),
                json!(e.to_string()),
            ]),
        }
    }
    writeln!(w, "{}", summary.render())?;
    // Text outputs (reports) are shown per host after the summary.
    for (host, _, r) in entries {
        if let Ok(Output {
            human: Human::Text(t),
            ..
        }) = r
            && t.lines().count() > 1
        {
            writeln!(w, "== {host}\n{t}")?;
        }
    }
    Ok(w.flush()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_file_skips_comments_and_blanks() {
        let h = parse_hosts("# lab\nhttps://a\n\n  lab2  # profile\n#x\n");
        assert_eq!(h, vec!["https://a", "lab2"]);
    }
}
