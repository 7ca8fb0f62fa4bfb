//! Unit tests of each reconciliation rule on small hand-built evidence: one rule, one incident, a
//! few claims, and the figure or grade the rule must give.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

use model::{
    Actor, ActorId, ActorKind, Claim, ClaimId, Count, Date, Figures, Group, GroupCounts, Incident,
    IncidentId, Measure, Responsibility, Source, SourceId, SourceKind,
};

use crate::{FlagKind, Grade, IncidentEvidence, Reconciliation, Standing, reconcile};

/// A small record to reconcile: the actors of the frontier, some sources, one incident.
struct Kit {
    incident: Incident,
    sources: Vec<Source>,
    actors: Vec<Actor>,
    claims: Vec<Claim>,
}

fn actor(id: &str, name: &str, kind: ActorKind, party: bool) -> Actor {
    Actor {
        id: ActorId::new(id).unwrap(),
        name: name.into(),
        kind,
        country: None,
        party,
        aliases: vec![],
    }
}

impl Kit {
    fn new() -> Self {
        let incident: Incident = serde_json::from_str(
            r#"{"id": "inc-test", "title": "Air strike", "date": {"date": "2025-10-17", "precision": "day"},
                "places": [{"country": "AFG", "admin1": "Paktika", "precision": "region"}],
                "event_type": "air_strike", "perpetrators": ["PAK"], "summary": "An air strike.",
                "status": "published"}"#,
        )
        .unwrap();
        let mut kit = Kit {
            incident,
            sources: Vec::new(),
            actors: vec![
                actor("PAK", "Pakistan", ActorKind::State, true),
                actor("TALIBAN", "Taliban", ActorKind::DeFactoAuthority, true),
                actor("UNAMA", "UNAMA", ActorKind::Intergovernmental, false),
                actor("ACB", "Afghanistan Cricket Board", ActorKind::Other, false),
            ],
            claims: Vec::new(),
        };
        for (id, publisher, kind) in [
            ("afp", "AFP", SourceKind::InternationalMedia),
            ("aj", "Al Jazeera", SourceKind::InternationalMedia),
            ("dw", "DW", SourceKind::InternationalMedia),
            ("tolo", "TOLOnews", SourceKind::LocalMedia),
            ("unama", "UNAMA", SourceKind::Un),
            ("aoav", "AOAV", SourceKind::Monitor),
        ] {
            kit.source(id, publisher, kind);
        }
        kit
    }

    fn source(&mut self, id: &str, publisher: &str, kind: SourceKind) -> &mut Source {
        let mut source = Source::new(SourceId::new(id).unwrap(), publisher, kind);
        source.published = Some(Date::constant(2025, 10, 18));
        self.sources.push(source);
        self.sources.last_mut().unwrap()
    }

    fn copy(&mut self, id: &str, publisher: &str, of: &str) {
        self.source(id, publisher, SourceKind::InternationalMedia)
            .copy_of = Some(SourceId::new(of).unwrap());
    }

    /// Adds a claim from `source` in its own voice; change it through the returned reference.
    fn claim(&mut self, id: &str, source: &str) -> &mut Claim {
        self.claims.push(Claim {
            id: ClaimId::new(id).unwrap(),
            incident: self.incident.id.clone(),
            source: SourceId::new(source).unwrap(),
            claimant: None,
            losses_of: None,
            figures: Figures::default(),
            attributed_to: None,
            responsibility: None,
            as_of: None,
            quote: None,
        });
        self.claims.last_mut().unwrap()
    }

    fn run(&self) -> Reconciliation<'_> {
        reconcile(&IncidentEvidence {
            incident: &self.incident,
            claims: &self.claims,
            sources: &self.sources,
            actors: &self.actors,
        })
    }
}

/// Builder methods for claims in tests.
trait Say {
    fn by(&mut self, claimant: &str) -> &mut Self;
    fn losses_of(&mut self, party: &str) -> &mut Self;
    fn killed(&mut self, group: Group, count: Count) -> &mut Self;
    fn injured(&mut self, group: Group, count: Count) -> &mut Self;
    fn blames(&mut self, actor: &str) -> &mut Self;
    fn says(&mut self, responsibility: Responsibility) -> &mut Self;
    fn as_of(&mut self, day: i8) -> &mut Self;
}

impl Say for Claim {
    fn by(&mut self, claimant: &str) -> &mut Self {
        self.claimant = Some(ActorId::new(claimant).unwrap());
        self
    }
    fn losses_of(&mut self, party: &str) -> &mut Self {
        self.losses_of = Some(ActorId::new(party).unwrap());
        self
    }
    fn killed(&mut self, group: Group, count: Count) -> &mut Self {
        self.figures.killed = self.figures.killed.with(group, count).unwrap();
        self
    }
    fn injured(&mut self, group: Group, count: Count) -> &mut Self {
        self.figures.injured = self.figures.injured.with(group, count).unwrap();
        self
    }
    fn blames(&mut self, actor: &str) -> &mut Self {
        self.attributed_to = Some(ActorId::new(actor).unwrap());
        self
    }
    fn says(&mut self, responsibility: Responsibility) -> &mut Self {
        self.responsibility = Some(responsibility);
        self
    }
    fn as_of(&mut self, day: i8) -> &mut Self {
        self.as_of = Some(Date::constant(2025, 10, day));
        self
    }
}

/// Claim ids as text, to compare with a list of literals.
fn strs<'a>(ids: &[&'a ClaimId]) -> Vec<&'a str> {
    ids.iter().map(|i| i.as_str()).collect()
}

/// (low, best, high, high_open) of one figure, all sides together.
fn lbh(r: &Reconciliation, measure: Measure, group: Group) -> (u32, Option<u32>, u32, bool) {
    let e = &r.figure(measure, group).unwrap().estimate;
    (e.low, e.best, e.high, e.high_open)
}

#[test]
fn at_least_n_sets_low_to_n_and_leaves_the_top_open() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Civilians, Count::at_least(8));
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Civilians),
        (8, Some(8), 8, true)
    );
    assert_eq!(
        r.figure(Measure::Killed, Group::Civilians)
            .unwrap()
            .estimate
            .range_text(),
        "≥8"
    );
}

#[test]
fn a_range_stays_a_range() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Total, Count::range(51, 52).unwrap());
    let r = kit.run();
    // The best figure of a range alone is its conservative end; the range keeps both ends.
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (51, Some(51), 52, false)
    );
    assert_eq!(
        r.figure(Measure::Killed, Group::Total)
            .unwrap()
            .estimate
            .to_string(),
        "51 (51–52)"
    );
}

#[test]
fn floors_that_can_all_be_true_give_the_highest_floor_as_best() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Total, Count::at_least(46));
    kit.claim("c2", "dw")
        .killed(Group::Total, Count::at_least(51));
    kit.claim("c3", "tolo")
        .killed(Group::Total, Count::range(51, 52).unwrap());
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (46, Some(51), 52, false)
    );
}

#[test]
fn exact_figures_that_conflict_resolve_to_the_conservative_middle() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Total, Count::exact(10));
    kit.claim("c2", "dw").killed(Group::Total, Count::exact(8));
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (8, Some(8), 10, false)
    );
    // A third source settles the middle.
    kit.claim("c3", "tolo")
        .killed(Group::Total, Count::exact(10));
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (8, Some(10), 10, false)
    );
}

#[test]
fn about_and_at_most_read_as_the_field_reads_them() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .injured(Group::Total, Count::approx(40));
    kit.claim("c2", "afp")
        .killed(Group::Total, Count::at_most(10));
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Injured, Group::Total),
        (40, Some(40), 40, false)
    );
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (0, Some(10), 10, false)
    );
}

#[test]
fn a_partys_claim_about_its_adversarys_losses_never_sets_best() {
    let mut kit = Kit::new();
    kit.claim("c1", "aj")
        .by("TALIBAN")
        .losses_of("PAK")
        .killed(Group::SecurityForces, Count::exact(58));
    let r = kit.run();
    // The adversary's word alone: the range holds it, the best is left open.
    assert_eq!(
        lbh(&r, Measure::Killed, Group::SecurityForces),
        (58, None, 58, false)
    );
    assert!(
        r.reasons
            .iter()
            .any(|s| s.starts_with("No source independent of the parties gives security forces killed on the side of Pakistan")),
        "{:#?}",
        r.reasons
    );
    // The party's own count of its losses sets it; the adversary's figure only widens the range.
    kit.claim("c2", "afp")
        .by("PAK")
        .losses_of("PAK")
        .killed(Group::SecurityForces, Count::exact(23));
    let r = kit.run();
    let e = &r
        .figure(Measure::Killed, Group::SecurityForces)
        .unwrap()
        .estimate;
    assert_eq!((e.low, e.best, e.high), (23, Some(23), 58));
    assert_eq!(e.basis, Some(Standing::Admission));
    assert_eq!(strs(&e.best_from), ["c2"]);
    assert_eq!(strs(&e.from), ["c1", "c2"]);
}

#[test]
fn a_partys_admissions_give_its_highest_figure() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .by("PAK")
        .losses_of("PAK")
        .killed(Group::SecurityForces, Count::exact(3));
    kit.claim("c2", "dw")
        .by("PAK")
        .losses_of("PAK")
        .killed(Group::SecurityForces, Count::exact(23));
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Killed, Group::SecurityForces),
        (3, Some(23), 23, false)
    );
}

#[test]
fn a_un_or_monitors_figure_outranks_media_reports() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Civilians, Count::exact(30));
    kit.claim("c2", "tolo")
        .killed(Group::Civilians, Count::exact(25));
    kit.claim("c3", "unama")
        .killed(Group::Civilians, Count::at_least(17));
    let r = kit.run();
    let e = &r
        .figure(Measure::Killed, Group::Civilians)
        .unwrap()
        .estimate;
    assert_eq!((e.low, e.best, e.high), (17, Some(17), 30));
    assert_eq!(e.basis, Some(Standing::Verified));
    assert_eq!(strs(&e.best_from), ["c3"]);
    assert!(
        r.reasons.iter().any(|s| s
            .starts_with("The verified figure of UNAMA sets the best figure for civilians killed")),
        "{:#?}",
        r.reasons
    );
    // A UN official quoted by the media is verified too.
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Civilians, Count::exact(30));
    kit.claim("c2", "aj")
        .by("UNAMA")
        .killed(Group::Civilians, Count::exact(12));
    assert_eq!(
        lbh(&kit.run(), Measure::Killed, Group::Civilians),
        (12, Some(12), 30, false)
    );
}

#[test]
fn copies_of_one_report_count_once() {
    let mut kit = Kit::new();
    kit.copy("afp-copy-1", "Arab News", "afp");
    kit.copy("afp-copy-2", "Khaleej Times", "afp-copy-1");
    kit.claim("c1", "afp")
        .killed(Group::Total, Count::exact(10));
    kit.claim("c2", "afp-copy-1")
        .killed(Group::Total, Count::exact(10));
    kit.claim("c3", "afp-copy-2")
        .killed(Group::Total, Count::exact(10));
    kit.claim("c4", "dw").killed(Group::Total, Count::exact(14));
    kit.claim("c5", "tolo")
        .killed(Group::Total, Count::exact(14));
    let r = kit.run();
    // Counted three times, AFP's 10 would be the middle of 10, 10, 10, 14, 14; once, it is not.
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (10, Some(14), 14, false)
    );
    assert!(
        r.reasons.contains(
            &"Sources, each counted once: AFP (also as Arab News and Khaleej Times); DW; TOLOnews."
                .to_owned()
        )
    );
    assert!(
        r.reasons
            .contains(&"Khaleej Times republishes AFP; the two count as one source.".to_owned())
    );
}

#[test]
fn a_later_figure_from_the_same_source_replaces_the_earlier_and_a_drop_is_flagged() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Total, Count::exact(20))
        .as_of(18);
    kit.claim("c2", "afp")
        .killed(Group::Total, Count::exact(12))
        .as_of(20);
    let r = kit.run();
    let e = &r.figure(Measure::Killed, Group::Total).unwrap().estimate;
    // The best is the latest figure; the range keeps the earlier one.
    assert_eq!((e.low, e.best, e.high), (12, Some(12), 20));
    assert_eq!(strs(&e.best_from), ["c2"]);
    let drop = r
        .flags
        .iter()
        .find(|f| f.kind == FlagKind::RevisedDown)
        .unwrap();
    assert_eq!(
        drop.message,
        "AFP lowered its figure for people killed from 20 (AFP, 2025-10-18) to 12 (AFP, 2025-10-20)."
    );
    assert_eq!(strs(&drop.claims), ["c1", "c2"]);
    // A rise is an update, not a flag.
    kit.claims[1].figures.killed = GroupCounts::new([(Group::Total, Count::exact(25))]).unwrap();
    let r = kit.run();
    assert!(r.flags.iter().all(|f| f.kind != FlagKind::RevisedDown));
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (20, Some(25), 25, false)
    );
}

#[test]
fn a_partisan_figure_never_displaces_an_admission_from_the_same_voice() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .by("PAK")
        .says(Responsibility::AcceptsCivilianHarm)
        .killed(Group::Civilians, Count::exact(5))
        .as_of(18);
    kit.claim("c2", "afp")
        .by("PAK")
        .killed(Group::Civilians, Count::exact(2))
        .as_of(20);
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Civilians),
        (2, Some(5), 5, false)
    );
    assert_eq!(r.grade, Grade::Confirmed);
}

#[test]
fn claims_far_apart_are_flagged_and_close_ones_are_not() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Total, Count::at_least(15));
    kit.claim("c2", "aj")
        .by("TALIBAN")
        .killed(Group::Total, Count::at_least(51));
    kit.claim("c3", "dw").injured(Group::Total, Count::exact(1));
    kit.claim("c4", "tolo")
        .injured(Group::Total, Count::exact(2));
    let r = kit.run();
    let flags: Vec<&str> = r
        .flags
        .iter()
        .filter(|f| f.kind == FlagKind::Disagreement)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        flags,
        ["Claims for people killed disagree: from ≥15 (AFP) to ≥51 (Taliban, via Al Jazeera)."]
    );
}

#[test]
fn groups_that_do_not_add_up_are_flagged() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Civilians, Count::exact(10));
    kit.claim("c2", "dw").killed(Group::Total, Count::exact(8));
    kit.claim("c3", "tolo")
        .killed(Group::Women, Count::exact(4))
        .killed(Group::Children, Count::exact(9));
    let r = kit.run();
    let messages: Vec<&str> = r
        .flags
        .iter()
        .filter(|f| f.kind == FlagKind::Inconsistent)
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "Groups do not add up: even the lowest figures for women killed and children killed (4 + 9) exceed the highest for civilians killed (10).",
            "Groups do not add up: even the lowest figures for civilians killed (10) exceed the highest for people killed (8).",
            "Groups do not add up: even the lowest figures for women killed and children killed (4 + 9) exceed the highest for people killed (8).",
        ]
    );
}

#[test]
fn each_sides_losses_are_reconciled_apart_and_added_up() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .by("PAK")
        .losses_of("PAK")
        .killed(Group::SecurityForces, Count::exact(23));
    kit.claim("c2", "afp")
        .by("PAK")
        .losses_of("TALIBAN")
        .killed(Group::SecurityForces, Count::at_least(201));
    kit.claim("c3", "dw")
        .by("TALIBAN")
        .losses_of("TALIBAN")
        .killed(Group::SecurityForces, Count::exact(9));
    kit.claim("c4", "dw")
        .by("TALIBAN")
        .losses_of("PAK")
        .killed(Group::SecurityForces, Count::exact(58));
    let r = kit.run();
    let figure = r.figure(Measure::Killed, Group::SecurityForces).unwrap();
    let sides: Vec<(String, String)> = figure
        .parts
        .iter()
        .map(|p| {
            (
                p.losses_of.as_ref().unwrap().to_string(),
                p.estimate.to_string(),
            )
        })
        .collect();
    assert_eq!(
        sides,
        [
            ("PAK".to_owned(), "23 (23–58)".to_owned()),
            ("TALIBAN".to_owned(), "9 (9–201+)".to_owned())
        ]
    );
    assert_eq!(figure.estimate.to_string(), "32 (32–259+)");
    // Each party's figures beside the independent one (there is none).
    let pak = &r.competing[0];
    assert_eq!(pak.party.as_str(), "PAK");
    let claimed: Vec<String> = pak
        .figures
        .iter()
        .map(|f| format!("{:?} {}", f.losses_of, f.claimed.range_text()))
        .collect();
    assert_eq!(
        claimed,
        [
            r#"Some(ActorId("PAK")) 23"#,
            r#"Some(ActorId("TALIBAN")) ≥201"#
        ]
    );
    assert!(pak.figures.iter().all(|f| f.independent.is_none()));
}

#[test]
fn a_side_only_its_adversary_counts_adds_to_the_high_alone() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .by("TALIBAN")
        .losses_of("TALIBAN")
        .killed(Group::SecurityForces, Count::exact(9));
    kit.claim("c2", "dw")
        .by("TALIBAN")
        .losses_of("PAK")
        .killed(Group::SecurityForces, Count::exact(58));
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Killed, Group::SecurityForces),
        (9, Some(9), 67, false)
    );
}

#[test]
fn claims_about_other_incidents_are_ignored() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp").killed(Group::Total, Count::exact(3));
    kit.claim("c2", "dw")
        .killed(Group::Total, Count::exact(300))
        .incident = IncidentId::new("inc-other").unwrap();
    let r = kit.run();
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (3, Some(3), 3, false)
    );
}

#[test]
fn grade_confirmed_when_a_party_accepts_civilian_harm() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .by("PAK")
        .says(Responsibility::AcceptsCivilianHarm)
        .killed(Group::Civilians, Count::exact(4));
    let r = kit.run();
    assert_eq!(r.grade, Grade::Confirmed);
    assert_eq!(
        r.reasons[0],
        "Confirmed: Pakistan accepted responsibility for harming civilians (via AFP)."
    );
    // An admission of harm sets the best figure.
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Civilians),
        (4, Some(4), 4, false)
    );
}

#[test]
fn grade_fair_needs_two_independent_sources_one_not_a_party() {
    let mut kit = Kit::new();
    kit.claim("c1", "aoav")
        .blames("PAK")
        .killed(Group::Civilians, Count::at_least(47));
    kit.claim("c2", "aj")
        .by("TALIBAN")
        .blames("PAK")
        .killed(Group::Civilians, Count::at_least(47));
    kit.claim("c3", "afp")
        .by("PAK")
        .blames("PAK")
        .says(Responsibility::AcceptsAttack);
    let r = kit.run();
    assert_eq!(r.grade, Grade::Fair);
    assert_eq!(
        r.reasons[..3],
        [
            "Fair: 3 independent sources report it, 1 of them not speaking for a party.",
            "Sources, each counted once: AOAV; Pakistan, via AFP; Taliban, via Al Jazeera.",
            "Pakistan said it carried out the attack (via AFP); it did not accept civilian harm.",
        ]
    );
}

#[test]
fn grade_weak_when_one_partys_statement_is_relayed_by_several_outlets() {
    let mut kit = Kit::new();
    kit.claim("c1", "aj")
        .by("TALIBAN")
        .blames("PAK")
        .killed(Group::Total, Count::exact(10))
        .killed(Group::Children, Count::exact(9));
    kit.claim("c2", "dw")
        .by("TALIBAN")
        .blames("PAK")
        .killed(Group::Total, Count::exact(10));
    let r = kit.run();
    assert_eq!(r.grade, Grade::Weak);
    assert_eq!(
        r.reasons[0],
        "Weak: a single source reports it: Taliban, via Al Jazeera and DW; 2 outlets relaying one statement count as one source."
    );
    assert_eq!(
        lbh(&r, Measure::Killed, Group::Total),
        (10, None, 10, false)
    );
    // A single independent report is weak too.
    let mut kit = Kit::new();
    kit.claim("c1", "afp").killed(Group::Total, Count::exact(2));
    assert_eq!(kit.run().grade, Grade::Weak);
    // And so are the two parties' words with no one else's.
    let mut kit = Kit::new();
    kit.claim("c1", "afp").by("PAK").blames("PAK");
    kit.claim("c2", "afp").by("TALIBAN").blames("PAK");
    let r = kit.run();
    assert_eq!(r.grade, Grade::Weak);
    assert_eq!(
        r.reasons[0],
        "Weak: only the parties report it (Pakistan and Taliban); no source independent of them does."
    );
}

#[test]
fn grade_contested_when_claims_blame_different_actors_or_a_party_denies() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp").by("PAK").blames("TALIBAN");
    kit.claim("c2", "dw")
        .by("TALIBAN")
        .blames("PAK")
        .killed(Group::Civilians, Count::exact(5));
    let r = kit.run();
    assert_eq!(r.grade, Grade::Contested);
    assert_eq!(
        r.reasons[1],
        "The claims attribute the attack to different actors: to Pakistan (by Taliban) and to Taliban (by Pakistan)."
    );

    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .blames("PAK")
        .killed(Group::Civilians, Count::exact(5));
    kit.claim("c2", "dw").by("PAK").says(Responsibility::Denies);
    let r = kit.run();
    assert_eq!(r.grade, Grade::Contested);
    assert!(r.reasons.contains(
        &"AFP attributes the attack to Pakistan, which denied carrying it out.".to_owned()
    ));
    assert!(
        r.reasons
            .contains(&"Pakistan denied carrying out the attack (via DW).".to_owned())
    );
}

#[test]
fn grade_discounted_when_only_fighters_were_counted_or_the_review_set_it_aside() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .by("PAK")
        .losses_of("TALIBAN")
        .killed(Group::SecurityForces, Count::at_least(20));
    kit.claim("c2", "dw")
        .killed(Group::Combatants, Count::exact(2))
        .killed(Group::Civilians, Count::exact(0));
    let r = kit.run();
    assert_eq!(r.grade, Grade::Discounted);
    assert_eq!(
        r.reasons[0],
        "Discounted as civilian harm: every figure counts fighters or security forces (security forces killed on the side of Taliban and combatants killed), and no source reports harm to civilians."
    );
    // Counts of zero alone harm no one, fighter or not: that is not "only fighters".
    let mut zeros = Kit::new();
    zeros
        .claim("c1", "afp")
        .killed(Group::Civilians, Count::exact(0));
    assert_eq!(zeros.run().grade, Grade::Weak);
    // One civilian counted by anyone changes that.
    kit.claim("c3", "tolo")
        .killed(Group::Civilians, Count::exact(1));
    assert_ne!(kit.run().grade, Grade::Discounted);

    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Civilians, Count::exact(3));
    kit.claim("c2", "dw")
        .killed(Group::Civilians, Count::exact(3));
    kit.incident.status = model::Status::Discounted;
    let r = kit.run();
    assert_eq!(r.grade, Grade::Discounted);
    assert_eq!(
        r.reasons[0],
        "Discounted: the incident was set aside in review."
    );
}

#[test]
fn restricted_sources_are_never_named() {
    let mut kit = Kit::new();
    kit.source("witness", "Field interview with A. B.", SourceKind::Witness)
        .restricted = true;
    kit.claim("c1", "witness")
        .killed(Group::Civilians, Count::exact(4));
    kit.claim("c2", "afp")
        .killed(Group::Civilians, Count::exact(12));
    let r = kit.run();
    let json = serde_json::to_string(&r).unwrap();
    assert!(!json.contains("Field interview"), "{json}");
    assert!(json.contains("a restricted source"), "{json}");
}

#[test]
fn the_json_has_the_documented_shape() {
    let mut kit = Kit::new();
    kit.claim("c1", "unama")
        .killed(Group::Civilians, Count::at_least(8))
        .injured(Group::Civilians, Count::exact(3));
    kit.claim("c2", "afp")
        .by("PAK")
        .losses_of("PAK")
        .killed(Group::SecurityForces, Count::exact(2));
    let json = serde_json::to_value(kit.run()).unwrap();
    assert_eq!(json["incident"], "inc-test");
    assert_eq!(json["grade"], "fair");
    assert!(json["reasons"].as_array().unwrap().len() >= 2);
    assert_eq!(
        json["figures"]["killed"]["civilians"],
        serde_json::json!({
            "low": 8, "best": 8, "high": 8, "high_open": true, "basis": "verified",
            "from": ["c1"], "best_from": ["c1"]
        })
    );
    assert_eq!(json["figures"]["injured"]["civilians"]["best"], 3);
    let forces = &json["figures"]["killed"]["security_forces"];
    assert_eq!(forces["best"], 2);
    assert_eq!(forces["by_losses_of"][0]["losses_of"], "PAK");
    assert_eq!(json["competing"][0]["party"], "PAK");
    assert!(json["flags"].as_array().unwrap().is_empty());
}

/// (low, best, high, what stands in) of the civilian figure the pages show.
fn civilian(
    r: &Reconciliation,
    measure: Measure,
) -> Option<(u32, Option<u32>, u32, Option<Group>)> {
    crate::civilian_figure(r, measure).map(|f| {
        (
            f.estimate.low,
            f.estimate.best,
            f.estimate.high,
            f.stands_in,
        )
    })
}

#[test]
fn the_civilians_figure_is_shown_as_it_is_when_a_claim_gives_one() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Civilians, Count::exact(4))
        .killed(Group::Total, Count::exact(9));
    kit.claim("c2", "dw")
        .killed(Group::Children, Count::exact(6));
    let r = kit.run();
    assert_eq!(
        civilian(&r, Measure::Killed),
        Some((4, Some(4), 4, None)),
        "the civilians figure, never a larger total or group"
    );
    assert!(
        !crate::civilian_figure(&r, Measure::Killed)
            .unwrap()
            .is_stand_in()
    );
    assert_eq!(civilian(&r, Measure::Injured), None);
}

#[test]
fn the_total_stands_in_only_when_no_claim_counts_fighters_or_soldiers() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Total, Count::exact(5))
        .killed(Group::Women, Count::exact(4))
        .injured(Group::Total, Count::exact(7));
    kit.claim("c2", "dw")
        .by("PAK")
        .losses_of("PAK")
        .injured(Group::SecurityForces, Count::exact(2));
    let r = kit.run();
    // "Five killed, four women": the total stands in for the civilians no claim names.
    assert_eq!(
        civilian(&r, Measure::Killed),
        Some((5, Some(5), 5, Some(Group::Total)))
    );
    // The injured may include the two soldiers Pakistan counts: nothing stands in.
    assert_eq!(civilian(&r, Measure::Injured), None);
}

#[test]
fn without_a_total_the_largest_of_women_children_and_men_stands_in() {
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .killed(Group::Women, Count::exact(1))
        .killed(Group::Children, Count::exact(3));
    kit.claim("c2", "dw").killed(Group::Men, Count::exact(2));
    let r = kit.run();
    assert_eq!(
        civilian(&r, Measure::Killed),
        Some((3, Some(3), 3, Some(Group::Children))),
        "the largest group, not the sum of the groups"
    );
}

#[test]
fn a_stand_in_keeps_its_range_and_a_partys_figure_alone_has_no_best() {
    let mut kit = Kit::new();
    // Khost, 25 November 2025: only the Taliban, blaming Pakistan, give a toll.
    kit.claim("c1", "aj")
        .by("TALIBAN")
        .blames("PAK")
        .killed(Group::Total, Count::exact(10))
        .killed(Group::Children, Count::exact(9));
    let r = kit.run();
    assert_eq!(
        civilian(&r, Measure::Killed),
        Some((10, None, 10, Some(Group::Total)))
    );
    // A count of fighters alone is never civilian harm.
    let mut kit = Kit::new();
    kit.claim("c1", "afp")
        .by("PAK")
        .losses_of("TALIBAN")
        .killed(Group::Combatants, Count::exact(20));
    assert_eq!(civilian(&kit.run(), Measure::Killed), None);
}
