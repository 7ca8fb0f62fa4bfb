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
//! [`reconcile`] does one incident; [`Batch`] does many, sharing one index of sources and actors.
//! The result never depends on the order of the claims: they are sorted by id first.
//! `docs/methodology.md` states the rules in plain language with worked examples.
//!
//! Like `model`, this crate is pure: no I/O, no clock, no global state.
#![forbid(unsafe_code)]

mod catalog;
mod competing;
mod estimate;
mod flags;
mod grade;
mod notes;
mod voice;
mod words;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use model::{ActorId, Claim, Group, Incident, IncidentId, Measure};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

pub use catalog::{Catalog, IncidentEvidence};
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
pub struct Reconciliation {
    /// The incident.
    pub incident: IncidentId,
    /// How well its civilian harm is established.
    pub grade: Grade,
    /// Why: the grade's reasons first, then the reasons behind the figures, as sentences.
    pub reasons: Vec<String>,
    /// The figures, by measure and group; only counts some claim gives are present.
    #[serde(serialize_with = "figures_by_measure")]
    pub figures: BTreeMap<(Measure, Group), Figure>,
    /// What each party claims, in party id order.
    pub competing: Vec<PartyClaims>,
    /// What to look at twice.
    pub flags: Vec<Flag>,
}

impl Reconciliation {
    /// The figure for one measure and group, if any claim gives it.
    pub fn figure(&self, measure: Measure, group: Group) -> Option<&Figure> {
        self.figures.get(&(measure, group))
    }
}

/// Writes the figures as `{"killed": {"civilians": {...}}, "injured": {...}}`.
fn figures_by_measure<S: Serializer>(
    figures: &BTreeMap<(Measure, Group), Figure>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    struct Groups<'f>(Vec<(Group, &'f Figure)>);
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
pub fn reconcile(evidence: &IncidentEvidence<'_>) -> Reconciliation {
    let catalog = Catalog::new(evidence.sources, evidence.actors);
    let claims: Vec<&Claim> = evidence.claims.iter().collect();
    reconcile_with(&catalog, evidence.incident, &claims)
}

/// Many incidents reconciled against one index of sources and actors: the claims are grouped by
/// incident once (one sort, no per-incident lookup structure), and each incident's reconciliation
/// is made when it is asked for, so memory stays flat however many incidents there are.
#[derive(Debug)]
pub struct Batch<'a> {
    catalog: Catalog<'a>,
    incidents: &'a [Incident],
    /// Every claim, sorted by incident then id.
    claims: Vec<&'a Claim>,
}

impl<'a> Batch<'a> {
    /// Indexes the sources and actors and groups the claims by incident.
    pub fn new(
        incidents: &'a [Incident],
        claims: &'a [Claim],
        sources: &'a [model::Source],
        actors: &'a [model::Actor],
    ) -> Self {
        let mut sorted: Vec<&'a Claim> = claims.iter().collect();
        sorted.sort_unstable_by(|a, b| a.incident.cmp(&b.incident).then_with(|| a.id.cmp(&b.id)));
        Batch {
            catalog: Catalog::new(sources, actors),
            incidents,
            claims: sorted,
        }
    }

    /// The claims about one incident, in id order.
    pub fn claims_of(&self, incident: &IncidentId) -> &[&'a Claim] {
        let start = self.claims.partition_point(|c| c.incident < *incident);
        let len = self.claims[start..].partition_point(|c| c.incident == *incident);
        &self.claims[start..start + len]
    }

    /// Each incident with its reconciliation, in the order the incidents were given.
    pub fn iter(&self) -> impl Iterator<Item = (&'a Incident, Reconciliation)> + '_ {
        self.incidents.iter().map(|incident| {
            (
                incident,
                reconcile_with(&self.catalog, incident, self.claims_of(&incident.id)),
            )
        })
    }
}

/// What one part of a figure counts: a measure, a group, and whose forces (none for civilians
/// and everyone).
type PartKey<'a> = (Measure, Group, Option<&'a ActorId>);

/// The reconciliation proper. Claims about other incidents are ignored.
pub(crate) fn reconcile_with(
    catalog: &Catalog<'_>,
    incident: &Incident,
    claims: &[&Claim],
) -> Reconciliation {
    let namer = Namer { catalog };
    let mut views: Vec<ClaimView<'_>> = claims
        .iter()
        .filter(|c| c.incident == incident.id)
        .map(|c| ClaimView::new(catalog, c))
        .collect();
    views.sort_by(|a, b| a.claim.id.cmp(&b.claim.id));

    // One row per count any claim gives, grouped by measure, group and side; the stable sort keeps
    // claim id order inside each group.
    let mut rows: Vec<(PartKey<'_>, Entry<'_, '_>)> = Vec::new();
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
    for chunk in rows.chunk_by(|a, b| a.0 == b.0) {
        let key @ (measure, group, losses_of) = chunk[0].0;
        entries.clear();
        entries.extend(chunk.iter().map(|(_, entry)| *entry));
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
        figures
            .entry((measure, group))
            .or_insert_with(|| Figure {
                estimate: part.clone(),
                parts: Vec::new(),
            })
            .parts
            .push(Part {
                losses_of: losses_of.cloned(),
                estimate: part,
            });
    }
    for figure in figures.values_mut() {
        if figure.parts.len() > 1 {
            figure.estimate = estimate::sum(&figure.parts);
        }
    }
    flags.extend(flags::consistency(&namer, &figures));

    let (grade, mut reasons) = grade::grade(&namer, incident, &views);
    reasons.extend(notes.sentences(&namer, &views));
    Reconciliation {
        incident: incident.id.clone(),
        grade,
        reasons,
        figures,
        competing: competing.finish(),
        flags,
    }
}
