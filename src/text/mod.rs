//! Text handling: cleaning into blocks, sentence and word segmentation.
//!
//! Nothing here rewrites the input: every result is a span of UTF-8 byte offsets
//! into the caller's text, so later stages (and the JS page) can point back at it.

mod clean;
mod segment;
mod tokens;

pub(crate) use clean::is_boilerplate;
pub use clean::{blocks, normalize_whitespace, Block, BlockKind};
pub(crate) use segment::MONTH_NAMES;
pub use segment::{sentences, SentenceSpan};
pub use tokens::{tokens, Token, TokenKind};
