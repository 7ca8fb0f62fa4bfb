//! Low, best and high figures from the claims that give one count, and the rules that make them.
//!
//! The rules, in brief (docs/methodology.md says them in full, with their reasons):
//!
//! - **Range.** `low` is the lowest figure any claim gives and `high` the highest, every voice
//!   included — parties too, and earlier tolls a source later replaced — so the range spans the whole
//!   debate (Every Casualty's lowest–highest, Airwars' min–max). "At least N" gives N, with
//!   `high_open` set when the highest figure is such a floor; a range gives its two ends; "about N"
//!   gives N; "at most N" gives 0 to N.
//! - **Best.** Set by the claims of the highest standing present (a UN or monitor's verified figure,
//!   then independent reporting, then a party's admission), using only each source's latest figure.
//!   A partisan claim — a party on its adversary's losses, or on harm it blames on another — never
//!   sets it. Among independent or verified claims the best is their middle figure (the lower of two
//!   middles, so a disagreement resolves to the more conservative figure as ACLED does), kept within
//!   what all of them allow when they can all be true: "at least 46" and "at least 51" give 51. A
//!   party's admissions give their highest figure, since a party's smaller count of its own dead is
//!   contained in its larger one. One statement relayed by several outlets, and one report copied
//!   on several sites, counts once.
//! - **Sides.** Claims that count a party's forces (`losses_of`) are reconciled apart, one part per
//!   side, and added up: a part that only the adversary counts adds to `high` but not to `low` or
//!   `best`, so that an adversary's figure cannot enter the best total through the back door.

use std::fmt;

use model::{ActorId, ClaimId, Count};
use serde::Serialize;

use crate::voice::{ClaimView, Standing};

/// A reconciled figure: the range every claim spans, the best figure and what set it, and the
/// claims it came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Estimate<'a> {
    /// The lowest figure any claim gives ("at least N" gives N).
    pub low: u32,
    /// The best figure, or `None` when no claim may set it (only partisan claims give this count).
    pub best: Option<u32>,
    /// The highest figure any claim gives.
    pub high: u32,
    /// Whether the highest figure was given as a floor ("at least N"): no source sets a ceiling.
    pub high_open: bool,
    /// The standing of the claims that set the best figure.
    pub basis: Option<Standing>,
    /// Every claim that gives this count, in id order.
    pub from: Vec<&'a ClaimId>,
    /// The claims that set the best figure, in id order.
    pub best_from: Vec<&'a ClaimId>,
}

impl Estimate<'_> {
    /// The range as a bulletin writes it: "3–58", "47–52+" (open above), "10" or "≥47" when both
    /// ends meet.
    pub fn range_text(&self) -> String {
        let plus = if self.high_open { "+" } else { "" };
        if self.low == self.high {
            if self.high_open {
                format!("≥{}", self.low)
            } else {
                self.low.to_string()
            }
        } else {
            format!("{}–{}{plus}", self.low, self.high)
        }
    }

    /// The best figure as text, "–" when there is none.
    pub fn best_text(&self) -> String {
        self.best.map_or_else(|| "–".to_owned(), |b| b.to_string())
    }
}

impl fmt::Display for Estimate<'_> {
    /// "23 (3–58)", "– (10)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.best_text(), self.range_text())
    }
}

/// The estimate for one side's losses (`losses_of`), or for people not counted as any party's
/// forces (`losses_of` absent: civilians, everyone).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Part<'a> {
    /// Whose forces the claims count; absent for civilians and everyone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub losses_of: Option<&'a ActorId>,
    /// The reconciled figure for that side.
    #[serde(flatten)]
    pub estimate: Estimate<'a>,
}

/// The reconciled figure for one measure and group of an incident: the sum of its parts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Figure<'a> {
    /// Everyone the claims count in this group, all sides together.
    #[serde(flatten)]
    pub estimate: Estimate<'a>,
    /// When some claims count a party's forces: one estimate per side, in id order (people not
    /// counted as any party's forces first), which `estimate` adds up. Empty when every claim
    /// counts civilians or everyone.
    #[serde(rename = "by_losses_of", skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part<'a>>,
}

/// One claim's count for the figure being reconciled.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry<'v, 'a> {
    pub view: &'v ClaimView<'a>,
    pub count: Count,
    /// Replaced by a later figure from the same report in the same voice.
    pub superseded: bool,
}

/// Marks the entries that a later version of the same report (same original source, same voice)
/// replaces. Undated entries are never replaced and never replace another: without a date there is
/// no "later".
pub(crate) fn mark_superseded(entries: &mut [Entry<'_, '_>]) {
    for i in 0..entries.len() {
        let (view, Some(date)) = (entries[i].view, entries[i].view.date) else {
            continue;
        };
        // A figure that may not set the best figure never displaces one that may: a party
        // retreating from an admission leaves the admission standing (and the range shows both).
        // (The cheap tests first: most claims have no later version.)
        entries[i].superseded = entries.iter().any(|other| {
            other.view.date.is_some_and(|d| d > date)
                && other.view.standing <= view.standing
                && other.view.same_report(view)
        });
    }
}

/// The figure the entries of one part give. `entries` is in claim id order and not empty.
pub(crate) fn estimate<'a>(entries: &[Entry<'_, 'a>]) -> Estimate<'a> {
    let low = entries
        .iter()
        .map(|e| e.count.min_max().0)
        .min()
        .unwrap_or(0);
    let high = entries
        .iter()
        .map(|e| e.count.min_max().1)
        .max()
        .unwrap_or(0);
    let high_open = entries
        .iter()
        .any(|e| matches!(e.count, Count::AtLeast { .. }) && e.count.min_max().1 == high);
    let from = entries.iter().map(|e| &e.view.claim.id).collect();
    let (best, basis, best_from) = match best_of(entries) {
        Some((best, basis, setters)) => (Some(best), Some(basis), setters),
        None => (None, None, Vec::new()),
    };
    Estimate {
        low,
        best,
        high,
        high_open,
        basis,
        from,
        best_from,
    }
}

/// The best figure, the standing that set it and the claims that did.
fn best_of<'a>(entries: &[Entry<'_, 'a>]) -> Option<(u32, Standing, Vec<&'a ClaimId>)> {
    let current = |e: &&Entry<'_, '_>| !e.superseded && e.view.standing != Standing::Partisan;
    let tier = entries
        .iter()
        .filter(current)
        .map(|e| e.view.standing)
        .min()?;
    let chosen = || {
        entries
            .iter()
            .filter(current)
            .filter(move |e| e.view.standing == tier)
    };
    // One voice giving one count through several outlets or copies is one figure: a count is
    // taken only from the first claim (in id order) that gives it in its voice.
    let distinct = chosen().enumerate().filter(|(i, entry)| {
        !chosen()
            .take(*i)
            .any(|earlier| earlier.view.voice == entry.view.voice && earlier.count == entry.count)
    });
    let best = if tier == Standing::Admission {
        distinct.map(|(_, e)| e.count.nominal()).max()?
    } else {
        // Parts rarely have more than a handful of claims: sort their figures on the stack.
        let mut stack = [0u32; 16];
        let mut heap: Vec<u32> = Vec::new();
        let (mut len, mut floor, mut ceiling) = (0usize, 0u32, None::<u32>);
        for (_, entry) in distinct {
            let count = entry.count;
            if len < stack.len() {
                stack[len] = count.nominal();
            } else {
                if heap.is_empty() {
                    heap.extend_from_slice(&stack);
                }
                heap.push(count.nominal());
            }
            len += 1;
            floor = floor.max(count.floor());
            ceiling = match (ceiling, count.ceiling()) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        let points: &mut [u32] = if heap.is_empty() {
            &mut stack[..len]
        } else {
            &mut heap
        };
        points.sort_unstable();
        let middle = *points.get(len.checked_sub(1)? / 2)?;
        match ceiling {
            // They cannot all be true: the middle figure stands as it is.
            Some(ceiling) if floor > ceiling => middle,
            Some(ceiling) => middle.clamp(floor, ceiling),
            None => middle.max(floor),
        }
    };
    let setters = chosen().map(|e| &e.view.claim.id).collect();
    Some((best, tier, setters))
}

/// Adds up the parts of one figure. Parts with a best figure make the low and best; a part that
/// only partisan claims count (one side's losses as its adversary tells them) adds to the high
/// alone. When no part has a best figure, the low is the sum of all the lows.
pub(crate) fn sum<'a>(parts: &[Part<'a>]) -> Estimate<'a> {
    let with_best: Vec<&Estimate<'a>> = parts
        .iter()
        .map(|p| &p.estimate)
        .filter(|e| e.best.is_some())
        .collect();
    let add = |values: &mut dyn Iterator<Item = u32>| values.fold(0u32, u32::saturating_add);
    let (low, best, basis) = if with_best.is_empty() {
        (add(&mut parts.iter().map(|p| p.estimate.low)), None, None)
    } else {
        (
            add(&mut with_best.iter().map(|e| e.low)),
            Some(add(&mut with_best.iter().filter_map(|e| e.best))),
            // The total is only as strong as its weakest part.
            with_best.iter().filter_map(|e| e.basis).max(),
        )
    };
    let mut from: Vec<&'a ClaimId> = parts
        .iter()
        .flat_map(|p| p.estimate.from.iter().copied())
        .collect();
    from.sort();
    from.dedup();
    let mut best_from: Vec<&'a ClaimId> = with_best
        .iter()
        .flat_map(|e| e.best_from.iter().copied())
        .collect();
    best_from.sort();
    best_from.dedup();
    Estimate {
        low,
        best,
        high: add(&mut parts.iter().map(|p| p.estimate.high)),
        high_open: parts.iter().any(|p| p.estimate.high_open),
        basis,
        from,
        best_from,
    }
}
