//! `crosscheck escalation`, `alerts`, `webhook` and `backtest`, run as a user runs them on the demo
//! data: the weekly series against its golden file, alerts raised once and POSTed to a local
//! listener, failures reported without stopping, and the backtest table with its baseline.
//!
//! The golden file `tests/golden/escalation-demo.json` is the exact output of `escalation --json`;
//! after a deliberate change, run with `CROSSCHECK_BLESS=1` and read the diff before committing.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;

use crate::common::{crosscheck, demo_db, golden, stdout};
use assert_cmd::Command;

#[test]
fn escalation_json_matches_the_golden_file_and_shows_october_2025() {
    let (_dir, db) = demo_db();
    let json = stdout(crosscheck(&db).args(["escalation", "--json"]));
    golden("escalation-demo.json", &json);
    let weeks: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    // One object per line, one per week, Mondays from the first incident to the last.
    assert_eq!(json.lines().count(), weeks.len() + 2);
    assert_eq!(weeks[0]["week"], "2022-04-11");
    assert_eq!(weeks.last().unwrap()["week"], "2025-11-24");
    for week in &weeks {
        for key in ["week", "score", "alert", "components", "contributions"] {
            assert!(week.get(key).is_some(), "{key} in {week}");
        }
        for component in [
            "incidents",
            "killed",
            "civilians_killed",
            "civilians_injured",
            "civilian_harm",
            "severity",
            "rhetoric",
            "ceasefire",
        ] {
            assert!(week["components"].get(component).is_some(), "{component}");
        }
    }
    let week = |monday: &str| {
        weeks
            .iter()
            .find(|w| w["week"] == monday)
            .unwrap_or_else(|| panic!("{monday}"))
    };
    assert_eq!(week("2025-09-29")["score"], 0.0);
    assert_eq!(week("2025-10-06")["alert"], true);
    assert_eq!(week("2025-10-13")["alert"], true);
    assert_eq!(week("2025-10-13")["components"]["ceasefire"], "broken");
    assert!(
        week("2025-10-13")["incidents"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("inc-2025-10-17-paktika"))
    );
    let text = stdout(crosscheck(&db).args(["escalation"]));
    assert!(text.contains("2025-10-13  16.80  ALERT"), "{text}");
    assert!(text.contains("190 weeks in all; 179 scored 0"), "{text}");
}

/// Answers `count` POSTs with 200 and returns their request lines and bodies.
fn listener(
    count: usize,
) -> (
    String,
    TcpListener,
    std::thread::JoinHandle<Vec<(String, String)>>,
) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "http://{}/crosscheck-alerts",
        listener.local_addr().unwrap()
    );
    let server = listener.try_clone().unwrap();
    let handle = std::thread::spawn(move || {
        (0..count)
            .map(|_| {
                let (stream, _) = server.accept().unwrap();
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut first = String::new();
                reader.read_line(&mut first).unwrap();
                let mut length = 0;
                loop {
                    let mut line = String::new();
                    reader.read_line(&mut line).unwrap();
                    if let Some(v) = line.to_lowercase().strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap();
                    }
                    if line == "\r\n" {
                        break;
                    }
                }
                let mut body = vec![0u8; length];
                reader.read_exact(&mut body).unwrap();
                let mut stream = stream;
                stream
                    .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                    .unwrap();
                (
                    first.trim_end().to_owned(),
                    String::from_utf8(body).unwrap(),
                )
            })
            .collect()
    });
    (url, listener, handle)
}

#[test]
fn alerts_are_raised_once_and_posted_to_the_webhooks() {
    let (_dir, db) = demo_db();
    let (url, listener, server) = listener(5);
    let added = stdout(crosscheck(&db).args(["webhook", "add", &url]));
    assert_eq!(added, format!("webhook 1 added: {url}\n"));
    assert_eq!(
        stdout(crosscheck(&db).args(["webhook", "list"]))
            .split_whitespace()
            .nth(1),
        Some(url.as_str())
    );
    let first = stdout(crosscheck(&db).args(["alerts"]));
    assert!(
        first.starts_with("5 new alert(s) raised; 5 in all"),
        "{first}"
    );
    let received = server.join().unwrap();
    let weeks: Vec<String> = received
        .iter()
        .map(|(request, body)| {
            assert_eq!(request, "POST /crosscheck-alerts HTTP/1.1");
            let alert: serde_json::Value = serde_json::from_str(body).unwrap();
            assert_eq!(alert["formula"], "escalation-v1");
            assert_eq!(alert["threshold"], 6.0);
            alert["week"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(
        weeks,
        [
            "2022-04-11",
            "2024-03-18",
            "2025-10-06",
            "2025-10-13",
            "2025-11-03"
        ]
    );
    let october: serde_json::Value = serde_json::from_str(&received[3].1).unwrap();
    assert_eq!(october["kind"], "above");
    assert_eq!(october["components"]["ceasefire"], "broken");
    assert!(
        october["summary"]
            .as_str()
            .unwrap()
            .starts_with("Week of 13 Oct 2025: score 16.8 (threshold 6) — 3 incidents")
    );

    // Again: nothing new is raised and nothing is sent twice.
    let second = stdout(crosscheck(&db).args(["alerts"]));
    assert!(
        second.starts_with("0 new alert(s) raised; 5 in all"),
        "{second}"
    );
    listener.set_nonblocking(true).unwrap();
    assert!(listener.accept().is_err(), "a second POST was made");
    let listed: Vec<serde_json::Value> =
        serde_json::from_str(&stdout(crosscheck(&db).args(["alerts", "--json"]))).unwrap();
    assert_eq!(listed.len(), 5);
    assert_eq!(listed[3]["alert"]["week"], "2025-10-13");

    // Removed, it is listed no more; adding and removing are in the audit log.
    stdout(crosscheck(&db).args(["webhook", "remove", "1"]));
    assert_eq!(stdout(crosscheck(&db).args(["webhook", "list"])), "");
    let verified = stdout(crosscheck(&db).args(["verify"]));
    assert!(verified.contains("hash chain: ok"), "{verified}");
}

#[test]
fn a_dead_webhook_is_reported_and_does_not_stop_the_alerts() {
    let (_dir, db) = demo_db();
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    stdout(crosscheck(&db).args(["webhook", "add", &format!("http://127.0.0.1:{port}/gone")]));
    let output = crosscheck(&db).args(["alerts"]).output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("warning: the alert for the week of 2025-10-13 was not delivered to webhook 1: cannot connect"),
        "{stderr}"
    );
    assert!(
        stderr.contains("(attempt 1 of 5; it is retried on the next run)"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.starts_with("5 new alert(s) raised"), "{stdout}");
    // The next run tries again.
    let again = crosscheck(&db).args(["alerts"]).output().unwrap();
    assert!(String::from_utf8_lossy(&again.stderr).contains("attempt 2 of 5"));
}

#[test]
fn webhooks_refuse_what_is_not_a_web_address() {
    let (_dir, db) = demo_db();
    let output = crosscheck(&db)
        .args(["webhook", "add", "ftp://example.org/x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("http:// or https://"));
    let output = crosscheck(&db)
        .args(["webhook", "remove", "7"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn backtest_prints_the_index_beside_the_baseline() {
    let (dir, db) = demo_db();
    let text = stdout(crosscheck(&db).args(["backtest"]));
    assert!(
        text.contains("(190 weeks, weeks of 2022-04-11 to 2025-11-24)"),
        "{text}"
    );
    let index = text.lines().find(|l| l.starts_with("index ")).unwrap();
    let baseline = text.lines().find(|l| l.starts_with("baseline ")).unwrap();
    assert!(index.contains(" fixed "), "{index}");
    assert!(baseline.contains(" fixed "), "{baseline}");
    assert!(text.contains("onsets: 2025-10-06"), "{text}");

    // ACLED-format history from a file (a small one written here; the real files are not in
    // the repository and tests do not read them).
    let acled = dir.path().join("acled.csv");
    let mut csv = String::from(
        "event_date,event_type,sub_event_type,admin1,location,latitude,longitude,fatalities,civilian_targeting\n",
    );
    for week in 0..70 {
        let day = analysis::warning::week::add_days(model::Date::constant(2022, 1, 3), 7 * week);
        let killed = if week == 60 { 40 } else { 1 };
        csv.push_str(&format!(
            "{day},Battles,Armed clash,Balochistan,Turbat,26.0,63.0,{killed},\n"
        ));
    }
    std::fs::write(&acled, csv).unwrap();
    let json = stdout(
        crosscheck(&db)
            .args(["backtest", "--json", "--acled"])
            .arg(&acled),
    );
    let results: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(results.len(), 2);
    let history = &results[1];
    assert_eq!(history["weeks"], 70);
    let rules: Vec<(String, String)> = history["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["rule"].as_str().unwrap().to_owned(),
                r["threshold_from"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        rules,
        [
            ("index".into(), "fixed".into()),
            ("baseline".into(), "fixed".into()),
            ("index".into(), "warm-up year".into()),
            ("baseline".into(), "warm-up year".into()),
        ]
    );
    assert_eq!(history["rules"][0]["onsets"], 1);
    // Without a database, the file alone.
    let alone = stdout(
        crosscheck(&dir.path().join("none.db"))
            .args(["backtest", "--acled"])
            .arg(&acled),
    );
    assert!(alone.starts_with("ACLED history in "), "{alone}");
}

#[test]
fn the_docs_show_what_backtest_prints_for_the_demo() {
    // docs/escalation.md pastes `crosscheck --db demo.db backtest`; it must stay the output.
    let (dir, _db) = demo_db();
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.current_dir(dir.path())
        .env_remove("CROSSCHECK_DB")
        .args(["--db", "demo.db", "backtest"]);
    let table = stdout(&mut cmd);
    let docs = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/escalation.md"),
    )
    .unwrap();
    assert!(
        docs.contains(&format!("```\n{table}```")),
        "docs/escalation.md does not show the current output of `backtest` on the demo:\n{table}"
    );
}
