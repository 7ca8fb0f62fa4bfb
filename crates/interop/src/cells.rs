//! Reading the values datasets write in their cells: dates in the several forms ACLED and
//! spreadsheets use, whole numbers, coordinates. Each parser says in words what it expected.

use jiff::civil::Date;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Reads a date: `2024-12-31` (also with a time after it: `2004-06-17T00:00:00Z`),
/// `31 December 2024`, `31-December-2024`, `31-Dec-2024`, or day-first `31/12/2024` (ACLED's
/// older exports put the day first).
pub fn parse_date(text: &str) -> Result<Date, String> {
    let text = text.trim();
    let bad =
        || format!("{text:?} is not a date; expected 2024-12-31, 31 December 2024 or 31/12/2024");
    if text.is_empty() {
        return Err("the date is empty".into());
    }
    let iso = text.get(..10).unwrap_or(text);
    if iso.len() == 10 && iso.as_bytes()[4] == b'-' && iso.as_bytes()[7] == b'-' {
        let rest = &text[10..];
        if rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ') {
            return iso.parse::<Date>().map_err(|_| bad());
        }
    }
    let parts: Vec<&str> = text
        .split([' ', '-', '/'])
        .filter(|p| !p.is_empty())
        .collect();
    let [day, month, year] = parts[..] else {
        return Err(bad());
    };
    let day: i8 = day.parse().map_err(|_| bad())?;
    let year: i16 = match year.parse::<i16>() {
        Ok(y) if year.len() == 4 => y,
        _ => return Err(bad()),
    };
    let month: i8 = match month.parse::<i8>() {
        Ok(m) => m,
        Err(_) => {
            let lower = month.to_lowercase();
            let found = MONTHS
                .iter()
                .position(|m| *m == lower || (lower.len() == 3 && m.starts_with(&lower)))
                .ok_or_else(bad)?;
            i8::try_from(found + 1).map_err(|_| bad())?
        }
    };
    Date::new(year, month, day).map_err(|_| bad())
}

/// Reads a whole number of people (no sign, no decimals; `12.0` as spreadsheets write it is
/// accepted).
pub fn parse_count(text: &str) -> Result<u32, String> {
    let text = text.trim();
    if let Ok(n) = text.parse::<u32>() {
        return Ok(n);
    }
    if let Some(whole) = text.strip_suffix(".0")
        && let Ok(n) = whole.parse::<u32>()
    {
        return Ok(n);
    }
    if text.starts_with('-') && text[1..].parse::<u64>().is_ok() {
        return Err(format!("{text} is negative; a count cannot be"));
    }
    Err(format!("{text:?} is not a whole number"))
}

/// Reads a small code (a precision level).
pub fn parse_code(text: &str) -> Result<u8, String> {
    let text = text.trim();
    text.strip_suffix(".0")
        .unwrap_or(text)
        .parse::<u8>()
        .map_err(|_| format!("{text:?} is not a code number"))
}

/// Reads a coordinate in decimal degrees.
pub fn parse_degrees(text: &str) -> Result<f64, String> {
    let text = text.trim();
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(format!("{text:?} is not a number of degrees")),
    }
}

/// The text of a number of degrees as exports write it: the shortest form that reads back
/// exactly.
pub fn degrees_text(value: f64) -> String {
    format!("{value}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_in_every_form_the_datasets_use() {
        for text in [
            "2024-12-31",
            "2024-12-31T00:00:00Z",
            "31 December 2024",
            "31-December-2024",
            "31-Dec-2024",
            "31/12/2024",
        ] {
            assert_eq!(parse_date(text), Ok(date(2024, 12, 31)), "{text}");
        }
        assert!(parse_date("2024-02-30").is_err());
        assert!(parse_date("12/31/2024").is_err());
        assert!(parse_date("yesterday").unwrap_err().contains("not a date"));
        assert!(parse_date("").is_err());
    }

    #[test]
    fn counts_refuse_signs_and_words() {
        assert_eq!(parse_count("12"), Ok(12));
        assert_eq!(parse_count("12.0"), Ok(12));
        assert!(parse_count("-3").unwrap_err().contains("negative"));
        assert!(
            parse_count("three")
                .unwrap_err()
                .contains("not a whole number")
        );
        assert!(parse_count("1.5").is_err());
    }

    #[test]
    fn degrees_read_and_write_back_the_same() {
        for text in ["26.3091", "-0.5", "69"] {
            let v = parse_degrees(text).unwrap();
            assert_eq!(parse_degrees(&degrees_text(v)).unwrap(), v);
        }
        assert!(parse_degrees("NaN").is_err());
    }
}
