//! Reactions (`/reactions`): who said what, when, in which stance, about which incident.
//!
//! Three parts, each from `analysis::warning` over the reader's record (read once per request):
//! reaction against harm (for each state or organisation, the incidents with civilian deaths it
//! spoke about against those it did not, in a table and a sentence); who reacted to each incident,
//! with the states and organisations from which no reaction was found in the record; and every
//! statement, grouped by the incident it is about, with its hostility score and the words that
//! counted highlighted. Filters by actor and stance travel in the URL and narrow the statements.

use std::collections::BTreeMap;

use analysis::warning::{FullRecord, harm, reactions};
use axum::extract::{Query, State};
use axum::response::Html;
use maud::{Markup, html};
use model::{Dataset, Incident, IncidentId, Source, Stance, Statement};
use serde::Deserialize;

use super::layout::{self, Chrome};
use super::query::non_empty;
use super::{Names, format_event_date, warning};
use crate::auth::Caller;
use crate::{AppState, WebError};

/// The filters as they arrive in the URL.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ReactionQuery {
    /// An actor id.
    pub actor: Option<String>,
    /// A stance (`condemns`).
    pub stance: Option<String>,
}

/// A statement's text cut to `max` characters at a word, with an ellipsis.
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

struct Reactions {
    /// The reader's whole record, read once.
    dataset: Dataset,
    /// The statements that pass the filters, by date.
    statements: Vec<Statement>,
    names: Names,
    speakers: Vec<(String, String)>,
}

/// `GET /reactions`: reaction against harm, who reacted to each incident, and the statements on
/// record grouped by the incident they are about.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ReactionQuery>,
) -> Result<Html<String>, WebError> {
    let stance = non_empty(&query.stance)
        .map(|s| {
            Stance::ALL
                .into_iter()
                .find(|st| st.as_str() == s)
                .ok_or_else(|| WebError::BadRequest(format!("There is no stance {s:?}.")))
        })
        .transpose()?;
    let actor = non_empty(&query.actor).map(str::to_owned);
    let chrome = Chrome::of(&caller);
    let data = state
        .view(caller.principal, move |view| {
            let dataset = view.export()?;
            let names = Names::new(&dataset.actors);
            let mut speakers: Vec<(String, String)> = dataset
                .statements
                .iter()
                .map(|s| (s.actor.to_string(), names.of(&s.actor)))
                .collect();
            speakers.sort_by(|a, b| a.1.cmp(&b.1));
            speakers.dedup();
            let mut statements: Vec<Statement> = dataset
                .statements
                .iter()
                .filter(|s| actor.as_deref().is_none_or(|a| s.actor.as_str() == a))
                .filter(|s| stance.is_none_or(|st| s.stance == st))
                .cloned()
                .collect();
            statements.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
            Ok::<_, WebError>(Reactions {
                dataset,
                statements,
                names,
                speakers,
            })
        })
        .await?;
    Ok(Html(page(&chrome, &query, &data)?.into_string()))
}

fn page(chrome: &Chrome, query: &ReactionQuery, data: &Reactions) -> Result<Markup, WebError> {
    let record = FullRecord::of(&data.dataset);
    let harms = harm::of_record(&record);
    let comparison = reactions::compare(&record, &harms);
    let mut per_incident = reactions::per_incident(&record);
    let incident_of = |id: &IncidentId| data.dataset.incidents.iter().find(|i| &i.id == id);
    per_incident.sort_by_key(|r| {
        std::cmp::Reverse(incident_of(r.incident).map(|i| (i.date.date(), i.id.clone())))
    });
    let (reaction_rows, reactions_left_out) = warning::reaction_rows(&per_incident, &harms);
    let lexicon = warning::lexicon()?;
    // Group by the first incident a statement is about (the view has cut links to incidents the
    // reader may not see); statements about no incident go last.
    let mut groups: BTreeMap<Option<&IncidentId>, Vec<&Statement>> = BTreeMap::new();
    for s in &data.statements {
        groups.entry(s.about_incidents.first()).or_default().push(s);
    }
    let mut ordered: Vec<(Option<&Incident>, Vec<&Statement>)> = groups
        .into_iter()
        .map(|(id, statements)| (id.and_then(incident_of), statements))
        .collect();
    ordered.sort_by_key(|(incident, statements)| {
        (
            incident.is_none(),
            incident.map(|i| i.date.date()),
            statements.first().map(|s| s.date),
        )
    });
    let selected = |value: &Option<String>, option: &str| non_empty(value) == Some(option);
    let filtered = non_empty(&query.actor).is_some() || non_empty(&query.stance).is_some();
    Ok(layout::page_as(
        "Reactions",
        chrome,
        html! {
            h1 { "Reactions" }
            p.meta {
                span { (data.dataset.statements.len()) @if data.dataset.statements.len() == 1 { " statement" } @else { " statements" } " on record" }
                span { "who said what, as the sources report it" }
            }
            nav.toc aria-label="On this page" {
                a href="#against-harm" { "Reaction against harm" } " · "
                a href="#by-incident" { "Who reacted to each incident" } " · "
                a href="#statements" { "The statements" }
            }

            h2 id="against-harm" { "Reaction against harm" }
            p.note {
                "States and organisations that are not parties to the fighting and made at least one statement in the record, set against the incidents' civilian deaths. "
                "\"No reaction found\" means none in this record, which holds the statements the sources cite: not proof of silence."
            }
            (warning::reaction_comparison(&record, &comparison))

            h2 id="by-incident" { "Who reacted to each incident" }
            div.scroll {
                table.by-incident {
                    thead { tr {
                        th scope="col" { "Incident" }
                        th.num scope="col" { "Civilians killed" }
                        th scope="col" { "Reactions, and from whom none was found" }
                    } }
                    tbody {
                        @for r in &reaction_rows {
                            @if let Some(i) = incident_of(r.incident) {
                                tr {
                                    td { a href={ "/incidents/" (i.id) } { (i.title) } br; span.date { (format_event_date(&i.date)) } }
                                    td.num { (warning::civilians_killed(&harms, r.incident)) }
                                    td { (warning::incident_reactions(&record, r)) }
                                }
                            }
                        }
                    }
                }
            }
            (warning::reaction_rows_note(&reaction_rows, reactions_left_out))
            @if harms.iter().any(|h| h.civilians_killed_stand_in) {
                p.note { (crate::summary::PROXY_NOTE) }
            }

            h2 id="statements" { "The statements" }
            p.note {
                "Each statement is scored for hostility with a word list anyone can read: highlighted words counted (hover for why); calls to de-escalate count down. "
                a href="/escalation#rhetoric" { "How the score works" } "."
            }
            (warning::words_key())
            form.filters method="get" action="/reactions#statements" {
                label { "Who"
                    select name="actor" {
                        option value="" { "Anyone" }
                        @for (id, name) in &data.speakers {
                            option value=(id) selected[selected(&query.actor, id)] { (name) }
                        }
                    }
                }
                label { "Stance"
                    select name="stance" {
                        option value="" { "Any" }
                        @for st in Stance::ALL {
                            option value=(st.as_str()) selected[selected(&query.stance, st.as_str())] { (st.label()) }
                        }
                    }
                }
                button type="submit" { "Filter" }
                @if filtered { a href="/reactions#statements" { "Clear" } }
            }
            p.count {
                strong { (data.statements.len()) } @if data.statements.len() == 1 { " statement" } @else { " statements" }
                @if filtered { " match" } @else { " in all" }
            }
            @if data.statements.is_empty() {
                p.empty { "No statement matches. Choose anyone, or any stance." }
            }
            @for (incident, statements) in &ordered {
                section.group {
                    h3 {
                        @match incident {
                            Some(i) => { a href={ "/incidents/" (i.id) } { (i.title) } " " span.count { (format_event_date(&i.date)) } }
                            None => { "Not about one incident" }
                        }
                    }
                    div.scroll {
                        table.statements {
                            colgroup {
                                col.date-col; col.who-col; col.stance-col; col; col.source-col;
                            }
                            thead { tr {
                                th scope="col" { "Date" } th scope="col" { "Who" } th scope="col" { "Stance" }
                                th scope="col" { "What was said, and the words that counted" } th scope="col" { "Source" }
                            } }
                            tbody {
                                @for s in statements {
                                    tr id=(s.id) {
                                        td.nowrap { (s.date) }
                                        td {
                                            strong { (data.names.of(&s.actor)) }
                                            @if let Some(speaker) = &s.speaker { br; (speaker) }
                                            @if let Some(office) = &s.office { br; span.count { (office) } }
                                        }
                                        td { (s.stance.label()) }
                                        td {
                                            (warning::statement_words(s, &lexicon.score_statement(s)))
                                        }
                                        td { (statement_source(s, &data.dataset.sources)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

fn statement_source(statement: &Statement, sources: &[Source]) -> Markup {
    let source = statement
        .source
        .as_ref()
        .and_then(|id| sources.iter().find(|s| &s.id == id));
    html! {
        @match (source, &statement.url) {
            (Some(s), _) => {
                @match &s.url { Some(url) => { a href=(url) rel="noreferrer" { (s.publisher) } } None => { (s.publisher) } }
                @if let Some(day) = s.published { br; span.count { (day) } }
            }
            (None, Some(url)) => { a href=(url) rel="noreferrer" { "link" } }
            (None, None) => { "–" }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_at_a_word() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(
            excerpt("This is a cruelty and it is paving the way", 20),
            "This is a cruelty…"
        );
    }
}
