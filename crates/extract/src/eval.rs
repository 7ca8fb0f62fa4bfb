//! Scoring extraction against a gold set: precision and recall of incidents, accuracy of each
//! field, and of each claim's figures.
//!
//! Incidents of one article are paired greedily by how much they agree (country, province,
//! district, date within two days, event type, a shared death toll); a pair needs a score of at
//! least [`PAIR_THRESHOLD`]. Fields are compared on paired incidents. Claims of a pair are aligned
//! by claimant (the same voice), preferring the one with the same killed figure; a figure is right
//! when the aligned claim has the same value (an absent claim is wrong).

use serde::{Deserialize, Serialize};

use crate::output::{DraftClaim, DraftIncident};

/// The least agreement for a gold and an extracted incident to count as the same.
pub const PAIR_THRESHOLD: u32 = 4;

/// One line of a gold file: an article and the incidents expected from it.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldArticle {
    /// Its id.
    pub id: String,
    /// Publication day, "YYYY-MM-DD".
    #[serde(default)]
    pub published: Option<String>,
    /// The text.
    pub text: String,
    /// The expected incidents.
    #[serde(default)]
    pub incidents: Vec<DraftIncident>,
    /// "dev", "heldout3" (the third held-out set), or any other value (none is its own split).
    #[serde(default)]
    pub split: Option<String>,
}

/// Right out of how many.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Correct.
    pub correct: u32,
    /// Compared.
    pub total: u32,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.correct += u32::from(right);
    }

    /// The share correct (1 when nothing was compared).
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            f64::from(self.correct) / f64::from(self.total)
        }
    }
}

/// Accuracy of each incident field on paired incidents.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FieldScores {
    /// Date (the same text: day, or month at month precision).
    pub date: Tally,
    /// Date precision.
    pub date_precision: Tally,
    /// Country.
    pub country: Tally,
    /// Province.
    pub admin1: Tally,
    /// District.
    pub admin2: Tally,
    /// Event type.
    pub event_type: Tally,
    /// Alleged perpetrator.
    pub perpetrator: Tally,
}

/// Accuracy of claims on paired incidents.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ClaimScores {
    /// Gold claims with an extracted claim of the same voice.
    pub found: Tally,
    /// Extracted claims (on paired incidents) with no gold claim of their voice.
    pub spurious: u32,
    /// Killed, over gold claims that give it.
    pub killed: Tally,
    /// Killed qualifier, over gold claims that give killed.
    pub killed_qualifier: Tally,
    /// Injured, over gold claims that give it.
    pub injured: Tally,
    /// Civilians killed, over gold claims that give it.
    pub civilians_killed: Tally,
    /// Women killed.
    pub women_killed: Tally,
    /// Children killed.
    pub children_killed: Tally,
    /// Combatants killed.
    pub combatants_killed: Tally,
    /// Security forces killed.
    pub security_forces_killed: Tally,
}

/// The scores of one run.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Articles read.
    pub articles: u32,
    /// Articles with no gold incident for which nothing was extracted.
    pub empty_articles_right: Tally,
    /// Gold incidents.
    pub gold_incidents: u32,
    /// Extracted incidents.
    pub extracted_incidents: u32,
    /// Pairs.
    pub matched: u32,
    /// matched / extracted.
    pub precision: f64,
    /// matched / gold.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
    /// Field accuracy on pairs.
    pub fields: FieldScores,
    /// Claim accuracy on pairs.
    pub claims: ClaimScores,
}

/// Scores (gold, extracted) incident lists, one pair of lists per article.
pub fn score<'a>(
    articles: impl IntoIterator<Item = (&'a [DraftIncident], &'a [DraftIncident])>,
) -> Report {
    let mut report = Report::default();
    for (gold, extracted) in articles {
        report.articles += 1;
        report.gold_incidents += u32::try_from(gold.len()).unwrap_or(u32::MAX);
        report.extracted_incidents += u32::try_from(extracted.len()).unwrap_or(u32::MAX);
        if gold.is_empty() {
            report.empty_articles_right.add(extracted.is_empty());
        }
        for (g, e) in pair(gold, extracted) {
            report.matched += 1;
            compare(g, e, &mut report);
        }
    }
    let m = f64::from(report.matched);
    report.precision = if report.extracted_incidents == 0 {
        1.0
    } else {
        m / f64::from(report.extracted_incidents)
    };
    report.recall = if report.gold_incidents == 0 {
        1.0
    } else {
        m / f64::from(report.gold_incidents)
    };
    report.f1 = if report.precision + report.recall == 0.0 {
        0.0
    } else {
        2.0 * report.precision * report.recall / (report.precision + report.recall)
    };
    report
}

/// How much two incidents agree (see the module docs).
pub fn agreement(a: &DraftIncident, b: &DraftIncident) -> u32 {
    let same = |x: &Option<String>, y: &Option<String>| x.is_some() && x == y;
    let mut score = 0;
    if a.country == b.country {
        score += 2;
    }
    if same(&a.admin1, &b.admin1) {
        score += 3;
    }
    if same(&a.admin2, &b.admin2) {
        score += 1;
    }
    if let (Some(x), Some(y)) = (a.event_date(), b.event_date())
        && x.date()
            .until(y.date())
            .map(|s| s.get_days().abs())
            .unwrap_or(99)
            <= 2
    {
        score += 2;
    }
    if a.event_type == b.event_type {
        score += 1;
    }
    let shares_toll = a
        .claims
        .iter()
        .filter_map(|c| c.killed)
        .any(|k| b.claims.iter().any(|d| d.killed == Some(k)));
    if shares_toll {
        score += 2;
    }
    score
}

/// Pairs gold and extracted incidents of one article, best agreement first.
pub fn pair<'a>(
    gold: &'a [DraftIncident],
    extracted: &'a [DraftIncident],
) -> Vec<(&'a DraftIncident, &'a DraftIncident)> {
    let mut candidates: Vec<(u32, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, e) in extracted.iter().enumerate() {
            let s = agreement(g, e);
            if s >= PAIR_THRESHOLD {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut used_g = vec![false; gold.len()];
    let mut used_e = vec![false; extracted.len()];
    let mut pairs = Vec::new();
    for (_, i, j) in candidates {
        if used_g[i] || used_e[j] {
            continue;
        }
        used_g[i] = true;
        used_e[j] = true;
        pairs.push((i, j));
    }
    pairs.sort();
    pairs
        .into_iter()
        .filter_map(|(i, j)| Some((gold.get(i)?, extracted.get(j)?)))
        .collect()
}

fn compare(g: &DraftIncident, e: &DraftIncident, report: &mut Report) {
    let f = &mut report.fields;
    f.date.add(g.date == e.date);
    f.date_precision.add(g.date_precision == e.date_precision);
    f.country.add(g.country == e.country);
    f.admin1.add(g.admin1 == e.admin1);
    f.admin2.add(g.admin2 == e.admin2);
    f.event_type.add(g.event_type == e.event_type);
    f.perpetrator.add(g.perpetrator == e.perpetrator);
    let aligned = align_claims(&g.claims, &e.claims);
    let c = &mut report.claims;
    let found = aligned.iter().filter(|(_, e)| e.is_some()).count();
    c.spurious += u32::try_from(e.claims.len().saturating_sub(found)).unwrap_or(0);
    for (gold, got) in aligned {
        c.found.add(got.is_some());
        let field = |pick: fn(&DraftClaim) -> Option<u32>, tally: &mut Tally| {
            if let Some(want) = pick(gold) {
                tally.add(got.and_then(pick) == Some(want));
            }
        };
        field(|c| c.killed, &mut c.killed);
        if gold.killed.is_some() {
            c.killed_qualifier
                .add(got.and_then(|x| x.killed_qualifier) == gold.killed_qualifier);
        }
        field(|c| c.injured, &mut c.injured);
        field(|c| c.civilians_killed, &mut c.civilians_killed);
        field(|c| c.women_killed, &mut c.women_killed);
        field(|c| c.children_killed, &mut c.children_killed);
        field(|c| c.combatants_killed, &mut c.combatants_killed);
        field(|c| c.security_forces_killed, &mut c.security_forces_killed);
    }
}

/// Aligns each gold claim with an extracted claim of the same voice (each used once), preferring
/// the same killed figure, then the same injured figure.
pub fn align_claims<'a>(
    gold: &'a [DraftClaim],
    extracted: &'a [DraftClaim],
) -> Vec<(&'a DraftClaim, Option<&'a DraftClaim>)> {
    let mut used = vec![false; extracted.len()];
    let mut out = Vec::new();
    // Exact figure matches first, so that two claims of one voice find their own.
    let mut chosen: Vec<Option<usize>> = vec![None; gold.len()];
    for pass in 0..3 {
        for (i, g) in gold.iter().enumerate() {
            if chosen[i].is_some() {
                continue;
            }
            let pick = extracted.iter().enumerate().position(|(j, e)| {
                !used[j]
                    && e.claimant == g.claimant
                    && match pass {
                        0 => e.killed == g.killed && e.injured == g.injured,
                        1 => {
                            (g.killed.is_some() && e.killed == g.killed)
                                || (g.injured.is_some() && e.injured == g.injured)
                        }
                        _ => true,
                    }
            });
            if let Some(j) = pick {
                used[j] = true;
                chosen[i] = Some(j);
            }
        }
    }
    for (i, g) in gold.iter().enumerate() {
        out.push((g, chosen[i].and_then(|j| extracted.get(j))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{DatePrecision, EventType};

    fn incident(admin1: &str, date: &str, killed: Option<u32>) -> DraftIncident {
        DraftIncident {
            article: None,
            date: Some(date.into()),
            date_precision: Some(DatePrecision::Day),
            country: "AFG".into(),
            admin1: Some(admin1.into()),
            admin2: None,
            location: None,
            event_type: EventType::AirStrike,
            perpetrator: Some("PAK".into()),
            claims: vec![DraftClaim {
                claimant: Some("TALIBAN".into()),
                killed,
                ..DraftClaim::default()
            }],
            evidence: vec![],
        }
    }

    #[test]
    fn perfect_extraction_scores_one_and_a_miss_lowers_recall() {
        let gold = vec![
            incident("Khost", "2025-11-25", Some(10)),
            incident("Kunar", "2025-11-25", None),
        ];
        let report = score([(gold.as_slice(), gold.as_slice())]);
        assert_eq!(report.f1, 1.0);
        assert_eq!(
            report.claims.killed,
            Tally {
                correct: 1,
                total: 1
            }
        );
        let got = vec![incident("Khost", "2025-11-25", Some(9))];
        let report = score([(gold.as_slice(), got.as_slice())]);
        assert_eq!(report.matched, 1);
        assert_eq!(report.precision, 1.0);
        assert_eq!(report.recall, 0.5);
        assert_eq!(
            report.claims.killed,
            Tally {
                correct: 0,
                total: 1
            }
        );
    }

    #[test]
    fn unrelated_incidents_are_not_paired() {
        let mut other = incident("Balochistan", "2023-01-01", None);
        other.country = "PAK".into();
        other.event_type = EventType::SuicideBombing;
        let gold = vec![incident("Khost", "2025-11-25", Some(10))];
        let got = vec![other];
        let report = score([(gold.as_slice(), got.as_slice())]);
        assert_eq!(report.matched, 0);
        assert_eq!(report.f1, 0.0);
    }

    #[test]
    fn claims_align_by_voice_and_figure() {
        let g = [
            DraftClaim {
                claimant: Some("PAK".into()),
                killed: Some(23),
                ..DraftClaim::default()
            },
            DraftClaim {
                claimant: Some("PAK".into()),
                killed: Some(201),
                ..DraftClaim::default()
            },
        ];
        let e = [
            DraftClaim {
                claimant: Some("PAK".into()),
                killed: Some(201),
                ..DraftClaim::default()
            },
            DraftClaim {
                claimant: Some("PAK".into()),
                killed: Some(23),
                ..DraftClaim::default()
            },
        ];
        let aligned = align_claims(&g, &e);
        assert_eq!(aligned[0].1.and_then(|c| c.killed), Some(23));
        assert_eq!(aligned[1].1.and_then(|c| c.killed), Some(201));
    }
}
