//! Fuzz target: any bytes, read as each format crosscheck imports (ACLED, UCDP CSV and GeoJSON,
//! a mapped CSV, the flat CSV, a mapping file, the JSON dataset), must give records or located
//! errors — never a panic, never a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

const MAPPING: &str = include_str!("../../docs/examples/tbij-pakistan-drone-strikes.toml");

fuzz_target!(|data: &[u8]| {
    interop::fuzz_all_readers(data, MAPPING);
});
