//! Writing the record on behalf of a principal: create, update, soft delete and restore for every
//! editable kind, a source together with its claims, merging duplicate incidents, and verifiers'
//! reviews.
//!
//! Every method runs in one transaction that checks the principal's permission (`access.rs`), the
//! record's own rules and its references, compares the version the writer read with the one
//! stored (so a stale update writes nothing), writes, and appends the change to the audit log,
//! signed with the principal's name. Either all of it lands or none of it does.

use model::{Claim, Dataset, DatasetError, Incident, IncidentId, RecordKind, Source, Status};
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::access::{self, Action, Principal};
use crate::records::{self, Kind, Record, Stored};
use crate::visibility::{RESTRICTED_SOURCE_ID, Visibility};
use crate::{StoreError, audit};

/// A write's result: the record's id and new version, and the record as the writer may now see
/// it (None when the writer may not read it back, such as a contributor's restricted source).
#[derive(Clone, Debug, PartialEq)]
pub struct Written<R> {
    /// The record's id.
    pub id: String,
    /// Its version after the write.
    pub version: u64,
    /// The record, as the writer may see it.
    pub record: Option<R>,
}

/// A verifier's grade: how far the record of an incident can be trusted. The scale is the one
/// civilian-harm monitors use (Airwars'); the grade computed from the claims is the analysis
/// crate's business, this is the verifier's decision, kept with its reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// The harm is acknowledged by the party responsible, or established beyond doubt.
    Confirmed,
    /// Reported by two or more credible sources, with little doubt about the event.
    Fair,
    /// Reported by a single source, or poorly.
    Weak,
    /// Competing claims about who was responsible.
    Contested,
    /// Looked into and judged unfounded, or outside scope.
    Discounted,
}

impl Grade {
    /// Every grade, strongest first.
    pub const ALL: [Grade; 5] = [
        Grade::Confirmed,
        Grade::Fair,
        Grade::Weak,
        Grade::Contested,
        Grade::Discounted,
    ];

    /// The grade's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Confirmed => "confirmed",
            Grade::Fair => "fair",
            Grade::Weak => "weak",
            Grade::Contested => "contested",
            Grade::Discounted => "discounted",
        }
    }

    /// Reads a grade's name.
    pub fn parse(text: &str) -> Result<Grade, StoreError> {
        Grade::ALL
            .into_iter()
            .find(|g| g.as_str() == text)
            .ok_or_else(|| invalid("grade", format!("unknown grade {text:?}")))
    }
}

/// A verifier's review of one incident, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Review {
    /// The grade given.
    pub grade: Grade,
    /// Why.
    pub reason: String,
    /// Who gave it.
    pub reviewer: String,
    /// When (RFC 3339, UTC).
    pub at: String,
}

/// What a verifier decides about an incident: a new status (publish, discount, send back), a
/// grade with its reason, or both.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewInput {
    /// The status to set.
    #[serde(default)]
    pub status: Option<Status>,
    /// The grade to give.
    #[serde(default)]
    pub grade: Option<Grade>,
    /// Why: required with a grade.
    #[serde(default)]
    pub reason: Option<String>,
}

/// What merging two incidents did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct MergeSummary {
    /// The incident that remains.
    pub survivor: String,
    /// The incident merged into it, whose id now resolves to the survivor.
    pub merged: String,
    /// Claims moved to the survivor.
    pub claims_moved: u64,
    /// Other records (statements, related incidents) whose links were redirected.
    pub links_redirected: u64,
}

pub(crate) fn invalid(field: &str, message: impl Into<String>) -> StoreError {
    StoreError::Invalid(DatasetError {
        path: field.to_owned(),
        message: message.into(),
    })
}

/// Turns a dataset error about a record wrapped alone in a dataset (`claims[0].source`) into one
/// about the record's field (`source`).
fn field_error(error: DatasetError) -> StoreError {
    let path = match error.path.split_once("].") {
        Some((_, field)) => field.to_owned(),
        None if error.path.ends_with(']') => String::new(),
        None => error.path,
    };
    StoreError::Invalid(DatasetError {
        path,
        message: error.message,
    })
}

/// Whether a live record of `kind` with `id` is visible to a reader with this visibility, for
/// reference checks: a reference to something the writer may not see is refused exactly like a
/// reference to nothing.
fn known(conn: &Connection, visibility: &Visibility) -> impl Fn(RecordKind, &str) -> bool {
    move |kind, id| match kind {
        RecordKind::Incident => visibility.sees_incident(id),
        RecordKind::Source => visibility.sees_source(id),
        RecordKind::Actor => conn
            .query_row("SELECT 1 FROM actors WHERE id = ?1", [id], |_| Ok(()))
            .optional()
            .ok()
            .flatten()
            .is_some(),
    }
}

/// Checks a dataset of records about to be written against the record as `who` sees it.
fn check_references(
    tx: &Transaction<'_>,
    who: &Principal,
    dataset: &Dataset,
) -> Result<(), StoreError> {
    let visibility = Visibility::load(tx, who.sight())?;
    dataset
        .check_against(&known(tx, &visibility))
        .map_err(field_error)
}

/// Refuses an id already used by a record of the kind (live or deleted), or by a merged incident.
fn check_id_free<R: Record>(tx: &Transaction<'_>, id: &str) -> Result<(), StoreError> {
    if R::ENTITY == "source" && id == RESTRICTED_SOURCE_ID {
        return Err(invalid(
            "id",
            format!("the source id {RESTRICTED_SOURCE_ID:?} is reserved; choose another"),
        ));
    }
    let alias: Option<String> = if R::ENTITY == "incident" {
        tx.query_row(
            "SELECT survivor FROM incident_aliases WHERE alias = ?1",
            [id],
            |row| row.get(0),
        )
        .optional()?
    } else {
        None
    };
    if alias.is_some() || records::id_taken::<R>(tx, id)? {
        return Err(StoreError::Conflict {
            message: format!(
                "the {} id {id:?} is already taken; choose another",
                R::ENTITY
            ),
            field: Some("id".into()),
        });
    }
    Ok(())
}

/// Loads a live record the principal may see, or says it is not found.
fn visible_stored<R: Kind>(
    tx: &Transaction<'_>,
    who: &Principal,
    id: &str,
) -> Result<(Stored<R>, Visibility), StoreError> {
    let not_found = || StoreError::NotFound {
        entity: R::NOUN,
        id: id.to_owned(),
    };
    let stored = records::load_stored::<R>(tx, id)?.ok_or_else(not_found)?;
    let visibility = Visibility::load(tx, who.sight())?;
    if stored.deleted || stored.record.clone().redact(&visibility).is_none() {
        return Err(not_found());
    }
    Ok((stored, visibility))
}

fn check_version<R: Kind>(id: &str, stored: u64, expected: Option<u64>) -> Result<(), StoreError> {
    match expected {
        Some(expected) if expected != stored => Err(StoreError::Stale {
            entity: R::NOUN,
            id: id.to_owned(),
            current: stored,
        }),
        _ => Ok(()),
    }
}

fn version_of<R: Record>(conn: &Connection, id: &str) -> Result<u64, StoreError> {
    Ok(records::load_stored::<R>(conn, id)?.map_or(0, |s| s.version))
}

/// The record as `who` may see it now.
fn seen<R: Kind>(conn: &Connection, who: &Principal, record: R) -> Result<Option<R>, StoreError> {
    Ok(record.redact(&Visibility::load(conn, who.sight())?))
}

/// Creates a record.
pub(crate) fn create<R: Kind>(
    conn: &mut Connection,
    who: &Principal,
    record: R,
) -> Result<Written<R>, StoreError> {
    access::may_edit(who, R::NOUN, Action::Create)?;
    let tx = conn.transaction()?;
    let id = record.id().to_owned();
    check_id_free::<R>(&tx, &id)?;
    record.authorize_write(who, None)?;
    check_references(&tx, who, &record.clone().into_dataset())?;
    records::upsert(&tx, &record)?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append(&tx, "insert", R::ENTITY, &id, None::<&R>, Some(&record))?;
    let written = Written {
        version: version_of::<R>(&tx, &id)?,
        record: seen(&tx, who, record)?,
        id,
    };
    tx.commit()?;
    Ok(written)
}

/// Creates a source and the claims it carries, in one transaction: the way a contributor records
/// a restricted source, which it could not cite afterwards.
pub(crate) fn create_source_with_claims(
    conn: &mut Connection,
    who: &Principal,
    source: Source,
    claims: Vec<Claim>,
) -> Result<Written<Source>, StoreError> {
    access::may_edit(who, "source", Action::Create)?;
    if !claims.is_empty() {
        access::may_edit(who, "claim", Action::Create)?;
    }
    let tx = conn.transaction()?;
    let id = source.id.to_string();
    check_id_free::<Source>(&tx, &id)?;
    for (i, claim) in claims.iter().enumerate() {
        if claim.source != source.id {
            return Err(invalid(
                &format!("claims[{i}].source"),
                format!(
                    "claim {} names the source {}, not the source being created ({id})",
                    claim.id, claim.source
                ),
            ));
        }
        check_id_free::<Claim>(&tx, &claim.id).map_err(|e| match e {
            StoreError::Conflict { message, .. } => StoreError::Conflict {
                message,
                field: Some(format!("claims[{i}].id")),
            },
            other => other,
        })?;
    }
    let dataset = Dataset {
        sources: vec![source.clone()],
        claims: claims.clone(),
        ..Dataset::default()
    };
    // Keep the collection in the paths here (`claims[1].incident`): there are several records.
    let visibility = Visibility::load(&tx, who.sight())?;
    dataset
        .check_against(&known(&tx, &visibility))
        .map_err(StoreError::Invalid)?;
    records::upsert(&tx, &source)?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append(&tx, "insert", "source", &id, None::<&Source>, Some(&source))?;
    for claim in &claims {
        records::upsert(&tx, claim)?;
        log.append(
            &tx,
            "insert",
            "claim",
            &claim.id,
            None::<&Claim>,
            Some(claim),
        )?;
    }
    let written = Written {
        version: version_of::<Source>(&tx, &id)?,
        record: seen(&tx, who, source)?,
        id,
    };
    tx.commit()?;
    Ok(written)
}

/// Replaces a record with a new version, if the writer read the version stored.
pub(crate) fn update<R: Kind>(
    conn: &mut Connection,
    who: &Principal,
    id: &str,
    mut record: R,
    expected: Option<u64>,
) -> Result<Written<R>, StoreError> {
    access::may_edit(who, R::NOUN, Action::Update)?;
    if record.id() != id {
        return Err(invalid(
            "id",
            format!(
                "the record's id {:?} differs from the id in the address ({id:?}); ids do not change",
                record.id()
            ),
        ));
    }
    let tx = conn.transaction()?;
    let (stored, visibility) = visible_stored::<R>(&tx, who, id)?;
    check_version::<R>(id, stored.version, expected)?;
    let kept = record.keep_restricted(&stored.record, who, &visibility)?;
    record.authorize_write(who, Some(&stored.record))?;
    if record == stored.record {
        let written = Written {
            id: id.to_owned(),
            version: stored.version,
            record: record.redact(&visibility),
        };
        return Ok(written);
    }
    // A reference the writer cannot see passes only when it is one the writer kept untouched.
    let known_or_kept = |kind: RecordKind, id: &str| {
        known(&tx, &visibility)(kind, id)
            || (kind == RecordKind::Source
                && kept.iter().any(|k| k == id)
                && visibility.is_live_source(id))
    };
    record
        .clone()
        .into_dataset()
        .check_against(&known_or_kept)
        .map_err(field_error)?;
    records::upsert(&tx, &record)?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append(
        &tx,
        "update",
        R::ENTITY,
        id,
        Some(&stored.record),
        Some(&record),
    )?;
    let written = Written {
        id: id.to_owned(),
        version: version_of::<R>(&tx, id)?,
        record: seen(&tx, who, record)?,
    };
    tx.commit()?;
    Ok(written)
}

/// Marks a record deleted. It stays in its table and in the log, and can be restored.
pub(crate) fn delete<R: Kind>(
    conn: &mut Connection,
    who: &Principal,
    id: &str,
    expected: Option<u64>,
) -> Result<(), StoreError> {
    access::may_edit(who, R::NOUN, Action::Delete)?;
    let tx = conn.transaction()?;
    let (stored, _) = visible_stored::<R>(&tx, who, id)?;
    check_version::<R>(id, stored.version, expected)?;
    if R::NOUN == "source" {
        let claims: Vec<String> = {
            let mut statement = tx.prepare_cached(
                "SELECT id FROM claims WHERE source = ?1 AND deleted = 0 ORDER BY id",
            )?;
            let rows = statement.query_map([id], |row| row.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        if !claims.is_empty() {
            return Err(StoreError::Conflict {
                message: format!(
                    "source {id} still carries claims ({}); delete or move them first",
                    claims.join(", ")
                ),
                field: None,
            });
        }
    }
    records::set_deleted::<R>(&tx, id, true)?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append(
        &tx,
        "delete",
        R::ENTITY,
        id,
        Some(&stored.record),
        None::<&R>,
    )?;
    tx.commit()?;
    Ok(())
}

/// Brings a deleted record back, if what it refers to is still there.
pub(crate) fn restore<R: Kind>(
    conn: &mut Connection,
    who: &Principal,
    id: &str,
) -> Result<Written<R>, StoreError> {
    access::may_edit(who, R::NOUN, Action::Restore)?;
    let tx = conn.transaction()?;
    let not_found = || StoreError::NotFound {
        entity: R::NOUN,
        id: id.to_owned(),
    };
    let stored = records::load_stored::<R>(&tx, id)?.ok_or_else(not_found)?;
    if !stored.deleted {
        return Err(StoreError::Conflict {
            message: format!("{} {id} is not deleted", R::NOUN),
            field: None,
        });
    }
    if R::NOUN == "incident" {
        let survivor: Option<String> = tx
            .query_row(
                "SELECT survivor FROM incident_aliases WHERE alias = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(survivor) = survivor {
            return Err(StoreError::Conflict {
                message: format!(
                    "incident {id} was merged into {survivor}; it cannot be restored on its own"
                ),
                field: None,
            });
        }
    }
    check_references(&tx, who, &stored.record.clone().into_dataset()).map_err(|e| match e {
        StoreError::Invalid(e) => StoreError::Conflict {
            message: format!(
                "{} {id} cannot be restored: {}: {}",
                R::NOUN,
                e.path,
                e.message
            ),
            field: Some(e.path),
        },
        other => other,
    })?;
    records::set_deleted::<R>(&tx, id, false)?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    log.append(
        &tx,
        "restore",
        R::ENTITY,
        id,
        None::<&R>,
        Some(&stored.record),
    )?;
    let written = Written {
        id: id.to_owned(),
        version: version_of::<R>(&tx, id)?,
        record: seen(&tx, who, stored.record)?,
    };
    tx.commit()?;
    Ok(written)
}

/// Merges `duplicate` into `survivor`: the duplicate's claims move to the survivor, links to it
/// are redirected, it is marked deleted, and its id becomes an alias of the survivor.
pub(crate) fn merge_incidents(
    conn: &mut Connection,
    who: &Principal,
    survivor: &str,
    duplicate: &str,
) -> Result<MergeSummary, StoreError> {
    access::may_review(who)?;
    if survivor == duplicate {
        return Err(invalid(
            "duplicate",
            "an incident cannot be merged into itself",
        ));
    }
    let tx = conn.transaction()?;
    let (kept, _) = visible_stored::<Incident>(&tx, who, survivor)?;
    let (gone, _) = visible_stored::<Incident>(&tx, who, duplicate).map_err(|e| match e {
        StoreError::NotFound { id, .. } => StoreError::Invalid(DatasetError {
            path: "duplicate".into(),
            message: format!("there is no incident with the id {id:?}"),
        }),
        other => other,
    })?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    let mut summary = MergeSummary {
        survivor: survivor.to_owned(),
        merged: duplicate.to_owned(),
        ..MergeSummary::default()
    };
    let survivor_id = kept.record.id.clone();
    for claim in records::load_where::<Claim, _>(&tx, "incident = ?1", [duplicate])? {
        let mut moved = claim.clone();
        moved.incident = survivor_id.clone();
        records::upsert(&tx, &moved)?;
        log.append(
            &tx,
            "update",
            "claim",
            &claim.id,
            Some(&claim),
            Some(&moved),
        )?;
        summary.claims_moved += 1;
    }
    let redirect = |ids: &[IncidentId], own: Option<&str>| -> Vec<IncidentId> {
        let mut out: Vec<IncidentId> = Vec::new();
        for id in ids {
            let id = if id.as_str() == duplicate {
                &survivor_id
            } else {
                id
            };
            if Some(id.as_str()) != own && !out.contains(id) {
                out.push(id.clone());
            }
        }
        out
    };
    for incident in records::load_where::<Incident, _>(
        &tx,
        "id != ?1 AND EXISTS (SELECT 1 FROM json_each(incidents.related) WHERE value = ?1)",
        [duplicate],
    )? {
        let mut changed = incident.clone();
        changed.related = redirect(&incident.related, Some(incident.id.as_str()));
        records::upsert(&tx, &changed)?;
        log.append(
            &tx,
            "update",
            "incident",
            &incident.id,
            Some(&incident),
            Some(&changed),
        )?;
        summary.links_redirected += 1;
    }
    for statement in records::load_where::<model::Statement, _>(
        &tx,
        "EXISTS (SELECT 1 FROM json_each(statements.about_incidents) WHERE value = ?1)",
        [duplicate],
    )? {
        let mut changed = statement.clone();
        changed.about_incidents = redirect(&statement.about_incidents, None);
        records::upsert(&tx, &changed)?;
        log.append(
            &tx,
            "update",
            "statement",
            &statement.id,
            Some(&statement),
            Some(&changed),
        )?;
        summary.links_redirected += 1;
    }
    records::set_deleted::<Incident>(&tx, duplicate, true)?;
    let merged_into = serde_json::json!({ "merged_into": survivor }).to_string();
    log.append_json(
        &tx,
        "merge",
        "incident",
        duplicate,
        serde_json::to_string(&gone.record).ok(),
        Some(merged_into),
    )?;
    tx.execute(
        "UPDATE incident_aliases SET survivor = ?1 WHERE survivor = ?2",
        [survivor, duplicate],
    )?;
    tx.execute(
        "INSERT INTO incident_aliases (alias, survivor) VALUES (?1, ?2)",
        [duplicate, survivor],
    )?;
    tx.commit()?;
    Ok(summary)
}

/// The review stored for an incident.
pub(crate) fn load_review(conn: &Connection, incident: &str) -> Result<Option<Review>, StoreError> {
    let row: Option<(String, String, String, String)> = conn
        .query_row(
            "SELECT grade, reason, reviewer, at FROM reviews WHERE incident = ?1",
            [incident],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
        )
        .optional()?;
    row.map(|(grade, reason, reviewer, at)| {
        Ok(Review {
            grade: Grade::parse(&grade).map_err(|_| StoreError::Corrupt {
                entity: "review",
                id: incident.to_owned(),
                message: format!("column grade: unknown grade {grade:?}"),
            })?,
            reason,
            reviewer,
            at,
        })
    })
    .transpose()
}

/// Records a verifier's decision: a status, a grade with its reason, or both.
pub(crate) fn review(
    conn: &mut Connection,
    who: &Principal,
    id: &str,
    input: ReviewInput,
    expected: Option<u64>,
) -> Result<Written<Incident>, StoreError> {
    access::may_review(who)?;
    let reason = input
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if input.grade.is_some() && reason.is_none() {
        return Err(invalid("reason", "a grade needs a reason: say why"));
    }
    if input.grade.is_none() && input.status.is_none() {
        return Err(invalid("status", "give a status, a grade, or both"));
    }
    let tx = conn.transaction()?;
    let (stored, _) = visible_stored::<Incident>(&tx, who, id)?;
    check_version::<Incident>(id, stored.version, expected)?;
    let mut log = audit::Appender::new(&tx, who.name())?;
    if let Some(status) = input.status
        && status != stored.record.status
    {
        let mut changed = stored.record.clone();
        changed.status = status;
        records::upsert(&tx, &changed)?;
        log.append(
            &tx,
            "update",
            "incident",
            id,
            Some(&stored.record),
            Some(&changed),
        )?;
    }
    if let (Some(grade), Some(reason)) = (input.grade, reason) {
        let before = load_review(&tx, id)?;
        let after = Review {
            grade,
            reason: reason.to_owned(),
            reviewer: who.name().to_owned(),
            at: jiff::Timestamp::now()
                .round(jiff::Unit::Second)
                .unwrap_or_else(|_| jiff::Timestamp::now())
                .to_string(),
        };
        tx.execute(
            "INSERT INTO reviews (incident, grade, reason, reviewer, at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (incident) DO UPDATE SET grade = excluded.grade, reason = excluded.reason,
             reviewer = excluded.reviewer, at = excluded.at",
            rusqlite::params![id, grade.as_str(), after.reason, after.reviewer, after.at],
        )?;
        log.append(&tx, "review", "review", id, before.as_ref(), Some(&after))?;
    }
    let current = records::load_stored::<Incident>(&tx, id)?;
    let written = Written {
        id: id.to_owned(),
        version: current.as_ref().map_or(0, |s| s.version),
        record: match current {
            Some(s) => seen(&tx, who, s.record)?,
            None => None,
        },
    };
    tx.commit()?;
    Ok(written)
}
