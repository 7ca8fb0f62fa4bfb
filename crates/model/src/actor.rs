//! Who acts and who speaks: states, de facto authorities, armed groups, international bodies and
//! monitors. Incidents name alleged perpetrators, claims name their claimant and whose losses they
//! count, statements name who spoke, all by [`ActorId`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{ActorId, CountryCode};

/// What kind of body an actor is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A recognised state: its government and its forces.
    State,
    /// An authority governing without international recognition (the Taliban's Islamic Emirate).
    DeFactoAuthority,
    /// A non-state armed group (TTP, ISKP, BLA).
    ArmedGroup,
    /// An intergovernmental body or its mission (the UN, UNAMA, the OIC).
    Intergovernmental,
    /// An independent monitor or human-rights organisation.
    Monitor,
    /// Anyone else (a media organisation, a sports board).
    Other,
}

impl ActorKind {
    /// The name used in files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::DeFactoAuthority => "de_facto_authority",
            ActorKind::ArmedGroup => "armed_group",
            ActorKind::Intergovernmental => "intergovernmental",
            ActorKind::Monitor => "monitor",
            ActorKind::Other => "other",
        }
    }
}

/// A state, authority, group or organisation, named as the sources name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// A short code ("PAK", "TALIBAN", "TTP", "UNAMA").
    pub id: ActorId,
    /// The name shown on pages ("Pakistan", "Taliban (Islamic Emirate of Afghanistan)").
    pub name: String,
    /// What kind of body it is.
    pub kind: ActorKind,
    /// The country it belongs to or governs, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    /// Whether it is a party to the fighting crosscheck records. A party's claims about its
    /// adversaries' losses never set a best figure on their own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub party: bool,
    /// Other names the sources use ("ISPR" for Pakistan's military, "IEA").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}
