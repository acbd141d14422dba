//! Extractive summarisation: score every sentence, then select under a length budget
//! ([`summarise`] does both).
//!
//! Scoring combines position, centrality, entity coverage, title/key-term overlap and
//! sentence form with a model fitted on news articles with reference summaries: a
//! logistic regression or boosted regression trees (see `scorer.rs`, `model.rs` and
//! `src/bin/train-summary/`). Selection takes
//! the best sentences that are not near-duplicates of one already chosen, honours the
//! length and form, and restores article order.

mod features;
mod model;
mod scorer;
mod select;
mod terms;
mod vectors;

pub use features::{features, Scored, FEATURES, FEATURE_COUNT};
pub use scorer::{Model, Node, LEAF};
pub use terms::{content_terms_of, stem};

use crate::entities::Span;
use crate::options::{Form, Length};
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

/// Scores every sentence, then selects the summary under the length and form, building
/// the sentences' term vectors once for both. Returns every sentence's score
/// (`f32::NEG_INFINITY` for sentences that are not prose) and the chosen sentences in
/// article order.
pub fn summarise(doc: &Document, length: Length, form: Form) -> (Vec<Scored>, Vec<usize>) {
    let vectors = vectors::Vectors::build(doc);
    let scores = features::score(doc, length, &vectors);
    let values: Vec<f32> = scores.iter().map(|s| s.score).collect();
    let chosen = select::select(doc, &values, length, form, &vectors);
    (scores, chosen)
}

/// The sentences [`summarise`] would choose if the sentences scored `scores` (one per
/// sentence; only prose sentences are read), in article order. The summary trainer's
/// cross-validation scores held-out articles with this, so it measures the summaries the
/// fitted model would give.
pub fn select_scored(doc: &Document, scores: &[f32], length: Length, form: Form) -> Vec<usize> {
    select::select(doc, scores, length, form, &vectors::Vectors::build(doc))
}
