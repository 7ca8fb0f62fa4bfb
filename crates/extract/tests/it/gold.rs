//! The gold set's development part: `gold/gold.jsonl` (split "dev": all 91 passages since round 2,
//! the 22 held out in round 1 included) and each later round's held-out set once it has been
//! scored and read: `gold-heldout2.jsonl` since round 3, `-heldout3` since round 4, `-heldout4`
//! since round 5, `-heldout5` since round 6, `-heldout6` since round 7, `-heldout7` since round 8,
//! `-heldout8` since round 9 and `-heldout9` since round 10. Extraction must keep its scores on
//! each (floors just under today's). The held-out set of round 10 (`gold/gold-heldout10.jsonl`)
//! is scored only by `crosscheck eval extract` (docs/extract.md), never here, so that no rule is
//! tuned on it.
//! `cargo test -p extract --test it gold:: -- --nocapture` prints every dev article whose extraction
//! differs from the gold.
#![allow(clippy::unwrap_used)]

use extract::eval::{GoldArticle, Report, pair, score};
use extract::{Article, DraftIncident, extract};

fn dev_articles(file: &str) -> Vec<GoldArticle> {
    file.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<GoldArticle>(l).unwrap())
        .filter(|a| a.split.as_deref() == Some("dev"))
        .collect()
}

fn run(article: &GoldArticle) -> Vec<DraftIncident> {
    let published = article.published.as_deref().and_then(|p| p.parse().ok());
    let mut input = Article::new(&article.text).id(&article.id);
    input.published = published;
    extract(&input).0
}

fn brief(i: &DraftIncident) -> String {
    let claims: Vec<String> = i
        .claims
        .iter()
        .map(|c| {
            format!(
                "{}:k={:?}{} i={:?} civ={:?} w={:?} ch={:?} comb={:?} sec={:?}",
                c.claimant.as_deref().unwrap_or("-"),
                c.killed,
                c.killed_qualifier
                    .map(|q| format!("({})", q.as_str()))
                    .unwrap_or_default(),
                c.injured,
                c.civilians_killed,
                c.women_killed,
                c.children_killed,
                c.combatants_killed,
                c.security_forces_killed
            )
        })
        .collect();
    format!(
        "{} {} {} {} {} {} {} | {}",
        i.date.as_deref().unwrap_or("-"),
        i.date_precision.map(|p| p.as_str()).unwrap_or("-"),
        i.country,
        i.admin1.as_deref().unwrap_or("-"),
        i.admin2.as_deref().unwrap_or("-"),
        i.event_type.as_str(),
        i.perpetrator.as_deref().unwrap_or("-"),
        claims.join("; ")
    )
}

/// Extracts every article, prints those that differ from their gold, and scores them.
fn run_and_score(articles: &[GoldArticle]) -> Report {
    let outputs: Vec<Vec<DraftIncident>> = articles.iter().map(run).collect();
    for (article, got) in articles.iter().zip(&outputs) {
        let pairs = pair(&article.incidents, got);
        let differs = pairs.len() != article.incidents.len()
            || pairs.len() != got.len()
            || pairs.iter().any(|(g, e)| brief(g) != brief(e));
        if differs {
            println!("== {}", article.id);
            for g in &article.incidents {
                println!("  gold {}", brief(g));
            }
            for e in got {
                println!("  got  {}", brief(e));
            }
        }
    }
    let report = score(
        articles
            .iter()
            .zip(&outputs)
            .map(|(a, got)| (a.incidents.as_slice(), got.as_slice())),
    );
    println!("{}", serde_json::to_string_pretty(&report).unwrap());
    report
}

/// Fails when a score falls under its floor, or an article with no incident gives one.
fn assert_floors(report: &Report, f1: f64, killed: f64, injured: f64) {
    assert!(report.f1 >= f1, "incident F1 {:.3}", report.f1);
    assert!(
        report.claims.killed.accuracy() >= killed,
        "killed {:?}",
        report.claims.killed
    );
    assert!(
        report.claims.injured.accuracy() >= injured,
        "injured {:?}",
        report.claims.injured
    );
    assert_eq!(
        report.empty_articles_right.correct, report.empty_articles_right.total,
        "an article with no incident gave one"
    );
}

#[test]
fn dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold.jsonl"));
    assert!(articles.len() >= 60, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Floors a little under today's scores (rounds 2 and 3, on all 91 passages: F1 1.000, killed
    // 0.983, injured 1.000): a change that loses incidents or figures on the development passages
    // fails here.
    assert_floors(&report, 0.98, 0.97, 0.97);
}

#[test]
fn heldout2_dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold-heldout2.jsonl"));
    assert!(articles.len() >= 40, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Round 2's held-out set, development data since round 3. Its scores when round 3 began: F1
    // 0.955, killed 0.776, injured 0.805; at its end: F1 1.000, killed 0.949 (56/59), injured
    // 0.951 (39/41).
    assert_floors(&report, 0.98, 0.94, 0.94);
}

#[test]
fn heldout3_dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold-heldout3.jsonl"));
    assert!(articles.len() >= 30, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Round 3's held-out set, development data since round 4. Its scores when round 4 began: F1
    // 0.881, killed 0.929 (26/28), injured 0.733 (11/15); at its end: F1 0.952, killed 0.969
    // (31/32), injured 1.000 (16/16).
    assert_floors(&report, 0.94, 0.95, 0.95);
}

#[test]
fn heldout4_dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold-heldout4.jsonl"));
    assert!(articles.len() >= 30, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Round 4's held-out set, development data since round 5. Its scores when round 5 began: F1
    // 0.969, killed 0.838 (31/37), injured 0.742 (23/31); at its end: F1 0.985, killed 0.868
    // (33/38), injured 0.844 (27/32).
    assert_floors(&report, 0.97, 0.85, 0.82);
}

#[test]
fn heldout5_dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold-heldout5.jsonl"));
    assert!(articles.len() >= 30, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Round 5's held-out set (labelled by a session that never ran the extractor), development
    // data since round 6. Its scores when round 6 began: F1 0.838, killed 0.553 (21/38), injured
    // 0.654 (17/26); at its end: F1 0.849, killed 0.658 (25/38), injured 0.731 (19/26).
    assert_floors(&report, 0.83, 0.63, 0.70);
}

#[test]
fn heldout6_dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold-heldout6.jsonl"));
    assert!(articles.len() >= 30, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Round 6's held-out set (labelled by a session that never ran the extractor), development
    // data since round 7. Its scores when round 7 began: F1 0.833, killed 0.593 (16/27), injured
    // 0.867 (13/15); at its end: F1 0.881, killed 0.741 (20/27), injured 0.867 (13/15). Round 8
    // took one injured figure back (heldout6-001: "Two other passers-by suffered injuries", once
    // passers-by were victims, adds to the two already counted): 0.800 (12/15).
    assert_floors(&report, 0.87, 0.72, 0.78);
}

#[test]
fn heldout7_dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold-heldout7.jsonl"));
    assert!(articles.len() >= 30, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Round 7's held-out set (labelled by a session that never ran the extractor), development
    // data since round 8. Its scores when round 8 began: F1 0.857, killed 0.706 (24/34), injured
    // 0.600 (9/15); at its end: F1 0.845, killed 0.794 (27/34), injured 0.733 (11/15).
    assert_floors(&report, 0.83, 0.75, 0.65);
}

#[test]
fn heldout8_dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold-heldout8.jsonl"));
    assert!(articles.len() >= 30, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Round 8's held-out set (labelled by a session that never ran the extractor), development
    // data since round 9. Its scores when round 9 began: F1 0.955, killed 0.641 (25/39), injured
    // 0.824 (14/17); at its end: F1 0.955, killed 0.846 (33/39), injured 0.882 (15/17).
    assert_floors(&report, 0.93, 0.82, 0.85);
}

#[test]
fn heldout9_dev_scores_hold() {
    let articles = dev_articles(include_str!("../../gold/gold-heldout9.jsonl"));
    assert!(articles.len() >= 30, "{} dev articles", articles.len());
    let report = run_and_score(&articles);
    // Round 9's held-out set (labelled by a session that never ran the extractor), development
    // data since round 10. Its scores when round 10 began: F1 0.903, killed 0.806 (29/36),
    // injured 0.667 (10/15); at its end: F1 0.903, killed 0.917 (33/36), injured 0.800 (12/15).
    assert_floors(&report, 0.88, 0.88, 0.78);
}
