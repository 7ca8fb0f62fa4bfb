//! Sources: the articles, reports, statements, posts and witness accounts that claims come from.
//!
//! A source records enough to find it again (publisher, title, URL, date), to weigh it (its type
//! and its affiliation with a party), to prove what it said (the SHA-256 of a preserved copy), and
//! to count it once (`copy_of` links a republished wire story to the original). A source can be
//! restricted: a witness or a confidential contact is never shown to those who may not see it.

use std::fmt;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{ActorId, ModelError, SourceId};

/// What kind of source it is. The kind weighs in reconciliation: a UN or monitor's verified figure
/// outranks media reports, a party's own outlet speaks for that party.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The United Nations or one of its missions (UNAMA, OHCHR).
    Un,
    /// An independent monitor or human-rights organisation (AOAV, Airwars, HRW).
    Monitor,
    /// International media (Reuters, Al Jazeera, DW, AFP, RFE/RL).
    InternationalMedia,
    /// National or local media of the region (TOLOnews, Dawn, Afghanistan International).
    LocalMedia,
    /// A government's own statement, spokesperson or outlet (ISPR, a ministry, a state agency).
    Government,
    /// An armed group's own statement.
    ArmedGroup,
    /// A post on social media by someone else than the above.
    SocialMedia,
    /// A witness, victim or relative, usually restricted.
    Witness,
    /// A research report or analysis (think tanks, academic work).
    Research,
}

impl SourceKind {
    /// Every kind, in the order lists show them.
    pub const ALL: [SourceKind; 9] = [
        SourceKind::Un,
        SourceKind::Monitor,
        SourceKind::InternationalMedia,
        SourceKind::LocalMedia,
        SourceKind::Government,
        SourceKind::ArmedGroup,
        SourceKind::SocialMedia,
        SourceKind::Witness,
        SourceKind::Research,
    ];

    /// The name used in files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Un => "un",
            SourceKind::Monitor => "monitor",
            SourceKind::InternationalMedia => "international_media",
            SourceKind::LocalMedia => "local_media",
            SourceKind::Government => "government",
            SourceKind::ArmedGroup => "armed_group",
            SourceKind::SocialMedia => "social_media",
            SourceKind::Witness => "witness",
            SourceKind::Research => "research",
        }
    }

    /// The name for people.
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Un => "UN",
            SourceKind::Monitor => "Monitor",
            SourceKind::InternationalMedia => "International media",
            SourceKind::LocalMedia => "Regional media",
            SourceKind::Government => "Government",
            SourceKind::ArmedGroup => "Armed group",
            SourceKind::SocialMedia => "Social media",
            SourceKind::Witness => "Witness",
            SourceKind::Research => "Research",
        }
    }

    /// Parses the name used in files and URLs.
    pub fn parse(text: &str) -> Result<Self, ModelError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == text)
            .ok_or_else(|| ModelError::new(format!("unknown source kind {text:?}")))
    }
}

/// A SHA-256 digest, written as 64 lower-case hex digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Sha256Digest([u8; 32]);

impl Sha256Digest {
    /// Wraps the 32 bytes of a digest.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Sha256Digest(bytes)
    }

    /// Reads 64 hex digits (either case).
    pub fn parse(text: &str) -> Result<Self, ModelError> {
        let bad = || {
            ModelError::new(format!(
                "{text:?} is not a SHA-256 digest (64 hexadecimal digits)"
            ))
        };
        if text.len() != 64 {
            return Err(bad());
        }
        let mut bytes = [0u8; 32];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2).ok_or_else(bad)?, 16)
                .map_err(|_| bad())?;
        }
        Ok(Sha256Digest(bytes))
    }

    /// The 32 bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Display for Sha256Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Sha256Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256Digest({self})")
    }
}

impl std::str::FromStr for Sha256Digest {
    type Err = ModelError;
    fn from_str(text: &str) -> Result<Self, ModelError> {
        Sha256Digest::parse(text)
    }
}

impl TryFrom<String> for Sha256Digest {
    type Error = ModelError;
    fn try_from(text: String) -> Result<Self, ModelError> {
        Sha256Digest::parse(&text)
    }
}

impl From<Sha256Digest> for String {
    fn from(digest: Sha256Digest) -> String {
        digest.to_string()
    }
}

impl JsonSchema for Sha256Digest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Sha256Digest".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A SHA-256 digest as 64 hexadecimal digits.",
            "pattern": "^[0-9a-fA-F]{64}$"
        })
    }
}

/// Checks that a URL is an absolute http(s) address without spaces: enough to catch a pasted
/// title or a relative path, without pulling in a URL parser.
pub(crate) fn check_url(url: &str) -> Result<(), ModelError> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !url.chars().any(char::is_whitespace) => Ok(()),
        _ => Err(ModelError::new(format!(
            "{url:?} is not an absolute http(s) URL"
        ))),
    }
}

/// A document or account that makes claims.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The source's id.
    pub id: SourceId,
    /// Who published it ("Al Jazeera", "UNAMA", "Zabihullah Mujahid on X").
    pub publisher: String,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// Its title or headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its author(s), as credited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Where it can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day it was published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub published: Option<Date>,
    /// Its language, as an ISO 639-1 code ("en", "ps", "fa", "ur").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The party it speaks for, when it is a party's outlet or spokesperson.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<ActorId>,
    /// The source this one republishes (one wire story on many sites counts once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<SourceId>,
    /// The SHA-256 of a preserved copy of the source, as collected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_sha256: Option<Sha256Digest>,
    /// Whether the source itself is restricted (a witness, a confidential contact): only roles
    /// allowed to see restricted material see it or learn that it exists.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub restricted: bool,
    /// How to reach the source again (a phone number, a contact's name). Always restricted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Notes for the team. Always restricted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_notes: Option<String>,
}

/// The fields of a [`Source`] before they are checked.
impl Source {
    /// A source with only the required fields set.
    pub fn new(id: SourceId, publisher: impl Into<String>, kind: SourceKind) -> Self {
        Source {
            id,
            publisher: publisher.into(),
            kind,
            title: None,
            author: None,
            url: None,
            published: None,
            language: None,
            affiliation: None,
            copy_of: None,
            archived_sha256: None,
            restricted: false,
            contact: None,
            internal_notes: None,
        }
    }

    /// Checks what the field types alone cannot: a publisher is named, the URL is absolute, the
    /// language is a two-letter code, a source is not a copy of itself.
    pub fn check(&self) -> Result<(), ModelError> {
        if self.publisher.trim().is_empty() {
            return Err(ModelError::new("a source needs a publisher"));
        }
        if let Some(url) = &self.url {
            check_url(url)?;
        }
        if let Some(lang) = &self.language
            && !(lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err(ModelError::new(format!(
                "language {lang:?} is not an ISO 639-1 code (two lower-case letters, such as en or ps)"
            )));
        }
        if self.copy_of.as_ref() == Some(&self.id) {
            return Err(ModelError::new(format!(
                "source {} cannot be a copy of itself",
                self.id
            )));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_read_and_write_hex() {
        let hex = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        let digest = Sha256Digest::parse(hex).unwrap();
        assert_eq!(digest.to_string(), hex);
        assert!(Sha256Digest::parse(&hex[1..]).is_err());
        assert!(Sha256Digest::parse(&hex.replace('9', "g")).is_err());
    }

    #[test]
    fn sources_refuse_relative_urls_and_bad_languages() {
        let mut source = Source::new(
            SourceId::new("s1").unwrap(),
            "DW",
            SourceKind::InternationalMedia,
        );
        source.url = Some("dw.com/x".into());
        let err = source.check().unwrap_err();
        assert!(
            err.message().contains("not an absolute http(s) URL"),
            "{err}"
        );
        source.url = Some("https://www.dw.com/en/a-74874535".into());
        source.language = Some("English".into());
        assert!(source.check().unwrap_err().message().contains("ISO 639-1"));
        source.language = Some("en".into());
        assert!(source.check().is_ok());
        source.copy_of = Some(source.id.clone());
        assert!(
            source
                .check()
                .unwrap_err()
                .message()
                .contains("copy of itself")
        );
    }
}
