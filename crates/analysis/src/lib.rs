//! Reconciliation: one honest answer from many claims, and the reasons for it.
//!
//! One strike, five sources, three numbers, two parties blaming each other. For each incident this
//! crate works out, by written rules drawn from the field (UCDP's low/best/high, ACLED's most
//! conservative count, Every Casualty's ranges, Airwars' min–max and grades):
//!
//! - **figures**: for killed and injured × every group with data, a low, best and high figure, the
//!   claims it came from and the standing of the claims that set the best figure ([`Figure`]);
//! - a **grade** (confirmed, fair, weak, contested, discounted) with the reasons as sentences
//!   ([`Grade`]);
//! - **competing claims**: what each party claims for its own losses and its adversary's, beside
//!   the independent figure ([`PartyClaims`]);
//! - **flags**: groups that do not add up, claims far apart, figures revised down ([`Flag`]).
//!
//! [`civilian_figure`] says which of those figures the pages and charts show as an incident's
//! civilian harm, and when the total or a group of women, children or men stands in for it.
//!
//! [`reconcile`] does one incident; [`Batch`] does many, sharing one index of sources and actors.
//! The result never depends on the order of the claims: they are sorted by id first.
//! `docs/methodology.md` states the rules in plain language with worked examples.
//!
//! Two choices in the shape of the result, and why:
//! - A [`Reconciliation`] borrows the ids it lists (claims, actors, the incident) from the
//!   evidence instead of copying them: a batch of a million claims would otherwise spend much of
//!   its time copying strings. Keep the evidence alive while the result is used.
//! - `high` is always a number — the highest figure any claim states, as UCDP's high and Airwars'
//!   max are — with `high_open` saying when that figure was itself "at least": a range of
//!   "15 to unbounded" would tell a reader less than "15 to 52".
//!
//! Early warning — ceasefire violations, reactions, rhetoric, the weekly escalation index and its
//! backtest — lives in [`warning`] (`docs/escalation.md`).
//!
//! Like `model`, this crate is pure: no I/O, no clock, no global state.
#![forbid(unsafe_code)]

mod catalog;
mod civilians;
mod competing;
mod estimate;
mod flags;
mod grade;
mod notes;
mod voice;
pub mod warning;
mod words;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use model::{ActorId, Claim, Group, Incident, IncidentId, Measure};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

pub use catalog::{Catalog, IncidentEvidence};
pub use civilians::{CivilianFigure, STAND_IN_GROUPS, civilian_figure};
pub use competing::{Claimed, PartyClaims, PartyFigure};
pub use estimate::{Estimate, Figure, Part};
pub use flags::{Flag, FlagKind};
pub use grade::Grade;
pub use voice::Standing;

use estimate::Entry;
use voice::ClaimView;
use words::Namer;

/// Everything the reconciliation says about one incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reconciliation<'a> {
    /// The incident.
    pub incident: &'a IncidentId,
    /// How well its civilian harm is established.
    pub grade: Grade,
    /// Why: the grade's reasons first, then the reasons behind the figures, as sentences.
    pub reasons: Vec<String>,
    /// The figures, by measure and group; only counts some claim gives are present.
    #[serde(serialize_with = "figures_by_measure")]
    pub figures: BTreeMap<(Measure, Group), Figure<'a>>,
    /// What each party claims, in party id order.
    pub competing: Vec<PartyClaims<'a>>,
    /// What to look at twice.
    pub flags: Vec<Flag<'a>>,
}

impl<'a> Reconciliation<'a> {
    /// The figure for one measure and group, if any claim gives it.
    pub fn figure(&self, measure: Measure, group: Group) -> Option<&Figure<'a>> {
        self.figures.get(&(measure, group))
    }
}

/// Writes the figures as `{"killed": {"civilians": {...}}, "injured": {...}}`.
fn figures_by_measure<S: Serializer>(
    figures: &BTreeMap<(Measure, Group), Figure<'_>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct Groups<'f>(Vec<(Group, &'f Figure<'f>)>);
    impl Serialize for Groups<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(Some(self.0.len()))?;
            for (group, figure) in &self.0 {
                map.serialize_entry(group.as_str(), figure)?;
            }
            map.end()
        }
    }
    let measures: Vec<(Measure, Groups<'_>)> = Measure::ALL
        .into_iter()
        .map(|m| {
            let groups = figures
                .iter()
                .filter(|((measure, _), _)| *measure == m)
                .map(|((_, group), figure)| (*group, figure))
                .collect();
            (m, Groups(groups))
        })
        .filter(|(_, groups)| !groups.0.is_empty())
        .collect();
    let mut map = serializer.serialize_map(Some(measures.len()))?;
    for (measure, groups) in &measures {
        map.serialize_entry(measure.as_str(), groups)?;
    }
    map.end()
}

/// Reconciles one incident from its evidence.
pub fn reconcile<'a>(evidence: &IncidentEvidence<'a>) -> Reconciliation<'a> {
    let catalog = Catalog::new(evidence.sources, evidence.actors);
    let claims: Vec<&Claim> = evidence.claims.iter().collect();
    catalog.reconcile(evidence.incident, &claims)
}

/// Many incidents reconciled against one index of sources and actors: the claims are grouped by
/// incident once (a counting sort on the incident's position, so no per-incident allocation and no
/// sort of a million ids), and each incident's reconciliation is made when it is asked for, so
/// memory stays flat however many incidents there are.
#[derive(Debug)]
pub struct Batch<'a> {
    catalog: Catalog<'a>,
    incidents: &'a [Incident],
    /// Every claim about one of the incidents, grouped by incident in the incidents' order.
    claims: Vec<&'a Claim>,
    /// Where each incident's claims start in `claims`; one more entry than there are incidents.
    starts: Vec<usize>,
}

impl<'a> Batch<'a> {
    /// Indexes the sources and actors and groups the claims by incident. Claims about incidents
    /// not given are left out.
    pub fn new(
        incidents: &'a [Incident],
        claims: &'a [Claim],
        sources: &'a [model::Source],
        actors: &'a [model::Actor],
    ) -> Self {
        let position: catalog::IdMap<'a, usize> = incidents
            .iter()
            .enumerate()
            .map(|(n, i)| (i.id.as_str(), n))
            .collect();
        let of_claim: Vec<Option<usize>> = claims
            .iter()
            .map(|c| position.get(c.incident.as_str()).copied())
            .collect();
        let mut starts = vec![0usize; incidents.len() + 1];
        for n in of_claim.iter().flatten() {
            starts[n + 1] += 1;
        }
        for n in 1..starts.len() {
            starts[n] += starts[n - 1];
        }
        let mut next = starts.clone();
        let mut grouped: Vec<Option<&'a Claim>> = vec![None; starts[incidents.len()]];
        for (claim, n) in claims.iter().zip(&of_claim) {
            if let Some(n) = *n {
                grouped[next[n]] = Some(claim);
                next[n] += 1;
            }
        }
        Batch {
            catalog: Catalog::new(sources, actors),
            incidents,
            claims: grouped.into_iter().flatten().collect(),
            starts,
        }
    }

    /// The claims about the incident at `index` in the incidents given.
    fn claims_at(&self, index: usize) -> &[&'a Claim] {
        &self.claims[self.starts[index]..self.starts[index + 1]]
    }

    /// How many incidents the batch holds.
    pub fn len(&self) -> usize {
        self.incidents.len()
    }

    /// Whether the batch holds no incident.
    pub fn is_empty(&self) -> bool {
        self.incidents.is_empty()
    }

    /// Each incident with its reconciliation, in the order the incidents were given.
    pub fn iter(&self) -> impl Iterator<Item = (&'a Incident, Reconciliation<'a>)> + '_ {
        self.range(0..self.incidents.len())
    }

    /// The incidents at the positions `positions` (clamped to the batch) with their
    /// reconciliations: a share of the work for one thread, since a batch can be shared between
    /// threads (`std::thread::scope`) and every incident is reconciled on its own.
    pub fn range(
        &self,
        positions: std::ops::Range<usize>,
    ) -> impl Iterator<Item = (&'a Incident, Reconciliation<'a>)> + '_ {
        let end = positions.end.min(self.incidents.len());
        let start = positions.start.min(end);
        (start..end).map(|index| {
            let incident = &self.incidents[index];
            (
                incident,
                reconcile_with(&self.catalog, incident, self.claims_at(index)),
            )
        })
    }
}

/// What one part of a figure counts: a measure, a group, and whose forces (none for civilians
/// and everyone).
type PartKey<'a> = (Measure, Group, Option<&'a ActorId>);

/// The reconciliation proper, of claims already known to be about `incident`.
pub(crate) fn reconcile_with<'a>(
    catalog: &Catalog<'a>,
    incident: &'a Incident,
    claims: &[&'a Claim],
) -> Reconciliation<'a> {
    let namer = Namer { catalog };
    let mut views: Vec<ClaimView<'_>> = claims.iter().map(|c| ClaimView::new(catalog, c)).collect();
    views.sort_by(|a, b| a.claim.id.cmp(&b.claim.id));

    // One row per count any claim gives, grouped by measure, group and side; the stable sort keeps
    // claim id order inside each group.
    let mut rows: Vec<(PartKey<'_>, Entry<'_, '_>)> = Vec::with_capacity(claims.len() * 2);
    for view in &views {
        for (measure, group, count) in view.claim.figures.iter() {
            rows.push((
                (measure, group, view.claim.losses_of.as_ref()),
                Entry {
                    view,
                    count,
                    superseded: false,
                },
            ));
        }
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));

    let mut figures: BTreeMap<(Measure, Group), Figure> = BTreeMap::new();
    let mut flags: Vec<Flag> = Vec::new();
    let mut notes = notes::Notes::default();
    let mut competing = competing::Competing::from_views(&views);
    let mut entries: Vec<Entry<'_, '_>> = Vec::new();
    for same_count in rows.chunk_by(|a, b| (a.0.0, a.0.1) == (b.0.0, b.0.1)) {
        let (measure, group, _) = same_count[0].0;
        let mut parts: Vec<Part<'_>> = Vec::new();
        for same_side in same_count.chunk_by(|a, b| a.0.2 == b.0.2) {
            let key @ (_, _, losses_of) = same_side[0].0;
            entries.clear();
            entries.extend(same_side.iter().map(|(_, entry)| *entry));
            estimate::mark_superseded(&mut entries);
            let part = estimate::estimate(&entries);
            flags.extend(flags::disagreement(
                &namer, measure, group, losses_of, &entries,
            ));
            flags.extend(flags::revisions(
                &namer, measure, group, losses_of, &entries,
            ));
            notes.observe(&namer, key, &entries, &part);
            competing.observe(measure, group, losses_of, &entries);
            parts.push(Part {
                losses_of,
                estimate: part,
            });
        }
        let figure = match parts.as_slice() {
            // Only civilians or everyone: the figure is its one part.
            [only] if only.losses_of.is_none() => Figure {
                estimate: parts.swap_remove(0).estimate,
                parts: Vec::new(),
            },
            _ => Figure {
                estimate: estimate::sum(&parts),
                parts,
            },
        };
        figures.insert((measure, group), figure);
    }
    flags.extend(flags::consistency(&namer, &figures));

    let (grade, mut reasons) = grade::grade(&namer, incident, &views);
    reasons.extend(notes.sentences(&namer, &views));
    Reconciliation {
        incident: &incident.id,
        grade,
        reasons,
        figures,
        competing: competing.finish(),
        flags,
    }
}
