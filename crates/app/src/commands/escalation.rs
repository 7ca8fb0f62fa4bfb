//! `escalation`: the weekly escalation index of the record (`docs/escalation.md`), as a table of
//! the weeks with anything in them, or every week as JSON (`--json`). It only reads: `crosscheck
//! alerts` is what stores and delivers the alerts the index calls for.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use analysis::warning::FullRecord;
use analysis::warning::cities::Cities;
use analysis::warning::escalation::{self, CeasefireState, Series};
use analysis::warning::rhetoric::Lexicon;
use anyhow::Context;
use model::Dataset;
use store::Store;

/// The series of a whole record, with the compiled-in word list and city list.
pub fn series_of(dataset: &Dataset) -> anyhow::Result<Series> {
    let lexicon = Lexicon::english().context("the built-in rhetoric word list")?;
    let cities = Cities::major()
        .map_err(anyhow::Error::msg)
        .context("the built-in city list")?;
    Ok(escalation::of_record(
        &FullRecord::of(dataset),
        &lexicon,
        &cities,
    ))
}

/// The series as JSON: an array with one object per week, one week per line.
pub fn json_lines(series: &Series) -> anyhow::Result<String> {
    let weeks = series
        .weeks
        .iter()
        .map(serde_json::to_string)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(if weeks.is_empty() {
        "[]\n".to_owned()
    } else {
        format!("[\n{}\n]\n", weeks.join(",\n"))
    })
}

/// `crosscheck escalation [--json]`.
pub fn run(db: &Path, json: bool) -> anyhow::Result<()> {
    let dataset = Store::open_existing(db)?.export()?;
    let series = series_of(&dataset)?;
    let text = if json {
        json_lines(&series)?
    } else {
        table(&series)
    };
    // Written at once, so that a closed pipe (`| head`) is an error the caller ignores, not a panic.
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}

/// The weeks with a score above 0, one line each, with a bar.
fn table(series: &Series) -> String {
    let mut out = String::new();
    let f = &series.formula;
    let _ = writeln!(
        out,
        "Escalation index ({}): weekly score; alert at {} or more. Weeks with a score above 0:",
        f.name, f.threshold
    );
    let _ = writeln!(
        out,
        "week        score        incidents killed  civ.harm severity rhetoric  ceasefire"
    );
    let mut empty = 0;
    for w in &series.weeks {
        if w.score <= 0.0 {
            empty += 1;
            continue;
        }
        let c = &w.components;
        let bar = "█".repeat((w.score.min(30.0)).round() as usize);
        let _ = writeln!(
            out,
            "{:<10} {:>6.2}  {:<5} {:>9} {:>6} {:>9.2} {:>8} {:>8.1}  {:<9} {bar}",
            w.week.to_string(),
            w.score,
            if w.alert { "ALERT" } else { "" },
            c.incidents,
            c.killed,
            c.civilian_harm,
            c.severity,
            c.rhetoric,
            match c.ceasefire {
                CeasefireState::None => "",
                CeasefireState::Holding => "holding",
                CeasefireState::Broken => "broken",
            },
        );
    }
    let _ = writeln!(
        out,
        "{} weeks in all; {empty} scored 0 and are not shown (`--json` prints every week).",
        series.weeks.len()
    );
    out
}
