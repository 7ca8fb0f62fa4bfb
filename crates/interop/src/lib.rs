//! Reading and writing crosscheck's records in the formats the field uses.
//!
//! * [`json`]: the JSON dataset format, every record in one file, read whole or refused whole.
//! * [`acled`], [`ucdp`], [`mapping`]: ACLED's and UCDP GED's exports, and any CSV through a
//!   mapping file, read row by row: each row becomes an incident with its sources and claims
//!   ([`ImportedRow`]), or a [`RowError`] naming the file, line, column and reason. A bad row
//!   never stops the others and never yields half a record.
//! * [`flat`], [`geojson`], and the writers of [`acled`] and [`ucdp`]: exports, one incident at
//!   a time, with figures from a [`FigureSource`] (the reconciliation, outside this crate).
//!
//! Readers take any `std::io::Read` and writers any `std::io::Write`: this crate opens no file.
//! Writers produce the same bytes for the same records, so that exports can be compared and
//! hashed. `docs/interop.md` documents every format and mapping.
#![forbid(unsafe_code)]

pub mod acled;
mod actors;
mod cells;
mod countries;
pub mod export;
pub mod flat;
pub mod geojson;
pub mod json;
pub mod mapping;
mod place;
mod record;
mod table;
pub mod ucdp;

pub use acled::{ACLED_COLUMNS, AcledReader, AcledWriter};
pub use actors::{actor_for, known_actor};
pub use cells::parse_date;
pub use countries::{country_name, parse_country};
pub use export::{ActorNames, ClaimRange, FigureRange, FigureSource, IncidentView, Reconciled};
pub use flat::{FlatReader, FlatWriter, flat_columns};
pub use geojson::GeoJsonWriter;
pub use json::{ReadError, dataset_schema, read_dataset, write_dataset};
pub use mapping::{MappedReader, Mapping};
pub use record::{Decision, ImportedRow, decide};
pub use table::RowError;
pub use ucdp::{UCDP_COLUMNS, UcdpReader, UcdpWriter};

/// Reads `data` as every format this crate imports, and writes what it read in every export
/// format, checking each record that comes out. For the fuzz target
/// (`fuzz/fuzz_targets/interop_readers.rs`) and the test that feeds arbitrary bytes: it must
/// return, whatever the bytes, and panics only when a reader hands out a record that breaks the
/// model's rules.
#[doc(hidden)]
pub fn fuzz_all_readers(data: &[u8], mapping: &str) {
    use std::io::Read;

    fn drain(rows: impl Iterator<Item = Result<ImportedRow, RowError>>) {
        let mut acled = AcledWriter::new(Vec::new(), ActorNames::default()).ok();
        let mut ucdp = UcdpWriter::new(Vec::new(), ActorNames::default()).ok();
        let mut flat = FlatWriter::new(Vec::new(), true).ok();
        let mut geojson = GeoJsonWriter::new(Vec::new()).ok();
        for row in rows.take(10_000).flatten() {
            assert!(row.incident.check().is_ok(), "{:?}", row.incident);
            for source in &row.sources {
                assert!(source.check().is_ok(), "{source:?}");
            }
            let claims: Vec<&model::Claim> = row.claims.iter().collect();
            let sources: Vec<&model::Source> = row.sources.iter().collect();
            let figures = ClaimRange.figures(&row.incident, &claims, &sources);
            let view = IncidentView {
                incident: &row.incident,
                claims: &claims,
                sources: &sources,
                figures: &figures,
            };
            if let Some(w) = acled.as_mut() {
                let _ = w.write(&view);
            }
            if let Some(w) = ucdp.as_mut() {
                let _ = w.write(&view);
            }
            if let Some(w) = flat.as_mut() {
                let _ = w.write(&view);
            }
            if let Some(w) = geojson.as_mut() {
                let _ = w.write(&view);
            }
        }
    }
    let with_header = |header: &str| -> Vec<u8> {
        let mut bytes = header.as_bytes().to_vec();
        bytes.push(b'\n');
        bytes.extend_from_slice(data);
        bytes
    };
    let acled_header = ACLED_COLUMNS.join(",");
    let ucdp_header = UCDP_COLUMNS.join(",");
    let flat_header: Vec<String> = flat_columns().into_iter().map(|(n, _)| n).collect();
    let flat_header = flat_header.join(",");
    for input in [data.to_vec(), with_header(&acled_header)] {
        if let Ok(reader) = AcledReader::new("fuzz.csv", input.as_slice()) {
            drain(reader);
        }
    }
    for input in [data.to_vec(), with_header(&ucdp_header)] {
        if let Ok(reader) = UcdpReader::new("fuzz.csv", input.as_slice()) {
            drain(reader);
        }
    }
    if let Ok(reader) = FlatReader::new("fuzz.csv", with_header(&flat_header).as_slice()) {
        drain(reader);
    }
    let mut text = String::new();
    if data.take(1 << 20).read_to_string(&mut text).is_ok() {
        if let Ok(reader) = UcdpReader::from_geojson("fuzz.geojson", &text) {
            drain(reader);
        }
        let _ = Mapping::parse("fuzz.toml", &text);
        let _ = read_dataset("fuzz.json", &text);
    }
    if let Ok(mapping) = Mapping::parse("example.toml", mapping) {
        let header = "strike_id,date,location,country,area,min_ppl_killed,max_ppl_killed,min_civil_killed,max_civil_killed,min_child_killed,max_child_killed,min_injured,max_injured";
        if let Ok(reader) = MappedReader::new("fuzz.csv", with_header(header).as_slice(), mapping) {
            drain(reader);
        }
    }
}
