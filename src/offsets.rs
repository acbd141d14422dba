//! Offset conversion at the boundary: the core speaks UTF-8 bytes, JavaScript speaks
//! UTF-16 code units, Python (and the CLI's JSONL) speaks code points.

use crate::Analysis;

/// A unit for offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// UTF-16 code units (JavaScript `String` indices).
    Utf16,
    /// Unicode scalar values (Python `str` indices).
    CodePoint,
}

/// Maps byte offsets of one text to another unit, O(log n) per lookup.
///
/// Between two non-ASCII characters bytes and units advance one-for-one, so it keeps
/// one checkpoint after each non-ASCII character: (byte offset, unit offset).
pub struct OffsetMap {
    checkpoints: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// Builds the map for `text` in one pass.
    pub fn new(text: &str, unit: Unit) -> Self {
        let mut checkpoints = vec![(0, 0)];
        let mut units = 0usize;
        for (b, c) in text.char_indices() {
            units += match unit {
                Unit::Utf16 => c.len_utf16(),
                Unit::CodePoint => 1,
            };
            if !c.is_ascii() {
                checkpoints.push((b + c.len_utf8(), units));
            }
        }
        OffsetMap { checkpoints }
    }

    /// Converts a byte offset that lies on a char boundary of the text.
    pub fn convert(&self, byte: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1;
        let (b, u) = self.checkpoints[i];
        u + (byte - b)
    }
}

/// Rewrites every offset in `analysis` (made from `text`) into `unit`.
pub fn convert(analysis: &mut Analysis, text: &str, unit: Unit) {
    let map = OffsetMap::new(text, unit);
    for s in &mut analysis.sentences {
        s.start = map.convert(s.start);
        s.end = map.convert(s.end);
    }
    for m in &mut analysis.mentions {
        m.start = map.convert(m.start);
        m.end = map.convert(m.end);
    }
}

/// The largest char boundary of `s` at or below `at` (`str::floor_char_boundary` is not
/// stable yet): where to cut a look-ahead window without splitting a character.
pub(crate) fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_astral_bmp_and_combining() {
        let text = "a😀b é\u{301}c 中d";
        let u16 = OffsetMap::new(text, Unit::Utf16);
        let cp = OffsetMap::new(text, Unit::CodePoint);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let prefix = &text[..byte];
            assert_eq!(u16.convert(byte), prefix.encode_utf16().count());
            assert_eq!(cp.convert(byte), prefix.chars().count());
        }
    }
}
