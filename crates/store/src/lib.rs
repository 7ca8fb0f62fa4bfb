//! crosscheck's record, kept in one embedded SQLite file.
//!
//! The store is the only crate that speaks SQL. It opens (or creates) the database in WAL mode
//! with foreign keys on, applies the migrations embedded from `migrations/` and records the schema
//! version, refusing a database written by a newer crosscheck. Every write is one transaction and
//! appends to the audit log in that same transaction, so a write and its record of who made it
//! land together or not at all.
//!
//! Nothing in the public API names a SQL type: callers pass and receive the model's records.
#![forbid(unsafe_code)]

mod audit;
mod error;
mod migrate;
mod query;
mod records;

use std::path::{Path, PathBuf};

use model::{
    Actor, Ceasefire, Claim, Dataset, Incident, IncidentId, RecordKind, Source, SourceId,
    Statement, Talks,
};
use rusqlite::{Connection, OptionalExtension};

pub use audit::{AuditEntry, AuditProblem};
pub use error::StoreError;
pub use migrate::SCHEMA_VERSION;
pub use query::IncidentFilter;
use records::Record;

/// How many records of each kind the store holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Incidents.
    pub incidents: u64,
    /// Sources.
    pub sources: u64,
    /// Claims.
    pub claims: u64,
    /// Actors.
    pub actors: u64,
    /// Ceasefires.
    pub ceasefires: u64,
    /// Rounds of talks.
    pub talks: u64,
    /// Statements.
    pub statements: u64,
}

/// What an import did, record by record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportSummary {
    /// Records that were not there before.
    pub inserted: u64,
    /// Records that were there and changed.
    pub updated: u64,
    /// Records that were there already, unchanged.
    pub unchanged: u64,
}

/// An open crosscheck database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens the database at `path`, creating it if it does not exist, and brings its schema up
    /// to date. Refuses a database from a newer crosscheck.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path).map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        Store::setup(conn, Some(path.to_owned()))
    }

    /// Opens an existing database, refusing to create one: for commands that read a record the
    /// user expects to be there.
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::Missing {
                path: path.display().to_string(),
            });
        }
        Store::open(path)
    }

    /// A fresh database in memory, for tests and for one-off conversions.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory().map_err(|e| StoreError::Open {
            path: ":memory:".into(),
            message: e.to_string(),
        })?;
        Store::setup(conn, None)
    }

    fn setup(mut conn: Connection, path: Option<PathBuf>) -> Result<Store, StoreError> {
        let where_ = path
            .as_ref()
            .map_or_else(|| ":memory:".to_owned(), |p| p.display().to_string());
        let open_err = |e: rusqlite::Error| StoreError::Open {
            path: where_.clone(),
            message: e.to_string(),
        };
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(open_err)?;
        // WAL lets readers (the web server) go on while a writer writes; foreign keys keep
        // claims pointing at incidents and sources that exist.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(open_err)?;
        migrate::apply(&mut conn, &where_)?;
        Ok(Store { conn, path })
    }

    /// The file the store lives in (None in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        migrate::version(&self.conn)
    }

    /// How many records of each kind the store holds.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                        row.get(0)
                    })?;
            Ok(u64::try_from(n).unwrap_or(0))
        };
        Ok(Counts {
            incidents: count("incidents")?,
            sources: count("sources")?,
            claims: count("claims")?,
            actors: count("actors")?,
            ceasefires: count("ceasefires")?,
            talks: count("talks")?,
            statements: count("statements")?,
        })
    }

    /// Imports a dataset in one transaction: records with new ids are inserted, records whose id
    /// exists are updated when they differ and left alone when they do not. The dataset is checked
    /// first (references may point to records already in the store); if anything is wrong,
    /// nothing is written. Every change is logged under `author`.
    pub fn import(&mut self, dataset: &Dataset, author: &str) -> Result<ImportSummary, StoreError> {
        {
            let known = |kind: RecordKind, id: &str| -> bool {
                let table = match kind {
                    RecordKind::Actor => "actors",
                    RecordKind::Source => "sources",
                    RecordKind::Incident => "incidents",
                };
                self.conn
                    .query_row(
                        &format!("SELECT 1 FROM {table} WHERE id = ?1"),
                        [id],
                        |_| Ok(()),
                    )
                    .optional()
                    .ok()
                    .flatten()
                    .is_some()
            };
            dataset.check_against(&known)?;
        }
        let tx = self.conn.transaction()?;
        let mut summary = ImportSummary::default();
        let mut log = audit::Appender::new(&tx, author)?;
        put_all(&tx, &mut log, &dataset.actors, &mut summary)?;
        put_all(&tx, &mut log, &dataset.sources, &mut summary)?;
        put_all(&tx, &mut log, &dataset.incidents, &mut summary)?;
        put_all(&tx, &mut log, &dataset.claims, &mut summary)?;
        put_all(&tx, &mut log, &dataset.ceasefires, &mut summary)?;
        put_all(&tx, &mut log, &dataset.talks, &mut summary)?;
        put_all(&tx, &mut log, &dataset.statements, &mut summary)?;
        tx.commit()?;
        Ok(summary)
    }

    /// Everything in the store, as a dataset in canonical (id) order.
    pub fn export(&self) -> Result<Dataset, StoreError> {
        let mut dataset = Dataset {
            actors: records::load_all(&self.conn, "")?,
            sources: records::load_all(&self.conn, "")?,
            incidents: records::load_all(&self.conn, "")?,
            claims: records::load_all(&self.conn, "")?,
            ceasefires: records::load_all(&self.conn, "")?,
            talks: records::load_all(&self.conn, "")?,
            statements: records::load_all(&self.conn, "")?,
            ..Dataset::default()
        };
        dataset.sort();
        Ok(dataset)
    }

    /// One incident, if it exists.
    pub fn incident(&self, id: &IncidentId) -> Result<Option<Incident>, StoreError> {
        records::load_one(&self.conn, id.as_str())
    }

    /// The incidents that pass `filter`, newest first.
    pub fn incidents(&self, filter: &IncidentFilter) -> Result<Vec<Incident>, StoreError> {
        query::incidents(&self.conn, filter)
    }

    /// The claims about one incident, in id order.
    pub fn claims_for(&self, incident: &IncidentId) -> Result<Vec<Claim>, StoreError> {
        records::load_where(&self.conn, "incident = ?1", [incident.as_str()])
    }

    /// Every claim, in id order.
    pub fn claims(&self) -> Result<Vec<Claim>, StoreError> {
        records::load_all(&self.conn, "")
    }

    /// One source, if it exists.
    pub fn source(&self, id: &SourceId) -> Result<Option<Source>, StoreError> {
        records::load_one(&self.conn, id.as_str())
    }

    /// Every source, in id order.
    pub fn sources(&self) -> Result<Vec<Source>, StoreError> {
        records::load_all(&self.conn, "")
    }

    /// The sources that carry claims about one incident, in id order.
    pub fn sources_for(&self, incident: &IncidentId) -> Result<Vec<Source>, StoreError> {
        records::load_where(
            &self.conn,
            "id IN (SELECT source FROM claims WHERE incident = ?1)",
            [incident.as_str()],
        )
    }

    /// Every actor, in id order.
    pub fn actors(&self) -> Result<Vec<Actor>, StoreError> {
        records::load_all(&self.conn, "")
    }

    /// Every ceasefire, in id order.
    pub fn ceasefires(&self) -> Result<Vec<Ceasefire>, StoreError> {
        records::load_all(&self.conn, "")
    }

    /// Every round of talks, in id order.
    pub fn talks(&self) -> Result<Vec<Talks>, StoreError> {
        records::load_all(&self.conn, "")
    }

    /// Every statement, in id order.
    pub fn statements(&self) -> Result<Vec<Statement>, StoreError> {
        records::load_all(&self.conn, "")
    }

    /// The audit log, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError> {
        audit::entries(&self.conn)
    }

    /// Recomputes the audit log's hash chain and returns the first problem found, if any.
    pub fn verify_audit_log(&self) -> Result<Option<AuditProblem>, StoreError> {
        audit::verify(&self.conn)
    }
}

/// Inserts or updates every record of one kind, counting what happened and logging each change.
fn put_all<R: Record>(
    tx: &rusqlite::Transaction<'_>,
    log: &mut audit::Appender,
    items: &[R],
    summary: &mut ImportSummary,
) -> Result<(), StoreError> {
    for item in items {
        let before: Option<R> = records::load_one(tx, item.id())?;
        match &before {
            Some(old) if old == item => summary.unchanged += 1,
            Some(old) => {
                records::upsert(tx, item)?;
                log.append(tx, "update", R::ENTITY, item.id(), Some(old), Some(item))?;
                summary.updated += 1;
            }
            None => {
                records::upsert(tx, item)?;
                log.append(tx, "insert", R::ENTITY, item.id(), None::<&R>, Some(item))?;
                summary.inserted += 1;
            }
        }
    }
    Ok(())
}
