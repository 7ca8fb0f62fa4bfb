//! The word lists the rules read, one set per language, compiled in from `lexicon/<lang>/*.tsv`.
//!
//! Rules live in code; words live here, as data: numbers, qualifiers, casualty words, victim
//! groups, parties, speakers, reporting verbs, event words, actors, date words and context words.
//! Adding Dari, Pashto or Urdu means adding a directory of the same files and a [`Language`]
//! variant; the code that reads them does not change. Each list is parsed once into an immutable
//! [`Lexicon`] held in a `LazyLock`.
//!
//! Phrases are matched on tokens (lower-cased words), longest first, so "suicide bombing" wins over
//! "bombing" and "at least" over "least".

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Arc, LazyLock};

use model::{EventType, Group, Measure};

use crate::text::{TokenKind, Tokens};

/// The languages the extractor has word lists for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// English.
    #[default]
    English,
}

/// A qualifier word before a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QualifierWord {
    /// "at least".
    AtLeast,
    /// "more than", "over": at least the number plus one.
    MoreThan,
    /// "up to", "at most".
    AtMost,
    /// "fewer than": at most the number minus one.
    LessThan,
    /// "about", "around", "nearly".
    Approx,
}

/// Where a casualty word stands relative to its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CasualtyPosition {
    /// After the number ("nine were killed").
    After,
    /// Before it ("killing nine").
    Before,
    /// "leaving/left N dead": before, but the word after the number decides the measure.
    Leaving,
    /// A toll noun ("death toll ... rose to 64").
    Toll,
}

/// Whose people a victim noun counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Not said by the noun.
    Unsaid,
    /// A party's forces.
    Party(Party),
    /// The attacking side's own (militants, bombers, gunmen).
    Attackers,
    /// The speaker's own ("of their own").
    Own,
}

/// The parties and groups the extractor names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Party {
    /// Pakistani state forces.
    Pak,
    /// The Afghan Taliban's forces or de facto authorities.
    Taliban,
    /// Tehrik-e-Taliban Pakistan.
    Ttp,
    /// Islamic State Khorasan Province.
    Iskp,
    /// Baloch Liberation Army.
    Bla,
    /// Another named armed group.
    Other,
    /// Attackers the text does not name.
    Unknown,
}

impl Party {
    /// The code used in the output ("PAK", "TALIBAN", …).
    pub fn code(self) -> &'static str {
        match self {
            Party::Pak => "PAK",
            Party::Taliban => "TALIBAN",
            Party::Ttp => "TTP",
            Party::Iskp => "ISKP",
            Party::Bla => "BLA",
            Party::Other => "OTHER",
            Party::Unknown => "UNKNOWN",
        }
    }

    fn parse(text: &str) -> Option<Party> {
        Some(match text {
            "PAK" => Party::Pak,
            "TALIBAN" => Party::Taliban,
            "TTP" => Party::Ttp,
            "ISKP" => Party::Iskp,
            "BLA" => Party::Bla,
            "OTHER" => Party::Other,
            "UNKNOWN" => Party::Unknown,
            _ => return None,
        })
    }
}

/// How an actor word may name a perpetrator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorKind {
    /// A state or its forces ("Pakistani", "Afghan border forces").
    State,
    /// Security forces without a nationality (Pakistan's, by the article's context).
    Forces,
    /// A named armed group.
    Group,
    /// Unnamed attackers ("gunmen", "terrorists").
    Unknown,
}

/// How sure an event word is of the type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Only says something happened ("attack", "strikes").
    Weak,
    /// Suggests the type ("blast", "clashes").
    Medium,
    /// Names the type ("airstrike", "suicide bomber").
    Strong,
}

/// An event word's type, with the two types decided later by context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventWord {
    /// A type as is.
    Type(EventType),
    /// "bombed": an air strike when a state did it, else a bombing.
    AirIfState,
    /// "opened fire", "gunfire": cross-border fire when one country's forces fire into the other,
    /// else an armed attack.
    Firing,
    /// "traded fire", "exchange of fire": cross-border fire where the text speaks of the border,
    /// else an armed clash.
    Exchange,
    /// "strikes", "struck": a weak word (says only that something happened), except that
    /// Pakistan's strikes in Afghanistan with no other word for their kind are air strikes.
    StrikeIfState,
}

/// A date word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateWord {
    /// A weekday, 1 = Monday.
    Weekday(u8),
    /// A month, 1 = January.
    Month(u8),
    /// So many days before publication.
    DaysAgo(u8),
    /// A week before publication.
    WeekAgo,
    /// The day of the incident before.
    SameDay,
}

/// A context word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContextWord {
    /// Context, an earlier event or a tally.
    Background,
    /// What follows the words is context ("follows a series of attacks").
    BackgroundAfter,
    /// Another incident of the article follows.
    Separate,
    /// A later toll replaces an earlier one.
    Update,
    /// A party denies.
    Denial,
    /// A breakdown of a figure follows.
    Including,
    /// Refers back to events just named ("in those attacks"): context when they were.
    Back,
    /// Looks like context but dates the story's own day ("earlier on Friday", "earlier today"):
    /// a longer match that keeps "earlier" from making the sentence background.
    SameDay,
    /// A hospital or morgue ("six bodies were received at the LRH"): a count there may be
    /// some of the dead.
    Facility,
}

/// A voice figures can be given in.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Voice {
    /// The article's own (including cited media, hospitals, police, unnamed officials).
    Article,
    /// A party or named body ("TALIBAN", "PAK", "UN", "ACB"); shared, so that copying a voice
    /// from sentence to sentence copies no text.
    Named(Arc<str>),
    /// "he", "it", "the ministry": the last speaker named.
    Pronoun,
}

/// Where a reporting verb expects its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpeakerSide {
    /// After the verb ("according to UNAMA").
    After,
    /// Before it ("the ISPR said").
    Before,
    /// Either.
    Both,
}

/// One meaning of a phrase.
#[derive(Clone, Debug, PartialEq)]
pub enum Cue {
    /// A number word (`None` for vague ones: "dozens"); `weak` for "a", "an"; `tens` for
    /// "forty" (it may take a unit: "forty-one").
    Number {
        /// The value, if the word gives one.
        value: Option<u32>,
        /// Counts only before a victim noun.
        weak: bool,
        /// A tens word.
        tens: bool,
    },
    /// A qualifier.
    Qualifier(QualifierWord),
    /// A casualty word.
    Casualty(Measure, CasualtyPosition),
    /// A victim noun.
    Victims(Group, Side),
    /// A party word before a noun.
    PartyWord(Party),
    /// A speaker.
    Speaker(Voice),
    /// A reporting verb.
    Reporting(SpeakerSide),
    /// An event word.
    Event(EventWord, Strength),
    /// An actor.
    Actor(Party, ActorKind),
    /// A date word.
    Date(DateWord),
    /// A context word.
    Context(ContextWord),
}

/// A phrase of the lexicon matched in a sentence.
#[derive(Clone, Debug)]
pub struct Match<'l> {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Every meaning of the phrase.
    pub cues: &'l [Cue],
}

struct Entry {
    rest: Vec<String>,
    cues: Vec<Cue>,
}

/// FNV-1a: the index is looked up once for every token of every sentence, and its keys are short
/// words that no one picks to collide; a simple hash is several times faster than SipHash here.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type Index = HashMap<String, Vec<Entry>, BuildHasherDefault<Fnv>>;

/// One language's word lists, indexed for matching.
pub struct Lexicon {
    by_first: Index,
}

const ENGLISH_FILES: &[(&str, &str)] = &[
    ("numbers", include_str!("../lexicon/en/numbers.tsv")),
    ("qualifiers", include_str!("../lexicon/en/qualifiers.tsv")),
    ("casualties", include_str!("../lexicon/en/casualties.tsv")),
    ("groups", include_str!("../lexicon/en/groups.tsv")),
    ("parties", include_str!("../lexicon/en/parties.tsv")),
    ("speakers", include_str!("../lexicon/en/speakers.tsv")),
    ("reporting", include_str!("../lexicon/en/reporting.tsv")),
    ("events", include_str!("../lexicon/en/events.tsv")),
    ("actors", include_str!("../lexicon/en/actors.tsv")),
    ("dates", include_str!("../lexicon/en/dates.tsv")),
    ("context", include_str!("../lexicon/en/context.tsv")),
];

static ENGLISH: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(ENGLISH_FILES));

impl Lexicon {
    /// The word lists of a language.
    pub fn get(language: Language) -> &'static Lexicon {
        match language {
            Language::English => &ENGLISH,
        }
    }

    fn build(files: &[(&str, &str)]) -> Lexicon {
        let mut lexicon = Lexicon {
            by_first: Index::default(),
        };
        let mut tokens = Tokens::default();
        for (name, text) in files {
            for line in text.lines() {
                let line = line.trim_end_matches('\r');
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let fields: Vec<&str> = line.split('\t').collect();
                let Some(cue) = parse_cue(name, &fields) else {
                    // The lists are checked by a test; a bad line is skipped, never a panic.
                    continue;
                };
                let phrase = fields.first().copied().unwrap_or("");
                tokens.fill(phrase, 0..phrase.len());
                let words: Vec<String> = (0..tokens.len())
                    .map(|i| tokens.norm(i).to_owned())
                    .collect();
                let Some((first, rest)) = words.split_first() else {
                    continue;
                };
                let entries = lexicon.by_first.entry(first.clone()).or_default();
                match entries.iter_mut().find(|e| e.rest == rest) {
                    Some(entry) => entry.cues.push(cue),
                    None => entries.push(Entry {
                        rest: rest.to_vec(),
                        cues: vec![cue],
                    }),
                }
            }
        }
        // A longer phrase hides the shorter ones inside it ("Pakistani aircraft" is an actor, but
        // "aircraft" is also an event word): it takes the event words of its tails.
        let mut inherited: Vec<(String, Vec<String>, Vec<Cue>)> = Vec::new();
        for (first, entries) in &lexicon.by_first {
            for entry in entries {
                for k in 0..entry.rest.len() {
                    let Some((tail_first, tail_rest)) = entry.rest[k..].split_first() else {
                        continue;
                    };
                    let Some(tail) = lexicon
                        .by_first
                        .get(tail_first)
                        .and_then(|es| es.iter().find(|e| e.rest == tail_rest))
                    else {
                        continue;
                    };
                    let events: Vec<Cue> = tail
                        .cues
                        .iter()
                        .filter(|c| matches!(c, Cue::Event(..)) && !entry.cues.contains(c))
                        .cloned()
                        .collect();
                    if !events.is_empty() {
                        inherited.push((first.clone(), entry.rest.clone(), events));
                    }
                }
            }
        }
        for (first, rest, cues) in inherited {
            if let Some(entry) = lexicon
                .by_first
                .get_mut(&first)
                .and_then(|es| es.iter_mut().find(|e| e.rest == rest))
            {
                for cue in cues {
                    if !entry.cues.contains(&cue) {
                        entry.cues.push(cue);
                    }
                }
            }
        }
        for entries in lexicon.by_first.values_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        lexicon
    }

    /// Every phrase of the lexicon in the tokens, leftmost-longest, not overlapping.
    pub fn matches<'l>(&'l self, tokens: &Tokens) -> Vec<Match<'l>> {
        let mut out = Vec::new();
        self.matches_into(tokens, &mut out);
        out
    }

    /// [`Lexicon::matches`] into a buffer (cleared first).
    pub fn matches_into<'l>(&'l self, tokens: &Tokens, out: &mut Vec<Match<'l>>) {
        out.clear();
        let mut i = 0;
        while i < tokens.len() {
            if let Some(found) = self.longest_at(tokens, i) {
                i = found.end;
                out.push(found);
            } else {
                i += 1;
            }
        }
    }

    /// The longest phrase starting at token `i`.
    pub fn longest_at<'l>(&'l self, tokens: &Tokens, i: usize) -> Option<Match<'l>> {
        if matches!(tokens.kind(i), Some(TokenKind::Number { .. })) {
            return None;
        }
        let entries = self.by_first.get(tokens.norm(i))?;
        entries
            .iter()
            .find(|entry| {
                entry
                    .rest
                    .iter()
                    .enumerate()
                    .all(|(k, word)| tokens.norm(i + 1 + k) == word)
            })
            .map(|entry| Match {
                start: i,
                end: i + 1 + entry.rest.len(),
                cues: &entry.cues,
            })
    }

    /// The value of a one-word number ("forty" → 40, tens), for compounds such as "forty-one".
    pub fn number_word(&self, word: &str) -> Option<(u32, bool)> {
        self.by_first.get(word)?.iter().find_map(|entry| {
            if !entry.rest.is_empty() {
                return None;
            }
            entry.cues.iter().find_map(|cue| match cue {
                Cue::Number {
                    value: Some(value),
                    weak: false,
                    tens,
                } => Some((*value, *tens)),
                _ => None,
            })
        })
    }

    /// Counts phrases, for tests.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// Whether the lexicon is empty (it never is; for tests).
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

fn parse_cue(file: &str, fields: &[&str]) -> Option<Cue> {
    let field = |i: usize| fields.get(i).copied().unwrap_or("");
    Some(match file {
        "numbers" => match field(1) {
            "-" => Cue::Number {
                value: None,
                weak: false,
                tens: false,
            },
            value => Cue::Number {
                value: Some(value.parse().ok()?),
                weak: field(2) == "weak",
                tens: field(2) == "tens",
            },
        },
        "qualifiers" => Cue::Qualifier(match field(1) {
            "at_least" => QualifierWord::AtLeast,
            "more_than" => QualifierWord::MoreThan,
            "at_most" => QualifierWord::AtMost,
            "less_than" => QualifierWord::LessThan,
            "approx" => QualifierWord::Approx,
            _ => return None,
        }),
        "casualties" => Cue::Casualty(
            Measure::parse(field(1)).ok()?,
            match field(2) {
                "after" => CasualtyPosition::After,
                "before" => CasualtyPosition::Before,
                "leaving" => CasualtyPosition::Leaving,
                "toll" => CasualtyPosition::Toll,
                _ => return None,
            },
        ),
        "groups" => {
            let group = match field(1) {
                "people" => Group::Total,
                other => Group::parse(other).ok()?,
            };
            let side = match field(2) {
                "-" => Side::Unsaid,
                "attackers" => Side::Attackers,
                "own" => Side::Own,
                party => Side::Party(Party::parse(party)?),
            };
            Cue::Victims(group, side)
        }
        "parties" => Cue::PartyWord(Party::parse(field(1))?),
        "speakers" => Cue::Speaker(match field(1) {
            "-" => Voice::Article,
            "pronoun" => Voice::Pronoun,
            "" => return None,
            name => Voice::Named(Arc::from(name)),
        }),
        "reporting" => Cue::Reporting(match field(1) {
            "before" => SpeakerSide::After,
            "after" => SpeakerSide::Before,
            "both" => SpeakerSide::Both,
            _ => return None,
        }),
        "events" => {
            let word = match field(1) {
                "air_if_state" => EventWord::AirIfState,
                "firing" => EventWord::Firing,
                "exchange" => EventWord::Exchange,
                "strike_if_state" => EventWord::StrikeIfState,
                other => EventWord::Type(EventType::parse(other).ok()?),
            };
            let strength = match field(2) {
                "strong" => Strength::Strong,
                "medium" => Strength::Medium,
                "weak" => Strength::Weak,
                _ => return None,
            };
            Cue::Event(word, strength)
        }
        "actors" => Cue::Actor(
            Party::parse(field(1))?,
            match field(2) {
                "state" => ActorKind::State,
                "forces" => ActorKind::Forces,
                "group" => ActorKind::Group,
                "unknown" => ActorKind::Unknown,
                _ => return None,
            },
        ),
        "dates" => {
            let value: u8 = field(2).parse().ok()?;
            Cue::Date(match field(1) {
                "weekday" => DateWord::Weekday(value),
                "month" => DateWord::Month(value),
                "days_ago" => DateWord::DaysAgo(value),
                "week_ago" => DateWord::WeekAgo,
                "same_day" => DateWord::SameDay,
                _ => return None,
            })
        }
        "context" => Cue::Context(match field(1) {
            "background" => ContextWord::Background,
            "background_after" => ContextWord::BackgroundAfter,
            "separate" => ContextWord::Separate,
            "update" => ContextWord::Update,
            "denial" => ContextWord::Denial,
            "including" => ContextWord::Including,
            "back" => ContextWord::Back,
            "same_day" => ContextWord::SameDay,
            "facility" => ContextWord::Facility,
            _ => return None,
        }),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_every_list_parses() {
        for (name, text) in ENGLISH_FILES {
            for (n, line) in text.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                let fields: Vec<&str> = line.split('\t').collect();
                assert!(
                    parse_cue(name, &fields).is_some(),
                    "lexicon/en/{name}.tsv line {}: {line:?}",
                    n + 1
                );
            }
        }
        assert!(Lexicon::get(Language::English).len() > 500);
    }

    #[test]
    fn phrases_match_longest_first() {
        let lexicon = Lexicon::get(Language::English);
        let text = "A suicide bombing killed at least nine, the ISPR said.";
        let mut tokens = Tokens::default();
        tokens.fill(text, 0..text.len());
        let found: Vec<(usize, usize)> = lexicon
            .matches(&tokens)
            .iter()
            .map(|m| (m.start, m.end))
            .collect();
        // a | suicide bombing | killed | at least | nine | the ispr?  ("the" alone is no phrase)
        assert!(found.contains(&(1, 3)), "{found:?}");
        assert!(found.contains(&(4, 6)), "{found:?}");
    }
}
