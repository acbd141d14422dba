//! Word tokens with offsets, in the style the entity recognizer was trained on
//! (CoNLL / Penn Treebank):
//!
//! - words, with hyphenated compounds kept whole ("high-level", "one-on-one");
//! - numbers with their internal separators ("1,500", "3.5", "7:30", "1996-08-30"),
//!   a sign or a leading point ("+44", ".496"), and a ranking's period ("2." opening a span);
//! - clitics split off ("Taliban" "'s", "do" "n't"), other apostrophes kept ("O'Toole");
//! - abbreviations keep their period ("U.S.", "Mr.", "a.m.", "Jan."; "No." before a number),
//!   except at the very end of the span, where the period ends the sentence and is its own
//!   token ("in the U.S" "."), as in CoNLL-2003;
//! - e-mail addresses are one token;
//! - every other symbol is its own token ("$", "%", quotes, brackets), except that
//!   runs of periods ("...") and of hyphens ("--") stay together.
//!
//! `tests/text.rs` checks this against the CoNLL-2003 dev tokens (99.3% of lines identical).
//!
//! Tokens are grapheme clusters glued together, so combining marks and emoji
//! sequences are never cut.

use super::clean::{is_closer, is_space};
use super::segment::{abbreviation, Abbrev};
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes, hyphens), clitics, abbreviations.
    Word,
    /// Digits, possibly with separators ("1,500", "3.5").
    Number,
    /// Anything else that is not space: punctuation, symbols, emoji.
    Punct,
}

/// A token: a byte span of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Letter,
    Digit,
    Other,
}

/// One grapheme cluster of the span.
#[derive(Clone, Copy)]
struct Unit {
    /// Offset within the span.
    at: usize,
    /// Its first char.
    first: char,
    class: Class,
}

struct Scanner<'a> {
    text: &'a str,
    units: Vec<Unit>,
    base: usize,
    out: Vec<Token>,
}

/// Tokens of `input[start..end]`, with offsets into `input`.
pub fn tokens(input: &str, start: usize, end: usize) -> Vec<Token> {
    let text = &input[start..end];
    let unit = |at: usize, c: char| Unit {
        at,
        first: c,
        class: if c == '\u{AD}' {
            Class::Other // soft hyphen: a connector inside words, see `word`
        } else if is_space(c) {
            Class::Space
        } else if c.is_alphabetic() {
            Class::Letter
        } else if c.is_numeric() {
            Class::Digit
        } else {
            Class::Other
        },
    };
    // Grapheme segmentation is the slow part; text without combining marks,
    // joiners or emoji has one grapheme per char (CR LF aside, both spaces).
    let simple = text
        .chars()
        .all(|c| c < '\u{300}' || ('\u{2010}'..='\u{20CF}').contains(&c));
    let units: Vec<Unit> = if simple {
        text.char_indices().map(|(i, c)| unit(i, c)).collect()
    } else {
        text.grapheme_indices(true)
            .map(|(i, g)| unit(i, g.chars().next().unwrap_or(' ')))
            .collect()
    };
    let mut s = Scanner {
        text,
        out: Vec::with_capacity(units.len() / 4 + 1),
        units,
        base: start,
    };
    let n = s.units.len();
    let mut i = 0;
    while i < n {
        i = match s.units[i].class {
            Class::Space => i + 1,
            Class::Letter | Class::Digit => s.word(i),
            Class::Other => s.punct(i),
        };
    }
    s.out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{AD}')
}

const CLITICS: &[&str] = &["s", "re", "ve", "ll", "d", "m"];

impl Scanner<'_> {
    fn pos(&self, i: usize) -> usize {
        self.units.get(i).map_or(self.text.len(), |u| u.at)
    }

    fn alnum(&self, i: usize) -> bool {
        self.units
            .get(i)
            .is_some_and(|u| matches!(u.class, Class::Letter | Class::Digit))
    }

    fn is(&self, i: usize, class: Class) -> bool {
        self.units.get(i).is_some_and(|u| u.class == class)
    }

    fn ch(&self, i: usize) -> char {
        self.units.get(i).map_or(' ', |u| u.first)
    }

    fn emit(&mut self, from: usize, to: usize, kind: TokenKind) {
        if to > from {
            self.out.push(Token {
                start: self.base + self.pos(from),
                end: self.base + self.pos(to),
                kind,
            });
        }
    }

    /// Index past the run of letters starting at `i`.
    fn letters_end(&self, mut i: usize) -> usize {
        while self.is(i, Class::Letter) {
            i += 1;
        }
        i
    }

    /// Scans a word or number from `i`; returns the index after it (and its clitic).
    fn word(&mut self, i: usize) -> usize {
        self.word_from(i, i)
    }

    /// Scans a word or number whose letters or digits start at `j`; the token
    /// starts at `i` (before a sign: "+44", ".496").
    fn word_from(&mut self, i: usize, mut j: usize) -> usize {
        let n = self.units.len();
        // Letters and digits in the current dotted piece ("U" in "U.S").
        let mut piece = 0;
        loop {
            while self.alnum(j) {
                j += 1;
                piece += 1;
            }
            if j >= n {
                break;
            }
            let c = self.ch(j);
            let prev = self.units[j - 1].class;
            let next = self.units.get(j + 1).map(|u| u.class);
            let next_alnum = self.alnum(j + 1);
            if is_hyphen(c) && next_alnum {
                j += 1;
                piece = 0;
                continue;
            }
            if is_apostrophe(c) && next == Some(Class::Letter) {
                let k = self.letters_end(j + 1);
                let suffix = self.text[self.pos(j + 1)..self.pos(k)].to_lowercase();
                let word_ends = !self.alnum(k);
                if word_ends && CLITICS.contains(&suffix.as_str()) {
                    self.emit(i, j, self.kind(i, j));
                    self.emit(j, k, TokenKind::Word);
                    return k;
                }
                let n_before = matches!(self.ch(j - 1), 'n' | 'N') && j - 1 > i;
                if word_ends && suffix == "t" && n_before {
                    self.emit(i, j - 1, self.kind(i, j - 1));
                    self.emit(j - 1, k, TokenKind::Word);
                    return k;
                }
                if prev == Class::Letter {
                    // O'Toole, rock'n'roll
                    j += 1;
                    piece = 0;
                    continue;
                }
                break;
            }
            let joins = match c {
                '.' => {
                    (prev == Class::Digit && next == Some(Class::Digit))
                        || (prev == Class::Letter
                            && next == Some(Class::Letter)
                            && (piece == 1 || self.ch(j + 1).is_lowercase()))
                }
                ',' | ':' | '/' => prev == Class::Digit && next == Some(Class::Digit),
                '&' => self.ch(j - 1).is_uppercase() && self.ch(j + 1).is_uppercase(),
                // e-mail addresses
                '@' => next_alnum && prev != Class::Other,
                _ => false,
            };
            // "2." opening a list item or ranking: the number keeps its period.
            if c == '.'
                && self.out.is_empty()
                && j - i <= 3
                && (i..j).all(|k| self.is(k, Class::Digit))
                && self.is(j + 1, Class::Space)
                && (0..i).all(|k| self.is(k, Class::Space))
            {
                j += 1;
                break;
            }
            if joins {
                j += 1;
                piece = 0;
                continue;
            }
            // A period that belongs to an abbreviation ("U.S.", "Mr.", "No. 1").
            if c == '.' && self.ch(j + 1) != '.' && self.keeps_period(i, j) {
                j += 1;
                // "U.S.-led"
                if is_hyphen(self.ch(j)) && self.alnum(j + 1) {
                    j += 1;
                    piece = 0;
                    continue;
                }
            }
            break;
        }
        self.emit(i, j, self.kind(i, j));
        j
    }

    /// Whether the period at `dot` ends the abbreviation `text[i..dot]`.
    fn keeps_period(&self, i: usize, dot: usize) -> bool {
        // "aid-U.N.": the part after the last hyphen decides.
        let word = self.text[self.pos(i)..self.pos(dot)]
            .rsplit(is_hyphen)
            .next()
            .unwrap_or("");
        let Some(class) = abbreviation(word) else {
            return false;
        };
        // The next grapheme that is neither space nor a closing quote or bracket.
        let mut k = dot + 1;
        while k < self.units.len() && (self.is(k, Class::Space) || is_closer(self.ch(k))) {
            k += 1;
        }
        // At the end of the span the period ends the sentence ("in the U.S" "."),
        // as in CoNLL.
        k < self.units.len() && (class != Abbrev::Numbered || self.is(k, Class::Digit))
    }

    fn kind(&self, i: usize, j: usize) -> TokenKind {
        let signed = matches!(self.ch(i), '+' | '.') && self.is(i, Class::Other);
        let i = if signed { i + 1 } else { i };
        let number = self.is(i, Class::Digit)
            && (i..j).all(|k| {
                self.is(k, Class::Digit) || matches!(self.ch(k), '.' | ',' | ':' | '/' | '-')
            });
        if number {
            TokenKind::Number
        } else {
            TokenKind::Word
        }
    }

    /// One punctuation or symbol token from `i`; runs of "." or "-" stay together.
    fn punct(&mut self, i: usize) -> usize {
        let c = self.ch(i);
        if c == '\u{AD}' {
            return i + 1; // a soft hyphen outside a word shows nothing
        }
        // A sign or a leading decimal point before digits: "+44", "+0.5", ".496".
        let after_space = i == 0 || self.is(i - 1, Class::Space) || self.ch(i - 1) == '(';
        if matches!(c, '+' | '.') && after_space && self.is(i + 1, Class::Digit) {
            return self.word_from(i, i + 1);
        }
        let mut j = i + 1;
        if c == '.' || c == '-' {
            while self.ch(j) == c && self.is(j, Class::Other) {
                j += 1;
            }
        }
        self.emit(i, j, TokenKind::Punct);
        j
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokens(s, 0, s.len())
            .iter()
            .map(|t| &s[t.start..t.end])
            .collect()
    }

    #[test]
    fn clitics_and_apostrophes() {
        assert_eq!(toks("Taliban's"), ["Taliban", "'s"]);
        assert_eq!(
            toks("Taliban\u{2019}s rule"),
            ["Taliban", "\u{2019}s", "rule"]
        );
        assert_eq!(toks("don't"), ["do", "n't"]);
        assert_eq!(toks("I'm"), ["I", "'m"]);
        assert_eq!(toks("O'Toole's"), ["O'Toole", "'s"]);
        assert_eq!(toks("Americans'"), ["Americans", "'"]);
    }

    #[test]
    fn soft_hyphen_stays_inside_words() {
        assert_eq!(toks("Af\u{AD}ghan\u{AD}istan"), ["Af\u{AD}ghan\u{AD}istan"]);
    }
}
