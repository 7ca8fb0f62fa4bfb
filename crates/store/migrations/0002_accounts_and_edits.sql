-- Editing the record from the web: record versions (for ETags), soft deletion, merged incidents,
-- verifiers' reviews, and the accounts that sign every change (users, sessions, API tokens).

-- Every editable record carries a version, bumped by every write to it (an update, a delete, a
-- restore), and a deleted flag: a deleted record stays in its table, and in the audit log, and can
-- be restored.
ALTER TABLE sources ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sources ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE incidents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE incidents ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE claims ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ceasefires ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE ceasefires ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE talks ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE talks ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE statements ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE statements ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;

-- An incident merged into another keeps its id resolvable: the alias points at the survivor.
CREATE TABLE incident_aliases (
    alias TEXT PRIMARY KEY NOT NULL,
    survivor TEXT NOT NULL REFERENCES incidents (id) DEFERRABLE INITIALLY DEFERRED
) STRICT;

-- A verifier's decision on an incident: the grade given and why. Computed grades are not stored.
CREATE TABLE reviews (
    incident TEXT PRIMARY KEY NOT NULL REFERENCES incidents (id) DEFERRABLE INITIALLY DEFERRED,
    grade TEXT NOT NULL,
    reason TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL
) STRICT;

-- People who sign in. Passwords are kept only as argon2id PHC strings.
CREATE TABLE users (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Signed-in browsers. Only the SHA-256 of the session id is kept, so a copy of the database does
-- not let anyone take over a session.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    csrf TEXT NOT NULL,
    created TEXT NOT NULL,
    expires TEXT NOT NULL
) STRICT;

CREATE INDEX sessions_by_user ON sessions (user_id);

-- API tokens, kept as the SHA-256 of the token, each scoped to a role no higher than its user's.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    label TEXT,
    created TEXT NOT NULL,
    revoked TEXT
) STRICT;
