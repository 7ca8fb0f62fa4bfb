//! Sources (`/sources`): every source the reader may see — publisher, kind, title and link, date,
//! the SHA-256 of the archived copy, and how many claims and incidents it carries — with a filter
//! by kind and sortable columns, a hundred to a page. The view has already left out restricted sources for readers
//! without clearance (their claims still count in the figures, as "a restricted source").

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::response::Html;
use maud::{Markup, html};
use model::{IncidentId, Source, SourceId, SourceKind};
use serde::Deserialize;

use super::Names;
use super::layout::{self, Chrome};
use super::query::{encode, non_empty, page_number};
use crate::auth::Caller;
use crate::{AppState, WebError};

/// The filters as they arrive in the URL.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct SourceQuery {
    /// A source kind (`un`, `local_media`).
    pub kind: Option<String>,
    /// `publisher`, `date`, `-date`, `claims`, `-claims`.
    pub sort: Option<String>,
    /// The page, from 1.
    pub page: Option<String>,
}

/// How many sources a page lists: an imported public dataset brings a source per report, and
/// hundreds of rows would weigh more than a slow line should carry for one page.
pub const PAGE_SIZE: usize = 100;

struct Row {
    source: Source,
    claims: usize,
    incidents: usize,
}

/// `GET /sources`: the sources and what they carry.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<SourceQuery>,
) -> Result<Html<String>, WebError> {
    let kind = non_empty(&query.kind)
        .map(SourceKind::parse)
        .transpose()
        .map_err(|e| WebError::BadRequest(e.to_string()))?;
    let sort = non_empty(&query.sort).unwrap_or("publisher").to_owned();
    if !["publisher", "date", "-date", "claims", "-claims"].contains(&sort.as_str()) {
        return Err(WebError::BadRequest(format!(
            "The sources cannot be sorted by {sort:?}."
        )));
    }
    let page = page_number(&query.page)?;
    let chrome = Chrome::of(&caller);
    let (mut rows, names) = state
        .view(caller.principal, move |view| {
            let claims = view.claims()?;
            let mut carried: HashMap<&SourceId, (usize, Vec<&IncidentId>)> = HashMap::new();
            for claim in &claims {
                let entry = carried.entry(&claim.source).or_default();
                entry.0 += 1;
                if !entry.1.contains(&&claim.incident) {
                    entry.1.push(&claim.incident);
                }
            }
            let rows: Vec<Row> = view
                .sources()?
                .into_iter()
                .filter(|s| kind.is_none_or(|k| s.kind == k))
                .map(|source| {
                    let (claims, incidents) = carried
                        .get(&source.id)
                        .map_or((0, 0), |(c, i)| (*c, i.len()));
                    Row {
                        source,
                        claims,
                        incidents,
                    }
                })
                .collect();
            Ok::<_, WebError>((rows, Names::new(&view.actors()?)))
        })
        .await?;
    let publisher = |r: &Row| r.source.publisher.to_lowercase();
    match sort.as_str() {
        "date" => rows.sort_by_key(|r| r.source.published),
        "-date" => rows.sort_by_key(|r| std::cmp::Reverse(r.source.published)),
        "claims" => rows.sort_by_key(|r| r.claims),
        "-claims" => rows.sort_by_key(|r| std::cmp::Reverse(r.claims)),
        _ => rows.sort_by_key(publisher),
    }
    Ok(Html(
        render(&chrome, &query, &sort, page, &rows, &names).into_string(),
    ))
}

fn render(
    chrome: &Chrome,
    query: &SourceQuery,
    sort: &str,
    page: usize,
    rows: &[Row],
    names: &Names,
) -> Markup {
    let layout::Paged {
        page,
        pages,
        first,
        shown,
    } = layout::paged(rows, page, PAGE_SIZE);
    // A copy's original may be listed on another page.
    let page_of: HashMap<&SourceId, usize> = rows
        .iter()
        .enumerate()
        .map(|(n, r)| (&r.source.id, n / PAGE_SIZE + 1))
        .collect();
    let selected = |option: &str| non_empty(&query.kind) == Some(option);
    let kind_param = non_empty(&query.kind)
        .map(|k| format!("kind={}&", encode(k)))
        .unwrap_or_default();
    let page_link = |n: usize| format!("/sources?{kind_param}sort={sort}&page={n}");
    let header = |label: &str, key: &str, first: &str| {
        let next = if sort == first {
            if first.starts_with('-') {
                key.to_owned()
            } else {
                format!("-{key}")
            }
        } else {
            first.to_owned()
        };
        let current = sort.trim_start_matches('-') == key;
        html! {
            a href={ "/sources?" (kind_param) "sort=" (next) } aria-sort=[current.then_some(if sort.starts_with('-') { "descending" } else { "ascending" })] { (label) }
        }
    };
    layout::page_as(
        "Sources",
        chrome,
        html! {
            h1 { "Sources" }
            p.meta {
                span { (rows.len()) @if rows.len() == 1 { " source" } @else { " sources" }
                    @if pages > 1 { ", " (first + 1) "–" (first + shown.len()) " shown" } }
                span { "each claim on record names one of them; the SHA-256 identifies the archived copy it was read in" }
            }
            form.filters method="get" action="/sources" {
                label { "Kind"
                    select name="kind" {
                        option value="" { "Any" }
                        @for k in SourceKind::ALL {
                            option value=(k.as_str()) selected[selected(k.as_str())] { (k.label()) }
                        }
                    }
                }
                input type="hidden" name="sort" value=(sort);
                button type="submit" { "Filter" }
            }
            @if rows.is_empty() {
                p.empty { "No source of this kind is on record. Choose any kind." }
            } @else {
                div.scroll {
                    table.list {
                        thead { tr {
                            th scope="col" { (header("Publisher", "publisher", "publisher")) }
                            th scope="col" { "Kind" }
                            th scope="col" { "Title" }
                            th scope="col" { (header("Published", "date", "-date")) }
                            th.num scope="col" { (header("Claims", "claims", "-claims")) }
                            th.num scope="col" { "Incidents" }
                            th scope="col" { "Archived copy (SHA-256)" }
                        } }
                        tbody {
                            @for row in shown {
                                @let s = &row.source;
                                tr id=(s.id) class=[s.restricted.then_some("restricted")] {
                                    td {
                                        strong { (s.publisher) }
                                        @if s.restricted { " (restricted)" }
                                        @if let Some(party) = &s.affiliation { br; span.count { "speaks for " (names.of(party)) } }
                                    }
                                    td { (s.kind.label()) }
                                    td {
                                        @match (&s.title, &s.url) {
                                            (Some(title), Some(url)) => { a href=(url) rel="noreferrer" { (title) } }
                                            (Some(title), None) => { (title) }
                                            (None, Some(url)) => { a href=(url) rel="noreferrer" { (url) } }
                                            (None, None) => { "–" }
                                        }
                                        @if let Some(original) = &s.copy_of { br; span.count { "copy of " a href={ @if page_of.get(original) != Some(&page) { (page_link(page_of.get(original).copied().unwrap_or(1))) } "#" (original) } { (original) } } }
                                    }
                                    td.nowrap { (s.published.map_or_else(|| "–".to_owned(), |d| d.to_string())) }
                                    td.num { (row.claims) }
                                    td.num { (row.incidents) }
                                    td { @match &s.archived_sha256 { Some(hash) => { span.hash title=(hash) { (hash) } } None => { "–" } } }
                                }
                            }
                        }
                    }
                }
                (layout::pager(page, pages, page_link))
            }
        },
    )
}
