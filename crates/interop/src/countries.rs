//! Country names and codes: ISO 3166-1 alpha-3, numeric (ACLED's `iso` column) and the names
//! ACLED and UCDP write (`data/countries.tsv`, from Debian's iso-codes with the datasets'
//! spellings added).

use std::collections::HashMap;
use std::sync::LazyLock;

use model::CountryCode;

const TABLE: &str = include_str!("../data/countries.tsv");

struct Countries {
    by_code: HashMap<String, (u16, String)>,
    by_name: HashMap<String, String>,
    by_numeric: HashMap<u16, String>,
}

static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| {
    let mut countries = Countries {
        by_code: HashMap::new(),
        by_name: HashMap::new(),
        by_numeric: HashMap::new(),
    };
    for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
        let mut cells = line.split('\t');
        let (Some(code), Some(numeric), Some(name)) = (cells.next(), cells.next(), cells.next())
        else {
            continue;
        };
        let numeric: u16 = numeric.parse().unwrap_or(0);
        countries
            .by_code
            .insert(code.to_owned(), (numeric, name.to_owned()));
        if numeric != 0 {
            countries.by_numeric.insert(numeric, code.to_owned());
        }
        for name in std::iter::once(name).chain(cells) {
            countries
                .by_name
                .insert(name.to_lowercase(), code.to_owned());
        }
    }
    countries
});

/// The country a cell names: an alpha-3 code ("PAK"), a name ("Pakistan", "Iran"), or the
/// numeric code ACLED's `iso` column holds ("586").
pub fn parse_country(text: &str) -> Option<CountryCode> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let countries = &*COUNTRIES;
    if let Ok(numeric) = text.parse::<u16>() {
        return countries
            .by_numeric
            .get(&numeric)
            .and_then(|c| CountryCode::new(c).ok());
    }
    let upper = text.to_ascii_uppercase();
    if upper.len() == 3 && countries.by_code.contains_key(&upper) {
        return CountryCode::new(&upper).ok();
    }
    countries
        .by_name
        .get(&text.to_lowercase())
        .and_then(|c| CountryCode::new(c).ok())
}

/// The name exports write for a country ("Pakistan"), or its code when the table lacks it.
pub fn country_name(code: CountryCode) -> String {
    COUNTRIES
        .by_code
        .get(code.as_str())
        .map_or_else(|| code.to_string(), |(_, name)| name.clone())
}

/// ISO 3166-1 numeric code, as ACLED's `iso` column writes it ("4", "586").
pub fn country_numeric(code: CountryCode) -> Option<u16> {
    COUNTRIES
        .by_code
        .get(code.as_str())
        .map(|(n, _)| *n)
        .filter(|n| *n != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_names_and_numbers_all_find_the_country() {
        for text in [
            "PAK",
            "pak",
            "Pakistan",
            "586",
            " Islamic Republic of Pakistan ",
        ] {
            assert_eq!(parse_country(text), Some(CountryCode::PAK), "{text}");
        }
        assert_eq!(parse_country("4"), Some(CountryCode::AFG));
        assert_eq!(
            parse_country("Democratic Republic of Congo").map(|c| c.to_string()),
            Some("COD".into())
        );
        assert_eq!(parse_country("Atlantis"), None);
        assert_eq!(country_name(CountryCode::AFG), "Afghanistan");
        assert_eq!(country_numeric(CountryCode::PAK), Some(586));
    }
}
