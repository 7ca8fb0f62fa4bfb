//! The API's contracts: concurrent writers and ETags, errors that name the field, paging, merged
//! ids, CSRF, token revocation, the sign-in limit, and the OpenAPI document (valid, and the same
//! routes as the router, in both directions).
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::common;

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use common::*;
use serde_json::{Value, json};
use store::Role;

#[tokio::test]
async fn two_writers_one_wins_the_other_gets_412_and_nothing_is_lost() {
    let fixture = fixture();
    let uri = "/api/v1/incidents/inc-2025-12-01-draft";
    // Both read the same version.
    let vera = call(&fixture, Role::Verifier, Method::GET, uri, None, None).await;
    let cato = call(&fixture, Role::Contributor, Method::GET, uri, None, None).await;
    let etag = vera.header(header::ETAG).unwrap().to_owned();
    assert_eq!(cato.header(header::ETAG), Some(etag.as_str()));

    let mut first = vera.json();
    first["title"] = json!("Shelling near Chaman, confirmed by two outlets");
    let mut second = cato.json();
    second["summary"] = json!("A summary written against the old version.");
    // Sent at the same time: the store takes them one after the other.
    let (a, b) = tokio::join!(
        call(
            &fixture,
            Role::Verifier,
            Method::PUT,
            uri,
            Some(first.clone()),
            Some(&etag)
        ),
        call(
            &fixture,
            Role::Contributor,
            Method::PUT,
            uri,
            Some(second.clone()),
            Some(&etag)
        ),
    );
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::OK, StatusCode::PRECONDITION_FAILED]);
    let (winner, loser, won) = if a.status == StatusCode::OK {
        (&a, &b, &first)
    } else {
        (&b, &a, &second)
    };
    let error = loser.json();
    assert_eq!(error["error"]["code"], "precondition_failed");
    assert_eq!(error["error"]["field"], "If-Match");
    assert_eq!(
        loser.header(header::ETAG),
        winner.header(header::ETAG),
        "412 says the current ETag"
    );

    // The winner's change is there in full; the loser's is not half-applied.
    let now = call(&fixture, Role::Admin, Method::GET, uri, None, None)
        .await
        .json();
    assert_eq!(now["title"], won["title"]);
    assert_eq!(now["summary"], won["summary"]);
    // The loser retries on the current version and succeeds, keeping the winner's change.
    let current = call(&fixture, Role::Contributor, Method::GET, uri, None, None).await;
    let mut retry = current.json();
    retry["tags"] = json!(["retried"]);
    let tag = current.header(header::ETAG).unwrap().to_owned();
    let done = call(
        &fixture,
        Role::Contributor,
        Method::PUT,
        uri,
        Some(retry),
        Some(&tag),
    )
    .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(done.json()["title"], won["title"]);
}

#[tokio::test]
async fn updates_need_if_match_and_bad_input_names_the_field() {
    let fixture = fixture();
    let uri = "/api/v1/incidents/inc-2025-12-01-draft";
    let body = call(&fixture, Role::Verifier, Method::GET, uri, None, None)
        .await
        .json();
    let reply = call(
        &fixture,
        Role::Verifier,
        Method::PUT,
        uri,
        Some(body.clone()),
        None,
    )
    .await;
    assert_eq!(reply.status, StatusCode::PRECONDITION_REQUIRED);
    assert_eq!(reply.json()["error"]["code"], "precondition_required");

    let mut bad = body.clone();
    bad["places"][0]["coordinates"] = json!({"lat": 95.0, "lon": 69.0});
    let reply = call(
        &fixture,
        Role::Verifier,
        Method::PUT,
        uri,
        Some(bad),
        Some("\"1\""),
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = reply.json();
    assert_eq!(error["error"]["field"], "places[0].coordinates");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("latitude 95")
    );

    let mut dangling = body;
    dangling["perpetrators"] = json!(["NOBODY"]);
    let reply = call(
        &fixture,
        Role::Verifier,
        Method::PUT,
        uri,
        Some(dangling),
        Some("\"1\""),
    )
    .await;
    assert_eq!(reply.json()["error"]["field"], "perpetrators[0]");

    let reply = call(
        &fixture,
        Role::Public,
        Method::GET,
        "/api/v1/incidents?from=yesterday",
        None,
        None,
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.json()["error"]["field"], "from");
    let reply = call(
        &fixture,
        Role::Public,
        Method::GET,
        "/api/v1/incidents?colour=red",
        None,
        None,
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.json()["error"]["field"], "colour");
}

#[tokio::test]
async fn soft_deletes_are_reversible_and_merged_ids_redirect() {
    let fixture = fixture();
    let uri = "/api/v1/claims/clm-3";
    assert_eq!(
        call(&fixture, Role::Verifier, Method::DELETE, uri, None, None)
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        call(&fixture, Role::Verifier, Method::GET, uri, None, None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let restored = call(
        &fixture,
        Role::Verifier,
        Method::POST,
        "/api/v1/claims/clm-3/restore",
        None,
        None,
    )
    .await;
    assert_eq!(restored.status, StatusCode::OK);
    assert_eq!(restored.json()["id"], "clm-3");

    let merged = call(
        &fixture,
        Role::Verifier,
        Method::POST,
        "/api/v1/incidents/inc-2025-12-01-draft/merge",
        Some(json!({"duplicate": DUPLICATE})),
        None,
    )
    .await;
    assert_eq!(merged.status, StatusCode::OK, "{}", merged.body);
    let old = call(
        &fixture,
        Role::Viewer,
        Method::GET,
        "/api/v1/incidents/inc-2025-12-02-dup",
        None,
        None,
    )
    .await;
    assert_eq!(old.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        old.header(header::LOCATION),
        Some("/api/v1/incidents/inc-2025-12-01-draft")
    );
    // The survivor is a draft: the public learns nothing about either id.
    let old = call(
        &fixture,
        Role::Public,
        Method::GET,
        "/api/v1/incidents/inc-2025-12-02-dup",
        None,
        None,
    )
    .await;
    assert_eq!(old.status, StatusCode::NOT_FOUND);
    let page = send(
        &fixture.app,
        request(
            &fixture,
            Role::Viewer,
            Method::GET,
            "/incidents/inc-2025-12-02-dup",
            None,
        )
        .body(Body::empty())
        .unwrap(),
    )
    .await;
    assert_eq!(
        page.header(header::LOCATION),
        Some("/incidents/inc-2025-12-01-draft")
    );
}

#[tokio::test]
async fn cursor_paging_walks_every_record_once() {
    let fixture = fixture();
    let mut seen = Vec::new();
    let mut uri = "/api/v1/incidents?limit=1".to_owned();
    loop {
        let page = call(&fixture, Role::Viewer, Method::GET, &uri, None, None)
            .await
            .json();
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 1);
        seen.extend(items.iter().map(|i| i["id"].as_str().unwrap().to_owned()));
        match page.get("next").and_then(Value::as_str) {
            Some(next) => uri = format!("/api/v1/incidents?limit=1&cursor={next}"),
            None => break,
        }
    }
    let all = call(
        &fixture,
        Role::Viewer,
        Method::GET,
        "/api/v1/incidents",
        None,
        None,
    )
    .await
    .json();
    let all: Vec<String> = all["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(seen, all);
    assert_eq!(all.len(), 4);
    let bad = call(
        &fixture,
        Role::Viewer,
        Method::GET,
        "/api/v1/claims?cursor=zz",
        None,
        None,
    )
    .await;
    assert_eq!(bad.json()["error"]["field"], "cursor");
}

#[tokio::test]
async fn session_writes_need_the_csrf_token() {
    let fixture = fixture();
    let (cookie, csrf) = sign_in(&fixture, Role::Verifier).await;
    let body = json!({"id": "cf-csrf", "name": "Truce", "parties": ["PAK"], "span": {"start": "2025-10-19"}});
    let post = |token: Option<&str>| {
        let mut builder = Request::post("/api/v1/ceasefires")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(token) = token {
            builder = builder.header("x-csrf-token", token);
        }
        send(
            &fixture.app,
            builder.body(Body::from(body.to_string())).unwrap(),
        )
    };
    let refused = post(None).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert_eq!(refused.json()["error"]["code"], "csrf");
    assert_eq!(post(Some("0000")).await.status, StatusCode::FORBIDDEN);
    assert_eq!(post(Some(&csrf)).await.status, StatusCode::CREATED);

    // A form posted without the session's token is refused and writes nothing.
    let form = |csrf: &str| {
        Request::post("/incidents/inc-2025-12-01-draft/review")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "csrf={csrf}&status=published&grade=&reason="
            )))
            .unwrap()
    };
    assert_eq!(
        send(&fixture.app, form("forged")).await.status,
        StatusCode::FORBIDDEN
    );
    let draft = call(
        &fixture,
        Role::Viewer,
        Method::GET,
        "/api/v1/incidents/inc-2025-12-01-draft",
        None,
        None,
    )
    .await;
    assert_eq!(draft.json()["status"], "draft");
    assert_eq!(
        send(&fixture.app, form(&csrf)).await.status,
        StatusCode::SEE_OTHER
    );
    let draft = call(
        &fixture,
        Role::Viewer,
        Method::GET,
        "/api/v1/incidents/inc-2025-12-01-draft",
        None,
        None,
    )
    .await;
    assert_eq!(draft.json()["status"], "published");

    // Signing out ends the session: the cookie no longer signs anyone in.
    let out = send(
        &fixture.app,
        Request::post("/logout")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("csrf={csrf}")))
            .unwrap(),
    )
    .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(
        out.header(header::SET_COOKIE)
            .unwrap()
            .contains("Max-Age=0")
    );
    let me = send(
        &fixture.app,
        Request::get("/api/v1/me")
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(me.json()["role"], "public");
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_strict() {
    let fixture = fixture();
    let reply = send(
        &fixture.app,
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "name=vic&password={}",
                fixture.passwords[&Role::Viewer]
            )))
            .unwrap(),
    )
    .await;
    let cookie = reply.header(header::SET_COOKIE).unwrap();
    for part in [
        "crosscheck_session=",
        "HttpOnly",
        "SameSite=Strict",
        "Path=/",
    ] {
        assert!(cookie.contains(part), "{cookie}");
    }
}

#[tokio::test]
async fn a_revoked_token_stops_working_at_once() {
    let fixture = fixture();
    let (id, secret) = fixture.spare_token.clone();
    let me = |secret: String| {
        send(
            &fixture.app,
            Request::get("/api/v1/me")
                .header(header::AUTHORIZATION, format!("Bearer {secret}"))
                .body(Body::empty())
                .unwrap(),
        )
    };
    assert_eq!(me(secret.clone()).await.json()["role"], "viewer");
    let revoked = call(
        &fixture,
        Role::Admin,
        Method::DELETE,
        &format!("/api/v1/tokens/{id}"),
        None,
        None,
    )
    .await;
    assert_eq!(revoked.status, StatusCode::OK);
    assert!(revoked.json()["revoked"].is_string());
    let after = me(secret).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED);
    assert_eq!(after.json()["error"]["code"], "unauthenticated");
    let junk = me("cct_not-a-token".into()).await;
    assert_eq!(junk.status, StatusCode::UNAUTHORIZED);
    // Listing tokens never shows a secret.
    let list = call(
        &fixture,
        Role::Admin,
        Method::GET,
        "/api/v1/tokens",
        None,
        None,
    )
    .await;
    for secret in fixture.tokens.values() {
        assert!(!list.body.contains(secret.as_str()));
    }
}

#[tokio::test]
async fn sign_ins_are_limited_per_account() {
    let fixture = fixture();
    let attempt = |password: String| {
        send(
            &fixture.app,
            Request::post("/login")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(format!("name=cato&password={password}")))
                .unwrap(),
        )
    };
    for _ in 0..web::ratelimit::ACCOUNT_FAILURES {
        let reply = attempt("wrong".into()).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
        assert!(reply.body.contains("do not match an account"));
    }
    // Locked: even the right password is not tried, and the answer says how long to wait.
    let reply = attempt(fixture.passwords[&Role::Contributor].clone()).await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        reply
            .header(header::RETRY_AFTER)
            .unwrap()
            .parse::<u64>()
            .unwrap()
            > 0
    );
    // Another account is not locked by it.
    let other = send(
        &fixture.app,
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!(
                "name=vic&password={}",
                fixture.passwords[&Role::Viewer]
            )))
            .unwrap(),
    )
    .await;
    assert_eq!(other.status, StatusCode::SEE_OTHER);
}

/// Every `$ref` in the document points at a schema the document holds.
fn refs(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get("$ref") {
                out.insert(target.clone());
            }
            map.values().for_each(|v| refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_openapi_document_is_valid_3_1() {
    let fixture = fixture();
    let reply = call(
        &fixture,
        Role::Public,
        Method::GET,
        "/api/v1/openapi.json",
        None,
        None,
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    let doc = reply.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1."));
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    let methods = ["get", "put", "post", "delete", "patch"];
    let paths = doc["paths"].as_object().unwrap();
    let mut operation_ids = BTreeSet::new();
    for (path, item) in paths {
        assert!(path.starts_with("/api/v1/"), "{path}");
        let item = item.as_object().unwrap();
        assert!(!item.is_empty(), "{path} has no operation");
        let declared: BTreeSet<String> = web::api::openapi::path_parameters(path)
            .into_iter()
            .collect();
        for (method, op) in item {
            assert!(methods.contains(&method.as_str()), "{path} {method}");
            assert!(
                operation_ids.insert(op["operationId"].as_str().unwrap().to_owned()),
                "duplicate id"
            );
            let responses = op["responses"].as_object().unwrap();
            assert!(!responses.is_empty());
            for (status, response) in responses {
                assert!(status.parse::<u16>().is_ok(), "{path} {method} {status}");
                assert!(
                    response["description"].is_string(),
                    "{path} {method} {status}"
                );
            }
            let in_path: BTreeSet<String> = op["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|p| p["in"] == "path")
                .inspect(|p| assert_eq!(p["required"], true))
                .map(|p| p["name"].as_str().unwrap().to_owned())
                .collect();
            assert_eq!(in_path, declared, "{path} {method}: path parameters");
        }
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let mut targets = BTreeSet::new();
    refs(&doc, &mut targets);
    assert!(targets.len() > 10);
    for target in targets {
        let name = target
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("{target}"));
        assert!(schemas.contains_key(name), "{target} does not resolve");
    }
    for name in [
        "Incident",
        "Source",
        "Claim",
        "Ceasefire",
        "Talks",
        "Statement",
        "ErrorBody",
    ] {
        assert!(schemas.contains_key(name), "{name}");
    }
}

#[tokio::test]
async fn the_document_and_the_router_have_the_same_routes_both_ways() {
    let fixture = fixture();
    let doc = call(
        &fixture,
        Role::Public,
        Method::GET,
        "/api/v1/openapi.json",
        None,
        None,
    )
    .await
    .json();
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            documented.insert((method.to_uppercase(), path.clone()));
        }
    }
    let registered: BTreeSet<(String, String)> = web::api::registered_routes()
        .into_iter()
        .map(|(method, path)| (method.to_string(), path))
        .collect();
    assert_eq!(documented, registered);

    // Every documented operation is answered by its route, not by the fallback; every other
    // method on a documented path is not allowed.
    let all = ["GET", "POST", "PUT", "DELETE", "PATCH"];
    let paths: BTreeSet<&String> = documented.iter().map(|(_, p)| p).collect();
    for path in paths {
        let uri = path.replace("{id}", "x");
        for method in all {
            let reply = call(
                &fixture,
                Role::Admin,
                method.parse().unwrap(),
                &uri,
                None,
                None,
            )
            .await;
            let listed = documented.contains(&(method.to_owned(), path.clone()));
            if listed {
                assert_ne!(
                    reply.status,
                    StatusCode::METHOD_NOT_ALLOWED,
                    "{method} {path}"
                );
                let fell_through = serde_json::from_str::<Value>(&reply.body)
                    .is_ok_and(|v| v["error"]["code"] == "no_route");
                assert!(!fell_through, "{method} {path} fell through");
            } else {
                assert_eq!(
                    reply.status,
                    StatusCode::METHOD_NOT_ALLOWED,
                    "{method} {path} answers but is undocumented"
                );
            }
        }
    }
    // And an address outside the table is the JSON fallback.
    let reply = call(
        &fixture,
        Role::Admin,
        Method::GET,
        "/api/v1/nowhere",
        None,
        None,
    )
    .await;
    assert_eq!(reply.json()["error"]["code"], "no_route");
}

#[tokio::test]
async fn admins_make_users_with_a_one_time_password_that_signs_in() {
    let fixture = fixture();
    let made = call(
        &fixture,
        Role::Admin,
        Method::POST,
        "/api/v1/users",
        Some(json!({"name": "nadia", "role": "contributor"})),
        None,
    )
    .await;
    assert_eq!(made.status, StatusCode::CREATED);
    let made = made.json();
    let password = made["password"].as_str().unwrap();
    assert_eq!(password.len(), 20);
    let login = send(
        &fixture.app,
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("name=nadia&password={password}")))
            .unwrap(),
    )
    .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    let users = call(
        &fixture,
        Role::Admin,
        Method::GET,
        "/api/v1/users",
        None,
        None,
    )
    .await;
    assert!(!users.body.contains(password) && !users.body.contains("argon2"));
}
