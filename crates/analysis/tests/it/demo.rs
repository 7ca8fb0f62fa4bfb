//! The reconciliation of the built-in demo data (the December 2025 ACSTD report): real incidents,
//! real competing claims, and what the rules must make of them.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use analysis::{Batch, FlagKind, Grade, Reconciliation, Standing};
use model::{ActorId, Dataset, Group, Measure};

fn demo() -> Dataset {
    interop::read_dataset(
        "data/demo/dataset.json",
        include_str!("../../../../data/demo/dataset.json"),
    )
    .unwrap()
}

fn reconciled<'a>(dataset: &'a Dataset, id: &str) -> Reconciliation<'a> {
    let batch = Batch::new(
        &dataset.incidents,
        &dataset.claims,
        &dataset.sources,
        &dataset.actors,
    );
    batch
        .iter()
        .find(|(incident, _)| incident.id.as_str() == id)
        .map(|(_, r)| r)
        .unwrap()
}

fn actor(id: &str) -> ActorId {
    ActorId::new(id).unwrap()
}

#[test]
fn every_demo_incident_gets_figures_a_grade_and_reasons() {
    let dataset = demo();
    let batch = Batch::new(
        &dataset.incidents,
        &dataset.claims,
        &dataset.sources,
        &dataset.actors,
    );
    let mut seen = 0;
    for (incident, r) in batch.iter() {
        seen += 1;
        assert_eq!(r.incident, &incident.id);
        let first = &r.reasons[0];
        let label = r.grade.as_str();
        assert!(
            first.to_lowercase().starts_with(label),
            "{}: the first reason names the grade: {first}",
            incident.id
        );
        assert!(
            r.reasons.len() >= 2 || r.grade == Grade::Weak,
            "{}",
            incident.id
        );
        let with_figures = dataset
            .claims
            .iter()
            .any(|c| c.incident == incident.id && !c.figures.is_empty());
        assert_eq!(!r.figures.is_empty(), with_figures, "{}", incident.id);
        for figure in r.figures.values() {
            assert!(!figure.estimate.from.is_empty());
        }
    }
    assert_eq!(seen, dataset.incidents.len());
}

#[test]
fn the_october_clashes_neither_partys_figure_for_the_others_losses_sets_best() {
    let dataset = demo();
    let r = reconciled(&dataset, "inc-2025-10-11-border");
    assert_eq!(r.grade, Grade::Contested);
    let voice_of = |id: &model::ClaimId| {
        dataset
            .claims
            .iter()
            .find(|c| &c.id == id)
            .unwrap()
            .claimant
            .clone()
    };
    let killed = r.figure(Measure::Killed, Group::SecurityForces).unwrap();
    for (side, adversary, own_best) in [("PAK", "TALIBAN", 23), ("TALIBAN", "PAK", 9)] {
        let part = killed
            .parts
            .iter()
            .find(|p| p.losses_of.map(|a| a.as_str()) == Some(side))
            .unwrap();
        // The adversary's figure is in the range, never behind the best figure.
        assert!(
            part.estimate
                .from
                .iter()
                .any(|id| voice_of(id) == Some(actor(adversary)))
        );
        assert!(
            part.estimate
                .best_from
                .iter()
                .all(|id| voice_of(id) == Some(actor(side)))
        );
        assert_eq!(part.estimate.best, Some(own_best));
        assert_eq!(part.estimate.basis, Some(Standing::Admission));
    }
    // 58 Pakistani soldiers per the Taliban, more than 200 Taliban per Pakistan: only the high.
    let pak = killed
        .parts
        .iter()
        .find(|p| p.losses_of.map(|a| a.as_str()) == Some("PAK"))
        .unwrap();
    assert_eq!((pak.estimate.low, pak.estimate.high), (3, 58));
    let taliban = killed
        .parts
        .iter()
        .find(|p| p.losses_of.map(|a| a.as_str()) == Some("TALIBAN"))
        .unwrap();
    assert_eq!(
        (taliban.estimate.high, taliban.estimate.high_open),
        (201, true)
    );
    // Civilians: UNAMA's verified count.
    let civilians = &r
        .figure(Measure::Killed, Group::Civilians)
        .unwrap()
        .estimate;
    assert_eq!(civilians.basis, Some(Standing::Verified));
    // Each party's claims for its own and the other's losses, side by side.
    let parties: Vec<&str> = r.competing.iter().map(|p| p.party.as_str()).collect();
    assert_eq!(parties, ["PAK", "TALIBAN"]);
    assert!(r.flags.iter().any(|f| f.kind == FlagKind::Disagreement
        && f.message.contains("from 3")
        && f.message.contains("to 58")));
}

#[test]
fn the_december_2024_paktika_strikes_15_46_and_51_killed() {
    let dataset = demo();
    let r = reconciled(&dataset, "inc-2024-12-24-paktika");
    let killed = &r.figure(Measure::Killed, Group::Total).unwrap().estimate;
    // The only figure not in the Taliban's voice is Khaama Press's early "at least 15": it sets
    // the best; the Taliban's 46, 51 and 51–52 widen the range up to 52.
    assert_eq!(
        (killed.low, killed.best, killed.high, killed.high_open),
        (15, Some(15), 52, false)
    );
    assert_eq!(killed.basis, Some(Standing::Independent));
    assert_eq!(
        killed.best_from,
        [&model::ClaimId::new("clm-2024-12-24-paktika-kalingatv-2024-12-25").unwrap()]
    );
    assert_eq!(killed.from.len(), 4);
    let taliban = r
        .competing
        .iter()
        .find(|p| p.party.as_str() == "TALIBAN")
        .unwrap();
    let said = taliban
        .figures
        .iter()
        .find(|f| f.measure == Measure::Killed && f.group == Group::Total)
        .unwrap();
    assert_eq!(said.claimed.range_text(), "46–52");
    assert_eq!(said.independent.as_ref().unwrap().best, Some(15));
    assert_eq!(r.grade, Grade::Fair);
}

#[test]
fn the_17_october_paktika_strikes_killed_at_least_ten_civilians() {
    let dataset = demo();
    let r = reconciled(&dataset, "inc-2025-10-17-paktika");
    let civilians = &r
        .figure(Measure::Killed, Group::Civilians)
        .unwrap()
        .estimate;
    assert!(civilians.low >= 10, "{civilians:?}");
    assert_eq!(civilians.best, Some(10));
    assert_eq!(r.grade, Grade::Fair);
    // The cricket board's 8 (its players and five others) against 10 killed in all: flagged.
    assert!(
        r.flags
            .iter()
            .any(|f| f.kind == FlagKind::Inconsistent && f.group == Group::Total)
    );
}

#[test]
fn the_25_november_khost_strike_is_weak_because_one_party_speaks_through_two_outlets() {
    let dataset = demo();
    let r = reconciled(&dataset, "inc-2025-11-25-khost");
    assert_eq!(r.grade, Grade::Weak);
    assert_eq!(
        r.reasons[0],
        "Weak: a single source reports it: Taliban (Islamic Emirate of Afghanistan), via Al Jazeera and Deutsche Welle (DW); 2 outlets relaying one statement count as one source."
    );
    let killed = &r.figure(Measure::Killed, Group::Total).unwrap().estimate;
    assert_eq!((killed.low, killed.best, killed.high), (10, None, 10));
    let children = &r.figure(Measure::Killed, Group::Children).unwrap().estimate;
    assert_eq!((children.low, children.best), (9, None));
}

#[test]
fn pakistans_acceptance_of_the_2022_strikes_is_not_acceptance_of_civilian_harm() {
    let dataset = demo();
    let r = reconciled(&dataset, "inc-2022-04-16-khost-kunar");
    assert_eq!(r.grade, Grade::Fair);
    assert!(r.reasons.iter().any(|s| s
        == "Pakistan said it carried out the attack (via Afghanistan Center for the Study of Terrorism and Democracy (ACSTD)); it did not accept civilian harm."));
    // AOAV, a monitor, sets the best figure.
    let killed = &r
        .figure(Measure::Killed, Group::Civilians)
        .unwrap()
        .estimate;
    assert_eq!(
        (killed.best, killed.basis),
        (Some(47), Some(Standing::Verified))
    );
}

#[test]
fn the_kabul_strike_that_killed_two_ttp_members_is_discounted_as_civilian_harm() {
    let dataset = demo();
    let r = reconciled(&dataset, "inc-2025-10-09-kabul");
    assert_eq!(r.grade, Grade::Discounted);
    let combatants = r.figure(Measure::Killed, Group::Combatants).unwrap();
    assert_eq!(combatants.estimate.best, Some(2));
    assert_eq!(
        combatants.parts[0].losses_of.map(|a| a.as_str()),
        Some("TTP")
    );
}

#[test]
fn the_batch_gives_what_reconciling_one_incident_at_a_time_gives() {
    let dataset = demo();
    let batch = Batch::new(
        &dataset.incidents,
        &dataset.claims,
        &dataset.sources,
        &dataset.actors,
    );
    for (incident, batched) in batch.iter() {
        // All the claims of the record: `reconcile` keeps only the incident's own.
        let alone = analysis::reconcile(&analysis::IncidentEvidence {
            incident,
            claims: &dataset.claims,
            sources: &dataset.sources,
            actors: &dataset.actors,
        });
        assert_eq!(alone, batched, "{}", incident.id);
    }
    // Halves of the batch cover it exactly, as threads would share it.
    let half = batch.len() / 2;
    let ids: Vec<_> = batch
        .range(0..half)
        .chain(batch.range(half..usize::MAX))
        .map(|(i, _)| &i.id)
        .collect();
    let all: Vec<_> = dataset.incidents.iter().map(|i| &i.id).collect();
    assert_eq!(ids, all);
}
