//! UCDP GED import and export against a hand-written 49-column file and GeoJSON points with the
//! shapefile's ten-character field names.
#![allow(clippy::unwrap_used)]

use interop::{
    ActorNames, ClaimRange, FigureSource, ImportedRow, IncidentView, UcdpReader, UcdpWriter,
};
use model::{
    Claim, Count, CountryCode, DatePrecision, EventType, GeoPrecision, Group, Source, SourceKind,
};

const GED: &str = include_str!("../fixtures/ucdp_ged.csv");
const POINTS: &str = include_str!("../fixtures/ucdp_points.geojson");

fn read_ok(text: &str) -> Vec<ImportedRow> {
    UcdpReader::new("ged.csv", text.as_bytes())
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn low_best_high_make_one_claim_with_a_range_and_the_deaths_split_into_groups() {
    let rows = read_ok(GED);
    assert_eq!(rows.len(), 3);
    let clash = &rows[0];
    assert_eq!(clash.incident.id.as_str(), "ucdp:900001");
    assert_eq!(clash.incident.event_type, EventType::ArmedClash);
    let place = clash.incident.place().unwrap();
    assert_eq!(place.country, CountryCode::AFG);
    assert_eq!(place.admin1.as_deref(), Some("Farah"));
    assert_eq!(place.admin2.as_deref(), Some("Khaki Safed"));
    assert_eq!(place.precision, GeoPrecision::Near);
    assert_eq!(place.pcode.as_deref(), Some("AF3303"), "{place:?}");
    let claim = &clash.claims[0];
    let killed = &claim.figures.killed;
    assert_eq!(
        killed.get(Group::Total),
        Some(Count::range(25, 27).unwrap())
    );
    assert_eq!(killed.get(Group::Combatants), Some(Count::exact(25)));
    assert_eq!(killed.get(Group::Civilians), Some(Count::exact(0)));
    assert_eq!(claim.losses_of, None, "both sides lost fighters");
    assert_eq!(clash.incident.attributes["ucdp.best"], "25");
    assert_eq!(clash.incident.attributes["ucdp.where_prec"], "2");
    // The cited articles become sources, each reporting the event without figures.
    assert_eq!(clash.sources.len(), 3);
    let xinhua = &clash.sources[1];
    assert_eq!(xinhua.publisher, "Xinhua News Agency");
    assert_eq!(xinhua.kind, SourceKind::InternationalMedia);
    assert_eq!(xinhua.published.unwrap().to_string(), "2015-05-25");
    assert_eq!(
        xinhua.title.as_deref(),
        Some("Infighting between Taliban, IS claim 27 lives in W. Afghanistan")
    );
    assert!(clash.claims[1].figures.is_empty());

    let ambush = &rows[1];
    assert_eq!(ambush.claims[0].losses_of.as_deref(), Some("PAK"));
    assert_eq!(
        ambush.claims[0].figures.killed.get(Group::SecurityForces),
        Some(Count::exact(7))
    );
    assert_eq!(ambush.incident.date.precision(), DatePrecision::Week);
    assert_eq!(
        ambush.incident.date.end().unwrap().to_string(),
        "2022-04-14"
    );

    let attack = &rows[2];
    assert_eq!(attack.incident.event_type, EventType::ArmedAttack);
    assert_eq!(attack.incident.perpetrators[0].as_str(), "TTP");
    assert_eq!(attack.sources[1].publisher, "The News");
    assert_eq!(
        attack.sources[1].title.as_deref(),
        Some("Five killed in Bannu market attack")
    );
}

#[test]
fn export_ucdp_gives_back_the_file_byte_for_byte() {
    let rows = read_ok(GED);
    let mut writer = UcdpWriter::new(Vec::new(), ActorNames::default()).unwrap();
    for row in &rows {
        let claims: Vec<&Claim> = row.claims.iter().collect();
        let sources: Vec<&Source> = row.sources.iter().collect();
        let figures = ClaimRange.figures(&row.incident, &claims, &sources);
        writer
            .write(&IncidentView {
                incident: &row.incident,
                claims: &claims,
                sources: &sources,
                figures: &figures,
            })
            .unwrap();
    }
    assert_eq!(String::from_utf8(writer.finish().unwrap()).unwrap(), GED);
}

#[test]
fn geojson_points_with_short_names_are_read_and_bad_features_located() {
    let results: Vec<_> = UcdpReader::from_geojson("points.geojson", POINTS)
        .unwrap()
        .collect();
    assert_eq!(results.len(), 3);
    let first = results[0].as_ref().unwrap();
    assert_eq!(first.line, 1);
    assert_eq!(
        first.incident.place().unwrap().admin1.as_deref(),
        Some("Farah")
    );
    assert_eq!(first.sources[1].publisher, "Xinhua News Agency");
    assert_eq!(
        first.claims[0].figures.killed.get(Group::Combatants),
        Some(Count::exact(25))
    );
    assert_eq!(first.claims[0].figures.killed.get(Group::Total), None);
    // No country, no province: the point says Afghanistan.
    let second = results[1].as_ref().unwrap();
    assert_eq!(second.incident.place().unwrap().country, CountryCode::AFG);
    assert!(second.incident.place().unwrap().admin1.is_some());
    assert_eq!(second.sources[1].publisher, "AFP");
    let err = results[2].as_ref().unwrap_err().to_string();
    assert!(err.starts_with("points.geojson:3:"), "{err}");
    let err = UcdpReader::from_geojson("x.geojson", "{\"type\": \"Feature\"}")
        .err()
        .unwrap();
    assert!(err.to_string().contains("no \"features\" array"), "{err}");
}

#[test]
fn impossible_figures_are_row_errors() {
    let bad = GED.replace(",25,27,25,,\n", ",25,20,25,,\n");
    let results: Vec<_> = UcdpReader::new("bad.csv", bad.as_bytes())
        .unwrap()
        .collect();
    let err = results[0].as_ref().unwrap_err().to_string();
    assert!(
        err.starts_with("bad.csv:2:47: low: low (25) is higher than high (20)"),
        "{err}"
    );
    assert!(results[1].is_ok());
}
