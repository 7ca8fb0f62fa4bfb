//! The capitals and major cities whose strikes the escalation index counts as severe, compiled in
//! from `data/cities.tsv` (which says how the list was drawn and where its numbers come from).

use model::{CountryCode, GeoPrecision, PlaceRef};

/// How far from a city's centre a precisely known place still counts as the city.
pub const CITY_RADIUS_KM: f64 = 15.0;

/// What a city is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CityKind {
    /// The seat of a state's government (Kabul, Islamabad).
    NationalCapital,
    /// The capital of a province.
    ProvincialCapital,
    /// Another major city.
    City,
}

/// One city of the list.
#[derive(Clone, Debug, PartialEq)]
pub struct City {
    /// Its name.
    pub name: String,
    /// Other spellings, lower case.
    pub aliases: Vec<String>,
    /// Its country.
    pub country: CountryCode,
    /// What it is.
    pub kind: CityKind,
    /// Its centre's latitude.
    pub lat: f64,
    /// Its centre's longitude.
    pub lon: f64,
    /// Its population (GeoNames).
    pub population: u64,
}

/// The list, parsed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cities {
    cities: Vec<City>,
}

impl Cities {
    /// The compiled-in list. A test keeps it readable; a line that does not read is an error
    /// naming the line.
    pub fn major() -> Result<Cities, String> {
        Cities::parse(include_str!("../../data/cities.tsv"))
    }

    /// Reads a list: `name, aliases (comma-separated), country, kind, lat, lon, population,
    /// geonames id`, tab-separated, `#` for comments.
    pub fn parse(text: &str) -> Result<Cities, String> {
        let mut cities = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |what: &str| format!("cities list, line {}: {what}", n + 1);
            let fields: Vec<&str> = line.split('\t').collect();
            let [
                name,
                aliases,
                country,
                kind,
                lat,
                lon,
                population,
                _geonames,
            ] = fields.as_slice()
            else {
                return Err(error("expected 8 tab-separated fields"));
            };
            let kind = match *kind {
                "national_capital" => CityKind::NationalCapital,
                "provincial_capital" => CityKind::ProvincialCapital,
                "city" => CityKind::City,
                _ => return Err(error("unknown kind")),
            };
            let number = |text: &str| text.parse::<f64>().map_err(|_| error("not a number"));
            cities.push(City {
                name: (*name).to_owned(),
                aliases: aliases
                    .split(',')
                    .map(|a| a.trim().to_lowercase())
                    .filter(|a| !a.is_empty())
                    .collect(),
                country: CountryCode::new(country).map_err(|e| error(&e.to_string()))?,
                kind,
                lat: number(lat)?,
                lon: number(lon)?,
                population: population
                    .parse()
                    .map_err(|_| error("the population is not a whole number"))?,
            });
        }
        Ok(Cities { cities })
    }

    /// Every city.
    pub fn all(&self) -> &[City] {
        &self.cities
    }

    /// The city a place is in, if it is one of the list's.
    pub fn city_of(&self, place: &PlaceRef) -> Option<&City> {
        self.cities
            .iter()
            .find(|city| city.country == place.country && (named(city, place) || near(city, place)))
    }
}

fn named(city: &City, place: &PlaceRef) -> bool {
    [&place.location, &place.admin2]
        .into_iter()
        .flatten()
        .map(|name| name.trim().to_lowercase())
        .any(|name| name == city.name.to_lowercase() || city.aliases.contains(&name))
}

fn near(city: &City, place: &PlaceRef) -> bool {
    place.precision != GeoPrecision::Region
        && place
            .coordinates
            .is_some_and(|c| distance_km(c.lat(), c.lon(), city.lat, city.lon) <= CITY_RADIUS_KM)
}

/// Great-circle distance (haversine, mean earth radius 6371 km).
fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;
    use model::Coordinates;

    fn place(
        admin1: &str,
        location: Option<&str>,
        at: (f64, f64),
        precision: GeoPrecision,
    ) -> PlaceRef {
        PlaceRef {
            admin1: Some(admin1.into()),
            location: location.map(str::to_owned),
            coordinates: Some(Coordinates::new(at.0, at.1).unwrap()),
            precision,
            ..PlaceRef::country(CountryCode::AFG)
        }
    }

    #[test]
    fn the_list_reads_and_holds_both_capitals() {
        let cities = Cities::major().unwrap();
        let capitals: Vec<&str> = cities
            .all()
            .iter()
            .filter(|c| c.kind == CityKind::NationalCapital)
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(capitals, ["Kabul", "Islamabad"]);
        assert!(Cities::parse("Kabul\t\tAFG\tcapital\t1\t2\t3\tgn1\n").is_err());
    }

    #[test]
    fn a_place_is_the_city_by_name_or_by_a_precise_point_near_it() {
        let cities = Cities::major().unwrap();
        let kabul = place(
            "Kabul",
            Some("Kabul city"),
            (34.53, 69.17),
            GeoPrecision::Near,
        );
        assert_eq!(cities.city_of(&kabul).unwrap().name, "Kabul");
        let unnamed = place("Kabul", None, (34.53, 69.17), GeoPrecision::Exact);
        assert_eq!(cities.city_of(&unnamed).unwrap().name, "Kabul");
        // A province known only to its centre is not its capital city.
        let province = place("Kabul", None, (34.53, 69.17), GeoPrecision::Region);
        assert_eq!(cities.city_of(&province), None);
        // Barmal, Paktika: far from any city.
        let barmal = place("Paktika", None, (32.73, 69.25), GeoPrecision::Near);
        assert_eq!(cities.city_of(&barmal), None);
        assert!((distance_km(34.5281, 69.1723, 33.7215, 73.0433) - 367.0).abs() < 10.0);
    }
}
