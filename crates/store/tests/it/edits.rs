//! Writing the record on behalf of users: every write path with its audit entry, what each role
//! may see and do, stale updates, merges, reviews, accounts, and exports checked against the log.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use model::{Claim, Dataset, Incident, IncidentId, Source, SourceId, Status};
use store::{Grade, Principal, ReviewInput, Role, Sight, Store, StoreError};

const SAMPLE: &str = include_str!("../fixtures/sample.json");
const DEMO: &str = include_str!("../../../../data/demo/dataset.json");

/// The secrets of the fixture's restricted witness source and the Khost incident's notes, and
/// the contact and notes `store()` adds to a source that is not restricted.
const SECRETS: [&str; 7] = [
    "Field interview",
    "+93 700",
    "Do not name",
    "Check with the field team",
    "src-witness-1",
    "+92 300 555",
    "stringer in Khost",
];

fn sample() -> Dataset {
    interop::read_dataset("sample.json", SAMPLE).unwrap()
}

fn admin() -> Principal {
    Principal::user("root", Role::Admin)
}
fn verifier() -> Principal {
    Principal::user("vera", Role::Verifier)
}
fn contributor() -> Principal {
    Principal::user("cato", Role::Contributor)
}
fn viewer() -> Principal {
    Principal::user("vic", Role::Viewer)
}

/// The sample, plus a draft incident and a claim from the restricted witness about the
/// published Khost strike.
fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.import(&sample(), "test").unwrap();
    let mut draft = store
        .incident(&IncidentId::new("inc-2025-11-25-khost").unwrap())
        .unwrap()
        .unwrap();
    draft.id = IncidentId::new("inc-2025-12-01-draft").unwrap();
    draft.title = "Unconfirmed shelling near Chaman".into();
    draft.status = Status::Draft;
    draft.internal_notes = None;
    store.create(&contributor(), draft).unwrap();
    let witness_claim: Claim = serde_json::from_value(serde_json::json!({
        "id": "clm-witness", "incident": "inc-2025-11-25-khost", "source": "src-witness-1",
        "figures": {"injured": {"total": {"qualifier": "approx", "value": 4}}}
    }))
    .unwrap();
    store.create(&verifier(), witness_claim).unwrap();
    // A public source can hold restricted fields too.
    let mut dw = store
        .source(&SourceId::new("src-dw-2025-11-25").unwrap())
        .unwrap()
        .unwrap();
    dw.contact = Some("+92 300 555 0101".into());
    dw.internal_notes = Some("Our stringer in Khost confirmed by phone.".into());
    store
        .update(&verifier(), "src-dw-2025-11-25", dw, None)
        .unwrap();
    store
}

fn khost() -> IncidentId {
    IncidentId::new("inc-2025-11-25-khost").unwrap()
}

fn last_entry(store: &Store) -> store::AuditEntry {
    store.audit_log().unwrap().pop().unwrap()
}

#[test]
fn each_sight_sees_what_it_may_and_nothing_restricted_leaks_below_clearance() {
    let store = store();
    for (who, incidents, sees_restricted) in [
        (Principal::public(), 2, false),
        (viewer(), 3, false),
        (contributor(), 3, false),
        (verifier(), 3, true),
        (admin(), 3, true),
    ] {
        let view = store.view(&who).unwrap();
        let export = view.export().unwrap();
        assert_eq!(export.incidents.len(), incidents, "{who:?}");
        let text = interop::write_dataset(&export);
        for secret in SECRETS {
            assert_eq!(
                text.contains(secret),
                sees_restricted,
                "{secret} for {who:?}"
            );
        }
        // The witness's claim stays visible to everyone (its figures count), naming the
        // placeholder source to those who may not see the witness.
        let claim = view.get::<Claim>("clm-witness").unwrap().unwrap().record;
        let expected = if sees_restricted {
            "src-witness-1"
        } else {
            store::RESTRICTED_SOURCE_ID
        };
        assert_eq!(claim.source.as_str(), expected);
        // A restricted source is "not found" below clearance, exactly like a missing one.
        assert_eq!(
            view.get::<Source>("src-witness-1").unwrap().is_some(),
            sees_restricted
        );
        assert_eq!(
            view.source(&SourceId::new("src-witness-1").unwrap())
                .unwrap()
                .is_some(),
            sees_restricted
        );
        // The draft exists only for signed-in roles.
        let draft = view
            .incident(&IncidentId::new("inc-2025-12-01-draft").unwrap())
            .unwrap();
        assert_eq!(draft.is_some(), who.sight() >= Sight::Internal);
    }
}

#[test]
fn every_write_is_logged_with_its_author_before_and_after() {
    let mut store = store();
    let id = "inc-2025-12-01-draft";
    let v1 = store
        .view(&contributor())
        .unwrap()
        .get::<Incident>(id)
        .unwrap()
        .unwrap();
    let mut changed = v1.record.clone();
    changed.summary = "Shelling reported by residents; not yet confirmed.".into();
    let written = store
        .update(&contributor(), id, changed, Some(v1.version))
        .unwrap();
    assert_eq!(written.version, v1.version + 1);
    let entry = last_entry(&store);
    assert_eq!(
        (
            entry.author.as_str(),
            entry.action.as_str(),
            entry.entity.as_str(),
            entry.entity_id.as_str()
        ),
        ("cato", "update", "incident", id)
    );
    assert!(entry.before.unwrap().contains("Chaman"));
    assert!(entry.after.unwrap().contains("not yet confirmed"));

    store.delete::<Incident>(&verifier(), id, None).unwrap();
    assert!(
        store
            .view(&admin())
            .unwrap()
            .get::<Incident>(id)
            .unwrap()
            .is_none()
    );
    let entry = last_entry(&store);
    assert_eq!((entry.action.as_str(), entry.after), ("delete", None));
    let restored = store.restore::<Incident>(&verifier(), id).unwrap();
    assert_eq!(restored.version, v1.version + 3);
    assert_eq!(last_entry(&store).action, "restore");
    assert_eq!(store.verify_audit_log().unwrap(), None);
}

#[test]
fn a_stale_update_writes_nothing_and_names_the_current_version() {
    let mut store = store();
    let read = store
        .view(&verifier())
        .unwrap()
        .get::<Incident>("inc-2025-11-25-khost")
        .unwrap()
        .unwrap();
    let mut first = read.record.clone();
    first.title = "Air strikes in Khost province".into();
    store
        .update(&verifier(), &khost(), first.clone(), Some(read.version))
        .unwrap();
    let log = store.audit_log().unwrap().len();
    let mut second = read.record.clone();
    second.summary = "A competing edit based on the old version.".into();
    let err = store
        .update(&admin(), &khost(), second, Some(read.version))
        .unwrap_err();
    assert!(
        matches!(err, StoreError::Stale { current, .. } if current == read.version + 1),
        "{err}"
    );
    assert_eq!(store.audit_log().unwrap().len(), log);
    let now = store.incident(&khost()).unwrap().unwrap();
    assert_eq!(now, first, "the first writer's change is intact");
}

#[test]
fn contributors_write_drafts_but_do_not_publish_or_touch_published_incidents() {
    let mut store = store();
    let draft_id = "inc-2025-12-01-draft";
    let draft = store
        .view(&contributor())
        .unwrap()
        .get::<Incident>(draft_id)
        .unwrap()
        .unwrap();
    let mut published = draft.record.clone();
    published.status = Status::Published;
    let err = store
        .update(&contributor(), draft_id, published, Some(draft.version))
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Forbidden { field: Some(f), .. } if f == "status"),
        "{err}"
    );

    let khost_read = store
        .view(&contributor())
        .unwrap()
        .get::<Incident>(&khost())
        .unwrap()
        .unwrap();
    let mut edited = khost_read.record.clone();
    edited.title = "Something else".into();
    let err = store
        .update(&contributor(), &khost(), edited, Some(khost_read.version))
        .unwrap_err();
    assert!(
        err.to_string().contains("only a verifier may change it"),
        "{err}"
    );

    // Viewers write nothing; the public must sign in.
    let mut copy = draft.record.clone();
    copy.id = IncidentId::new("inc-viewer").unwrap();
    assert!(matches!(
        store.create(&viewer(), copy.clone()),
        Err(StoreError::Forbidden { .. })
    ));
    assert!(matches!(
        store.create(&Principal::public(), copy),
        Err(StoreError::Unauthenticated)
    ));
    // Deleting and ceasefires are verifiers' work.
    assert!(matches!(
        store.delete::<Incident>(&contributor(), draft_id, None),
        Err(StoreError::Forbidden { .. })
    ));
}

#[test]
fn restricted_fields_survive_an_edit_by_someone_who_cannot_see_them() {
    let mut store = store();
    // The Khost incident's notes: a verifier sends it back to review, a contributor edits it.
    let read = store
        .view(&verifier())
        .unwrap()
        .get::<Incident>(&khost())
        .unwrap()
        .unwrap();
    store
        .review(
            &verifier(),
            &khost(),
            ReviewInput {
                status: Some(Status::UnderReview),
                ..Default::default()
            },
            Some(read.version),
        )
        .unwrap();
    let seen = store
        .view(&contributor())
        .unwrap()
        .get::<Incident>(&khost())
        .unwrap()
        .unwrap();
    assert_eq!(
        seen.record.internal_notes, None,
        "stripped for the contributor"
    );
    let mut edited = seen.record.clone();
    edited.summary = "Air strikes on a house in Gurbuz.".into();
    store
        .update(&contributor(), &khost(), edited.clone(), Some(seen.version))
        .unwrap();
    let stored = store.incident(&khost()).unwrap().unwrap();
    assert_eq!(
        stored.internal_notes.as_deref(),
        Some("Check with the field team.")
    );
    assert_eq!(stored.summary, edited.summary);

    // Writing the notes is refused by name; nothing is written.
    let seen = store
        .view(&contributor())
        .unwrap()
        .get::<Incident>(&khost())
        .unwrap()
        .unwrap();
    let mut overwrite = seen.record.clone();
    overwrite.internal_notes = Some("replaced".into());
    let err = store
        .update(&contributor(), &khost(), overwrite, Some(seen.version))
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Forbidden { field: Some(f), .. } if f == "internal_notes"),
        "{err}"
    );

    // The witness's claim comes back to the contributor naming the placeholder; written back so,
    // it keeps its real source.
    let claim = store
        .view(&contributor())
        .unwrap()
        .get::<Claim>("clm-witness")
        .unwrap()
        .unwrap();
    let mut more = claim.record.clone();
    more.quote = Some("four people were hurt".into());
    store
        .update(&contributor(), "clm-witness", more, Some(claim.version))
        .unwrap();
    let stored: Claim = store
        .view(&admin())
        .unwrap()
        .get::<Claim>("clm-witness")
        .unwrap()
        .unwrap()
        .record;
    assert_eq!(stored.source.as_str(), "src-witness-1");
    assert_eq!(stored.quote.as_deref(), Some("four people were hurt"));
    // But it may not point a claim at the hidden source by its id: that is "no such source".
    let mut pointed = claim.record.clone();
    pointed.id = "clm-new".parse().unwrap();
    pointed.source = SourceId::new("src-witness-1").unwrap();
    let err = store.create(&contributor(), pointed).unwrap_err();
    assert_eq!(
        err.to_string(),
        "source: no source has the id \"src-witness-1\""
    );
}

#[test]
fn a_contributor_records_a_restricted_source_with_its_claims_but_cannot_read_it_back() {
    let mut store = store();
    let mut source = Source::new(
        SourceId::new("src-w2").unwrap(),
        "Phone interview",
        model::SourceKind::Witness,
    );
    source.restricted = true;
    source.contact = Some("relative of a victim".into());
    let claim: Claim = serde_json::from_value(serde_json::json!({
        "id": "clm-w2", "incident": "inc-2025-11-25-khost", "source": "src-w2",
        "figures": {"killed": {"children": {"qualifier": "exact", "value": 9}}}
    }))
    .unwrap();
    let written = store
        .create_source_with_claims(&contributor(), source, vec![claim])
        .unwrap();
    assert_eq!(written.record, None);
    let public = store.view(&Principal::public()).unwrap();
    let seen = public.get::<Claim>("clm-w2").unwrap().unwrap().record;
    assert_eq!(seen.source.as_str(), store::RESTRICTED_SOURCE_ID);
    assert!(
        store
            .view(&verifier())
            .unwrap()
            .get::<Source>("src-w2")
            .unwrap()
            .is_some()
    );
    // An id that is taken is refused whoever holds it; the reserved placeholder too.
    let err = store
        .create(
            &contributor(),
            Source::new(
                SourceId::new("src-w2").unwrap(),
                "X",
                model::SourceKind::Witness,
            ),
        )
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Conflict { field: Some(f), .. } if f == "id"),
        "{err}"
    );
    let err = store
        .create(
            &verifier(),
            Source::new(
                SourceId::new("restricted").unwrap(),
                "X",
                model::SourceKind::Un,
            ),
        )
        .unwrap_err();
    assert!(err.to_string().contains("reserved"), "{err}");
}

#[test]
fn merging_moves_claims_and_keeps_the_old_id_resolvable() {
    let mut store = store();
    let survivor = IncidentId::new("inc-2025-11-25-khost").unwrap();
    let duplicate = IncidentId::new("inc-2025-12-01-draft").unwrap();
    let claim: Claim = serde_json::from_value(serde_json::json!({
        "id": "clm-dup", "incident": "inc-2025-12-01-draft", "source": "src-dw-2025-11-25"
    }))
    .unwrap();
    store.create(&contributor(), claim).unwrap();
    assert!(matches!(
        store.merge_incidents(&contributor(), &survivor, &duplicate),
        Err(StoreError::Forbidden { .. })
    ));
    let summary = store
        .merge_incidents(&verifier(), &survivor, &duplicate)
        .unwrap();
    assert_eq!(summary.claims_moved, 1);
    let view = store.view(&viewer()).unwrap();
    assert!(view.incident(&duplicate).unwrap().is_none());
    assert_eq!(
        view.merged_into(&duplicate).unwrap(),
        Some(survivor.clone())
    );
    assert!(
        view.claims_for(&survivor)
            .unwrap()
            .iter()
            .any(|c| c.id.as_str() == "clm-dup")
    );
    let log = store.audit_log().unwrap();
    let merge = log.iter().rev().find(|e| e.action == "merge").unwrap();
    assert_eq!(merge.entity_id, duplicate.as_str());
    assert!(merge.after.as_deref().unwrap().contains(survivor.as_str()));
    let err = store
        .restore::<Incident>(&verifier(), &duplicate)
        .unwrap_err();
    assert!(err.to_string().contains("merged into"), "{err}");
    // The public does not learn where a merged draft went unless it may see the survivor.
    assert!(
        store
            .view(&Principal::public())
            .unwrap()
            .merged_into("inc-nowhere")
            .unwrap()
            .is_none()
    );
}

#[test]
fn a_review_needs_a_reason_and_publishes() {
    let mut store = store();
    let draft = IncidentId::new("inc-2025-12-01-draft").unwrap();
    let err = store
        .review(
            &verifier(),
            &draft,
            ReviewInput {
                grade: Some(Grade::Weak),
                ..Default::default()
            },
            None,
        )
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(e) if e.path == "reason"),
        "{err}"
    );
    store
        .review(
            &verifier(),
            &draft,
            ReviewInput {
                status: Some(Status::Published),
                grade: Some(Grade::Weak),
                reason: Some("A single local report so far.".into()),
            },
            None,
        )
        .unwrap();
    let public = store.view(&Principal::public()).unwrap();
    assert!(public.incident(&draft).unwrap().is_some());
    let review = public.review(&draft).unwrap().unwrap();
    assert_eq!(
        (review.grade, review.reviewer.as_str()),
        (Grade::Weak, "vera")
    );
    let actions: Vec<String> = store
        .audit_log()
        .unwrap()
        .iter()
        .rev()
        .take(2)
        .map(|e| e.action.clone())
        .collect();
    assert_eq!(actions, ["review", "update"]);
}

#[test]
fn accounts_sessions_and_tokens() {
    let mut store = store();
    assert!(matches!(
        store.add_user(&verifier(), "x", Role::Viewer),
        Err(StoreError::Forbidden { .. })
    ));
    let password = store
        .add_user(&admin(), "amina", Role::Contributor)
        .unwrap();
    let credentials = store.credentials("amina").unwrap();
    assert!(store::verify_password(&credentials.hash, &password));
    assert!(!store::verify_password(&credentials.hash, "wrong"));
    let unknown = store.credentials("nobody").unwrap();
    assert_eq!(unknown.user, None);
    assert!(!store::verify_password(&unknown.hash, &password));

    let session = store.start_session("amina").unwrap();
    let found = store.session(&session.secret).unwrap().unwrap();
    assert_eq!(found.principal, Principal::user("amina", Role::Contributor));
    assert_eq!(found.csrf, session.csrf);
    store.end_session(&session.secret).unwrap();
    assert!(store.session(&session.secret).unwrap().is_none());

    let err = store
        .create_token(&admin(), "amina", Some(Role::Admin), None)
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(e) if e.path == "role"),
        "{err}"
    );
    let (token, secret) = store
        .create_token(&admin(), "amina", Some(Role::Viewer), Some("ci"))
        .unwrap();
    assert_eq!(
        store.token_principal(&secret).unwrap().unwrap().role(),
        Role::Viewer
    );
    store.revoke_token(&admin(), token.id).unwrap();
    assert!(store.token_principal(&secret).unwrap().is_none());
    // No secret reaches the audit log.
    let log = serde_json::to_string(&store.audit_log().unwrap()).unwrap();
    assert!(!log.contains(&password) && !log.contains(&secret) && !log.contains("$argon2"));

    // Demoting a user caps its tokens; disabling stops them.
    let (_, secret) = store.create_token(&admin(), "amina", None, None).unwrap();
    store
        .set_user(&admin(), "amina", Some(Role::Viewer), None)
        .unwrap();
    assert_eq!(
        store.token_principal(&secret).unwrap().unwrap().role(),
        Role::Viewer
    );
    store.set_user(&admin(), "amina", None, Some(true)).unwrap();
    assert!(store.token_principal(&secret).unwrap().is_none());
}

#[test]
fn exports_for_every_role_check_against_the_log_and_a_changed_one_does_not() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .import(&interop::read_dataset("demo", DEMO).unwrap(), "test")
        .unwrap();
    // Some history: an edit, a deletion, a restored record, a review.
    let id = store.incidents(&Default::default()).unwrap()[0].id.clone();
    let mut edited = store.incident(&id).unwrap().unwrap();
    edited.tags.push("checked".into());
    store.update(&verifier(), &id, edited, None).unwrap();
    let claim = store.claims().unwrap()[0].id.clone();
    store.delete::<Claim>(&verifier(), &claim, None).unwrap();
    store
        .review(
            &verifier(),
            &id,
            ReviewInput {
                status: Some(Status::Draft),
                ..Default::default()
            },
            None,
        )
        .unwrap();
    for who in [Principal::public(), viewer(), verifier()] {
        let export = store.export_stamped(&who).unwrap();
        let report = store.verify_export(&export).unwrap();
        assert_eq!(report.problem, None, "{who:?}");
        assert_eq!(report.entries, store.audit_log().unwrap().len() as u64);
    }
    // The public export left out the incident sent back to draft.
    let public = store.export_stamped(&Principal::public()).unwrap();
    assert!(public.incidents.iter().all(|i| i.id != id));
    assert_eq!(
        public.audit.as_ref().unwrap().redacted.as_deref(),
        Some("public")
    );

    // An export taken now still checks after more writes: its root is the log's prefix.
    let earlier = store.export_stamped(&admin()).unwrap();
    store.restore::<Claim>(&verifier(), &claim).unwrap();
    assert_eq!(store.verify_export(&earlier).unwrap().problem, None);

    // A changed record, a changed root, or a log shorter than the stamp are all caught.
    let mut forged = earlier.clone();
    forged.incidents[0].summary.push_str(" (edited)");
    let problem = store.verify_export(&forged).unwrap().problem.unwrap();
    assert!(
        problem.contains(&format!("incident {}", forged.incidents[0].id)),
        "{problem}"
    );
    let mut forged = earlier.clone();
    forged.audit.as_mut().unwrap().root = "0".repeat(64);
    assert!(
        store
            .verify_export(&forged)
            .unwrap()
            .problem
            .unwrap()
            .contains("not the root")
    );
    let mut forged = earlier;
    forged.audit.as_mut().unwrap().entries += 1000;
    assert!(
        store
            .verify_export(&forged)
            .unwrap()
            .problem
            .unwrap()
            .contains("holds only")
    );
}

#[test]
fn one_byte_changed_in_the_database_file_names_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    let mut store = Store::open(&path).unwrap();
    store.import(&sample(), "test").unwrap();
    // One write signed by a name found nowhere else in the file.
    let mut incident = store.incident(&khost()).unwrap().unwrap();
    incident.tags.push("verified-by-phone".into());
    store
        .update(
            &Principal::user("zarghuna-qx", Role::Verifier),
            &khost(),
            incident,
            None,
        )
        .unwrap();
    let seq = store.audit_log().unwrap().pop().unwrap().seq;
    assert_eq!(store.verify_audit_log().unwrap(), None);
    drop(store);

    let mut bytes = std::fs::read(&path).unwrap();
    let needle = b"zarghuna-qx";
    let at: Vec<usize> = bytes
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| w == needle)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(at.len(), 1, "the author's name is in one row of the file");
    bytes[at[0]] = b'Z';
    std::fs::write(&path, bytes).unwrap();

    let problem = Store::open(&path)
        .unwrap()
        .verify_audit_log()
        .unwrap()
        .unwrap();
    assert_eq!(problem.seq, seq);
    assert!(
        problem.message.contains("was altered"),
        "{}",
        problem.message
    );
}
