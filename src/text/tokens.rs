//! Word tokens with offsets, in the style the entity recognizer was trained on.

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes, hyphens).
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

/// Tokens of `input[start..end]`, with offsets into `input`.
pub fn tokens(input: &str, start: usize, end: usize) -> Vec<Token> {
    let text = &input[start..end];
    text.split_word_bound_indices()
        .filter(|(_, w)| !w.chars().all(super::clean::is_space))
        .map(|(off, w)| {
            let kind = if w.chars().any(char::is_alphabetic) {
                TokenKind::Word
            } else if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                TokenKind::Number
            } else {
                TokenKind::Punct
            };
            Token {
                start: start + off,
                end: start + off + w.len(),
                kind,
            }
        })
        .collect()
}
