//! `alerts`: raises the alerts the escalation index calls for, POSTs the new ones to the
//! configured webhooks, and lists every alert raised so far.
//!
//! The alerts are computed from the series alone (`analysis`), so running the command twice
//! raises nothing new; the store keeps one alert per week. Each webhook is sent every alert raised
//! since it was added until it answers 2xx, at most [`MAX_ATTEMPTS`] times; a failure is reported
//! on standard error and retried on the next run, and never stops the command. Run it after each
//! import (from cron, for instance) to be warned.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use analysis::warning::escalation;
use store::{NewAlert, Principal, Store};

use super::escalation::series_of;
use super::webhook::{TIMEOUT, post_json};

/// How many failed attempts to deliver one alert to one webhook before giving up.
pub const MAX_ATTEMPTS: u32 = 5;

/// `crosscheck alerts [--json]`.
pub fn run(db: &Path, json: bool) -> anyhow::Result<()> {
    let mut store = Store::open_existing(db)?;
    let who = Principal::local("crosscheck alerts");
    let series = series_of(&store.export()?)?;
    let new: Vec<NewAlert> = escalation::alerts(&series)
        .into_iter()
        .map(|alert| {
            Ok(NewAlert {
                week: alert.week.to_string(),
                formula: alert.formula.to_owned(),
                score: escalation::round3(alert.score),
                threshold: alert.threshold,
                kind: alert.kind.as_str().to_owned(),
                summary: alert.summary.clone(),
                body: serde_json::to_string(&alert)?,
            })
        })
        .collect::<anyhow::Result<_>>()?;
    let raised = store.record_alerts(&who, &new)?;
    for pending in store.pending_deliveries(&who, MAX_ATTEMPTS)? {
        let outcome = post_json(&pending.webhook.url, &pending.alert.body, TIMEOUT);
        store.record_delivery(&who, pending.alert.id, pending.webhook.id, &outcome)?;
        if !outcome.ok {
            let attempt = pending.failed_attempts + 1;
            eprintln!(
                "warning: the alert for the week of {} was not delivered to webhook {}: {} (attempt {attempt} of {MAX_ATTEMPTS}{})",
                pending.alert.week,
                pending.webhook.id,
                outcome.error.as_deref().unwrap_or("no reason given"),
                if attempt < MAX_ATTEMPTS {
                    "; it is retried on the next run"
                } else {
                    "; giving up"
                },
            );
        }
    }
    let all = store.alerts()?;
    if json {
        let listed = all
            .iter()
            .map(|a| {
                Ok(serde_json::json!({
                    "id": a.id,
                    "raised": a.raised,
                    "alert": serde_json::from_str::<serde_json::Value>(&a.body)?,
                }))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let text = format!("{}\n", serde_json::to_string_pretty(&listed)?);
        std::io::stdout().lock().write_all(text.as_bytes())?;
        return Ok(());
    }
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{} new alert(s) raised; {} in all ({}, threshold {}):",
        raised.len(),
        all.len(),
        series.formula.name,
        series.formula.threshold
    );
    for a in &all {
        let _ = writeln!(
            text,
            "{:>4}  {}  {:<7}  {}",
            a.id, a.week, a.kind, a.summary
        );
    }
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}
