//! Early warning on the web: the page `/escalation` (the weekly index drawn in the dashboard's
//! timeline frame with the parties' rhetoric over it, the alerts, ceasefire violations and
//! incidents during talks, officials' statements with the words that counted, and reactions set
//! against harm), and the pieces the other pages show — each a function returning [`Markup`] (or a
//! chart's input) from what `analysis` computed over the reader's record:
//!
//! - [`shown_alerts`] and [`alert_box`]: the alerts raised (stored) and those the current series
//!   calls for but `crosscheck alerts` has not raised yet, for the overview's banner;
//! - [`escalation_line`], [`rhetoric_line`]: a weekly line to draw over a timeline;
//! - [`ceasefire_flag`]: the mark over an incident flagged as a possible violation of a truce;
//! - [`ceasefire_violations`]: the incidents in a ceasefire's window, for `/ceasefires`;
//! - [`incident_marks`]: "during the 48-hour truce … — flagged as a possible violation; alleged by
//!   …" and "during talks", for an incident's page;
//! - [`incident_reactions`] and [`reaction_comparison`]: for `/reactions` and incident pages;
//! - [`statement_words`]: a statement with its hostility score and the words that counted.
//!
//! Every read goes through [`AppState::view`]: the record is the reader's redacted export (built
//! once per request), so a restricted source is never named and the public's index counts
//! published incidents only.

use std::collections::HashMap;
use std::sync::OnceLock;

use axum::extract::State;
use axum::response::Html;

use maud::{Markup, html};
use model::{Ceasefire, Dataset, Date, Incident, Statement, Status};

use analysis::warning::cities::Cities;
use analysis::warning::escalation::{self, Alert, CeasefireState, Series, Week};
use analysis::warning::reactions::{self, Comparison, IncidentReactions};
use analysis::warning::rhetoric::{self, Category, Lexicon, RhetoricScore};
use analysis::warning::violations::{self, Certainty};
use analysis::warning::{FullRecord, harm};
use store::StoredAlert;

use super::layout::{self, Chrome};
use super::overview::span_text;
use super::{capitalised, format_event_date};
use crate::auth::Caller;
use crate::charts::timeline::{self, Band, BandKind, Flag, IndexWeek};
use crate::summary::{Summary, range_or_dash};
use crate::{AppState, WebError};

/// How many weeks the close-up chart shows.
const CLOSE_UP_WEEKS: usize = 16;

fn day(date: Date) -> String {
    date.strftime("%-d %b %Y").to_string()
}

fn score_text(score: f64) -> String {
    format!("{:.2}", score)
}

/// How many statements, the most recent, the rhetoric section shows; the rest are on /reactions.
const STATEMENTS_SHOWN: usize = 30;

/// The rhetoric word list, parsed once per process.
pub fn lexicon() -> Result<&'static Lexicon, WebError> {
    static LEXICON: OnceLock<Result<Lexicon, String>> = OnceLock::new();
    LEXICON
        .get_or_init(|| Lexicon::english().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| WebError::Internal(e.clone()))
}

/// The list of major cities, read once per process.
fn cities() -> Result<&'static Cities, WebError> {
    static CITIES: OnceLock<Result<Cities, String>> = OnceLock::new();
    CITIES
        .get_or_init(Cities::major)
        .as_ref()
        .map_err(|e| WebError::Internal(e.clone()))
}

/// The index series of the reader's record.
pub fn series_of(record: &FullRecord<'_>) -> Result<Series, WebError> {
    Ok(escalation::of_record(record, lexicon()?, cities()?))
}

/// An alert as the pages show it: its week, what the week held, and whether `crosscheck alerts`
/// has raised (stored and delivered) it.
#[derive(Clone, Debug, PartialEq)]
pub struct ShownAlert {
    /// The week's Monday.
    pub week: Date,
    /// One sentence: the week's score against the threshold, and what it held.
    pub summary: String,
    /// Whether it is stored (raised); else the current series calls for it but it was not raised.
    pub raised: bool,
}

/// The alerts to show, most recent first: every stored one (as it was raised), and every alert of
/// the current series that is not stored yet.
pub fn shown_alerts(stored: &[StoredAlert], current: &[Alert]) -> Vec<ShownAlert> {
    let mut shown: Vec<ShownAlert> = stored
        .iter()
        .filter_map(|s| {
            Some(ShownAlert {
                week: s.week.parse().ok()?,
                summary: s.summary.clone(),
                raised: true,
            })
        })
        .collect();
    for alert in current {
        let raised = stored
            .iter()
            .any(|s| s.week == alert.week.to_string() && s.formula == alert.formula);
        if !raised {
            shown.push(ShownAlert {
                week: alert.week,
                summary: alert.summary.clone(),
                raised: false,
            });
        }
    }
    shown.sort_by_key(|a| std::cmp::Reverse(a.week));
    shown
}

/// Whether an alert's week (Monday to Sunday) overlaps a period.
pub fn in_period(alert: &ShownAlert, period: Option<(Date, Date)>) -> bool {
    period.is_none_or(|(from, to)| {
        alert.week <= to && analysis::warning::week::add_days(alert.week, 6) >= from
    })
}

/// One line per alert: what the week held — and, when some of the alerts were raised and some
/// not, which were not (when none was, [`raised_note`] says so once).
pub fn alert_lines(alerts: &[ShownAlert]) -> Vec<Markup> {
    let mixed = alerts.iter().any(|a| a.raised) && alerts.iter().any(|a| !a.raised);
    alerts
        .iter()
        .map(|alert| {
            html! {
                (alert.summary)
                @if mixed && !alert.raised {
                    " " em.count { "(not raised yet)" }
                }
            }
        })
        .collect()
}

/// What to say once about whether the alerts were raised: nothing when all were.
pub fn raised_note(alerts: &[ShownAlert]) -> Option<Markup> {
    let unraised = alerts.iter().filter(|a| !a.raised).count();
    if unraised == 0 {
        return None;
    }
    Some(html! {
        @if unraised == alerts.len() {
            @if alerts.len() == 1 { "It has not been raised yet" } @else { "None has been raised yet" }
        } @else {
            (unraised) " not raised yet"
        }
        ": " code { "crosscheck alerts" } " stores alerts and delivers them to the webhooks."
    })
}

/// How many alerts `/escalation` spells out (the most recent); earlier ones are named by week.
const ALERT_LINES_MAX: usize = 52;

/// How many earlier alert weeks the alert box names before it counts the rest.
const EARLIER_NAMED: usize = 12;

/// The alerts as one box: how many weeks reached the threshold `scope` ("in this period"), the
/// most recent `limit` with what they held, the earlier ones by week, and a link `more` (address,
/// text) to where they are explained. None when there is no alert.
pub fn alert_box(
    alerts: &[ShownAlert],
    limit: usize,
    scope: &str,
    (href, text): (&str, &str),
) -> Option<Markup> {
    if alerts.is_empty() {
        return None;
    }
    let shown = &alerts[..limit.clamp(1, alerts.len())];
    let earlier = &alerts[shown.len()..];
    let threshold = escalation::Formula::V1.threshold;
    Some(html! {
        section.alert aria-labelledby="alerts-heading" {
            p {
                strong id="alerts-heading" {
                    "Escalation alert" @if alerts.len() > 1 { "s" } " " (scope)
                }
                ": " (alerts.len()) @if alerts.len() == 1 { " week" } @else { " weeks" }
                " at or above the index's alert threshold (" (threshold) "). "
                @if let Some(note) = raised_note(alerts) { span.count { (note) } " " }
                a href=(href) { (text) }
            }
            ul {
                @for line in alert_lines(shown) { li { (line) } }
            }
            @if !earlier.is_empty() && earlier.len() <= EARLIER_NAMED {
                p.count {
                    "Earlier: " @if earlier.len() == 1 { "the week of " } @else { "the weeks of " }
                    (join_names(&earlier.iter().map(|a| day(a.week)).collect::<Vec<_>>()))
                    "."
                }
            } @else if !earlier.is_empty() {
                // Years of alerts would make the box a wall of dates: the most recent, then a count.
                p.count {
                    "Earlier: the weeks of "
                    (earlier[..EARLIER_NAMED].iter().map(|a| day(a.week)).collect::<Vec<_>>().join(", "))
                    ", and " (earlier.len() - EARLIER_NAMED) " earlier weeks ("
                    a href=(href) { "every alert, listed" } ")."
                }
            }
        }
    })
}

/// "A", "A and B", "A, B and C".
fn join_names(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The index as a line over a timeline: a step per week, the threshold marked, the alert weeks
/// dotted with their score.
pub fn escalation_line(series: &Series) -> timeline::Series {
    timeline::Series {
        label: format!(
            "Escalation index ({}) per week; alert at {}",
            series.formula.name, series.formula.threshold
        ),
        axis: "index".to_owned(),
        points: series.weeks.iter().map(|w| (w.week, w.score)).collect(),
        step_days: 7,
        threshold: Some((series.formula.threshold, "alert".to_owned())),
        marked: series
            .weeks
            .iter()
            .filter(|w| w.alert)
            .map(|w| (w.week, week_label(w)))
            .collect(),
    }
}

/// The parties' rhetoric as a line over a timeline: a step per week, the week's hostility
/// counted from zero up (as the index counts it).
pub fn rhetoric_line(series: &Series) -> timeline::Series {
    timeline::Series {
        label: "Parties' rhetoric: the hostility score of their statements, per week".to_owned(),
        axis: "rhetoric".to_owned(),
        points: series
            .weeks
            .iter()
            .map(|w| (w.week, w.components.rhetoric))
            .collect(),
        step_days: 7,
        threshold: None,
        marked: Vec::new(),
    }
}

/// "Week of 13 Oct 2025: score 16.80 (alert), 3 incidents, 32 killed, rhetoric 2.00".
fn week_label(w: &Week) -> String {
    format!(
        "Week of {}: score {}{}, {} incident(s), {} killed, rhetoric {}",
        day(w.week),
        score_text(w.score),
        if w.alert { " (alert)" } else { "" },
        w.components.incidents,
        w.components.killed,
        score_text(w.components.rhetoric)
    )
}

/// The mark a timeline puts over an incident flagged against a ceasefire: certain when the rules
/// flag it as a possible violation, possible when it only may be one; None otherwise (no window,
/// alleged perpetrators outside the truce, or a discounted incident).
pub fn ceasefire_flag(record: &FullRecord<'_>, incident: &Incident) -> Option<Flag> {
    if incident.status == Status::Discounted {
        return None;
    }
    let marks = violations::marks_of(record, incident);
    let pick = |certainty: Certainty| {
        marks
            .ceasefires
            .iter()
            .find(|m| m.possible_violation && m.certainty == certainty)
    };
    let (mark, certain) = match pick(Certainty::Flagged) {
        Some(mark) => (mark, true),
        None => (pick(Certainty::Possible)?, false),
    };
    Some(Flag {
        text: capitalised(&mark.sentence(record, incident)),
        certain,
    })
}

/// How many of the incidents in a ceasefire's window `/ceasefires` and `/escalation` list: a long
/// truce over a busy record holds hundreds.
pub const VIOLATIONS_SHOWN: usize = 30;

/// The incidents in a ceasefire's window (its days and the 48 hours after), each with its civilian
/// harm and grade (from `summaries`, when it is among them) and the sentence that says whether it
/// is flagged as a possible violation and who alleges what; None when there are none. Above
/// [`VIOLATIONS_SHOWN`] incidents, the possible violations first, and a link to the list of the
/// window's days.
pub fn ceasefire_violations(
    record: &FullRecord<'_>,
    ceasefire: &Ceasefire,
    summaries: &[Summary],
) -> Option<Markup> {
    let found = violations::of_ceasefire(record, &ceasefire.id);
    if found.is_empty() {
        return None;
    }
    let possible = found.iter().filter(|(_, m)| m.possible_violation).count();
    let mut shown: Vec<usize> = (0..found.len()).collect();
    if found.len() > VIOLATIONS_SHOWN {
        // Possible violations, surest first, before the other incidents of the window; the sort
        // is stable, so each keeps the date order.
        shown.sort_by_key(|n| {
            let mark = &found[*n].1;
            (
                !mark.possible_violation,
                mark.certainty != Certainty::Flagged,
            )
        });
        shown.truncate(VIOLATIONS_SHOWN);
        shown.sort_unstable();
    }
    let window_list = format!(
        "/incidents?from={}{}",
        ceasefire.span.start(),
        ceasefire
            .span
            .end()
            .map(|end| format!("&to={}", timeline::days_before(end, -2)))
            .unwrap_or_default()
    );
    Some(html! {
        @if shown.len() < found.len() {
            p.count.cut {
                (found.len()) " incidents in its window and the 48 hours after, " (possible) " of them flagged as possible violations; listed here: "
                (shown.len()) ", the possible violations first (the surest first). "
                a href=(window_list) { "Every incident of those days" } "."
            }
        }
        ul.violations {
            @for (incident, mark) in shown.iter().map(|n| &found[*n]) {
                li {
                    span.date { (format_event_date(&incident.date)) } " — "
                    a href={ "/incidents/" (incident.id) } { (incident.title) }
                    @if let Some(s) = summaries.iter().find(|s| s.incident.id == incident.id) {
                        " " span.count { "(civilians killed " (range_or_dash(s.killed)) ", grade " (s.grade.as_str()) ")" }
                    }
                    br;
                    (flag_symbol(mark))
                    (capitalised(&mark.sentence(record, incident))) "."
                }
            }
        }
    })
}

/// What the rules mark on an incident: the ceasefires whose window it fell in and the talks it
/// fell during, as sentences, each linked to its entry on `/ceasefires`; None when nothing (or when
/// the incident is discounted: the rules leave those out).
pub fn incident_marks(record: &FullRecord<'_>, incident: &Incident) -> Option<Markup> {
    if incident.status == Status::Discounted {
        return None;
    }
    let marks = violations::marks_of(record, incident);
    if marks.ceasefires.is_empty() && marks.talks.is_empty() {
        return None;
    }
    Some(html! {
        ul.marks {
            @for mark in &marks.ceasefires {
                li {
                    (flag_symbol(mark))
                    (capitalised(&mark.sentence(record, incident))) ". "
                    @if let Some(c) = record.ceasefires.iter().find(|c| &c.id == mark.ceasefire) {
                        a href={ "/ceasefires#" (c.id) } { "The ceasefire's window: " (span_text(c.span)) }
                    }
                }
            }
            @for mark in &marks.talks {
                li {
                    (capitalised(&mark.sentence(record))) ". "
                    @if let Some(t) = record.talks.iter().find(|t| &t.id == mark.talks) {
                        a href={ "/ceasefires#" (t.id) } { "The talks: " (span_text(t.span)) }
                    }
                }
            }
        }
    })
}

/// The timeline's mark before a sentence: ▼ flagged, ▽ may be a violation, nothing otherwise.
fn flag_symbol(mark: &violations::CeasefireMark<'_>) -> Markup {
    html! {
        @match (mark.possible_violation, mark.certainty) {
            (true, Certainty::Flagged) => { span.flag-key aria-hidden="true" { "▼ " } }
            (true, Certainty::Possible) => { span.flag-key aria-hidden="true" { "▽ " } }
            (false, _) => {}
        }
    }
}

/// A statement's text with the words that counted highlighted (each with its category, weight and
/// why as a tooltip), and its score by category.
pub fn statement_words(statement: &Statement, score: &RhetoricScore) -> Markup {
    html! {
        blockquote.statement {
            @for (text, matched) in score.segments(&statement.text) {
                @match matched {
                    Some(m) => {
                        mark class=(m.category.as_str())
                            title={ (m.category.label()) ", " (m.counted) ": " (m.why) } { (text) }
                    }
                    None => { (text) }
                }
            }
        }
        p.meta.score {
            span { "hostility " strong { (score_text(score.score)) } }
            @for (category, sum) in score.by_category() {
                span { (category.label()) " " (score_text(sum)) }
            }
            @if score.matches.is_empty() {
                span { "no word of the list" }
            }
            @if !statement.verbatim {
                span { "a paraphrase: words outside quotation marks count half" }
            }
        }
    }
}

/// The key to the highlighted words: which colour marks which category.
pub fn words_key() -> Markup {
    html! {
        ul.legend.words-key aria-label="Highlighted words by category" {
            @for category in Category::ALL {
                li { mark class=(category.as_str()) { (category.label()) } }
            }
        }
    }
}

/// One incident's reactions in a line: who said what, when, and who said nothing found in the
/// record.
pub fn incident_reactions(record: &FullRecord<'_>, reactions: &IncidentReactions<'_>) -> Markup {
    html! {
        @if reactions.reactions.is_empty() {
            "None found in the record."
        } @else {
            @for (n, r) in reactions.reactions.iter().enumerate() {
                @if n > 0 { "; " }
                a href={ "/reactions#" (r.statement) } { (record.name_of(r.actor)) } " " (r.stance.label()) " (" (day(r.date))
                @if !r.direct { ", naming the parties, not the incident" }
                ")"
            }
        }
        @if !reactions.no_reaction_found.is_empty() {
            br;
            span.count { (no_reaction_found(record, reactions)) }
        }
    }
}

/// "No reaction found: China, India", or — when no state or organisation reacted — "No reaction
/// found from any of the 8 states and organisations that made statements in the record".
pub fn no_reaction_found(record: &FullRecord<'_>, reactions: &IncidentReactions<'_>) -> String {
    let silent = &reactions.no_reaction_found;
    if reactions.reactions.iter().all(|r| r.party) && silent.len() > 1 {
        format!(
            "No reaction found from any of the {} states and organisations that made statements in the record",
            silent.len()
        )
    } else {
        format!(
            "No reaction found: {}",
            silent
                .iter()
                .map(|a| record.name_of(a))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// The comparison of reaction against harm: a table and one sentence per state or organisation.
pub fn reaction_comparison(record: &FullRecord<'_>, comparison: &Comparison<'_>) -> Markup {
    html! {
        p {
            (comparison.incidents) " published incidents; " (comparison.with_civilian_deaths)
            " with civilian deaths reported (" (comparison.civilians_killed) " civilians killed: each incident's civilians killed as the dashboard shows it — the reconciled best figure, or the lowest figure given where no source independent of the parties gives one)."
        }
        div.scroll {
            table.comparison {
                thead { tr {
                    th scope="col" { "State or organisation" }
                    th.num scope="col" { "Statements naming an incident" }
                    th.num scope="col" { "Incidents reacted to" }
                    th.num scope="col" { "…with civilian deaths" }
                    th.num scope="col" { "Civilians killed in those" }
                    th.num scope="col" { "…in the ones not reacted to" }
                    th scope="col" { "Stances" }
                } }
                tbody {
                    @for a in &comparison.actors {
                        tr {
                            td { (record.name_of(a.actor)) }
                            td.num { (a.statements_about_incidents) }
                            td.num { (a.incidents_reacted) }
                            td.num { (a.reacted_with_civilian_deaths) " of " (comparison.with_civilian_deaths) }
                            td.num { (a.civilians_killed_reacted) }
                            td.num { (a.civilians_killed_not_reacted) }
                            td { (a.stances.iter().map(|(s, n)| if *n == 1 { s.label().to_owned() } else { format!("{} ×{n}", s.label()) }).collect::<Vec<_>>().join(", ")) }
                        }
                    }
                }
            }
        }
        ul.sentences {
            @for a in &comparison.actors {
                li { (a.sentence(record, comparison)) }
            }
        }
    }
}

/// How many incidents the tables of who reacted to each incident list at most, beyond those with
/// a reaction: a record of thousands of incidents, most with no reaction found, would otherwise
/// weigh hundreds of kilobytes on `/reactions` and `/escalation`.
pub const REACTION_ROWS_MAX: usize = 50;

/// The incidents a table of reactions lists, in the order given: every incident with a reaction
/// in the record, then — up to [`REACTION_ROWS_MAX`] rows in all — those without one, most
/// civilians killed first; and how many were left out (none with a reaction ever is).
pub fn reaction_rows<'r, 'a>(
    per_incident: &'r [IncidentReactions<'a>],
    harms: &[harm::IncidentHarm],
) -> (Vec<&'r IncidentReactions<'a>>, usize) {
    if per_incident.len() <= REACTION_ROWS_MAX {
        return (per_incident.iter().collect(), 0);
    }
    let killed: HashMap<&model::IncidentId, u32> = harms
        .iter()
        .map(|h| (&h.incident, h.civilians_killed_shown.unwrap_or(0)))
        .collect();
    let with_reaction = per_incident
        .iter()
        .filter(|r| !r.reactions.is_empty())
        .count();
    let mut without: Vec<&IncidentReactions<'a>> = per_incident
        .iter()
        .filter(|r| r.reactions.is_empty())
        .collect();
    without.sort_by(|a, b| {
        let k = |r: &IncidentReactions<'_>| killed.get(r.incident).copied().unwrap_or(0);
        k(b).cmp(&k(a)).then_with(|| a.incident.cmp(b.incident))
    });
    without.truncate(REACTION_ROWS_MAX.saturating_sub(with_reaction));
    let kept: std::collections::HashSet<&model::IncidentId> =
        without.iter().map(|r| r.incident).collect();
    let rows: Vec<&IncidentReactions<'a>> = per_incident
        .iter()
        .filter(|r| !r.reactions.is_empty() || kept.contains(r.incident))
        .collect();
    let left_out = per_incident.len() - rows.len();
    (rows, left_out)
}

/// The sentence under a table of [`reaction_rows`] that left incidents out, with the list they
/// are all in.
pub fn reaction_rows_note(rows: &[&IncidentReactions<'_>], left_out: usize) -> Markup {
    let with_reaction = rows.iter().filter(|r| !r.reactions.is_empty()).count();
    html! {
        @if left_out > 0 {
            p.note.cut {
                (rows.len() + left_out) " incidents: listed here are the " (with_reaction)
                " with a reaction in the record and, of those without, the " (rows.len() - with_reaction)
                " with the most civilians killed. No reaction was found for the other " (left_out) " either; "
                a href="/incidents?sort=-killed" { "all are in the incident list" } "."
            }
        }
    }
}

/// An incident's civilians killed as the pages show them ("5 †"), "–" without a figure.
pub fn civilians_killed(harms: &[harm::IncidentHarm], incident: &model::IncidentId) -> String {
    match harms.iter().find(|h| &h.incident == incident) {
        Some(h) => match h.civilians_killed_shown {
            Some(n) if h.civilians_killed_stand_in => format!("{n} †"),
            Some(n) => n.to_string(),
            None => "–".to_owned(),
        },
        None => "–".to_owned(),
    }
}

/// The ceasefires and talks of the record as a timeline's bands.
pub fn bands_of(record: &FullRecord<'_>) -> Vec<Band> {
    record
        .ceasefires
        .iter()
        .map(|c| Band {
            start: c.span.start(),
            end: c.span.end(),
            kind: BandKind::Ceasefire,
            label: format!("Ceasefire: {} ({})", c.name, span_text(c.span)),
        })
        .chain(record.talks.iter().map(|t| Band {
            start: t.span.start(),
            end: t.span.end(),
            kind: BandKind::Talks,
            label: format!("Talks: {} ({})", t.name, span_text(t.span)),
        }))
        .collect()
}

/// How many weeks the table under an index chart lists before it keeps only the alert weeks.
const WEEK_ROWS_MAX: usize = 156;

/// The index chart of the weeks `weeks` of the series, with its caption and its table.
fn index_panel(
    id: &str,
    heading: &str,
    series: &Series,
    weeks: &[Week],
    bands: &[Band],
    only_scored: bool,
) -> Markup {
    let (Some(first), Some(last)) = (weeks.first(), weeks.last()) else {
        return html! { p.empty { "No week to show." } };
    };
    let (from, to) = (first.week, analysis::warning::week::add_days(last.week, 6));
    let threshold = series.formula.threshold;
    let bars: Vec<IndexWeek> = weeks
        .iter()
        .map(|w| IndexWeek {
            week: w.week,
            score: w.score,
            alert: w.alert,
            broken: (w.components.ceasefire == CeasefireState::Broken).then(|| Flag {
                text: format!(
                    "Week of {}: an incident flagged as a possible violation of a ceasefire",
                    day(w.week)
                ),
                certain: true,
            }),
            label: week_label(w),
        })
        .collect();
    let alerts = weeks.iter().filter(|w| w.alert).count();
    let desc = format!(
        "The escalation index per week from {} to {}, as grey bars ({} weeks at or above the alert threshold of {} in dark grey, the threshold a dotted line); ceasefires and talks as bands in two lanes above; a triangle over weeks with an incident flagged as a possible violation of a ceasefire; the parties' rhetoric as a line on its own scale at the right. The table below lists the weeks.",
        day(from),
        day(to),
        alerts,
        threshold
    );
    let rhetoric = rhetoric_line(series);
    let scored: Vec<&Week> = weeks
        .iter()
        .filter(|w| !only_scored || w.score > 0.0)
        .collect();
    // A record of many years scores hundreds of weeks: the table then keeps the alert weeks.
    let cut = scored.len() > WEEK_ROWS_MAX;
    let rows: Vec<&Week> = if cut {
        scored.iter().copied().filter(|w| w.alert).collect()
    } else {
        scored.clone()
    };
    html! {
        h3 { (heading) }
        div.scroll.latest {
            (timeline::weekly_index(id, heading, &desc, (from, to), &bars, threshold, bands, Some(&rhetoric)))
        }
        p.note {
            "Bars: the index per week (dark: at or above the threshold of " (threshold) ", the dotted line). "
            span.key.ceasefire { "Green" } ": a ceasefire's window. " span.key.talks { "Blue" } ": talks. "
            "▼ a week with an incident flagged as a possible violation of a ceasefire. "
            "Line: the parties' rhetoric (hostility score of their statements per week), on its own scale at the right."
        }
        details {
            summary {
                "These weeks as a table"
                @if cut { " (the " (rows.len()) " weeks at or above the threshold, of " (scored.len()) " with a score above 0)" }
                @else if only_scored { " (weeks with a score above 0)" }
            }
            div.scroll {
                table.weeks {
                    thead { tr {
                        th scope="col" { "Week of" }
                        th.num scope="col" { "Score" }
                        th.num scope="col" { "Incidents" }
                        th.num scope="col" { "Killed" }
                        th.num scope="col" { "Civilian harm" }
                        th.num scope="col" { "Severity" }
                        th.num scope="col" { "Rhetoric" }
                        th scope="col" { "Ceasefire" }
                    } }
                    tbody {
                        @for w in &rows {
                            tr {
                                td.nowrap { (day(w.week)) }
                                td.num { @if w.alert { strong { (score_text(w.score)) " alert" } } @else { (score_text(w.score)) } }
                                td.num { (w.components.incidents) }
                                td.num { (w.components.killed) }
                                td.num { (score_text(w.components.civilian_harm)) }
                                td.num { (w.components.severity) }
                                td.num { (score_text(w.components.rhetoric)) }
                                td { (match w.components.ceasefire { CeasefireState::None => "", CeasefireState::Holding => "holding", CeasefireState::Broken => "broken" }) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Everything the early-warning page shows, computed from the reader's record.
struct Warning {
    dataset: Dataset,
    stored: Vec<StoredAlert>,
}

/// `GET /escalation`: the early-warning page.
pub async fn page(State(state): State<AppState>, caller: Caller) -> Result<Html<String>, WebError> {
    let chrome = Chrome::of(&caller);
    let data = state
        .view(caller.principal, |view| {
            Ok::<_, WebError>(Warning {
                dataset: view.export()?,
                stored: view.alerts()?,
            })
        })
        .await?;
    Ok(Html(render(&chrome, &data)?.into_string()))
}

fn render(chrome: &Chrome, data: &Warning) -> Result<Markup, WebError> {
    let record = FullRecord::of(&data.dataset);
    let series = series_of(&record)?;
    let current = escalation::alerts(&series);
    let alerts = shown_alerts(&data.stored, &current);
    let scored = rhetoric::score_all(&record, lexicon()?);
    let harms = harm::of_record(&record);
    let comparison = reactions::compare(&record, &harms);
    let per_incident = reactions::per_incident(&record);
    let (reaction_rows, reactions_left_out) = reaction_rows(&per_incident, &harms);
    let bands = bands_of(&record);
    let weeks = series.weeks.len();
    let incident = |id: &model::IncidentId| data.dataset.incidents.iter().find(|i| &i.id == id);
    let mut statements: Vec<(&Statement, &RhetoricScore, bool)> = scored
        .iter()
        .filter_map(|s| {
            let statement = data
                .dataset
                .statements
                .iter()
                .find(|x| &x.id == s.statement)?;
            Some((statement, &s.rhetoric, s.party))
        })
        .collect();
    statements.sort_by(|a, b| (a.0.date, &a.0.id).cmp(&(b.0.date, &b.0.id)));
    // The most recent statements only: all of them, with filters, are on /reactions.
    let statements_on_record = statements.len();
    let statements = statements.split_off(statements.len().saturating_sub(STATEMENTS_SHOWN));
    let during_talks: Vec<(&Incident, String)> = violations::marks(&record)
        .iter()
        .flat_map(|marks| {
            marks
                .talks
                .iter()
                .filter_map(|t| Some((incident(marks.incident)?, t.sentence(&record))))
        })
        .collect();
    Ok(layout::page_as(
        "Early warning",
        chrome,
        html! {
            h1 { "Early warning" }
            p.meta {
                span { "formula " strong { (series.formula.name) } ", alert at " (series.formula.threshold) }
                span { "fixed in advance: " code { "docs/escalation.md" } }
            }
            p {
                "A weekly escalation index from incidents, deaths, civilian harm, severity (strikes on capitals and cities, cross-border ground fighting), "
                "the parties' rhetoric and broken truces. "
                "Ceasefire violations are flagged, never judged: each names the side the claims allege and who alleges it."
            }
            @if let Some(banner) = alert_box(&alerts, 1, "in the record", ("#alerts", "Every alert")) { (banner) }

            h2 id="index" { "Escalation index" }
            @if series.weeks.is_empty() {
                p.empty { "No incident or statement yet." }
            } @else {
                (index_panel("index-all", &format!("Every week, {} to {}", day(series.weeks[0].week), day(series.weeks[weeks - 1].week)), &series, &series.weeks, &bands, true))
                (index_panel("index-recent", &format!("The last {} weeks of the record", CLOSE_UP_WEEKS.min(weeks)), &series, &series.weeks[weeks.saturating_sub(CLOSE_UP_WEEKS)..], &bands, false))
                p.meta { (weeks) " weeks in all; a week with nothing recorded scores 0." }
            }

            h2 id="alerts" { "Alerts" }
            @if alerts.is_empty() {
                p { "No week has reached the threshold." }
            } @else {
                @if let Some(note) = raised_note(&alerts) { p.count { (note) } }
                ul.alerts {
                    @for line in alert_lines(&alerts[..alerts.len().min(ALERT_LINES_MAX)]) { li { (line) } }
                }
                @if alerts.len() > ALERT_LINES_MAX {
                    // A sentence each for a year of alerts; earlier ones by their week.
                    p.count {
                        "Earlier, " (alerts.len() - ALERT_LINES_MAX) " more alert weeks: "
                        (alerts[ALERT_LINES_MAX..].iter().map(|a| day(a.week)).collect::<Vec<_>>().join(", "))
                        ". Each week's figures are in the table under the index."
                    }
                }
            }

            h2 id="violations" { "Ceasefires: possible violations" }
            @for ceasefire in &data.dataset.ceasefires {
                h3 { a href={ "/ceasefires#" (ceasefire.id) } { (ceasefire.name) } }
                p.meta {
                    span { (span_text(ceasefire.span)) }
                    span { "parties: " (ceasefire.parties.iter().map(|p| record.name_of(p)).collect::<Vec<_>>().join(", ")) }
                }
                @match ceasefire_violations(&record, ceasefire, &[]) {
                    Some(list) => { (list) }
                    None => { p.count { "No incident in its window or the 48 hours after it." } }
                }
            }
            h3 { "Incidents during talks" }
            @if during_talks.is_empty() {
                p.count { "None on record." }
            } @else {
                ul {
                    @for (i, sentence) in &during_talks {
                        li { span.date { (format_event_date(&i.date)) } " — " a href={ "/incidents/" (i.id) } { (i.title) } ": " (sentence) }
                    }
                }
            }

            h2 id="rhetoric" { "Rhetoric: what officials said, and which words counted" }
            p {
                "Each statement is scored with a word list anyone can read (" code { "crates/analysis/lexicon/en/rhetoric.tsv" } "): "
                "threats of force, dehumanising terms, war framing and accusations count up; calls to de-escalate count down. "
                "Highlighted words counted; hover for why. Only the parties' statements enter the index."
            }
            (words_key())
            @if statements.len() < statements_on_record {
                p.note {
                    "The " (statements.len()) " most recent of " (statements_on_record) " statements; "
                    a href="/reactions#statements" { "all of them are on the Reactions page" }
                    ", with the same words highlighted and filters by actor and stance."
                }
            }
            @for (statement, score, party) in &statements {
                article.said id=(statement.id) {
                    h3 {
                        (record.name_of(&statement.actor))
                        @if let Some(speaker) = &statement.speaker { " — " (speaker) }
                        " " span.date { (day(statement.date)) }
                        @if *party { " " span.count { "(a party)" } }
                    }
                    (statement_words(statement, score))
                }
            }

            h2 id="reactions" { "Reactions against harm" }
            (reaction_comparison(&record, &comparison))
            div.scroll {
                table {
                    thead { tr {
                        th scope="col" { "Incident" }
                        th.num scope="col" { "Civilians killed" }
                        th scope="col" { "Reactions" }
                    } }
                    tbody {
                        @for r in &reaction_rows {
                            @if let Some(i) = incident(r.incident) {
                                tr {
                                    td { a href={ "/incidents/" (i.id) } { (i.title) } br; span.date { (format_event_date(&i.date)) } }
                                    td.num { (civilians_killed(&harms, r.incident)) }
                                    td { (incident_reactions(&record, r)) }
                                }
                            }
                        }
                    }
                }
            }
            (reaction_rows_note(&reaction_rows, reactions_left_out))
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(week: &str) -> StoredAlert {
        StoredAlert {
            id: 1,
            week: week.into(),
            formula: escalation::FORMULA.into(),
            score: 7.0,
            threshold: 6.0,
            kind: "crossed".into(),
            summary: format!("Week of {week}: raised"),
            body: "{}".into(),
            raised: "2025-11-10T00:00:00Z".into(),
        }
    }

    #[test]
    fn raised_alerts_come_first_by_week_and_unraised_ones_say_so() {
        let series = Series {
            formula: escalation::Formula::V1,
            weeks: Vec::new(),
        };
        assert!(escalation::alerts(&series).is_empty());
        let current = Alert {
            week: "2025-11-03".parse().unwrap_or_default(),
            score: 7.4,
            threshold: 6.0,
            formula: escalation::FORMULA,
            kind: escalation::AlertKind::Crossed,
            components: Default::default(),
            incidents: Vec::new(),
            summary: "Week of 3 Nov 2025: computed".into(),
        };
        let again = Alert {
            week: "2025-10-13".parse().unwrap_or_default(),
            summary: "Week of 13 Oct 2025: computed".into(),
            ..current.clone()
        };
        let shown = shown_alerts(&[stored("2025-10-13")], &[again, current]);
        let weeks: Vec<(String, bool)> = shown
            .iter()
            .map(|a| (a.week.to_string(), a.raised))
            .collect();
        assert_eq!(
            weeks,
            [("2025-11-03".into(), false), ("2025-10-13".into(), true)]
        );
        assert_eq!(shown[1].summary, "Week of 2025-10-13: raised");
        let lines: Vec<String> = alert_lines(&shown)
            .into_iter()
            .map(|m| m.into_string())
            .collect();
        assert!(lines[0].contains("(not raised yet)"));
        assert!(!lines[1].contains("not raised yet"));
        let note = raised_note(&shown).map(|m| m.into_string());
        assert_eq!(
            note.as_deref(),
            Some(
                "1 not raised yet: <code>crosscheck alerts</code> stores alerts and delivers them to the webhooks."
            )
        );
        let boxed = alert_box(&shown, 1, "in this period", ("/escalation", "why"))
            .unwrap()
            .into_string();
        assert!(boxed.contains("Escalation alerts in this period</strong>: 2 weeks"));
        assert!(boxed.contains("Earlier: the week of 13 Oct 2025."));
        assert!(alert_box(&[], 3, "in this period", ("/escalation", "why")).is_none());
        // A week overlaps a period when any of its days does.
        let period = |from: &str, to: &str| {
            Some((
                from.parse().unwrap_or_default(),
                to.parse().unwrap_or_default(),
            ))
        };
        assert!(in_period(&shown[1], period("2025-10-19", "2025-10-31")));
        assert!(!in_period(&shown[1], period("2025-10-20", "2025-10-31")));
        assert!(in_period(&shown[1], None));
    }
}
