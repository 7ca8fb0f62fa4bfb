//! What the exporters are given for each incident: the incident, its claims and their sources,
//! the actors by id, and the incident's reconciled figures.
//!
//! The figures come from outside this crate, through [`FigureSource`]: the reconciliation lives in
//! `analysis`, and an exporter never computes its own. [`ClaimRange`] is the stand-in used until
//! the reconciliation is wired in: the lowest and highest figure the claims give, no best figure.

use std::collections::{BTreeMap, HashMap};

use model::{Actor, ActorId, Claim, Group, Incident, Measure, Source};

/// One reconciled figure: the range the claims span and the best figure, if any may be set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureRange {
    /// The lowest figure any claim gives.
    pub low: u32,
    /// The best figure, when the reconciliation sets one.
    pub best: Option<u32>,
    /// The highest figure any claim gives.
    pub high: u32,
}

impl FigureRange {
    /// The figure a single-number column takes: the best, else the low end (the conservative
    /// reading ACLED's own `fatalities` follows).
    pub fn headline(&self) -> u32 {
        self.best.unwrap_or(self.low)
    }
}

/// An incident's figures, by measure and group; only those some claim gives are present.
pub type Reconciled = BTreeMap<(Measure, Group), FigureRange>;

/// Where the exporters get an incident's reconciled figures.
pub trait FigureSource {
    /// The figures of one incident, from its claims and their sources.
    fn figures(&self, incident: &Incident, claims: &[&Claim], sources: &[&Source]) -> Reconciled;
}

/// The stand-in for the reconciliation: for each count, the lowest and the highest figure the
/// claims give ("at least N" and "about N" read as N, "at most N" as 0 to N), and no best figure.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClaimRange;

impl FigureSource for ClaimRange {
    fn figures(&self, _: &Incident, claims: &[&Claim], _: &[&Source]) -> Reconciled {
        let mut out = Reconciled::new();
        for claim in claims {
            for (measure, group, count) in claim.figures.iter() {
                let (low, high) = count.min_max();
                out.entry((measure, group))
                    .and_modify(|f: &mut FigureRange| {
                        f.low = f.low.min(low);
                        f.high = f.high.max(high);
                    })
                    .or_insert(FigureRange {
                        low,
                        best: None,
                        high,
                    });
            }
        }
        out
    }
}

/// One incident with everything an exporter writes about it.
#[derive(Clone, Copy, Debug)]
pub struct IncidentView<'a> {
    /// The incident.
    pub incident: &'a Incident,
    /// Its claims, in id order.
    pub claims: &'a [&'a Claim],
    /// The sources of those claims, in id order.
    pub sources: &'a [&'a Source],
    /// Its reconciled figures.
    pub figures: &'a Reconciled,
}

impl<'a> IncidentView<'a> {
    /// The claim with the same id as the incident: the one an import from a dataset made, in the
    /// dataset's voice.
    pub fn own_claim(&self) -> Option<&'a Claim> {
        self.claims
            .iter()
            .copied()
            .find(|c| c.id.as_str() == self.incident.id.as_str())
    }

    /// The figure for one count.
    pub fn figure(&self, measure: Measure, group: Group) -> Option<FigureRange> {
        self.figures.get(&(measure, group)).copied()
    }

    /// An attribute the import kept.
    pub fn attribute(&self, key: &str) -> Option<&'a str> {
        self.incident.attributes.get(key).map(String::as_str)
    }

    /// The text a dataset's column had on import, if it was kept; `key` is the attribute's
    /// full name (`acled.latitude`).
    pub(crate) fn column(&self, key: &str) -> Option<String> {
        self.attribute(key).map(str::to_owned)
    }

    /// For a column crosscheck models: the text the file had when it still says what the record
    /// says now (`same` tells), else what crosscheck writes for the record.
    pub(crate) fn kept_or(
        &self,
        key: &str,
        written: String,
        same: impl Fn(&str) -> bool,
    ) -> String {
        match self.attribute(key) {
            Some(kept) if same(kept) => kept.to_owned(),
            _ => written,
        }
    }
}

/// The actors, by id, for writing names where a format wants them.
#[derive(Clone, Debug, Default)]
pub struct ActorNames(HashMap<ActorId, String>);

impl ActorNames {
    /// Indexes the actors.
    pub fn new(actors: &[Actor]) -> Self {
        ActorNames(
            actors
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect(),
        )
    }

    /// An actor's name, or its id when it is not known.
    pub fn name(&self, id: &ActorId) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{ClaimId, Count, Figures, GroupCounts, IncidentId, SourceId};

    fn claim(id: &str, killed: Count) -> Claim {
        Claim {
            id: ClaimId::new(id).unwrap(),
            incident: IncidentId::new("i").unwrap(),
            source: SourceId::new("s").unwrap(),
            claimant: None,
            losses_of: None,
            figures: Figures {
                killed: GroupCounts::new([(Group::Total, killed)]).unwrap(),
                ..Figures::default()
            },
            attributed_to: None,
            responsibility: None,
            as_of: None,
            quote: None,
        }
    }

    #[test]
    fn the_stand_in_spans_the_claims_and_sets_no_best() {
        let a = claim("a", Count::at_least(3));
        let b = claim("b", Count::range(5, 9).unwrap());
        let incident: Incident = serde_json::from_str(
            r#"{"id":"i","title":"t","date":{"date":"2025-01-01","precision":"day"},
            "places":[{"country":"AFG","precision":"region"}],"event_type":"other",
            "summary":"s","status":"draft"}"#,
        )
        .unwrap();
        let figures = ClaimRange.figures(&incident, &[&a, &b], &[]);
        let killed = figures[&(Measure::Killed, Group::Total)];
        assert_eq!(
            killed,
            FigureRange {
                low: 3,
                best: None,
                high: 9
            }
        );
        assert_eq!(killed.headline(), 3);
    }
}
