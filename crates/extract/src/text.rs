//! Cutting article text into paragraphs, sentences and tokens.
//!
//! Everything here works on byte offsets into the original text, so that evidence sentences and
//! place spans can be quoted back exactly. Nothing is copied except each token's lower-case form,
//! which goes into one reusable buffer.
//!
//! Text from the wild is not always prose: a 50 MB line with no full stop, binary noise, a mix of
//! scripts. Sentences are therefore capped at [`MAX_SENTENCE_BYTES`] (cut at the next space), which
//! keeps every later step linear in the length of the text.

use std::ops::Range;

/// The longest sentence analysed as one; longer runs are cut at the next whitespace. Real news
/// sentences stay far below this; a cap keeps pathological input linear.
pub const MAX_SENTENCE_BYTES: usize = 1_500;

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "lt", "gen", "col", "maj", "capt", "sgt", "st", "no", "jan", "feb",
    "aug", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.n", "vs", "etc", "e.g", "i.e",
    "govt", "dept", "km", "approx", "d.i", "prof", "gov",
];

/// One sentence of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Index of the paragraph it belongs to (0-based).
    pub paragraph: usize,
}

/// Splits text into sentences, numbering paragraphs. A blank line, or a line that ends without
/// sentence punctuation (a headline, a dateline), closes a paragraph; a single line break inside
/// running prose (hard-wrapped text) does not.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut paragraph_used = false;
    let mut start = skip_space(text, 0);
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            let next_start = skip_space(text, i + 1);
            let next_lower = text[next_start..]
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            if next_line_is_blank(text, i + 1) || !(next_lower || wraps(text, start, i)) {
                let line_end = trim_end(text, start, i);
                if line_end > start {
                    out.push(Sentence {
                        span: start..line_end,
                        paragraph,
                    });
                    paragraph_used = true;
                }
                if paragraph_used {
                    paragraph += 1;
                    paragraph_used = false;
                }
                start = next_start;
                i = next_start;
                continue;
            }
            i += 1;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?') && is_sentence_end(text, start, i) {
            let mut end = i + 1;
            // Closing quotes and brackets belong to the sentence they close.
            while let Some(c) = text[end..].chars().next() {
                if matches!(c, '"' | '”' | '’' | '\'' | ')') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            out.push(Sentence {
                span: start..end,
                paragraph,
            });
            paragraph_used = true;
            start = skip_space_inline(text, end);
            i = start;
            continue;
        }
        if i - start >= MAX_SENTENCE_BYTES && b.is_ascii_whitespace() {
            out.push(Sentence {
                span: start..i,
                paragraph,
            });
            paragraph_used = true;
            start = skip_space_inline(text, i);
            i = start;
            continue;
        }
        i += 1;
    }
    let end = trim_end(text, start, bytes.len());
    if end > start {
        out.push(Sentence {
            span: start..end,
            paragraph,
        });
    }
    out
}

/// Whether a line ending at `end` stops in the middle of a sentence (on a comma or a word such
/// as "in", "the", "and"), so that the next line goes on with it even if it starts with a capital
/// ("killed in\nPakistani airstrikes").
fn wraps(text: &str, start: usize, end: usize) -> bool {
    const OPEN: &[&str] = &[
        "in", "of", "the", "a", "an", "and", "or", "to", "on", "at", "by", "for", "with", "from",
        "near", "into", "that", "as", "his", "her", "its", "their",
    ];
    let line = text.get(start..end).unwrap_or("").trim_end();
    if line.ends_with(',') {
        return true;
    }
    let last = line
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    OPEN.iter().any(|w| w.eq_ignore_ascii_case(last))
}

fn skip_space(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn skip_space_inline(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\r') {
        i += 1;
    }
    i
}

fn trim_end(text: &str, start: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    while end > start && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    end
}

fn next_line_is_blank(text: &str, from: usize) -> bool {
    let rest = text.get(from..).unwrap_or("");
    for c in rest.chars() {
        match c {
            '\n' => return true,
            ' ' | '\t' | '\r' => continue,
            _ => return false,
        }
    }
    true
}

/// Whether the punctuation at `i` ends a sentence: followed by space (or a quote) and a capital,
/// digit or quote, and not after an abbreviation or an initial.
fn is_sentence_end(text: &str, start: usize, i: usize) -> bool {
    let bytes = text.as_bytes();
    let next = i + 1;
    if next >= bytes.len() {
        return true;
    }
    let mut j = next;
    // Closing quotes may sit between the stop and the space.
    while j < bytes.len() {
        let c = text[j..].chars().next().unwrap_or(' ');
        if matches!(c, '"' | '”' | '’' | '\'' | ')') {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    if j >= bytes.len() {
        return true;
    }
    if !bytes[j].is_ascii_whitespace() {
        return glued_sentence(bytes, i, j);
    }
    let k = skip_space(text, j);
    let Some(first) = text[k..].chars().next() else {
        return true;
    };
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '‘' | '('))
    {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // The word before the full stop.
    let before = &text[start..i];
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(before.len(), |(k, _)| k);
    let word = &before[word_start..];
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next())
        && first.is_uppercase()
    {
        return false; // an initial ("Khattak, D. (2025)")
    }
    !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// "the cause of the clashes.Last month, 46 people …": a full stop with no space after it ends
/// a sentence when a lower-case word ends before it and a capitalised word starts after it (not
/// "dawn.com", "U.S.", "No.5").
fn glued_sentence(bytes: &[u8], stop: usize, next: usize) -> bool {
    bytes[stop] == b'.'
        && next == stop + 1
        && stop >= 2
        && bytes[stop - 1].is_ascii_lowercase()
        && bytes[stop - 2].is_ascii_lowercase()
        && bytes.get(next).is_some_and(u8::is_ascii_uppercase)
        && bytes.get(next + 1).is_some_and(u8::is_ascii_lowercase)
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with inner hyphens and apostrophes).
    Word,
    /// Digits, possibly with thousands separators; `value` holds the number, `high` the end of a
    /// range written "51-52".
    Number { value: u32, high: Option<u32> },
    /// Any other character.
    Punct(char),
}

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub span: Range<usize>,
    /// Byte range of the lower-case form in the tokenizer's buffer.
    pub norm: Range<usize>,
    /// What it is.
    pub kind: TokenKind,
}

/// Tokens of one sentence, with their lower-case forms.
#[derive(Debug, Default)]
pub struct Tokens {
    /// The tokens in order.
    pub list: Vec<Token>,
    buffer: String,
}

impl Tokens {
    /// The lower-case form of token `i` ("" past the end).
    pub fn norm(&self, i: usize) -> &str {
        self.list
            .get(i)
            .and_then(|t| self.buffer.get(t.norm.clone()))
            .unwrap_or("")
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there is no token.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.list.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokenKind::Punct(c))
    }

    /// Tokenizes `text[span]`, reusing the buffers.
    pub fn fill(&mut self, text: &str, span: Range<usize>) {
        self.list.clear();
        self.buffer.clear();
        let Some(slice) = text.get(span.clone()) else {
            return;
        };
        let base = span.start;
        let mut chars = slice.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            let start = base + offset;
            if c.is_whitespace() {
                continue;
            }
            if c.is_ascii_digit() {
                // Digits, thousands separators and a range ("51-52") are read as they come, with
                // no copy; a number too large for u32 is no count.
                let mut end = start + 1;
                let mut value: u64 = u64::from(c as u32 - '0' as u32);
                let mut high: Option<u64> = None;
                let mut word = false;
                while let Some(&(o, d)) = chars.peek() {
                    let at = base + o;
                    if d.is_ascii_digit() {
                        let digit = u64::from(d as u32 - '0' as u32);
                        match high.as_mut() {
                            Some(h) => *h = h.saturating_mul(10).saturating_add(digit),
                            None => value = value.saturating_mul(10).saturating_add(digit),
                        }
                        end = at + 1;
                        chars.next();
                    } else if d == ',' && high.is_none() && followed_by_three_digits(slice, o) {
                        end = at + 1;
                        chars.next();
                    } else if (d == '-' || d == '–') && high.is_none() && next_is_digit(slice, o, d)
                    {
                        high = Some(0);
                        end = at + d.len_utf8();
                        chars.next();
                    } else if d.is_alphabetic() {
                        // "12kg", "3am", "24th": a word, not a count (the date reader takes the
                        // digits of an ordinal such as "24th").
                        word = true;
                        while let Some(&(o2, d2)) = chars.peek() {
                            if d2.is_alphanumeric() {
                                end = base + o2 + d2.len_utf8();
                                chars.next();
                            } else {
                                break;
                            }
                        }
                        break;
                    } else {
                        break;
                    }
                }
                let norm_start = self.buffer.len();
                for ch in slice[start - base..end - base].chars() {
                    push_lower(&mut self.buffer, ch);
                }
                let kind = match (word, u32::try_from(value)) {
                    (false, Ok(value)) => TokenKind::Number {
                        value,
                        high: high.and_then(|h| u32::try_from(h).ok()),
                    },
                    _ => TokenKind::Word,
                };
                self.list.push(Token {
                    span: start..end,
                    norm: norm_start..self.buffer.len(),
                    kind,
                });
                continue;
            }
            if c.is_alphanumeric() {
                let norm_start = self.buffer.len();
                push_lower(&mut self.buffer, c);
                let mut end = start + c.len_utf8();
                while let Some(&(o, d)) = chars.peek() {
                    let at = base + o;
                    if d.is_alphanumeric() {
                        push_lower(&mut self.buffer, d);
                        end = at + d.len_utf8();
                        chars.next();
                    } else if (d == '-' || d == '\'' || d == '’')
                        && inner_joiner(slice, o, d)
                        && !(is_apostrophe(d) && possessive_follows(slice, o, d))
                    {
                        self.buffer.push(if d == '’' { '\'' } else { d });
                        end = at + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                self.list.push(Token {
                    span: start..end,
                    norm: norm_start..self.buffer.len(),
                    kind: TokenKind::Word,
                });
                continue;
            }
            if is_apostrophe(c) && possessive_follows(slice, offset, c) {
                // "Pakistan’s" → "pakistan" + "'s".
                let norm_start = self.buffer.len();
                self.buffer.push_str("'s");
                chars.next();
                self.list.push(Token {
                    span: start..start + c.len_utf8() + 1,
                    norm: norm_start..self.buffer.len(),
                    kind: TokenKind::Word,
                });
                continue;
            }
            let norm_start = self.buffer.len();
            let normalised = match c {
                '’' | '‘' => '\'',
                '“' | '”' => '"',
                '—' | '–' => '-',
                other => other,
            };
            self.buffer.push(normalised);
            self.list.push(Token {
                span: start..start + c.len_utf8(),
                norm: norm_start..self.buffer.len(),
                kind: TokenKind::Punct(normalised),
            });
        }
    }
}

fn push_lower(buffer: &mut String, c: char) {
    if c.is_ascii() {
        buffer.push(c.to_ascii_lowercase());
    } else {
        buffer.extend(c.to_lowercase());
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Whether the apostrophe at byte `o` of `s` starts a possessive "'s" that ends a word.
fn possessive_follows(s: &str, o: usize, c: char) -> bool {
    let after = o + c.len_utf8();
    let mut rest = s[after..].chars();
    matches!(rest.next(), Some('s' | 'S')) && !rest.next().is_some_and(char::is_alphanumeric)
}

/// Whether the hyphen or apostrophe at byte `o` joins two letters or digits.
fn inner_joiner(s: &str, o: usize, c: char) -> bool {
    let after = o + c.len_utf8();
    s[after..].chars().next().is_some_and(char::is_alphanumeric)
}

fn followed_by_three_digits(s: &str, o: usize) -> bool {
    let rest = &s.as_bytes()[o + 1..];
    rest.len() >= 3
        && rest[..3].iter().all(u8::is_ascii_digit)
        && !rest.get(3).is_some_and(u8::is_ascii_digit)
}

fn next_is_digit(s: &str, o: usize, c: char) -> bool {
    s[o + c.len_utf8()..]
        .chars()
        .next()
        .is_some_and(|d| d.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'t>(text: &'t str, list: &[Sentence]) -> Vec<&'t str> {
        list.iter().map(|s| &text[s.span.clone()]).collect()
    }

    #[test]
    fn sentences_end_at_stops_but_not_at_abbreviations_or_initials() {
        let text = "Dr. Akhtar said nine died. Khattak, D. (2025) wrote it. The U.S. left at 3 p.m. Then it rained!";
        let list = sentences(text);
        assert_eq!(
            texts(text, &list),
            [
                "Dr. Akhtar said nine died.",
                "Khattak, D. (2025) wrote it.",
                "The U.S. left at 3 p.m. Then it rained!"
            ]
        );
    }

    #[test]
    fn a_full_stop_glued_to_the_next_sentence_still_ends_it() {
        let text = "It is the main cause of the clashes.Last month, 46 people were killed. See dawn.com or the U.S.Army.";
        assert_eq!(
            texts(text, &sentences(text)),
            [
                "It is the main cause of the clashes.",
                "Last month, 46 people were killed.",
                "See dawn.com or the U.S.Army."
            ]
        );
    }

    #[test]
    fn headlines_and_blank_lines_make_paragraphs_but_wrapped_lines_do_not() {
        let text = "Pakistani airstrikes kill 18\n\nThe strikes hit Khost\nprovince overnight. Officials said so.\nA new line starts here.";
        let list = sentences(text);
        assert_eq!(
            texts(text, &list),
            [
                "Pakistani airstrikes kill 18",
                "The strikes hit Khost\nprovince overnight.",
                "Officials said so.",
                "A new line starts here."
            ]
        );
        let paragraphs: Vec<usize> = list.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 1, 2]);
    }

    #[test]
    fn a_line_cut_after_a_function_word_goes_on() {
        let text = "At least 46 people have been killed in\nPakistani airstrikes on Paktika,\nAfghan authorities said.\nNew paragraph.";
        let list = sentences(text);
        assert_eq!(list.len(), 2, "{list:?}");
        assert_eq!(list[0].paragraph, 0);
        assert_eq!(list[1].paragraph, 1);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        let text = "“Nine children were killed,” he said. Then “it was over.” Fine.";
        let list = sentences(text);
        assert_eq!(
            texts(text, &list),
            [
                "“Nine children were killed,” he said.",
                "Then “it was over.”",
                "Fine."
            ]
        );
    }

    #[test]
    fn long_runs_without_stops_are_cut() {
        let text = "word ".repeat(2_000);
        let list = sentences(&text);
        assert!(list.len() > 1);
        assert!(list.iter().all(|s| s.span.len() <= MAX_SENTENCE_BYTES + 10));
    }

    #[test]
    fn tokens_split_possessives_and_read_numbers() {
        let text =
            "Pakistan’s jets killed 1,200 people, 51-52 in Dand-e Patan at 3am on 24th December.";
        let mut tokens = Tokens::default();
        tokens.fill(text, 0..text.len());
        let norms: Vec<&str> = (0..tokens.len()).map(|i| tokens.norm(i)).collect();
        assert_eq!(
            norms,
            [
                "pakistan", "'s", "jets", "killed", "1,200", "people", ",", "51-52", "in",
                "dand-e", "patan", "at", "3am", "on", "24th", "december", "."
            ]
        );
        assert_eq!(
            tokens.kind(4),
            Some(TokenKind::Number {
                value: 1200,
                high: None
            })
        );
        assert_eq!(
            tokens.kind(7),
            Some(TokenKind::Number {
                value: 51,
                high: Some(52)
            })
        );
        assert_eq!(tokens.kind(12), Some(TokenKind::Word));
        assert_eq!(&text[tokens.list[1].span.clone()], "’s");
    }
}
