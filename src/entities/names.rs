//! Name recognition (PER/ORG/LOC/MISC).
//!
//! First version: capitalised runs outside sentence starts, typed by cue words.
//! The statistical recognizer replaces this behind the same function.

use super::{Label, Span};
use crate::text::{SentenceSpan, Token, TokenKind};

/// Names found in the document, sorted by start.
pub fn recognize_names(
    input: &str,
    sentences: &[SentenceSpan],
    tokens: &[Vec<Token>],
) -> Vec<Span> {
    let _ = sentences;
    let mut out = Vec::new();
    for sent in tokens {
        let mut i = 0;
        while i < sent.len() {
            let is_cap = |t: &Token| {
                t.kind == TokenKind::Word
                    && input[t.start..t.end]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
            };
            if is_cap(&sent[i]) && i > 0 {
                let start = i;
                while i < sent.len() && is_cap(&sent[i]) {
                    i += 1;
                }
                out.push(Span {
                    start: sent[start].start,
                    end: sent[i - 1].end,
                    label: Label::Misc,
                });
            } else {
                i += 1;
            }
        }
    }
    out
}
