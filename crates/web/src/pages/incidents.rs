//! The incident list and the incident page.
//!
//! The incident page puts every claim side by side — one row per claim, with its source and in
//! whose voice it speaks — so that competing figures are read against each other, never merged.
//! Restricted sources are shown only as "a restricted source": their names, contacts and notes
//! never reach the page.

use axum::extract::{Path, Query, State};
use axum::response::Html;
use maud::{Markup, html};
use model::Date;
use model::{
    Claim, CountryCode, EventType, Group, Incident, IncidentId, Measure, Source, SourceId,
};
use serde::Deserialize;
use store::IncidentFilter;

use super::{Names, figures, format_count, format_event_date, layout};
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
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, WebError> {
    let filter = query.to_filter()?;
    let (rows, names) = state
        .read(move |store| {
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
            Ok((rows, names))
        })
        .await?;
    Ok(Html(list_page(&query, &rows, &names).into_string()))
}

fn list_page(query: &ListQuery, rows: &[Row], names: &Names) -> Markup {
    let selected = |value: &Option<String>, option: &str| non_empty(value) == Some(option);
    layout::page(
        "Incidents",
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
    claims: Vec<Claim>,
    sources: Vec<Source>,
    names: Names,
    evidence: figures::Evidence,
}

/// `GET /incidents/{id}`: one incident, its claims side by side, and its sources.
pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Html<String>, WebError> {
    let not_found = || WebError::NotFound(format!("There is no incident with the id {id:?}."));
    let incident_id = IncidentId::new(id.clone()).map_err(|_| not_found())?;
    let detail = state
        .read(move |store| {
            let Some(incident) = store.incident(&incident_id)? else {
                return Ok(None);
            };
            let sources = store.sources_for(&incident_id)?;
            Ok(Some(Detail {
                claims: store.claims_for(&incident_id)?,
                evidence: figures::Evidence::load(store, &sources)?,
                sources,
                names: Names::new(&store.actors()?),
                incident,
            }))
        })
        .await?
        .ok_or_else(not_found)?;
    Ok(Html(incident_page(&detail).into_string()))
}

fn incident_page(detail: &Detail) -> Markup {
    let Detail {
        incident,
        claims,
        sources,
        names,
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
    let public_sources: Vec<&Source> = sources.iter().filter(|s| !s.restricted).collect();
    let restricted = sources.len() - public_sources.len();
    layout::page(
        &incident.title,
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
                                        Some(s) if !s.restricted => {
                                            (s.publisher)
                                            @if let Some(day) = s.published { br; small { (day) } }
                                        }
                                        _ => { "A restricted source" }
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
            @if public_sources.is_empty() && restricted == 0 {
                p.empty { "No sources yet." }
            }
            ul {
                @for s in &public_sources {
                    li {
                        strong { (s.publisher) }
                        @if let Some(title) = &s.title { ", " @if let Some(url) = &s.url { a href=(url) rel="noreferrer" { (title) } } @else { (title) } }
                        @else if let Some(url) = &s.url { ", " a href=(url) rel="noreferrer" { (url) } }
                        @if let Some(day) = s.published { " (" (day) ")" }
                        " · " (s.kind.label())
                        @if let Some(party) = &s.affiliation { " · speaks for " (names.of(party)) }
                        @if let Some(hash) = &s.archived_sha256 { br; span.hash { "archived copy SHA-256 " (hash) } }
                    }
                }
            }
            @if restricted > 0 {
                p.count { (restricted) " restricted source(s) not shown." }
            }
        },
    )
}
