//! Ceasefire violations and incidents during talks.
//!
//! The rule (`docs/escalation.md`, section 1): an incident whose days overlap a ceasefire's span, or
//! the two days after its last day ("within 48 hours after it ends", at the day precision the
//! record keeps), is **flagged as a possible violation** of that ceasefire when one of its alleged
//! perpetrators is a party to the ceasefire (or when no perpetrator is named). It is never a
//! verdict: the flag names the side the claims allege carried out the attack, and who alleges it.
//!
//! What the record cannot say is said as "possibly":
//! - an incident known only to the week or month "may" fall in the window when its possible days
//!   straddle the window's edge;
//! - an incident on the ceasefire's first day may have come before the truce took effect (the
//!   15 October 2025 strikes in Kabul came hours before the 48-hour truce was announced), so an
//!   incident whose only day in the window is the first one is a possible violation, not a flagged
//!   one.
//!
//! An incident whose days overlap a round of talks is marked "during talks". A round with no last
//! day is taken to run on only while its outcome is `ongoing`; otherwise its end was not recorded
//! and only its first day counts.

use model::{
    ActorId, Ceasefire, CeasefireId, Date, DatePrecision, Incident, IncidentId, Responsibility,
    SourceId, Status, Talks, TalksId, TalksOutcome,
};
use serde::Serialize;

use super::week::{add_days, possible_days};
use super::{FullRecord, join_names};

/// How many days after a ceasefire's last day an incident still counts against it.
pub const DAYS_AFTER_END: i64 = 2;

/// Where in a ceasefire's window an incident fell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// On the ceasefire's first day, and no later day of it: perhaps before it took effect.
    FirstDay,
    /// While the ceasefire was meant to hold.
    During,
    /// On its last day only: within the truce, or just after it ran out.
    LastDay,
    /// In the two days after its last day.
    AfterEnd,
}

/// How sure the record lets the flag be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Every day the incident may have fallen on is in the window.
    Flagged,
    /// Some of them are: the date is coarse, or the only day in the window is the first one.
    Possible,
}

/// Who the claims say carried out an incident, and who says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Allegation<'a> {
    /// The actor the record names as alleged perpetrator.
    pub perpetrator: &'a ActorId,
    /// Other actors whose claims attribute the incident to it, in id order.
    pub by_actors: Vec<&'a ActorId>,
    /// Sources whose own reporting attributes it (no claimant), in id order; a restricted source
    /// appears as the placeholder its reader sees.
    pub by_sources: Vec<&'a SourceId>,
    /// What the perpetrator's own claims say of its role, strongest first.
    pub own_word: Vec<OwnWord>,
}

/// What an alleged perpetrator says of its own role, in its claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnWord {
    /// It accepts that it harmed civilians.
    AcceptsCivilianHarm,
    /// It says it carried out the attack (or its claim names itself as the attacker).
    SaysItCarriedOut,
    /// It denies carrying it out.
    Denies,
}

/// An incident in a ceasefire's window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CeasefireMark<'a> {
    /// The ceasefire.
    pub ceasefire: &'a CeasefireId,
    /// Where in its window the incident fell.
    pub phase: Phase,
    /// How sure the flag is.
    pub certainty: Certainty,
    /// Whether it is flagged as a possible violation: one of its alleged perpetrators is a party
    /// to the ceasefire, or none is named.
    pub possible_violation: bool,
    /// The alleged perpetrators (parties to the ceasefire first), with who alleges it.
    pub allegations: Vec<Allegation<'a>>,
}

/// An incident during a round of talks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TalksMark<'a> {
    /// The round of talks.
    pub talks: &'a TalksId,
    /// How sure the mark is.
    pub certainty: Certainty,
}

/// Everything the rules mark on one incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IncidentMarks<'a> {
    /// The incident.
    pub incident: &'a IncidentId,
    /// The ceasefires whose window it fell in, in ceasefire id order.
    pub ceasefires: Vec<CeasefireMark<'a>>,
    /// The rounds of talks it fell during, in talks id order.
    pub talks: Vec<TalksMark<'a>>,
}

impl IncidentMarks<'_> {
    /// Whether the incident is flagged as a possible violation of some ceasefire (certainly in
    /// its window, alleged against a party or no one named).
    pub fn breaks_a_ceasefire(&self) -> bool {
        self.ceasefires
            .iter()
            .any(|m| m.possible_violation && m.certainty == Certainty::Flagged)
    }
}

/// The days a round of talks covers (see the module's note on open rounds).
pub fn talks_days(talks: &Talks) -> (Date, Option<Date>) {
    let start = talks.span.start();
    match talks.span.end() {
        Some(end) => (start, Some(end)),
        None if talks.outcome == TalksOutcome::Ongoing => (start, None),
        None => (start, Some(start)),
    }
}

/// Whether two stretches of days overlap (`None` = open-ended).
fn overlaps(first: Date, last: Date, start: Date, end: Option<Date>) -> bool {
    last >= start && end.is_none_or(|end| first <= end)
}

/// Whether `first..=last` lies wholly within `start..=end`.
fn within(first: Date, last: Date, start: Date, end: Option<Date>) -> bool {
    first >= start && end.is_none_or(|end| last <= end)
}

/// Where an incident with possible days `first..=last` falls in a ceasefire's window, if at all.
fn place_in_window(
    precision: DatePrecision,
    first: Date,
    last: Date,
    ceasefire: &Ceasefire,
) -> Option<(Phase, Certainty)> {
    let start = ceasefire.span.start();
    let end = ceasefire.span.end();
    let window_end = end.map(|end| add_days(end, DAYS_AFTER_END));
    if !overlaps(first, last, start, window_end) {
        return None;
    }
    let in_span = overlaps(first, last, start, end);
    if precision == DatePrecision::Day {
        // The days are known: the incident went on during the window. Only the order within a
        // day is not recorded.
        let only_first_day = in_span && last == start && end != Some(start);
        let only_last_day = in_span && end.is_some_and(|end| first == end && end != start);
        return Some(if !in_span {
            (Phase::AfterEnd, Certainty::Flagged)
        } else if only_first_day || (last == start && end == Some(start)) {
            (Phase::FirstDay, Certainty::Possible)
        } else if only_last_day {
            (Phase::LastDay, Certainty::Flagged)
        } else {
            (Phase::During, Certainty::Flagged)
        });
    }
    let certainty = if within(first, last, start, window_end) {
        Certainty::Flagged
    } else {
        Certainty::Possible
    };
    let phase = if in_span {
        Phase::During
    } else {
        Phase::AfterEnd
    };
    Some((phase, certainty))
}

/// Who the record alleges carried out `incident`, and who alleges it, parties to `parties` first.
fn allegations<'a>(
    record: &FullRecord<'a>,
    incident: &'a Incident,
    parties: &[ActorId],
) -> Vec<Allegation<'a>> {
    let mut perpetrators: Vec<&'a ActorId> = incident.perpetrators.iter().collect();
    perpetrators.sort_by_key(|p| (!parties.contains(p), p.as_str()));
    perpetrators.dedup();
    perpetrators
        .into_iter()
        .map(|perpetrator| {
            let mut by_actors: Vec<&'a ActorId> = Vec::new();
            let mut by_sources: Vec<&'a SourceId> = Vec::new();
            let mut own_word: Vec<OwnWord> = Vec::new();
            for claim in record.claims.iter().filter(|c| c.incident == incident.id) {
                let names_it = claim.attributed_to.as_ref() == Some(perpetrator);
                match &claim.claimant {
                    Some(claimant) if claimant == perpetrator => {
                        own_word.extend(match claim.responsibility {
                            Some(Responsibility::AcceptsCivilianHarm) => {
                                Some(OwnWord::AcceptsCivilianHarm)
                            }
                            Some(Responsibility::AcceptsAttack) => Some(OwnWord::SaysItCarriedOut),
                            Some(Responsibility::Denies) => Some(OwnWord::Denies),
                            None => names_it.then_some(OwnWord::SaysItCarriedOut),
                        });
                    }
                    Some(claimant) if names_it => by_actors.push(claimant),
                    None if names_it => by_sources.push(&claim.source),
                    _ => {}
                }
            }
            by_actors.sort();
            by_actors.dedup();
            by_sources.sort();
            by_sources.dedup();
            own_word.sort();
            own_word.dedup();
            Allegation {
                perpetrator,
                by_actors,
                by_sources,
                own_word,
            }
        })
        .collect()
}

/// The marks of one incident.
pub fn marks_of<'a>(record: &FullRecord<'a>, incident: &'a Incident) -> IncidentMarks<'a> {
    let (first, last) = possible_days(&incident.date);
    let precision = incident.date.precision();
    let mut ceasefires: Vec<CeasefireMark<'a>> = record
        .ceasefires
        .iter()
        .filter_map(|ceasefire| {
            let (phase, certainty) = place_in_window(precision, first, last, ceasefire)?;
            let possible_violation = incident.perpetrators.is_empty()
                || incident
                    .perpetrators
                    .iter()
                    .any(|p| ceasefire.parties.contains(p));
            Some(CeasefireMark {
                ceasefire: &ceasefire.id,
                phase,
                certainty,
                possible_violation,
                allegations: allegations(record, incident, &ceasefire.parties),
            })
        })
        .collect();
    ceasefires.sort_by(|a, b| a.ceasefire.cmp(b.ceasefire));
    let mut talks: Vec<TalksMark<'a>> = record
        .talks
        .iter()
        .filter_map(|talks| {
            let (start, end) = talks_days(talks);
            if !overlaps(first, last, start, end) {
                return None;
            }
            let certainty = if precision == DatePrecision::Day || within(first, last, start, end) {
                Certainty::Flagged
            } else {
                Certainty::Possible
            };
            Some(TalksMark {
                talks: &talks.id,
                certainty,
            })
        })
        .collect();
    talks.sort_by(|a, b| a.talks.cmp(b.talks));
    IncidentMarks {
        incident: &incident.id,
        ceasefires,
        talks,
    }
}

/// The marks of every incident that is not discounted and falls in some ceasefire's window or
/// during some talks, in the record's order.
pub fn marks<'a>(record: &FullRecord<'a>) -> Vec<IncidentMarks<'a>> {
    record
        .incidents
        .iter()
        .filter(|i| i.status != Status::Discounted)
        .map(|i| marks_of(record, i))
        .filter(|m| !m.ceasefires.is_empty() || !m.talks.is_empty())
        .collect()
}

/// The incidents flagged against one ceasefire (possible violations and incidents by others in
/// its window), each with its mark, in date order.
pub fn of_ceasefire<'a>(
    record: &FullRecord<'a>,
    ceasefire: &CeasefireId,
) -> Vec<(&'a Incident, CeasefireMark<'a>)> {
    let mut found: Vec<(&'a Incident, CeasefireMark<'a>)> = record
        .incidents
        .iter()
        .filter(|i| i.status != Status::Discounted)
        .filter_map(|incident| {
            let marks = marks_of(record, incident);
            marks
                .ceasefires
                .into_iter()
                .find(|m| m.ceasefire == ceasefire)
                .map(|m| (incident, m))
        })
        .collect();
    found.sort_by(|a, b| (a.0.date.date(), &a.0.id).cmp(&(b.0.date.date(), &b.0.id)));
    found
}

/// The name of a source for a sentence: its publisher; never a restricted source's (as in the
/// reconciliation's sentences), nor the placeholder id a reader without clearance sees in its
/// place; the id of a source the record does not hold.
fn source_name(record: &FullRecord<'_>, id: &SourceId) -> String {
    match record.sources.iter().find(|s| &s.id == id) {
        Some(s) if s.restricted => "a restricted source".to_owned(),
        Some(s) => s.publisher.clone(),
        None if id.as_str() == "restricted" => "a restricted source".to_owned(),
        None => id.to_string(),
    }
}

impl Allegation<'_> {
    /// The allegation as a reader reads it: "Pakistan, alleged by Taliban (…) and Afghanistan
    /// Cricket Board; reported as such by The Print; Pakistan said it carried out the attack".
    pub fn sentence(&self, record: &FullRecord<'_>) -> String {
        let name = record.name_of(self.perpetrator);
        let mut parts = vec![name.clone()];
        let actors: Vec<String> = self.by_actors.iter().map(|a| record.name_of(a)).collect();
        let mut sources: Vec<String> = self
            .by_sources
            .iter()
            .map(|s| source_name(record, s))
            .collect();
        sources.sort();
        sources.dedup();
        if !actors.is_empty() {
            parts.push(format!("alleged by {}", join_names(&actors)));
        }
        if !sources.is_empty() {
            parts.push(format!("reported as such by {}", join_names(&sources)));
        }
        for word in &self.own_word {
            parts.push(match word {
                OwnWord::AcceptsCivilianHarm => format!("{name} accepted that it harmed civilians"),
                OwnWord::SaysItCarriedOut => format!("{name} said it carried out the attack"),
                OwnWord::Denies => format!("{name} denied carrying it out"),
            });
        }
        if actors.is_empty() && sources.is_empty() && self.own_word.is_empty() {
            parts.push("named in the record; no claim attributes it".to_owned());
        }
        let mut text = parts.remove(0);
        if !parts.is_empty() {
            text.push_str(", ");
            text.push_str(&parts.join("; "));
        }
        text
    }
}

impl CeasefireMark<'_> {
    /// The mark as the incident page and the ceasefire page write it: "on the last day of the
    /// 48-hour truce of 15 October 2025 — flagged as a possible violation; alleged perpetrator:
    /// Pakistan, alleged by …".
    pub fn sentence(&self, record: &FullRecord<'_>, incident: &Incident) -> String {
        let name = record
            .ceasefires
            .iter()
            .find(|c| &c.id == self.ceasefire)
            .map_or_else(|| self.ceasefire.to_string(), |c| c.name.clone());
        let coarse = match incident.date.precision() {
            DatePrecision::Day => None,
            DatePrecision::Week => Some("week"),
            DatePrecision::Month => Some("month"),
            DatePrecision::Year => Some("year"),
        };
        let when = match (self.phase, coarse, self.certainty) {
            (Phase::FirstDay, _, _) => format!(
                "on the first day of the {name} (the record does not say whether before or after it took effect)"
            ),
            (Phase::During, Some(unit), Certainty::Possible) => {
                format!("possibly during the {name} (the date is known only to the {unit})")
            }
            (Phase::AfterEnd, Some(unit), Certainty::Possible) => format!(
                "possibly within 48 hours after the end of the {name} (the date is known only to the {unit})"
            ),
            (Phase::During, _, _) => format!("during the {name}"),
            (Phase::LastDay, _, _) => format!(
                "on the last day of the {name} (within it, or in the hours after it ran out)"
            ),
            (Phase::AfterEnd, _, _) => format!("within 48 hours after the end of the {name}"),
        };
        let flag = match (self.possible_violation, self.certainty) {
            (true, Certainty::Flagged) => "flagged as a possible violation",
            (true, Certainty::Possible) => "it may be a violation",
            (false, _) => "not flagged: its alleged perpetrators are not parties to it",
        };
        let who: Vec<String> = self
            .allegations
            .iter()
            .map(|a| a.sentence(record))
            .collect();
        let who = match who.as_slice() {
            [] => "no perpetrator is named".to_owned(),
            [one] => format!("alleged perpetrator: {one}"),
            many => format!("alleged perpetrators: {}", many.join(" — ")),
        };
        format!("{when} — {flag}; {who}")
    }
}

impl TalksMark<'_> {
    /// "during talks: the Istanbul talks (third round)", or "possibly during talks: …".
    pub fn sentence(&self, record: &FullRecord<'_>) -> String {
        let name = record
            .talks
            .iter()
            .find(|t| &t.id == self.talks)
            .map_or_else(|| self.talks.to_string(), |t| t.name.clone());
        match self.certainty {
            Certainty::Flagged => format!("during talks: {name}"),
            Certainty::Possible => format!("possibly during talks: {name}"),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;
    use jiff::civil::date;
    use model::DateSpan;

    fn truce(start: Date, end: Option<Date>) -> Ceasefire {
        Ceasefire {
            id: CeasefireId::new("cf-test").unwrap(),
            name: "test truce".into(),
            parties: vec![
                ActorId::new("PAK").unwrap(),
                ActorId::new("TALIBAN").unwrap(),
            ],
            mediators: vec![],
            venue: None,
            announced: None,
            span: DateSpan::new(start, end).unwrap(),
            outcome: None,
            sources: vec![],
        }
    }

    fn place(
        day: Date,
        precision: DatePrecision,
        ceasefire: &Ceasefire,
    ) -> Option<(Phase, Certainty)> {
        let (first, last) = possible_days(&model::EventDate::on(day, precision));
        place_in_window(precision, first, last, ceasefire)
    }

    #[test]
    fn the_window_is_the_span_and_the_two_days_after_it() {
        let cf = truce(date(2025, 10, 15), Some(date(2025, 10, 17)));
        let day = DatePrecision::Day;
        assert_eq!(place(date(2025, 10, 14), day, &cf), None);
        assert_eq!(
            place(date(2025, 10, 15), day, &cf),
            Some((Phase::FirstDay, Certainty::Possible))
        );
        assert_eq!(
            place(date(2025, 10, 16), day, &cf),
            Some((Phase::During, Certainty::Flagged))
        );
        assert_eq!(
            place(date(2025, 10, 17), day, &cf),
            Some((Phase::LastDay, Certainty::Flagged))
        );
        assert_eq!(
            place(date(2025, 10, 18), day, &cf),
            Some((Phase::AfterEnd, Certainty::Flagged))
        );
        assert_eq!(
            place(date(2025, 10, 19), day, &cf),
            Some((Phase::AfterEnd, Certainty::Flagged))
        );
        assert_eq!(place(date(2025, 10, 20), day, &cf), None);
    }

    #[test]
    fn an_open_ceasefire_runs_on_and_coarse_dates_only_may_fall_in_it() {
        let cf = truce(date(2025, 10, 19), None);
        assert_eq!(
            place(date(2026, 3, 1), DatePrecision::Day, &cf),
            Some((Phase::During, Certainty::Flagged))
        );
        // A week around 20 October: 17 to 23 October, partly before the truce.
        assert_eq!(
            place(date(2025, 10, 20), DatePrecision::Week, &cf),
            Some((Phase::During, Certainty::Possible))
        );
        assert_eq!(
            place(date(2025, 11, 15), DatePrecision::Month, &cf),
            Some((Phase::During, Certainty::Flagged))
        );
        assert_eq!(place(date(2025, 10, 10), DatePrecision::Week, &cf), None);
    }

    #[test]
    fn a_multi_day_incident_that_runs_into_the_truce_was_during_it() {
        let cf = truce(date(2025, 10, 15), Some(date(2025, 10, 17)));
        let days =
            model::EventDate::span(date(2025, 10, 14), date(2025, 10, 16), DatePrecision::Day)
                .unwrap();
        let (first, last) = possible_days(&days);
        assert_eq!(
            place_in_window(DatePrecision::Day, first, last, &cf),
            Some((Phase::During, Certainty::Flagged))
        );
    }

    #[test]
    fn open_talks_cover_their_first_day_unless_ongoing() {
        let mut talks = Talks {
            id: TalksId::new("talks-test").unwrap(),
            name: "test talks".into(),
            parties: vec![],
            mediators: vec![],
            venue: None,
            span: DateSpan::new(date(2025, 11, 6), None).unwrap(),
            outcome: TalksOutcome::NoAgreement,
            summary: None,
            sources: vec![],
        };
        assert_eq!(
            talks_days(&talks),
            (date(2025, 11, 6), Some(date(2025, 11, 6)))
        );
        talks.outcome = TalksOutcome::Ongoing;
        assert_eq!(talks_days(&talks), (date(2025, 11, 6), None));
    }
}
