//! `crosscheck import acled|ucdp|csv` and `export csv|acled|ucdp|geojson|hxl`, run as a user
//! runs them, on the hand-written fixtures of `crates/interop/tests/fixtures/`.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::path::{Path, PathBuf};

use crate::common::crosscheck;
use assert_cmd::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../interop/tests/fixtures")
        .join(name)
}

/// Runs a command that must succeed; returns (stdout, stderr).
fn run(cmd: &mut Command) -> (String, String) {
    let output = cmd.output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "{stderr}");
    (String::from_utf8(output.stdout).unwrap(), stderr)
}

#[test]
fn acled_import_then_export_gives_the_same_rows_and_reimport_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let file = fixture("acled_current.csv");
    let (out, _) = run(crosscheck(&db).args(["import", "acled"]).arg(&file));
    assert!(
        out.contains("4 rows read, 4 imported, 0 updated, 0 skipped"),
        "{out}"
    );
    let (exported, _) = run(crosscheck(&db).args(["export", "acled"]));
    assert_eq!(exported, std::fs::read_to_string(&file).unwrap());
    let (out, _) = run(crosscheck(&db).args(["import", "acled"]).arg(&file));
    assert!(
        out.contains("0 imported, 0 updated, 4 skipped (4 unchanged, 0 bad)"),
        "{out}"
    );

    // An updated export: a newer timestamp updates the row, an older one is ignored.
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace(",23,,1760486400", ",25,,1760490000")
        .replace(",2,,1760313600", ",9,,1700000000");
    let updated = dir.path().join("updated.csv");
    std::fs::write(&updated, text).unwrap();
    let (out, _) = run(crosscheck(&db).args(["import", "acled"]).arg(&updated));
    assert!(
        out.contains("0 imported, 1 updated, 3 skipped (3 unchanged, 0 bad)"),
        "{out}"
    );
    let (exported, _) = run(crosscheck(&db).args(["export", "acled", "--country", "PAK"]));
    assert!(exported.contains(",25,,1760490000"), "{exported}");
    assert!(exported.contains(",2,,1760313600"), "{exported}");
    assert!(!exported.contains("AFG8001"));
    let (stats, _) = run(crosscheck(&db).args(["stats", "--json"]));
    let stats: serde_json::Value = serde_json::from_str(&stats).unwrap();
    assert_eq!(stats["incidents"], 4);
    assert_eq!(stats["claims"], 4);
    // The audit log vouches for bulk-imported records: the chain holds and an export checks.
    let json = dir.path().join("out.json");
    run(crosscheck(&db).args(["export", "json", "-o"]).arg(&json));
    run(crosscheck(&db).arg("verify"));
    run(crosscheck(&db).args(["verify", "--export"]).arg(&json));
}

#[test]
fn imports_leave_drafts_unless_published_and_a_later_publish_keeps_an_analysts_status() {
    let dir = tempfile::tempdir().unwrap();
    let stats = |db: &Path| -> serde_json::Value {
        serde_json::from_str(&run(crosscheck(db).args(["stats", "--json"])).0).unwrap()
    };
    let file = fixture("acled_current.csv");

    // By default an import is for review: nothing is public yet.
    let drafts = dir.path().join("drafts.db");
    run(crosscheck(&drafts).args(["import", "acled"]).arg(&file));
    assert_eq!(stats(&drafts)["incidents"], 4);
    assert_eq!(stats(&drafts)["published_incidents"], 0);
    // Importing again with --publish leaves the stored incidents as they are.
    let (out, _) = run(crosscheck(&drafts)
        .args(["import", "acled", "--publish"])
        .arg(&file));
    assert!(out.contains("4 skipped (4 unchanged"), "{out}");
    assert_eq!(stats(&drafts)["published_incidents"], 0);

    // A public dataset imported with --publish is public at once, and the audit log holds.
    let public = dir.path().join("public.db");
    run(crosscheck(&public)
        .args(["import", "acled", "--publish"])
        .arg(&file));
    assert_eq!(stats(&public)["published_incidents"], 4);
    let json = dir.path().join("public.json");
    run(crosscheck(&public)
        .args(["export", "json", "-o"])
        .arg(&json));
    run(crosscheck(&public).args(["verify", "--export"]).arg(&json));

    // A JSON dataset carries its own statuses.
    let refused = crosscheck(&public)
        .args(["import", "json", "--publish"])
        .arg(&json)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("--publish is for acled, ucdp and csv")
    );
}

#[test]
fn bad_rows_are_reported_and_skipped_or_with_strict_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.db");
    let text = std::fs::read_to_string(fixture("acled_current.csv"))
        .unwrap()
        .replace(",23,,1760486400", ",many,,1760486400");
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, text).unwrap();
    let (out, err) = run(crosscheck(&db).args(["import", "acled"]).arg(&bad));
    assert!(
        out.contains("4 rows read, 3 imported, 0 updated, 1 skipped (0 unchanged, 1 bad)"),
        "{out}"
    );
    assert!(
        err.contains(&format!(
            "{}:2:29: fatalities: \"many\" is not a whole number",
            bad.display()
        )),
        "{err}"
    );
    let strict_db = dir.path().join("strict.db");
    let output = crosscheck(&strict_db)
        .args(["import", "acled", "--strict"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(
        err.contains("1 of 4 rows are bad; nothing was imported (--strict)"),
        "{err}"
    );
    let (stats, _) = run(crosscheck(&strict_db).args(["stats", "--json"]));
    assert!(stats.contains("\"incidents\":0"), "{stats}");
}

#[test]
fn ucdp_import_then_export_gives_the_same_rows() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("u.db");
    let file = fixture("ucdp_ged.csv");
    run(crosscheck(&db).args(["import", "ucdp"]).arg(&file));
    let (exported, _) = run(crosscheck(&db).args(["export", "ucdp"]));
    let sorted = |text: &str| {
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        lines[1..].sort();
        lines
    };
    assert_eq!(
        sorted(&exported),
        sorted(&std::fs::read_to_string(&file).unwrap())
    );
    let (out, _) = run(crosscheck(&db)
        .args(["import", "ucdp"])
        .arg(fixture("ucdp_points.geojson")));
    assert!(
        out.contains("3 rows read, 1 imported, 0 updated, 2 skipped (0 unchanged, 1 bad)")
            || out.contains("3 rows read, 1 imported, 1 updated, 1 skipped (0 unchanged, 1 bad)"),
        "{out}"
    );
}

#[test]
fn a_mapped_csv_imports_through_the_example_mapping() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let map = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs/examples/tbij-pakistan-drone-strikes.toml");
    let (out, err) = run(crosscheck(&db)
        .args(["import", "csv"])
        .arg(fixture("drone_strikes.csv"))
        .arg("--map")
        .arg(&map));
    assert!(
        out.contains("4 rows read, 2 imported, 0 updated, 2 skipped (0 unchanged, 2 bad)"),
        "{out}"
    );
    assert!(
        err.contains("max_ppl_killed: the maximum (6) is below the minimum (8)"),
        "{err}"
    );
    let (csv, _) = run(crosscheck(&db).args(["export", "csv"]));
    // In the file's order.
    assert!(csv.lines().nth(1).unwrap().starts_with("tbij:X1,"), "{csv}");
    assert!(csv.lines().nth(2).unwrap().starts_with("tbij:X2,"), "{csv}");
}

#[test]
fn our_csv_exported_and_imported_gives_the_same_incidents() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.db");
    let second = dir.path().join("second.db");
    let csv = dir.path().join("flat.csv");
    run(crosscheck(&first).args(["init", "--demo"]));
    run(crosscheck(&first).args(["export", "csv", "-o"]).arg(&csv));
    let (out, err) = run(crosscheck(&second).args(["import", "csv"]).arg(&csv));
    assert!(out.contains(" 0 bad)"), "{out}{err}");
    let incidents = |db: &Path| -> serde_json::Value {
        let (json, _) = run(crosscheck(db).args(["export", "json"]));
        let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
        for incident in value["incidents"].as_array_mut().unwrap() {
            incident.as_object_mut().unwrap().remove("internal_notes");
        }
        value["incidents"].take()
    };
    assert_eq!(incidents(&first), incidents(&second));
}

#[test]
fn geojson_hxl_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    run(crosscheck(&db).args(["init", "--demo"]));
    let (geojson, _) = run(crosscheck(&db).args(["export", "geojson", "--country", "AFG"]));
    let value: serde_json::Value = serde_json::from_str(&geojson).unwrap();
    let features = value["features"].as_array().unwrap();
    assert!(!features.is_empty());
    assert!(features.iter().all(|f| f["properties"]["country"] == "AFG"));
    // Figures are the reconciliation's: some incident has a best figure.
    assert!(
        features
            .iter()
            .any(|f| f["properties"]["killed"]["total"]["best"].is_number()),
        "{geojson}"
    );
    let (hxl, _) = run(crosscheck(&db).args([
        "export",
        "hxl",
        "--from",
        "2025-10-01",
        "--type",
        "air_strike",
    ]));
    let mut lines = hxl.lines();
    assert!(lines.next().unwrap().starts_with("id,title,date,"));
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("#event+code,#event+name,#date+occurred,")
    );
    assert!(lines.all(|l| l.contains(",air_strike,")));
    let output = crosscheck(&db)
        .args(["export", "json", "--country", "AFG"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let output = crosscheck(&db)
        .args(["export", "csv", "--type", "airstrike"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn the_benchmark_round_trips_and_a_second_import_updates_by_timestamp() {
    // A few thousand generated rows through the very commands the benchmark times.
    let dir = tempfile::tempdir().unwrap();
    let (out, _) = run(Command::cargo_bin("crosscheck")
        .unwrap()
        .env_remove("CROSSCHECK_DB")
        .args(["bench", "import-acled", "--rows", "3000", "--dir"])
        .arg(dir.path()));
    assert!(
        out.contains("the same bytes as the generated file"),
        "{out}"
    );
    assert!(out.contains("import: 3000 rows"), "{out}");
    let db = dir.path().join("bench.db");
    let generated = std::fs::read_to_string(dir.path().join("acled-generated.csv")).unwrap();
    run(crosscheck(&db).arg("verify"));
    let json = dir.path().join("out.json");
    run(crosscheck(&db).args(["export", "json", "-o"]).arg(&json));
    run(crosscheck(&db).args(["verify", "--export"]).arg(&json));

    // The same file again: every row unchanged. Then a new version of it: rows with a newer
    // timestamp (every third) update, with their new figure; rows with an older one (every
    // fifth, not third) are left alone; the rest are unchanged.
    let (out, _) = run(crosscheck(&db)
        .args(["import", "acled"])
        .arg(dir.path().join("acled-generated.csv")));
    assert!(
        out.contains("0 imported, 0 updated, 3000 skipped (3000 unchanged, 0 bad)"),
        "{out}"
    );
    let mut expected = String::new();
    let mut newer = String::new();
    let mut updates = 0;
    for (n, line) in generated.lines().enumerate() {
        if n == 0 {
            expected.push_str(line);
            newer.push_str(line);
        } else {
            let (rest, timestamp) = line.rsplit_once(',').unwrap();
            let timestamp: i64 = timestamp.parse().unwrap();
            let (front, tags) = rest.rsplit_once(',').unwrap();
            let (front, _fatalities) = front.rsplit_once(',').unwrap();
            if n % 3 == 0 {
                updates += 1;
                let changed = format!("{front},77,{tags},{}", timestamp + 10);
                expected.push_str(&changed);
                newer.push_str(&changed);
            } else if n % 5 == 0 {
                expected.push_str(line);
                newer.push_str(&format!("{front},88,{tags},{}", timestamp - 10));
            } else {
                expected.push_str(line);
                newer.push_str(line);
            }
        }
        expected.push('\n');
        newer.push('\n');
    }
    let newer_file = dir.path().join("newer.csv");
    std::fs::write(&newer_file, newer).unwrap();
    let (out, _) = run(crosscheck(&db).args(["import", "acled"]).arg(&newer_file));
    assert!(
        out.contains(&format!(
            "0 imported, {updates} updated, {} skipped",
            3000 - updates
        )),
        "{out}"
    );
    let (exported, _) = run(crosscheck(&db).args(["export", "acled"]));
    assert_eq!(exported, expected);
    run(crosscheck(&db).arg("verify"));
    run(crosscheck(&db).args(["export", "json", "-o"]).arg(&json));
    run(crosscheck(&db).args(["verify", "--export"]).arg(&json));
}
