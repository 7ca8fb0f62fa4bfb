//! Who speaks in a claim, and how much weight its figures carry.
//!
//! A figure's weight depends on its voice, not on the outlet that printed it: the Taliban's
//! spokesman quoted by Al Jazeera and by DW is one voice, the Taliban, and it speaks as a party.
//! Every claim gets a [`Voice`] (the quoted actor, the party whose outlet it is, or the report
//! itself) and a [`Standing`] (verified, independent, a party's admission, or partisan).

use model::{ActorId, ActorKind, Claim, Date, Responsibility, SourceId, SourceKind};
use serde::Serialize;

use crate::catalog::Catalog;

/// How much weight a claim's figures carry. The order is the order of precedence: a figure of a
/// higher standing sets the best figure when one exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// The UN or an independent monitor, in its own voice or quoted (UNAMA, AOAV): a verified
    /// figure, which outranks media reports.
    Verified,
    /// Anyone not speaking for a party: media and research in their own voice (with the hospital
    /// staff or officials they quote anonymously), officials of states and bodies that are not
    /// parties.
    Independent,
    /// A party admitting something against its own interest: its own forces' losses, or civilian
    /// harm it accepts having caused. Parties seldom overstate either.
    Admission,
    /// A party speaking of anything else: its adversary's losses, or harm it blames on another.
    /// Never sets a best figure; it only widens the range.
    Partisan,
}

impl Standing {
    /// The name used in JSON ("verified").
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Verified => "verified",
            Standing::Independent => "independent",
            Standing::Admission => "admission",
            Standing::Partisan => "partisan",
        }
    }
}

/// Who speaks in a claim: an actor (a party, an official body, anyone the source quotes by name),
/// or the report itself (a source's own reporting, keyed by the report its copies go back to).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Voice<'a> {
    /// A named actor: the claimant, or the party whose outlet the source is.
    Actor(&'a ActorId),
    /// A source's own reporting.
    Report(&'a SourceId),
}

/// A claim with everything the reconciliation needs to know about it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClaimView<'a> {
    pub claim: &'a Claim,
    /// The claim's source, when the catalog holds it.
    pub source: Option<&'a model::Source>,
    /// The report the source goes back to through `copy_of`.
    pub root: &'a SourceId,
    pub voice: Voice<'a>,
    /// The party speaking, when the voice is a party's.
    pub party: Option<&'a ActorId>,
    pub standing: Standing,
    /// The day the claim's figures were current: its `as_of`, else its source's publication day.
    pub date: Option<Date>,
}

impl<'a> ClaimView<'a> {
    /// Classifies one claim.
    pub fn new(catalog: &Catalog<'a>, claim: &'a Claim) -> Self {
        let source = catalog.lookup(&claim.source);
        let root = source.root;
        let voice = match (&claim.claimant, source.party) {
            (Some(claimant), _) => Voice::Actor(claimant),
            (None, Some(party)) => Voice::Actor(party),
            (None, None) => Voice::Report(root),
        };
        let speaker = match voice {
            Voice::Actor(actor) => catalog.actor(actor),
            Voice::Report(_) => None,
        };
        let party = match voice {
            Voice::Actor(actor) if speaker.is_some_and(|s| s.party) => Some(actor),
            _ => None,
        };
        let standing = match (party, voice) {
            (Some(party), _) => {
                let own_losses = claim.losses_of.as_ref() == Some(party);
                let accepted_harm = claim.losses_of.is_none()
                    && claim.responsibility == Some(Responsibility::AcceptsCivilianHarm);
                if own_losses || accepted_harm {
                    Standing::Admission
                } else {
                    Standing::Partisan
                }
            }
            (None, Voice::Actor(_)) => match speaker.map(|a| a.kind) {
                Some(ActorKind::Intergovernmental | ActorKind::Monitor) => Standing::Verified,
                _ => Standing::Independent,
            },
            (None, Voice::Report(_)) => match source.kind {
                Some(SourceKind::Un | SourceKind::Monitor) => Standing::Verified,
                _ => Standing::Independent,
            },
        };
        ClaimView {
            claim,
            source: source.record,
            root,
            voice,
            party,
            standing,
            date: claim.as_of.or(source.published),
        }
    }

    /// Whether two claims are versions of one report: the same original source, speaking in the
    /// same voice. A later version supersedes an earlier one.
    pub fn same_report(&self, other: &ClaimView<'_>) -> bool {
        self.root == other.root && self.claim.claimant == other.claim.claimant
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{Actor, Figures, IncidentId, Source};

    fn actor(id: &str, kind: ActorKind, party: bool) -> Actor {
        Actor {
            id: ActorId::new(id).unwrap(),
            name: id.into(),
            kind,
            country: None,
            party,
            aliases: vec![],
        }
    }

    fn claim(source: &str, claimant: Option<&str>, losses_of: Option<&str>) -> Claim {
        Claim {
            id: model::ClaimId::new("c").unwrap(),
            incident: IncidentId::new("i").unwrap(),
            source: SourceId::new(source).unwrap(),
            claimant: claimant.map(|c| ActorId::new(c).unwrap()),
            losses_of: losses_of.map(|c| ActorId::new(c).unwrap()),
            figures: Figures::default(),
            attributed_to: None,
            responsibility: None,
            as_of: None,
            quote: None,
        }
    }

    #[test]
    fn standing_follows_the_voice_not_the_outlet() {
        let actors = [
            actor("PAK", ActorKind::State, true),
            actor("TALIBAN", ActorKind::DeFactoAuthority, true),
            actor("UNAMA", ActorKind::Intergovernmental, false),
            actor("ACB", ActorKind::Other, false),
        ];
        let mut x_post = Source::new(SourceId::new("x").unwrap(), "X", SourceKind::Government);
        x_post.affiliation = Some(ActorId::new("TALIBAN").unwrap());
        let sources = [
            Source::new(
                SourceId::new("aj").unwrap(),
                "AJ",
                SourceKind::InternationalMedia,
            ),
            Source::new(SourceId::new("un").unwrap(), "UN", SourceKind::Un),
            x_post,
        ];
        let catalog = Catalog::new(&sources, &actors);
        let standing = |c: &Claim| ClaimView::new(&catalog, c).standing;
        assert_eq!(standing(&claim("aj", None, None)), Standing::Independent);
        assert_eq!(standing(&claim("un", None, None)), Standing::Verified);
        assert_eq!(
            standing(&claim("aj", Some("UNAMA"), None)),
            Standing::Verified
        );
        assert_eq!(
            standing(&claim("aj", Some("ACB"), None)),
            Standing::Independent
        );
        assert_eq!(
            standing(&claim("aj", Some("TALIBAN"), None)),
            Standing::Partisan
        );
        assert_eq!(
            standing(&claim("aj", Some("TALIBAN"), Some("PAK"))),
            Standing::Partisan
        );
        assert_eq!(
            standing(&claim("aj", Some("PAK"), Some("PAK"))),
            Standing::Admission
        );
        // A party's own outlet speaks for the party even when no claimant is named.
        assert_eq!(standing(&claim("x", None, None)), Standing::Partisan);
        assert_eq!(
            standing(&claim("x", None, Some("TALIBAN"))),
            Standing::Admission
        );
        let mut accepted = claim("aj", Some("PAK"), None);
        accepted.responsibility = Some(Responsibility::AcceptsCivilianHarm);
        assert_eq!(standing(&accepted), Standing::Admission);
    }
}
