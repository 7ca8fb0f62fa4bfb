//! The incident filters as they travel in a URL — period, country, province, type, perpetrator,
//! grade, text — with the list's sorting and paging: read from the query string, turned into the
//! store's filter, and written back into links (sorting headers, pages, exports), so that any view
//! of the record can be shared by its address.

use analysis::Grade;
use model::{ActorId, CountryCode, Date, EventType};
use serde::Deserialize;
use store::IncidentFilter;

use crate::WebError;
use crate::summary::Summary;

/// The list's filters, sorting and page as they arrive in the URL (empty fields are ignored).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct ListQuery {
    /// On or after this day (YYYY-MM-DD).
    pub from: Option<String>,
    /// On or before this day.
    pub to: Option<String>,
    /// `AFG` or `PAK`.
    pub country: Option<String>,
    /// A province (admin1) name.
    pub province: Option<String>,
    /// A district (admin2) name: the overview's merged map marks link to their district's list.
    pub district: Option<String>,
    /// An event type (`air_strike`).
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    /// An actor id among the alleged perpetrators.
    pub perpetrator: Option<String>,
    /// A reconciled grade (`fair`).
    pub grade: Option<String>,
    /// Text in the title, summary or places.
    pub q: Option<String>,
    /// The sort key, `-` first for descending (`-killed`).
    pub sort: Option<String>,
    /// The page, from 1.
    pub page: Option<String>,
}

/// A field's value when it is given and not blank.
pub fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// A date field, refused with a sentence when it does not read.
pub fn parse_date(field: &str, value: &Option<String>) -> Result<Option<Date>, WebError> {
    non_empty(value)
        .map(|v| {
            v.parse::<Date>().map_err(|_| {
                WebError::BadRequest(format!(
                    "The {field} date {v:?} is not a date (use YYYY-MM-DD)."
                ))
            })
        })
        .transpose()
}

/// Reads a grade's name.
pub fn parse_grade(text: &str) -> Result<Grade, WebError> {
    Grade::ALL
        .into_iter()
        .find(|g| g.as_str() == text)
        .ok_or_else(|| {
            WebError::BadRequest(format!(
                "There is no grade {text:?}: use confirmed, fair, weak, contested or discounted."
            ))
        })
}

/// What the list can be sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// The incident's (first) day.
    Date,
    /// The principal place.
    Place,
    /// The event type.
    Type,
    /// The title.
    Title,
    /// Civilians killed (best, or low without a best).
    Killed,
    /// Civilians injured.
    Injured,
    /// The reconciled grade, strongest first.
    Grade,
    /// How many sources report it.
    Sources,
}

impl SortKey {
    const ALL: [(SortKey, &'static str); 8] = [
        (SortKey::Date, "date"),
        (SortKey::Place, "place"),
        (SortKey::Type, "type"),
        (SortKey::Title, "title"),
        (SortKey::Killed, "killed"),
        (SortKey::Injured, "injured"),
        (SortKey::Grade, "grade"),
        (SortKey::Sources, "sources"),
    ];

    /// The name in URLs.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("date", |(_, name)| name)
    }

    /// Whether a reader clicking this column first wants it descending (numbers and dates:
    /// the most first).
    pub fn descends_first(self) -> bool {
        matches!(
            self,
            SortKey::Date | SortKey::Killed | SortKey::Injured | SortKey::Sources
        )
    }
}

/// A sort order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Largest, latest or last first.
    pub descending: bool,
}

impl Default for Sort {
    /// Newest first.
    fn default() -> Self {
        Sort {
            key: SortKey::Date,
            descending: true,
        }
    }
}

impl Sort {
    /// Reads `killed` or `-killed`.
    pub fn parse(text: &str) -> Result<Sort, WebError> {
        let (descending, name) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        SortKey::ALL
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(key, _)| Sort {
                key: *key,
                descending,
            })
            .ok_or_else(|| WebError::BadRequest(format!("The list cannot be sorted by {text:?}.")))
    }

    /// The value in URLs.
    pub fn as_param(self) -> String {
        format!(
            "{}{}",
            if self.descending { "-" } else { "" },
            self.key.as_str()
        )
    }

    /// The order a column header's link asks for: the other direction of the current column,
    /// or the column's natural first direction.
    pub fn toggled(self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                descending: !self.descending,
            }
        } else {
            Sort {
                key,
                descending: key.descends_first(),
            }
        }
    }

    /// Sorts the summaries; ties fall back to newest first, then the id.
    pub fn apply(self, rows: &mut [Summary]) {
        let figure = |r: Option<crate::summary::Range>| r.map_or(-1, |r| i64::from(r.drawn()));
        let place = |s: &Summary| s.incident.place().map(|p| p.label()).unwrap_or_default();
        rows.sort_by(|a, b| {
            let order = match self.key {
                SortKey::Date => a.incident.date.date().cmp(&b.incident.date.date()),
                SortKey::Place => place(a).cmp(&place(b)),
                SortKey::Type => a
                    .incident
                    .event_type
                    .label()
                    .cmp(b.incident.event_type.label()),
                SortKey::Title => a.incident.title.cmp(&b.incident.title),
                SortKey::Killed => figure(a.killed).cmp(&figure(b.killed)),
                SortKey::Injured => figure(a.injured).cmp(&figure(b.injured)),
                SortKey::Grade => a.grade.cmp(&b.grade),
                SortKey::Sources => a.sources.cmp(&b.sources),
            };
            let order = if self.descending {
                order.reverse()
            } else {
                order
            };
            order
                .then_with(|| b.incident.date.date().cmp(&a.incident.date.date()))
                .then_with(|| a.incident.id.cmp(&b.incident.id))
        });
    }
}

impl ListQuery {
    /// The store's filter for the fields it knows (all but the grade).
    pub fn filter(&self) -> Result<IncidentFilter, WebError> {
        let bad = |e: model::ModelError| WebError::BadRequest(e.to_string());
        Ok(IncidentFilter {
            from: parse_date("from", &self.from)?,
            to: parse_date("to", &self.to)?,
            country: non_empty(&self.country)
                .map(CountryCode::new)
                .transpose()
                .map_err(bad)?,
            admin1: non_empty(&self.province).map(str::to_owned),
            admin2: non_empty(&self.district).map(str::to_owned),
            event_type: non_empty(&self.event_type)
                .map(EventType::parse)
                .transpose()
                .map_err(bad)?,
            perpetrator: non_empty(&self.perpetrator)
                .map(ActorId::new)
                .transpose()
                .map_err(bad)?,
            text: non_empty(&self.q).map(str::to_owned),
            ..IncidentFilter::default()
        })
    }

    /// The reconciled grade asked for, if any.
    pub fn grade(&self) -> Result<Option<Grade>, WebError> {
        non_empty(&self.grade).map(parse_grade).transpose()
    }

    /// The sort order asked for (newest first by default).
    pub fn sort(&self) -> Result<Sort, WebError> {
        non_empty(&self.sort).map_or(Ok(Sort::default()), Sort::parse)
    }

    /// The page asked for, from 1.
    pub fn page(&self) -> Result<usize, WebError> {
        page_number(&self.page)
    }

    /// Whether any filter is set (sorting and paging aside).
    pub fn is_filtered(&self) -> bool {
        !self.filter_pairs().is_empty()
    }

    /// The filters that are set, as URL pairs, in a fixed order.
    pub fn filter_pairs(&self) -> Vec<(&'static str, &str)> {
        [
            ("from", &self.from),
            ("to", &self.to),
            ("country", &self.country),
            ("province", &self.province),
            ("district", &self.district),
            ("type", &self.event_type),
            ("perpetrator", &self.perpetrator),
            ("grade", &self.grade),
            ("q", &self.q),
        ]
        .into_iter()
        .filter_map(|(name, value)| non_empty(value).map(|v| (name, v)))
        .collect()
    }

    /// The query string of the filters plus `extra` pairs ("?from=…&sort=-killed"), or "" when
    /// there is nothing to say.
    pub fn query_string(&self, extra: &[(&str, &str)]) -> String {
        let pairs: Vec<String> = self
            .filter_pairs()
            .into_iter()
            .chain(extra.iter().copied())
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

/// Keeps the summaries of the grade asked for.
pub fn with_grade(rows: Vec<Summary>, grade: Option<Grade>) -> Vec<Summary> {
    match grade {
        Some(g) => rows.into_iter().filter(|s| s.grade == g).collect(),
        None => rows,
    }
}

/// A list's `page` parameter: a number from 1, or 1 when it is not given.
pub fn page_number(value: &Option<String>) -> Result<usize, WebError> {
    non_empty(value).map_or(Ok(1), |p| {
        p.parse::<usize>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| WebError::BadRequest(format!("There is no page {p:?}.")))
    })
}

/// Percent-encodes a query value (everything but unreserved characters).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char);
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_go_back_into_links_encoded_and_in_order() {
        let query = ListQuery {
            q: Some("Spin Boldak & co".into()),
            from: Some("2025-10-01".into()),
            country: Some(" ".into()),
            sort: Some("-killed".into()),
            ..ListQuery::default()
        };
        assert_eq!(
            query.query_string(&[("page", "2")]),
            "?from=2025-10-01&q=Spin%20Boldak%20%26%20co&page=2"
        );
        assert_eq!(ListQuery::default().query_string(&[]), "");
        assert!(query.is_filtered());
    }

    #[test]
    fn sorting_reads_and_toggles() {
        let sort = Sort::parse("-killed").unwrap();
        assert_eq!(
            sort,
            Sort {
                key: SortKey::Killed,
                descending: true
            }
        );
        assert_eq!(sort.toggled(SortKey::Killed).as_param(), "killed");
        assert_eq!(sort.toggled(SortKey::Place).as_param(), "place");
        assert_eq!(sort.toggled(SortKey::Sources).as_param(), "-sources");
        assert!(Sort::parse("colour").is_err());
    }

    #[test]
    fn bad_values_are_refused_with_a_sentence() {
        let query = ListQuery {
            grade: Some("excellent".into()),
            page: Some("0".into()),
            ..ListQuery::default()
        };
        assert!(query.grade().is_err());
        assert!(query.page().is_err());
        assert_eq!(ListQuery::default().page().unwrap(), 1);
    }
}
