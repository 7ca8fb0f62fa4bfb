//! `init`, `import` and `export`: moving records into and out of the database.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use store::{Store, StoreError};

use crate::cli::{ExportFormat, ImportFormat};
use crate::demo;

/// `crosscheck init [--demo]`: creates a new database, refusing to touch an existing file.
pub fn init(db: &Path, with_demo: bool) -> anyhow::Result<()> {
    if db.exists() {
        bail!(
            "{} already exists; choose another --db path or remove the file first",
            db.display()
        );
    }
    let mut store = Store::open(db)?;
    if with_demo {
        let summary = store.import(&demo::dataset()?, "crosscheck init --demo")?;
        println!(
            "created {} with the demo data ({} records)",
            db.display(),
            summary.inserted
        );
    } else {
        println!("created {}", db.display());
    }
    Ok(())
}

/// `crosscheck import json FILE`: reads the whole file, checks it against itself and the
/// database, and imports it in one transaction — or refuses it, leaving the database untouched.
pub fn import(db: &Path, format: ImportFormat, file: &Path) -> anyhow::Result<()> {
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {name}"))?;
    match format {
        ImportFormat::Json => {
            let dataset = interop::read_dataset(&name, &text)?;
            let mut store = Store::open(db)?;
            let summary = match store.import(&dataset, &format!("crosscheck import json {name}")) {
                Ok(summary) => summary,
                Err(StoreError::Invalid(error)) => {
                    return Err(interop::ReadError::from_dataset_error(&name, &text, error).into());
                }
                Err(other) => return Err(other.into()),
            };
            println!(
                "imported {name}: {} inserted, {} updated, {} unchanged",
                summary.inserted, summary.updated, summary.unchanged
            );
        }
        other => bail!("{other:?} files are imported row by row (commands::interop)"),
    }
    Ok(())
}

/// `crosscheck export json [-o FILE]`: writes the whole record, stamped with the size and Merkle
/// root of the audit log it was taken from (`crosscheck verify --export` checks it later). A file
/// is written beside its destination and renamed into place, so a failed export never leaves half
/// a file.
pub fn export(db: &Path, format: ExportFormat, output: Option<&Path>) -> anyhow::Result<()> {
    let store = Store::open_existing(db)?;
    let text = match format {
        ExportFormat::Json => interop::write_dataset(
            &store.export_stamped(&store::Principal::local("crosscheck export json"))?,
        ),
        other => bail!("{other:?} is exported page by page (commands::interop)"),
    };
    match output {
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(text.as_bytes())?;
            stdout.flush()?;
        }
        Some(path) => write_atomically(path, text.as_bytes())?,
    }
    Ok(())
}

/// Writes `bytes` to a temporary file next to `path` and renames it over `path`.
fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
