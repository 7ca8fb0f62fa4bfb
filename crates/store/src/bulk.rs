//! Bulk import and paged export: the paths for whole datasets (a million ACLED rows) that the
//! record-by-record [`Store::import`] and the all-at-once [`Store::export`] are too slow or too
//! large for.
//!
//! **Import.** Rows arrive in batches; each batch is one transaction that loads the incidents
//! already stored under the batch's ids (one query), lets the caller decide for each row (insert,
//! update, leave unchanged), writes what was decided with prepared statements, and appends **one**
//! audit entry for the batch. That entry commits to the imported file's SHA-256 and to the SHA-256
//! of each written row's records (the canonical JSON of the incident, its claims and its sources),
//! so any later alteration of a record is detectable against it — instead of a full before/after
//! copy of every record, which would double the database and the time. With `whole` set, every
//! batch shares one transaction and nothing is written unless [`BulkImport::finish`] is reached.
//!
//! **Export.** [`Store::export_pages`] walks the incidents that pass a filter in the order they were
//! recorded (front to back through the table), a page at a time, with the claims and sources of
//! each page, so memory stays flat.

use std::borrow::Cow;
use std::collections::HashMap;

use model::{Actor, Claim, Incident, IncidentId, Source};
use rusqlite::types::Value;
use rusqlite::{Connection, Transaction};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::records::{self, Record};
use crate::{ImportSummary, IncidentFilter, Store, StoreError, audit};

/// One imported row: an incident with the sources and claims that came with it.
#[derive(Clone, Debug, PartialEq)]
pub struct BulkRecord {
    /// The incident.
    pub incident: Incident,
    /// Its sources.
    pub sources: Vec<Source>,
    /// Its claims.
    pub claims: Vec<Claim>,
}

/// What the caller decided for one row.
#[derive(Clone, Debug, PartialEq)]
pub enum BulkDecision {
    /// Write the row as it is: a new incident.
    Insert,
    /// Write these records over the stored incident (the row as merged with what is stored:
    /// the analysts' fields carried over).
    Update(Box<BulkRecord>),
    /// Leave the stored records as they are.
    Unchanged,
}

/// A row made ready to write: checked as every write is, with its column values and its digest
/// computed. Preparing is the costly part of writing a row and needs no database, so an importer
/// prepares rows on the thread that reads them while another writes the previous batch.
#[derive(Clone, Debug)]
pub struct PreparedRecord {
    record: BulkRecord,
    incident: Vec<Value>,
    sources: Vec<Vec<Value>>,
    claims: Vec<Vec<Value>>,
    digest: String,
}

impl PreparedRecord {
    /// Checks the records (the model's rules for incidents and sources) and computes what
    /// writing them needs. Refuses a record that breaks a rule, as a write would.
    pub fn new(record: BulkRecord) -> Result<Self, StoreError> {
        fn checked<R: Record>(item: &R) -> Result<Vec<Value>, StoreError> {
            item.check().map_err(|e| {
                StoreError::Invalid(model::DatasetError {
                    path: format!("{} {}", R::ENTITY, item.id()),
                    message: e.to_string(),
                })
            })?;
            Ok(item.values())
        }
        let incident = checked(&record.incident)?;
        let sources = record
            .sources
            .iter()
            .map(checked)
            .collect::<Result<_, _>>()?;
        let claims = record
            .claims
            .iter()
            .map(|claim| {
                let mut values = checked(claim)?;
                // A quote that is word for word the incident's summary (a dataset's notes) is
                // kept once: the claim is read back with the summary as its quote (migration
                // 0004). Its digest is the claim's, whichever way it is stored.
                if claim.incident == record.incident.id
                    && claim.quote.as_deref() == Some(record.incident.summary.as_str())
                    && let [.., quote, quote_is_summary] = values.as_mut_slice()
                {
                    *quote = Value::Null;
                    *quote_is_summary = Value::Integer(1);
                }
                Ok(values)
            })
            .collect::<Result<_, StoreError>>()?;
        let digest = row_digest(&record.incident, &record.claims, &record.sources);
        Ok(PreparedRecord {
            record,
            incident,
            sources,
            claims,
            digest,
        })
    }

    /// The records.
    pub fn record(&self) -> &BulkRecord {
        &self.record
    }
}

/// The file a bulk import reads, as its audit entries name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// The file's name as the user gave it.
    pub name: String,
    /// The SHA-256 of the whole file, hex.
    pub sha256: String,
}

/// The SHA-256 (hex) a bulk audit entry keeps for one row: over the canonical JSON of the
/// incident, then of each claim and each source, one per line, as written.
pub fn row_digest(incident: &Incident, claims: &[Claim], sources: &[Source]) -> String {
    /// Feeds serialised JSON straight into the hash, without building it in memory first.
    struct Hashing(Sha256);
    impl std::io::Write for Hashing {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut hashing = Hashing(Sha256::new());
    // Writing plain data into a hash cannot fail.
    let _ = serde_json::to_writer(&mut hashing, incident);
    hashing.0.update(b"\n");
    for claim in claims {
        let _ = serde_json::to_writer(&mut hashing, claim);
        hashing.0.update(b"\n");
    }
    for source in sources {
        let _ = serde_json::to_writer(&mut hashing, source);
        hashing.0.update(b"\n");
    }
    hex::encode(hashing.0.finalize())
}

/// The body of a batch's audit entry.
#[derive(Serialize)]
struct BatchEntry<'a> {
    file: &'a str,
    file_sha256: &'a str,
    batch: u64,
    /// Actors that had to be added for the rows to refer to.
    actors: Vec<&'a str>,
    /// `[action, incident id, [claim ids], [source ids], row digest]` for each row written: the
    /// records the digest covers, so that a check can find them again.
    rows: Vec<BatchRow<'a>>,
}

/// The page cache of a bulk import, in KiB (negative: SQLite's unit for a size in KiB).
const BULK_CACHE_KIB: i64 = -262_144;

/// One row of a batch entry: `[action, incident id, [claim ids], [source ids], row digest]`.
type BatchRow<'a> = (
    &'static str,
    Cow<'a, str>,
    Vec<Cow<'a, str>>,
    Vec<Cow<'a, str>>,
    Cow<'a, str>,
);

/// The records a batch entry row covers, read back from the log (for checking an export).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub(crate) struct LoggedRow(
    pub(crate) String,
    pub(crate) String,
    pub(crate) Vec<String>,
    pub(crate) Vec<String>,
    pub(crate) String,
);

/// The rows a `bulk_import` audit entry lists (empty when the body does not read).
pub(crate) fn logged_rows(after: Option<&str>) -> Vec<LoggedRow> {
    #[derive(serde::Deserialize)]
    struct Body {
        rows: Vec<LoggedRow>,
    }
    after
        .and_then(|a| serde_json::from_str::<Body>(a).ok())
        .map_or_else(Vec::new, |b| b.rows)
}

/// The records a logged bulk row names, as the database holds them now (deleted or not), in the
/// order the digest covers them.
pub(crate) fn load_row(
    conn: &Connection,
    row: &LoggedRow,
) -> Result<(Incident, Vec<Claim>, Vec<Source>), String> {
    let read = |e: StoreError| e.to_string();
    let incident = records::load_any_where::<Incident, _>(conn, "id = ?1", [&row.1])
        .map_err(read)?
        .into_iter()
        .next()
        .ok_or_else(|| {
            format!(
                "incident {} a bulk import logged is gone from the database",
                row.1
            )
        })?;
    let mut claims = Vec::new();
    for id in &row.2 {
        claims.extend(records::load_any_where::<Claim, _>(conn, "id = ?1", [id]).map_err(read)?);
    }
    let mut sources = Vec::new();
    for id in &row.3 {
        sources.extend(records::load_any_where::<Source, _>(conn, "id = ?1", [id]).map_err(read)?);
    }
    Ok((incident, claims, sources))
}

/// Rows written between two commits of a bulk import that is not all or nothing: several
/// batches share one transaction. Each commit writes every page the transaction changed into the
/// WAL, and the pages an index spreads its entries over (incidents by date) are changed again by
/// every transaction: fewer commits write them fewer times (with 10,000 rows per commit, a
/// million rows wrote a 2.9 GB WAL for a 2.0 GB database).
const COMMIT_ROWS: usize = 100_000;

/// A bulk import in progress.
pub struct BulkImport<'s> {
    conn: &'s Connection,
    /// The transaction all batches share, when the import is all or nothing.
    whole: Option<Transaction<'s>>,
    /// Otherwise, the transaction the batches since the last commit share.
    group: Option<Transaction<'s>>,
    /// Rows in `group`.
    pending: usize,
    /// Rows between two commits ([`COMMIT_ROWS`] unless [`BulkImport::commit_every`] says).
    commit_rows: usize,
    /// The thread that copies committed pages from the WAL into the database while the import
    /// goes on (a file database only).
    checkpointer: Option<Checkpointer>,
    author: String,
    file: FileStamp,
    batches: u64,
    summary: ImportSummary,
}

impl Store {
    /// Starts a bulk import of `file` under `author`. With `whole`, every batch shares one
    /// transaction that only [`BulkImport::finish`] commits (for `--strict`); otherwise batches
    /// commit in groups of 100,000 rows, and [`BulkImport::finish`] commits the last.
    pub fn bulk_import(
        &mut self,
        author: &str,
        file: FileStamp,
        whole: bool,
    ) -> Result<BulkImport<'_>, StoreError> {
        let conn = &self.conn;
        // A large page cache keeps the B-tree pages a batch touches in memory instead of spilling
        // them to the WAL mid-transaction, and an in-memory statement journal spares a temporary
        // file write for every upsert. Both go back to the defaults when the import ends.
        conn.pragma_update(None, "cache_size", BULK_CACHE_KIB)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // No checkpoint by the importing connection: it would stop writing to copy pages into
        // the database. Another thread does it while the import goes on (`Checkpointer`).
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let whole = if whole {
            Some(conn.unchecked_transaction()?)
        } else {
            None
        };
        let checkpointer = match (&self.path, whole.is_some()) {
            (Some(path), false) => Checkpointer::start(path),
            _ => None,
        };
        Ok(BulkImport {
            conn,
            whole,
            group: None,
            pending: 0,
            commit_rows: COMMIT_ROWS,
            checkpointer,
            author: author.to_owned(),
            file,
            batches: 0,
            summary: ImportSummary::default(),
        })
    }

    /// Walks the incidents that pass `filter` in the order they were recorded (for an imported
    /// file, the file's order), `page_size` at a time, handing each page with its claims and
    /// their sources to `each`.
    pub fn export_pages<E: From<StoreError>>(
        &self,
        filter: &IncidentFilter,
        page_size: usize,
        mut each: impl FnMut(ExportPage) -> Result<(), E>,
    ) -> Result<(), E> {
        let (condition, params) = crate::query::condition(filter);
        // Pages follow the order the incidents were recorded in (SQLite's rowid): a sequential
        // walk through the table, however large, and for an imported file the file's own order.
        // Each page is read in that walk itself, not looked up again by id.
        let mut after: i64 = 0;
        loop {
            let mut params = params.clone();
            params.push(Value::Integer(after));
            let page_condition = format!(
                "({condition}) AND rowid > ?{} ORDER BY rowid LIMIT {page_size}",
                params.len()
            );
            let page: Vec<(i64, Incident)> = records::load_with_rowid(
                &self.conn,
                &page_condition,
                rusqlite::params_from_iter(params),
            )?;
            let Some(&(last, _)) = page.last() else {
                return Ok(());
            };
            after = last;
            let full = page.len() == page_size;
            let incidents: Vec<Incident> = page.into_iter().map(|(_, i)| i).collect();
            let ids =
                serde_json::to_string(&incidents.iter().map(|i| i.id.as_str()).collect::<Vec<_>>())
                    .unwrap_or_else(|_| "[]".into());
            // A quote kept once is the summary of its incident, which the page holds.
            let summaries: HashMap<&str, &str> = incidents
                .iter()
                .map(|i| (i.id.as_str(), i.summary.as_str()))
                .collect();
            let mut claims: Vec<Claim> = records::load_claims_as_stored(
                &self.conn,
                "incident IN (SELECT value FROM json_each(?1))",
                [&ids],
            )?
            .into_iter()
            .map(|(mut claim, quote_is_summary)| {
                if quote_is_summary {
                    claim.quote = summaries
                        .get(claim.incident.as_str())
                        .map(|s| (*s).to_owned());
                }
                claim
            })
            .collect();
            claims.sort_by(|a, b| a.id.cmp(&b.id));
            let source_ids: std::collections::BTreeSet<&str> =
                claims.iter().map(|c| c.source.as_str()).collect();
            let source_ids = serde_json::to_string(&source_ids).unwrap_or_else(|_| "[]".into());
            let sources: Vec<Source> = records::load_where(
                &self.conn,
                "id IN (SELECT value FROM json_each(?1))",
                [&source_ids],
            )?;
            each(ExportPage {
                incidents,
                claims,
                sources,
            })?;
            if !full {
                return Ok(());
            }
        }
    }
}

/// One page of an export: incidents in the order they were recorded, with their claims and those
/// claims' sources
/// (both in id order).
#[derive(Clone, Debug, Default)]
pub struct ExportPage {
    /// The incidents.
    pub incidents: Vec<Incident>,
    /// Their claims.
    pub claims: Vec<Claim>,
    /// The sources of those claims.
    pub sources: Vec<Source>,
}

impl Drop for BulkImport<'_> {
    fn drop(&mut self) {
        // Not finished: whatever is not committed yet is rolled back.
        drop(self.group.take());
        drop(self.whole.take());
        if let Some(checkpointer) = self.checkpointer.take() {
            checkpointer.stop();
        }
        // Back to SQLite's defaults (about 2 MB of page cache, temporary files on disk).
        let _ = self.conn.pragma_update(None, "cache_size", -2000);
        let _ = self.conn.pragma_update(None, "temp_store", "DEFAULT");
        let _ = self.conn.pragma_update(None, "wal_autocheckpoint", 1000);
        // The checkpoint the import held back; a failure leaves the WAL for the next one.
        let _ = self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
    }
}

impl BulkImport<'_> {
    /// Commits once at least `rows` rows have been written since the last commit, instead of
    /// every 100,000 (a batch is never split: at least one batch per commit). For tests, and for
    /// a caller that wants shorter transactions.
    pub fn commit_every(&mut self, rows: usize) {
        self.commit_rows = rows.max(1);
    }

    /// Writes one batch. Actors in `actors` that the database lacks are added first (the rows
    /// refer to them). For each row, in order, `decide` is called once with the row and what is
    /// stored under its incident id (the incident and its claims), and says what to do. The
    /// batch joins the transaction of the batches before it, which commits once it holds
    /// 100,000 rows (or, all or nothing, the whole import's); a batch that fails rolls
    /// back that transaction, so no row is ever half-written. The rows are borrowed, so that the
    /// caller can free them on the thread that made them.
    pub fn write_batch(
        &mut self,
        actors: &[Actor],
        rows: &[PreparedRecord],
        decide: impl FnMut(&BulkRecord, Option<(&Incident, &[Claim])>) -> BulkDecision,
    ) -> Result<ImportSummary, StoreError> {
        if self.whole.is_none() && self.group.is_none() {
            self.group = Some(self.conn.unchecked_transaction()?);
            self.pending = 0;
        }
        match self.write_in_transaction(actors, rows, decide) {
            Ok(summary) => {
                self.pending += rows.len();
                if self.pending >= self.commit_rows
                    && let Some(group) = self.group.take()
                {
                    group.commit()?;
                    if let Some(checkpointer) = &self.checkpointer {
                        checkpointer.committed();
                    }
                }
                Ok(summary)
            }
            Err(e) => {
                // Rolled back: the rows since the last commit are not written, none in part.
                drop(self.group.take());
                Err(e)
            }
        }
    }

    fn write_in_transaction(
        &mut self,
        actors: &[Actor],
        rows: &[PreparedRecord],
        mut decide: impl FnMut(&BulkRecord, Option<(&Incident, &[Claim])>) -> BulkDecision,
    ) -> Result<ImportSummary, StoreError> {
        let Some(tx) = self.group.as_ref().or(self.whole.as_ref()) else {
            return Err(StoreError::Database("no transaction".into()));
        };
        self.batches += 1;
        let mut summary = ImportSummary::default();
        let mut log = audit::Appender::new(tx, &self.author)?;

        let mut added_actors = Vec::new();
        for actor in actors {
            if records::load_one::<Actor>(tx, actor.id.as_str())?.is_none() {
                records::upsert(tx, actor)?;
                log.append(
                    tx,
                    "insert",
                    Actor::ENTITY,
                    actor.id(),
                    None::<&Actor>,
                    Some(actor),
                )?;
                added_actors.push(actor.id.as_str());
            }
        }

        let ids = serde_json::to_string(
            &rows
                .iter()
                .map(|r| r.record.incident.id.as_str())
                .collect::<Vec<_>>(),
        )
        .unwrap_or_else(|_| "[]".into());
        let stored: Vec<Incident> =
            records::load_where(tx, "id IN (SELECT value FROM json_each(?1))", [&ids])?;
        let mut stored_claims: HashMap<IncidentId, Vec<Claim>> = HashMap::new();
        if !stored.is_empty() {
            for claim in records::load_where::<Claim, _>(
                tx,
                "incident IN (SELECT value FROM json_each(?1))",
                [&ids],
            )? {
                stored_claims
                    .entry(claim.incident.clone())
                    .or_default()
                    .push(claim);
            }
        }
        let stored: HashMap<IncidentId, Incident> =
            stored.into_iter().map(|i| (i.id.clone(), i)).collect();
        // Incidents an analyst deleted stay deleted: an import does not bring them back.
        let deleted: std::collections::HashSet<String> = {
            let mut statement = tx.prepare_cached(
                "SELECT id FROM incidents WHERE deleted = 1 AND id IN (SELECT value FROM json_each(?1))",
            )?;
            let ids = statement.query_map([&ids], |row| row.get::<_, String>(0))?;
            ids.collect::<Result<_, _>>()?
        };

        let mut written: Vec<BatchRow<'_>> = Vec::new();
        let mut statements = Statements::new(tx)?;
        for row in rows {
            if deleted.contains(row.record.incident.id.as_str()) {
                summary.unchanged += 1;
                continue;
            }
            let existing = stored.get(&row.record.incident.id).map(|i| {
                let claims = stored_claims.get(&i.id).map_or(&[][..], Vec::as_slice);
                (i, claims)
            });
            match decide(&row.record, existing) {
                BulkDecision::Insert => {
                    statements.write(row, true)?;
                    let record = &row.record;
                    written.push((
                        "insert",
                        Cow::Borrowed(record.incident.id.as_str()),
                        record
                            .claims
                            .iter()
                            .map(|c| Cow::Borrowed(c.id.as_str()))
                            .collect(),
                        record
                            .sources
                            .iter()
                            .map(|s| Cow::Borrowed(s.id.as_str()))
                            .collect(),
                        Cow::Borrowed(row.digest.as_str()),
                    ));
                }
                BulkDecision::Update(record) => {
                    let merged = PreparedRecord::new(*record)?;
                    statements.write(&merged, false)?;
                    let record = &merged.record;
                    written.push((
                        "update",
                        Cow::Owned(record.incident.id.to_string()),
                        record
                            .claims
                            .iter()
                            .map(|c| Cow::Owned(c.id.to_string()))
                            .collect(),
                        record
                            .sources
                            .iter()
                            .map(|s| Cow::Owned(s.id.to_string()))
                            .collect(),
                        Cow::Owned(merged.digest.clone()),
                    ));
                }
                BulkDecision::Unchanged => {
                    summary.unchanged += 1;
                    continue;
                }
            }
            if written.last().is_some_and(|w| w.0 == "insert") {
                summary.inserted += 1;
            } else {
                summary.updated += 1;
            }
        }
        drop(statements);
        if !written.is_empty() || !added_actors.is_empty() {
            let entry = BatchEntry {
                file: &self.file.name,
                file_sha256: &self.file.sha256,
                batch: self.batches,
                actors: added_actors,
                rows: written,
            };
            let short: String = self.file.sha256.chars().take(16).collect();
            log.append(
                tx,
                "bulk_import",
                "batch",
                &format!("{short}#{}", self.batches),
                None::<&BatchEntry<'_>>,
                Some(&entry),
            )?;
        }
        self.summary.inserted += summary.inserted;
        self.summary.updated += summary.updated;
        self.summary.unchanged += summary.unchanged;
        Ok(summary)
    }

    /// Ends the import, committing it when it was all or nothing; returns what it did in all.
    pub fn finish(mut self) -> Result<ImportSummary, StoreError> {
        if let Some(tx) = self.group.take() {
            tx.commit()?;
        }
        if let Some(tx) = self.whole.take() {
            tx.commit()?;
        }
        Ok(self.summary)
    }
}

/// Copies the pages a bulk import commits from the WAL into the database on a thread and
/// connection of its own (passive checkpoints, which never block the importing connection), so
/// that the copy overlaps the import instead of following it, and the WAL, written over from its
/// start once all of it is copied, stays a few hundred megabytes however large the file.
struct Checkpointer {
    signal: std::sync::mpsc::Sender<()>,
    thread: std::thread::JoinHandle<()>,
}

impl Checkpointer {
    /// Opens the second connection and starts the thread; None if the connection cannot be had
    /// (the import then leaves the copy to its end, as SQLite would).
    fn start(path: &std::path::Path) -> Option<Checkpointer> {
        let conn = Connection::open(path).ok()?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).ok()?;
        conn.pragma_update(None, "synchronous", "NORMAL").ok()?;
        let (signal, commits) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("checkpoint".into())
            .spawn(move || {
                while commits.recv().is_ok() {
                    // Several commits while one checkpoint ran need only one more.
                    while commits.try_recv().is_ok() {}
                    // A failed checkpoint leaves the pages in the WAL for the next one, or for
                    // the import's own at its end.
                    let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
                }
            })
            .ok()?;
        Some(Checkpointer { signal, thread })
    }

    /// A transaction was committed: its pages can be copied.
    fn committed(&self) {
        let _ = self.signal.send(());
    }

    /// Waits for the checkpoint in progress, if any, and ends the thread.
    fn stop(self) {
        drop(self.signal);
        let _ = self.thread.join();
    }
}

/// The prepared statements of one batch: plain inserts for new incidents (no statement journal
/// needed), upserts for updates and for the sources and claims an update may share.
struct Statements<'t> {
    incident: rusqlite::CachedStatement<'t>,
    new_incident: rusqlite::CachedStatement<'t>,
    source: rusqlite::CachedStatement<'t>,
    claim: rusqlite::CachedStatement<'t>,
    new_claim: rusqlite::CachedStatement<'t>,
}

fn insert_sql<R: Record>() -> String {
    let placeholders: Vec<String> = (1..=R::COLUMNS.len()).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO {} ({}) VALUES ({})",
        R::TABLE,
        R::COLUMNS.join(", "),
        placeholders.join(", ")
    )
}

fn upsert_sql<R: Record>() -> String {
    let placeholders: Vec<String> = (1..=R::COLUMNS.len()).map(|i| format!("?{i}")).collect();
    let mut updates: Vec<String> = R::COLUMNS[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    if R::EDITABLE {
        // As `records::upsert`: replacing a record is a new version of it.
        updates.push(format!("version = {}.version + 1", R::TABLE));
        updates.push("deleted = 0".to_owned());
    }
    format!(
        "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
        R::TABLE,
        R::COLUMNS.join(", "),
        placeholders.join(", "),
        updates.join(", ")
    )
}

impl<'t> Statements<'t> {
    fn new(conn: &'t Connection) -> Result<Self, StoreError> {
        Ok(Statements {
            incident: conn.prepare_cached(&upsert_sql::<Incident>())?,
            new_incident: conn.prepare_cached(&insert_sql::<Incident>())?,
            source: conn.prepare_cached(&upsert_sql::<Source>())?,
            claim: conn.prepare_cached(&upsert_sql::<Claim>())?,
            new_claim: conn.prepare_cached(&insert_sql::<Claim>())?,
        })
    }

    /// Writes a prepared row; `new` when the incident is not stored (its claims cannot be
    /// either: they name it).
    fn write(&mut self, row: &PreparedRecord, new: bool) -> Result<(), StoreError> {
        let (incident, claim) = if new {
            (&mut self.new_incident, &mut self.new_claim)
        } else {
            (&mut self.incident, &mut self.claim)
        };
        incident.execute(rusqlite::params_from_iter(&row.incident))?;
        for values in &row.sources {
            self.source.execute(rusqlite::params_from_iter(values))?;
        }
        for values in &row.claims {
            claim.execute(rusqlite::params_from_iter(values))?;
        }
        Ok(())
    }
}
