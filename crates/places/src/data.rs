//! Reading the compiled gazetteer that is embedded in the binary (`data/gazetteer/*.json`, written
//! by `scripts/gazetteer/build.py`).
//!
//! The files are parsed once, on first use. They are checked by the crate's tests, so a failure
//! here means a broken build of the data; it is reported as a [`DataError`] rather than a panic.

use model::{Coordinates, CountryCode};
use serde::Deserialize;

use crate::place::{FarSide, Level, LocationSource, Place};

pub(crate) const PLACES_JSON: &str = include_str!("../data/gazetteer/places.json");
pub(crate) const GEOMETRY_JSON: &str = include_str!("../data/gazetteer/geometry.json");

/// The embedded gazetteer data could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError(pub(crate) String);

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "embedded gazetteer data is broken: {}", self.0)
    }
}

impl std::error::Error for DataError {}

#[derive(Deserialize)]
struct RawPlaces {
    places: Vec<RawPlace>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: String,
    name: String,
    level: String,
    country: String,
    #[serde(default)]
    admin1: Option<String>,
    #[serde(default)]
    admin2: Option<String>,
    lat: f64,
    lon: f64,
    location: String,
    #[serde(default)]
    iso_3166_2: Option<String>,
    #[serde(default)]
    pcode: Option<String>,
    #[serde(default)]
    geonames_id: Option<u32>,
    #[serde(default)]
    population: Option<u64>,
    #[serde(default)]
    far_admin1: Option<String>,
    #[serde(default)]
    far_admin2: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

pub(crate) fn parse_places(json: &str) -> Result<Vec<Place>, DataError> {
    let raw: RawPlaces =
        serde_json::from_str(json).map_err(|e| DataError(format!("places.json: {e}")))?;
    raw.places.into_iter().map(convert).collect()
}

fn convert(raw: RawPlace) -> Result<Place, DataError> {
    let bad = |what: &str| DataError(format!("place {}: {what}", raw.id));
    let level = Level::parse(&raw.level).ok_or_else(|| bad("unknown level"))?;
    let country = CountryCode::new(&raw.country).map_err(|e| bad(e.message()))?;
    let coordinates = Coordinates::new(raw.lat, raw.lon).map_err(|e| bad(e.message()))?;
    let location_source =
        LocationSource::parse(&raw.location).ok_or_else(|| bad("unknown location source"))?;
    let far_side = raw.far_admin1.clone().map(|admin1| FarSide {
        country: CountryCode::AFG,
        admin1,
        admin2: raw.far_admin2.clone(),
    });
    Ok(Place {
        id: raw.id,
        name: raw.name,
        level,
        country,
        admin1: raw.admin1,
        admin2: raw.admin2,
        coordinates,
        location_source,
        iso_3166_2: raw.iso_3166_2,
        pcode: raw.pcode,
        geonames_id: raw.geonames_id,
        aliases: raw.aliases,
        population: raw.population,
        far_side,
    })
}
