//! Early warning's records in the store: alerts kept once per week, webhooks managed by admins
//! and logged without their secret URLs, delivery attempts recorded and retried, every write in
//! the audit log.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use store::{DeliveryOutcome, NewAlert, Principal, Role, Store, StoreError};

fn admin() -> Principal {
    Principal::local("crosscheck alerts")
}

fn alert(week: &str, score: f64) -> NewAlert {
    NewAlert {
        week: week.into(),
        formula: "escalation-v1".into(),
        score,
        threshold: 6.0,
        kind: "crossed".into(),
        summary: format!("Week of {week}: score {score}."),
        body: format!(r#"{{"week":"{week}","score":{score}}}"#),
    }
}

fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("warning.db");
    (dir, path)
}

#[test]
fn the_same_weeks_alert_is_stored_once() {
    let mut store = Store::open_in_memory().unwrap();
    let first = store
        .record_alerts(
            &admin(),
            &[alert("2025-10-06", 13.4), alert("2025-10-13", 16.8)],
        )
        .unwrap();
    assert_eq!(first.len(), 2);
    let again = store
        .record_alerts(
            &admin(),
            &[alert("2025-10-13", 16.8), alert("2025-11-03", 7.4)],
        )
        .unwrap();
    let weeks: Vec<&str> = again.iter().map(|a| a.week.as_str()).collect();
    assert_eq!(weeks, ["2025-11-03"]);
    let all: Vec<String> = store
        .alerts()
        .unwrap()
        .into_iter()
        .map(|a| a.week)
        .collect();
    assert_eq!(all, ["2025-10-06", "2025-10-13", "2025-11-03"]);
    // One audit entry per stored alert, none for the repeat; the chain still verifies.
    let log = store.audit_log().unwrap();
    let alert_entries: Vec<&str> = log
        .iter()
        .filter(|e| e.entity == "alert")
        .map(|e| e.entity_id.as_str())
        .collect();
    assert_eq!(
        alert_entries,
        [
            "escalation-v1/2025-10-06",
            "escalation-v1/2025-10-13",
            "escalation-v1/2025-11-03"
        ]
    );
    assert_eq!(store.verify_audit_log().unwrap(), None);
    // Anyone may read them.
    let view = store.view(&Principal::public()).unwrap();
    assert_eq!(view.alerts().unwrap().len(), 3);
    // Raising nothing new writes nothing.
    let before = store.audit_log().unwrap().len();
    store
        .record_alerts(&admin(), &[alert("2025-10-06", 13.4)])
        .unwrap();
    assert_eq!(store.audit_log().unwrap().len(), before);
}

#[test]
fn alerts_survive_reopening_the_file() {
    let (_dir, path) = temp_db();
    {
        let mut store = Store::open(&path).unwrap();
        store
            .record_alerts(&admin(), &[alert("2025-10-13", 16.8)])
            .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert!(
        store
            .record_alerts(&admin(), &[alert("2025-10-13", 16.8)])
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.alerts().unwrap().len(), 1);
}

#[test]
fn who_may_raise_alerts_and_manage_webhooks() {
    let mut store = Store::open_in_memory().unwrap();
    let verifier = Principal::user("vera", Role::Verifier);
    let contributor = Principal::user("cato", Role::Contributor);
    assert!(matches!(
        store.record_alerts(&contributor, &[alert("2025-10-13", 16.8)]),
        Err(StoreError::Forbidden { .. })
    ));
    assert!(matches!(
        store.record_alerts(&Principal::public(), &[]),
        Err(StoreError::Unauthenticated)
    ));
    assert_eq!(
        store
            .record_alerts(&verifier, &[alert("2025-10-13", 16.8)])
            .unwrap()
            .len(),
        1
    );
    let err = store
        .add_webhook(&verifier, "http://127.0.0.1:9/hook")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "a verifier may not manage webhooks; that needs an admin"
    );
    assert!(store.webhooks(&verifier).is_err());
    assert!(store.pending_deliveries(&contributor, 5).is_err());
}

#[test]
fn webhooks_are_added_listed_and_removed_and_the_log_keeps_no_url() {
    let mut store = Store::open_in_memory().unwrap();
    let secret_url = "https://hooks.example.org/services/T000/B000/s3cr3t";
    let hook = store.add_webhook(&admin(), secret_url).unwrap();
    let other = store
        .add_webhook(&admin(), "http://127.0.0.1:9000/alerts")
        .unwrap();
    let err = store.add_webhook(&admin(), secret_url).unwrap_err();
    assert!(err.to_string().contains("already has this URL"), "{err}");
    let err = store
        .add_webhook(&admin(), "ftp://example.org/x")
        .unwrap_err();
    assert!(err.to_string().contains("http:// or https://"), "{err}");
    let ids: Vec<u64> = store
        .webhooks(&admin())
        .unwrap()
        .iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(ids, [hook.id, other.id]);
    let removed = store.remove_webhook(&admin(), hook.id).unwrap();
    assert!(removed.removed.is_some());
    assert!(matches!(
        store.remove_webhook(&admin(), hook.id),
        Err(StoreError::NotFound { .. })
    ));
    let ids: Vec<u64> = store
        .webhooks(&admin())
        .unwrap()
        .iter()
        .map(|h| h.id)
        .collect();
    assert_eq!(ids, [other.id]);
    // The same URL can be added again once removed.
    store.add_webhook(&admin(), secret_url).unwrap();
    let log = store.audit_log().unwrap();
    let entries: Vec<(&str, &str)> = log
        .iter()
        .filter(|e| e.entity == "webhook")
        .map(|e| (e.action.as_str(), e.entity_id.as_str()))
        .collect();
    assert_eq!(
        entries,
        [
            ("insert", "1"),
            ("insert", "2"),
            ("delete", "1"),
            ("insert", "3")
        ]
    );
    for entry in &log {
        let text = format!("{:?} {:?}", entry.before, entry.after);
        assert!(!text.contains("s3cr3t"), "the log holds the URL: {text}");
    }
    assert!(
        log[0]
            .after
            .as_deref()
            .unwrap()
            .contains(r#""host":"hooks.example.org""#)
    );
}

#[test]
fn deliveries_are_recorded_failures_retried_and_successes_not_repeated() {
    let mut store = Store::open_in_memory().unwrap();
    let hook = store
        .add_webhook(&admin(), "http://127.0.0.1:9000/alerts")
        .unwrap();
    let stored = store
        .record_alerts(
            &admin(),
            &[alert("2025-10-06", 13.4), alert("2025-10-13", 16.8)],
        )
        .unwrap();
    let pending = store.pending_deliveries(&admin(), 3).unwrap();
    assert_eq!(pending.len(), 2);
    assert_eq!(pending[0].webhook.id, hook.id);
    let refused = DeliveryOutcome {
        ok: false,
        status: None,
        error: Some("connection refused".into()),
    };
    let taken = DeliveryOutcome {
        ok: true,
        status: Some(200),
        error: None,
    };
    store
        .record_delivery(&admin(), stored[0].id, hook.id, &taken)
        .unwrap();
    for _ in 0..3 {
        store
            .record_delivery(&admin(), stored[1].id, hook.id, &refused)
            .unwrap();
    }
    // Taken once: not sent again. Refused three times: given up at three attempts, not at four.
    assert!(store.pending_deliveries(&admin(), 3).unwrap().is_empty());
    let retry = store.pending_deliveries(&admin(), 4).unwrap();
    assert_eq!(retry.len(), 1);
    assert_eq!(retry[0].alert.id, stored[1].id);
    assert_eq!(retry[0].failed_attempts, 3);
    let deliveries = store.deliveries(&admin()).unwrap();
    assert_eq!(deliveries.len(), 4);
    assert_eq!(deliveries[1].error.as_deref(), Some("connection refused"));
    assert_eq!(
        store
            .audit_log()
            .unwrap()
            .iter()
            .filter(|e| e.entity == "delivery")
            .count(),
        4
    );
    // A removed webhook is sent nothing more.
    store.remove_webhook(&admin(), hook.id).unwrap();
    assert!(store.pending_deliveries(&admin(), 10).unwrap().is_empty());
}

#[test]
fn a_new_webhook_is_not_sent_the_alerts_raised_before_it() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    store
        .record_alerts(&admin(), &[alert("2025-10-13", 16.8)])
        .unwrap();
    let hook = store.add_webhook(&admin(), "http://127.0.0.1:9/h").unwrap();
    // Both are stamped to the second, so the test moves the webhook's creation after the alert.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "UPDATE webhooks SET created = '2999-01-01T00:00:00Z' WHERE id = ?1",
            [hook.id as i64],
        )
        .unwrap();
    }
    assert!(store.pending_deliveries(&admin(), 5).unwrap().is_empty());
    // A webhook added when the alert already existed, stamped as usual, gets it: same second.
    let same_second = store.add_webhook(&admin(), "http://127.0.0.1:9/g").unwrap();
    let pending = store.pending_deliveries(&admin(), 5).unwrap();
    assert!(pending.iter().all(|p| p.webhook.id == same_second.id));
}
