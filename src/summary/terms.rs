//! Content terms: lower-cased, lightly stemmed words that are not stop words.
//!
//! Centrality, title/focus overlap and redundancy all compare sentences by these terms, so
//! "talks"/"talk" and "attacked"/"attack" count as the same word while "the", "said" and
//! "would" never make two sentences look alike.

use crate::text::{Token, TokenKind};

/// Function words and newswire fillers ("said", "told") that carry no topic.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "d",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "like",
    "ll",
    "m",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "my",
    "myself",
    "n't",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "per",
    "re",
    "s",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "t",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "to",
    "told",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "ve",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// True when `word` (lower case) is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    // Asked for every token of every sentence, several times: a hash set, not a
    // binary search of string comparisons.
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&str>> = std::sync::OnceLock::new();
    word.len() <= LONGEST_STOP_WORD
        && SET
            .get_or_init(|| STOP_WORDS.iter().copied().collect())
            .contains(word)
}

/// Bytes in the longest stop word: longer words need no look-up.
const LONGEST_STOP_WORD: usize = 10;

/// A light English stemmer: plural, past and progressive endings, "-ly".
///
/// Not Porter: it only has to make inflections of one word meet, and it must never
/// merge unrelated words, so it strips little and keeps at least three letters.
pub fn stem(word: &str) -> String {
    let w = word;
    let n = w.len();
    if n <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    let cut = |k: usize| w[..n - k].to_string();
    if let Some(base) = w.strip_suffix("ies") {
        if base.len() >= 2 {
            return format!("{base}y");
        }
    }
    if w.ends_with("sses") {
        return cut(2);
    }
    if w.ends_with("ing") && n >= 6 {
        return undouble(&w[..n - 3]);
    }
    if w.ends_with("ied") {
        return format!("{}y", &w[..n - 3]);
    }
    if w.ends_with("ed") && n >= 5 && !w.ends_with("eed") {
        return undouble(&w[..n - 2]);
    }
    if w.ends_with("ly") && n >= 6 {
        return cut(2);
    }
    if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return cut(1);
    }
    w.to_string()
}

/// "stopp" → "stop", "plann" → "plan"; leaves "fall", "kiss", "buzz" alone.
fn undouble(base: &str) -> String {
    let b = base.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z') {
        base[..n - 1].to_string()
    } else {
        base.to_string()
    }
}

/// The content terms of a token list: stemmed words and numbers, no stop words.
pub fn content_terms(text: &str, tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Punct)
        .filter_map(|t| {
            let lower = crate::text::lowercase(&text[t.start..t.end]);
            let lower = lower
                .strip_suffix("'s")
                .or_else(|| lower.strip_suffix("\u{2019}s"))
                .unwrap_or(&lower);
            (!lower.is_empty() && !is_stop_word(lower)).then(|| stem(lower))
        })
        .collect()
}

/// Content terms of a free string (a title or focus term), tokenised on non-alphanumerics.
pub fn content_terms_of(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .map(|w| w.trim_matches(['\'', '-']).to_lowercase())
        .map(|w| w.strip_suffix("'s").map(str::to_string).unwrap_or(w))
        .filter(|w| !w.is_empty() && !is_stop_word(w))
        .map(|w| stem(&w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            STOP_WORDS.iter().map(|w| w.len()).max(),
            Some(LONGEST_STOP_WORD)
        );
    }

    #[test]
    fn inflections_meet() {
        assert_eq!(stem("talks"), stem("talk"));
        assert_eq!(stem("stopped"), stem("stop"));
        assert_eq!(stem("planning"), stem("plan"));
        assert_eq!(stem("companies"), stem("company"));
        assert_eq!(stem("bus"), "bus");
    }

    #[test]
    fn free_text_terms_skip_stop_words() {
        assert_eq!(content_terms_of("The Talks in Doha"), vec!["talk", "doha"]);
    }
}
