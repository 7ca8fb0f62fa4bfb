//! The overview (`/`): for a chosen period, the headline figures (incidents; civilians killed and
//! injured as best (low–high)), the map of the frontier, the timeline with ceasefires and talks as
//! bands, the report's Figure 1 redrawn from the record (civilians killed and injured per
//! incident), casualties by month, and the latest incidents and reactions.
//!
//! Every figure is reconciled by `analysis` from the claims the reader may see (through
//! [`crate::summary`]) and links to the list of the incidents it adds up, where each incident links
//! to its claims and sources.
//!
//! Early warning (`analysis::warning`, `docs/escalation.md`) adds to this page through [`Extras`]:
//! the alerts of the period above the headline (those raised, and those the index calls for but
//! not raised yet), the escalation index as a line over the timeline on its own scale, and a mark
//! over incidents flagged as possible violations of a ceasefire. The reader's record is read once
//! (`View::export`) and every piece is computed from it.

use axum::extract::{Query, State};
use axum::response::Html;
use maud::{Markup, html};
use std::collections::HashMap;

use analysis::warning::FullRecord;
use analysis::warning::escalation;
use model::{Ceasefire, Dataset, Date, EventType, Incident, IncidentId, Measure, Statement, Talks};
use serde::Deserialize;
use store::{IncidentFilter, StoredAlert};

use super::layout::{self, Chrome};
use super::query::{encode, parse_date};
use super::{Names, capitalised, format_event_date, warning};
use crate::auth::Caller;
use crate::charts::timeline::{self, Band, BandKind, Flag, Series};
use crate::charts::{bars, map};
use crate::summary::{PROXY_NOTE, Summary, Total, range_or_dash, summarise};
use crate::{AppState, WebError};

/// The period the overview covers, as it arrives in the URL.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct PeriodQuery {
    /// First day (YYYY-MM-DD); the record's first incident when absent.
    pub from: Option<String>,
    /// Last day; the record's last incident when absent.
    pub to: Option<String>,
}

/// What early warning adds to the overview: the period's alerts (shown above the headline
/// figures), a weekly line drawn over the timeline on its own scale (the escalation index), and
/// the incidents flagged as possible violations of a ceasefire (marked on the timeline).
#[derive(Debug, Default)]
pub struct Extras {
    /// The period's alerts, as a box above the headline figures (None when there is none).
    pub alerts: Option<Markup>,
    /// A line over the timeline, on its own scale.
    pub series: Option<Series>,
    /// The mark over each incident flagged against a ceasefire.
    pub flags: HashMap<IncidentId, Flag>,
}

/// Everything the overview shows, read through the reader's view.
struct Overview {
    /// The incidents of the period, newest first, reconciled.
    summaries: Vec<Summary>,
    /// The first and last day of the whole record (for the period's shortcuts).
    record_span: Option<(Date, Date)>,
    /// The reader's whole record, read once: ceasefires, talks, statements and early warning come
    /// from it.
    dataset: Dataset,
    /// The alerts `crosscheck alerts` raised.
    stored_alerts: Vec<StoredAlert>,
    names: Names,
    claims: usize,
    sources: usize,
}

/// `GET /`: the overview of a period (the whole record by default).
pub async fn show(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<PeriodQuery>,
) -> Result<Html<String>, WebError> {
    let from = parse_date("from", &query.from)?;
    let to = parse_date("to", &query.to)?;
    let chrome = Chrome::of(&caller);
    let overview = state
        .view(caller.principal, move |view| {
            let dataset = view.export()?;
            let record_span = span_of(&dataset.incidents, &dataset.ceasefires, &dataset.talks);
            let incidents = view.incidents(&IncidentFilter {
                from,
                to,
                ..IncidentFilter::default()
            })?;
            let summaries = summarise(
                incidents,
                &dataset.claims,
                &dataset.sources,
                &dataset.actors,
            );
            // One pass over the claims, as for the figures.
            let shown: std::collections::HashSet<&IncidentId> =
                summaries.iter().map(|s| &s.incident.id).collect();
            let cited: std::collections::HashSet<&model::SourceId> = dataset
                .claims
                .iter()
                .filter(|c| shown.contains(&c.incident))
                .map(|c| &c.source)
                .collect();
            Ok::<_, WebError>(Overview {
                claims: summaries.iter().map(|s| s.claims).sum(),
                sources: cited.len(),
                names: Names::new(&dataset.actors),
                summaries,
                record_span,
                stored_alerts: view.alerts()?,
                dataset,
            })
        })
        .await?;
    let period = match (from, to, overview.record_span) {
        (Some(from), Some(to), _) => Some((from, to)),
        (from, to, Some((first, last))) => Some((from.unwrap_or(first), to.unwrap_or(last))),
        (Some(day), None, None) | (None, Some(day), None) => Some((day, day)),
        (None, None, None) => None,
    };
    let extras = extras(&overview, period)?;
    Ok(Html(
        page(&chrome, &query, period, &overview, &extras).into_string(),
    ))
}

/// How many of the period's alerts the overview spells out (the most recent); earlier ones are
/// named by their week.
const ALERTS_SHOWN: usize = 3;

/// What early warning adds for the period, from the reader's record: the alerts of weeks that
/// overlap it, the index line, and the marks over incidents flagged against a ceasefire.
fn extras(overview: &Overview, period: Option<(Date, Date)>) -> Result<Extras, WebError> {
    let record = FullRecord::of(&overview.dataset);
    let series = warning::series_of(&record)?;
    let alerts: Vec<warning::ShownAlert> =
        warning::shown_alerts(&overview.stored_alerts, &escalation::alerts(&series))
            .into_iter()
            .filter(|a| warning::in_period(a, period))
            .collect();
    let flags = overview
        .summaries
        .iter()
        .filter_map(|s| {
            let flag = warning::ceasefire_flag(&record, &s.incident)?;
            Some((s.incident.id.clone(), flag))
        })
        .collect();
    Ok(Extras {
        alerts: warning::alert_box(
            &alerts,
            ALERTS_SHOWN,
            "in this period",
            (
                "/escalation",
                "Early warning: the index week by week, and why",
            ),
        ),
        series: (!series.weeks.is_empty()).then(|| warning::escalation_line(&series)),
        flags,
    })
}

/// The first and last day of the record: its incidents, and the ceasefires and talks around
/// them (an open window counts by its first day).
fn span_of(
    incidents: &[Incident],
    ceasefires: &[Ceasefire],
    talks: &[Talks],
) -> Option<(Date, Date)> {
    let spans = ceasefires
        .iter()
        .map(|c| c.span)
        .chain(talks.iter().map(|t| t.span));
    let days = incidents
        .iter()
        .flat_map(|i| [i.date.date(), i.date.last_day()])
        .chain(spans.flat_map(|s| [Some(s.start()), s.end()]).flatten());
    let (mut first, mut last): (Option<Date>, Option<Date>) = (None, None);
    for day in days {
        first = Some(first.map_or(day, |f| f.min(day)));
        last = Some(last.map_or(day, |l| l.max(day)));
    }
    first.zip(last)
}

fn day(date: Date) -> String {
    date.strftime("%-d %b %Y").to_string()
}

/// The link to the incident list for the same period, with more of the list's parameters.
fn list_link(query: &PeriodQuery, extra: &[(&str, &str)]) -> String {
    let pairs: Vec<String> = [("from", &query.from), ("to", &query.to)]
        .into_iter()
        .filter_map(|(k, v)| super::query::non_empty(v).map(|v| format!("{k}={}", encode(v))))
        .chain(extra.iter().map(|(k, v)| format!("{k}={}", encode(v))))
        .collect();
    if pairs.is_empty() {
        "/incidents".to_owned()
    } else {
        format!("/incidents?{}", pairs.join("&"))
    }
}

fn page(
    chrome: &Chrome,
    query: &PeriodQuery,
    period: Option<(Date, Date)>,
    overview: &Overview,
    extras: &Extras,
) -> Markup {
    let summaries = &overview.summaries;
    let killed = Total::of(summaries, Measure::Killed);
    let injured = Total::of(summaries, Measure::Injured);
    let in_period = |start: Date, end: Option<Date>| {
        period.is_none_or(|(from, to)| start <= to && end.is_none_or(|e| e >= from))
    };
    let ceasefires: Vec<&Ceasefire> = overview
        .dataset
        .ceasefires
        .iter()
        .filter(|c| in_period(c.span.start(), c.span.end()))
        .collect();
    let talks: Vec<&Talks> = overview
        .dataset
        .talks
        .iter()
        .filter(|t| in_period(t.span.start(), t.span.end()))
        .collect();
    let whole = query.from.is_none() && query.to.is_none();
    let flagged = extras.flags.values().filter(|f| f.certain).count();
    layout::page_as(
        "Overview",
        chrome,
        html! {
            h1 { "Cross-border violence and civilian harm" }
            p.meta {
                @match period {
                    Some((from, to)) => {
                        span { (day(from)) " – " (day(to)) @if whole { " (the whole record)" } }
                    }
                    None => { span { "No incident recorded yet" } }
                }
                span {
                    "figures reconciled from " (overview.claims) (if overview.claims == 1 { " claim" } else { " claims" })
                    " by " (overview.sources) (if overview.sources == 1 { " source" } else { " sources" })
                    "; each incident's page shows how"
                }
            }
            (period_form(query, overview.record_span))
            @if let Some(alerts) = &extras.alerts { (alerts) }
            section.headline aria-label="Headline figures" {
                div {
                    a.big href=(list_link(query, &[])) { (summaries.len()) }
                    span { @if summaries.len() == 1 { " incident" } @else { " incidents" } }
                }
                (headline_figure("civilians killed", &killed, query, "-killed"))
                (headline_figure("civilians injured", &injured, query, "-injured"))
                div {
                    a.big href="/ceasefires" { (ceasefires.len()) }
                    span { @if ceasefires.len() == 1 { " ceasefire" } @else { " ceasefires" } }
                    span.sub {
                        (flagged) @if flagged == 1 { " possible violation flagged" } @else { " possible violations flagged" }
                        " · " (talks.len()) @if talks.len() == 1 { " round of talks" } @else { " rounds of talks" }
                    }
                }
            }
            @if killed.proxy || injured.proxy {
                p.note { (PROXY_NOTE) }
            }
            @if killed.without_best + injured.without_best > 0 {
                p.note {
                    "Best is the figure the rules retain from independent reporting; low and high the lowest and highest any claim gives. "
                    "Where only a party gives a figure there is no best, and the total counts it at its lowest claim ("
                    (killed.without_best.max(injured.without_best))
                    @if killed.without_best.max(injured.without_best) == 1 { " incident)." } @else { " incidents)." }
                }
            }
            @if summaries.is_empty() {
                p.empty { "No incident falls in this period. Widen the period, or "
                    a href="/" { "show the whole record" } "." }
            } @else {
                div.panels {
                    (map_panel(summaries, query))
                    (timeline_panel(period, summaries, &overview.dataset.ceasefires, &overview.dataset.talks, extras))
                }
                (figure_one(summaries, query))
                (by_month_panel(period, summaries))
            }
            div.columns {
                section {
                    h2 { "Latest incidents" }
                    ul.latest {
                        @for s in summaries.iter().take(5) {
                            li {
                                span.date { (format_event_date(&s.incident.date)) } " "
                                a href={ "/incidents/" (s.incident.id) } { (s.incident.title) }
                                " — civilians killed " (range_or_dash(s.killed))
                            }
                        }
                    }
                    p { a href=(list_link(query, &[])) { "All incidents of the period" } }
                }
                section {
                    h2 { "Latest reactions" }
                    (latest_reactions(&overview.dataset.statements, period, &overview.names))
                    p { a href="/reactions" { "All reactions" } }
                }
                section {
                    h2 { "Export this period" }
                    (export_links(&list_query_string(query)))
                }
            }
        },
    )
}

/// The filters of the overview as a list query string ("?from=…&to=…").
fn list_query_string(query: &PeriodQuery) -> String {
    let link = list_link(query, &[]);
    link.strip_prefix("/incidents")
        .unwrap_or_default()
        .to_owned()
}

/// The export links for a list's query string (as `?…` or empty).
pub fn export_links(query_string: &str) -> Markup {
    html! {
        ul.exports {
            li { a href={ "/incidents.csv" (query_string) } { "CSV" } " — one row per incident with its reconciled figures" }
            li { a href={ "/incidents.geojson" (query_string) } { "GeoJSON" } " — the same, as points for a GIS" }
            li { a href={ "/incidents.json" (query_string) } { "JSON" } " — the records themselves (incidents, claims, sources) in crosscheck's dataset format" }
        }
    }
}

fn headline_figure(what: &str, total: &Total, query: &PeriodQuery, sort: &str) -> Markup {
    html! {
        div {
            a.big href=(list_link(query, &[("sort", sort)])) { (total.best) }
            span { " " (what) }
            span.sub { "range " (total.as_range().range_text()) " · in " (total.incidents)
                @if total.incidents == 1 { " incident" } @else { " incidents" } }
        }
    }
}

fn period_form(query: &PeriodQuery, span: Option<(Date, Date)>) -> Markup {
    let years: Vec<i16> = span.map_or_else(Vec::new, |(first, last)| {
        (first.year()..=last.year()).collect()
    });
    html! {
        form.filters.period method="get" action="/" {
            label { "From" input type="date" name="from" value=[super::query::non_empty(&query.from)]; }
            label { "To" input type="date" name="to" value=[super::query::non_empty(&query.to)]; }
            button type="submit" { "Show" }
            span.shortcuts {
                a href="/" { "Whole record" }
                @for year in &years {
                    " · " a href={ "/?from=" (year) "-01-01&to=" (year) "-12-31" } { (year) }
                }
                @if let Some((_, last)) = span {
                    " · " a href={ "/?from=" (timeline::days_before(last, 89)) "&to=" (last) } { "Last 90 days of the record" }
                }
            }
        }
    }
}

/// Above this many incidents with coordinates, the map merges the incidents of a place into one
/// mark: one circle per incident would bury the frontier under thousands of overlapping marks, and
/// each costs a tooltip and a link on a slow line.
pub const MAP_MERGE_ABOVE: usize = 120;

/// The incidents the map merges into one mark: those whose first place is in the same district
/// (or, without a district, at the same coordinates rounded to a tenth of a degree).
struct PlaceGroup<'a> {
    /// "Kech, Balochistan".
    name: String,
    province: Option<&'a str>,
    district: Option<&'a str>,
    incidents: Vec<(&'a Summary, [f64; 2])>,
}

impl PlaceGroup<'_> {
    /// Where the mark goes: the mean of the incidents' coordinates.
    fn at(&self) -> [f64; 2] {
        let n = self.incidents.len().max(1) as f64;
        let (lon, lat) = self
            .incidents
            .iter()
            .fold((0.0, 0.0), |(lon, lat), (_, at)| (lon + at[0], lat + at[1]));
        [lon / n, lat / n]
    }

    /// The type most of its incidents are (the first in the legend's order on a tie), and how
    /// many incidents of each type, most first.
    fn types(&self) -> Vec<(EventType, usize)> {
        let mut counts: Vec<(EventType, usize)> = EventType::ALL
            .into_iter()
            .map(|t| {
                let n = self
                    .incidents
                    .iter()
                    .filter(|(s, _)| s.incident.event_type == t)
                    .count();
                (t, n)
            })
            .filter(|(_, n)| *n > 0)
            .collect();
        counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        counts
    }

    fn killed(&self) -> Total {
        Total::of(self.incidents.iter().map(|(s, _)| *s), Measure::Killed)
    }

    /// The list of the incidents it adds up.
    fn href(&self, query: &PeriodQuery) -> String {
        let mut extra: Vec<(&str, &str)> = Vec::new();
        if let Some(p) = self.province {
            extra.push(("province", p));
        }
        if let Some(d) = self.district {
            extra.push(("district", d));
        }
        list_link(query, &extra)
    }
}

/// What names a place on the merged map: province, district, and the coordinates in tenths of a
/// degree when there is no district.
type PlaceKey<'a> = (Option<&'a str>, Option<&'a str>, i64, i64);

/// Groups the located incidents by place, the busiest place first.
fn by_place<'a>(located: &[(&'a Summary, [f64; 2])]) -> Vec<PlaceGroup<'a>> {
    let mut groups: Vec<PlaceGroup<'a>> = Vec::new();
    let mut index: HashMap<PlaceKey<'a>, usize> = HashMap::new();
    for (s, at) in located {
        let place = s.incident.place();
        let province = place.and_then(|p| p.admin1.as_deref());
        let district = place.and_then(|p| p.admin2.as_deref());
        // A district names the place; without one, its coordinates to a tenth of a degree do.
        let key = match district {
            Some(_) => (province, district, 0, 0),
            None => (
                province,
                None,
                (at[0] * 10.0).round() as i64,
                (at[1] * 10.0).round() as i64,
            ),
        };
        let n = *index.entry(key).or_insert_with(|| {
            let name = match (district, province) {
                (Some(d), Some(p)) if d != p => format!("{d}, {p}"),
                (Some(d), _) => d.to_owned(),
                (None, Some(p)) => format!("{p} ({:.1}° N, {:.1}° E)", at[1], at[0]),
                (None, None) => format!("{:.1}° N, {:.1}° E", at[1], at[0]),
            };
            groups.push(PlaceGroup {
                name,
                province,
                district,
                incidents: Vec::new(),
            });
            groups.len() - 1
        });
        groups[n].incidents.push((*s, *at));
    }
    groups.sort_by(|a, b| {
        b.incidents
            .len()
            .cmp(&a.incidents.len())
            .then_with(|| a.name.cmp(&b.name))
    });
    groups
}

/// "52 armed clash, 20 bombing, 12 other".
fn type_counts(group: &PlaceGroup<'_>) -> String {
    group
        .types()
        .iter()
        .map(|(t, n)| format!("{n} {}", t.label().to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The map with its legend and, in a `<details>`, the incidents it draws as a table; above
/// [`MAP_MERGE_ABOVE`] incidents, one mark and one row per place.
fn map_panel(summaries: &[Summary], query: &PeriodQuery) -> Markup {
    let located: Vec<(&Summary, [f64; 2])> = summaries
        .iter()
        .filter_map(|s| {
            let at = s.incident.place()?.coordinates?;
            Some((s, [at.lon(), at.lat()]))
        })
        .collect();
    let merged = located.len() > MAP_MERGE_ABOVE;
    let groups = if merged {
        by_place(&located)
    } else {
        Vec::new()
    };
    let marks: Vec<map::Mark> = if merged {
        groups
            .iter()
            .map(|g| {
                let killed = g.killed();
                map::Mark {
                    href: g.href(query),
                    label: format!(
                        "{} · {} incidents ({}) · civilians killed {}",
                        g.name,
                        g.incidents.len(),
                        type_counts(g),
                        killed.as_range().text()
                    ),
                    at: g.at(),
                    event_type: g.types().first().map_or(EventType::Other, |(t, _)| *t),
                    value: (killed.incidents > 0).then_some(killed.best),
                }
            })
            .collect()
    } else {
        located
            .iter()
            .map(|(s, at)| map::Mark {
                href: format!("/incidents/{}", s.incident.id),
                label: format!(
                    "{} · {} · {} · civilians killed {}",
                    format_event_date(&s.incident.date),
                    s.incident.place().map(|p| p.label()).unwrap_or_default(),
                    s.incident.event_type.label(),
                    range_or_dash(s.killed)
                ),
                at: *at,
                event_type: s.incident.event_type,
                value: s.killed.map(|r| r.drawn()),
            })
            .collect()
    };
    let max_value = marks
        .iter()
        .filter_map(|m| m.value)
        .max()
        .unwrap_or(1)
        .max(1);
    let unplaced = summaries.len() - located.len();
    let types = types_of(summaries);
    let type_names = types
        .iter()
        .map(|t| t.label())
        .collect::<Vec<_>>()
        .join(", ");
    let desc = if merged {
        format!(
            "{} incidents drawn at {} places (districts, or the same coordinates where no district is known), as circles whose area is proportional to the civilians killed there (best figures, summed), coloured by the type most of a place's incidents are: {}. The table below lists the places.",
            located.len(),
            groups.len(),
            type_names
        )
    } else {
        format!(
            "{} incidents drawn where they took place, as circles whose area is proportional to the civilians killed (best figure), coloured by event type: {}. The table below lists them.",
            located.len(),
            type_names
        )
    };
    html! {
        section.panel.map-panel aria-labelledby="map-heading" {
            h2 id="map-heading" { "Where" }
            div.map-frame {
                (map::frontier("map", "Map of the Afghanistan–Pakistan frontier with the incidents of the period", &desc, &marks, max_value, if merged { "Civilians killed per place" } else { "Civilians killed" }))
            }
            (type_legend(&types))
            p.note {
                @if merged {
                    strong { "One circle per place: " }
                    "the period's " (located.len()) " incidents are merged by district (or by the same coordinates where no district is known) into "
                    (groups.len()) " places, as one circle each would cover the frontier. "
                    "Circle area: civilians killed there, added up (best figures; the lowest claim where only a party gives one); colour: the type most of the place's incidents are. "
                    "Each circle links to the list of its incidents. "
                } @else {
                    "Circle area: civilians killed (best figure; the lowest claim where only a party gives one). "
                }
                "The heavy line is the Afghanistan–Pakistan border (Durand Line). An incident in several places is drawn at the first."
                @if unplaced > 0 {
                    " " (unplaced) @if unplaced == 1 { " incident has" } @else { " incidents have" } " no coordinates and " @if unplaced == 1 { "is" } @else { "are" } " not drawn."
                }
            }
            details {
                @if merged {
                    summary { "The map as a table (" (groups.len()) " places)" }
                    table {
                        thead { tr { th scope="col" { "Place" } th.num scope="col" { "Incidents" } th.num scope="col" { "Civilians killed" } th scope="col" { "Types" } } }
                        tbody {
                            @for g in &groups {
                                tr {
                                    td {
                                        a href=(g.href(query)) { (g.name) }
                                        // Without a district the list can only narrow to the province.
                                        @if g.district.is_none() && g.province.is_some() { " " span.count { "(the link lists the whole province)" } }
                                    }
                                    td.num { (g.incidents.len()) }
                                    td.num { (g.killed().as_range().text()) }
                                    td { (type_counts(g)) }
                                }
                            }
                        }
                    }
                } @else {
                    summary { "The map as a table" }
                    table {
                        thead { tr { th scope="col" { "Date" } th scope="col" { "Place" } th scope="col" { "Type" } th.num scope="col" { "Civilians killed" } th scope="col" { "Incident" } } }
                        tbody {
                            @for (s, at) in &located {
                                tr {
                                    td { (format_event_date(&s.incident.date)) }
                                    td { (s.incident.place().map(|p| p.label()).unwrap_or_default()) " " span.count { "(" (format!("{:.2}", at[1])) "° N, " (format!("{:.2}", at[0])) "° E)" } }
                                    td { (s.incident.event_type.label()) }
                                    td.num { (range_or_dash(s.killed)) }
                                    td { a href={ "/incidents/" (s.incident.id) } { (s.incident.title) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The event types among the incidents, in the legend's order.
fn types_of(summaries: &[Summary]) -> Vec<EventType> {
    EventType::ALL
        .into_iter()
        .filter(|t| summaries.iter().any(|s| s.incident.event_type == *t))
        .collect()
}

/// The colour key for event types: the same classes colour the map, the timeline and the lists.
pub fn type_legend(types: &[EventType]) -> Markup {
    html! {
        ul.legend aria-label="Colours by event type" {
            @for t in types {
                li { (swatch(*t)) " " (t.label()) }
            }
        }
    }
}

/// A small disc in an event type's colour.
pub fn swatch(event_type: EventType) -> Markup {
    html! {
        svg.swatch viewBox="0 0 12 12" aria-hidden="true" {
            circle class=(crate::charts::type_class(event_type)) cx="6" cy="6" r="5" {}
        }
    }
}

/// The timeline panel: the whole period by week (or by day when it is short), and a close-up of
/// its last 90 days when the period is longer than that. From `extras`: the line drawn over both
/// on its own scale (the escalation index; the caption names it) and the marks over incidents
/// flagged as possible violations of a ceasefire.
pub fn timeline_panel(
    period: Option<(Date, Date)>,
    summaries: &[Summary],
    ceasefires: &[Ceasefire],
    talks: &[Talks],
    extras: &Extras,
) -> Markup {
    let Some((from, to)) = period else {
        return html! {};
    };
    let extra = extras.series.as_ref();
    let marks: Vec<timeline::Mark> = summaries
        .iter()
        .map(|s| timeline::Mark {
            date: s.incident.date.date(),
            event_type: s.incident.event_type,
            value: s.killed.map(|r| r.drawn()),
            label: format!(
                "{} · {} · civilians killed {}",
                format_event_date(&s.incident.date),
                s.incident.title,
                range_or_dash(s.killed)
            ),
            flagged: extras.flags.get(&s.incident.id).cloned(),
        })
        .collect();
    let bands: Vec<Band> = ceasefires
        .iter()
        .map(|c| Band {
            start: c.span.start(),
            end: c.span.end(),
            kind: BandKind::Ceasefire,
            label: format!("Ceasefire: {} ({})", c.name, span_text(c.span)),
        })
        .chain(talks.iter().map(|t| Band {
            start: t.span.start(),
            end: t.span.end(),
            kind: BandKind::Talks,
            label: format!("Talks: {} ({})", t.name, span_text(t.span)),
        }))
        .collect();
    let weekly = timeline::bin_days(from, to) > 1;
    let close_up = (timeline::days_between(from, to) > 120).then(|| timeline::days_before(to, 89));
    let in_view = |from: Date, to: Date| {
        marks
            .iter()
            .filter(|m| m.date >= from && m.date <= to)
            .count()
    };
    // The chart bins above the same count (`timeline::BINNED_ABOVE`); the table follows the
    // whole period's chart.
    let binned = in_view(from, to) > timeline::BINNED_ABOVE;
    let desc = |from: Date, to: Date| {
        let shown = in_view(from, to);
        let line = extra.map_or_else(String::new, |series| format!(
            " A line shows the {}, on its own scale at the right, with the alert threshold dotted.",
            series.label.to_lowercase()
        ));
        if shown > timeline::BINNED_ABOVE {
            let bin = timeline::Bin::of(from, to);
            let per = bin.name();
            let line = match extra {
                Some(series) if bin.is_calendar() => format!(
                    " A line shows the {}'s highest week in each {per}, on its own scale at the right, with the alert threshold dotted.",
                    series.label.to_lowercase()
                ),
                _ => line,
            };
            format!(
                "{} incidents from {} to {}, as bars of civilians killed per {per}, summed by event type and coloured by it; a grey strip above the bars is darker the more incidents a {per} holds; ceasefires and talks as bands in two lanes above; a filled triangle marks a {per} with an incident flagged as a possible violation of a ceasefire, an open one a {per} with one that may be.{line} The table below lists the {per}s.",
                shown,
                day(from),
                day(to),
            )
        } else {
            format!(
                "{} incidents from {} to {}, as bars of civilians killed {}, coloured by event type; ceasefires and talks as bands in two lanes above them; a filled triangle marks incidents flagged as possible violations of a ceasefire, an open one incidents that may be.{line} The table below lists them.",
                shown,
                day(from),
                day(to),
                if timeline::bin_days(from, to) > 1 {
                    "per week"
                } else {
                    "per day"
                },
            )
        }
    };
    html! {
        section.panel.timeline-panel aria-labelledby="timeline-heading" {
            h2 id="timeline-heading" { "When" }
            div.scroll.latest {
                (timeline::timeline("timeline", "Timeline of incidents, ceasefires and talks", &desc(from, to), (from, to), &marks, &bands, extra))
            }
            p.note {
                @if binned {
                    @let per = timeline::Bin::of(from, to).name();
                    strong { "One bar per " (per) ": " }
                    "the period's " (marks.len()) " incidents are added up by " (per) " and by type (civilians killed), as a bar each would be too thin to see or point at; "
                    "the grey strip above them is darker the more incidents a " (per) " holds. "
                } @else {
                    "Bars: civilians killed " @if weekly { "per week" } @else { "per day" } ", coloured by type. "
                }
                span.key.ceasefire { "Green" } ": a ceasefire's window (shaded through the chart). "
                span.key.talks { "Blue" } ": talks. "
                "▼ an incident flagged as a possible violation of a ceasefire (its days or the 48 hours after, alleged against a party to it); ▽ one that may be. "
                @if let Some(series) = extra {
                    "Line: the " a href="/escalation" { "escalation index" }
                    @let bin = timeline::Bin::of(from, to);
                    @if binned && bin.is_calendar() { ", its highest week in each " (bin.name()) } @else { " per week" }
                    ", on its own scale (right); dotted: its alert threshold ("
                    (series.threshold.as_ref().map_or(0.0, |t| t.0)) ")."
                }
            }
            @if let Some(start) = close_up {
                h3 { "The last 90 days: " (day(start)) " – " (day(to)) }
                div.scroll.latest {
                    (timeline::timeline("closeup", "Close-up of the last 90 days", &desc(start, to), (start, to), &marks, &bands, extra))
                }
            }
            details {
                @if binned {
                    @let bin = timeline::Bin::of(from, to);
                    summary { "The timeline as a table (per " (bin.name()) ")" }
                    table {
                        thead { tr { th scope="col" { (capitalised(bin.name())) } th.num scope="col" { "Incidents" } th.num scope="col" { "Civilians killed" } th.num scope="col" { "Flagged against a ceasefire" } } }
                        tbody {
                            @for (start, end) in timeline::bins(from, to) {
                                @let inside: Vec<&Summary> = summaries.iter().filter(|s| { let d = s.incident.date.date(); d >= start && d <= end }).collect();
                                @if !inside.is_empty() {
                                    @let flagged = inside.iter().filter(|s| extras.flags.contains_key(&s.incident.id)).count();
                                    tr {
                                        td { a href=(period_list_link(start, end)) { (bin.label(start, end)) } }
                                        td.num { (inside.len()) }
                                        td.num { (Total::of(inside.iter().copied(), Measure::Killed).as_range().text()) }
                                        td.num { @if flagged > 0 { (flagged) } }
                                    }
                                }
                            }
                        }
                    }
                } @else {
                summary { "The timeline as a table" }
                table {
                    thead { tr { th scope="col" { "Date" } th scope="col" { "Incident" } th.num scope="col" { "Civilians killed" } th scope="col" { "Ceasefire" } } }
                    tbody {
                        @for (s, mark) in summaries.iter().zip(&marks) {
                            tr {
                                td { (format_event_date(&s.incident.date)) }
                                td { a href={ "/incidents/" (s.incident.id) } { (s.incident.title) } }
                                td.num { (range_or_dash(s.killed)) }
                                td { (mark.flagged.as_ref().map(|f| f.text.as_str()).unwrap_or("")) }
                            }
                        }
                    }
                }
                }
                @if !bands.is_empty() {
                    ul {
                        @for band in &bands { li { (band.label) } }
                    }
                }
            }
        }
    }
}

/// The incident list of the days `from`–`to`.
fn period_list_link(from: Date, to: Date) -> String {
    format!("/incidents?from={from}&to={to}")
}

/// "15 Oct 2025 – 17 Oct 2025", "from 19 Oct 2025".
pub fn span_text(span: model::DateSpan) -> String {
    match span.end() {
        Some(end) if end == span.start() => day(end),
        Some(end) => format!("{} – {}", day(span.start()), day(end)),
        None => format!("from {}", day(span.start())),
    }
}

/// How many incidents Figure 1 draws at most: one row each, so a busy period would otherwise
/// make a chart of thousands of rows that nobody can read and a slow line cannot carry.
pub const FIGURE_ONE_MAX: usize = 40;

/// The report's Figure 1, from the record: civilians killed and injured per incident, by date.
/// Above [`FIGURE_ONE_MAX`] incidents with civilian harm, the ones with the most civilians killed
/// (then injured), still by date, and a link to the whole list in that order.
fn figure_one(summaries: &[Summary], query: &PeriodQuery) -> Markup {
    let mut harmed: Vec<&Summary> = summaries
        .iter()
        .filter(|s| s.has_civilian_figures())
        .collect();
    let with_harm = harmed.len();
    if with_harm > FIGURE_ONE_MAX {
        let figure = |r: Option<crate::summary::Range>| r.map_or(0, |r| r.drawn());
        // Ties go to the later incident, then the id, so the cut is the same on every load.
        harmed.sort_by(|a, b| {
            (figure(b.killed), figure(b.injured), b.incident.date.date())
                .cmp(&(figure(a.killed), figure(a.injured), a.incident.date.date()))
                .then_with(|| a.incident.id.cmp(&b.incident.id))
        });
        harmed.truncate(FIGURE_ONE_MAX);
    }
    let cut = with_harm > harmed.len();
    harmed.sort_by_key(|s| (s.incident.date.date(), s.incident.id.clone()));
    let rows: Vec<bars::IncidentRow> = harmed
        .iter()
        .map(|s| bars::IncidentRow {
            date: format_event_date(&s.incident.date),
            place: short_place(&s.incident),
            killed: s.killed,
            injured: s.injured,
            grade: s.grade.as_str(),
            href: format!("/incidents/{}", s.incident.id),
        })
        .collect();
    let desc = if cut {
        format!(
            "The {} incidents with the most civilians killed (then injured) of the {} with civilian harm in this period, in date order. For each, a bar of civilians killed and one of civilians injured (best figure), a line across the range the claims span, and the grade.",
            rows.len(),
            with_harm
        )
    } else {
        format!(
            "{} incidents with civilian harm, in date order. For each, a bar of civilians killed and one of civilians injured (best figure), a line across the range the claims span, and the grade.",
            rows.len()
        )
    };
    let by_harm = list_link(query, &[("sort", "-killed")]);
    html! {
        section.figure-one aria-labelledby="figure-one" {
            h2 id="figure-one" { "Civilians killed and injured per incident" }
            p.note { "The ACSTD report's Figure 1, redrawn from the claims on record: bars are best figures, thin lines the range from the lowest to the highest claim, each panel on its own scale." }
            @if cut {
                p.note.cut {
                    "The " (rows.len()) " incidents with the most civilians killed (then injured) of the "
                    (with_harm) " with civilian harm in this period, in date order; "
                    a href=(by_harm) { "all are in the list, most civilians killed first" } "."
                }
            }
            @if harmed.iter().any(|s| s.killed.is_some_and(|r| r.proxy) || s.injured.is_some_and(|r| r.proxy)) {
                p.note { (PROXY_NOTE) }
            }
            div.scroll {
                (bars::per_incident("fig1", "Civilians killed and injured per incident", &desc, &rows))
            }
            details {
                summary { "Figure 1 as a table" }
                table {
                    thead { tr { th scope="col" { "Date" } th scope="col" { "Incident" } th.num scope="col" { "Civilians killed" } th.num scope="col" { "Civilians injured" } th scope="col" { "Grade" } } }
                    tbody {
                        @for s in &harmed {
                            tr {
                                td { (format_event_date(&s.incident.date)) }
                                td { a href={ "/incidents/" (s.incident.id) } { (s.incident.title) } }
                                td.num { (range_or_dash(s.killed)) }
                                td.num { (range_or_dash(s.injured)) }
                                td { (s.grade.as_str()) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The place as Figure 1 labels it: district and province, or as much as is known, without the
/// country code; "several places" when there are more than two.
fn short_place(incident: &Incident) -> String {
    let label = |p: &model::PlaceRef| {
        let mut parts: Vec<&str> = Vec::new();
        for part in [&p.location, &p.admin2, &p.admin1].into_iter().flatten() {
            if !parts.contains(&part.as_str()) {
                parts.push(part);
            }
        }
        if parts.is_empty() {
            p.country.as_str().to_owned()
        } else {
            parts.join(", ")
        }
    };
    match incident.places.as_slice() {
        [] => String::new(),
        [one] => label(one),
        [one, two] => format!("{}; {}", label(one), label(two)),
        more => format!(
            "{} places, {} and others",
            more.len(),
            more[0].admin1.as_deref().unwrap_or("")
        ),
    }
}

/// Casualties by month over the period.
fn by_month_panel(period: Option<(Date, Date)>, summaries: &[Summary]) -> Markup {
    let Some((from, to)) = period else {
        return html! {};
    };
    let mut months: Vec<bars::Month> = Vec::new();
    let mut month = from.first_of_month();
    while month <= to {
        let next = timeline::next_month(month);
        let inside: Vec<&Summary> = summaries
            .iter()
            .filter(|s| s.incident.date.date() >= month && s.incident.date.date() < next)
            .collect();
        months.push(bars::Month {
            label: month.strftime("%b %Y").to_string(),
            january: month.month() == 1,
            killed: Total::of(inside.iter().copied(), Measure::Killed),
            injured: Total::of(inside.iter().copied(), Measure::Injured),
        });
        if next <= month {
            break;
        }
        month = next;
    }
    let with_harm: Vec<&bars::Month> = months
        .iter()
        .filter(|m| m.killed.incidents + m.injured.incidents > 0)
        .collect();
    let desc = format!(
        "Civilians killed and injured per month from {} to {} (best figures, summed over the month's incidents); {} of {} months have a figure.",
        months.first().map(|m| m.label.as_str()).unwrap_or_default(),
        months.last().map(|m| m.label.as_str()).unwrap_or_default(),
        with_harm.len(),
        months.len()
    );
    html! {
        section.by-month aria-labelledby="by-month" {
            h2 id="by-month" { "Civilian casualties by month" }
            div.scroll {
                (bars::by_month("months", "Civilian casualties by month", &desc, &months))
            }
            details {
                summary { "By month as a table" }
                table {
                    thead { tr { th scope="col" { "Month" } th.num scope="col" { "Civilians killed" } th.num scope="col" { "Civilians injured" } th.num scope="col" { "Incidents with a figure" } } }
                    tbody {
                        @for m in &with_harm {
                            tr {
                                td { (m.label) }
                                td.num { (m.killed.as_range().text()) }
                                td.num { (m.injured.as_range().text()) }
                                td.num { (m.killed.incidents.max(m.injured.incidents)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn latest_reactions(
    statements: &[Statement],
    period: Option<(Date, Date)>,
    names: &Names,
) -> Markup {
    let mut inside: Vec<&Statement> = statements
        .iter()
        .filter(|s| period.is_none_or(|(from, to)| s.date >= from && s.date <= to))
        .collect();
    inside.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.id.cmp(&b.id)));
    html! {
        @if inside.is_empty() {
            p.empty { "No statement recorded in this period." }
        } @else {
            ul.latest {
                @for s in inside.iter().take(5) {
                    li {
                        span.date { (day(s.date)) } " "
                        strong { (names.of(&s.actor)) } " (" (s.stance.label()) "): "
                        (super::reactions::excerpt(&s.text, 120))
                    }
                }
            }
        }
    }
}
