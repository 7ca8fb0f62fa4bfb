//! Placing a row: the country, province, district and location a dataset gives, resolved against
//! the gazetteer for rows in Afghanistan and Pakistan to fill in the p-code and any unit the file
//! leaves out.
//!
//! The file's own names and coordinates are kept whenever it gives them: the gazetteer adds, it
//! never overwrites (a source's coordinates are never replaced by a centroid). A row the gazetteer
//! cannot place is kept with the file's names and a note saying so. Results are cached by the
//! names asked about, since a dataset repeats the same few hundred places many times.

use std::collections::HashMap;

use model::{Coordinates, CountryCode, GeoPrecision, PlaceRef};
use places::{Context, Gazetteer, Level, Match};

/// What a file says about where a row happened.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct PlaceCells<'a> {
    pub country: Option<CountryCode>,
    pub admin1: &'a str,
    pub admin2: &'a str,
    pub location: &'a str,
    pub coordinates: Option<Coordinates>,
    pub precision: Option<GeoPrecision>,
}

/// What the gazetteer added to one set of names.
#[derive(Clone, Debug, Default)]
struct Resolved {
    country: Option<CountryCode>,
    admin1: Option<String>,
    admin2: Option<String>,
    pcode: Option<String>,
    coordinates: Option<Coordinates>,
    precision: Option<GeoPrecision>,
    note: Option<String>,
}

/// Resolves places, remembering the answers.
pub(crate) struct Placer {
    gazetteer: &'static Gazetteer,
    /// Answers by the names asked about, joined by U+001F.
    cache: HashMap<String, Resolved>,
    /// The key being looked up, reused from row to row.
    key: String,
}

/// The least score a gazetteer match needs to be taken (homonyms in several provinces that the
/// context does not settle score 0.5 to 0.7).
const MIN_SCORE: f64 = 0.6;

impl Placer {
    pub(crate) fn new() -> Self {
        Placer {
            gazetteer: Gazetteer::get(),
            cache: HashMap::new(),
            key: String::new(),
        }
    }

    /// The place of a row, and a note when the gazetteer could not place names the file gives.
    /// Fails only when no country can be found at all.
    pub(crate) fn place(
        &mut self,
        cells: &PlaceCells<'_>,
    ) -> Result<(PlaceRef, Option<String>), String> {
        self.key.clear();
        for part in [
            cells.country.as_ref().map_or("", CountryCode::as_str),
            cells.admin1,
            cells.admin2,
            cells.location,
        ] {
            self.key.push_str(part);
            self.key.push('\u{1f}');
        }
        if !self.cache.contains_key(self.key.as_str()) {
            let r = self.resolve(cells);
            self.cache.insert(self.key.clone(), r);
        }
        let Some(resolved) = self.cache.get(self.key.as_str()) else {
            return Err("the place cache lost an entry".into());
        };
        let mut country = cells.country.or(resolved.country);
        let mut admin1 = non_empty(cells.admin1).or_else(|| resolved.admin1.clone());
        let mut admin2 = non_empty(cells.admin2).or_else(|| resolved.admin2.clone());
        let mut pcode = resolved.pcode.clone();
        // With no names to go on, the coordinates say which province and district it is.
        if admin1.is_none()
            && admin2.is_none()
            && let Some(point) = cells.coordinates
        {
            let located = self.gazetteer.locate(point);
            if let Some(a1) = located.admin1.as_ref().map(|l| l.place)
                && (country.is_none() || country == Some(a1.country))
            {
                country = Some(a1.country);
                admin1 = Some(a1.name.clone());
                pcode = a1.pcode.clone();
                if let Some(a2) = located.admin2.as_ref().map(|l| l.place) {
                    admin2 = Some(a2.name.clone());
                    pcode = a2.pcode.clone().or(pcode);
                }
            }
        }
        let Some(country) = country else {
            return Err(
                "no country: the file gives none, and neither the names nor the coordinates place the row in Afghanistan or Pakistan"
                    .into(),
            );
        };
        let coordinates = cells.coordinates.or(resolved.coordinates);
        let precision = cells
            .precision
            .or(resolved.precision)
            .unwrap_or(GeoPrecision::Region);
        Ok((
            PlaceRef {
                country,
                admin1,
                admin2,
                location: non_empty(cells.location),
                pcode,
                coordinates,
                precision,
            },
            resolved.note.clone(),
        ))
    }

    fn resolve(&self, cells: &PlaceCells<'_>) -> Resolved {
        let mut out = Resolved::default();
        let in_gazetteer = |c: Option<CountryCode>| {
            c.is_none() || c == Some(CountryCode::AFG) || c == Some(CountryCode::PAK)
        };
        if !in_gazetteer(cells.country) {
            return out;
        }
        let mut context = Context::new();
        if let Some(country) = cells.country {
            context = context.country(country);
        }
        let mut unresolved: Vec<String> = Vec::new();
        let mut best: Option<&places::Place> = None;
        if !cells.admin1.is_empty() {
            match self.pick(cells.admin1, &context.clone().level(Level::Admin1)) {
                Some(m) => {
                    context = context.admin1(m.place.id.clone());
                    if cells.country.is_none() {
                        context = context.country(m.place.country);
                    }
                    best = Some(m.place);
                }
                None => unresolved.push(format!("admin1 {:?}", cells.admin1)),
            }
        }
        if !cells.admin2.is_empty() {
            match self.pick(cells.admin2, &context.clone().level(Level::Admin2)) {
                Some(m) => best = Some(m.place),
                None => unresolved.push(format!("admin2 {:?}", cells.admin2)),
            }
        }
        if !cells.location.is_empty()
            && let Some(m) = self.pick(cells.location, &context)
            && m.place.level >= best.map_or(Level::Country, |b| b.level)
        {
            best = Some(m.place);
        }
        if let Some(place) = best {
            let reference = place.to_place_ref(self.gazetteer);
            out.country = Some(place.country);
            out.admin1 = reference.admin1;
            out.admin2 = reference.admin2;
            out.pcode = reference.pcode;
            out.coordinates = reference.coordinates;
            out.precision = Some(reference.precision);
        }
        if !unresolved.is_empty() {
            out.note = Some(format!(
                "Not found in the gazetteer: {}; kept as the file gives it.",
                unresolved.join(", ")
            ));
        }
        out
    }

    fn pick(&self, name: &str, context: &Context) -> Option<Match<'static>> {
        let found = self.gazetteer.resolve(name, context)?;
        (found.score >= MIN_SCORE).then_some(found)
    }
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_and_coordinates_are_kept_and_the_pcode_added() {
        let mut placer = Placer::new();
        let point = Coordinates::new(26.3091, 63.1537).unwrap();
        let (place, note) = placer
            .place(&PlaceCells {
                country: None,
                admin1: "Balochistan",
                admin2: "Kech",
                location: "Buleda",
                coordinates: Some(point),
                precision: Some(GeoPrecision::Exact),
            })
            .unwrap();
        assert_eq!(place.country, CountryCode::PAK);
        assert_eq!(place.admin2.as_deref(), Some("Kech"));
        assert_eq!(place.location.as_deref(), Some("Buleda"));
        assert_eq!(place.coordinates, Some(point));
        assert!(
            place.pcode.as_deref().is_some_and(|p| p.starts_with("PK")),
            "{place:?}"
        );
        assert_eq!(note, None);
    }

    #[test]
    fn a_district_alone_fills_in_the_province() {
        let mut placer = Placer::new();
        let (place, _) = placer
            .place(&PlaceCells {
                country: Some(CountryCode::AFG),
                admin2: "Spera",
                ..PlaceCells::default()
            })
            .unwrap();
        assert_eq!(place.admin1.as_deref(), Some("Khost"));
        assert_eq!(place.pcode.as_deref(), Some("AF1411"));
        assert_eq!(place.precision, GeoPrecision::Near);
    }

    #[test]
    fn unknown_names_are_kept_with_a_note_and_other_countries_untouched() {
        let mut placer = Placer::new();
        let (place, note) = placer
            .place(&PlaceCells {
                country: Some(CountryCode::PAK),
                admin1: "Balochistan",
                admin2: "Nowhereabad",
                ..PlaceCells::default()
            })
            .unwrap();
        assert_eq!(place.admin2.as_deref(), Some("Nowhereabad"));
        assert!(note.unwrap().contains("admin2 \"Nowhereabad\""));
        let iran = CountryCode::new("IRN").unwrap();
        let (place, note) = placer
            .place(&PlaceCells {
                country: Some(iran),
                admin1: "Sistan and Baluchestan",
                ..PlaceCells::default()
            })
            .unwrap();
        assert_eq!((place.country, place.pcode, note), (iran, None, None));
        assert!(placer.place(&PlaceCells::default()).is_err());
    }
}
