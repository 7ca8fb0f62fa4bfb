//! The pages over a big record — the demo plus thousands of generated incidents (`big/mod.rs`) —
//! through the router without a socket: each stays under the 250 KB budget with its assets, and
//! says what it merged, binned or cut, with links to the incidents it adds up. A period with few
//! incidents keeps one mark per incident, as on the demo.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::big;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;

/// Generated incidents: well above every threshold.
const COUNT: usize = 3000;

/// A period of the generated record with just under 120 incidents.
const JUST_UNDER: &str = "/?from=2022-01-01&to=2022-03-12";

/// The budget of a page with its assets.
const BUDGET: usize = 250 * 1024;

async fn get(app: &axum::Router, uri: &str) -> String {
    let response = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{uri}");
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 26)
        .await
        .unwrap();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The part of `page` from `start` to the next `end`.
fn between<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page.find(start).unwrap_or_else(|| panic!("no {start}"));
    let rest = &page[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

fn app() -> axum::Router {
    web::router(web::AppState::new(big::store(COUNT)))
}

#[tokio::test]
async fn every_page_of_a_big_record_stays_under_budget() {
    let app = app();
    let assets =
        get(&app, "/static/style.css").await.len() + get(&app, "/static/map.js").await.len();
    for uri in [
        "/",
        "/?from=2024-01-01&to=2024-12-31",
        "/?from=2022-01-01&to=2023-12-31",
        // Just under every threshold, one mark and one row each: the heaviest case.
        JUST_UNDER,
        "/incidents",
        "/incidents?sort=-killed",
        "/incidents/gen-00042",
        "/ceasefires",
        "/reactions",
        "/sources",
        "/escalation",
    ] {
        let total = get(&app, uri).await.len() + assets;
        println!("{uri}: {total} B with assets");
        assert!(total <= BUDGET, "{uri} weighs {total} bytes");
    }
}

#[tokio::test]
async fn the_overview_of_a_big_record_merges_bins_and_cuts_and_says_so() {
    let app = app();
    let page = get(&app, "/").await;

    // The alerts: the most recent weeks named, the rest counted.
    let alerts = between(&page, "<section class=\"alert\"", "</section>");
    assert!(alerts.contains(" earlier weeks (<a href=\"/escalation\">every alert, listed</a>)."));
    assert!(alerts.len() < 3000, "{} bytes of alerts", alerts.len());

    // The map: one circle per district, each linking to its district's list.
    let map = between(&page, "<svg class=\"map", "</svg>");
    let marks = map.matches("class=\"ev ev-").count();
    assert!(
        (big::DISTRICTS..=big::DISTRICTS + 20).contains(&marks),
        "{marks} marks for {} districts and the demo's places",
        big::DISTRICTS
    );
    assert!(map.contains("district=District%207\""));
    assert!(
        !map.contains("href=\"/incidents/gen-"),
        "no mark per incident"
    );
    assert!(page.contains("One circle per place: "));
    assert!(page.contains("The map as a table ("));
    // The key to circle sizes says they are added up.
    assert!(
        map.contains(">Civilians killed per place</text>"),
        "size key"
    );

    // The timeline: one stack per bin, a strip of counts, the bands and the index line kept.
    let timeline = between(&page, "<svg class=\"chart timeline binned", "</svg>");
    assert!(timeline.contains("class=\"count n4\""));
    assert!(
        timeline.contains("class=\"band ceasefire\"") && timeline.contains("class=\"band talks\"")
    );
    assert!(
        timeline.contains("class=\"halo\""),
        "the escalation index is drawn"
    );
    assert!(
        !timeline.contains("Generated incident"),
        "no tooltip per incident"
    );
    assert!(page.contains("One bar per month: "));
    assert!(page.contains("The timeline as a table (per month)"));

    // Figure 1: the forty incidents with the most civilians killed, and the list in that order.
    let figure = between(&page, "<svg class=\"chart figure1", "</svg>");
    assert_eq!(figure.matches("class=\"row\"").count(), 40);
    assert!(
        page.contains("The 40 incidents with the most civilians killed (then injured) of the ")
    );
    assert!(page.contains("href=\"/incidents?sort=-killed\""));
    let table = between(&page, "<summary>Figure 1 as a table", "</table>");
    assert_eq!(table.matches("<tr>").count(), 41, "a header and forty rows");
}

#[tokio::test]
async fn a_merged_mark_links_to_the_incidents_it_adds_up() {
    let app = app();
    let page = get(&app, "/?from=2024-01-01&to=2024-12-31").await;
    let map = between(&page, "<svg class=\"map", "</svg>");
    // The first mark with a district: its link and the count its tooltip gives.
    let start = map
        .find("href=\"/incidents?from=2024-01-01&amp;to=2024-12-31&amp;province=")
        .unwrap();
    let link = &map[start + 6..];
    let link = &link[..link.find('"').unwrap()];
    let href = link.replace("&amp;", "&");
    let after = &map[start..];
    let title = between(after, "<title>", "</title>");
    let count: usize = title
        .split(" · ")
        .nth(1)
        .and_then(|t| t.split(' ').next())
        .unwrap()
        .parse()
        .unwrap();
    assert!(count > 1, "{title}");
    let list = get(&app, &href).await;
    assert!(
        list.contains(&format!("<strong>{count}</strong> incidents")),
        "{href} should list the {count} incidents of {title}"
    );
    assert!(
        list.contains("name=\"district\""),
        "the list shows the district it filters by"
    );
}

#[tokio::test]
async fn an_incident_in_a_busy_province_names_its_nearest_neighbours_and_links_the_rest() {
    let app = app();
    let page = get(&app, "/incidents/gen-01500").await;
    let related = between(&page, "<h2 id=\"related\">", "</ul>");
    assert_eq!(
        related.matches("(same province, within 30 days)").count(),
        20
    );
    let note = between(&page, "The 20 nearest in time of ", "</p>");
    let count: usize = note["The 20 nearest in time of ".len()..]
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(count > 20, "{note}");
    let start = note.find("href=\"").unwrap() + 6;
    let href = note[start..start + note[start..].find('"').unwrap()].replace("&amp;", "&");
    let list = get(&app, &href).await;
    assert!(
        list.contains(&format!("<strong>{}</strong> incidents", count + 1)),
        "{href} lists the {count} and this one"
    );
}

#[tokio::test]
async fn a_period_with_few_incidents_keeps_one_mark_per_incident() {
    let app = app();
    // Ten days of the generated record: about sixteen incidents, well under every threshold.
    let page = get(&app, "/?from=2022-03-01&to=2022-03-10").await;
    let map = between(&page, "<svg class=\"map", "</svg>");
    let marks = map.matches("href=\"/incidents/gen-").count();
    assert!((10..=30).contains(&marks), "{marks}");
    assert!(!page.contains("One circle per place"));
    assert!(map.contains(">Civilians killed</text>"), "size key");
    assert!(!page.contains("binned"));
    assert!(!page.contains("with the most civilians killed (then injured)"));
    let timeline = between(&page, "<svg class=\"chart timeline", "</svg>");
    assert!(
        timeline.contains("Generated incident"),
        "a tooltip per incident"
    );
}

#[tokio::test]
async fn the_heaviest_period_is_just_under_the_thresholds() {
    let app = app();
    let page = get(&app, JUST_UNDER).await;
    let map = between(&page, "<svg class=\"map", "</svg>");
    let marks = map.matches("href=\"/incidents/gen-").count();
    assert!((100..=120).contains(&marks), "{marks} marks");
    assert!(!page.contains("One circle per place") && !page.contains("binned"));
}

#[tokio::test]
async fn reactions_and_sources_of_a_big_record_are_bounded_and_say_where_the_rest_is() {
    let app = app();
    for uri in ["/reactions", "/escalation"] {
        let page = get(&app, uri).await;
        assert!(
            page.contains("No reaction was found for the other "),
            "{uri}"
        );
        assert!(page.contains("all are in the incident list"), "{uri}");
    }
    // A year-long truce: thirty of its hundreds of incidents, and the list of its days.
    for uri in ["/ceasefires", "/escalation"] {
        let page = get(&app, uri).await;
        let truce = between(&page, ">Generated truce of 2022</", "</ul>");
        assert!(
            truce.contains(" incidents in its window and the 48 hours after, "),
            "{uri}"
        );
        assert!(
            truce.contains("href=\"/incidents?from=2022-01-01&amp;to=2023-01-02\""),
            "{uri}"
        );
        assert_eq!(truce.matches("<li>").count(), 30, "{uri}");
    }
    let escalation = get(&app, "/escalation").await;
    assert_eq!(
        between(&escalation, "<ul class=\"alerts\">", "</ul>")
            .matches("<li>")
            .count(),
        52
    );
    assert!(escalation.contains("Earlier, "));
    // Years of weeks: the index without a tooltip per week, its table cut to the alert weeks.
    assert!(escalation.contains(" weeks at or above the threshold, of "));
    let chart = between(&escalation, "<svg class=\"chart timeline index", "</svg>");
    assert!(chart.contains("<path class=\"index alert\""));
    assert!(!chart.contains("<rect class=\"index"));
    // Three hundred generated sources and the demo's: a hundred to a page.
    let sources = get(&app, "/sources").await;
    assert!(sources.contains(" sources, 1–100 shown"));
    assert!(sources.contains("<strong aria-current=\"page\">1</strong>"));
    assert_eq!(
        between(&sources, "<tbody>", "</tbody>")
            .matches("<tr")
            .count(),
        100
    );
    let last = get(&app, "/sources?sort=-date&page=4").await;
    assert!(last.contains("<strong aria-current=\"page\">4</strong>"));
    assert!(last.contains("href=\"/sources?sort=-date&amp;page=3\" rel=\"prev\""));
}
