//! Civilian harm as the dashboard shows it: the reconciled civilians figure, or — when no claim
//! says "civilians" — a figure that stands in for it, marked as such.
//!
//! The rule (`docs/methodology.md`, section 8, "Civilian harm on the dashboard"), for one measure
//! (killed or injured) of one incident:
//!
//! 1. When some claim counts **civilians**, the figure is the reconciled civilians figure.
//! 2. Otherwise, when some claim counts **fighters or security forces** for that measure, there is
//!    no civilian figure: the dead or injured may all be fighters, and nothing stands in.
//! 3. Otherwise the **total** stands in ("five people were killed", and nobody counts a fighter);
//! 4. or, without a total, the **largest of women, children and men** ("three children were
//!    killed"). The largest, not the sum: each group is reconciled on its own, often from
//!    different claims, and the largest is a floor every one of them supports.
//!
//! Basis: a source that writes "three children were killed" or "five killed, four women and a man"
//! reports civilian harm without the word; leaving such reports out would show those incidents as
//! harmless on every chart. A figure that may include fighters never stands in (rule 2). A stand-in
//! keeps the reconciled low, best and high of the figure it stands in for, so a party's figure
//! alone still has no best. Pages mark a stand-in with a dagger (†) and say what it is.
//!
//! The escalation index (`docs/escalation.md`, section 4) keeps its own pre-registered definition
//! of civilians killed; this rule does not change it.

use model::{Group, Measure};
use serde::Serialize;

use crate::{Estimate, Reconciliation};

/// The groups that may stand in for civilians when no claim gives a total, in the order ties are
/// broken (of equal figures, the last wins).
pub const STAND_IN_GROUPS: [Group; 3] = [Group::Women, Group::Children, Group::Men];

/// The civilian harm of one measure of an incident: a reconciled estimate, and what it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CivilianFigure<'r, 'a> {
    /// The reconciled figure: the civilians figure, or the one that stands in for it.
    pub estimate: &'r Estimate<'a>,
    /// `None` when the figure is the civilians figure itself; otherwise the group whose figure
    /// stands in: the total, or one of [`STAND_IN_GROUPS`].
    pub stands_in: Option<Group>,
}

impl CivilianFigure<'_, '_> {
    /// Whether the figure stands in for a civilians figure no claim gives (written with a †).
    pub fn is_stand_in(&self) -> bool {
        self.stands_in.is_some()
    }
}

/// The civilian harm of `measure` in a reconciliation, by the rule above; `None` when no claim
/// gives civilians, or when fighters or security forces are counted and no civilians are.
pub fn civilian_figure<'r, 'a>(
    r: &'r Reconciliation<'a>,
    measure: Measure,
) -> Option<CivilianFigure<'r, 'a>> {
    if let Some(f) = r.figure(measure, Group::Civilians) {
        return Some(CivilianFigure {
            estimate: &f.estimate,
            stands_in: None,
        });
    }
    if r.figure(measure, Group::Combatants).is_some()
        || r.figure(measure, Group::SecurityForces).is_some()
    {
        return None;
    }
    if let Some(f) = r.figure(measure, Group::Total) {
        return Some(CivilianFigure {
            estimate: &f.estimate,
            stands_in: Some(Group::Total),
        });
    }
    // Of equal figures, the last in the order of STAND_IN_GROUPS.
    STAND_IN_GROUPS
        .into_iter()
        .filter_map(|group| r.figure(measure, group).map(|f| (group, &f.estimate)))
        .max_by_key(|(_, e)| (e.best.unwrap_or(e.low), e.high))
        .map(|(group, estimate)| CivilianFigure {
            estimate,
            stands_in: Some(group),
        })
}
