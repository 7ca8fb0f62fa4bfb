//! What one sentence says: casualty figures (with qualifier, group and side), who says it, event
//! and actor words, date words and context words.
//!
//! The rules read the lexicon's cues on the sentence's tokens. A figure is always anchored on a
//! number; the casualty word that gives it a measure is looked for after the number and its noun
//! ("nine soldiers were killed"), then before it ("killing nine"), then as a toll ("the death toll
//! rose to 64"). Lists of groups joined by "and" add up ("five women and three children were
//! killed" is 8), breakdowns in brackets, dashes or after "including" only fill the groups of the
//! figure before them.

use std::ops::Range;

use model::{Count, EventType, Group, Measure};

use crate::lexicon::{
    ActorKind, CasualtyPosition, ContextWord, Cue, DateWord, EventWord, Lexicon, Match, Party,
    QualifierWord, Side, SpeakerSide, Strength, Voice,
};
use crate::text::{TokenKind, Tokens};

/// One casualty figure of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Killed or injured.
    pub measure: Measure,
    /// The number for everyone it counts; `None` for a breakdown ("among those killed").
    pub total: Option<Count>,
    /// Counts by group (killed figures only matter for the output).
    pub groups: Vec<(Group, Count)>,
    /// Whose people the noun says they were.
    pub side: Side,
    /// "N others": adds to the figure before it when the measure is the same.
    pub additive: bool,
    /// Told with "also" ("eight terrorists were also killed").
    pub also: bool,
    /// The figure is a later toll that replaces an earlier one ("rose to 64").
    pub update: bool,
    /// Token range of the figure's number phrase.
    pub tokens: Range<usize>,
    /// The number has no victim noun of its own, or only "others" ("and 10 were wounded", "10
    /// others injured"): in a sentence that gave a side to the figure before, it has that side.
    pub bare: bool,
}

impl Figure {
    /// Whether the figure only breaks down another (no total of its own).
    pub fn is_breakdown(&self) -> bool {
        self.total.is_none()
    }
}

/// A date word or phrase, not yet resolved against the publication day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateWordAt {
    /// A day of a month, with the year if given.
    Day {
        /// 1–12.
        month: u8,
        /// 1–31.
        day: u8,
        /// The year, if written.
        year: Option<i16>,
    },
    /// A month, with the year if given.
    Month {
        /// 1–12.
        month: u8,
        /// The year, if written.
        year: Option<i16>,
    },
    /// A year alone ("in 2017").
    Year(i16),
    /// A weekday, 1 = Monday.
    Weekday(u8),
    /// So many days before publication ("yesterday", "last night").
    DaysAgo(u8),
    /// A week before publication.
    WeekAgo,
    /// The day of the incident before.
    SameDay,
}

/// A date in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateCue {
    /// What it says.
    pub word: DateWordAt,
    /// It dates a statement ("officials said on Sunday"), not the event.
    pub statement: bool,
    /// Token index.
    pub token: usize,
}

/// An event word in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventCue {
    /// The type it suggests.
    pub word: EventWord,
    /// How sure.
    pub strength: Strength,
    /// Token index.
    pub token: usize,
}

/// An actor linked to an event word of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActorCue {
    /// Who.
    pub party: Party,
    /// How the word names them.
    pub kind: ActorKind,
    /// Tokens between the actor and the event word.
    pub distance: usize,
}

/// The speaker a sentence attributes its words to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The voice.
    pub voice: Voice,
    /// Where the speaker is named: byte range in the text ("Zabihullah Mujahid").
    pub name: Range<usize>,
}

/// Everything the rules read from one sentence.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// Casualty figures, in order.
    pub figures: Vec<Figure>,
    /// Who the sentence says is speaking.
    pub speaker: Option<Speaker>,
    /// The last party or body named in the sentence, spoken of without a reporting verb ("a
    /// spokesperson for the governor appeared to link…"): a later "he said" may mean them.
    pub mentioned: Option<Speaker>,
    /// Groups an attacker is said to belong to ("affiliated with the Hafiz Gul Bahadur Group").
    pub affiliations: Vec<Party>,
    /// Byte offset from which the sentence speaks of context ("… follows a series of attacks").
    pub background_from: Option<usize>,
    /// Event words of that context ("… two days after a suicide bombing …").
    pub background_events: Vec<EventWord>,
    /// Event words.
    pub events: Vec<EventCue>,
    /// Actors linked to event words.
    pub actors: Vec<ActorCue>,
    /// The group a responsibility claim names ("the BLA claimed responsibility").
    pub responsibility: Option<Party>,
    /// The responsibility claimed is for another event ("claimed responsibility for a raid").
    pub responsibility_elsewhere: bool,
    /// A responsibility phrase with no group ("no group has claimed responsibility").
    pub unclaimed: bool,
    /// Parties that deny.
    pub denied: Vec<Party>,
    /// Date words.
    pub dates: Vec<DateCue>,
    /// A context word puts the sentence outside the incident.
    pub background: bool,
    /// A word announces another incident ("also", "in a separate incident").
    pub separate: bool,
    /// Words refer back to events just told ("in those attacks").
    pub refers_back: bool,
    /// Names a hospital or morgue: a count there may be some of the dead, not all.
    pub at_facility: bool,
    /// Two dates joined ("between February 26 and March 2"): a tally.
    pub span_of_days: bool,
    /// A figure told in the past perfect ("four policemen had been killed"): right after
    /// context, it goes on about that context.
    pub past_perfect: bool,
    /// Token indices where the sentence's clauses part ("while", ";").
    pub clause_breaks: Vec<usize>,
    /// Byte range of each token, to place figures among place mentions.
    pub token_spans: Vec<Range<usize>>,
}

const AUXILIARIES: &[&str] = &[
    "left",
    "leaving",
    "engaged",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "also",
    "reportedly",
    "later",
    "all",
    "subsequently",
    "now",
    "then",
    "critically",
    "seriously",
    "severely",
    "be",
    "allegedly",
    "either",
    "both",
    "immediately",
    "instantly",
    "on",
    "the",
    "spot",
    "been",
    "confirmed",
    "reported",
    "said",
    "to",
    "each",
    "respectively",
];

const STOP_WORDS: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "and", "or", "in", "on", "at", "to", "from",
    "by", "while", "who", "which", "that", "when", "after", "before", "for", "with", "as", "but",
    "the", "a", "an", "of", "said", "this", "these", "those", "their", "his", "her", "its",
];

const LINKING: &[&str] = &["by", "to", "with", "from"];

/// Reads one sentence.
pub fn analyse(lexicon: &Lexicon, tokens: &Tokens) -> Facts {
    analyse_with(lexicon, tokens, &mut Scratch::default())
}

/// Buffers reused from one sentence to the next (one set per call of `extract`).
#[derive(Default)]
pub struct Scratch<'l> {
    matches: Vec<Match<'l>>,
    at: Vec<Option<usize>>,
}

/// [`analyse`], reusing buffers.
pub fn analyse_with<'l>(lexicon: &'l Lexicon, tokens: &Tokens, scratch: &mut Scratch<'l>) -> Facts {
    lexicon.matches_into(tokens, &mut scratch.matches);
    let matches = &scratch.matches;
    if matches.is_empty() {
        return Facts::default();
    }
    scratch.at.clear();
    scratch.at.resize(tokens.len(), None);
    for (index, m) in matches.iter().enumerate() {
        for slot in scratch.at.iter_mut().take(m.end).skip(m.start) {
            *slot = Some(index);
        }
    }
    let at = &scratch.at;
    let reader = Reader {
        lexicon,
        tokens,
        matches,
        at,
    };
    let mut facts = Facts::default();
    let mut background_from: Option<usize> = None;
    for m in matches {
        for cue in m.cues {
            if let Cue::Context(word) = cue {
                match word {
                    // "Earlier Inter-Services Public Relations had said 1 person had been
                    // killed": an earlier statement on the incident, not an earlier event.
                    ContextWord::Background if reader.earlier_statement(m) => {}
                    ContextWord::Background => facts.background = true,
                    ContextWord::BackgroundAfter => {
                        background_from = Some(background_from.map_or(m.start, |b| b.min(m.start)));
                    }
                    ContextWord::Separate => facts.separate = true,
                    ContextWord::Back => facts.refers_back = true,
                    ContextWord::Facility => facts.at_facility = true,
                    ContextWord::Denial
                    | ContextWord::Update
                    | ContextWord::Including
                    | ContextWord::SameDay => {}
                }
            }
        }
    }
    // No casualty word, no figure.
    if matches.iter().any(|m| {
        m.cues
            .iter()
            .any(|c| matches!(c, Cue::Casualty(..) | Cue::Context(ContextWord::Including)))
    }) {
        reader.figures(&mut facts.figures);
        facts.past_perfect = !facts.figures.is_empty() && reader.past_perfect();
    }
    facts.speaker = reader.speaker().or_else(|| reader.citation());
    if facts.speaker.is_none() {
        facts.mentioned = reader.mentioned();
    }
    let has = |test: fn(&Cue) -> bool| matches.iter().any(|m| m.cues.iter().any(test));
    let words = |list: &[&str]| (0..tokens.len()).any(|i| list.contains(&tokens.norm(i)));
    // Event words, actors, or a responsibility claim ("claimed responsibility").
    if has(|c| {
        matches!(
            c,
            Cue::Event(..) | Cue::Actor(..) | Cue::Context(ContextWord::Denial)
        )
    }) || words(&["claimed", "claiming", "claim", "responsibility"])
    {
        reader.events_and_actors(&mut facts, background_from.unwrap_or(usize::MAX));
    }
    // Date words, or a number that may be a year.
    if has(|c| matches!(c, Cue::Date(_)))
        || tokens.list.iter().any(
            |t| matches!(t.kind, TokenKind::Number { value, .. } if (1990..=2100).contains(&value)),
        )
    {
        reader.dates(&mut facts);
    }
    // What follows "follows a …", "came two days after …" is context: drop its cues.
    if let Some(from) = background_from {
        facts.figures.retain(|f| f.tokens.start < from);
        facts.dates.retain(|d| d.token < from);
        facts.background_from = tokens.list.get(from).map(|t| t.span.start);
        if facts.figures.is_empty() && facts.events.is_empty() {
            facts.background = true;
        }
    }
    if !facts.figures.is_empty() {
        // Token offsets place figures among the sentence's place mentions and clauses.
        facts.token_spans = tokens.list.iter().map(|t| t.span.clone()).collect();
        for i in 0..tokens.len() {
            let word = tokens.norm(i);
            if word == "while" || word == "whereas" || tokens.is_punct(i, ';') {
                facts.clause_breaks.push(i);
            }
        }
    }
    facts
}

struct Reader<'a> {
    lexicon: &'a Lexicon,
    tokens: &'a Tokens,
    matches: &'a [Match<'a>],
    at: &'a [Option<usize>],
}

/// A number read from the tokens.
#[derive(Clone, Copy, Debug)]
struct NumberRead {
    value: Option<u32>,
    high: Option<u32>,
    qualifier: Option<QualifierWord>,
    start: usize,
    end: usize,
    weak: bool,
}

/// One "number + noun" item of a figure.
#[derive(Clone, Copy, Debug)]
struct Item {
    number: NumberRead,
    group: Group,
    side: Side,
    noun: bool,
    additive: bool,
    /// "five more", "26 additional": an increment of a toll, not a toll.
    increment: bool,
    /// A casualty word used as an adjective ("17 injured passengers").
    adjective: Option<Measure>,
    end: usize,
}

impl<'a> Reader<'a> {
    fn match_at(&self, i: usize) -> Option<&'a Match<'a>> {
        self.at
            .get(i)
            .copied()
            .flatten()
            .and_then(|m| self.matches.get(m))
    }

    /// The match that starts exactly at token `i`.
    fn match_starting(&self, i: usize) -> Option<&'a Match<'a>> {
        self.match_at(i).filter(|m| m.start == i)
    }

    /// The match that ends exactly before token `i`.
    fn match_ending(&self, i: usize) -> Option<&'a Match<'a>> {
        i.checked_sub(1)
            .and_then(|j| self.match_at(j))
            .filter(|m| m.end == i)
    }

    fn has_cue(&self, m: &Match<'_>, test: impl Fn(&Cue) -> bool) -> bool {
        m.cues.iter().any(test)
    }

    fn word(&self, i: usize) -> &str {
        self.tokens.norm(i)
    }

    /// Reads a number (no qualifier) at token `i`.
    fn bare_number(&self, i: usize) -> Option<NumberRead> {
        match self.tokens.kind(i)? {
            TokenKind::Number { value, high } => {
                // Inside a phrase of another kind ("Rescue 1122").
                if let Some(m) = self.match_at(i)
                    && m.start < i
                {
                    return None;
                }
                // A time ("3:00"), a date ("December 24", "24 December") or a year.
                if self.tokens.is_punct(i + 1, ':') {
                    return None;
                }
                let month_near = |j: Option<usize>| {
                    j.and_then(|j| self.match_at(j)).is_some_and(|m| {
                        self.has_cue(m, |c| matches!(c, Cue::Date(DateWord::Month(_))))
                    })
                };
                if month_near(i.checked_sub(1)) || month_near(Some(i + 1)) {
                    return None;
                }
                if (1900..=2100).contains(&value) && !self.is_victim_noun(i + 1) {
                    return None;
                }
                Some(NumberRead {
                    value: Some(value),
                    high,
                    qualifier: None,
                    start: i,
                    end: i + 1,
                    weak: false,
                })
            }
            TokenKind::Word => {
                if let Some(m) = self.match_starting(i) {
                    for cue in m.cues {
                        if let Cue::Number { value, weak, tens } = cue {
                            let mut read = NumberRead {
                                value: *value,
                                high: None,
                                qualifier: None,
                                start: i,
                                end: m.end,
                                weak: *weak,
                            };
                            if *tens
                                && let Some((unit, false)) =
                                    self.lexicon.number_word(self.word(m.end))
                                && unit < 10
                            {
                                read.value = value.map(|v| v + unit);
                                read.end = m.end + 1;
                            }
                            return Some(read);
                        }
                    }
                    return None;
                }
                // "forty-one", "twenty-four".
                let word = self.word(i);
                let (tens, unit) = word.split_once('-')?;
                let (tens, true) = self.lexicon.number_word(tens)? else {
                    return None;
                };
                let (unit, false) = self.lexicon.number_word(unit)? else {
                    return None;
                };
                (unit < 10).then_some(NumberRead {
                    value: Some(tens + unit),
                    high: None,
                    qualifier: None,
                    start: i,
                    end: i + 1,
                    weak: false,
                })
            }
            TokenKind::Punct(_) => None,
        }
    }

    /// Reads a number with its qualifier at token `i`.
    fn number(&self, i: usize) -> Option<NumberRead> {
        if let Some(m) = self.match_starting(i) {
            for cue in m.cues {
                if let Cue::Qualifier(q) = cue
                    && let Some(mut read) = self.bare_number(m.end)
                    && read.value.is_some()
                {
                    read.qualifier = Some(*q);
                    read.start = i;
                    return Some(self.range_to(read));
                }
            }
        }
        self.bare_number(i).map(|read| self.range_to(read))
    }

    /// "seven to eight": a range in words (not "from five to eight", a change).
    fn range_to(&self, mut read: NumberRead) -> NumberRead {
        if read.high.is_none()
            && self.word(read.end) == "to"
            && (read.start == 0 || self.word(read.start - 1) != "from")
            && let Some(value) = read.value
            && let Some(high) = self.bare_number(read.end + 1)
            && let Some(high_value) = high.value
            && high.high.is_none()
            && high_value > value
        {
            read.high = Some(high_value);
            read.end = high.end;
        }
        read
    }

    /// A word that can modify a noun after "of the" ("the paramilitary Frontier Corps", "a
    /// shepherd family"): a word the lists do not know (not a function word), or one they know
    /// only as a noun for people.
    fn modifier(&self, k: usize) -> bool {
        self.tokens.kind(k) == Some(TokenKind::Word)
            && match self.match_at(k) {
                None => !STOP_WORDS.contains(&self.word(k)),
                Some(m) => m.cues.iter().all(|c| matches!(c, Cue::Victims(..))),
            }
    }

    /// Whether a casualty word that follows its number ("killed", "injured") starts at `k`.
    fn starts_casualty_word(&self, k: usize) -> bool {
        self.match_starting(k)
            .is_some_and(|m| self.casualty_at(m, CasualtyPosition::After).is_some())
    }

    /// The same, once the words in `skip` are passed.
    fn casualty_word_after(&self, mut k: usize, skip: &[&str]) -> bool {
        while skip.contains(&self.word(k)) {
            k += 1;
        }
        self.starts_casualty_word(k)
    }

    /// The group and side a victim noun of the match names ("soldiers", "Taliban militants").
    fn victims(m: &Match<'_>) -> Option<(Group, Side)> {
        m.cues.iter().find_map(|c| match c {
            Cue::Victims(group, side) => Some((*group, *side)),
            _ => None,
        })
    }

    /// "had been killed", "had died": a casualty word in the past perfect.
    fn past_perfect(&self) -> bool {
        (0..self.tokens.len()).any(|i| {
            self.word(i) == "had"
                && self.casualty_word_after(i + 1, &["been", "also", "all", "reportedly"])
        })
    }

    /// "A soldier was martyred and another injured": "another" with no noun, right before a
    /// casualty word, counts one more person.
    fn another_casualty(&self, number: NumberRead) -> bool {
        self.word(number.start) == "another"
            && self.casualty_word_after(number.end, &["was", "got", "had", "has", "been", "is"])
    }

    fn is_victim_noun(&self, i: usize) -> bool {
        self.match_starting(i)
            .is_some_and(|m| self.has_cue(m, |c| matches!(c, Cue::Victims(..))))
    }

    /// The noun phrase after a number: the victim noun and its side, skipping party words and
    /// adjectives ("two senior TTP members", "23 Pakistan Army soldiers").
    fn item(&self, number: NumberRead) -> Item {
        let mut item = Item {
            number,
            group: Group::Total,
            side: Side::Unsaid,
            noun: false,
            additive: false,
            increment: matches!(self.word(number.end), "more" | "additional" | "further"),
            adjective: None,
            end: number.end,
        };
        let mut party: Option<Party> = None;
        let mut j = number.end;
        let mut skipped = 0;
        while j < self.tokens.len() && skipped <= 3 {
            // Two "Afghan extremists", 28 ‘terrorists’: a noun in quotes.
            if matches!(self.tokens.kind(j), Some(TokenKind::Punct('\'' | '"'))) {
                j += 1;
                continue;
            }
            // "an Anti-Terrorist Force (ATF) personnel": a short name in brackets between the
            // words of the noun phrase, once a word has been passed.
            if j > number.end && self.tokens.is_punct(j, '(') {
                let after = self.skip_paren(j);
                if after > j {
                    j = after;
                    skipped += 1;
                    continue;
                }
            }
            let word = self.word(j);
            if word == "other" || word == "others" {
                item.additive = true;
            }
            // "five other individuals": the noun is after "other".
            if word == "other" && self.is_victim_noun(j + 1) {
                j += 1;
                continue;
            }
            if let Some(m) = self.match_starting(j) {
                let victims = Self::victims(m);
                if let Some((group, side)) = victims {
                    // "two senior TTP members": members of an armed group are combatants.
                    let group = match party {
                        Some(Party::Ttp | Party::Bla | Party::Iskp | Party::Other)
                            if group == Group::Total =>
                        {
                            Group::Combatants
                        }
                        _ => group,
                    };
                    item.group = group;
                    item.side = match (side, party) {
                        (Side::Unsaid, Some(p)) if group == Group::SecurityForces => Side::Party(p),
                        (Side::Attackers, Some(p)) if p != Party::Pak && p != Party::Taliban => {
                            Side::Party(p)
                        }
                        (Side::Attackers, Some(p)) => Side::Party(p),
                        (side, _) => side,
                    };
                    item.noun = true;
                    j = m.end;
                    // "27 women and children": one number for two groups counts neither alone.
                    if self.word(j) == "and"
                        && let Some(next) = self.match_starting(j + 1)
                        && let Some(other) = next.cues.iter().find_map(|c| match c {
                            Cue::Victims(g, _) => Some(*g),
                            _ => None,
                        })
                        && other != item.group
                    {
                        item.group = Group::Total;
                        j = next.end;
                    }
                    // "200 Taliban militants", "five Levies soldiers": a noun for people right
                    // after another is the head; the first says whose they are.
                    if group != Group::Total
                        && let Some(next) = self.match_starting(j)
                        && let Some((head_group, head_side)) = Self::victims(next)
                    {
                        if head_group != Group::Total {
                            item.group = head_group;
                        }
                        // "Taliban militants" fighting Pakistan's forces are the attacking
                        // side, as "militants" alone would be.
                        if item.side == Side::Unsaid || head_side == Side::Attackers {
                            item.side = head_side;
                        }
                        j = next.end;
                    }
                    // "nine children of the same family", "members of one family": fine as is.
                    break;
                }
                // "three critically wounded children", "17 injured passengers": the casualty word is
                // an adjective of the noun after it.
                let adjective = m.cues.iter().find_map(|c| match c {
                    Cue::Casualty(measure, CasualtyPosition::After) => Some(*measure),
                    _ => None,
                });
                // "eight of the wounded persons are critical": a part of the wounded already
                // counted, not a figure of its own.
                if adjective.is_some() && self.word(number.end) == "of" {
                    break;
                }
                if let Some(measure) = adjective
                    && self.is_victim_noun(m.end)
                {
                    item.adjective = Some(measure);
                    j = m.end;
                    skipped += 1;
                    continue;
                }
                let party_word = m.cues.iter().find_map(|c| match c {
                    Cue::PartyWord(p) => Some(*p),
                    _ => None,
                });
                if let Some(p) = party_word {
                    party = Some(p);
                    j = m.end;
                    continue;
                }
                // "an army soldier", "a police constable": a word the lists know as a speaker or
                // an actor, right before the victim noun, is the noun's adjective.
                if m.cues
                    .iter()
                    .all(|c| matches!(c, Cue::Speaker(_) | Cue::Actor(..)))
                    && self.is_victim_noun(m.end)
                {
                    j = m.end;
                    skipped += 1;
                    continue;
                }
                // "one of the shooters": the noun after "of the".
                if word == "of" {
                    j += 1;
                    skipped += 1;
                    continue;
                }
                break;
            }
            let adjective = self.tokens.kind(j) == Some(TokenKind::Word)
                && !STOP_WORDS.contains(&word)
                && !word.ends_with("ing");
            // "23 of its soldiers", "nine of their fighters".
            let possessive = matches!(word, "its" | "their" | "our" | "his")
                && j > 0
                && self.word(j - 1) == "of";
            if word == "of" || word == "the" || adjective || possessive {
                j += 1;
                skipped += 1;
                continue;
            }
            break;
        }
        if item.noun {
            item.end = j;
            // "another soldier was injured": one more, as "one other".
            item.additive |= self.word(number.start) == "another";
        } else {
            item.end = number.end;
            if item.additive {
                item.noun = true;
                item.end = number.end + 1;
            }
        }
        item
    }

    fn casualty_at(&self, m: &Match<'_>, position: CasualtyPosition) -> Option<Measure> {
        m.cues.iter().find_map(|c| match c {
            Cue::Casualty(measure, p) if *p == position => Some(*measure),
            _ => None,
        })
    }

    /// Looks right of `j` for the casualty word of a figure, skipping auxiliaries, an appositive in
    /// commas ("Forty-one civilians, mainly women and children, were killed"), a breakdown
    /// ("10 others, including three soldiers, were injured"), a relative clause ("six militants
    /// who stormed the building were killed") and more victims without a number ("10 police and
    /// security personnel"). Returns the measure, the token after the casualty word, whether
    /// "among those" made it a breakdown and whether "also" made it an addition.
    fn measure_after(&self, mut j: usize) -> Option<(Measure, usize, bool, bool)> {
        let mut breakdown = false;
        let mut also = false;
        let mut steps = 0;
        let n = self.tokens.len();
        while j < n && steps < 12 {
            steps += 1;
            let word = self.word(j);
            if word == "also" {
                also = true;
            }
            if let Some(m) = self.match_starting(j) {
                if let Some(measure) = self.casualty_at(m, CasualtyPosition::After) {
                    return Some((measure, m.end, breakdown, also));
                }
                if self.has_cue(m, |c| matches!(c, Cue::Context(ContextWord::Including))) {
                    if word == "among" {
                        breakdown = true;
                        j = m.end;
                        continue;
                    }
                    // "nine soldiers including Naib Subedar Sanobar Ali embraced shahadat".
                    let k = (m.end..(m.end + 8).min(n)).find(|&k| self.starts_casualty_word(k));
                    match k {
                        Some(k) => {
                            j = k;
                            continue;
                        }
                        None => return None,
                    }
                }
                // "Four soldiers on Wednesday embraced martyrdom": a day between the victims and
                // the verb.
                if !AUXILIARIES.contains(&word) && !self.has_cue(m, |c| matches!(c, Cue::Date(_))) {
                    return None;
                }
                j = m.end;
                continue;
            }
            if word == "on"
                && self
                    .match_starting(j + 1)
                    .is_some_and(|m| self.has_cue(m, |c| matches!(c, Cue::Date(_))))
            {
                j += 1;
                continue;
            }
            if self.tokens.is_punct(j, '(') {
                j = self.skip_paren(j).max(j + 1);
                continue;
            }
            if self.tokens.is_punct(j, ',')
                && self.match_starting(j + 1).is_some_and(|m| {
                    self.has_cue(m, |c| matches!(c, Cue::Context(ContextWord::Including)))
                })
            {
                // ", including women, children and a Frontier Corps man, were killed": on to the
                // comma after which the verb comes.
                let verb_after = (j + 2..(j + 24).min(n)).find(|&k| {
                    self.tokens.is_punct(k, ',')
                        && (k + 1..(k + 4).min(n)).any(|v| self.starts_casualty_word(v))
                });
                if let Some(k) = verb_after {
                    j = k + 1;
                    continue;
                }
                // ", including policemen and civilians were injured": no closing comma, the
                // verb right after the nouns (no number between).
                let verb_next = (j + 2..(j + 10).min(n))
                    .take_while(|&k| {
                        !matches!(self.tokens.kind(k), Some(TokenKind::Number { .. }))
                            && !self.tokens.is_punct(k, '.')
                    })
                    .find(|&k| {
                        (matches!(self.word(k), "were" | "was") && self.casualty_word_after(k, &[]))
                            || self.casualty_word_after(k, &["were", "was"])
                    });
                if let Some(k) = verb_next {
                    j = k;
                    continue;
                }
            }
            if self.tokens.is_punct(j, ',') {
                // An appositive or a breakdown between commas, then the verb.
                let close = (j + 1..(j + 10).min(n)).find(|&k| self.tokens.is_punct(k, ','));
                if let Some(close) = close {
                    let plain = (j + 1..close).all(|k| {
                        !matches!(self.tokens.kind(k), Some(TokenKind::Number { .. }))
                            && !self.match_at(k).is_some_and(|m| {
                                self.has_cue(m, |c| {
                                    matches!(c, Cue::Casualty(..) | Cue::Reporting(_))
                                })
                            })
                    });
                    let including = self.match_starting(j + 1).is_some_and(|m| {
                        self.has_cue(m, |c| matches!(c, Cue::Context(ContextWord::Including)))
                    });
                    if plain || including {
                        j = close + 1;
                        continue;
                    }
                }
                return None;
            }
            // "Six militants of the banned Balochistan Liberation Army have been killed".
            if word == "of" {
                let group = (j + 1..(j + 5).min(n)).find(|&k| {
                    self.match_starting(k).is_some_and(|m| {
                        self.has_cue(m, |c| matches!(c, Cue::Actor(..) | Cue::PartyWord(_)))
                    })
                });
                // "of the paramilitary Frontier Corps": articles and adjectives between (a
                // word the lists know only as a noun for people, such as "paramilitary", too).
                let plain = group.is_some_and(|g| {
                    (j + 1..g).all(|k| matches!(self.word(k), "the" | "a") || self.modifier(k))
                });
                if let (Some(g), true) = (group, plain)
                    && let Some(m) = self.match_starting(g)
                {
                    j = self.skip_paren(m.end);
                    continue;
                }
                // "Nine members of a shepherd family were killed": the family they belong to.
                let kin = (j + 1..(j + 5).min(n)).find(|&k| {
                    matches!(
                        self.word(k),
                        "family" | "families" | "household" | "clan" | "tribe"
                    )
                });
                if let Some(k) = kin
                    && (j + 1..k).all(|i| {
                        self.modifier(i)
                            || matches!(self.word(i), "a" | "the" | "one" | "same" | "single")
                    })
                {
                    j = k + 1;
                    continue;
                }
                return None;
            }
            // "Four people belonging to the Mamound peace militia were also killed".
            if word == "belonging" && self.word(j + 1) == "to" {
                let verb = (j + 2..(j + 10).min(n)).find(|&k| {
                    matches!(
                        self.word(k),
                        "were" | "was" | "are" | "is" | "have" | "has" | "had"
                    ) || self.starts_casualty_word(k)
                });
                match verb {
                    Some(k) => {
                        j = k;
                        continue;
                    }
                    None => return None,
                }
            }
            if matches!(word, "who" | "which" | "that") {
                // A relative clause: the verb of the figure comes after it.
                let k = (j + 1..(j + 9).min(n))
                    .take_while(|&k| !matches!(self.tokens.kind(k), Some(TokenKind::Number { .. })))
                    .find(|&k| self.starts_casualty_word(k));
                match k {
                    Some(k) => {
                        j = k;
                        continue;
                    }
                    None => return None,
                }
            }
            // "were engaged and killed" (not "12 people and injured 27").
            if word == "and"
                && j > 0
                && AUXILIARIES.contains(&self.word(j - 1))
                && self.starts_casualty_word(j + 1)
            {
                j += 1;
                continue;
            }
            if word == "and" && self.is_victim_noun_after_adjectives(j + 1).is_some() {
                j = self.is_victim_noun_after_adjectives(j + 1).unwrap_or(j + 1);
                continue;
            }
            if matches!(self.tokens.kind(j), Some(TokenKind::Punct('\'' | '"')))
                || AUXILIARIES.contains(&word)
            {
                j += 1;
                continue;
            }
            // "1,100 suspected terrorists have so far been killed".
            if word == "so" && self.word(j + 1) == "far" {
                j += 2;
                continue;
            }
            return None;
        }
        None
    }

    /// The token after a short bracketed abbreviation at `k` ("(TTP)"), or `k`.
    fn skip_paren(&self, k: usize) -> usize {
        if self.tokens.is_punct(k, '(')
            && let Some(close) =
                (k + 1..(k + 5).min(self.tokens.len())).find(|&c| self.tokens.is_punct(c, ')'))
        {
            return close + 1;
        }
        k
    }

    /// If a victim noun (after adjectives or party words) starts at or just after `k`, the token
    /// after it.
    fn is_victim_noun_after_adjectives(&self, k: usize) -> Option<usize> {
        let mut k = k;
        for _ in 0..4 {
            k = self.skip_paren(k);

            if let Some(m) = self.match_starting(k) {
                if self.has_cue(m, |c| matches!(c, Cue::Victims(..))) {
                    return Some(m.end);
                }
                if self.has_cue(m, |c| matches!(c, Cue::PartyWord(_))) {
                    k = m.end;
                    continue;
                }
                return None;
            }
            let word = self.word(k);
            if self.tokens.kind(k) == Some(TokenKind::Word) && !STOP_WORDS.contains(&word) {
                k += 1;
                continue;
            }
            return None;
        }
        None
    }

    /// "abducted nine passengers … and later killed them": a casualty word with "them" as its
    /// object, further on in the sentence, gives the people counted before it their measure.
    fn measure_of_them(&self, from: usize) -> Option<Measure> {
        (from..(from + 15).min(self.tokens.len())).find_map(|k| {
            let m = self.match_starting(k)?;
            let measure = self.casualty_at(m, CasualtyPosition::Before)?;
            (self.word(m.end) == "them"
                || (self.word(m.end) == "all" && self.word(m.end + 2) == "them"))
                .then_some(measure)
        })
    }

    /// Looks left of token `start` for a casualty word that precedes its number.
    fn measure_before(&self, start: usize) -> Option<Measure> {
        let mut k = start;
        // "killing another 17", "the lives of 23".
        while k > 0
            && matches!(
                self.word(k - 1),
                "another" | "a" | "further" | "total" | "of" | "all"
            )
        {
            if self.word(k - 1) == "of" && self.match_ending(k).is_some() {
                break;
            }
            k -= 1;
        }
        let m = self.match_ending(k)?;
        self.casualty_at(m, CasualtyPosition::Before)
            .or_else(|| self.casualty_at(m, CasualtyPosition::Leaving))
    }

    /// A toll: "the death toll ... rose to 64", "the total number of dead is 46".
    fn measure_toll(&self, start: usize) -> Option<(Measure, bool)> {
        let update = self
            .match_ending(start)
            .is_some_and(|m| self.has_cue(m, |c| matches!(c, Cue::Context(ContextWord::Update))));
        let linking =
            start > 0 && matches!(self.word(start - 1), "is" | "was" | "at" | "to" | "stood");
        if !update && !linking {
            return None;
        }
        let window = if update { 30 } else { 6 };
        let from = start.saturating_sub(window);
        (from..start).rev().find_map(|i| {
            let m = self.match_starting(i)?;
            let measure = self.casualty_at(m, CasualtyPosition::Toll)?;
            // No other number between the toll word and this one.
            let clear = (m.end..start)
                .all(|k| !matches!(self.tokens.kind(k), Some(TokenKind::Number { .. })));
            clear.then_some((measure, update))
        })
    }

    /// Reads a breakdown block after a figure: "(five boys and four girls)", "— nine children and
    /// one woman —", ", including three children". Returns the items and the token after it.
    fn breakdown_block(&self, j: usize) -> Option<(Vec<Item>, usize)> {
        let opens_bracket = self.tokens.is_punct(j, '(') || self.tokens.is_punct(j, '-');
        let including_at = |k: usize| {
            self.match_starting(k).is_some_and(|m| {
                self.has_cue(m, |c| matches!(c, Cue::Context(ContextWord::Including)))
            })
        };
        let mut k = if opens_bracket {
            if including_at(j + 1) {
                self.match_starting(j + 1).map_or(j + 2, |m| m.end)
            } else {
                j + 1
            }
        } else if self.tokens.is_punct(j, ',') && including_at(j + 1) {
            self.match_starting(j + 1).map_or(j + 2, |m| m.end)
        } else if including_at(j) {
            self.match_starting(j).map_or(j + 1, |m| m.end)
        } else {
            return None;
        };
        let mut items = Vec::new();
        let mut last_end = k;
        while k < self.tokens.len() {
            if let Some(number) = self.number(k) {
                let item = self.item(number);
                if !item.noun {
                    break;
                }
                items.push(item);
                k = item.end;
                last_end = k;
                continue;
            }
            if matches!(self.word(k), "and" | ",") {
                k += 1;
                continue;
            }
            break;
        }
        if items.is_empty() {
            return None;
        }
        // Stop after the last item: a trailing "and" belongs to what follows.
        k = last_end;
        let closes = if opens_bracket {
            self.tokens.is_punct(k, ')') || self.tokens.is_punct(k, '-')
        } else {
            self.tokens.is_punct(k, ',')
        };
        if closes {
            k += 1;
        }
        Some((items, k))
    }

    fn figures(&self, out: &mut Vec<Figure>) {
        let mut i = 0;
        while i < self.tokens.len() {
            let Some(number) = self.number(i) else {
                i += 1;
                continue;
            };
            let first = self.item(number);
            let toll_sentence = self.matches.iter().any(|m| {
                self.has_cue(m, |c| {
                    matches!(
                        c,
                        Cue::Context(ContextWord::Update)
                            | Cue::Casualty(_, CasualtyPosition::Toll)
                    )
                })
            });
            if number.value.is_none()
                || (number.weak && !first.noun && !self.another_casualty(number))
                || (first.increment && toll_sentence)
            {
                i = first.end.max(number.end);
                continue;
            }
            // "both civilians and troops were martyred": "both … and" joins two nouns, it counts
            // no one.
            if self.word(number.start) == "both"
                && (number.end..=first.end).any(|k| self.word(k) == "and")
            {
                i = first.end.max(number.end);
                continue;
            }
            // "A tribal elder said that six of the wounded …", "two officials told": people who
            // speak, not a figure.
            if first.noun
                && self
                    .match_starting(first.end)
                    .is_some_and(|m| self.has_cue(m, |c| matches!(c, Cue::Reporting(_))))
            {
                i = first.end.max(number.end);
                continue;
            }
            // "He along with his wife and five other members of the family died": the others
            // are others than the people the sentence names, not more than a figure before.
            if first.additive
                && (1..number.start).any(|k| self.word(k - 1) == "along" && self.word(k) == "with")
            {
                i = first.end.max(number.end);
                continue;
            }
            // "27 of the dead were policemen": a breakdown of the dead.
            if let Some(fig) = self.of_the_dead(first) {
                out.push(fig);
                i = first.end.max(number.end);
                continue;
            }
            // A list of groups joined by "and" or commas.
            let mut items = vec![first];
            let mut j = first.end;
            let mut breakdown_items: Vec<Item> = Vec::new();
            loop {
                if let Some((block, after)) = self.breakdown_block(j) {
                    breakdown_items.extend(block);
                    j = after;
                    continue;
                }
                let mut k = j;
                while matches!(self.word(k), "and" | ",") || self.tokens.is_punct(k, ',') {
                    k += 1;
                }
                if k > j
                    && let Some(next) = self.number(k)
                    && next.value.is_some()
                {
                    let item = self.item(next);
                    if item.noun
                        && !item.additive
                        && !item.increment
                        && items.iter().all(|it| it.noun)
                    {
                        items.push(item);
                        j = item.end;
                        continue;
                    }
                }
                // "10 police and security personnel and 11 civilians": more nouns, no number.
                if self.word(j) == "and"
                    && let Some(after) = self.is_victim_noun_after_adjectives(j + 1)
                    && items.iter().all(|it| it.noun)
                {
                    // The head noun is the last one ("200 Taliban and affiliated militants").
                    if let Some(last) = items.last_mut()
                        && let Some(m) = self.match_at(after - 1)
                        && let Some((group, side)) = Self::victims(m)
                        && group == Group::Combatants
                    {
                        last.group = group;
                        if last.side == Side::Unsaid {
                            last.side = side;
                        }
                    }
                    j = after;
                    continue;
                }
                break;
            }
            // The measure: after the list, before it, a toll, or an adjective.
            let start = items[0].number.start;
            let mut after_measure = j;
            let mut additive_also = false;
            let (measure, breakdown, update) =
                if let Some((m, end, b, also)) = self.measure_after(j) {
                    after_measure = end;
                    additive_also = also;
                    (m, b, false)
                } else if let Some(m) = self.measure_before(start) {
                    (m, false, false)
                } else if let Some((m, u)) = self.measure_toll(start) {
                    (m, false, u)
                } else if let Some((m, breakdown)) = self.included_after_casualty(start) {
                    (m, breakdown, false)
                } else if let Some(m) = items[0].adjective {
                    (m, false, false)
                } else if let Some(m) = self.measure_of_them(j).filter(|_| items[0].noun) {
                    (m, false, false)
                } else {
                    i = j.max(start + 1);
                    continue;
                };
            // A breakdown just after the verb: "Eight people were killed, including three children".
            if after_measure > j
                && let Some((block, _)) = self.breakdown_block(after_measure)
            {
                breakdown_items.extend(block);
            }
            // Items of different sides ("23 Pakistani soldiers and more than 200 Taliban militants")
            // are separate figures.
            let mut sides: Vec<Side> = Vec::new();
            for item in &items {
                if !sides.contains(&item.side) {
                    sides.push(item.side);
                }
            }
            // So are the attackers' dead beside anyone else's ("four soldiers and 12 miscreants").
            let split = sides.len() > 1
                && (sides.iter().filter(|s| **s != Side::Unsaid).count() > 1
                    || sides.contains(&Side::Attackers));
            if split {
                for item in &items {
                    out.push(build_figure(
                        measure,
                        std::slice::from_ref(item),
                        &[],
                        breakdown,
                        update,
                        start..j,
                        false,
                    ));
                }
            } else {
                out.push(build_figure(
                    measure,
                    &items,
                    &breakdown_items,
                    breakdown,
                    update,
                    start..j,
                    additive_also,
                ));
            }
            i = j.max(start + 1);
        }
        // "six attackers were killed and 10 others were injured", "one Taliban fighter was killed,
        // and 10 were wounded": a bare number after a figure of one side counts that side too.
        for k in 1..out.len() {
            let previous = out[k - 1].side;
            if let Some(figure) = out.get_mut(k)
                && figure.bare
                && figure.side == Side::Unsaid
                && figure.groups.is_empty()
            {
                figure.side = previous;
            }
        }
    }

    /// "the dead included four women and one man": a breakdown after "included" (of a figure
    /// told before). After a vague number ("A number of people have been injured which include
    /// 6 children, 2 women and 9 men"), the list is the only figure: its sum is the total.
    fn included_after_casualty(&self, start: usize) -> Option<(Measure, bool)> {
        let m = self.match_ending(start)?;
        if !self.has_cue(m, |c| matches!(c, Cue::Context(ContextWord::Including))) {
            return None;
        }
        // "the deceased also included", "the deceased civilians included".
        let mut end = m.start;
        if end > 0 && self.word(end - 1) == "also" {
            end -= 1;
        }
        if let Some(group) = self.match_ending(end)
            && self.has_cue(group, |c| matches!(c, Cue::Victims(..)))
            && group.start > 0
        {
            end = group.start;
        }
        let casualty = |m: &Match<'_>| {
            m.cues.iter().find_map(|c| match c {
                Cue::Casualty(measure, _) => Some(*measure),
                _ => None,
            })
        };
        // "Those killed in the blast also include a girl": a few plain words between.
        let before = (end.saturating_sub(5)..end)
            .rev()
            .take_while(|&k| self.tokens.kind(k) == Some(TokenKind::Word))
            .filter_map(|k| self.match_ending(k + 1))
            .find(|m| casualty(m).is_some())?;
        let measure = casualty(before)?;
        let vague = (0..before.start).any(|k| {
            self.match_at(k).is_some_and(|n| {
                n.start == k && self.has_cue(n, |c| matches!(c, Cue::Number { value: None, .. }))
            })
        });
        Some((measure, !vague))
    }

    fn of_the_dead(&self, item: Item) -> Option<Figure> {
        let j = item.number.end;
        if self.word(j) != "of" || self.word(j + 1) != "the" {
            return None;
        }
        let m = self.match_starting(j + 2)?;
        let measure = self.casualty_at(m, CasualtyPosition::After)?;
        // The group is the first victim noun after "of the dead", other than "people".
        let group = (m.end..self.tokens.len().min(m.end + 12)).find_map(|k| {
            self.match_starting(k).and_then(|n| {
                n.cues.iter().find_map(|c| match c {
                    Cue::Victims(group, _) if *group != Group::Total => Some(*group),
                    _ => None,
                })
            })
        })?;
        let count = count_of(&item.number)?;
        Some(Figure {
            measure,
            total: None,
            groups: vec![(group, count)],
            side: Side::Unsaid,
            additive: false,
            also: false,
            update: false,
            tokens: item.number.start..m.end,
            bare: false,
        })
    }

    fn speaker(&self) -> Option<Speaker> {
        // Every reporting verb with the speaker it points to, in order.
        let mut found: Vec<(usize, Speaker)> = Vec::new();
        for m in self.matches {
            let Some(side) = m.cues.iter().find_map(|c| match c {
                Cue::Reporting(side) => Some(*side),
                _ => None,
            }) else {
                continue;
            };
            // "ISIS claimed responsibility for the attack": a claim of responsibility attributes
            // the attack, not the sentence's figures.
            if matches!(self.word(m.end), "responsibility" | "credit") {
                continue;
            }
            let comma_before = m.start > 0 && self.tokens.is_punct(m.start - 1, ',');
            let before = || self.speaker_near(m.start, true, 20);
            let after = || self.speaker_near(m.end, false, 8);
            let speaker = match side {
                SpeakerSide::Before => before(),
                SpeakerSide::After => after(),
                SpeakerSide::Both if comma_before => after().or_else(before),
                SpeakerSide::Both => before().or_else(after),
            };
            if let Some(speaker) = speaker {
                found.push((m.start, speaker));
            }
        }
        // A party or body quoted through a medium ("Dawn reported citing the army's media wing",
        // "According to Radio Mashaal, the Taliban claimed") is the voice; then a named speaker
        // over a pronoun.
        let rank = |s: &Speaker| match s.voice {
            Voice::Named(_) => 0,
            Voice::Pronoun => 1,
            Voice::Article => 2,
        };
        found
            .into_iter()
            .min_by_key(|(at, s)| (rank(s), *at))
            .map(|(_, s)| s)
    }

    /// Byte range of tokens `start..end`.
    fn span_of(&self, start: usize, end: usize) -> Range<usize> {
        let from = self.tokens.list.get(start).map_or(0, |t| t.span.start);
        let to = end
            .checked_sub(1)
            .and_then(|e| self.tokens.list.get(e))
            .map_or(from, |t| t.span.end);
        from..to.max(from)
    }

    /// The last party or body named in the sentence (not the article's voice, not a pronoun).
    fn mentioned(&self) -> Option<Speaker> {
        self.matches.iter().find_map(|m| {
            m.cues.iter().find_map(|c| match c {
                Cue::Speaker(voice @ Voice::Named(_)) => Some(Speaker {
                    voice: voice.clone(),
                    name: self.span_of(m.start, m.end),
                }),
                _ => None,
            })
        })
    }

    /// A reference in brackets, "(The Print, 2025)", "(Khattak, 2025)": the article cites a
    /// source, in its own voice.
    fn citation(&self) -> Option<Speaker> {
        let n = self.tokens.len();
        for i in 0..n {
            if !self.tokens.is_punct(i, '(') {
                continue;
            }
            let close = (i + 1..(i + 10).min(n)).find(|&k| self.tokens.is_punct(k, ')'))?;
            let year = (i + 1..close).any(|k| {
                let w = self.word(k);
                let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
                digits.len() == 4 && digits.starts_with("20")
            });
            let named = (i + 1..close).any(|k| {
                self.tokens.kind(k) == Some(TokenKind::Word) && !self.word(k).starts_with("20")
            });
            if year && named {
                let name = self.span_of(i + 1, close);
                return Some(Speaker {
                    voice: Voice::Article,
                    name,
                });
            }
        }
        None
    }

    /// Whether the tokens before `end` are a dateline: a colon follows within the sentence's
    /// first six tokens, after names and brackets only ("ISLAMABAD:", "Islamabad (Pakistan):").
    fn in_dateline(&self, end: usize) -> bool {
        // "Islamabad (Pakistan):", and the agencies' "PESHAWAR, Pakistan --" or "KABUL, Afghanistan —".
        let Some(colon) = (end..self.tokens.len().min(6)).find(|&k| {
            self.tokens.is_punct(k, ':')
                || self.tokens.is_punct(k, '\u{2014}')
                || (self.tokens.is_punct(k, '-') && self.tokens.is_punct(k + 1, '-'))
        }) else {
            return false;
        };
        (0..colon).all(|k| {
            self.tokens.is_punct(k, '(')
                || self.tokens.is_punct(k, ')')
                || self.tokens.is_punct(k, '/')
                || self.tokens.is_punct(k, ',')
                || (self.tokens.kind(k) == Some(TokenKind::Word)
                    && !self
                        .match_at(k)
                        .is_some_and(|m| self.has_cue(m, |c| matches!(c, Cue::Reporting(_)))))
        })
    }

    /// "Earlier, the ISPR had said …": the word "earlier" opening the sentence, then a party and
    /// its reporting verb.
    fn earlier_statement(&self, m: &Match<'_>) -> bool {
        if m.start != 0 || m.end != 1 || self.word(0) != "earlier" {
            return false;
        }
        let mut start = if self.tokens.is_punct(1, ',') { 2 } else { 1 };
        if self.word(start) == "the" {
            start += 1;
        }
        let Some(speaker) = self.match_starting(start) else {
            return false;
        };
        let named = self.has_cue(speaker, |c| matches!(c, Cue::Speaker(Voice::Named(_))));
        named
            && (speaker.end..(speaker.end + 3).min(self.tokens.len())).any(|k| {
                self.match_at(k)
                    .is_some_and(|r| self.has_cue(r, |c| matches!(c, Cue::Reporting(_))))
            })
    }

    /// The nearest speaker phrase before (`left`) or after token `from`, within `window` tokens.
    fn speaker_near(&self, from: usize, left: bool, window: usize) -> Option<Speaker> {
        let at = |k: usize| -> Option<Speaker> {
            let m = self.match_at(k)?;
            m.cues.iter().find_map(|cue| match cue {
                Cue::Speaker(voice) => Some(Speaker {
                    voice: voice.clone(),
                    name: self.span_of(m.start, m.end),
                }),
                _ => None,
            })
        };
        // "Naqvi, while briefing the media outside the court, said": the media are the
        // audience, not the speaker.
        let audience = |k: usize| {
            self.match_at(k).is_some_and(|m| {
                (m.start.saturating_sub(2)..m.start).any(|i| {
                    matches!(
                        self.word(i),
                        "briefing" | "addressing" | "informing" | "telling" | "told"
                    )
                })
            })
        };
        if left {
            let found = (from.saturating_sub(window)..from)
                .rev()
                .find_map(|k| at(k).filter(|_| !audience(k)).map(|s| (k, s)));
            // "Zhob Deputy Commissioner Azeem Kakar said": the official's title says whose voice
            // the name speaks in, over a namesake's in the list (a caretaker prime minister).
            // Only a title right before the name ("an official with the Ministry", "local media
            // outlets, the military" are two speakers).
            let joined = |from: usize, to: usize| {
                (from..to).all(|i| match self.tokens.kind(i) {
                    Some(TokenKind::Punct(c)) => matches!(c, '(' | ')'),
                    _ => !matches!(
                        self.word(i),
                        "with"
                            | "of"
                            | "from"
                            | "at"
                            | "for"
                            | "and"
                            | "the"
                            | "a"
                            | "an"
                            | "in"
                            | "to"
                            | "by"
                            | "said"
                            | "told"
                            | "says"
                    ),
                })
            };
            found.map(|(k, s)| {
                let title = (k.saturating_sub(4)..k).rev().find_map(|j| {
                    let m = self.match_at(j)?;
                    at(j).filter(|t| {
                        t.voice == Voice::Article
                            && s.voice != Voice::Article
                            && m.end <= k
                            && joined(m.end, k)
                    })
                });
                title.unwrap_or(s)
            })
        } else {
            (from..(from + window).min(self.tokens.len())).find_map(at)
        }
    }

    /// Whether token `at` is in a relative clause opened by "whose" (back to the clause's
    /// punctuation).
    fn in_whose_clause(&self, at: usize) -> bool {
        (0..at)
            .rev()
            .take_while(|&k| !matches!(self.tokens.kind(k), Some(TokenKind::Punct(_))))
            .any(|k| self.word(k) == "whose")
    }

    fn events_and_actors(&self, facts: &mut Facts, background_from: usize) {
        let mut actors: Vec<(Party, ActorKind, Range<usize>)> = Vec::new();
        let mut denial = false;
        let mut responsibility_at: Option<usize> = None;
        for m in self.matches {
            for cue in m.cues {
                match cue {
                    Cue::Event(word, _) if m.start >= background_from => {
                        facts.background_events.push(*word);
                    }
                    Cue::Actor(..) if m.start >= background_from => {}
                    // "Militants armed with rockets, guns and grenades": what they carried, not
                    // what happened.
                    // "premature to say whether the blast was carried out by a suicide bomber":
                    // a kind of event asked about, not told.
                    Cue::Event(..)
                        if (m.start.saturating_sub(8)..m.start)
                            .any(|k| self.word(k) == "whether") => {}
                    // "militants whose cross-border attacks have led to a spike in violence": what
                    // a group is known for, not an event told.
                    Cue::Event(..) if self.in_whose_clause(m.start) => {}
                    // "four terrorists including a suicide bomber were killed": one of the dead,
                    // not the kind of event.
                    Cue::Event(EventWord::Type(EventType::SuicideBombing), _)
                        if (m.start.saturating_sub(3)..m.start)
                            .any(|k| matches!(self.word(k), "including" | "among")) => {}
                    Cue::Event(EventWord::Type(EventType::Shelling | EventType::Bombing), _)
                        if (m.start.saturating_sub(6)..m.start)
                            .any(|k| self.word(k) == "armed" && self.word(k + 1) == "with") => {}
                    Cue::Event(word, strength) => facts.events.push(EventCue {
                        word: *word,
                        strength: *strength,
                        token: m.start,
                    }),
                    // "Islamabad (Pakistan): …": a dateline names where the story was filed.
                    Cue::Actor(..) if self.in_dateline(m.end) => {}
                    Cue::Actor(party, kind) => actors.push((*party, *kind, m.start..m.end)),
                    Cue::Context(ContextWord::Denial) => denial = true,
                    _ => {}
                }
            }
        }
        for i in 0..self.tokens.len() {
            let w = self.word(i);
            if (w == "claimed" || w == "claiming" || w == "claim")
                && matches!(self.word(i + 1), "responsibility" | "the" | "it" | "credit")
                && (self.word(i + 1) != "the"
                    || matches!(
                        self.word(i + 2),
                        "attack" | "attacks" | "blast" | "bombing" | "explosion"
                    ))
            {
                responsibility_at = Some(i);
            }
            if w == "responsibility" && self.word(i + 1) == "for" && responsibility_at.is_none() {
                responsibility_at = Some(i);
            }
        }
        if let Some(at) = responsibility_at {
            let negated = (at.saturating_sub(4)..at)
                .any(|k| matches!(self.word(k), "no" | "not" | "yet" | "none"));
            if negated {
                facts.unclaimed = true;
            } else if let Some((party, _, _)) =
                actors.iter().find(|(_, kind, _)| *kind == ActorKind::Group)
            {
                facts.responsibility = Some(*party);
                // "for a raid on an outpost", "for several attacks": not the one just told.
                facts.responsibility_elsewhere = (at..(at + 4).min(self.tokens.len()))
                    .find(|&k| self.word(k) == "for")
                    .is_some_and(|k| {
                        matches!(
                            self.word(k + 1),
                            "a" | "an"
                                | "another"
                                | "several"
                                | "many"
                                | "multiple"
                                | "numerous"
                                | "previous"
                                | "earlier"
                                | "past"
                                | "dozens"
                        )
                    });
            }
        }
        // "attributed the attack to the Hafiz Gul Bahadur group", "orchestrated and directed by
        // Khwarij ring leaders": the text, or a voice in it, names who did it.
        if facts.responsibility.is_none() && !facts.unclaimed {
            facts.responsibility = actors.iter().find_map(|(party, kind, range)| {
                let before = |k: usize| self.word(k);
                let mut k = range.start;
                if k > 0 && before(k - 1) == "the" {
                    k -= 1;
                }
                let preposition = k.checked_sub(1).map(before);
                let attributed = preposition.is_some_and(|w| w == "to" || w == "on")
                    && (0..k).any(|i| {
                        matches!(before(i), "attributed" | "attributes" | "blamed" | "blames")
                    });
                let done_by = preposition == Some("by")
                    && (k.saturating_sub(5)..k).any(|i| {
                        matches!(
                            before(i),
                            "orchestrated"
                                | "directed"
                                | "masterminded"
                                | "perpetrated"
                                | "planned"
                                | "carried"
                        )
                    });
                (*kind == ActorKind::Group && (attributed || done_by)).then_some(*party)
            });
        }
        if denial {
            facts.denied = actors.iter().map(|(p, _, _)| *p).collect();
            return;
        }
        // "affiliated with the Hafiz Gul Bahadur Group", "belonging to the BLA".
        for (party, kind, range) in &actors {
            if *kind == ActorKind::Group
                && (range.start.saturating_sub(4)..range.start).any(|k| {
                    matches!(
                        self.word(k),
                        "affiliated" | "belonging" | "belonged" | "belongs" | "linked"
                    )
                })
            {
                facts.affiliations.push(*party);
            }
        }
        // "Afghan border forces killed six civilians": the actor of a killing, even with no event
        // word (not "Pakistan reported killing", not "security forces killed six militants").
        for (party, kind, range) in &actors {
            if *kind == ActorKind::Forces || range.start >= background_from {
                continue;
            }
            let Some(verb) = self.match_starting(range.end) else {
                continue;
            };
            if self.casualty_at(verb, CasualtyPosition::Before).is_none() {
                continue;
            }
            let Some(number) = self.number(verb.end) else {
                continue;
            };
            let victims = self.item(number);
            let preceded_by_number = range.start > 0
                && matches!(
                    self.tokens.kind(range.start - 1),
                    Some(TokenKind::Number { .. })
                );
            if victims.group == Group::Combatants
                || victims.side == Side::Attackers
                || preceded_by_number
            {
                continue;
            }
            facts.actors.push(ActorCue {
                party: *party,
                kind: *kind,
                distance: 0,
            });
        }
        // "Mujahid accused Pakistani forces of carrying out attacks": whom a voice accuses of
        // the sentence's event.
        if !facts.events.is_empty() {
            for (party, kind, range) in &actors {
                if *kind != ActorKind::Forces
                    && range.start > 0
                    && matches!(self.word(range.start - 1), "accused" | "blamed")
                    && self.word(range.end) == "of"
                {
                    facts.actors.push(ActorCue {
                        party: *party,
                        kind: *kind,
                        distance: 0,
                    });
                }
            }
        }
        let reporting_between = |a: usize, b: usize| {
            (a.min(b)..a.max(b)).any(|k| {
                self.match_at(k)
                    .is_some_and(|m| self.has_cue(m, |c| matches!(c, Cue::Reporting(_))))
            })
        };
        for event in &facts.events {
            // "Pakistan and Afghanistan traded fire": an exchange has two sides, neither named
            // as the one that started it.
            if event.word == EventWord::Exchange {
                continue;
            }
            for (party, kind, range) in &actors {
                // "Pakistan Army soldiers", "Afghan civilians": a victim, not an actor. But
                // "Daesh militants detonated a device": a group's own fighters, acting.
                let group_acting = *kind == ActorKind::Group
                    && event.token > range.end
                    && event.token <= range.end + 2;
                if self.is_victim_noun(range.end) && *kind != ActorKind::Unknown && !group_acting {
                    continue;
                }
                let distance = if range.end <= event.token {
                    if reporting_between(range.end, event.token) {
                        continue;
                    }
                    // "Pakistan responded to unprovoked firing from the Afghan side": the
                    // responder is not who fired.
                    if (range.end..event.token).any(|k| {
                        matches!(
                            self.word(k),
                            "responded" | "responding" | "retaliated" | "retaliating" | "reacted"
                        )
                    }) {
                        continue;
                    }
                    let d = event.token - range.end;
                    if d > 6 {
                        continue;
                    }
                    d
                } else if range.start > event.token {
                    let linked = (range.start.saturating_sub(2)..range.start)
                        .any(|k| LINKING.contains(&self.word(k)));
                    let by = (event.token..range.start).any(|k| self.word(k) == "by");
                    if !linked && !by {
                        continue;
                    }
                    let d = range.start - event.token;
                    if d > if by { 16 } else { 6 } {
                        continue;
                    }
                    d
                } else {
                    0
                };
                facts.actors.push(ActorCue {
                    party: *party,
                    kind: *kind,
                    distance,
                });
            }
        }
    }

    fn dates(&self, facts: &mut Facts) {
        let n = self.tokens.len();
        let mut consumed: Vec<Range<usize>> = Vec::new();
        let mut i = 0;
        while i < n {
            let Some(m) = self.match_starting(i) else {
                i += 1;
                continue;
            };
            let Some(word) = m.cues.iter().find_map(|c| match c {
                Cue::Date(word) => Some(*word),
                _ => None,
            }) else {
                i = m.end;
                continue;
            };
            let (cue, end) = match word {
                DateWord::Month(month) => {
                    // "Dec. 5": the abbreviation's full stop.
                    let m_end = if self.tokens.is_punct(m.end, '.')
                        && self.day_number(m.end + 1).is_some()
                    {
                        m.end + 1
                    } else {
                        m.end
                    };
                    let day_after = self.day_number(m_end);
                    let day_before = i.checked_sub(1).and_then(|k| self.day_number(k));
                    let (day, mut end) = match (day_after, day_before) {
                        (Some(d), _) => (Some(d), m_end + 1),
                        (None, Some(d)) => (Some(d), m.end),
                        (None, None) => (None, m.end),
                    };
                    if self.tokens.is_punct(end, ',') && self.year_at(end + 1).is_some() {
                        end += 1;
                    }
                    let year = self.year_at(end);
                    if year.is_some() {
                        end += 1;
                    }
                    let preceded = i > 0
                        && matches!(
                            self.word(i - 1),
                            "in" | "last" | "early" | "late" | "mid" | "this" | "of" | "since"
                        );
                    match (day, year) {
                        (Some(day), year) => (Some(DateWordAt::Day { month, day, year }), end),
                        (None, Some(year)) => (
                            Some(DateWordAt::Month {
                                month,
                                year: Some(year),
                            }),
                            end,
                        ),
                        (None, None) if preceded && self.word(i) != "may" => {
                            (Some(DateWordAt::Month { month, year: None }), end)
                        }
                        _ => (None, end),
                    }
                }
                DateWord::Weekday(d) => (Some(DateWordAt::Weekday(d)), m.end),
                DateWord::DaysAgo(d) => (Some(DateWordAt::DaysAgo(d)), m.end),
                DateWord::WeekAgo => (Some(DateWordAt::WeekAgo), m.end),
                DateWord::SameDay => (Some(DateWordAt::SameDay), m.end),
            };
            if let Some(word) = cue {
                consumed.push(i..end);
                let statement = self.is_statement_date(i, end);
                facts.dates.push(DateCue {
                    word,
                    statement,
                    token: i,
                });
            }
            i = end.max(i + 1);
        }
        // A year alone: "in 2017", "since 2022".
        for k in 0..n {
            if let Some(TokenKind::Number { value, .. }) = self.tokens.kind(k)
                && (1990..=2100).contains(&value)
                && k > 0
                && matches!(self.word(k - 1), "in" | "since" | "of" | "during")
                && !consumed.iter().any(|r| r.contains(&k))
                && let Ok(year) = i16::try_from(value)
            {
                facts.dates.push(DateCue {
                    word: DateWordAt::Year(year),
                    statement: false,
                    token: k,
                });
            }
        }
        facts.dates.sort_by_key(|d| d.token);
        // "between February 26 and March 2", "from … to …": a span of days, a tally.
        for pair in facts.dates.windows(2) {
            let (a, b) = (pair[0].token, pair[1].token);
            let joined = (a..b).any(|k| matches!(self.word(k), "and" | "to"));
            let opened = a > 0 && matches!(self.word(a - 1), "between" | "from");
            if joined && opened && b - a <= 6 {
                facts.span_of_days = true;
            }
        }
    }

    fn day_number(&self, i: usize) -> Option<u8> {
        let word = self.word(i);
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        let rest = &word[digits.len()..];
        if digits.is_empty() || !(rest.is_empty() || matches!(rest, "st" | "nd" | "rd" | "th")) {
            // "25-26" ranges are Number tokens with a high end; take the first day.
            if let Some(TokenKind::Number { value, .. }) = self.tokens.kind(i) {
                return u8::try_from(value).ok().filter(|d| (1..=31).contains(d));
            }
            return None;
        }
        digits.parse::<u8>().ok().filter(|d| (1..=31).contains(d))
    }

    fn year_at(&self, i: usize) -> Option<i16> {
        match self.tokens.kind(i)? {
            TokenKind::Number { value, .. } if (1900..=2100).contains(&value) => {
                i16::try_from(value).ok()
            }
            _ => None,
        }
    }

    /// Whether the date at tokens `start..end` dates a statement: a reporting verb or a toll
    /// update just before or after it ("said on Sunday", "on Sunday said", "rose to 45 on Monday").
    fn is_statement_date(&self, start: usize, end: usize) -> bool {
        // "Sunday's bombing", "Saturday's pre-dawn air assault": the event's own day.
        if self.word(end) == "'s" {
            return false;
        }
        // A dateline: "KABUL, Oct 18 (NNN-BNA)", "ISLAMABAD, Aug 31 (KUNA) --", "Lower Kurram,
        // November 21, 2024–", "Islamabad [Pakistan], August 1 (ANI):".
        if start <= 6
            && (0..start).any(|k| self.tokens.is_punct(k, ','))
            && (self.tokens.is_punct(end, '(')
                || self.tokens.is_punct(end, '-')
                || self.tokens.is_punct(end, ':'))
        {
            return true;
        }
        let is_reporting = |k: usize| {
            self.match_at(k).is_some_and(|m| {
                self.has_cue(m, |c| {
                    matches!(c, Cue::Reporting(SpeakerSide::Before | SpeakerSide::Both))
                })
            })
        };
        let reporting_or_update = |k: usize| {
            self.match_at(k).is_some_and(|m| {
                self.has_cue(m, |c| {
                    matches!(c, Cue::Reporting(_) | Cue::Context(ContextWord::Update))
                })
            })
        };
        let before = (start.saturating_sub(3)..start)
            .any(|k| reporting_or_update(k) && !self.blocked(k, start));
        // "released in a statement by the Inter-Services Public Relations (ISPR) on Saturday":
        // back over "on", the speaker, brackets and "by" to a reporting word.
        let by_speaker = {
            let mut k = start;
            let mut speaker = false;
            while k > 0 && k + 12 > start {
                if let Some(m) = self.match_ending(k)
                    && self.has_cue(m, |c| matches!(c, Cue::Speaker(_)))
                {
                    speaker = true;
                    k = m.start;
                } else if self.tokens.is_punct(k - 1, '(')
                    || self.tokens.is_punct(k - 1, ')')
                    || matches!(self.word(k - 1), "on" | "the" | "by")
                {
                    k -= 1;
                } else {
                    break;
                }
            }
            speaker
                && self
                    .match_ending(k)
                    .is_some_and(|m| self.has_cue(m, |c| matches!(c, Cue::Reporting(_))))
        };
        let before = before || by_speaker;
        // "on Sunday said"; "On December 25, 2024, the Taliban government reported".
        let mut k = end;
        while k < self.tokens.len()
            && (self.tokens.is_punct(k, ',')
                || self
                    .match_at(k)
                    .is_some_and(|m| self.has_cue(m, |c| matches!(c, Cue::Speaker(_))))
                || self.word(k) == "the")
            && k < end + 6
        {
            k += 1;
        }
        let after = is_reporting(k) && (k == end || !self.tokens.is_punct(end, ','));
        let after = after || (k > end && is_reporting(k) && start <= 2);
        // "rose to 45 on Monday".
        let toll = (start.saturating_sub(4)..start).any(|k| {
            self.match_at(k).is_some_and(|m| {
                self.has_cue(m, |c| matches!(c, Cue::Context(ContextWord::Update)))
            })
        });
        before || after || toll
    }

    /// Whether something other than "on", "late", "early" stands between a verb and a date.
    fn blocked(&self, verb: usize, date: usize) -> bool {
        let after_verb = self.match_at(verb).map_or(verb + 1, |m| m.end);
        (after_verb..date).any(|k| {
            !matches!(
                self.word(k),
                "on" | "late" | "early" | "this" | "in" | "a" | "statement"
            )
        })
    }
}

fn count_of(number: &NumberRead) -> Option<Count> {
    let value = number.value?;
    if let Some(high) = number.high {
        return Count::range(value.min(high), value.max(high)).ok();
    }
    Some(match number.qualifier {
        None => Count::exact(value),
        Some(QualifierWord::AtLeast) => Count::at_least(value),
        Some(QualifierWord::MoreThan) => Count::at_least(value.saturating_add(1)),
        Some(QualifierWord::AtMost) => Count::at_most(value),
        Some(QualifierWord::LessThan) => Count::at_most(value.saturating_sub(1)),
        Some(QualifierWord::Approx) => Count::approx(value),
    })
}

/// Adds counts: the sum keeps the loosest qualifier (an "at least" part makes the sum "at least").
fn add_counts(a: Count, b: Count) -> Count {
    let value = a.nominal().saturating_add(b.nominal());
    use crate::output::Qualifier as Q;
    match (Q::of(a), Q::of(b)) {
        (Q::Approx, _) | (_, Q::Approx) => Count::approx(value),
        (Q::AtLeast, _) | (_, Q::AtLeast) => Count::at_least(value),
        (Q::AtMost, _) | (_, Q::AtMost) => Count::at_most(value),
        _ => Count::exact(value),
    }
}

fn build_figure(
    measure: Measure,
    items: &[Item],
    breakdown_items: &[Item],
    breakdown: bool,
    update: bool,
    tokens: Range<usize>,
    also: bool,
) -> Figure {
    let mut groups: Vec<(Group, Count)> = Vec::new();
    let add_group = |group: Group, count: Count, groups: &mut Vec<(Group, Count)>| {
        if group == Group::Total {
            return;
        }
        match groups.iter_mut().find(|(g, _)| *g == group) {
            Some((_, c)) => *c = add_counts(*c, count),
            None => groups.push((group, count)),
        }
    };
    let mut total: Option<Count> = None;
    for item in items {
        let Some(count) = count_of(&item.number) else {
            continue;
        };
        add_group(item.group, count, &mut groups);
        total = Some(match total {
            None => count,
            Some(t) => add_counts(t, count),
        });
    }
    // A breakdown of one figure: its groups, unless the figure itself is that group.
    let mut breakdown_groups: Vec<(Group, Count)> = Vec::new();
    for item in breakdown_items {
        if let Some(count) = count_of(&item.number) {
            add_group(item.group, count, &mut breakdown_groups);
        }
    }
    for (group, count) in breakdown_groups {
        if !groups.iter().any(|(g, _)| *g == group) {
            groups.push((group, count));
        }
    }
    let side = items
        .iter()
        .map(|it| it.side)
        .find(|s| *s != Side::Unsaid)
        .unwrap_or(Side::Unsaid);
    Figure {
        measure,
        total: if breakdown { None } else { total },
        groups,
        side,
        additive: items.len() == 1 && (items[0].additive || also),
        also,
        update,
        tokens,
        bare: items.len() == 1 && (!items[0].noun || items[0].additive),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Qualifier;
    use crate::lexicon::Language;

    fn facts(text: &str) -> Facts {
        let mut tokens = Tokens::default();
        tokens.fill(text, 0..text.len());
        analyse(Lexicon::get(Language::English), &tokens)
    }

    fn figure_summary(f: &Figure) -> String {
        let total = f.total.map_or("-".to_owned(), |c| c.to_string());
        let groups: Vec<String> = f
            .groups
            .iter()
            .map(|(g, c)| format!("{}={c}", g.as_str()))
            .collect();
        format!("{} {total} [{}]", f.measure.as_str(), groups.join(","))
    }

    fn summaries(text: &str) -> Vec<String> {
        facts(text).figures.iter().map(figure_summary).collect()
    }

    #[test]
    fn numbers_in_digits_and_words_with_their_qualifiers() {
        assert_eq!(
            summaries("At least 47 people were killed."),
            ["killed ≥47 []"]
        );
        assert_eq!(
            summaries("Forty-one civilians were killed and 22 others were wounded."),
            ["killed 41 [civilians=41]", "injured 22 []"]
        );
        assert_eq!(
            summaries("more than 200 Taliban soldiers were killed"),
            ["killed ≥201 [security_forces=≥201]"]
        );
        assert_eq!(summaries("up to 10 people died"), ["killed ≤10 []"]);
        assert_eq!(summaries("a dozen were injured"), ["injured 12 []"]);
        assert_eq!(
            summaries("dozens were killed and 5 injured"),
            ["injured 5 []"]
        );
        assert_eq!(summaries("some 30 people were hurt"), ["injured ~30 []"]);
    }

    #[test]
    fn casualty_words_before_and_after_and_tolls() {
        assert_eq!(
            summaries("killing nine children and a woman"),
            ["killed 10 [children=9,women=1]"]
        );
        assert_eq!(
            summaries("martyring 44 worshippers and injuring more than 157 others"),
            ["killed 44 [civilians=44]", "injured ≥158 []"]
        );
        assert_eq!(
            summaries(
                "The death toll in the bombing has climbed to 64 after more bodies were found."
            ),
            ["killed 64 []"]
        );
        assert_eq!(
            summaries("five individuals lost their lives and six others sustained injuries"),
            ["killed 5 []", "injured 6 []"]
        );
        assert_eq!(
            summaries("six bodies and 20 injured were brought to the hospital"),
            ["killed 6 []", "injured 20 []"]
        );
    }

    #[test]
    fn victim_groups_lists_and_breakdowns() {
        assert_eq!(
            summaries("at least eight civilians—five women and three children—in Khost"),
            Vec::<String>::new()
        );
        assert_eq!(
            summaries("killed at least eight civilians—five women and three children—in Khost"),
            ["killed ≥8 [civilians=≥8,women=5,children=3]"]
        );
        assert_eq!(
            summaries(
                "At least 17 civilians, including 11 children, were killed and five others wounded"
            ),
            ["killed ≥17 [civilians=≥17,children=11]", "injured 5 []"]
        );
        assert_eq!(
            summaries("five children and three women were among those killed"),
            ["killed - [children=5,women=3]"]
        );
        assert_eq!(
            summaries("Twenty-seven of the dead people were said to be policemen."),
            ["killed - [security_forces=27]"]
        );
        assert_eq!(
            summaries(
                "Two civilians died and 10 others, including three Pakistan Army soldiers, were injured"
            ),
            ["killed 2 [civilians=2]", "injured 10 [security_forces=3]"]
        );
    }

    #[test]
    fn sides_of_the_dead() {
        let f = facts(
            "The Taliban claimed to have killed 58 Pakistani soldiers while losing 9 of their own.",
        );
        let sides: Vec<Side> = f.figures.iter().map(|f| f.side).collect();
        assert_eq!(sides, [Side::Party(Party::Pak), Side::Own]);
        let f = facts("Six militants who stormed the building were killed.");
        assert_eq!(f.figures[0].side, Side::Attackers);
    }

    #[test]
    fn dates_times_and_years_are_not_counts() {
        assert!(summaries("On December 24, 2024, at 3:00 am, the strikes hit in 2024.").is_empty());
        assert!(summaries("killed on 25 November").is_empty());
    }

    #[test]
    fn speakers_before_and_after_reporting_verbs() {
        let speaker = |t: &str| {
            facts(t)
                .speaker
                .map(|s| (s.voice, t[s.name].to_lowercase()))
        };
        assert_eq!(
            speaker("Nine died, Taliban spokesman Zabihullah Mujahid said."),
            Some((
                Voice::Named("TALIBAN".into()),
                "zabihullah mujahid".to_owned()
            ))
        );
        assert_eq!(
            speaker("Pakistan's air strikes killed 46 people, said a Taliban spokesman."),
            Some((
                Voice::Named("TALIBAN".into()),
                "taliban spokesman".to_owned()
            ))
        );
        assert_eq!(
            speaker("Six died, according to the Inter-Services Public Relations (ISPR)."),
            Some((
                Voice::Named("PAK".into()),
                "inter-services public relations".into()
            ))
        );
        assert_eq!(
            speaker("“Six died,” he said.").map(|s| s.0),
            Some(Voice::Pronoun)
        );
        assert_eq!(
            speaker("Police said 12 died.").map(|s| s.0),
            Some(Voice::Article)
        );
        assert_eq!(
            speaker("Mujahid told AFP that 46 died.").map(|s| s.0),
            Some(Voice::Named("TALIBAN".into()))
        );
    }

    #[test]
    fn actors_linked_to_event_words_and_responsibility() {
        let f = facts("Pakistani airstrikes hit Khost.");
        assert!(f.actors.iter().any(|a| a.party == Party::Pak));
        let f = facts("The Baloch Liberation Army claimed responsibility for the attack.");
        assert_eq!(f.responsibility, Some(Party::Bla));
        let f = facts("No group has claimed responsibility for the attack.");
        assert!(f.unclaimed);
        let f = facts("The banned TTP denied it had carried out the attack.");
        assert_eq!(f.denied, [Party::Ttp]);
        assert!(f.actors.is_empty());
        let f = facts("heavy firing by Afghan border forces");
        assert!(f.actors.iter().any(|a| a.party == Party::Taliban));
    }

    #[test]
    fn dates_of_events_and_of_statements() {
        let f = facts("The strikes on Tuesday killed nine, officials said on Wednesday.");
        let dates: Vec<(DateWordAt, bool)> =
            f.dates.iter().map(|d| (d.word, d.statement)).collect();
        assert_eq!(
            dates,
            [
                (DateWordAt::Weekday(2), false),
                (DateWordAt::Weekday(3), true)
            ]
        );
        let f = facts(
            "On December 24, 2024, and on 25 November, and in April 2022, in March, in 2017.",
        );
        let words: Vec<DateWordAt> = f.dates.iter().map(|d| d.word).collect();
        assert_eq!(
            words,
            [
                DateWordAt::Day {
                    month: 12,
                    day: 24,
                    year: Some(2024)
                },
                DateWordAt::Day {
                    month: 11,
                    day: 25,
                    year: None
                },
                DateWordAt::Month {
                    month: 4,
                    year: Some(2022)
                },
                DateWordAt::Month {
                    month: 3,
                    year: None
                },
                DateWordAt::Year(2017),
            ]
        );
        assert!(facts("between February 26 and March 2, 42 were killed").span_of_days);
        assert!(facts("Pakistan on Sunday said six were killed").dates[0].statement);
    }

    #[test]
    fn qualifiers_are_kept() {
        let f = facts("at least nine were killed");
        assert_eq!(
            f.figures[0].total.map(Qualifier::of),
            Some(Qualifier::AtLeast)
        );
    }
}
