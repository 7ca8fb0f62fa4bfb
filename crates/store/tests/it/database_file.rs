//! The store against a real database file: import, export, idempotence, refusal of bad data,
//! schema versions and the audit log's tamper evidence.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use model::{Dataset, IncidentId};
use store::{IncidentFilter, SCHEMA_VERSION, Store, StoreError};

/// A small but realistic dataset: two parties, three sources (one restricted), two incidents with
/// competing claims, a ceasefire and a statement.
const SAMPLE: &str = include_str!("../fixtures/sample.json");

fn sample() -> Dataset {
    interop::read_dataset("sample.json", SAMPLE).expect("the sample is valid")
}

fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crosscheck.db");
    (dir, path)
}

#[test]
fn a_dataset_survives_import_and_export_byte_for_byte() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let summary = store.import(&sample(), "test").unwrap();
    assert_eq!(summary.inserted, 12);
    let first = interop::write_dataset(&store.export().unwrap());
    assert_eq!(first, interop::write_dataset(&sample()));

    // Into a second database and out again: the same bytes.
    let (_dir2, path2) = temp_db();
    let mut second = Store::open(&path2).unwrap();
    second
        .import(
            &interop::read_dataset("first.json", &first).unwrap(),
            "test",
        )
        .unwrap();
    assert_eq!(interop::write_dataset(&second.export().unwrap()), first);
}

#[test]
fn importing_the_same_records_twice_changes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    store.import(&sample(), "test").unwrap();
    let log_before = store.audit_log().unwrap().len();
    let again = store.import(&sample(), "test").unwrap();
    assert_eq!((again.inserted, again.updated, again.unchanged), (0, 0, 12));
    assert_eq!(store.audit_log().unwrap().len(), log_before);
}

#[test]
fn an_update_is_logged_with_before_and_after() {
    let mut store = Store::open_in_memory().unwrap();
    store.import(&sample(), "alice").unwrap();
    let mut changed = sample();
    changed.incidents[1].title = "Airstrikes on a house in Khost province".into();
    let summary = store.import(&changed, "bob").unwrap();
    assert_eq!(summary.updated, 1);
    let last = store.audit_log().unwrap().pop().unwrap();
    assert_eq!(
        (
            last.author.as_str(),
            last.action.as_str(),
            last.entity_id.as_str()
        ),
        ("bob", "update", "inc-2025-11-25-khost")
    );
    assert!(
        last.before
            .unwrap()
            .contains("\"Airstrikes in Khost province\"")
    );
    assert!(last.after.unwrap().contains("on a house in Khost"));
}

#[test]
fn a_bad_dataset_leaves_the_database_exactly_as_it_was() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store.import(&sample(), "test").unwrap();
    let before = interop::write_dataset(&store.export().unwrap());
    let log_before = store.audit_log().unwrap();

    // A good new incident followed by a claim pointing at a source that does not exist.
    let mut bad = sample();
    bad.incidents[0].id = IncidentId::new("inc-new").unwrap();
    bad.claims[0].source = "src-nowhere".parse().unwrap();
    let err = store.import(&bad, "test").unwrap_err();
    assert_eq!(
        err.to_string(),
        "claims[0].source: no source has the id \"src-nowhere\""
    );
    assert_eq!(interop::write_dataset(&store.export().unwrap()), before);
    assert_eq!(store.audit_log().unwrap(), log_before);
}

#[test]
fn references_may_point_to_records_already_stored() {
    let mut store = Store::open_in_memory().unwrap();
    store.import(&sample(), "test").unwrap();
    let extra = interop::read_dataset(
        "extra.json",
        r#"{"format": "crosscheck-dataset", "version": 1, "claims": [
            {"id": "clm-9", "incident": "inc-2025-11-25-khost", "source": "src-witness-1",
             "figures": {"injured": {"total": {"qualifier": "approx", "value": 4}}}}]}"#,
    )
    .unwrap();
    store.import(&extra, "test").unwrap();
    let incident = IncidentId::new("inc-2025-11-25-khost").unwrap();
    assert_eq!(store.claims_for(&incident).unwrap().len(), 2);
    let sources = store.sources_for(&incident).unwrap();
    let ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["src-dw-2025-11-25", "src-witness-1"]);
}

#[test]
fn counts_match_what_was_imported() {
    let mut store = Store::open_in_memory().unwrap();
    store.import(&sample(), "test").unwrap();
    let counts = store.counts().unwrap();
    assert_eq!(
        (
            counts.incidents,
            counts.sources,
            counts.claims,
            counts.actors,
            counts.ceasefires,
            counts.talks,
            counts.statements
        ),
        (2, 3, 3, 2, 1, 0, 1)
    );
}

#[test]
fn filters_narrow_the_incident_list() {
    let mut store = Store::open_in_memory().unwrap();
    let mut dataset = sample();
    // The Khost strike's district, for the district filter.
    dataset.incidents[1].places[0].admin2 = Some("Spera".into());
    store.import(&dataset, "test").unwrap();
    let ids = |filter: IncidentFilter| -> Vec<String> {
        store
            .incidents(&filter)
            .unwrap()
            .into_iter()
            .map(|i| i.id.to_string())
            .collect()
    };
    assert_eq!(
        ids(IncidentFilter::default()),
        ["inc-2025-11-25-khost", "inc-2025-10-11-border"]
    );
    assert_eq!(
        ids(IncidentFilter {
            admin1: Some("khost".into()),
            ..Default::default()
        }),
        ["inc-2025-11-25-khost"]
    );
    assert_eq!(
        ids(IncidentFilter {
            admin2: Some("spera".into()),
            ..Default::default()
        }),
        ["inc-2025-11-25-khost"]
    );
    assert_eq!(
        ids(IncidentFilter {
            admin2: Some("Barmal".into()),
            ..Default::default()
        }),
        Vec::<String>::new()
    );
    assert_eq!(
        ids(IncidentFilter {
            to: Some(jiff::civil::date(2025, 10, 31)),
            ..Default::default()
        }),
        ["inc-2025-10-11-border"]
    );
    // An incident that ends inside the period counts.
    assert_eq!(
        ids(IncidentFilter {
            from: Some(jiff::civil::date(2025, 10, 12)),
            to: Some(jiff::civil::date(2025, 10, 12)),
            ..Default::default()
        }),
        ["inc-2025-10-11-border"]
    );
    assert_eq!(
        ids(IncidentFilter {
            perpetrator: Some("TALIBAN".parse().unwrap()),
            ..Default::default()
        }),
        ["inc-2025-10-11-border"]
    );
    assert_eq!(
        ids(IncidentFilter {
            text: Some("HOUSE".into()),
            ..Default::default()
        }),
        ["inc-2025-11-25-khost"]
    );
    assert_eq!(
        ids(IncidentFilter {
            text: Some("100%".into()),
            ..Default::default()
        }),
        Vec::<String>::new()
    );
}

#[test]
fn a_database_from_a_newer_crosscheck_is_refused() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NewerSchema { found, .. } if found == SCHEMA_VERSION + 1));
    assert!(err.to_string().contains("upgrade crosscheck"), "{err}");
}

#[test]
fn a_new_database_records_its_schema_version() {
    let store = Store::open_in_memory().unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
}

#[test]
fn open_existing_refuses_to_create() {
    let (_dir, path) = temp_db();
    let err = Store::open_existing(&path).unwrap_err();
    assert!(err.to_string().contains("crosscheck --db"), "{err}");
    assert!(!path.exists());
}

#[test]
fn the_audit_log_names_the_entry_that_was_altered() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store.import(&sample(), "test").unwrap();
    assert_eq!(store.verify_audit_log().unwrap(), None);
    drop(store);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "UPDATE audit_log SET after = replace(after, '58', '59') WHERE entity_id = 'clm-1'",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let problem = store
        .verify_audit_log()
        .unwrap()
        .expect("tampering is found");
    let altered = store
        .audit_log()
        .unwrap()
        .into_iter()
        .find(|e| e.entity_id == "clm-1")
        .unwrap();
    assert_eq!(problem.seq, altered.seq);
    assert!(
        problem.message.contains("was altered"),
        "{}",
        problem.message
    );
}

#[test]
fn the_audit_log_notices_a_removed_entry() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store.import(&sample(), "test").unwrap();
    drop(store);
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute("DELETE FROM audit_log WHERE seq = 5", [])
        .unwrap();
    let problem = Store::open(&path)
        .unwrap()
        .verify_audit_log()
        .unwrap()
        .unwrap();
    assert_eq!(problem.seq, 5);
    assert!(problem.message.contains("missing"), "{}", problem.message);
}

#[test]
fn a_damaged_row_is_reported_not_panicked_on() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store.import(&sample(), "test").unwrap();
    drop(store);
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE incidents SET event_type = 'airstrike' WHERE id = 'inc-2025-11-25-khost'",
            [],
        )
        .unwrap();
    let err = Store::open(&path).unwrap().export().unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("damaged incident record \"inc-2025-11-25-khost\""),
        "{message}"
    );
    assert!(message.contains("column event_type"), "{message}");
}
