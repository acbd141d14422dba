//! Name recognition (PER/ORG/LOC/MISC) with the statistical model in [`super::ner`].
//!
//! The model was trained on CoNLL-2003 tokens, so the pipeline's tokens are first
//! brought to that form (abbreviations keep their period, hyphenated words are one
//! token, clitics such as "'s" are split) — idempotent on tokens already in that form.

use super::ner;
use super::Span;
use crate::text::{SentenceSpan, Token, TokenKind};

/// Names found in the document, sorted by start.
pub fn recognize_names(
    input: &str,
    sentences: &[SentenceSpan],
    tokens: &[Vec<Token>],
) -> Vec<Span> {
    // Built without the model, nothing is tagged: skip the features and the decoding,
    // so none of that code ships in the model-less .wasm.
    if !cfg!(feature = "ner-model") {
        return Vec::new();
    }
    let mut spans: Vec<Vec<(usize, usize)>> = Vec::with_capacity(tokens.len());
    let mut prev_block = None;
    for (sent, toks) in sentences.iter().zip(tokens) {
        let cut = conll_tokens(input, toks);
        let same_block = prev_block == Some(sent.block);
        prev_block = Some(sent.block);
        match spans.last_mut() {
            Some(last) if same_block && ends_too_early(input, last) => last.extend(cut),
            _ => spans.push(cut),
        }
    }
    let doc: Vec<Vec<&str>> = spans
        .iter()
        .map(|s| s.iter().map(|&(a, b)| &input[a..b]).collect())
        .collect();
    let model = ner::builtin();
    let tags = ner::tag_document(model, &doc);
    let mut out = Vec::new();
    for (sent, tags) in spans.iter().zip(&tags) {
        if is_section_label(input, sent, &model.lexicon) {
            continue;
        }
        let mixed_case = is_mixed_case(input, sent);
        for (first, end, mut label) in ner::entity_spans(tags) {
            if end - first == 1 && is_function_word(&input[sent[first].0..sent[first].1]) {
                continue;
            }
            if mixed_case && label == super::Label::Loc && end - first == 1 {
                let (a, b) = sent[first];
                if is_long_acronym(&input[a..b]) {
                    label = super::Label::Org;
                }
            }
            out.push(Span {
                start: sent[first].0,
                end: sent[end - 1].1,
                label,
            });
        }
    }
    out
}

/// Adverbs and question words that the model sometimes reads as a name where a sentence
/// starts ("Here's a video", "However, the offer ...": a clitic or a comma after a
/// capitalised word looks like a name's). None of them is a name on its own.
fn is_function_word(word: &str) -> bool {
    matches!(
        crate::text::lowercase(word).as_ref(),
        "here" | "there" | "however" | "meanwhile" | "moreover" | "what" | "where" | "how" | "why"
    )
}

/// A lone all-capitals word of four or more letters inside ordinary prose is an
/// organisation's acronym far more often than a place ("USAID", "NATO", "FIFA"): in
/// CoNLL-2003 train such single-word names are ORG 188 times and LOC twice. The model
/// sometimes reads them as places (sub-words such as "US"), so they are relabelled.
fn is_long_acronym(word: &str) -> bool {
    word.len() >= 4 && word.bytes().all(|c| c.is_ascii_uppercase())
}

/// True for a line that is one common word on its own ("Transport", "WORLD"): a news
/// page's section label or kicker. With no context the model reads a capitalised word
/// as a name, but an ordinary word alone on a line names a section, not an entity.
/// Lines with more words or with numbers ("LONDON 1996-08-30") are left to the model.
fn is_section_label(input: &str, piece: &[(usize, usize)], lexicon: &ner::Lexicon) -> bool {
    let mut words = piece
        .iter()
        .map(|&(a, b)| &input[a..b])
        .filter(|w| w.chars().any(char::is_alphanumeric));
    match (words.next(), words.next()) {
        (Some(word), None) => {
            word.chars().all(char::is_alphabetic)
                && word.starts_with(char::is_uppercase)
                && lexicon.is_common(word)
        }
        _ => false,
    }
}

/// True when most words of the sentence have a lower-case letter: ordinary prose,
/// not a headline or a table in capitals (where "ENGLAND" is a place).
fn is_mixed_case(input: &str, piece: &[(usize, usize)]) -> bool {
    let lower = piece
        .iter()
        .filter(|&&(a, b)| input[a..b].chars().any(char::is_lowercase))
        .count();
    lower * 2 > piece.len()
}

/// True when a sentence piece most likely ends inside a sentence: after an initial
/// ("G. McGrath"), a title ("Dr. Smith") or a list number ("3. Robert Allenby").
fn ends_too_early(input: &str, piece: &[(usize, usize)]) -> bool {
    let Some(&(a, b)) = piece.last() else {
        return false;
    };
    let last = &input[a..b];
    let Some(stem) = last.strip_suffix('.') else {
        return false;
    };
    if stem.is_empty() {
        // A separate period: only a lone list number before it ("3 .").
        return piece.len() == 2 && {
            let (a, b) = piece[0];
            input[a..b].bytes().all(|c| c.is_ascii_digit())
        };
    }
    let mut chars = stem.chars();
    let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    initial
        || matches!(
            stem.to_ascii_lowercase().as_str(),
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "st"
                | "gen"
                | "col"
                | "lt"
                | "sgt"
                | "rep"
                | "sen"
                | "gov"
                | "prof"
        )
}

/// Abbreviations that keep their period in CoNLL tokens ("Mr.", "Inc.", "Jan.").
fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let single_letter = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    single_letter
        || word.contains('.')
        || matches!(
            word.to_ascii_lowercase().as_str(),
            "mr" | "mrs"
                | "ms"
                | "dr"
                | "st"
                | "jr"
                | "sr"
                | "co"
                | "inc"
                | "ltd"
                | "corp"
                | "gen"
                | "col"
                | "lt"
                | "sgt"
                | "rep"
                | "sen"
                | "gov"
                | "prof"
                | "jan"
                | "feb"
                | "aug"
                | "sept"
                | "sep"
                | "oct"
                | "nov"
                | "dec"
                | "vs"
                | "bros"
        )
}

fn is_hyphen(s: &str) -> bool {
    s == "-" || s == "\u{2010}" || s == "\u{2011}"
}

/// Re-cuts one sentence's tokens into CoNLL-style byte spans.
fn conll_tokens(input: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(tokens.len() + 4);
    let mut kinds: Vec<TokenKind> = Vec::with_capacity(tokens.len() + 4);
    let mut glue_next = false;
    for (i, t) in tokens.iter().enumerate() {
        let text = &input[t.start..t.end];
        let touches_prev = out.last().is_some_and(|&(_, e)| e == t.start);
        let alnum = t.kind != TokenKind::Punct;
        if glue_next && touches_prev && alnum {
            // The second half of "high-level" or "1996-08-30".
            out.last_mut().expect("glued to a token").1 = t.end;
            glue_next = false;
            continue;
        }
        glue_next = false;
        if touches_prev && is_hyphen(text) && kinds.last() != Some(&TokenKind::Punct) {
            let next_touches = tokens
                .get(i + 1)
                .is_some_and(|n| n.start == t.end && n.kind != TokenKind::Punct);
            if next_touches {
                out.last_mut().expect("checked").1 = t.end;
                glue_next = true;
                continue;
            }
        }
        if touches_prev && text == "." && kinds.last() == Some(&TokenKind::Word) {
            let (a, b) = *out.last().expect("checked");
            if is_abbreviation(&input[a..b]) {
                out.last_mut().expect("checked").1 = t.end;
                continue;
            }
        }
        if t.kind == TokenKind::Word {
            if let Some(cut) = clitic_start(text) {
                if cut > 0 {
                    out.push((t.start, t.start + cut));
                    kinds.push(TokenKind::Word);
                }
                out.push((t.start + cut, t.end));
                kinds.push(TokenKind::Word);
                continue;
            }
        }
        out.push((t.start, t.end));
        kinds.push(t.kind);
    }
    out
}

/// Where a trailing clitic ("'s", "n't", "'re", ...) starts in a word, if it has one.
fn clitic_start(word: &str) -> Option<usize> {
    let lower = crate::text::lowercase(word);
    for tail in ["n't", "n\u{2019}t"] {
        if lower.len() > tail.len() && lower.ends_with(tail) && lower.len() == word.len() {
            return Some(word.len() - tail.len());
        }
    }
    for apos in ['\'', '\u{2019}'] {
        if let Some(p) = word.rfind(apos) {
            let tail = &lower.get(p + apos.len_utf8()..)?;
            if p > 0
                && lower.len() == word.len()
                && matches!(*tail, "s" | "re" | "ve" | "ll" | "d" | "m")
            {
                return Some(p);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn cut(s: &str) -> Vec<&str> {
        conll_tokens(s, &tokens(s, 0, s.len()))
            .into_iter()
            .map(|(a, b)| &s[a..b])
            .collect()
    }

    #[test]
    fn tokens_take_the_conll_form() {
        assert_eq!(
            cut("The U.S. envoy met Taliban's high-level team on 1996-08-30."),
            [
                "The",
                "U.S.",
                "envoy",
                "met",
                "Taliban",
                "'s",
                "high-level",
                "team",
                "on",
                "1996-08-30",
                "."
            ]
        );
        assert_eq!(
            cut("Mr. Smith didn’t go."),
            ["Mr.", "Smith", "did", "n’t", "go", "."]
        );
    }

    #[test]
    fn a_spaced_dash_is_not_glued() {
        assert_eq!(
            cut("CRICKET - LEICESTERSHIRE"),
            ["CRICKET", "-", "LEICESTERSHIRE"]
        );
    }
}
