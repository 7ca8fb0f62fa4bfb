//! The grade of an incident — how well its civilian harm is established — with the reasons as
//! sentences.
//!
//! The grades are Airwars' five, and their definitions are Airwars' own words. The order in which
//! they are tried is the order of precedence:
//!
//! 1. **discounted** when the incident's review status is `discounted`;
//! 2. **confirmed** when a party accepted that it harmed civilians (`accepts_civilian_harm`);
//! 3. **discounted** when every figure counts fighters or security forces and none can include a
//!    civilian ("those killed were combatants");
//! 4. **contested** when claims attribute the attack to different actors, when a party denies an
//!    attack others attribute to it, or when the record names more than one party as perpetrator;
//! 5. **fair** when two or more independent sources report it and at least one of them does not
//!    speak for a party;
//! 6. **weak** otherwise: one source, or only the parties' own word.
//!
//! "Independent sources" are counted by voice, not by outlet: a party's statement relayed by five
//! outlets is one source (the party), copies of one report are one source (the original), and a
//! source's own reporting is one source per original report.

use std::collections::{BTreeMap, BTreeSet};

use model::{ActorId, Group, Incident, Responsibility, Status};
use serde::Serialize;

use crate::voice::{ClaimView, Voice};
use crate::words::{Namer, and_list, capitalise, figure_label};

/// How well an incident's civilian harm is established (Airwars' grades).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// A belligerent accepted responsibility for civilian harm.
    Confirmed,
    /// Two or more independent credible sources.
    Fair,
    /// A single source.
    Weak,
    /// Competing claims of responsibility.
    Contested,
    /// Those harmed were combatants, or the incident was set aside in review.
    Discounted,
}

impl Grade {
    /// Every grade, strongest first.
    pub const ALL: [Grade; 5] = [
        Grade::Confirmed,
        Grade::Fair,
        Grade::Weak,
        Grade::Contested,
        Grade::Discounted,
    ];

    /// The name used in JSON and URLs ("fair").
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Confirmed => "confirmed",
            Grade::Fair => "fair",
            Grade::Weak => "weak",
            Grade::Contested => "contested",
            Grade::Discounted => "discounted",
        }
    }

    /// The grade's definition, in Airwars' words.
    pub fn definition(self) -> &'static str {
        match self {
            Grade::Confirmed => {
                "A specific belligerent has accepted responsibility for civilian harm."
            }
            Grade::Fair => {
                "Reported by two or more credible sources, with likely or confirmed near actions by a belligerent."
            }
            Grade::Weak => {
                "Single source claim, though sometimes featuring significant information."
            }
            Grade::Contested => {
                "Competing claims of responsibility e.g. multiple belligerents, or casualties also attributed to ground forces."
            }
            Grade::Discounted => {
                "Those killed were combatants, or other parties most likely responsible."
            }
        }
    }
}

impl std::fmt::Display for Grade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Grades an incident from its claims (in id order) and says why, first sentence first.
pub(crate) fn grade(
    namer: &Namer<'_, '_>,
    incident: &Incident,
    views: &[ClaimView<'_>],
) -> (Grade, Vec<String>) {
    // The claims grouped by voice (a stable sort keeps claim id order inside each voice).
    let mut by_voice: Vec<&ClaimView<'_>> = views.iter().collect();
    by_voice.sort_by(|a, b| a.voice.cmp(&b.voice));
    let origins: Vec<(Voice<'_>, &[&ClaimView<'_>])> = by_voice
        .chunk_by(|a, b| a.voice == b.voice)
        .map(|same| (same[0].voice, same))
        .collect();
    // A voice is a party's when its claims say so (every claim in one voice has the same party).
    let is_party_voice = |views: &[&ClaimView<'_>]| views[0].party.is_some();
    let independent_of_parties = origins
        .iter()
        .filter(|(_, views)| !is_party_voice(views))
        .count();

    let mut reasons = Vec::new();
    let grade = if incident.status == Status::Discounted {
        reasons.push("Discounted: the incident was set aside in review.".to_owned());
        Grade::Discounted
    } else if let Some(sentence) = accepted_harm(namer, views) {
        reasons.push(sentence);
        Grade::Confirmed
    } else if let Some(sentence) = only_fighters(namer, views) {
        reasons.push(sentence);
        Grade::Discounted
    } else {
        let contest = contest(namer, incident, views);
        if !contest.is_empty() {
            reasons.push("Contested: there are competing claims of responsibility.".to_owned());
            reasons.extend(contest);
            Grade::Contested
        } else if origins.len() >= 2 && independent_of_parties >= 1 {
            reasons.push(format!(
                "Fair: {} independent sources report it, {} of them not speaking for a party.",
                origins.len(),
                independent_of_parties
            ));
            Grade::Fair
        } else {
            reasons.push(weak_reason(namer, &origins));
            Grade::Weak
        }
    };
    // A weak grade's sentence already names its single source.
    let named_already = grade == Grade::Weak && origins.len() == 1;
    if !origins.is_empty() && !named_already {
        // Sources that speak for no party first, then the parties, each by name; written into
        // one string, since every incident of a batch has this sentence.
        let mut listed: Vec<(bool, &str, Voice<'_>, &[&ClaimView<'_>])> = origins
            .iter()
            .map(|(voice, views)| (is_party_voice(views), namer.voice(*voice), *voice, *views))
            .collect();
        listed.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let mut sentence = String::from("Sources, each counted once: ");
        for (n, (_, _, voice, views)) in listed.iter().enumerate() {
            if n > 0 {
                sentence.push_str("; ");
            }
            write_origin(&mut sentence, namer, *voice, views);
        }
        sentence.push('.');
        reasons.push(sentence);
    }
    reasons.extend(responsibility(namer, views));
    (grade, reasons)
}

/// A source for the list of independent sources: "AOAV", "Pakistan, via RFE/RL and Fact File",
/// "AFP (also as France 24)".
fn origin_name(namer: &Namer<'_, '_>, voice: Voice<'_>, views: &[&ClaimView<'_>]) -> String {
    let mut name = String::new();
    write_origin(&mut name, namer, voice, views);
    name
}

/// Writes [`origin_name`] into `out`.
fn write_origin(
    out: &mut String,
    namer: &Namer<'_, '_>,
    voice: Voice<'_>,
    views: &[&ClaimView<'_>],
) {
    match voice {
        Voice::Actor(actor) => {
            out.push_str(namer.actor(actor));
            out.push_str(", via ");
            out.push_str(&namer.outlets(views.iter().copied()));
        }
        Voice::Report(root) => {
            let copies = || views.iter().copied().filter(|v| &v.claim.source != root);
            match (
                namer.catalog.source(root).is_some(),
                copies().next().is_none(),
            ) {
                (_, true) => out.push_str(namer.source(root)),
                (true, false) => {
                    out.push_str(namer.source(root));
                    out.push_str(" (also as ");
                    out.push_str(&namer.outlets(copies()));
                    out.push(')');
                }
                (false, false) => out.push_str(&namer.outlets(copies())),
            }
        }
    }
}

/// The sentence for a weak grade: why one source, or only the parties, stand behind it.
fn weak_reason(namer: &Namer<'_, '_>, origins: &[(Voice<'_>, &[&ClaimView<'_>])]) -> String {
    let mut entries = origins.iter();
    match (entries.next(), origins.len()) {
        (None, _) => "Weak: no source has made a claim about it yet.".to_owned(),
        (Some((Voice::Actor(actor), views)), 1) => {
            let outlets: BTreeSet<_> = views.iter().map(|v| &v.claim.source).collect();
            let relay = if outlets.len() > 1 {
                format!(
                    "; {} outlets relaying one statement count as one source",
                    outlets.len()
                )
            } else {
                String::new()
            };
            format!(
                "Weak: a single source reports it: {}, via {}{relay}.",
                namer.actor(actor),
                namer.outlets(views.iter().copied())
            )
        }
        (Some((voice, views)), 1) => format!(
            "Weak: a single source reports it ({}).",
            origin_name(namer, *voice, views)
        ),
        _ => {
            let names: Vec<&str> = origins.iter().map(|(v, _)| namer.voice(*v)).collect();
            format!(
                "Weak: only the parties report it ({}); no source independent of them does.",
                and_list(&names)
            )
        }
    }
}

/// "Confirmed" when a party accepts that it harmed civilians.
fn accepted_harm(namer: &Namer<'_, '_>, views: &[ClaimView<'_>]) -> Option<String> {
    let accepting: Vec<&ClaimView<'_>> = views
        .iter()
        .filter(|v| {
            v.party.is_some() && v.claim.responsibility == Some(Responsibility::AcceptsCivilianHarm)
        })
        .collect();
    let parties: BTreeSet<&ActorId> = accepting.iter().filter_map(|v| v.party).collect();
    if parties.is_empty() {
        return None;
    }
    let names: Vec<&str> = parties.iter().map(|p| namer.actor(p)).collect();
    Some(format!(
        "Confirmed: {} accepted responsibility for harming civilians (via {}).",
        and_list(&names),
        namer.outlets(accepting)
    ))
}

/// "Discounted" when every figure counts fighters or security forces and none can include a
/// civilian. A count of everyone can include civilians unless it counts one side's forces; a count
/// of zero includes no one.
fn only_fighters(namer: &Namer<'_, '_>, views: &[ClaimView<'_>]) -> Option<String> {
    let counts = || {
        views.iter().flat_map(|view| {
            view.claim
                .figures
                .iter()
                .map(move |(measure, group, count)| (view, measure, group, count))
        })
    };
    let may_include_civilians = |view: &ClaimView<'_>, group: Group, count: model::Count| {
        let civilians_possible = match group {
            Group::Combatants | Group::SecurityForces => false,
            Group::Total => view.claim.losses_of.is_none(),
            _ => true,
        };
        civilians_possible && count.ceiling() != Some(0)
    };
    if counts().next().is_none()
        || counts().any(|(view, _, group, count)| may_include_civilians(view, group, count))
    {
        return None;
    }
    let mut counted: Vec<String> = Vec::new();
    for (view, measure, group, count) in counts() {
        if count.ceiling() == Some(0) {
            continue;
        }
        let label = figure_label(namer, measure, group, view.claim.losses_of.as_ref());
        if !counted.contains(&label) {
            counted.push(label);
        }
    }
    if counted.is_empty() {
        return None; // Every count is zero: no one was harmed, fighter or not.
    }
    Some(format!(
        "Discounted as civilian harm: every figure counts fighters or security forces ({}), and no source reports harm to civilians.",
        and_list(&counted)
    ))
}

/// The sentences that make an incident contested; empty when nothing does.
fn contest(namer: &Namer<'_, '_>, incident: &Incident, views: &[ClaimView<'_>]) -> Vec<String> {
    let mut sentences = Vec::new();
    let mut blamed: BTreeMap<&ActorId, Vec<Voice<'_>>> = BTreeMap::new();
    for view in views {
        if let Some(actor) = &view.claim.attributed_to {
            let voices = blamed.entry(actor).or_default();
            if !voices.contains(&view.voice) {
                voices.push(view.voice);
            }
        }
    }
    if blamed.len() >= 2 {
        let parts: Vec<String> = blamed
            .iter()
            .map(|(actor, voices)| {
                // A party naming itself is saying it carried out the attack.
                let names: Vec<String> = voices
                    .iter()
                    .map(|v| match v {
                        Voice::Actor(speaker) if speaker == actor => {
                            format!("{} itself", namer.actor(speaker))
                        }
                        other => namer.voice(*other).to_owned(),
                    })
                    .collect();
                format!("to {} (by {})", namer.actor(actor), and_list(&names))
            })
            .collect();
        sentences.push(format!(
            "The claims attribute the attack to different actors: {}.",
            and_list(&parts)
        ));
    }
    let deniers: BTreeSet<&ActorId> = views
        .iter()
        .filter(|v| v.claim.responsibility == Some(Responsibility::Denies))
        .filter_map(|v| v.party)
        .collect();
    for party in deniers {
        let accusers: Vec<&str> = blamed
            .get(party)
            .map(|voices| {
                voices
                    .iter()
                    .filter(|v| **v != Voice::Actor(party))
                    .map(|v| namer.voice(*v))
                    .collect()
            })
            .unwrap_or_default();
        if !accusers.is_empty() {
            sentences.push(format!(
                "{} attribute{} the attack to {}, which denied carrying it out.",
                capitalise(&and_list(&accusers)),
                if accusers.len() == 1 { "s" } else { "" },
                namer.actor(party),
            ));
        } else if incident.perpetrators.contains(party) {
            sentences.push(format!(
                "The record names {} as the alleged perpetrator, which denied carrying it out.",
                namer.actor(party),
            ));
        }
    }
    let parties = || {
        incident
            .perpetrators
            .iter()
            .filter(|p| namer.catalog.is_party(p))
    };
    if parties().nth(1).is_some() {
        let parties: Vec<&str> = parties().map(|p| namer.actor(p)).collect();
        sentences.push(format!(
            "The record names more than one party as alleged perpetrator ({}), so who caused the harm is in question.",
            and_list(&parties)
        ));
    }
    sentences
}

/// What each party said of its own role, when it said anything.
fn responsibility(namer: &Namer<'_, '_>, views: &[ClaimView<'_>]) -> Vec<String> {
    let mut by_party: BTreeMap<&ActorId, BTreeMap<Responsibility, Vec<&ClaimView<'_>>>> =
        BTreeMap::new();
    for view in views {
        if let (Some(party), Some(said)) = (view.party, view.claim.responsibility) {
            by_party
                .entry(party)
                .or_default()
                .entry(said)
                .or_default()
                .push(view);
        }
    }
    let mut sentences = Vec::new();
    for (party, said) in by_party {
        if said.contains_key(&Responsibility::AcceptsCivilianHarm) {
            continue; // The grade's own sentence says it.
        }
        if let Some(views) = said.get(&Responsibility::AcceptsAttack) {
            sentences.push(format!(
                "{} said it carried out the attack (via {}); it did not accept civilian harm.",
                namer.actor(party),
                namer.outlets(views.iter().copied())
            ));
        }
        if let Some(views) = said.get(&Responsibility::Denies) {
            sentences.push(format!(
                "{} denied carrying out the attack (via {}).",
                namer.actor(party),
                namer.outlets(views.iter().copied())
            ));
        }
    }
    sentences
}
