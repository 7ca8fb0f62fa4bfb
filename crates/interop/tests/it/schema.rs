//! The committed JSON Schema (`docs/dataset.schema.json`) is the one the model generates.
//! Run with `CROSSCHECK_BLESS=1` to rewrite it after changing the model.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

#[test]
fn the_committed_schema_matches_the_model() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/dataset.schema.json"
    );
    let generated = interop::dataset_schema();
    if std::env::var_os("CROSSCHECK_BLESS").is_some() {
        std::fs::write(path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/dataset.schema.json is out of date: run `CROSSCHECK_BLESS=1 cargo test -p interop --test it schema::`"
    );
}
