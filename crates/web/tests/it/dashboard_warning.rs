//! Early warning on the dashboard's pages, over the demo data through the router without a socket:
//! the overview's alerts, index line and truce marks; an incident's context line, reactions and
//! highlighted words; each ceasefire's possible violations and the incidents during talks;
//! reaction against harm with "no reaction found"; and `/escalation` in the dashboard's frame.
//! What the pages say is worked out here through `analysis` over the same view, not typed in.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::common;
use analysis::warning::escalation::{self, Series};
use analysis::warning::{FullRecord, violations};
use axum::http::StatusCode;
use model::Dataset;
use store::{NewAlert, Principal, Store};

const DEMO: &str = include_str!("../../../../data/demo/dataset.json");
const PAKTIKA: &str = "inc-2025-10-17-paktika";

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store
        .import(&interop::read_dataset("demo", DEMO).unwrap(), "test")
        .unwrap();
    store
}

/// The demo as the public sees it, and its escalation series, worked out as the pages should.
fn public_record() -> (Dataset, Series) {
    let dataset = store()
        .view(&Principal::public())
        .unwrap()
        .export()
        .unwrap();
    let series = escalation::of_record(
        &FullRecord::of(&dataset),
        &analysis::warning::rhetoric::Lexicon::english().unwrap(),
        &analysis::warning::cities::Cities::major().unwrap(),
    );
    (dataset, series)
}

async fn get_from(store: Store, uri: &str) -> (StatusCode, String) {
    common::public_page(store, uri).await
}

async fn get(uri: &str) -> String {
    let (status, body) = get_from(store(), uri).await;
    assert_eq!(status, StatusCode::OK, "{uri}");
    body
}

/// The part of a page from `start` to the next `end`.
fn between<'b>(body: &'b str, start: &str, end: &str) -> &'b str {
    let from = body
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in the page"));
    let rest = &body[from..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

#[tokio::test]
async fn the_overview_shows_the_periods_alerts_the_index_line_and_the_flagged_truce_breaks() {
    let (dataset, series) = public_record();
    let alerts = escalation::alerts(&series);
    let body = get("/").await;
    // Every alert of the whole record, none raised yet in a fresh database: the three most recent
    // with what they held, the earlier ones by their week.
    let banner = between(&body, "<section class=\"alert\"", "</section>");
    assert!(banner.contains(&format!(
        "Escalation alerts in this period</strong>: {} weeks at or above the index's alert threshold (6).",
        alerts.len()
    )));
    for alert in alerts.iter().rev().take(3) {
        assert!(banner.contains(&alert.summary), "{}", alert.summary);
    }
    assert!(banner.contains("Week of 13 Oct 2025: score 16.8 (threshold 6)"));
    assert!(banner.find("Week of 3 Nov 2025") < banner.find("Week of 13 Oct 2025"));
    assert!(banner.contains("Earlier: the weeks of 18 Mar 2024 and 11 Apr 2022."));
    assert!(banner.contains("None has been raised yet"));
    assert!(banner.contains("href=\"/escalation\""));
    // The index over the timeline, on its own scale, the alert weeks dotted.
    let timeline = between(&body, "<svg class=\"chart timeline\"", "</svg>");
    let line = between(timeline, "<g class=\"extra\">", "</g>");
    assert!(line.contains("<title>Escalation index (escalation-v1) per week; alert at 6</title>"));
    assert!(line.contains(">index</text>"));
    assert!(line.contains(">6 alert</text>"));
    assert!(line.contains(
        "<title>Week of 13 Oct 2025: score 16.80 (alert), 3 incident(s), 32 killed, rhetoric 2.00</title>"
    ));
    // Truce marks by the one rule: ▼ over the incidents the analysis flags, ▽ over the ones that
    // may be violations (the 15 October strikes, on the truce's first day).
    let record = FullRecord::of(&dataset);
    let flagged: Vec<&model::Incident> = dataset
        .incidents
        .iter()
        .filter(|i| violations::marks_of(&record, i).breaks_a_ceasefire())
        .collect();
    let ids: Vec<&str> = flagged.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "inc-2025-10-17-paktika",
            "inc-2025-11-06-spin-boldak",
            "inc-2025-11-25-khost"
        ]
    );
    assert!(timeline.contains("<path class=\"flag\" d=\"M"));
    assert!(timeline.contains("<title>On the last day of the 48-hour truce of 15 October 2025"));
    // By the week the truce's flagged strike hides the first day's; the daily close-up shows both.
    let close_up = between(&body, "closeup-title closeup-desc", "</svg>");
    assert!(close_up.contains("<path class=\"flag possible\""));
    assert_eq!(
        close_up.matches("<path class=\"flag\"").count(),
        flagged.len()
    );
    assert!(body.contains("3 possible violations flagged"));
    // The timeline's table says it in words.
    let table = between(&body, "The timeline as a table", "</table>");
    assert!(table.contains("On the first day of the 48-hour truce of 15 October 2025"));
}

#[tokio::test]
async fn a_period_shows_only_its_own_alerts_and_raised_ones_are_not_called_unraised() {
    let body = get("/?from=2025-10-01&to=2025-10-31").await;
    let banner = between(&body, "<section class=\"alert\"", "</section>");
    assert!(banner.contains("2 weeks at or above"));
    assert!(banner.contains("Week of 6 Oct 2025"));
    assert!(banner.contains("Week of 13 Oct 2025"));
    assert!(!banner.contains("Week of 3 Nov 2025"));
    let body = get("/?from=2023-01-01&to=2023-12-31").await;
    assert!(
        !body.contains("<section class=\"alert\""),
        "no alert in 2023"
    );

    // Once `crosscheck alerts` has stored one, the banner shows it as raised (its own words).
    let mut store = store();
    store
        .record_alerts(
            &Principal::local("test"),
            &[NewAlert {
                week: "2025-10-13".into(),
                formula: escalation::FORMULA.into(),
                score: 16.8,
                threshold: 6.0,
                kind: "crossed".into(),
                summary: "Week of 13 Oct 2025: raised on 20 October.".into(),
                body: "{}".into(),
            }],
        )
        .unwrap();
    let (_, body) = get_from(store, "/?from=2025-10-13&to=2025-10-19").await;
    let banner = between(&body, "<section class=\"alert\"", "</section>");
    assert!(banner.contains("Escalation alert in this period</strong>: 1 week"));
    assert!(banner.contains("Week of 13 Oct 2025: raised on 20 October."));
    assert!(!banner.contains("not raised yet"));
}

#[tokio::test]
async fn the_incident_page_says_which_truce_it_may_have_broken_and_who_said_nothing() {
    let body = get(&format!("/incidents/{PAKTIKA}")).await;
    let context = between(&body, "<div class=\"context\">", "</div>");
    assert!(context.contains(
        "On the last day of the 48-hour truce of 15 October 2025 (within it, or in the hours after it ran out) — flagged as a possible violation; alleged perpetrator: Pakistan, alleged by Afghanistan Cricket Board and Taliban (Islamic Emirate of Afghanistan)"
    ));
    assert!(context.contains("href=\"/ceasefires#cf-2025-10-15-48-hour-truce\""));
    // No state named the strikes; Qatar and Türkiye spoke of the parties within three days.
    let reactions = between(&body, "id=\"reactions\"", "id=\"related\"");
    assert_eq!(
        reactions
            .matches("(naming the parties, not this incident, within three days of it)")
            .count(),
        2
    );
    assert!(reactions.contains(
        "No reaction found: China, India, Iran, Russia, Saudi Arabia, United Nations Assistance Mission in Afghanistan (UNAMA) — in this record"
    ));
    // The third Spin Boldak incident came during the Istanbul talks and the Doha ceasefire.
    let body = get("/incidents/inc-2025-11-06-spin-boldak").await;
    let context = between(&body, "<div class=\"context\">", "</div>");
    assert!(context.contains("During talks: Istanbul talks (third round)."));
    assert!(context.contains(
        "During the Doha ceasefire of 19 October 2025 — flagged as a possible violation"
    ));
    // The statements shown there carry their hostility and the words that counted.
    let body = get("/incidents/inc-2025-10-11-border").await;
    let reactions = between(&body, "id=\"reactions\"", "id=\"related\"");
    assert!(
        reactions.contains("<mark class=\"de_escalation\""),
        "Iran's call for restraint"
    );
    assert!(reactions.contains("hostility <strong>"));
}

#[tokio::test]
async fn each_ceasefire_lists_its_possible_violations_and_talks_their_incidents() {
    let body = get("/ceasefires").await;
    let truce = between(&body, "id=\"cf-2025-10-15-48-hour-truce\"", "</article>");
    let paktika = between(truce, &format!("href=\"/incidents/{PAKTIKA}\""), "</li>");
    assert!(paktika.contains(
        "On the last day of the 48-hour truce of 15 October 2025 (within it, or in the hours after it ran out) — flagged as a possible violation; alleged perpetrator: Pakistan, alleged by Afghanistan Cricket Board and Taliban (Islamic Emirate of Afghanistan)"
    ));
    assert!(paktika.contains("civilians killed 10 (≥10)"));
    // The strikes of 15 October, on its first day, may have come before it took effect.
    let kabul = between(truce, "href=\"/incidents/inc-2025-10-15-kabul\"", "</li>");
    assert!(kabul.contains("it may be a violation"));
    let doha = between(&body, "id=\"cf-2025-10-19-doha\"", "</article>");
    assert!(doha.contains("inc-2025-11-06-spin-boldak"));
    assert!(doha.contains("inc-2025-11-25-khost"));
    assert!(doha.contains(
        "alleged perpetrators: Pakistan, alleged by Taliban (Islamic Emirate of Afghanistan)"
    ));
    // The third Istanbul round lists the incident during it.
    let istanbul = between(&body, "id=\"talks-2025-11-06-istanbul\"", "</tr>");
    assert!(istanbul.contains("href=\"/incidents/inc-2025-11-06-spin-boldak\""));
    let doha_talks = between(&body, "id=\"talks-2025-10-18-doha\"", "</tr>");
    assert!(
        doha_talks.contains("<td class=\"during\">–</td>"),
        "nothing during the Doha talks"
    );
    // One rule: the timeline flags exactly the incidents the analysis flags.
    let timeline = between(&body, "<svg class=\"chart timeline\"", "</svg>");
    assert_eq!(timeline.matches("<path class=\"flag\"").count(), 3);
}

#[tokio::test]
async fn reactions_set_against_harm_and_every_incident_without_one_found() {
    let body = get("/reactions").await;
    let against = between(&body, "id=\"against-harm\"", "id=\"by-incident\"");
    assert!(against.contains("<table class=\"comparison\">"));
    assert!(against.contains(
        "Iran reacted to 1 of 10 incidents with civilian deaths (calls for restraint); those incidents killed 1 civilian between them, the 9 incidents it did not react to 151 civilians."
    ));
    let by_incident = between(&body, "id=\"by-incident\"", "id=\"statements\"");
    let paktika = between(
        by_incident,
        &format!("href=\"/incidents/{PAKTIKA}\""),
        "</tr>",
    );
    assert!(paktika.contains(
        "No reaction found: China, India, Iran, Russia, Saudi Arabia, United Nations Assistance Mission in Afghanistan (UNAMA)"
    ));
    // The fire of 6 November: the total stands in for civilians, as on every page.
    let spin_boldak = between(
        by_incident,
        "href=\"/incidents/inc-2025-11-06-spin-boldak\"",
        "</tr>",
    );
    assert!(
        spin_boldak.contains("<td class=\"num\">5 †</td>"),
        "{spin_boldak}"
    );
    // An incident without a civilian figure shows none, not a zero.
    let kabul = between(
        by_incident,
        "href=\"/incidents/inc-2025-10-09-kabul\"",
        "</tr>",
    );
    assert!(kabul.contains("<td class=\"num\">–</td>"), "{kabul}");
    // When no state or organisation reacted, the page says so without listing all eight.
    let khost = between(
        by_incident,
        "href=\"/incidents/inc-2025-11-25-khost\"",
        "</tr>",
    );
    assert!(khost.contains(
        "No reaction found from any of the 8 states and organisations that made statements in the record"
    ));
    // Asif's post: its score, and the words that made it.
    let statements = &body[body.find("id=\"statements\"").unwrap()..];
    let asif = between(statements, "id=\"st-2025-10-29-pak-asif\"", "</tr>");
    assert!(asif.contains(">tails between the legs</mark>"));
    assert!(asif.contains("hostility <strong>27.00</strong>"));
    // The filters narrow the statements, not the comparison.
    let body = get("/reactions?actor=IRN").await;
    assert!(body.contains("<strong>1</strong> statement match"));
    assert!(body.contains("Iran reacted to 1 of 10 incidents"));
}

#[tokio::test]
async fn the_escalation_page_is_drawn_in_the_dashboards_frame_and_linked_from_every_page() {
    for uri in ["/", "/incidents", "/ceasefires", "/reactions", "/sources"] {
        let body = get(uri).await;
        assert!(
            body.contains("<a href=\"/escalation\">Early warning</a>"),
            "{uri}"
        );
    }
    let body = get("/escalation").await;
    // The index in the timeline's frame: lanes of ceasefires and talks, the palette's classes,
    // a title and description, and its weeks as a table.
    let chart = between(&body, "<svg class=\"chart timeline index\"", "</svg>");
    assert!(chart.contains("aria-labelledby=\"index-all-title index-all-desc\""));
    assert!(chart.contains("class=\"band ceasefire\""));
    assert!(chart.contains("class=\"index alert\""));
    assert!(
        chart.contains("<g class=\"extra\">"),
        "the parties' rhetoric"
    );
    assert!(
        !chart.contains("fill=\"#"),
        "colours come from the stylesheet"
    );
    assert!(body.contains("These weeks as a table"));
    assert!(!body.contains("style=\""), "no inline style");
}
