//! Named entities: names (PER/ORG/LOC/MISC), patterns (dates, money, numbers), merging.

mod merge;
mod names;
#[doc(hidden)]
pub mod ner;
mod patterns;

pub use merge::{merge, EntityGroup};
pub use names::recognize_names;
pub use patterns::recognize_patterns;

use crate::text::{SentenceSpan, Token};
use serde::Serialize;

/// An entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Label {
    /// A person.
    #[serde(rename = "PER")]
    Per,
    /// An organization.
    #[serde(rename = "ORG")]
    Org,
    /// A place.
    #[serde(rename = "LOC")]
    Loc,
    /// Another name: nationalities, events, works, products.
    #[serde(rename = "MISC")]
    Misc,
    /// A date or a span of dates.
    #[serde(rename = "DATE")]
    Date,
    /// A time of day.
    #[serde(rename = "TIME")]
    Time,
    /// An amount of money.
    #[serde(rename = "MONEY")]
    Money,
    /// A percentage.
    #[serde(rename = "PERCENT")]
    Percent,
    /// Another number or quantity.
    #[serde(rename = "NUMBER")]
    Number,
}

impl Label {
    /// The label as the CLI and JS API spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Number => "NUMBER",
        }
    }

    /// True for the name types (the statistical recognizer's output).
    pub fn is_name(self) -> bool {
        matches!(self, Label::Per | Label::Org | Label::Loc | Label::Misc)
    }
}

/// A recognised span: byte offsets into the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The entity type.
    pub label: Label,
}

/// All entity spans of the document: names and patterns, sorted and non-overlapping.
///
/// `tokens[i]` are the tokens of `sentences[i]`.
pub fn recognize(input: &str, sentences: &[SentenceSpan], tokens: &[Vec<Token>]) -> Vec<Span> {
    let mut spans = recognize_names(input, sentences, tokens);
    let patterns = recognize_patterns(input, sentences, tokens);
    // Names win over patterns where they overlap ("Route 66", "the 1996 Olympics").
    let names = spans.len();
    for p in patterns {
        if !spans[..names]
            .iter()
            .any(|n| n.start < p.end && p.start < n.end)
        {
            spans.push(p);
        }
    }
    spans.sort_by_key(|s| (s.start, s.end));
    spans
}
