//! Typed identifiers. Each kind of record has its own id type, so an incident id cannot be passed
//! where a source id is wanted.
//!
//! Ids are short readable strings ("inc-2025-10-17-paktika", "PAK5380", "TALIBAN") rather than
//! numbers: they survive export and import between databases unchanged, they can carry the id a
//! record has in another dataset (ACLED's `event_id_cnty`), and they read well in a URL.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::ModelError;

/// The longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 100;

/// Checks the id rule shared by all id types: 1 to 100 ASCII letters, digits, `-`, `_`, `.` or `:`,
/// starting with a letter or digit. The rule keeps ids safe in URLs, file names and CSV cells.
fn check_id(kind: &str, text: &str) -> Result<(), ModelError> {
    if text.is_empty() {
        return Err(ModelError::new(format!("{kind} id is empty")));
    }
    if text.len() > MAX_ID_LEN {
        return Err(ModelError::new(format!(
            "{kind} id is {} bytes long; the limit is {MAX_ID_LEN}",
            text.len()
        )));
    }
    if !text.as_bytes()[0].is_ascii_alphanumeric() {
        return Err(ModelError::new(format!(
            "{kind} id {text:?} must start with a letter or a digit"
        )));
    }
    if let Some(bad) = text
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')))
    {
        return Err(ModelError::new(format!(
            "{kind} id {text:?} contains {bad:?}; ids may hold only letters, digits, '-', '_', '.' and ':'"
        )));
    }
    Ok(())
}

macro_rules! define_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Checks and wraps an id.
            pub fn new(text: impl Into<String>) -> Result<Self, ModelError> {
                let text = text.into();
                check_id($kind, &text)?;
                Ok(Self(text))
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = ModelError;
            fn from_str(text: &str) -> Result<Self, ModelError> {
                Self::new(text)
            }
        }

        impl TryFrom<String> for $name {
            type Error = ModelError;
            fn try_from(text: String) -> Result<Self, ModelError> {
                Self::new(text)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "type": "string",
                    "description": concat!("The id of ", $kind, " record."),
                    "pattern": "^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"
                })
            }
        }
    };
}

define_id!(
    /// Identifies an incident.
    IncidentId, "an incident"
);
define_id!(
    /// Identifies a source (an article, a report, a statement, a witness account).
    SourceId, "a source"
);
define_id!(
    /// Identifies a claim: one source's statement of figures about one incident.
    ClaimId, "a claim"
);
define_id!(
    /// Identifies an actor (a state, an armed group, an organisation); by convention an upper-case
    /// code such as `PAK`, `TALIBAN`, `TTP` or `UNAMA`.
    ActorId, "an actor"
);
define_id!(
    /// Identifies a ceasefire.
    CeasefireId, "a ceasefire"
);
define_id!(
    /// Identifies a round of talks.
    TalksId, "a talks"
);
define_id!(
    /// Identifies an official statement or reaction.
    StatementId, "a statement"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_readable_ids_and_foreign_ids() {
        for ok in [
            "inc-2025-10-17-paktika",
            "PAK5380",
            "197861",
            "ucdp:197861",
            "a.b_c",
        ] {
            assert_eq!(IncidentId::new(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn refuses_ids_that_would_break_urls_or_files() {
        let err = IncidentId::new("inc 1").unwrap_err();
        assert!(err.message().contains("' '"), "{err}");
        assert!(IncidentId::new("").is_err());
        assert!(IncidentId::new("-leading").is_err());
        assert!(IncidentId::new("a/b").is_err());
        assert!(IncidentId::new("x".repeat(101)).is_err());
        assert!(IncidentId::new("x".repeat(100)).is_ok());
    }

    #[test]
    fn deserialising_goes_through_the_check() {
        let err = serde_json::from_str::<SourceId>("\"bad id\"").unwrap_err();
        assert!(err.to_string().contains("bad id"), "{err}");
    }
}
