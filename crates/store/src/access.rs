//! Who may see and do what: the roles, the person (or program) behind a request, and every
//! permission rule of the record in one table-like module.
//!
//! Reading is governed by a role's [`Sight`] (what it may see, applied by `visibility.rs`); writing
//! by the `may_*` rules below, which every write method of the store calls inside its transaction.
//! Nothing outside the store decides who may do what: the web layer only says who is asking.

use std::fmt;

use model::{Incident, Status};

use crate::StoreError;
use crate::visibility::{RESTRICTED_SOURCE_ID, Visibility};

/// A role, from the least to the most trusted. Each role may do everything the roles before it
/// may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Anyone, without signing in: published records only, nothing restricted.
    Public,
    /// A signed-in reader: drafts too, still nothing restricted.
    Viewer,
    /// Adds sources, claims and draft incidents; edits what is not yet published.
    Contributor,
    /// Grades and publishes, merges duplicates, deletes and restores, edits anything; sees
    /// restricted sources and fields.
    Verifier,
    /// Everything a verifier does, and manages users and API tokens.
    Admin,
}

impl Role {
    /// Every role, least trusted first.
    pub const ALL: [Role; 5] = [
        Role::Public,
        Role::Viewer,
        Role::Contributor,
        Role::Verifier,
        Role::Admin,
    ];

    /// The roles a user account can hold (everyone but the public).
    pub const ACCOUNT: [Role; 4] = [Role::Viewer, Role::Contributor, Role::Verifier, Role::Admin];

    /// The role's name in files, the command line and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Public => "public",
            Role::Viewer => "viewer",
            Role::Contributor => "contributor",
            Role::Verifier => "verifier",
            Role::Admin => "admin",
        }
    }

    /// Reads a role's name.
    pub fn parse(text: &str) -> Result<Role, StoreError> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == text)
            .ok_or_else(|| StoreError::Invalid(model::DatasetError {
                path: "role".into(),
                message: format!(
                    "unknown role {text:?}; the roles are viewer, contributor, verifier and admin"
                ),
            }))
    }

    /// What the role may see.
    pub fn sight(self) -> Sight {
        match self {
            Role::Public => Sight::Public,
            Role::Viewer | Role::Contributor => Sight::Internal,
            Role::Verifier | Role::Admin => Sight::Cleared,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// How much of the record a role may see. Three levels, because five roles see only three
/// different records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sight {
    /// Published incidents and what hangs off them; no restricted source, contact or note.
    Public,
    /// Every incident, drafts included; still no restricted source, contact or note.
    Internal,
    /// Everything that is not deleted.
    Cleared,
}

impl Sight {
    /// The name an export carries when it was redacted for this sight (None when nothing was
    /// withheld: the cleared, whole record).
    pub fn redaction_name(self) -> Option<&'static str> {
        match self {
            Sight::Public => Some("public"),
            Sight::Internal => Some("internal"),
            Sight::Cleared => None,
        }
    }

    /// Reads the name [`Sight::redaction_name`] writes (None for the whole record).
    pub fn from_redaction_name(name: Option<&str>) -> Result<Sight, String> {
        match name {
            None => Ok(Sight::Cleared),
            Some("public") => Ok(Sight::Public),
            Some("internal") => Ok(Sight::Internal),
            Some(other) => Err(format!(
                "unknown redaction {other:?} (expected \"public\" or \"internal\")"
            )),
        }
    }

    /// Whether drafts, incidents under review and discounted incidents are visible.
    pub fn sees_unpublished(self) -> bool {
        self >= Sight::Internal
    }

    /// Whether restricted sources, contacts and internal notes are visible.
    pub fn sees_restricted(self) -> bool {
        self == Sight::Cleared
    }
}

/// Who is asking: a user with a role, the public, or a local program acting with full rights.
/// The name signs every write in the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    name: String,
    role: Role,
}

impl Principal {
    /// Anyone, not signed in.
    pub fn public() -> Self {
        Principal {
            name: "public".into(),
            role: Role::Public,
        }
    }

    /// A signed-in user (or a user's API token) acting with `role`.
    pub fn user(name: impl Into<String>, role: Role) -> Self {
        Principal {
            name: name.into(),
            role,
        }
    }

    /// A local command with direct access to the database file, which can read everything
    /// anyway: it acts as an admin, signed with the command's name.
    pub fn local(command: impl Into<String>) -> Self {
        Principal {
            name: command.into(),
            role: Role::Admin,
        }
    }

    /// The name written into the audit log.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The role.
    pub fn role(&self) -> Role {
        self.role
    }

    /// What the principal may see.
    pub fn sight(&self) -> Sight {
        self.role.sight()
    }
}

/// What a write does to a record, for the permission rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Action {
    Create,
    Update,
    Delete,
    Restore,
}

fn forbidden(what: impl Into<String>) -> StoreError {
    StoreError::Forbidden {
        message: what.into(),
        field: None,
    }
}

fn forbidden_field(field: &str, what: impl Into<String>) -> StoreError {
    StoreError::Forbidden {
        message: what.into(),
        field: Some(field.to_owned()),
    }
}

/// Whether `who` may write records of this kind at all, and do `action` to them. Sources and
/// claims are the contributors' work; ceasefires, talks and statements need a verifier, since they
/// go public as soon as they are written.
pub(crate) fn may_edit(who: &Principal, noun: &str, action: Action) -> Result<(), StoreError> {
    let needed = match (noun, action) {
        (_, Action::Delete | Action::Restore) => Role::Verifier,
        ("source" | "claim" | "incident", _) => Role::Contributor,
        _ => Role::Verifier,
    };
    if who.role >= needed {
        Ok(())
    } else if who.role == Role::Public {
        Err(StoreError::Unauthenticated)
    } else {
        let verb = match action {
            Action::Create => "create",
            Action::Update => "change",
            Action::Delete => "delete",
            Action::Restore => "restore",
        };
        Err(forbidden(format!(
            "a {} may not {verb} a {noun}; that needs a {needed}",
            who.role
        )))
    }
}

/// The incident rules beyond [`may_edit`]: below verifier, an incident is written only as a draft
/// or under review, and a published or discounted one is not changed.
pub(crate) fn may_write_incident(
    who: &Principal,
    before: Option<&Incident>,
    after: &Incident,
) -> Result<(), StoreError> {
    if who.role >= Role::Verifier {
        return Ok(());
    }
    if let Some(before) = before
        && matches!(before.status, Status::Published | Status::Discounted)
    {
        return Err(forbidden(format!(
            "incident {} is {}; only a verifier may change it",
            before.id,
            before.status.as_str()
        )));
    }
    if matches!(after.status, Status::Published | Status::Discounted) {
        return Err(forbidden_field(
            "status",
            format!(
                "a {} may not set the status {}; a verifier publishes or discounts",
                who.role,
                after.status.as_str()
            ),
        ));
    }
    Ok(())
}

/// Reviews (grades, publishing) and merges are verifiers' work.
pub(crate) fn may_review(who: &Principal) -> Result<(), StoreError> {
    match who.role {
        Role::Public => Err(StoreError::Unauthenticated),
        role if role >= Role::Verifier => Ok(()),
        role => Err(forbidden(format!(
            "a {role} may not grade, publish or merge incidents; that needs a verifier"
        ))),
    }
}

/// The audit log holds every record before and after, restricted fields included.
pub(crate) fn may_read_audit(who: &Principal) -> Result<(), StoreError> {
    match who.role {
        Role::Public => Err(StoreError::Unauthenticated),
        role if role.sight().sees_restricted() => Ok(()),
        role => Err(forbidden(format!(
            "a {role} may not read the audit log; it holds restricted material"
        ))),
    }
}

/// Users and tokens are the admins' work.
pub(crate) fn may_manage_accounts(who: &Principal) -> Result<(), StoreError> {
    match who.role {
        Role::Public => Err(StoreError::Unauthenticated),
        Role::Admin => Ok(()),
        role => Err(forbidden(format!(
            "a {role} may not manage users or tokens; that needs an admin"
        ))),
    }
}

/// Webhooks send alerts to other machines, and their URLs often carry a secret: admins' work,
/// like accounts.
pub(crate) fn may_manage_webhooks(who: &Principal) -> Result<(), StoreError> {
    match who.role {
        Role::Public => Err(StoreError::Unauthenticated),
        Role::Admin => Ok(()),
        role => Err(forbidden(format!(
            "a {role} may not manage webhooks; that needs an admin"
        ))),
    }
}

/// Storing the alerts the index raised and recording their delivery: a verifier's work (local
/// commands act as an admin).
pub(crate) fn may_raise_alerts(who: &Principal) -> Result<(), StoreError> {
    match who.role {
        Role::Public => Err(StoreError::Unauthenticated),
        role if role >= Role::Verifier => Ok(()),
        role => Err(forbidden(format!(
            "a {role} may not raise alerts; that needs a verifier"
        ))),
    }
}

/// Keeps the stored restricted fields of a source when `who` may not see them, refusing by name a
/// change to any of them. A role without clearance may write these fields when it creates a source
/// (a contributor records a witness's contact) but never change them afterwards, since it cannot
/// see what it would overwrite.
pub(crate) fn keep_restricted_source(
    new: &mut model::Source,
    stored: &model::Source,
    who: &Principal,
    visibility: &Visibility,
) -> Result<Vec<String>, StoreError> {
    if who.sight().sees_restricted() {
        return Ok(Vec::new());
    }
    refuse_if_set("contact", &new.contact, who)?;
    refuse_if_set("internal_notes", &new.internal_notes, who)?;
    new.contact.clone_from(&stored.contact);
    new.internal_notes.clone_from(&stored.internal_notes);
    // Marking a source restricted protects it and is allowed; lifting the mark is not (a source
    // such a role can see is not restricted, so this keeps whatever was asked for).
    new.restricted = new.restricted || stored.restricted;
    // The writer saw no `copy_of` where it points at a source it may not see; keep it.
    let mut kept = Vec::new();
    if let Some(original) = &stored.copy_of
        && new.copy_of.is_none()
        && !visibility.sees_source(original)
    {
        new.copy_of = Some(original.clone());
        kept.push(original.to_string());
    }
    Ok(kept)
}

/// A claim from a restricted source reaches a writer without clearance naming the placeholder
/// source; written back that way, it keeps its real source.
pub(crate) fn keep_restricted_claim_source(
    new: &mut model::Claim,
    stored: &model::Claim,
    visibility: &Visibility,
) -> Vec<String> {
    if new.source.as_str() == RESTRICTED_SOURCE_ID && !visibility.sees_source(&stored.source) {
        new.source = stored.source.clone();
        return vec![stored.source.to_string()];
    }
    Vec::new()
}

/// Keeps an incident's stored internal notes when `who` may not see them (see
/// [`keep_restricted_source`]).
pub(crate) fn keep_restricted_incident(
    new: &mut Incident,
    stored: &Incident,
    who: &Principal,
) -> Result<(), StoreError> {
    if who.sight().sees_restricted() {
        return Ok(());
    }
    refuse_if_set("internal_notes", &new.internal_notes, who)?;
    new.internal_notes.clone_from(&stored.internal_notes);
    Ok(())
}

fn refuse_if_set<T>(field: &str, value: &Option<T>, who: &Principal) -> Result<(), StoreError> {
    if value.is_some() {
        return Err(forbidden_field(
            field,
            format!(
                "a {} may not change {field}: it is restricted; ask a verifier",
                who.role
            ),
        ));
    }
    Ok(())
}
