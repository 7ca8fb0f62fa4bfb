//! Every API route, every page and the export, walked for every role (public, viewer,
//! contributor, verifier, admin): what each may do succeeds, what it may not is refused with 401
//! or 403 (or 404, for what it may not know exists), and no response to a role without clearance
//! holds any of the fixture's restricted strings.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::common;

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use common::*;
use serde_json::{Value, json};
use store::Role;

const ROLES: [Role; 5] = [
    Role::Public,
    Role::Viewer,
    Role::Contributor,
    Role::Verifier,
    Role::Admin,
];

/// The record each kind's item routes act on, and a new record for its create route.
fn target(plural: &str) -> &'static str {
    match plural {
        "incidents" => DRAFT,
        "sources" => "src-spare",
        "claims" => "clm-3",
        "ceasefires" => "cf-2025-10-15",
        "talks" => "talks-istanbul-1",
        "statements" => "st-1",
        other => panic!("no target for {other}"),
    }
}

fn new_record(plural: &str, role: Role) -> Value {
    let suffix = role.as_str();
    match plural {
        "incidents" => json!({
            "id": format!("inc-new-{suffix}"), "title": "Mortar fire reported in Kurram",
            "date": {"date": "2025-12-03", "precision": "day"},
            "places": [{"country": "PAK", "admin1": "Khyber Pakhtunkhwa", "precision": "region"}],
            "event_type": "shelling", "summary": "Residents reported mortar fire.", "status": "draft"
        }),
        "sources" => json!({"source": {
            "id": format!("src-new-{suffix}"), "publisher": "Dawn", "kind": "local_media"
        }}),
        "claims" => json!({
            "id": format!("clm-new-{suffix}"), "incident": KHOST, "source": "src-dw-2025-11-25",
            "figures": {"killed": {"total": {"qualifier": "at_least", "value": 10}}}
        }),
        "ceasefires" => json!({
            "id": format!("cf-new-{suffix}"), "name": "Doha truce", "parties": ["PAK", "TALIBAN"],
            "span": {"start": "2025-10-19"}
        }),
        "talks" => json!({
            "id": format!("talks-new-{suffix}"), "name": "Doha talks", "parties": ["PAK", "TALIBAN"],
            "span": {"start": "2025-10-18", "end": "2025-10-19"}, "outcome": "agreement"
        }),
        "statements" => json!({
            "id": format!("st-new-{suffix}"), "actor": "PAK", "date": "2025-11-26",
            "text": "Denied the strikes.", "stance": "denies"
        }),
        other => panic!("no new record for {other}"),
    }
}

/// The status a role that may use an operation gets, and what one that may not gets.
fn refused(role: Role) -> StatusCode {
    if role == Role::Public {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::FORBIDDEN
    }
}

fn assert_no_secret(role: Role, what: &str, body: &str) {
    if role >= Role::Verifier {
        return;
    }
    for secret in SECRETS {
        assert!(
            !body.contains(secret),
            "{what} leaked {secret:?} to {role}: {body}"
        );
    }
}

/// Sends one API operation as `role` and returns the reply.
async fn perform(fixture: &Fixture, role: Role, op: &web::api::Operation) -> Reply {
    let path = op.path.as_str();
    let segments: Vec<&str> = path.trim_start_matches("/api/v1/").split('/').collect();
    let plural = segments[0];
    let method = op.method.clone();
    let id_path = |id: &str| path.replace("{id}", id);
    match op.id.as_str() {
        id if id.starts_with("update_") => {
            // Read it as this role, then write back a change with the ETag read.
            let uri = id_path(target(plural));
            let mut read = call(fixture, role, Method::GET, &uri, None, None).await;
            if read.status != StatusCode::OK {
                // A role that may not read it still tries to write what an admin read.
                read = call(fixture, Role::Admin, Method::GET, &uri, None, None).await;
            }
            let etag = read.header(header::ETAG).unwrap().to_owned();
            let mut body = read.json();
            let changed = match plural {
                "incidents" => ("summary", json!("Edited in the role walk.")),
                "sources" => ("title", json!("Edited in the role walk")),
                "claims" => ("quote", json!("edited in the role walk")),
                "statements" => ("text", json!("Edited in the role walk.")),
                _ => ("name", json!("Edited in the role walk")),
            };
            body[changed.0] = changed.1;
            call(fixture, role, method, &uri, Some(body), Some(&etag)).await
        }
        id if id.starts_with("create_") && !matches!(id, "create_user" | "create_token") => {
            call(
                fixture,
                role,
                method,
                path,
                Some(new_record(plural, role)),
                None,
            )
            .await
        }
        "review_incident" => {
            let body =
                json!({"status": "under_review", "grade": "weak", "reason": "One local report."});
            call(fixture, role, method, &id_path(DRAFT), Some(body), None).await
        }
        "merge_incidents" => {
            let body = json!({"duplicate": DUPLICATE});
            call(fixture, role, method, &id_path(KHOST), Some(body), None).await
        }
        "get_review" => call(fixture, role, method, &id_path(KHOST), None, None).await,
        "create_user" => {
            let body = json!({"name": format!("new-{}", role.as_str()), "role": "viewer"});
            call(fixture, role, method, path, Some(body), None).await
        }
        "create_token" => {
            let body = json!({"user": "vic", "label": "walk"});
            call(fixture, role, method, path, Some(body), None).await
        }
        "revoke_token" => {
            call(
                fixture,
                role,
                method,
                &id_path(&fixture.spare_token.0.to_string()),
                None,
                None,
            )
            .await
        }
        _ if path.contains("{id}") => {
            // Reads go to published records the public may see too.
            let id = match (op.id.starts_with("get_"), plural) {
                (true, "incidents") => KHOST,
                (true, "sources") => "src-dw-2025-11-25",
                _ => target(plural),
            };
            call(fixture, role, method, &id_path(id), None, None).await
        }
        _ => call(fixture, role, method, path, None, None).await,
    }
}

#[tokio::test]
async fn every_api_route_for_every_role() {
    let operations = web::api::operations();
    let mut walked = BTreeSet::new();
    for role in ROLES {
        // A fresh record per role, so that each role's writes meet the same record.
        let fixture = fixture();
        for op in &operations {
            let reply = perform(&fixture, role, op).await;
            let what = format!("{} {} ({})", op.method, op.path, op.id);
            assert_no_secret(role, &what, &reply.body);
            let allowed = role >= op.role;
            if allowed {
                assert_eq!(
                    reply.status.as_u16(),
                    op.status,
                    "{what} as {role}: {}",
                    reply.body
                );
            } else {
                assert_eq!(
                    reply.status,
                    refused(role),
                    "{what} as {role}: {}",
                    reply.body
                );
                let error = reply.json();
                assert!(
                    error["error"]["message"]
                        .as_str()
                        .is_some_and(|m| !m.is_empty())
                );
            }
            walked.insert(op.id.clone());
        }
    }
    assert_eq!(walked.len(), operations.len(), "every operation walked");
}

#[tokio::test]
async fn what_each_role_reads_and_may_not_know_exists() {
    for role in ROLES {
        let fixture = fixture();
        let get = |uri: &'static str| call(&fixture, role, Method::GET, uri, None, None);
        let cleared = role >= Role::Verifier;
        let signed_in = role > Role::Public;

        // Drafts: signed-in roles only; the public gets the same 404 as for nothing.
        let draft = get("/api/v1/incidents/inc-2025-12-01-draft").await;
        let nothing = get("/api/v1/incidents/inc-never-was").await;
        assert_eq!(nothing.status, StatusCode::NOT_FOUND);
        if signed_in {
            assert_eq!(draft.status, StatusCode::OK);
        } else {
            assert_eq!(draft.status, StatusCode::NOT_FOUND);
            assert_eq!(
                draft.json()["error"]["message"]
                    .as_str()
                    .unwrap()
                    .replace("inc-2025-12-01-draft", "X"),
                nothing.json()["error"]["message"]
                    .as_str()
                    .unwrap()
                    .replace("inc-never-was", "X"),
            );
        }
        let list = get("/api/v1/incidents").await.json();
        assert_eq!(
            list["items"].as_array().unwrap().len(),
            if signed_in { 4 } else { 2 }
        );

        // The restricted source: verifiers and admins only, a plain 404 for everyone else.
        let witness = get("/api/v1/sources/src-witness-1").await;
        assert_eq!(
            witness.status,
            if cleared {
                StatusCode::OK
            } else {
                StatusCode::NOT_FOUND
            }
        );
        let claim = get("/api/v1/claims/clm-witness").await.json();
        assert_eq!(
            claim["source"],
            if cleared {
                "src-witness-1"
            } else {
                store::RESTRICTED_SOURCE_ID
            }
        );
        let talks = get("/api/v1/talks/talks-istanbul-1").await.json();
        assert_eq!(
            talks["sources"].as_array().unwrap().len(),
            if cleared { 2 } else { 1 }
        );
        let dw = get("/api/v1/sources/src-dw-2025-11-25").await.json();
        assert_eq!(dw.get("contact").is_some(), cleared);

        // The export: the same rules, stamped with the redaction it applied.
        let export = get("/api/v1/export").await;
        assert_eq!(export.status, StatusCode::OK);
        assert_no_secret(role, "the export", &export.body);
        let dataset = export.json();
        let redacted = dataset["audit"]["redacted"].as_str();
        let expected = match role {
            Role::Public => Some("public"),
            Role::Viewer | Role::Contributor => Some("internal"),
            _ => None,
        };
        assert_eq!(redacted, expected);
        assert_eq!(
            dataset["incidents"].as_array().unwrap().len(),
            if signed_in { 4 } else { 2 }
        );

        // The search: text only in a draft's title finds nothing for the public.
        let found = get("/api/v1/incidents?q=Chaman").await.json();
        assert_eq!(
            found["items"].as_array().unwrap().len(),
            if signed_in { 2 } else { 0 }
        );
        let found = get("/api/v1/incidents?q=field%20team").await.json();
        assert_eq!(
            found["items"].as_array().unwrap().len(),
            0,
            "notes are not searched"
        );
    }
}

#[tokio::test]
async fn every_page_for_every_role() {
    for role in ROLES {
        let fixture = fixture();
        let session = if role == Role::Public {
            None
        } else {
            Some(sign_in(&fixture, role).await)
        };
        let page = |uri: &str| {
            let mut builder = Request::get(uri);
            if let Some((cookie, _)) = &session {
                builder = builder.header(header::COOKIE, cookie);
            }
            send(&fixture.app, builder.body(Body::empty()).unwrap())
        };
        let signed_in = role > Role::Public;
        for (uri, ok_for_role) in [
            ("/", true),
            ("/incidents", true),
            ("/incidents?q=Chaman", true),
            ("/incidents?grade=fair&sort=-killed", true),
            ("/incidents.csv", true),
            ("/incidents.geojson", true),
            ("/incidents.json", true),
            ("/ceasefires", true),
            ("/reactions", true),
            ("/sources", true),
            ("/incidents/inc-2025-11-25-khost", true),
            ("/incidents/inc-2025-12-01-draft", signed_in),
            ("/incidents/new", role >= Role::Contributor),
            ("/sources/new", role >= Role::Contributor),
            ("/login", true),
            ("/escalation", true),
        ] {
            let reply = page(uri).await;
            assert_no_secret(role, uri, &reply.body);
            let expected = match (ok_for_role, role) {
                (true, _) => StatusCode::OK,
                (false, Role::Public) if uri.ends_with("/new") => StatusCode::SEE_OTHER,
                (false, Role::Public) => StatusCode::NOT_FOUND,
                (false, _) => StatusCode::FORBIDDEN,
            };
            assert_eq!(reply.status, expected, "{uri} as {role}");
        }
        let khost = page("/incidents/inc-2025-11-25-khost").await.body;
        assert!(khost.contains("fair"), "the verifier's grade is public");
        assert_eq!(
            khost.contains("Grade and publish"),
            role >= Role::Verifier,
            "{role}"
        );
        assert_eq!(
            khost.contains("A restricted source"),
            role < Role::Verifier,
            "{role}"
        );
        assert_eq!(
            khost.contains("Add a source with its claims"),
            role >= Role::Contributor
        );
        let list = page("/incidents").await.body;
        assert_eq!(list.contains("Unconfirmed shelling near Chaman"), signed_in);
        let export = page("/incidents.csv").await.body;
        assert_eq!(
            export.contains("Unconfirmed shelling near Chaman"),
            signed_in
        );
        let sources = page("/sources").await.body;
        assert_eq!(sources.contains("Field interview"), role >= Role::Verifier);
    }
}

#[tokio::test]
async fn early_warning_on_every_page_names_no_restricted_source_for_any_role() {
    for role in ROLES {
        let fixture = fixture();
        let session = if role == Role::Public {
            None
        } else {
            Some(sign_in(&fixture, role).await)
        };
        let page = |uri: &str| {
            let mut builder = Request::get(uri);
            if let Some((cookie, _)) = &session {
                builder = builder.header(header::COOKIE, cookie);
            }
            send(&fixture.app, builder.body(Body::empty()).unwrap())
        };
        // The Khost strike, in the open ceasefire, is flagged; the witness's claim counts among
        // the allegations without being named, whoever reads (verifiers see the source itself
        // in the claims, not in the sentence).
        let alleged = "alleged perpetrator: Pakistan, alleged by Taliban; reported as such by a restricted source";
        for uri in [
            "/incidents/inc-2025-11-25-khost",
            "/ceasefires",
            "/escalation",
        ] {
            let body = page(uri).await.body;
            assert!(body.contains(alleged), "{uri} as {role}");
            assert_no_secret(role, uri, &body);
        }
        // UNAMA's statement is shown everywhere, its restricted source nowhere below clearance.
        for (uri, shown) in [
            ("/reactions", "id=\"st-unama\""),
            ("/incidents/inc-2025-11-25-khost", "id=\"st-unama\""),
            (
                "/?from=2025-11-01&to=2025-11-30",
                "UNAMA calls for restraint",
            ),
        ] {
            let body = page(uri).await.body;
            assert!(body.contains(shown), "{uri} as {role}");
            assert_no_secret(role, uri, &body);
        }
        // The draft, in the same ceasefire's window, is listed under it only for those who may
        // see drafts.
        let ceasefires = page("/ceasefires").await.body;
        assert_eq!(
            ceasefires.contains("Unconfirmed shelling near Chaman"),
            role > Role::Public,
            "{role}"
        );
    }
}
