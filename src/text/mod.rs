//! Text handling: cleaning into blocks, sentence and word segmentation.
//!
//! Nothing here rewrites the input: every result is a span of UTF-8 byte offsets
//! into the caller's text, so later stages (and the JS page) can point back at it.

mod clean;
mod segment;
mod tokens;

pub(crate) use clean::is_boilerplate;
pub use clean::{blocks, display_text, normalize_whitespace, Block, BlockKind};
pub(crate) use segment::MONTH_NAMES;
pub use segment::{sentences, SentenceSpan};
pub use tokens::{tokens, Token, TokenKind};

use std::borrow::Cow;

/// Appends `c` in lower case: a byte for ASCII (most text), the case table otherwise.
#[inline]
pub(crate) fn push_lowercase(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.extend(c.to_lowercase());
    }
}

/// `word` in lower case, borrowed when it already is (most words of running text):
/// the stages ask this of every token, and an allocation each time added up.
pub fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || (b < 0x80 && !b.is_ascii_uppercase()))
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}
