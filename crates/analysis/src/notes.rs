//! The reasons behind the figures, as sentences: which figures only a party gives, whose figures
//! did not set a best figure, which standing did, which figures were replaced, which sources are
//! copies.
//!
//! They follow the grade's reasons in [`crate::Reconciliation::reasons`], so that a reader sees in
//! words why each figure is what it is.

use std::collections::BTreeMap;

use model::{ActorId, Count, Group, Measure, SourceId};

use crate::estimate::{Entry, Estimate};
use crate::voice::{ClaimView, Standing};
use crate::words::{Namer, and_list, counts_list, figure_label};

/// What the parts of one incident showed, gathered while they are reconciled.
#[derive(Default)]
pub(crate) struct Notes<'a> {
    /// Counts that only partisan claims give, with the parties that give them.
    party_only: Vec<(String, Vec<&'a ActorId>)>,
    /// Per party: counts where its figures did not set the best figure.
    overruled: BTreeMap<&'a ActorId, Vec<String>>,
    /// Counts whose best figure a party's admission set, with the party and whether the admission
    /// is of its own losses (else of harm it accepts).
    admitted: Vec<(String, &'a ActorId, bool)>,
    /// Counts whose verified figure outranked other reports, with the verified voices.
    verified: Vec<(String, Vec<String>)>,
    /// Sentences about figures replaced by a later one from the same report.
    replaced: Vec<String>,
}

impl<'a> Notes<'a> {
    /// Notes what one part's claims and figure show.
    pub fn observe(
        &mut self,
        namer: &Namer<'_, '_>,
        (measure, group, losses_of): (Measure, Group, Option<&ActorId>),
        entries: &[Entry<'_, 'a>],
        estimate: &Estimate,
    ) {
        let label = || figure_label(namer, measure, group, losses_of);
        let mut partisans: Vec<&'a ActorId> = entries
            .iter()
            .filter(|e| e.view.standing == Standing::Partisan)
            .filter_map(|e| e.view.party)
            .collect();
        partisans.sort();
        partisans.dedup();
        if estimate.best.is_none() {
            if !partisans.is_empty() {
                self.party_only.push((label(), partisans));
            }
        } else {
            for party in partisans {
                let counts: Vec<Count> = entries
                    .iter()
                    .filter(|e| {
                        e.view.standing == Standing::Partisan && e.view.party == Some(party)
                    })
                    .map(|e| e.count)
                    .collect();
                self.overruled.entry(party).or_default().push(format!(
                    "{} ({})",
                    label(),
                    counts_list(&counts)
                ));
            }
        }
        match estimate.basis {
            Some(Standing::Admission) => {
                let admitting = entries
                    .iter()
                    .find(|e| e.view.standing == Standing::Admission && !e.superseded)
                    .and_then(|e| e.view.party);
                if let Some(party) = admitting {
                    self.admitted.push((label(), party, losses_of.is_some()));
                }
            }
            Some(Standing::Verified)
                if entries
                    .iter()
                    .any(|e| e.view.standing != Standing::Verified && !e.superseded) =>
            {
                let mut voices: Vec<String> = Vec::new();
                for entry in entries
                    .iter()
                    .filter(|e| e.view.standing == Standing::Verified && !e.superseded)
                {
                    let name = namer.voice(entry.view.voice);
                    if !voices.iter().any(|v| v == name) {
                        voices.push(name.to_owned());
                    }
                }
                self.verified.push((label(), voices));
            }
            _ => {}
        }
        for old in entries.iter().filter(|e| e.superseded) {
            let newer = entries
                .iter()
                .filter(|e| e.view.same_report(old.view) && e.view.date > old.view.date)
                .max_by_key(|e| (e.view.date, &e.view.claim.id));
            if let (Some(newer), Some(date)) = (newer, newer.and_then(|n| n.view.date)) {
                self.replaced.push(format!(
                    "A later figure from {} for {} ({}, as of {date}) replaces its earlier {}, which counts only in the range.",
                    namer.voice_via(newer.view),
                    label(),
                    newer.count,
                    old.count
                ));
            }
        }
    }

    /// The sentences, in a fixed order.
    pub fn sentences(self, namer: &Namer<'_, '_>, views: &[ClaimView<'_>]) -> Vec<String> {
        let mut sentences = Vec::new();
        if !views.is_empty() && views.iter().all(|v| v.claim.figures.is_empty()) {
            sentences.push("No source gives a casualty figure.".to_owned());
        }
        if !self.party_only.is_empty() {
            let labels: Vec<String> = self.party_only.iter().map(|(l, _)| l.clone()).collect();
            let mut parties: Vec<&ActorId> = self
                .party_only
                .iter()
                .flat_map(|(_, p)| p.iter().copied())
                .collect();
            parties.sort();
            parties.dedup();
            let names: Vec<&str> = parties.iter().map(|p| namer.actor(p)).collect();
            let (its, figure_is) = if labels.len() == 1 {
                ("its", "figure is")
            } else {
                ("their", "figures are")
            };
            sentences.push(format!(
                "No source independent of the parties gives {}: {its} best {figure_is} left open, and the range shows only what {} said.",
                and_list(&labels),
                and_list(&names)
            ));
        }
        for (party, labels) in &self.overruled {
            sentences.push(format!(
                "Figures from {} for {} do not set a best figure; they only widen the range.",
                namer.actor(party),
                and_list(labels)
            ));
        }
        for (label, party, own_losses) in &self.admitted {
            let what = if *own_losses {
                "says of its own losses"
            } else {
                "accepts having caused"
            };
            sentences.push(format!(
                "The best figure for {label} is what {} {what}; no source independent of the parties gives it.",
                namer.actor(party)
            ));
        }
        for (label, voices) in &self.verified {
            sentences.push(format!(
                "The verified figure of {} sets the best figure for {label}: a UN or monitor's figure outranks other reports.",
                and_list(voices)
            ));
        }
        sentences.extend(self.replaced);
        let mut copies: Vec<(&SourceId, &SourceId)> = views
            .iter()
            .filter(|v| v.root != &v.claim.source)
            .map(|v| (&v.claim.source, v.root))
            .collect();
        copies.sort();
        copies.dedup();
        for (copy, root) in copies {
            sentences.push(format!(
                "{} republishes {}; the two count as one source.",
                namer.source(copy),
                namer.source(root)
            ));
        }
        sentences
    }
}
