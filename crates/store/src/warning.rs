//! Early warning's records: the alerts the escalation index raised, the webhook URLs they are
//! POSTed to, and every delivery attempt (`docs/escalation.md`).
//!
//! Alerts are computed elsewhere (the `analysis` crate, from the series alone); the store keeps
//! them once per week and formula, so raising the same week again stores nothing. Every write —
//! an alert stored, a webhook added or removed, a delivery attempted — is one transaction that
//! appends to the audit log. A webhook's URL often carries a secret (a token in its path), so the
//! log records only its scheme, host and SHA-256, never the URL itself; only admins list webhooks.

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::access::{self, Principal};
use crate::edit::invalid;
use crate::{StoreError, audit};

/// An alert as stored.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StoredAlert {
    /// Its number.
    pub id: u64,
    /// The week's Monday (YYYY-MM-DD).
    pub week: String,
    /// The formula that raised it ("escalation-v1").
    pub formula: String,
    /// The week's score.
    pub score: f64,
    /// The threshold it reached.
    pub threshold: f64,
    /// "crossed" or "above".
    pub kind: String,
    /// One sentence: what the week held.
    pub summary: String,
    /// The alert as JSON, as it is delivered.
    pub body: String,
    /// When it was stored (RFC 3339, UTC).
    pub raised: String,
}

/// An alert to store.
#[derive(Clone, Debug, PartialEq)]
pub struct NewAlert {
    /// The week's Monday (YYYY-MM-DD).
    pub week: String,
    /// The formula that raised it.
    pub formula: String,
    /// The week's score.
    pub score: f64,
    /// The threshold it reached.
    pub threshold: f64,
    /// "crossed" or "above".
    pub kind: String,
    /// One sentence: what the week held.
    pub summary: String,
    /// The alert as JSON, as it is to be delivered.
    pub body: String,
}

/// A webhook: a URL alerts are POSTed to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Webhook {
    /// Its number, to remove it by.
    pub id: u64,
    /// The URL.
    pub url: String,
    /// When it was added.
    pub created: String,
    /// When it was removed, if it was.
    pub removed: Option<String>,
}

/// One attempt to deliver an alert to a webhook.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Delivery {
    /// Its number.
    pub id: u64,
    /// The alert.
    pub alert: u64,
    /// The webhook.
    pub webhook: u64,
    /// When it was attempted.
    pub at: String,
    /// Whether the webhook took it (answered 2xx).
    pub ok: bool,
    /// The HTTP status, when there was an answer.
    pub status: Option<u16>,
    /// What went wrong, when something did.
    pub error: Option<String>,
}

/// What an attempt to deliver came to, to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeliveryOutcome {
    /// Whether the webhook took it.
    pub ok: bool,
    /// The HTTP status, when there was an answer.
    pub status: Option<u16>,
    /// What went wrong, when something did.
    pub error: Option<String>,
}

/// An alert a webhook has not taken yet.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingDelivery {
    /// The alert.
    pub alert: StoredAlert,
    /// The webhook.
    pub webhook: Webhook,
    /// How many attempts failed so far.
    pub failed_attempts: u32,
}

fn now() -> String {
    let now = jiff::Timestamp::now();
    now.round(jiff::Unit::Second).unwrap_or(now).to_string()
}

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

const ALERT_COLUMNS: &str = "id, week, formula, score, threshold, kind, summary, body, raised";

fn alert_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredAlert> {
    Ok(StoredAlert {
        id: to_u64(row.get(0)?),
        week: row.get(1)?,
        formula: row.get(2)?,
        score: row.get(3)?,
        threshold: row.get(4)?,
        kind: row.get(5)?,
        summary: row.get(6)?,
        body: row.get(7)?,
        raised: row.get(8)?,
    })
}

fn webhook_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Webhook> {
    Ok(Webhook {
        id: to_u64(row.get(0)?),
        url: row.get(1)?,
        created: row.get(2)?,
        removed: row.get(3)?,
    })
}

/// Stores the alerts not stored yet (same week and formula), in one transaction, and returns the
/// ones it stored.
pub(crate) fn record_alerts(
    conn: &mut Connection,
    who: &Principal,
    alerts: &[NewAlert],
) -> Result<Vec<StoredAlert>, StoreError> {
    access::may_raise_alerts(who)?;
    let tx = conn.transaction()?;
    let raised = now();
    let mut stored = Vec::new();
    let mut log: Option<audit::Appender> = None;
    for alert in alerts {
        let inserted = tx.execute(
            "INSERT INTO alerts (week, formula, score, threshold, kind, summary, body, raised)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (week, formula) DO NOTHING",
            rusqlite::params![
                alert.week,
                alert.formula,
                alert.score,
                alert.threshold,
                alert.kind,
                alert.summary,
                alert.body,
                raised
            ],
        )?;
        if inserted == 0 {
            continue;
        }
        let row = tx.query_row(
            &format!("SELECT {ALERT_COLUMNS} FROM alerts WHERE id = ?1"),
            [tx.last_insert_rowid()],
            alert_row,
        )?;
        let log = match &mut log {
            Some(log) => log,
            None => log.insert(audit::Appender::new(&tx, who.name())?),
        };
        log.append_json(
            &tx,
            "insert",
            "alert",
            &format!("{}/{}", row.formula, row.week),
            None,
            Some(row.body.clone()),
        )?;
        stored.push(row);
    }
    tx.commit()?;
    Ok(stored)
}

/// Every stored alert, by week.
pub(crate) fn alerts(conn: &Connection) -> Result<Vec<StoredAlert>, StoreError> {
    let mut statement = conn.prepare(&format!(
        "SELECT {ALERT_COLUMNS} FROM alerts ORDER BY week, formula"
    ))?;
    let rows = statement
        .query_map([], alert_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Checks a webhook URL: `http://` or `https://`, a host, no spaces. (Delivery says which schemes
/// it can reach; the store only refuses what is not a web address.)
fn check_url(url: &str) -> Result<(String, String), StoreError> {
    let bad = |why: &str| invalid("url", format!("{url:?} is not a webhook URL: {why}"));
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| bad("it must start with http:// or https://"))?;
    if scheme != "http" && scheme != "https" {
        return Err(bad("it must start with http:// or https://"));
    }
    if url.chars().any(char::is_whitespace) || url.len() > 2000 {
        return Err(bad("it holds spaces or is too long"));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    if host.is_empty() {
        return Err(bad("it names no host"));
    }
    Ok((scheme.to_owned(), host.to_owned()))
}

/// What the audit log keeps of a webhook: never the URL, which may carry a secret.
fn webhook_audit(hook: &Webhook) -> String {
    let (scheme, host) = check_url(&hook.url).unwrap_or_default();
    serde_json::json!({
        "id": hook.id,
        "scheme": scheme,
        "host": host,
        "url_sha256": hex::encode(Sha256::digest(hook.url.as_bytes())),
        "created": hook.created,
        "removed": hook.removed,
    })
    .to_string()
}

/// Adds a webhook.
pub(crate) fn add_webhook(
    conn: &mut Connection,
    who: &Principal,
    url: &str,
) -> Result<Webhook, StoreError> {
    access::may_manage_webhooks(who)?;
    check_url(url)?;
    let tx = conn.transaction()?;
    let taken: Option<i64> = tx
        .query_row(
            "SELECT id FROM webhooks WHERE url = ?1 AND removed IS NULL",
            [url],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(id) = taken {
        return Err(StoreError::Conflict {
            message: format!("webhook {id} already has this URL"),
            field: Some("url".into()),
        });
    }
    let created = now();
    tx.execute(
        "INSERT INTO webhooks (url, created) VALUES (?1, ?2)",
        rusqlite::params![url, created],
    )?;
    let hook = Webhook {
        id: to_u64(tx.last_insert_rowid()),
        url: url.to_owned(),
        created,
        removed: None,
    };
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append_json(
        &tx,
        "insert",
        "webhook",
        &hook.id.to_string(),
        None,
        Some(webhook_audit(&hook)),
    )?;
    tx.commit()?;
    Ok(hook)
}

/// The live webhooks, oldest first.
pub(crate) fn webhooks(conn: &Connection, who: &Principal) -> Result<Vec<Webhook>, StoreError> {
    access::may_manage_webhooks(who)?;
    live_webhooks(conn)
}

fn live_webhooks(conn: &Connection) -> Result<Vec<Webhook>, StoreError> {
    let mut statement = conn.prepare(
        "SELECT id, url, created, removed FROM webhooks WHERE removed IS NULL ORDER BY id",
    )?;
    let rows = statement
        .query_map([], webhook_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Removes a webhook: nothing more is sent to it (its past deliveries stay on record).
pub(crate) fn remove_webhook(
    conn: &mut Connection,
    who: &Principal,
    id: u64,
) -> Result<Webhook, StoreError> {
    access::may_manage_webhooks(who)?;
    let tx = conn.transaction()?;
    let before = tx
        .query_row(
            "SELECT id, url, created, removed FROM webhooks WHERE id = ?1 AND removed IS NULL",
            [to_i64(id)],
            webhook_row,
        )
        .optional()?
        .ok_or_else(|| StoreError::NotFound {
            entity: "webhook",
            id: id.to_string(),
        })?;
    let after = Webhook {
        removed: Some(now()),
        ..before.clone()
    };
    tx.execute(
        "UPDATE webhooks SET removed = ?2 WHERE id = ?1",
        rusqlite::params![to_i64(id), after.removed],
    )?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append_json(
        &tx,
        "delete",
        "webhook",
        &id.to_string(),
        Some(webhook_audit(&before)),
        Some(webhook_audit(&after)),
    )?;
    tx.commit()?;
    Ok(after)
}

/// The alerts each live webhook has not taken yet: alerts raised since the webhook was added
/// (a new webhook is not sent the record's whole history), with fewer than `max_attempts` failed
/// attempts, by alert then webhook.
pub(crate) fn pending_deliveries(
    conn: &Connection,
    who: &Principal,
    max_attempts: u32,
) -> Result<Vec<PendingDelivery>, StoreError> {
    access::may_raise_alerts(who)?;
    let alerts = alerts(conn)?;
    let hooks = live_webhooks(conn)?;
    let mut pending = Vec::new();
    for alert in &alerts {
        for hook in hooks.iter().filter(|h| alert.raised >= h.created) {
            let (taken, failed): (i64, i64) = conn.query_row(
                "SELECT coalesce(sum(ok), 0), coalesce(sum(1 - ok), 0)
                 FROM alert_deliveries WHERE alert = ?1 AND webhook = ?2",
                [to_i64(alert.id), to_i64(hook.id)],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?;
            let failed = u32::try_from(failed).unwrap_or(u32::MAX);
            if taken == 0 && failed < max_attempts {
                pending.push(PendingDelivery {
                    alert: alert.clone(),
                    webhook: hook.clone(),
                    failed_attempts: failed,
                });
            }
        }
    }
    Ok(pending)
}

/// Records one attempt to deliver an alert to a webhook.
pub(crate) fn record_delivery(
    conn: &mut Connection,
    who: &Principal,
    alert: u64,
    webhook: u64,
    outcome: &DeliveryOutcome,
) -> Result<Delivery, StoreError> {
    access::may_raise_alerts(who)?;
    let tx = conn.transaction()?;
    let at = now();
    tx.execute(
        "INSERT INTO alert_deliveries (alert, webhook, at, ok, status, error)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        rusqlite::params![
            to_i64(alert),
            to_i64(webhook),
            at,
            i64::from(outcome.ok),
            outcome.status,
            outcome.error
        ],
    )?;
    let delivery = Delivery {
        id: to_u64(tx.last_insert_rowid()),
        alert,
        webhook,
        at,
        ok: outcome.ok,
        status: outcome.status,
        error: outcome.error.clone(),
    };
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append(
        &tx,
        "insert",
        "delivery",
        &delivery.id.to_string(),
        None,
        Some(&delivery),
    )?;
    tx.commit()?;
    Ok(delivery)
}

/// Every delivery attempt, oldest first.
pub(crate) fn deliveries(conn: &Connection, who: &Principal) -> Result<Vec<Delivery>, StoreError> {
    access::may_raise_alerts(who)?;
    let mut statement = conn.prepare(
        "SELECT id, alert, webhook, at, ok, status, error FROM alert_deliveries ORDER BY id",
    )?;
    let rows = statement
        .query_map([], |row| {
            Ok(Delivery {
                id: to_u64(row.get(0)?),
                alert: to_u64(row.get(1)?),
                webhook: to_u64(row.get(2)?),
                at: row.get(3)?,
                ok: row.get::<_, i64>(4)? != 0,
                status: row
                    .get::<_, Option<i64>>(5)?
                    .and_then(|s| u16::try_from(s).ok()),
                error: row.get(6)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

impl crate::Store {
    /// Stores the alerts not stored yet (one per week and formula) and returns those it stored.
    pub fn record_alerts(
        &mut self,
        who: &Principal,
        alerts: &[NewAlert],
    ) -> Result<Vec<StoredAlert>, StoreError> {
        record_alerts(&mut self.conn, who, alerts)
    }

    /// Every stored alert, by week.
    pub fn alerts(&self) -> Result<Vec<StoredAlert>, StoreError> {
        alerts(&self.conn)
    }

    /// Adds a webhook URL that alerts are POSTed to.
    pub fn add_webhook(&mut self, who: &Principal, url: &str) -> Result<Webhook, StoreError> {
        add_webhook(&mut self.conn, who, url)
    }

    /// The live webhooks, oldest first.
    pub fn webhooks(&self, who: &Principal) -> Result<Vec<Webhook>, StoreError> {
        webhooks(&self.conn, who)
    }

    /// Removes a webhook.
    pub fn remove_webhook(&mut self, who: &Principal, id: u64) -> Result<Webhook, StoreError> {
        remove_webhook(&mut self.conn, who, id)
    }

    /// The alerts live webhooks have not taken yet (raised since the webhook was added, with
    /// fewer than `max_attempts` failed attempts).
    pub fn pending_deliveries(
        &self,
        who: &Principal,
        max_attempts: u32,
    ) -> Result<Vec<PendingDelivery>, StoreError> {
        pending_deliveries(&self.conn, who, max_attempts)
    }

    /// Records one attempt to deliver an alert to a webhook.
    pub fn record_delivery(
        &mut self,
        who: &Principal,
        alert: u64,
        webhook: u64,
        outcome: &DeliveryOutcome,
    ) -> Result<Delivery, StoreError> {
        record_delivery(&mut self.conn, who, alert, webhook, outcome)
    }

    /// Every delivery attempt, oldest first.
    pub fn deliveries(&self, who: &Principal) -> Result<Vec<Delivery>, StoreError> {
        deliveries(&self.conn, who)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;

    #[test]
    fn webhook_urls_are_web_addresses() {
        assert_eq!(
            check_url("http://127.0.0.1:9000/hook").unwrap(),
            ("http".into(), "127.0.0.1:9000".into())
        );
        assert_eq!(
            check_url("https://user:pw@hooks.example.org/T0/B1?x=1")
                .unwrap()
                .1,
            "hooks.example.org"
        );
        for bad in [
            "ftp://x/y",
            "hooks.example.org/x",
            "http:///path",
            "http://a b/",
        ] {
            assert!(check_url(bad).is_err(), "{bad}");
        }
    }
}
