//! Reactions (`/reactions`): who said what, when, in which stance, about which incident — grouped
//! by incident in a neutral table, every statement with its source. Filters by actor and stance
//! travel in the URL.
//!
//! Listing who stayed silent ("no reaction found" from a state that said nothing) is issue 7's
//! analysis, not this page's.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::response::Html;
use maud::{Markup, html};
use model::{Incident, IncidentId, Source, Stance, Statement};
use serde::Deserialize;
use store::IncidentFilter;

use super::layout::{self, Chrome};
use super::query::non_empty;
use super::{Names, format_event_date};
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
    statements: Vec<Statement>,
    incidents: Vec<Incident>,
    sources: Vec<Source>,
    names: Names,
    speakers: Vec<(String, String)>,
}

/// `GET /reactions`: the statements on record, grouped by the incident they are about.
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
            let actors = view.actors()?;
            let names = Names::new(&actors);
            let all = view.statements()?;
            let mut speakers: Vec<(String, String)> = all
                .iter()
                .map(|s| (s.actor.to_string(), names.of(&s.actor)))
                .collect();
            speakers.sort_by(|a, b| a.1.cmp(&b.1));
            speakers.dedup();
            let mut statements: Vec<Statement> = all
                .into_iter()
                .filter(|s| actor.as_deref().is_none_or(|a| s.actor.as_str() == a))
                .filter(|s| stance.is_none_or(|st| s.stance == st))
                .collect();
            statements.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
            Ok::<_, WebError>(Reactions {
                statements,
                incidents: view.incidents(&IncidentFilter::default())?,
                sources: view.sources()?,
                names,
                speakers,
            })
        })
        .await?;
    Ok(Html(page(&chrome, &query, &data).into_string()))
}

fn page(chrome: &Chrome, query: &ReactionQuery, data: &Reactions) -> Markup {
    // Group by the first incident a statement is about (the view has cut links to incidents the
    // reader may not see); statements about no incident go last.
    let mut groups: BTreeMap<Option<&IncidentId>, Vec<&Statement>> = BTreeMap::new();
    for s in &data.statements {
        groups.entry(s.about_incidents.first()).or_default().push(s);
    }
    let mut ordered: Vec<(Option<&Incident>, Vec<&Statement>)> = groups
        .into_iter()
        .map(|(id, statements)| {
            (
                id.and_then(|id| data.incidents.iter().find(|i| &i.id == id)),
                statements,
            )
        })
        .collect();
    ordered.sort_by_key(|(incident, statements)| {
        (
            incident.is_none(),
            incident.map(|i| i.date.date()),
            statements.first().map(|s| s.date),
        )
    });
    let selected = |value: &Option<String>, option: &str| non_empty(value) == Some(option);
    layout::page_as(
        "Reactions",
        chrome,
        html! {
            h1 { "Reactions" }
            p.meta {
                span { (data.statements.len()) @if data.statements.len() == 1 { " statement" } @else { " statements" } }
                span { "who said what, as the sources report it" }
            }
            form.filters method="get" action="/reactions" {
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
            }
            @if data.statements.is_empty() {
                p.empty { "No statement matches. Choose anyone, or any stance." }
            }
            @for (incident, statements) in &ordered {
                section.group {
                    h2 {
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
                                th scope="col" { "What was said" } th scope="col" { "Source" }
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
                                            @if s.verbatim { q { (s.text) } } @else { (s.text) " " span.count { "(paraphrase)" } }
                                        }
                                        td { (statement_source(s, &data.sources)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
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
