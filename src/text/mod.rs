//! Text handling: cleaning into blocks, sentence and word segmentation.
//!
//! Nothing here rewrites the input: every result is a span of UTF-8 byte offsets
//! into the caller's text, so later stages (and the JS page) can point back at it.

mod clean;
mod segment;
mod tokens;

pub use clean::{blocks, display_text, normalize_whitespace, Block, BlockKind};
pub(crate) use clean::{is_boilerplate, is_pure_furniture};
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

/// Whether `needle` occurs in `hay`. The same answer as `str::contains`, without its
/// per-call searcher set-up (a Two-Way factorisation of the needle), which costs more
/// than the search itself for the short needles and sentence-long texts here: a first-
/// byte scan and a compare at each hit.
pub(crate) fn has(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let Some(last) = hay.len().checked_sub(needle.len()) else {
        return false;
    };
    let mut from = 0;
    while let Some(at) = hay[from..=last].iter().position(|&b| b == first) {
        let at = from + at;
        if &hay[at + 1..at + needle.len()] == rest {
            return true;
        }
        from = at + 1;
    }
    false
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

// Native only: proptest is a native-only dev-dependency (it does not build for wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn has_finds_what_contains_finds() {
        for (hay, needle) in [
            ("", ""),
            ("a", ""),
            ("", "a"),
            ("contributed to this report", "contributed"),
            ("contribute", "contributed"),
            ("Frerichs . .", " ."),
            ("ab\u{2014} x", " \u{2014} "),
            ("aaab", "aab"),
        ] {
            assert_eq!(has(hay, needle), hay.contains(needle), "{hay:?} {needle:?}");
        }
    }

    proptest! {
        #[test]
        fn has_agrees_with_contains(hay in "[ab .,\u{2014}]{0,40}", needle in "[ab .,\u{2014}]{0,4}") {
            prop_assert_eq!(has(&hay, &needle), hay.contains(needle.as_str()));
        }
    }
}
