//! Golden output: what `extract` makes of the gold set's development passages and of a few odd
//! texts, line for line, in `tests/golden/dev.jsonl` (`gold.jsonl`, then, since round 3,
//! `gold-heldout2.jsonl`, since round 4 `gold-heldout3.jsonl`, since round 5
//! `gold-heldout4.jsonl`, since round 6 `gold-heldout5.jsonl`, since round 7 `gold-heldout6.jsonl`,
//! since round 8 `gold-heldout7.jsonl`, since round 9 `gold-heldout8.jsonl` and since round 10
//! `gold-heldout9.jsonl`). A change in extraction shows here as a diff to review; after a change
//! meant to be made, bless the new output with
//! `CROSSCHECK_BLESS=1 cargo test -p extract --test it golden::`. The held-out passages of round
//! 10 (`gold-heldout10.jsonl`) are not here: their output is seen only when they are scored
//! (docs/extract.md).
#![allow(clippy::unwrap_used)]

use extract::eval::GoldArticle;
use extract::{Article, extract};

/// Texts beyond the gold set: no publication day, another script, a wrapped line, a list.
const ODD: &[(&str, Option<&str>, &str)] = &[
    (
        "odd-no-published-day",
        None,
        "Pakistani drones struck a house in Spera district of Khost province on Tuesday, killing three children, local officials said.",
    ),
    (
        "odd-mixed-scripts",
        Some("2025-11-26"),
        "په خوست کې د پاکستاني الوتکو بریدونه. At least 10 people were killed in Khost, the Taliban said on Tuesday. ضلع کرم میں دھماکہ",
    ),
    (
        "odd-hard-wrapped",
        Some("2024-12-25"),
        "At least 46 people, including children and women, have been killed in\nPakistani airstrikes conducted overnight on Afghanistan's Paktika\nprovince, according to Afghan authorities.",
    ),
    (
        "odd-numbers",
        Some("2023-01-31"),
        "Forty-one civilians were killed and 1,200 homes damaged; more than 200 were wounded and up to 10 are missing. A dozen soldiers died.",
    ),
];

fn render() -> String {
    let mut out = String::new();
    let dev = include_str!("../../gold/gold.jsonl")
        .lines()
        .chain(include_str!("../../gold/gold-heldout2.jsonl").lines())
        .chain(include_str!("../../gold/gold-heldout3.jsonl").lines())
        .chain(include_str!("../../gold/gold-heldout4.jsonl").lines())
        .chain(include_str!("../../gold/gold-heldout5.jsonl").lines())
        .chain(include_str!("../../gold/gold-heldout6.jsonl").lines())
        .chain(include_str!("../../gold/gold-heldout7.jsonl").lines())
        .chain(include_str!("../../gold/gold-heldout8.jsonl").lines())
        .chain(include_str!("../../gold/gold-heldout9.jsonl").lines());
    for line in dev {
        let article: GoldArticle = serde_json::from_str(line).unwrap();
        if article.split.as_deref() != Some("dev") {
            continue;
        }
        let mut input = Article::new(&article.text).id(&article.id);
        input.published = article.published.as_deref().and_then(|p| p.parse().ok());
        let (incidents, _) = extract(&input);
        out.push_str(&serde_json::json!({"id": article.id, "incidents": incidents}).to_string());
        out.push('\n');
    }
    for (id, published, text) in ODD {
        let mut input = Article::new(text).id(id);
        input.published = published.and_then(|p| p.parse().ok());
        let (incidents, diagnostics) = extract(&input);
        let notes: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        out.push_str(
            &serde_json::json!({"id": id, "incidents": incidents, "notes": notes}).to_string(),
        );
        out.push('\n');
    }
    out
}

#[test]
fn extraction_output_matches_the_golden_file() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/dev.jsonl");
    let rendered = render();
    if std::env::var_os("CROSSCHECK_BLESS").is_some() {
        std::fs::create_dir_all(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden")).unwrap();
        std::fs::write(path, &rendered).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let differing: Vec<String> = committed
        .lines()
        .zip(rendered.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("- {a}\n+ {b}"))
        .take(5)
        .collect();
    assert!(
        committed == rendered,
        "extraction output changed ({} lines before, {} now); review, then bless with `CROSSCHECK_BLESS=1 cargo test -p extract --test it golden::`:\n{}",
        committed.lines().count(),
        rendered.lines().count(),
        differing.join("\n")
    );
}
