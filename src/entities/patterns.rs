//! Patterns for DATE, TIME, MONEY, PERCENT and NUMBER.

use super::{Label, Span};
use crate::text::{SentenceSpan, Token, TokenKind};

/// Pattern entities found in the document, sorted by start.
pub fn recognize_patterns(
    input: &str,
    sentences: &[SentenceSpan],
    tokens: &[Vec<Token>],
) -> Vec<Span> {
    let _ = (input, sentences);
    tokens
        .iter()
        .flatten()
        .filter(|t| t.kind == TokenKind::Number)
        .map(|t| Span {
            start: t.start,
            end: t.end,
            label: Label::Number,
        })
        .collect()
}
