//! The pages through the router, without a socket: status codes and the content a reader needs.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use axum::http::StatusCode;
use store::Store;

use crate::common;

const DATASET: &str = include_str!("../../../store/tests/fixtures/sample.json");

/// A page of the fixture's records, as the public sees it.
async fn get(uri: &str) -> (StatusCode, String) {
    let mut store = Store::open_in_memory().unwrap();
    store
        .import(
            &interop::read_dataset("sample.json", DATASET).unwrap(),
            "test",
        )
        .unwrap();
    common::public_page(store, uri).await
}

#[tokio::test]
async fn the_list_shows_every_incident_newest_first() {
    let (status, body) = get("/incidents").await;
    assert_eq!(status, StatusCode::OK);
    let khost = body
        .find("Airstrikes in Khost province")
        .expect("the Khost strike is listed");
    let border = body
        .find("Border clashes at several frontier points")
        .expect("the clashes are listed");
    assert!(khost < border, "newest first");
    assert!(body.contains("<strong>2</strong> incidents"));
    assert!(body.contains("Afghanistan–Pakistan border (Durand Line)"));
}

#[tokio::test]
async fn filters_in_the_url_narrow_the_list() {
    let (_, body) = get("/incidents?type=air_strike&country=&q=").await;
    assert!(body.contains("Airstrikes in Khost province"));
    assert!(!body.contains("Border clashes"));
    assert!(
        body.contains("<strong>1</strong> incident,")
            || body.contains("<strong>1</strong> incident ")
    );
    let (_, body) = get("/incidents?to=2025-10-31").await;
    assert!(!body.contains("Airstrikes in Khost province"));
    let (status, body) = get("/incidents?from=yesterday").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body.contains("is not a date"));
}

#[tokio::test]
async fn the_incident_page_sets_competing_claims_side_by_side() {
    let (status, body) = get("/incidents/inc-2025-10-11-border").await;
    assert_eq!(status, StatusCode::OK);
    // Both parties' claims, each in its own row, with whose losses they count.
    assert!(body.contains("Taliban (quoted)"));
    assert!(body.contains("Pakistan (quoted)"));
    assert!(body.contains("≥201"));
    assert!(body.contains(">58<"));
    assert!(body.contains("security forces"));
}

#[tokio::test]
async fn restricted_sources_and_notes_never_reach_the_page() {
    let (_, body) = get("/incidents/inc-2025-11-25-khost").await;
    assert!(body.contains("DW"));
    for secret in [
        "Field interview",
        "+93 700",
        "Do not name",
        "Check with the field team",
    ] {
        assert!(!body.contains(secret), "{secret} leaked");
    }
}

#[tokio::test]
async fn unknown_records_and_addresses_get_a_404_page() {
    let (status, body) = get("/incidents/inc-does-not-exist").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("no incident with the id"));
    let (status, _) = get("/incidents/bad%20id").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = get("/nowhere").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pages_make_no_request_outside_the_server() {
    for uri in [
        "/",
        "/incidents",
        "/incidents/inc-2025-11-25-khost",
        "/ceasefires",
        "/reactions",
        "/sources",
    ] {
        let (_, body) = get(uri).await;
        for attr in ["src=\"http", "href=\"//", "@import", "src=\"//"] {
            assert!(
                !body.contains(attr),
                "{uri} loads something external: {attr}"
            );
        }
        assert!(body.contains("href=\"/static/style.css\""));
    }
}
