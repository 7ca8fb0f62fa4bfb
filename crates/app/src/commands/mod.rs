//! One module per subcommand; [`run`] dispatches to them.

mod accounts;
mod alerts;
mod backtest;
mod bench;
mod data;
mod escalation;
pub mod eval;
mod explain;
pub mod extract;
mod history;
mod ingest;
mod interop;
mod places;
mod serve;
mod stats;
mod verify;
mod webhook;

use crate::cli::{Cli, Command, ExportFormat, ImportFormat};

/// Runs the subcommand the user asked for.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Demo { addr } => serve::demo(addr),
        Command::Init { demo } => data::init(&cli.db, demo),
        Command::Import {
            format: ImportFormat::Json,
            file,
            map: None,
            strict: _,
            publish: false,
        } => data::import(&cli.db, ImportFormat::Json, &file),
        Command::Import {
            format: ImportFormat::Json,
            publish: true,
            ..
        } => anyhow::bail!(
            "--publish is for acled, ucdp and csv files: a JSON dataset carries each incident's status"
        ),
        Command::Import {
            format,
            file,
            map,
            strict,
            publish,
        } => interop::import(&cli.db, format, &file, map.as_deref(), strict, publish).map(drop),
        Command::Export {
            format: ExportFormat::Json,
            output,
            filter,
        } => {
            interop::refuse_filter_for_json(&filter)?;
            data::export(&cli.db, ExportFormat::Json, output.as_deref())
        }
        Command::Export {
            format,
            output,
            filter,
        } => interop::export(&cli.db, format, output.as_deref(), &filter).map(drop),
        Command::Bench { command } => bench::run(command),
        Command::Stats { json } => stats::run(&cli.db, json),
        Command::Places { command } => places::run(command),
        Command::Serve {
            addr,
            secure_cookies,
        } => serve::serve(&cli.db, addr, secure_cookies),
        Command::User { action } => accounts::user(&cli.db, action),
        Command::Token { action } => accounts::token(&cli.db, action),
        Command::Verify { export } => verify::run(&cli.db, export.as_deref()),
        Command::Explain { incident, json } => explain::run(&cli.db, &incident, json),
        Command::Extract(args) => extract::run(&args),
        Command::Ingest { file } => ingest::run(&cli.db, &file),
        Command::Eval { command } => eval::run(command),
        Command::Escalation { json } => escalation::run(&cli.db, json),
        Command::Alerts { json } => alerts::run(&cli.db, json),
        Command::Backtest { acled, ucdp, json } => {
            backtest::run(&cli.db, acled.as_deref(), ucdp.as_deref(), json)
        }
        Command::Webhook { action } => webhook::run(&cli.db, action),
    }
}
