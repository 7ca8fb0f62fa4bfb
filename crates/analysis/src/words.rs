//! Writing the reconciliation's reasons and flags as sentences: naming actors, sources, voices and
//! figures the same way everywhere.
//!
//! A restricted source is never named (it is "a restricted source"), so that a reason can be shown
//! on any page without leaking a witness or a confidential contact.

use model::{ActorId, Count, Group, Measure, SourceId};

use crate::catalog::Catalog;
use crate::voice::{ClaimView, Voice};

/// Names things for sentences.
pub(crate) struct Namer<'c, 'a> {
    pub catalog: &'c Catalog<'a>,
}

impl<'a> Namer<'_, 'a> {
    /// An actor's name, or its id when the actor is unknown.
    pub fn actor<'s>(&self, id: &'s ActorId) -> &'s str
    where
        'a: 's,
    {
        self.catalog
            .actor(id)
            .map_or(id.as_str(), |a| a.name.as_str())
    }

    /// A source's publisher; "a restricted source" when it is restricted; its id when unknown.
    pub fn source<'s>(&self, id: &'s SourceId) -> &'s str
    where
        'a: 's,
    {
        match self.catalog.source(id) {
            Some(s) if s.restricted => "a restricted source",
            Some(s) => s.publisher.as_str(),
            None => id.as_str(),
        }
    }

    /// A voice as its name alone: the actor, or the report's publisher.
    pub fn voice<'s>(&self, voice: Voice<'s>) -> &'s str
    where
        'a: 's,
    {
        match voice {
            Voice::Actor(actor) => self.actor(actor),
            Voice::Report(root) => self.source(root),
        }
    }

    /// The publisher of the source a claim came through (as [`Namer::source`], without a second
    /// lookup).
    pub fn outlet<'v>(&self, view: &ClaimView<'v>) -> &'v str {
        match view.source {
            Some(s) if s.restricted => "a restricted source",
            Some(s) => s.publisher.as_str(),
            None => view.claim.source.as_str(),
        }
    }

    /// A claim's voice with the outlet it came through: "Pakistan, via RFE/RL", or the
    /// publisher alone for a source's own reporting.
    pub fn voice_via(&self, view: &ClaimView<'_>) -> String {
        match view.voice {
            Voice::Actor(actor) => format!("{}, via {}", self.actor(actor), self.outlet(view)),
            Voice::Report(_) => self.outlet(view).to_owned(),
        }
    }

    /// The outlets a set of claims came through, deduplicated, in the order given.
    pub fn outlets<'v>(&self, views: impl IntoIterator<Item = &'v ClaimView<'v>>) -> String
    where
        'a: 'v,
    {
        let mut names: Vec<&str> = Vec::new();
        for view in views {
            let name = self.outlet(view);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        and_list(&names)
    }
}

/// "A", "A and B", "A, B and C".
pub(crate) fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let mut text = String::new();
            for (n, item) in init.iter().enumerate() {
                if n > 0 {
                    text.push_str(", ");
                }
                text.push_str(item.as_ref());
            }
            text.push_str(" and ");
            text.push_str(last.as_ref());
            text
        }
    }
}

/// What a figure counts, for sentences: "civilians killed", "people injured", "security forces
/// killed on the side of Pakistan".
pub(crate) fn figure_label(
    namer: &Namer<'_, '_>,
    measure: Measure,
    group: Group,
    losses_of: Option<&ActorId>,
) -> String {
    let people = match group {
        Group::Total => "people",
        other => other.label(),
    };
    match losses_of {
        None => format!("{people} {}", measure.as_str()),
        Some(actor) => format!(
            "{people} {} on the side of {}",
            measure.as_str(),
            namer.actor(actor)
        ),
    }
}

/// Upper-cases the first letter of a sentence.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A list of counts as a bulletin writes them: "58", "≥201", "3 and 23".
pub(crate) fn counts_list(counts: &[Count]) -> String {
    let mut texts: Vec<String> = Vec::new();
    for count in counts {
        let text = count.to_string();
        if !texts.contains(&text) {
            texts.push(text);
        }
    }
    and_list(&texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        let items: Vec<String> = ["AOAV", "Al Jazeera", "DW"].map(String::from).to_vec();
        assert_eq!(and_list(&items[..1]), "AOAV");
        assert_eq!(and_list(&items[..2]), "AOAV and Al Jazeera");
        assert_eq!(and_list(&items), "AOAV, Al Jazeera and DW");
        assert_eq!(capitalise("the Taliban"), "The Taliban");
        assert_eq!(
            counts_list(&[Count::exact(3), Count::at_least(201), Count::exact(3)]),
            "3 and ≥201"
        );
    }
}
