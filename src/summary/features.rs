//! Sentence features and the scoring model.

use super::Document;
use crate::text::{BlockKind, TokenKind};
use std::collections::HashMap;

/// A sentence's score with the contributions that make it up.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The total score (higher is more summary-worthy).
    pub score: f32,
    /// Named contributions; they sum to `score`.
    pub contributions: Vec<(&'static str, f32)>,
}

fn terms(doc: &Document, i: usize) -> Vec<String> {
    doc.tokens[i]
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.end - t.start > 3)
        .map(|t| doc.text[t.start..t.end].to_lowercase())
        .collect()
}

/// Scores every sentence. Non-prose sentences get `f32::NEG_INFINITY`.
pub fn score(doc: &Document) -> Vec<Scored> {
    let n = doc.sentences.len();
    let bags: Vec<Vec<String>> = (0..n).map(|i| terms(doc, i)).collect();
    let mut df: HashMap<&str, u32> = HashMap::new();
    for bag in &bags {
        let mut seen: Vec<&str> = bag.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            *df.entry(t).or_default() += 1;
        }
    }
    let mut prose_rank = 0usize;
    (0..n)
        .map(|i| {
            if doc.kinds[i] != BlockKind::Prose {
                return Scored {
                    score: f32::NEG_INFINITY,
                    contributions: vec![],
                };
            }
            let shared: f32 = bags[i]
                .iter()
                .map(|t| (df[t.as_str()] as f32 - 1.0).max(0.0))
                .sum::<f32>()
                / (bags[i].len() as f32 + 5.0);
            let centrality = 0.3 * shared;
            let position = 1.0 / (1.0 + prose_rank as f32 * 0.5);
            prose_rank += 1;
            Scored {
                score: centrality + position,
                contributions: vec![("centrality", centrality), ("position", position)],
            }
        })
        .collect()
}
