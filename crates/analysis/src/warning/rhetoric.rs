//! Rhetoric: officials' statements scored for hostility with a word list anyone can read.
//!
//! The words live in `lexicon/<language>/rhetoric.tsv` (term, category, weight, why), compiled in.
//! A statement's score is the sum of the weights of the terms found in it: threats of force,
//! dehumanising terms, war framing and accusations count up; calls to de-escalate count down. The
//! score comes with every match — where it is in the text, the words as written, the term and
//! its reason — so a page can show which words counted and a reader can disagree with any of them.
//!
//! Matching is on whole words, lower case, longest term first; a term ending in `*` matches any
//! ending. When a statement is a paraphrase (`verbatim` false), only the words inside quotation
//! marks are the speaker's own: they count in full, the reporter's words around them count half.
//!
//! What this does not do: it reads no negation ("we do not want war" counts "war"), no irony and
//! no context; it knows English only. The score says which words were used, not what was meant.

use std::collections::BTreeMap;
use std::fmt;

use model::{Date, Statement, StatementId};
use serde::Serialize;

use super::FullRecord;
use super::week::monday_of;

/// What a term signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// A threat of force or retaliation.
    ThreatOfForce,
    /// Language that casts the other side as less than human, or as no legitimate authority.
    Dehumanising,
    /// Framing the relation or an act as war, invasion or aggression.
    WarFraming,
    /// Blame and denunciation.
    Accusation,
    /// Calls to restraint, dialogue, peace: counts against hostility.
    DeEscalation,
}

impl Category {
    /// Every category, in the order pages list them.
    pub const ALL: [Category; 5] = [
        Category::ThreatOfForce,
        Category::Dehumanising,
        Category::WarFraming,
        Category::Accusation,
        Category::DeEscalation,
    ];

    /// The name used in the word lists and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::ThreatOfForce => "threat_of_force",
            Category::Dehumanising => "dehumanising",
            Category::WarFraming => "war_framing",
            Category::Accusation => "accusation",
            Category::DeEscalation => "de_escalation",
        }
    }

    /// The name for people.
    pub fn label(self) -> &'static str {
        match self {
            Category::ThreatOfForce => "threat of force",
            Category::Dehumanising => "dehumanising",
            Category::WarFraming => "war framing",
            Category::Accusation => "accusation",
            Category::DeEscalation => "de-escalation",
        }
    }

    fn parse(text: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// The languages there is a word list for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    /// English (`lexicon/en/rhetoric.tsv`).
    #[default]
    English,
}

impl Language {
    fn word_list(self) -> &'static str {
        match self {
            Language::English => include_str!("../../lexicon/en/rhetoric.tsv"),
        }
    }
}

/// One term of a word list.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// The term as the list writes it ("tails between the legs", "obliterat*").
    pub text: String,
    /// Its words, lower case; the last one is a prefix when `open_ended`.
    words: Vec<String>,
    /// Whether the last word matches any ending (`*`).
    open_ended: bool,
    /// What it signals.
    pub category: Category,
    /// What one occurrence adds.
    pub weight: f64,
    /// Why, in one line.
    pub why: String,
}

impl Term {
    /// Whether the term matches the tokens starting at `tokens[0]`.
    fn matches(&self, tokens: &[Token]) -> bool {
        if tokens.len() < self.words.len() {
            return false;
        }
        let last = self.words.len() - 1;
        self.words.iter().enumerate().all(|(n, word)| {
            let token = &tokens[n].lower;
            if n == last && self.open_ended {
                token.starts_with(word.as_str())
            } else {
                token == word
            }
        })
    }
}

/// A word list that could not be read: which line, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    /// The line (from 1).
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "rhetoric word list, line {}: {}",
            self.line, self.message
        )
    }
}

impl std::error::Error for LexiconError {}

/// A parsed word list, longest terms first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lexicon {
    terms: Vec<Term>,
}

impl Lexicon {
    /// The compiled-in word list of a language. (The lists are checked by a test, so the error
    /// cannot happen in a released build; it is returned rather than hidden.)
    pub fn of(language: Language) -> Result<Lexicon, LexiconError> {
        Lexicon::parse(language.word_list())
    }

    /// The English word list.
    pub fn english() -> Result<Lexicon, LexiconError> {
        Lexicon::of(Language::English)
    }

    /// Reads a word list: `term<TAB>category<TAB>weight<TAB>why` per line, `#` for comments.
    pub fn parse(text: &str) -> Result<Lexicon, LexiconError> {
        let mut terms = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let error = |message: String| LexiconError {
                line: n + 1,
                message,
            };
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let [term, category, weight, why] = fields.as_slice() else {
                return Err(error(format!(
                    "expected 4 tab-separated fields (term, category, weight, why), found {}",
                    fields.len()
                )));
            };
            let category = Category::parse(category)
                .ok_or_else(|| error(format!("unknown category {category:?}")))?;
            let weight: f64 = weight
                .parse()
                .map_err(|_| error(format!("the weight {weight:?} is not a number")))?;
            if !weight.is_finite() || weight == 0.0 {
                return Err(error(format!(
                    "the weight {weight} must be a non-zero number"
                )));
            }
            if (category == Category::DeEscalation) != (weight < 0.0) {
                return Err(error(
                    "de-escalation terms weigh below zero, and only they do".to_owned(),
                ));
            }
            let open_ended = term.ends_with('*');
            let words: Vec<String> = tokens(term.trim_end_matches('*'))
                .map(|t| t.lower)
                .collect();
            if words.is_empty() {
                return Err(error("the term has no words".to_owned()));
            }
            if why.trim().is_empty() {
                return Err(error(format!("the term {term:?} says nothing about why")));
            }
            terms.push(Term {
                text: (*term).to_owned(),
                words,
                open_ended,
                category,
                weight,
                why: why.trim().to_owned(),
            });
        }
        // Longest first, so that "tails between the legs" wins over anything inside it; exact
        // terms before open-ended ones of the same length.
        terms.sort_by(|a, b| {
            b.words
                .len()
                .cmp(&a.words.len())
                .then(a.open_ended.cmp(&b.open_ended))
                .then(b.words.join(" ").len().cmp(&a.words.join(" ").len()))
        });
        Ok(Lexicon { terms })
    }

    /// Every term, longest first.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// Scores a text. `verbatim`: whether the text is the speaker's own words (else only the words
    /// inside quotation marks count in full).
    pub fn score(&self, text: &str, verbatim: bool) -> RhetoricScore {
        let tokens: Vec<Token> = tokens(text).collect();
        let mut matches = Vec::new();
        let mut at = 0;
        while at < tokens.len() {
            let Some(term) = self.terms.iter().find(|t| t.matches(&tokens[at..])) else {
                at += 1;
                continue;
            };
            let last = &tokens[at + term.words.len() - 1];
            let first = &tokens[at];
            let quoted = first.quoted && last.quoted;
            let factor = if verbatim || quoted { 1.0 } else { 0.5 };
            matches.push(TermMatch {
                start: first.start,
                end: last.end,
                words: text[first.start..last.end].to_owned(),
                term: term.text.clone(),
                category: term.category,
                weight: term.weight,
                counted: term.weight * factor,
                speakers_own: verbatim || quoted,
                why: term.why.clone(),
            });
            at += term.words.len();
        }
        // A fold from 0.0, not `sum()`, whose empty sum is -0.0 and would print as such.
        let score = matches.iter().map(|m| m.counted).fold(0.0, |a, b| a + b);
        RhetoricScore { score, matches }
    }

    /// Scores a statement's text.
    pub fn score_statement(&self, statement: &Statement) -> RhetoricScore {
        self.score(&statement.text, statement.verbatim)
    }
}

/// One term found in a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TermMatch {
    /// Where the words start in the text (a byte offset).
    pub start: usize,
    /// Where they end (a byte offset, exclusive).
    pub end: usize,
    /// The words as written.
    pub words: String,
    /// The term of the word list they matched.
    pub term: String,
    /// What the term signals.
    pub category: Category,
    /// The term's weight in the list.
    pub weight: f64,
    /// What it added to the score: the weight, or half of it for a reporter's words.
    pub counted: f64,
    /// Whether the words are the speaker's own (a verbatim statement, or inside quotation marks).
    pub speakers_own: bool,
    /// Why the term counts.
    pub why: String,
}

/// A text's hostility: the score and the words that made it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RhetoricScore {
    /// The sum of what the matches added: above zero hostile, below zero de-escalating.
    pub score: f64,
    /// Every term found, in the order of the text.
    pub matches: Vec<TermMatch>,
}

impl RhetoricScore {
    /// The score by category, in the categories' order (only categories with a match).
    pub fn by_category(&self) -> Vec<(Category, f64)> {
        let mut sums: BTreeMap<Category, f64> = BTreeMap::new();
        for m in &self.matches {
            *sums.entry(m.category).or_default() += m.counted;
        }
        sums.into_iter().collect()
    }

    /// The text cut into pieces, each with the match it is (or None for the words between): for
    /// pages that highlight the words that counted. The pieces put together are the text.
    pub fn segments<'t>(&self, text: &'t str) -> Vec<(&'t str, Option<&TermMatch>)> {
        let mut out = Vec::new();
        let mut at = 0;
        for m in &self.matches {
            if m.start > at {
                out.push((&text[at..m.start], None));
            }
            out.push((&text[m.start..m.end], Some(m)));
            at = m.end;
        }
        if at < text.len() {
            out.push((&text[at..], None));
        }
        out
    }
}

/// One statement with its score, for the rhetoric line and the statement lists.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScoredStatement<'a> {
    /// The statement.
    pub statement: &'a StatementId,
    /// When it was made.
    pub date: Date,
    /// Whether its speaker is a party to the fighting (only parties' rhetoric enters the index).
    pub party: bool,
    /// Its score and matches.
    pub rhetoric: RhetoricScore,
}

/// Every statement of the record, scored, in date then id order.
pub fn score_all<'a>(record: &FullRecord<'a>, lexicon: &Lexicon) -> Vec<ScoredStatement<'a>> {
    let mut scored: Vec<ScoredStatement<'a>> = record
        .statements
        .iter()
        .map(|s| ScoredStatement {
            statement: &s.id,
            date: s.date,
            party: record.is_party(&s.actor),
            rhetoric: lexicon.score_statement(s),
        })
        .collect();
    scored.sort_by(|a, b| (a.date, a.statement).cmp(&(b.date, b.statement)));
    scored
}

/// One week of the rhetoric line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RhetoricWeek {
    /// The week's Monday.
    pub week: Date,
    /// The parties' statements that week: how many, and the sum of their scores.
    pub party_statements: usize,
    /// The sum of the parties' scores (the index counts it from zero up).
    pub party_score: f64,
    /// Everyone else's statements (reactions) that week.
    pub other_statements: usize,
    /// The sum of their scores.
    pub other_score: f64,
}

/// The rhetoric line: one entry per week that has statements, in week order.
pub fn weekly(scored: &[ScoredStatement<'_>]) -> Vec<RhetoricWeek> {
    let mut weeks: BTreeMap<Date, RhetoricWeek> = BTreeMap::new();
    for s in scored {
        let week = monday_of(s.date);
        let entry = weeks.entry(week).or_insert(RhetoricWeek {
            week,
            party_statements: 0,
            party_score: 0.0,
            other_statements: 0,
            other_score: 0.0,
        });
        if s.party {
            entry.party_statements += 1;
            entry.party_score += s.rhetoric.score;
        } else {
            entry.other_statements += 1;
            entry.other_score += s.rhetoric.score;
        }
    }
    weeks.into_values().collect()
}

/// One word of a text, lower case, with where it is and whether it stands inside quotation marks.
#[derive(Clone, Debug)]
struct Token {
    lower: String,
    start: usize,
    end: usize,
    quoted: bool,
}

/// The words of a text: runs of letters and digits, with hyphens and apostrophes inside a word
/// kept ("self-restraint", "pakistan's"); curly apostrophes read as straight ones.
fn tokens(text: &str) -> impl Iterator<Item = Token> {
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let is_word = |c: char| c.is_alphanumeric();
    let joiner = |c: char| matches!(c, '-' | '\'' | '’');
    let mut n = 0;
    while n < chars.len() {
        let (at, c) = chars[n];
        let next_is_word = chars.get(n + 1).is_some_and(|(_, c)| is_word(*c));
        if is_word(c) || (start.is_some() && joiner(c) && next_is_word) {
            if start.is_none() {
                start = Some(at);
            }
        } else {
            if let Some(s) = start.take() {
                out.push(token(text, s, at, quoted));
            }
            match c {
                '“' => quoted = true,
                '”' => quoted = false,
                '"' => quoted = !quoted,
                _ => {}
            }
        }
        n += 1;
    }
    if let Some(s) = start {
        out.push(token(text, s, text.len(), quoted));
    }
    out.into_iter()
}

fn token(text: &str, start: usize, end: usize, quoted: bool) -> Token {
    Token {
        lower: text[start..end].to_lowercase().replace('’', "'"),
        start,
        end,
        quoted,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests fail loudly by design.
mod tests {
    use super::*;

    #[test]
    fn the_english_list_reads() {
        let lexicon = Lexicon::english().unwrap();
        assert!(lexicon.terms().len() > 50);
        for category in Category::ALL {
            assert!(
                lexicon.terms().iter().any(|t| t.category == category),
                "{category:?}"
            );
        }
    }

    #[test]
    fn a_bad_line_is_refused_with_its_number() {
        let err = Lexicon::parse("# comment\nwar\twar_framing\t1\n").unwrap_err();
        assert_eq!(err.line, 2);
        let err = Lexicon::parse("peace\tde_escalation\t1\tcalm\n").unwrap_err();
        assert!(err.message.contains("below zero"), "{err}");
        let err = Lexicon::parse("war\tbellicose\t1\twhy\n").unwrap_err();
        assert!(err.message.contains("unknown category"), "{err}");
    }

    #[test]
    fn longest_terms_win_and_stems_match_endings() {
        let lexicon = Lexicon::english().unwrap();
        let s = lexicon.score(
            "They will be obliterated, with their tails between the legs.",
            true,
        );
        let terms: Vec<&str> = s.matches.iter().map(|m| m.term.as_str()).collect();
        assert_eq!(terms, ["obliterat*", "tails between the legs"]);
        assert_eq!(s.matches[0].words, "obliterated");
        assert_eq!(s.score, 6.0);
    }

    #[test]
    fn in_a_paraphrase_only_quoted_words_count_in_full() {
        let lexicon = Lexicon::english().unwrap();
        let s = lexicon.score("Warned of “serious consequences”.", false);
        let counted: Vec<(&str, f64)> = s
            .matches
            .iter()
            .map(|m| (m.words.as_str(), m.counted))
            .collect();
        assert_eq!(counted, [("Warned", 0.5), ("serious consequences", 2.0)]);
        assert_eq!(s.score, 2.5);
    }

    #[test]
    fn words_inside_other_words_do_not_match() {
        let lexicon = Lexicon::english().unwrap();
        // "warm", "software", "peacekeeping" hold "war" and "peace" but are other words.
        assert_eq!(lexicon.score("warm software peacekeeping", true).score, 0.0);
        assert_eq!(lexicon.score("", true), RhetoricScore::default());
    }

    #[test]
    fn segments_cover_the_text_once() {
        let lexicon = Lexicon::english().unwrap();
        let text = "Calls for restraint and dialogue.";
        let s = lexicon.score(text, true);
        let segments = s.segments(text);
        let joined: String = segments.iter().map(|(t, _)| *t).collect();
        assert_eq!(joined, text);
        let marked: Vec<&str> = segments
            .iter()
            .filter(|(_, m)| m.is_some())
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(marked, ["restraint", "dialogue"]);
    }
}
