//! What a row of a dataset becomes: one incident, the sources that report it and their claims,
//! with the row's version in its dataset; and how an imported row meets the incident a database
//! already holds under the same id (insert, update, or leave unchanged).

use model::{ActorId, Claim, Incident, Source};
use sha2::{Digest, Sha256};

/// One row of an imported file, as records.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedRow {
    /// The line (or GeoJSON feature number) the row came from.
    pub line: u64,
    /// The incident. Its id comes from the dataset's own id (`acled:PAK5380`), or from a hash of
    /// the row's key fields when the file has none, so importing the same file twice changes
    /// nothing.
    pub incident: Incident,
    /// The sources: one per row (the dataset's record of the event), plus any articles it cites.
    pub sources: Vec<Source>,
    /// What the sources say: the dataset's figures, in the dataset's own voice.
    pub claims: Vec<Claim>,
    /// The known actors the records name (perpetrators, whose losses), which must exist in the
    /// database before the records are written ([`crate::known_actor`] gives their records).
    pub actors: Vec<ActorId>,
    /// The row's version in its dataset (ACLED's `timestamp`), and the attribute that keeps it:
    /// a stored incident with the same or a newer version is left alone.
    pub version: Option<(&'static str, i64)>,
    /// Whether the gazetteer could not place names the row gives (the incident's internal notes
    /// say which).
    pub unplaced: bool,
}

/// What to do with an imported row, given what the database holds under its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Nothing holds the id: insert the records.
    Insert,
    /// The row is newer (or, without versions, different): write it over the stored records,
    /// keeping what the analysts added (status, tags, related incidents, internal notes).
    Update,
    /// The stored records are as new and the same: leave them.
    Unchanged,
}

/// Decides what to do with `row` given the incident and claims stored under its id, and when
/// it is an update, carries the analysts' fields of the stored incident over into the row.
///
/// With versions on both sides (ACLED's `timestamp`), a newer row updates and an older or equal
/// one is left alone, whatever its content. Without them, a row that differs from what is stored
/// updates it.
pub fn decide(row: &mut ImportedRow, existing: Option<(&Incident, &[Claim])>) -> Decision {
    let Some((stored, stored_claims)) = existing else {
        return Decision::Insert;
    };
    let stored_version = row.version.and_then(|(key, _)| {
        stored
            .attributes
            .get(key)
            .and_then(|v| v.trim().parse::<i64>().ok())
    });
    let carry_over = |row: &mut ImportedRow| {
        let incident = &mut row.incident;
        incident.status = stored.status;
        incident.tags = stored.tags.clone();
        incident.related = stored.related.clone();
        if stored.internal_notes.is_some() {
            incident.internal_notes = stored.internal_notes.clone();
        }
    };
    match (row.version, stored_version) {
        (Some((_, new)), Some(old)) => {
            if new > old {
                carry_over(row);
                Decision::Update
            } else {
                Decision::Unchanged
            }
        }
        _ => {
            carry_over(row);
            let same_claims = row.claims.iter().all(|c| stored_claims.contains(c));
            if row.incident == *stored && same_claims {
                Decision::Unchanged
            } else {
                Decision::Update
            }
        }
    }
}

/// A stable id for a row without one of its own: the dataset's prefix and the first 16 hex
/// digits of the SHA-256 of the key cells (`acled:h3f9c…`).
pub(crate) fn hashed_id(prefix: &str, cells: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for cell in cells {
        hasher.update(cell.trim().as_bytes());
        hasher.update([0x1f]);
    }
    let digest = hasher.finalize();
    format!("{prefix}:h{}", hex::encode(&digest[..8]))
}

/// Numbers repeated key hashes within one file, so that two rows with the same key cells get
/// distinct ids (`…-2` for the second), the same ones on every import of the file.
#[derive(Default)]
pub(crate) struct Occurrences(std::collections::HashMap<String, u32>);

impl Occurrences {
    pub(crate) fn id(&mut self, base: String) -> String {
        let n = self.0.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 { base } else { format!("{base}-{n}") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_ids_are_stable_and_repeats_are_numbered() {
        let a = hashed_id("acled", &["2024-12-31", "Kech"]);
        assert_eq!(a, hashed_id("acled", &["2024-12-31 ", "Kech"]));
        assert_ne!(a, hashed_id("acled", &["2024-12-31", "Kec", "h"]));
        assert!(a.starts_with("acled:h") && a.len() == "acled:h".len() + 16);
        let mut seen = Occurrences::default();
        assert_eq!(seen.id("x".into()), "x");
        assert_eq!(seen.id("x".into()), "x-2");
        assert_eq!(seen.id("y".into()), "y");
    }
}
