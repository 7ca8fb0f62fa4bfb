//! ACLED import and export against hand-written files in each of ACLED's layouts (the current 31
//! columns, the 2019–2023 one, the older upper-case one, a partial export with an HXL row).
#![allow(clippy::unwrap_used)]

use interop::{
    AcledReader, AcledWriter, ActorNames, ClaimRange, Decision, FigureSource, ImportedRow,
    IncidentView, decide,
};
use model::{Claim, Count, CountryCode, CrossBorder, EventType, GeoPrecision, Group, Source};

const CURRENT: &str = include_str!("../fixtures/acled_current.csv");
const LAYOUT_2019: &str = include_str!("../fixtures/acled_2019.csv");
const OLD: &str = include_str!("../fixtures/acled_old.csv");
const PARTIAL: &str = include_str!("../fixtures/acled_partial.csv");

fn read(name: &str, text: &str) -> Vec<Result<ImportedRow, interop::RowError>> {
    AcledReader::new(name, text.as_bytes()).unwrap().collect()
}

fn read_ok(name: &str, text: &str) -> Vec<ImportedRow> {
    read(name, text).into_iter().map(Result::unwrap).collect()
}

fn export(rows: &[ImportedRow]) -> String {
    let mut writer = AcledWriter::new(Vec::new(), ActorNames::default()).unwrap();
    for row in rows {
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
    String::from_utf8(writer.finish().unwrap()).unwrap()
}

#[test]
fn the_current_layout_maps_each_row_to_an_incident_a_source_and_a_claim() {
    let rows = read_ok("current.csv", CURRENT);
    assert_eq!(rows.len(), 4);
    let clash = &rows[0];
    assert_eq!(clash.incident.id.as_str(), "acled:PAK9001");
    assert_eq!(clash.incident.external_ids[0].id, "PAK9001");
    assert_eq!(clash.incident.event_type, EventType::ArmedClash);
    assert_eq!(clash.incident.title, "Armed clash in Parachinar, Kurram");
    assert!(
        clash.incident.perpetrators.is_empty(),
        "no perpetrator in a battle"
    );
    assert_eq!(clash.version, Some(("acled.timestamp", 1_760_486_400)));
    assert_eq!(clash.incident.attributes["acled.inter1"], "State forces");
    assert_eq!(clash.actors.len(), 2, "{:?}", clash.actors);
    let place = clash.incident.place().unwrap();
    assert_eq!(place.country, CountryCode::PAK);
    assert_eq!(place.precision, GeoPrecision::Exact);
    assert!(
        place.pcode.as_deref().unwrap().starts_with("PK"),
        "{place:?}"
    );
    let claim = &clash.claims[0];
    assert_eq!(claim.claimant, None);
    assert_eq!(
        claim.figures.killed.get(Group::Total),
        Some(Count::at_least(23))
    );
    assert!(
        claim
            .quote
            .as_deref()
            .unwrap()
            .starts_with("On 12 October 2025")
    );
    // One source for the whole dataset; the outlets ACLED cites stay in the attributes, and the
    // claim is dated by ACLED's timestamp.
    let source = &clash.sources[0];
    assert_eq!(
        (source.id.as_str(), source.publisher.as_str()),
        ("acled", "ACLED")
    );
    assert_eq!(claim.source, source.id);
    assert_eq!(clash.incident.attributes["acled.source"], "Dawn; Reuters");
    assert_eq!(claim.as_of.unwrap().to_string(), "2025-10-15");

    let strike = &rows[1];
    assert_eq!(strike.incident.event_type, EventType::DroneStrike);
    assert_eq!(strike.incident.perpetrators[0].as_str(), "PAK");
    assert_eq!(
        strike.incident.cross_border,
        Some(CrossBorder {
            from: CountryCode::PAK,
            to: CountryCode::AFG
        })
    );
    // Kept exactly as ACLED wrote what crosscheck would write differently.
    let regains = &rows[2].incident;
    assert_eq!(regains.attributes["acled.latitude"], "32.3000");
    assert_eq!(
        regains.attributes["acled.sub_event_type"],
        "Government regains territory"
    );
    assert!(!rows[0].incident.attributes.contains_key("acled.latitude"));
}

#[test]
fn export_acled_gives_back_the_file_byte_for_byte() {
    let rows = read_ok("current.csv", CURRENT);
    assert_eq!(export(&rows), CURRENT);
}

#[test]
fn an_edited_record_exports_its_new_value_not_the_kept_text() {
    let mut rows = read_ok("current.csv", CURRENT);
    let place = &mut rows[2].incident.places[0];
    place.coordinates = Some(model::Coordinates::new(32.31, 69.57).unwrap());
    let out = export(&rows);
    assert!(out.contains(",32.31,69.5700,"), "{out}");
}

#[test]
fn older_layouts_give_the_same_incident() {
    let current = read_ok("current.csv", CURRENT).remove(3);
    for (name, text) in [("2019.csv", LAYOUT_2019), ("old.csv", OLD)] {
        let row = read_ok(name, text).remove(0);
        assert_eq!(row.incident.id, current.incident.id, "{name}");
        assert_eq!(row.incident.date, current.incident.date, "{name}");
        assert_eq!(row.incident.places, current.incident.places, "{name}");
        assert_eq!(
            row.incident.event_type, current.incident.event_type,
            "{name}"
        );
        assert_eq!(
            row.incident.perpetrators, current.incident.perpetrators,
            "{name}"
        );
        assert_eq!(row.claims[0].figures, current.claims[0].figures, "{name}");
    }
    let old = read_ok("old.csv", OLD).remove(0);
    assert_eq!(old.incident.attributes["acled.gwno"], "770");
    assert_eq!(
        old.incident.attributes["acled.assoc_actor_2"],
        "Teachers (Pakistan)"
    );
    assert_eq!(old.incident.attributes["acled.event_date"], "08/10/2025");
    assert_eq!(old.version, None);
    // Written back in the current layout, the old file's date keeps its own form.
    let out = export(&[old]);
    assert!(
        out.lines()
            .nth(1)
            .unwrap()
            .starts_with("PAK9003,08/10/2025,2025,1,")
    );
}

#[test]
fn a_partial_export_gets_stable_ids_a_country_and_its_hxl_row_skipped() {
    let first = read("partial.csv", PARTIAL);
    let second = read("partial.csv", PARTIAL);
    assert_eq!(first, second, "the same file gives the same records");
    let rows: Vec<ImportedRow> = first.into_iter().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0].line, 3);
    assert!(rows[0].incident.id.as_str().starts_with("acled:h"));
    assert_eq!(rows[0].incident.place().unwrap().country, CountryCode::PAK);
    // Two IEDs with the same key cells on the same day stay two incidents.
    assert_eq!(
        format!("{}-2", rows[1].incident.id),
        rows[2].incident.id.as_str()
    );
    assert_eq!(rows[0].incident.attributes["acled.month"], "2025-10");
    // A district the gazetteer does not know: imported with the file's names and a note.
    let unplaced = &rows[3];
    assert!(unplaced.unplaced);
    assert_eq!(
        unplaced.incident.place().unwrap().admin2.as_deref(),
        Some("Nowhereabad")
    );
    assert!(
        unplaced
            .incident
            .internal_notes
            .as_deref()
            .unwrap()
            .contains("Nowhereabad")
    );
}

#[test]
fn bad_rows_are_located_and_the_others_read() {
    let mut text = CURRENT.lines().take(2).collect::<Vec<_>>().join("\n");
    text.push('\n');
    let good = CURRENT.lines().nth(1).unwrap();
    text.push_str(&good.replace("PAK9001,2025-10-12", "PAK9101,2025-13-12"));
    text.push('\n');
    text.push_str(
        &good
            .replace(",23,,1760486400", ",many,,1760486400")
            .replace("PAK9001", "PAK9102"),
    );
    text.push('\n');
    text.push_str(
        &good
            .replace("33.8992,70.1008", "95.1,70.1008")
            .replace("PAK9001", "PAK9103"),
    );
    text.push('\n');
    text.push_str(&good.replace("PAK9001", "PAK 9104"));
    text.push('\n');
    let results = read("bad.csv", &text);
    assert!(results[0].is_ok());
    let errors: Vec<String> = results[1..]
        .iter()
        .map(|r| r.as_ref().unwrap_err().to_string())
        .collect();
    assert_eq!(
        errors[0],
        "bad.csv:3:2: event_date: \"2025-13-12\" is not a date; expected 2024-12-31, 31 December 2024 or 31/12/2024"
    );
    assert_eq!(
        errors[1],
        "bad.csv:4:29: fatalities: \"many\" is not a whole number"
    );
    assert_eq!(
        errors[2],
        "bad.csv:5:23: latitude: latitude 95.1 is outside -90 to 90 degrees"
    );
    assert!(
        errors[3].starts_with("bad.csv:6:1: event_id_cnty: "),
        "{}",
        errors[3]
    );
}

#[test]
fn a_file_without_event_date_is_refused_whole() {
    let err = AcledReader::new("x.csv", &b"a,b\n1,2\n"[..]).err().unwrap();
    assert!(
        err.to_string()
            .starts_with("x.csv: this is not an ACLED file"),
        "{err}"
    );
}

#[test]
fn timestamps_decide_updates() {
    let stored = read_ok("current.csv", CURRENT).remove(0);
    let mut same = stored.clone();
    let claims = stored.claims.clone();
    assert_eq!(
        decide(&mut same, Some((&stored.incident, &claims))),
        Decision::Unchanged
    );
    let newer_text = CURRENT.replace(",23,,1760486400", ",25,,1760490000");
    let mut newer = read_ok("current.csv", &newer_text).remove(0);
    let mut analysed = stored.incident.clone();
    analysed.status = model::Status::Published;
    assert_eq!(
        decide(&mut newer, Some((&analysed, &claims))),
        Decision::Update
    );
    assert_eq!(
        newer.incident.status,
        model::Status::Published,
        "the analysts' status stays"
    );
    let mut older = stored.clone();
    older.version = Some(("acled.timestamp", 1));
    assert_eq!(
        decide(&mut older, Some((&stored.incident, &claims))),
        Decision::Unchanged
    );
    assert_eq!(decide(&mut older, None), Decision::Insert);
}
