//! Reading and writing crosscheck's records in the formats the field uses.
//!
//! Readers never panic and never return half a result: a file is either read whole or refused
//! with an error that names the file, the line and the field. Writers produce the same bytes for
//! the same records, so that exports can be compared and hashed.
//!
//! This crate does no I/O of its own: callers hand it text and take text back.
#![forbid(unsafe_code)]

pub mod json;

pub use json::{ReadError, dataset_schema, read_dataset, write_dataset};
