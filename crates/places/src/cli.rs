//! The JSON lines that `crosscheck places search` and `crosscheck places near` print, so that the
//! CLI only parses its arguments and prints what these functions return (the contract is in
//! `docs/places.md`).
//!
//! `search NAME` prints one object a line, best match first:
//! `{"name","level","country","admin1","admin2","lat","lon","pcode","score"}`.
//!
//! `near LAT LON` prints the province and district the point falls in, then the nearest town and
//! the nearest border crossing, each as
//! `{"name","level","country","admin1","admin2","lat","lon","pcode","method","distance_km"}`,
//! and last `{"border":"Afghanistan–Pakistan border (Durand Line)","border_km":…}`.

use model::Coordinates;
use serde::Serialize;

use crate::gazetteer::{Context, Gazetteer, Match};
use crate::geo::{Located, distance_to_border_km};
use crate::geometry::BORDER_LABEL;
use crate::place::{Level, Place};

#[derive(Serialize)]
struct PlaceLine<'a> {
    name: &'a str,
    level: &'static str,
    country: &'a str,
    admin1: Option<&'a str>,
    admin2: Option<&'a str>,
    lat: f64,
    lon: f64,
    pcode: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    method: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_km: Option<f64>,
}

impl<'a> PlaceLine<'a> {
    fn new(place: &'a Place, gazetteer: &'a Gazetteer) -> Self {
        PlaceLine {
            name: &place.name,
            level: place.level.as_str(),
            country: place.country.as_str(),
            admin1: place.admin1_name(gazetteer),
            admin2: place.admin2_name(gazetteer),
            lat: place.coordinates.lat(),
            lon: place.coordinates.lon(),
            pcode: place.pcode.as_deref().or_else(|| {
                place
                    .admin2
                    .as_deref()
                    .and_then(|id| gazetteer.get_place(id))
                    .and_then(|p| p.pcode.as_deref())
            }),
            score: None,
            method: None,
            distance_km: None,
        }
    }
}

#[derive(Serialize)]
struct BorderLine {
    border: &'static str,
    border_km: f64,
}

fn push_json(out: &mut String, value: &impl Serialize) {
    // Serialising these plain structs cannot fail; an empty line would show it if it ever did.
    out.push_str(&serde_json::to_string(value).unwrap_or_default());
    out.push('\n');
}

fn round(value: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}

/// The lines of `crosscheck places search NAME`: every match of [`Gazetteer::search`], or, when
/// the name is a phrase ("Spera district of Khost"), the place [`Gazetteer::resolve`] settles on.
pub fn search_lines(gazetteer: &Gazetteer, name: &str, context: &Context) -> String {
    let mut matches: Vec<Match<'_>> = gazetteer.search(name, context);
    if matches.is_empty() {
        matches.extend(gazetteer.resolve(name, context));
    }
    let mut out = String::new();
    for m in &matches {
        let mut line = PlaceLine::new(m.place, gazetteer);
        line.score = Some(m.score);
        push_json(&mut out, &line);
    }
    out
}

fn located_line<'a>(unit: &Located<'a>, gazetteer: &'a Gazetteer) -> PlaceLine<'a> {
    let mut line = PlaceLine::new(unit.place, gazetteer);
    line.method = Some(unit.method.as_str());
    line.distance_km = Some(round(unit.distance_km, 1));
    line
}

/// The lines of `crosscheck places near LAT LON`.
pub fn near_lines(gazetteer: &Gazetteer, point: Coordinates) -> String {
    let mut out = String::new();
    let location = gazetteer.locate(point);
    for unit in [&location.admin1, &location.admin2].into_iter().flatten() {
        push_json(&mut out, &located_line(unit, gazetteer));
    }
    for level in [Level::Populated, Level::Crossing] {
        if let Some((place, d)) = gazetteer.nearest(point, level, 1).into_iter().next() {
            let mut line = PlaceLine::new(place, gazetteer);
            line.method = Some("nearest");
            line.distance_km = Some(round(d, 1));
            push_json(&mut out, &line);
        }
    }
    push_json(
        &mut out,
        &BorderLine {
            border: BORDER_LABEL,
            border_km: round(distance_to_border_km(point), 1),
        },
    );
    out
}
