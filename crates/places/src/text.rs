//! Text normalisation shared by the name index, the scanner and the fuzzy matcher.
//!
//! News spells one place many ways: "Dand-e Patan", "Dand e Patan", "Dand-i-Patan", "Spīn Bōldak",
//! "SPIN BOLDAK". [`fold`] maps all of these to one key (lower case, no diacritics, separators as
//! single spaces, Arabic-script letter variants unified); [`compact`] also drops the spaces, so
//! that "Ghanikhel" and "Ghani Khel" meet.

use std::collections::HashSet;
use std::sync::LazyLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds a name or a span of text to its matching key.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd() {
        if is_combining_mark(c) || is_invisible(c) {
            continue;
        }
        if is_apostrophe(c) {
            continue;
        }
        let c = unify_arabic(c);
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            for lower in c.to_lowercase() {
                out.push(lower);
            }
        } else {
            pending_space = true;
        }
    }
    out
}

/// The folded key without spaces.
pub fn compact(folded: &str) -> String {
    folded.chars().filter(|c| *c != ' ').collect()
}

/// Number of letters and digits in a folded key.
pub fn letter_count(folded: &str) -> usize {
    folded.chars().filter(|c| c.is_alphanumeric()).count()
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | '`' | '´' | 'ʿ' | 'ʾ')
}

fn is_invisible(c: char) -> bool {
    // Tatweel, zero-width (non-)joiners and marks that Persian and Urdu text carries inside words.
    matches!(
        c,
        'ـ' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{200e}' | '\u{200f}' | '\u{feff}'
    )
}

/// Arabic-script letters written differently in Arabic, Persian, Pashto and Urdu keyboards.
fn unify_arabic(c: char) -> char {
    match c {
        'ي' | 'ى' | 'ۍ' | 'ې' | 'ے' | 'ئ' => 'ی',
        'ك' => 'ک',
        'ة' | 'ۀ' | 'ہ' | 'ھ' | 'ە' => 'ه',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        'ګ' => 'گ',
        _ => c,
    }
}

/// Whether `c` continues a word, so that a name next to it is part of a longer word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// True when the byte range `start..end` of `text` is not glued to letters or digits on either
/// side. `start` and `end` must be char boundaries.
pub fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

static COMMON_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/common_words.txt")
        .lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Whether a folded key is an ordinary English word (or a phrase made only of such words).
pub fn is_common_english(folded: &str) -> bool {
    !folded.is_empty() && folded.split(' ').all(|w| COMMON_WORDS.contains(w))
}

/// Whether a folded key is written in Arabic script (Pashto, Dari, Urdu).
pub fn is_arabic_script(folded: &str) -> bool {
    folded
        .chars()
        .any(|c| matches!(c, '\u{0600}'..='\u{06ff}' | '\u{0750}'..='\u{077f}'))
}

/// Words that, following a name, say which level is meant ("Khost province", "Spera district").
pub fn level_keyword(word: &str) -> Option<crate::Level> {
    use crate::Level;
    Some(match word {
        "province" | "provinces" | "wilayat" | "velayat" | "ولایت" | "صوبه" => {
            Level::Admin1
        }
        "district" | "districts" | "agency" | "wuluswali" | "woleswali" | "uluswali" | "tehsil"
        | "ولسوالی" | "ضلع" => Level::Admin2,
        "city" | "town" | "village" | "bazaar" | "bazar" | "area" => Level::Populated,
        "crossing" | "gate" | "pass" => Level::Crossing,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_fold_alike() {
        assert_eq!(fold("Dand-e Patan"), "dand e patan");
        assert_eq!(fold("Dand e  Patan"), "dand e patan");
        assert_eq!(fold("Spīn Bōldak"), "spin boldak");
        assert_eq!(fold("SPIN BOLDAK"), "spin boldak");
        assert_eq!(fold("Ma‘rūf"), "maruf");
        assert_eq!(fold("Qal'ah-ye Now"), "qalah ye now");
        assert_eq!(compact(&fold("Ghani Khel")), compact(&fold("Ghanikhel")));
    }

    #[test]
    fn arabic_script_variants_fold_alike() {
        // Arabic yeh/kaf against Persian ones; Pashto yeh; tatweel inside a word.
        assert_eq!(fold("كابل"), fold("کابل"));
        assert_eq!(fold("خوست ولايت"), fold("خوست ولایت"));
        assert_eq!(fold("کـابل"), fold("کابل"));
        assert!(is_arabic_script(&fold("خوست")));
        assert!(!is_arabic_script(&fold("Khost")));
    }

    #[test]
    fn common_words_are_known_and_place_names_are_not() {
        assert!(is_common_english("market"));
        assert!(is_common_english("border police"));
        assert!(!is_common_english("kurram"));
        assert!(!is_common_english("khost"));
        assert!(!is_common_english(""));
    }

    #[test]
    fn boundaries_see_unicode_letters() {
        let text = "Khosti and Khost, خوست";
        assert!(!at_word_boundaries(text, 0, 5));
        assert!(at_word_boundaries(text, 11, 16));
        let arabic = text.find('خ').unwrap();
        assert!(at_word_boundaries(text, arabic, text.len()));
    }
}
