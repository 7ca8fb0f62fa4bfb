//! Properties of the escalation index and the rhetoric score that must hold for any input: the
//! score never falls when a harm component grows, a week with nothing in it scores the baseline,
//! the series does not depend on the order of the incidents, and a hostile term never lowers a
//! statement's score (nor a call to de-escalate raise it).
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use analysis::warning::escalation::{self, CeasefireState, Components, EventFacts, Formula};
use analysis::warning::rhetoric::{Category, Lexicon};
use analysis::warning::week::add_days;
use model::{Date, IncidentId};
use proptest::prelude::*;

fn components() -> impl Strategy<Value = Components> {
    (
        (0u32..50, 0u32..5000, 0u32..3000, 0u32..10_000),
        (0u32..5, 0u32..5, 0u32..5, 0.0f64..200.0),
        prop_oneof![
            Just(CeasefireState::None),
            Just(CeasefireState::Holding),
            Just(CeasefireState::Broken)
        ],
    )
        .prop_map(
            |((incidents, killed, ck, ci), (capital, city, ground, rhetoric), ceasefire)| {
                let f = Formula::V1;
                Components {
                    incidents,
                    killed,
                    civilians_killed: ck,
                    civilians_injured: ci,
                    civilian_harm: f.civilian_harm(ck, ci),
                    severity: f.severity_points(capital, city, ground),
                    capital_strikes: capital,
                    city_strikes: city,
                    ground_fighting: ground,
                    party_statements: 0,
                    rhetoric,
                    ceasefire,
                }
            },
        )
}

/// `c` with one component grown by `by` (1 or more), the derived fields kept consistent.
fn grow(c: &Components, which: usize, by: u32) -> Components {
    let f = Formula::V1;
    let mut g = c.clone();
    match which {
        0 => g.incidents += by,
        1 => g.killed += by,
        2 => g.civilians_killed += by,
        3 => g.civilians_injured += by,
        4 => g.capital_strikes += by,
        5 => g.city_strikes += by,
        6 => g.ground_fighting += by,
        7 => g.rhetoric += f64::from(by),
        _ => g.ceasefire = CeasefireState::Broken,
    }
    g.civilian_harm = f.civilian_harm(g.civilians_killed, g.civilians_injured);
    g.severity = f.severity_points(g.capital_strikes, g.city_strikes, g.ground_fighting);
    g
}

fn event(n: usize, day: Date, killed: u32, civilians: u32, broken: bool) -> EventFacts {
    EventFacts {
        id: IncidentId::new(format!("inc-{n}")).unwrap(),
        date: day,
        killed,
        civilians_killed: civilians.min(killed),
        civilians_injured: civilians,
        city: None,
        ground_fighting: n.is_multiple_of(3),
        breaks_ceasefire: broken,
    }
}

proptest! {
    #[test]
    fn the_score_never_falls_when_a_component_grows(
        c in components(),
        which in 0usize..9,
        by in 1u32..100,
    ) {
        let f = Formula::V1;
        let grown = grow(&c, which, by);
        prop_assert!(f.score(&grown) >= f.score(&c), "{c:?} → {grown:?}");
        // Growing a harm count strictly raises the score.
        if which <= 6 {
            prop_assert!(f.score(&grown) > f.score(&c), "{c:?} → {grown:?}");
        }
    }

    #[test]
    fn a_week_with_nothing_in_it_scores_the_baseline(
        gap in 2i64..30,
        killed in 0u32..100,
    ) {
        let start = Date::constant(2025, 1, 6);
        let events = [
            event(1, start, killed, 0, false),
            event(2, add_days(start, 7 * gap), killed, 0, false),
        ];
        let s = escalation::series(&Formula::V1, &events, &[], &[]);
        prop_assert_eq!(s.weeks.len() as i64, gap + 1);
        for w in &s.weeks[1..s.weeks.len() - 1] {
            prop_assert_eq!(w.score, 0.0);
            prop_assert!(!w.alert);
        }
        prop_assert_eq!(Formula::V1.score(&Components::default()), 0.0);
    }

    #[test]
    fn the_series_does_not_depend_on_the_order_of_the_incidents(
        raw in prop::collection::vec((0i64..120, 0u32..60, 0u32..30, any::<bool>()), 1..25),
        seed in any::<u64>(),
    ) {
        let start = Date::constant(2024, 6, 3);
        let events: Vec<EventFacts> = raw
            .iter()
            .enumerate()
            .map(|(n, &(d, k, c, b))| event(n, add_days(start, d), k, c, b))
            .collect();
        let mut shuffled = events.clone();
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let a = escalation::series(&Formula::V1, &events, &[], &[]);
        let b = escalation::series(&Formula::V1, &shuffled, &[], &[]);
        prop_assert_eq!(&a, &b);
        let counted: u32 = a.weeks.iter().map(|w| w.components.incidents).sum();
        prop_assert_eq!(counted as usize, events.len());
        prop_assert_eq!(
            escalation::alerts(&a).len(),
            a.weeks.iter().filter(|w| w.score >= 6.0).count()
        );
    }

    #[test]
    fn a_hostile_term_never_lowers_a_score_and_a_call_for_restraint_never_raises_it(
        text in "[a-zA-Z .,“”\"'-]{0,80}",
        pick in any::<prop::sample::Index>(),
        verbatim in any::<bool>(),
    ) {
        let lexicon = Lexicon::english().unwrap();
        let term = pick.get(lexicon.terms());
        // "xq" is no word of any term, so the text's own matches stay as they were.
        let added = format!("{text} xq {}", term.text.trim_end_matches('*'));
        let before = lexicon.score(&text, verbatim).score;
        let after = lexicon.score(&added, verbatim).score;
        if term.category == Category::DeEscalation {
            prop_assert!(after < before, "{added:?}: {before} → {after}");
        } else {
            prop_assert!(after > before, "{added:?}: {before} → {after}");
        }
    }
}
