//! The built-in demo data: every incident, source, claim, ceasefire, talks round and statement
//! of the December 2025 ACSTD report on the Taliban–Pakistan escalation, compiled into the binary
//! (see `data/demo/README.md` for what it holds and where each fact comes from).

use anyhow::Context;
use model::Dataset;

/// The demo dataset's file, as shipped.
const DEMO_JSON: &str = include_str!("../../../data/demo/dataset.json");

/// The demo dataset, parsed and checked.
pub fn dataset() -> anyhow::Result<Dataset> {
    let dataset = interop::read_dataset("data/demo/dataset.json", DEMO_JSON)
        .context("the built-in demo data does not parse")?;
    dataset
        .check()
        .context("the built-in demo data breaks a rule")?;
    Ok(dataset)
}
