//! The JSON API under `/api/v1`: list, get, create, update, soft delete and restore for
//! incidents, sources, claims, ceasefires, talks and statements; reviews and merges of incidents;
//! the export; the audit log; users and tokens; and the OpenAPI document describing all of it.
//!
//! Every route is one entry of [`operations`]: the router is built from that table and so is the
//! OpenAPI document (`openapi.rs`), so the two cannot disagree (a test walks both). Handlers are
//! thin: they say who is asking ([`Caller`]), call the store, which decides what the caller may
//! see and do, and turn the answer into JSON, with an `ETag` per record (its version) and
//! `If-Match` required on updates.

pub mod error;
pub mod openapi;
pub mod wire;

use axum::body::Bytes;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post, put};
use axum::{Json, Router};
use model::{Ceasefire, Claim, Date, Incident, IncidentId, Source, Statement, Status, Talks};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;
use serde::de::DeserializeOwned;
use store::{IncidentFilter, Kind, ReviewInput, Role, Versioned};

use crate::AppState;
use crate::auth::Caller;
use error::ApiError;
use wire::{Page, TokenCreated, UserCreated};

/// The prefix of every API route.
pub const PREFIX: &str = "/api/v1";

/// Records per page when the caller does not say.
const DEFAULT_LIMIT: usize = 50;
/// The most records a page holds.
const MAX_LIMIT: usize = 500;

/// Writes a JSON Schema for a type into the document's components.
pub type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

fn schema<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

/// A query parameter an operation reads.
#[derive(Clone, Debug)]
pub struct QueryParam {
    /// Its name.
    pub name: &'static str,
    /// What it does.
    pub description: &'static str,
    /// Its JSON type (`string` or `integer`).
    pub kind: &'static str,
}

const fn param(name: &'static str, kind: &'static str, description: &'static str) -> QueryParam {
    QueryParam {
        name,
        description,
        kind,
    }
}

const PAGING: [QueryParam; 2] = [
    param("cursor", "string", "The `next` value of the previous page."),
    param(
        "limit",
        "integer",
        "Records per page, 1 to 500 (50 when absent).",
    ),
];

/// One route of the API: its method and path, what the document says of it, and its handler.
pub struct Operation {
    /// The HTTP method.
    pub method: Method,
    /// The path, with `{id}`-style parameters.
    pub path: String,
    /// The operation's id in the document.
    pub id: String,
    /// What it does, in a line.
    pub summary: String,
    /// The least role that may use it (the store checks; this documents it).
    pub role: Role,
    /// Query parameters.
    pub query: Vec<QueryParam>,
    /// The request body's schema.
    pub body: Option<SchemaFn>,
    /// The success status.
    pub status: u16,
    /// The success body's schema.
    pub response: Option<SchemaFn>,
    /// Whether the success carries an `ETag`.
    pub etag: bool,
    /// The error statuses it may answer with.
    pub errors: Vec<u16>,
    /// The handler.
    pub route: MethodRouter<AppState>,
}

/// The ETag of a record at a version.
pub fn etag(version: u64) -> String {
    format!("\"{version}\"")
}

/// What `If-Match` asks for: None without the header, `Some(None)` for `*` (any version),
/// `Some(Some(v))` for one version. A tag that is not one of ours matches nothing.
fn if_match(headers: &HeaderMap) -> Result<Option<Option<u64>>, ApiError> {
    let Some(value) = headers.get(header::IF_MATCH) else {
        return Ok(None);
    };
    let text = value.to_str().unwrap_or_default().trim();
    if text == "*" {
        return Ok(Some(None));
    }
    let version = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .and_then(|t| t.parse::<u64>().ok());
    match version {
        Some(version) => Ok(Some(Some(version))),
        // u64::MAX is never a version, so the store answers 412 with the current ETag.
        None => Ok(Some(Some(u64::MAX))),
    }
}

fn with_etag(mut response: Response, version: u64) -> Response {
    if let Ok(value) = HeaderValue::from_str(&etag(version)) {
        response.headers_mut().insert(header::ETAG, value);
    }
    response
}

fn json_with_etag<T: Serialize>(status: StatusCode, body: &T, version: u64) -> Response {
    with_etag((status, Json(body)).into_response(), version)
}

/// Reads a JSON body, blaming the field that does not read.
fn parse_body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let message = inner.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", message)
            .with_field(if path == "." { String::new() } else { path })
    })?;
    deserializer
        .end()
        .map_err(|e| ApiError::invalid(format!("the body has trailing characters: {e}")))?;
    Ok(value)
}

fn query<T>(query: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    query.map(|Query(q)| q).map_err(|rejection| {
        let text = rejection.body_text();
        let field = text
            .split('`')
            .nth(1)
            .filter(|_| text.contains("field"))
            .unwrap_or_default()
            .to_owned();
        ApiError::invalid(text).with_field(field)
    })
}

/// Paging as the query asks for it.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    cursor: Option<String>,
    limit: Option<String>,
}

fn limit_of(limit: Option<&str>) -> Result<usize, ApiError> {
    match limit {
        None | Some("") => Ok(DEFAULT_LIMIT),
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=MAX_LIMIT).contains(n))
            .ok_or_else(|| {
                ApiError::invalid(format!(
                    "limit {text:?} is not a number from 1 to {MAX_LIMIT}"
                ))
                .with_field("limit")
            }),
    }
}

/// Cuts one page out of `items` (already in list order): the items after the cursor's, where
/// `after(item, key)` says whether an item comes after the one the cursor names.
fn page_of<T>(
    items: Vec<T>,
    cursor: Option<&str>,
    limit: usize,
    key_of: impl Fn(&T) -> String,
    after: impl Fn(&T, &str) -> bool,
) -> Result<Page<T>, ApiError> {
    let key = match cursor.filter(|c| !c.is_empty()) {
        None => None,
        Some(cursor) => Some(
            hex::decode(cursor)
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .ok_or_else(|| {
                    ApiError::invalid("the cursor is not one this API gave").with_field("cursor")
                })?,
        ),
    };
    let mut rest: Vec<T> = match &key {
        None => items,
        Some(key) => items.into_iter().filter(|item| after(item, key)).collect(),
    };
    let more = rest.len() > limit;
    rest.truncate(limit);
    let next = if more {
        rest.last().map(|item| hex::encode(key_of(item)))
    } else {
        None
    };
    Ok(Page { items: rest, next })
}

/// A kind of record the API serves.
pub trait ApiKind: Kind + Serialize + DeserializeOwned + JsonSchema {}
impl<R: Kind + Serialize + DeserializeOwned + JsonSchema> ApiKind for R {}

fn not_found<R: Kind>(id: &str) -> ApiError {
    ApiError::not_found(format!("there is no {} with the id {id:?}", R::NOUN))
}

/// `GET /api/v1/{kind}/{id}`.
async fn get_one<R: ApiKind>(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let lookup = id.clone();
    let (found, merged) = state
        .view(caller.principal, move |view| {
            let found = view.get::<R>(&lookup)?;
            let merged = if found.is_none() && R::NOUN == "incident" {
                view.merged_into(&lookup)?
            } else {
                None
            };
            Ok::<_, ApiError>((found, merged))
        })
        .await?;
    if let Some(Versioned { record, version }) = found {
        return Ok(json_with_etag(StatusCode::OK, &record, version));
    }
    match merged {
        Some(survivor) => {
            let location = format!("{PREFIX}/{}/{survivor}", R::PLURAL);
            let mut response = (
                StatusCode::PERMANENT_REDIRECT,
                Json(wire::ErrorBody {
                    error: wire::ErrorDetail {
                        code: "merged".into(),
                        message: format!(
                            "{} {id} was merged into {survivor}; it lives on at {location}",
                            R::NOUN
                        ),
                        field: None,
                    },
                }),
            )
                .into_response();
            if let Ok(value) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(header::LOCATION, value);
            }
            Ok(response)
        }
        None => Err(not_found::<R>(&id)),
    }
}

/// `GET /api/v1/{kind}`, for kinds listed in id order without filters.
async fn list_all<R: ApiKind>(
    State(state): State<AppState>,
    caller: Caller,
    paging: Result<Query<PageQuery>, QueryRejection>,
) -> Result<Json<Page<R>>, ApiError> {
    let paging = query(paging)?;
    let limit = limit_of(paging.limit.as_deref())?;
    let items = state
        .view(caller.principal, |view| {
            view.all::<R>().map_err(ApiError::from)
        })
        .await?;
    Ok(Json(page_of(
        items,
        paging.cursor.as_deref(),
        limit,
        |r| r.id_text().to_owned(),
        |r, key| r.id_text() > key,
    )?))
}

fn created<R: ApiKind>(written: store::Written<R>) -> Response {
    let location = format!("{PREFIX}/{}/{}", R::PLURAL, written.id);
    let mut response = match &written.record {
        Some(record) => json_with_etag(StatusCode::CREATED, record, written.version),
        // The writer may not read it back (a contributor's restricted source).
        None => with_etag(StatusCode::CREATED.into_response(), written.version),
    };
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// `POST /api/v1/{kind}`.
async fn create_one<R: ApiKind>(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<Response, ApiError> {
    let record: R = parse_body(&body)?;
    let who = caller.principal;
    let written = state
        .with_store(move |store| store.create(&who, record))
        .await?;
    Ok(created(written))
}

/// `POST /api/v1/sources`: a source with the claims it carries.
async fn create_source(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<Response, ApiError> {
    let wire::NewSource { source, claims } = parse_body(&body)?;
    let who = caller.principal;
    let written = state
        .with_store(move |store| store.create_source_with_claims(&who, source, claims))
        .await?;
    Ok(created(written))
}

/// `PUT /api/v1/{kind}/{id}`: needs `If-Match`; a stale one gets 412 and writes nothing.
async fn update_one<R: ApiKind>(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    if caller.principal.role() == Role::Public {
        return Err(store::StoreError::Unauthenticated.into());
    }
    let expected = if_match(&headers)?.ok_or_else(ApiError::precondition_required)?;
    let record: R = parse_body(&body)?;
    let who = caller.principal;
    let written = state
        .with_store(move |store| store.update(&who, &id, record, expected))
        .await?;
    Ok(match written.record {
        Some(record) => json_with_etag(StatusCode::OK, &record, written.version),
        None => with_etag(StatusCode::NO_CONTENT.into_response(), written.version),
    })
}

/// `DELETE /api/v1/{kind}/{id}`: a soft delete (`If-Match` optional).
async fn delete_one<R: ApiKind>(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let expected = if_match(&headers)?.flatten();
    let who = caller.principal;
    state
        .with_store(move |store| store.delete::<R>(&who, &id, expected))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/{kind}/{id}/restore`.
async fn restore_one<R: ApiKind>(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let who = caller.principal;
    let written = state
        .with_store(move |store| store.restore::<R>(&who, &id))
        .await?;
    Ok(match written.record {
        Some(record) => json_with_etag(StatusCode::OK, &record, written.version),
        None => with_etag(StatusCode::NO_CONTENT.into_response(), written.version),
    })
}

/// The incident list's filters, the pages' own plus a few more.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncidentQuery {
    from: Option<String>,
    to: Option<String>,
    country: Option<String>,
    admin1: Option<String>,
    admin2: Option<String>,
    #[serde(rename = "type")]
    event_type: Option<String>,
    perpetrator: Option<String>,
    status: Option<String>,
    q: Option<String>,
    cursor: Option<String>,
    limit: Option<String>,
}

fn filled(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl IncidentQuery {
    fn filter(&self) -> Result<IncidentFilter, ApiError> {
        let bad = |field: &str, e: &dyn std::fmt::Display| {
            ApiError::invalid(format!("{field}: {e}")).with_field(field)
        };
        let date = |field: &str, value: &Option<String>| -> Result<Option<Date>, ApiError> {
            filled(value)
                .map(|v| {
                    v.parse::<Date>()
                        .map_err(|_| bad(field, &format!("{v:?} is not a date (use YYYY-MM-DD)")))
                })
                .transpose()
        };
        Ok(IncidentFilter {
            from: date("from", &self.from)?,
            to: date("to", &self.to)?,
            country: filled(&self.country)
                .map(|c| model::CountryCode::new(c).map_err(|e| bad("country", &e)))
                .transpose()?,
            admin1: filled(&self.admin1).map(str::to_owned),
            admin2: filled(&self.admin2).map(str::to_owned),
            event_type: filled(&self.event_type)
                .map(|t| model::EventType::parse(t).map_err(|e| bad("type", &e)))
                .transpose()?,
            perpetrator: filled(&self.perpetrator)
                .map(|a| model::ActorId::new(a).map_err(|e| bad("perpetrator", &e)))
                .transpose()?,
            statuses: filled(&self.status)
                .map(|list| {
                    list.split(',')
                        .map(|s| Status::parse(s.trim()).map_err(|e| bad("status", &e)))
                        .collect::<Result<Vec<_>, _>>()
                })
                .transpose()?
                .unwrap_or_default(),
            text: filled(&self.q).map(str::to_owned),
        })
    }
}

/// `GET /api/v1/incidents`: newest first, filtered as the pages filter.
async fn list_incidents(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<Query<IncidentQuery>, QueryRejection>,
) -> Result<Json<Page<Incident>>, ApiError> {
    let params = query(params)?;
    let filter = params.filter()?;
    let limit = limit_of(params.limit.as_deref())?;
    let items = state
        .view(caller.principal, move |view| {
            view.incidents(&filter).map_err(ApiError::from)
        })
        .await?;
    // The list runs newest first, then by id: the cursor names the last item's day and id.
    let key_of = |i: &Incident| format!("{}|{}", i.date.date(), i.id);
    let after = |i: &Incident, key: &str| {
        let (day, id) = key.split_once('|').unwrap_or((key, ""));
        let this = i.date.date().to_string();
        this.as_str() < day || (this == day && i.id.as_str() > id)
    };
    Ok(Json(page_of(
        items,
        params.cursor.as_deref(),
        limit,
        key_of,
        after,
    )?))
}

/// The claim list's filters.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimQuery {
    incident: Option<String>,
    source: Option<String>,
    cursor: Option<String>,
    limit: Option<String>,
}

/// `GET /api/v1/claims`: in id order, optionally about one incident or from one source.
async fn list_claims(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<Query<ClaimQuery>, QueryRejection>,
) -> Result<Json<Page<Claim>>, ApiError> {
    let params = query(params)?;
    let limit = limit_of(params.limit.as_deref())?;
    let incident = filled(&params.incident).map(str::to_owned);
    let source = filled(&params.source).map(str::to_owned);
    let items = state
        .view(caller.principal, move |view| {
            let claims = view.claims()?;
            Ok::<_, ApiError>(
                claims
                    .into_iter()
                    .filter(|c| incident.as_deref().is_none_or(|i| c.incident.as_str() == i))
                    .filter(|c| source.as_deref().is_none_or(|s| c.source.as_str() == s))
                    .collect::<Vec<_>>(),
            )
        })
        .await?;
    Ok(Json(page_of(
        items,
        params.cursor.as_deref(),
        limit,
        |c| c.id.to_string(),
        |c, key| c.id.as_str() > key,
    )?))
}

fn incident_id(id: &str) -> Result<IncidentId, ApiError> {
    IncidentId::new(id).map_err(|_| not_found::<Incident>(id))
}

/// `GET /api/v1/incidents/{id}/review`.
async fn get_review(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<store::Review>, ApiError> {
    let incident = incident_id(&id)?;
    state
        .view(caller.principal, move |view| {
            if view.incident(&incident)?.is_none() {
                return Err(not_found::<Incident>(incident.as_str()));
            }
            view.review(&incident)?.ok_or_else(|| {
                ApiError::not_found(format!("incident {incident} has not been reviewed"))
            })
        })
        .await
        .map(Json)
}

/// `POST /api/v1/incidents/{id}/review`: a verifier's status, grade and reason.
async fn post_review(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let incident = incident_id(&id)?;
    let input: ReviewInput = parse_body(&body)?;
    let expected = if_match(&headers)?.flatten();
    let who = caller.principal;
    let written = state
        .with_store(move |store| store.review(&who, &incident, input, expected))
        .await?;
    Ok(match written.record {
        Some(record) => json_with_etag(StatusCode::OK, &record, written.version),
        None => with_etag(StatusCode::NO_CONTENT.into_response(), written.version),
    })
}

/// `POST /api/v1/incidents/{id}/merge`: merges the duplicate named in the body into this one.
async fn post_merge(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Json<store::MergeSummary>, ApiError> {
    let survivor = incident_id(&id)?;
    let wire::MergeRequest { duplicate } = parse_body(&body)?;
    let who = caller.principal;
    state
        .with_store(move |store| {
            store
                .merge_incidents(&who, &survivor, &duplicate)
                .map_err(ApiError::from)
        })
        .await
        .map(Json)
}

/// `GET /api/v1/export`: everything the caller may see, as a dataset with its audit stamp.
async fn export(State(state): State<AppState>, caller: Caller) -> Result<Response, ApiError> {
    let who = caller.principal;
    let dataset = state
        .with_store(move |store| store.export_stamped(&who))
        .await?;
    let text = interop::write_dataset(&dataset);
    Ok((
        [
            (header::CONTENT_TYPE, "application/json"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"crosscheck-export.json\"",
            ),
        ],
        text,
    )
        .into_response())
}

/// The audit list's paging: entries after a sequence number.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    cursor: Option<String>,
    limit: Option<String>,
}

/// `GET /api/v1/audit`: the log, oldest first (verifiers and admins: it holds restricted
/// material).
async fn audit_log(
    State(state): State<AppState>,
    caller: Caller,
    params: Result<Query<AuditQuery>, QueryRejection>,
) -> Result<Json<Page<wire::AuditEntryOut>>, ApiError> {
    let params = query(params)?;
    let limit = limit_of(params.limit.as_deref())?;
    let entries = state
        .view(caller.principal, |view| {
            view.audit_log().map_err(ApiError::from)
        })
        .await?;
    let items: Vec<wire::AuditEntryOut> = entries.into_iter().map(Into::into).collect();
    Ok(Json(page_of(
        items,
        params.cursor.as_deref(),
        limit,
        |e| e.seq.to_string(),
        |e, key| key.parse::<u64>().is_ok_and(|seq| e.seq > seq),
    )?))
}

/// `GET /api/v1/audit/root`: the log's size and Merkle root, for anyone.
async fn audit_root(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<wire::AuditRoot>, ApiError> {
    let summary = state
        .view(caller.principal, |view| {
            view.audit_summary().map_err(ApiError::from)
        })
        .await?;
    Ok(Json(wire::AuditRoot {
        entries: summary.entries,
        root: summary.root,
        verified: summary.problem.is_none(),
    }))
}

/// `GET /api/v1/me`.
async fn me(caller: Caller) -> Json<wire::Me> {
    Json(wire::Me {
        name: caller.principal.name().to_owned(),
        role: caller.principal.role().as_str().to_owned(),
    })
}

/// `GET /api/v1/users` (admins).
async fn list_users(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<store::User>>, ApiError> {
    let who = caller.principal;
    state
        .with_store(move |store| store.users(&who).map_err(ApiError::from))
        .await
        .map(Json)
}

/// `POST /api/v1/users` (admins): answers with the one-time password.
async fn create_user(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<(StatusCode, Json<UserCreated>), ApiError> {
    let wire::NewUser { name, role } = parse_body(&body)?;
    let role = Role::parse(&role).map_err(ApiError::from)?;
    let who = caller.principal;
    let created = state
        .with_store(move |store| {
            let password = store.add_user(&who, &name, role)?;
            let user = store
                .users(&who)?
                .into_iter()
                .find(|u| u.name == name)
                .ok_or_else(|| store::StoreError::Database("the new user was not found".into()))?;
            Ok::<_, store::StoreError>(UserCreated { user, password })
        })
        .await?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// `GET /api/v1/tokens` (admins).
async fn list_tokens(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<store::Token>>, ApiError> {
    let who = caller.principal;
    state
        .with_store(move |store| store.tokens(&who).map_err(ApiError::from))
        .await
        .map(Json)
}

/// `POST /api/v1/tokens` (admins): answers with the secret, once.
async fn create_token(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<(StatusCode, Json<TokenCreated>), ApiError> {
    let wire::NewToken { user, role, label } = parse_body(&body)?;
    let role = role.as_deref().map(Role::parse).transpose()?;
    let who = caller.principal;
    let (token, secret) = state
        .with_store(move |store| store.create_token(&who, &user, role, label.as_deref()))
        .await?;
    Ok((StatusCode::CREATED, Json(TokenCreated { token, secret })))
}

/// `DELETE /api/v1/tokens/{id}` (admins): the token stops working at once.
async fn revoke_token(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<store::Token>, ApiError> {
    let number = id
        .parse::<u64>()
        .map_err(|_| ApiError::not_found(format!("there is no token with the id {id:?}")))?;
    let who = caller.principal;
    state
        .with_store(move |store| store.revoke_token(&who, number).map_err(ApiError::from))
        .await
        .map(Json)
}

/// `GET /api/v1/openapi.json`.
async fn openapi_document() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        openapi::document_text(),
    )
        .into_response()
}

struct KindDoc {
    noun: &'static str,
    plural: &'static str,
    title: &'static str,
}

/// The six operations every editable kind has (the list is added by the caller, since its
/// filters differ by kind).
fn record_operations<R: ApiKind>(ops: &mut Vec<Operation>, doc: &KindDoc, create: Operation) {
    let writer = create.role;
    let collection = format!("{PREFIX}/{}", doc.plural);
    let item = format!("{collection}/{{id}}");
    let KindDoc { noun, title, .. } = doc;
    ops.push(create);
    ops.push(Operation {
        method: Method::GET,
        path: item.clone(),
        id: format!("get_{noun}"),
        summary: format!("One {noun}, with its version as ETag."),
        role: Role::Public,
        query: vec![],
        body: None,
        status: 200,
        response: Some(schema::<R>),
        etag: true,
        errors: if *noun == "incident" {
            vec![308, 404]
        } else {
            vec![404]
        },
        route: get(get_one::<R>),
    });
    ops.push(Operation {
        method: Method::PUT,
        path: item.clone(),
        id: format!("update_{noun}"),
        summary: format!("Replaces a {noun}; needs If-Match with the ETag read. {title}"),
        role: writer,
        query: vec![],
        body: Some(schema::<R>),
        status: 200,
        response: Some(schema::<R>),
        etag: true,
        errors: vec![401, 403, 404, 409, 412, 422, 428],
        route: put(update_one::<R>),
    });
    ops.push(Operation {
        method: Method::DELETE,
        path: item.clone(),
        id: format!("delete_{noun}"),
        summary: format!("Marks a {noun} deleted (reversible); If-Match optional."),
        role: Role::Verifier,
        query: vec![],
        body: None,
        status: 204,
        response: None,
        etag: false,
        errors: vec![401, 403, 404, 409, 412],
        route: delete(delete_one::<R>),
    });
    ops.push(Operation {
        method: Method::POST,
        path: format!("{item}/restore"),
        id: format!("restore_{noun}"),
        summary: format!("Restores a deleted {noun}."),
        role: Role::Verifier,
        query: vec![],
        body: None,
        status: 200,
        response: Some(schema::<R>),
        etag: true,
        errors: vec![401, 403, 404, 409],
        route: post(restore_one::<R>),
    });
}

fn create_operation<R: ApiKind>(doc: &KindDoc, role: Role) -> Operation {
    Operation {
        method: Method::POST,
        path: format!("{PREFIX}/{}", doc.plural),
        id: format!("create_{}", doc.noun),
        summary: format!("Creates a {}. {}", doc.noun, doc.title),
        role,
        query: vec![],
        body: Some(schema::<R>),
        status: 201,
        response: Some(schema::<R>),
        etag: true,
        errors: vec![401, 403, 409, 422],
        route: post(create_one::<R>),
    }
}

fn list_operation<R: ApiKind>(doc: &KindDoc) -> Operation {
    Operation {
        method: Method::GET,
        path: format!("{PREFIX}/{}", doc.plural),
        id: format!("list_{}", doc.plural),
        summary: format!("Every {} the caller may see, in id order.", doc.noun),
        role: Role::Public,
        query: PAGING.to_vec(),
        body: None,
        status: 200,
        response: Some(schema::<Page<R>>),
        etag: false,
        errors: vec![400],
        route: get(list_all::<R>),
    }
}

/// Every operation of the API, in the order the document lists them.
pub fn operations() -> Vec<Operation> {
    let mut ops = Vec::new();
    let simple = |method: Method, path: &str, id: &str, summary: &str, role: Role| Operation {
        method,
        path: format!("{PREFIX}{path}"),
        id: id.to_owned(),
        summary: summary.to_owned(),
        role,
        query: vec![],
        body: None,
        status: 200,
        response: None,
        etag: false,
        errors: vec![],
        route: MethodRouter::new(),
    };
    ops.push(Operation {
        response: None,
        route: get(openapi_document),
        ..simple(
            Method::GET,
            "/openapi.json",
            "openapi",
            "This document (OpenAPI 3.1).",
            Role::Public,
        )
    });
    ops.push(Operation {
        response: Some(schema::<wire::Me>),
        route: get(me),
        errors: vec![401],
        ..simple(
            Method::GET,
            "/me",
            "me",
            "Who the caller is, and its role.",
            Role::Public,
        )
    });

    let incidents = KindDoc {
        noun: "incident",
        plural: "incidents",
        title: "Below verifier, only as draft or under_review.",
    };
    ops.push(Operation {
        method: Method::GET,
        path: format!("{PREFIX}/incidents"),
        id: "list_incidents".into(),
        summary: "The incidents the caller may see, newest first, filtered as the pages filter."
            .into(),
        role: Role::Public,
        query: vec![
            param("from", "string", "On or after this day (YYYY-MM-DD)."),
            param("to", "string", "On or before this day (YYYY-MM-DD)."),
            param("country", "string", "AFG or PAK (principal place)."),
            param("admin1", "string", "Province (principal place)."),
            param("admin2", "string", "District (principal place)."),
            param("type", "string", "Event type (air_strike, armed_clash…)."),
            param("perpetrator", "string", "Actor id alleged responsible."),
            param(
                "status",
                "string",
                "Statuses, comma-separated (signed-in roles see drafts).",
            ),
            param("q", "string", "Text in the title, summary or places."),
            PAGING[0].clone(),
            PAGING[1].clone(),
        ],
        body: None,
        status: 200,
        response: Some(schema::<Page<Incident>>),
        etag: false,
        errors: vec![400],
        route: get(list_incidents),
    });
    record_operations::<Incident>(
        &mut ops,
        &incidents,
        create_operation::<Incident>(&incidents, Role::Contributor),
    );
    ops.push(Operation {
        response: Some(schema::<store::Review>),
        errors: vec![404],
        route: get(get_review),
        ..simple(
            Method::GET,
            "/incidents/{id}/review",
            "get_review",
            "The verifier's grade of an incident, with its reason.",
            Role::Public,
        )
    });
    ops.push(Operation {
        body: Some(schema::<ReviewInput>),
        response: Some(schema::<Incident>),
        etag: true,
        errors: vec![401, 403, 404, 412, 422],
        route: post(post_review),
        ..simple(
            Method::POST,
            "/incidents/{id}/review",
            "review_incident",
            "Grades and publishes (or discounts) an incident; If-Match optional.",
            Role::Verifier,
        )
    });
    ops.push(Operation {
        body: Some(schema::<wire::MergeRequest>),
        response: Some(schema::<store::MergeSummary>),
        errors: vec![401, 403, 404, 422],
        route: post(post_merge),
        ..simple(
            Method::POST,
            "/incidents/{id}/merge",
            "merge_incidents",
            "Merges a duplicate into this incident; the duplicate's id keeps resolving here.",
            Role::Verifier,
        )
    });

    let sources = KindDoc {
        noun: "source",
        plural: "sources",
        title: "A restricted source and its contact stay hidden below verifier.",
    };
    ops.push(list_operation::<Source>(&sources));
    record_operations::<Source>(
        &mut ops,
        &sources,
        Operation {
            body: Some(schema::<wire::NewSource>),
            route: post(create_source),
            summary: "Creates a source with the claims it carries.".into(),
            ..create_operation::<Source>(&sources, Role::Contributor)
        },
    );

    let claims = KindDoc {
        noun: "claim",
        plural: "claims",
        title: "",
    };
    ops.push(Operation {
        query: vec![
            param("incident", "string", "Only claims about this incident."),
            param("source", "string", "Only claims from this source."),
            PAGING[0].clone(),
            PAGING[1].clone(),
        ],
        route: get(list_claims),
        ..list_operation::<Claim>(&claims)
    });
    record_operations::<Claim>(
        &mut ops,
        &claims,
        create_operation::<Claim>(&claims, Role::Contributor),
    );

    let context = |noun, plural| KindDoc {
        noun,
        plural,
        title: "Verifiers only: public at once.",
    };
    context_kind::<Ceasefire>(&mut ops, &context("ceasefire", "ceasefires"));
    context_kind::<Talks>(&mut ops, &context("talks", "talks"));
    context_kind::<Statement>(&mut ops, &context("statement", "statements"));

    ops.push(Operation {
        query: PAGING.to_vec(),
        response: Some(schema::<Page<model::Actor>>),
        errors: vec![400],
        route: get(list_all::<model::Actor>),
        ..simple(
            Method::GET,
            "/actors",
            "list_actors",
            "Every actor (read-only; maintained by import).",
            Role::Public,
        )
    });
    ops.push(Operation {
        response: Some(schema::<model::Dataset>),
        route: get(export),
        ..simple(
            Method::GET,
            "/export",
            "export",
            "Everything the caller may see, as a dataset stamped with the audit log's size and Merkle root.",
            Role::Public,
        )
    });
    ops.push(Operation {
        query: PAGING.to_vec(),
        response: Some(schema::<Page<wire::AuditEntryOut>>),
        errors: vec![400, 401, 403],
        route: get(audit_log),
        ..simple(
            Method::GET,
            "/audit",
            "audit_log",
            "The audit log, oldest first (it holds restricted material).",
            Role::Verifier,
        )
    });
    ops.push(Operation {
        response: Some(schema::<wire::AuditRoot>),
        route: get(audit_root),
        ..simple(
            Method::GET,
            "/audit/root",
            "audit_root",
            "The audit log's size and Merkle root.",
            Role::Public,
        )
    });
    ops.push(Operation {
        response: Some(schema::<Vec<store::User>>),
        errors: vec![401, 403],
        route: get(list_users),
        ..simple(
            Method::GET,
            "/users",
            "list_users",
            "Every user.",
            Role::Admin,
        )
    });
    ops.push(Operation {
        body: Some(schema::<wire::NewUser>),
        status: 201,
        response: Some(schema::<UserCreated>),
        errors: vec![401, 403, 409, 422],
        route: post(create_user),
        ..simple(
            Method::POST,
            "/users",
            "create_user",
            "Creates a user; answers with a one-time password.",
            Role::Admin,
        )
    });
    ops.push(Operation {
        response: Some(schema::<Vec<store::Token>>),
        errors: vec![401, 403],
        route: get(list_tokens),
        ..simple(
            Method::GET,
            "/tokens",
            "list_tokens",
            "Every API token (without secrets).",
            Role::Admin,
        )
    });
    ops.push(Operation {
        body: Some(schema::<wire::NewToken>),
        status: 201,
        response: Some(schema::<TokenCreated>),
        errors: vec![401, 403, 404, 422],
        route: post(create_token),
        ..simple(
            Method::POST,
            "/tokens",
            "create_token",
            "Issues an API token; answers with its secret, once.",
            Role::Admin,
        )
    });
    ops.push(Operation {
        response: Some(schema::<store::Token>),
        errors: vec![401, 403, 404],
        route: delete(revoke_token),
        ..simple(
            Method::DELETE,
            "/tokens/{id}",
            "revoke_token",
            "Revokes an API token.",
            Role::Admin,
        )
    });
    ops
}

fn context_kind<R: ApiKind>(ops: &mut Vec<Operation>, doc: &KindDoc) {
    ops.push(list_operation::<R>(doc));
    record_operations::<R>(ops, doc, create_operation::<R>(doc, Role::Verifier));
}

/// The (method, path) pairs the API router answers, as registered.
pub fn registered_routes() -> Vec<(Method, String)> {
    operations()
        .into_iter()
        .map(|op| (op.method, op.path))
        .collect()
}

/// The API's router, built from [`operations`]: routes on one path are merged into one method
/// router, and anything else under the prefix answers with a JSON 404.
pub fn router() -> Router<AppState> {
    let mut by_path: Vec<(String, MethodRouter<AppState>)> = Vec::new();
    for op in operations() {
        match by_path.iter_mut().find(|(path, _)| *path == op.path) {
            Some((_, route)) => *route = std::mem::take(route).merge(op.route),
            None => by_path.push((op.path, op.route)),
        }
    }
    let mut router = Router::new();
    for (path, route) in by_path {
        router = router.route(&path, route);
    }
    router.route(&format!("{PREFIX}/{{*rest}}"), axum::routing::any(no_route))
}

async fn no_route() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no_route",
        "there is no API route at this address; see /api/v1/openapi.json",
    )
}
