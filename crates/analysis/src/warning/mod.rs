//! Early warning: the pattern around the violence made visible, week by week.
//!
//! - [`violations`]: incidents that fell inside a ceasefire's window (or within 48 hours after it
//!   ended), with the side alleged to have broken it and by whom; incidents during talks.
//! - [`reactions`]: which states and organisations reacted to each incident, how, and how much was
//!   said about which harm.
//! - [`rhetoric`]: officials' statements scored for hostility with an explainable word list, the
//!   words that counted kept with the score.
//! - [`escalation`]: a weekly score from incidents, deaths, civilian harm, severity, the parties'
//!   rhetoric and broken truces (`docs/escalation.md`, formula `escalation-v1`), and the alerts
//!   it raises.
//! - [`backtest`]: how often the index crossed its threshold before a major escalation, how often
//!   falsely, and its lead time, beside a naive baseline.
//!
//! Everything here is pure, like the reconciliation: records in, results out, no clock, no I/O.
//! Nothing here decides who broke a truce or who is right: an incident is "flagged as a possible
//! violation", its perpetrators are "alleged", and every allegation names who made it.

pub mod backtest;
pub mod cities;
pub mod escalation;
pub mod harm;
pub mod reactions;
pub mod rhetoric;
pub mod violations;
pub mod week;

use model::{Actor, ActorId, Ceasefire, Claim, Incident, Source, Statement, Status, Talks};

/// The whole record, borrowed: what every early-warning rule reads. Build it from a dataset, or
/// from the lists a [`store::View`]-like reader returns (already redacted for the reader).
#[derive(Clone, Copy, Debug)]
pub struct FullRecord<'a> {
    /// Incidents (any status; each rule says which it counts).
    pub incidents: &'a [Incident],
    /// Every claim about them.
    pub claims: &'a [Claim],
    /// The sources the claims cite.
    pub sources: &'a [Source],
    /// The actors the records name.
    pub actors: &'a [Actor],
    /// Truces.
    pub ceasefires: &'a [Ceasefire],
    /// Rounds of talks.
    pub talks: &'a [Talks],
    /// Reactions and officials' statements.
    pub statements: &'a [Statement],
}

impl<'a> FullRecord<'a> {
    /// The whole of a dataset.
    pub fn of(dataset: &'a model::Dataset) -> Self {
        FullRecord {
            incidents: &dataset.incidents,
            claims: &dataset.claims,
            sources: &dataset.sources,
            actors: &dataset.actors,
            ceasefires: &dataset.ceasefires,
            talks: &dataset.talks,
            statements: &dataset.statements,
        }
    }

    /// The actor with this id, if the record holds it.
    pub fn actor(&self, id: &ActorId) -> Option<&'a Actor> {
        self.actors.iter().find(|a| &a.id == id)
    }

    /// The actor's name, or its id when the record does not hold it.
    pub fn name_of(&self, id: &ActorId) -> String {
        self.actor(id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    }

    /// Whether the actor is a party to the fighting.
    pub fn is_party(&self, id: &ActorId) -> bool {
        self.actor(id).is_some_and(|a| a.party)
    }

    /// The published incidents: what the index, the alerts and the reaction comparison count.
    pub fn published(&self) -> impl Iterator<Item = &'a Incident> + 'a {
        self.incidents
            .iter()
            .filter(|i| i.status == Status::Published)
    }
}

/// Names joined the way a sentence lists them: "A", "A and B", "A, B and C".
pub(crate) fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
