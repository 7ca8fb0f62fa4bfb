//! `verify`: recomputes the audit log's hash chain and Merkle root and names the first entry that
//! was altered, removed or reordered; with `--export FILE`, also checks that the export's stamp is
//! the root of the log's first entries and that its records are the record those entries
//! describe. Exits 1 when anything does not hold.

use std::path::Path;

use anyhow::{Context, bail};
use store::Store;

/// `crosscheck verify [--export FILE]`.
pub fn run(db: &Path, export: Option<&Path>) -> anyhow::Result<()> {
    let store = Store::open_existing(db)?;
    let report = store.audit_report()?;
    println!("audit log: {} entries checked", report.entries);
    println!("merkle root: {}", report.root);
    if let Some(problem) = report.problem {
        bail!("audit log: {}", problem.message);
    }
    println!("hash chain: ok");
    let Some(file) = export else {
        return Ok(());
    };
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {name}"))?;
    let dataset = interop::read_dataset(&name, &text)?;
    let checked = store.verify_export(&dataset)?;
    println!(
        "export {name}: taken at entry {} with root {}",
        checked.entries, checked.root
    );
    if let Some(problem) = checked.problem {
        bail!("{name}: {problem}");
    }
    println!(
        "export: ok ({} records match the log's first {} entries)",
        checked.records, checked.entries
    );
    Ok(())
}
