//! What the router tests share: a store with the fixture's records plus a draft, a duplicate, a
//! witness's claim (attributing the Khost strike to Pakistan), a source with a contact, a round of
//! talks, an open ceasefire and a statement citing the witness, and a review; one user and one API
//! token per role; and helpers to send requests without a socket.
#![allow(clippy::unwrap_used, dead_code)] // Tests fail loudly; not every test file uses every helper.

use std::collections::HashMap;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use model::{Claim, Dataset, Incident, IncidentId, SourceId, Status};
use store::{Grade, Principal, ReviewInput, Role, Store};
use tower::ServiceExt;

pub const SAMPLE: &str = include_str!("../../../store/tests/fixtures/sample.json");

/// Text that only verifiers and admins may ever receive.
pub const SECRETS: [&str; 7] = [
    "Field interview",
    "+93 700",
    "Do not name",
    "Check with the field team",
    "src-witness-1",
    "+92 300 555",
    "stringer in Khost",
];

/// The records the tests point at.
pub const KHOST: &str = "inc-2025-11-25-khost";
pub const DRAFT: &str = "inc-2025-12-01-draft";
pub const DUPLICATE: &str = "inc-2025-12-02-dup";

/// Every role, with the user that holds it.
pub const USERS: [(Role, &str); 4] = [
    (Role::Viewer, "vic"),
    (Role::Contributor, "cato"),
    (Role::Verifier, "vera"),
    (Role::Admin, "root"),
];

pub struct Fixture {
    pub app: Router,
    /// An API token per signed-in role.
    pub tokens: HashMap<Role, String>,
    /// Each user's one-time password.
    pub passwords: HashMap<Role, String>,
    /// A token that tests may revoke.
    pub spare_token: (u64, String),
}

fn json<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).unwrap()
}

pub fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let mut dataset: Dataset = interop::read_dataset("sample.json", SAMPLE).unwrap();
    dataset.talks.push(json(serde_json::json!({
        "id": "talks-istanbul-1", "name": "Istanbul talks, first round",
        "parties": ["PAK", "TALIBAN"], "span": {"start": "2025-10-25", "end": "2025-10-30"},
        "outcome": "ongoing", "sources": ["src-witness-1", "src-rferl-2025-10-12"]
    })));
    dataset.sources.push(json(serde_json::json!({
        "id": "src-spare", "publisher": "Dawn", "kind": "local_media"
    })));
    // Early warning reads these: the Khost strike falls in the open ceasefire (flagged as a
    // possible violation, alleged by a restricted source among others), and a third party's
    // statement about it cites the witness.
    dataset.actors.push(json(serde_json::json!({
        "id": "UNAMA", "name": "United Nations Assistance Mission in Afghanistan (UNAMA)",
        "kind": "intergovernmental", "party": false
    })));
    dataset.ceasefires.push(json(serde_json::json!({
        "id": "cf-2025-10-19", "name": "Doha ceasefire", "parties": ["PAK", "TALIBAN"],
        "span": {"start": "2025-10-19"}, "sources": ["src-witness-1", "src-rferl-2025-10-12"]
    })));
    dataset.statements.push(json(serde_json::json!({
        "id": "st-unama", "actor": "UNAMA", "date": "2025-11-26",
        "text": "UNAMA calls for restraint and an end to hostilities.", "stance": "calls_for_restraint",
        "about_incidents": [KHOST], "source": "src-witness-1"
    })));
    store.import(&dataset, "test fixture").unwrap();
    let root = Principal::local("test fixture");
    let khost = store
        .incident(&IncidentId::new(KHOST).unwrap())
        .unwrap()
        .unwrap();
    for (id, title) in [
        (DRAFT, "Unconfirmed shelling near Chaman"),
        (DUPLICATE, "Shelling near Chaman, second report"),
    ] {
        let mut draft: Incident = khost.clone();
        draft.id = IncidentId::new(id).unwrap();
        draft.title = title.into();
        draft.status = Status::Draft;
        draft.internal_notes = None;
        store.create(&root, draft).unwrap();
    }
    let witness: Claim = json(serde_json::json!({
        "id": "clm-witness", "incident": KHOST, "source": "src-witness-1", "attributed_to": "PAK",
        "figures": {"injured": {"total": {"qualifier": "approx", "value": 4}}}
    }));
    store.create(&root, witness).unwrap();
    let mut dw = store
        .source(&SourceId::new("src-dw-2025-11-25").unwrap())
        .unwrap()
        .unwrap();
    dw.contact = Some("+92 300 555 0101".into());
    dw.internal_notes = Some("Our stringer in Khost confirmed by phone.".into());
    store.update(&root, "src-dw-2025-11-25", dw, None).unwrap();
    store
        .review(
            &root,
            &IncidentId::new(KHOST).unwrap(),
            ReviewInput {
                grade: Some(Grade::Fair),
                reason: Some("Two independent outlets and the UN.".into()),
                ..Default::default()
            },
            None,
        )
        .unwrap();
    store
}

pub fn fixture() -> Fixture {
    let mut store = store();
    let root = Principal::local("test fixture");
    let mut tokens = HashMap::new();
    let mut passwords = HashMap::new();
    for (role, name) in USERS {
        passwords.insert(role, store.add_user(&root, name, role).unwrap());
        let (_, secret) = store
            .create_token(&root, name, None, Some("tests"))
            .unwrap();
        tokens.insert(role, secret);
    }
    let (spare, secret) = store
        .create_token(&root, "vic", None, Some("spare"))
        .unwrap();
    Fixture {
        app: web::router(web::AppState::new(store)),
        tokens,
        passwords,
        spare_token: (spare.id, secret),
    }
}

/// A response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    pub fn header(&self, name: header::HeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 24)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

/// GETs a page of `store` as the public sees it: its status and body.
pub async fn public_page(store: Store, uri: &str) -> (StatusCode, String) {
    let app = web::router(web::AppState::new(store));
    let reply = send(&app, Request::get(uri).body(Body::empty()).unwrap()).await;
    (reply.status, reply.body)
}

/// A request, with the role's token when it has one.
pub fn request(
    fixture: &Fixture,
    role: Role,
    method: Method,
    uri: &str,
    body: Option<serde_json::Value>,
) -> axum::http::request::Builder {
    let mut builder = Request::builder().method(method).uri(uri);
    if let Some(token) = fixture.tokens.get(&role) {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    if body.is_some() {
        builder = builder.header(header::CONTENT_TYPE, "application/json");
    }
    builder
}

pub async fn call(
    fixture: &Fixture,
    role: Role,
    method: Method,
    uri: &str,
    body: Option<serde_json::Value>,
    if_match: Option<&str>,
) -> Reply {
    let mut builder = request(fixture, role, method, uri, body.clone());
    if let Some(tag) = if_match {
        builder = builder.header(header::IF_MATCH, tag);
    }
    let body = body.map_or_else(Body::empty, |b| Body::from(b.to_string()));
    send(&fixture.app, builder.body(body).unwrap()).await
}

/// Signs in through the form and returns the session cookie and its CSRF token (read from a
/// page's sign-out form).
pub async fn sign_in(fixture: &Fixture, role: Role) -> (String, String) {
    let name = USERS.iter().find(|(r, _)| *r == role).unwrap().1;
    let password = &fixture.passwords[&role];
    let reply = send(
        &fixture.app,
        Request::post("/login")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(format!("name={name}&password={password}")))
            .unwrap(),
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let cookie = reply
        .header(header::SET_COOKIE)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let page = send(
        &fixture.app,
        Request::get("/incidents")
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let csrf = page
        .body
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    (cookie, csrf)
}
