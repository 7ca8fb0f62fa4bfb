//! Draft incidents and claims from news text.
//!
//! [`extract`] reads an article (English today) and returns the incidents it reports, each with the
//! figures of every voice the article gives — its own, and each party or body it quotes — as
//! [`DraftIncident`]s in the contract of `crosscheck extract` (docs/extract.md), plus
//! [`Diagnostic`]s on what it set aside. It never fails and does no I/O: any text, however
//! malformed, gives a (possibly empty) result in time linear in its length.
//!
//! How it reads, in order: sentences and paragraphs ([`text`]); per sentence, the lexicon's cues
//! (numbers and qualifiers, casualty words, victim groups, speakers and reporting verbs, event and
//! actor words, dates, context words) and the figures they make ([`sentence`]); place names through
//! the gazetteer's one-pass scanner, resolved with the article's country as context; then voices,
//! context, grouping into incidents, dates against the publication day, event types, alleged
//! perpetrators and one claim per voice ([`incident`]).
//!
//! Word lists are data, one directory per language (`lexicon/en/*.tsv`, see [`lexicon`]), so Dari,
//! Pashto and Urdu can follow without new rules in code.
//!
//! Around the extractor: [`records`] turns a draft into the model's records (a draft `Incident`,
//! its `Source` and `Claim`s), [`matching`] scores whether a draft is an incident already recorded,
//! and [`eval`] scores extraction against a gold set.
//!
//! ```
//! use extract::{Article, extract};
//!
//! let article = Article::new("Pakistani airstrikes in Khost province killed at least 10 civilians, \
//!     including nine children, Taliban spokesman Zabihullah Mujahid said on Tuesday.")
//!     .published("2025-11-25".parse().unwrap());
//! let (incidents, _) = extract(&article);
//! assert_eq!(incidents.len(), 1);
//! assert_eq!(incidents[0].admin1.as_deref(), Some("Khost"));
//! assert_eq!(incidents[0].claims[0].claimant.as_deref(), Some("TALIBAN"));
//! assert_eq!(incidents[0].claims[0].killed, Some(10));
//! ```
#![forbid(unsafe_code)]

pub mod eval;
mod incident;
pub mod lexicon;
pub mod matching;
mod output;
pub mod records;
pub mod sentence;
pub mod text;

pub use lexicon::Language;
pub use output::{Diagnostic, DraftClaim, DraftIncident, Qualifier};

use places::Gazetteer;

/// An article to read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article<'t> {
    /// Its id, copied into every incident (`"article"` in the output).
    pub id: Option<&'t str>,
    /// The day it was published: relative dates ("on Tuesday", "last night") resolve against it.
    pub published: Option<model::Date>,
    /// The text.
    pub text: &'t str,
    /// Its language.
    pub language: Language,
}

impl<'t> Article<'t> {
    /// An article with only its text.
    pub fn new(text: &'t str) -> Self {
        Article {
            text,
            ..Article::default()
        }
    }

    /// Sets the id.
    pub fn id(mut self, id: &'t str) -> Self {
        self.id = Some(id);
        self
    }

    /// Sets the publication day.
    pub fn published(mut self, day: model::Date) -> Self {
        self.published = Some(day);
        self
    }
}

/// Reads an article: the incidents it reports, and notes on what was set aside.
pub fn extract(article: &Article<'_>) -> (Vec<DraftIncident>, Vec<Diagnostic>) {
    let lexicon = lexicon::Lexicon::get(article.language);
    let text = article.text;
    let mut diagnostics = Vec::new();
    let mut tokens = text::Tokens::default();
    let mut reads: Vec<incident::Read> = Vec::new();
    let mut scratch = sentence::Scratch::default();
    for sentence in text::sentences(text) {
        tokens.fill(text, sentence.span.clone());
        let facts = sentence::analyse_with(lexicon, &tokens, &mut scratch);
        let relevant = !facts.figures.is_empty()
            || !facts.events.is_empty()
            || !facts.dates.is_empty()
            || facts.speaker.is_some()
            || facts.responsibility.is_some()
            || facts.unclaimed
            || !facts.affiliations.is_empty();
        if !relevant {
            continue;
        }
        reads.push(incident::Read {
            span: sentence.span,
            paragraph: sentence.paragraph,
            facts,
            places: Vec::new(),
            voice: lexicon::Voice::Article,
            speaker_at: None,
        });
    }
    incident::resolve_voices(text, &mut reads);
    incident::read_places(Gazetteer::get(), text, &mut reads);
    if article.published.is_none()
        && reads.iter().any(|r| {
            r.facts.dates.iter().any(|d| {
                !matches!(
                    d.word,
                    sentence::DateWordAt::Day { year: Some(_), .. }
                        | sentence::DateWordAt::Month { year: Some(_), .. }
                )
            })
        })
    {
        diagnostics.push(Diagnostic {
            span: 0..0,
            message: "no publication day given: relative dates (\"on Tuesday\", \"last night\") are left unresolved".into(),
        });
    }
    let incidents = incident::build(
        &reads,
        text,
        article.id,
        article.published,
        &mut diagnostics,
    );
    (incidents, diagnostics)
}
