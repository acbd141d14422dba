//! Cleaning: split the input into blocks (paragraphs or lines) and classify each.

use serde::Serialize;

/// What a block of the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum BlockKind {
    /// Article prose: the only kind whose sentences may be summarised.
    Prose,
    /// A title or subheading: shown, never summarised.
    Heading,
    /// Not article text: banners, buttons, navigation, share lines, bylines, captions.
    Boilerplate,
}

/// A paragraph (or a lone line) of the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// Byte offset of the first non-space character.
    pub start: usize,
    /// Byte offset just past the last non-space character.
    pub end: usize,
    /// What the block is.
    pub kind: BlockKind,
}

/// True for whitespace we treat as a space, including NBSP and zero-width characters.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// Splits the input at line breaks and classifies each non-empty line.
pub fn blocks(input: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (i, c) in input
        .char_indices()
        .chain(std::iter::once((input.len(), '\n')))
    {
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            push_line(input, line_start, i, &mut out);
            line_start = i + c.len_utf8();
        }
    }
    out
}

fn push_line(input: &str, start: usize, end: usize, out: &mut Vec<Block>) {
    let line = &input[start..end];
    let Some(first) = line.find(|c: char| !is_space(c)) else {
        return;
    };
    let last = line
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_space(c))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(line.len());
    let text = &line[first..last];
    out.push(Block {
        start: start + first,
        end: start + last,
        kind: classify(text),
    });
}

fn classify(line: &str) -> BlockKind {
    let words = line
        .split(|c: char| is_space(c))
        .filter(|w| !w.is_empty())
        .count();
    let ends_like_prose = line.ends_with(['.', '!', '?', '"', '\u{201D}', ')']);
    if words <= 12 && !ends_like_prose {
        if words <= 4 {
            BlockKind::Boilerplate
        } else {
            BlockKind::Heading
        }
    } else {
        BlockKind::Prose
    }
}

/// Collapses every run of whitespace (NBSP, zero-width characters included) to one space.
pub fn normalize_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}
