//! A dataset: every kind of record together, as the JSON dataset format carries it.
//!
//! The dataset is where references are checked: every claim's incident and source, every named
//! actor, every related incident must exist, in the dataset or (when importing into a database that
//! already holds records) among the ids the caller knows. Ids are unique within each kind.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Actor, Ceasefire, Claim, Incident, Source, Statement, Talks};

/// The value of the `format` field of every dataset file.
pub const DATASET_FORMAT: &str = "crosscheck-dataset";

/// The newest version of the dataset format this build reads and writes.
pub const DATASET_VERSION: u32 = 1;

/// Everything crosscheck records, in one value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "crosscheck dataset")]
pub struct Dataset {
    /// Always "crosscheck-dataset".
    pub format: String,
    /// The format version the file was written in.
    pub version: u32,
    /// The audit log the records were exported from: how many entries it held and their Merkle
    /// root, so that the export can be checked against the log later (`crosscheck verify
    /// --export`). Absent in files not written by an export; ignored on import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit: Option<AuditStamp>,
    /// States, authorities, armed groups and organisations.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Articles, reports, statements and accounts.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Attacks, strikes and clashes.
    #[serde(default)]
    pub incidents: Vec<Incident>,
    /// What each source says about each incident.
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Truces.
    #[serde(default)]
    pub ceasefires: Vec<Ceasefire>,
    /// Rounds of talks.
    #[serde(default)]
    pub talks: Vec<Talks>,
    /// Reactions and officials' statements.
    #[serde(default)]
    pub statements: Vec<Statement>,
}

impl Default for Dataset {
    fn default() -> Self {
        Dataset {
            format: DATASET_FORMAT.to_owned(),
            version: DATASET_VERSION,
            audit: None,
            actors: Vec::new(),
            sources: Vec::new(),
            incidents: Vec::new(),
            claims: Vec::new(),
            ceasefires: Vec::new(),
            talks: Vec::new(),
            statements: Vec::new(),
        }
    }
}

/// Where an export comes from: the state of the audit log when it was taken.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuditStamp {
    /// The number of entries the audit log held.
    pub entries: u64,
    /// The RFC 6962 Merkle root over those entries' hashes, as 64 hexadecimal digits.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub root: String,
    /// Present when the export was redacted for a reader who may not see everything: `public`
    /// (published incidents only, nothing restricted) or `internal` (signed-in readers without
    /// clearance: nothing restricted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redacted: Option<String>,
}

/// A dataset that breaks a rule, with the path of the offending field
/// (`claims[3].incident`) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct DatasetError {
    /// Where the problem is, as a path into the dataset.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

/// The kinds of record a reference can point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKind {
    /// An actor.
    Actor,
    /// A source.
    Source,
    /// An incident.
    Incident,
}

impl RecordKind {
    fn noun(self) -> &'static str {
        match self {
            RecordKind::Actor => "actor",
            RecordKind::Source => "source",
            RecordKind::Incident => "incident",
        }
    }
}

impl Dataset {
    /// Sorts every collection by id: the canonical order in which datasets are written, so that
    /// the same records always give the same bytes.
    pub fn sort(&mut self) {
        self.actors.sort_by(|a, b| a.id.cmp(&b.id));
        self.sources.sort_by(|a, b| a.id.cmp(&b.id));
        self.incidents.sort_by(|a, b| a.id.cmp(&b.id));
        self.claims.sort_by(|a, b| a.id.cmp(&b.id));
        self.ceasefires.sort_by(|a, b| a.id.cmp(&b.id));
        self.talks.sort_by(|a, b| a.id.cmp(&b.id));
        self.statements.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// The number of records of every kind together.
    pub fn len(&self) -> usize {
        self.actors.len()
            + self.sources.len()
            + self.incidents.len()
            + self.claims.len()
            + self.ceasefires.len()
            + self.talks.len()
            + self.statements.len()
    }

    /// Whether the dataset holds no record.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Checks a self-contained dataset: format and version, unique ids, and every reference
    /// pointing inside the dataset.
    pub fn check(&self) -> Result<(), DatasetError> {
        self.check_against(&|_, _| false)
    }

    /// Checks the dataset as [`Dataset::check`] does, but lets references point to records that
    /// exist elsewhere: `known(kind, id)` says whether such a record exists (in the database the
    /// dataset is being imported into, say).
    pub fn check_against(
        &self,
        known: &dyn Fn(RecordKind, &str) -> bool,
    ) -> Result<(), DatasetError> {
        let err = |path: String, message: String| DatasetError { path, message };
        if self.format != DATASET_FORMAT {
            return Err(err(
                "format".into(),
                format!(
                    "this is not a crosscheck dataset (format is {:?}, expected {DATASET_FORMAT:?})",
                    self.format
                ),
            ));
        }
        if self.version > DATASET_VERSION || self.version == 0 {
            return Err(err(
                "version".into(),
                format!(
                    "dataset version {} is not one this build reads (1 to {DATASET_VERSION}); a newer crosscheck wrote it",
                    self.version
                ),
            ));
        }

        let actors = unique("actors", self.actors.iter().map(|a| a.id.as_str()))?;
        let sources = unique("sources", self.sources.iter().map(|s| s.id.as_str()))?;
        let incidents = unique("incidents", self.incidents.iter().map(|i| i.id.as_str()))?;
        unique("claims", self.claims.iter().map(|c| c.id.as_str()))?;
        unique("ceasefires", self.ceasefires.iter().map(|c| c.id.as_str()))?;
        unique("talks", self.talks.iter().map(|t| t.id.as_str()))?;
        unique("statements", self.statements.iter().map(|s| s.id.as_str()))?;

        let refs = Refs {
            actors,
            sources,
            incidents,
            known,
        };

        for (i, source) in self.sources.iter().enumerate() {
            let at = |field: &str| format!("sources[{i}].{field}");
            source
                .check()
                .map_err(|e| err(format!("sources[{i}]"), e.to_string()))?;
            refs.opt(
                RecordKind::Actor,
                source.affiliation.as_deref(),
                at("affiliation"),
            )?;
            refs.opt(RecordKind::Source, source.copy_of.as_deref(), at("copy_of"))?;
        }
        for (i, incident) in self.incidents.iter().enumerate() {
            let at = |field: &str| format!("incidents[{i}].{field}");
            incident
                .check()
                .map_err(|e| err(format!("incidents[{i}]"), e.to_string()))?;
            refs.all(
                RecordKind::Actor,
                &incident.perpetrators,
                at("perpetrators"),
            )?;
            refs.all(RecordKind::Incident, &incident.related, at("related"))?;
        }
        for (i, claim) in self.claims.iter().enumerate() {
            let at = |field: &str| format!("claims[{i}].{field}");
            refs.one(RecordKind::Incident, &claim.incident, at("incident"))?;
            refs.one(RecordKind::Source, &claim.source, at("source"))?;
            refs.opt(RecordKind::Actor, claim.claimant.as_deref(), at("claimant"))?;
            refs.opt(
                RecordKind::Actor,
                claim.losses_of.as_deref(),
                at("losses_of"),
            )?;
            refs.opt(
                RecordKind::Actor,
                claim.attributed_to.as_deref(),
                at("attributed_to"),
            )?;
        }
        for (i, ceasefire) in self.ceasefires.iter().enumerate() {
            let at = |field: &str| format!("ceasefires[{i}].{field}");
            refs.all(RecordKind::Actor, &ceasefire.parties, at("parties"))?;
            refs.all(RecordKind::Actor, &ceasefire.mediators, at("mediators"))?;
            refs.all(RecordKind::Source, &ceasefire.sources, at("sources"))?;
        }
        for (i, talks) in self.talks.iter().enumerate() {
            let at = |field: &str| format!("talks[{i}].{field}");
            refs.all(RecordKind::Actor, &talks.parties, at("parties"))?;
            refs.all(RecordKind::Actor, &talks.mediators, at("mediators"))?;
            refs.all(RecordKind::Source, &talks.sources, at("sources"))?;
        }
        for (i, statement) in self.statements.iter().enumerate() {
            let at = |field: &str| format!("statements[{i}].{field}");
            statement
                .check()
                .map_err(|e| err(format!("statements[{i}]"), e.to_string()))?;
            refs.one(RecordKind::Actor, &statement.actor, at("actor"))?;
            refs.all(
                RecordKind::Incident,
                &statement.about_incidents,
                at("about_incidents"),
            )?;
            refs.all(
                RecordKind::Actor,
                &statement.about_actors,
                at("about_actors"),
            )?;
            refs.opt(
                RecordKind::Source,
                statement.source.as_deref(),
                at("source"),
            )?;
        }
        Ok(())
    }
}

/// Collects the ids of one collection, refusing the first one given twice.
fn unique<'a>(
    collection: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<HashSet<&'a str>, DatasetError> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !seen.insert(id) {
            return Err(DatasetError {
                path: format!("{collection}[{i}].id"),
                message: format!("id {id:?} is used by an earlier record"),
            });
        }
    }
    Ok(seen)
}

/// The ids a dataset holds, and what the caller knows exists elsewhere.
struct Refs<'a> {
    actors: HashSet<&'a str>,
    sources: HashSet<&'a str>,
    incidents: HashSet<&'a str>,
    known: &'a dyn Fn(RecordKind, &str) -> bool,
}

impl Refs<'_> {
    fn one(&self, kind: RecordKind, id: &str, path: String) -> Result<(), DatasetError> {
        let here = match kind {
            RecordKind::Actor => &self.actors,
            RecordKind::Source => &self.sources,
            RecordKind::Incident => &self.incidents,
        };
        if here.contains(id) || (self.known)(kind, id) {
            Ok(())
        } else {
            Err(DatasetError {
                path,
                message: format!("no {} has the id {id:?}", kind.noun()),
            })
        }
    }

    fn opt(&self, kind: RecordKind, id: Option<&str>, path: String) -> Result<(), DatasetError> {
        id.map_or(Ok(()), |id| self.one(kind, id, path))
    }

    fn all<T: AsRef<str>>(
        &self,
        kind: RecordKind,
        ids: &[T],
        path: String,
    ) -> Result<(), DatasetError> {
        for (i, id) in ids.iter().enumerate() {
            self.one(kind, id.as_ref(), format!("{path}[{i}]"))?;
        }
        Ok(())
    }
}
