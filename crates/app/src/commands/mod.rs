//! One module per subcommand; [`run`] dispatches to them.

mod data;
mod explain;
mod serve;
mod stats;

use crate::cli::{Cli, Command};

/// Runs the subcommand the user asked for.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Demo { addr } => serve::demo(addr),
        Command::Init { demo } => data::init(&cli.db, demo),
        Command::Import { format, file } => data::import(&cli.db, format, &file),
        Command::Export { format, output } => data::export(&cli.db, format, output.as_deref()),
        Command::Stats { json } => stats::run(&cli.db, json),
        Command::Explain { incident, json } => explain::run(&cli.db, &incident, json),
        Command::Serve { addr } => serve::serve(&cli.db, addr),
    }
}
