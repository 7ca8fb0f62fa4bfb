//! `explain`: one incident's reconciled figures, grade, reasons, competing claims and flags — the
//! answer a monitor quotes and why it is what it is.
//!
//! The command only gathers the evidence from the store (the incident, its claims, the sources
//! they cite and the originals those copy, the actors) and prints what `analysis` makes of it,
//! as text for a reader or as JSON (`--json`) for a program.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use analysis::{Estimate, IncidentEvidence, Reconciliation};
use anyhow::{Context, anyhow};
use model::{Actor, ActorId, Claim, Incident, IncidentId, Source, SourceId};
use store::Store;

/// `crosscheck explain INCIDENT_ID [--json]`.
pub fn run(db: &Path, id: &str, json: bool) -> anyhow::Result<()> {
    let store = Store::open_existing(db)?;
    let incident_id =
        IncidentId::new(id).with_context(|| format!("{id:?} is not an incident id"))?;
    let incident = store.incident(&incident_id)?.ok_or_else(|| {
        anyhow!(
            "there is no incident with the id {id:?} in {}",
            db.display()
        )
    })?;
    let claims = store.claims_for(&incident_id)?;
    let sources = sources_with_originals(&store, &incident_id)?;
    let actors = store.actors()?;
    let reconciliation = analysis::reconcile(&IncidentEvidence {
        incident: &incident,
        claims: &claims,
        sources: &sources,
        actors: &actors,
    });
    if json {
        println!("{}", serde_json::to_string_pretty(&reconciliation)?);
    } else {
        print!("{}", text(&incident, &claims, &actors, &reconciliation));
    }
    Ok(())
}

/// The sources the incident's claims cite, and the originals of any copies among them (followed
/// up the `copy_of` chain), so that copies count once.
fn sources_with_originals(store: &Store, incident: &IncidentId) -> anyhow::Result<Vec<Source>> {
    let mut sources = store.sources_for(incident)?;
    let mut asked: BTreeSet<SourceId> = sources.iter().map(|s| s.id.clone()).collect();
    loop {
        let missing: Vec<SourceId> = sources
            .iter()
            .filter_map(|s| s.copy_of.clone())
            .filter(|original| !asked.contains(original))
            .collect();
        if missing.is_empty() {
            return Ok(sources);
        }
        for original in missing {
            if let Some(source) = store.source(&original)? {
                sources.push(source);
            }
            asked.insert(original);
        }
    }
}

/// The human-readable form: figures table, grade, reasons, competing claims, flags.
fn text(incident: &Incident, claims: &[Claim], actors: &[Actor], r: &Reconciliation<'_>) -> String {
    let name = |id: &ActorId| {
        actors
            .iter()
            .find(|a| &a.id == id)
            .map_or_else(|| id.to_string(), |a| a.name.clone())
    };
    let mut out = String::new();
    let date = match incident.date.end() {
        Some(end) => format!("{} to {end}", incident.date.date()),
        None => incident.date.date().to_string(),
    };
    let _ = writeln!(out, "{}", incident.title);
    let _ = writeln!(
        out,
        "{} · {date} · {} · status {} · {} claim(s)",
        incident.id,
        incident.event_type.label(),
        incident.status.as_str().replace('_', " "),
        claims.len()
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "Grade: {} — {}", r.grade, r.grade.definition());
    let _ = writeln!(out);

    let _ = writeln!(
        out,
        "Figures: the best figure, the range (low–high; \"+\" when the highest was given as \"at least\"),"
    );
    let _ = writeln!(
        out,
        "what set the best figure, and the claims each figure comes from"
    );
    if r.figures.is_empty() {
        let _ = writeln!(out, "  No claim gives a figure.");
    } else {
        let _ = writeln!(
            out,
            "  {:>5}  {:<10} {:<15} figure",
            "best", "range", "set by"
        );
    }
    let row = |out: &mut String, label: &str, e: &Estimate<'_>, indent: &str| {
        let _ = writeln!(
            out,
            "  {:>5}  {:<10} {:<15} {indent}{label}",
            e.best_text(),
            e.range_text(),
            e.basis.map_or("no best figure", |b| b.as_str()),
        );
        let ids: Vec<&str> = e.from.iter().map(|id| id.as_str()).collect();
        let _ = writeln!(out, "  {:34}{indent}  from {}", "", ids.join(", "));
    };
    let side = |losses_of: Option<&ActorId>| {
        losses_of.map_or_else(
            || "not counted as a party's forces".to_owned(),
            |a| format!("on the side of {}", name(a)),
        )
    };
    for ((measure, group), figure) in &r.figures {
        let label = format!("{} {}", measure.as_str(), group.label());
        match figure.parts.as_slice() {
            [] => row(&mut out, &label, &figure.estimate, ""),
            [only] => row(
                &mut out,
                &format!("{label}, {}", side(only.losses_of)),
                &figure.estimate,
                "",
            ),
            parts => {
                row(
                    &mut out,
                    &format!("{label}, all sides"),
                    &figure.estimate,
                    "",
                );
                for part in parts {
                    row(&mut out, &side(part.losses_of), &part.estimate, "  ");
                }
            }
        }
    }
    let _ = writeln!(out);

    let _ = writeln!(out, "Why");
    for reason in &r.reasons {
        let _ = writeln!(out, "  - {reason}");
    }

    if !r.competing.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "Competing claims (each party's figures beside the independent ones)"
        );
        for party in &r.competing {
            let mut stance: Vec<String> = party
                .responsibility
                .iter()
                .map(|said| match said {
                    model::Responsibility::AcceptsAttack => {
                        "says it carried out the attack".to_owned()
                    }
                    model::Responsibility::AcceptsCivilianHarm => {
                        "accepts it harmed civilians".to_owned()
                    }
                    model::Responsibility::Denies => "denies carrying out the attack".to_owned(),
                })
                .collect();
            let blamed: Vec<String> = party
                .attributes_to
                .iter()
                .filter(|a| **a != party.party)
                .map(|a| name(a))
                .collect();
            if !blamed.is_empty() {
                stance.push(format!("attributes it to {}", blamed.join(", ")));
            }
            let _ = writeln!(
                out,
                "  {}{}",
                name(party.party),
                if stance.is_empty() {
                    String::new()
                } else {
                    format!(": {}", stance.join("; "))
                }
            );
            for figure in &party.figures {
                let whose = figure
                    .losses_of
                    .map_or_else(String::new, |a| format!(" on the side of {}", name(a)));
                let _ = writeln!(
                    out,
                    "    {} {}{whose}: claims {}; independent sources: {}",
                    figure.measure.as_str(),
                    figure.group.label(),
                    figure.claimed.range_text(),
                    figure
                        .independent
                        .as_ref()
                        .map_or_else(|| "none".to_owned(), |e| e.to_string())
                );
            }
        }
    }

    if !r.flags.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "Flags");
        for flag in &r.flags {
            let _ = writeln!(out, "  - {}", flag.message);
        }
    }
    out
}
