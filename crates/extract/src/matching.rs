//! Whether a drafted incident is one already recorded: the same event reported by several outlets
//! must end up as one incident.
//!
//! [`score`] compares a draft with a recorded incident (and its claims) and gives 0 when they
//! cannot be the same event, else a score between 0 and 1:
//!
//! * **date** (weight 0.35): the same day 1, one day apart 0.75, two days 0.5; further apart is no
//!   match. A draft known only to the week or month may be up to 7 or 31 days off, at 0.4.
//! * **place** (0.35): the same district, or within 10 km, 1; within 25 km 0.8; the same province
//!   when either side names no district 0.5; the same country when either side names no province
//!   0.3 (enough only with the same day and kind); otherwise no match (another district more than
//!   25 km away, another province or country).
//! * **type** (0.2): the same 1; related kinds (air and drone strikes; shelling, cross-border fire
//!   and clashes; suicide and other bombings, armed attacks) 0.5; otherwise no match.
//! * **figures** (0.1): 1 when a death toll of the draft appears among the recorded claims.
//!
//! A draft is attached to the best incident scoring at least [`THRESHOLD`]; otherwise it becomes
//! a new draft incident.

use model::{Claim, DatePrecision, EventType, Group, Incident, Measure, PlaceRef};
use places::haversine_km;

use crate::output::DraftIncident;
use crate::records;

/// The least score for a draft to be taken as a recorded incident.
pub const THRESHOLD: f64 = 0.6;

/// How far apart the dates of a match may be, in days (day precision).
pub const DATE_WINDOW_DAYS: i64 = 2;

/// How far apart the places of a match may be, in km, when they are not the same district.
pub const DISTANCE_KM: f64 = 25.0;

/// A recorded incident that may be the draft's, with its claims.
#[derive(Clone, Copy, Debug)]
pub struct Candidate<'a> {
    /// The incident.
    pub incident: &'a Incident,
    /// Its claims.
    pub claims: &'a [Claim],
}

fn family(t: EventType) -> u8 {
    match t {
        EventType::AirStrike | EventType::DroneStrike => 0,
        EventType::Shelling | EventType::CrossBorderFire | EventType::ArmedClash => 1,
        EventType::SuicideBombing | EventType::Bombing | EventType::ArmedAttack => 2,
        EventType::Other => 3,
    }
}

fn same_name(a: Option<&str>, b: Option<&str>) -> bool {
    matches!((a, b), (Some(x), Some(y)) if x.eq_ignore_ascii_case(y))
}

fn place_score(draft: &PlaceRef, recorded: &PlaceRef) -> f64 {
    if draft.country != recorded.country {
        return 0.0;
    }
    if same_name(draft.admin2.as_deref(), recorded.admin2.as_deref()) {
        return 1.0;
    }
    if let (Some(a), Some(b)) = (draft.coordinates, recorded.coordinates)
        && (draft.admin2.is_some() || draft.location.is_some())
        && (recorded.admin2.is_some() || recorded.location.is_some())
    {
        let km = haversine_km(a, b);
        if km <= 10.0 {
            return 1.0;
        }
        if km <= DISTANCE_KM {
            return 0.8;
        }
    }
    let one_side_vague = draft.admin2.is_none() || recorded.admin2.is_none();
    if one_side_vague && same_name(draft.admin1.as_deref(), recorded.admin1.as_deref()) {
        return 0.5;
    }
    // A draft that names only the country ("clashes along the border"): a weak agreement, enough
    // only with the same day and kind.
    if draft.admin1.is_none() || recorded.admin1.is_none() {
        return 0.3;
    }
    0.0
}

fn date_score(draft: &DraftIncident, recorded: &Incident) -> f64 {
    let Some(date) = draft.event_date() else {
        return 0.0;
    };
    let first = recorded.date.date();
    let last = recorded.date.last_day();
    let day = date.date();
    let distance = if day < first {
        day.until(first)
            .map(|s| i64::from(s.get_days()))
            .unwrap_or(i64::MAX)
    } else if day > last {
        last.until(day)
            .map(|s| i64::from(s.get_days()))
            .unwrap_or(i64::MAX)
    } else {
        0
    };
    let vague = |p: DatePrecision| match p {
        DatePrecision::Day => 0,
        DatePrecision::Week => 7,
        DatePrecision::Month | DatePrecision::Year => 31,
    };
    let slack = vague(date.precision()).max(vague(recorded.date.precision()));
    match distance {
        0 => 1.0,
        1 => 0.75,
        2 => 0.5,
        d if d <= slack => 0.4,
        _ => 0.0,
    }
}

fn type_score(a: EventType, b: EventType) -> f64 {
    if a == b {
        1.0
    } else if family(a) == family(b) || a == EventType::Other || b == EventType::Other {
        0.5
    } else {
        0.0
    }
}

/// How likely the draft is the recorded incident (0 when it cannot be).
pub fn score(draft: &DraftIncident, candidate: Candidate<'_>) -> f64 {
    let Some(place) = records::place_ref(draft) else {
        return 0.0;
    };
    let p = candidate
        .incident
        .places
        .iter()
        .map(|r| place_score(&place, r))
        .fold(0.0, f64::max);
    let d = date_score(draft, candidate.incident);
    let t = type_score(draft.event_type, candidate.incident.event_type);
    if p == 0.0 || d == 0.0 || t == 0.0 {
        return 0.0;
    }
    let tolls: Vec<u32> = draft.claims.iter().filter_map(|c| c.killed).collect();
    let shared = candidate.claims.iter().any(|c| {
        c.figures
            .measure(Measure::Killed)
            .get(Group::Total)
            .is_some_and(|count| tolls.contains(&count.nominal()))
    });
    let f = if shared { 1.0 } else { 0.0 };
    let total = 0.35 * d + 0.35 * p + 0.2 * t + 0.1 * f;
    (total * 1000.0).round() / 1000.0
}

/// The candidate the draft belongs to, if any scores at least [`THRESHOLD`]: the best, the
/// earliest recorded on a tie (so that the choice does not depend on the order of the list).
pub fn best<'a>(
    draft: &DraftIncident,
    candidates: &[Candidate<'a>],
) -> Option<(Candidate<'a>, f64)> {
    candidates
        .iter()
        .map(|c| (*c, score(draft, *c)))
        .filter(|(_, s)| *s >= THRESHOLD)
        .max_by(|(a, sa), (b, sb)| {
            sa.total_cmp(sb)
                .then_with(|| b.incident.id.cmp(&a.incident.id))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{DraftClaim, DraftIncident};

    fn draft(
        date: &str,
        admin1: &str,
        admin2: Option<&str>,
        event: EventType,
        killed: u32,
    ) -> DraftIncident {
        DraftIncident {
            article: None,
            date: Some(date.into()),
            date_precision: Some(DatePrecision::Day),
            country: "AFG".into(),
            admin1: Some(admin1.into()),
            admin2: admin2.map(Into::into),
            location: None,
            event_type: event,
            perpetrator: Some("PAK".into()),
            claims: vec![DraftClaim {
                killed: Some(killed),
                ..DraftClaim::default()
            }],
            evidence: vec![],
        }
    }

    fn recorded(d: &DraftIncident) -> (Incident, Vec<Claim>) {
        let src = model::SourceId::new("s").unwrap();
        let id = model::IncidentId::new("i").unwrap();
        let inc = records::incident(id.clone(), d, "p").unwrap();
        let claims = vec![records::claim(
            model::ClaimId::new("c").unwrap(),
            id,
            src,
            &d.claims[0],
            d,
        )];
        (inc, claims)
    }

    #[test]
    fn the_same_strike_from_two_outlets_matches() {
        let (inc, claims) = recorded(&draft(
            "2024-12-24",
            "Paktika",
            Some("Barmal"),
            EventType::AirStrike,
            46,
        ));
        let other = draft(
            "2024-12-25",
            "Paktika",
            Some("Barmal"),
            EventType::AirStrike,
            15,
        );
        let s = score(
            &other,
            Candidate {
                incident: &inc,
                claims: &claims,
            },
        );
        assert!(s >= THRESHOLD, "{s}");
        let province_only = draft("2024-12-24", "Paktika", None, EventType::DroneStrike, 46);
        let s = score(
            &province_only,
            Candidate {
                incident: &inc,
                claims: &claims,
            },
        );
        assert!(s >= THRESHOLD, "{s}");
    }

    #[test]
    fn another_place_day_or_kind_does_not_match() {
        let (inc, claims) = recorded(&draft(
            "2024-12-24",
            "Paktika",
            Some("Barmal"),
            EventType::AirStrike,
            46,
        ));
        let c = Candidate {
            incident: &inc,
            claims: &claims,
        };
        assert_eq!(
            score(
                &draft(
                    "2024-12-28",
                    "Paktika",
                    Some("Barmal"),
                    EventType::AirStrike,
                    46
                ),
                c
            ),
            0.0
        );
        assert_eq!(
            score(
                &draft(
                    "2024-12-24",
                    "Khost",
                    Some("Spera"),
                    EventType::AirStrike,
                    46
                ),
                c
            ),
            0.0
        );
        assert_eq!(
            score(
                &draft(
                    "2024-12-24",
                    "Paktika",
                    Some("Barmal"),
                    EventType::SuicideBombing,
                    46
                ),
                c
            ),
            0.0
        );
        // A district next door, more than 25 km away.
        assert_eq!(
            score(
                &draft(
                    "2024-12-24",
                    "Paktika",
                    Some("Urgun"),
                    EventType::AirStrike,
                    46
                ),
                c
            ),
            0.0
        );
    }
}
