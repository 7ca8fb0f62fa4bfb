//! Property: any valid dataset survives export → import → export byte for byte, through two
//! databases. The generator covers every record kind and every optional field, with text in
//! several scripts and awkward characters.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use std::collections::BTreeMap;

use jiff::civil::{Date, date};
use model::*;
use proptest::prelude::*;
use store::Store;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ,.'\"\\\\-]{1,30}",
        Just("خوست ولایت".to_owned()),
        Just("پکتیکا – \"Barmal\" ‘district’\n second line".to_owned()),
        Just("100% _under_ review \\ slash".to_owned()),
    ]
}

fn any_date() -> impl Strategy<Value = Date> {
    (2004i16..2027, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| date(y, m, d))
}

fn any_count() -> impl Strategy<Value = Count> {
    prop_oneof![
        (0u32..300).prop_map(Count::exact),
        (0u32..300).prop_map(Count::at_least),
        (0u32..300).prop_map(Count::at_most),
        (0u32..300).prop_map(Count::approx),
        (0u32..300, 1u32..50).prop_map(|(low, extra)| Count::range(low, low + extra).unwrap()),
    ]
}

/// Group counts built to be consistent: a total, and groups drawn from below it.
fn any_group_counts() -> impl Strategy<Value = GroupCounts> {
    (
        proptest::option::of(0u32..200),
        proptest::collection::vec((1usize..7, any_count()), 0..4),
    )
        .prop_map(|(total, groups)| {
            let mut counts = GroupCounts::default();
            if let Some(total) = total {
                counts = counts.with(Group::Total, Count::at_least(total)).unwrap();
            }
            for (group, count) in groups {
                if let Ok(next) = counts.with(Group::ALL[group], count) {
                    counts = next;
                }
            }
            counts
        })
}

fn any_place() -> impl Strategy<Value = PlaceRef> {
    (
        prop_oneof![Just(CountryCode::AFG), Just(CountryCode::PAK)],
        proptest::option::of(any_text()),
        proptest::option::of(any_text()),
        proptest::option::of(any_text()),
        proptest::option::of((-90.0f64..90.0, -180.0f64..180.0)),
        0usize..3,
    )
        .prop_map(
            |(country, admin1, admin2, location, coords, precision)| PlaceRef {
                country,
                admin1,
                admin2,
                location,
                pcode: None,
                coordinates: coords.map(|(lat, lon)| Coordinates::new(lat, lon).unwrap()),
                precision: GeoPrecision::ALL[precision],
            },
        )
}

const ACTORS: [&str; 3] = ["PAK", "TALIBAN", "UNAMA"];

fn actor_ref() -> impl Strategy<Value = ActorId> {
    (0usize..3).prop_map(|i| ActorId::new(ACTORS[i]).unwrap())
}

fn any_dataset() -> impl Strategy<Value = Dataset> {
    let sources = proptest::collection::vec(
        (
            any_text(),
            0usize..9,
            proptest::option::of(any_text()),
            proptest::option::of(any_date()),
            proptest::option::of(actor_ref()),
            any::<bool>(),
            proptest::option::of(any::<[u8; 32]>()),
        ),
        1..5,
    );
    let incidents = proptest::collection::vec(
        (
            any_text(),
            any_date(),
            0u8..3,
            proptest::collection::vec(any_place(), 1..3),
            0usize..9,
            proptest::collection::vec(actor_ref(), 0..2),
            any::<bool>(),
            proptest::collection::vec("[a-z-]{1,10}", 0..3),
            proptest::option::of(any_text()),
            0usize..4,
        ),
        1..6,
    );
    let claims = proptest::collection::vec(
        (
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
            proptest::option::of(actor_ref()),
            proptest::option::of(actor_ref()),
            any_group_counts(),
            any_group_counts(),
            proptest::option::of(any_text()),
            proptest::option::of(any_date()),
        ),
        0..10,
    );
    let statements = proptest::collection::vec(
        (
            actor_ref(),
            any_date(),
            any_text(),
            0usize..9,
            proptest::option::of(any::<prop::sample::Index>()),
        ),
        0..4,
    );
    (
        sources,
        incidents,
        claims,
        statements,
        proptest::option::of((any_date(), 0i64..10)),
    )
        .prop_map(|(sources, incidents, claims, statements, ceasefire)| {
            let mut dataset = Dataset {
                actors: ACTORS
                    .iter()
                    .map(|id| Actor {
                        id: ActorId::new(*id).unwrap(),
                        name: format!("{id} name"),
                        kind: if *id == "UNAMA" {
                            ActorKind::Intergovernmental
                        } else {
                            ActorKind::State
                        },
                        country: None,
                        party: *id != "UNAMA",
                        aliases: vec![],
                    })
                    .collect(),
                ..Dataset::default()
            };
            for (i, (publisher, kind, title, published, affiliation, restricted, hash)) in
                sources.into_iter().enumerate()
            {
                let mut source = Source::new(
                    SourceId::new(format!("src-{i}")).unwrap(),
                    format!("Outlet {publisher}"),
                    SourceKind::ALL[kind],
                );
                source.title = title;
                source.published = published;
                source.affiliation = affiliation;
                source.restricted = restricted;
                source.archived_sha256 = hash.map(Sha256Digest::from_bytes);
                source.url = Some(format!("https://example.org/{i}"));
                dataset.sources.push(source);
            }
            for (i, (title, day, span, places, kind, perpetrators, cross, tags, target, status)) in
                incidents.into_iter().enumerate()
            {
                let when = if span == 0 {
                    EventDate::on(day, DatePrecision::Day)
                } else {
                    EventDate::span(
                        day,
                        day.saturating_add(jiff::Span::new().days(i64::from(span))),
                        DatePrecision::Week,
                    )
                    .unwrap()
                };
                let mut attributes = BTreeMap::new();
                if i % 2 == 0 {
                    attributes.insert("inter1".to_owned(), "State forces".to_owned());
                }
                dataset.incidents.push(Incident {
                    id: IncidentId::new(format!("inc-{i}")).unwrap(),
                    title: format!("Incident {title}"),
                    date: when,
                    places,
                    event_type: EventType::ALL[kind],
                    cross_border: cross.then_some(CrossBorder {
                        from: CountryCode::PAK,
                        to: CountryCode::AFG,
                    }),
                    perpetrators,
                    target,
                    summary: "A summary.".into(),
                    tags,
                    status: Status::ALL[status],
                    related: if i > 0 {
                        vec![IncidentId::new("inc-0").unwrap()]
                    } else {
                        vec![]
                    },
                    external_ids: if i % 3 == 0 {
                        vec![ExternalId {
                            system: "acled".into(),
                            id: format!("PAK{i}"),
                        }]
                    } else {
                        vec![]
                    },
                    attributes,
                    internal_notes: None,
                });
            }
            for (i, (incident, source, claimant, losses_of, killed, injured, quote, as_of)) in
                claims.into_iter().enumerate()
            {
                dataset.claims.push(Claim {
                    id: ClaimId::new(format!("clm-{i}")).unwrap(),
                    incident: dataset.incidents[incident.index(dataset.incidents.len())]
                        .id
                        .clone(),
                    source: dataset.sources[source.index(dataset.sources.len())]
                        .id
                        .clone(),
                    claimant,
                    losses_of,
                    figures: Figures { killed, injured },
                    attributed_to: None,
                    responsibility: None,
                    as_of,
                    quote,
                });
            }
            for (i, (actor, day, text, stance, about)) in statements.into_iter().enumerate() {
                dataset.statements.push(Statement {
                    id: StatementId::new(format!("st-{i}")).unwrap(),
                    actor,
                    speaker: None,
                    office: Some("Spokesperson".into()),
                    date: day,
                    channel: Some(Channel::SocialMedia),
                    text: format!("Said: {text}"),
                    verbatim: i % 2 == 0,
                    stance: Stance::ALL[stance],
                    about_incidents: about
                        .map(|ix| {
                            vec![
                                dataset.incidents[ix.index(dataset.incidents.len())]
                                    .id
                                    .clone(),
                            ]
                        })
                        .unwrap_or_default(),
                    about_actors: vec![],
                    source: None,
                    url: None,
                });
            }
            if let Some((start, days)) = ceasefire {
                dataset.ceasefires.push(Ceasefire {
                    id: CeasefireId::new("cf-1").unwrap(),
                    name: "Truce".into(),
                    parties: vec![
                        ActorId::new("PAK").unwrap(),
                        ActorId::new("TALIBAN").unwrap(),
                    ],
                    mediators: vec![],
                    venue: Some("Doha".into()),
                    announced: Some(start),
                    span: DateSpan::new(
                        start,
                        Some(start.saturating_add(jiff::Span::new().days(days))),
                    )
                    .unwrap(),
                    outcome: None,
                    sources: vec![dataset.sources[0].id.clone()],
                });
                dataset.talks.push(Talks {
                    id: TalksId::new("talks-1").unwrap(),
                    name: "Round one".into(),
                    parties: vec![ActorId::new("PAK").unwrap()],
                    mediators: vec![ActorId::new("UNAMA").unwrap()],
                    venue: None,
                    span: DateSpan::new(start, None).unwrap(),
                    outcome: TalksOutcome::Ongoing,
                    summary: None,
                    sources: vec![],
                });
            }
            dataset
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_is_byte_identical(dataset in any_dataset()) {
        dataset.check().unwrap();
        let mut first = Store::open_in_memory().unwrap();
        first.import(&dataset, "prop").unwrap();
        let exported = interop::write_dataset(&first.export().unwrap());
        prop_assert_eq!(&exported, &interop::write_dataset(&dataset));

        let mut second = Store::open_in_memory().unwrap();
        second.import(&interop::read_dataset("exported.json", &exported).unwrap(), "prop").unwrap();
        prop_assert_eq!(interop::write_dataset(&second.export().unwrap()), exported);
        prop_assert_eq!(second.verify_audit_log().unwrap(), None);
    }
}
