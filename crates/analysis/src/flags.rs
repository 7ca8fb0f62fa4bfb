//! Consistency flags: what a monitor should look at twice before quoting a figure.
//!
//! Three checks, each written as a sentence naming the figures and sources involved:
//! - the reconciled groups do not add up (women + children ≤ civilians; civilians + combatants +
//!   security forces ≤ everyone; women + children + men ≤ everyone);
//! - claims for one count disagree beyond a threshold (the highest at least half as large again as
//!   the lowest, and at least 3 apart, so that 1 against 2 is not flagged but 15 against 51 is);
//! - one voice revised a figure down over time (a later figure lower than an earlier one).
//!
//! Flags never change a figure: they point at it.

use std::collections::BTreeMap;

use model::{ActorId, ClaimId, Group, Measure};
use serde::Serialize;

use crate::estimate::{Entry, Figure};
use crate::voice::Voice;
use crate::words::{Namer, figure_label};

/// The highest figure must be at least this many halves of the lowest to count as a disagreement
/// (3 halves: half as large again).
const DISAGREEMENT_HALVES: u64 = 3;
/// ... and at least this far above it, so that small counts (1 against 2) are not flagged.
const DISAGREEMENT_GAP: u32 = 3;

/// What kind of problem a flag points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// Reconciled groups that do not add up (more women and children than civilians).
    Inconsistent,
    /// Claims about one count that are far apart.
    Disagreement,
    /// A voice that gave a lower figure after a higher one.
    RevisedDown,
}

/// One flag: what to look at, in a sentence, and the claims involved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Flag<'a> {
    /// What kind of problem it is.
    pub kind: FlagKind,
    /// The measure of the figure flagged.
    pub measure: Measure,
    /// The group of the figure flagged.
    pub group: Group,
    /// The side whose losses the figure counts, when it counts a party's forces.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub losses_of: Option<&'a ActorId>,
    /// The problem in words.
    pub message: String,
    /// The claims involved, in id order.
    pub claims: Vec<&'a ClaimId>,
}

/// Flags the claims of one part (one measure, group and side) that lie far apart. Only current
/// figures are compared: a figure its source replaced is a revision, not a disagreement.
pub(crate) fn disagreement<'a>(
    namer: &Namer<'_, '_>,
    measure: Measure,
    group: Group,
    losses_of: Option<&'a ActorId>,
    entries: &[Entry<'_, 'a>],
) -> Option<Flag<'a>> {
    let current = entries.iter().filter(|e| !e.superseded);
    let lowest = current.clone().min_by_key(|e| e.count.nominal())?;
    let highest =
        current.max_by_key(|e| (e.count.nominal(), std::cmp::Reverse(&e.view.claim.id)))?;
    let (low, high) = (lowest.count.nominal(), highest.count.nominal());
    let far_apart = u64::from(high) * 2 >= u64::from(low) * DISAGREEMENT_HALVES
        && high >= low.saturating_add(DISAGREEMENT_GAP);
    if !far_apart {
        return None;
    }
    let mut claims = vec![&lowest.view.claim.id, &highest.view.claim.id];
    claims.sort();
    Some(Flag {
        kind: FlagKind::Disagreement,
        measure,
        group,
        losses_of,
        message: format!(
            "Claims for {} disagree: from {} ({}) to {} ({}).",
            figure_label(namer, measure, group, losses_of),
            lowest.count,
            namer.voice_via(lowest.view),
            highest.count,
            namer.voice_via(highest.view),
        ),
        claims,
    })
}

/// Flags each voice that gave a lower figure for one part after a higher one.
pub(crate) fn revisions<'a>(
    namer: &Namer<'_, '_>,
    measure: Measure,
    group: Group,
    losses_of: Option<&'a ActorId>,
    entries: &[Entry<'_, 'a>],
) -> Vec<Flag<'a>> {
    // A revision needs two dated figures from one voice: most parts have none.
    let dated_voices = entries.iter().filter(|e| e.view.date.is_some());
    if !dated_voices.clone().enumerate().any(|(i, e)| {
        dated_voices
            .clone()
            .skip(i + 1)
            .any(|later| later.view.voice == e.view.voice)
    }) {
        return Vec::new();
    }
    let mut dated: Vec<&Entry<'_, 'a>> = entries.iter().filter(|e| e.view.date.is_some()).collect();
    dated.sort_by(|a, b| {
        (a.view.voice, a.view.date, &a.view.claim.id).cmp(&(
            b.view.voice,
            b.view.date,
            &b.view.claim.id,
        ))
    });
    let mut flags = Vec::new();
    for same_voice in dated.chunk_by(|a, b| a.view.voice == b.view.voice) {
        let voice: Voice<'_> = same_voice[0].view.voice;
        let mut peak = same_voice[0];
        for entry in &same_voice[1..] {
            if entry.view.date > peak.view.date && entry.count.nominal() < peak.count.nominal() {
                let date =
                    |e: &Entry<'_, '_>| e.view.date.map(|d| d.to_string()).unwrap_or_default();
                flags.push(Flag {
                    kind: FlagKind::RevisedDown,
                    measure,
                    group,
                    losses_of,
                    message: format!(
                        "{} lowered its figure for {} from {} ({}, {}) to {} ({}, {}).",
                        namer.voice(voice),
                        figure_label(namer, measure, group, losses_of),
                        peak.count,
                        namer.outlet(peak.view),
                        date(peak),
                        entry.count,
                        namer.outlet(entry.view),
                        date(entry),
                    ),
                    claims: vec![&peak.view.claim.id, &entry.view.claim.id],
                });
                break;
            }
            if entry.count.nominal() > peak.count.nominal() {
                peak = entry;
            }
        }
    }
    flags
}

/// The sums that must hold between groups of one measure: the parts on the left cannot outnumber
/// the whole on the right.
const SUMS: [(&[Group], Group); 3] = [
    (&[Group::Women, Group::Children], Group::Civilians),
    (
        &[Group::Civilians, Group::Combatants, Group::SecurityForces],
        Group::Total,
    ),
    (&[Group::Women, Group::Children, Group::Men], Group::Total),
];

/// Flags reconciled groups that do not add up: when even the lowest figures of the parts exceed
/// the highest figure of the whole, or when their best figures do.
pub(crate) fn consistency<'a>(
    namer: &Namer<'_, '_>,
    figures: &BTreeMap<(Measure, Group), Figure<'a>>,
) -> Vec<Flag<'a>> {
    let mut flags = Vec::new();
    for measure in Measure::ALL {
        for (parts, whole) in SUMS {
            let Some(whole_figure) = figures.get(&(measure, whole)) else {
                continue;
            };
            let present: Vec<(Group, &Figure<'a>)> = parts
                .iter()
                .filter_map(|g| figures.get(&(measure, *g)).map(|f| (*g, f)))
                .collect();
            if present.is_empty() {
                continue;
            }
            let whole_est = &whole_figure.estimate;
            let label = |g: Group| figure_label(namer, measure, g, None);
            let names = || -> Vec<String> { present.iter().map(|(g, _)| label(*g)).collect() };
            let sum_of = |values: &[u32]| values.iter().map(|v| u64::from(*v)).sum::<u64>();
            let lows: Vec<u32> = present.iter().map(|(_, f)| f.estimate.low).collect();
            let bests: Option<Vec<u32>> = present.iter().map(|(_, f)| f.estimate.best).collect();
            let message = if !whole_est.high_open && sum_of(&lows) > u64::from(whole_est.high) {
                Some(format!(
                    "Groups do not add up: even the lowest figures for {} ({}) exceed the highest for {} ({}).",
                    crate::words::and_list(&names()),
                    joined(&lows),
                    label(whole),
                    whole_est.high
                ))
            } else {
                match (bests, whole_est.best) {
                    (Some(bests), Some(whole_best)) if sum_of(&bests) > u64::from(whole_best) => {
                        Some(format!(
                            "Groups do not add up: the best figures for {} ({}) exceed the best for {} ({}).",
                            crate::words::and_list(&names()),
                            joined(&bests),
                            label(whole),
                            whole_best
                        ))
                    }
                    _ => None,
                }
            };
            if let Some(message) = message {
                let mut claims: Vec<&'a ClaimId> = present
                    .iter()
                    .flat_map(|(_, f)| f.estimate.from.iter().copied())
                    .chain(whole_est.from.iter().copied())
                    .collect();
                claims.sort();
                claims.dedup();
                flags.push(Flag {
                    kind: FlagKind::Inconsistent,
                    measure,
                    group: whole,
                    losses_of: None,
                    message,
                    claims,
                });
            }
        }
    }
    flags
}

/// "5 + 3", or "10" for one value.
fn joined(values: &[u32]) -> String {
    values
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(" + ")
}
