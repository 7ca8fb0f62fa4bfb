//! Checking an export against the audit log. The log holds every record after every write, so
//! the record as it stood after any entry can be rebuilt by replaying the log up to it. An export
//! carries the number of entries and the Merkle root of the log it was taken from; the check
//! recomputes that root over the log's first entries, rebuilds the record at that point, applies
//! the same redaction the export declares, and compares record by record.

use std::collections::BTreeMap;

use model::{Dataset, Source};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::access::Sight;
use crate::audit::{self, AuditEntry};
use crate::records::Record;
use crate::visibility::Visibility;

/// What checking an export found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ExportReport {
    /// Entries of the log the export says it was taken from.
    pub entries: u64,
    /// The Merkle root it carries.
    pub root: String,
    /// Records compared.
    pub records: u64,
    /// What does not hold, if anything: the first problem found.
    pub problem: Option<String>,
}

/// Rebuilds one collection from the log: the last `after` of each record, minus deleted ones.
fn replay_kind<R: Record + DeserializeOwned>(entries: &[AuditEntry]) -> Result<Vec<R>, String> {
    let mut records: BTreeMap<String, R> = BTreeMap::new();
    for entry in entries.iter().filter(|e| e.entity == R::ENTITY) {
        match entry.action.as_str() {
            "insert" | "update" | "restore" => {
                let after = entry.after.as_deref().unwrap_or("null");
                let record: R = serde_json::from_str(after).map_err(|e| {
                    format!(
                        "audit entry {} ({} {} {}) holds a record that does not read: {e}",
                        entry.seq, entry.action, entry.entity, entry.entity_id
                    )
                })?;
                records.insert(entry.entity_id.clone(), record);
            }
            "delete" | "merge" => {
                records.remove(&entry.entity_id);
            }
            _ => {}
        }
    }
    Ok(records.into_values().collect())
}

/// The live record after the given entries.
pub(crate) fn replay(entries: &[AuditEntry]) -> Result<Dataset, String> {
    let mut dataset = Dataset {
        actors: replay_kind(entries)?,
        sources: replay_kind::<Source>(entries)?,
        incidents: replay_kind(entries)?,
        claims: replay_kind(entries)?,
        ceasefires: replay_kind(entries)?,
        talks: replay_kind(entries)?,
        statements: replay_kind(entries)?,
        ..Dataset::default()
    };
    dataset.sort();
    Ok(dataset)
}

/// The first record that differs between two collections in id order, named.
fn first_difference<R: Record>(expected: &[R], found: &[R]) -> Option<String> {
    let expected: BTreeMap<&str, &R> = expected.iter().map(|r| (r.id(), r)).collect();
    let found: BTreeMap<&str, &R> = found.iter().map(|r| (r.id(), r)).collect();
    let mut ids: Vec<&str> = expected.keys().chain(found.keys()).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .find_map(|id| match (expected.get(id), found.get(id)) {
            (Some(_), None) => Some(format!(
                "{} {id} is missing from the export, though the log holds it",
                R::ENTITY
            )),
            (None, Some(_)) => Some(format!(
                "{} {id} is in the export but not in the record the log describes",
                R::ENTITY
            )),
            (Some(a), Some(b)) if a != b => Some(format!(
                "{} {id} differs from the record the log describes",
                R::ENTITY
            )),
            _ => None,
        })
}

/// Checks `export` against the log `entries`.
pub(crate) fn check_export(entries: &[AuditEntry], export: &Dataset) -> ExportReport {
    let mut report = ExportReport {
        entries: 0,
        root: String::new(),
        records: export.len() as u64,
        problem: None,
    };
    let Some(stamp) = &export.audit else {
        report.problem = Some(
            "the export carries no audit stamp (\"audit\": {\"entries\", \"root\"}); it was not written by `crosscheck export`".into(),
        );
        return report;
    };
    report.entries = stamp.entries;
    report.root.clone_from(&stamp.root);
    if let Some(problem) = audit::check_chain(entries) {
        report.problem = Some(format!(
            "the audit log itself does not verify: {}",
            problem.message
        ));
        return report;
    }
    let n = usize::try_from(stamp.entries).unwrap_or(usize::MAX);
    if n > entries.len() {
        report.problem = Some(format!(
            "the export was taken from a log of {n} entries, but this log holds only {}: entries were removed, or the export comes from another database",
            entries.len()
        ));
        return report;
    }
    let root = audit::root_of(entries, n);
    if root != stamp.root {
        report.problem = Some(format!(
            "the export's root {} is not the root of the first {n} entries of this log ({root})",
            stamp.root
        ));
        return report;
    }
    let sight = match Sight::from_redaction_name(stamp.redacted.as_deref()) {
        Ok(sight) => sight,
        Err(message) => {
            report.problem = Some(format!("audit.redacted: {message}"));
            return report;
        }
    };
    let rebuilt = match replay(&entries[..n]) {
        Ok(rebuilt) => rebuilt,
        Err(message) => {
            report.problem = Some(message);
            return report;
        }
    };
    let expected = Visibility::from_dataset(&rebuilt, sight).dataset(rebuilt);
    let mut found = export.clone();
    found.sort();
    report.problem = first_difference(&expected.actors, &found.actors)
        .or_else(|| first_difference(&expected.sources, &found.sources))
        .or_else(|| first_difference(&expected.incidents, &found.incidents))
        .or_else(|| first_difference(&expected.claims, &found.claims))
        .or_else(|| first_difference(&expected.ceasefires, &found.ceasefires))
        .or_else(|| first_difference(&expected.talks, &found.talks))
        .or_else(|| first_difference(&expected.statements, &found.statements));
    report
}
