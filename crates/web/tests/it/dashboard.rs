//! The dashboard over the demo data, through the router without a socket: every page answers with
//! the content a reader needs, its figures are the ones `analysis` reconciles from the stored claims
//! (worked out here through the same view, not typed in), the exports hold what the list shows,
//! every chart has a text alternative, and no page weighs more than 250 KB with its assets.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use model::{Dataset, Measure};
use store::{IncidentFilter, Principal, Store};
use tower::ServiceExt;
use web::summary::{Summary, Total, summarise};

const DEMO: &str = include_str!("../../../../data/demo/dataset.json");

/// Every page of the dashboard, as the browser test also visits them.
const PAGES: [&str; 8] = [
    "/",
    "/incidents",
    "/incidents/inc-2025-10-17-paktika",
    "/incidents/inc-2025-10-11-border",
    "/ceasefires",
    "/reactions",
    "/sources",
    "/escalation",
];

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .import(
            &interop::read_dataset("dataset.json", DEMO).unwrap(),
            "test",
        )
        .unwrap();
    store
}

fn app() -> axum::Router {
    web::router(web::AppState::new(store()))
}

/// The demo's incidents reconciled as the public sees them, newest first.
fn reconciled() -> Vec<Summary> {
    let store = store();
    let view = store.view(&Principal::public()).unwrap();
    summarise(
        view.incidents(&IncidentFilter::default()).unwrap(),
        &view.claims().unwrap(),
        &view.sources().unwrap(),
        &view.actors().unwrap(),
    )
}

struct Reply {
    status: StatusCode,
    content_type: String,
    body: String,
}

async fn get_from(app: &axum::Router, uri: &str) -> Reply {
    let response = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 24)
        .await
        .unwrap();
    Reply {
        status,
        content_type,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

async fn get(uri: &str) -> Reply {
    get_from(&app(), uri).await
}

#[tokio::test]
async fn the_overview_shows_the_headline_figures_analysis_reconciles() {
    let summaries = reconciled();
    let killed = Total::of(&summaries, Measure::Killed);
    let injured = Total::of(&summaries, Measure::Injured);
    let reply = get("/").await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = &reply.body;
    assert!(body.contains(&format!("href=\"/incidents\">{}</a>", summaries.len())));
    assert!(
        body.contains(&format!(
            "href=\"/incidents?sort=-killed\">{}</a>",
            killed.best
        )),
        "civilians killed {killed:?}"
    );
    assert!(body.contains(&format!(
        "range {} · in {} incidents",
        killed.as_range().range_text(),
        killed.incidents
    )));
    assert!(body.contains(&format!(
        "href=\"/incidents?sort=-injured\">{}</a>",
        injured.best
    )));
    // Two ceasefires and four rounds of talks in the demo.
    assert!(body.contains("href=\"/ceasefires\">2</a>"));
    assert!(body.contains("4 rounds of talks"));
    // The map: the border named neutrally, cities, one circle per incident with coordinates.
    assert!(body.contains("Afghanistan–Pakistan border (Durand Line)"));
    for city in [
        "Kabul",
        "Islamabad",
        "Peshawar",
        "Quetta",
        "Kandahar",
        "Jalalabad",
        "Khost",
    ] {
        assert!(body.contains(&format!(">{city}</text>")), "{city}");
    }
    let placed = summaries
        .iter()
        .filter(|s| s.incident.place().and_then(|p| p.coordinates).is_some())
        .count();
    let map = &body[body.find("<svg class=\"map\"").unwrap()..];
    let map = &map[..map.find("</svg>").unwrap()];
    assert_eq!(map.matches("<circle class=\"ev ev-").count(), placed);
    assert!(body.contains("1 incident has no coordinates and is not drawn."));
    // The timeline with the ceasefires and talks as bands, and its close-up.
    assert!(body.contains("class=\"band ceasefire\""));
    assert!(body.contains("class=\"band talks\""));
    assert!(body.contains("The last 90 days"));
    // Figure 1: one row per incident with civilian harm.
    let harmed = summaries
        .iter()
        .filter(|s| s.has_civilian_figures())
        .count();
    let figure = &body[body.find("<svg class=\"chart figure1\"").unwrap()..];
    let figure = &figure[..figure.find("</svg>").unwrap()];
    assert_eq!(figure.matches("<g class=\"row\">").count(), harmed);
    assert!(body.contains("Civilian casualties by month"));
    // Exports of the period.
    assert!(body.contains("href=\"/incidents.csv\""));
}

#[tokio::test]
async fn a_period_narrows_every_figure_of_the_overview() {
    let summaries: Vec<Summary> = reconciled()
        .into_iter()
        .filter(|s| s.incident.date.last_day() >= "2025-10-01".parse().unwrap())
        .filter(|s| s.incident.date.date() <= "2025-10-31".parse().unwrap())
        .collect();
    let killed = Total::of(&summaries, Measure::Killed);
    let reply = get("/?from=2025-10-01&to=2025-10-31").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.contains(&format!(
        "href=\"/incidents?from=2025-10-01&amp;to=2025-10-31\">{}</a>",
        summaries.len()
    )));
    assert!(reply.body.contains(&format!(">{}</a>", killed.best)));
    assert!(reply.body.contains("1 Oct 2025 – 31 Oct 2025"));
    let reply = get("/?from=1990-01-01&to=1990-12-31").await;
    assert!(reply.body.contains("No incident falls in this period"));
    let reply = get("/?from=last-week").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_list_filters_sorts_pages_and_says_what_to_change_when_empty() {
    let summaries = reconciled();
    let reply = get("/incidents").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply
            .body
            .contains(&format!("<strong>{}</strong> incidents", summaries.len()))
    );
    // Sorting by civilians killed puts the deadliest first.
    let deadliest = summaries
        .iter()
        .max_by_key(|s| s.killed.map_or(0, |r| r.drawn()))
        .unwrap();
    let body = get("/incidents?sort=-killed").await.body;
    let rows = &body[body.find("<tbody>").unwrap()..];
    let first_link = rows.split("href=\"/incidents/").nth(1).unwrap();
    assert!(
        first_link.starts_with(deadliest.incident.id.as_str()),
        "{first_link}"
    );
    assert!(body.contains("aria-sort=\"descending\""));
    // The grade filter uses the reconciled grade.
    for grade in analysis::Grade::ALL {
        let expected = summaries.iter().filter(|s| s.grade == grade).count();
        let body = get(&format!("/incidents?grade={}", grade.as_str()))
            .await
            .body;
        if expected == 0 {
            assert!(body.contains("No incident matches these filters. Try any grade"));
        } else {
            let noun = if expected == 1 {
                "incident"
            } else {
                "incidents"
            };
            assert!(
                body.contains(&format!("<strong>{expected}</strong> {noun}")),
                "{}: {expected}",
                grade.as_str()
            );
        }
    }
    // Province, perpetrator and country come from the data; the URL carries them into the exports.
    let body = get("/incidents?province=Khost&perpetrator=PAK&country=AFG")
        .await
        .body;
    let khost = summaries
        .iter()
        .filter(|s| s.incident.place().and_then(|p| p.admin1.as_deref()) == Some("Khost"))
        .filter(|s| s.incident.perpetrators.iter().any(|a| a.as_str() == "PAK"))
        .count();
    assert!(body.contains(&format!("<strong>{khost}</strong> incidents")));
    assert!(body.contains("<option value=\"Khost\" selected>Khost</option>"));
    assert!(
        body.contains("href=\"/incidents.csv?country=AFG&amp;province=Khost&amp;perpetrator=PAK\"")
    );
    // Text search over titles, summaries and places.
    let body = get("/incidents?q=Spin%20Boldak").await.body;
    assert!(body.contains("<strong>2</strong> incidents"));
    // A page past the end shows the last one; nonsense is refused with a sentence.
    assert_eq!(get("/incidents?page=9").await.status, StatusCode::OK);
    let bad = get("/incidents?sort=colour").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("cannot be sorted by"));
    let body = get("/incidents?q=nowhere-at-all").await.body;
    assert!(body.contains("widen the period"));
}

#[tokio::test]
async fn list_and_incident_page_agree_on_every_grade() {
    let app = app();
    for summary in reconciled() {
        let body = get_from(&app, &format!("/incidents/{}", summary.incident.id))
            .await
            .body;
        assert!(
            body.contains(&format!(
                "Grade: <strong>{}</strong>",
                summary.grade.as_str()
            )),
            "{}",
            summary.incident.id
        );
        if let Some(killed) = summary.killed {
            assert!(
                body.contains(&format!(
                    "<strong>{}</strong> ({})",
                    killed.best_text(),
                    killed.range_text()
                )),
                "{}",
                summary.incident.id
            );
        }
    }
}

#[tokio::test]
async fn the_incident_page_places_it_in_time_and_on_the_map() {
    let body = get("/incidents/inc-2025-10-17-paktika").await.body;
    // The truce ran 15–17 October; the strikes came on its last day.
    assert!(body.contains(
        "<a href=\"/ceasefires#cf-2025-10-15-48-hour-truce\">The ceasefire's window: 15 Oct 2025 – 17 Oct 2025</a>"
    ));
    assert!(body.contains("class=\"map inset\""));
    assert!(body.contains("km from the Afghanistan–Pakistan border (Durand Line)"));
    assert!(body.contains(">Paktika</text>"));
    assert!(body.contains("id=\"reactions\""));
    assert!(body.contains("id=\"sources\""));
    // The Khost strike of 25 November fell in the open-ended Doha ceasefire, during no talks.
    let body = get("/incidents/inc-2025-11-25-khost").await.body;
    assert!(body.contains("Doha ceasefire of 19 October 2025"));
    // An incident known only to its country has no inset, and says so.
    let body = get("/incidents/inc-2024-12-19-pakistan").await.body;
    assert!(body.contains("No coordinates are recorded for this incident"));
    // The archived copy's hash is shown with the sources.
    assert!(body.contains(
        "archived copy SHA-256 c7310df46dc7ffea21ae79a9c5d9de7a6cd8ead31d204643bb3c463f8d45b3cd"
    ));
}

#[tokio::test]
async fn ceasefires_talks_reactions_and_sources_have_their_pages() {
    let dataset: Dataset = interop::read_dataset("dataset.json", DEMO).unwrap();
    let body = get("/ceasefires").await.body;
    for c in &dataset.ceasefires {
        assert!(body.contains(&c.name), "{}", c.name);
    }
    for t in &dataset.talks {
        assert!(body.contains(&t.name), "{}", t.name);
    }
    // The incidents inside the Doha ceasefire's (open) window are listed under it.
    let doha = &body[body.find("id=\"cf-2025-10-19-doha\"").unwrap()..];
    assert!(doha.contains("inc-2025-11-06-spin-boldak"));
    assert!(doha.contains("inc-2025-11-25-khost"));
    assert!(body.contains("class=\"chart timeline\""));

    let body = get("/reactions").await.body;
    assert!(body.contains(&format!("{} statements", dataset.statements.len())));
    assert!(body.contains("Zabihullah Mujahid"));
    let condemning = dataset
        .statements
        .iter()
        .filter(|s| s.stance == model::Stance::Condemns)
        .count();
    let body = get("/reactions?stance=condemns").await.body;
    assert!(body.contains(&format!("<strong>{condemning}</strong> statements match")));
    assert_eq!(
        get("/reactions?stance=furious").await.status,
        StatusCode::BAD_REQUEST
    );

    let store = store();
    let visible = store.view(&Principal::public()).unwrap().sources().unwrap();
    let body = get("/sources").await.body;
    assert!(body.contains(&format!("{} sources", visible.len())));
    assert!(body.contains("c7310df46dc7ffea21ae79a9c5d9de7a6cd8ead31d204643bb3c463f8d45b3cd"));
    let un = visible
        .iter()
        .filter(|s| s.kind == model::SourceKind::Un)
        .count();
    let body = get("/sources?kind=un&sort=-claims").await.body;
    let noun = if un == 1 { "source" } else { "sources" };
    assert!(body.contains(&format!("{un} {noun}")));
}

#[tokio::test]
async fn exports_hold_what_the_list_shows() {
    let summaries = reconciled();
    let csv = get("/incidents.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.content_type.starts_with("text/csv"));
    // interop's flat CSV: its header, then one record per incident with its reconciled figures.
    let header: Vec<String> = interop::flat_columns()
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert!(
        csv.body.starts_with(&header.join(",")),
        "{}",
        &csv.body[..200]
    );
    for s in &summaries {
        assert!(
            csv.body.contains(s.incident.id.as_str()),
            "{}",
            s.incident.id
        );
    }
    let records: Vec<csv::StringRecord> = csv::Reader::from_reader(csv.body.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(records.len(), summaries.len());
    let khost = records
        .iter()
        .find(|r| r.get(0) == Some("inc-2022-04-16-khost-kunar"))
        .unwrap();
    let killed = summaries
        .iter()
        .find(|s| s.incident.id.as_str() == "inc-2022-04-16-khost-kunar")
        .and_then(|s| s.killed)
        .unwrap();
    let best = header
        .iter()
        .position(|c| c == "killed_civilians_best")
        .unwrap();
    assert_eq!(
        khost.get(best).map(str::to_owned),
        killed.best.map(|b| b.to_string()),
        "{khost:?}"
    );
    let geo = get("/incidents.geojson?country=AFG").await;
    let geo: serde_json::Value = serde_json::from_str(&geo.body).unwrap();
    let afghan = summaries
        .iter()
        .filter(|s| {
            s.incident
                .place()
                .is_some_and(|p| p.country.as_str() == "AFG")
        })
        .count();
    assert_eq!(geo["features"].as_array().unwrap().len(), afghan);
    let json = get("/incidents.json?type=air_strike").await;
    let dataset = interop::read_dataset("export.json", &json.body).unwrap();
    let strikes = summaries
        .iter()
        .filter(|s| s.incident.event_type == model::EventType::AirStrike)
        .count();
    assert_eq!(dataset.incidents.len(), strikes);
    assert!(
        dataset
            .claims
            .iter()
            .all(|c| dataset.incidents.iter().any(|i| i.id == c.incident))
    );
    dataset.check().unwrap();
}

#[tokio::test]
async fn every_chart_has_a_text_alternative_and_every_page_is_light() {
    let app = app();
    let css = get_from(&app, "/static/style.css").await.body.len();
    let js = get_from(&app, "/static/map.js").await;
    assert!(js.content_type.starts_with("text/javascript"));
    let js = js.body.len();
    println!("assets: style.css {css} B, map.js {js} B");
    for uri in PAGES {
        let reply = get_from(&app, uri).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        let body = &reply.body;
        for svg in body.split("<svg ").skip(1) {
            let svg = &svg[..svg.find("</svg>").unwrap()];
            if svg.contains("role=\"img\"") {
                assert!(svg.contains("aria-labelledby="), "{uri}");
                assert!(
                    svg.contains("<title id=") && svg.contains("<desc id="),
                    "{uri}"
                );
            } else {
                assert!(
                    svg.contains("aria-hidden=\"true\""),
                    "{uri}: a decorative svg is hidden"
                );
            }
        }
        let charts = body.matches("role=\"img\"").count();
        let tables = body.matches("<details>").count();
        assert!(
            tables >= charts.min(4) || uri.starts_with("/incidents/") || uri == "/ceasefires",
            "{uri}"
        );
        let total = body.len() + css + js;
        println!("{uri}: HTML {} B + assets = {total} B", body.len());
        assert!(total <= 250 * 1024, "{uri} weighs {total} bytes");
        for external in ["src=\"http", "src=\"//", "href=\"//", "@import", "url(http"] {
            assert!(
                !body.contains(external),
                "{uri} loads something external: {external}"
            );
        }
    }
}

#[tokio::test]
async fn pages_travel_gzipped_to_clients_that_ask() {
    let app = app();
    for uri in ["/", "/incidents", "/static/style.css"] {
        let plain = get_from(&app, uri).await.body.len();
        let response = app
            .clone()
            .oneshot(
                Request::get(uri)
                    .header(header::ACCEPT_ENCODING, "gzip")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(
            response.headers().get(header::CONTENT_ENCODING).unwrap(),
            "gzip",
            "{uri}"
        );
        let gzipped = axum::body::to_bytes(response.into_body(), 1 << 24)
            .await
            .unwrap()
            .len();
        println!("{uri}: {plain} B, {gzipped} B gzipped");
        assert!(gzipped * 3 < plain, "{uri}: {gzipped} of {plain}");
    }
}
