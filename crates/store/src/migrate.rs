//! Schema migrations, embedded in the binary and applied in order when a database is opened.
//!
//! Migrations are append-only: a released migration is never edited, a change is a new file.
//! The schema version is SQLite's `user_version`, set in the same transaction as the migration
//! that reaches it, so a half-applied migration cannot be recorded as done.

use rusqlite::Connection;

use crate::StoreError;

/// Every migration, in order; the schema version after applying the first `n` is `n`.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_record", include_str!("../migrations/0001_record.sql")),
    (
        "0002_accounts_and_edits",
        include_str!("../migrations/0002_accounts_and_edits.sql"),
    ),
    (
        "0003_early_warning",
        include_str!("../migrations/0003_early_warning.sql"),
    ),
    (
        "0004_claim_quote_once",
        include_str!("../migrations/0004_claim_quote_once.sql"),
    ),
];

/// The schema version this build writes: the number of migrations it knows.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// The schema version recorded in a database.
pub(crate) fn version(conn: &Connection) -> Result<u32, StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    Ok(u32::try_from(version).unwrap_or(u32::MAX))
}

/// Brings a database up to [`SCHEMA_VERSION`], or refuses it when it is newer.
pub(crate) fn apply(conn: &mut Connection, path: &str) -> Result<(), StoreError> {
    let found = version(conn)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.to_owned(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (index, (_name, sql)) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
