//! The one place that decides what a reader may see. Every read of the record that leaves the
//! store for a user — pages, the JSON API, exports, search — passes each record through
//! [`Visibility`], which drops what the reader may not see and strips what it may not read.
//!
//! The rules, by [`Sight`]:
//! - **Public** sees published incidents only, their claims, and the sources those claims,
//!   ceasefires, talks and statements cite; links to anything else are cut.
//! - **Internal** (viewers, contributors) sees every incident, drafts included, and every
//!   source that is not restricted.
//! - Below **Cleared** (verifiers, admins), a restricted source is invisible: a claim it carries
//!   names the placeholder source [`RESTRICTED_SOURCE_ID`] instead, and sources' `contact` and
//!   `internal_notes` and incidents' `internal_notes` are always stripped.
//! - Deleted records are invisible to everyone; a claim is visible only while its incident and its
//!   source are live.
//!
//! A [`Visibility`] is computed from a handful of facts (which incidents are live and published,
//! which sources are live and restricted, which sources are cited). The same computation runs over
//! the database ([`Visibility::load`]) and over a dataset ([`Visibility::from_dataset`], used to
//! check an export against the audit log), so the two cannot drift apart.

use std::collections::{HashMap, HashSet};

use model::{Actor, Ceasefire, Claim, Dataset, Incident, SourceId, Statement, Status, Talks};
use rusqlite::Connection;

use crate::StoreError;
use crate::access::Sight;

/// The source id a claim shows instead of a restricted source's, to a reader who may not see
/// it. The store refuses a real source with this id.
pub const RESTRICTED_SOURCE_ID: &str = "restricted";

/// How a live source appears to a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SourceSight {
    /// Shown.
    Visible,
    /// Restricted: never shown; its claims name the placeholder.
    Hidden,
    /// Not restricted, but cited by nothing the public sees: not shown to the public.
    Uncited,
}

/// What one reader may see of the record. (Public only because the sealed [`crate::Kind`] trait
/// names it; the module is private, so nothing outside the store can name or build one.)
#[derive(Clone, Debug)]
pub struct Visibility {
    sight: Sight,
    incidents: HashSet<String>,
    sources: HashMap<String, SourceSight>,
}

/// The facts a [`Visibility`] is computed from, each about live records only.
#[derive(Default)]
struct Facts {
    incidents: Vec<(String, Status)>,
    sources: Vec<(String, bool)>,
    claim_links: Vec<(String, String)>,
    context_citations: Vec<String>,
}

impl Visibility {
    fn compute(sight: Sight, facts: Facts) -> Self {
        let incidents: HashSet<String> = facts
            .incidents
            .into_iter()
            .filter(|(_, status)| sight.sees_unpublished() || *status == Status::Published)
            .map(|(id, _)| id)
            .collect();
        let mut cited: HashSet<String> = facts.context_citations.into_iter().collect();
        cited.extend(
            facts
                .claim_links
                .into_iter()
                .filter(|(incident, _)| incidents.contains(incident))
                .map(|(_, source)| source),
        );
        let sources = facts
            .sources
            .into_iter()
            .map(|(id, restricted)| {
                let seen = if restricted && !sight.sees_restricted() {
                    SourceSight::Hidden
                } else if sight == Sight::Public && !cited.contains(&id) {
                    SourceSight::Uncited
                } else {
                    SourceSight::Visible
                };
                (id, seen)
            })
            .collect();
        Visibility {
            sight,
            incidents,
            sources,
        }
    }

    /// What a reader with `sight` may see of the database.
    pub(crate) fn load(conn: &Connection, sight: Sight) -> Result<Self, StoreError> {
        let mut facts = Facts::default();
        let mut statement =
            conn.prepare_cached("SELECT id, status FROM incidents WHERE deleted = 0")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let status: String = row.get(1)?;
            let status = Status::parse(&status).map_err(|e| StoreError::Corrupt {
                entity: "incident",
                id: id.clone(),
                message: format!("column status: {e}"),
            })?;
            facts.incidents.push((id, status));
        }
        let pairs = |sql: &str| -> Result<Vec<(String, String)>, StoreError> {
            let mut statement = conn.prepare_cached(sql)?;
            let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        };
        facts.sources =
            pairs("SELECT id, CAST(restricted AS TEXT) FROM sources WHERE deleted = 0")?
                .into_iter()
                .map(|(id, restricted)| (id, restricted != "0"))
                .collect();
        facts.claim_links = pairs("SELECT incident, source FROM claims WHERE deleted = 0")?;
        facts.context_citations = pairs(
            "SELECT value, '' FROM ceasefires, json_each(ceasefires.sources) WHERE deleted = 0
             UNION ALL
             SELECT value, '' FROM talks, json_each(talks.sources) WHERE deleted = 0
             UNION ALL
             SELECT source, '' FROM statements WHERE deleted = 0 AND source IS NOT NULL",
        )?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
        Ok(Visibility::compute(sight, facts))
    }

    /// What a reader with `sight` may see of a dataset holding live records only (an export, or
    /// the record rebuilt from the audit log).
    pub(crate) fn from_dataset(dataset: &Dataset, sight: Sight) -> Self {
        let facts = Facts {
            incidents: dataset
                .incidents
                .iter()
                .map(|i| (i.id.to_string(), i.status))
                .collect(),
            sources: dataset
                .sources
                .iter()
                .map(|s| (s.id.to_string(), s.restricted))
                .collect(),
            claim_links: dataset
                .claims
                .iter()
                .map(|c| (c.incident.to_string(), c.source.to_string()))
                .collect(),
            context_citations: dataset
                .ceasefires
                .iter()
                .flat_map(|c| c.sources.iter())
                .chain(dataset.talks.iter().flat_map(|t| t.sources.iter()))
                .chain(dataset.statements.iter().filter_map(|s| s.source.as_ref()))
                .map(ToString::to_string)
                .collect(),
        };
        Visibility::compute(sight, facts)
    }

    /// The sight this visibility was computed for.
    pub(crate) fn sight(&self) -> Sight {
        self.sight
    }

    /// Whether the reader may see the incident with this id.
    pub(crate) fn sees_incident(&self, id: &str) -> bool {
        self.incidents.contains(id)
    }

    /// Whether a live source has this id (seen by the reader or not).
    pub(crate) fn is_live_source(&self, id: &str) -> bool {
        self.sources.contains_key(id)
    }

    /// Whether the reader may see the source with this id.
    pub(crate) fn sees_source(&self, id: &str) -> bool {
        self.sources.get(id) == Some(&SourceSight::Visible)
    }

    /// An incident as the reader may see it, or None.
    pub(crate) fn incident(&self, mut incident: Incident) -> Option<Incident> {
        if !self.sees_incident(&incident.id) {
            return None;
        }
        if !self.sight.sees_restricted() {
            incident.internal_notes = None;
        }
        incident.related.retain(|id| self.sees_incident(id));
        Some(incident)
    }

    /// A source as the reader may see it, or None.
    pub(crate) fn source(&self, mut source: model::Source) -> Option<model::Source> {
        if !self.sees_source(&source.id) {
            return None;
        }
        if !self.sight.sees_restricted() {
            source.contact = None;
            source.internal_notes = None;
        }
        if source
            .copy_of
            .as_ref()
            .is_some_and(|id| !self.sees_source(id))
        {
            source.copy_of = None;
        }
        Some(source)
    }

    /// A claim as the reader may see it, or None. A claim from a restricted source stays
    /// visible (its figures count) but names the placeholder source.
    pub(crate) fn claim(&self, mut claim: Claim) -> Option<Claim> {
        if !self.sees_incident(&claim.incident) {
            return None;
        }
        match self.sources.get(claim.source.as_str()) {
            Some(SourceSight::Visible) => {}
            Some(SourceSight::Hidden) => {
                // The placeholder is a valid id (a test checks it); failing closed keeps this
                // total without a panic path.
                claim.source = SourceId::new(RESTRICTED_SOURCE_ID).ok()?;
            }
            // A claim's source is cited by the claim, so the public sees it when it sees the
            // claim; a deleted source takes its claims with it.
            Some(SourceSight::Uncited) | None => return None,
        }
        Some(claim)
    }

    /// A ceasefire with only the sources the reader may see.
    pub(crate) fn ceasefire(&self, mut ceasefire: Ceasefire) -> Option<Ceasefire> {
        ceasefire.sources.retain(|id| self.sees_source(id));
        Some(ceasefire)
    }

    /// A round of talks with only the sources the reader may see.
    pub(crate) fn talks(&self, mut talks: Talks) -> Option<Talks> {
        talks.sources.retain(|id| self.sees_source(id));
        Some(talks)
    }

    /// A statement with only the incidents and source the reader may see.
    pub(crate) fn statement(&self, mut statement: Statement) -> Option<Statement> {
        statement
            .about_incidents
            .retain(|id| self.sees_incident(id));
        if statement
            .source
            .as_ref()
            .is_some_and(|id| !self.sees_source(id))
        {
            statement.source = None;
        }
        Some(statement)
    }

    /// Actors are public.
    pub(crate) fn actor(&self, actor: Actor) -> Option<Actor> {
        Some(actor)
    }

    /// A whole dataset of live records as the reader may see it, in canonical order.
    pub(crate) fn dataset(&self, dataset: Dataset) -> Dataset {
        let mut out = Dataset {
            actors: dataset
                .actors
                .into_iter()
                .filter_map(|r| self.actor(r))
                .collect(),
            sources: dataset
                .sources
                .into_iter()
                .filter_map(|r| self.source(r))
                .collect(),
            incidents: dataset
                .incidents
                .into_iter()
                .filter_map(|r| self.incident(r))
                .collect(),
            claims: dataset
                .claims
                .into_iter()
                .filter_map(|r| self.claim(r))
                .collect(),
            ceasefires: dataset
                .ceasefires
                .into_iter()
                .filter_map(|r| self.ceasefire(r))
                .collect(),
            talks: dataset
                .talks
                .into_iter()
                .filter_map(|r| self.talks(r))
                .collect(),
            statements: dataset
                .statements
                .into_iter()
                .filter_map(|r| self.statement(r))
                .collect(),
            ..dataset
        };
        out.sort();
        out
    }
}
