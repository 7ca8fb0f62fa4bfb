//! Claims: what one source says about one incident, in whose voice, and about whose losses.
//!
//! One article can carry several claims: its own reporting, and the figures of each party it
//! quotes. The Taliban saying they killed 58 Pakistani soldiers and lost 9 of their own is two
//! claims from one source: claimant TALIBAN with losses of PAK, and claimant TALIBAN with losses of
//! TALIBAN. Keeping them apart is what lets the reconciliation refuse to let a party's word about
//! its adversary set a figure on its own, and lets the pages show both sides side by side.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{ActorId, ClaimId, Figures, IncidentId, SourceId};

/// What a claim says about who carried out the attack.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Responsibility {
    /// The claimant says it carried out the attack (for instance against militants) but does not
    /// accept that it harmed civilians.
    AcceptsAttack,
    /// The claimant accepts that it harmed civilians (Airwars' "confirmed").
    AcceptsCivilianHarm,
    /// The claimant denies carrying out the attack.
    Denies,
}

/// One source's statement of what happened in one incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The claim's id.
    pub id: ClaimId,
    /// The incident the claim is about.
    pub incident: IncidentId,
    /// The source that carries the claim.
    pub source: SourceId,
    /// Who makes the claim: absent when it is the source's own reporting, else the party or
    /// official the source quotes ("TALIBAN", "PAK", "UNAMA").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimant: Option<ActorId>,
    /// Whose losses the figures count: absent when they count civilians or everyone, else the
    /// party whose fighters or forces were killed or injured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub losses_of: Option<ActorId>,
    /// The casualty figures the claim states.
    #[serde(default, skip_serializing_if = "Figures::is_empty")]
    pub figures: Figures,
    /// Who the claim says carried out the attack.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<ActorId>,
    /// What the claimant says of its own responsibility, when the claimant is a party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibility: Option<Responsibility>,
    /// The day the claim was made, when it differs from the source's publication day (a later
    /// update to a toll, for instance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub as_of: Option<Date>,
    /// The words the figures come from, quoted or closely paraphrased.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}
