//! Named entities: names (PER/ORG/LOC/MISC), patterns (dates, money, numbers), merging.

mod hypernyms;
mod merge;
mod names;
#[doc(hidden)]
pub mod ner;
mod patterns;

pub use merge::{consistent_labels, merge, EntityGroup};
pub use names::recognize_names;
pub use patterns::recognize_patterns;

use crate::text::{is_boilerplate, is_pure_furniture, BlockKind, SentenceSpan, Token};
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

impl Span {
    /// Sorts spans by start, then end (stable). The one sort of spans in the crate:
    /// each call site with its own closure would add a copy of the sort to the .wasm.
    pub(crate) fn sort(spans: &mut [Span]) {
        spans.sort_by_key(|s| (s.start, s.end));
    }
}

/// All entity spans of the document: names and patterns, sorted and non-overlapping.
///
/// `tokens[i]` are the tokens of `sentences[i]`.
pub fn recognize(input: &str, sentences: &[SentenceSpan], tokens: &[Vec<Token>]) -> Vec<Span> {
    // Built without the model, there are no names (see `recognize_names`): the patterns,
    // already sorted, are all the spans, and no name step ships in the model-less .wasm.
    if !cfg!(feature = "ner-model") {
        let mut patterns = recognize_patterns(input, sentences, tokens);
        drop_furniture_entities(input, sentences, &mut patterns, false);
        return patterns;
    }
    let mut names = recognize_names(input, sentences, tokens);
    drop_furniture_entities(input, sentences, &mut names, true);
    hypernyms::relabel_by_class(input, &mut names);
    let mut patterns = recognize_patterns(input, sentences, tokens);
    drop_furniture_entities(input, sentences, &mut patterns, false);
    resolve_overlaps(names, patterns)
}

/// Drops the entities of page furniture that holds no article text: neither the networks
/// of a share bar nor the numbers of "Image 1 of 5" or "Comments (12)" are the article's
/// (see `is_pure_furniture`). With `whole_lines`, a name that is a whole furniture line
/// goes too: a banner such as "Breaking News" or "Live Updates" is a label, not a
/// mention, even when it looks like a name (a date that is a whole line is a dateline,
/// and stays). Only lines the cleaner knows as furniture count (a lone "GERMANY" line is
/// a subheading); entities inside other furniture (a byline's author) stay.
fn drop_furniture_entities(
    input: &str,
    sentences: &[SentenceSpan],
    spans: &mut Vec<Span>,
    whole_lines: bool,
) {
    let trim = |s: &str| s.trim_matches(|c: char| !c.is_alphanumeric()).len();
    // Spans come in order, and a furniture line often holds several (a byline's dates):
    // judge each line once.
    let mut judged: Option<(usize, bool, bool)> = None;
    spans.retain(|n| {
        let at = sentences.partition_point(|s| s.end <= n.start);
        let Some(s) = sentences.get(at) else {
            return true;
        };
        if s.kind != BlockKind::Boilerplate || s.start > n.start {
            return true;
        }
        let line = &input[s.start..s.end];
        let (furniture, pure) = match judged {
            Some((i, furniture, pure)) if i == at => (furniture, pure),
            _ => {
                let furniture = is_boilerplate(line);
                let pure = furniture && is_pure_furniture(line);
                judged = Some((at, furniture, pure));
                (furniture, pure)
            }
        };
        let name = &input[n.start..n.end];
        !(furniture && (pure || (whole_lines && trim(line) == trim(name))))
    });
}

/// Names win over patterns where they overlap ("Route 66", "the 1996 Olympics"), unless
/// the pattern covers the name and more ("US$5" over "US", "August 31" over "August").
fn resolve_overlaps(names: Vec<Span>, patterns: Vec<Span>) -> Vec<Span> {
    let mut keep_name = vec![true; names.len()];
    let mut out = Vec::with_capacity(names.len() + patterns.len());
    // Both lists are sorted and non-overlapping: walk them together.
    let mut first = 0;
    for p in patterns {
        while first < names.len() && names[first].end <= p.start {
            first += 1;
        }
        let mut k = first;
        let mut covers_all = true;
        while k < names.len() && names[k].start < p.end {
            let n = names[k];
            if !(p.start <= n.start && n.end <= p.end && p.end - p.start > n.end - n.start) {
                covers_all = false;
            }
            k += 1;
        }
        if covers_all {
            for flag in &mut keep_name[first..k] {
                *flag = false;
            }
            out.push(p);
        }
    }
    out.extend(
        names
            .into_iter()
            .zip(keep_name)
            .filter_map(|(n, keep)| keep.then_some(n)),
    );
    Span::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(start: usize, end: usize, label: Label) -> Span {
        Span { start, end, label }
    }

    #[test]
    fn names_win_unless_the_pattern_covers_them() {
        // "Route 66": the name contains the number.
        let got = resolve_overlaps(vec![sp(0, 8, Label::Loc)], vec![sp(6, 8, Label::Number)]);
        assert_eq!(got, vec![sp(0, 8, Label::Loc)]);
        // "US$5": the amount covers the name "US".
        let got = resolve_overlaps(vec![sp(0, 2, Label::Loc)], vec![sp(0, 4, Label::Money)]);
        assert_eq!(got, vec![sp(0, 4, Label::Money)]);
        // Same extent: the name stays.
        let got = resolve_overlaps(vec![sp(3, 9, Label::Misc)], vec![sp(3, 9, Label::Date)]);
        assert_eq!(got, vec![sp(3, 9, Label::Misc)]);
        // Disjoint spans all stay, sorted.
        let got = resolve_overlaps(
            vec![sp(0, 2, Label::Per), sp(10, 12, Label::Org)],
            vec![sp(4, 6, Label::Number)],
        );
        assert_eq!(got.len(), 3);
        assert!(got.windows(2).all(|w| w[0].end <= w[1].start));
    }
}
