//! `backtest`: how the escalation index would have warned before past escalations, beside a naive
//! baseline (the week's incident count), on the record and on ACLED or UCDP history
//! (`docs/escalation.md`, section 6). It only reads.

use std::io::Write as _;
use std::path::Path;

use analysis::warning::backtest::{self, Backtest, WeekValues};
use analysis::warning::escalation::Formula;
use anyhow::bail;
use store::Store;

use super::escalation::series_of;
use super::history;

/// `crosscheck backtest [--acled FILE] [--ucdp FILE] [--json]`: the record in `db` when it
/// exists, and each history file given.
pub fn run(db: &Path, acled: Option<&Path>, ucdp: Option<&Path>, json: bool) -> anyhow::Result<()> {
    let mut results: Vec<Backtest> = Vec::new();
    let threshold = Formula::V1.threshold;
    if db.exists() || (acled.is_none() && ucdp.is_none()) {
        let dataset = Store::open_existing(db)?.export()?;
        let series = series_of(&dataset)?;
        let name = format!("the record in {}", db.display());
        results.push(backtest::run(
            &name,
            &WeekValues::of(&series),
            threshold,
            false,
        ));
    }
    let files = [("ACLED", acled), ("UCDP GED", ucdp)];
    for (format, path) in files {
        let Some(path) = path else { continue };
        let history = match format {
            "ACLED" => history::read_acled(path)?,
            _ => history::read_ucdp(path)?,
        };
        if history.dataset.incidents.is_empty() {
            bail!("{} holds no event that could be read", path.display());
        }
        let series = series_of(&history.dataset)?;
        let mut name = format!(
            "{format} history in {}: {} events",
            path.display(),
            history.dataset.incidents.len()
        );
        if history.skipped > 0 {
            name.push_str(&format!(" ({} rows skipped)", history.skipped));
        }
        results.push(backtest::run(
            &name,
            &WeekValues::of(&series),
            threshold,
            true,
        ));
    }
    let text = if json {
        format!("{}\n", serde_json::to_string_pretty(&results)?)
    } else {
        let tables: Vec<String> = results.iter().map(Backtest::table).collect();
        tables.join("\n")
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}
