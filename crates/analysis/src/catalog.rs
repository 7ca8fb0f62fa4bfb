//! The evidence a reconciliation reads, and the index over sources and actors that every incident
//! shares.
//!
//! A claim is weighed by who speaks and through which source, so the reconciliation needs the
//! sources (their kind, their affiliation, which report a copy republishes) and the actors (which of
//! them are parties to the fighting). [`Catalog`] indexes both once — and resolves every `copy_of`
//! chain to the report it started from — so that reconciling 200 000 incidents does not rebuild
//! the index 200 000 times.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use model::{Actor, ActorId, Claim, Date, Incident, Source, SourceId, SourceKind};

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

/// One indexed source: the record, and what the reconciliation reads of it on every claim, kept
/// beside the key so that weighing a claim does not chase a pointer into the record.
#[derive(Clone, Copy, Debug)]
struct Indexed<'a> {
    source: &'a Source,
    facts: SourceFacts<'a>,
}

/// What weighing a claim needs to know about its source.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SourceFacts<'a> {
    /// The record, when the catalog holds it (for naming the source without a second lookup).
    pub record: Option<&'a Source>,
    /// The source's kind, when the catalog holds the source.
    pub kind: Option<SourceKind>,
    /// Its publication day.
    pub published: Option<Date>,
    /// The party it speaks for, when it is a party's outlet.
    pub party: Option<&'a ActorId>,
    /// The first report of its `copy_of` chain (the source itself when it copies nothing).
    pub root: &'a SourceId,
}

/// A fast hash for ids (the multiply-rotate hash of Firefox and rustc). The record's ids are not
/// chosen by an adversary trying to collide them, so std's slower flood-resistant hash buys
/// nothing here, and hashing ids is much of the time of a large batch.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(*byte)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits poorly mixed, and the map picks buckets by them:
        // fold the high half in (splitmix64's finaliser) so similar ids spread out.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

/// A map keyed by ids, with [`IdHasher`].
pub(crate) type IdMap<'a, V> = HashMap<&'a str, V, BuildHasherDefault<IdHasher>>;

/// Sources and actors, indexed for the reconciliation of any number of incidents.
#[derive(Debug)]
pub struct Catalog<'a> {
    sources: IdMap<'a, Indexed<'a>>,
    actors: IdMap<'a, &'a Actor>,
}

impl<'a> Catalog<'a> {
    /// Indexes the sources and actors and resolves every `copy_of` chain.
    pub fn new(sources: &'a [Source], actors: &'a [Actor]) -> Self {
        let by_id: IdMap<'a, &'a Source> = sources.iter().map(|s| (s.id.as_str(), s)).collect();
        let actors: IdMap<'a, &'a Actor> = actors.iter().map(|a| (a.id.as_str(), a)).collect();
        let sources = sources
            .iter()
            .map(|source| {
                let facts = SourceFacts {
                    record: Some(source),
                    kind: Some(source.kind),
                    published: source.published,
                    party: source
                        .affiliation
                        .as_ref()
                        .filter(|a| actors.get(a.as_str()).is_some_and(|a| a.party)),
                    root: root_of(&by_id, source),
                };
                (source.id.as_str(), Indexed { source, facts })
            })
            .collect();
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
        self.lookup(id).root
    }

    /// What weighing a claim needs to know about its source, in one lookup. A source missing from
    /// the catalog is its own root, of no known kind.
    pub(crate) fn lookup<'s>(&self, id: &'s SourceId) -> SourceFacts<'s>
    where
        'a: 's,
    {
        match self.sources.get(id.as_str()) {
            Some(indexed) => indexed.facts,
            None => SourceFacts {
                record: None,
                kind: None,
                published: None,
                party: None,
                root: id,
            },
        }
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
    pub fn reconcile(
        &self,
        incident: &'a Incident,
        claims: &[&'a Claim],
    ) -> crate::Reconciliation<'a> {
        let about: Vec<&'a Claim> = claims
            .iter()
            .copied()
            .filter(|c| c.incident == incident.id)
            .collect();
        crate::reconcile_with(self, incident, &about)
    }
}

/// Follows `copy_of` links to the first report. A link to a source that is not in the record ends
/// the chain at that id (the copies still count once together); a cycle ends at its smallest id, so
/// every member of the cycle lands on the same root.
fn root_of<'a>(by_id: &IdMap<'a, &'a Source>, source: &'a Source) -> &'a SourceId {
    if source.copy_of.is_none() {
        return &source.id;
    }
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
