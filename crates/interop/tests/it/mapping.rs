//! `import csv --map`: a spreadsheet of drone strikes through the example mapping shipped in
//! `docs/examples/`, and the errors a bad mapping or a bad row gets.
#![allow(clippy::unwrap_used)]

use interop::{ImportedRow, MappedReader, Mapping};
use model::{Count, CountryCode, EventType, Group, SourceKind};

const EXAMPLE: &str = include_str!("../../../../docs/examples/tbij-pakistan-drone-strikes.toml");
const STRIKES: &str = include_str!("../fixtures/drone_strikes.csv");

fn read(text: &str) -> Vec<Result<ImportedRow, interop::RowError>> {
    let mapping = Mapping::parse("tbij.toml", EXAMPLE).unwrap();
    MappedReader::new("strikes.csv", text.as_bytes(), mapping)
        .unwrap()
        .collect()
}

#[test]
fn the_example_mapping_parses() {
    let mapping = Mapping::parse("tbij.toml", EXAMPLE).unwrap();
    assert_eq!(mapping.dataset.id_prefix, "tbij");
    assert_eq!(mapping.dataset.source_kind, SourceKind::Monitor);
    assert_eq!(mapping.figures["killed"].len(), 3);
}

#[test]
fn min_and_max_columns_become_ranges_and_the_place_is_resolved() {
    let rows = read(STRIKES);
    let first = rows[0].as_ref().unwrap();
    assert_eq!(first.incident.id.as_str(), "tbij:X1");
    assert_eq!(first.incident.event_type, EventType::DroneStrike);
    assert_eq!(first.incident.date.date().to_string(), "2009-01-23");
    let place = first.incident.place().unwrap();
    assert_eq!(place.country, CountryCode::PAK);
    assert_eq!(place.admin1.as_deref(), Some("Khyber Pakhtunkhwa"));
    assert_eq!(place.admin2.as_deref(), Some("North Waziristan"));
    assert_eq!(place.location.as_deref(), Some("Mir Ali"));
    assert!(place.pcode.is_some());
    let killed = &first.claims[0].figures.killed;
    assert_eq!(killed.get(Group::Total), Some(Count::range(7, 10).unwrap()));
    assert_eq!(
        killed.get(Group::Civilians),
        Some(Count::range(0, 3).unwrap())
    );
    assert_eq!(
        first.claims[0].figures.injured.get(Group::Total),
        Some(Count::exact(2))
    );
    assert_eq!(
        first.sources[0].publisher,
        "The Bureau of Investigative Journalism"
    );
    assert_eq!(first.incident.attributes["tbij.reported_by"], "Dawn");
    // Empty cells are no figure, not zero.
    let second = rows[1].as_ref().unwrap();
    assert_eq!(second.claims[0].figures.killed.get(Group::Civilians), None);
    assert_eq!(
        second.claims[0].figures.killed.get(Group::Total),
        Some(Count::exact(5))
    );
}

#[test]
fn impossible_rows_are_refused_with_their_place() {
    let rows = read(STRIKES);
    assert_eq!(
        rows[2].as_ref().unwrap_err().to_string(),
        "strikes.csv:4:7: max_ppl_killed: the maximum (6) is below the minimum (8)"
    );
    assert_eq!(
        rows[3].as_ref().unwrap_err().to_string(),
        "strikes.csv:5: killed: children (5) outnumber the total (2–4)"
    );
}

#[test]
fn a_mapping_that_names_a_missing_column_or_a_typo_is_refused() {
    let err = Mapping::parse("m.toml", &EXAMPLE.replace("id_prefix", "id_prefx")).unwrap_err();
    assert!(err.to_string().starts_with("m.toml:"), "{err}");
    assert!(err.message.contains("id_prefx"), "{err}");
    let mapping = Mapping::parse("m.toml", &EXAMPLE.replace("\"area\"", "\"district\"")).unwrap();
    let err = MappedReader::new("s.csv", STRIKES.as_bytes(), mapping)
        .err()
        .unwrap();
    assert!(
        err.to_string()
            .starts_with("s.csv: the mapping reads incident.admin2 from the column \"district\""),
        "{err}"
    );
    let err = Mapping::parse(
        "m.toml",
        &EXAMPLE.replace("[figures.injured]", "[figures.wounded]"),
    )
    .unwrap_err();
    assert!(err.message.contains("figures.wounded"), "{err}");
}

#[test]
fn rows_without_ids_get_stable_hashed_ids() {
    let mapping = EXAMPLE.replace("id = \"strike_id\"\n", "");
    let read_ids = || -> Vec<String> {
        let mapping = Mapping::parse("m.toml", &mapping).unwrap();
        MappedReader::new("s.csv", STRIKES.as_bytes(), mapping)
            .unwrap()
            .filter_map(Result::ok)
            .map(|r| r.incident.id.to_string())
            .collect()
    };
    let ids = read_ids();
    assert_eq!(ids, read_ids());
    assert!(ids[0].starts_with("tbij:h"), "{ids:?}");
}
