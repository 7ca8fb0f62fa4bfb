//! `stats`: how many records of each kind the database holds.

use std::path::Path;

use store::Store;

/// `crosscheck stats [--json]`.
pub fn run(db: &Path, json: bool) -> anyhow::Result<()> {
    let counts = Store::open_existing(db)?.counts()?;
    if json {
        println!("{}", serde_json::to_string(&counts)?);
    } else {
        for (label, n) in [
            ("incidents", counts.incidents),
            ("  published", counts.published_incidents),
            ("sources", counts.sources),
            ("claims", counts.claims),
            ("actors", counts.actors),
            ("ceasefires", counts.ceasefires),
            ("talks", counts.talks),
            ("statements", counts.statements),
        ] {
            println!("{label:<12}{n:>8}");
        }
    }
    Ok(())
}
