//! The API's own request and response shapes, apart from the model: pages of records, errors,
//! the bodies of reviews, merges, users and tokens. Records themselves travel in the dataset
//! format's shape (`docs/data-format.md`), already redacted for the caller by the store.

use model::{Claim, IncidentId, Source};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An error.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: ErrorDetail,
}

/// What went wrong, for programs (`code`) and for people (`message`).
#[derive(Debug, Serialize, JsonSchema)]
pub struct ErrorDetail {
    /// A stable code: `invalid`, `not_found`, `unauthenticated`, `forbidden`, `csrf`, `conflict`,
    /// `precondition_failed`, `precondition_required`, `rate_limited`, `no_route`, `internal`.
    pub code: String,
    /// A sentence that says what is wrong.
    pub message: String,
    /// The field to blame (a path such as `places[0].coordinates`, or a header name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// One page of a list.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Page<T> {
    /// The records of this page.
    pub items: Vec<T>,
    /// The cursor of the next page (pass it as `cursor`), absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// A new source and the claims it carries, written together (so that a contributor can record
/// claims from a restricted source, which it could not cite afterwards).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSource {
    /// The source.
    pub source: Source,
    /// Its claims; each names the new source.
    #[serde(default)]
    pub claims: Vec<Claim>,
}

/// Which incident to merge into the one in the address.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MergeRequest {
    /// The duplicate: its claims move to the survivor and its id becomes an alias.
    pub duplicate: IncidentId,
}

/// Who the caller is.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Me {
    /// The name writes are signed with (`public` without signing in).
    pub name: String,
    /// The role: `public`, `viewer`, `contributor`, `verifier` or `admin`.
    pub role: String,
}

/// A new user.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUser {
    /// The name to sign in with.
    pub name: String,
    /// `viewer`, `contributor`, `verifier` or `admin`.
    pub role: String,
}

/// A user just made, with the one-time password to hand over (shown only here).
#[derive(Debug, Serialize, JsonSchema)]
pub struct UserCreated {
    /// The user.
    pub user: store::User,
    /// The one-time password.
    pub password: String,
}

/// A new API token.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NewToken {
    /// The user it acts for.
    pub user: String,
    /// The role it is scoped to (the user's own when absent; never above it).
    #[serde(default)]
    pub role: Option<String>,
    /// What it is for.
    #[serde(default)]
    pub label: Option<String>,
}

/// A token just made, with its secret (shown only here).
#[derive(Debug, Serialize, JsonSchema)]
pub struct TokenCreated {
    /// The token.
    pub token: store::Token,
    /// The secret to send as `Authorization: Bearer …`.
    pub secret: String,
}

/// One entry of the audit log.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AuditEntryOut {
    /// Its position in the log, from 1.
    pub seq: u64,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// Who.
    pub author: String,
    /// What was done (`insert`, `update`, `delete`, `restore`, `merge`, `review`…).
    pub action: String,
    /// The kind of record.
    pub entity: String,
    /// The record's id.
    pub entity_id: String,
    /// The record before, as JSON text.
    pub before: Option<String>,
    /// The record after, as JSON text.
    pub after: Option<String>,
    /// The previous entry's hash.
    pub prev_hash: String,
    /// This entry's hash: SHA-256 over the previous hash and the entry.
    pub hash: String,
}

impl From<store::AuditEntry> for AuditEntryOut {
    fn from(e: store::AuditEntry) -> Self {
        AuditEntryOut {
            seq: e.seq,
            at: e.at,
            author: e.author,
            action: e.action,
            entity: e.entity,
            entity_id: e.entity_id,
            before: e.before,
            after: e.after,
            prev_hash: e.prev_hash,
            hash: e.hash,
        }
    }
}

/// The audit log's size and Merkle root.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AuditRoot {
    /// Entries in the log.
    pub entries: u64,
    /// The RFC 6962 Merkle root over the entries' hashes.
    pub root: String,
    /// Whether the hash chain verifies.
    pub verified: bool,
}
