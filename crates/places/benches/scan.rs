//! How fast `Gazetteer::scan` reads news text: builds a 24 MB corpus of news-like sentences about
//! the frontier (place names from the gazetteer itself, in their various spellings, some in
//! Arabic script), scans it a few times and prints the throughput in MB/s.
//!
//! Run with `cargo bench -p places`. The target is at least 50 MB/s on one core.

use std::hint::black_box;
use std::time::Instant;

use places::{Gazetteer, Level};

const CORPUS_BYTES: usize = 24 * 1024 * 1024;
const RUNS: usize = 5;

const SENTENCES: &[&str] = &[
    "Pakistani aircraft struck targets in {p}'s {d} district late on Tuesday, local officials said.",
    "At least {n} civilians, including women and children, were killed in {d}, according to residents.",
    "The Taliban spokesman said the strikes in {p} province were a violation of Afghan sovereignty.",
    "Heavy exchanges of fire were reported near {x} on the Durand Line, and the crossing was closed.",
    "UNAMA said it had documented {n} civilian casualties in {d} and {d2} during the reporting period.",
    "Security officials in {p} said militants had crossed from the other side of the border overnight.",
    "Hundreds of families fled their homes in {t} as shelling continued for a second day.",
    "The foreign ministry summoned the envoy and warned of serious consequences after the attack.",
    "Traders said hundreds of trucks were stranded at {x} after the border was shut on Sunday.",
    "A drone strike hit a house in {t}, killing {n} people, a tribal elder told reporters by phone.",
    "Talks in Doha and Istanbul produced a ceasefire that both sides accused the other of breaking.",
    "Residents of {t} in {d} district said a market and a mosque were damaged in the shelling.",
    "Officials said the wounded were taken to the provincial hospital in {p}.",
    "The military said it had targeted hideouts of the TTP in {d} and killed {n} fighters.",
    "په {a} کې د ملکي وګړو د مرګ ژوبلې راپور ورکړل شوی دی.",
    "Analysts said the escalation risked a wider conflict along the frontier.",
    "Local journalists reported that schools in the area remained closed for a week.",
    "The defence minister said patience had run out and warned of open war if talks failed.",
];

/// A small deterministic generator (xorshift), so every run scans the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let index = (self.next() % items.len() as u64) as usize;
        &items[index]
    }
}

fn names_at(g: &Gazetteer, levels: &[Level]) -> Vec<String> {
    g.places()
        .iter()
        .filter(|p| levels.contains(&p.level))
        .flat_map(|p| {
            p.names()
                .filter(|n| n.is_ascii())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn corpus(g: &Gazetteer) -> String {
    let provinces = names_at(g, &[Level::Admin1]);
    let districts = names_at(g, &[Level::Admin2]);
    let towns = names_at(g, &[Level::Populated]);
    let crossings = names_at(g, &[Level::Crossing]);
    let arabic: Vec<String> = g
        .places()
        .iter()
        .flat_map(|p| p.aliases.iter().filter(|a| !a.is_ascii()).cloned())
        .filter(|a| a.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)))
        .collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut text = String::with_capacity(CORPUS_BYTES + 1024);
    while text.len() < CORPUS_BYTES {
        let sentence = rng
            .pick(SENTENCES)
            .replace("{p}", rng.pick(&provinces).as_str())
            .replace("{d2}", rng.pick(&districts).as_str())
            .replace("{d}", rng.pick(&districts).as_str())
            .replace("{t}", rng.pick(&towns).as_str())
            .replace("{x}", rng.pick(&crossings).as_str())
            .replace("{a}", rng.pick(&arabic).as_str())
            .replace("{n}", &(rng.next() % 60 + 2).to_string());
        text.push_str(&sentence);
        text.push(if rng.next().is_multiple_of(6) {
            '\n'
        } else {
            ' '
        });
    }
    text
}

fn main() {
    let started = Instant::now();
    let g = Gazetteer::get();
    let _ = g.scan("warm-up: Khost").count();
    println!(
        "gazetteer: {} places, {} scanner patterns, built in {:.2?}",
        g.places().len(),
        g.pattern_count(),
        started.elapsed()
    );
    let text = corpus(g);
    let megabytes = text.len() as f64 / 1_000_000.0;
    let mut best = f64::INFINITY;
    let mut mentions = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        mentions = black_box(g.scan(black_box(&text)).count());
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "scan: {megabytes:.1} MB of news-like text, {mentions} mentions, best of {RUNS}: {:.3} s = {:.0} MB/s (one core)",
        best,
        megabytes / best
    );
}
