//! What can go wrong with the store, in terms a user can act on. SQLite's own errors are kept
//! as text so that no SQL type leaks through the public API.

use model::DatasetError;

/// A store operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database file could not be opened or set up.
    #[error("cannot open the database {path}: {message}")]
    Open {
        /// The file.
        path: String,
        /// Why.
        message: String,
    },
    /// A command that reads the record found no database.
    #[error("there is no database at {path}; create one with `crosscheck --db {path} init`")]
    Missing {
        /// The file.
        path: String,
    },
    /// The database was written by a newer crosscheck.
    #[error(
        "the database {path} has schema version {found}, newer than this crosscheck knows ({supported}); upgrade crosscheck to open it"
    )]
    NewerSchema {
        /// The file.
        path: String,
        /// The version found in the file.
        found: u32,
        /// The newest version this build knows.
        supported: u32,
    },
    /// The records to write break a rule; nothing was written.
    #[error("{0}")]
    Invalid(#[from] DatasetError),
    /// A record in the database cannot be read back (edited by hand, or damaged).
    #[error("the database holds a damaged {entity} record {id:?}: {message}")]
    Corrupt {
        /// The kind of record.
        entity: &'static str,
        /// Its id.
        id: String,
        /// What is wrong with it.
        message: String,
    },
    /// SQLite refused an operation.
    #[error("database error: {0}")]
    Database(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        StoreError::Database(error.to_string())
    }
}
