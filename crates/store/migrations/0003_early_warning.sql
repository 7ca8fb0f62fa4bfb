-- Early warning (docs/escalation.md): the alerts the escalation index raised, the webhook URLs
-- they are POSTed to, and every attempt to deliver one.

-- One alert per week and formula: raising the same week again stores nothing. `body` is the alert
-- as JSON, exactly as it is delivered.
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY NOT NULL,
    week TEXT NOT NULL,
    formula TEXT NOT NULL,
    score REAL NOT NULL,
    threshold REAL NOT NULL,
    kind TEXT NOT NULL,
    summary TEXT NOT NULL,
    body TEXT NOT NULL,
    raised TEXT NOT NULL,
    UNIQUE (week, formula)
) STRICT;

-- Where alerts go. A removed webhook keeps its row (its deliveries refer to it), marked removed;
-- a live URL is listed once.
CREATE TABLE webhooks (
    id INTEGER PRIMARY KEY NOT NULL,
    url TEXT NOT NULL,
    created TEXT NOT NULL,
    removed TEXT
) STRICT;

CREATE UNIQUE INDEX webhooks_live_url ON webhooks (url) WHERE removed IS NULL;

-- Every attempt to POST an alert to a webhook: when, and whether it was taken (a 2xx answer), or
-- the status or error that says why not.
CREATE TABLE alert_deliveries (
    id INTEGER PRIMARY KEY NOT NULL,
    alert INTEGER NOT NULL REFERENCES alerts (id),
    webhook INTEGER NOT NULL REFERENCES webhooks (id),
    at TEXT NOT NULL,
    ok INTEGER NOT NULL,
    status INTEGER,
    error TEXT
) STRICT;

CREATE INDEX alert_deliveries_by_pair ON alert_deliveries (alert, webhook);
