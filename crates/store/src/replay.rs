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

/// The records bulk imports wrote (their batch entries hold a digest of each row, not the records),
/// as the database holds them, each checked against the digest the log committed to. A row a
/// later ordinary entry rewrote is left to the replay. `load` reads an incident's records from the
/// database by the ids the entry lists.
pub(crate) type BulkLoader<'a> =
    &'a dyn Fn(
        &crate::bulk::LoggedRow,
    ) -> Result<(model::Incident, Vec<model::Claim>, Vec<Source>), String>;

fn add_bulk_rows(
    entries: &[AuditEntry],
    rebuilt: &mut Dataset,
    load: BulkLoader<'_>,
) -> Result<(), String> {
    use std::collections::HashMap;
    // The last bulk row for each incident, unless an ordinary entry wrote the incident after it.
    let mut last: HashMap<String, (u64, crate::bulk::LoggedRow)> = HashMap::new();
    let mut ordinary: HashMap<(String, String), u64> = HashMap::new();
    for entry in entries {
        if entry.action == "bulk_import" {
            for row in crate::bulk::logged_rows(entry.after.as_deref()) {
                last.insert(row.1.clone(), (entry.seq, row));
            }
        } else {
            ordinary.insert((entry.entity.clone(), entry.entity_id.clone()), entry.seq);
        }
    }
    let mut rows: Vec<(u64, crate::bulk::LoggedRow)> = last.into_values().collect();
    rows.sort_by(|a, b| a.1.1.cmp(&b.1.1));
    for (seq, row) in rows {
        let later = |entity: &str, id: &str| {
            ordinary
                .get(&(entity.to_owned(), id.to_owned()))
                .is_some_and(|s| *s > seq)
        };
        let (incident, claims, sources) = load(&row)?;
        if crate::bulk::row_digest(&incident, &claims, &sources) != row.4 {
            return Err(format!(
                "incident {} is not what the bulk import logged at entry {seq} (its records' digest differs): altered since",
                row.1
            ));
        }
        if !later("incident", &row.1) && !rebuilt.incidents.iter().any(|i| i.id == incident.id) {
            rebuilt.incidents.push(incident);
        }
        for claim in claims {
            if !later("claim", &claim.id) && !rebuilt.claims.iter().any(|c| c.id == claim.id) {
                rebuilt.claims.push(claim);
            }
        }
        for source in sources {
            if !later("source", &source.id) && !rebuilt.sources.iter().any(|s| s.id == source.id) {
                rebuilt.sources.push(source);
            }
        }
    }
    rebuilt.sort();
    Ok(())
}

/// Checks `export` against the log `entries`.
pub(crate) fn check_export(
    entries: &[AuditEntry],
    export: &Dataset,
    bulk: BulkLoader<'_>,
) -> ExportReport {
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
    let mut rebuilt = match replay(&entries[..n]) {
        Ok(rebuilt) => rebuilt,
        Err(message) => {
            report.problem = Some(message);
            return report;
        }
    };
    if let Err(message) = add_bulk_rows(&entries[..n], &mut rebuilt, bulk) {
        report.problem = Some(message);
        return report;
    }
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
