//! Finding every place name in a text in one pass.
//!
//! One Aho–Corasick automaton holds every spelling of every name (ASCII case-insensitive,
//! leftmost-longest, so "Spin Boldak" wins over "Spin"). Spellings are normalised on the pattern
//! side so the text never has to be copied: each name is entered without diacritics and with
//! every mix of spaces and hyphens between its words ("Dand-e Patan", "Dand e Patan",
//! "Dand-e-Patan"), run together ("Ghanikhel"), with its original diacritics ("Spīn Bōldak"), and
//! in Arabic script with both Arabic and Persian forms of yeh and kaf. A hit counts only at word
//! boundaries. Names that are ordinary English words ("Tank") are entered only with a following
//! qualifier ("Tank district"); names of three letters or fewer only match when capitalised.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use unicode_normalization::UnicodeNormalization;

use crate::gazetteer::{Gazetteer, NameGroup};
use crate::place::{Level, Place};
use crate::text;

/// One occurrence of a place name in a text.
#[derive(Clone, Debug)]
pub struct Mention<'g> {
    /// Byte range of the name in the text (always on char boundaries).
    pub span: Range<usize>,
    /// The level a following word asks for ("… district" → admin2), if any.
    pub level_hint: Option<Level>,
    pub(crate) group: &'g NameGroup,
    pub(crate) gazetteer: &'g Gazetteer,
}

impl<'g> Mention<'g> {
    /// Every place that bears this name (a name may belong to several: "Khost" is a province, a
    /// town and a district's old name).
    pub fn places(&self) -> impl Iterator<Item = &'g Place> + '_ {
        self.group
            .entries
            .iter()
            .filter_map(|entry| self.gazetteer.place_at(entry.place))
    }

    /// The mentioned text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.clone()).unwrap_or("")
    }
}

/// What one automaton pattern stands for.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PatternInfo {
    /// Index of the name group (all places with this spelling).
    pub group: u32,
    /// The pattern is three letters or fewer: only match a capitalised occurrence.
    pub needs_capital: bool,
    /// The pattern carries its own qualifier ("tank district"): the level it implies.
    pub level: Option<Level>,
}

pub(crate) struct Scanner {
    automaton: Option<AhoCorasick>,
    patterns: Vec<PatternInfo>,
}

impl Scanner {
    /// Builds the automaton from every name group.
    pub(crate) fn build(groups: &[NameGroup]) -> Scanner {
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<PatternInfo> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (index, group) in groups.iter().enumerate() {
            let Ok(group_index) = u32::try_from(index) else {
                break;
            };
            for spelling in &group.spellings {
                for (pattern, level) in surface_forms(spelling, group) {
                    let key = pattern.to_ascii_lowercase();
                    if seen.contains_key(&key) {
                        continue;
                    }
                    seen.insert(key, texts.len());
                    // Arabic script has no capitals: its short names are taken as they come.
                    let short = text::letter_count(&group.key) <= 3;
                    patterns.push(PatternInfo {
                        group: group_index,
                        needs_capital: short && level.is_none() && pattern.is_ascii(),
                        level,
                    });
                    texts.push(pattern);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&texts)
            .ok();
        Scanner {
            automaton,
            patterns,
        }
    }

    pub(crate) fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Iterates over the mentions in `text`.
    pub(crate) fn scan<'g, 't>(
        &'g self,
        gazetteer: &'g Gazetteer,
        text: &'t str,
    ) -> impl Iterator<Item = Mention<'g>> + use<'g, 't> {
        let mut position = 0;
        std::iter::from_fn(move || {
            let automaton = self.automaton.as_ref()?;
            while position < text.len() {
                let found = automaton.find(Input::new(text).range(position..))?;
                let (start, end) = (found.start(), found.end());
                let info = self.patterns.get(found.pattern().as_usize())?;
                let good = text.is_char_boundary(start)
                    && text.is_char_boundary(end)
                    && text::at_word_boundaries(text, start, end)
                    && (!info.needs_capital
                        || text[start..].chars().next().is_some_and(char::is_uppercase));
                if !good {
                    // Try again one character further on: a shorter name may start there.
                    position = next_char_boundary(text, start);
                    continue;
                }
                position = end;
                let group = gazetteer.group_at(info.group)?;
                let level_hint = info.level.or_else(|| following_level(text, end));
                return Some(Mention {
                    span: start..end,
                    level_hint,
                    group,
                    gazetteer,
                });
            }
            None
        })
    }
}

fn next_char_boundary(text: &str, from: usize) -> usize {
    let mut next = from + 1;
    while next < text.len() && !text.is_char_boundary(next) {
        next += 1;
    }
    next
}

/// The level keyword right after a name ("Spera district", "Khost province,").
pub(crate) fn following_level(text: &str, end: usize) -> Option<Level> {
    let rest = text.get(end..)?;
    let rest = rest.trim_start_matches([' ', '-', '\u{a0}']);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .take(12)
        .collect();
    text::level_keyword(&word.to_lowercase())
}

/// Every form under which one spelling goes into the automaton, with the level a built-in
/// qualifier implies.
fn surface_forms(spelling: &str, group: &NameGroup) -> Vec<(String, Option<Level>)> {
    let folded = text::fold(spelling);
    if folded.is_empty() {
        return Vec::new();
    }
    let mut forms: Vec<String> = Vec::new();
    if text::is_arabic_script(&folded) {
        let original: String = spelling.nfc().collect();
        forms.push(original.replace(['ي', 'ى'], "ی").replace('ك', "ک"));
        forms.push(original.replace('ی', "ي").replace('ک', "ك"));
        forms.push(original);
        return forms.into_iter().map(|f| (f, None)).collect();
    }
    let words: Vec<&str> = folded.split(' ').collect();
    if words.len() <= 4 {
        // Every mix of space and hyphen between the words (at most 2^3 = 8 forms).
        let gaps = words.len() - 1;
        for mask in 0..(1u32 << gaps) {
            let mut form = String::from(words[0]);
            for (gap, word) in words.iter().enumerate().skip(1) {
                form.push(if mask & (1 << (gap - 1)) != 0 {
                    '-'
                } else {
                    ' '
                });
                form.push_str(word);
            }
            forms.push(form);
        }
    } else {
        forms.push(folded.clone());
    }
    let compact = text::compact(&folded);
    if words.len() > 1 && compact.chars().count() >= 6 {
        forms.push(compact);
    }
    let original: String = spelling.nfc().collect();
    if !original.is_ascii() {
        forms.push(original);
    }
    if text::is_common_english(&folded) {
        // "Tank" alone is a vehicle; "Tank district" is the place.
        let level = group.qualifier_level();
        let words = match level {
            Some(Level::Admin2) => &["district", "agency"][..],
            Some(Level::Admin1) => &["province"][..],
            Some(Level::Populated) => &["city", "town", "village"][..],
            _ => &[][..],
        };
        return words
            .iter()
            .map(|w| (format!("{folded} {w}"), level))
            .collect();
    }
    forms.into_iter().map(|f| (f, None)).collect()
}
