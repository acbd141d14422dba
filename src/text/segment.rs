//! Sentence segmentation: UAX#29 sentence bounds plus a news-aware repair layer.

use super::clean::{is_space, Block};
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// One sentence: a byte span of the input inside one block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceSpan {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last non-space character.
    pub end: usize,
    /// Index of the block (paragraph) it belongs to.
    pub block: usize,
}

/// Splits every block into sentences.
pub fn sentences(input: &str, blocks: &[Block]) -> Vec<SentenceSpan> {
    let mut out = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        let text = &input[b.start..b.end];
        for (off, s) in text.split_sentence_bound_indices() {
            let trimmed = s.trim_end_matches(is_space);
            let lead = trimmed.len() - trimmed.trim_start_matches(is_space).len();
            if trimmed.len() > lead {
                out.push(SentenceSpan {
                    start: b.start + off + lead,
                    end: b.start + off + trimmed.len(),
                    block: bi,
                });
            }
        }
    }
    out
}
