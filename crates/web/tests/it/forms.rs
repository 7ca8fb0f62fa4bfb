//! The forms, as a signed-in user fills them in without JavaScript: a draft incident, a source
//! with its claims (restricted, by a contributor who then cannot read it back), a grade that
//! publishes, and the errors that send a form back filled in.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use common::*;
use store::Role;

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

async fn post_form(fixture: &Fixture, cookie: &str, uri: &str, fields: &[(&str, &str)]) -> Reply {
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    send(
        &fixture.app,
        Request::post(uri)
            .header(header::COOKIE, cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.join("&")))
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn a_contributor_adds_a_draft_incident_then_a_restricted_source_with_its_claims() {
    let fixture = fixture();
    let (cookie, csrf) = sign_in(&fixture, Role::Contributor).await;
    let reply = post_form(
        &fixture,
        &cookie,
        "/incidents",
        &[
            ("csrf", &csrf),
            ("title", "Mortar fire on a village in Kurram"),
            ("date", "2025-12-04"),
            ("precision", "day"),
            ("event_type", "shelling"),
            ("country", "PAK"),
            ("admin1", "Khyber Pakhtunkhwa"),
            ("admin2", "Kurram"),
            ("perpetrators", "TALIBAN"),
            ("cross_from", "AFG"),
            (
                "summary",
                "Residents reported mortar rounds landing near homes.",
            ),
            ("internal_notes", "Caller asked not to be quoted."),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let location = reply.header(header::LOCATION).unwrap().to_owned();
    let id = location.trim_start_matches("/incidents/").to_owned();
    assert!(id.starts_with("inc-2025-12-04-kurram-"), "{id}");
    let saved = call(
        &fixture,
        Role::Verifier,
        Method::GET,
        &format!("/api/v1/incidents/{id}"),
        None,
        None,
    )
    .await
    .json();
    assert_eq!(saved["status"], "draft");
    assert_eq!(saved["cross_border"]["to"], "PAK");
    assert_eq!(saved["internal_notes"], "Caller asked not to be quoted.");

    let reply = post_form(
        &fixture,
        &cookie,
        "/sources",
        &[
            ("csrf", &csrf),
            ("publisher", "Phone interview with a resident"),
            ("kind", "witness"),
            ("restricted", "on"),
            ("contact", "+92 301 000 1111"),
            ("claim1_incident", &id),
            ("claim1_killed_total", "3+"),
            ("claim1_killed_children", "2"),
            ("claim1_injured_total", "5-7"),
            ("claim1_quote", "three dead, two of them children"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let claims = call(
        &fixture,
        Role::Contributor,
        Method::GET,
        &format!("/api/v1/claims?incident={id}"),
        None,
        None,
    )
    .await
    .json();
    let claim = &claims["items"][0];
    assert_eq!(
        claim["source"],
        store::RESTRICTED_SOURCE_ID,
        "hidden from its own contributor"
    );
    assert_eq!(claim["figures"]["killed"]["total"]["qualifier"], "at_least");
    assert_eq!(claim["figures"]["injured"]["total"]["low"], 5);
    let cleared = call(
        &fixture,
        Role::Verifier,
        Method::GET,
        &format!("/api/v1/claims?incident={id}"),
        None,
        None,
    )
    .await
    .json();
    let source = cleared["items"][0]["source"].as_str().unwrap().to_owned();
    assert!(
        !source.contains("phone") && !source.contains("interview"),
        "the id says nothing: {source}"
    );
    let witness = call(
        &fixture,
        Role::Verifier,
        Method::GET,
        &format!("/api/v1/sources/{source}"),
        None,
        None,
    )
    .await
    .json();
    assert_eq!(witness["contact"], "+92 301 000 1111");
    let page = send(
        &fixture.app,
        Request::get(format!("/incidents/{id}"))
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert!(page.body.contains("A restricted source"));
    assert!(!page.body.contains("+92 301") && !page.body.contains("Phone interview"));
}

#[tokio::test]
async fn a_bad_form_comes_back_filled_in_with_the_problem_named() {
    let fixture = fixture();
    let (cookie, csrf) = sign_in(&fixture, Role::Contributor).await;
    let reply = post_form(
        &fixture,
        &cookie,
        "/sources",
        &[
            ("csrf", &csrf),
            ("publisher", "Dawn"),
            ("kind", "local_media"),
            ("url", "dawn.com/news/1"),
            ("claim1_incident", KHOST),
            ("claim1_killed_total", "ten"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        reply
            .body
            .contains("claim 1, killed: &quot;ten&quot; is not a figure"),
        "{}",
        reply.body
    );
    assert!(
        reply.body.contains("value=\"dawn.com/news/1\""),
        "kept as typed"
    );
    let reply = post_form(
        &fixture,
        &cookie,
        "/sources",
        &[
            ("csrf", &csrf),
            ("publisher", "Dawn"),
            ("kind", "local_media"),
            ("url", "dawn.com/news/1"),
        ],
    )
    .await;
    assert!(
        reply.body.contains("is not an absolute http(s) URL"),
        "{}",
        reply.body
    );
    // Nothing was written by either.
    let sources = call(
        &fixture,
        Role::Admin,
        Method::GET,
        "/api/v1/sources",
        None,
        None,
    )
    .await
    .json();
    assert!(
        sources["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["publisher"] != "Dawn" || s["id"] == "src-spare")
    );
}

#[tokio::test]
async fn a_verifier_grades_and_publishes_and_a_stale_form_is_refused() {
    let fixture = fixture();
    let (cookie, csrf) = sign_in(&fixture, Role::Verifier).await;
    let uri = format!("/incidents/{DRAFT}/review");
    let reply = post_form(
        &fixture,
        &cookie,
        &uri,
        &[
            ("csrf", &csrf),
            ("version", "1"),
            ("status", "published"),
            ("grade", "weak"),
            ("reason", "One local report."),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let public = call(
        &fixture,
        Role::Public,
        Method::GET,
        &format!("/api/v1/incidents/{DRAFT}/review"),
        None,
        None,
    )
    .await;
    assert_eq!(public.json()["grade"], "weak");
    // The same form again, from the page as it was before: the incident has moved on.
    let stale = post_form(
        &fixture,
        &cookie,
        &uri,
        &[
            ("csrf", &csrf),
            ("version", "1"),
            ("status", "discounted"),
            ("grade", ""),
            ("reason", ""),
        ],
    )
    .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let now = call(
        &fixture,
        Role::Public,
        Method::GET,
        &format!("/api/v1/incidents/{DRAFT}"),
        None,
        None,
    )
    .await;
    assert_eq!(now.json()["status"], "published");
    // A contributor's session cannot use the verifier's form.
    let (cookie, csrf) = sign_in(&fixture, Role::Contributor).await;
    let refused = post_form(
        &fixture,
        &cookie,
        &uri,
        &[("csrf", &csrf), ("status", "draft")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}
