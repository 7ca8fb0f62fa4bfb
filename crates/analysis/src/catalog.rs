//! The evidence a reconciliation reads, and the index over sources and actors that every incident
//! shares.
//!
//! A claim is weighed by who speaks and through which source, so the reconciliation needs the
//! sources (their kind, their affiliation, which report a copy republishes) and the actors (which of
//! them are parties to the fighting). [`Catalog`] indexes both once — and resolves every `copy_of`
//! chain to the report it started from — so that reconciling 200 000 incidents does not rebuild
//! the index 200 000 times.

use std::collections::{HashMap, HashSet};

use model::{Actor, ActorId, Claim, Incident, Source, SourceId};

/// Everything the reconciliation of one incident reads.
///
/// `claims` may hold claims about other incidents: they are ignored. `sources` should hold every
/// source the claims cite and the originals those sources copy (a copy whose original is missing
/// still counts once with the other copies of the same original). `actors` tells which claimants
/// are parties; an actor missing from it is treated as a non-party.
#[derive(Clone, Copy, Debug)]
pub struct IncidentEvidence<'a> {
    /// The incident.
    pub incident: &'a Incident,
    /// Its claims.
    pub claims: &'a [Claim],
    /// The sources the claims cite, and the originals of any copies among them.
    pub sources: &'a [Source],
    /// The actors the claims name.
    pub actors: &'a [Actor],
}

/// One indexed source: the record and the report it goes back to.
#[derive(Clone, Copy, Debug)]
struct Indexed<'a> {
    source: &'a Source,
    /// The first report of a `copy_of` chain (the source itself when it copies nothing).
    root: &'a SourceId,
}

/// Sources and actors, indexed for the reconciliation of any number of incidents.
#[derive(Debug)]
pub struct Catalog<'a> {
    sources: HashMap<&'a str, Indexed<'a>>,
    actors: HashMap<&'a str, &'a Actor>,
}

impl<'a> Catalog<'a> {
    /// Indexes the sources and actors and resolves every `copy_of` chain.
    pub fn new(sources: &'a [Source], actors: &'a [Actor]) -> Self {
        let by_id: HashMap<&'a str, &'a Source> =
            sources.iter().map(|s| (s.id.as_str(), s)).collect();
        let sources = sources
            .iter()
            .map(|source| {
                let root = root_of(&by_id, source);
                (source.id.as_str(), Indexed { source, root })
            })
            .collect();
        let actors = actors.iter().map(|a| (a.id.as_str(), a)).collect();
        Catalog { sources, actors }
    }

    /// The source with this id, if the catalog holds it.
    pub fn source(&self, id: &SourceId) -> Option<&'a Source> {
        self.sources.get(id.as_str()).map(|i| i.source)
    }

    /// The report a source goes back to through its `copy_of` chain (itself if it copies nothing,
    /// and itself if it is not in the catalog).
    pub fn root<'s>(&self, id: &'s SourceId) -> &'s SourceId
    where
        'a: 's,
    {
        self.sources.get(id.as_str()).map_or(id, |i| i.root)
    }

    /// The actor with this id, if the catalog holds it.
    pub fn actor(&self, id: &ActorId) -> Option<&'a Actor> {
        self.actors.get(id.as_str()).copied()
    }

    /// Whether the actor is a party to the fighting.
    pub fn is_party(&self, id: &ActorId) -> bool {
        self.actor(id).is_some_and(|a| a.party)
    }

    /// Reconciles one incident from its claims (claims about other incidents are ignored) with
    /// this catalog's sources and actors.
    pub fn reconcile(&self, incident: &Incident, claims: &[&Claim]) -> crate::Reconciliation {
        crate::reconcile_with(self, incident, claims)
    }
}

/// Follows `copy_of` links to the first report. A link to a source that is not in the record ends
/// the chain at that id (the copies still count once together); a cycle ends at its smallest id, so
/// every member of the cycle lands on the same root.
fn root_of<'a>(by_id: &HashMap<&'a str, &'a Source>, source: &'a Source) -> &'a SourceId {
    let mut current = source;
    let mut seen: HashSet<&'a str> = HashSet::new();
    let mut path: Vec<&'a SourceId> = Vec::new();
    loop {
        let Some(next) = &current.copy_of else {
            return &current.id;
        };
        if !seen.insert(current.id.as_str()) {
            // Back at a source already visited: the cycle is the path from its first visit.
            let start = path.iter().position(|id| *id == &current.id).unwrap_or(0);
            return path[start..].iter().copied().min().unwrap_or(&current.id);
        }
        path.push(&current.id);
        match by_id.get(next.as_str()) {
            Some(original) => current = original,
            None => return next,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::SourceKind;

    fn source(id: &str, copy_of: Option<&str>) -> Source {
        let mut s = Source::new(
            SourceId::new(id).unwrap(),
            id.to_uppercase(),
            SourceKind::InternationalMedia,
        );
        s.copy_of = copy_of.map(|c| SourceId::new(c).unwrap());
        s
    }

    #[test]
    fn copy_chains_resolve_to_the_first_report() {
        let sources = [
            source("afp", None),
            source("arabnews", Some("afp")),
            source("reprint", Some("arabnews")),
            source("orphan-copy", Some("lost-original")),
            source("loop-b", Some("loop-a")),
            source("loop-a", Some("loop-b")),
        ];
        let catalog = Catalog::new(&sources, &[]);
        let root = |id: &str| catalog.root(&SourceId::new(id).unwrap()).to_string();
        assert_eq!(root("afp"), "afp");
        assert_eq!(root("arabnews"), "afp");
        assert_eq!(root("reprint"), "afp");
        assert_eq!(root("orphan-copy"), "lost-original");
        assert_eq!(root("loop-a"), "loop-a");
        assert_eq!(root("loop-b"), "loop-a");
        assert_eq!(root("not-in-the-record"), "not-in-the-record");
    }
}
