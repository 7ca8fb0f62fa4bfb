//! The incident page's figures block, through the router without a socket: the reconciled
//! figures as "best (low–high)", the grade and its reasons, links to the claim rows, and no
//! restricted source named.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::common;
use axum::http::StatusCode;
use model::{Claim, ClaimId, Count, Dataset, Figures, Group, GroupCounts, IncidentId, SourceId};
use store::Store;

const DEMO: &str = include_str!("../../../../data/demo/dataset.json");

fn read(text: &str) -> Dataset {
    interop::read_dataset("dataset.json", text).unwrap()
}

async fn get(dataset: &Dataset, uri: &str) -> (StatusCode, String) {
    let mut store = Store::open_in_memory().unwrap();
    store.import(dataset, "test").unwrap();
    common::public_page(store, uri).await
}

#[tokio::test]
async fn the_incident_page_shows_best_low_high_and_the_grade_above_the_claims() {
    let (status, body) = get(&read(DEMO), "/incidents/inc-2024-12-24-paktika").await;
    assert_eq!(status, StatusCode::OK);
    let figures = body.find("id=\"figures\"").expect("a figures block");
    let claims = body.find("id=\"claims\"").expect("the claims table");
    assert!(figures < claims, "the figures come before the claims");
    // Killed: 15 at best (the one report not in the Taliban's voice), 15 to 52 across all claims.
    assert!(body.contains("<strong>15</strong> (15–52)"), "{body}");
    assert!(body.contains("Grade: <strong>fair</strong>"), "{body}");
    assert!(
        body.contains("Fair: 2 independent sources report it"),
        "{body}"
    );
    // Each figure links to the rows of the claims it came from, and the rows carry the anchors.
    assert!(body.contains(
        "<a href=\"#clm-2024-12-24-paktika-kalingatv-2024-12-25\">clm-2024-12-24-paktika-kalingatv-2024-12-25</a>"
    ));
    assert!(body.contains("<tr id=\"clm-2024-12-24-paktika-kalingatv-2024-12-25\""));
    // The Taliban's figures beside the independent one.
    assert!(body.contains("Competing claims"));
    assert!(body.contains("46–52"));
}

#[tokio::test]
async fn a_figure_only_a_party_gives_has_no_best_and_says_why() {
    let (_, body) = get(&read(DEMO), "/incidents/inc-2025-11-25-khost").await;
    assert!(body.contains("Grade: <strong>weak</strong>"));
    assert!(body.contains("<strong>–</strong> (10)"), "{body}");
    assert!(body.contains("no best figure: only the parties give it"));
    let (_, body) = get(&read(DEMO), "/incidents/inc-2025-10-11-border").await;
    assert!(body.contains("Grade: <strong>contested</strong>"));
    assert!(body.contains("<strong>23</strong> (3–58)"), "{body}");
    assert!(body.contains("side of Pakistan"));
}

#[tokio::test]
async fn restricted_claims_count_but_are_never_named_or_linked_by_id() {
    let mut dataset = read(include_str!("../../../store/tests/fixtures/sample.json"));
    dataset.claims.push(Claim {
        id: ClaimId::new("clm-khost-witness-1").unwrap(),
        incident: IncidentId::new("inc-2025-11-25-khost").unwrap(),
        source: SourceId::new("src-witness-1").unwrap(),
        claimant: None,
        losses_of: None,
        figures: Figures {
            killed: GroupCounts::new([(Group::Civilians, Count::exact(11))]).unwrap(),
            ..Figures::default()
        },
        attributed_to: None,
        responsibility: None,
        as_of: None,
        quote: None,
    });
    let (status, body) = get(&dataset, "/incidents/inc-2025-11-25-khost").await;
    assert_eq!(status, StatusCode::OK);
    // The witness's figure counts: an independent source's civilians killed.
    assert!(body.contains("<strong>11</strong> (11)"), "{body}");
    assert!(body.contains("a restricted source"), "{body}");
    assert!(body.contains("href=\"#restricted-claim-2\""));
    assert!(body.contains("<tr id=\"restricted-claim-2\""));
    for secret in [
        "clm-khost-witness-1",
        "Field interview",
        "+93 700",
        "Do not name",
    ] {
        assert!(!body.contains(secret), "{secret} leaked");
    }
}
