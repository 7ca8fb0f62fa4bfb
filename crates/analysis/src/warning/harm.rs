//! What each incident cost, in the reconciled figures: the numbers the index and the reaction
//! comparison read, taken from the reconciliation so that a party's figure for its adversary
//! never enters them (an open best figure counts as nothing here).

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
    /// Civilians killed, low: the lowest figure any claim gives (every voice, parties too), for
    /// where the best figure is open and a reader still needs to know that deaths were reported.
    pub civilians_killed_low: u32,
    /// Whether `civilians_killed` is open (no source independent of the parties gives it) while
    /// some claim does give a figure.
    pub civilians_killed_open: bool,
    /// Civilians injured, best (0 when open).
    pub civilians_injured: u32,
}

impl IncidentHarm {
    /// Civilians killed as the reaction comparison counts them: the best figure, or the low one
    /// where the best is open.
    pub fn civilians_killed_best_or_low(&self) -> u32 {
        if self.civilians_killed_open {
            self.civilians_killed_low
        } else {
            self.civilians_killed
        }
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
    let civilian_figure = r.figure(Measure::Killed, Group::Civilians);
    IncidentHarm {
        incident: incident.id.clone(),
        killed: best(r, Measure::Killed, Group::Total).max(parts),
        civilians_killed: civilians(r, Measure::Killed),
        civilians_killed_low: civilian_figure.map_or(0, |f| f.estimate.low),
        civilians_killed_open: civilian_figure.is_some_and(|f| f.estimate.best.is_none())
            && civilians(r, Measure::Killed) == 0,
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
