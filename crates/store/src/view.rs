//! Reading the record as one principal may see it. [`Store::view`](crate::Store::view) is the only
//! way the web layer reads the store: every method here returns records already passed through
//! [`Visibility`], so a page, an API answer, an export or a search result cannot hold anything the
//! reader may not see.

use model::{
    Actor, Ceasefire, Claim, Dataset, Incident, IncidentId, Source, SourceId, Statement, Talks,
};
use rusqlite::{Connection, OptionalExtension};

use crate::access::{self, Principal, Sight};
use crate::records::{self, Kind, Record};
use crate::visibility::Visibility;
use crate::{AuditEntry, AuditReport, IncidentFilter, Review, StoreError, audit, query};

/// A record with the version it is at, for ETags and conditional updates.
#[derive(Clone, Debug, PartialEq)]
pub struct Versioned<R> {
    /// The record, as the reader may see it.
    pub record: R,
    /// Its version: 1 when created, bumped by every write.
    pub version: u64,
}

/// The record as one principal may see it.
pub struct View<'s> {
    conn: &'s Connection,
    who: Principal,
    visibility: Visibility,
}

impl std::fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("View").field("who", &self.who).finish()
    }
}

impl<'s> View<'s> {
    pub(crate) fn new(conn: &'s Connection, who: &Principal) -> Result<Self, StoreError> {
        Ok(View {
            conn,
            visibility: Visibility::load(conn, who.sight())?,
            who: who.clone(),
        })
    }

    /// Who is reading.
    pub fn principal(&self) -> &Principal {
        &self.who
    }

    /// What the reader may see.
    pub fn sight(&self) -> Sight {
        self.visibility.sight()
    }

    fn redact_all<R: Record>(&self, records: Vec<R>) -> Vec<R> {
        records
            .into_iter()
            .filter_map(|r| r.redact(&self.visibility))
            .collect()
    }

    /// One record of any kind, with its version, if the reader may see it.
    pub fn get<R: Kind>(&self, id: &str) -> Result<Option<Versioned<R>>, StoreError> {
        let Some(stored) = records::load_stored::<R>(self.conn, id)? else {
            return Ok(None);
        };
        if stored.deleted {
            return Ok(None);
        }
        Ok(stored
            .record
            .redact(&self.visibility)
            .map(|record| Versioned {
                record,
                version: stored.version,
            }))
    }

    /// Every record of a kind the reader may see, in id order.
    pub fn all<R: Kind>(&self) -> Result<Vec<R>, StoreError> {
        Ok(self.redact_all(records::load_all(self.conn, "")?))
    }

    /// The incident a merged-away id now lives on, if the reader may see it.
    pub fn merged_into(&self, id: &str) -> Result<Option<IncidentId>, StoreError> {
        let survivor: Option<String> = self
            .conn
            .query_row(
                "SELECT survivor FROM incident_aliases WHERE alias = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(survivor
            .filter(|s| self.visibility.sees_incident(s))
            .and_then(|s| IncidentId::new(s).ok()))
    }

    /// One incident, if the reader may see it.
    pub fn incident(&self, id: &IncidentId) -> Result<Option<Incident>, StoreError> {
        Ok(self.get::<Incident>(id.as_str())?.map(|v| v.record))
    }

    /// The incidents that pass `filter` and the reader may see, newest first.
    pub fn incidents(&self, filter: &IncidentFilter) -> Result<Vec<Incident>, StoreError> {
        Ok(self.redact_all(query::incidents(self.conn, filter)?))
    }

    /// The claims about one incident the reader may see, in id order.
    pub fn claims_for(&self, incident: &IncidentId) -> Result<Vec<Claim>, StoreError> {
        Ok(self.redact_all(records::load_where(
            self.conn,
            "incident = ?1",
            [incident.as_str()],
        )?))
    }

    /// Every claim the reader may see, in id order.
    pub fn claims(&self) -> Result<Vec<Claim>, StoreError> {
        self.all()
    }

    /// One source, if the reader may see it.
    pub fn source(&self, id: &SourceId) -> Result<Option<Source>, StoreError> {
        Ok(self.get::<Source>(id.as_str())?.map(|v| v.record))
    }

    /// Every source the reader may see, in id order.
    pub fn sources(&self) -> Result<Vec<Source>, StoreError> {
        self.all()
    }

    /// The sources the reader may see that carry claims about one incident, in id order.
    pub fn sources_for(&self, incident: &IncidentId) -> Result<Vec<Source>, StoreError> {
        if !self.visibility.sees_incident(incident) {
            return Ok(Vec::new());
        }
        Ok(self.redact_all(records::load_where(
            self.conn,
            "id IN (SELECT source FROM claims WHERE incident = ?1 AND deleted = 0)",
            [incident.as_str()],
        )?))
    }

    /// Every actor, in id order.
    pub fn actors(&self) -> Result<Vec<Actor>, StoreError> {
        self.all()
    }

    /// Every ceasefire, in id order.
    pub fn ceasefires(&self) -> Result<Vec<Ceasefire>, StoreError> {
        self.all()
    }

    /// Every round of talks, in id order.
    pub fn talks(&self) -> Result<Vec<Talks>, StoreError> {
        self.all()
    }

    /// Every statement, in id order.
    pub fn statements(&self) -> Result<Vec<Statement>, StoreError> {
        self.all()
    }

    /// The alerts the escalation index raised, by week. Anyone may see them: the index counts
    /// published incidents and public statements only.
    pub fn alerts(&self) -> Result<Vec<crate::StoredAlert>, StoreError> {
        crate::warning::alerts(self.conn)
    }

    /// The verifier's review of an incident the reader may see, if it has one.
    pub fn review(&self, incident: &IncidentId) -> Result<Option<Review>, StoreError> {
        if !self.visibility.sees_incident(incident) {
            return Ok(None);
        }
        crate::edit::load_review(self.conn, incident.as_str())
    }

    /// Everything the reader may see, as a dataset in canonical order. The same rules applied
    /// to the same records give the same bytes, which is what lets `verify --export` rebuild a
    /// redacted export from the audit log.
    pub fn export(&self) -> Result<Dataset, StoreError> {
        Ok(self.visibility.dataset(live_dataset(self.conn)?))
    }

    /// The audit log, for a reader cleared to see restricted material (it holds every record
    /// before and after).
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError> {
        access::may_read_audit(&self.who)?;
        audit::entries(self.conn)
    }

    /// The audit log's size and Merkle root, which reveal nothing but how many writes there
    /// were; anyone may have them, to check an export against.
    pub fn audit_summary(&self) -> Result<AuditReport, StoreError> {
        let mut report = audit::report(self.conn)?;
        if !self.visibility.sight().sees_restricted() {
            // Which entry is damaged, and what it is about, is for those who may read the log.
            report.problem = report.problem.map(|_| crate::AuditProblem {
                seq: 0,
                message: "the audit log does not verify".into(),
            });
        }
        Ok(report)
    }
}

/// Every live record, unredacted, in canonical order.
pub(crate) fn live_dataset(conn: &Connection) -> Result<Dataset, StoreError> {
    let mut dataset = Dataset {
        actors: records::load_all(conn, "")?,
        sources: records::load_all(conn, "")?,
        incidents: records::load_all(conn, "")?,
        claims: records::load_all(conn, "")?,
        ceasefires: records::load_all(conn, "")?,
        talks: records::load_all(conn, "")?,
        statements: records::load_all(conn, "")?,
        ..Dataset::default()
    };
    dataset.sort();
    Ok(dataset)
}
