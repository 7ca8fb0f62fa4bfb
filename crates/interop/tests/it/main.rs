//! interop's integration tests, built as one binary: every test binary links the crate and its
//! dependencies, so one link instead of many keeps a clean `cargo test` quicker and its target
//! directory smaller. Each module says what it covers.

mod acled;
mod demo_dataset;
mod flat;
mod lazy_figures;
mod mapping;
mod never_panic;
mod schema;
mod ucdp;
