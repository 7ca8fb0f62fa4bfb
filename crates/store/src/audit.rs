//! The audit log: every write, who made it and when, with the record before and after, in an
//! append-only chain of hashes.
//!
//! Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical JSON
//! (sequence number, time, author, action, entity, id, before, after). Altering an entry changes
//! its hash; removing or reordering entries breaks the sequence or the link to the previous hash.
//! [`verify`] recomputes the chain and names the first entry that does not hold.

use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::{StoreError, merkle};

/// The hash the first entry links to.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One write, as the log keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    /// Its position in the log, from 1.
    pub seq: u64,
    /// When it was written (RFC 3339, UTC).
    pub at: String,
    /// Who wrote it (a user name, or the command that wrote it).
    pub author: String,
    /// What was done ("insert", "update").
    pub action: String,
    /// The kind of record ("incident").
    pub entity: String,
    /// The record's id.
    pub entity_id: String,
    /// The record before, as JSON (absent for an insert).
    pub before: Option<String>,
    /// The record after, as JSON.
    pub after: Option<String>,
    /// The previous entry's hash.
    pub prev_hash: String,
    /// This entry's hash.
    pub hash: String,
}

/// The part of an entry its hash covers, in a fixed field order.
#[derive(Serialize)]
struct Hashed<'a> {
    seq: u64,
    at: &'a str,
    author: &'a str,
    action: &'a str,
    entity: &'a str,
    entity_id: &'a str,
    before: Option<&'a str>,
    after: Option<&'a str>,
}

fn entry_hash(prev_hash: &str, hashed: &Hashed<'_>) -> String {
    let body = serde_json::to_vec(hashed).unwrap_or_default();
    let mut hasher = Sha256::new();
    hasher.update(prev_hash.as_bytes());
    hasher.update(b"\n");
    hasher.update(&body);
    hex::encode(hasher.finalize())
}

/// The first entry of the log that does not hold, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditProblem {
    /// The sequence number of the entry (or the number expected where one is missing).
    pub seq: u64,
    /// What is wrong.
    pub message: String,
}

/// Appends entries within one transaction, carrying the chain forward.
pub(crate) struct Appender {
    author: String,
    at: String,
    last_seq: u64,
    last_hash: String,
}

impl Appender {
    /// Starts appending after the last entry already in the log.
    pub(crate) fn new(tx: &Transaction<'_>, author: &str) -> Result<Self, StoreError> {
        let last: Option<(i64, String)> = tx
            .query_row(
                "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let (last_seq, last_hash) = last.map_or((0, GENESIS_HASH.to_owned()), |(s, h)| {
            (u64::try_from(s).unwrap_or(0), h)
        });
        Ok(Appender {
            author: author.to_owned(),
            // One time for the whole transaction: its writes happen together.
            at: jiff::Timestamp::now()
                .round(jiff::Unit::Millisecond)
                .unwrap_or_else(|_| jiff::Timestamp::now())
                .to_string(),
            last_seq,
            last_hash,
        })
    }

    /// Appends one entry for a change to a record.
    pub(crate) fn append<T: Serialize>(
        &mut self,
        tx: &Transaction<'_>,
        action: &str,
        entity: &str,
        entity_id: &str,
        before: Option<&T>,
        after: Option<&T>,
    ) -> Result<(), StoreError> {
        let to_json = |v: &T| serde_json::to_string(v).unwrap_or_default();
        self.append_json(
            tx,
            action,
            entity,
            entity_id,
            before.map(to_json),
            after.map(to_json),
        )
    }

    /// Appends one entry whose before and after are JSON text already.
    pub(crate) fn append_json(
        &mut self,
        tx: &Transaction<'_>,
        action: &str,
        entity: &str,
        entity_id: &str,
        before: Option<String>,
        after: Option<String>,
    ) -> Result<(), StoreError> {
        let seq = self.last_seq + 1;
        let hashed = Hashed {
            seq,
            at: &self.at,
            author: &self.author,
            action,
            entity,
            entity_id,
            before: before.as_deref(),
            after: after.as_deref(),
        };
        let hash = entry_hash(&self.last_hash, &hashed);
        tx.prepare_cached(
            "INSERT INTO audit_log (seq, at, author, action, entity, entity_id, before, after, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(rusqlite::params![
            seq as i64,
            self.at,
            self.author,
            action,
            entity,
            entity_id,
            before,
            after,
            self.last_hash,
            hash
        ])?;
        self.last_seq = seq;
        self.last_hash = hash;
        Ok(())
    }
}

/// The whole log, oldest first.
pub(crate) fn entries(conn: &Connection) -> Result<Vec<AuditEntry>, StoreError> {
    let mut statement = conn.prepare(
        "SELECT seq, at, author, action, entity, entity_id, before, after, prev_hash, hash
         FROM audit_log ORDER BY seq",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(AuditEntry {
            seq: u64::try_from(row.get::<_, i64>(0)?).unwrap_or(0),
            at: row.get(1)?,
            author: row.get(2)?,
            action: row.get(3)?,
            entity: row.get(4)?,
            entity_id: row.get(5)?,
            before: row.get(6)?,
            after: row.get(7)?,
            prev_hash: row.get(8)?,
            hash: row.get(9)?,
        })
    })?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

/// What [`verify`] found: how many entries it checked, the Merkle root over them, and the first
/// entry that does not hold, if any.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuditReport {
    /// Entries in the log.
    pub entries: u64,
    /// The RFC 6962 Merkle root over the entries' hashes, as 64 hex digits.
    pub root: String,
    /// The first entry that was altered, removed or reordered.
    pub problem: Option<AuditProblem>,
}

/// The Merkle root over the first `n` entries (all of them when `n` is larger).
pub(crate) fn root_of(entries: &[AuditEntry], n: usize) -> String {
    let leaves: Vec<Vec<u8>> = entries
        .iter()
        .take(n)
        // A hash that is not hex was tampered with; `check_chain` names it, and here its text
        // stands in so that the root still changes.
        .map(|e| hex::decode(&e.hash).unwrap_or_else(|_| e.hash.as_bytes().to_vec()))
        .collect();
    hex::encode(merkle::root(&leaves))
}

/// Recomputes the chain and the root.
pub(crate) fn report(conn: &Connection) -> Result<AuditReport, StoreError> {
    let entries = entries(conn)?;
    Ok(AuditReport {
        entries: entries.len() as u64,
        root: root_of(&entries, entries.len()),
        problem: check_chain(&entries),
    })
}

/// Recomputes the chain; returns the first entry that was altered, removed or reordered.
pub(crate) fn verify(conn: &Connection) -> Result<Option<AuditProblem>, StoreError> {
    Ok(check_chain(&entries(conn)?))
}

/// The first entry of `entries` that breaks the chain.
pub(crate) fn check_chain(entries: &[AuditEntry]) -> Option<AuditProblem> {
    let mut expected_prev = GENESIS_HASH;
    for (index, entry) in entries.iter().enumerate() {
        let expected_seq = index as u64 + 1;
        if entry.seq != expected_seq {
            return Some(AuditProblem {
                seq: expected_seq,
                message: format!(
                    "entry {expected_seq} is missing (the next entry is numbered {})",
                    entry.seq
                ),
            });
        }
        if entry.prev_hash != expected_prev {
            return Some(AuditProblem {
                seq: entry.seq,
                message: format!(
                    "entry {} does not link to the entry before it: removed or reordered entries",
                    entry.seq
                ),
            });
        }
        let recomputed = entry_hash(
            &entry.prev_hash,
            &Hashed {
                seq: entry.seq,
                at: &entry.at,
                author: &entry.author,
                action: &entry.action,
                entity: &entry.entity,
                entity_id: &entry.entity_id,
                before: entry.before.as_deref(),
                after: entry.after.as_deref(),
            },
        );
        if recomputed != entry.hash {
            return Some(AuditProblem {
                seq: entry.seq,
                message: format!(
                    "entry {} ({} {} {}) was altered: its content no longer matches its hash",
                    entry.seq, entry.action, entry.entity, entry.entity_id
                ),
            });
        }
        expected_prev = &entry.hash;
    }
    None
}
