//! `crosscheck ingest FILE.jsonl`: extract each article and store it as a source with its claims,
//! attached to the incident already recorded that it reports (matched by date, place and kind:
//! `extract::matching`) or to a new draft incident. One transaction per article; ingesting the
//! same article again changes nothing (its ids are derived from it, and a claim already stored
//! keeps the incident it was attached to).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::Context;
use extract::matching::{self, Candidate};
use extract::records::{self, ArticleMeta};
use model::{Claim, ClaimId, Dataset, IncidentId};
use store::{IncidentFilter, Store};

use crate::commands::extract::read_jsonl_file;

/// What happened to the articles of one file.
#[derive(Debug, Default)]
struct Tally {
    articles: usize,
    new_drafts: usize,
    attached: usize,
    skipped: usize,
    inserted: u64,
    updated: u64,
    unchanged: u64,
}

/// Runs `crosscheck ingest`.
pub fn run(db: &Path, file: &Path) -> anyhow::Result<()> {
    let (name, lines) = read_jsonl_file(file)?;
    let mut store = Store::open(db)?;
    let author = format!("crosscheck ingest {name}");
    let mut tally = Tally::default();
    for (line, article) in &lines {
        let published = article.published_day(&name, *line)?;
        let mut input = extract::Article::new(&article.text);
        input.id = article.id.as_deref();
        input.published = published;
        let (drafts, _) = extract::extract(&input);
        let meta = ArticleMeta {
            id: article.id.as_deref(),
            url: article.url.as_deref(),
            publisher: article.publisher.as_deref(),
            title: article.title.as_deref(),
            published,
            text: &article.text,
        };
        let source = records::source(&meta).with_context(|| format!("{name}:{line}"))?;
        tally.articles += 1;
        // Claims this article already gave keep the incident they were attached to.
        let known: BTreeMap<ClaimId, IncidentId> = if store.source(&source.id)?.is_some() {
            store
                .claims()?
                .into_iter()
                .filter(|c| c.source == source.id)
                .map(|c| (c.id, c.incident))
                .collect()
        } else {
            BTreeMap::new()
        };
        let mut dataset = Dataset::default();
        let mut actors: BTreeSet<String> = BTreeSet::new();
        for (index, draft) in drafts.iter().enumerate() {
            let first_claim = records::claim_id(&source.id, index, 0)?;
            let incident_id = if let Some(id) = known.get(&first_claim) {
                tally.attached += 1;
                id.clone()
            } else if let Some(id) = matching_incident(&store, draft)? {
                tally.attached += 1;
                id
            } else {
                let id = records::incident_id(&source.id, index, draft)?;
                match records::incident(id.clone(), draft, &source.publisher) {
                    Some(incident) => {
                        tally.new_drafts += 1;
                        dataset.incidents.push(incident);
                        id
                    }
                    None => {
                        tally.skipped += 1;
                        tracing::warn!(
                            "{name}:{line}: incident {} has no date (no date in the text and no publication day): not stored",
                            index + 1
                        );
                        continue;
                    }
                }
            };
            actors.extend(draft.perpetrator.iter().cloned());
            // A source reports an incident through its claims: one with no figure when the text
            // gives none.
            let mut draft_claims = draft.claims.clone();
            if draft_claims.is_empty() {
                draft_claims.push(extract::DraftClaim::default());
            }
            for (k, draft_claim) in draft_claims.iter().enumerate() {
                actors.extend(draft_claim.claimant.iter().cloned());
                let claim: Claim = records::claim(
                    records::claim_id(&source.id, index, k)?,
                    incident_id.clone(),
                    source.id.clone(),
                    draft_claim,
                    draft,
                );
                dataset.claims.push(claim);
            }
        }
        // The article is recorded as a source even when it reports no incident.
        let existing: BTreeSet<String> = store
            .actors()?
            .into_iter()
            .map(|a| a.id.to_string())
            .collect();
        for code in &actors {
            if let Some(actor) = records::actor(code)
                && !existing.contains(actor.id.as_str())
                && !dataset.actors.iter().any(|a| a.id == actor.id)
            {
                dataset.actors.push(actor);
            }
        }
        dataset.sources.push(source);
        let summary = store
            .import(&dataset, &author)
            .with_context(|| format!("{name}:{line}: cannot store the article"))?;
        tally.inserted += summary.inserted;
        tally.updated += summary.updated;
        tally.unchanged += summary.unchanged;
    }
    println!(
        "ingested {name}: {} articles; {} new draft incidents, {} attached to recorded incidents, {} without a date skipped; records: {} inserted, {} updated, {} unchanged",
        tally.articles,
        tally.new_drafts,
        tally.attached,
        tally.skipped,
        tally.inserted,
        tally.updated,
        tally.unchanged
    );
    Ok(())
}

/// The recorded incident a draft reports, if one scores at least the matching threshold.
fn matching_incident(
    store: &Store,
    draft: &extract::DraftIncident,
) -> anyhow::Result<Option<IncidentId>> {
    let Some(date) = draft.event_date() else {
        return Ok(None);
    };
    let window = match date.precision() {
        model::DatePrecision::Day => matching::DATE_WINDOW_DAYS,
        model::DatePrecision::Week => 7,
        model::DatePrecision::Month | model::DatePrecision::Year => 31,
    };
    let shift = |days: i64, forward: bool| {
        let mut d = date.date();
        for _ in 0..days {
            d = if forward { d.tomorrow() } else { d.yesterday() }.unwrap_or(d);
        }
        d
    };
    let filter = IncidentFilter {
        from: Some(shift(window, false)),
        to: Some(shift(window, true)),
        ..IncidentFilter::default()
    };
    let incidents = store.incidents(&filter)?;
    let claims: Vec<Vec<Claim>> = incidents
        .iter()
        .map(|i| store.claims_for(&i.id))
        .collect::<Result<_, _>>()?;
    let candidates: Vec<Candidate<'_>> = incidents
        .iter()
        .zip(&claims)
        .map(|(incident, claims)| Candidate { incident, claims })
        .collect();
    Ok(matching::best(draft, &candidates).map(|(c, _)| c.incident.id.clone()))
}
