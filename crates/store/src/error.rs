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
    /// The request needs a signed-in user.
    #[error("sign in first: this needs an account")]
    Unauthenticated,
    /// The user's role may not do this. Only ever raised about records the user may see, so it
    /// never reveals that a hidden record exists.
    #[error("{message}")]
    Forbidden {
        /// What is not allowed, and which role would be.
        message: String,
        /// The field that may not be written, when one is to blame.
        field: Option<String>,
    },
    /// No such record, or none the asker may see: the two are never told apart.
    #[error("there is no {entity} with the id {id:?}")]
    NotFound {
        /// The kind of record.
        entity: &'static str,
        /// The id asked for.
        id: String,
    },
    /// An update was based on an older version of the record; nothing was written.
    #[error(
        "{entity} {id} was changed by someone else since you read it (it is now at version {current}); read it again and reapply your change"
    )]
    Stale {
        /// The kind of record.
        entity: &'static str,
        /// Its id.
        id: String,
        /// The version it is at now.
        current: u64,
    },
    /// The write clashes with the record as it stands (an id already taken, a source that
    /// still backs claims); nothing was written.
    #[error("{message}")]
    Conflict {
        /// What clashes.
        message: String,
        /// The field to blame, when one is.
        field: Option<String>,
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
