//! Extractive summarisation: score every sentence, then select under a length budget.

mod features;
mod select;

pub use features::{score, Scored};
pub use select::select;

use crate::entities::Span;
use crate::text::{BlockKind, SentenceSpan, Token};

/// What the summariser sees of a document.
pub struct Document<'a> {
    /// The caller's input text (all spans point into it).
    pub text: &'a str,
    /// Sentences in order.
    pub sentences: &'a [SentenceSpan],
    /// The block kind of each sentence (only `Prose` may be selected).
    pub kinds: &'a [BlockKind],
    /// Tokens of each sentence.
    pub tokens: &'a [Vec<Token>],
    /// Entity mentions, sorted, with the entity index of each.
    pub entities: &'a [(Span, usize)],
    /// The title, when known.
    pub title: Option<&'a str>,
    /// A focus term, when given.
    pub focus: Option<&'a str>,
}
