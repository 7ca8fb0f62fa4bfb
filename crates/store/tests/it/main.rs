//! store's integration tests, built as one binary: every test binary links the crate and its
//! dependencies, so one link instead of many keeps a clean `cargo test` quicker and its target
//! directory smaller. Each module says what it covers.

mod bulk;
mod database_file;
mod edits;
mod roundtrip;
mod warning;
