//! How each kind of record maps onto its table: the columns, the values written, and the record
//! read back. Lists and nested values travel as the model's own JSON; enums as their file names.
//!
//! Reading is strict: a value that the model would refuse (an unknown enum name, a malformed date
//! edited in by hand) comes back as [`StoreError::Corrupt`] naming the record and the column,
//! never as a panic or a silently wrong record.

use jiff::civil::Date;
use model::{
    Actor, Ceasefire, Claim, CountryCode, CrossBorder, Dataset, DateSpan, EventDate, Incident,
    PlaceRef, Source, Statement, Talks,
};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Params, Row};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::StoreError;
use crate::access::{self, Principal};
use crate::visibility::Visibility;

/// A kind of record with its own table. Public only inside the store (the module is private), so
/// that no SQL type reaches the store's API; [`Kind`] is the face other crates see.
pub trait Record: Sized + Serialize + DeserializeOwned + PartialEq + Clone {
    /// The table.
    const TABLE: &'static str;
    /// The record's name in the audit log and in errors.
    const ENTITY: &'static str;
    /// The table's columns, `id` first, in the order `values` writes them.
    const COLUMNS: &'static [&'static str];
    /// What a read selects, in the order `read` reads it: the columns, unless a column is stored
    /// in a way that needs an expression to read (a claim's quote kept once, as its incident's
    /// summary).
    const SELECT: &'static [&'static str] = Self::COLUMNS;
    /// Whether the table has the `version` and `deleted` columns of editable records (all but
    /// actors, which are maintained by import only).
    const EDITABLE: bool = true;
    /// The record's id.
    fn id(&self) -> &str;
    /// The values of [`Record::COLUMNS`].
    fn values(&self) -> Vec<Value>;
    /// Reads a record back from the cells of its columns.
    fn read(cells: &mut Cells<'_>) -> Result<Self, StoreError>;
    /// Checks what the record's field types alone cannot (see the model's `check` methods).
    fn check(&self) -> Result<(), model::ModelError> {
        Ok(())
    }
    /// The record alone in a dataset, so that the dataset's reference checks can run on it.
    fn into_dataset(self) -> Dataset;
    /// The record's collection in a dataset.
    fn collection(dataset: &mut Dataset) -> &mut Vec<Self>;
    /// The record as a reader may see it, or None (see `visibility.rs`).
    fn redact(self, visibility: &Visibility) -> Option<Self>;
    /// Keeps the stored restricted fields when `who` may not see them (see `access.rs`), and
    /// returns the ids of hidden sources the record keeps referring to.
    fn keep_restricted(
        &mut self,
        _stored: &Self,
        _who: &Principal,
        _visibility: &Visibility,
    ) -> Result<Vec<String>, StoreError> {
        Ok(Vec::new())
    }
    /// The kind's own permission rules on a write, beyond those of every kind (see `access.rs`).
    fn authorize_write(&self, _who: &Principal, _before: Option<&Self>) -> Result<(), StoreError> {
        Ok(())
    }
}

/// A kind of record the store keeps and the API edits: sources, incidents, claims, ceasefires,
/// talks and statements (and, read-only, actors). Sealed: it extends a trait of a private module,
/// so only the store's own record kinds implement it.
pub trait Kind: Record + Send + Sync + 'static {
    /// The kind's name, singular ("incident"), as the audit log and errors write it.
    const NOUN: &'static str;
    /// The kind's name in paths and datasets, plural ("incidents").
    const PLURAL: &'static str;
    /// The record's id as text.
    fn id_text(&self) -> &str {
        Record::id(self)
    }
}

/// Inserts a record, or replaces the one with its id.
pub(crate) fn upsert<R: Record>(conn: &Connection, record: &R) -> Result<(), StoreError> {
    record.check().map_err(|e| {
        StoreError::Invalid(model::DatasetError {
            path: format!("{} {}", R::ENTITY, record.id()),
            message: e.to_string(),
        })
    })?;
    let columns = R::COLUMNS.join(", ");
    let placeholders: Vec<String> = (1..=R::COLUMNS.len()).map(|i| format!("?{i}")).collect();
    let mut updates: Vec<String> = R::COLUMNS[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    if R::EDITABLE {
        // Replacing a record is a new version of it, and brings a deleted one back.
        updates.push(format!("version = {}.version + 1", R::TABLE));
        updates.push("deleted = 0".to_owned());
    }
    let sql = format!(
        "INSERT INTO {} ({columns}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
        R::TABLE,
        placeholders.join(", "),
        updates.join(", ")
    );
    let mut statement = conn.prepare_cached(&sql)?;
    statement.execute(rusqlite::params_from_iter(record.values()))?;
    Ok(())
}

/// Every live (not deleted) record of a kind, in id order, restricted by an optional `WHERE`
/// clause without parameters (empty for all).
pub(crate) fn load_all<R: Record>(
    conn: &Connection,
    condition: &str,
) -> Result<Vec<R>, StoreError> {
    let condition = if condition.is_empty() { "1" } else { condition };
    load_where(conn, condition, [])
}

/// The live records of a kind that meet `condition`, in id order.
pub(crate) fn load_where<R: Record, P: Params>(
    conn: &Connection,
    condition: &str,
    params: P,
) -> Result<Vec<R>, StoreError> {
    let live = if R::EDITABLE {
        format!("({condition}) AND deleted = 0")
    } else {
        condition.to_owned()
    };
    load_any_where(conn, &live, params)
}

/// The records of a kind that meet `condition`, deleted or not, in id order.
pub(crate) fn load_any_where<R: Record, P: Params>(
    conn: &Connection,
    condition: &str,
    params: P,
) -> Result<Vec<R>, StoreError> {
    let sql = format!(
        "SELECT {} FROM {} WHERE {condition} ORDER BY id",
        R::SELECT.join(", "),
        R::TABLE
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(R::read(&mut Cells::new(row, R::ENTITY)?)?);
    }
    Ok(out)
}

/// The live records of a kind that meet `condition` (which may go on with `ORDER BY` and
/// `LIMIT`), each with its rowid, in the order the condition gives: for walking a table front to
/// back without looking each record up by id.
pub(crate) fn load_with_rowid<R: Record, P: Params>(
    conn: &Connection,
    condition: &str,
    params: P,
) -> Result<Vec<(i64, R)>, StoreError> {
    let live = if R::EDITABLE { "deleted = 0 AND " } else { "" };
    let sql = format!(
        "SELECT {}, rowid FROM {} WHERE {live}{condition}",
        R::SELECT.join(", "),
        R::TABLE
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let record = R::read(&mut Cells::new(row, R::ENTITY)?)?;
        out.push((row.get(R::SELECT.len())?, record));
    }
    Ok(out)
}

/// The live claims that meet `condition`, in no particular order, as stored: a quote kept once
/// (migration 0004) is not read through its incident but comes back as None with the flag set,
/// for a caller that holds the incidents already (the export, a page at a time).
pub(crate) fn load_claims_as_stored<P: Params>(
    conn: &Connection,
    condition: &str,
    params: P,
) -> Result<Vec<(Claim, bool)>, StoreError> {
    let sql = format!(
        "SELECT {} FROM claims WHERE ({condition}) AND deleted = 0",
        Claim::COLUMNS.join(", ")
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let mut rows = statement.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let claim = Claim::read(&mut Cells::new(row, Claim::ENTITY)?)?;
        let quote_is_summary: i64 = row.get(Claim::COLUMNS.len() - 1)?;
        out.push((claim, quote_is_summary == 1));
    }
    Ok(out)
}

/// The live record of a kind with this id, if any.
pub(crate) fn load_one<R: Record>(conn: &Connection, id: &str) -> Result<Option<R>, StoreError> {
    Ok(load_where(conn, "id = ?1", [id])?.into_iter().next())
}

/// A stored record, live or deleted, with its version.
pub(crate) struct Stored<R> {
    pub(crate) record: R,
    pub(crate) version: u64,
    pub(crate) deleted: bool,
}

/// The record of a kind with this id, deleted or not, with its version and state.
pub(crate) fn load_stored<R: Record>(
    conn: &Connection,
    id: &str,
) -> Result<Option<Stored<R>>, StoreError> {
    let Some(record) = load_any_where::<R, _>(conn, "id = ?1", [id])?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    if !R::EDITABLE {
        return Ok(Some(Stored {
            record,
            version: 1,
            deleted: false,
        }));
    }
    let (version, deleted): (i64, i64) = conn.query_row(
        &format!("SELECT version, deleted FROM {} WHERE id = ?1", R::TABLE),
        [id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    Ok(Some(Stored {
        record,
        version: u64::try_from(version).unwrap_or(0),
        deleted: deleted != 0,
    }))
}

/// Marks a record deleted or live again, and bumps its version.
pub(crate) fn set_deleted<R: Record>(
    conn: &Connection,
    id: &str,
    deleted: bool,
) -> Result<(), StoreError> {
    conn.execute(
        &format!(
            "UPDATE {} SET deleted = ?2, version = version + 1 WHERE id = ?1",
            R::TABLE
        ),
        rusqlite::params![id, i64::from(deleted)],
    )?;
    Ok(())
}

/// Whether any record of the kind, live or deleted, has this id.
pub(crate) fn id_taken<R: Record>(conn: &Connection, id: &str) -> Result<bool, StoreError> {
    let found: Option<i64> = conn
        .query_row(
            &format!("SELECT 1 FROM {} WHERE id = ?1", R::TABLE),
            [id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(found.is_some())
}

/// The cells of one row, read left to right, with the record's identity for error messages.
pub struct Cells<'a> {
    row: &'a Row<'a>,
    entity: &'static str,
    id: String,
    next: usize,
}

impl<'a> Cells<'a> {
    fn new(row: &'a Row<'a>, entity: &'static str) -> Result<Self, StoreError> {
        let id: String = row.get(0)?;
        Ok(Cells {
            row,
            entity,
            id,
            next: 0,
        })
    }

    fn corrupt(&self, message: impl std::fmt::Display) -> StoreError {
        let column = self
            .row
            .as_ref()
            .column_name(self.next.saturating_sub(1))
            .unwrap_or("?")
            .to_owned();
        StoreError::Corrupt {
            entity: self.entity,
            id: self.id.clone(),
            message: format!("column {column}: {message}"),
        }
    }

    fn raw<T: rusqlite::types::FromSql>(&mut self) -> Result<T, StoreError> {
        let index = self.next;
        self.next += 1;
        self.row.get::<_, T>(index).map_err(|e| self.corrupt(e))
    }

    /// A text cell.
    pub(crate) fn text(&mut self) -> Result<String, StoreError> {
        self.raw()
    }

    /// A nullable text cell.
    pub(crate) fn opt_text(&mut self) -> Result<Option<String>, StoreError> {
        self.raw()
    }

    /// A cell holding a value that parses from text through the model (an id, a code).
    pub(crate) fn parsed<T: std::str::FromStr>(&mut self) -> Result<T, StoreError>
    where
        T::Err: std::fmt::Display,
    {
        let text: String = self.raw()?;
        text.parse().map_err(|e| self.corrupt(e))
    }

    /// A nullable cell holding a value that parses from text.
    pub(crate) fn opt_parsed<T: std::str::FromStr>(&mut self) -> Result<Option<T>, StoreError>
    where
        T::Err: std::fmt::Display,
    {
        let text: Option<String> = self.raw()?;
        text.map(|t| t.parse().map_err(|e| self.corrupt(e)))
            .transpose()
    }

    /// A cell holding JSON of a model type (a list, a map, nested figures).
    pub(crate) fn json<T: DeserializeOwned>(&mut self) -> Result<T, StoreError> {
        let text: String = self.raw()?;
        serde_json::from_str(&text).map_err(|e| self.corrupt(e))
    }

    /// A cell holding an enum's file name ("air_strike").
    pub(crate) fn name<T: DeserializeOwned>(&mut self) -> Result<T, StoreError> {
        let text: String = self.raw()?;
        serde_json::from_value(serde_json::Value::String(text)).map_err(|e| self.corrupt(e))
    }

    /// A nullable cell holding an enum's file name.
    pub(crate) fn opt_name<T: DeserializeOwned>(&mut self) -> Result<Option<T>, StoreError> {
        let text: Option<String> = self.raw()?;
        text.map(|t| {
            serde_json::from_value(serde_json::Value::String(t)).map_err(|e| self.corrupt(e))
        })
        .transpose()
    }

    /// A 0/1 cell.
    pub(crate) fn flag(&mut self) -> Result<bool, StoreError> {
        let n: i64 = self.raw()?;
        Ok(n != 0)
    }

    /// A cell skipped on reading (a column repeated for queries).
    pub(crate) fn skip(&mut self) {
        self.next += 1;
    }
}

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

fn opt_text<S: ToString>(s: Option<S>) -> Value {
    s.map_or(Value::Null, |s| Value::Text(s.to_string()))
}

fn opt_date(d: Option<Date>) -> Value {
    opt_text(d)
}

fn flag(b: bool) -> Value {
    Value::Integer(i64::from(b))
}

/// The JSON of a model value; plain data always serialises.
fn json<T: Serialize>(value: &T) -> Value {
    Value::Text(serde_json::to_string(value).unwrap_or_else(|_| "null".into()))
}

/// An enum's file name, as serde writes it.
fn name<T: Serialize>(value: &T) -> Value {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Value::Text(s),
        _ => Value::Null,
    }
}

fn opt_name<T: Serialize>(value: &Option<T>) -> Value {
    value.as_ref().map_or(Value::Null, name)
}

impl Record for Actor {
    fn redact(self, visibility: &Visibility) -> Option<Self> {
        visibility.actor(self)
    }

    const EDITABLE: bool = false;

    fn into_dataset(self) -> Dataset {
        Dataset {
            actors: vec![self],
            ..Dataset::default()
        }
    }

    fn collection(dataset: &mut Dataset) -> &mut Vec<Self> {
        &mut dataset.actors
    }

    const TABLE: &'static str = "actors";
    const ENTITY: &'static str = "actor";
    const COLUMNS: &'static [&'static str] = &["id", "name", "kind", "country", "party", "aliases"];

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(self.id.as_str()),
            text(&self.name),
            name(&self.kind),
            opt_text(self.country),
            flag(self.party),
            json(&self.aliases),
        ]
    }

    fn read(c: &mut Cells<'_>) -> Result<Self, StoreError> {
        Ok(Actor {
            id: c.parsed()?,
            name: c.text()?,
            kind: c.name()?,
            country: c.opt_parsed()?,
            party: c.flag()?,
            aliases: c.json()?,
        })
    }
}

impl Record for Source {
    fn redact(self, visibility: &Visibility) -> Option<Self> {
        visibility.source(self)
    }

    fn keep_restricted(
        &mut self,
        stored: &Self,
        who: &Principal,
        visibility: &Visibility,
    ) -> Result<Vec<String>, StoreError> {
        access::keep_restricted_source(self, stored, who, visibility)
    }

    fn into_dataset(self) -> Dataset {
        Dataset {
            sources: vec![self],
            ..Dataset::default()
        }
    }

    fn collection(dataset: &mut Dataset) -> &mut Vec<Self> {
        &mut dataset.sources
    }

    fn check(&self) -> Result<(), model::ModelError> {
        Source::check(self)
    }

    const TABLE: &'static str = "sources";
    const ENTITY: &'static str = "source";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "publisher",
        "kind",
        "title",
        "author",
        "url",
        "published",
        "language",
        "affiliation",
        "copy_of",
        "archived_sha256",
        "restricted",
        "contact",
        "internal_notes",
    ];

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(self.id.as_str()),
            text(&self.publisher),
            name(&self.kind),
            opt_text(self.title.as_ref()),
            opt_text(self.author.as_ref()),
            opt_text(self.url.as_ref()),
            opt_date(self.published),
            opt_text(self.language.as_ref()),
            opt_text(self.affiliation.as_ref()),
            opt_text(self.copy_of.as_ref()),
            opt_text(self.archived_sha256),
            flag(self.restricted),
            opt_text(self.contact.as_ref()),
            opt_text(self.internal_notes.as_ref()),
        ]
    }

    fn read(c: &mut Cells<'_>) -> Result<Self, StoreError> {
        Ok(Source {
            id: c.parsed()?,
            publisher: c.text()?,
            kind: c.name()?,
            title: c.opt_text()?,
            author: c.opt_text()?,
            url: c.opt_text()?,
            published: c.opt_parsed()?,
            language: c.opt_text()?,
            affiliation: c.opt_parsed()?,
            copy_of: c.opt_parsed()?,
            archived_sha256: c.opt_parsed()?,
            restricted: c.flag()?,
            contact: c.opt_text()?,
            internal_notes: c.opt_text()?,
        })
    }
}

impl Record for Incident {
    fn redact(self, visibility: &Visibility) -> Option<Self> {
        visibility.incident(self)
    }

    fn keep_restricted(
        &mut self,
        stored: &Self,
        who: &Principal,
        _visibility: &Visibility,
    ) -> Result<Vec<String>, StoreError> {
        access::keep_restricted_incident(self, stored, who)?;
        Ok(Vec::new())
    }

    fn authorize_write(&self, who: &Principal, before: Option<&Self>) -> Result<(), StoreError> {
        access::may_write_incident(who, before, self)
    }

    fn into_dataset(self) -> Dataset {
        Dataset {
            incidents: vec![self],
            ..Dataset::default()
        }
    }

    fn collection(dataset: &mut Dataset) -> &mut Vec<Self> {
        &mut dataset.incidents
    }

    const TABLE: &'static str = "incidents";
    const ENTITY: &'static str = "incident";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "title",
        "date",
        "end_date",
        "date_precision",
        "event_type",
        "country",
        "admin1",
        "admin2",
        "lat",
        "lon",
        "places",
        "cross_from",
        "cross_to",
        "perpetrators",
        "target",
        "summary",
        "tags",
        "status",
        "related",
        "external_ids",
        "attributes",
        "internal_notes",
    ];

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn check(&self) -> Result<(), model::ModelError> {
        Incident::check(self)
    }

    fn values(&self) -> Vec<Value> {
        // `check` runs before every write and refuses an incident without a place; the fallback
        // only keeps this function total.
        let fallback = PlaceRef::country(CountryCode::AFG);
        let place = self.place().unwrap_or(&fallback);
        let coordinates = place.coordinates;
        vec![
            text(self.id.as_str()),
            text(&self.title),
            text(self.date.date().to_string()),
            opt_date(self.date.end()),
            name(&self.date.precision()),
            name(&self.event_type),
            text(place.country.as_str()),
            opt_text(place.admin1.as_ref()),
            opt_text(place.admin2.as_ref()),
            coordinates.map_or(Value::Null, |c| Value::Real(c.lat())),
            coordinates.map_or(Value::Null, |c| Value::Real(c.lon())),
            json(&self.places),
            opt_text(self.cross_border.map(|c| c.from)),
            opt_text(self.cross_border.map(|c| c.to)),
            json(&self.perpetrators),
            opt_text(self.target.as_ref()),
            text(&self.summary),
            json(&self.tags),
            name(&self.status),
            json(&self.related),
            json(&self.external_ids),
            json(&self.attributes),
            opt_text(self.internal_notes.as_ref()),
        ]
    }

    fn read(c: &mut Cells<'_>) -> Result<Self, StoreError> {
        let id = c.parsed()?;
        let title = c.text()?;
        let date: Date = c.parsed()?;
        let end: Option<Date> = c.opt_parsed()?;
        let precision = c.name()?;
        let date = match end {
            Some(end) => EventDate::span(date, end, precision).map_err(|e| c.corrupt(e))?,
            None => EventDate::on(date, precision),
        };
        let event_type = c.name()?;
        for _ in 0..5 {
            c.skip(); // country, admin1, admin2, lat, lon repeat places[0]
        }
        let places = c.json()?;
        let cross_from: Option<CountryCode> = c.opt_parsed()?;
        let cross_to: Option<CountryCode> = c.opt_parsed()?;
        let cross_border = match (cross_from, cross_to) {
            (Some(from), Some(to)) => Some(CrossBorder { from, to }),
            _ => None,
        };
        Ok(Incident {
            id,
            title,
            date,
            places,
            event_type,
            cross_border,
            perpetrators: c.json()?,
            target: c.opt_text()?,
            summary: c.text()?,
            tags: c.json()?,
            status: c.name()?,
            related: c.json()?,
            external_ids: c.json()?,
            attributes: c.json()?,
            internal_notes: c.opt_text()?,
        })
    }
}

impl Record for Claim {
    fn keep_restricted(
        &mut self,
        stored: &Self,
        _who: &Principal,
        visibility: &Visibility,
    ) -> Result<Vec<String>, StoreError> {
        Ok(access::keep_restricted_claim_source(
            self, stored, visibility,
        ))
    }

    fn redact(self, visibility: &Visibility) -> Option<Self> {
        visibility.claim(self)
    }

    fn into_dataset(self) -> Dataset {
        Dataset {
            claims: vec![self],
            ..Dataset::default()
        }
    }

    fn collection(dataset: &mut Dataset) -> &mut Vec<Self> {
        &mut dataset.claims
    }

    const TABLE: &'static str = "claims";
    const ENTITY: &'static str = "claim";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "incident",
        "source",
        "claimant",
        "losses_of",
        "figures",
        "attributed_to",
        "responsibility",
        "as_of",
        "quote",
        "quote_is_summary",
    ];
    // A quote kept once is the incident's summary (migration 0004); `quote_is_summary` itself is
    // not part of the claim.
    const SELECT: &'static [&'static str] = &[
        "id",
        "incident",
        "source",
        "claimant",
        "losses_of",
        "figures",
        "attributed_to",
        "responsibility",
        "as_of",
        "CASE WHEN quote_is_summary = 1 \
         THEN (SELECT summary FROM incidents WHERE incidents.id = claims.incident) \
         ELSE quote END AS quote",
    ];

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(self.id.as_str()),
            text(self.incident.as_str()),
            text(self.source.as_str()),
            opt_text(self.claimant.as_ref()),
            opt_text(self.losses_of.as_ref()),
            json(&self.figures),
            opt_text(self.attributed_to.as_ref()),
            opt_name(&self.responsibility),
            opt_date(self.as_of),
            opt_text(self.quote.as_ref()),
            Value::Integer(0),
        ]
    }

    fn read(c: &mut Cells<'_>) -> Result<Self, StoreError> {
        Ok(Claim {
            id: c.parsed()?,
            incident: c.parsed()?,
            source: c.parsed()?,
            claimant: c.opt_parsed()?,
            losses_of: c.opt_parsed()?,
            figures: c.json()?,
            attributed_to: c.opt_parsed()?,
            responsibility: c.opt_name()?,
            as_of: c.opt_parsed()?,
            quote: c.opt_text()?,
        })
    }
}

impl Record for Ceasefire {
    fn redact(self, visibility: &Visibility) -> Option<Self> {
        visibility.ceasefire(self)
    }

    fn into_dataset(self) -> Dataset {
        Dataset {
            ceasefires: vec![self],
            ..Dataset::default()
        }
    }

    fn collection(dataset: &mut Dataset) -> &mut Vec<Self> {
        &mut dataset.ceasefires
    }

    const TABLE: &'static str = "ceasefires";
    const ENTITY: &'static str = "ceasefire";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "parties",
        "mediators",
        "venue",
        "announced",
        "start_date",
        "end_date",
        "outcome",
        "sources",
    ];

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(self.id.as_str()),
            text(&self.name),
            json(&self.parties),
            json(&self.mediators),
            opt_text(self.venue.as_ref()),
            opt_date(self.announced),
            text(self.span.start().to_string()),
            opt_date(self.span.end()),
            opt_text(self.outcome.as_ref()),
            json(&self.sources),
        ]
    }

    fn read(c: &mut Cells<'_>) -> Result<Self, StoreError> {
        let id = c.parsed()?;
        let name = c.text()?;
        let parties = c.json()?;
        let mediators = c.json()?;
        let venue = c.opt_text()?;
        let announced = c.opt_parsed()?;
        let start = c.parsed()?;
        let end = c.opt_parsed()?;
        let span = DateSpan::new(start, end).map_err(|e| c.corrupt(e))?;
        Ok(Ceasefire {
            id,
            name,
            parties,
            mediators,
            venue,
            announced,
            span,
            outcome: c.opt_text()?,
            sources: c.json()?,
        })
    }
}

impl Record for Talks {
    fn redact(self, visibility: &Visibility) -> Option<Self> {
        visibility.talks(self)
    }

    fn into_dataset(self) -> Dataset {
        Dataset {
            talks: vec![self],
            ..Dataset::default()
        }
    }

    fn collection(dataset: &mut Dataset) -> &mut Vec<Self> {
        &mut dataset.talks
    }

    const TABLE: &'static str = "talks";
    const ENTITY: &'static str = "talks";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "name",
        "parties",
        "mediators",
        "venue",
        "start_date",
        "end_date",
        "outcome",
        "summary",
        "sources",
    ];

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(self.id.as_str()),
            text(&self.name),
            json(&self.parties),
            json(&self.mediators),
            opt_text(self.venue.as_ref()),
            text(self.span.start().to_string()),
            opt_date(self.span.end()),
            name(&self.outcome),
            opt_text(self.summary.as_ref()),
            json(&self.sources),
        ]
    }

    fn read(c: &mut Cells<'_>) -> Result<Self, StoreError> {
        let id = c.parsed()?;
        let name = c.text()?;
        let parties = c.json()?;
        let mediators = c.json()?;
        let venue = c.opt_text()?;
        let start = c.parsed()?;
        let end = c.opt_parsed()?;
        let span = DateSpan::new(start, end).map_err(|e| c.corrupt(e))?;
        Ok(Talks {
            id,
            name,
            parties,
            mediators,
            venue,
            span,
            outcome: c.name()?,
            summary: c.opt_text()?,
            sources: c.json()?,
        })
    }
}

impl Record for Statement {
    fn redact(self, visibility: &Visibility) -> Option<Self> {
        visibility.statement(self)
    }

    fn into_dataset(self) -> Dataset {
        Dataset {
            statements: vec![self],
            ..Dataset::default()
        }
    }

    fn collection(dataset: &mut Dataset) -> &mut Vec<Self> {
        &mut dataset.statements
    }

    fn check(&self) -> Result<(), model::ModelError> {
        Statement::check(self)
    }

    const TABLE: &'static str = "statements";
    const ENTITY: &'static str = "statement";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "actor",
        "speaker",
        "office",
        "date",
        "channel",
        "text",
        "verbatim",
        "stance",
        "about_incidents",
        "about_actors",
        "source",
        "url",
    ];

    fn id(&self) -> &str {
        self.id.as_str()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(self.id.as_str()),
            text(self.actor.as_str()),
            opt_text(self.speaker.as_ref()),
            opt_text(self.office.as_ref()),
            text(self.date.to_string()),
            opt_name(&self.channel),
            text(&self.text),
            flag(self.verbatim),
            name(&self.stance),
            json(&self.about_incidents),
            json(&self.about_actors),
            opt_text(self.source.as_ref()),
            opt_text(self.url.as_ref()),
        ]
    }

    fn read(c: &mut Cells<'_>) -> Result<Self, StoreError> {
        Ok(Statement {
            id: c.parsed()?,
            actor: c.parsed()?,
            speaker: c.opt_text()?,
            office: c.opt_text()?,
            date: c.parsed()?,
            channel: c.opt_name()?,
            text: c.text()?,
            verbatim: c.flag()?,
            stance: c.name()?,
            about_incidents: c.json()?,
            about_actors: c.json()?,
            source: c.opt_parsed()?,
            url: c.opt_text()?,
        })
    }
}

impl Kind for Actor {
    const NOUN: &'static str = "actor";
    const PLURAL: &'static str = "actors";
}

impl Kind for Source {
    const NOUN: &'static str = "source";
    const PLURAL: &'static str = "sources";
}

impl Kind for Incident {
    const NOUN: &'static str = "incident";
    const PLURAL: &'static str = "incidents";
}

impl Kind for Claim {
    const NOUN: &'static str = "claim";
    const PLURAL: &'static str = "claims";
}

impl Kind for Ceasefire {
    const NOUN: &'static str = "ceasefire";
    const PLURAL: &'static str = "ceasefires";
}

impl Kind for Talks {
    const NOUN: &'static str = "talks";
    const PLURAL: &'static str = "talks";
}

impl Kind for Statement {
    const NOUN: &'static str = "statement";
    const PLURAL: &'static str = "statements";
}
