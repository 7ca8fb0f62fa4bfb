//! crosscheck's record, kept in one embedded SQLite file.
//!
//! The store is the only crate that speaks SQL. It opens (or creates) the database in WAL mode
//! with foreign keys on, applies the migrations embedded from `migrations/` and records the schema
//! version, refusing a database written by a newer crosscheck. Every write is one transaction and
//! appends to the audit log in that same transaction, so a write and its record of who made it
//! land together or not at all.
//!
//! Nothing in the public API names a SQL type: callers pass and receive the model's records.
//!
//! Reading for a user goes through [`Store::view`], which returns a [`View`] whose every method
//! gives records already redacted for that user (`visibility.rs` is the one place that decides);
//! writing for a user goes through the methods that take a [`Principal`], which check its role
//! (`access.rs` holds every rule), write, and log the change under its name in one transaction.
#![forbid(unsafe_code)]

mod access;
mod accounts;
mod audit;
mod bulk;
mod edit;
mod error;
mod merkle;
mod migrate;
mod query;
mod records;
mod replay;
mod view;
mod visibility;
mod warning;

use std::path::{Path, PathBuf};

use model::{
    Actor, AuditStamp, Ceasefire, Claim, Dataset, Incident, IncidentId, RecordKind, Source,
    SourceId, Statement, Talks,
};
use rusqlite::{Connection, OptionalExtension};

pub use access::{Principal, Role, Sight};
pub use accounts::{
    Credentials, NewSession, SESSION_HOURS, Session, Token, User, hash_password, prepare_sign_in,
    verify_password,
};
pub use audit::{AuditEntry, AuditProblem, AuditReport};
pub use bulk::{
    BulkDecision, BulkImport, BulkRecord, ExportPage, FileStamp, PreparedRecord, row_digest,
};
pub use edit::{Grade, MergeSummary, Review, ReviewInput, Written};
pub use error::StoreError;
pub use migrate::SCHEMA_VERSION;
pub use query::IncidentFilter;
pub use records::Kind;
use records::Record;
pub use replay::ExportReport;
pub use view::{Versioned, View};
pub use visibility::RESTRICTED_SOURCE_ID;
pub use warning::{Delivery, DeliveryOutcome, NewAlert, PendingDelivery, StoredAlert, Webhook};

/// How many records of each kind the store holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Incidents.
    pub incidents: u64,
    /// Of those, the published ones: all a visitor who is not signed in sees.
    pub published_incidents: u64,
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

/// The page size of a database the store creates, in bytes.
const PAGE_SIZE: i64 = 16_384;

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
        // A new database gets 16 KiB pages (SQLite's default is 4 KiB): an incident row is about
        // a kilobyte, of which a 4 KiB page holds three with a fifth of the page left over, and
        // every page written costs the WAL and the checkpoint a write of its own. A million
        // imported ACLED rows: 1.73 GB instead of 1.96 GB, and a fifth less CPU time
        // (docs/interop.md, Performance). The size can only be chosen before the first table
        // exists (and not once in WAL mode), so existing databases keep theirs.
        let pages: i64 = conn
            .pragma_query_value(None, "page_count", |row| row.get(0))
            .map_err(open_err)?;
        if pages == 0 {
            conn.pragma_update(None, "page_size", PAGE_SIZE)
                .map_err(open_err)?;
        }
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

    /// How many live records of each kind the store holds.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        // Deleted records are still in their tables (they can be restored) but not counted.
        let count_where = |table: &str, condition: &str| -> Result<u64, StoreError> {
            let n: i64 = self.conn.query_row(
                &format!("SELECT count(*) FROM {table} WHERE {condition}"),
                [],
                |row| row.get(0),
            )?;
            Ok(u64::try_from(n).unwrap_or(0))
        };
        let count = |table: &str| {
            count_where(
                table,
                if table == "actors" {
                    "1"
                } else {
                    "deleted = 0"
                },
            )
        };
        Ok(Counts {
            incidents: count("incidents")?,
            published_incidents: count_where("incidents", "deleted = 0 AND status = 'published'")?,
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
                let (table, live) = match kind {
                    RecordKind::Actor => ("actors", ""),
                    RecordKind::Source => ("sources", " AND deleted = 0"),
                    RecordKind::Incident => ("incidents", " AND deleted = 0"),
                };
                self.conn
                    .query_row(
                        &format!("SELECT 1 FROM {table} WHERE id = ?1{live}"),
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
        if let Some(i) = dataset
            .sources
            .iter()
            .position(|s| s.id.as_str() == RESTRICTED_SOURCE_ID)
        {
            return Err(StoreError::Invalid(model::DatasetError {
                path: format!("sources[{i}].id"),
                message: format!(
                    "the source id {RESTRICTED_SOURCE_ID:?} is reserved (it stands for restricted sources in redacted exports); choose another"
                ),
            }));
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

    /// The record as `who` may see it: the only way to read it for a user.
    pub fn view(&self, who: &Principal) -> Result<View<'_>, StoreError> {
        View::new(&self.conn, who)
    }

    /// The whole live record, for local commands that hold the database file anyway.
    fn local_view(&self) -> Result<View<'_>, StoreError> {
        self.view(&Principal::local("local"))
    }

    /// Everything live in the store (deleted records left out), as a dataset in canonical (id)
    /// order, without an audit stamp.
    pub fn export(&self) -> Result<Dataset, StoreError> {
        self.local_view()?.export()
    }

    /// Everything `who` may see, stamped with the size and Merkle root of the audit log it was
    /// taken from (and the redaction applied, when `who` may not see everything). The records and
    /// the log are read in one transaction, so the stamp matches the records exactly.
    pub fn export_stamped(&self, who: &Principal) -> Result<Dataset, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let mut dataset = View::new(&tx, who)?.export()?;
        let entries = audit::entries(&tx)?;
        dataset.audit = Some(AuditStamp {
            entries: entries.len() as u64,
            root: audit::root_of(&entries, entries.len()),
            redacted: who.sight().redaction_name().map(str::to_owned),
        });
        tx.finish()?;
        Ok(dataset)
    }

    /// One live incident, if it exists.
    pub fn incident(&self, id: &IncidentId) -> Result<Option<Incident>, StoreError> {
        self.local_view()?.incident(id)
    }

    /// The live incidents that pass `filter`, newest first.
    pub fn incidents(&self, filter: &IncidentFilter) -> Result<Vec<Incident>, StoreError> {
        self.local_view()?.incidents(filter)
    }

    /// The claims about one incident, in id order.
    pub fn claims_for(&self, incident: &IncidentId) -> Result<Vec<Claim>, StoreError> {
        self.local_view()?.claims_for(incident)
    }

    /// Every live claim, in id order.
    pub fn claims(&self) -> Result<Vec<Claim>, StoreError> {
        self.local_view()?.claims()
    }

    /// One live source, if it exists.
    pub fn source(&self, id: &SourceId) -> Result<Option<Source>, StoreError> {
        self.local_view()?.source(id)
    }

    /// Every live source, in id order.
    pub fn sources(&self) -> Result<Vec<Source>, StoreError> {
        self.local_view()?.sources()
    }

    /// The sources that carry claims about one incident, in id order.
    pub fn sources_for(&self, incident: &IncidentId) -> Result<Vec<Source>, StoreError> {
        self.local_view()?.sources_for(incident)
    }

    /// Every actor, in id order.
    pub fn actors(&self) -> Result<Vec<Actor>, StoreError> {
        self.local_view()?.actors()
    }

    /// Every live ceasefire, in id order.
    pub fn ceasefires(&self) -> Result<Vec<Ceasefire>, StoreError> {
        self.local_view()?.ceasefires()
    }

    /// Every live round of talks, in id order.
    pub fn talks(&self) -> Result<Vec<Talks>, StoreError> {
        self.local_view()?.talks()
    }

    /// Every live statement, in id order.
    pub fn statements(&self) -> Result<Vec<Statement>, StoreError> {
        self.local_view()?.statements()
    }

    /// The audit log, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError> {
        audit::entries(&self.conn)
    }

    /// Recomputes the audit log's hash chain and returns the first problem found, if any.
    pub fn verify_audit_log(&self) -> Result<Option<AuditProblem>, StoreError> {
        audit::verify(&self.conn)
    }

    /// Recomputes the audit log's hash chain and Merkle root: how many entries, the root, and
    /// the first entry that was altered, removed or reordered.
    pub fn audit_report(&self) -> Result<AuditReport, StoreError> {
        audit::report(&self.conn)
    }

    /// Checks an export against the audit log: its stamp's root against the log's first entries,
    /// and its records against the record those entries describe, redacted as the stamp says.
    pub fn verify_export(&self, export: &Dataset) -> Result<ExportReport, StoreError> {
        let load = |row: &bulk::LoggedRow| bulk::load_row(&self.conn, row);
        Ok(replay::check_export(
            &audit::entries(&self.conn)?,
            export,
            &load,
        ))
    }

    // Writes on behalf of a principal (see `edit.rs` and `access.rs`).

    /// Creates a record of any editable kind.
    pub fn create<R: Kind>(
        &mut self,
        who: &Principal,
        record: R,
    ) -> Result<Written<R>, StoreError> {
        edit::create(&mut self.conn, who, record)
    }

    /// Creates a source and the claims it carries, in one transaction.
    pub fn create_source_with_claims(
        &mut self,
        who: &Principal,
        source: Source,
        claims: Vec<Claim>,
    ) -> Result<Written<Source>, StoreError> {
        edit::create_source_with_claims(&mut self.conn, who, source, claims)
    }

    /// Replaces the record `id` with `record`, if it is still at version `expected` (any version
    /// when None). A stale version writes nothing and says which version is current.
    pub fn update<R: Kind>(
        &mut self,
        who: &Principal,
        id: &str,
        record: R,
        expected: Option<u64>,
    ) -> Result<Written<R>, StoreError> {
        edit::update(&mut self.conn, who, id, record, expected)
    }

    /// Marks the record `id` deleted (it can be restored).
    pub fn delete<R: Kind>(
        &mut self,
        who: &Principal,
        id: &str,
        expected: Option<u64>,
    ) -> Result<(), StoreError> {
        edit::delete::<R>(&mut self.conn, who, id, expected)
    }

    /// Brings a deleted record back.
    pub fn restore<R: Kind>(
        &mut self,
        who: &Principal,
        id: &str,
    ) -> Result<Written<R>, StoreError> {
        edit::restore(&mut self.conn, who, id)
    }

    /// Merges the incident `duplicate` into `survivor`.
    pub fn merge_incidents(
        &mut self,
        who: &Principal,
        survivor: &IncidentId,
        duplicate: &IncidentId,
    ) -> Result<MergeSummary, StoreError> {
        edit::merge_incidents(&mut self.conn, who, survivor, duplicate)
    }

    /// Records a verifier's decision on an incident (status, grade and reason).
    pub fn review(
        &mut self,
        who: &Principal,
        incident: &IncidentId,
        input: ReviewInput,
        expected: Option<u64>,
    ) -> Result<Written<Incident>, StoreError> {
        edit::review(&mut self.conn, who, incident, input, expected)
    }

    // Accounts (see `accounts.rs`).

    /// Creates a user and returns its one-time password.
    pub fn add_user(
        &mut self,
        who: &Principal,
        name: &str,
        role: Role,
    ) -> Result<String, StoreError> {
        accounts::add_user(&mut self.conn, who, name, role)
    }

    /// Gives a user a new one-time password.
    pub fn reset_password(&mut self, who: &Principal, name: &str) -> Result<String, StoreError> {
        accounts::reset_password(&mut self.conn, who, name)
    }

    /// Changes a user's role, or disables or enables the account.
    pub fn set_user(
        &mut self,
        who: &Principal,
        name: &str,
        role: Option<Role>,
        disabled: Option<bool>,
    ) -> Result<User, StoreError> {
        accounts::set_user(&mut self.conn, who, name, role, disabled)
    }

    /// Every user.
    pub fn users(&self, who: &Principal) -> Result<Vec<User>, StoreError> {
        accounts::users(&self.conn, who)
    }

    /// Issues an API token; the secret is returned once.
    pub fn create_token(
        &mut self,
        who: &Principal,
        user: &str,
        role: Option<Role>,
        label: Option<&str>,
    ) -> Result<(Token, String), StoreError> {
        accounts::create_token(&mut self.conn, who, user, role, label)
    }

    /// Every API token, newest first.
    pub fn tokens(&self, who: &Principal) -> Result<Vec<Token>, StoreError> {
        accounts::tokens(&self.conn, who)
    }

    /// Revokes an API token.
    pub fn revoke_token(&mut self, who: &Principal, id: u64) -> Result<Token, StoreError> {
        accounts::revoke_token(&mut self.conn, who, id)
    }

    /// The password hash to check a sign-in against (see [`verify_password`]).
    pub fn credentials(&self, name: &str) -> Result<Credentials, StoreError> {
        accounts::credentials(&self.conn, name)
    }

    /// Opens a browser session for a user whose password was checked.
    pub fn start_session(&self, name: &str) -> Result<NewSession, StoreError> {
        accounts::start_session(&self.conn, name)
    }

    /// The live session with this secret.
    pub fn session(&self, secret: &str) -> Result<Option<Session>, StoreError> {
        accounts::session(&self.conn, secret)
    }

    /// Ends a session.
    pub fn end_session(&self, secret: &str) -> Result<(), StoreError> {
        accounts::end_session(&self.conn, secret)
    }

    /// Who an API token acts as, if it is valid.
    pub fn token_principal(&self, secret: &str) -> Result<Option<Principal>, StoreError> {
        accounts::token_principal(&self.conn, secret)
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
