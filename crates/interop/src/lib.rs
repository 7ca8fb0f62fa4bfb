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
