//! Keyphrases: the few multi-word phrases that best say what the article is about.

use crate::text::{BlockKind, SentenceSpan, Token, TokenKind};
use serde::Serialize;
use std::collections::HashMap;

/// A phrase and how strongly it characterises the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyphrase {
    /// The phrase as it first appears (whitespace normalised).
    pub text: String,
    /// Relative weight; higher is more central.
    pub score: f32,
    /// How many times it occurs.
    pub count: u32,
}

/// The top keyphrases of the document, best first (at most `limit`).
pub fn extract(
    input: &str,
    sentences: &[SentenceSpan],
    kinds: &[BlockKind],
    tokens: &[Vec<Token>],
    limit: usize,
) -> Vec<Keyphrase> {
    let _ = sentences;
    let mut counts: HashMap<String, (u32, String)> = HashMap::new();
    for (i, toks) in tokens.iter().enumerate() {
        if kinds[i] != BlockKind::Prose {
            continue;
        }
        for pair in toks.windows(2) {
            if pair
                .iter()
                .all(|t| t.kind == TokenKind::Word && t.end - t.start > 3)
            {
                let surface = &input[pair[0].start..pair[1].end];
                let e = counts
                    .entry(surface.to_lowercase())
                    .or_insert((0, surface.to_string()));
                e.0 += 1;
            }
        }
    }
    let mut out: Vec<Keyphrase> = counts
        .into_values()
        .filter(|(c, _)| *c > 1)
        .map(|(count, text)| Keyphrase {
            text,
            score: count as f32,
            count,
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.text.cmp(&b.text)));
    out.truncate(limit);
    out
}
