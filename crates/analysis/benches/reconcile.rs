//! How fast the reconciliation runs at the scale of a national record: 1 000 000 claims over
//! 200 000 incidents (the target is under 2 s). Run with `cargo bench -p analysis`; it prints the
//! time and claims per second, and is a plain program (no harness) so that it needs no extra
//! dependency.
//!
//! The generated record mixes what the real one holds: own reporting, quoted parties speaking of
//! their own and their adversary's losses, UN and monitor figures, wire stories with copies, every
//! qualifier, later updates (`as_of`), and attributions to each side.

use std::hint::black_box;
use std::time::Instant;

use analysis::Batch;
use model::{
    Actor, ActorId, ActorKind, Claim, ClaimId, Count, Date, Figures, Group, GroupCounts, Incident,
    IncidentId, Responsibility, Source, SourceId, SourceKind,
};

const INCIDENTS: usize = 200_000;
const CLAIMS: usize = 1_000_000;
const SOURCES: usize = 100_000;

/// xorshift64*: a small deterministic generator, so every run reconciles the same record.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn actors() -> Vec<Actor> {
    let actor = |id: &str, kind, party| Actor {
        id: ActorId::new(id).expect("valid id"),
        name: id.to_owned(),
        kind,
        country: None,
        party,
        aliases: vec![],
    };
    vec![
        actor("PAK", ActorKind::State, true),
        actor("TALIBAN", ActorKind::DeFactoAuthority, true),
        actor("TTP", ActorKind::ArmedGroup, true),
        actor("UNAMA", ActorKind::Intergovernmental, false),
        actor("ACB", ActorKind::Other, false),
    ]
}

fn sources(rng: &mut Rng) -> Vec<Source> {
    (0..SOURCES)
        .map(|n| {
            let kind = match rng.below(100) {
                0..=2 => SourceKind::Un,
                3..=5 => SourceKind::Monitor,
                6..=45 => SourceKind::InternationalMedia,
                46..=85 => SourceKind::LocalMedia,
                86..=95 => SourceKind::Government,
                _ => SourceKind::Research,
            };
            let mut source = Source::new(
                SourceId::new(format!("src-{n:06}")).expect("valid id"),
                format!("Publisher {}", n % 500),
                kind,
            );
            source.published = Some(Date::constant(2025, 1 + (n % 12) as i8, 1 + (n % 28) as i8));
            // One wire story in ten is a copy of an earlier source.
            if n > 10 && rng.chance(10) {
                let original = rng.below(n as u64) as usize;
                source.copy_of =
                    Some(SourceId::new(format!("src-{original:06}")).expect("valid id"));
            }
            if kind == SourceKind::Government {
                source.affiliation =
                    Some(ActorId::new(["PAK", "TALIBAN"][n % 2]).expect("valid id"));
            }
            source
        })
        .collect()
}

/// A figure near `truth` as sources state it: every qualifier, in the proportions news reports
/// show (most figures are exact or "at least").
fn count(rng: &mut Rng, truth: u32) -> Count {
    match rng.below(100) {
        0..=39 => Count::exact(truth),
        40..=74 => Count::at_least(truth),
        75..=84 => Count::approx(truth),
        85..=94 => Count::range(truth, truth + 1 + rng.below(5) as u32).expect("upward range"),
        _ => Count::at_most(truth + rng.below(5) as u32),
    }
}

/// `truth` scaled by a factor drawn between `low` and `high` percent.
fn scaled(rng: &mut Rng, truth: u32, low: u64, high: u64) -> u32 {
    let percent = low + rng.below(high - low + 1);
    (u64::from(truth) * percent / 100) as u32
}

/// What happened in one generated incident, which the claims then report, each in its way.
#[derive(Clone, Copy)]
struct Truth {
    civilians_killed: u32,
    civilians_injured: u32,
    children_killed: u32,
    /// Forces killed on each side (PAK, TALIBAN, TTP).
    forces_killed: [u32; 3],
}

fn truth(rng: &mut Rng) -> Truth {
    let civilians_killed = rng.below(40) as u32;
    let clash = rng.chance(30);
    let forces = |rng: &mut Rng| if clash { rng.below(30) as u32 } else { 0 };
    Truth {
        civilians_killed,
        civilians_injured: civilians_killed * (1 + rng.below(3) as u32),
        children_killed: civilians_killed / (2 + rng.below(4) as u32),
        forces_killed: [forces(rng), forces(rng), forces(rng)],
    }
}

/// One claim about an incident: own reporting near the truth (early tolls low), a UN or monitor
/// count, a non-party official, or a party — low on its own losses, high on its adversary's and
/// on the harm it blames on the other side.
fn claim(rng: &mut Rng, n: usize, incident: &IncidentId, truth: Truth, outlets: &[usize]) -> Claim {
    let parties = ["PAK", "TALIBAN", "TTP"];
    let id = |a: &str| ActorId::new(a).expect("valid id");
    let mut killed = GroupCounts::default();
    let mut injured = GroupCounts::default();
    let (mut claimant, mut losses_of) = (None, None);
    let put = |counts: &mut GroupCounts, group, count| {
        if let Ok(with) = counts.with(group, count) {
            *counts = with;
        }
    };
    match rng.below(100) {
        // A source's own reporting: everyone or civilians killed, sometimes injured and children.
        0..=49 => {
            let seen = scaled(rng, truth.civilians_killed, 60, 110);
            put(
                &mut killed,
                [Group::Total, Group::Civilians][rng.below(2) as usize],
                count(rng, seen),
            );
            if rng.chance(40) {
                put(&mut injured, Group::Civilians, {
                    let seen = scaled(rng, truth.civilians_injured, 60, 110);
                    count(rng, seen)
                });
            }
            if rng.chance(25) {
                put(
                    &mut killed,
                    Group::Children,
                    count(rng, truth.children_killed),
                );
            }
        }
        // A UN mission or monitor: civilians, verified.
        50..=57 => {
            claimant = rng.chance(50).then(|| id("UNAMA"));
            put(
                &mut killed,
                Group::Civilians,
                Count::at_least(truth.civilians_killed),
            );
            put(
                &mut injured,
                Group::Civilians,
                count(rng, truth.civilians_injured),
            );
        }
        // A non-party official (a sports board, a hospital named as an institution).
        58..=64 => {
            claimant = Some(id("ACB"));
            put(&mut killed, Group::Total, {
                let seen = scaled(rng, truth.civilians_killed, 50, 100);
                count(rng, seen)
            });
        }
        // A party.
        _ => {
            let speaker = rng.below(3) as usize;
            claimant = Some(id(parties[speaker]));
            match rng.below(3) {
                0 => {
                    losses_of = Some(id(parties[speaker]));
                    let own = scaled(rng, truth.forces_killed[speaker], 30, 100);
                    put(&mut killed, Group::SecurityForces, count(rng, own));
                }
                1 => {
                    let other = (speaker + 1 + rng.below(2) as usize) % 3;
                    losses_of = Some(id(parties[other]));
                    let theirs = scaled(rng, truth.forces_killed[other].max(1), 150, 400);
                    put(&mut killed, Group::Combatants, count(rng, theirs));
                }
                _ => {
                    let blamed = scaled(rng, truth.civilians_killed, 100, 160);
                    put(&mut killed, Group::Civilians, count(rng, blamed));
                    put(
                        &mut killed,
                        Group::Children,
                        count(rng, truth.children_killed),
                    );
                }
            }
        }
    }
    Claim {
        id: ClaimId::new(format!("clm-{n}")).expect("valid id"),
        incident: incident.clone(),
        // Most claims come from the few articles that covered the incident (an article often
        // carries several voices); some from anywhere.
        source: SourceId::new(format!(
            "src-{:06}",
            if rng.chance(85) {
                outlets[rng.below(outlets.len() as u64) as usize]
            } else {
                rng.below(SOURCES as u64) as usize
            }
        ))
        .expect("valid id"),
        claimant,
        losses_of,
        figures: Figures { killed, injured },
        attributed_to: rng.chance(60).then(|| id(parties[rng.below(2) as usize])),
        responsibility: match rng.below(100) {
            0..=9 => Some(Responsibility::AcceptsAttack),
            10..=11 => Some(Responsibility::AcceptsCivilianHarm),
            12..=14 => Some(Responsibility::Denies),
            _ => None,
        },
        as_of: rng
            .chance(10)
            .then(|| Date::constant(2025, 11, 1 + rng.below(28) as i8)),
        quote: None,
    }
}

fn record(rng: &mut Rng) -> (Vec<Incident>, Vec<Claim>) {
    let template: Incident = serde_json::from_str(
        r#"{"id": "inc-0", "title": "Air strike", "date": {"date": "2025-10-17", "precision": "day"},
            "places": [{"country": "AFG", "admin1": "Paktika", "precision": "region"}],
            "event_type": "air_strike", "perpetrators": ["PAK"], "summary": "An air strike.",
            "status": "published"}"#,
    )
    .expect("the template incident reads");
    let incidents: Vec<Incident> = (0..INCIDENTS)
        .map(|n| {
            let mut incident = template.clone();
            incident.id = IncidentId::new(format!("inc-{n:06}")).expect("valid id");
            if rng.chance(15) {
                incident
                    .perpetrators
                    .push(ActorId::new("TALIBAN").expect("valid id"));
            }
            incident
        })
        .collect();
    let truths: Vec<Truth> = (0..INCIDENTS).map(|_| truth(rng)).collect();
    // One to four articles cover each incident.
    let outlets: Vec<Vec<usize>> = (0..INCIDENTS)
        .map(|_| {
            (0..1 + rng.below(4))
                .map(|_| rng.below(SOURCES as u64) as usize)
                .collect()
        })
        .collect();
    // Every incident has a claim; the rest fall where they fall (five per incident on average).
    // Claims are laid out as the record keeps them: in id order, and a claim's id begins with its
    // incident's, so the claims of one incident sit together.
    let mut per_incident = vec![1usize; INCIDENTS];
    for _ in INCIDENTS..CLAIMS {
        per_incident[rng.below(INCIDENTS as u64) as usize] += 1;
    }
    let mut claims = Vec::with_capacity(CLAIMS);
    for (i, count) in per_incident.iter().enumerate() {
        for k in 0..*count {
            let mut claim = claim(rng, k, &incidents[i].id, truths[i], &outlets[i]);
            claim.id = ClaimId::new(format!("clm-{i:06}-{k}")).expect("valid id");
            claims.push(claim);
        }
    }
    (incidents, claims)
}

/// The CPU time the calling thread has used, where Linux tells it (`/proc/thread-self/schedstat`):
/// on a machine shared with other builds, wall time alone says more about the neighbours than
/// about the code.
fn thread_cpu_seconds() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = text.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}

fn main() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let started = Instant::now();
    let actors = actors();
    let sources = sources(&mut rng);
    let (incidents, claims) = record(&mut rng);
    println!(
        "generated {} incidents, {} claims, {} sources in {:.2?}",
        incidents.len(),
        claims.len(),
        sources.len(),
        started.elapsed()
    );

    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut best = [f64::INFINITY; 2];
    for run in 1..=3 {
        for (slot, workers) in [1, threads].into_iter().enumerate() {
            let started = Instant::now();
            let cpu_started = thread_cpu_seconds();
            let batch = Batch::new(&incidents, &claims, &sources, &actors);
            let indexed = started.elapsed();
            let share = batch.len().div_ceil(workers);
            let work = |w: usize| {
                let (mut figures, mut reasons) = (0usize, 0usize);
                for (_, reconciliation) in batch.range(w * share..(w + 1) * share) {
                    figures += reconciliation.figures.len();
                    reasons += reconciliation.reasons.len();
                    black_box(&reconciliation);
                }
                (figures, reasons)
            };
            // One worker runs on this thread, so that its CPU time can be read.
            let (figures, reasons) = if workers == 1 {
                work(0)
            } else {
                std::thread::scope(|scope| {
                    let handles: Vec<_> =
                        (0..workers).map(|w| scope.spawn(move || work(w))).collect();
                    handles
                        .into_iter()
                        .map(|h| h.join().expect("a worker finished"))
                        .fold((0, 0), |(f, r), (f2, r2)| (f + f2, r + r2))
                })
            };
            let total = started.elapsed().as_secs_f64();
            // The main thread's CPU time covers the whole run only when it does all the work.
            let cpu = match (workers, cpu_started, thread_cpu_seconds()) {
                (1, Some(start), Some(end)) => format!(", CPU {:.3} s", end - start),
                _ => String::new(),
            };
            println!(
                "run {run}, {workers} thread(s): reconciled {} claims over {} incidents in {total:.3} s{cpu} (indexing {:.3} s) — {:.0} claims/s; {figures} figures, {reasons} reasons",
                claims.len(),
                incidents.len(),
                indexed.as_secs_f64(),
                claims.len() as f64 / total,
            );
            best[slot] = best[slot].min(total);
            if workers == 1 && threads == 1 {
                best[1] = best[0];
                break;
            }
        }
    }
    println!(
        "best of 3: {:.3} s on 1 thread, {:.3} s on {threads} threads, for {} claims over {} incidents (target: under 2 s) — {}",
        best[0],
        best[1],
        claims.len(),
        incidents.len(),
        if best[1] < 2.0 { "met" } else { "NOT met" }
    );
}
