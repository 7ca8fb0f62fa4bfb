//! The built-in demo dataset (`data/demo/dataset.json`): it must read, pass the dataset checks,
//! be written in canonical form, and hold the facts of the ACSTD special report it is built from.
//!
//! Run with `CROSSCHECK_BLESS=1` to rewrite the file in canonical form instead of failing on
//! formatting (every other check still runs).

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use interop::{read_dataset, write_dataset};
use model::{
    Claim, Count, CountryCode, Dataset, Date, DatePrecision, EventType, Group, Incident,
    Responsibility, SourceKind, Stance, Status, TalksOutcome,
};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/demo/dataset.json");

/// The id of the report the demo is built from.
const REPORT: &str = "src-acstd-2025-12";

fn date(text: &str) -> Date {
    text.parse().expect("a valid date in the test")
}

/// Reads the file, checks it and (with `CROSSCHECK_BLESS=1`) rewrites it canonically, once for
/// all the tests of this binary (they run in parallel).
fn load() -> &'static Dataset {
    static DEMO: OnceLock<Dataset> = OnceLock::new();
    DEMO.get_or_init(read_check_bless)
}

fn read_check_bless() -> Dataset {
    let text = std::fs::read_to_string(PATH).expect("data/demo/dataset.json exists");
    let dataset = read_dataset("data/demo/dataset.json", &text).unwrap_or_else(|e| panic!("{e}"));
    if let Err(e) = dataset.check() {
        let e = interop::ReadError::from_dataset_error("data/demo/dataset.json", &text, e);
        panic!("{e}");
    }
    let canonical = write_dataset(&dataset);
    if std::env::var("CROSSCHECK_BLESS").as_deref() == Ok("1") {
        if canonical != text {
            let tmp = format!("{PATH}.tmp");
            std::fs::write(&tmp, &canonical).expect("data/demo/ is writable");
            std::fs::rename(&tmp, PATH).expect("data/demo/dataset.json is replaceable");
        }
    } else {
        assert!(
            canonical == text,
            "data/demo/dataset.json is not in canonical form; run the test with CROSSCHECK_BLESS=1"
        );
    }
    dataset
}

struct Demo {
    data: &'static Dataset,
}

impl Demo {
    fn new() -> Self {
        Demo { data: load() }
    }

    fn incident(&self, id: &str) -> &Incident {
        self.data
            .incidents
            .iter()
            .find(|i| i.id.as_str() == id)
            .unwrap_or_else(|| panic!("incident {id} is missing"))
    }

    fn claims_of(&self, incident: &str) -> Vec<&Claim> {
        self.data
            .claims
            .iter()
            .filter(|c| c.incident.as_str() == incident)
            .collect()
    }

    /// The claims on `incident` made in `claimant`'s voice about `losses_of`'s losses.
    fn voiced(&self, incident: &str, claimant: &str, losses_of: &str) -> Vec<&Claim> {
        self.claims_of(incident)
            .into_iter()
            .filter(|c| {
                c.claimant.as_deref() == Some(claimant) && c.losses_of.as_deref() == Some(losses_of)
            })
            .collect()
    }
}

fn killed(claim: &Claim, group: Group) -> Option<Count> {
    claim.figures.killed.get(group)
}

fn injured(claim: &Claim, group: Group) -> Option<Count> {
    claim.figures.injured.get(group)
}

/// The day (UTC) an X (Twitter) status id encodes: `(id >> 22) + 1288834974657` ms since the
/// Unix epoch.
fn snowflake_day(url: &str) -> Option<Date> {
    let id: u64 = url.rsplit_once("/status/")?.1.parse().ok()?;
    let ms = (id >> 22) + 1_288_834_974_657;
    let days = i64::try_from(ms / 86_400_000).ok()?;
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}").parse().ok()
}

#[test]
fn the_demo_reads_checks_and_is_canonical() {
    let demo = Demo::new();
    let d = &demo.data;
    assert!(d.incidents.len() >= 15, "{} incidents", d.incidents.len());
    assert!(d.claims.len() > d.incidents.len());
    assert!(!d.ceasefires.is_empty() && !d.talks.is_empty() && !d.statements.is_empty());
}

#[test]
fn the_october_2025_border_clashes_hold_both_parties_competing_claims() {
    let demo = Demo::new();
    let id = "inc-2025-10-11-border";
    let clash = demo.incident(id);
    assert_eq!(clash.date.date(), date("2025-10-11"));
    assert_eq!(clash.date.last_day(), date("2025-10-12"));
    assert_eq!(clash.event_type, EventType::ArmedClash);
    assert!(clash.perpetrators.iter().any(|p| p.as_str() == "PAK"));
    assert!(clash.perpetrators.iter().any(|p| p.as_str() == "TALIBAN"));

    let rferl = "src-rferl-2025-10-12";
    let from = |claims: Vec<&Claim>| -> Vec<Claim> {
        claims
            .into_iter()
            .filter(|c| c.source.as_str() == rferl)
            .cloned()
            .collect()
    };

    // The Taliban: 58 Pakistani soldiers killed, 9 of their own.
    let taliban_on_pak = from(demo.voiced(id, "TALIBAN", "PAK"));
    assert!(
        taliban_on_pak.iter().any(
            |c| killed(c, Group::SecurityForces) == Some(Count::exact(58))
                && c.attributed_to.as_deref() == Some("TALIBAN")
        ),
        "{taliban_on_pak:#?}"
    );
    let taliban_own = from(demo.voiced(id, "TALIBAN", "TALIBAN"));
    assert!(
        taliban_own
            .iter()
            .any(|c| killed(c, Group::SecurityForces) == Some(Count::exact(9))),
        "{taliban_own:#?}"
    );

    // Pakistan: more than 200 Taliban killed (recorded as at least 201), 23 of its own.
    let pak_on_taliban = from(demo.voiced(id, "PAK", "TALIBAN"));
    assert!(
        pak_on_taliban
            .iter()
            .any(|c| killed(c, Group::SecurityForces) == Some(Count::at_least(201))),
        "{pak_on_taliban:#?}"
    );
    let pak_own = from(demo.voiced(id, "PAK", "PAK"));
    assert!(
        pak_own
            .iter()
            .any(|c| killed(c, Group::SecurityForces) == Some(Count::exact(23))),
        "{pak_own:#?}"
    );

    // Other outlets carry the wounded each side claimed: 30 Pakistani (Taliban), 29 (Pakistan).
    assert!(
        demo.voiced(id, "TALIBAN", "PAK")
            .iter()
            .any(|c| injured(c, Group::SecurityForces) == Some(Count::exact(30)))
    );
    assert!(
        demo.voiced(id, "PAK", "PAK")
            .iter()
            .any(|c| injured(c, Group::SecurityForces) == Some(Count::exact(29)))
    );
}

#[test]
fn the_17_october_2025_paktika_strikes_killed_at_least_ten_civilians() {
    let demo = Demo::new();
    let id = "inc-2025-10-17-paktika";
    let strikes = demo.incident(id);
    assert_eq!(strikes.date.date(), date("2025-10-17"));
    assert_eq!(
        strikes.cross_border.map(|cb| (cb.from, cb.to)),
        Some((CountryCode::PAK, CountryCode::AFG))
    );
    let districts: BTreeSet<&str> = strikes
        .places
        .iter()
        .filter_map(|p| p.admin2.as_deref())
        .collect();
    assert!(
        districts.contains("Urgun") && districts.contains("Barmal"),
        "{districts:?}"
    );
    assert!(
        strikes
            .places
            .iter()
            .all(|p| p.admin1.as_deref() == Some("Paktika"))
    );
    let claims = demo.claims_of(id);
    assert!(
        claims
            .iter()
            .any(|c| c.source.as_str() == "src-theprint-2025-10"
                && killed(c, Group::Civilians).is_some_and(|k| k.floor() >= 10)),
        "{claims:#?}"
    );
    // Pakistan's own account: strikes on the Hafiz Gul Bahadur group, civilian harm not accepted.
    assert!(claims.iter().any(|c| c.claimant.as_deref() == Some("PAK")
        && c.responsibility == Some(Responsibility::AcceptsAttack)));
    // The cricket board's count: three players and five others.
    assert!(claims.iter().any(|c| c.claimant.as_deref() == Some("ACB")
        && killed(c, Group::Total) == Some(Count::exact(8))));
}

#[test]
fn the_15_october_truce_and_the_doha_ceasefire_are_recorded() {
    let demo = Demo::new();
    let truce = demo
        .data
        .ceasefires
        .iter()
        .find(|c| c.span.start() == date("2025-10-15"))
        .expect("the 15 October 48-hour truce");
    assert_eq!(truce.span.end(), Some(date("2025-10-17")));
    assert!(truce.name.contains("48-hour"));
    let parties: BTreeSet<&str> = truce.parties.iter().map(|p| p.as_str()).collect();
    assert_eq!(parties, BTreeSet::from(["PAK", "TALIBAN"]));
    // The 17 October strikes fell on the truce's last day.
    assert!(truce.span.contains(date("2025-10-17")));

    let doha = demo
        .data
        .ceasefires
        .iter()
        .find(|c| c.venue.as_deref().is_some_and(|v| v.contains("Doha")))
        .expect("the Doha ceasefire");
    assert_eq!(doha.announced, Some(date("2025-10-19")));
    let mediators: BTreeSet<&str> = doha.mediators.iter().map(|p| p.as_str()).collect();
    assert_eq!(mediators, BTreeSet::from(["QAT", "TUR"]));
    assert!(
        doha.sources
            .iter()
            .any(|s| s.as_str() == "src-mofaqatar-2025-10-19")
    );
}

#[test]
fn the_talks_rounds_are_doha_istanbul_twice_and_riyadh() {
    let demo = Demo::new();
    let venue_of = |start: &str| {
        demo.data
            .talks
            .iter()
            .find(|t| t.span.start() == date(start))
            .unwrap_or_else(|| panic!("talks starting {start}"))
    };
    assert!(
        venue_of("2025-10-18")
            .venue
            .as_deref()
            .is_some_and(|v| v.contains("Doha"))
    );
    assert_eq!(venue_of("2025-10-18").outcome, TalksOutcome::Agreement);
    assert!(
        venue_of("2025-10-25")
            .venue
            .as_deref()
            .is_some_and(|v| v.contains("Istanbul"))
    );
    assert!(
        venue_of("2025-11-06")
            .venue
            .as_deref()
            .is_some_and(|v| v.contains("Istanbul"))
    );
    let riyadh = demo
        .data
        .talks
        .iter()
        .find(|t| t.mediators.iter().any(|m| m.as_str() == "SAU"))
        .expect("the Saudi-hosted talks");
    assert_eq!(riyadh.outcome, TalksOutcome::NoAgreement);
    assert!(
        riyadh
            .sources
            .iter()
            .any(|s| s.as_str() == "src-thediplomat-2025-12")
    );
}

#[test]
fn every_incident_is_published_claimed_and_placed_on_the_frontier() {
    let demo = Demo::new();
    for incident in &demo.data.incidents {
        let id = incident.id.as_str();
        assert!(id.starts_with("inc-"), "{id}");
        assert_eq!(incident.status, Status::Published, "{id}");
        assert!(!demo.claims_of(id).is_empty(), "{id} has no claim");
        assert!(!incident.places.is_empty(), "{id} has no place");
        for place in &incident.places {
            assert!(
                place.country == CountryCode::AFG || place.country == CountryCode::PAK,
                "{id}: {}",
                place.label()
            );
            // Every place known below the country has coordinates for the map.
            if place.admin1.is_some() {
                assert!(
                    place.coordinates.is_some(),
                    "{id}: {} has no coordinates",
                    place.label()
                );
            }
        }
        // A Pakistani strike into Afghanistan is recorded as such.
        if matches!(
            incident.event_type,
            EventType::AirStrike | EventType::DroneStrike
        ) {
            let cb = incident.cross_border.expect("strikes cross the border");
            assert_eq!(
                (cb.from, cb.to),
                (CountryCode::PAK, CountryCode::AFG),
                "{id}"
            );
            assert!(
                incident
                    .places
                    .iter()
                    .all(|p| p.country == CountryCode::AFG),
                "{id}"
            );
        }
        let incident_date = incident.date.date();
        assert!(
            (date("2022-04-01")..=date("2025-11-30")).contains(&incident_date),
            "{id} on {incident_date}"
        );
    }
}

#[test]
fn every_claim_cites_a_source_with_an_address_or_the_report_itself() {
    let demo = Demo::new();
    let sources: HashMap<&str, &model::Source> = demo
        .data
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s))
        .collect();
    let report = sources[REPORT];
    assert_eq!(report.kind, SourceKind::Research);
    assert_eq!(report.author.as_deref(), Some("Tariq Jahan"));
    assert!(report.publisher.contains("ACSTD"));
    assert!(report.url.is_none(), "the report has no URL of its own");

    for claim in &demo.data.claims {
        let source = sources[claim.source.as_str()];
        assert!(
            source.url.is_some() || source.id.as_str() == REPORT,
            "{}: source {} has no URL",
            claim.id,
            source.id
        );
        let suffix = claim.incident.as_str().trim_start_matches("inc-");
        assert!(
            claim.id.as_str().starts_with(&format!("clm-{suffix}-")),
            "{} does not name its incident",
            claim.id
        );
        // A party speaking of its own role says who did it.
        if claim.responsibility.is_some() {
            assert!(claim.claimant.is_some(), "{}", claim.id);
        }
        // A party's own outlet speaks in that party's voice.
        if let Some(party) = &source.affiliation
            && demo.data.actors.iter().any(|a| &a.id == party && a.party)
        {
            assert_eq!(claim.claimant.as_ref(), Some(party), "{}", claim.id);
        }
    }
    for source in &demo.data.sources {
        assert!(source.id.as_str().starts_with("src-"), "{}", source.id);
    }
}

#[test]
fn the_earlier_strikes_carry_their_sources_figures() {
    let demo = Demo::new();

    // a) April 2022, Khost and Kunar: at least 47 killed, 22 injured, in two separate sources.
    let april = demo.claims_of("inc-2022-04-16-khost-kunar");
    for source in ["src-aljazeera-2022-04-17", "src-aoav-2022-04-22"] {
        assert!(
            april.iter().any(|c| c.source.as_str() == source
                && killed(c, Group::Civilians) == Some(Count::at_least(47))
                && injured(c, Group::Civilians) == Some(Count::exact(22))),
            "{source}"
        );
    }
    assert!(april.iter().any(|c| c.claimant.as_deref() == Some("PAK")
        && c.responsibility == Some(Responsibility::AcceptsAttack)));

    // b) 18 March 2024, Khost and Paktika: five women and three children.
    let march = demo.claims_of("inc-2024-03-18-khost-paktika");
    assert!(
        march
            .iter()
            .any(|c| c.source.as_str() == "src-reuters-2024-03-18"
                && killed(c, Group::Women) == Some(Count::exact(5))
                && killed(c, Group::Children) == Some(Count::exact(3)))
    );
    let paktia = demo.incident("inc-2024-03-18-paktia");
    assert_eq!(paktia.places[0].admin2.as_deref(), Some("Dand-e Patan"));
    assert!(
        paktia
            .related
            .iter()
            .any(|r| r.as_str() == "inc-2024-03-18-khost-paktika")
    );

    // c) 24 December 2024, Paktika: 15, 46 and 51 killed across sources, an early local count
    // and the Taliban's later tolls.
    let december = demo.claims_of("inc-2024-12-24-paktika");
    let floors: BTreeSet<u32> = december
        .iter()
        .filter_map(|c| killed(c, Group::Total).map(|k| k.floor()))
        .collect();
    for n in [15, 46, 51] {
        assert!(floors.contains(&n), "{floors:?}");
    }
    assert!(december.iter().any(|c| c.as_of == Some(date("2024-12-26"))));

    // d) August 2025: three children killed in Spera, six wounded in Ghanikhel.
    let spera = demo.incident("inc-2025-08-27-khost");
    assert_eq!(spera.places[0].admin2.as_deref(), Some("Spera"));
    assert!(
        demo.claims_of("inc-2025-08-27-khost")
            .iter()
            .any(|c| c.source.as_str() == "src-tolonews-2025-08"
                && killed(c, Group::Children) == Some(Count::exact(3)))
    );
    assert!(
        demo.claims_of("inc-2025-08-27-nangarhar")
            .iter()
            .any(|c| injured(c, Group::Civilians) == Some(Count::exact(6)))
    );

    // f) 15 October 2025: UNAMA's Spin Boldak count.
    assert!(
        demo.claims_of("inc-2025-10-15-spin-boldak")
            .iter()
            .any(|c| c.source.as_str() == "src-unama-2025-10-16"
                && killed(c, Group::Civilians) == Some(Count::at_least(17))
                && injured(c, Group::Civilians) == Some(Count::at_least(346)))
    );
    assert!(
        demo.claims_of("inc-2025-10-15-kabul")
            .iter()
            .any(|c| killed(c, Group::Civilians) == Some(Count::at_least(5))
                && injured(c, Group::Civilians) == Some(Count::exact(35)))
    );

    // g) November 2025: four women and a man in Spin Boldak; a woman and nine children in Khost.
    let november = demo.claims_of("inc-2025-11-06-spin-boldak");
    assert!(
        november
            .iter()
            .any(|c| c.source.as_str() == "src-france24-2025-11-06"
                && killed(c, Group::Women) == Some(Count::exact(4))
                && killed(c, Group::Men) == Some(Count::exact(1))
                && injured(c, Group::Total) == Some(Count::exact(6)))
    );
    assert!(
        november
            .iter()
            .any(|c| c.claimant.as_deref() == Some("TALIBAN")
                && c.attributed_to.as_deref() == Some("PAK"))
    );
    assert!(
        november.iter().any(|c| c.claimant.as_deref() == Some("PAK")
            && c.attributed_to.as_deref() == Some("TALIBAN"))
    );
    let khost = demo.claims_of("inc-2025-11-25-khost");
    assert!(
        khost
            .iter()
            .any(|c| c.source.as_str() == "src-dw-2025-11-25"
                && c.claimant.as_deref() == Some("TALIBAN")
                && killed(c, Group::Children) == Some(Count::exact(9))
                && killed(c, Group::Women) == Some(Count::exact(1)))
    );
}

#[test]
fn the_context_attacks_inside_pakistan_cite_the_report() {
    let demo = Demo::new();
    for (id, soldiers) in [
        ("inc-2022-04-12-north-waziristan", 7),
        ("inc-2024-12-19-pakistan", 16),
        ("inc-2025-10-07-khyber-pakhtunkhwa", 11),
    ] {
        let incident = demo.incident(id);
        assert!(
            incident
                .places
                .iter()
                .all(|p| p.country == CountryCode::PAK),
            "{id}"
        );
        assert!(
            incident.perpetrators.iter().any(|p| p.as_str() == "TTP"),
            "{id}"
        );
        assert_ne!(incident.date.precision(), DatePrecision::Day, "{id}");
        assert!(
            demo.claims_of(id)
                .iter()
                .any(|c| c.source.as_str() == REPORT
                    && c.losses_of.as_deref() == Some("PAK")
                    && killed(c, Group::SecurityForces) == Some(Count::exact(soldiers))),
            "{id}"
        );
    }
}

#[test]
fn the_statements_quote_the_officials_and_record_the_reactions() {
    let demo = Demo::new();
    let statements = &demo.data.statements;
    let by = |actor: &'static str| statements.iter().filter(move |s| s.actor.as_str() == actor);

    let tora_bora = by("PAK")
        .find(|s| s.text.contains("Tora Bora"))
        .expect("Asif's Tora Bora post");
    assert!(tora_bora.verbatim);
    assert!(tora_bora.text.contains("with their tails between the legs"));
    assert_eq!(tora_bora.stance, Stance::Threatens);
    assert_eq!(tora_bora.date, date("2025-10-29"));
    assert!(by("PAK").any(|s| s.text.contains("open war") && s.stance == Stance::Threatens));

    let reply = by("TALIBAN")
        .find(|s| s.text.contains("single tweet"))
        .expect("Mujahid's reply");
    assert_eq!(reply.speaker.as_deref(), Some("Zabihullah Mujahid"));

    assert!(by("IRN").any(|s| s.stance == Stance::CallsForRestraint));
    assert!(by("CHN").any(|s| s.stance == Stance::CallsForRestraint));
    assert!(by("RUS").any(|s| s.stance == Stance::CallsForRestraint));
    assert!(by("SAU").any(|s| s.stance == Stance::Concern));
    assert!(by("QAT").any(|s| s.stance == Stance::Welcomes));
    assert!(by("UNAMA").any(|s| s.stance == Stance::Welcomes));
    assert!(by("IND").any(|s| s.about_actors.iter().any(|a| a.as_str() == "PAK")));
    assert!(by("TALIBAN").any(|s| s.stance == Stance::Condemns));
    assert!(by("TALIBAN").any(|s| s.stance == Stance::Threatens));
    for statement in statements {
        assert!(statement.id.as_str().starts_with("st-"), "{}", statement.id);
        assert!(
            statement.source.is_some() || statement.url.is_some(),
            "{}",
            statement.id
        );
    }
}

#[test]
fn posts_are_dated_by_their_status_ids() {
    let demo = Demo::new();
    let mut posts = 0;
    for source in &demo.data.sources {
        let Some(url) = source.url.as_deref() else {
            continue;
        };
        if url.starts_with("https://x.com/") {
            posts += 1;
            assert_eq!(source.published, snowflake_day(url), "{}", source.id);
            assert_eq!(source.kind, SourceKind::Government, "{}", source.id);
            assert!(source.affiliation.is_some(), "{}", source.id);
        }
    }
    assert_eq!(posts, 2, "Asif's and Mujahid's posts");
}
