//! The backtest: would the index have warned before past escalations, how often falsely, and how
//! early — against a naive baseline (the week's incident count).
//!
//! The definitions were fixed in `docs/escalation.md` (section 6) before any data was scored:
//!
//! - an **escalation week** has at least 25 killed and more than the 95th percentile (nearest
//!   rank) of the 52 weeks before it; weeks with less than 52 weeks of history are not scored;
//! - an **onset** is an escalation week with none in the 4 weeks before it;
//! - an **alarm** is a week at or above a rule's threshold; an onset is **hit** when an alarm falls
//!   in the 4 weeks before it (lead time: from the first such alarm), else **missed**;
//! - a **false alarm** is an alarm week with no escalation week in it or the 4 weeks after;
//!   **concurrent** alarms fall in escalation weeks (detection, not warning); alarms too close to
//!   the end of the series to judge are **undetermined**.
//!
//! Thresholds are the fixed ones (index 6.0, baseline 2 incidents), or — for history from another
//! conflict, whose scale differs — the 90th percentile of each rule's own values over the warm-up
//! year, which is never scored.

use std::fmt::Write as _;

use model::Date;
use serde::Serialize;

use super::escalation::Series;

/// The backtest's fixed parameters.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Params {
    /// Killed in a week, at least, for an escalation week.
    pub min_killed: u32,
    /// The percentile of the trailing weeks an escalation week must exceed.
    pub percentile: f64,
    /// Weeks of history before a week can be scored.
    pub history_weeks: usize,
    /// Weeks before an onset in which an alarm counts as a warning (and after an alarm in which an
    /// escalation makes it true).
    pub lead_weeks: usize,
    /// The fixed threshold of the naive baseline: incidents in a week.
    pub baseline_threshold: f64,
    /// The percentile of the warm-up year that calibrated thresholds take.
    pub calibration_percentile: f64,
}

impl Params {
    /// The parameters `docs/escalation.md` fixes.
    pub const V1: Params = Params {
        min_killed: 25,
        percentile: 0.95,
        history_weeks: 52,
        lead_weeks: 4,
        baseline_threshold: 2.0,
        calibration_percentile: 0.90,
    };
}

/// One week as the backtest reads it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct WeekValues {
    /// Its Monday.
    pub week: Date,
    /// The index's score.
    pub score: f64,
    /// Its incidents.
    pub incidents: u32,
    /// People killed (best).
    pub killed: u32,
}

impl WeekValues {
    /// The weeks of a series.
    pub fn of(series: &Series) -> Vec<WeekValues> {
        series
            .weeks
            .iter()
            .map(|w| WeekValues {
                week: w.week,
                score: w.score,
                incidents: w.components.incidents,
                killed: w.components.killed,
            })
            .collect()
    }
}

/// The nearest-rank percentile of `values` (None when there are none).
pub fn percentile(values: &[f64], p: f64) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = (p * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

/// Which weeks are escalation weeks: None for weeks not scored (the warm-up), else whether the
/// week is one.
pub fn escalation_weeks(weeks: &[WeekValues], params: &Params) -> Vec<Option<bool>> {
    let killed: Vec<f64> = weeks.iter().map(|w| f64::from(w.killed)).collect();
    (0..weeks.len())
        .map(|n| {
            if n < params.history_weeks {
                return None;
            }
            let history = &killed[n - params.history_weeks..n];
            let bar = percentile(history, params.percentile).unwrap_or(0.0);
            Some(weeks[n].killed >= params.min_killed && killed[n] > bar)
        })
        .collect()
}

/// The onsets among the escalation weeks: positions of escalation weeks with none in the
/// `lead_weeks` before.
pub fn onsets(escalation: &[Option<bool>], params: &Params) -> Vec<usize> {
    (0..escalation.len())
        .filter(|&n| escalation[n] == Some(true))
        .filter(|&n| {
            let from = n.saturating_sub(params.lead_weeks);
            !escalation[from..n].contains(&Some(true))
        })
        .collect()
}

/// How one rule did.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleResult {
    /// The rule's name ("index", "baseline").
    pub rule: String,
    /// What it measures and when it alarms, in words.
    pub alarm_when: String,
    /// The threshold.
    pub threshold: f64,
    /// Where the threshold comes from ("fixed", "warm-up year").
    pub threshold_from: String,
    /// Weeks scored (after the warm-up).
    pub scored_weeks: usize,
    /// Scored weeks with an alarm.
    pub alarm_weeks: usize,
    /// Escalation onsets scored.
    pub onsets: usize,
    /// Onsets with an alarm in the weeks before.
    pub hits: usize,
    /// Onsets without.
    pub misses: usize,
    /// Alarm weeks with no escalation in them or the weeks after.
    pub false_alarms: usize,
    /// Alarm weeks that were themselves escalation weeks.
    pub concurrent: usize,
    /// Alarm weeks too near the end of the series to judge.
    pub undetermined: usize,
    /// Lead time of each hit, in weeks.
    pub lead_times: Vec<usize>,
    /// The onsets' weeks, each with whether it was hit.
    pub onset_weeks: Vec<(Date, bool)>,
}

impl RuleResult {
    /// The hits a rule would score by chance if it alarmed as many weeks, at random: each onset
    /// is hit when any of the weeks before it alarms, so `onsets × (1 − (1 − a)^k)` with `a` the
    /// share of scored weeks that alarm and `k` the weeks looked at. A rule that alarms most weeks
    /// hits most onsets; this says how much of its hit rate that explains.
    pub fn hits_by_chance(&self, lead_weeks: usize) -> f64 {
        if self.scored_weeks == 0 {
            return 0.0;
        }
        let rate = self.alarm_weeks as f64 / self.scored_weeks as f64;
        let k = i32::try_from(lead_weeks).unwrap_or(i32::MAX);
        self.onsets as f64 * (1.0 - (1.0 - rate).powi(k))
    }

    /// The median lead time, in weeks (None without hits).
    pub fn median_lead(&self) -> Option<f64> {
        let leads: Vec<f64> = self.lead_times.iter().map(|&n| n as f64).collect();
        percentile(&leads, 0.5)
    }
}

/// Scores one rule: `values` per week, alarm at or above `threshold`.
pub fn evaluate(
    weeks: &[WeekValues],
    values: &[f64],
    threshold: f64,
    params: &Params,
) -> RuleResult {
    let escalation = escalation_weeks(weeks, params);
    let alarm: Vec<bool> = values.iter().map(|v| *v >= threshold).collect();
    let starts = onsets(&escalation, params);
    let mut result = RuleResult {
        rule: String::new(),
        alarm_when: String::new(),
        threshold,
        threshold_from: String::new(),
        scored_weeks: escalation.iter().filter(|e| e.is_some()).count(),
        alarm_weeks: 0,
        onsets: starts.len(),
        hits: 0,
        misses: 0,
        false_alarms: 0,
        concurrent: 0,
        undetermined: 0,
        lead_times: Vec::new(),
        onset_weeks: Vec::new(),
    };
    for &onset in &starts {
        let from = onset.saturating_sub(params.lead_weeks);
        match (from..onset).find(|&n| alarm[n]) {
            Some(first) => {
                result.hits += 1;
                result.lead_times.push(onset - first);
                result.onset_weeks.push((weeks[onset].week, true));
            }
            None => {
                result.misses += 1;
                result.onset_weeks.push((weeks[onset].week, false));
            }
        }
    }
    for n in (0..weeks.len()).filter(|&n| escalation[n].is_some() && alarm[n]) {
        result.alarm_weeks += 1;
        let ahead = n..=(n + params.lead_weeks).min(weeks.len() - 1);
        if escalation[n] == Some(true) {
            result.concurrent += 1;
        } else if ahead.clone().any(|m| escalation[m] == Some(true)) {
            // A warning: something followed within the lead window.
        } else if n + params.lead_weeks >= weeks.len() {
            result.undetermined += 1;
        } else {
            result.false_alarms += 1;
        }
    }
    result
}

/// The backtest of one history: each rule with fixed thresholds, and, when asked and possible,
/// with thresholds calibrated on the warm-up year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Backtest {
    /// What was tested ("demo data", a file name).
    pub name: String,
    /// The weeks of the series.
    pub weeks: usize,
    /// The first and last week.
    pub span: Option<(Date, Date)>,
    /// The parameters.
    pub params: Params,
    /// Each rule's result.
    pub rules: Vec<RuleResult>,
    /// Why calibrated thresholds are missing, when they were asked for and are.
    pub calibration_note: Option<String>,
}

/// Runs the backtest on a series' weeks. `calibrate`: also score thresholds calibrated on the
/// warm-up year (for history from another conflict).
pub fn run(name: &str, weeks: &[WeekValues], index_threshold: f64, calibrate: bool) -> Backtest {
    let params = Params::V1;
    let scores: Vec<f64> = weeks.iter().map(|w| w.score).collect();
    let counts: Vec<f64> = weeks.iter().map(|w| f64::from(w.incidents)).collect();
    let named = |mut r: RuleResult, rule: &str, when: &str, from: &str| {
        r.rule = rule.to_owned();
        r.alarm_when = when.to_owned();
        r.threshold_from = from.to_owned();
        r
    };
    let mut rules = vec![
        named(
            evaluate(weeks, &scores, index_threshold, &params),
            "index",
            "score ≥ threshold",
            "fixed",
        ),
        named(
            evaluate(weeks, &counts, params.baseline_threshold, &params),
            "baseline",
            "incidents in the week ≥ threshold",
            "fixed",
        ),
    ];
    let mut calibration_note = None;
    if calibrate {
        let warm_up = params.history_weeks.min(weeks.len());
        let p = params.calibration_percentile;
        let index_bar = percentile(&scores[..warm_up], p).unwrap_or(0.0);
        let count_bar = percentile(&counts[..warm_up], p).unwrap_or(0.0);
        if weeks.len() <= params.history_weeks {
            calibration_note = Some(format!(
                "the series has {} weeks, no more than the {}-week warm-up: nothing to calibrate on and score",
                weeks.len(),
                params.history_weeks
            ));
        } else if index_bar <= 0.0 || count_bar <= 0.0 {
            calibration_note = Some(
                "most weeks of the warm-up year are empty (its 90th percentile is 0): a calibrated threshold would alarm every week"
                    .to_owned(),
            );
        } else {
            rules.push(named(
                evaluate(weeks, &scores, index_bar, &params),
                "index",
                "score ≥ threshold",
                "warm-up year",
            ));
            rules.push(named(
                evaluate(weeks, &counts, count_bar, &params),
                "baseline",
                "incidents in the week ≥ threshold",
                "warm-up year",
            ));
        }
    }
    Backtest {
        name: name.to_owned(),
        weeks: weeks.len(),
        span: weeks
            .first()
            .zip(weeks.last())
            .map(|(a, b)| (a.week, b.week)),
        params,
        rules,
        calibration_note,
    }
}

impl Backtest {
    /// The table as `crosscheck backtest` prints it.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let span = self
            .span
            .map_or_else(String::new, |(a, b)| format!(", weeks of {a} to {b}"));
        let _ = writeln!(out, "{} ({} weeks{span})", self.name, self.weeks);
        let scored = self.rules.first().map_or(0, |r| r.scored_weeks);
        let onsets = self.rules.first().map_or(0, |r| r.onsets);
        let _ = writeln!(
            out,
            "scored weeks: {scored} (after a {}-week warm-up); escalation onsets: {onsets} (≥{} killed and above the trailing {}-week {}th percentile, none in the {} weeks before)",
            self.params.history_weeks,
            self.params.min_killed,
            self.params.history_weeks,
            (self.params.percentile * 100.0).round(),
            self.params.lead_weeks,
        );
        let _ = writeln!(
            out,
            "{:<9} {:>9}  {:<13} {:>6} {:>4} {:>6} {:>6} {:>5} {:>10} {:>9} {:>5}  hit rate, false-alarm share",
            "rule",
            "threshold",
            "from",
            "alarms",
            "hits",
            "chance",
            "misses",
            "false",
            "concurrent",
            "undecided",
            "lead",
        );
        for r in &self.rules {
            let lead = r
                .median_lead()
                .map_or_else(|| "–".to_owned(), |l| format!("{l}w"));
            let hit_rate = if r.onsets == 0 {
                "–".to_owned()
            } else {
                format!("{}/{}", r.hits, r.onsets)
            };
            let judged = r.alarm_weeks - r.undetermined;
            let false_share = if judged == 0 {
                "–".to_owned()
            } else {
                format!("{:.0}%", 100.0 * r.false_alarms as f64 / judged as f64)
            };
            let _ = writeln!(
                out,
                "{:<9} {:>9}  {:<13} {:>6} {:>4} {:>6.1} {:>6} {:>5} {:>10} {:>9} {:>5}  {hit_rate}, {false_share}",
                r.rule,
                (r.threshold * 100.0).round() / 100.0,
                r.threshold_from,
                r.alarm_weeks,
                r.hits,
                r.hits_by_chance(self.params.lead_weeks),
                r.misses,
                r.false_alarms,
                r.concurrent,
                r.undetermined,
                lead,
            );
        }
        let _ = writeln!(
            out,
            "chance: the hits a rule alarming as many weeks at random would expect; lead: median weeks from the first alarm to the onset"
        );
        if let Some(note) = &self.calibration_note {
            let _ = writeln!(out, "no calibrated thresholds: {note}");
        }
        let onset_weeks: Vec<String> = self
            .rules
            .first()
            .map(|r| r.onset_weeks.iter().map(|(w, _)| w.to_string()).collect())
            .unwrap_or_default();
        if !onset_weeks.is_empty() {
            let _ = writeln!(out, "onsets: {}", onset_weeks.join(", "));
        }
        out
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;
    use crate::warning::week::add_days;
    use jiff::civil::date;

    /// Weeks from 1 January 2024 with the given (score, incidents, killed).
    fn weeks(values: &[(f64, u32, u32)]) -> Vec<WeekValues> {
        values
            .iter()
            .enumerate()
            .map(|(n, &(score, incidents, killed))| WeekValues {
                week: add_days(date(2024, 1, 1), 7 * n as i64),
                score,
                incidents,
                killed,
            })
            .collect()
    }

    #[test]
    fn nearest_rank_percentiles() {
        assert_eq!(percentile(&[], 0.9), None);
        assert_eq!(percentile(&[5.0], 0.95), Some(5.0));
        let values: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(percentile(&values, 0.95), Some(19.0));
        assert_eq!(percentile(&values, 0.5), Some(10.0));
    }

    #[test]
    fn a_warning_two_weeks_ahead_is_a_hit_with_lead_two() {
        let mut values = vec![(0.0, 0, 0); 60];
        values[55] = (7.0, 1, 3); // an alarm
        values[57] = (12.0, 3, 40); // the onset
        values[58] = (11.0, 3, 30); // the same round, not a second onset
        let w = weeks(&values);
        let scores: Vec<f64> = w.iter().map(|w| w.score).collect();
        let r = evaluate(&w, &scores, 6.0, &Params::V1);
        assert_eq!((r.onsets, r.hits, r.misses), (1, 1, 0));
        assert_eq!(r.lead_times, [2]);
        assert_eq!((r.alarm_weeks, r.concurrent, r.false_alarms), (3, 2, 0));
    }

    #[test]
    fn an_alarm_with_nothing_after_it_is_false_and_a_quiet_onset_is_missed() {
        let mut values = vec![(0.0, 0, 0); 70];
        values[53] = (8.0, 2, 5); // nothing follows
        values[65] = (10.0, 1, 30); // an onset without warning
        values[69] = (9.0, 1, 1); // too near the end to judge
        let w = weeks(&values);
        let scores: Vec<f64> = w.iter().map(|w| w.score).collect();
        let r = evaluate(&w, &scores, 6.0, &Params::V1);
        assert_eq!((r.hits, r.misses), (0, 1));
        assert_eq!((r.false_alarms, r.concurrent, r.undetermined), (1, 1, 1));
        assert_eq!(r.median_lead(), None);
    }

    #[test]
    fn an_escalation_must_beat_its_own_past_year() {
        // Every week has 30 killed: never above the 95th percentile of the year before.
        let w = weeks(&vec![(5.0, 3, 30); 80]);
        assert!(
            escalation_weeks(&w, &Params::V1)
                .iter()
                .all(|e| *e != Some(true))
        );
        // The warm-up year is never scored.
        assert!(
            escalation_weeks(&w, &Params::V1)[..52]
                .iter()
                .all(Option::is_none)
        );
    }

    #[test]
    fn calibration_is_refused_when_the_warm_up_is_empty() {
        let w = weeks(&vec![(0.0, 0, 0); 80]);
        let b = run("empty", &w, 6.0, true);
        assert_eq!(b.rules.len(), 2);
        assert!(b.calibration_note.is_some());
        let busy = weeks(&vec![(5.0, 3, 10); 80]);
        let b = run("busy", &busy, 6.0, true);
        assert_eq!(b.rules.len(), 4);
        // A rule that alarms every week hits every onset by chance.
        assert_eq!(b.rules[2].alarm_weeks, b.rules[2].scored_weeks);
        assert_eq!(b.rules[2].hits_by_chance(4), b.rules[2].onsets as f64);
        assert_eq!(b.rules[2].threshold, 5.0);
        assert_eq!(b.rules[3].threshold, 3.0);
    }
}
