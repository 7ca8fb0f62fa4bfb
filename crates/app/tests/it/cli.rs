//! The `crosscheck` binary, run as a user runs it: init, stats, import, export, demo, and the
//! errors a user meets.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command as StdCommand, Stdio};

use crate::common::{crosscheck, stdout};

const DEMO_JSON: &str = include_str!("../../../../data/demo/dataset.json");

#[test]
fn stats_counts_match_the_demo_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    stdout(crosscheck(&db).args(["init", "--demo"]));
    let stats: serde_json::Value =
        serde_json::from_str(&stdout(crosscheck(&db).args(["stats", "--json"]))).unwrap();
    let demo = interop::read_dataset("demo", DEMO_JSON).unwrap();
    assert_eq!(stats["incidents"], demo.incidents.len());
    assert_eq!(stats["sources"], demo.sources.len());
    assert_eq!(stats["claims"], demo.claims.len());
    assert_eq!(stats["ceasefires"], demo.ceasefires.len());
    assert_eq!(stats["statements"], demo.statements.len());
    assert!(stats["incidents"].as_u64().unwrap() > 0);
}

/// An export's records, without its audit stamp (which describes the log of the database it
/// came from, so it differs between databases holding the same records).
fn records_of(export: &str) -> String {
    let mut dataset = interop::read_dataset("export", export).unwrap();
    dataset.audit = None;
    interop::write_dataset(&dataset)
}

#[test]
fn export_import_export_through_the_cli_is_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let first_db = dir.path().join("first.db");
    let second_db = dir.path().join("second.db");
    let file = dir.path().join("export.json");
    stdout(crosscheck(&first_db).args(["init", "--demo"]));
    stdout(
        crosscheck(&first_db)
            .args(["export", "json", "-o"])
            .arg(&file),
    );
    let exported = std::fs::read_to_string(&file).unwrap();
    let imported = stdout(crosscheck(&second_db).args(["import", "json"]).arg(&file));
    assert!(imported.contains("inserted"), "{imported}");
    let again = stdout(crosscheck(&second_db).args(["export", "json"]));
    // The same records, byte for byte; each export stamped with its own database's log.
    assert_eq!(records_of(&again), records_of(&exported));
    // The demo file itself is canonical, so it is what comes out, stamp aside.
    assert_eq!(records_of(&again), DEMO_JSON);
    let stamp: serde_json::Value = serde_json::from_str(&exported).unwrap();
    let demo = interop::read_dataset("demo", DEMO_JSON).unwrap();
    assert_eq!(stamp["audit"]["entries"], demo.len());
    assert!(
        stamp["audit"].get("redacted").is_none(),
        "a local export is whole"
    );
    // Re-exporting without a change gives the same bytes, stamp included.
    assert_eq!(
        stdout(crosscheck(&first_db).args(["export", "json"])),
        exported
    );
}

#[test]
fn a_bad_file_is_refused_with_its_line_and_leaves_the_database_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    stdout(crosscheck(&db).args(["init", "--demo"]));
    let before = stdout(crosscheck(&db).args(["export", "json"]));

    // A valid new incident first, then a latitude of 95 further down the file.
    let mut dataset: serde_json::Value = serde_json::from_str(DEMO_JSON).unwrap();
    let mut extra = dataset["incidents"][0].clone();
    extra["id"] = "inc-extra".into();
    dataset["incidents"]
        .as_array_mut()
        .unwrap()
        .insert(0, extra);
    let last = dataset["incidents"].as_array().unwrap().len() - 1;
    dataset["incidents"][last]["places"][0]["coordinates"] =
        serde_json::json!({"lat": 95.0, "lon": 69.0});
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_string_pretty(&dataset).unwrap()).unwrap();

    let output = crosscheck(&db)
        .args(["import", "json"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(
        message.starts_with(&format!("error: {}:", bad.display())),
        "{message}"
    );
    assert!(
        message.contains(&format!("incidents[{last}].places[0].coordinates")),
        "{message}"
    );
    assert!(
        message.contains("latitude 95 is outside -90 to 90 degrees"),
        "{message}"
    );
    assert_eq!(stdout(crosscheck(&db).args(["export", "json"])), before);
}

#[test]
fn reading_commands_refuse_a_missing_database_and_usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("missing.db");
    let output = crosscheck(&db).args(["stats"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("there is no database at"));
    assert!(!db.exists());
    let output = crosscheck(&db).args(["export", "xml"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn init_refuses_to_overwrite_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    stdout(crosscheck(&db).args(["init", "--demo"]));
    let output = crosscheck(&db).args(["init"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("already exists"));
}

#[test]
fn demo_prints_its_url_first_and_serves_the_report_incidents() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("crosscheck"))
        .args(["demo", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first_line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut first_line)
        .unwrap();
    let url = first_line.trim().to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    let host = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(
        stream,
        "GET /incidents HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    child.kill().unwrap();
    let _ = child.wait();

    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let demo = interop::read_dataset("demo", DEMO_JSON).unwrap();
    for incident in &demo.incidents {
        let title = incident
            .title
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;");
        assert!(
            response.contains(&title),
            "{} is not listed",
            incident.title
        );
    }
}

#[test]
fn places_search_and_near_print_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.db");
    let out =
        stdout(crosscheck(&db).args(["places", "search", "Spera", "district", "of", "Khost"]));
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(first["name"], "Spera");
    assert_eq!(first["level"], "admin2");
    assert_eq!(first["admin1"], "Khost");
    assert_eq!(first["country"], "AFG");
    for key in ["lat", "lon", "pcode", "score", "admin2"] {
        assert!(first.get(key).is_some(), "{key} missing");
    }
    // Torkham crossing: the last line is the distance to the border, a few km at most.
    let out = stdout(crosscheck(&db).args(["places", "near", "34.12", "71.09"]));
    let last: serde_json::Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    assert!(last["border_km"].as_f64().unwrap() < 5.0, "{last}");
    assert!(out.contains("\"Khyber Pakhtunkhwa\""));
    // An ordinary word is not a place; the database is never touched.
    assert_eq!(
        stdout(crosscheck(&db).args(["places", "search", "market"])),
        ""
    );
    assert!(!db.exists());
}

#[test]
fn user_add_prints_a_one_time_password_and_token_create_prints_a_token_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("record.db");
    stdout(crosscheck(&db).args(["init"]));
    let added = stdout(crosscheck(&db).args(["user", "add", "amina", "--role", "verifier"]));
    let password = added.lines().last().unwrap().rsplit(' ').next().unwrap();
    assert_eq!(password.len(), 20, "{added}");
    let token =
        stdout(crosscheck(&db).args(["token", "create", "--user", "amina", "--role", "viewer"]));
    let secret = token.lines().last().unwrap();
    assert!(secret.starts_with("cct_") && secret.len() == 68, "{token}");
    let listed = stdout(crosscheck(&db).args(["token", "list"]));
    assert!(
        listed.contains("amina") && listed.contains("viewer"),
        "{listed}"
    );
    assert!(!listed.contains(secret));
    stdout(crosscheck(&db).args(["token", "revoke", "1"]));
    assert!(stdout(crosscheck(&db).args(["token", "list"])).contains("revoked"));
    let users = stdout(crosscheck(&db).args(["user", "list"]));
    assert!(users.contains("amina") && users.contains("verifier") && !users.contains(password));
    // Neither secret is in the database file as given.
    let bytes = std::fs::read(&db).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains(password) && !text.contains(secret));
    let output = crosscheck(&db)
        .args(["user", "add", "amina", "--role", "viewer"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let output = crosscheck(&db)
        .args(["user", "add", "bilal", "--role", "chief"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown role \"chief\""));
}

#[test]
fn verify_names_the_entry_that_was_altered() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("record.db");
    stdout(crosscheck(&db).args(["init", "--demo"]));
    let ok = stdout(crosscheck(&db).arg("verify"));
    let demo = interop::read_dataset("demo", DEMO_JSON).unwrap();
    assert!(
        ok.contains(&format!("{} entries checked", demo.len())),
        "{ok}"
    );
    assert!(
        ok.contains("merkle root: ") && ok.contains("hash chain: ok"),
        "{ok}"
    );

    // One byte of one entry (a claim's "killed" becomes "kilLed"), changed behind crosscheck's
    // back.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let seq: i64 = conn
        .query_row(
            "SELECT seq FROM audit_log WHERE entity = 'claim' AND after LIKE '%\"killed\"%'
             ORDER BY seq LIMIT 1 OFFSET 5",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let changed = conn
        .execute(
            "UPDATE audit_log SET after = replace(after, '\"killed\"', '\"kilLed\"') WHERE seq = ?1",
            [seq],
        )
        .unwrap();
    assert_eq!(changed, 1);
    drop(conn);
    let output = crosscheck(&db).arg("verify").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(
        message.starts_with(&format!("error: audit log: entry {seq} (insert claim "))
            && message.contains("was altered"),
        "{message}"
    );
}

#[test]
fn verify_checks_an_export_against_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("record.db");
    let file = dir.path().join("export.json");
    stdout(crosscheck(&db).args(["init", "--demo"]));
    stdout(crosscheck(&db).args(["export", "json", "-o"]).arg(&file));
    // The log grows after the export; the export still checks against its first entries.
    stdout(crosscheck(&db).args(["user", "add", "amina", "--role", "viewer"]));
    let ok = stdout(crosscheck(&db).args(["verify", "--export"]).arg(&file));
    assert!(ok.contains("export: ok"), "{ok}");

    // A casualty figure changed in the file is caught and the record named.
    let text = std::fs::read_to_string(&file).unwrap();
    let mut dataset: serde_json::Value = serde_json::from_str(&text).unwrap();
    let claim = dataset["claims"][0]["id"].as_str().unwrap().to_owned();
    dataset["claims"][0]["quote"] = "a different quote".into();
    let forged = dir.path().join("forged.json");
    std::fs::write(&forged, serde_json::to_string_pretty(&dataset).unwrap()).unwrap();
    let output = crosscheck(&db)
        .args(["verify", "--export"])
        .arg(&forged)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(
        message.contains(&format!("claim {claim} differs")),
        "{message}"
    );
}
