//! What each incident cost, in the reconciled figures: the numbers the index and the reaction
//! comparison read, taken from the reconciliation so that a party's figure for its adversary
//! never enters the index (an open best figure counts as nothing there).
//!
//! The index's civilians (`civilians_killed`, `civilians_injured`) follow its own pre-registered
//! definition (`docs/escalation.md`, section 4). The reaction comparison counts civilians killed
//! as every page shows them ([`crate::civilian_figure`], `docs/methodology.md`, section 8), so
//! that `/reactions` and the incident pages give one figure for one incident.

use model::{Group, Incident, IncidentId, Measure};
use serde::Serialize;

use super::FullRecord;
use crate::{Batch, Reconciliation};

/// One incident's harm, from its reconciled figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IncidentHarm {
    /// The incident.
    pub incident: IncidentId,
    /// People killed, best: the larger of the total's best figure and the sum of the best figures
    /// for civilians (as `civilians_killed` counts them), combatants and security forces (0 when
    /// every best figure is open).
    pub killed: u32,
    /// Civilians killed, best: the larger of the civilians' best figure and women's plus
    /// children's (0 when open).
    pub civilians_killed: u32,
    /// Civilians killed as the pages show them ([`crate::civilian_figure`]): the best figure, or
    /// the lowest any claim gives (every voice, parties too) where no source independent of the
    /// parties gives a best, so that a reader still learns that deaths were reported; `None`
    /// without a civilian figure.
    pub civilians_killed_shown: Option<u32>,
    /// Whether that figure stands in for a civilians count no claim gives (the total, or the
    /// largest of women, children and men: written with a †).
    pub civilians_killed_stand_in: bool,
    /// Civilians injured, best (0 when open).
    pub civilians_injured: u32,
}

impl IncidentHarm {
    /// Civilians killed as the reaction comparison counts them: the figure the pages show, the
    /// best, or the low one where the best is open.
    pub fn civilians_killed_best_or_low(&self) -> u32 {
        self.civilians_killed_shown.unwrap_or(0)
    }
}

fn best(r: &Reconciliation<'_>, measure: Measure, group: Group) -> u32 {
    r.figure(measure, group)
        .and_then(|f| f.estimate.best)
        .unwrap_or(0)
}

/// The civilians' best figure for a measure: the larger of the civilians' own and women's plus
/// children's (the groups the record counts among civilians when a source names only them).
fn civilians(r: &Reconciliation<'_>, measure: Measure) -> u32 {
    best(r, measure, Group::Civilians).max(best(r, measure, Group::Women).saturating_add(best(
        r,
        measure,
        Group::Children,
    )))
}

/// The harm of one reconciled incident.
pub fn of_reconciliation(incident: &Incident, r: &Reconciliation<'_>) -> IncidentHarm {
    let parts = civilians(r, Measure::Killed)
        .saturating_add(best(r, Measure::Killed, Group::Combatants))
        .saturating_add(best(r, Measure::Killed, Group::SecurityForces));
    let shown = crate::civilian_figure(r, Measure::Killed);
    IncidentHarm {
        incident: incident.id.clone(),
        killed: best(r, Measure::Killed, Group::Total).max(parts),
        civilians_killed: civilians(r, Measure::Killed),
        civilians_killed_shown: shown.map(|f| f.estimate.best.unwrap_or(f.estimate.low)),
        civilians_killed_stand_in: shown.is_some_and(|f| f.is_stand_in()),
        civilians_injured: civilians(r, Measure::Injured),
    }
}

/// The harm of every incident of the record, in the record's order.
pub fn of_record(record: &FullRecord<'_>) -> Vec<IncidentHarm> {
    let batch = Batch::new(
        record.incidents,
        record.claims,
        record.sources,
        record.actors,
    );
    batch
        .iter()
        .map(|(incident, r)| of_reconciliation(incident, &r))
        .collect()
}
