//! `crosscheck extract`, `ingest` and `eval extract`, run as a user runs them: the output contract,
//! JSON-lines input, bad input, storing articles (twice), and scoring a gold file.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use crate::common::{crosscheck, stdout};

fn lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const KHOST: &str = "At least nine children and a woman were killed after Pakistani forces bombed a house in Khost province, southeastern Afghanistan, Afghan authorities said.\n\nOther strikes were reported in Kunar and Paktika provinces, wounding at least four civilians, Mujahid added.";

const BARMAL_DPA: &str = "At least 46 people, including children and women, have been killed in Pakistani airstrikes conducted overnight on Afghanistan's Paktika province, according to Afghan authorities.\n\nTaliban deputy government spokesman Hamdullah Fitrat said the strikes targeted four locations in the Barmal district of the province. He added that six others were wounded.";

const BARMAL_KHAAMA: &str = "On December 24, 2024, Pakistan conducted a series of airstrikes in the Barmal district of Paktika province, Afghanistan, resulting in the deaths of at least 15 individuals, including women and children.";

#[test]
fn extract_prints_one_contract_line_per_incident() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(
        crosscheck(&dir.path().join("unused.db"))
            .args(["extract", "--published", "2025-11-25"])
            .write_stdin(KHOST),
    );
    let incidents = lines(&out);
    assert_eq!(incidents.len(), 2, "{out}");
    let first = incidents[0].as_object().unwrap();
    let keys: Vec<&str> = first.keys().map(String::as_str).collect();
    let mut expected = vec![
        "article",
        "date",
        "date_precision",
        "country",
        "admin1",
        "admin2",
        "location",
        "event_type",
        "perpetrator",
        "claims",
        "evidence",
    ];
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    expected.sort_unstable();
    assert_eq!(sorted, expected);
    assert_eq!(first["article"], serde_json::Value::Null);
    assert_eq!(first["country"], "AFG");
    assert_eq!(first["admin1"], "Khost");
    assert_eq!(first["event_type"], "air_strike");
    assert_eq!(first["perpetrator"], "PAK");
    let claim = &first["claims"][0];
    assert_eq!(claim["claimant"], "TALIBAN");
    assert_eq!(claim["killed"], 10);
    assert_eq!(claim["killed_qualifier"], "at_least");
    assert_eq!(claim["children_killed"], 9);
    assert_eq!(claim["women_killed"], 1);
    let claim_keys: Vec<&str> = claim
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(claim_keys.len(), 9, "{claim_keys:?}");
    assert_eq!(incidents[1]["admin1"], "Kunar");
    assert_eq!(incidents[1]["claims"][0]["injured"], 4);
}

#[test]
fn jsonl_input_keeps_ids_and_publication_days() {
    let dir = tempfile::tempdir().unwrap();
    let input = format!(
        "{}\n\n{}\n",
        serde_json::json!({"id": "dpa-1", "published": "2024-12-25", "text": BARMAL_DPA}),
        serde_json::json!({"id": "opinion", "published": "2024-12-25", "text": "Diplomacy alone can settle the Durand Line question, analysts argue."})
    );
    let out = stdout(
        crosscheck(&dir.path().join("unused.db"))
            .args(["extract", "--jsonl"])
            .write_stdin(input),
    );
    let incidents = lines(&out);
    assert_eq!(incidents.len(), 1, "{out}");
    assert_eq!(incidents[0]["article"], "dpa-1");
    assert_eq!(incidents[0]["date"], "2024-12-24");
    assert_eq!(incidents[0]["admin2"], "Barmal");
    assert_eq!(incidents[0]["claims"][0]["injured"], 6);
    // A malformed line is an error that names its line.
    let output = crosscheck(&dir.path().join("unused.db"))
        .args(["extract", "--jsonl"])
        .write_stdin("{\"text\": \"fine\"}\n{not json}\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("<stdin>:2:"), "{err}");
}

#[test]
fn binary_garbage_gives_nothing_and_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("garbage.bin");
    let bytes: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&file, bytes).unwrap();
    let out = stdout(
        crosscheck(&dir.path().join("unused.db"))
            .arg("extract")
            .arg(&file),
    );
    assert!(
        out.lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()),
        "{out}"
    );
}

#[test]
fn ingest_stores_drafts_matches_outlets_and_changes_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("record.db");
    let file = dir.path().join("articles.jsonl");
    let articles = [
        serde_json::json!({"id": "dpa", "published": "2024-12-25", "text": BARMAL_DPA,
            "url": "https://www.spokesman.com/stories/2024/dec/25/46-killed", "publisher": "dpa"}),
        serde_json::json!({"id": "khaama", "published": "2024-12-25", "text": BARMAL_KHAAMA,
            "publisher": "Indian Defence News"}),
        serde_json::json!({"id": "talks", "published": "2025-10-19", "text": "Pakistan and Afghanistan agreed to an immediate ceasefire in Doha, the Qatari foreign ministry announced on Sunday."}),
    ];
    let text: String = articles.iter().map(|a| format!("{a}\n")).collect();
    std::fs::write(&file, text).unwrap();
    let first = stdout(crosscheck(&db).arg("ingest").arg(&file));
    assert!(
        first.contains("3 articles; 1 new draft incidents, 1 attached"),
        "{first}"
    );
    let again = stdout(crosscheck(&db).arg("ingest").arg(&file));
    assert!(again.contains("0 inserted, 0 updated"), "{again}");
    let export: serde_json::Value =
        serde_json::from_str(&stdout(crosscheck(&db).args(["export", "json"]))).unwrap();
    let incidents = export["incidents"].as_array().unwrap();
    assert_eq!(incidents.len(), 1, "{incidents:?}");
    assert_eq!(incidents[0]["status"], "draft");
    assert_eq!(incidents[0]["places"][0]["admin2"], "Barmal");
    assert_eq!(export["sources"].as_array().unwrap().len(), 3);
    let claims = export["claims"].as_array().unwrap();
    let tolls: Vec<u64> = claims
        .iter()
        .filter_map(|c| c["figures"]["killed"]["total"]["value"].as_u64())
        .collect();
    assert!(tolls.contains(&46) && tolls.contains(&15), "{tolls:?}");
    assert!(claims.iter().all(|c| c["incident"] == incidents[0]["id"]));
}

#[test]
fn eval_scores_a_gold_file_as_a_table_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    let expected = serde_json::json!({
        "id": "g1", "split": "dev", "published": "2024-12-25", "text": BARMAL_KHAAMA,
        "incidents": [{"article": "g1", "date": "2024-12-24", "date_precision": "day", "country": "AFG",
            "admin1": "Paktika", "admin2": "Barmal", "location": null, "event_type": "air_strike",
            "perpetrator": "PAK", "claims": [{"claimant": null, "killed": 15, "killed_qualifier": "at_least",
            "injured": null, "civilians_killed": null, "women_killed": null, "children_killed": null,
            "combatants_killed": null, "security_forces_killed": null}], "evidence": []}]
    });
    let none = serde_json::json!({"id": "g2", "split": "heldout", "published": "2025-10-19",
        "text": "The two sides agreed to meet again in Istanbul.", "incidents": []});
    std::fs::write(&gold, format!("{expected}\n{none}\n")).unwrap();
    let table = stdout(
        crosscheck(&dir.path().join("unused.db"))
            .args(["eval", "extract"])
            .arg(&gold),
    );
    assert!(table.contains("F1 1.000"), "{table}");
    assert!(
        table.contains("killed                    1.000  (1/1)"),
        "{table}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(
        crosscheck(&dir.path().join("unused.db"))
            .args(["eval", "extract", "--json", "--split", "heldout"])
            .arg(&gold),
    ))
    .unwrap();
    assert_eq!(json["report"]["articles"], 1);
    assert_eq!(json["report"]["empty_articles_right"]["correct"], 1);
}
