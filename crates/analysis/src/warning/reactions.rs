//! Reactions: who said what about each incident, and how much was said about which harm.
//!
//! A statement reacts to an incident **directly** when it names it (`about_incidents`). A
//! statement by a state or organisation that names no incident but names one of the incident's
//! alleged perpetrators (`about_actors`) within three days after it is listed as a **general**
//! statement: it may be about the incident, or about the situation. The **reactors** are the states
//! and organisations that are not parties to the fighting and made at least one statement in the
//! record; for each incident, the reactors with no statement about it are listed as "no reaction
//! found" — found in this record, not proven silent.
//!
//! The comparison sets each reactor's direct reactions against the incidents' civilian deaths (as
//! every page shows them, [`crate::civilian_figure`]: the reconciled best figure, or the low figure
//! where no independent source gives a best): how many incidents with civilian deaths it spoke
//! about, and how many civilians those incidents killed against the ones it did not speak about.

use std::collections::BTreeMap;

use model::{ActorId, Date, Incident, IncidentId, Stance, StatementId, Status};
use serde::Serialize;

use super::harm::IncidentHarm;
use super::week::add_days;
use super::{FullRecord, join_names};

/// How many days after an incident a general statement about its perpetrators is listed with it.
pub const GENERAL_WINDOW_DAYS: i64 = 3;

/// One statement about an incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reaction<'a> {
    /// The statement.
    pub statement: &'a StatementId,
    /// Who made it.
    pub actor: &'a ActorId,
    /// When.
    pub date: Date,
    /// The position it takes.
    pub stance: Stance,
    /// Whether it names the incident (else it names the parties, within three days after it).
    pub direct: bool,
    /// Whether its maker is a party to the fighting.
    pub party: bool,
}

/// The reactions to one incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IncidentReactions<'a> {
    /// The incident.
    pub incident: &'a IncidentId,
    /// Statements about it, in date then id order: direct ones from anyone, general ones from
    /// reactors.
    pub reactions: Vec<Reaction<'a>>,
    /// Reactors with no statement about it in the record, in id order.
    pub no_reaction_found: Vec<&'a ActorId>,
}

/// The states and organisations that are not parties and made at least one statement, in id
/// order.
pub fn reactors<'a>(record: &FullRecord<'a>) -> Vec<&'a ActorId> {
    let mut out: Vec<&'a ActorId> = record
        .statements
        .iter()
        .map(|s| &s.actor)
        .filter(|a| !record.is_party(a))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The reactions to every incident that is not discounted, in the record's order.
pub fn per_incident<'a>(record: &FullRecord<'a>) -> Vec<IncidentReactions<'a>> {
    let reactors = reactors(record);
    record
        .incidents
        .iter()
        .filter(|i| i.status != Status::Discounted)
        .map(|incident| reactions_to(record, incident, &reactors))
        .collect()
}

/// The reactions to one incident (an incident page's): the same as [`per_incident`] gives for it.
pub fn of_incident<'a>(record: &FullRecord<'a>, incident: &'a Incident) -> IncidentReactions<'a> {
    reactions_to(record, incident, &reactors(record))
}

/// The reactions to `incident`, with the reactors of the record.
fn reactions_to<'a>(
    record: &FullRecord<'a>,
    incident: &'a Incident,
    reactors: &[&'a ActorId],
) -> IncidentReactions<'a> {
    let last_day = incident.date.last_day();
    let mut reactions: Vec<Reaction<'a>> = record
        .statements
        .iter()
        .filter_map(|s| {
            let party = record.is_party(&s.actor);
            let direct = s.about_incidents.contains(&incident.id);
            let general = !party
                && s.about_incidents.is_empty()
                && s.about_actors
                    .iter()
                    .any(|a| incident.perpetrators.contains(a))
                && s.date >= incident.date.date()
                && s.date <= add_days(last_day, GENERAL_WINDOW_DAYS);
            (direct || general).then_some(Reaction {
                statement: &s.id,
                actor: &s.actor,
                date: s.date,
                stance: s.stance,
                direct,
                party,
            })
        })
        .collect();
    reactions.sort_by(|a, b| (a.date, a.statement).cmp(&(b.date, b.statement)));
    let no_reaction_found = reactors
        .iter()
        .copied()
        .filter(|r| !reactions.iter().any(|x| x.actor == *r))
        .collect();
    IncidentReactions {
        incident: &incident.id,
        reactions,
        no_reaction_found,
    }
}

/// One reactor's reactions set against the harm of the incidents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActorComparison<'a> {
    /// The reactor.
    pub actor: &'a ActorId,
    /// Its statements that name some incident.
    pub statements_about_incidents: usize,
    /// Incidents it reacted to directly.
    pub incidents_reacted: usize,
    /// Of the incidents with civilian deaths, how many it reacted to directly.
    pub reacted_with_civilian_deaths: usize,
    /// Civilians killed in the incidents it reacted to directly.
    pub civilians_killed_reacted: u32,
    /// Civilians killed in the incidents with civilian deaths it did not react to.
    pub civilians_killed_not_reacted: u32,
    /// Incidents it spoke about only in general terms (naming the parties, within three days).
    pub incidents_general_only: usize,
    /// Its direct reactions by stance, in stance order.
    pub stances: Vec<(Stance, usize)>,
}

/// The comparison of reaction against harm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison<'a> {
    /// Published incidents compared.
    pub incidents: usize,
    /// Of them, incidents with civilian deaths (best figure, or low where the best is open).
    pub with_civilian_deaths: usize,
    /// Civilians killed in them, all together.
    pub civilians_killed: u32,
    /// One row per reactor, in id order.
    pub actors: Vec<ActorComparison<'a>>,
}

/// Sets every reactor's direct reactions against the harm of the published incidents. `harms`
/// holds the harm of the record's incidents (see [`super::harm::of_record`]).
pub fn compare<'a>(record: &FullRecord<'a>, harms: &[IncidentHarm]) -> Comparison<'a> {
    let harm_of: BTreeMap<&IncidentId, &IncidentHarm> =
        harms.iter().map(|h| (&h.incident, h)).collect();
    let published: Vec<&IncidentId> = record.published().map(|i| &i.id).collect();
    let deaths = |id: &IncidentId| {
        harm_of
            .get(id)
            .map_or(0, |h| h.civilians_killed_best_or_low())
    };
    let with_deaths: Vec<&IncidentId> = published
        .iter()
        .copied()
        .filter(|id| deaths(id) > 0)
        .collect();
    let all = per_incident(record);
    let actors = reactors(record)
        .into_iter()
        .map(|actor| {
            let direct_to: Vec<&IncidentId> = all
                .iter()
                .filter(|r| published.contains(&r.incident))
                .filter(|r| r.reactions.iter().any(|x| x.actor == actor && x.direct))
                .map(|r| r.incident)
                .collect();
            let general_only = all
                .iter()
                .filter(|r| published.contains(&r.incident))
                .filter(|r| {
                    r.reactions.iter().any(|x| x.actor == actor)
                        && !r.reactions.iter().any(|x| x.actor == actor && x.direct)
                })
                .count();
            let mut stances: BTreeMap<Stance, usize> = BTreeMap::new();
            let mut statements_about_incidents = 0;
            for s in record
                .statements
                .iter()
                .filter(|s| &s.actor == actor && !s.about_incidents.is_empty())
            {
                statements_about_incidents += 1;
                *stances.entry(s.stance).or_default() += 1;
            }
            let reacted_deaths: Vec<&IncidentId> = with_deaths
                .iter()
                .copied()
                .filter(|id| direct_to.contains(id))
                .collect();
            ActorComparison {
                actor,
                statements_about_incidents,
                incidents_reacted: direct_to.len(),
                reacted_with_civilian_deaths: reacted_deaths.len(),
                civilians_killed_reacted: direct_to.iter().map(|id| deaths(id)).sum(),
                civilians_killed_not_reacted: with_deaths
                    .iter()
                    .filter(|id| !direct_to.contains(id))
                    .map(|id| deaths(id))
                    .sum(),
                incidents_general_only: general_only,
                stances: stances.into_iter().collect(),
            }
        })
        .collect();
    Comparison {
        incidents: published.len(),
        with_civilian_deaths: with_deaths.len(),
        civilians_killed: with_deaths.iter().map(|id| deaths(id)).sum(),
        actors,
    }
}

fn incidents(n: usize) -> String {
    if n == 1 {
        "1 incident".to_owned()
    } else {
        format!("{n} incidents")
    }
}

fn civilians(n: u32) -> String {
    if n == 1 {
        "1 civilian".to_owned()
    } else {
        format!("{n} civilians")
    }
}

impl ActorComparison<'_> {
    /// One neutral sentence: "Iran reacted to 1 of 10 incidents with civilian deaths (calls for
    /// restraint); those incidents killed 1 civilian between them, the 9 incidents it did not
    /// react to 151 civilians."
    pub fn sentence(&self, record: &FullRecord<'_>, comparison: &Comparison<'_>) -> String {
        let name = record.name_of(self.actor);
        let total = comparison.with_civilian_deaths;
        let stances: Vec<String> = self
            .stances
            .iter()
            .map(|(stance, n)| {
                if *n == 1 {
                    stance.label().to_owned()
                } else {
                    format!("{} ×{n}", stance.label())
                }
            })
            .collect();
        let mut text = if self.reacted_with_civilian_deaths == 0 {
            format!(
                "{name} made no statement found in the record about any of the {} with civilian deaths",
                incidents(total)
            )
        } else {
            format!(
                "{name} reacted to {} of {} with civilian deaths ({}); those incidents killed {} between them, the {} it did not react to {}",
                self.reacted_with_civilian_deaths,
                incidents(total),
                join_names(&stances),
                civilians(self.civilians_killed_reacted),
                incidents(total - self.reacted_with_civilian_deaths),
                civilians(self.civilians_killed_not_reacted)
            )
        };
        let without = self.incidents_reacted - self.reacted_with_civilian_deaths;
        if without > 0 {
            text.push_str(&format!(
                "; it also reacted to {} without reported civilian deaths",
                incidents(without)
            ));
        }
        if self.incidents_general_only > 0 {
            text.push_str(&format!(
                "; it spoke of the parties in general terms within {GENERAL_WINDOW_DAYS} days of {}",
                incidents(self.incidents_general_only)
            ));
        }
        text.push('.');
        text
    }
}
