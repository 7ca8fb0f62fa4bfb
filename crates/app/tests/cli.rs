//! The `crosscheck` binary, run as a user runs it: init, stats, import, export, demo, and the
//! errors a user meets.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;

const DEMO_JSON: &str = include_str!("../../../data/demo/dataset.json");

fn crosscheck(db: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.arg("--db").arg(db).env_remove("CROSSCHECK_DB");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

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
    let imported = stdout(crosscheck(&second_db).args(["import", "json"]).arg(&file));
    assert!(imported.contains("inserted"), "{imported}");
    let again = stdout(crosscheck(&second_db).args(["export", "json"]));
    assert_eq!(again, std::fs::read_to_string(&file).unwrap());
    // The demo file itself is canonical, so it is what comes out.
    assert_eq!(again, DEMO_JSON);
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
