//! web's integration tests, built as one binary: every test binary links the whole stack (store,
//! analysis, axum, the pages), so one link instead of ten keeps a clean `cargo test` quicker and
//! its target directory gigabytes smaller. Each module says what it covers.

mod api;
mod big;
mod big_record;
mod browser;
mod common;
mod dashboard;
mod dashboard_warning;
mod figures;
mod forms;
mod pages;
mod roles;
mod warning;
