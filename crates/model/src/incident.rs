//! Incidents: one attack, strike or clash, on a day (or a few), in a place (or a few).
//!
//! An incident holds what is known about the event itself. Casualty figures are not stored on the
//! incident: they are claims, and the incident's figures are always reconciled from them.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{ActorId, CountryCode, EventDate, EventType, IncidentId, ModelError, PlaceRef};

/// Where an incident stands in review.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Made from an article or a form, not yet looked at.
    Draft,
    /// Being checked by a verifier.
    UnderReview,
    /// Checked and public.
    Published,
    /// Looked at and set aside (a duplicate, a hoax, outside scope); kept for the record.
    Discounted,
}

impl Status {
    /// Every status, in review order.
    pub const ALL: [Status; 4] = [
        Status::Draft,
        Status::UnderReview,
        Status::Published,
        Status::Discounted,
    ];

    /// The name used in files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::UnderReview => "under_review",
            Status::Published => "published",
            Status::Discounted => "discounted",
        }
    }

    /// Parses the name used in files and URLs.
    pub fn parse(text: &str) -> Result<Self, ModelError> {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .ok_or_else(|| ModelError::new(format!("unknown status {text:?}")))
    }
}

/// The direction of a cross-border attack: fired from one country into another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CrossBorder {
    /// The country the attack came from.
    pub from: CountryCode,
    /// The country it struck.
    pub to: CountryCode,
}

/// The id a record has in another dataset, so that a re-import updates it instead of copying it.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct ExternalId {
    /// The dataset ("acled", "ucdp").
    pub system: String,
    /// The id there ("PAK5380").
    pub id: String,
}

/// One attack, strike or clash.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Incident {
    /// The incident's id.
    pub id: IncidentId,
    /// A short neutral headline ("Airstrikes in Khost and Kunar provinces").
    pub title: String,
    /// When it happened.
    pub date: EventDate,
    /// Where it happened: the principal place first, then any others the same event struck.
    pub places: Vec<PlaceRef>,
    /// What kind of event it was.
    pub event_type: EventType,
    /// The direction, when it crossed the border.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border: Option<CrossBorder>,
    /// The parties the sources hold responsible (alleged, not established).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub perpetrators: Vec<ActorId>,
    /// What or whom the attack struck, as reported ("a local market", "TTP members").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// What happened, in neutral words.
    pub summary: String,
    /// Free labels ("civilian-harm", "ceasefire").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Where it stands in review.
    pub status: Status,
    /// Incidents linked to this one (a retaliation, the same campaign).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<IncidentId>,
    /// Its ids in other datasets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub external_ids: Vec<ExternalId>,
    /// Fields from an imported format that crosscheck does not model (ACLED's `inter1`, UCDP's
    /// `dyad_name`), kept so that exporting back to that format loses nothing.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
    /// Notes for the team. Always restricted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_notes: Option<String>,
}

impl Incident {
    /// The principal place (the first one). Every checked incident has one.
    pub fn place(&self) -> Option<&PlaceRef> {
        self.places.first()
    }

    /// Checks what the field types alone cannot: a title, at least one place, a cross-border
    /// direction between two different countries, no link to itself.
    pub fn check(&self) -> Result<(), ModelError> {
        if self.title.trim().is_empty() {
            return Err(ModelError::new(format!(
                "incident {} has no title",
                self.id
            )));
        }
        if self.places.is_empty() {
            return Err(ModelError::new(format!(
                "incident {} has no place; give at least the country",
                self.id
            )));
        }
        if let Some(cb) = self.cross_border
            && cb.from == cb.to
        {
            return Err(ModelError::new(format!(
                "incident {} crosses from {} into {}; a cross-border attack needs two countries",
                self.id, cb.from, cb.to
            )));
        }
        if self.related.contains(&self.id) {
            return Err(ModelError::new(format!(
                "incident {} lists itself as related",
                self.id
            )));
        }
        Ok(())
    }
}
