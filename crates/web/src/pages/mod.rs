//! The pages, built as HTML on the server with maud (escaping is automatic), plus the small
//! helpers they share for writing dates, places, figures and names the same way everywhere.

pub mod account;
pub mod ceasefires;
pub mod export;
pub mod figures;
pub mod forms;
pub mod incidents;
pub mod layout;
pub mod overview;
pub mod query;
pub mod reactions;
pub mod sources;
pub mod warning;

use std::collections::HashMap;

use model::{Actor, ActorId, Count, DatePrecision, EventDate};

/// Actor names by id, for writing "Taliban" where a record says `TALIBAN`.
pub struct Names(HashMap<ActorId, String>);

impl Names {
    /// Indexes the actors' names.
    pub fn new(actors: &[Actor]) -> Self {
        Names(
            actors
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect(),
        )
    }

    /// The actor's name, or its id when the actor is unknown.
    pub fn of(&self, id: &ActorId) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    /// Several names joined with commas.
    pub fn list(&self, ids: &[ActorId]) -> String {
        ids.iter()
            .map(|id| self.of(id))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A date as a reader wants it: "17 Oct 2025", "week of 17 Oct 2025", "Oct 2025", with the span
/// when there is one.
pub fn format_event_date(date: &EventDate) -> String {
    let day = |d: model::Date| d.strftime("%-d %b %Y").to_string();
    match date.precision() {
        DatePrecision::Day => match date.end() {
            Some(end) => format!("{} – {}", day(date.date()), day(end)),
            None => day(date.date()),
        },
        DatePrecision::Week => format!("week of {}", day(date.date())),
        DatePrecision::Month => date.date().strftime("%b %Y").to_string(),
        DatePrecision::Year => date.date().strftime("%Y").to_string(),
    }
}

/// The text with its first letter in capitals ("Week" for "week").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A count, or a dash when there is none.
pub fn format_count(count: Option<Count>) -> String {
    count.map_or_else(|| "–".to_owned(), |c| c.to_string())
}
