//! Bulk import (batched, one audit entry per batch committing to each row's digest) and paged
//! export.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use model::{Dataset, IncidentId};
use store::{
    BulkDecision, BulkRecord, FileStamp, IncidentFilter, PreparedRecord, Store, row_digest,
};

const SAMPLE: &str = include_str!("../fixtures/sample.json");

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

/// `n` ACLED rows of the current layout (places in both countries, notes that are the claims'
/// quotes), as the bulk path gets them: through interop's reader, with the actors they name.
fn acled_rows(n: usize, timestamp: i64) -> (Vec<model::Actor>, Vec<BulkRecord>) {
    let places = [
        (
            "586",
            "Pakistan",
            "Khyber Pakhtunkhwa",
            "Kurram",
            "Parachinar",
            33.8992,
            70.1008,
        ),
        (
            "586",
            "Pakistan",
            "Balochistan",
            "Kech",
            "Turbat",
            26.0031,
            63.0544,
        ),
        (
            "4",
            "Afghanistan",
            "Kabul",
            "Kabul",
            "Kabul",
            34.5167,
            69.1833,
        ),
        (
            "4",
            "Afghanistan",
            "Khost",
            "Khost",
            "Khost",
            33.3395,
            69.9204,
        ),
    ];
    let mut text = interop::ACLED_COLUMNS.join(",");
    text.push('\n');
    for i in 0..n {
        let (iso, country, admin1, admin2, location, lat, lon) = places[i % places.len()];
        let day = 1 + i % 28;
        let killed = i % 7;
        text.push_str(&format!(
            "X{i},2024-03-{day:02},2024,1,Political violence,Explosions/Remote violence,Air/drone strike,Military Forces of Pakistan (2022-),,State forces,Civilians ({country}),,Civilians,State forces-Civilians,Civilian targeting,{iso},South Asia,{country},{admin1},{admin2},,{location},{lat:.4},{lon:.4},1,Dawn,National,\"Row {i}: an air strike near {location}; {killed} killed.\",{killed},,{}\n",
            timestamp + i as i64
        ));
    }
    let mut actors = Vec::new();
    let mut rows = Vec::new();
    for row in interop::AcledReader::new("gen.csv", text.as_bytes()).unwrap() {
        let row = row.unwrap();
        for id in &row.actors {
            if !actors.iter().any(|a: &model::Actor| &a.id == id) {
                actors.push(interop::known_actor(id).unwrap());
            }
        }
        rows.push(BulkRecord {
            incident: row.incident,
            sources: row.sources,
            claims: row.claims,
        });
    }
    (actors, rows)
}

/// Imports `rows` in batches of `batch`, committing every `commit` rows.
fn bulk_write(
    store: &mut Store,
    actors: &[model::Actor],
    rows: &[BulkRecord],
    batch: usize,
    commit: usize,
) {
    let mut import = store.bulk_import("test", stamp(), false).unwrap();
    import.commit_every(commit);
    for chunk in rows.chunks(batch) {
        import
            .write_batch(actors, &prepared(chunk), insert_or_keep)
            .unwrap();
    }
    import.finish().unwrap();
}

#[test]
fn a_quote_that_is_the_summary_is_stored_once_and_kept_when_the_summary_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("quote.db");
    let mut store = Store::open(&path).unwrap();
    let (actors, rows) = acled_rows(3, 1_700_000_000);
    bulk_write(&mut store, &actors, &rows, 10, 10);
    let row = &rows[0];
    let quote = row.claims[0].quote.clone().unwrap();
    assert_eq!(quote, row.incident.summary);
    // Read back, the claim is the one written; stored, its quote is the incident's.
    assert!(store.claims().unwrap().contains(&row.claims[0]));
    let stored = |id: &str| -> (Option<String>, i64) {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.query_row(
            "SELECT quote, quote_is_summary FROM claims WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    };
    assert_eq!(stored(row.claims[0].id.as_str()), (None, 1));
    // Stored once, the records still check against the digests the log committed to.
    let admin = store::Principal::local("test");
    let export = store.export_stamped(&admin).unwrap();
    assert_eq!(store.verify_export(&export).unwrap().problem, None);

    // An analyst rewrites the summary: the claim keeps what the dataset said.
    let mut edited = row.incident.clone();
    edited.summary = "Rewritten by an analyst.".into();
    store
        .update(&admin, row.incident.id.as_str(), edited.clone(), None)
        .unwrap();
    let claims = store.claims().unwrap();
    let claim = claims.iter().find(|c| c.id == row.claims[0].id).unwrap();
    assert_eq!(claim.quote.as_deref(), Some(quote.as_str()));
    assert_eq!(stored(row.claims[0].id.as_str()), (Some(quote.clone()), 0));
    assert_eq!(
        store.incident(&row.incident.id).unwrap().unwrap().summary,
        edited.summary
    );
    // The other rows still share their text; the chain holds (giving the claim its own copy
    // changes how it is stored, not what it says, so it is no write of its own to log).
    assert_eq!(stored(rows[1].claims[0].id.as_str()), (None, 1));
    assert!(store.verify_audit_log().unwrap().is_none());
}

#[test]
fn export_pages_give_the_records_the_ordinary_reads_give() {
    let mut store = Store::open_in_memory().unwrap();
    let (actors, rows) = acled_rows(2_500, 1_700_000_000);
    bulk_write(&mut store, &actors, &rows, 300, 1_000);
    // Edits of every kind the pages must see: a deleted incident, a rewritten summary (its claim
    // gets its own copy of the quote), a claim whose quote is someone else's text.
    let admin = store::Principal::local("test");
    store
        .delete::<model::Incident>(&admin, rows[7].incident.id.as_str(), None)
        .unwrap();
    let mut edited = rows[8].incident.clone();
    edited.summary = "Rewritten.".into();
    store
        .update(&admin, edited.id.clone().as_str(), edited, None)
        .unwrap();
    let mut claim = rows[9].claims[0].clone();
    claim.quote = Some("Another text.".into());
    store
        .update(&admin, claim.id.clone().as_str(), claim, None)
        .unwrap();

    let whole = store.export().unwrap();
    let mut incidents = Vec::new();
    let mut claims = Vec::new();
    let mut sources = Vec::new();
    store
        .export_pages::<store::StoreError>(&IncidentFilter::default(), 700, |page| {
            // Claims in id order within the page; every claim's source is in the page.
            assert!(page.claims.windows(2).all(|w| w[0].id < w[1].id));
            for claim in &page.claims {
                assert!(page.sources.iter().any(|s| s.id == claim.source));
            }
            incidents.extend(page.incidents);
            claims.extend(page.claims);
            sources.extend(page.sources);
            Ok(())
        })
        .unwrap();
    // The pages walk the file's order; `Store::export` sorts by id.
    let expected: Vec<&model::Incident> = rows
        .iter()
        .filter(|r| r.incident.id != rows[7].incident.id)
        .map(|r| {
            whole
                .incidents
                .iter()
                .find(|i| i.id == r.incident.id)
                .unwrap()
        })
        .collect();
    assert_eq!(incidents.iter().collect::<Vec<_>>(), expected);
    claims.sort_by(|a, b| a.id.cmp(&b.id));
    let live_claims: Vec<&model::Claim> = whole
        .claims
        .iter()
        .filter(|c| c.incident != rows[7].incident.id)
        .collect();
    assert_eq!(claims.iter().collect::<Vec<_>>(), live_claims);
    assert!(
        claims
            .iter()
            .any(|c| c.quote.as_deref() == Some("Another text."))
    );
    sources.sort_by(|a, b| a.id.cmp(&b.id));
    sources.dedup();
    assert_eq!(sources, whole.sources);
}

#[test]
fn batches_commit_in_groups_and_a_failed_batch_rolls_back_to_the_last_commit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("groups.db");
    let mut store = Store::open(&path).unwrap();
    let (actors, rows) = acled_rows(40, 1_700_000_000);
    let mut import = store.bulk_import("test", stamp(), false).unwrap();
    import.commit_every(20);
    for chunk in rows[..30].chunks(10) {
        import
            .write_batch(&actors, &prepared(chunk), insert_or_keep)
            .unwrap();
    }
    // Rows 0–19 are committed (two batches); 20–29 wait for the next commit. Another connection
    // sees only what is committed.
    let committed = || -> i64 {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(committed(), 20);
    let err = import
        .write_batch(&actors, &prepared(&rows[30..]), |row, _| {
            let mut broken = row.clone();
            broken.incident.places.clear();
            BulkDecision::Update(Box::new(broken))
        })
        .unwrap_err();
    assert!(err.to_string().contains("has no place"), "{err}");
    drop(import);
    assert_eq!(committed(), 20);
    assert_eq!(store.counts().unwrap().incidents, 20);
    // Two committed batches, two audit entries, and the chain holds.
    let log = store.audit_log().unwrap();
    assert_eq!(log.iter().filter(|e| e.action == "bulk_import").count(), 2);
    assert!(store.verify_audit_log().unwrap().is_none());
    // Importing again from the start picks up where the commit left off.
    bulk_write(&mut store, &actors, &rows, 10, 20);
    assert_eq!(store.counts().unwrap().incidents, 40);
    assert!(store.verify_audit_log().unwrap().is_none());
}
