//! The incident list and the incident page.
//!
//! The incident page puts every claim side by side — one row per claim, with its source and in
//! whose voice it speaks — so that competing figures are read against each other, never merged.
//! Above them, what the early-warning rules mark on it (`analysis::warning`): the ceasefire whose
//! window it fell in — flagged as a possible violation, alleged by whom — and the talks under way;
//! below, the reactions to it (stance, the words that counted for hostility) and the states and
//! organisations from which no reaction was found.
//! Both pages read the store through the reader's [`store::View`]: the public sees published
//! incidents only, and a reader without clearance sees a restricted source only as "a restricted
//! source" (the view has already replaced it), never its name, contact or notes.

use analysis::Grade;
use analysis::warning::FullRecord;
use analysis::warning::reactions;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use maud::{Markup, html};
use model::{
    Ceasefire, Claim, EventType, Group, Incident, IncidentId, Measure, Source, SourceId, Statement,
    Talks,
};
use store::{IncidentFilter, RESTRICTED_SOURCE_ID, Review, Role, View};

use super::layout::Chrome;
use super::query::{ListQuery, Sort, SortKey, non_empty, with_grade};
use super::{Names, figures, format_count, format_event_date, layout, warning};
use crate::auth::Caller;
use crate::charts::{map, timeline};
use crate::summary::{Summary, Total, range_or_dash, summarise};
use crate::{AppState, WebError};

/// What the list shows: the incidents that pass the filters (the grade included), reconciled and
/// sorted, and the choices the filter form offers.
pub struct Listing {
    /// Every incident that passes the filters, in the order asked for.
    pub rows: Vec<Summary>,
    /// The provinces of the incidents the reader may see, for the form.
    pub provinces: Vec<String>,
    /// The actors named as perpetrators, `(id, name)`, for the form.
    pub perpetrators: Vec<(String, String)>,
    /// Actor names.
    pub names: Names,
}

/// Reads and reconciles the incidents a list query asks for, through the reader's view. The
/// reconciliation is one pass over the claims (`analysis::Batch`), whatever the number of
/// incidents; the grade filter applies to its result.
pub fn listing(view: &View<'_>, query: &ListQuery) -> Result<Listing, WebError> {
    let filter = query.filter()?;
    let grade = query.grade()?;
    let sort = query.sort()?;
    let actors = view.actors()?;
    let names = Names::new(&actors);
    let everything = view.incidents(&IncidentFilter::default())?;
    let mut provinces: Vec<String> = everything
        .iter()
        .filter_map(|i| i.place()?.admin1.clone())
        .collect();
    provinces.sort();
    provinces.dedup();
    let mut perpetrators: Vec<(String, String)> = everything
        .iter()
        .flat_map(|i| &i.perpetrators)
        .map(|a| (a.to_string(), names.of(a)))
        .collect();
    perpetrators.sort_by(|a, b| a.1.cmp(&b.1));
    perpetrators.dedup();
    let incidents = if filter == IncidentFilter::default() {
        everything
    } else {
        view.incidents(&filter)?
    };
    let claims = view.claims()?;
    let sources = view.sources()?;
    let mut rows = with_grade(summarise(incidents, &claims, &sources, &actors), grade);
    sort.apply(&mut rows);
    Ok(Listing {
        rows,
        provinces,
        perpetrators,
        names,
    })
}

/// The orders the filter form offers (the column headers offer every one, both ways).
const SORT_CHOICES: [(&str, &str); 7] = [
    ("-date", "Newest first"),
    ("date", "Oldest first"),
    ("-killed", "Most civilians killed"),
    ("-injured", "Most civilians injured"),
    ("grade", "Grade, strongest first"),
    ("-sources", "Most sources"),
    ("place", "Place"),
];

/// How many incidents a page of the list shows.
pub const PAGE_SIZE: usize = 50;

/// `GET /incidents`: the incidents that pass the filters, newest first unless asked otherwise,
/// fifty to a page.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, WebError> {
    let page = query.page()?;
    let sort = query.sort()?;
    let chrome = Chrome::of(&caller);
    let for_view = query.clone();
    let listing = state
        .view(caller.principal, move |view| listing(view, &for_view))
        .await?;
    Ok(Html(
        list_page(&chrome, &query, sort, page, &listing).into_string(),
    ))
}

fn list_page(
    chrome: &Chrome,
    query: &ListQuery,
    sort: Sort,
    page: usize,
    listing: &Listing,
) -> Markup {
    let rows = &listing.rows;
    let layout::Paged {
        page,
        pages,
        first,
        shown,
    } = layout::paged(rows, page, PAGE_SIZE);
    let selected = |value: &Option<String>, option: &str| non_empty(value) == Some(option);
    let sort_param = sort.as_param();
    let header = |label: &str, key: SortKey, numeric: bool| {
        let next = sort.toggled(key).as_param();
        let current = (sort.key == key).then_some(if sort.descending {
            "descending"
        } else {
            "ascending"
        });
        html! {
            th.num[numeric] scope="col" aria-sort=[current] {
                a href=(query.query_string(&[("sort", next.as_str())])) { (label) @if current.is_some() { @if sort.descending { " ▼" } @else { " ▲" } } }
            }
        }
    };
    let page_link =
        |n: usize| query.query_string(&[("sort", sort_param.as_str()), ("page", &n.to_string())]);
    let killed = Total::of(rows, Measure::Killed);
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
                label { "Province"
                    select name="province" {
                        option value="" { "Any" }
                        @for p in &listing.provinces {
                            option value=(p) selected[selected(&query.province, p)] { (p) }
                        }
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
                label { "Alleged perpetrator"
                    select name="perpetrator" {
                        option value="" { "Any" }
                        @for (id, name) in &listing.perpetrators {
                            option value=(id) selected[selected(&query.perpetrator, id)] { (name) }
                        }
                    }
                }
                label { "Grade"
                    select name="grade" {
                        option value="" { "Any" }
                        @for g in Grade::ALL {
                            option value=(g.as_str()) selected[selected(&query.grade, g.as_str())] { (g.as_str()) }
                        }
                    }
                }
                // Only the overview's merged map marks ask for a district: the field shows when set.
                @if let Some(district) = non_empty(&query.district) {
                    label { "District" input type="text" name="district" value=(district); }
                }
                label { "Search" input type="search" name="q" value=[non_empty(&query.q)] placeholder="title, summary, place"; }
                label { "Sort"
                    select name="sort" {
                        @for (value, label) in SORT_CHOICES {
                            option value=(value) selected[sort_param == value] { (label) }
                        }
                    }
                }
                button type="submit" { "Filter" }
                @if query.is_filtered() { a href="/incidents" { "Clear" } }
            }
            p.count {
                strong { (rows.len()) } @if rows.len() == 1 { " incident" } @else { " incidents" }
                @if rows.len() > PAGE_SIZE { ", " (first + 1) "–" (first + shown.len()) " shown" }
                @if !rows.is_empty() {
                    " · civilians killed " (killed.as_range().text()) " in " (killed.incidents)
                }
                " · export: "
                a href={ "/incidents.csv" (query.query_string(&[])) } { "CSV" } ", "
                a href={ "/incidents.geojson" (query.query_string(&[])) } { "GeoJSON" } ", "
                a href={ "/incidents.json" (query.query_string(&[])) } { "JSON" }
            }
            @if rows.is_empty() {
                p.empty {
                    "No incident matches these filters. "
                    @if query.grade().ok().flatten().is_some() { "Try any grade, " }
                    "widen the period, choose any country, province, type or perpetrator, or clear the search. "
                    a href="/incidents" { "Show every incident" }
                }
            } @else {
                div.scroll {
                    table.list.cards {
                        thead { tr {
                            (header("Date", SortKey::Date, false))
                            (header("Place", SortKey::Place, false))
                            (header("Type", SortKey::Type, false))
                            (header("Incident", SortKey::Title, false))
                            th scope="col" { "Alleged perpetrator" }
                            (header("Civilians killed", SortKey::Killed, true))
                            (header("Injured", SortKey::Injured, true))
                            (header("Grade", SortKey::Grade, false))
                            @if chrome.role() > Role::Public { th scope="col" { "Status" } }
                            (header("Sources", SortKey::Sources, true))
                            th.num scope="col" { "Claims" }
                        } }
                        tbody {
                            @for row in shown {
                                @let incident = &row.incident;
                                // On a phone each row becomes a card; the labels say what each cell is.
                                tr {
                                    td.nowrap.date-cell { (format_event_date(&incident.date)) }
                                    td data-label="Place" { (incident.place().map(|p| p.label()).unwrap_or_default()) @if incident.places.len() > 1 { " " span.count { "+" (incident.places.len() - 1) } } }
                                    td.nowrap data-label="Type" { (super::overview::swatch(incident.event_type)) " " (incident.event_type.label()) }
                                    td.title-cell { a href={ "/incidents/" (incident.id) } { (incident.title) } }
                                    td data-label="Alleged perpetrator" { (listing.names.list(&incident.perpetrators)) }
                                    td.num data-label="Civilians killed" { (range_or_dash(row.killed)) }
                                    td.num data-label="Injured" { (range_or_dash(row.injured)) }
                                    td data-label="Grade" { (row.grade.as_str()) }
                                    @if chrome.role() > Role::Public { td data-label="Status" { (incident.status.as_str().replace('_', " ")) } }
                                    td.num data-label="Sources" { (row.sources) }
                                    td.num data-label="Claims" { (row.claims) }
                                }
                            }
                        }
                    }
                }
                (layout::pager(page, pages, page_link))
            }
            p.note {
                "Civilians killed and injured: best (low–high) as reconciled from the claims; "
                "the grade is worked out from who reports it (see any incident's page for the reasons)."
            }
            @if shown.iter().any(|r| r.killed.is_some_and(|f| f.proxy) || r.injured.is_some_and(|f| f.proxy)) {
                p.note { (crate::summary::PROXY_NOTE) }
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
    context: Context,
}

/// What surrounded an incident: the ceasefires and talks (which of them the early-warning rules
/// mark it against is worked out on the page), the statements of the record (its reactions, and
/// who made none about it), the incidents the record links to it and those near it in place and
/// time.
#[derive(Debug, Default)]
struct Context {
    ceasefires: Vec<Ceasefire>,
    talks: Vec<Talks>,
    statements: Vec<Statement>,
    related: Vec<Incident>,
    /// The nearest in time of the nearby incidents ([`NEARBY_SHOWN`] at most).
    nearby: Vec<Incident>,
    /// How many nearby incidents there are, and the list of them all.
    nearby_all: Option<(usize, String)>,
}

/// How many nearby incidents the page names: a busy province holds a hundred in two months.
const NEARBY_SHOWN: usize = 20;

/// How many days either side an incident in the same province counts as "nearby".
const NEARBY_DAYS: i64 = 30;

impl Context {
    fn load(view: &View<'_>, incident: &Incident) -> Result<Self, WebError> {
        let date = &incident.date;
        let mut related = Vec::new();
        for id in &incident.related {
            if let Some(other) = view.incident(id)? {
                related.push(other);
            }
        }
        let from = timeline::days_before(date.date(), NEARBY_DAYS);
        let to = timeline::days_before(date.last_day(), -NEARBY_DAYS);
        let mut nearby: Vec<Incident> = match incident.place().and_then(|p| p.admin1.clone()) {
            Some(admin1) => view
                .incidents(&IncidentFilter {
                    admin1: Some(admin1),
                    from: Some(from),
                    to: Some(to),
                    ..IncidentFilter::default()
                })?
                .into_iter()
                .filter(|i| i.id != incident.id && !incident.related.contains(&i.id))
                .collect(),
            None => Vec::new(),
        };
        let nearby_all = (nearby.len() > NEARBY_SHOWN).then(|| {
            let province = incident
                .place()
                .and_then(|p| p.admin1.as_deref())
                .unwrap_or_default();
            let link = format!(
                "/incidents?from={from}&to={to}&province={}",
                super::query::encode(province)
            );
            (nearby.len(), link)
        });
        // The nearest in time first, then back in date order.
        let gap = |i: &Incident| timeline::days_between(date.date(), i.date.date()).abs();
        nearby.sort_by(|a, b| gap(a).cmp(&gap(b)).then_with(|| a.id.cmp(&b.id)));
        nearby.truncate(NEARBY_SHOWN);
        nearby.sort_by(|a, b| {
            b.date
                .date()
                .cmp(&a.date.date())
                .then_with(|| a.id.cmp(&b.id))
        });
        Ok(Context {
            ceasefires: view.ceasefires()?,
            talks: view.talks()?,
            statements: view.statements()?,
            related,
            nearby,
            nearby_all,
        })
    }
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
                context: Context::load(store, &versioned.record)?,
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
        context,
    } = detail;
    let source_of = |id: &SourceId| sources.iter().find(|s| &s.id == id);
    // What the early-warning rules read about this incident: its claims (who alleges what), the
    // sources it cites, the actors, the ceasefires, talks and statements. No other incident is
    // needed, so the whole record is not built for this page.
    let record = FullRecord {
        incidents: std::slice::from_ref(incident),
        claims,
        sources,
        actors: evidence.actors(),
        ceasefires: &context.ceasefires,
        talks: &context.talks,
        statements: &context.statements,
    };
    let marks = warning::incident_marks(&record, incident);
    let reacted = (incident.status != model::Status::Discounted)
        .then(|| reactions::of_incident(&record, incident));
    let lexicon = warning::lexicon().ok();
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
            div.lede {
            div {
            @if let Some(marks) = &marks {
                div.context { (marks) }
            }
            p { (incident.summary) }
            @if let Some(target) = &incident.target {
                p { strong { "Target, as reported: " } (target) }
            }
            @if let Some(notes) = &incident.internal_notes {
                p.restricted { strong { "Internal notes (restricted): " } (notes) }
            }
            }
            (inset(incident))
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
                                td.quote { @if let Some(q) = &claim.quote { (quoted(q)) } }
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

            h2 id="reactions" { "Reactions" }
            @match &reacted {
                Some(found) => {
                    @if found.reactions.is_empty() {
                        p.count { "No statement about this incident is on record." }
                    } @else {
                        ul.reactions {
                            @for r in &found.reactions {
                                @if let Some(st) = context.statements.iter().find(|s| &s.id == r.statement) {
                                    li id=(st.id) {
                                        span.date { (st.date) } " "
                                        strong { (names.of(&st.actor)) }
                                        @if let Some(speaker) = &st.speaker { " (" (speaker) ")" }
                                        " — " (st.stance.label())
                                        @if !r.direct { " " span.count { "(naming the parties, not this incident, within three days of it)" } }
                                        " · " a href={ "/reactions#" (st.id) } { "source" }
                                        @match lexicon {
                                            Some(lexicon) => { (warning::statement_words(st, &lexicon.score_statement(st))) }
                                            None => { blockquote.statement { (st.text) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    @if !found.no_reaction_found.is_empty() {
                        p.count.no-reaction {
                            (warning::no_reaction_found(&record, found))
                            " — in this record, which holds the statements the sources cite: not proof of silence."
                        }
                    }
                }
                None => { p.count { "This incident is discounted: reactions are not followed for it." } }
            }

            @if !context.related.is_empty() || !context.nearby.is_empty() {
                h2 id="related" { "Related incidents" }
                ul {
                    @for other in &context.related {
                        li { (format_event_date(&other.date)) " — " a href={ "/incidents/" (other.id) } { (other.title) } " " span.count { "(linked in the record)" } }
                    }
                    @for other in &context.nearby {
                        li { (format_event_date(&other.date)) " — " a href={ "/incidents/" (other.id) } { (other.title) } " " span.count { "(same province, within " (NEARBY_DAYS) " days)" } }
                    }
                }
                @if let Some((count, link)) = &context.nearby_all {
                    p.count {
                        "The " (context.nearby.len()) " nearest in time of " (count) " other incidents in the same province within " (NEARBY_DAYS) " days: "
                        a href=(link) { "the list, with this one" } "."
                    }
                }
            }
            @if chrome.role() >= Role::Contributor {
                p { a href={ "/sources/new?incident=" (incident.id) } { "Add a source with its claims" } }
            }
        },
    )
}

/// The map inset: the incident's province (and every place it names), the border,
/// and how far the first place lies from the border. Nothing when no place has coordinates.
/// A claim's words between quotation marks, as a reader expects them: a text that is itself one
/// quotation keeps its own marks, and quotation marks inside a quoted text become single ones
/// (“…‘ordinary people’…”) instead of doubling up at the ends.
fn quoted(text: &str) -> String {
    let text = text.trim();
    let inner = text
        .strip_prefix('“')
        .and_then(|t| t.strip_suffix('”'))
        .filter(|t| !t.contains(['“', '”']));
    match inner {
        Some(_) => text.to_owned(),
        None => format!("“{}”", text.replace('“', "‘").replace('”', "’")),
    }
}

fn inset(incident: &Incident) -> Markup {
    let located: Vec<&model::PlaceRef> = incident
        .places
        .iter()
        .filter(|p| p.coordinates.is_some())
        .collect();
    let Some(first) = located.first() else {
        return html! { p.count { "No coordinates are recorded for this incident, so it is not on the maps." } };
    };
    let Some(at) = first.coordinates else {
        return html! {};
    };
    let gazetteer = places::Gazetteer::get();
    let province = gazetteer.locate(at).admin1.map(|a| a.place);
    let rings = province
        .and_then(|p| places::geometry::admin1_polygon(&p.id))
        .unwrap_or(&[]);
    let mut bounds = map::Bounds::around(rings).unwrap_or(map::Bounds {
        west: at.lon(),
        south: at.lat(),
        east: at.lon(),
        north: at.lat(),
    });
    for place in &located {
        if let Some(c) = place.coordinates {
            bounds = bounds.including(c.lon(), c.lat());
        }
    }
    let focus = bounds.padded(0.35, 4.0 / 3.0);
    let marks: Vec<map::Mark> = located
        .iter()
        .filter_map(|p| {
            let c = p.coordinates?;
            Some(map::Mark {
                href: format!("/incidents/{}", incident.id),
                label: p.label(),
                at: [c.lon(), c.lat()],
                event_type: incident.event_type,
                value: Some(1),
            })
        })
        .collect();
    let km = places::distance_to_border_km(at);
    let distance = if km < 3.0 {
        "at the Afghanistan–Pakistan border (Durand Line), within 3 km".to_owned()
    } else {
        format!("about {km:.0} km from the Afghanistan–Pakistan border (Durand Line)")
    };
    let known_to = match first.precision {
        model::GeoPrecision::Exact => "The place is known exactly",
        model::GeoPrecision::Near => {
            "The place is known to its district or town (the distance is from its centre)"
        }
        model::GeoPrecision::Region => {
            "The place is known only to its province (the distance is from its centre)"
        }
    };
    let desc = format!(
        "{} in {}: {}. {}.",
        incident.event_type.label(),
        first.label(),
        distance,
        known_to
    );
    html! {
        figure.inset-frame {
            (map::inset("inset", &format!("Map of {}", first.label()), &desc, focus, &marks, 1))
            figcaption {
                (first.label()) ": " (distance) ". " (known_to) "."
                @if located.len() > 1 { " The map marks all " (located.len()) " places the record names." }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn quotations_are_marked_once() {
        // The demo's words, as sources give them: plain, one whole quotation, quotes within.
        assert_eq!(quoted("Two children died."), "“Two children died.”");
        assert_eq!(
            quoted("“Forty-one civilians were killed.”"),
            "“Forty-one civilians were killed.”"
        );
        assert_eq!(
            quoted("the jets had hit the houses of “ordinary people” in Paktika"),
            "“the jets had hit the houses of ‘ordinary people’ in Paktika”"
        );
        assert_eq!(
            quoted("“Based on what we observed,” the group said, “at least 46 died.”"),
            "“‘Based on what we observed,’ the group said, ‘at least 46 died.’”"
        );
    }
}
