//! app's integration tests, built as one binary: every test binary links the crate and its
//! dependencies, so one link instead of many keeps a clean `cargo test` quicker and its target
//! directory smaller. Each module says what it covers.

mod cli;
mod common;
mod explain;
mod extract_cli;
mod import_export;
mod tidy;
mod warning;
