//! Finding incidents: the filters the lists, the API and the exports share.

use jiff::civil::Date;
use model::{ActorId, CountryCode, EventType, Incident, Status};
use rusqlite::Connection;
use rusqlite::types::Value;

use crate::StoreError;
use crate::records::{self, Record};

/// Which incidents to list. Every field narrows the list; the default lists everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IncidentFilter {
    /// On or after this day (an incident's last day counts).
    pub from: Option<Date>,
    /// On or before this day (an incident's first day counts).
    pub to: Option<Date>,
    /// In this country (principal place).
    pub country: Option<CountryCode>,
    /// In this province (principal place; compared without regard to case).
    pub admin1: Option<String>,
    /// In this district (principal place; compared without regard to case).
    pub admin2: Option<String>,
    /// Of this type.
    pub event_type: Option<EventType>,
    /// Alleged to have been carried out by this actor.
    pub perpetrator: Option<ActorId>,
    /// In one of these statuses (empty: any).
    pub statuses: Vec<Status>,
    /// Containing this text in the title, summary or place names (case-insensitive).
    pub text: Option<String>,
}

/// The SQL condition on the incidents table that a filter makes, and its parameters (numbered
/// from ?1).
pub(crate) fn condition(filter: &IncidentFilter) -> (String, Vec<Value>) {
    let mut conditions: Vec<String> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    let mut bind = |condition: &str, value: Value, params: &mut Vec<Value>| {
        params.push(value);
        conditions.push(condition.replace('?', &format!("?{}", params.len())));
    };
    if let Some(from) = filter.from {
        bind(
            "coalesce(end_date, date) >= ?",
            Value::Text(from.to_string()),
            &mut params,
        );
    }
    if let Some(to) = filter.to {
        bind("date <= ?", Value::Text(to.to_string()), &mut params);
    }
    if let Some(country) = filter.country {
        bind("country = ?", Value::Text(country.to_string()), &mut params);
    }
    if let Some(admin1) = &filter.admin1 {
        bind(
            "admin1 = ? COLLATE NOCASE",
            Value::Text(admin1.clone()),
            &mut params,
        );
    }
    if let Some(admin2) = &filter.admin2 {
        bind(
            "admin2 = ? COLLATE NOCASE",
            Value::Text(admin2.clone()),
            &mut params,
        );
    }
    if let Some(event_type) = filter.event_type {
        bind(
            "event_type = ?",
            Value::Text(event_type.as_str().into()),
            &mut params,
        );
    }
    if let Some(actor) = &filter.perpetrator {
        bind(
            "EXISTS (SELECT 1 FROM json_each(incidents.perpetrators) WHERE value = ?)",
            Value::Text(actor.to_string()),
            &mut params,
        );
    }
    if let Some(text) = filter.text.as_ref().filter(|t| !t.trim().is_empty()) {
        let pattern = format!(
            "%{}%",
            text.trim()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let mut alternatives = Vec::new();
        for column in ["title", "summary", "places"] {
            params.push(Value::Text(pattern.clone()));
            alternatives.push(format!("{column} LIKE ?{} ESCAPE '\\'", params.len()));
        }
        conditions.push(format!("({})", alternatives.join(" OR ")));
    }
    if !filter.statuses.is_empty() {
        let mut names = Vec::new();
        for status in &filter.statuses {
            params.push(Value::Text(status.as_str().into()));
            names.push(format!("?{}", params.len()));
        }
        conditions.push(format!("status IN ({})", names.join(", ")));
    }
    let condition = if conditions.is_empty() {
        "1".to_owned()
    } else {
        conditions.join(" AND ")
    };
    (condition, params)
}

/// The incidents that pass the filter, newest first (ties broken by id).
pub(crate) fn incidents(
    conn: &Connection,
    filter: &IncidentFilter,
) -> Result<Vec<Incident>, StoreError> {
    let (condition, params) = condition(filter);
    let mut found: Vec<Incident> =
        records::load_where(conn, &condition, rusqlite::params_from_iter(params))?;
    found.sort_by(|a, b| {
        b.date
            .date()
            .cmp(&a.date.date())
            .then_with(|| a.id().cmp(b.id()))
    });
    Ok(found)
}
