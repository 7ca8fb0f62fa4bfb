//! The forms signed-in users fill in: a new (draft) incident, a new source with its claims, and a
//! verifier's grade and publication. Plain HTML forms posted to the server, working without
//! JavaScript; each carries the session's CSRF token, checked before anything else.
//!
//! A form's fields are assembled into the record's JSON and read through the model, so a bad
//! value is refused with the same sentence the API and the file import give, naming the field; the
//! form comes back filled in as it was sent, with the message on top.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use maud::{Markup, html};
use model::{
    Actor, Claim, DatePrecision, EventType, Incident, IncidentId, Source, SourceKind, Status,
};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use store::{Grade, ReviewInput, Role, StoreError};

use super::layout::{self, Chrome};
use crate::auth::Caller;
use crate::{AppState, WebError};

/// A posted form: its fields in order (a checkbox list repeats its name).
type Fields = Vec<(String, String)>;

fn field<'f>(fields: &'f Fields, name: &str) -> &'f str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.trim())
}

fn all_of<'f>(fields: &'f Fields, name: &str) -> Vec<&'f str> {
    fields
        .iter()
        .filter(|(k, v)| k == name && !v.trim().is_empty())
        .map(|(_, v)| v.trim())
        .collect()
}

fn opt(value: &str) -> Value {
    if value.is_empty() {
        Value::Null
    } else {
        Value::String(value.to_owned())
    }
}

/// Drops null members, so that optional fields left empty are simply absent.
fn compact(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, compact(v)))
                .collect::<Map<_, _>>(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(compact).collect()),
        other => other,
    }
}

/// Reads a record from the JSON a form was turned into, naming the field that does not read.
fn read_record<T: DeserializeOwned>(value: Value) -> Result<T, String> {
    serde_path_to_error::deserialize(compact(value)).map_err(|e| {
        let path = e.path().to_string();
        format!("{path}: {}", e.into_inner())
    })
}

/// A short random suffix for ids made up by the forms (8 hex digits).
fn random_suffix() -> String {
    let mut bytes = [0u8; 4];
    if getrandom::fill(&mut bytes).is_err() {
        // Without the system's randomness, the clock still keeps two forms apart.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        bytes = nanos.to_le_bytes();
    }
    hex::encode(bytes)
}

/// Lower-case letters and digits of `text`, joined by dashes, for readable ids.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 24 {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn require_session(caller: &Caller, fields: &Fields) -> Result<(), WebError> {
    if caller.principal.role() == Role::Public {
        return Err(WebError::SignIn);
    }
    if !caller.csrf_matches(field(fields, "csrf")) {
        return Err(WebError::Forbidden(
            "This form is out of date or did not come from crosscheck; reload the page and try again."
                .into(),
        ));
    }
    Ok(())
}

fn see_other(location: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

fn error_box(message: Option<&str>) -> Markup {
    html! { @if let Some(message) = message { p.error role="alert" { (message) } } }
}

fn actor_options(actors: &[Actor], selected: &str, none_label: &str) -> Markup {
    html! {
        option value="" { (none_label) }
        @for a in actors {
            option value=(a.id) selected[a.id.as_str() == selected] { (a.name) }
        }
    }
}

// ---- New incident ---------------------------------------------------------------------------

fn incident_form(
    chrome: &Chrome,
    fields: &Fields,
    actors: &[Actor],
    message: Option<&str>,
) -> Markup {
    let value = |name: &str| field(fields, name).to_owned();
    let chosen = all_of(fields, "perpetrators");
    layout::page_as(
        "New incident",
        chrome,
        html! {
            h1 { "New incident" }
            p.meta { "Recorded as a draft until a verifier publishes it." }
            (error_box(message))
            form.stacked method="post" action="/incidents" {
                (chrome.csrf_field())
                label { "Title (neutral)" input type="text" name="title" value=(value("title")) required; }
                label { "Date" input type="date" name="date" value=(value("date")) required; }
                label { "Last day (if several)" input type="date" name="end" value=(value("end")); }
                label { "Date known to the" select name="precision" {
                    @for p in [DatePrecision::Day, DatePrecision::Week, DatePrecision::Month, DatePrecision::Year] {
                        option value=(p.as_str()) selected[value("precision") == p.as_str()] { (p.as_str()) }
                    }
                } }
                label { "Type" select name="event_type" {
                    @for t in EventType::ALL {
                        option value=(t.as_str()) selected[value("event_type") == t.as_str()] { (t.label()) }
                    }
                } }
                label { "Country" select name="country" {
                    option value="AFG" selected[value("country") == "AFG"] { "Afghanistan" }
                    option value="PAK" selected[value("country") == "PAK"] { "Pakistan" }
                } }
                label { "Province" input type="text" name="admin1" value=(value("admin1")); }
                label { "District" input type="text" name="admin2" value=(value("admin2")); }
                label { "Place" input type="text" name="location" value=(value("location")); }
                fieldset { legend { "Alleged perpetrators" }
                    @for a in actors {
                        label.inline { input type="checkbox" name="perpetrators" value=(a.id) checked[chosen.contains(&a.id.as_str())]; " " (a.name) }
                    }
                }
                label { "Fired from (cross-border)" select name="cross_from" {
                    option value="" { "—" }
                    option value="AFG" selected[value("cross_from") == "AFG"] { "Afghanistan" }
                    option value="PAK" selected[value("cross_from") == "PAK"] { "Pakistan" }
                } }
                label { "Target, as reported" input type="text" name="target" value=(value("target")); }
                label { "Summary (neutral)" textarea name="summary" rows="4" required { (value("summary")) } }
                label { "Tags (comma-separated)" input type="text" name="tags" value=(value("tags")); }
                label { "Internal notes (restricted)" textarea name="internal_notes" rows="2" { (value("internal_notes")) } }
                button type="submit" { "Save draft" }
            }
        },
    )
}

/// `GET /incidents/new`.
pub async fn new_incident(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Html<String>, WebError> {
    if caller.principal.role() < Role::Contributor {
        return Err(if caller.principal.role() == Role::Public {
            WebError::SignIn
        } else {
            WebError::Forbidden("Adding incidents needs a contributor.".into())
        });
    }
    let chrome = Chrome::of(&caller);
    let actors = state
        .view(caller.principal, |view| {
            view.actors().map_err(WebError::from)
        })
        .await?;
    Ok(Html(
        incident_form(&chrome, &Fields::new(), &actors, None).into_string(),
    ))
}

fn incident_from_fields(fields: &Fields) -> Result<Incident, String> {
    let f = |name: &str| field(fields, name);
    let date = f("date");
    let country = f("country");
    let cross_border = match f("cross_from") {
        "" => Value::Null,
        from => json!({ "from": from, "to": if from == "AFG" { "PAK" } else { "AFG" } }),
    };
    let place_label = [f("admin2"), f("admin1"), f("title")]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or("incident");
    read_record(json!({
        "id": format!("inc-{date}-{}-{}", slug(place_label), random_suffix()),
        "title": f("title"),
        "date": { "date": date, "end": opt(f("end")), "precision": f("precision") },
        "places": [{ "country": country, "admin1": opt(f("admin1")), "admin2": opt(f("admin2")),
                     "location": opt(f("location")), "precision": "region" }],
        "event_type": f("event_type"),
        "cross_border": cross_border,
        "perpetrators": all_of(fields, "perpetrators"),
        "target": opt(f("target")),
        "summary": f("summary"),
        "tags": f("tags").split(',').map(str::trim).filter(|t| !t.is_empty()).collect::<Vec<_>>(),
        "status": Status::Draft.as_str(),
        "internal_notes": opt(f("internal_notes")),
    }))
}

/// `POST /incidents`: saves a draft incident and shows it.
pub async fn create_incident(
    State(state): State<AppState>,
    caller: Caller,
    Form(fields): Form<Fields>,
) -> Result<Response, WebError> {
    require_session(&caller, &fields)?;
    let chrome = Chrome::of(&caller);
    let who = caller.principal.clone();
    let result = match incident_from_fields(&fields) {
        Ok(incident) => state
            .with_store(move |store| Ok::<_, StoreError>(store.create(&who, incident)))
            .await?
            .map_err(|e| e.to_string()),
        Err(message) => Err(message),
    };
    match result {
        Ok(written) => Ok(see_other(&format!("/incidents/{}", written.id))),
        Err(message) => {
            let actors = state
                .view(caller.principal, |view| {
                    view.actors().map_err(WebError::from)
                })
                .await?;
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                Html(incident_form(&chrome, &fields, &actors, Some(&message)).into_string()),
            )
                .into_response())
        }
    }
}

// ---- New source with its claims -------------------------------------------------------------

/// Claim rows the source form offers.
const CLAIM_ROWS: usize = 3;

/// The figures a claim row asks for: (form suffix, measure, group, label).
const FIGURE_FIELDS: [(&str, &str, &str, &str); 5] = [
    ("killed_total", "killed", "total", "killed"),
    (
        "killed_civilians",
        "killed",
        "civilians",
        "civilians killed",
    ),
    ("killed_children", "killed", "children", "children killed"),
    ("injured_total", "injured", "total", "injured"),
    (
        "injured_civilians",
        "injured",
        "civilians",
        "civilians injured",
    ),
];

/// Reads a figure as a bulletin writes it: "12", "12+" or "≥12" (at least), "~12" (about),
/// "≤12" (at most), "10-12" (a range).
fn parse_count(text: &str) -> Result<Value, String> {
    let text = text.trim().replace(' ', "");
    let number = |t: &str| {
        t.parse::<u32>()
            .map_err(|_| format!("{text:?} is not a figure (write 12, 12+, ~12, ≤12 or 10-12)"))
    };
    if let Some(rest) = text.strip_prefix('≥').or_else(|| text.strip_prefix(">=")) {
        return Ok(json!({"qualifier": "at_least", "value": number(rest)?}));
    }
    if let Some(rest) = text.strip_suffix('+') {
        return Ok(json!({"qualifier": "at_least", "value": number(rest)?}));
    }
    if let Some(rest) = text.strip_prefix('≤').or_else(|| text.strip_prefix("<=")) {
        return Ok(json!({"qualifier": "at_most", "value": number(rest)?}));
    }
    if let Some(rest) = text.strip_prefix('~') {
        return Ok(json!({"qualifier": "approx", "value": number(rest)?}));
    }
    if let Some((low, high)) = text.split_once(['-', '–']) {
        return Ok(json!({"qualifier": "range", "low": number(low)?, "high": number(high)?}));
    }
    Ok(json!({"qualifier": "exact", "value": number(&text)?}))
}

fn source_from_fields(fields: &Fields) -> Result<(Source, Vec<Claim>), String> {
    let f = |name: &str| field(fields, name);
    let restricted = f("restricted") == "on";
    // A restricted source gets an id that says nothing about it.
    let id = if restricted {
        format!("src-{}{}", random_suffix(), random_suffix())
    } else {
        format!(
            "src-{}-{}-{}",
            slug(f("publisher")),
            f("published"),
            random_suffix()
        )
        .replace("--", "-")
    };
    let source: Source = read_record(json!({
        "id": id,
        "publisher": f("publisher"),
        "kind": f("kind"),
        "title": opt(f("title")),
        "url": opt(f("url")),
        "published": opt(f("published")),
        "language": opt(f("language")),
        "affiliation": opt(f("affiliation")),
        "restricted": restricted,
        "contact": opt(f("contact")),
        "internal_notes": opt(f("internal_notes")),
    }))
    .map_err(|e| format!("source: {e}"))?;
    let mut claims = Vec::new();
    for row in 1..=CLAIM_ROWS {
        let g = |name: &str| field(fields, &format!("claim{row}_{name}"));
        let mut figures = Map::new();
        for (suffix, measure, group, label) in FIGURE_FIELDS {
            let text = g(suffix);
            if text.is_empty() {
                continue;
            }
            let count = parse_count(text).map_err(|e| format!("claim {row}, {label}: {e}"))?;
            figures
                .entry(measure)
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .map(|m| m.insert(group.to_owned(), count));
        }
        if g("incident").is_empty() && figures.is_empty() && g("quote").is_empty() {
            continue;
        }
        let claim: Claim = read_record(json!({
            "id": format!("clm-{}-{row}", source.id),
            "incident": g("incident"),
            "source": source.id.as_str(),
            "claimant": opt(g("claimant")),
            "losses_of": opt(g("losses_of")),
            "figures": figures,
            "quote": opt(g("quote")),
        }))
        .map_err(|e| format!("claim {row}: {e}"))?;
        claims.push(claim);
    }
    Ok((source, claims))
}

fn source_form(
    chrome: &Chrome,
    fields: &Fields,
    actors: &[Actor],
    incidents: &[Incident],
    message: Option<&str>,
) -> Markup {
    let value = |name: &str| field(fields, name).to_owned();
    layout::page_as(
        "New source",
        chrome,
        html! {
            h1 { "New source, with its claims" }
            (error_box(message))
            form.stacked method="post" action="/sources" {
                (chrome.csrf_field())
                fieldset { legend { "The source" }
                    label { "Publisher" input type="text" name="publisher" value=(value("publisher")) required; }
                    label { "Kind" select name="kind" {
                        @for k in SourceKind::ALL {
                            option value=(k.as_str()) selected[value("kind") == k.as_str()] { (k.label()) }
                        }
                    } }
                    label { "Title" input type="text" name="title" value=(value("title")); }
                    label { "URL" input type="url" name="url" value=(value("url")); }
                    label { "Published" input type="date" name="published" value=(value("published")); }
                    label { "Language (en, ps, fa, ur…)" input type="text" name="language" value=(value("language")) maxlength="2"; }
                    label { "Speaks for" select name="affiliation" { (actor_options(actors, &value("affiliation"), "no party")) } }
                    label.inline { input type="checkbox" name="restricted" checked[value("restricted") == "on"]; " Restricted (a witness, a confidential contact): only verifiers will see it" }
                    label { "Contact (restricted)" input type="text" name="contact" value=(value("contact")); }
                    label { "Internal notes (restricted)" textarea name="internal_notes" rows="2" { (value("internal_notes")) } }
                }
                @for row in 1..=CLAIM_ROWS {
                    @let g = |name: &str| field(fields, &format!("claim{row}_{name}")).to_owned();
                    fieldset { legend { "Claim " (row) }
                        label { "About the incident" select name={ "claim" (row) "_incident" } {
                            option value="" { "—" }
                            @for i in incidents {
                                option value=(i.id) selected[g("incident") == i.id.as_str()] { (i.date.date()) " · " (i.title) }
                            }
                        } }
                        label { "In the voice of" select name={ "claim" (row) "_claimant" } { (actor_options(actors, &g("claimant"), "the source itself")) } }
                        label { "Losses of" select name={ "claim" (row) "_losses_of" } { (actor_options(actors, &g("losses_of"), "civilians or everyone")) } }
                        @for (suffix, _, _, label) in FIGURE_FIELDS {
                            label { (label) input type="text" name={ "claim" (row) "_" (suffix) } value=(g(suffix)) placeholder="12, 12+, ~12, 10-12" size="8"; }
                        }
                        label { "In their words" input type="text" name={ "claim" (row) "_quote" } value=(g("quote")); }
                    }
                }
                button type="submit" { "Save source and claims" }
            }
        },
    )
}

async fn source_form_data(
    state: &AppState,
    caller: &Caller,
) -> Result<(Vec<Actor>, Vec<Incident>), WebError> {
    state
        .view(caller.principal.clone(), |view| {
            Ok::<_, WebError>((
                view.actors()?,
                view.incidents(&store::IncidentFilter::default())?,
            ))
        })
        .await
}

/// `GET /sources/new[?incident=ID]`.
pub async fn new_source(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Html<String>, WebError> {
    if caller.principal.role() < Role::Contributor {
        return Err(if caller.principal.role() == Role::Public {
            WebError::SignIn
        } else {
            WebError::Forbidden("Adding sources needs a contributor.".into())
        });
    }
    let (actors, incidents) = source_form_data(&state, &caller).await?;
    let mut fields = Fields::new();
    if let Some(incident) = query.get("incident") {
        fields.push(("claim1_incident".into(), incident.clone()));
    }
    Ok(Html(
        source_form(&Chrome::of(&caller), &fields, &actors, &incidents, None).into_string(),
    ))
}

/// `POST /sources`: saves a source and its claims in one transaction.
pub async fn create_source(
    State(state): State<AppState>,
    caller: Caller,
    Form(fields): Form<Fields>,
) -> Result<Response, WebError> {
    require_session(&caller, &fields)?;
    let who = caller.principal.clone();
    let result = match source_from_fields(&fields) {
        Ok((source, claims)) => {
            let back = claims.first().map(|c| c.incident.to_string());
            state
                .with_store(move |store| {
                    Ok::<_, StoreError>(store.create_source_with_claims(&who, source, claims))
                })
                .await?
                .map(|_| back)
                .map_err(|e| e.to_string())
        }
        Err(message) => Err(message),
    };
    match result {
        Ok(Some(incident)) => Ok(see_other(&format!("/incidents/{incident}#claims"))),
        Ok(None) => Ok(see_other("/incidents")),
        Err(message) => {
            let (actors, incidents) = source_form_data(&state, &caller).await?;
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                Html(
                    source_form(
                        &Chrome::of(&caller),
                        &fields,
                        &actors,
                        &incidents,
                        Some(&message),
                    )
                    .into_string(),
                ),
            )
                .into_response())
        }
    }
}

// ---- Grade and publish ----------------------------------------------------------------------

/// The verifier's form on the incident page: status, grade and reason. It carries the version
/// the verifier saw, so a decision taken on a page that has since gone stale is refused.
pub fn review_form(chrome: &Chrome, incident: &Incident, version: u64) -> Markup {
    html! {
        form.stacked.review method="post" action={ "/incidents/" (incident.id) "/review" } {
            (chrome.csrf_field())
            input type="hidden" name="version" value=(version);
            fieldset { legend { "Grade and publish" }
                label { "Status" select name="status" {
                    @for s in Status::ALL {
                        option value=(s.as_str()) selected[s == incident.status] { (s.as_str().replace('_', " ")) }
                    }
                } }
                label { "Grade" select name="grade" {
                    option value="" { "— no change —" }
                    @for g in Grade::ALL { option value=(g.as_str()) { (g.as_str()) } }
                } }
                label { "Reason (required with a grade)" textarea name="reason" rows="2" {} }
                button type="submit" { "Save decision" }
            }
        }
    }
}

/// `POST /incidents/{id}/review`.
pub async fn review_incident(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Result<Response, WebError> {
    require_session(&caller, &fields)?;
    let incident = IncidentId::new(id.clone())
        .map_err(|_| WebError::NotFound(format!("There is no incident with the id {id:?}.")))?;
    let status = match field(&fields, "status") {
        "" => None,
        s => Some(Status::parse(s).map_err(|e| WebError::BadRequest(e.to_string()))?),
    };
    let grade = match field(&fields, "grade") {
        "" => None,
        g => Some(Grade::parse(g)?),
    };
    let expected = field(&fields, "version").parse::<u64>().ok();
    let input = ReviewInput {
        status,
        grade,
        reason: Some(field(&fields, "reason").to_owned()).filter(|r| !r.is_empty()),
    };
    let who = caller.principal;
    let target = incident.clone();
    state
        .with_store(move |store| {
            store
                .review(&who, &target, input, expected)
                .map_err(WebError::from)
        })
        .await?;
    Ok(see_other(&format!("/incidents/{incident}")))
}
