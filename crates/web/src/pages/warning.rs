//! Early warning on the web: the page `/escalation` (the weekly index as an inline SVG chart with
//! the parties' rhetoric beside it, the alerts, ceasefire violations and incidents during talks,
//! officials' statements with the words that counted, and reactions set against harm), and the
//! pieces other pages can show — each a function returning [`Markup`] from what `analysis` computed
//! over the reader's view:
//!
//! - [`alert_banners`]: banners for the overview, most recent first;
//! - [`escalation_line`], [`rhetoric_line`]: a line to draw over the overview's timeline;
//! - [`ceasefire_violations`]: a ceasefire's flagged incidents, for `/ceasefires`;
//! - [`incident_marks`]: "during the 48-hour truce … — flagged as a possible violation; alleged by
//!   …" and "during talks", for an incident's page;
//! - [`incident_reactions`] and [`reaction_comparison`]: for `/reactions` and incident pages;
//! - [`statement_words`]: a statement with its hostility score and the words that counted.
//!
//! Every read goes through [`AppState::view`]: the record is the reader's redacted export, so a
//! restricted source is never named and the public's index counts published incidents only.

use axum::extract::State;
use axum::response::Html;
use maud::{Markup, html};
use model::{Ceasefire, Dataset, Date, Incident, Statement};

use analysis::warning::cities::Cities;
use analysis::warning::escalation::{self, Alert, CeasefireState, Series};
use analysis::warning::reactions::{self, Comparison, IncidentReactions};
use analysis::warning::rhetoric::{self, Category, Lexicon, RhetoricScore};
use analysis::warning::violations::{self, IncidentMarks};
use analysis::warning::{FullRecord, harm};
use store::StoredAlert;

use super::format_event_date;
use super::layout::{self, Chrome};
use crate::auth::Caller;
use crate::{AppState, WebError};

/// How many weeks the close-up chart shows.
const CLOSE_UP_WEEKS: usize = 16;

fn day(date: Date) -> String {
    date.strftime("%-d %b %Y").to_string()
}

fn score_text(score: f64) -> String {
    format!("{:.2}", score)
}

/// The index series of the reader's record.
pub fn series_of(record: &FullRecord<'_>) -> Result<Series, WebError> {
    let lexicon = Lexicon::english().map_err(|e| WebError::Internal(e.to_string()))?;
    let cities = Cities::major().map_err(WebError::Internal)?;
    Ok(escalation::of_record(record, &lexicon, &cities))
}

/// Banners for the alerts of a series, most recent first (at most `limit`), each saying what the
/// week held and linking to the early-warning page.
pub fn alert_banners(alerts: &[Alert], limit: usize) -> Vec<Markup> {
    alerts
        .iter()
        .rev()
        .take(limit)
        .map(|alert| {
            html! {
                div.error role="status" {
                    strong { "Escalation alert: " }
                    (alert.summary) " "
                    a href="/escalation" { "Early warning" }
                }
            }
        })
        .collect()
}

/// The index as points for a line over a timeline: (Monday, score).
pub fn escalation_line(series: &Series) -> (String, Vec<(Date, f64)>) {
    (
        format!(
            "Escalation index ({}), alert at {}",
            series.formula.name, series.formula.threshold
        ),
        series.weeks.iter().map(|w| (w.week, w.score)).collect(),
    )
}

/// The parties' rhetoric as points for a line over a timeline: (Monday, the week's hostility,
/// from zero up).
pub fn rhetoric_line(series: &Series) -> (String, Vec<(Date, f64)>) {
    (
        "Parties' rhetoric (hostility score per week)".to_owned(),
        series
            .weeks
            .iter()
            .map(|w| (w.week, w.components.rhetoric))
            .collect(),
    )
}

/// The incidents flagged against a ceasefire, each with its sentence; None when there are none.
pub fn ceasefire_violations(record: &FullRecord<'_>, ceasefire: &Ceasefire) -> Option<Markup> {
    let flagged = violations::of_ceasefire(record, &ceasefire.id);
    if flagged.is_empty() {
        return None;
    }
    Some(html! {
        ul.violations {
            @for (incident, mark) in &flagged {
                li {
                    a href={ "/incidents/" (incident.id) } { (incident.title) }
                    " (" (format_event_date(&incident.date)) "): "
                    (mark.sentence(record, incident))
                }
            }
        }
    })
}

/// What the rules mark on an incident: the ceasefires whose window it fell in and the talks it
/// fell during, as sentences; None when nothing.
pub fn incident_marks(record: &FullRecord<'_>, incident: &Incident) -> Option<Markup> {
    let marks: IncidentMarks<'_> = violations::marks_of(record, incident);
    if marks.ceasefires.is_empty() && marks.talks.is_empty() {
        return None;
    }
    Some(html! {
        ul.marks {
            @for mark in &marks.ceasefires {
                li { (capitalised(&mark.sentence(record, incident))) "." }
            }
            @for mark in &marks.talks {
                li { (capitalised(&mark.sentence(record))) "." }
            }
        }
    })
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
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
                        // Words that count against hostility are marked in blue, the others in the
                        // browser's highlight colour.
                        mark.(m.category.as_str())
                            style=[(m.category == Category::DeEscalation).then_some("background:#cde6f7")]
                            title={ (m.category.label()) ", " (m.counted) ": " (m.why) } { (text) }
                    }
                    None => { (text) }
                }
            }
        }
        p.meta {
            span { "hostility " strong { (score_text(score.score)) } }
            @for (category, sum) in score.by_category() {
                span { (category.label()) " " (score_text(sum)) }
            }
            @if !statement.verbatim {
                span { "a paraphrase: words outside quotation marks count half" }
            }
        }
    }
}

/// One incident's reactions: who said what, when, and who said nothing found in the record.
pub fn incident_reactions(record: &FullRecord<'_>, reactions: &IncidentReactions<'_>) -> Markup {
    html! {
        @if reactions.reactions.is_empty() {
            "none found"
        } @else {
            @for (n, r) in reactions.reactions.iter().enumerate() {
                @if n > 0 { "; " }
                (record.name_of(r.actor)) " " (r.stance.label()) " (" (day(r.date))
                @if !r.direct { ", naming the parties, not the incident" }
                ")"
            }
        }
        @if !reactions.no_reaction_found.is_empty() {
            br;
            span.count {
                "No reaction found: "
                (reactions.no_reaction_found.iter().map(|a| record.name_of(a)).collect::<Vec<_>>().join(", "))
            }
        }
    }
}

/// The comparison of reaction against harm: a table and one sentence per state or organisation.
pub fn reaction_comparison(record: &FullRecord<'_>, comparison: &Comparison<'_>) -> Markup {
    html! {
        p {
            (comparison.incidents) " published incidents; " (comparison.with_civilian_deaths)
            " with civilian deaths reported (" (comparison.civilians_killed) " civilians killed: the reconciled best figure, or the lowest figure given where no source independent of the parties gives one)."
        }
        table {
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
                        td { (a.stances.iter().map(|(s, n)| format!("{} {n}", s.label())).collect::<Vec<_>>().join(", ")) }
                    }
                }
            }
        }
        ul {
            @for a in &comparison.actors {
                li { (a.sentence(record, comparison)) }
            }
        }
    }
}

/// The index as an inline SVG bar chart: one bar per week (alert weeks darker), the threshold as
/// a dashed line, the parties' rhetoric as a line on its own scale, a mark over weeks in which a
/// ceasefire was broken. Every bar says its week and score on hover; the table beside the chart
/// says the same in text.
pub fn series_chart(series: &Series, weeks: std::ops::Range<usize>, caption: &str) -> Markup {
    const WIDTH: f64 = 760.0;
    const HEIGHT: f64 = 200.0;
    const LEFT: f64 = 34.0;
    const RIGHT: f64 = 34.0;
    const TOP: f64 = 14.0;
    const BOTTOM: f64 = 22.0;
    let shown =
        &series.weeks[weeks.start.min(series.weeks.len())..weeks.end.min(series.weeks.len())];
    if shown.is_empty() {
        return html! { p.empty { "No week to show." } };
    }
    let threshold = series.formula.threshold;
    let top_score = shown
        .iter()
        .map(|w| w.score)
        .fold(threshold * 1.5, f64::max)
        .ceil();
    let top_rhetoric = shown
        .iter()
        .map(|w| w.components.rhetoric)
        .fold(1.0, f64::max)
        .ceil();
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let step = plot_w / shown.len() as f64;
    let x = |n: usize| LEFT + step * n as f64;
    let y = |score: f64| TOP + plot_h * (1.0 - score / top_score);
    let y_rhetoric = |r: f64| TOP + plot_h * (1.0 - r / top_rhetoric);
    let rhetoric_points: Vec<String> = shown
        .iter()
        .enumerate()
        .map(|(n, w)| {
            format!(
                "{:.1},{:.1}",
                x(n) + step / 2.0,
                y_rhetoric(w.components.rhetoric)
            )
        })
        .collect();
    // Label the first week of each year (or of each month in a close-up).
    let close_up = shown.len() <= 26;
    let labels: Vec<(usize, String)> = shown
        .iter()
        .enumerate()
        .filter(|(n, w)| {
            *n == 0
                || if close_up {
                    w.week.day() <= 7
                } else {
                    w.week.month() == 1 && w.week.day() <= 7
                }
        })
        .map(|(n, w)| {
            let label = if close_up {
                w.week.strftime("%-d %b").to_string()
            } else {
                w.week.strftime("%Y").to_string()
            };
            (n, label)
        })
        .collect();
    html! {
        figure.chart {
            svg viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } width="100%" role="img" aria-label=(caption) {
                title { (caption) }
                // Axes and the threshold.
                line x1=(LEFT) y1=(y(0.0)) x2=(WIDTH - RIGHT) y2=(y(0.0)) stroke="#5a5a5a" {}
                line x1=(LEFT) y1=(format!("{:.1}", y(threshold))) x2=(WIDTH - RIGHT) y2=(format!("{:.1}", y(threshold)))
                    stroke="#d55e00" stroke-dasharray="4 3" {}
                text x=(LEFT - 4.0) y=(format!("{:.1}", y(threshold) + 4.0)) text-anchor="end" font-size="10" fill="#d55e00" { (threshold) }
                text x=(LEFT - 4.0) y=(y(top_score) + 8.0) text-anchor="end" font-size="10" fill="#5a5a5a" { (top_score) }
                text x=(WIDTH - RIGHT + 4.0) y=(y_rhetoric(top_rhetoric) + 8.0) font-size="10" fill="#0072b2" { (top_rhetoric) }
                @for (n, w) in shown.iter().enumerate() {
                    @if w.score > 0.0 {
                        rect x={ (format!("{:.1}", x(n) + step * 0.1)) } y={ (format!("{:.1}", y(w.score))) }
                            width={ (format!("{:.1}", (step * 0.8).max(1.0))) }
                            height={ (format!("{:.1}", y(0.0) - y(w.score))) }
                            fill=(if w.alert { "#7a3a00" } else { "#b0b0b0" }) {
                            title { "Week of " (day(w.week)) ": score " (score_text(w.score))
                                @if w.alert { " (alert)" }
                                ", " (w.components.incidents) " incident(s), " (w.components.killed) " killed, rhetoric "
                                (score_text(w.components.rhetoric)) }
                        }
                    }
                    @if w.components.ceasefire == CeasefireState::Broken {
                        text x={ (format!("{:.1}", x(n) + step / 2.0)) } y=(TOP - 2.0) text-anchor="middle" font-size="11" fill="#d55e00" {
                            "▼" title { "Week of " (day(w.week)) ": a ceasefire broken" }
                        }
                    }
                }
                polyline points=(rhetoric_points.join(" ")) fill="none" stroke="#0072b2" stroke-width="1.5" {}
                @for (n, label) in &labels {
                    text x={ (format!("{:.1}", x(*n))) } y=(HEIGHT - 6.0) font-size="10" fill="#5a5a5a" { (label) }
                }
            }
            figcaption {
                (caption) ". Bars: the weekly score (dark: at or above the threshold of " (threshold)
                ", the dashed line). Blue line: the parties' rhetoric, on its own scale (right). ▼: a ceasefire broken that week."
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
    let alerts = escalation::alerts(&series);
    let lexicon = Lexicon::english().map_err(|e| WebError::Internal(e.to_string()))?;
    let scored = rhetoric::score_all(&record, &lexicon);
    let harms = harm::of_record(&record);
    let comparison = reactions::compare(&record, &harms);
    let per_incident = reactions::per_incident(&record);
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
    Ok(layout::page_as(
        "Early warning",
        chrome,
        html! {
            h1 { "Early warning" }
            p {
                "A weekly escalation index from incidents, deaths, civilian harm, severity (strikes on capitals and cities, cross-border ground fighting), "
                "the parties' rhetoric and broken truces — formula " strong { (series.formula.name) } ", threshold " (series.formula.threshold)
                ", fixed in advance and written out in " code { "docs/escalation.md" } ". "
                "Ceasefire violations are flagged, never judged: each names the side the claims allege and who alleges it."
            }
            @for banner in alert_banners(&alerts, 1) { (banner) }

            h2 id="index" { "Escalation index" }
            @if series.weeks.is_empty() {
                p.empty { "No incident or statement yet." }
            } @else {
                (series_chart(&series, 0..weeks, &format!(
                    "Escalation index by week, {} to {}", day(series.weeks[0].week), day(series.weeks[weeks - 1].week))))
                (series_chart(&series, weeks.saturating_sub(CLOSE_UP_WEEKS)..weeks, &format!(
                    "The last {} weeks of the record", CLOSE_UP_WEEKS.min(weeks))))
                table {
                    thead { tr {
                        th scope="col" { "Week of" }
                        th.num scope="col" { "Score" }
                        th.num scope="col" { "Incidents" }
                        th.num scope="col" { "Killed" }
                        th.num scope="col" { "Civilian harm" }
                        th.num scope="col" { "Severity" }
                        th.num scope="col" { "Rhetoric" }
                        th scope="col" { "Ceasefire" }
                        th scope="col" { "Incidents" }
                    } }
                    tbody {
                        @for w in series.weeks.iter().filter(|w| w.score > 0.0) {
                            tr {
                                td { (day(w.week)) }
                                td.num { @if w.alert { strong { (score_text(w.score)) " alert" } } @else { (score_text(w.score)) } }
                                td.num { (w.components.incidents) }
                                td.num { (w.components.killed) }
                                td.num { (score_text(w.components.civilian_harm)) }
                                td.num { (w.components.severity) }
                                td.num { (score_text(w.components.rhetoric)) }
                                td { (match w.components.ceasefire { CeasefireState::None => "", CeasefireState::Holding => "holding", CeasefireState::Broken => "broken" }) }
                                td {
                                    @for (n, id) in w.incidents.iter().enumerate() {
                                        @if n > 0 { ", " }
                                        @match incident(id) {
                                            Some(i) => { a href={ "/incidents/" (i.id) } { (i.title) } }
                                            None => { (id) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                p.meta { "Weeks with a score of 0 are left out of the table; " (weeks) " weeks in all." }
            }

            h2 id="alerts" { "Alerts" }
            @if alerts.is_empty() {
                p { "No week has reached the threshold." }
            } @else {
                ul {
                    @for alert in &alerts {
                        li {
                            (alert.summary)
                            @if !data.stored.iter().any(|s| s.week == alert.week.to_string() && s.formula == alert.formula) {
                                " " em { "(not raised yet: `crosscheck alerts` stores and delivers it)" }
                            }
                        }
                    }
                }
            }

            h2 id="violations" { "Ceasefires: possible violations" }
            @for ceasefire in &data.dataset.ceasefires {
                h3 { (ceasefire.name) }
                p.meta {
                    span { (day(ceasefire.span.start())) " to " (ceasefire.span.end().map_or_else(|| "open".to_owned(), day)) }
                    span { "parties: " (ceasefire.parties.iter().map(|p| record.name_of(p)).collect::<Vec<_>>().join(", ")) }
                }
                @match ceasefire_violations(&record, ceasefire) {
                    Some(list) => { (list) }
                    None => { p { "No incident in its window or the 48 hours after it." } }
                }
            }
            h3 { "Incidents during talks" }
            ul {
                @for marks in violations::marks(&record) {
                    @for talks in &marks.talks {
                        @if let Some(i) = incident(marks.incident) {
                            li { a href={ "/incidents/" (i.id) } { (i.title) } " (" (format_event_date(&i.date)) "): " (talks.sentence(&record)) }
                        }
                    }
                }
            }

            h2 id="rhetoric" { "Rhetoric: what officials said, and which words counted" }
            p {
                "Each statement is scored with a word list anyone can read (" code { "crates/analysis/lexicon/en/rhetoric.tsv" } "): "
                "threats of force, dehumanising terms, war framing and accusations count up; calls to de-escalate count down. "
                "Highlighted words counted; hover for why. Only the parties' statements enter the index."
            }
            @for (statement, score, party) in &statements {
                h3 {
                    (record.name_of(&statement.actor))
                    @if let Some(speaker) = &statement.speaker { " — " (speaker) }
                    ", " (day(statement.date))
                    @if *party { " (a party)" }
                }
                (statement_words(statement, score))
            }

            h2 id="reactions" { "Reactions against harm" }
            (reaction_comparison(&record, &comparison))
            table {
                thead { tr {
                    th scope="col" { "Incident" }
                    th.num scope="col" { "Civilians killed" }
                    th scope="col" { "Reactions" }
                } }
                tbody {
                    @for r in &per_incident {
                        @if let Some(i) = incident(r.incident) {
                            @let killed = harms.iter().find(|h| &h.incident == r.incident).map_or(0, |h| h.civilians_killed_best_or_low());
                            tr {
                                td { a href={ "/incidents/" (i.id) } { (i.title) } br; span.meta { (format_event_date(&i.date)) } }
                                td.num { (killed) }
                                td { (incident_reactions(&record, r)) }
                            }
                        }
                    }
                }
            }
        },
    ))
}
