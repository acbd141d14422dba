//! The statistical name recognizer: an averaged-perceptron sequence model over hashed
//! features, decoded with Viterbi over BIO tags.
//!
//! The model file (`models/ner.bin`) is built by `cargo run --release --bin train-ner`
//! and compiled into the library, so the browser never fetches it.

mod decode;
pub mod features;
pub mod model;
// Training code is not reached from the wasm exports, so it never ships in the .wasm.
pub mod train;

pub use decode::{viterbi, viterbi_runs};
pub use features::Lexicon;
pub use model::Model;

use super::Label;
// Look-ups only (never iterated where order matters): FxHash, not SipHash.
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Number of tags: O, then B- and I- for PER, ORG, LOC, MISC.
pub const TAGS: usize = 9;

/// The tag names, in tag-id order.
pub const TAG_NAMES: [&str; TAGS] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];

/// The tag id of a name such as "B-ORG"; IOB1 "I-" tags are accepted as written.
pub fn tag_id(name: &str) -> Option<u8> {
    TAG_NAMES.iter().position(|&n| n == name).map(|i| i as u8)
}

/// The label of a non-O tag.
pub fn tag_label(tag: u8) -> Option<Label> {
    match tag {
        1 | 2 => Some(Label::Per),
        3 | 4 => Some(Label::Org),
        5 | 6 => Some(Label::Loc),
        7 | 8 => Some(Label::Misc),
        _ => None,
    }
}

/// True for B- tags.
pub const fn is_begin(tag: u8) -> bool {
    tag % 2 == 1
}

/// Whether `tag` may follow `prev` in BIO: an I- tag continues its own type only.
pub const fn allowed(prev: u8, tag: u8) -> bool {
    tag == 0 || is_begin(tag) || (prev != 0 && prev.div_ceil(2) == tag.div_ceil(2))
}

#[cfg(feature = "ner-model")]
static MODEL_BYTES: &[u8] = include_bytes!("../../../models/ner.bin");
/// Built without the model: [`builtin`] is the empty model, which tags nothing.
#[cfg(not(feature = "ner-model"))]
static MODEL_BYTES: &[u8] = &[];

/// The model compiled into the library (an empty model if the file is missing or bad).
pub fn builtin() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).unwrap_or_else(Model::empty))
}

/// Tags a document given as sentences of token strings.
pub fn tag_document<S: AsRef<str>>(model: &Model, doc: &[Vec<S>]) -> Vec<Vec<u8>> {
    let feats = features::document_for_tagging(doc, &model.lexicon);
    // Each distinct word form's own features are scored once, when a token that may
    // be named first needs them.
    let mut form_scores: Vec<Option<[i32; TAGS]>> = vec![None; feats.forms.ends.len()];
    let mut out = Vec::with_capacity(doc.len());
    let mut t = 0;
    let mut emissions: Vec<Vec<[i32; TAGS]>> = Vec::with_capacity(doc.len());
    for sent in doc {
        let mut e = Vec::with_capacity(sent.len());
        for _ in 0..sent.len() {
            if !feats.candidate[t] {
                // Not read: `viterbi_runs` tags the token O.
                e.push([0; TAGS]);
                t += 1;
                continue;
            }
            let f = feats.form_of[t] as usize;
            let mut scores = *form_scores[f].get_or_insert_with(|| {
                let mut scores = [0i32; TAGS];
                model.score(feats.forms.token(f), &mut scores);
                scores
            });
            model.score(feats.context.token(t), &mut scores);
            e.push(scores);
            t += 1;
        }
        out.push(viterbi_runs(
            &e,
            &feats.candidate[t - sent.len()..t],
            &model.trans,
            &model.start,
        ));
        emissions.push(e);
    }
    harmonise(doc, &emissions, &mut out);
    out
}

/// Words that end a noun phrase: what follows a name used as a noun.
fn ends_noun_phrase(w: &str) -> bool {
    matches!(
        w,
        "to" | "that"
            | "for"
            | "without"
            | "with"
            | "and"
            | "or"
            | "in"
            | "on"
            | "at"
            | "of"
            | "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "said"
            | "says"
            | "will"
            | "would"
            | "who"
            | "which"
            | "came"
            | "'s"
            | "\u{2019}s"
            | "'"
            | ","
            | "."
            | ")"
            | ":"
            | ";"
    )
}

/// A one-word name the model typed MISC (as if a nationality adjective) but that the
/// article uses at least twice as a noun after "the" ("pressure the Taliban to ...",
/// "the Taliban's own actions") names a group: its votes go to ORG. Plural demonyms
/// ("the Serbs said") keep MISC.
fn group_nouns<S: AsRef<str>>(doc: &[Vec<S>], votes: &mut HashMap<String, [u32; 4]>) {
    let mut noun_uses: HashMap<&str, u32> = HashMap::default();
    for sent in doc {
        for i in 1..sent.len().saturating_sub(1) {
            let w = sent[i].as_ref();
            if sent[i - 1].as_ref().eq_ignore_ascii_case("the")
                && ends_noun_phrase(sent[i + 1].as_ref())
                && !w.ends_with('s')
                && votes.get(w).is_some_and(|v| v[3] > 0)
            {
                *noun_uses.entry(w).or_default() += 1;
            }
        }
    }
    for (w, n) in noun_uses {
        if n >= 2 {
            if let Some(v) = votes.get_mut(w) {
                v[1] += v[3] + 1;
                v[3] = 0;
            }
        }
    }
}

/// The last tie-break between types: ORG, then LOC, PER, MISC (an agency named
/// alone is the usual name the model types two ways with equal confidence).
const TIE_ORDER: [u8; 4] = [1, 3, 2, 0];

fn label_index(l: Label) -> usize {
    match l {
        Label::Per => 0,
        Label::Org => 1,
        Label::Loc => 2,
        _ => 3,
    }
}

const LABELS: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

fn write_span(tags: &mut [u8], first: usize, end: usize, label: Label) {
    let b = 1 + 2 * label_index(label) as u8;
    tags[first] = b;
    for t in &mut tags[first + 1..end] {
        *t = b + 1;
    }
}

/// Document-level consistency: a name keeps one type through the article (the type
/// most of its mentions got), a surname alone is the person named in full elsewhere
/// ("Frerichs" after "Mark Frerichs"), and a name the model found once is found
/// again where it was missed.
fn harmonise<S: AsRef<str>>(doc: &[Vec<S>], emissions: &[Vec<[i32; TAGS]>], tags: &mut [Vec<u8>]) {
    let key = |sent: &[S], first: usize, end: usize| -> String {
        let mut k = String::new();
        for (i, w) in sent[first..end].iter().enumerate() {
            if i > 0 {
                k.push(' ');
            }
            k.push_str(w.as_ref());
        }
        k
    };
    let mut votes: HashMap<String, [u32; 4]> = HashMap::default();
    let mut surnames: HashMap<&str, ()> = HashMap::default();
    let mut longest = 1;
    let mut after_the: Vec<String> = Vec::new();
    // The model's own scores for each type, summed over a name's mentions: they
    // settle ties between vote counts.
    let mut evidence: HashMap<String, [i64; 4]> = HashMap::default();
    for ((sent, t), em) in doc.iter().zip(tags.iter()).zip(emissions) {
        for (first, end, label) in entity_spans(t) {
            let k = key(sent, first, end);
            let ev = evidence.entry(k.clone()).or_default();
            for (l, e) in ev.iter_mut().enumerate() {
                let b = 1 + 2 * l;
                *e += em[first][b] as i64;
                *e += em[first + 1..end]
                    .iter()
                    .map(|x| x[b + 1] as i64)
                    .sum::<i64>();
            }
            if first > 0 && sent[first - 1].as_ref() == "the" {
                after_the.push(k.clone());
            }
            votes.entry(k).or_default()[label_index(label)] += 1;
            longest = longest.max(end - first).min(8);
            if label == Label::Per && end - first >= 2 {
                surnames.insert(sent[end - 1].as_ref(), ());
            }
        }
    }
    if votes.is_empty() {
        return;
    }
    group_nouns(doc, &mut votes);
    // People are not "the X": a name the article writes after "the" is not a person.
    for k in after_the {
        if let Some(v) = votes.get_mut(&k) {
            if v[0] > 0 {
                let per = std::mem::take(&mut v[0]);
                if v.iter().all(|&n| n == 0) {
                    v[1] = per;
                }
            }
        }
    }
    let best = |k: &str| -> Option<Label> {
        if surnames.contains_key(k) {
            return Some(Label::Per);
        }
        let v = votes.get(k)?;
        let e = evidence.get(k).copied().unwrap_or_default();
        let i = (0..4).max_by_key(|&i| (v[i], e[i], TIE_ORDER[i]))?;
        Some(LABELS[i])
    };
    for (sent, t) in doc.iter().zip(tags.iter_mut()) {
        for (first, end, label) in entity_spans(t) {
            let k = key(sent, first, end);
            if let Some(b) = best(&k) {
                let v = votes.get(&k).copied().unwrap_or_default();
                let e = evidence.get(&k).copied().unwrap_or_default();
                let (bi, li) = (label_index(b), label_index(label));
                let surname = end - first == 1 && b == Label::Per;
                let ahead = (v[bi], e[bi], TIE_ORDER[bi]) > (v[li], e[li], TIE_ORDER[li]);
                if b != label && (surname || ahead) {
                    write_span(t, first, end, b);
                }
            }
        }
        // Arabic names keep their article: "al Qaeda", "el Baradei".
        for (first, end, label) in entity_spans(t) {
            if first > 0 && t[first - 1] == 0 && matches!(sent[first - 1].as_ref(), "al" | "el") {
                write_span(t, first - 1, end, label);
            }
        }
        // Fill: untagged capitalised tokens that spell a name found elsewhere.
        let mut scratch = String::new();
        let mut i = 0;
        while i < sent.len() {
            let cap = sent[i]
                .as_ref()
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if t[i] != 0 || !cap {
                i += 1;
                continue;
            }
            let mut found = None;
            // The keys of every length at i are prefixes of the longest: build it once.
            let max = longest.min(sent.len() - i);
            scratch.clear();
            let mut ends = [0usize; 9];
            for (j, w) in sent[i..i + max].iter().enumerate() {
                if j > 0 {
                    scratch.push(' ');
                }
                scratch.push_str(w.as_ref());
                ends[j + 1] = scratch.len();
            }
            for len in (1..=max).rev() {
                if len == 1 && i == 0 {
                    break;
                }
                if t[i..i + len].iter().any(|&x| x != 0) {
                    continue;
                }
                if let Some(b) = best(&scratch[..ends[len]]) {
                    found = Some((len, b));
                    break;
                }
            }
            match found {
                Some((len, b)) => {
                    write_span(t, i, i + len, b);
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

/// Entity spans (first token, end token, label) of a tag sequence.
pub fn entity_spans(tags: &[u8]) -> Vec<(usize, usize, Label)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Label)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let label = tag_label(t);
        if let Some((s, l)) = open {
            if is_begin(t) || label != Some(l) {
                out.push((s, i, l));
                open = None;
            }
        }
        if open.is_none() {
            if let Some(l) = label {
                open = Some((i, l));
            }
        }
    }
    if let Some((s, l)) = open {
        out.push((s, tags.len(), l));
    }
    out
}
