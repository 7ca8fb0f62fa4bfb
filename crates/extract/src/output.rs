//! The output contract of `crosscheck extract`: one [`DraftIncident`] per incident found, with its
//! [`DraftClaim`]s, serialised exactly as docs/extract.md describes (other tools read these lines).

use model::{Count, DatePrecision, EventDate, EventType};
use serde::{Deserialize, Serialize};

/// The qualifier of a killed figure, as the contract names it. A range ("51-52") is written as at
/// least its low end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Exactly.
    Exact,
    /// At least.
    AtLeast,
    /// About.
    Approx,
    /// At most.
    AtMost,
}

impl Qualifier {
    /// The qualifier of a count.
    pub fn of(count: Count) -> Qualifier {
        match count {
            Count::Exact { .. } => Qualifier::Exact,
            Count::AtLeast { .. } | Count::Range { .. } => Qualifier::AtLeast,
            Count::Approx { .. } => Qualifier::Approx,
            Count::AtMost { .. } => Qualifier::AtMost,
        }
    }

    /// The name in the contract ("at_least").
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::Approx => "approx",
            Qualifier::AtMost => "at_most",
        }
    }

    /// The count a value with this qualifier stands for.
    pub fn count(self, value: u32) -> Count {
        match self {
            Qualifier::Exact => Count::exact(value),
            Qualifier::AtLeast => Count::at_least(value),
            Qualifier::Approx => Count::approx(value),
            Qualifier::AtMost => Count::at_most(value),
        }
    }
}

/// An incident drawn from an article, not yet reviewed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftIncident {
    /// The article's id, when the input gave one.
    pub article: Option<String>,
    /// "YYYY-MM-DD", or "YYYY-MM" at month precision; null only when the text gives no date and no
    /// publication day is known.
    pub date: Option<String>,
    /// How precisely the date is known.
    pub date_precision: Option<DatePrecision>,
    /// ISO 3166-1 alpha-3 code of the country.
    pub country: String,
    /// Province, as the gazetteer names it.
    #[serde(default)]
    pub admin1: Option<String>,
    /// District, as the gazetteer names it.
    #[serde(default)]
    pub admin2: Option<String>,
    /// A town or crossing, when the text names one the gazetteer knows.
    #[serde(default)]
    pub location: Option<String>,
    /// What kind of event.
    pub event_type: EventType,
    /// The party the text alleges carried it out.
    #[serde(default)]
    pub perpetrator: Option<String>,
    /// Each voice's figures.
    #[serde(default)]
    pub claims: Vec<DraftClaim>,
    /// The sentences the figures came from.
    #[serde(default)]
    pub evidence: Vec<String>,
}

/// One voice's figures about one incident.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftClaim {
    /// Who is quoted: null for the article's own voice, else "TALIBAN", "PAK", "UN" or a name.
    pub claimant: Option<String>,
    /// People killed.
    #[serde(default)]
    pub killed: Option<u32>,
    /// The qualifier of `killed`.
    #[serde(default)]
    pub killed_qualifier: Option<Qualifier>,
    /// People injured.
    #[serde(default)]
    pub injured: Option<u32>,
    /// Civilians killed.
    #[serde(default)]
    pub civilians_killed: Option<u32>,
    /// Women killed.
    #[serde(default)]
    pub women_killed: Option<u32>,
    /// Children killed.
    #[serde(default)]
    pub children_killed: Option<u32>,
    /// Fighters of armed groups killed.
    #[serde(default)]
    pub combatants_killed: Option<u32>,
    /// Soldiers, police and other state forces killed.
    #[serde(default)]
    pub security_forces_killed: Option<u32>,
}

impl DraftClaim {
    /// Whether the claim carries no figure at all.
    pub fn is_empty(&self) -> bool {
        self.killed.is_none()
            && self.injured.is_none()
            && self.civilians_killed.is_none()
            && self.women_killed.is_none()
            && self.children_killed.is_none()
            && self.combatants_killed.is_none()
            && self.security_forces_killed.is_none()
    }
}

impl DraftIncident {
    /// The date as the model records it (a month is its first day, at month precision).
    pub fn event_date(&self) -> Option<EventDate> {
        let text = self.date.as_deref()?;
        let precision = self.date_precision.unwrap_or(DatePrecision::Day);
        let full = if text.len() == 7 {
            format!("{text}-01")
        } else {
            text.to_owned()
        };
        let date: model::Date = full.parse().ok()?;
        Some(EventDate::on(date, precision))
    }
}

/// Something the extractor wants a reader to know about an article: a sentence it set aside as
/// context, a date it could not resolve.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Byte range of the sentence concerned in the article text.
    pub span: std::ops::Range<usize>,
    /// What happened, in words.
    pub message: String,
}
