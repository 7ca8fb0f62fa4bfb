//! The incident page's figures block: the reconciled figures ("best (low–high)" for each measure
//! and group with data), the grade and its reasons, each party's competing claims and the flags —
//! every figure linked to the claim rows it came from.
//!
//! It sits above the claims table, so a reader gets one defensible answer first and the evidence
//! one click below. It is kept apart from `incidents.rs` so that the incident page needs only a
//! line to show it. Restricted sources are never named here either: the reasons say "a restricted
//! source", and their claims are linked as "a restricted claim" without their ids.

use analysis::{Estimate, IncidentEvidence, Reconciliation};
use maud::{Markup, html};
use model::{Actor, ActorId, Claim, ClaimId, Incident, Responsibility, Source, SourceId};
use store::{StoreError, View};

use super::Names;

/// What the reconciliation needs beyond what the incident page already loads: every actor (to
/// know the parties) and the originals of copied sources (so that copies count once).
#[derive(Debug, Default)]
pub struct Evidence {
    actors: Vec<Actor>,
    originals: Vec<Source>,
}

impl Evidence {
    /// Loads the actors and, following `copy_of` chains, the originals of `sources` that are not
    /// among them.
    pub fn load(store: &View<'_>, sources: &[Source]) -> Result<Self, StoreError> {
        let mut originals: Vec<Source> = Vec::new();
        let mut asked: Vec<SourceId> = sources.iter().map(|s| s.id.clone()).collect();
        loop {
            let missing: Vec<SourceId> = sources
                .iter()
                .chain(&originals)
                .filter_map(|s| s.copy_of.clone())
                .filter(|id| !asked.contains(id))
                .collect();
            if missing.is_empty() {
                break;
            }
            for id in missing {
                if let Some(source) = store.source(&id)? {
                    originals.push(source);
                }
                asked.push(id);
            }
        }
        Ok(Evidence {
            actors: store.actors()?,
            originals,
        })
    }

    /// Every actor (the parties are marked).
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }
}

/// The anchor of a claim's row in the claims table: its id, or a position for a restricted claim
/// (whose id could name its source).
pub fn claim_anchor(claims: &[Claim], claim: &Claim, restricted: bool) -> String {
    if restricted {
        let position = claims.iter().position(|c| c.id == claim.id).unwrap_or(0);
        format!("restricted-claim-{}", position + 1)
    } else {
        claim.id.to_string()
    }
}

/// The figures block for one incident.
pub fn block(
    incident: &Incident,
    claims: &[Claim],
    sources: &[Source],
    evidence: &Evidence,
    names: &Names,
) -> Markup {
    // Below the verifier's role, the view names every restricted source's claims after one
    // placeholder source it does not list: the same stand-in as the lists use keeps the figures
    // and grade of this page and of the lists the same.
    let with_originals: Vec<Source>;
    let sources = if evidence.originals.is_empty() {
        sources
    } else {
        with_originals = sources.iter().chain(&evidence.originals).cloned().collect();
        &with_originals
    };
    let sources_read = crate::summary::with_restricted_placeholder(sources, claims);
    let sources: &[Source] = &sources_read;
    let reconciliation = analysis::reconcile(&IncidentEvidence {
        incident,
        claims,
        sources,
        actors: &evidence.actors,
    });
    let restricted = |id: &ClaimId| {
        claims
            .iter()
            .find(|c| &c.id == id)
            .and_then(|c| sources.iter().find(|s| s.id == c.source))
            .is_none_or(|s| s.restricted)
    };
    let links = |ids: &[&ClaimId]| {
        html! {
            @for (n, id) in ids.iter().enumerate() {
                @if n > 0 { ", " }
                @if restricted(id) {
                    @if let Some(claim) = claims.iter().find(|c| &c.id == *id) {
                        a href={ "#" (claim_anchor(claims, claim, true)) } { "a restricted claim" }
                    }
                } @else {
                    a href={ "#" (id) } { (id) }
                }
            }
        }
    };
    let row = |label: String, e: &Estimate<'_>, side: bool| {
        html! {
            tr class=[side.then_some("side")] {
                td { @if side { "— " } (label) }
                td.num { strong { (e.best_text()) } " (" (e.range_text()) ")" }
                td { (e.basis.map_or("no best figure: only the parties give it", basis_label)) }
                td { (links(&e.from)) }
            }
        }
    };
    let r: &Reconciliation<'_> = &reconciliation;
    html! {
        section.figures aria-labelledby="figures" {
            h2 id="figures" { "Figures" }
            p.grade {
                "Grade: " strong { (r.grade.as_str()) }
                " — " span.count { (r.grade.definition()) }
            }
            @if r.figures.is_empty() {
                p.empty { "No claim gives a casualty figure for this incident." }
            } @else {
                table {
                    thead { tr {
                        th scope="col" { "Figure" }
                        th.num scope="col" { "Best (low–high)" }
                        th scope="col" { "Best figure set by" }
                        th scope="col" { "From the claims" }
                    } }
                    tbody {
                        @for ((measure, group), figure) in &r.figures {
                            @let label = format!("{} · {}", measure.as_str(), group.label());
                            @match figure.parts.as_slice() {
                                [] => { (row(label, &figure.estimate, false)) }
                                [only] => { (row(format!("{label} · {}", side(only.losses_of, names)), &figure.estimate, false)) }
                                parts => {
                                    (row(format!("{label} · all sides"), &figure.estimate, false))
                                    @for part in parts {
                                        (row(side(part.losses_of, names), &part.estimate, true))
                                    }
                                }
                            }
                        }
                    }
                }
                p.count {
                    "Best is the figure the rules retain; low and high are the lowest and highest any claim gives "
                    "(+ when the highest was given as “at least”). See docs/methodology.md for the rules."
                }
            }
            h3 { "Why" }
            ul.reasons {
                @for reason in &r.reasons { li { (reason) } }
            }
            @if !r.competing.is_empty() {
                h3 { "Competing claims" }
                table {
                    thead { tr {
                        th scope="col" { "Party" }
                        th scope="col" { "Says" }
                        th scope="col" { "Figure" }
                        th.num scope="col" { "Party claims" }
                        th.num scope="col" { "Independent sources" }
                    } }
                    tbody {
                        @for party in &r.competing {
                            @let stance = stance(party.party, &party.responsibility, &party.attributes_to, names);
                            @if party.figures.is_empty() {
                                tr { td { (names.of(party.party)) } td { (stance) } td { "–" } td.num { "–" } td.num { "–" } }
                            }
                            @for (n, figure) in party.figures.iter().enumerate() {
                                tr {
                                    td { @if n == 0 { (names.of(party.party)) } }
                                    td { @if n == 0 { (stance) } }
                                    td {
                                        (figure.measure.as_str()) " · " (figure.group.label())
                                        @if figure.losses_of.is_some() { " · " (side(figure.losses_of, names)) }
                                    }
                                    td.num { (figure.claimed.range_text()) }
                                    td.num { (figure.independent.as_ref().map_or_else(|| "none".to_owned(), |e| e.to_string())) }
                                }
                            }
                        }
                    }
                }
            }
            @if !r.flags.is_empty() {
                h3 { "Flags" }
                ul.flags {
                    @for flag in &r.flags { li { (flag.message) " " (links(&flag.claims)) } }
                }
            }
        }
    }
}

/// What set a best figure, for readers.
fn basis_label(basis: analysis::Standing) -> &'static str {
    match basis {
        analysis::Standing::Verified => "a UN or monitor's verified figure",
        analysis::Standing::Independent => "independent reporting",
        analysis::Standing::Admission => "a party's own admission",
        analysis::Standing::Partisan => "a party's claim",
    }
}

/// "side of Pakistan", or "not a party's forces".
fn side(losses_of: Option<&ActorId>, names: &Names) -> String {
    losses_of.map_or_else(
        || "not counted as a party's forces".to_owned(),
        |a| format!("side of {}", names.of(a)),
    )
}

/// What a party says of its role: "says it carried out the attack; blames Taliban".
fn stance(
    party: &ActorId,
    responsibility: &[Responsibility],
    attributes_to: &[&ActorId],
    names: &Names,
) -> String {
    let mut said: Vec<String> = responsibility
        .iter()
        .map(|r| {
            match r {
                Responsibility::AcceptsAttack => "says it carried out the attack",
                Responsibility::AcceptsCivilianHarm => "accepts it harmed civilians",
                Responsibility::Denies => "denies carrying out the attack",
            }
            .to_owned()
        })
        .collect();
    let blamed: Vec<&ActorId> = attributes_to
        .iter()
        .copied()
        .filter(|a| *a != party)
        .collect();
    if !blamed.is_empty() {
        let blamed: Vec<ActorId> = blamed.into_iter().cloned().collect();
        said.push(format!("attributes it to {}", names.list(&blamed)));
    }
    if said.is_empty() {
        "–".to_owned()
    } else {
        said.join("; ")
    }
}
