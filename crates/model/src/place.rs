//! Where things happened: a country, the administrative units below it, a named location,
//! coordinates, and how precisely the place is known.
//!
//! Precision follows ACLED's `geo_precision`: 1 = the town itself, 2 = near a town or a small part
//! of a district, 3 = only the province (or something coarser) is known. UCDP's seven-step
//! `where_prec` folds onto it (see [`GeoPrecision::from_ucdp_code`]).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ModelError;

/// An ISO 3166-1 alpha-3 country code ("AFG", "PAK").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode([u8; 3]);

impl CountryCode {
    /// Afghanistan.
    pub const AFG: CountryCode = CountryCode(*b"AFG");
    /// Pakistan.
    pub const PAK: CountryCode = CountryCode(*b"PAK");

    /// Checks and wraps a code: three upper-case ASCII letters.
    pub fn new(text: &str) -> Result<Self, ModelError> {
        match text.as_bytes() {
            [a, b, c] if [a, b, c].iter().all(|x| x.is_ascii_uppercase()) => {
                Ok(CountryCode([*a, *b, *c]))
            }
            _ => Err(ModelError::new(format!(
                "country {text:?} is not an ISO 3166-1 alpha-3 code (three capital letters, such as AFG or PAK)"
            ))),
        }
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        // The constructor admits only ASCII capitals, so this cannot fail.
        std::str::from_utf8(&self.0).unwrap_or("???")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for CountryCode {
    type Error = ModelError;
    fn try_from(text: String) -> Result<Self, ModelError> {
        CountryCode::new(&text)
    }
}

impl From<CountryCode> for String {
    fn from(code: CountryCode) -> String {
        code.as_str().to_owned()
    }
}

impl std::str::FromStr for CountryCode {
    type Err = ModelError;
    fn from_str(text: &str) -> Result<Self, ModelError> {
        CountryCode::new(text)
    }
}

impl JsonSchema for CountryCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CountryCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "ISO 3166-1 alpha-3 country code.",
            "pattern": "^[A-Z]{3}$"
        })
    }
}

/// A point on the earth in WGS 84 degrees.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "RawCoordinates")]
pub struct Coordinates {
    lat: f64,
    lon: f64,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawCoordinates {
    /// Latitude in degrees, −90 to 90.
    #[schemars(range(min = -90.0, max = 90.0))]
    lat: f64,
    /// Longitude in degrees, −180 to 180.
    #[schemars(range(min = -180.0, max = 180.0))]
    lon: f64,
}

impl TryFrom<RawCoordinates> for Coordinates {
    type Error = ModelError;
    fn try_from(raw: RawCoordinates) -> Result<Self, ModelError> {
        Coordinates::new(raw.lat, raw.lon)
    }
}

impl JsonSchema for Coordinates {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Coordinates".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawCoordinates::json_schema(generator)
    }
}

impl Coordinates {
    /// Checks and makes a point: latitude within ±90°, longitude within ±180°, both finite.
    pub fn new(lat: f64, lon: f64) -> Result<Self, ModelError> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(ModelError::new(format!(
                "latitude {lat} is outside -90 to 90 degrees"
            )));
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(ModelError::new(format!(
                "longitude {lon} is outside -180 to 180 degrees"
            )));
        }
        Ok(Coordinates { lat, lon })
    }

    /// Latitude in degrees.
    pub fn lat(&self) -> f64 {
        self.lat
    }

    /// Longitude in degrees.
    pub fn lon(&self) -> f64 {
        self.lon
    }
}

/// How precisely a place is known (ACLED's `geo_precision`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum GeoPrecision {
    /// A particular town or its outskirts (ACLED 1).
    Exact,
    /// Near a town, or a small part of a district; coordinates of that town or the district's
    /// centre (ACLED 2).
    Near,
    /// Only the province or a larger area is known; coordinates of its centre (ACLED 3).
    Region,
}

impl GeoPrecision {
    /// All precisions, finest first.
    pub const ALL: [GeoPrecision; 3] = [
        GeoPrecision::Exact,
        GeoPrecision::Near,
        GeoPrecision::Region,
    ];

    /// The name used in files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            GeoPrecision::Exact => "exact",
            GeoPrecision::Near => "near",
            GeoPrecision::Region => "region",
        }
    }

    /// Parses the name used in files and URLs.
    pub fn parse(text: &str) -> Result<Self, ModelError> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .ok_or_else(|| {
                ModelError::new(format!(
                    "unknown place precision {text:?}; expected exact, near or region"
                ))
            })
    }

    /// ACLED's `geo_precision` code, 1 to 3.
    pub fn acled_code(self) -> u8 {
        match self {
            GeoPrecision::Exact => 1,
            GeoPrecision::Near => 2,
            GeoPrecision::Region => 3,
        }
    }

    /// Reads ACLED's `geo_precision` code.
    pub fn from_acled_code(code: u8) -> Result<Self, ModelError> {
        match code {
            1 => Ok(GeoPrecision::Exact),
            2 => Ok(GeoPrecision::Near),
            3 => Ok(GeoPrecision::Region),
            other => Err(ModelError::new(format!(
                "ACLED geo_precision must be 1, 2 or 3, not {other}"
            ))),
        }
    }

    /// Reads UCDP GED's `where_prec` (1 exact; 2 within a limited area around a named place;
    /// 3 a second-order unit; 4 a first-order unit; 5 a larger area; 6 the country; 7 water or
    /// airspace). 1 → exact; 2 and 3 → near; 4 to 7 → region, ACLED's coarsest level.
    pub fn from_ucdp_code(code: u8) -> Result<Self, ModelError> {
        match code {
            1 => Ok(GeoPrecision::Exact),
            2 | 3 => Ok(GeoPrecision::Near),
            4..=7 => Ok(GeoPrecision::Region),
            other => Err(ModelError::new(format!(
                "UCDP where_prec must be between 1 and 7, not {other}"
            ))),
        }
    }

    /// The UCDP `where_prec` a place of this precision gets on export (1, 3 or 4).
    pub fn ucdp_code(self) -> u8 {
        match self {
            GeoPrecision::Exact => 1,
            GeoPrecision::Near => 3,
            GeoPrecision::Region => 4,
        }
    }
}

/// A place as recorded on an incident: the country, and as much below it as is known.
/// Names are the gazetteer's names where one matched; `location` is the most specific name the
/// sources give (a village, a market, a border crossing).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlaceRef {
    /// The country the place lies in.
    pub country: CountryCode,
    /// The province (admin1), e.g. "Khost", "Khyber Pakhtunkhwa".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin1: Option<String>,
    /// The district (admin2), e.g. "Spera".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin2: Option<String>,
    /// The most specific named place the sources give.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// An OCHA p-code for the most specific unit known, when a gazetteer gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pcode: Option<String>,
    /// Coordinates of the place (or of the centre of the unit it is known to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    /// How precisely the place is known.
    pub precision: GeoPrecision,
}

impl PlaceRef {
    /// A place known only to its country.
    pub fn country(country: CountryCode) -> Self {
        PlaceRef {
            country,
            admin1: None,
            admin2: None,
            location: None,
            pcode: None,
            coordinates: None,
            precision: GeoPrecision::Region,
        }
    }

    /// The place as people write it, most specific first: "Spera, Khost, AFG".
    pub fn label(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        for part in [&self.location, &self.admin2, &self.admin1]
            .into_iter()
            .flatten()
        {
            if !parts.contains(&part.as_str()) {
                parts.push(part);
            }
        }
        parts.push(self.country.as_str());
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_coordinates_are_refused_with_the_value() {
        assert_eq!(
            Coordinates::new(95.0, 69.0).unwrap_err().message(),
            "latitude 95 is outside -90 to 90 degrees"
        );
        assert!(Coordinates::new(33.0, 181.0).is_err());
        assert!(Coordinates::new(f64::NAN, 69.0).is_err());
        assert!(Coordinates::new(33.34, 69.92).is_ok());
        let err = serde_json::from_str::<Coordinates>(r#"{"lat":95,"lon":69}"#).unwrap_err();
        assert!(err.to_string().contains("latitude 95"), "{err}");
    }

    #[test]
    fn country_codes_are_three_capitals() {
        assert_eq!(CountryCode::new("AFG").unwrap(), CountryCode::AFG);
        assert!(CountryCode::new("af").is_err());
        assert!(CountryCode::new("AFGH").is_err());
    }

    #[test]
    fn ucdp_precision_folds_onto_acled() {
        let folded: Vec<u8> = (1..=7)
            .map(|c| GeoPrecision::from_ucdp_code(c).unwrap().acled_code())
            .collect();
        assert_eq!(folded, [1, 2, 2, 3, 3, 3, 3]);
        assert!(GeoPrecision::from_ucdp_code(8).is_err());
        for p in GeoPrecision::ALL {
            assert_eq!(GeoPrecision::from_ucdp_code(p.ucdp_code()).unwrap(), p);
            assert_eq!(GeoPrecision::from_acled_code(p.acled_code()).unwrap(), p);
        }
    }

    #[test]
    fn labels_skip_repeated_names() {
        let place = PlaceRef {
            admin1: Some("Khost".into()),
            admin2: Some("Khost".into()),
            location: Some("Mandozai".into()),
            ..PlaceRef::country(CountryCode::AFG)
        };
        assert_eq!(place.label(), "Mandozai, Khost, AFG");
    }
}
