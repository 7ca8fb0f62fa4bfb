//! Throughput of `extract` on a realistic corpus: `cargo bench -p extract`.
//!
//! The corpus is built from the gold set's real passages (incident reports, diplomacy, opinion),
//! varied so that no two articles are the same text: numbers, days and places are swapped and
//! paragraphs of other articles are interleaved, until it holds at least 24 MB. It prints the size,
//! the time and MB/s on one core (the extractor is single-threaded). The target is 20 MB/s.
//!
//! `cargo bench -p extract --bench extract -- --long-line` also times one 50 MB line without a full stop, the
//! worst case of the bad-input rule (no panic, no hang).

use std::time::Instant;

const GOLD: &str = include_str!("../gold/gold.jsonl");

fn passages() -> Vec<String> {
    GOLD.lines()
        .filter_map(|line| {
            let start = line.find("\"text\": \"")? + 9;
            let end = line[start..].find("\", \"incidents\"")? + start;
            Some(
                line[start..end]
                    .replace("\\n", "\n")
                    .replace("\\\"", "\"")
                    .replace("\\u2019", "’"),
            )
        })
        .collect()
}

/// A small deterministic generator, so that every run reads the same corpus.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }
}

fn corpus(min_bytes: usize) -> Vec<String> {
    let base = passages();
    let mut rng = Lcg(42);
    let places = [
        "Khost",
        "Paktika",
        "Kunar",
        "Bannu",
        "Quetta",
        "Spin Boldak",
        "Bajaur",
        "Kurram",
        "Barmal",
        "Mastung",
    ];
    let days = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let mut out = Vec::new();
    let mut size = 0;
    while size < min_bytes {
        let a = &base[(rng.next() as usize) % base.len()];
        let b = &base[(rng.next() as usize) % base.len()];
        // An article: one passage, a paragraph of another (context), varied numbers, days, places.
        let mut text = a.clone();
        if let Some(paragraph) = b.split("\n\n").nth((rng.next() % 3) as usize) {
            text.push_str("\n\n");
            text.push_str(paragraph);
        }
        let n = rng.next() % 90 + 2;
        text = text
            .replacen("46", &n.to_string(), 1)
            .replacen("nine", &format!("{}", rng.next() % 30 + 1), 1)
            .replacen("Tuesday", rng.pick(&days), 1)
            .replacen("Khost", rng.pick(&places), 1);
        size += text.len();
        out.push(text);
    }
    out
}

/// CPU seconds this process has used (user + system), from /proc on Linux: the machine is shared,
/// so wall time would count other processes' turns too.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // Clock ticks are 100 a second on Linux.
    Some((utime + stime) / 100.0)
}

fn main() {
    let long_line = std::env::args().any(|a| a == "--long-line");
    let published: model::Date = "2025-11-25".parse().unwrap_or_default();
    let articles = corpus(24 * 1024 * 1024);
    let bytes: usize = articles.iter().map(String::len).sum();
    // Warm the lexicon and the gazetteer (parsed once, on first use).
    let _ = extract::extract(&extract::Article::new("warm-up").published(published));
    let start = Instant::now();
    let cpu_start = cpu_seconds();
    let mut incidents = 0usize;
    let mut claims = 0usize;
    for text in &articles {
        let (found, _) = extract::extract(&extract::Article::new(text).published(published));
        incidents += found.len();
        claims += found.iter().map(|i| i.claims.len()).sum::<usize>();
    }
    let seconds = start.elapsed().as_secs_f64();
    let cpu = cpu_start.zip(cpu_seconds()).map(|(a, b)| b - a);
    let mb = bytes as f64 / (1024.0 * 1024.0);
    println!(
        "extract: {} articles, {mb:.1} MB ({incidents} incidents, {claims} claims): wall {seconds:.2} s = {:.1} MB/s; CPU {} = {} MB/s per core",
        articles.len(),
        mb / seconds,
        cpu.map_or("?".to_owned(), |c| format!("{c:.2} s")),
        cpu.map_or("?".to_owned(), |c| format!("{:.1}", mb / c)),
    );
    if long_line {
        let line = "word and 12 killed in Khost ".repeat(50 * 1024 * 1024 / 28);
        let start = Instant::now();
        let (found, _) = extract::extract(&extract::Article::new(&line).published(published));
        println!(
            "one line of {:.0} MB without a full stop: {:.2} s, {} incidents",
            line.len() as f64 / (1024.0 * 1024.0),
            start.elapsed().as_secs_f64(),
            found.len()
        );
    }
}
