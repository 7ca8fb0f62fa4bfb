//! The vocabulary of crosscheck: what an incident, a source, a claim and a casualty figure are,
//! and the ceasefires, talks and statements around them.
//!
//! Every value that can be wrong is checked when it is made: a latitude of 95, a negative count,
//! children killed outnumbering everyone killed, a span that ends before it starts. Such values are
//! refused with a sentence that says what is wrong, so that nothing downstream (the store, the
//! reconciliation, the pages) has to check again. Deserialising goes through the same constructors.
//!
//! This crate does no I/O and holds no global state.
#![forbid(unsafe_code)]

mod actor;
mod claim;
mod dataset;
mod date;
mod diplomacy;
mod error;
mod event_type;
mod figures;
mod id;
mod incident;
mod place;
mod source;

pub use actor::{Actor, ActorKind};
pub use claim::{Claim, Responsibility};
pub use dataset::{AuditStamp, DATASET_FORMAT, DATASET_VERSION, Dataset, DatasetError, RecordKind};
pub use date::{DatePrecision, DateSpan, EventDate};
pub use diplomacy::{Ceasefire, Channel, Stance, Statement, Talks, TalksOutcome};
pub use error::ModelError;
pub use event_type::EventType;
pub use figures::{Count, Figures, Group, GroupCounts, Measure};
pub use id::{ActorId, CeasefireId, ClaimId, IncidentId, SourceId, StatementId, TalksId};
pub use incident::{CrossBorder, ExternalId, Incident, Status};
pub use place::{Coordinates, CountryCode, GeoPrecision, PlaceRef};
pub use source::{Sha256Digest, Source, SourceKind};

/// Dates without a time zone, as crosscheck records them (re-exported so that users of the model
/// need not name the date crate).
pub use jiff::civil::Date;
