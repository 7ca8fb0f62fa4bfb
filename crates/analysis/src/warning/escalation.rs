//! The escalation index: one score per week, from a fixed formula written down in
//! `docs/escalation.md` (section 4), and the alerts it raises.
//!
//! ```text
//! score = 1.0·ln(1+n) + 1.0·ln(1+K) + 1.5·ln(1+H) + 1.0·S + 1.0·ln(1+R) + 1.5·B
//! ```
//!
//! n incidents, K killed (best), H civilian harm (civilians killed + injured / 4, best), S severity
//! points (2 a strike on a national capital, 1 on another major city, 1 cross-border ground
//! fighting), R the parties' rhetoric (counted from zero up), B 1 when a ceasefire was broken that
//! week. Threshold 6.0. The weights and the threshold were fixed before the index was computed on
//! any data; they are constants here, not settings, so that every score means the same thing.
//!
//! The series is computed from per-incident and per-statement facts ([`EventFacts`],
//! [`StatementFacts`]), so that history from other datasets (ACLED, UCDP) runs through the same
//! formula as the record.

use std::collections::BTreeMap;

use model::{Date, EventType, Incident, IncidentId, StatementId};
use serde::{Serialize, Serializer};

use super::FullRecord;
use super::cities::{Cities, CityKind};
use super::harm::{self, IncidentHarm};
use super::rhetoric::{Lexicon, ScoredStatement};
use super::violations;
use super::week::{add_days, monday_of, mondays};

/// The formula's name, stored with every alert so that an alert can be traced to its rules.
pub const FORMULA: &str = "escalation-v1";

/// The weights and threshold of a formula version.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Formula {
    /// Its name.
    pub name: &'static str,
    /// Weight of ln(1 + incidents).
    pub incidents: f64,
    /// Weight of ln(1 + killed).
    pub killed: f64,
    /// Weight of ln(1 + civilian harm).
    pub civilian_harm: f64,
    /// What one civilian injured counts for in civilian harm, against one killed.
    pub injured_per_killed: f64,
    /// Weight of each severity point.
    pub severity: f64,
    /// Severity points of an explosive strike on a national capital.
    pub capital_points: u32,
    /// Severity points of one on another major city.
    pub city_points: u32,
    /// Severity points of cross-border ground fighting.
    pub ground_fighting_points: u32,
    /// Weight of ln(1 + the parties' rhetoric, from zero up).
    pub rhetoric: f64,
    /// What a broken ceasefire adds.
    pub ceasefire_broken: f64,
    /// The score at or above which a week raises an alert.
    pub threshold: f64,
}

impl Formula {
    /// `escalation-v1`, as `docs/escalation.md` writes it.
    pub const V1: Formula = Formula {
        name: FORMULA,
        incidents: 1.0,
        killed: 1.0,
        civilian_harm: 1.5,
        injured_per_killed: 0.25,
        severity: 1.0,
        capital_points: 2,
        city_points: 1,
        ground_fighting_points: 1,
        rhetoric: 1.0,
        ceasefire_broken: 1.5,
        threshold: 6.0,
    };

    /// The civilian harm of a week's counts.
    pub fn civilian_harm(&self, civilians_killed: u32, civilians_injured: u32) -> f64 {
        f64::from(civilians_killed) + self.injured_per_killed * f64::from(civilians_injured)
    }

    /// The severity points of a week's counts.
    pub fn severity_points(&self, capital: u32, city: u32, ground: u32) -> u32 {
        capital
            .saturating_mul(self.capital_points)
            .saturating_add(city.saturating_mul(self.city_points))
            .saturating_add(ground.saturating_mul(self.ground_fighting_points))
    }

    /// What each component adds to the score.
    pub fn contributions(&self, c: &Components) -> Contributions {
        let ln1p = |x: f64| x.max(0.0).ln_1p();
        Contributions {
            incidents: self.incidents * ln1p(f64::from(c.incidents)),
            killed: self.killed * ln1p(f64::from(c.killed)),
            civilian_harm: self.civilian_harm * ln1p(c.civilian_harm),
            severity: self.severity * f64::from(c.severity),
            rhetoric: self.rhetoric * ln1p(c.rhetoric),
            ceasefire: if c.ceasefire == CeasefireState::Broken {
                self.ceasefire_broken
            } else {
                0.0
            },
        }
    }

    /// The score of a week's components.
    pub fn score(&self, c: &Components) -> f64 {
        self.contributions(c).total()
    }
}

/// Whether a ceasefire held in a week.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CeasefireState {
    /// No ceasefire covered the week.
    #[default]
    None,
    /// A ceasefire covered some day of it, and none was broken.
    Holding,
    /// An incident in the week is flagged as a possible violation of a ceasefire.
    Broken,
}

/// A week's components, as the formula reads them.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Components {
    /// Incidents.
    pub incidents: u32,
    /// People killed (best figures).
    pub killed: u32,
    /// Civilians killed (best figures).
    pub civilians_killed: u32,
    /// Civilians injured (best figures).
    pub civilians_injured: u32,
    /// Civilians killed + injured / 4.
    #[serde(serialize_with = "rounded")]
    pub civilian_harm: f64,
    /// Severity points.
    pub severity: u32,
    /// Explosive strikes on a national capital.
    pub capital_strikes: u32,
    /// Explosive strikes on another major city.
    pub city_strikes: u32,
    /// Cross-border ground fighting.
    pub ground_fighting: u32,
    /// The parties' statements that week.
    pub party_statements: u32,
    /// The sum of their rhetoric scores, from zero up.
    #[serde(serialize_with = "rounded")]
    pub rhetoric: f64,
    /// Whether a ceasefire held.
    pub ceasefire: CeasefireState,
}

/// What each component adds to a week's score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Contributions {
    /// From the number of incidents.
    #[serde(serialize_with = "rounded")]
    pub incidents: f64,
    /// From the number killed.
    #[serde(serialize_with = "rounded")]
    pub killed: f64,
    /// From civilian harm.
    #[serde(serialize_with = "rounded")]
    pub civilian_harm: f64,
    /// From severity.
    #[serde(serialize_with = "rounded")]
    pub severity: f64,
    /// From the parties' rhetoric.
    #[serde(serialize_with = "rounded")]
    pub rhetoric: f64,
    /// From a broken ceasefire.
    #[serde(serialize_with = "rounded")]
    pub ceasefire: f64,
}

impl Contributions {
    /// The score: their sum.
    pub fn total(&self) -> f64 {
        self.incidents
            + self.killed
            + self.civilian_harm
            + self.severity
            + self.rhetoric
            + self.ceasefire
    }
}

/// Writes a score with three decimals, so that JSON output is stable and readable.
fn rounded<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64(round3(*value))
}

/// A number rounded to three decimals.
pub fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

/// One incident, as the index reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct EventFacts {
    /// Its id.
    pub id: IncidentId,
    /// Its (first or representative) day.
    pub date: Date,
    /// People killed (best).
    pub killed: u32,
    /// Civilians killed (best).
    pub civilians_killed: u32,
    /// Civilians injured (best).
    pub civilians_injured: u32,
    /// The city it struck, if an explosive strike hit a capital or major city.
    pub city: Option<CityKind>,
    /// Whether it was cross-border ground fighting.
    pub ground_fighting: bool,
    /// Whether it is flagged as a possible violation of a ceasefire.
    pub breaks_ceasefire: bool,
}

/// One statement, as the index reads it.
#[derive(Clone, Debug, PartialEq)]
pub struct StatementFacts {
    /// Its id.
    pub id: StatementId,
    /// The day it was made.
    pub date: Date,
    /// Whether a party to the fighting made it (only those enter the index).
    pub party: bool,
    /// Its rhetoric score.
    pub score: f64,
}

/// One week of the series.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Week {
    /// Its Monday.
    pub week: Date,
    /// The score.
    #[serde(serialize_with = "rounded")]
    pub score: f64,
    /// Whether the score is at or above the threshold.
    pub alert: bool,
    /// The components.
    pub components: Components,
    /// What each adds to the score.
    pub contributions: Contributions,
    /// The incidents it counts, in date then id order.
    pub incidents: Vec<IncidentId>,
    /// The parties' statements it counts, in date then id order.
    pub statements: Vec<StatementId>,
}

/// The weekly series, from the first week with anything in it to the last.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Series {
    /// The formula it was computed with.
    pub formula: Formula,
    /// Every week, in order, empty ones included.
    pub weeks: Vec<Week>,
}

/// Whether an explosive weapon was used: the kinds of attack that make a strike on a city.
fn explosive(event_type: EventType) -> bool {
    matches!(
        event_type,
        EventType::AirStrike
            | EventType::DroneStrike
            | EventType::Shelling
            | EventType::SuicideBombing
            | EventType::Bombing
    )
}

/// Cross-border ground fighting: fire exchanged across the border, or a clash with places in
/// both countries or a cross-border direction.
pub fn is_ground_fighting(incident: &Incident) -> bool {
    match incident.event_type {
        EventType::CrossBorderFire => true,
        EventType::ArmedClash => {
            incident.cross_border.is_some()
                || incident
                    .places
                    .iter()
                    .any(|p| incident.places.iter().any(|q| q.country != p.country))
        }
        _ => false,
    }
}

/// The capital or major city an incident struck, the most important one when it struck several.
pub fn city_struck(incident: &Incident, cities: &Cities) -> Option<CityKind> {
    if !explosive(incident.event_type) {
        return None;
    }
    incident
        .places
        .iter()
        .filter_map(|p| cities.city_of(p))
        .map(|c| c.kind)
        .min()
}

/// The facts the index reads about each published incident of the record.
pub fn event_facts(record: &FullRecord<'_>, cities: &Cities) -> Vec<EventFacts> {
    let harms: Vec<IncidentHarm> = harm::of_record(record);
    record
        .incidents
        .iter()
        .zip(harms)
        .filter(|(incident, _)| incident.status == model::Status::Published)
        .map(|(incident, harm)| EventFacts {
            id: incident.id.clone(),
            date: incident.date.date(),
            killed: harm.killed,
            civilians_killed: harm.civilians_killed,
            civilians_injured: harm.civilians_injured,
            city: city_struck(incident, cities),
            ground_fighting: is_ground_fighting(incident),
            breaks_ceasefire: violations::marks_of(record, incident).breaks_a_ceasefire(),
        })
        .collect()
}

/// The facts the index reads about each statement.
pub fn statement_facts(scored: &[ScoredStatement<'_>]) -> Vec<StatementFacts> {
    scored
        .iter()
        .map(|s| StatementFacts {
            id: s.statement.clone(),
            date: s.date,
            party: s.party,
            score: s.rhetoric.score,
        })
        .collect()
}

/// The series of a whole record: published incidents, every statement scored with `lexicon`, and
/// the ceasefires' spans.
pub fn of_record(record: &FullRecord<'_>, lexicon: &Lexicon, cities: &Cities) -> Series {
    let events = event_facts(record, cities);
    let statements = statement_facts(&super::rhetoric::score_all(record, lexicon));
    let spans: Vec<(Date, Option<Date>)> = record
        .ceasefires
        .iter()
        .map(|c| (c.span.start(), c.span.end()))
        .collect();
    series(&Formula::V1, &events, &statements, &spans)
}

/// The weekly series from its inputs. It runs from the week of the earliest incident or party
/// statement to the week of the latest; a record with neither has no weeks.
pub fn series(
    formula: &Formula,
    events: &[EventFacts],
    statements: &[StatementFacts],
    ceasefires: &[(Date, Option<Date>)],
) -> Series {
    let party_statements: Vec<&StatementFacts> = statements.iter().filter(|s| s.party).collect();
    let dates = events
        .iter()
        .map(|e| e.date)
        .chain(party_statements.iter().map(|s| s.date));
    let (Some(first), Some(last)) = (dates.clone().min(), dates.max()) else {
        return Series {
            formula: *formula,
            weeks: Vec::new(),
        };
    };
    let mut by_week: BTreeMap<Date, (Vec<&EventFacts>, Vec<&StatementFacts>)> = BTreeMap::new();
    for event in events {
        by_week
            .entry(monday_of(event.date))
            .or_default()
            .0
            .push(event);
    }
    for statement in &party_statements {
        by_week
            .entry(monday_of(statement.date))
            .or_default()
            .1
            .push(statement);
    }
    let weeks = mondays(first, last)
        .into_iter()
        .map(|monday| {
            let (mut events, mut said) = by_week.remove(&monday).unwrap_or_default();
            events.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
            said.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
            week(formula, monday, &events, &said, ceasefires)
        })
        .collect();
    Series {
        formula: *formula,
        weeks,
    }
}

/// One week from its incidents and parties' statements.
fn week(
    formula: &Formula,
    monday: Date,
    events: &[&EventFacts],
    said: &[&StatementFacts],
    ceasefires: &[(Date, Option<Date>)],
) -> Week {
    let count = |f: &dyn Fn(&EventFacts) -> bool| -> u32 {
        u32::try_from(events.iter().filter(|e| f(e)).count()).unwrap_or(u32::MAX)
    };
    let sum = |f: &dyn Fn(&EventFacts) -> u32| -> u32 {
        events.iter().map(|e| f(e)).fold(0, u32::saturating_add)
    };
    let sunday = add_days(monday, 6);
    let covered = ceasefires
        .iter()
        .any(|(start, end)| *start <= sunday && end.is_none_or(|end| end >= monday));
    let ceasefire = if events.iter().any(|e| e.breaks_ceasefire) {
        CeasefireState::Broken
    } else if covered {
        CeasefireState::Holding
    } else {
        CeasefireState::None
    };
    let capital_strikes = count(&|e| e.city == Some(CityKind::NationalCapital));
    let city_strikes =
        count(&|e| matches!(e.city, Some(CityKind::ProvincialCapital | CityKind::City)));
    let ground_fighting = count(&|e| e.ground_fighting);
    let civilians_killed = sum(&|e| e.civilians_killed);
    let civilians_injured = sum(&|e| e.civilians_injured);
    let components = Components {
        incidents: u32::try_from(events.len()).unwrap_or(u32::MAX),
        killed: sum(&|e| e.killed),
        civilians_killed,
        civilians_injured,
        civilian_harm: formula.civilian_harm(civilians_killed, civilians_injured),
        severity: formula.severity_points(capital_strikes, city_strikes, ground_fighting),
        capital_strikes,
        city_strikes,
        ground_fighting,
        party_statements: u32::try_from(said.len()).unwrap_or(u32::MAX),
        rhetoric: from_zero_up(said.iter().map(|s| s.score).fold(0.0, |a, b| a + b)),
        ceasefire,
    };
    let contributions = formula.contributions(&components);
    let score = contributions.total();
    Week {
        week: monday,
        score,
        alert: score >= formula.threshold,
        components,
        contributions,
        incidents: events.iter().map(|e| e.id.clone()).collect(),
        statements: said.iter().map(|s| s.id.clone()).collect(),
    }
}

/// A sum counted from zero up: negative sums (and a negative zero) become 0.
fn from_zero_up(sum: f64) -> f64 {
    if sum > 0.0 { sum } else { 0.0 }
}

/// Whether an alert's week is the first above the threshold or one of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    /// The week before was below the threshold (or there was none).
    Crossed,
    /// The week before was at or above it too.
    Above,
}

impl AlertKind {
    /// The name used in JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::Crossed => "crossed",
            AlertKind::Above => "above",
        }
    }
}

/// An alert: a week at or above the threshold, with what made it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Alert {
    /// The week's Monday.
    pub week: Date,
    /// Its score.
    #[serde(serialize_with = "rounded")]
    pub score: f64,
    /// The threshold it reached.
    pub threshold: f64,
    /// The formula.
    pub formula: &'static str,
    /// Crossed, or still above.
    pub kind: AlertKind,
    /// The week's components.
    pub components: Components,
    /// The incidents of the week.
    pub incidents: Vec<IncidentId>,
    /// One sentence: what the week held.
    pub summary: String,
}

/// The alerts of a series: one per week at or above the threshold, in week order. Deterministic:
/// the same series gives the same alerts.
pub fn alerts(series: &Series) -> Vec<Alert> {
    let mut previous_above = false;
    let mut out = Vec::new();
    for week in &series.weeks {
        if week.alert {
            out.push(Alert {
                week: week.week,
                score: week.score,
                threshold: series.formula.threshold,
                formula: series.formula.name,
                kind: if previous_above {
                    AlertKind::Above
                } else {
                    AlertKind::Crossed
                },
                components: week.components.clone(),
                incidents: week.incidents.clone(),
                summary: summary(week, series.formula.threshold),
            });
        }
        previous_above = week.alert;
    }
    out
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "Week of 13 Oct 2025: score 15.87 (threshold 6) — 3 incidents, 32 killed, 32 civilians killed
/// and 393 injured, 1 strike on a capital, a ceasefire broken."
pub fn summary(week: &Week, threshold: f64) -> String {
    let c = &week.components;
    let mut parts = vec![plural(c.incidents, "incident", "incidents")];
    if c.killed > 0 {
        parts.push(format!("{} killed", c.killed));
    }
    match (c.civilians_killed, c.civilians_injured) {
        (0, 0) => {}
        (killed, 0) => parts.push(format!(
            "{} killed",
            plural(killed, "civilian", "civilians")
        )),
        (0, injured) => parts.push(format!(
            "{} injured",
            plural(injured, "civilian", "civilians")
        )),
        (killed, injured) => parts.push(format!(
            "{} killed and {injured} injured",
            plural(killed, "civilian", "civilians")
        )),
    }
    if c.capital_strikes > 0 {
        parts.push(plural(
            c.capital_strikes,
            "strike on a capital",
            "strikes on a capital",
        ));
    }
    if c.city_strikes > 0 {
        parts.push(plural(
            c.city_strikes,
            "strike on a major city",
            "strikes on major cities",
        ));
    }
    if c.ground_fighting > 0 {
        parts.push(plural(
            c.ground_fighting,
            "cross-border ground fight",
            "cross-border ground fights",
        ));
    }
    if c.rhetoric > 0.0 {
        parts.push(format!(
            "hostile rhetoric from the parties scoring {}",
            round3(c.rhetoric)
        ));
    }
    if c.ceasefire == CeasefireState::Broken {
        parts.push("a ceasefire broken".to_owned());
    }
    format!(
        "Week of {}: score {} (threshold {}) — {}.",
        week.week.strftime("%-d %b %Y"),
        (week.score * 100.0).round() / 100.0,
        threshold,
        parts.join(", ")
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;
    use jiff::civil::date;

    fn event(id: &str, day: Date, killed: u32, civilians: u32) -> EventFacts {
        EventFacts {
            id: IncidentId::new(id).unwrap(),
            date: day,
            killed,
            civilians_killed: civilians,
            civilians_injured: 0,
            city: None,
            ground_fighting: false,
            breaks_ceasefire: false,
        }
    }

    #[test]
    fn the_documented_reference_weeks_score_what_the_docs_say() {
        let f = Formula::V1;
        let score = |c: Components| (f.score(&c) * 100.0).round() / 100.0;
        assert_eq!(score(Components::default()), 0.0);
        let clash = Components {
            incidents: 1,
            killed: 5,
            ..Components::default()
        };
        assert_eq!(score(clash), 2.48);
        let capital = Components {
            incidents: 1,
            killed: 2,
            capital_strikes: 1,
            severity: 2,
            ..Components::default()
        };
        assert_eq!(score(capital.clone()), 3.79);
        assert_eq!(
            score(Components {
                rhetoric: 10.0,
                ..capital
            }),
            6.19
        );
        let strike = Components {
            incidents: 1,
            killed: 10,
            civilians_killed: 10,
            civilian_harm: 10.0,
            ..Components::default()
        };
        assert_eq!(score(strike), 6.69);
    }

    #[test]
    fn empty_weeks_between_events_are_in_the_series_and_score_zero() {
        let events = [
            event("inc-a", date(2025, 10, 9), 2, 0),
            event("inc-b", date(2025, 10, 30), 10, 10),
        ];
        let s = series(&Formula::V1, &events, &[], &[]);
        let weeks: Vec<String> = s.weeks.iter().map(|w| w.week.to_string()).collect();
        assert_eq!(
            weeks,
            ["2025-10-06", "2025-10-13", "2025-10-20", "2025-10-27"]
        );
        assert_eq!(s.weeks[1].score, 0.0);
        assert_eq!(s.weeks[2].components, Components::default());
        let alerts = alerts(&s);
        assert_eq!(alerts.len(), 1);
        assert_eq!(alerts[0].week, date(2025, 10, 27));
        assert_eq!(alerts[0].kind, AlertKind::Crossed);
    }

    #[test]
    fn a_run_of_weeks_above_the_threshold_crosses_once() {
        let events = [
            event("inc-a", date(2025, 10, 9), 40, 20),
            event("inc-b", date(2025, 10, 16), 40, 20),
        ];
        let s = series(&Formula::V1, &events, &[], &[]);
        let kinds: Vec<AlertKind> = alerts(&s).iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [AlertKind::Crossed, AlertKind::Above]);
    }

    #[test]
    fn a_truce_covering_the_week_holds_until_an_incident_breaks_it() {
        let mut broken = event("inc-a", date(2025, 10, 17), 10, 10);
        broken.breaks_ceasefire = true;
        let quiet = event("inc-b", date(2025, 10, 28), 0, 0);
        let truce = [(date(2025, 10, 19), None)];
        let s = series(&Formula::V1, &[broken, quiet], &[], &truce);
        let states: Vec<CeasefireState> = s.weeks.iter().map(|w| w.components.ceasefire).collect();
        assert_eq!(
            states,
            [
                CeasefireState::Broken,
                CeasefireState::Holding,
                CeasefireState::Holding
            ]
        );
        assert_eq!(s.weeks[0].contributions.ceasefire, 1.5);
    }

    #[test]
    fn only_the_parties_rhetoric_counts_and_not_below_zero() {
        let statement = |id: &str, party: bool, score: f64| StatementFacts {
            id: StatementId::new(id).unwrap(),
            date: date(2025, 10, 29),
            party,
            score,
        };
        let said = [
            statement("st-a", true, 26.0),
            statement("st-b", false, 50.0),
            statement("st-c", true, -2.0),
        ];
        let s = series(&Formula::V1, &[], &said, &[]);
        assert_eq!(s.weeks.len(), 1);
        assert_eq!(s.weeks[0].components.rhetoric, 24.0);
        assert_eq!(s.weeks[0].components.party_statements, 2);
        let calm = [statement("st-d", true, -5.0)];
        let s = series(&Formula::V1, &[], &calm, &[]);
        assert_eq!(s.weeks[0].score, 0.0);
    }
}
