-- The record: actors, sources, incidents, claims, ceasefires, talks, statements, and the audit log.
-- Scalar fields are columns; lists and nested values are canonical JSON text, written and read
-- only through the model's serde types. Foreign keys are deferred so that a transaction may
-- insert records in any order.

CREATE TABLE actors (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    party INTEGER NOT NULL DEFAULT 0,
    aliases TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE TABLE sources (
    id TEXT PRIMARY KEY NOT NULL,
    publisher TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT,
    author TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    affiliation TEXT REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    copy_of TEXT REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED,
    archived_sha256 TEXT,
    restricted INTEGER NOT NULL DEFAULT 0,
    contact TEXT,
    internal_notes TEXT
) STRICT;

CREATE TABLE incidents (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    end_date TEXT,
    date_precision TEXT NOT NULL,
    event_type TEXT NOT NULL,
    -- The principal place, repeated out of `places` so that lists can filter and sort on it.
    country TEXT NOT NULL,
    admin1 TEXT,
    admin2 TEXT,
    lat REAL,
    lon REAL,
    places TEXT NOT NULL,
    cross_from TEXT,
    cross_to TEXT,
    perpetrators TEXT NOT NULL DEFAULT '[]',
    target TEXT,
    summary TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    related TEXT NOT NULL DEFAULT '[]',
    external_ids TEXT NOT NULL DEFAULT '[]',
    attributes TEXT NOT NULL DEFAULT '{}',
    internal_notes TEXT
) STRICT;

CREATE INDEX incidents_by_date ON incidents (date);
CREATE INDEX incidents_by_place ON incidents (country, admin1);

CREATE TABLE claims (
    id TEXT PRIMARY KEY NOT NULL,
    incident TEXT NOT NULL REFERENCES incidents (id) DEFERRABLE INITIALLY DEFERRED,
    source TEXT NOT NULL REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED,
    claimant TEXT REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    losses_of TEXT REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    figures TEXT NOT NULL DEFAULT '{}',
    attributed_to TEXT REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    responsibility TEXT,
    as_of TEXT,
    quote TEXT
) STRICT;

CREATE INDEX claims_by_incident ON claims (incident);
CREATE INDEX claims_by_source ON claims (source);

CREATE TABLE ceasefires (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    parties TEXT NOT NULL DEFAULT '[]',
    mediators TEXT NOT NULL DEFAULT '[]',
    venue TEXT,
    announced TEXT,
    start_date TEXT NOT NULL,
    end_date TEXT,
    outcome TEXT,
    sources TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE TABLE talks (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    parties TEXT NOT NULL DEFAULT '[]',
    mediators TEXT NOT NULL DEFAULT '[]',
    venue TEXT,
    start_date TEXT NOT NULL,
    end_date TEXT,
    outcome TEXT NOT NULL,
    summary TEXT,
    sources TEXT NOT NULL DEFAULT '[]'
) STRICT;

CREATE TABLE statements (
    id TEXT PRIMARY KEY NOT NULL,
    actor TEXT NOT NULL REFERENCES actors (id) DEFERRABLE INITIALLY DEFERRED,
    speaker TEXT,
    office TEXT,
    date TEXT NOT NULL,
    channel TEXT,
    text TEXT NOT NULL,
    verbatim INTEGER NOT NULL DEFAULT 0,
    stance TEXT NOT NULL,
    about_incidents TEXT NOT NULL DEFAULT '[]',
    about_actors TEXT NOT NULL DEFAULT '[]',
    source TEXT REFERENCES sources (id) DEFERRABLE INITIALLY DEFERRED,
    url TEXT
) STRICT;

CREATE INDEX statements_by_date ON statements (date);

-- Every write, in order. Each entry's hash covers the previous entry's hash and the entry itself
-- (see audit.rs), so altering, removing or reordering an entry breaks every hash after it.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    author TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before TEXT,
    after TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
) STRICT;
