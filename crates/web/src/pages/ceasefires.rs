//! Ceasefires and talks on one page (`/ceasefires`): a small timeline of them, then each ceasefire
//! (parties, mediators, venue, window, outcome, sources, the incidents recorded inside its window)
//! and each round of talks.
//!
//! This page says which incidents fall inside a ceasefire's window, a matter of dates. Whether an
//! incident broke a ceasefire is issue 7's analysis: it adds its list of violations to each
//! ceasefire through [`violations_slot`], empty until then.

use axum::extract::State;
use axum::response::Html;
use maud::{Markup, html};
use model::{Ceasefire, Date, EventDate, Source, SourceId, Talks};
use store::IncidentFilter;

use super::layout::{self, Chrome};
use super::overview::span_text;
use super::{Names, format_event_date};
use crate::auth::Caller;
use crate::charts::timeline::{self, Band, BandKind};
use crate::summary::{Summary, range_or_dash, summarise};
use crate::{AppState, WebError};

/// How many days after a ceasefire's window an incident is still marked on the timeline, so that
/// strikes on the day a truce ran out are seen beside it.
pub const DAYS_AFTER: i64 = 3;

/// The ceasefires whose window holds a day of the incident.
pub fn in_force<'c>(ceasefires: &'c [Ceasefire], date: &EventDate) -> Vec<&'c Ceasefire> {
    ceasefires
        .iter()
        .filter(|c| {
            c.span.start() <= date.last_day() && c.span.end().is_none_or(|end| end >= date.date())
        })
        .collect()
}

/// What the timeline says of an incident and the ceasefires: "during the window of …", or
/// "2 days after … ended" (up to [`DAYS_AFTER`] days), or nothing. Dates only: no judgement on
/// who broke what.
pub fn window_note(ceasefires: &[Ceasefire], date: &EventDate) -> Option<String> {
    if let Some(c) = in_force(ceasefires, date).first() {
        return Some(format!("During the window of the {}", c.name));
    }
    ceasefires.iter().find_map(|c| {
        let end = c.span.end()?;
        let after = timeline::days_between(end, date.date());
        (1..=DAYS_AFTER).contains(&after).then(|| {
            format!(
                "{after} day{} after the {} ended",
                if after == 1 { "" } else { "s" },
                c.name
            )
        })
    })
}

/// Where issue 7 puts a ceasefire's violations (incidents it judges to have broken it, with the
/// evidence). Nothing until then.
pub fn violations_slot(_ceasefire: &Ceasefire) -> Option<Markup> {
    None
}

struct Diplomacy {
    ceasefires: Vec<Ceasefire>,
    talks: Vec<Talks>,
    sources: Vec<Source>,
    summaries: Vec<Summary>,
    names: Names,
}

/// `GET /ceasefires`: every ceasefire and round of talks.
pub async fn list(State(state): State<AppState>, caller: Caller) -> Result<Html<String>, WebError> {
    let chrome = Chrome::of(&caller);
    let data = state
        .view(caller.principal, |view| {
            let mut ceasefires = view.ceasefires()?;
            ceasefires.sort_by_key(|c| c.span.start());
            let mut talks = view.talks()?;
            talks.sort_by_key(|t| t.span.start());
            let claims = view.claims()?;
            let sources = view.sources()?;
            let actors = view.actors()?;
            // Only the incidents inside some window are needed, but which ones depends on the
            // windows; the record of incidents is read once and filtered here.
            let incidents = view
                .incidents(&IncidentFilter::default())?
                .into_iter()
                .filter(|i| !in_force(&ceasefires, &i.date).is_empty())
                .collect();
            Ok::<_, WebError>(Diplomacy {
                summaries: summarise(incidents, &claims, &sources, &actors),
                names: Names::new(&actors),
                ceasefires,
                talks,
                sources,
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
    let starts = data
        .ceasefires
        .iter()
        .map(|c| c.span.start())
        .chain(data.talks.iter().map(|t| t.span.start()));
    let ends = data
        .ceasefires
        .iter()
        .map(|c| c.span.end().unwrap_or(c.span.start()))
        .chain(
            data.talks
                .iter()
                .map(|t| t.span.end().unwrap_or(t.span.start())),
        );
    let span: Option<(Date, Date)> = starts.min().zip(ends.max());
    layout::page_as(
        "Ceasefires and talks",
        chrome,
        html! {
            h1 { "Ceasefires and talks" }
            p.meta {
                span { (data.ceasefires.len()) " ceasefires" }
                span { (data.talks.len()) " rounds of talks" }
                span { "as the sources report them; parties and mediators are named as the sources name them" }
            }
            @if let Some((first, last)) = span {
                @let from = timeline::days_before(first, 14);
                @let to = timeline::days_before(last, -21);
                (timeline_of(from, to, data))
            }
            h2 { "Ceasefires" }
            @if data.ceasefires.is_empty() {
                p.empty { "No ceasefire is on record." }
            }
            @for c in &data.ceasefires {
                @let inside: Vec<&Summary> = data.summaries.iter().filter(|s| !in_force(std::slice::from_ref(c), &s.incident.date).is_empty()).collect();
                article.record id=(c.id) {
                    h3 { (c.name) }
                    dl.facts {
                        dt { "Window" } dd { (span_text(c.span)) @if c.span.end().is_none() { " (no end reported)" } }
                        @if let Some(day) = c.announced { dt { "Announced" } dd { (day) } }
                        dt { "Parties" } dd { (names.list(&c.parties)) }
                        @if !c.mediators.is_empty() { dt { "Mediators" } dd { (names.list(&c.mediators)) } }
                        @if let Some(venue) = &c.venue { dt { "Venue" } dd { (venue) } }
                        @if let Some(outcome) = &c.outcome { dt { "Outcome, as reported" } dd { (outcome) } }
                        dt { "Sources" } dd { (source_links(&c.sources, &data.sources)) }
                    }
                    h4 { "Incidents recorded inside its window" }
                    @if inside.is_empty() {
                        p.count { "None on record." }
                    } @else {
                        ul {
                            @for s in &inside {
                                li {
                                    (format_event_date(&s.incident.date)) " — "
                                    a href={ "/incidents/" (s.incident.id) } { (s.incident.title) }
                                    " — civilians killed " (range_or_dash(s.killed)) ", grade " (s.grade.as_str())
                                }
                            }
                        }
                    }
                    @if let Some(violations) = violations_slot(c) { (violations) }
                }
            }
            h2 { "Talks" }
            @if data.talks.is_empty() {
                p.empty { "No talks are on record." }
            } @else {
                div.scroll {
                    table {
                        thead { tr {
                            th scope="col" { "Talks" } th scope="col" { "When" } th scope="col" { "Venue" }
                            th scope="col" { "Parties" } th scope="col" { "Mediators" } th scope="col" { "Outcome" }
                            th scope="col" { "Sources" }
                        } }
                        tbody {
                            @for t in &data.talks {
                                tr id=(t.id) {
                                    td { strong { (t.name) } @if let Some(summary) = &t.summary { br; span.count { (summary) } } }
                                    td { (span_text(t.span)) }
                                    td { (t.venue.as_deref().unwrap_or("–")) }
                                    td { (names.list(&t.parties)) }
                                    td { @if t.mediators.is_empty() { "–" } @else { (names.list(&t.mediators)) } }
                                    td { (t.outcome.label()) }
                                    td { (source_links(&t.sources, &data.sources)) }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The small timeline of ceasefires and talks, with the incidents around them.
fn timeline_of(from: Date, to: Date, data: &Diplomacy) -> Markup {
    let bands: Vec<Band> = data
        .ceasefires
        .iter()
        .map(|c| Band {
            start: c.span.start(),
            end: c.span.end(),
            kind: BandKind::Ceasefire,
            label: format!("Ceasefire: {} ({})", c.name, span_text(c.span)),
        })
        .chain(data.talks.iter().map(|t| Band {
            start: t.span.start(),
            end: t.span.end(),
            kind: BandKind::Talks,
            label: format!("Talks: {} ({})", t.name, span_text(t.span)),
        }))
        .collect();
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
            flagged: window_note(&data.ceasefires, &s.incident.date),
        })
        .collect();
    html! {
        section.panel aria-label="Timeline of ceasefires and talks" {
            div.scroll { (timeline::timeline(
                "diplomacy",
                "Ceasefires and talks over time",
                &format!("Ceasefires (green bands) and talks (blue bands) from {} to {}, with the civilians killed in incidents inside a ceasefire's window as bars.", from, to),
                (from, to),
                &marks,
                &bands,
                None,
            )) }
            p.note {
                span.key.ceasefire { "Green" } ": a ceasefire's window (open-ended ones run to the chart's edge). "
                span.key.talks { "Blue" } ": talks. Bars: civilians killed in incidents inside a ceasefire's window, coloured by type; "
                "▼ marks them (and any in the three days after a window closed)."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ceasefire(start: &str, end: Option<&str>) -> Ceasefire {
        serde_json::from_value(serde_json::json!({
            "id": "cf-x", "name": "truce", "parties": ["PAK", "TALIBAN"],
            "span": {"start": start, "end": end}
        }))
        .unwrap()
    }

    fn on(day: &str) -> EventDate {
        EventDate::on(day.parse().unwrap(), model::DatePrecision::Day)
    }

    #[test]
    fn a_window_holds_its_first_and_last_day_and_an_open_one_runs_on() {
        let truce = [ceasefire("2025-10-15", Some("2025-10-17"))];
        assert_eq!(in_force(&truce, &on("2025-10-15")).len(), 1);
        assert_eq!(in_force(&truce, &on("2025-10-17")).len(), 1);
        assert!(in_force(&truce, &on("2025-10-18")).is_empty());
        let open = [ceasefire("2025-10-19", None)];
        assert_eq!(in_force(&open, &on("2026-03-01")).len(), 1);
    }

    #[test]
    fn the_note_says_during_or_how_many_days_after() {
        let truce = [ceasefire("2025-10-15", Some("2025-10-17"))];
        assert_eq!(
            window_note(&truce, &on("2025-10-16")).as_deref(),
            Some("During the window of the truce")
        );
        assert_eq!(
            window_note(&truce, &on("2025-10-18")).as_deref(),
            Some("1 day after the truce ended")
        );
        assert_eq!(window_note(&truce, &on("2025-10-21")), None);
        assert_eq!(window_note(&truce, &on("2025-10-01")), None);
    }
}
