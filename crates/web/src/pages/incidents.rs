//! The incident list and the incident page.
//!
//! The incident page puts every claim side by side — one row per claim, with its source and in
//! whose voice it speaks — so that competing figures are read against each other, never merged.
//! Both pages read the store through the reader's [`store::View`]: the public sees published
//! incidents only, and a reader without clearance sees a restricted source only as "a restricted
//! source" (the view has already replaced it), never its name, contact or notes.

use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{Markup, html};
use model::Date;
use model::{
    Claim, CountryCode, EventType, Group, Incident, IncidentId, Measure, Source, SourceId,
};
use serde::Deserialize;
use store::{IncidentFilter, RESTRICTED_SOURCE_ID, Review, Role};

use super::layout::Chrome;
use super::{Names, figures, format_count, format_event_date, layout};
use crate::auth::Caller;
use crate::{AppState, WebError};

/// The list's filters as they arrive in the URL (empty fields are ignored).
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    from: Option<String>,
    to: Option<String>,
    country: Option<String>,
    #[serde(rename = "type")]
    event_type: Option<String>,
    q: Option<String>,
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl ListQuery {
    fn to_filter(&self) -> Result<IncidentFilter, WebError> {
        let date = |field: &str, value: &Option<String>| -> Result<Option<Date>, WebError> {
            non_empty(value)
                .map(|v| {
                    v.parse::<Date>().map_err(|_| {
                        WebError::BadRequest(format!(
                            "The {field} date {v:?} is not a date (use YYYY-MM-DD)."
                        ))
                    })
                })
                .transpose()
        };
        Ok(IncidentFilter {
            from: date("from", &self.from)?,
            to: date("to", &self.to)?,
            country: non_empty(&self.country)
                .map(|c| CountryCode::new(c).map_err(|e| WebError::BadRequest(e.to_string())))
                .transpose()?,
            event_type: non_empty(&self.event_type)
                .map(|t| EventType::parse(t).map_err(|e| WebError::BadRequest(e.to_string())))
                .transpose()?,
            text: non_empty(&self.q).map(str::to_owned),
            ..IncidentFilter::default()
        })
    }
}

/// One row of the list: an incident and how many sources and claims back it.
struct Row {
    incident: Incident,
    sources: usize,
    claims: usize,
}

/// `GET /` and `GET /incidents`: every incident that passes the filters, newest first.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, WebError> {
    let filter = query.to_filter()?;
    let chrome = Chrome::of(&caller);
    let (rows, names) = state
        .view(caller.principal, move |store| {
            let names = Names::new(&store.actors()?);
            let claims = store.claims()?;
            let rows = store
                .incidents(&filter)?
                .into_iter()
                .map(|incident| {
                    let mine: Vec<&Claim> = claims
                        .iter()
                        .filter(|c| c.incident == incident.id)
                        .collect();
                    let mut sources: Vec<&SourceId> = mine.iter().map(|c| &c.source).collect();
                    sources.sort();
                    sources.dedup();
                    Row {
                        sources: sources.len(),
                        claims: mine.len(),
                        incident,
                    }
                })
                .collect::<Vec<_>>();
            Ok::<_, WebError>((rows, names))
        })
        .await?;
    Ok(Html(
        list_page(&chrome, &query, &rows, &names).into_string(),
    ))
}

fn list_page(chrome: &Chrome, query: &ListQuery, rows: &[Row], names: &Names) -> Markup {
    let selected = |value: &Option<String>, option: &str| non_empty(value) == Some(option);
    layout::page_as(
        "Incidents",
        chrome,
        html! {
            h1 { "Incidents" }
            form.filters method="get" action="/incidents" {
                label { "From" input type="date" name="from" value=[non_empty(&query.from)]; }
                label { "To" input type="date" name="to" value=[non_empty(&query.to)]; }
                label { "Country"
                    select name="country" {
                        option value="" { "Any" }
                        option value="AFG" selected[selected(&query.country, "AFG")] { "Afghanistan" }
                        option value="PAK" selected[selected(&query.country, "PAK")] { "Pakistan" }
                    }
                }
                label { "Type"
                    select name="type" {
                        option value="" { "Any" }
                        @for t in EventType::ALL {
                            option value=(t.as_str()) selected[selected(&query.event_type, t.as_str())] { (t.label()) }
                        }
                    }
                }
                label { "Search" input type="search" name="q" value=[non_empty(&query.q)]; }
                button type="submit" { "Filter" }
            }
            p.count { (rows.len()) @if rows.len() == 1 { " incident" } @else { " incidents" } }
            @if rows.is_empty() {
                p.empty { "No incident matches these filters. Widen the period or clear the search." }
            } @else {
                table {
                    thead { tr {
                        th scope="col" { "Date" }
                        th scope="col" { "Place" }
                        th scope="col" { "Type" }
                        th scope="col" { "Incident" }
                        th scope="col" { "Alleged perpetrator" }
                        @if chrome.role() > Role::Public { th scope="col" { "Status" } }
                        th.num scope="col" { "Sources" }
                        th.num scope="col" { "Claims" }
                    } }
                    tbody {
                        @for row in rows {
                            @let incident = &row.incident;
                            tr {
                                td { (format_event_date(&incident.date)) }
                                td { (incident.place().map(|p| p.label()).unwrap_or_default()) }
                                td { (incident.event_type.label()) }
                                td { a href={ "/incidents/" (incident.id) } { (incident.title) } }
                                td { (names.list(&incident.perpetrators)) }
                                @if chrome.role() > Role::Public { td { (incident.status.as_str().replace('_', " ")) } }
                                td.num { (row.sources) }
                                td.num { (row.claims) }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// Everything the incident page shows.
struct Detail {
    incident: Incident,
    version: u64,
    claims: Vec<Claim>,
    sources: Vec<Source>,
    names: Names,
    review: Option<Review>,
    evidence: figures::Evidence,
}

/// What the incident address leads to: the incident, or the one it was merged into.
enum Found {
    Incident(Box<Detail>),
    MergedInto(IncidentId),
}

/// `GET /incidents/{id}`: one incident, its claims side by side, and its sources. The id of an
/// incident merged into another redirects to the survivor.
pub async fn show(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let not_found = || WebError::NotFound(format!("There is no incident with the id {id:?}."));
    let incident_id = IncidentId::new(id.clone()).map_err(|_| not_found())?;
    let chrome = Chrome::of(&caller);
    let found = state
        .view(caller.principal, move |store| {
            let Some(versioned) = store.get::<Incident>(&incident_id)? else {
                return Ok::<_, WebError>(store.merged_into(&incident_id)?.map(Found::MergedInto));
            };
            let sources = store.sources_for(&incident_id)?;
            Ok(Some(Found::Incident(Box::new(Detail {
                claims: store.claims_for(&incident_id)?,
                evidence: figures::Evidence::load(store, &sources)?,
                sources,
                names: Names::new(&store.actors()?),
                review: store.review(&incident_id)?,
                incident: versioned.record,
                version: versioned.version,
            }))))
        })
        .await?
        .ok_or_else(not_found)?;
    Ok(match found {
        Found::Incident(detail) => {
            Html(incident_page(&chrome, &detail).into_string()).into_response()
        }
        Found::MergedInto(survivor) => {
            Redirect::permanent(&format!("/incidents/{survivor}")).into_response()
        }
    })
}

fn incident_page(chrome: &Chrome, detail: &Detail) -> Markup {
    let Detail {
        incident,
        version,
        claims,
        sources,
        names,
        review,
        evidence,
    } = detail;
    let source_of = |id: &SourceId| sources.iter().find(|s| &s.id == id);
    // Only the groups some claim gives get a column.
    let columns: Vec<(Measure, Group)> = Measure::ALL
        .into_iter()
        .flat_map(|m| Group::ALL.into_iter().map(move |g| (m, g)))
        .filter(|(m, g)| {
            claims
                .iter()
                .any(|c| c.figures.measure(*m).get(*g).is_some())
        })
        .collect();
    // The view has already left out what the reader may not see: a restricted source here is one
    // the reader is cleared to see, and is marked as such.
    let hidden_claims = claims
        .iter()
        .filter(|c| c.source.as_str() == RESTRICTED_SOURCE_ID)
        .count();
    layout::page_as(
        &incident.title,
        chrome,
        html! {
            p.meta { a href="/incidents" { "← All incidents" } }
            h1 { (incident.title) }
            p.meta {
                span { (format_event_date(&incident.date)) }
                span { (incident.places.iter().map(|p| p.label()).collect::<Vec<_>>().join("; ")) }
                span { (incident.event_type.label()) }
                @if !incident.perpetrators.is_empty() {
                    span { "alleged: " (names.list(&incident.perpetrators)) }
                }
                @if let Some(cb) = incident.cross_border {
                    span { "cross-border: " (cb.from) " → " (cb.to) }
                }
                span { "status: " (incident.status.as_str().replace('_', " ")) }
            }
            p { (incident.summary) }
            @if let Some(target) = &incident.target {
                p { strong { "Target, as reported: " } (target) }
            }
            @if let Some(notes) = &incident.internal_notes {
                p.restricted { strong { "Internal notes (restricted): " } (notes) }
            }
            @if let Some(review) = review {
                p.grade { strong { "Verifier's grade: " } (review.grade.as_str()) " — " (review.reason) " (" (review.reviewer) ")" }
            }
            @if chrome.role() >= Role::Verifier {
                (super::forms::review_form(chrome, incident, *version))
            }

            (figures::block(incident, claims, sources, evidence, names))

            h2 id="claims" { "Claims, side by side" }
            @if claims.is_empty() {
                p.empty { "No source has made a claim about this incident yet." }
            } @else {
                table {
                    thead {
                        tr {
                            th scope="col" { "Source" }
                            th scope="col" { "Claimant" }
                            th scope="col" { "Losses of" }
                            @for (measure, group) in &columns {
                                th.num scope="col" { (measure.as_str()) br; (group.label()) }
                            }
                            th scope="col" { "In their words" }
                        }
                    }
                    tbody {
                        @for claim in claims {
                            @let source = source_of(&claim.source);
                            @let hidden = source.is_none_or(|s| s.restricted);
                            tr id=(figures::claim_anchor(claims, claim, hidden)) class=[hidden.then_some("restricted")] {
                                td {
                                    @match source {
                                        Some(s) => {
                                            (s.publisher)
                                            @if s.restricted { " (restricted)" }
                                            @if let Some(day) = s.published { br; small { (day) } }
                                        }
                                        None => { "A restricted source" }
                                    }
                                }
                                td { (claim.claimant.as_ref().map_or_else(|| "own reporting".to_owned(), |c| format!("{} (quoted)", names.of(c)))) }
                                td { (claim.losses_of.as_ref().map_or_else(|| "–".to_owned(), |a| names.of(a))) }
                                @for (measure, group) in &columns {
                                    td.num { (format_count(claim.figures.measure(*measure).get(*group))) }
                                }
                                td.quote { @if let Some(q) = &claim.quote { "“" (q) "”" } }
                            }
                        }
                    }
                }
            }

            h2 id="sources" { "Sources" }
            @if sources.is_empty() && hidden_claims == 0 {
                p.empty { "No sources yet." }
            }
            ul {
                @for s in sources {
                    li class=[s.restricted.then_some("restricted")] {
                        strong { (s.publisher) }
                        @if s.restricted { " (restricted)" }
                        @if let Some(title) = &s.title { ", " @if let Some(url) = &s.url { a href=(url) rel="noreferrer" { (title) } } @else { (title) } }
                        @else if let Some(url) = &s.url { ", " a href=(url) rel="noreferrer" { (url) } }
                        @if let Some(day) = s.published { " (" (day) ")" }
                        " · " (s.kind.label())
                        @if let Some(party) = &s.affiliation { " · speaks for " (names.of(party)) }
                        @if let Some(hash) = &s.archived_sha256 { br; span.hash { "archived copy SHA-256 " (hash) } }
                        @if let Some(contact) = &s.contact { br; span { "Contact (restricted): " (contact) } }
                        @if let Some(notes) = &s.internal_notes { br; span { "Notes (restricted): " (notes) } }
                    }
                }
            }
            @if hidden_claims > 0 {
                p.count { "Some claims come from restricted sources, which are not shown." }
            }
            @if chrome.role() >= Role::Contributor {
                p { a href={ "/sources/new?incident=" (incident.id) } { "Add a source with its claims" } }
            }
        },
    )
}
