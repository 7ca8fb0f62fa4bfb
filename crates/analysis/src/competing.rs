//! Competing claims: what each party says — about its own losses, about its adversary's, about
//! civilians — set beside what sources independent of the parties say about the same count.
//!
//! This is the table a mediator reads first when two parties blame each other: the reconciled
//! figure answers "how many", this answers "who says what".

use model::{ActorId, ClaimId, Count, Group, Measure, Responsibility};
use serde::Serialize;

use crate::estimate::{Entry, Estimate, estimate};
use crate::voice::{ClaimView, Standing};

/// What one party claims.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PartyClaims<'a> {
    /// The party.
    pub party: &'a ActorId,
    /// What it said of its own role, strongest first (accepts civilian harm, accepts the attack,
    /// denies).
    pub responsibility: Vec<Responsibility>,
    /// Whom its claims say carried out the attack (itself included, when it says so).
    pub attributes_to: Vec<&'a ActorId>,
    /// Its figures, count by count.
    pub figures: Vec<PartyFigure<'a>>,
}

/// One count as a party gives it, beside the independent figure for the same count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PartyFigure<'a> {
    /// Killed or injured.
    pub measure: Measure,
    /// Whom it counts.
    pub group: Group,
    /// Whose forces it counts: the party's own, its adversary's, or absent for civilians and
    /// everyone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub losses_of: Option<&'a ActorId>,
    /// What the party claims.
    pub claimed: Claimed<'a>,
    /// The figure from sources that speak for no party (UN, monitors, media, non-party
    /// officials), when any gives this count.
    pub independent: Option<Estimate<'a>>,
}

/// The figures one voice gives for one count: their range, and the claims.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claimed<'a> {
    /// The lowest figure the voice gave.
    pub low: u32,
    /// The highest figure the voice gave.
    pub high: u32,
    /// Whether the highest was given as "at least".
    pub high_open: bool,
    /// The claims, in id order.
    pub from: Vec<&'a ClaimId>,
}

impl Claimed<'_> {
    /// "58", "≥201", "3–23".
    pub fn range_text(&self) -> String {
        let plus = if self.high_open { "+" } else { "" };
        match (self.low == self.high, self.high_open) {
            (true, true) => format!("≥{}", self.low),
            (true, false) => self.low.to_string(),
            (false, _) => format!("{}–{}{plus}", self.low, self.high),
        }
    }
}

/// Collects the parties' claims while the parts are reconciled.
#[derive(Default)]
pub(crate) struct Competing<'a> {
    parties: Vec<PartyClaims<'a>>,
}

impl<'a> Competing<'a> {
    /// Notes every party that speaks, with its stance, even when it gives no figure.
    pub fn from_views(views: &[ClaimView<'a>]) -> Self {
        let mut competing = Competing::default();
        for view in views {
            let Some(party) = view.party else { continue };
            let claims = competing.party(party);
            if let Some(said) = view.claim.responsibility
                && !claims.responsibility.contains(&said)
            {
                claims.responsibility.push(said);
                claims.responsibility.sort();
            }
            if let Some(actor) = &view.claim.attributed_to
                && !claims.attributes_to.contains(&actor)
            {
                claims.attributes_to.push(actor);
                claims.attributes_to.sort();
            }
        }
        competing
    }

    fn party(&mut self, party: &'a ActorId) -> &mut PartyClaims<'a> {
        let index = match self.parties.binary_search_by(|p| p.party.cmp(party)) {
            Ok(index) => index,
            Err(index) => {
                let claims = PartyClaims {
                    party,
                    responsibility: Vec::new(),
                    attributes_to: Vec::new(),
                    figures: Vec::new(),
                };
                self.parties.insert(index, claims);
                index
            }
        };
        &mut self.parties[index]
    }

    /// Records what each party says about one part (measure, group, side), beside the figure of
    /// the sources independent of the parties.
    pub fn observe(
        &mut self,
        measure: Measure,
        group: Group,
        losses_of: Option<&'a ActorId>,
        entries: &[Entry<'_, 'a>],
    ) {
        if entries.iter().all(|e| e.view.party.is_none()) {
            return;
        }
        let is_independent = |e: &&Entry<'_, 'a>| {
            matches!(e.view.standing, Standing::Verified | Standing::Independent)
        };
        let independent = entries.iter().any(|e| is_independent(&e)).then(|| {
            let independent_entries: Vec<Entry<'_, 'a>> =
                entries.iter().filter(is_independent).copied().collect();
            estimate(&independent_entries)
        });
        // Each party that speaks about this count, in id order, once.
        let mut last: Option<&'a ActorId> = None;
        while let Some(party) = entries
            .iter()
            .filter_map(|e| e.view.party)
            .filter(|p| last.is_none_or(|l| *p > l))
            .min()
        {
            last = Some(party);
            let said = || entries.iter().filter(move |e| e.view.party == Some(party));
            let high = said().map(|e| e.count.min_max().1).max().unwrap_or(0);
            let claimed = Claimed {
                low: said().map(|e| e.count.min_max().0).min().unwrap_or(0),
                high,
                high_open: said().any(|e| {
                    matches!(e.count, Count::AtLeast { .. }) && e.count.min_max().1 == high
                }),
                from: said().map(|e| &e.view.claim.id).collect(),
            };
            self.party(party).figures.push(PartyFigure {
                measure,
                group,
                losses_of,
                claimed,
                independent: independent.clone(),
            });
        }
    }

    /// The parties in id order.
    pub fn finish(self) -> Vec<PartyClaims<'a>> {
        self.parties
    }
}
