//! `places search` and `places near`: the gazetteer from the command line, as JSON lines (the
//! contract is in docs/places.md).

use std::io::Write;

use model::Coordinates;
use places::{Context, Gazetteer, cli};

use crate::cli::PlacesCommand;

/// Runs a `places` subcommand.
pub fn run(command: PlacesCommand) -> anyhow::Result<()> {
    let gazetteer = Gazetteer::try_get()?;
    let lines = match command {
        PlacesCommand::Search {
            name,
            country,
            admin1,
        } => {
            let mut context = Context::new();
            if let Some(country) = country {
                context = context.country(country);
            }
            if let Some(admin1) = admin1 {
                context = context.admin1(admin1);
            }
            cli::search_lines(gazetteer, &name.join(" "), &context)
        }
        PlacesCommand::Near { lat, lon } => cli::near_lines(gazetteer, Coordinates::new(lat, lon)?),
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(lines.as_bytes())?;
    stdout.flush()?;
    Ok(())
}
