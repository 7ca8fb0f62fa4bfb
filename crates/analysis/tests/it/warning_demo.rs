//! Early warning on the built-in demo data (the December 2025 ACSTD report): the truce broken on
//! 17 October, incidents during talks, the October 2025 escalation in the index, the words that
//! made Asif's post hostile, and how little was said abroad about which harm.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use analysis::warning::cities::Cities;
use analysis::warning::escalation::{self, AlertKind, CeasefireState, Series};
use analysis::warning::rhetoric::{Category, Lexicon};
use analysis::warning::violations::{self, Certainty, OwnWord, Phase};
use analysis::warning::{FullRecord, harm, reactions, rhetoric};
use model::{ActorId, Dataset, Date, Incident};

fn demo() -> Dataset {
    interop::read_dataset(
        "data/demo/dataset.json",
        include_str!("../../../../data/demo/dataset.json"),
    )
    .unwrap()
}

fn incident<'a>(dataset: &'a Dataset, id: &str) -> &'a Incident {
    dataset
        .incidents
        .iter()
        .find(|i| i.id.as_str() == id)
        .unwrap()
}

fn series(dataset: &Dataset) -> Series {
    escalation::of_record(
        &FullRecord::of(dataset),
        &Lexicon::english().unwrap(),
        &Cities::major().unwrap(),
    )
}

fn day(text: &str) -> Date {
    text.parse().unwrap()
}

#[test]
fn the_17_october_strikes_are_flagged_against_the_48_hour_truce() {
    let dataset = demo();
    let record = FullRecord::of(&dataset);
    let paktika = incident(&dataset, "inc-2025-10-17-paktika");
    let marks = violations::marks_of(&record, paktika);
    assert_eq!(marks.ceasefires.len(), 1, "{marks:?}");
    let mark = &marks.ceasefires[0];
    assert_eq!(mark.ceasefire.as_str(), "cf-2025-10-15-48-hour-truce");
    assert_eq!(mark.phase, Phase::LastDay);
    assert_eq!(mark.certainty, Certainty::Flagged);
    assert!(mark.possible_violation);
    assert!(marks.breaks_a_ceasefire());
    let pakistan = &mark.allegations[0];
    assert_eq!(pakistan.perpetrator.as_str(), "PAK");
    let by: Vec<&str> = pakistan.by_actors.iter().map(|a| a.as_str()).collect();
    assert_eq!(by, ["ACB", "TALIBAN"]);
    assert_eq!(pakistan.own_word, [OwnWord::SaysItCarriedOut]);
    let sentence = mark.sentence(&record, paktika);
    assert!(
        sentence.starts_with(
            "on the last day of the 48-hour truce of 15 October 2025 (within it, or in the hours after it ran out) — flagged as a possible violation; alleged perpetrator: Pakistan, alleged by Afghanistan Cricket Board and Taliban (Islamic Emirate of Afghanistan); reported as such by "
        ),
        "{sentence}"
    );
    // The ceasefire's page lists it.
    let listed = violations::of_ceasefire(&record, mark.ceasefire);
    let ids: Vec<&str> = listed.iter().map(|(i, _)| i.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "inc-2025-10-15-kabul",
            "inc-2025-10-15-spin-boldak",
            "inc-2025-10-17-paktika"
        ]
    );
}

#[test]
fn strikes_on_the_day_the_truce_began_only_may_have_broken_it() {
    // The Kabul strikes of 15 October came hours before the truce was announced; the record keeps
    // only the day, so they are possible, not flagged, violations.
    let dataset = demo();
    let record = FullRecord::of(&dataset);
    let kabul = incident(&dataset, "inc-2025-10-15-kabul");
    let marks = violations::marks_of(&record, kabul);
    assert_eq!(marks.ceasefires[0].phase, Phase::FirstDay);
    assert_eq!(marks.ceasefires[0].certainty, Certainty::Possible);
    assert!(!marks.breaks_a_ceasefire());
    assert!(
        marks.ceasefires[0]
            .sentence(&record, kabul)
            .contains("the record does not say whether before or after it took effect")
    );
}

#[test]
fn november_incidents_break_the_doha_ceasefire_and_one_fell_during_talks() {
    let dataset = demo();
    let record = FullRecord::of(&dataset);
    let marked = violations::marks(&record);
    let summary: Vec<(String, Vec<String>, Vec<String>)> = marked
        .iter()
        .map(|m| {
            (
                m.incident.to_string(),
                m.ceasefires
                    .iter()
                    .map(|c| c.ceasefire.to_string())
                    .collect(),
                m.talks.iter().map(|t| t.talks.to_string()).collect(),
            )
        })
        .collect();
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        summary,
        [
            (
                "inc-2025-10-15-kabul".into(),
                s(&["cf-2025-10-15-48-hour-truce"]),
                vec![]
            ),
            (
                "inc-2025-10-15-spin-boldak".into(),
                s(&["cf-2025-10-15-48-hour-truce"]),
                vec![]
            ),
            (
                "inc-2025-10-17-paktika".into(),
                s(&["cf-2025-10-15-48-hour-truce"]),
                vec![]
            ),
            (
                "inc-2025-11-06-spin-boldak".into(),
                s(&["cf-2025-10-19-doha"]),
                s(&["talks-2025-11-06-istanbul"])
            ),
            (
                "inc-2025-11-25-khost".into(),
                s(&["cf-2025-10-19-doha"]),
                vec![]
            ),
        ]
    );
    // Each side blamed the other on 6 November: both allegations are named, with who made them.
    let spin_boldak = incident(&dataset, "inc-2025-11-06-spin-boldak");
    let mark = &violations::marks_of(&record, spin_boldak).ceasefires[0];
    let sentence = mark.sentence(&record, spin_boldak);
    assert!(
        sentence.ends_with(
            "alleged perpetrators: Pakistan, alleged by Taliban (Islamic Emirate of Afghanistan) — Taliban (Islamic Emirate of Afghanistan), alleged by Pakistan"
        ),
        "{sentence}"
    );
    let talks = &violations::marks_of(&record, spin_boldak).talks[0];
    assert_eq!(
        talks.sentence(&record),
        "during talks: Istanbul talks (third round)"
    );
}

#[test]
fn the_index_shows_the_october_2025_escalation() {
    let dataset = demo();
    let s = series(&dataset);
    let week = |monday: &str| {
        s.weeks
            .iter()
            .find(|w| w.week == day(monday))
            .unwrap_or_else(|| panic!("no week {monday}"))
    };
    let before = week("2025-09-29");
    let first = week("2025-10-06");
    let second = week("2025-10-13");
    assert_eq!(before.score, 0.0);
    assert!(first.alert && second.alert);
    // The two weeks of October 2025 are the highest of the whole record.
    let mut scores: Vec<(f64, Date)> = s.weeks.iter().map(|w| (w.score, w.week)).collect();
    scores.sort_by(|a, b| b.0.total_cmp(&a.0));
    assert_eq!(
        [scores[0].1, scores[1].1],
        [day("2025-10-13"), day("2025-10-06")]
    );
    assert_eq!(first.components.capital_strikes, 1);
    assert_eq!(first.components.ground_fighting, 1);
    assert_eq!(second.components.ceasefire, CeasefireState::Broken);
    assert_eq!(second.components.civilians_killed, 32);
    assert_eq!(
        week("2025-10-20").components.ceasefire,
        CeasefireState::Holding
    );
    // Asif's post is the hardest rhetoric of the record, in a week without an incident: it shows
    // in the line, but words alone do not raise an alert.
    let rhetoric_peak = s
        .weeks
        .iter()
        .max_by(|a, b| a.components.rhetoric.total_cmp(&b.components.rhetoric))
        .unwrap();
    assert_eq!(rhetoric_peak.week, day("2025-10-27"));
    assert!(!rhetoric_peak.alert);
    let alerts = escalation::alerts(&s);
    let weeks: Vec<String> = alerts.iter().map(|a| a.week.to_string()).collect();
    assert_eq!(
        weeks,
        [
            "2022-04-11",
            "2024-03-18",
            "2025-10-06",
            "2025-10-13",
            "2025-11-03"
        ]
    );
    assert_eq!(alerts[3].kind, AlertKind::Above);
    assert_eq!(alerts[4].kind, AlertKind::Crossed);
}

#[test]
fn empty_weeks_score_zero_and_every_incident_is_counted_once() {
    let dataset = demo();
    let s = series(&dataset);
    let published = dataset
        .incidents
        .iter()
        .filter(|i| i.status == model::Status::Published)
        .count();
    let counted: u32 = s.weeks.iter().map(|w| w.components.incidents).sum();
    assert_eq!(counted as usize, published);
    for w in &s.weeks {
        if w.incidents.is_empty() && w.statements.is_empty() {
            assert_eq!(w.score, 0.0, "{}", w.week);
        }
        assert!(w.score >= 0.0);
    }
    // Consecutive Mondays, no gaps.
    for pair in s.weeks.windows(2) {
        assert_eq!(
            analysis::warning::week::days_between(pair[0].week, pair[1].week),
            7
        );
    }
}

#[test]
fn asifs_post_scores_high_and_the_calls_for_restraint_score_below_zero() {
    let dataset = demo();
    let record = FullRecord::of(&dataset);
    let scored = rhetoric::score_all(&record, &Lexicon::english().unwrap());
    let of = |id: &str| {
        scored
            .iter()
            .find(|s| s.statement.as_str() == id)
            .unwrap()
            .rhetoric
            .clone()
    };
    let asif = of("st-2025-10-29-pak-asif");
    let top = scored
        .iter()
        .max_by(|a, b| a.rhetoric.score.total_cmp(&b.rhetoric.score))
        .unwrap();
    assert_eq!(top.statement.as_str(), "st-2025-10-29-pak-asif");
    assert!(asif.score >= 20.0, "{}", asif.score);
    let words: Vec<&str> = asif.matches.iter().map(|m| m.words.as_str()).collect();
    for expected in ["obliterate", "back to the caves", "tails between the legs"] {
        assert!(words.contains(&expected), "{expected} in {words:?}");
    }
    let categories: Vec<Category> = asif.by_category().iter().map(|(c, _)| *c).collect();
    assert!(categories.contains(&Category::ThreatOfForce));
    assert!(categories.contains(&Category::Dehumanising));
    let dehumanising = asif
        .by_category()
        .into_iter()
        .find(|(c, _)| *c == Category::Dehumanising)
        .unwrap()
        .1;
    assert!(dehumanising >= 8.0, "{dehumanising}");
    for restraint in [
        "st-2025-10-16-unama",
        "st-2025-10-12-qat",
        "st-2025-10-19-qat",
        "st-2025-10-13-chn",
        "st-2025-10-12-irn",
    ] {
        assert!(
            of(restraint).score < 0.0,
            "{restraint}: {:?}",
            of(restraint)
        );
    }
    // Mujahid's reply dismisses without threatening: no word of the list.
    assert_eq!(of("st-2025-11-01-taliban").score, 0.0);
    // The paraphrase of Asif's speech counts its quoted words in full.
    let speech = of("st-2025-10-10-pak-asif");
    assert!(speech.matches.iter().all(|m| m.speakers_own), "{speech:?}");
}

#[test]
fn reactions_abroad_are_few_beside_the_harm() {
    let dataset = demo();
    let record = FullRecord::of(&dataset);
    let per_incident = reactions::per_incident(&record);
    let reactors: Vec<&str> = reactions::reactors(&record)
        .iter()
        .map(|a| a.as_str())
        .collect();
    assert_eq!(
        reactors,
        ["CHN", "IND", "IRN", "QAT", "RUS", "SAU", "TUR", "UNAMA"]
    );
    let paktika = per_incident
        .iter()
        .find(|r| r.incident.as_str() == "inc-2025-10-17-paktika")
        .unwrap();
    // No state or organisation in the record named the strikes that broke the truce; Qatar and
    // Türkiye spoke of the parties two days later, welcoming the Doha ceasefire.
    assert!(paktika.reactions.iter().all(|r| !r.direct), "{paktika:?}");
    let general: Vec<(&str, model::Stance)> = paktika
        .reactions
        .iter()
        .map(|r| (r.actor.as_str(), r.stance))
        .collect();
    assert_eq!(
        general,
        [
            ("QAT", model::Stance::Welcomes),
            ("TUR", model::Stance::Welcomes)
        ]
    );
    let silent: Vec<&str> = paktika
        .no_reaction_found
        .iter()
        .map(|a| a.as_str())
        .collect();
    assert_eq!(silent, ["CHN", "IND", "IRN", "RUS", "SAU", "UNAMA"]);
    let border = per_incident
        .iter()
        .find(|r| r.incident.as_str() == "inc-2025-10-11-border")
        .unwrap();
    let who: Vec<&str> = border
        .reactions
        .iter()
        .filter(|r| r.direct && !r.party)
        .map(|r| r.actor.as_str())
        .collect();
    assert_eq!(who, ["IRN", "QAT", "SAU", "CHN", "RUS", "UNAMA"]);
    // One incident's reactions (an incident page's) are the ones the whole list gives it.
    for listed in &per_incident {
        let one = reactions::of_incident(&record, incident(&dataset, listed.incident.as_str()));
        assert_eq!(&one, listed);
    }

    let harms = harm::of_record(&record);
    let comparison = reactions::compare(&record, &harms);
    assert_eq!(comparison.incidents, 17);
    assert_eq!(comparison.with_civilian_deaths, 10);
    let iran = comparison
        .actors
        .iter()
        .find(|a| a.actor == &ActorId::new("IRN").unwrap())
        .unwrap();
    assert_eq!(
        iran.sentence(&record, &comparison),
        "Iran reacted to 1 of 10 incidents with civilian deaths (calls for restraint); those incidents killed 1 civilian between them, the 9 incidents it did not react to 151 civilians."
    );
    // Civilians killed as every page shows them: the 6 November 2025 fire on Spin Boldak counts
    // its five dead (four women and a man; the total stands in for the civilians no claim names).
    assert_eq!(comparison.civilians_killed, 152);
    let spin_boldak = harms
        .iter()
        .find(|h| h.incident.as_str() == "inc-2025-11-06-spin-boldak")
        .unwrap();
    assert_eq!(
        (
            spin_boldak.civilians_killed_best_or_low(),
            spin_boldak.civilians_killed_stand_in
        ),
        (5, true)
    );
    assert_eq!(
        spin_boldak.civilians_killed, 4,
        "the index's own definition"
    );
    let unama = comparison
        .actors
        .iter()
        .find(|a| a.actor.as_str() == "UNAMA")
        .unwrap();
    assert_eq!(unama.reacted_with_civilian_deaths, 2);
    assert_eq!(unama.civilians_killed_reacted, 18);
}

#[test]
fn a_restricted_source_is_never_named_in_an_allegation() {
    let mut dataset = demo();
    let afp = "src-etvbharat-2025-10-18";
    dataset
        .sources
        .iter_mut()
        .find(|s| s.id.as_str() == afp)
        .unwrap()
        .restricted = true;
    let record = FullRecord::of(&dataset);
    let paktika = incident(&dataset, "inc-2025-10-17-paktika");
    let sentence = violations::marks_of(&record, paktika).ceasefires[0].sentence(&record, paktika);
    assert!(!sentence.contains("ETV Bharat"), "{sentence}");
    assert!(sentence.contains("a restricted source"), "{sentence}");
    // A reader without clearance sees the placeholder id instead of the source: not named either.
    for claim in dataset
        .claims
        .iter_mut()
        .filter(|c| c.source.as_str() == afp)
    {
        claim.source = model::SourceId::new("restricted").unwrap();
    }
    dataset.sources.retain(|s| s.id.as_str() != afp);
    let record = FullRecord::of(&dataset);
    let paktika = incident(&dataset, "inc-2025-10-17-paktika");
    let sentence = violations::marks_of(&record, paktika).ceasefires[0].sentence(&record, paktika);
    assert!(sentence.contains("a restricted source"), "{sentence}");
}
