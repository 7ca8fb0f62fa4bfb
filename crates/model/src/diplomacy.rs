//! The diplomacy around the violence: ceasefires, rounds of talks, and statements (reactions of
//! states and organisations, and officials' rhetoric).

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::source::check_url;
use crate::{
    ActorId, CeasefireId, DateSpan, IncidentId, ModelError, SourceId, StatementId, TalksId,
};

/// A truce between parties: when it was announced, the days it covered, who brokered it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ceasefire {
    /// The ceasefire's id.
    pub id: CeasefireId,
    /// Its common name ("48-hour truce of 15 October 2025").
    pub name: String,
    /// The parties that agreed to it.
    pub parties: Vec<ActorId>,
    /// Who brokered it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mediators: Vec<ActorId>,
    /// Where it was agreed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The day it was announced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub announced: Option<Date>,
    /// The days it was meant to hold (open while it holds or when no end was set).
    pub span: DateSpan,
    /// What became of it, in neutral words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// How a round of talks ended.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TalksOutcome {
    /// The parties signed or announced an agreement.
    Agreement,
    /// The talks ended without agreement.
    NoAgreement,
    /// The talks are still going on, or are to resume.
    Ongoing,
    /// Not reported.
    Unknown,
}

impl TalksOutcome {
    /// The name for people.
    pub fn label(self) -> &'static str {
        match self {
            TalksOutcome::Agreement => "agreement",
            TalksOutcome::NoAgreement => "no agreement",
            TalksOutcome::Ongoing => "ongoing",
            TalksOutcome::Unknown => "unknown",
        }
    }
}

/// A round of talks between the parties.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Talks {
    /// The round's id.
    pub id: TalksId,
    /// Its common name ("Istanbul talks, second round").
    pub name: String,
    /// The parties at the table.
    pub parties: Vec<ActorId>,
    /// The hosts or mediators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mediators: Vec<ActorId>,
    /// Where they met.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub venue: Option<String>,
    /// The days they met.
    pub span: DateSpan,
    /// How the round ended.
    pub outcome: TalksOutcome,
    /// What was discussed or agreed, in neutral words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The sources that report it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

/// The position a statement takes.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Condemns an attack or a party.
    Condemns,
    /// Expresses concern.
    Concern,
    /// Calls on the parties for restraint, dialogue or de-escalation.
    CallsForRestraint,
    /// Supports a party or its action.
    Supports,
    /// Welcomes an agreement or a step.
    Welcomes,
    /// Threatens force or retaliation.
    Threatens,
    /// Accuses another party.
    Accuses,
    /// Denies an accusation or a report.
    Denies,
    /// Reports or states without taking a position.
    Neutral,
}

impl Stance {
    /// Every stance.
    pub const ALL: [Stance; 9] = [
        Stance::Condemns,
        Stance::Concern,
        Stance::CallsForRestraint,
        Stance::Supports,
        Stance::Welcomes,
        Stance::Threatens,
        Stance::Accuses,
        Stance::Denies,
        Stance::Neutral,
    ];

    /// The name used in files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Condemns => "condemns",
            Stance::Concern => "concern",
            Stance::CallsForRestraint => "calls_for_restraint",
            Stance::Supports => "supports",
            Stance::Welcomes => "welcomes",
            Stance::Threatens => "threatens",
            Stance::Accuses => "accuses",
            Stance::Denies => "denies",
            Stance::Neutral => "neutral",
        }
    }

    /// The name for people.
    pub fn label(self) -> &'static str {
        match self {
            Stance::Condemns => "condemns",
            Stance::Concern => "concern",
            Stance::CallsForRestraint => "calls for restraint",
            Stance::Supports => "supports",
            Stance::Welcomes => "welcomes",
            Stance::Threatens => "threatens",
            Stance::Accuses => "accuses",
            Stance::Denies => "denies",
            Stance::Neutral => "neutral",
        }
    }
}

/// Where a statement was made.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// An official statement or press release.
    OfficialStatement,
    /// A press conference or briefing.
    PressConference,
    /// A post on social media.
    SocialMedia,
    /// An interview.
    Interview,
    /// A speech.
    Speech,
    /// Anything else.
    Other,
}

/// What an official, a state or an organisation said, and about what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// The statement's id.
    pub id: StatementId,
    /// The state, authority or organisation speaking.
    pub actor: ActorId,
    /// The person speaking, when named ("Khawaja Muhammad Asif").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The speaker's office ("Defence Minister of Pakistan").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// The day it was made.
    #[schemars(with = "String", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub date: Date,
    /// Where it was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// What was said: the words when `verbatim`, else a close paraphrase.
    pub text: String,
    /// Whether `text` is the speaker's own words.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verbatim: bool,
    /// The position it takes.
    pub stance: Stance,
    /// The incidents it is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about_incidents: Vec<IncidentId>,
    /// The parties it is addressed to or about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub about_actors: Vec<ActorId>,
    /// The source that reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
    /// The statement's own address (a post, a press release), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Statement {
    /// Checks what the field types alone cannot: some text, and an absolute URL.
    pub fn check(&self) -> Result<(), ModelError> {
        if self.text.trim().is_empty() {
            return Err(ModelError::new(format!(
                "statement {} has no text",
                self.id
            )));
        }
        if let Some(url) = &self.url {
            check_url(url)?;
        }
        Ok(())
    }
}
