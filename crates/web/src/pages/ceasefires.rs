//! Ceasefires and talks on one page (`/ceasefires`): a small timeline of them, then each ceasefire
//! (parties, mediators, venue, window, outcome, sources) with the incidents in its window and
//! whether each is flagged as a possible violation — alleged by whom — and each round of talks with
//! the incidents during it.
//!
//! Which incidents fall in a window, and which are flagged, is `analysis::warning::violations`'s
//! one rule (`docs/escalation.md`, section 1: the ceasefire's days and the 48 hours after; flagged
//! when an alleged perpetrator is a party to it). The page never says a ceasefire was broken by
//! anyone: it says who alleges what.

use std::collections::HashSet;

use analysis::warning::FullRecord;
use analysis::warning::violations;
use axum::extract::State;
use axum::response::Html;
use maud::{Markup, html};
use model::{Dataset, Date, IncidentId, Source, SourceId};

use super::layout::{self, Chrome};
use super::overview::span_text;
use super::{Names, format_event_date, warning};
use crate::auth::Caller;
use crate::charts::timeline;
use crate::summary::{Summary, summarise};
use crate::{AppState, WebError};

struct Diplomacy {
    /// The reader's whole record, read once.
    dataset: Dataset,
    /// The incidents in some ceasefire's window or during some talks, reconciled.
    summaries: Vec<Summary>,
    names: Names,
}

/// `GET /ceasefires`: every ceasefire and round of talks.
pub async fn list(State(state): State<AppState>, caller: Caller) -> Result<Html<String>, WebError> {
    let chrome = Chrome::of(&caller);
    let data = state
        .view(caller.principal, |view| {
            let mut dataset = view.export()?;
            dataset.ceasefires.sort_by_key(|c| c.span.start());
            dataset.talks.sort_by_key(|t| t.span.start());
            // Only the incidents the rules mark (in a window, or during talks) are reconciled.
            let marked: HashSet<IncidentId> = violations::marks(&FullRecord::of(&dataset))
                .into_iter()
                .map(|m| m.incident.clone())
                .collect();
            let incidents = dataset
                .incidents
                .iter()
                .filter(|i| marked.contains(&i.id))
                .cloned()
                .collect();
            Ok::<_, WebError>(Diplomacy {
                summaries: summarise(
                    incidents,
                    &dataset.claims,
                    &dataset.sources,
                    &dataset.actors,
                ),
                names: Names::new(&dataset.actors),
                dataset,
            })
        })
        .await?;
    Ok(Html(page(&chrome, &data).into_string()))
}

fn source_links(ids: &[SourceId], sources: &[Source]) -> Markup {
    // The view has already left out sources the reader may not see.
    let shown: Vec<&Source> = ids
        .iter()
        .filter_map(|id| sources.iter().find(|s| &s.id == id))
        .collect();
    html! {
        @if shown.is_empty() {
            "–"
        } @else {
            @for (n, s) in shown.iter().enumerate() {
                @if n > 0 { "; " }
                @match &s.url {
                    Some(url) => { a href=(url) rel="noreferrer" { (s.publisher) } }
                    None => { (s.publisher) }
                }
                @if let Some(day) = s.published { " (" (day) ")" }
            }
        }
    }
}

fn page(chrome: &Chrome, data: &Diplomacy) -> Markup {
    let names = &data.names;
    let record = FullRecord::of(&data.dataset);
    let ceasefires = &data.dataset.ceasefires;
    let talks = &data.dataset.talks;
    let sources = &data.dataset.sources;
    let marks = violations::marks(&record);
    let starts = ceasefires
        .iter()
        .map(|c| c.span.start())
        .chain(talks.iter().map(|t| t.span.start()));
    let ends = ceasefires
        .iter()
        .map(|c| c.span.end().unwrap_or(c.span.start()))
        .chain(talks.iter().map(|t| t.span.end().unwrap_or(t.span.start())));
    let span: Option<(Date, Date)> = starts.min().zip(ends.max());
    layout::page_as(
        "Ceasefires and talks",
        chrome,
        html! {
            h1 { "Ceasefires and talks" }
            p.meta {
                span { (ceasefires.len()) " ceasefires" }
                span { (talks.len()) " rounds of talks" }
                span { "as the sources report them; parties and mediators are named as the sources name them" }
            }
            @if let Some((first, last)) = span {
                @let from = timeline::days_before(first, 14);
                @let to = timeline::days_before(last, -21);
                (timeline_of(from, to, data, &record))
            }
            h2 { "Ceasefires" }
            @if ceasefires.is_empty() {
                p.empty { "No ceasefire is on record." }
            }
            @for c in ceasefires {
                article.record id=(c.id) {
                    h3 { (c.name) }
                    dl.facts {
                        dt { "Window" } dd { (span_text(c.span)) @if c.span.end().is_none() { " (no end reported)" } }
                        @if let Some(day) = c.announced { dt { "Announced" } dd { (day) } }
                        dt { "Parties" } dd { (names.list(&c.parties)) }
                        @if !c.mediators.is_empty() { dt { "Mediators" } dd { (names.list(&c.mediators)) } }
                        @if let Some(venue) = &c.venue { dt { "Venue" } dd { (venue) } }
                        @if let Some(outcome) = &c.outcome { dt { "Outcome, as reported" } dd { (outcome) } }
                        dt { "Sources" } dd { (source_links(&c.sources, sources)) }
                    }
                    h4 { "Incidents in its window, and possible violations" }
                    @match warning::ceasefire_violations(&record, c, &data.summaries) {
                        Some(list) => { (list) }
                        None => { p.count { "None on record in its days or the 48 hours after." } }
                    }
                }
            }
            p.note {
                "An incident on a ceasefire's days or in the 48 hours after it is flagged as a possible violation when one of its alleged perpetrators is a party to the ceasefire (or none is named); "
                "one on its first day only may have come before it took effect. The flag names who alleges what; it is not a finding. "
                a href="/escalation#violations" { "The rule" } "."
            }
            h2 { "Talks" }
            @if talks.is_empty() {
                p.empty { "No talks are on record." }
            } @else {
                div.scroll {
                    table {
                        thead { tr {
                            th scope="col" { "Talks" } th scope="col" { "When" } th scope="col" { "Venue" }
                            th scope="col" { "Parties" } th scope="col" { "Mediators" } th scope="col" { "Outcome" }
                            th scope="col" { "Incidents during them" } th scope="col" { "Sources" }
                        } }
                        tbody {
                            @for t in talks {
                                tr id=(t.id) {
                                    td { strong { (t.name) } @if let Some(summary) = &t.summary { br; span.count { (summary) } } }
                                    td { (span_text(t.span)) }
                                    td { (t.venue.as_deref().unwrap_or("–")) }
                                    td { (names.list(&t.parties)) }
                                    td { @if t.mediators.is_empty() { "–" } @else { (names.list(&t.mediators)) } }
                                    td { (t.outcome.label()) }
                                    td.during {
                                        @let during: Vec<(&model::Incident, &violations::TalksMark<'_>)> = marks.iter().filter_map(|m| {
                                            let mark = m.talks.iter().find(|x| x.talks == &t.id)?;
                                            Some((data.dataset.incidents.iter().find(|i| &i.id == m.incident)?, mark))
                                        }).collect();
                                        @if during.is_empty() { "–" }
                                        @for (n, (i, mark)) in during.iter().enumerate() {
                                            @if n > 0 { br; }
                                            a href={ "/incidents/" (i.id) } { (i.title) } " " span.count { "(" (format_event_date(&i.date))
                                                @if mark.certainty == violations::Certainty::Possible { ", possibly" } ")" }
                                        }
                                    }
                                    td { (source_links(&t.sources, sources)) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The small timeline of ceasefires and talks, with the incidents in their windows or during them.
fn timeline_of(from: Date, to: Date, data: &Diplomacy, record: &FullRecord<'_>) -> Markup {
    let bands = warning::bands_of(record);
    let marks: Vec<timeline::Mark> = data
        .summaries
        .iter()
        .map(|s| timeline::Mark {
            date: s.incident.date.date(),
            event_type: s.incident.event_type,
            value: s.killed.map(|r| r.drawn()),
            label: format!(
                "{} · {}",
                format_event_date(&s.incident.date),
                s.incident.title
            ),
            flagged: warning::ceasefire_flag(record, &s.incident),
        })
        .collect();
    html! {
        section.panel aria-label="Timeline of ceasefires and talks" {
            div.scroll.latest { (timeline::timeline(
                "diplomacy",
                "Ceasefires and talks over time",
                &format!("Ceasefires (green bands) and talks (blue bands) from {} to {}, with the civilians killed in incidents in a ceasefire's window or during talks as bars; a filled triangle over incidents flagged as possible violations of a ceasefire, an open one over those that may be.", from, to),
                (from, to),
                &marks,
                &bands,
                None,
            )) }
            p.note {
                span.key.ceasefire { "Green" } ": a ceasefire's window (open-ended ones run to the chart's edge). "
                span.key.talks { "Blue" } ": talks. Bars: civilians killed in incidents in a ceasefire's window (its days and the 48 hours after) or during talks, coloured by type; "
                "▼ an incident flagged as a possible violation, ▽ one that may be."
            }
        }
    }
}
