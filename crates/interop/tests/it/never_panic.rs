//! Arbitrary bytes never make a reader panic (a cheap cousin of the fuzz target `interop_readers` in `fuzz/`,
//! run with the normal tests), and ACLED rows made of arbitrary valid values survive import and
//! export unchanged.
#![allow(clippy::unwrap_used)]

use interop::{AcledReader, AcledWriter, ActorNames, ClaimRange, FigureSource, IncidentView};
use model::{Claim, Source};
use proptest::prelude::*;

const MAPPING: &str = include_str!("../../../../docs/examples/tbij-pakistan-drone-strikes.toml");

/// Cells that look like what the readers expect, and some that do not.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[0-9]{1,4}",
        "-?[0-9]{1,3}\\.[0-9]{1,6}",
        "20[0-2][0-9]-[01][0-9]-[0-3][0-9]",
        Just("Pakistan".to_owned()),
        Just("Khost".to_owned()),
        Just("Air/drone strike".to_owned()),
        "[ -~]{0,12}",
        "\\PC{0,8}",
    ]
}

fn quoted(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        interop::fuzz_all_readers(&bytes, MAPPING);
    }

    #[test]
    fn rows_of_plausible_cells_never_panic(rows in proptest::collection::vec(proptest::collection::vec(cell(), 0..35), 0..6)) {
        let text: String = rows
            .iter()
            .map(|r| r.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(","))
            .collect::<Vec<_>>()
            .join("\n");
        interop::fuzz_all_readers(text.as_bytes(), MAPPING);
    }

    #[test]
    fn valid_acled_rows_come_back_unchanged(
        rows in proptest::collection::vec(
            (
                "[A-Z]{3}[0-9]{1,6}",
                (2000i16..2030, 1i8..13, 1i8..29),
                0usize..7,
                (-89.0f64..89.0, -179.0f64..179.0),
                0u32..500,
                "[ -~]{0,40}",
                1u8..4,
            ),
            1..5,
        )
    ) {
        let types = [
            ("Battles", "Armed clash"),
            ("Explosions/Remote violence", "Air/drone strike"),
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
            ("Explosions/Remote violence", "Suicide bomb"),
            ("Violence against civilians", "Attack"),
            ("Protests", "Peaceful protest"),
            ("Strategic developments", "Agreement"),
        ];
        let mut text = interop::ACLED_COLUMNS.join(",");
        text.push('\n');
        let mut ids = std::collections::HashSet::new();
        for (id, (y, m, d), t, (lat, lon), fatalities, notes, precision) in &rows {
            if !ids.insert(id.clone()) {
                continue;
            }
            let (event_type, sub) = types[*t];
            let cells = [
                id.clone(),
                format!("{y:04}-{m:02}-{d:02}"),
                y.to_string(),
                precision.to_string(),
                "Political violence".into(),
                event_type.into(),
                sub.into(),
                "Some actor".into(),
                String::new(),
                "Rebel group".into(),
                String::new(),
                String::new(),
                String::new(),
                "Rebel group only".into(),
                String::new(),
                "586".into(),
                "South Asia".into(),
                "Pakistan".into(),
                "Balochistan".into(),
                String::new(),
                String::new(),
                String::new(),
                format!("{lat:.4}"),
                format!("{lon:.4}"),
                precision.to_string(),
                "Dawn".into(),
                "National".into(),
                notes.trim().to_owned(),
                fatalities.to_string(),
                String::new(),
                "1700000000".into(),
            ];
            text.push_str(&cells.iter().map(|c| quoted(c)).collect::<Vec<_>>().join(","));
            text.push('\n');
        }
        let read: Vec<_> = AcledReader::new("p.csv", text.as_bytes()).unwrap().map(Result::unwrap).collect();
        let mut writer = AcledWriter::new(Vec::new(), ActorNames::default()).unwrap();
        for row in &read {
            let claims: Vec<&Claim> = row.claims.iter().collect();
            let sources: Vec<&Source> = row.sources.iter().collect();
            let figures = ClaimRange.figures(&row.incident, &claims, &sources);
            writer.write(&IncidentView { incident: &row.incident, claims: &claims, sources: &sources, figures: &figures }).unwrap();
        }
        prop_assert_eq!(String::from_utf8(writer.finish().unwrap()).unwrap(), text);
    }
}
