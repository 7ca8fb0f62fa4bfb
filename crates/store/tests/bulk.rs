//! Bulk import (batched, one audit entry per batch committing to each row's digest) and paged
//! export.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use model::{Dataset, IncidentId};
use store::{
    BulkDecision, BulkRecord, FileStamp, IncidentFilter, PreparedRecord, Store, row_digest,
};

const SAMPLE: &str = include_str!("fixtures/sample.json");

/// The sample's incidents as bulk rows, each with its claims and their sources.
fn rows() -> (Dataset, Vec<BulkRecord>) {
    let dataset = interop::read_dataset("sample.json", SAMPLE).unwrap();
    let rows = dataset
        .incidents
        .iter()
        .map(|incident| {
            let claims: Vec<_> = dataset
                .claims
                .iter()
                .filter(|c| c.incident == incident.id)
                .cloned()
                .collect();
            let sources = dataset
                .sources
                .iter()
                .filter(|s| claims.iter().any(|c| c.source == s.id))
                .cloned()
                .collect();
            BulkRecord {
                incident: incident.clone(),
                sources,
                claims,
            }
        })
        .collect();
    (dataset, rows)
}

fn stamp() -> FileStamp {
    FileStamp {
        name: "sample.csv".into(),
        sha256: "ab".repeat(32),
    }
}

fn insert_or_keep(
    row: &BulkRecord,
    existing: Option<(&model::Incident, &[model::Claim])>,
) -> BulkDecision {
    match existing {
        None => BulkDecision::Insert,
        Some((stored, _)) if *stored == row.incident => BulkDecision::Unchanged,
        Some(_) => BulkDecision::Update(Box::new(row.clone())),
    }
}

fn prepared(rows: &[BulkRecord]) -> Vec<PreparedRecord> {
    rows.iter()
        .cloned()
        .map(|r| PreparedRecord::new(r).unwrap())
        .collect()
}

#[test]
fn batches_write_the_rows_and_log_one_entry_each() {
    let (dataset, rows) = rows();
    let mut store = Store::open_in_memory().unwrap();
    let mut import = store.bulk_import("test", stamp(), false).unwrap();
    let (first, second) = rows.split_at(1);
    let summary = import
        .write_batch(&dataset.actors, &prepared(first), insert_or_keep)
        .unwrap();
    assert_eq!(summary.inserted, 1);
    import
        .write_batch(&dataset.actors, &prepared(second), insert_or_keep)
        .unwrap();
    let total = import.finish().unwrap();
    assert_eq!(total.inserted as usize, rows.len());
    for row in &rows {
        assert_eq!(
            store.incident(&row.incident.id).unwrap().as_ref(),
            Some(&row.incident)
        );
    }
    assert!(store.verify_audit_log().unwrap().is_none());
    let log = store.audit_log().unwrap();
    let batches: Vec<_> = log.iter().filter(|e| e.action == "bulk_import").collect();
    assert_eq!(batches.len(), 2);
    let body: serde_json::Value =
        serde_json::from_str(batches[0].after.as_deref().unwrap()).unwrap();
    assert_eq!(body["file_sha256"], "ab".repeat(32));
    let row_entry = &body["rows"][0];
    let [action, id, digest] = [&row_entry[0], &row_entry[1], &row_entry[4]];
    assert_eq!(action, "insert");
    let row = &rows[0];
    assert_eq!(id, row.incident.id.as_str());
    assert_eq!(row_entry[2].as_array().unwrap().len(), row.claims.len());
    assert_eq!(row_entry[3].as_array().unwrap().len(), row.sources.len());
    assert_eq!(
        digest,
        &row_digest(&row.incident, &row.claims, &row.sources)
    );
    // A record altered afterwards no longer matches the digest the log committed to.
    let mut altered = row.incident.clone();
    altered.summary.push('!');
    assert_ne!(digest, &row_digest(&altered, &row.claims, &row.sources));

    // The same rows again change nothing and log nothing.
    let mut again = store.bulk_import("test", stamp(), false).unwrap();
    let summary = again
        .write_batch(&dataset.actors, &prepared(&rows), insert_or_keep)
        .unwrap();
    assert_eq!(
        (summary.inserted, summary.unchanged as usize),
        (0, rows.len())
    );
    again.finish().unwrap();
    assert_eq!(store.audit_log().unwrap().len(), log.len());
}

#[test]
fn an_all_or_nothing_import_not_finished_writes_nothing() {
    let (dataset, rows) = rows();
    let mut store = Store::open_in_memory().unwrap();
    {
        let mut import = store.bulk_import("test", stamp(), true).unwrap();
        import
            .write_batch(&dataset.actors, &prepared(&rows), insert_or_keep)
            .unwrap();
        // Dropped without finish: rolled back.
    }
    assert_eq!(store.counts().unwrap().incidents, 0);
    let mut import = store.bulk_import("test", stamp(), true).unwrap();
    import
        .write_batch(&dataset.actors, &prepared(&rows), insert_or_keep)
        .unwrap();
    import.finish().unwrap();
    assert_eq!(store.counts().unwrap().incidents as usize, rows.len());
}

#[test]
fn an_invalid_record_is_refused_when_prepared() {
    let (_, mut rows) = rows();
    rows[1].incident.places.clear();
    let err = PreparedRecord::new(rows[1].clone()).unwrap_err();
    assert!(err.to_string().contains("has no place"), "{err}");
}

#[test]
fn an_update_is_checked_and_a_failed_batch_writes_nothing() {
    let (dataset, rows) = rows();
    let mut store = Store::open_in_memory().unwrap();
    let mut import = store.bulk_import("test", stamp(), false).unwrap();
    import
        .write_batch(&dataset.actors, &prepared(&rows), insert_or_keep)
        .unwrap();
    let before = import.finish().unwrap();
    let mut import = store.bulk_import("test", stamp(), false).unwrap();
    let err = import
        .write_batch(&dataset.actors, &prepared(&rows), |row, _| {
            let mut broken = row.clone();
            broken.incident.places.clear();
            BulkDecision::Update(Box::new(broken))
        })
        .unwrap_err();
    assert!(err.to_string().contains("has no place"), "{err}");
    drop(import);
    assert_eq!(store.counts().unwrap().incidents, before.inserted);
    for row in &rows {
        assert_eq!(
            store.incident(&row.incident.id).unwrap().as_ref(),
            Some(&row.incident)
        );
    }
}

#[test]
fn pages_come_in_recorded_order_with_their_claims_and_sources() {
    let (dataset, _) = rows();
    let mut store = Store::open_in_memory().unwrap();
    store.import(&dataset, "test").unwrap();
    let mut seen: Vec<IncidentId> = Vec::new();
    let mut claims = 0;
    store
        .export_pages::<store::StoreError>(&IncidentFilter::default(), 1, |page| {
            assert_eq!(page.incidents.len(), 1);
            for claim in &page.claims {
                assert_eq!(claim.incident, page.incidents[0].id);
                assert!(page.sources.iter().any(|s| s.id == claim.source));
            }
            claims += page.claims.len();
            seen.extend(page.incidents.into_iter().map(|i| i.id));
            Ok(())
        })
        .unwrap();
    // `Store::import` records the dataset's incidents in its order.
    let expected: Vec<IncidentId> = dataset.incidents.iter().map(|i| i.id.clone()).collect();
    assert_eq!(seen, expected);
    assert_eq!(claims, dataset.claims.len());
    let filter = IncidentFilter {
        country: Some(model::CountryCode::AFG),
        ..IncidentFilter::default()
    };
    let mut filtered = 0;
    store
        .export_pages::<store::StoreError>(&filter, 100, |page| {
            filtered += page.incidents.len();
            Ok(())
        })
        .unwrap();
    assert_eq!(filtered, store.incidents(&filter).unwrap().len());
}

#[test]
fn an_export_of_bulk_imported_records_checks_against_the_log_and_tampering_shows() {
    let (dataset, rows) = rows();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bulk.db");
    let mut store = Store::open(&path).unwrap();
    let mut import = store.bulk_import("test", stamp(), false).unwrap();
    import
        .write_batch(&dataset.actors, &prepared(&rows), insert_or_keep)
        .unwrap();
    import.finish().unwrap();
    let admin = store::Principal::local("test");
    let export = store.export_stamped(&admin).unwrap();
    let report = store.verify_export(&export).unwrap();
    assert_eq!(report.problem, None);
    // A record changed behind the log's back no longer matches the digest it committed to.
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE incidents SET summary = summary || '!' WHERE id = ?1",
        [rows[0].incident.id.as_str()],
    )
    .unwrap();
    drop(conn);
    let store = Store::open(&path).unwrap();
    let report = store.verify_export(&export).unwrap();
    let problem = report.problem.unwrap();
    assert!(problem.contains("digest differs"), "{problem}");
}
