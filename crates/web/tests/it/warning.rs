//! The early-warning page (`/escalation`) on the demo data, through the router without a socket:
//! the October 2025 alerts, the truce broken on 17 October, the words that made Asif's post
//! hostile, reactions against harm, and what the public may not see left out.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::common;
use axum::http::StatusCode;
use store::{Principal, Store};

const DEMO: &str = include_str!("../../../../data/demo/dataset.json");

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .import(&interop::read_dataset("demo", DEMO).unwrap(), "test")
        .unwrap();
    store
}

async fn get(store: Store, uri: &str) -> (StatusCode, String) {
    common::public_page(store, uri).await
}

#[tokio::test]
async fn the_page_shows_the_escalation_the_broken_truce_and_the_words_that_counted() {
    let (status, body) = get(store(), "/escalation").await;
    assert_eq!(status, StatusCode::OK);
    // The latest alert as a banner, and every alert week in the list.
    let banner = &body[body.find("<section class=\"alert\"").unwrap()..];
    let banner = &banner[..banner.find("</section>").unwrap()];
    assert!(
        banner.contains("Escalation alerts in the record</strong>: 5 weeks"),
        "{banner}"
    );
    assert!(
        banner.contains("<li>Week of 3 Nov 2025: score 7.4"),
        "{banner}"
    );
    assert!(body.contains("Week of 13 Oct 2025: score 16.8 (threshold 6)"));
    assert!(
        body.contains("None has been raised yet"),
        "alerts not yet stored say so"
    );
    // The chart: an SVG bar per week with a score, the alert weeks darker, with their titles.
    assert!(body.contains("<svg class=\"chart timeline index\""));
    assert!(body.contains(
        "<title>Week of 13 Oct 2025: score 16.80 (alert), 3 incident(s), 32 killed, rhetoric 2.00</title>"
    ));
    // The truce broken on 17 October, with who alleges it.
    assert!(body.contains(
        "On the last day of the 48-hour truce of 15 October 2025 (within it, or in the hours after it ran out) — flagged as a possible violation; alleged perpetrator: Pakistan, alleged by Afghanistan Cricket Board and Taliban (Islamic Emirate of Afghanistan)"
    ));
    assert!(body.contains("during talks: Istanbul talks (third round)"));
    // Asif's words, highlighted with the reason.
    assert!(body.contains(">tails between the legs</mark>"));
    assert!(body.contains("title=\"dehumanising, 3: casts the other side as beaten animals\""));
    assert!(body.contains("hostility <strong>27.00</strong>"));
    // Calls for restraint are marked apart.
    assert!(body.contains("<mark class=\"de_escalation\""));
    // Reactions against harm.
    assert!(body.contains(
        "Iran reacted to 1 of 10 incidents with civilian deaths (calls for restraint); those incidents killed 1 civilian between them, the 9 incidents it did not react to 151 civilians."
    ));
}

#[tokio::test]
async fn stored_alerts_are_not_called_unraised_and_the_public_counts_published_incidents_only() {
    let mut store = store();
    // Raise the alerts as `crosscheck alerts` does (the week and formula are what the page
    // compares).
    let record_alerts: Vec<store::NewAlert> = [
        "2022-04-11",
        "2024-03-18",
        "2025-10-06",
        "2025-10-13",
        "2025-11-03",
    ]
    .iter()
    .map(|week| store::NewAlert {
        week: (*week).into(),
        formula: "escalation-v1".into(),
        score: 10.0,
        threshold: 6.0,
        kind: "crossed".into(),
        summary: String::new(),
        body: "{}".into(),
    })
    .collect();
    store
        .record_alerts(&Principal::local("test"), &record_alerts)
        .unwrap();
    // A draft incident in the October weeks: the public does not see it, and it counts nowhere.
    let mut draft = store
        .incident(&model::IncidentId::new("inc-2025-10-17-paktika").unwrap())
        .unwrap()
        .unwrap();
    draft.id = model::IncidentId::new("inc-2025-10-18-draft").unwrap();
    draft.title = "Unverified report of shelling near Angoor Adda".into();
    draft.status = model::Status::Draft;
    store.create(&Principal::local("test"), draft).unwrap();
    let (_, body) = get(store, "/escalation").await;
    assert!(!body.contains("raised yet"), "every alert is stored");
    assert!(!body.contains("Angoor Adda"));
    assert!(
        body.contains("3 incident(s), 32 killed"),
        "the draft is not counted"
    );
}

#[tokio::test]
async fn the_rhetoric_section_shows_the_most_recent_statements_and_says_where_the_rest_are() {
    // The demo's 24 statements, all shown.
    let (_, demo) = get(store(), "/escalation").await;
    assert!(demo.contains("id=\"st-2022-04-16-taliban\""));
    assert!(!demo.contains("most recent of"));
    // Forty more, in 2026: the thirty most recent are shown, and the page says where the rest are.
    let mut dataset: serde_json::Value = serde_json::from_str(DEMO).unwrap();
    let statements = dataset["statements"].as_array_mut().unwrap();
    let first = statements[0].clone();
    for n in 1..=40 {
        let mut s = first.clone();
        s["id"] = format!("st-2026-gen-{n:02}").into();
        s["date"] = format!("2026-{:02}-{:02}", 1 + (n - 1) / 28, 1 + (n - 1) % 28).into();
        s["text"] = "Our forces will respond with full force to any aggression.".into();
        statements.push(s);
    }
    let mut big = Store::open_in_memory().unwrap();
    big.import(
        &interop::read_dataset("big", &dataset.to_string()).unwrap(),
        "test",
    )
    .unwrap();
    let (status, body) = get(big, "/escalation").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("The 30 most recent of 64 statements; "),
        "note"
    );
    assert!(body.contains("href=\"/reactions#statements\""));
    assert_eq!(body.matches("<article class=\"said\"").count(), 30);
    assert!(
        body.contains("id=\"st-2026-gen-40\""),
        "the newest is shown"
    );
    assert!(
        body.contains("id=\"st-2026-gen-11\""),
        "the thirtieth newest is shown"
    );
    assert!(
        !body.contains("id=\"st-2026-gen-10\""),
        "the thirty-first is not"
    );
    assert!(!body.contains("id=\"st-2022-04-16-taliban\""));
}
