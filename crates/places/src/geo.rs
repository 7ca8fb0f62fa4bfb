//! Questions about a coordinate: which province and district it is in, what is near it, and how
//! far it is from the Afghanistan–Pakistan border.
//!
//! Provinces are found by point-in-polygon on Natural Earth's admin-1 polygons (simplified to
//! 0.01°, so a point within about a kilometre of a provincial boundary can land on the wrong side;
//! a point just outside every polygon, e.g. on a simplified coast, takes the nearest province
//! within 25 km). No free source on the registries has district polygons for these countries, so
//! districts are found by the nearest district location inside that province — the district's
//! seat or largest GeoNames town, not an area centroid. [`Location`] says which method gave each
//! answer.
//!
//! Distances to the border are great-circle distances to the nearest segment of the 1:10m border
//! line, computed in an equirectangular projection centred on the query point (error well under
//! 1% within a few hundred kilometres). The line itself is Natural Earth's, which is within a few
//! kilometres of the surveyed boundary; treat figures under ~3 km as "at the border".

use model::Coordinates;
use serde::Serialize;

use crate::gazetteer::Gazetteer;
use crate::geometry::{self, LonLat};
use crate::place::{Level, Place};

/// Mean Earth radius (IUGG), km.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

/// How far outside every province polygon a point may be and still be given the nearest one.
const PROVINCE_SNAP_KM: f64 = 25.0;

/// How a unit was found for a coordinate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// The point lies inside the unit's polygon.
    Polygon,
    /// The point lies outside every polygon but within 25 km of this one.
    NearestPolygon,
    /// The unit whose location (seat or main town) is nearest, within the province.
    NearestCentroid,
}

impl Method {
    /// The name used in the CLI's JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Polygon => "polygon",
            Method::NearestPolygon => "nearest_polygon",
            Method::NearestCentroid => "nearest_centroid",
        }
    }
}

/// A unit found for a coordinate.
#[derive(Clone, Debug)]
pub struct Located<'g> {
    /// The unit.
    pub place: &'g Place,
    /// How it was found.
    pub method: Method,
    /// Distance from the point to the unit's coordinates, km.
    pub distance_km: f64,
}

/// The units a coordinate falls in.
#[derive(Clone, Debug)]
pub struct Location<'g> {
    /// The province, if the point is in (or within 25 km of) Afghanistan or Pakistan.
    pub admin1: Option<Located<'g>>,
    /// The district, by nearest district location in that province.
    pub admin2: Option<Located<'g>>,
}

/// Great-circle distance between two points, km (haversine).
pub fn haversine_km(a: Coordinates, b: Coordinates) -> f64 {
    let (p1, p2) = (a.lat().to_radians(), b.lat().to_radians());
    let dp = p2 - p1;
    let dl = (b.lon() - a.lon()).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// Distance from a point to the nearest segment of some polylines, km.
pub fn distance_to_lines_km(point: Coordinates, lines: &[Vec<LonLat>]) -> f64 {
    // Local equirectangular projection around the point: x east, y north, in km.
    let ky = EARTH_RADIUS_KM.to_radians();
    let kx = ky * point.lat().to_radians().cos();
    let project = |[lon, lat]: LonLat| ((lon - point.lon()) * kx, (lat - point.lat()) * ky);
    let mut best = f64::INFINITY;
    for line in lines {
        for pair in line.windows(2) {
            let (ax, ay) = project(pair[0]);
            let (bx, by) = project(pair[1]);
            let (dx, dy) = (bx - ax, by - ay);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 {
                0.0
            } else {
                (-(ax * dx + ay * dy) / len2).clamp(0.0, 1.0)
            };
            best = best.min((ax + t * dx).hypot(ay + t * dy));
        }
    }
    best
}

/// Distance from a point to the Afghanistan–Pakistan border (Durand Line), km.
pub fn distance_to_border_km(point: Coordinates) -> f64 {
    distance_to_lines_km(point, geometry::border_detail())
}

impl Gazetteer {
    /// The province and district a coordinate falls in (see the module docs for the methods).
    pub fn locate(&self, point: Coordinates) -> Location<'_> {
        let admin1 = self.locate_admin1(point);
        let admin2 = admin1.as_ref().and_then(|a1| {
            self.located_districts()
                .filter(|d| d.admin1.as_deref() == Some(a1.place.id.as_str()))
                .map(|d| (d, haversine_km(point, d.coordinates)))
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(place, distance_km)| Located {
                    place,
                    method: Method::NearestCentroid,
                    distance_km,
                })
        });
        Location { admin1, admin2 }
    }

    fn locate_admin1(&self, point: Coordinates) -> Option<Located<'_>> {
        let (lon, lat) = (point.lon(), point.lat());
        let mut nearest: Option<(&str, f64)> = None;
        for (code, rings) in geometry::admin1_polygons() {
            if geometry::contains(rings, lon, lat) {
                return self.get_place(code).map(|place| Located {
                    place,
                    method: Method::Polygon,
                    distance_km: haversine_km(point, place.coordinates),
                });
            }
            let d = distance_to_lines_km(point, rings);
            if nearest.is_none_or(|(_, best)| d < best) {
                nearest = Some((code, d));
            }
        }
        let (code, d) = nearest?;
        if d > PROVINCE_SNAP_KM {
            return None;
        }
        self.get_place(code).map(|place| Located {
            place,
            method: Method::NearestPolygon,
            distance_km: haversine_km(point, place.coordinates),
        })
    }

    /// The `count` places of one level nearest to a point, nearest first, with distances in km.
    pub fn nearest(&self, point: Coordinates, level: Level, count: usize) -> Vec<(&Place, f64)> {
        let mut found: Vec<(&Place, f64)> = self
            .places_at(level)
            .map(|p| (p, haversine_km(point, p.coordinates)))
            .collect();
        found.sort_by(|a, b| a.1.total_cmp(&b.1));
        found.truncate(count);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> Coordinates {
        Coordinates::new(lat, lon).unwrap()
    }

    #[test]
    fn haversine_matches_a_known_distance() {
        // Kabul to Islamabad: about 370 km as the crow flies between the two city centres.
        let d = haversine_km(at(34.5281, 69.1723), at(33.6844, 73.0479));
        assert!((d - 370.0).abs() < 15.0, "{d}");
    }

    #[test]
    fn distance_to_a_segment_is_perpendicular_in_the_middle_and_to_the_end_beyond_it() {
        let line = vec![vec![[70.0, 33.0], [71.0, 33.0]]];
        // 0.1° north of the middle of an east-west segment: 11.1 km.
        let d = distance_to_lines_km(at(33.1, 70.5), &line);
        assert!((d - 11.12).abs() < 0.05, "{d}");
        // Beyond the east end: the distance to the end point.
        let beyond = distance_to_lines_km(at(33.0, 71.2), &line);
        let to_end = haversine_km(at(33.0, 71.2), at(33.0, 71.0));
        assert!((beyond - to_end).abs() < 0.05, "{beyond} {to_end}");
    }
}
