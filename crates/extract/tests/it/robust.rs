//! Bad input never breaks extraction: arbitrary strings, arbitrary bytes read as lossy UTF-8,
//! news-like word salad, mixed scripts and one long line without a full stop all give a result
//! (possibly empty) whose spans are valid, in time linear in the input. The 50 MB line is an
//! ignored test (`cargo test -p extract --release --test it robust:: -- --ignored`); the benchmark times
//! it too (`cargo bench -p extract --bench extract -- --long-line`).
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use extract::text::{Tokens, sentences};
use extract::{Article, extract};
use proptest::prelude::*;

fn check(text: &str) {
    let published = "2025-11-25".parse().unwrap();
    for day in [None, Some(published)] {
        let mut article = Article::new(text);
        article.published = day;
        let (incidents, diagnostics) = extract(&article);
        for d in &diagnostics {
            assert!(
                d.span.start <= d.span.end && d.span.end <= text.len(),
                "{d:?}"
            );
            assert!(text.is_char_boundary(d.span.start) && text.is_char_boundary(d.span.end));
        }
        for incident in &incidents {
            assert!(!incident.country.is_empty());
            assert!(incident.evidence.iter().all(|e| !e.is_empty()));
            for claim in &incident.claims {
                assert!(!claim.is_empty(), "{claim:?}");
                assert_eq!(claim.killed.is_some(), claim.killed_qualifier.is_some());
            }
            // The JSON line always serialises and reads back.
            let line = serde_json::to_string(incident).unwrap();
            let back: extract::DraftIncident = serde_json::from_str(&line).unwrap();
            assert_eq!(&back, incident);
        }
    }
    let list = sentences(text);
    let mut last_end = 0;
    let mut tokens = Tokens::default();
    for s in &list {
        assert!(
            s.span.start >= last_end && s.span.start < s.span.end && s.span.end <= text.len(),
            "{s:?}"
        );
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        last_end = s.span.end;
        tokens.fill(text, s.span.clone());
        for t in &tokens.list {
            assert!(
                s.span.start <= t.span.start && t.span.end <= s.span.end,
                "{t:?} in {s:?}"
            );
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
    }
}

const WORDS: &[&str] = &[
    "at",
    "least",
    "nine",
    "46",
    "1,200",
    "children",
    "women",
    "were",
    "killed",
    "wounded",
    "and",
    "in",
    "Khost",
    "Paktika",
    "Barmal",
    "district",
    "province",
    "said",
    "the",
    "Taliban",
    "Pakistani",
    "airstrikes",
    "on",
    "Tuesday",
    "December",
    "24",
    "2024",
    "suicide",
    "bomber",
    "ISPR",
    "according",
    "to",
    "UNAMA",
    ".",
    ",",
    "“",
    "”",
    "\n\n",
    "(",
    ")",
    "—",
    "more",
    "than",
    "dozens",
    "including",
    "others",
    "Spin",
    "Boldak",
    "BLA",
    "claimed",
    "responsibility",
    "last",
    "night",
    "follows",
    "a",
    "since",
    "2017",
    "Kabul",
    "Islamabad",
    "د",
    "خوست",
    "ضلع",
    "کرم",
    "twenty-four",
    "51-52",
    "3:00",
    "him",
    "also",
    "who",
    "of",
    "their",
    "own",
];

fn news_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(WORDS), 0..120)
        .prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn arbitrary_bytes_read_as_lossy_utf8_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2_000)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn news_like_word_salad_never_panics(text in news_like()) {
        check(&text);
    }
}

#[test]
fn an_empty_text_gives_nothing() {
    let (incidents, diagnostics) = extract(&Article::new(""));
    assert!(incidents.is_empty() && diagnostics.is_empty());
    let (incidents, _) = extract(&Article::new(" \n\n\t "));
    assert!(incidents.is_empty());
}

fn long_line(bytes: usize) -> String {
    // A line with figures, places and dates, and no full stop anywhere.
    let unit = "and at least 12 people were killed in Khost on Tuesday according to officials ";
    unit.repeat(bytes / unit.len() + 1)
}

fn time_long_line(bytes: usize, limit: Duration) {
    let text = long_line(bytes);
    let start = Instant::now();
    let (incidents, _) = extract(&Article::new(&text).published("2025-11-25".parse().unwrap()));
    let elapsed = start.elapsed();
    assert!(
        elapsed < limit,
        "{} MB took {elapsed:?}",
        bytes / (1024 * 1024)
    );
    // It is read, not skipped: the figures are found.
    assert!(!incidents.is_empty());
}

#[test]
fn a_two_megabyte_line_finishes() {
    // Debug builds are slow; the bound only catches a hang or quadratic time.
    time_long_line(2 * 1024 * 1024, Duration::from_secs(60));
}

#[test]
#[ignore = "50 MB: run with --release --ignored"]
fn a_fifty_megabyte_line_finishes() {
    time_long_line(50 * 1024 * 1024, Duration::from_secs(60));
}
