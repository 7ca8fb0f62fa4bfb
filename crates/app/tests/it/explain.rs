//! `crosscheck explain`, run as a user runs it on the demo data: the JSON against golden files,
//! the text a reader sees, and the errors a user meets.
//!
//! The golden files under `tests/golden/` are the command's exact output; after a deliberate
//! change to the rules or the output, run with `CROSSCHECK_BLESS=1` to rewrite them, and read the
//! diff before committing it.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::path::Path;

use crate::common::{crosscheck, demo_db, golden, stdout};

#[test]
fn explain_json_matches_the_golden_files() {
    let (_dir, db) = demo_db();
    for id in ["inc-2025-10-11-border", "inc-2024-12-24-paktika"] {
        let json = stdout(crosscheck(&db).args(["explain", id, "--json"]));
        golden(&format!("explain-{id}.json"), &json);
    }
}

#[test]
fn explain_json_has_the_documented_keys() {
    let (_dir, db) = demo_db();
    let json: serde_json::Value = serde_json::from_str(&stdout(crosscheck(&db).args([
        "explain",
        "inc-2025-10-17-paktika",
        "--json",
    ])))
    .unwrap();
    assert_eq!(json["incident"], "inc-2025-10-17-paktika");
    assert_eq!(json["grade"], "fair");
    assert!(
        json["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r.is_string())
    );
    let civilians = &json["figures"]["killed"]["civilians"];
    assert_eq!(civilians["low"], 10);
    assert_eq!(civilians["best"], 10);
    assert_eq!(civilians["high"], 10);
    assert_eq!(
        civilians["from"],
        serde_json::json!([
            "clm-2025-10-17-paktika-etvbharat-2025-10-18",
            "clm-2025-10-17-paktika-theprint-2025-10"
        ])
    );
    // Every measure and group that some claim gives, and no other (serde_json sorts the keys).
    let groups: Vec<String> = ["killed", "injured"]
        .iter()
        .flat_map(|m| {
            json["figures"][m]
                .as_object()
                .map(|o| o.keys().map(|g| format!("{m}.{g}")).collect::<Vec<_>>())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        groups,
        [
            "killed.children",
            "killed.civilians",
            "killed.total",
            "injured.civilians",
            "injured.total"
        ]
    );
}

#[test]
fn explain_text_shows_figures_grade_reasons_competing_claims_and_flags() {
    let (_dir, db) = demo_db();
    let text = stdout(crosscheck(&db).args(["explain", "inc-2025-11-25-khost"]));
    assert!(
        text.starts_with("Air strike on a home in Khost's Gurbuz district\n"),
        "{text}"
    );
    assert!(text.contains("Grade: weak — Single source claim"), "{text}");
    assert!(
        text.contains("  - Weak: a single source reports it: Taliban (Islamic Emirate of Afghanistan), via Al Jazeera and Deutsche Welle (DW)"),
        "{text}"
    );
    // Only the Taliban give figures: the best is left open, the range is theirs.
    assert!(
        text.contains("      –  10         no best figure  killed total"),
        "{text}"
    );
    assert!(
        text.contains("killed children: claims 9; independent sources: none"),
        "{text}"
    );

    let text = stdout(crosscheck(&db).args(["explain", "inc-2025-10-11-border"]));
    assert!(text.contains("Grade: contested"), "{text}");
    assert!(
        text.contains("     23  3–58       admission         on the side of Pakistan"),
        "{text}"
    );
    assert!(
        text.contains(
            "Flags\n  - Claims for security forces killed on the side of Pakistan disagree"
        ),
        "{text}"
    );
}

#[test]
fn explain_refuses_unknown_incidents_and_missing_databases() {
    let (_dir, db) = demo_db();
    let output = crosscheck(&db)
        .args(["explain", "inc-1999-01-01-nowhere"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.starts_with("error: there is no incident with the id \"inc-1999-01-01-nowhere\""),
        "{message}"
    );
    let missing = db.with_file_name("missing.db");
    let output = crosscheck(&missing)
        .args(["explain", "inc-2025-11-25-khost"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(!missing.exists());
    let output = crosscheck(&db).args(["explain"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_methodology_shows_what_explain_prints_for_its_worked_examples() {
    // docs/methodology.md pastes the output of `explain` for its two worked examples; it must
    // stay the output the code gives.
    let (_dir, db) = demo_db();
    let methodology = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/methodology.md"),
    )
    .unwrap();
    for id in ["inc-2025-10-11-border", "inc-2024-12-24-paktika"] {
        let text = stdout(crosscheck(&db).args(["explain", id]));
        assert!(
            methodology.contains(&format!("```\n{text}```")),
            "docs/methodology.md does not show the current output of `explain {id}`:\n{text}"
        );
    }
}
