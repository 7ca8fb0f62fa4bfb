//! When things happened, and how precisely we know it.
//!
//! Precision follows ACLED's `time_precision` (1 = the day is known, 2 = the week, 3 = the month)
//! with a year level added for older records such as UCDP's `date_prec` 5. As in ACLED, a record
//! known only to the week or month carries a representative date (the midpoint, or the first or
//! last day when the source says "early" or "late") and its precision says how far to trust it.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ModelError;

/// How precisely a date is known.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The source gives the day (ACLED time_precision 1, UCDP date_prec 1).
    Day,
    /// The source gives a week, a weekend or a span of a few days (ACLED 2, UCDP 2–3).
    Week,
    /// The source gives only the month (ACLED 3, UCDP 4).
    Month,
    /// The source gives only the year (UCDP 5).
    Year,
}

impl DatePrecision {
    /// All precisions, finest first.
    pub const ALL: [DatePrecision; 4] = [
        DatePrecision::Day,
        DatePrecision::Week,
        DatePrecision::Month,
        DatePrecision::Year,
    ];

    /// The name used in files and URLs ("day", "week", "month", "year").
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }

    /// Parses the name used in files and URLs.
    pub fn parse(text: &str) -> Result<Self, ModelError> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == text)
            .ok_or_else(|| {
                ModelError::new(format!(
                    "unknown date precision {text:?}; expected day, week, month or year"
                ))
            })
    }

    /// ACLED's `time_precision` code (a year-level date is coded 3, ACLED's coarsest).
    pub fn acled_code(self) -> u8 {
        match self {
            DatePrecision::Day => 1,
            DatePrecision::Week => 2,
            DatePrecision::Month | DatePrecision::Year => 3,
        }
    }

    /// Reads ACLED's `time_precision` code.
    pub fn from_acled_code(code: u8) -> Result<Self, ModelError> {
        match code {
            1 => Ok(DatePrecision::Day),
            2 => Ok(DatePrecision::Week),
            3 => Ok(DatePrecision::Month),
            other => Err(ModelError::new(format!(
                "ACLED time_precision must be 1, 2 or 3, not {other}"
            ))),
        }
    }

    /// Reads UCDP GED's `date_prec` code (1 exact, 2 two to six days, 3 a week, 4 a month, 5 a year).
    pub fn from_ucdp_code(code: u8) -> Result<Self, ModelError> {
        match code {
            1 => Ok(DatePrecision::Day),
            2 | 3 => Ok(DatePrecision::Week),
            4 => Ok(DatePrecision::Month),
            5 => Ok(DatePrecision::Year),
            other => Err(ModelError::new(format!(
                "UCDP date_prec must be between 1 and 5, not {other}"
            ))),
        }
    }

    /// UCDP GED's `date_prec` code for this precision.
    pub fn ucdp_code(self) -> u8 {
        match self {
            DatePrecision::Day => 1,
            DatePrecision::Week => 3,
            DatePrecision::Month => 4,
            DatePrecision::Year => 5,
        }
    }
}

/// When an incident happened: a date, an optional last day for events that lasted several days,
/// and the precision of both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawEventDate")]
pub struct EventDate {
    date: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<Date>,
    precision: DatePrecision,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawEventDate {
    /// The day of the event (or its representative day when the precision is coarser).
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    date: Date,
    /// The last day, for events that went on for several days.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    end: Option<Date>,
    precision: DatePrecision,
}

impl TryFrom<RawEventDate> for EventDate {
    type Error = ModelError;
    fn try_from(raw: RawEventDate) -> Result<Self, ModelError> {
        match raw.end {
            Some(end) => EventDate::span(raw.date, end, raw.precision),
            None => Ok(EventDate::on(raw.date, raw.precision)),
        }
    }
}

impl JsonSchema for EventDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "EventDate".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawEventDate::json_schema(generator)
    }
}

impl EventDate {
    /// An event on one day (or known to that precision).
    pub fn on(date: Date, precision: DatePrecision) -> Self {
        EventDate {
            date,
            end: None,
            precision,
        }
    }

    /// An event from `date` to `end` inclusive. Refuses an end before the start.
    pub fn span(date: Date, end: Date, precision: DatePrecision) -> Result<Self, ModelError> {
        if end < date {
            return Err(ModelError::new(format!(
                "the event ends ({end}) before it starts ({date})"
            )));
        }
        Ok(EventDate {
            date,
            end: (end != date).then_some(end),
            precision,
        })
    }

    /// The (first or representative) day.
    pub fn date(&self) -> Date {
        self.date
    }

    /// The last day, when the event went on for several days.
    pub fn end(&self) -> Option<Date> {
        self.end
    }

    /// The last day: the end when there is one, else the date itself.
    pub fn last_day(&self) -> Date {
        self.end.unwrap_or(self.date)
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> DatePrecision {
        self.precision
    }
}

/// A stretch of days, for ceasefires and talks: a first day and, once it is known, a last day
/// (inclusive). An open span (no last day) is still running or its end was never reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "RawDateSpan")]
pub struct DateSpan {
    start: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<Date>,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawDateSpan {
    /// The first day.
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    start: Date,
    /// The last day (inclusive); absent while it is open or unknown.
    #[serde(default)]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    end: Option<Date>,
}

impl TryFrom<RawDateSpan> for DateSpan {
    type Error = ModelError;
    fn try_from(raw: RawDateSpan) -> Result<Self, ModelError> {
        DateSpan::new(raw.start, raw.end)
    }
}

impl JsonSchema for DateSpan {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateSpan".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RawDateSpan::json_schema(generator)
    }
}

impl DateSpan {
    /// A span from `start` to `end` inclusive (or open). Refuses an end before the start.
    pub fn new(start: Date, end: Option<Date>) -> Result<Self, ModelError> {
        if let Some(end) = end
            && end < start
        {
            return Err(ModelError::new(format!(
                "the span ends ({end}) before it starts ({start})"
            )));
        }
        Ok(DateSpan { start, end })
    }

    /// The first day.
    pub fn start(&self) -> Date {
        self.start
    }

    /// The last day (inclusive), if known.
    pub fn end(&self) -> Option<Date> {
        self.end
    }

    /// Whether `day` falls within the span (an open span runs on forever).
    pub fn contains(&self, day: Date) -> bool {
        day >= self.start && self.end.is_none_or(|end| day <= end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn an_end_before_the_start_is_refused() {
        let err = EventDate::span(date(2025, 10, 17), date(2025, 10, 15), DatePrecision::Day)
            .unwrap_err();
        assert_eq!(
            err.message(),
            "the event ends (2025-10-15) before it starts (2025-10-17)"
        );
        assert!(DateSpan::new(date(2025, 10, 15), Some(date(2025, 10, 14))).is_err());
    }

    #[test]
    fn a_one_day_span_has_no_separate_end() {
        let d = EventDate::span(date(2025, 10, 9), date(2025, 10, 9), DatePrecision::Day).unwrap();
        assert_eq!(d.end(), None);
        assert_eq!(d.last_day(), date(2025, 10, 9));
    }

    #[test]
    fn deserialising_checks_the_order() {
        let err = serde_json::from_str::<DateSpan>(r#"{"start":"2025-10-15","end":"2025-10-01"}"#)
            .unwrap_err();
        assert!(err.to_string().contains("before it starts"), "{err}");
        let span: DateSpan = serde_json::from_str(r#"{"start":"2025-10-15"}"#).unwrap();
        assert!(span.contains(date(2030, 1, 1)));
        assert!(!span.contains(date(2025, 10, 14)));
    }

    #[test]
    fn precision_codes_map_both_ways() {
        for p in [
            DatePrecision::Day,
            DatePrecision::Week,
            DatePrecision::Month,
        ] {
            assert_eq!(DatePrecision::from_acled_code(p.acled_code()).unwrap(), p);
        }
        for p in DatePrecision::ALL {
            assert_eq!(DatePrecision::from_ucdp_code(p.ucdp_code()).unwrap(), p);
            assert_eq!(DatePrecision::parse(p.as_str()).unwrap(), p);
        }
        assert!(DatePrecision::from_acled_code(4).is_err());
        assert!(DatePrecision::from_ucdp_code(0).is_err());
    }
}
