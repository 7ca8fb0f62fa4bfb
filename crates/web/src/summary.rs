//! One line per incident — what the overview, the lists, the charts and the exports show of it:
//! its civilians killed and injured as `analysis` reconciles them (low, best, high) and its
//! grade, with how many sources and claims back it.
//!
//! A whole list is reconciled in one pass with [`analysis::Batch`] (the claims are grouped by
//! incident once), so a list page costs O(claims), not O(incidents × claims). The figures are never
//! typed in or stored: they are worked out here from the claims the reader may see, so the list,
//! the map and the incident page always agree.

use std::borrow::Cow;
use std::collections::HashMap;

use analysis::{Estimate, Grade};
use model::{Actor, Claim, Incident, IncidentId, Measure, Source, SourceId, SourceKind};
use store::RESTRICTED_SOURCE_ID;

/// A reconciled figure as the pages show it: "best (low–high)".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Range {
    /// The lowest figure any claim gives.
    pub low: u32,
    /// The figure the rules retain; `None` when only the parties give this count.
    pub best: Option<u32>,
    /// The highest figure any claim gives.
    pub high: u32,
    /// Whether the highest figure was itself "at least".
    pub high_open: bool,
    /// Set when no claim counts civilians as such and the figure stands in for them (the rule is
    /// `analysis`'s: [`analysis::civilian_figure`]). Written with a dagger (†).
    pub proxy: bool,
}

/// What the dagger means, for the pages that show one.
pub const PROXY_NOTE: &str = "† No claim counts civilians as such: the figure is everyone killed or injured (or the largest of women, children and men), and no claim counts fighters or soldiers among them.";

impl Range {
    /// The range of a reconciled estimate.
    pub fn of(estimate: &Estimate<'_>) -> Self {
        Range {
            low: estimate.low,
            best: estimate.best,
            high: estimate.high,
            high_open: estimate.high_open,
            proxy: false,
        }
    }

    /// The figure a chart draws: the best, or the lowest claim when there is no best (a party's
    /// figure alone is drawn at its lowest, never higher).
    pub fn drawn(&self) -> u32 {
        self.best.unwrap_or(self.low)
    }

    /// "3–58", "47–52+", "10", "≥47": the same words as the incident page's figures.
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

    /// "15 (15–52)", "– (10)", "5 (5) †".
    pub fn text(&self) -> String {
        let dagger = if self.proxy { " †" } else { "" };
        format!("{} ({}){dagger}", self.best_text(), self.range_text())
    }
}

/// The text for a figure that may be missing: "–" when no claim gives it.
pub fn range_or_dash(range: Option<Range>) -> String {
    range.map_or_else(|| "–".to_owned(), |r| r.text())
}

/// One incident with its reconciled civilian harm.
#[derive(Clone, Debug)]
pub struct Summary {
    /// The incident, as the reader may see it.
    pub incident: Incident,
    /// The reconciled grade.
    pub grade: Grade,
    /// Civilians killed, when some claim counts them.
    pub killed: Option<Range>,
    /// Civilians injured, when some claim counts them.
    pub injured: Option<Range>,
    /// How many distinct sources carry claims about it.
    pub sources: usize,
    /// How many claims it has.
    pub claims: usize,
}

impl Summary {
    /// Whether any claim counts civilians killed or injured.
    pub fn has_civilian_figures(&self) -> bool {
        self.killed.is_some() || self.injured.is_some()
    }

    /// The figure of one measure.
    pub fn civilians(&self, measure: Measure) -> Option<Range> {
        match measure {
            Measure::Killed => self.killed,
            Measure::Injured => self.injured,
        }
    }
}

/// The sources a reconciliation reads: those the reader may see, plus — when the view has named
/// some claims' source "restricted" (below the verifier's role) — a stand-in record for it, so that
/// the reasons say "a restricted source". Its kind is unknown to the reader, so it weighs as an
/// unverified voice (a witness). The incident page and the lists use this same rule, so that their
/// figures and grades agree.
pub fn with_restricted_placeholder<'s>(
    sources: &'s [Source],
    claims: &[Claim],
) -> Cow<'s, [Source]> {
    let needed = claims
        .iter()
        .any(|c| c.source.as_str() == RESTRICTED_SOURCE_ID)
        && !sources
            .iter()
            .any(|s| s.id.as_str() == RESTRICTED_SOURCE_ID);
    match SourceId::new(RESTRICTED_SOURCE_ID) {
        Ok(id) if needed => {
            let mut placeholder = Source::new(id, "a restricted source", SourceKind::Witness);
            placeholder.restricted = true;
            let mut all = sources.to_vec();
            all.push(placeholder);
            Cow::Owned(all)
        }
        _ => Cow::Borrowed(sources),
    }
}

/// Reconciles every incident of `incidents` against all the claims, sources and actors the reader
/// may see, in one pass over the claims; the summaries keep the incidents' order.
pub fn summarise(
    incidents: Vec<Incident>,
    claims: &[Claim],
    sources: &[Source],
    actors: &[Actor],
) -> Vec<Summary> {
    let sources = with_restricted_placeholder(sources, claims);
    let mut counts: HashMap<&IncidentId, (usize, Vec<&SourceId>)> = HashMap::new();
    for claim in claims {
        let entry = counts.entry(&claim.incident).or_default();
        entry.0 += 1;
        if !entry.1.contains(&&claim.source) {
            entry.1.push(&claim.source);
        }
    }
    let batch = analysis::Batch::new(&incidents, claims, &sources, actors);
    let reconciled: Vec<(Grade, Option<Range>, Option<Range>)> = batch
        .iter()
        .map(|(_, r)| {
            (
                r.grade,
                civilian_figure(&r, Measure::Killed),
                civilian_figure(&r, Measure::Injured),
            )
        })
        .collect();
    drop(batch);
    incidents
        .into_iter()
        .zip(reconciled)
        .map(|(incident, (grade, killed, injured))| {
            let (claims, sources) = counts
                .get(&incident.id)
                .map_or((0, 0), |(c, s)| (*c, s.len()));
            Summary {
                incident,
                grade,
                killed,
                injured,
                sources,
                claims,
            }
        })
        .collect()
}

/// The civilian harm of one measure, by `analysis`'s rule ([`analysis::civilian_figure`],
/// `docs/methodology.md`): the reconciled civilians figure, or — where no claim counts civilians
/// and none counts fighters or soldiers for that measure — the total, or the largest group of
/// women, children or men, marked as standing in (†).
pub fn civilian_figure(r: &analysis::Reconciliation<'_>, measure: Measure) -> Option<Range> {
    analysis::civilian_figure(r, measure).map(|f| Range {
        proxy: f.is_stand_in(),
        ..Range::of(f.estimate)
    })
}

/// A sum of reconciled figures over many incidents, for headlines and monthly bars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Total {
    /// The sum of the lows.
    pub low: u32,
    /// The sum of the drawn figures: the best, or the lowest claim where there is no best.
    pub best: u32,
    /// The sum of the highs.
    pub high: u32,
    /// Whether some high was open ("at least").
    pub high_open: bool,
    /// How many incidents have this figure.
    pub incidents: usize,
    /// How many of them have no best figure (only a party gives it), counted at their low.
    pub without_best: usize,
    /// Whether some figure stands in for a civilians count (†).
    pub proxy: bool,
}

impl Total {
    /// Adds one incident's figure.
    pub fn add(&mut self, range: Option<Range>) {
        if let Some(r) = range {
            self.low += r.low;
            self.best += r.drawn();
            self.high += r.high;
            self.high_open |= r.high_open;
            self.proxy |= r.proxy;
            self.incidents += 1;
            if r.best.is_none() {
                self.without_best += 1;
            }
        }
    }

    /// The sum of `measure` over the summaries.
    pub fn of<'a>(summaries: impl IntoIterator<Item = &'a Summary>, measure: Measure) -> Self {
        let mut total = Total::default();
        for s in summaries {
            total.add(s.civilians(measure));
        }
        total
    }

    /// The total as a range, to write it the same way as one incident's.
    pub fn as_range(&self) -> Range {
        Range {
            low: self.low,
            best: Some(self.best),
            high: self.high,
            high_open: self.high_open,
            proxy: self.proxy,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(low: u32, best: Option<u32>, high: u32) -> Range {
        Range {
            low,
            best,
            high,
            high_open: false,
            proxy: false,
        }
    }

    #[test]
    fn ranges_read_like_the_incident_page() {
        assert_eq!(range(15, Some(15), 52).text(), "15 (15–52)");
        assert_eq!(range(10, None, 10).text(), "– (10)");
        let open = Range {
            high_open: true,
            ..range(47, Some(51), 52)
        };
        assert_eq!(open.range_text(), "47–52+");
        assert_eq!(range_or_dash(None), "–");
        let stand_in = Range {
            proxy: true,
            ..range(5, Some(5), 5)
        };
        assert_eq!(stand_in.text(), "5 (5) †");
    }

    #[test]
    fn totals_count_a_missing_best_at_the_low_and_say_how_often() {
        let mut total = Total::default();
        total.add(Some(range(15, Some(15), 52)));
        total.add(Some(range(10, None, 12)));
        total.add(None);
        assert_eq!((total.low, total.best, total.high), (25, 25, 64));
        assert_eq!((total.incidents, total.without_best), (2, 1));
        assert!(total.as_range().low <= total.as_range().best.unwrap_or(0));
    }
}
