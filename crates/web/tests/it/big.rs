//! A big record for the tests that check the pages stay light and readable however many incidents
//! a period holds: the demo's records plus thousands of generated incidents (2020–2024, spread
//! over sixty districts of four provinces, every type, one claim each with civilians killed and
//! injured, a source per ten; a truce over 2022), all published, as an imported public dataset would bring them.
#![allow(clippy::unwrap_used, dead_code)] // Tests fail loudly; not every test file uses every helper.

use serde_json::{Value, json};
use store::Store;

pub const DEMO: &str = include_str!("../../../../data/demo/dataset.json");

/// The event types, as the dataset format spells them.
const TYPES: [&str; 8] = [
    "armed_clash",
    "bombing",
    "air_strike",
    "drone_strike",
    "shelling",
    "armed_attack",
    "suicide_bombing",
    "cross_border_fire",
];

/// Provinces the generated districts lie in, with their country.
const PROVINCES: [(&str, &str); 4] = [
    ("Balochistan", "PAK"),
    ("Khyber Pakhtunkhwa", "PAK"),
    ("Paktika", "AFG"),
    ("Kandahar", "AFG"),
];

/// How many districts the generated incidents fall in.
pub const DISTRICTS: usize = 60;

/// The demo's dataset with `count` generated incidents added.
pub fn dataset(count: usize) -> Value {
    let mut data: Value = serde_json::from_str(DEMO).unwrap();
    // A source per ten incidents, as an event dataset cites a report per handful of events.
    for n in 0..count.div_ceil(10) {
        data["sources"].as_array_mut().unwrap().push(json!({
            "id": format!("src-gen-{n:04}"), "publisher": format!("Generated report {n:04}"), "kind": "monitor"
        }));
    }
    // A truce over the whole of 2022: hundreds of incidents in its window.
    data["ceasefires"].as_array_mut().unwrap().push(json!({
        "id": "cf-gen-2022", "name": "Generated truce of 2022", "parties": ["PAK", "TALIBAN"],
        "span": {"start": "2022-01-01", "end": "2022-12-31"}, "sources": ["src-gen-0000"]
    }));
    // A small linear congruential generator: the same record on every run.
    let mut seed: u64 = 7;
    let mut next = move |below: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % below
    };
    let first = jiff::civil::date(2020, 1, 1);
    for n in 0..count {
        let day = first
            .checked_add(jiff::Span::new().days((n * 1826 / count) as i64))
            .unwrap();
        let district = n % DISTRICTS;
        let (province, country) = PROVINCES[district % PROVINCES.len()];
        let lon = 62.5 + (district % 10) as f64 * 0.9 + next(10) as f64 * 0.01;
        let lat = 29.5 + (district / 10) as f64 * 1.1 + next(10) as f64 * 0.01;
        let id = format!("gen-{n:05}");
        // Most incidents harm few civilians, a few many: Figure 1 has something to choose.
        let killed = match next(20) {
            0 => 20 + next(80),
            1..=8 => next(5),
            _ => 0,
        };
        data["incidents"].as_array_mut().unwrap().push(json!({
            "id": id,
            "title": format!("Generated incident {n} in District {district}"),
            "date": {"date": day.to_string(), "precision": "day"},
            "places": [{
                "country": country, "admin1": province, "admin2": format!("District {district}"),
                "coordinates": {"lat": lat, "lon": lon}, "precision": "near"
            }],
            "event_type": TYPES[n % TYPES.len()],
            "summary": "A generated incident.",
            "status": "published"
        }));
        data["claims"].as_array_mut().unwrap().push(json!({
            "id": format!("clm-{id}"), "incident": id, "source": format!("src-gen-{:04}", n / 10),
            "figures": {
                "killed": {"civilians": {"qualifier": "exact", "value": killed}},
                "injured": {"civilians": {"qualifier": "exact", "value": next(6)}}
            }
        }));
    }
    data
}

/// A store holding [`dataset`].
pub fn store(count: usize) -> Store {
    let text = serde_json::to_string(&dataset(count)).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store
        .import(
            &interop::read_dataset("big.json", &text).unwrap(),
            "big record",
        )
        .unwrap();
    store
}
