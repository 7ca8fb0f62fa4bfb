//! What the gazetteer knows about one place: its level, its parents, where it is and how that
//! position was obtained, its codes, and the other names it goes by.
//!
//! Parents are held as ids (the ISO 3166-2 code of the province, the OCHA p-code of the district)
//! so that a place is small and the hierarchy has one source of truth; [`crate::Gazetteer::get_place`]
//! turns an id back into a place.

use model::{Coordinates, CountryCode, GeoPrecision, PlaceRef};
use serde::Serialize;

/// How high in the hierarchy a place sits. Ordered from the largest unit to the smallest point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Afghanistan or Pakistan.
    Country,
    /// A province (Afghanistan's 34 wilayat; Pakistan's provinces and territories).
    Admin1,
    /// A district (Afghan wuluswali, Pakistani district, including the former tribal agencies).
    Admin2,
    /// An official crossing point on the Afghanistan–Pakistan border.
    Crossing,
    /// A town or village.
    Populated,
}

impl Level {
    /// All levels, largest first.
    pub const ALL: [Level; 5] = [
        Level::Country,
        Level::Admin1,
        Level::Admin2,
        Level::Crossing,
        Level::Populated,
    ];

    /// The name used in files and in the CLI's JSON ("admin1", "populated", …).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Country => "country",
            Level::Admin1 => "admin1",
            Level::Admin2 => "admin2",
            Level::Crossing => "crossing",
            Level::Populated => "populated",
        }
    }

    pub(crate) fn parse(text: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == text)
    }
}

/// Where a place's coordinates come from, which says how far they can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationSource {
    /// The area centroid of the unit's (Natural Earth) polygon.
    PolygonCentroid,
    /// A GeoNames populated place in the district that bears the district's name (its seat).
    GeonamesSeat,
    /// The largest GeoNames populated place in the district (no place bears its name).
    GeonamesTown,
    /// No GeoNames place lies in the district: the centroid of its province stands in. Such
    /// districts take no part in nearest-centroid lookups.
    Admin1Centroid,
    /// A GeoNames point (towns and villages).
    GeonamesPoint,
    /// A curated crossing position moved onto the nearest point of the border line.
    SnappedToBorder,
    /// A fixed label point.
    Label,
}

impl LocationSource {
    pub(crate) fn parse(text: &str) -> Option<LocationSource> {
        Some(match text {
            "polygon_centroid" => LocationSource::PolygonCentroid,
            "geonames_seat" => LocationSource::GeonamesSeat,
            "geonames_town" => LocationSource::GeonamesTown,
            "admin1_centroid" => LocationSource::Admin1Centroid,
            "geonames_point" => LocationSource::GeonamesPoint,
            "snapped_to_border" => LocationSource::SnappedToBorder,
            "label" => LocationSource::Label,
            _ => return None,
        })
    }

    /// The name used in the CLI's JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            LocationSource::PolygonCentroid => "polygon_centroid",
            LocationSource::GeonamesSeat => "geonames_seat",
            LocationSource::GeonamesTown => "geonames_town",
            LocationSource::Admin1Centroid => "admin1_centroid",
            LocationSource::GeonamesPoint => "geonames_point",
            LocationSource::SnappedToBorder => "snapped_to_border",
            LocationSource::Label => "label",
        }
    }
}

/// The Afghan side of a border crossing (the crossing itself is filed under its Pakistani side).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FarSide {
    /// Always Afghanistan for the crossings of this border.
    pub country: CountryCode,
    /// ISO 3166-2 code of the province on that side.
    pub admin1: String,
    /// OCHA p-code of the district on that side, where known.
    pub admin2: Option<String>,
}

/// One place of the gazetteer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    /// Stable id: "AFG"/"PAK" for countries, the ISO 3166-2 code for provinces ("AF-KHO"), the
    /// OCHA p-code for districts ("AF1411"), "gn" + GeoNames id for towns, "X-…" for crossings.
    pub id: String,
    /// The name crosscheck displays (conventional English for provinces, OCHA's for districts).
    pub name: String,
    /// Level in the hierarchy.
    pub level: Level,
    /// Country the place lies in (for a crossing, its Pakistani side).
    pub country: CountryCode,
    /// Id of the province the place lies in (None for countries and provinces themselves).
    pub admin1: Option<String>,
    /// Id of the district the place lies in (None for units at or above district level, and for
    /// towns GeoNames does not assign to a district).
    pub admin2: Option<String>,
    /// Coordinates of the place, see `location_source` for what they are.
    pub coordinates: Coordinates,
    /// Where the coordinates come from.
    pub location_source: LocationSource,
    /// ISO 3166-2 code (provinces only).
    pub iso_3166_2: Option<String>,
    /// OCHA p-code (provinces and districts).
    pub pcode: Option<String>,
    /// GeoNames id, when the place was joined to GeoNames.
    pub geonames_id: Option<u32>,
    /// Other names: news spellings, GeoNames variants, names in Arabic script (Pashto, Dari, Urdu).
    pub aliases: Vec<String>,
    /// Population (GeoNames), for towns that have one.
    pub population: Option<u64>,
    /// For a border crossing: the Afghan side.
    pub far_side: Option<FarSide>,
}

impl Place {
    /// All the names of the place, the displayed one first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// How precisely an incident placed here is known (ACLED's geo_precision): a town or a
    /// crossing is exact, a district "near", a province or country only the region.
    pub fn precision(&self) -> GeoPrecision {
        match self.level {
            Level::Populated | Level::Crossing => GeoPrecision::Exact,
            Level::Admin2 => GeoPrecision::Near,
            Level::Admin1 | Level::Country => GeoPrecision::Region,
        }
    }

    /// The place as an incident records it (names of the units, p-code, coordinates). Needs the
    /// gazetteer to turn parent ids into names.
    pub fn to_place_ref(&self, gazetteer: &crate::Gazetteer) -> PlaceRef {
        let admin1 = self.admin1_name(gazetteer).map(str::to_owned);
        let admin2 = self.admin2_name(gazetteer).map(str::to_owned);
        let location = match self.level {
            Level::Populated | Level::Crossing => Some(self.name.clone()),
            _ => None,
        };
        let pcode = self.pcode.clone().or_else(|| {
            self.admin2
                .as_deref()
                .and_then(|id| gazetteer.get_place(id))
                .and_then(|p| p.pcode.clone())
        });
        PlaceRef {
            country: self.country,
            admin1,
            admin2,
            location,
            pcode,
            coordinates: Some(self.coordinates),
            precision: self.precision(),
        }
    }

    /// Name of the province the place is in, or its own name if it is a province.
    pub fn admin1_name<'g>(&'g self, gazetteer: &'g crate::Gazetteer) -> Option<&'g str> {
        match self.level {
            Level::Admin1 => Some(self.name.as_str()),
            _ => self
                .admin1
                .as_deref()
                .and_then(|id| gazetteer.get_place(id))
                .map(|p| p.name.as_str()),
        }
    }

    /// Name of the district the place is in, or its own name if it is a district.
    pub fn admin2_name<'g>(&'g self, gazetteer: &'g crate::Gazetteer) -> Option<&'g str> {
        match self.level {
            Level::Admin2 => Some(self.name.as_str()),
            _ => self
                .admin2
                .as_deref()
                .and_then(|id| gazetteer.get_place(id))
                .map(|p| p.name.as_str()),
        }
    }
}
